//! LibreOffice renders the GB/T 9704 DOCX (DOCX → PDF) with the title, a
//! heading and the body in three different fonts, given the free fonts and
//! the fontconfig aliases of [`gongwen_export::docx::FONTCONFIG`]. The fonts
//! used are read from the PDF with `pdffonts` (poppler-utils).
//!
//! LibreOffice, poppler-utils and the fonts are optional: without them the
//! test says so and passes. Under CI (`CI` set) their absence fails it,
//! unless `GONGWEN_SKIP_LIBREOFFICE` (no LibreOffice) or
//! `GONGWEN_SKIP_FONT_RENDER` (no pdffonts or fonts) is set too, which
//! `.ci/run` does, and prints, when it cannot install them.

#![allow(clippy::expect_used)] // test helpers

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn skip(why: &str) {
    assert!(
        std::env::var_os("CI").is_none()
            || std::env::var_os("GONGWEN_SKIP_LIBREOFFICE").is_some()
            || std::env::var_os("GONGWEN_SKIP_FONT_RENDER").is_some(),
        "{why}: install them (.ci/run does), or set GONGWEN_SKIP_FONT_RENDER=1"
    );
    eprintln!("{why}: skipped");
}

/// The faces the aliases give the title, level-1 headings and the body, by
/// family name (for fc-list) and PostScript name prefix (for pdffonts).
const FACES: [(&str, &str, &str); 3] = [
    ("title 方正小标宋简体", "Noto Serif CJK SC", "NotoSerifCJK"),
    ("heading 黑体", "Noto Sans CJK SC", "NotoSansCJK"),
    ("body 仿宋_GB2312", "cwTeXFangSong", "cwTeXFangSong"),
];

/// Runs `cmd`, waiting at most five minutes; false when it took longer
/// (and was killed).
fn run(mut cmd: Command) -> bool {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let start = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if start.elapsed() > Duration::from_secs(300) {
            let _ = child.kill();
            let _ = child.wait();
            return false;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    true
}

#[test]
fn libreoffice_renders_title_heading_and_body_in_three_fonts() {
    for var in ["GONGWEN_SKIP_LIBREOFFICE", "GONGWEN_SKIP_FONT_RENDER"] {
        if std::env::var_os(var).is_some() {
            eprintln!("{var} set: skipped");
            return;
        }
    }
    let (Some(soffice), Some(pdffonts), Some(fc_list)) =
        (on_path("soffice"), on_path("pdffonts"), on_path("fc-list"))
    else {
        return skip("soffice (LibreOffice), pdffonts (poppler-utils) or fc-list not on PATH");
    };
    let families = Command::new(&fc_list)
        .args([":", "family"])
        .output()
        .expect("fc-list runs");
    let families = String::from_utf8_lossy(&families.stdout);
    if let Some((_, family, _)) = FACES.iter().find(|f| !families.contains(f.1)) {
        return skip(&format!("font {family} not installed"));
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let doc = gongwen_parse::parse(
        "关于加强学习的通知\n一、总体要求\n全体干部要提高认识，把学习贯彻落实到工作中。\n",
    );
    let docx = dir.path().join("通知.docx");
    let bytes = gongwen_export::docx::to_vec(&doc, &Default::default()).expect("DOCX");
    std::fs::write(&docx, bytes).expect("write");
    // The system's fonts and the aliases, as a user's conf.d would have them.
    let conf = gongwen_export::docx::FONTCONFIG.replacen(
        "<fontconfig>",
        "<fontconfig>\n  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>",
        1,
    );
    let conf_path = dir.path().join("fonts.conf");
    std::fs::write(&conf_path, conf).expect("write");
    let profile = dir.path().join("profile");
    let mut cmd = Command::new(&soffice);
    cmd.env("FONTCONFIG_FILE", &conf_path)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&docx);
    assert!(run(cmd), "soffice did not finish within five minutes");
    let pdf: &Path = &dir.path().join("通知.pdf");
    assert!(pdf.is_file(), "LibreOffice wrote no PDF");
    let out = Command::new(&pdffonts)
        .arg(pdf)
        .output()
        .expect("pdffonts runs");
    let fonts = String::from_utf8_lossy(&out.stdout);
    for (what, family, ps) in FACES {
        assert!(
            fonts.contains(ps),
            "the {what} should render in {family}; the PDF has:\n{fonts}"
        );
    }
}
