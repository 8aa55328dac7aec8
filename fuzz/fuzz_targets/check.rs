//! Any text through the numbering checks: no panic, every diagnostic's span
//! inside the input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = gongwen::parse_bytes(data) else {
        return;
    };
    for d in gongwen::check::check(&doc) {
        assert!(d.span.end() <= doc.source.len());
        assert!(doc.source.is_char_boundary(d.span.start()));
    }
});
