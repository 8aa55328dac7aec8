//! `check` announces "fmt fixes this" only where `fmt` can fix the file:
//! in a .docx, a typed marker, or an automatic number whose list's start
//! override can be moved safely; not a number a list definition starts.

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
    // Automatic numbers: a second list instance that starts at 3 by an
    // override (fmt moves the override), and one whose list definition
    // starts at 3 (not changed: it is reported).
    let numbering = NUMBERING.replace(
        "</w:numbering>",
        r#"<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#,
    );
    let auto = |second: u32, name: &str| {
        let body = paragraph("总体要求", Some((1, 0)), None)
            + &paragraph("主要任务", Some((second, 0)), None);
        let file = dir.path().join(name);
        std::fs::write(&file, package(&body, None, Some(&numbering))).expect("write");
        file
    };
    let overridden = auto(2, "起始值.docx");
    let defined = auto(3, "列表定义.docx");
    for (file, says) in [
        (&txt, true),
        (&typed, true),
        (&overridden, true),
        (&defined, false),
    ] {
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
    let f = gongwen::jobs::format_input(
        defined.to_str().expect("UTF-8"),
        &std::fs::read(&defined).expect("read"),
        &Default::default(),
    )
    .expect("formats");
    assert!(!f.changed && f.unfixable.len() == 1, "{:?}", f.unfixable);
    assert!(
        f.unfixable[0].contains("automatic number"),
        "{:?}",
        f.unfixable
    );
}
