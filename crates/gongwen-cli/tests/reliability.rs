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

/// `fuzz/findings/fmt_bytes-2a0bef97`: five bytes that are not UTF-8 read
/// as GB18030 `绯讳:`; fixing the colon to `：` (`A3 BA`) made them valid
/// UTF-8 (`系䣺`), another text. fmt writes nothing that does not read back
/// as the text it formatted, and says so.
#[test]
fn fmt_writes_nothing_that_would_read_back_as_other_text() {
    let input = [0xE7, 0xB3, 0xBB, 0xE4, 0x3A];
    let o = gongwen(&["fmt", "-"], &input);
    assert_eq!(o.stdout, input, "{}", stderr(&o));
    assert!(stderr(&o).contains("not formatted"), "{}", stderr(&o));
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "short.txt", &input);
    let o = gongwen(&["fmt", "--in-place", &p], b"");
    assert!(stderr(&o).contains("not formatted"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&p).unwrap(), input);
}

const TEXT: &str = "关于加强学习的通知\n一、总体要求\n三、主要任务\n";
const FIXED: &str = "关于加强学习的通知\n一、总体要求\n二、主要任务\n";

#[cfg(unix)]
#[test]
fn fmt_in_place_keeps_mode_owner_group_and_extended_attributes() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "a.txt", TEXT.as_bytes());
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
    let xattrs = xattr::set(&p, "user.gongwen-test", b"kept").is_ok();
    let root = is_root();
    if root {
        // Another user's private file, fixed by root.
        std::os::unix::fs::chown(&p, Some(1234), Some(5678)).unwrap();
    }
    let o = gongwen(&["fmt", "--in-place", &p], b"");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), FIXED);
    let m = std::fs::metadata(&p).unwrap();
    assert_eq!(m.permissions().mode() & 0o7777, 0o600);
    if root {
        assert_eq!((m.uid(), m.gid()), (1234, 5678));
    }
    if xattrs {
        assert_eq!(
            xattr::get(&p, "user.gongwen-test").unwrap().as_deref(),
            Some(&b"kept"[..])
        );
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file is left");
}

#[cfg(unix)]
#[test]
fn fmt_in_place_writes_through_a_symlink_to_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let target = write_file(dir.path(), "target.txt", TEXT.as_bytes());
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink("target.txt", &link).unwrap();
    let o = gongwen(&["fmt", "--in-place", link.to_str().unwrap()], b"");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), FIXED);
}

#[test]
fn fmt_in_place_refuses_a_hard_linked_file_and_splits_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_file(dir.path(), "a.txt", TEXT.as_bytes());
    let b = dir.path().join("b.txt");
    std::fs::hard_link(&a, &b).unwrap();
    let o = gongwen(&["fmt", "--in-place", &a], b"");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("hard links"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&a).unwrap(), TEXT);
    assert_eq!(std::fs::read_to_string(&b).unwrap(), TEXT);
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let ino = |p: &Path| std::fs::metadata(p).unwrap().ino();
        assert_eq!(ino(Path::new(&a)), ino(&b), "still one file");
    }
}

#[cfg(unix)]
#[test]
fn fmt_in_place_refuses_a_read_only_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "a.txt", TEXT.as_bytes());
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
    let o = gongwen(&["fmt", "--in-place", &p], b"");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("read-only"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), TEXT);
}

#[test]
fn output_equal_to_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "a.txt", TEXT.as_bytes());
    let other_spelling = dir.path().join(".").join("a.txt");
    for args in [
        vec!["convert", p.as_str(), "--to", "json", "-o", p.as_str()],
        vec![
            "convert",
            p.as_str(),
            "--to",
            "markdown",
            "-o",
            other_spelling.to_str().unwrap(),
        ],
        vec!["chunk", p.as_str(), "-o", p.as_str()],
    ] {
        let o = gongwen(&args, b"");
        assert_eq!(code(&o), 2, "{args:?}");
        assert!(stderr(&o).contains("is the input"), "{}", stderr(&o));
        assert_eq!(std::fs::read_to_string(&p).unwrap(), TEXT, "{args:?}");
    }
    let d = dir.path().to_str().unwrap();
    let o = gongwen(&["batch", d, "--to", "jsonl", "-o", p.as_str()], b"");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("one of the inputs"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), TEXT);
}

#[cfg(unix)]
#[test]
fn devices_and_fifos_are_written_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "a.txt", TEXT.as_bytes());
    // As root, devices of our own (the system's /dev/null must not be put
    // at risk by a regression); otherwise /dev's, which cannot be replaced.
    let device = |name: &str, minor: &str| -> String {
        let own = dir.path().join(name);
        let made = is_root()
            && Command::new("mknod")
                .args([own.to_str().unwrap(), "c", "1", minor])
                .status()
                .is_ok_and(|s| s.success());
        if made {
            own.to_str().unwrap().to_string()
        } else {
            format!("/dev/{name}")
        }
    };
    let null = device("null", "3");
    let o = gongwen(&["convert", &p, "--to", "text", "-o", &null], b"");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let m = std::fs::metadata(&null).unwrap();
    assert!(m.file_type().is_char_device(), "{null} is still a device");
    let full = device("full", "7");
    if Path::new(&full).exists() {
        let o = gongwen(&["convert", &p, "--to", "text", "-o", &full], b"");
        assert_eq!(code(&o), 2, "a full device is a write error");
        assert!(std::fs::metadata(&full)
            .unwrap()
            .file_type()
            .is_char_device());
    }
    let fifo = dir.path().join("fifo");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        let o = gongwen(
            &["convert", &p, "--to", "text", "-o", fifo.to_str().unwrap()],
            b"",
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert_eq!(reader.join().unwrap(), TEXT.as_bytes());
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    }
}

/// Runs `gongwen ARGS` with standard error a pipe whose reading end is
/// already closed.
fn gongwen_with_closed_stderr(args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(writer)
        .output()
        .expect("gongwen runs")
}

#[test]
fn a_closed_standard_error_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "a.txt", TEXT.as_bytes());
    let o = gongwen_with_closed_stderr(&["check", &p]);
    assert_eq!(code(&o), 1, "findings, not a panic");
    let o = gongwen_with_closed_stderr(&["fmt", "--check", &p]);
    assert_eq!(code(&o), 1, "would change, not a panic");
    let o = gongwen_with_closed_stderr(&["check", "/no/such/file.txt"]);
    assert_eq!(code(&o), 2);
    let out = dir.path().join("out.jsonl");
    std::fs::write(dir.path().join("bad.txt"), [0u8, 1, 2, 3]).unwrap();
    let o = gongwen_with_closed_stderr(&[
        "batch",
        dir.path().to_str().unwrap(),
        "--to",
        "jsonl",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 1, "one file failed; the run finished");
    let lines = std::fs::read_to_string(&out).unwrap();
    assert_eq!(lines.lines().count(), 1, "the good file is converted");
}

#[test]
fn control_characters_in_file_names_are_escaped_in_messages() {
    let dir = tempfile::tempdir().unwrap();
    let name = dir.path().join("a\u{1b}]0;owned\u{7}\u{1b}[2Jb.txt");
    let shown = name.to_str().unwrap();
    for args in [
        vec!["outline", shown],
        vec!["check", shown],
        vec!["convert", shown, "--to", "json"],
    ] {
        let o = gongwen(&args, b"");
        assert_eq!(code(&o), 2);
        let err = stderr(&o);
        assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
        assert!(err.contains("\\u{1b}"), "{err:?}");
    }
    // In a batch, a bad document with such a name.
    std::fs::write(&name, [0u8, 1, 2]).unwrap();
    let out = dir.path().join("out.jsonl");
    let o = gongwen(
        &[
            "batch",
            dir.path().to_str().unwrap(),
            "--to",
            "jsonl",
            "-o",
            out.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(err.contains("\\u{1b}"), "{err:?}");
}

#[cfg(unix)]
#[test]
fn batch_reports_dangling_symlinks_and_reads_linked_and_non_utf8_names() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let elsewhere = write_file(dir.path(), "elsewhere.txt", TEXT.as_bytes());
    std::os::unix::fs::symlink(&elsewhere, docs.join("linked.txt")).unwrap();
    std::os::unix::fs::symlink("missing.txt", docs.join("dangling.txt")).unwrap();
    let latin1 = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(docs.join(latin1), TEXT).unwrap();
    // A FIFO named like a document is reported, never opened (it would block).
    let fifo = Command::new("mkfifo").arg(docs.join("pipe.txt")).status();
    let fifos = usize::from(fifo.is_ok_and(|s| s.success()));
    let out = dir.path().join("out.jsonl");
    let o = gongwen(
        &[
            "batch",
            docs.to_str().unwrap(),
            "--to",
            "jsonl",
            "-o",
            out.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("dangling.txt"), "{err}");
    let summary = format!("2 documents converted, {} failed", 1 + fifos);
    assert!(err.contains(&summary), "{err}");
    if fifos > 0 {
        assert!(err.contains("pipe.txt: not a regular file"), "{err}");
    }
    let lines = std::fs::read_to_string(&out).unwrap();
    assert!(lines.contains("\"path\":\"linked.txt\""), "{lines}");
    assert!(lines.contains("caf"), "{lines}");
}

#[cfg(unix)]
#[test]
fn sigterm_and_sigint_leave_no_temporary_file() {
    // A batch slow enough to be caught writing: wait for its temporary
    // file, then stop it.
    for signal in ["TERM", "INT"] {
        let dir = tempfile::tempdir().unwrap();
        let docs = dir.path().join("docs");
        std::fs::create_dir(&docs).unwrap();
        let body = "一、总体要求\n（一）提高认识。全体干部要提高认识。\n".repeat(20_000);
        for i in 0..200 {
            std::fs::write(docs.join(format!("{i:03}.txt")), &body).unwrap();
        }
        let out = dir.path().join("out.jsonl");
        let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
            .args(["batch", docs.to_str().unwrap(), "--to", "jsonl", "-o"])
            .arg(&out)
            .env("RAYON_NUM_THREADS", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let temporary = |d: &Path| {
            std::fs::read_dir(d)
                .unwrap()
                .filter_map(Result::ok)
                .any(|e| e.file_name().to_string_lossy().starts_with(".gongwen-"))
        };
        let mut caught = false;
        while child.try_wait().unwrap().is_none() {
            if temporary(dir.path()) {
                let _ = Command::new("kill")
                    .args([format!("-{signal}"), child.id().to_string()])
                    .status();
                caught = true;
                break;
            }
            std::thread::yield_now();
        }
        let status = child.wait().unwrap();
        if caught {
            assert!(!status.success(), "stopped by SIG{signal}");
            assert!(!temporary(dir.path()), "SIG{signal} left a temporary file");
            assert!(!out.exists(), "no partial output");
        }
    }
}

#[test]
fn one_bad_file_never_aborts_a_batch() {
    use gongwen::docx::testing::{package, paragraph};
    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let numbering = |template: &str| {
        format!(
            r#"<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{template}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("a.txt"), TEXT).unwrap();
    let bomb = package(
        &paragraph("正文", Some((1, 0)), None).repeat(2_000),
        None,
        Some(&numbering(&"%1".repeat(500_000))),
    );
    std::fs::write(docs.join("b-bomb.docx"), bomb).unwrap();
    std::fs::write(docs.join("c-binary.txt"), [0u8, 159, 146, 150]).unwrap();
    std::fs::write(docs.join("d.txt"), TEXT).unwrap();
    for to in ["jsonl", "chunks"] {
        let out = dir.path().join(format!("out-{to}.jsonl"));
        let o = gongwen(
            &[
                "batch",
                docs.to_str().unwrap(),
                "--to",
                to,
                "-o",
                out.to_str().unwrap(),
            ],
            b"",
        );
        let err = stderr(&o);
        assert_eq!(code(&o), 1, "{err}");
        assert!(
            err.contains("b-bomb.docx") && err.contains("limit"),
            "{err}"
        );
        assert!(err.contains("2 documents converted, 2 failed"), "{err}");
        let lines = std::fs::read_to_string(&out).unwrap();
        assert!(
            lines.contains("a.txt") && lines.contains("d.txt"),
            "{lines}"
        );
    }
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".gongwen-"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

#[test]
fn a_long_heading_is_not_repeated_in_full_in_every_chunk() {
    // A 1 MB heading line over a body of many chunks.
    let mut text = format!("一、{}\n", "长".repeat(350_000));
    text.push_str(&"全体干部要认真学习，深刻领会精神实质。".repeat(2_000));
    text.push('\n');
    let o = gongwen(&["chunk", "-"], text.as_bytes());
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        o.stdout.len() < 3 * text.len(),
        "{} bytes of chunks for {} bytes of input",
        o.stdout.len(),
        text.len()
    );
    let first = String::from_utf8(o.stdout).unwrap();
    let first = first.lines().nth(1).unwrap();
    let label = format!("\"heading_path\":[\"一、{}\"]", "长".repeat(198));
    assert!(first.contains(&label), "{}", &first[..300]);
}

#[test]
fn a_deep_document_outlines_and_chunks_in_linear_space() {
    // `一、` then `（一）` restarting at one nests one level deeper each
    // time: 20,000 levels (quadratic output would be gigabytes, not an
    // abort on the test machine).
    let text = "一、甲\n（一）乙\n".repeat(10_000);
    for args in [
        vec!["outline", "-"],
        vec!["chunk", "-"],
        vec!["check", "-"],
        vec!["convert", "-", "--to", "html"],
    ] {
        let o = gongwen(&args, text.as_bytes());
        assert!(code(&o) <= 1, "{args:?}: {}", stderr(&o));
        let out = o.stdout.len() + o.stderr.len();
        assert!(
            out < 60 * text.len(),
            "{args:?}: {out} bytes for {} bytes of input",
            text.len()
        );
    }
    let o = gongwen(&["outline", "-"], text.as_bytes());
    let tree = String::from_utf8(o.stdout).unwrap();
    let deepest = tree.lines().last().unwrap();
    assert!(
        deepest.starts_with(&format!("{}[20000] ", "  ".repeat(32))),
        "{deepest}"
    );
}

#[test]
fn encodings_are_read_or_refused_clearly() {
    // GB18030 with four-byte characters (Ext-B 𫖯, Ext-A 䶮).
    let gb = encoding_rs::GB18030
        .encode("王𫖯同志、䶮同志：\n")
        .0
        .into_owned();
    let o = gongwen(&["convert", "-", "--to", "text"], &gb);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(String::from_utf8(o.stdout).unwrap(), "王𫖯同志、䶮同志：\n");
    // UTF-32 with a BOM is refused by name, not read as UTF-16 with NULs.
    let mut utf32 = vec![0xFF, 0xFE, 0, 0];
    for c in "一、总则\n".chars() {
        utf32.extend((c as u32).to_le_bytes());
    }
    let o = gongwen(&["outline", "-"], &utf32);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("UTF-32"), "{}", stderr(&o));
    // UTF-8 with one stray byte: an error at that byte, not GB18030 gibberish.
    let mut stray = "一、总则\n为了规范管理".as_bytes().to_vec();
    stray.insert(13, 0xB0);
    let o = gongwen(&["outline", "-"], &stray);
    assert_eq!(code(&o), 2, "{}", String::from_utf8_lossy(&o.stdout));
    assert!(stderr(&o).contains("byte offset 13"), "{}", stderr(&o));
}

#[cfg(unix)]
#[test]
fn dev_stdout_is_written_to_not_replaced() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "a.txt", TEXT.as_bytes());
    // Standard output redirected to a regular file, as `> out.txt` does.
    // (/dev/fd/1 and /proc/self/fd/1 rather than /dev/stdout, which a
    // regression running as root would replace for the whole machine.)
    for alias in ["/proc/self/fd/1", "/dev/fd/1"] {
        if !Path::new(alias).exists() {
            continue;
        }
        let out = dir.path().join("out.txt");
        let file = std::fs::File::create(&out).unwrap();
        let before = std::fs::metadata(&out).unwrap().ino();
        let status = Command::new(env!("CARGO_BIN_EXE_gongwen"))
            .args(["convert", &p, "--to", "text", "-o", alias])
            .stdout(file)
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "{alias}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), TEXT, "{alias}");
        let after = std::fs::metadata(&out).unwrap().ino();
        assert_eq!(after, before, "{alias}: the same file");
    }
}

#[cfg(unix)]
#[test]
fn docx_expansion_bombs_fail_cleanly_within_an_address_space_limit() {
    use gongwen::docx::testing::{package, paragraph};
    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let numbering = |fmt: &str, start: u64, template: &str| {
        format!(
            r#"<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{template}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
        )
    };
    let numbered = paragraph("正文", Some((1, 0)), None);
    let name = "a".repeat(10_000_000);
    let styles = format!(
        r#"<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:default="1" w:styleId="N"><w:name w:val="{name}"/></w:style></w:styles>"#
    );
    let bombs: Vec<(&str, Vec<u8>, i32)> = vec![
        (
            "letter",
            package(
                &numbered,
                None,
                Some(&numbering("upperLetter", 4294967295, "%1.")),
            ),
            0,
        ),
        (
            "lvltext",
            package(
                &numbered.repeat(2_000),
                None,
                Some(&numbering("decimal", 1, &"%1".repeat(500_000))),
            ),
            2,
        ),
        (
            "style-name",
            package(
                &paragraph("正文", None, None).repeat(1_000),
                Some(&styles),
                None,
            ),
            2,
        ),
        (
            "paragraphs",
            package(
                &"<w:p/>".repeat(gongwen::docx::MAX_PARAGRAPHS + 1),
                None,
                None,
            ),
            2,
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes, expected) in bombs {
        let p = write_file(dir.path(), &format!("{name}.docx"), &bytes);
        // 1 GiB of address space: far more than these files need once
        // bounded, far less than they took unbounded.
        let o = Command::new("sh")
            .args(["-c", "ulimit -v 1048576 && exec \"$0\" outline \"$1\""])
            .env("MALLOC_ARENA_MAX", "1")
            .arg(env!("CARGO_BIN_EXE_gongwen"))
            .arg(&p)
            .output()
            .unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(expected), "{name}: {err}");
        if expected == 2 {
            assert!(err.contains("limit"), "{name}: {err}");
        }
    }
}

#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_are_read_not_reported_missing() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(OsStr::from_bytes(b"caf\xe9.txt"));
    std::fs::write(&file, TEXT).unwrap();
    let run = |args: &[&OsStr]| {
        Command::new(env!("CARGO_BIN_EXE_gongwen"))
            .args(args)
            .output()
            .unwrap()
    };
    let f = file.as_os_str();
    let o = run(&[OsStr::new("outline"), OsStr::new("--tsv"), f]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = run(&[OsStr::new("check"), f]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("caf\\xE9.txt:3:1"), "{}", stderr(&o));
    let o = run(&[OsStr::new("chunk"), f]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = dir.path().join(OsStr::from_bytes(b"out\xff.md"));
    let o = run(&[
        OsStr::new("convert"),
        f,
        OsStr::new("--to"),
        OsStr::new("markdown"),
        OsStr::new("-o"),
        out.as_os_str(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(std::fs::read_to_string(&out).unwrap().contains("总体要求"));
    let o = run(&[OsStr::new("fmt"), OsStr::new("--in-place"), f]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), FIXED);
}

#[cfg(unix)]
#[test]
fn ordinary_text_runs_within_ten_times_its_size_of_address_space() {
    // About 4 MB of an ordinary document: headings, run-in headings, long
    // paragraphs. Every subcommand runs within 10 × the input + 64 MiB of
    // address space (the parser keeps a record per line with text,
    // docs/guarantees.md).
    let section = "一、总体要求\n（一）提高认识。全体干部要认真学习，深刻领会精神实质，切实把思想和行动统一到决策部署上来。\n1.加强领导。各单位主要负责同志要亲自抓、负总责。\n（二）明确任务\n坚持问题导向，聚焦重点难点，扎实推进各项工作落地见效，确保取得实实在在的成效。\n";
    let mut text = String::from("关于加强学习的通知\n");
    while text.len() < 4_000_000 {
        text.push_str(section);
    }
    every_subcommand_runs_within(&text, 10);
}

/// Line breaks (LF, CRLF, lines of spaces) took about 125 bytes a byte
/// (16 MB: 2 GB and five seconds): a record per line. A run of blank lines
/// now keeps two records, and every subcommand runs on 1 MB of them within
/// 3 × the input + 64 MiB (16 MB: 20 MB resident, 0.3 s).
#[cfg(unix)]
#[test]
fn blank_lines_run_within_three_times_their_size_of_address_space() {
    for unit in ["\n", "\r\n", " \n"] {
        let mut text = String::from("关于加强学习的通知\n一、总体要求\n");
        text.push_str(&unit.repeat(1_000_000 / unit.len()));
        text.push_str("二、主要任务\n");
        every_subcommand_runs_within(&text, 3);
    }
}

/// Runs every subcommand on `text` within `times` × its size + 64 MiB of
/// address space.
#[cfg(unix)]
fn every_subcommand_runs_within(text: &str, times: usize) {
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "big.txt", text.as_bytes());
    let limit_kib = (times * text.len() + (64 << 20)) / 1024;
    let docx = dir.path().join("big.docx");
    for args in [
        vec!["outline", "--tsv", p.as_str()],
        vec!["check", p.as_str()],
        vec!["fmt", p.as_str()],
        vec!["chunk", p.as_str()],
        vec!["convert", p.as_str(), "--to", "json"],
        vec!["convert", p.as_str(), "--to", "html"],
        vec![
            "convert",
            p.as_str(),
            "--to",
            "docx",
            "-o",
            docx.to_str().unwrap(),
        ],
    ] {
        let o = Command::new("sh")
            .arg("-c")
            .arg(format!("ulimit -v {limit_kib} && exec \"$0\" \"$@\""))
            // glibc reserves 64 MiB of address space for each arena it makes
            // when threads contend for one (the signal thread's first
            // allocation under load): a single arena keeps the limit about
            // the program, not the scheduling.
            .env("MALLOC_ARENA_MAX", "1")
            .arg(env!("CARGO_BIN_EXE_gongwen"))
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{args:?} within {limit_kib} KiB: {:?} {}",
            o.status,
            stderr(&o).lines().last().unwrap_or("")
        );
    }
}
