//! The README's first command block, line for line: the test holds a copy
//! of the block, checks the README still says exactly that, and runs every
//! line but `cargo install` with `sh` in an empty directory, with the built
//! `gongwen` first on `PATH` and `HOME` in a temporary directory, as a new
//! user on a fresh machine would.

#![allow(clippy::expect_used, clippy::panic)] // test helpers

use std::path::Path;
use std::process::Command;

/// The block, and the exit status each line has.
const BLOCK: &[(&str, Option<i32>)] = &[
    ("cargo install --locked --path crates/gongwen-cli       # installs `gongwen` into ~/.cargo/bin", None),
    ("gongwen sample > 示例.txt                                # the built-in sample document, to try things on", Some(0)),
    ("gongwen outline 示例.txt                                 # the structure as a tree", Some(0)),
    ("gongwen outline --tsv 示例.txt                           # the outline contract rows", Some(0)),
    ("gongwen check 示例.txt                                   # numbering faults, rustc-style, with a summary", Some(0)),
    ("gongwen check --format json *.txt > findings.jsonl      # one JSON object per finding", Some(0)),
    ("gongwen fmt --check *.txt                               # exit 1 if a file would be renumbered", Some(0)),
    ("gongwen fmt --in-place 示例.txt                          # fix what can be fixed, nothing else", Some(0)),
    ("gongwen elements --tsv 示例.txt                          # GB/T 9704 elements: 版头, 主送, 附件说明, 落款, 版记", Some(0)),
    ("gongwen convert 示例.txt --to docx -o 示例.docx          # GB/T 9704 layout (also markdown, html, json)", Some(0)),
    ("gongwen convert 示例.docx --to text -o 示例-docx.txt     # .docx to text, automatic numbers included", Some(0)),
    ("gongwen chunk 示例.docx --max 800 > chunks.jsonl         # RAG chunks that follow the sections", Some(0)),
    ("mkdir -p 公文库 && cp 示例.txt 示例.docx 公文库/", Some(0)),
    ("gongwen batch 公文库/ --to jsonl -o 公文库.jsonl          # a whole directory in parallel, one line per document", Some(0)),
    ("gongwen convert 示例.txt --to json -o 示例.json          # the document model as JSON", Some(0)),
    ("cat 示例.txt | gongwen outline -                         # '-' reads standard input", Some(0)),
    ("mkdir -p ~/.local/share/bash-completion/completions", Some(0)),
    ("gongwen completions bash > ~/.local/share/bash-completion/completions/gongwen", Some(0)),
];

/// The lines of the first ```sh block of the README.
fn readme_block() -> Vec<String> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"))
        .expect("README.md");
    readme
        .lines()
        .skip_while(|l| *l != "```sh")
        .skip(1)
        .take_while(|l| *l != "```")
        .map(str::to_string)
        .collect()
}

#[test]
fn the_readme_first_block_is_this_one() {
    let want: Vec<&str> = BLOCK.iter().map(|(l, _)| *l).collect();
    assert_eq!(readme_block(), want);
}

#[test]
fn the_readme_first_block_runs_as_written() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let (work, home) = (tmp.path().join("work"), tmp.path().join("home"));
    std::fs::create_dir_all(&work).expect("work dir");
    std::fs::create_dir_all(&home).expect("home dir");
    let bin = Path::new(env!("CARGO_BIN_EXE_gongwen"))
        .parent()
        .expect("bin dir");
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .expect("PATH");
    for (line, want) in BLOCK {
        let Some(want) = want else { continue };
        let o = Command::new("sh")
            .args(["-c", line])
            .current_dir(&work)
            .env("PATH", &path)
            .env("HOME", &home)
            .output()
            .expect("sh runs");
        assert_eq!(
            o.status.code(),
            Some(*want),
            "{line}\n{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let read =
        |p: &Path| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    assert_eq!(read(&work.join("示例.txt")), gongwen::SAMPLE);
    assert_eq!(read(&work.join("findings.jsonl")).lines().count(), 2);
    assert!(std::fs::read(work.join("示例.docx"))
        .expect("docx")
        .starts_with(b"PK"));
    assert!(read(&work.join("示例-docx.txt")).contains("一、主要收获"));
    assert!(read(&work.join("chunks.jsonl")).contains("\"path\":\"示例.docx\""));
    assert_eq!(read(&work.join("公文库.jsonl")).lines().count(), 2);
    assert!(read(&work.join("示例.json")).contains("\"nodes\""));
    assert!(
        read(&home.join(".local/share/bash-completion/completions/gongwen")).contains("gongwen")
    );
}
