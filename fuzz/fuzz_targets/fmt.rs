//! Any text through the formatter: no panic, and formatting is idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for standard in [false, true] {
        let options = gongwen::fix::Options { standard };
        let once = gongwen::fix::fix_text(text, &options);
        let twice = gongwen::fix::fix_text(&once, &options);
        assert_eq!(once, twice, "fmt is idempotent");
    }
});
