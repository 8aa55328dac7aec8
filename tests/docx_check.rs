//! `check` announces "fmt fixes this" only where `fmt` can fix the file:
//! a .txt, not a .docx (which `fmt` does not rewrite).

#![allow(clippy::expect_used)] // test helpers

#[test]
fn fmt_fixes_this_only_for_files_fmt_rewrites() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let txt = dir.path().join("通知.txt");
    std::fs::write(&txt, "一、总体要求\n三、主要任务\n").expect("write");
    let docx = dir.path().join("通知.docx");
    let bytes = gongwen::docx::testing::docx(&[("一、总体要求", None), ("三、主要任务", None)]);
    std::fs::write(&docx, bytes).expect("write");
    let t = gongwen::jobs::check_files(&[&txt], Default::default());
    assert!(t.rendered.contains("numbering-gap"), "{}", t.rendered);
    assert!(t.rendered.contains("fmt fixes this"), "{}", t.rendered);
    let d = gongwen::jobs::check_files(&[&docx], Default::default());
    assert!(d.rendered.contains("numbering-gap"), "{}", d.rendered);
    assert!(!d.rendered.contains("fmt fixes this"), "{}", d.rendered);
    assert_eq!(d.exit_code(), 1);
}
