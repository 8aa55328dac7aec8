//! Any bytes through decoding and parsing: no panic, and when the bytes
//! decode, the spans and gaps reassemble the decoded text exactly.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = gongwen::parse_bytes(data) {
        assert_eq!(doc.reassemble().as_deref(), Some(doc.source.as_ref()));
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let doc = gongwen::parse(text);
        assert_eq!(doc.reassemble().as_deref(), Some(text));
    }
});
