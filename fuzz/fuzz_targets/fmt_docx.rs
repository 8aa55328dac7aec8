//! Any bytes read as a .docx, then formatted as text (the text a .docx
//! reads as, one line per paragraph): no panic, every line is kept,
//! formatting is idempotent, and no finding the checks mark fixable is left.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = gongwen::docx::parse(data) else {
        return;
    };
    for standard in [false, true] {
        let options = { let mut o = gongwen::fix::Options::default(); o.standard = standard; o };
        let once = gongwen::fix::fix(&doc, &options);
        assert_eq!(once.lines().count(), doc.source.lines().count(), "fmt keeps every line");
        let twice = gongwen::fix::fix_text(&once, &options);
        assert_eq!(once, twice, "fmt is idempotent");
        let left = gongwen::check::check(&gongwen::parse(&once))
            .into_iter()
            .filter(|d| d.fixed_by(&options))
            .count();
        assert_eq!(left, 0, "fmt leaves no finding it marks fixable");
    }
});
