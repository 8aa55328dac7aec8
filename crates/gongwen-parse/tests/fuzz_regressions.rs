//! Inputs found by the cargo-fuzz targets in `fuzz/`, kept as plain tests
//! (docs/fuzzing.md lists the runs that found them).

use gongwen_parse::fix::{fix_text, Options};

/// `fuzz/fuzz_targets/fmt.rs`, crash-afed760c0b8b1394c6f9187bac9cf9cdee8b346a:
/// the first pass renumbers 二、三、 to 一、二、, after which the bare line
/// `三` is read as a heading of the list and the second pass renumbers again.
#[test]
fn fmt_idempotent_when_renumbering_changes_a_bare_numeral_line() {
    let src = "关于叀年度工。\n二、\n三、参会人员\n各科室贛责京开年度工。\n亍、\n三\n\
               各科室贛责京开年度工。\n二、\n三、参会、参会人员\n各科室贛责人。\n";
    for options in [Options::default(), Options::standard()] {
        let once = fix_text(src, &options);
        assert_eq!(
            fix_text(&once, &options),
            once,
            "fmt is idempotent ({options:?})"
        );
    }
}

/// The same input never panics in either pass.
#[test]
fn fmt_crash_input_formats_without_panic() {
    let src = "关于叀年度工。\n二、\n三、参会人员\n各科室贛责京开年度工。\n亍、\n三\n\
               各科室贛责京开年度工。\n二、\n三、参会、参会人员\n各科室贛责人。\n";
    let once = fix_text(src, &Options::default());
    assert_eq!(once.lines().count(), src.lines().count());
}
