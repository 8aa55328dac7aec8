//! LibreOffice opens the DOCX output: `soffice --headless --convert-to pdf`
//! turns it into a PDF. Skipped where LibreOffice is not installed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::process::Command;

fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["soffice", "libreoffice"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

#[test]
fn libreoffice_converts_the_docx_to_pdf() {
    let Some(soffice) = soffice() else {
        no_soffice();
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/notice.txt"
    ))
    .unwrap();
    let doc = gongwen_parse::parse(&text);
    let docx = dir.path().join("notice.docx");
    std::fs::write(
        &docx,
        gongwen_export::docx::to_vec(&doc, &Default::default()).unwrap(),
    )
    .unwrap();
    // A private profile, so a running LibreOffice (or another test run) does
    // not take the conversion over.
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let out = Command::new(&soffice)
        .arg(profile)
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&docx)
        .output()
        .unwrap();
    let pdf = dir.path().join("notice.pdf");
    assert!(
        pdf.is_file(),
        "no PDF: status {}\nstdout {}\nstderr {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    // The notice has an annex on its own page (page break before each annex):
    // at least three pages.
    let pages = bytes
        .windows(b"/Type /Page\n".len())
        .filter(|w| w.starts_with(b"/Type /Page") && !w.starts_with(b"/Type /Pages"))
        .count();
    let pages = pages.max(bytes.windows(10).filter(|w| *w == b"/Type/Page").count());
    assert!(pages >= 3, "{pages} pages");
}

/// LibreOffice is optional: without it the test says so and passes. Under CI
/// (`CI` set) its absence fails the test unless `GONGWEN_SKIP_LIBREOFFICE` is
/// set too, which `.ci/run` does, and prints, when it cannot install it.
fn no_soffice() {
    assert!(
        std::env::var_os("CI").is_none() || std::env::var_os("GONGWEN_SKIP_LIBREOFFICE").is_some(),
        "soffice (LibreOffice) not on PATH: install it, or set GONGWEN_SKIP_LIBREOFFICE=1"
    );
    eprintln!("soffice (LibreOffice) not on PATH: skipped");
}
