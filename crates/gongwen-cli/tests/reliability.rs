//! Reliability of the built `gongwen` binary (issue 18): nothing lost,
//! nothing replaced that is not ours, failures per file, clear messages.
//! Cases that need root run only as root (CI runs as root) and pass
//! without checking anything otherwise.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)] // test helpers

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `gongwen ARGS` with `stdin` on standard input.
fn gongwen(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gongwen starts");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("gongwen runs");
    writer.join().expect("stdin writer");
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write fixture");
    p.to_str().expect("UTF-8 path").to_string()
}

/// True when the tests run as root (`id -u` is 0).
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

fn gbk(text: &str) -> Vec<u8> {
    encoding_rs::GBK.encode(text).0.into_owned()
}

/// A GB18030 file whose `€` is CP936's single byte 0x80 and whose
/// ideographic space is A3 A0: lines without a marker keep those bytes.
fn gb18030_with_own_forms() -> (Vec<u8>, Vec<u8>) {
    let mut input = gbk("关于加强学习工作的通知\n一、总体要求\n三、主要任务\n价格为");
    input.push(0x80);
    input.extend(gbk("五元整。\n全体干部"));
    input.extend([0xA3, 0xA0]);
    input.extend(gbk("认真学习。\n"));
    let expected = {
        let mut e = input.clone();
        let (three, two) = (gbk("三"), gbk("二"));
        let at = e
            .windows(2)
            .position(|w| w == three.as_slice())
            .expect("三 in the input");
        e[at..at + 2].copy_from_slice(&two);
        e
    };
    (input, expected)
}

#[test]
fn fmt_on_gb18030_changes_only_the_marker_bytes() {
    let (input, expected) = gb18030_with_own_forms();
    let o = gongwen(&["fmt", "-"], &input);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(o.stdout, expected);
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "gb.txt", &input);
    let o = gongwen(&["fmt", "--in-place", &p], b"");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(std::fs::read(&p).unwrap(), expected);
}
