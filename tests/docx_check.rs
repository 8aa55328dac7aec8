//! `check` announces "fmt fixes this" only where `fmt` can fix the file:
//! in a .docx, a typed marker, not a number Word adds itself.

#![allow(clippy::expect_used)] // test helpers

use gongwen::docx::testing::{package, paragraph, NUMBERING};

#[test]
fn fmt_fixes_this_only_where_fmt_can() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let txt = dir.path().join("通知.txt");
    std::fs::write(&txt, "一、总体要求\n三、主要任务\n").expect("write");
    let typed = dir.path().join("通知.docx");
    let bytes = gongwen::docx::testing::docx(&[("一、总体要求", None), ("三、主要任务", None)]);
    std::fs::write(&typed, bytes).expect("write");
    // Automatic numbers: a second list instance that starts at 3.
    let numbering = NUMBERING.replace(
        "</w:numbering>",
        r#"<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>"#,
    );
    let body =
        paragraph("总体要求", Some((1, 0)), None) + &paragraph("主要任务", Some((2, 0)), None);
    let auto = dir.path().join("自动编号.docx");
    std::fs::write(&auto, package(&body, None, Some(&numbering))).expect("write");
    for (file, says) in [(&txt, true), (&typed, true), (&auto, false)] {
        let r = gongwen::jobs::check_files(&[file], Default::default());
        assert!(r.rendered.contains("numbering-gap"), "{}", r.rendered);
        assert_eq!(
            r.rendered.contains("fmt fixes this"),
            says,
            "{}",
            r.rendered
        );
        assert_eq!(r.exit_code(), 1);
    }
}
