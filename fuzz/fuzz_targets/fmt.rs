//! Any text through the formatter: no panic, formatting is idempotent, and
//! no finding the checks mark fixable is left in the formatted text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for standard in [false, true] {
        let mut options = gongwen::fix::Options::default();
        options.standard = standard;
        let once = gongwen::fix::fix_text(text, &options);
        let twice = gongwen::fix::fix_text(&once, &options);
        assert_eq!(once, twice, "fmt is idempotent");
        let left = gongwen::check::check(&gongwen::parse(&once))
            .into_iter()
            .filter(|d| d.fixed_by(&options))
            .count();
        assert_eq!(left, 0, "fmt leaves no finding it marks fixable");
    }
});
