//! Any bytes through `fmt` as the binaries run it (`jobs::format_input`):
//! no panic; the output reads back as the formatted text; and in the
//! input's own encoding every line the formatter did not change keeps its
//! bytes (GB18030's non-canonical forms included).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(formatted) = gongwen::jobs::format_input("fuzz.txt", data, &Default::default()) else {
        return;
    };
    if !formatted.changed || formatted.lossy {
        assert!(!formatted.changed || formatted.lossy);
        return;
    }
    let Ok((before, _)) = gongwen::parser::decode::decode(data) else {
        return;
    };
    let after = gongwen::fix::fix_text(&before, &Default::default());
    if let Ok((back, _)) = gongwen::parser::decode::decode(&formatted.output) {
        assert_eq!(back, after, "the output reads back as the formatted text");
    }
    let old: Vec<&[u8]> = data.split_inclusive(|&b| b == b'\n').collect();
    let new: Vec<&[u8]> = formatted.output.split_inclusive(|&b| b == b'\n').collect();
    let (a, b): (Vec<&str>, Vec<&str>) = (
        before.split_inclusive('\n').collect(),
        after.split_inclusive('\n').collect(),
    );
    if old.len() == new.len() && a.len() == b.len() && a.len() == old.len() {
        for i in 0..a.len() {
            if a[i] == b[i] {
                assert_eq!(old[i], new[i], "an unchanged line keeps its bytes");
            }
        }
    }
});
