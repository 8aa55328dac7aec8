//! Reliability of the example binaries (issue 18): file names that are
//! not UTF-8 are read, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers

use std::path::{Path, PathBuf};
use std::process::Command;

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

#[cfg(unix)]
#[test]
fn examples_read_files_whose_names_are_not_utf8() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join(OsStr::from_bytes(b"d\xe9p\xf4t"));
    std::fs::create_dir(&docs).unwrap();
    let file = docs.join(OsStr::from_bytes(b"caf\xe9.txt"));
    std::fs::write(&file, "一、总体要求\n三、主要任务\n").unwrap();
    let run = |name: &str, args: &[&OsStr]| {
        let o = Command::new(example(name)).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert!(!err.contains("panicked"), "{name}: {err}");
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            err,
        )
    };
    let f = file.as_os_str();
    let (code, out, err) = run("outline", &[OsStr::new("--tsv"), f]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("总体要求"), "{out}");
    let (code, out, err) = run("fmt", &[f]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("二、主要任务"), "{out}");
    let (code, out, err) = run("check", &[f]);
    assert_eq!(code, Some(1), "{err}");
    assert!(out.contains("caf\\xE9.txt:2:1"), "{out}");
    let (code, out, err) = run("convert", &[OsStr::new("--to"), OsStr::new("markdown"), f]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("总体要求"), "{out}");
    let out_file = dir.path().join(OsStr::from_bytes(b"out\xff.jsonl"));
    let (code, _, err) = run(
        "batch",
        &[docs.as_os_str(), OsStr::new("-o"), out_file.as_os_str()],
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        std::fs::read_to_string(&out_file).unwrap().lines().count(),
        1
    );
}
