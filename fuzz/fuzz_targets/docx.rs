//! Any bytes through the .docx reader: no panic (errors are fine).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = gongwen::docx::parse(data);
});
