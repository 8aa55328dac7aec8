//! The `check` and `fmt` example binaries, run as a user would: exit
//! statuses, JSON lines, `--check`, `--in-place`, `--standard`, encodings.
//!
//! `cargo test` builds the examples before running this; a run filtered with
//! `--test check_examples` does not, and uses the examples last built.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The example binary `name`, built by `cargo test` (or built here when a
/// filtered test run did not build it).
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target dir")
        .join("examples");
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if !path.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--example", name])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("run cargo build");
        assert!(status.success(), "cargo build --example {name}");
    }
    path
}

fn run(name: &str, args: &[&str]) -> Output {
    Command::new(example(name))
        .args(args)
        .output()
        .expect("run example")
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("crates/gongwen-parse/tests/fixtures/check")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn check_exit_status_is_0_clean_1_errors_2_unreadable() {
    let clean = run("check", &[&fixture("clean.txt")]);
    assert_eq!(clean.status.code(), Some(0), "a clean file exits 0");
    assert_eq!(text(&clean.stdout), "0 errors, 0 warnings\n");

    let gap = run("check", &[&fixture("numbering-gap.txt")]);
    assert_eq!(
        gap.status.code(),
        Some(1),
        "an error-severity finding exits 1"
    );
    let out = text(&gap.stdout);
    assert!(out.contains("error[numbering-gap]"), "{out}");
    assert!(
        out.contains("numbering-gap.txt:8:3"),
        "line:column of the marker: {out}"
    );
    assert!(
        out.contains("　　四、保障措施"),
        "the source line is shown: {out}"
    );
    assert!(out.contains("^^^^"), "a caret under the marker: {out}");
    assert!(out.ends_with("1 error, 0 warnings\n"), "{out}");

    let warn = run("check", &[&fixture("level-skip.txt")]);
    assert_eq!(warn.status.code(), Some(0), "warnings alone exit 0");
    assert!(text(&warn.stdout).ends_with("0 errors, 1 warning\n"));

    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let bad = run(
        "check",
        &[&fixture("numbering-gap.txt"), missing.to_str().unwrap()],
    );
    assert_eq!(bad.status.code(), Some(2), "an unreadable file exits 2");
    assert!(
        text(&bad.stderr).contains("missing.txt"),
        "the error names the path"
    );
    assert!(
        text(&bad.stdout).contains("error[numbering-gap]"),
        "the readable file is still checked"
    );
    let binary = dir.path().join("image.png");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0, 13]).unwrap();
    assert_eq!(
        run("check", &[binary.to_str().unwrap()]).status.code(),
        Some(2),
        "undecodable input exits 2"
    );
    assert_eq!(
        run("check", &[]).status.code(),
        Some(2),
        "no FILE is a usage error"
    );
}

#[test]
fn check_json_prints_one_object_per_finding() {
    let out = run(
        "check",
        &[
            "--format",
            "json",
            &fixture("nonstandard-marker.txt"),
            &fixture("numbering-duplicate.txt"),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect();
    assert_eq!(lines.len(), 3, "two half-width markers and one duplicate");
    for v in &lines {
        for key in ["code", "severity", "line", "column", "message"] {
            assert!(v.get(key).is_some(), "{key} in {v}");
        }
    }
    assert_eq!(lines[0]["code"], "nonstandard-marker");
    assert_eq!(lines[0]["severity"], "warning");
    assert_eq!(
        (lines[0]["line"].as_u64(), lines[0]["column"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(lines[2]["code"], "numbering-duplicate");
    assert_eq!(lines[2]["severity"], "error");
    assert_eq!(lines[2]["line"], 5);
}

#[test]
fn fmt_prints_checks_and_rewrites_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.txt");
    std::fs::copy(fixture("numbering-gap.txt"), &file).unwrap();
    let f = file.to_str().unwrap();

    let printed = run("fmt", &[f]);
    assert_eq!(printed.status.code(), Some(0));
    assert!(text(&printed.stdout).contains("　　三、保障措施"));
    assert_eq!(
        run("fmt", &["--check", f]).status.code(),
        Some(1),
        "--check: it would change"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        std::fs::read_to_string(fixture("numbering-gap.txt")).unwrap(),
        "--check writes nothing"
    );

    assert_eq!(run("fmt", &["--in-place", f]).status.code(), Some(0));
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        written,
        text(&printed.stdout),
        "--in-place writes what fmt prints"
    );
    assert_eq!(
        run("fmt", &["--check", f]).status.code(),
        Some(0),
        "now formatted"
    );
    assert_eq!(
        run("check", &[f]).status.code(),
        Some(0),
        "and checks clean"
    );
    let entries = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(entries, 1, "no temporary file is left behind");

    let missing = dir.path().join("nope.txt");
    assert_eq!(
        run("fmt", &[missing.to_str().unwrap()]).status.code(),
        Some(2)
    );
}

#[test]
fn fmt_standard_and_encodings() {
    let plain = run(
        "fmt",
        &["--check", &fixture("nonstandard-marker-standard.txt")],
    );
    assert_eq!(
        plain.status.code(),
        Some(0),
        "1、 is kept without --standard"
    );
    let std = run(
        "fmt",
        &["--standard", &fixture("nonstandard-marker-standard.txt")],
    );
    assert!(text(&std.stdout).contains("\n1.年度统计报表。\n"));

    // GB18030 in, GB18030 out; CRLF and every other byte untouched.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gbk.txt");
    let src = "关于做好年度工作的通知\r\n一、总体要求\r\n三、保障措施\r\n";
    std::fs::write(&file, encoding_rs::GB18030.encode(src).0).unwrap();
    let out = run("fmt", &[file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let want =
        encoding_rs::GB18030.encode("关于做好年度工作的通知\r\n一、总体要求\r\n二、保障措施\r\n");
    assert_eq!(
        out.stdout,
        want.0.to_vec(),
        "the output keeps the GB18030 encoding"
    );
}

#[test]
fn readme_shows_the_real_check_output() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let start = readme
        .find("<!-- begin check output")
        .expect("README has the check output block");
    let end = readme.find("<!-- end check output -->").unwrap();
    let block = &readme[start..end];
    let shown = block
        .split_once("```text\n")
        .and_then(|(_, rest)| rest.rsplit_once("```"))
        .map(|(body, _)| body)
        .unwrap();
    let out = Command::new(example("check"))
        .arg("crates/gongwen-parse/tests/fixtures/check/readme.txt")
        .current_dir(&root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        shown.trim_end(),
        text(&out.stdout).trim_end(),
        "README's check output should be what examples/check prints"
    );
}

#[test]
fn check_reads_docx_and_fmt_leaves_a_clean_one_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notice.docx");
    let docx =
        gongwen::docx::testing::docx(&[("总体要求", Some((1, 0))), ("主要任务", Some((1, 0)))]);
    std::fs::write(&file, docx).unwrap();
    let f = file.to_str().unwrap();
    let out = run("check", &[f]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let out = run("fmt", &[f]);
    assert_eq!(out.status.code(), Some(0), "fmt reads a .docx");
    assert_eq!(
        out.stdout,
        std::fs::read(&file).unwrap(),
        "a clean .docx is written back as it was"
    );
}
