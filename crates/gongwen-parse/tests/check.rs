//! Numbering checks and the formatter: one team-written fixture per code
//! (tests/fixtures/check/), a clean document that formats to itself byte for
//! byte, the public corpus (read from ../shared at run time), and proptests
//! that formatting is idempotent and leaves no fixable finding.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers

mod support;

use gongwen_parse::check::{check, Code, Diagnostic, Fixable, Severity};
use gongwen_parse::fix::{fix_text, Options};
use proptest::prelude::*;
use std::path::PathBuf;

fn fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
}

fn codes(found: &[Diagnostic]) -> Vec<Code> {
    let mut c: Vec<Code> = found.iter().map(|d| d.code).collect();
    c.dedup();
    c
}

/// How the formatter deals with a fixture's finding.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fmt {
    /// `fmt` fixes it: its output checks clean.
    Fixes,
    /// Only `fmt --standard` fixes it.
    FixesWithStandard,
    /// `fmt` cannot fix it (a person must decide): the output is the input.
    CannotFix,
}

/// (file, code, severity, line, column of the first finding, what fmt does)
const FIXTURES: &[(&str, Code, Severity, u32, u32, Fmt)] = &[
    (
        "numbering-gap.txt",
        Code::NumberingGap,
        Severity::Error,
        8,
        3,
        Fmt::Fixes,
    ),
    (
        "numbering-duplicate.txt",
        Code::NumberingDuplicate,
        Severity::Error,
        5,
        1,
        Fmt::Fixes,
    ),
    (
        "numbering-order.txt",
        Code::NumberingOrder,
        Severity::Error,
        6,
        1,
        Fmt::Fixes,
    ),
    (
        "numbering-start.txt",
        Code::NumberingStart,
        Severity::Error,
        3,
        1,
        Fmt::Fixes,
    ),
    (
        "mixed-marker-style.txt",
        Code::MixedMarkerStyle,
        Severity::Warning,
        5,
        1,
        Fmt::Fixes,
    ),
    // A skipped level needs a person: which level is missing, or is the
    // marker wrong? fmt leaves it.
    (
        "level-skip.txt",
        Code::LevelSkip,
        Severity::Warning,
        3,
        1,
        Fmt::CannotFix,
    ),
    (
        "nonstandard-marker.txt",
        Code::NonstandardMarker,
        Severity::Warning,
        3,
        1,
        Fmt::Fixes,
    ),
    (
        "nonstandard-marker-standard.txt",
        Code::NonstandardMarker,
        Severity::Warning,
        4,
        1,
        Fmt::FixesWithStandard,
    ),
    (
        "toc-mismatch.txt",
        Code::TocMismatch,
        Severity::Error,
        3,
        1,
        Fmt::Fixes,
    ),
    // An entry without an article: was the article lost, or the entry
    // wrong? fmt leaves it.
    (
        "toc-mismatch-count.txt",
        Code::TocMismatch,
        Severity::Error,
        5,
        1,
        Fmt::CannotFix,
    ),
    // The declared count or the pieces may be wrong: fmt leaves it.
    (
        "declared-count-mismatch.txt",
        Code::DeclaredCountMismatch,
        Severity::Error,
        2,
        1,
        Fmt::CannotFix,
    ),
    // Only the author knows the missing title: fmt leaves it.
    (
        "empty-heading.txt",
        Code::EmptyHeading,
        Severity::Warning,
        4,
        1,
        Fmt::CannotFix,
    ),
    // GB/T 9704 form of the elements (check/gbt/): one fixture per code,
    // each a clean fixture of tests/fixtures/elements/ with one fault.
    (
        "gbt-doc-number-brackets.txt",
        Code::GbtDocNumberBrackets,
        Severity::Warning,
        3,
        4,
        Fmt::Fixes,
    ),
    (
        "gbt-doc-number-year.txt",
        Code::GbtDocNumberYear,
        Severity::Warning,
        3,
        5,
        Fmt::CannotFix,
    ),
    (
        "gbt-doc-number-padding.txt",
        Code::GbtDocNumberPadding,
        Severity::Warning,
        3,
        10,
        Fmt::Fixes,
    ),
    (
        "gbt-doc-number-ordinal.txt",
        Code::GbtDocNumberOrdinal,
        Severity::Warning,
        3,
        10,
        Fmt::Fixes,
    ),
    (
        "gbt-date-numerals.txt",
        Code::GbtDateNumerals,
        Severity::Warning,
        16,
        1,
        Fmt::Fixes,
    ),
    (
        "gbt-date-year.txt",
        Code::GbtDateYear,
        Severity::Warning,
        16,
        1,
        Fmt::CannotFix,
    ),
    (
        "gbt-date-padding.txt",
        Code::GbtDatePadding,
        Severity::Warning,
        16,
        1,
        Fmt::Fixes,
    ),
    (
        "gbt-attachment-count.txt",
        Code::GbtAttachmentCount,
        Severity::Error,
        10,
        6,
        Fmt::CannotFix,
    ),
    (
        "gbt-attachment-mismatch.txt",
        Code::GbtAttachmentMismatch,
        Severity::Warning,
        11,
        6,
        Fmt::CannotFix,
    ),
    (
        "gbt-attachment-numbered.txt",
        Code::GbtAttachmentNumbered,
        Severity::Warning,
        17,
        6,
        Fmt::Fixes,
    ),
    (
        "gbt-attachment-punctuation.txt",
        Code::GbtAttachmentPunctuation,
        Severity::Warning,
        10,
        17,
        Fmt::Fixes,
    ),
    (
        "gbt-annex-label.txt",
        Code::GbtAnnexLabel,
        Severity::Warning,
        18,
        1,
        Fmt::Fixes,
    ),
    (
        "gbt-title-punctuation.txt",
        Code::GbtTitlePunctuation,
        Severity::Warning,
        5,
        23,
        Fmt::Fixes,
    ),
    (
        "gbt-addressee-colon.txt",
        Code::GbtAddresseeColon,
        Severity::Warning,
        7,
        14,
        Fmt::Fixes,
    ),
    (
        "gbt-cc-period.txt",
        Code::GbtCcPeriod,
        Severity::Warning,
        30,
        25,
        Fmt::Fixes,
    ),
    (
        "gbt-request-signer.txt",
        Code::GbtRequestSigner,
        Severity::Warning,
        5,
        1,
        Fmt::CannotFix,
    ),
];

#[test]
fn every_code_has_a_fixture() {
    for code in Code::ALL {
        assert!(
            FIXTURES.iter().any(|f| f.1 == code),
            "{code} should have a fixture"
        );
    }
}

#[test]
fn each_fixture_triggers_exactly_its_code_at_the_marker() {
    for &(file, code, severity, line, column, _) in FIXTURES {
        let src = fixture(file);
        let found = check(&gongwen_parse::parse(&src));
        assert_eq!(
            codes(&found),
            vec![code],
            "{file} should trigger only {code}: {found:#?}"
        );
        let d = &found[0];
        assert_eq!(d.severity, severity, "{file}: severity of {code}");
        assert_eq!(
            (d.span.line, d.span.column),
            (line, column),
            "{file}: {code} should point at line {line}, column {column}"
        );
        // The span is the offending marker (or the 目录 / count line).
        let at = &src[d.span.range()];
        assert!(!at.is_empty(), "{file}: the span should cover the marker");
        let line_text = src.lines().nth(line as usize - 1).unwrap_or("");
        assert!(
            line_text.contains(at),
            "{file}: {at:?} should be on line {line}"
        );
    }
}

#[test]
fn fmt_output_of_each_fixture_checks_clean_or_is_left_alone() {
    for &(file, code, _, _, _, how) in FIXTURES {
        let src = fixture(file);
        let plain = fix_text(&src, &Options::default());
        let standard = fix_text(&src, &Options::standard());
        let after = |s: &str| check(&gongwen_parse::parse(s));
        let found = check(&gongwen_parse::parse(&src));
        match how {
            Fmt::Fixes => {
                assert_ne!(plain, src, "{file}: fmt should change something");
                assert_eq!(
                    after(&plain),
                    vec![],
                    "{file}: fmt output should check clean"
                );
                assert_eq!(
                    after(&standard),
                    vec![],
                    "{file}: fmt --standard output should check clean"
                );
                assert!(
                    found.iter().all(|d| d.fixable == Fixable::Default),
                    "{file}: {code} should be marked fixable by fmt"
                );
            }
            Fmt::FixesWithStandard => {
                assert_eq!(plain, src, "{file}: plain fmt should leave {code} alone");
                assert_eq!(
                    after(&standard),
                    vec![],
                    "{file}: fmt --standard output should check clean"
                );
                assert!(
                    found.iter().all(|d| d.fixable == Fixable::Standard),
                    "{file}: {found:#?}"
                );
            }
            Fmt::CannotFix => {
                assert_eq!(
                    plain, src,
                    "{file}: fmt cannot fix {code} and should change nothing"
                );
                assert_eq!(
                    standard, src,
                    "{file}: fmt --standard should change nothing"
                );
                assert!(
                    found.iter().all(|d| d.fixable == Fixable::No),
                    "{file}: {found:#?}"
                );
            }
        }
    }
}

#[test]
fn fixed_fixtures_read_as_expected() {
    let gap = fix_text(&fixture("numbering-gap.txt"), &Options::default());
    assert!(
        gap.contains("\n　　三、保障措施\n"),
        "四、 should become 三、: {gap}"
    );
    let dup = fix_text(&fixture("numbering-duplicate.txt"), &Options::default());
    assert!(
        dup.contains("（三）严肃工作纪律"),
        "the second （二） should become （三）"
    );
    let order = fix_text(&fixture("numbering-order.txt"), &Options::default());
    assert!(order.contains("二、存在的不足") && order.contains("三、下一步打算"));
    let mixed = fix_text(&fixture("mixed-marker-style.txt"), &Options::default());
    assert!(
        mixed.contains("\n2.落实物资储备"),
        "2． should take the siblings' form 2."
    );
    let toc = fix_text(&fixture("toc-mismatch.txt"), &Options::default());
    assert!(
        toc.starts_with("某县党务干部培训班交流材料汇编\n目录\n抓好支部建设的实践与思考\n强化理论武装的几点体会\n"),
        "the 目录 should follow the articles: {toc}"
    );
    let annex = fix_text(&fixture("gbt-annex-label.txt"), &Options::default());
    assert!(
        annex.contains("\n附件1\n受灾情况统计表\n"),
        "the annex title should move to its own line: {annex}"
    );
    let date = fix_text(&fixture("gbt-date-numerals.txt"), &Options::default());
    assert!(date.contains("\n2026年3月15日\n"), "{date}");
    let std = fix_text(
        &fixture("nonstandard-marker-standard.txt"),
        &Options::standard(),
    );
    assert!(
        std.contains("\n1.年度统计报表。\n2.分月统计数据。\n"),
        "{std}"
    );
}

#[test]
fn a_clean_document_formats_to_itself_byte_for_byte() {
    let src = fixture("clean.txt");
    assert_eq!(
        check(&gongwen_parse::parse(&src)),
        vec![],
        "clean.txt has no finding"
    );
    assert_eq!(fix_text(&src, &Options::default()), src);
    assert_eq!(fix_text(&src, &Options::standard()), src);
    // The built-in sample too.
    assert_eq!(
        fix_text(gongwen_parse::SAMPLE, &Options::default()),
        gongwen_parse::SAMPLE
    );
}

#[test]
fn fmt_changes_only_marker_bytes() {
    // CRLF, indentation and in-band markers around the markers stay as they were.
    let src =
        "关于工作的通知\r\n\u{3000}\u{3000}一、总体要求\r\n##paidbegin##（一）甲\r\n(三)乙\r\n";
    let out = fix_text(src, &Options::default());
    assert_eq!(
        out,
        "关于工作的通知\r\n\u{3000}\u{3000}一、总体要求\r\n##paidbegin##（一）甲\r\n（二）乙\r\n"
    );
}

#[test]
fn run_in_items_restarting_after_a_paragraph_are_not_an_error() {
    let src = "一、主要做法\n一是健全机制。\n二是强化引领。\n下一步，我们将继续努力。\n一是扛牢责任。\n二是学透用好。\n";
    assert_eq!(check(&gongwen_parse::parse(src)), vec![]);
}

#[test]
fn letters_stems_capitals_and_roman_numerals_skipped_in_a_series_are_found_and_fixed() {
    for (src, missing, fixed) in [
        ("规范\na)一项\nb)二项\nd)四项\n", "c)", "d)四项"),
        ("规定\n甲、一项\n乙、二项\n丁、四项\n", "丙、", "丁、四项"),
        ("辦法\n壹、主旨\n貳、單位\n肆、時間\n", "參、", "肆、時間"),
        (
            "规范\n1.命名\na)类名：\ni.页面类\nii.处理类\niv.接口类\n",
            "iii.",
            "iv.接口类",
        ),
    ] {
        let found = check(&gongwen_parse::parse(src));
        assert_eq!(codes(&found), vec![Code::NumberingGap], "{src}: {found:#?}");
        assert!(
            found[0].message_zh.contains(missing),
            "{}",
            found[0].message_zh
        );
        let out = fix_text(src, &Options::default());
        assert!(!out.contains(fixed), "{src} -> {out}");
        assert_eq!(check(&gongwen_parse::parse(&out)), vec![], "{out}");
    }
}

#[test]
fn capital_numerals_are_relabelled_in_the_script_of_their_list() {
    // `肆` and `伍` read the same in both scripts: the siblings tell which
    // to write.
    for (src, want) in [
        ("辦法\n壹、主旨\n貳、單位\n肆、時間\n", "參、時間"),
        ("办法\n壹、主旨\n贰、单位\n肆、时间\n", "叁、时间"),
        ("辦法\n壹、主旨\n參、單位\n伍、時間\n", "貳、單位\n參、時間"),
    ] {
        let out = fix_text(src, &Options::default());
        assert!(out.contains(want), "{src} -> {out}");
    }
}

#[test]
fn regulation_articles_number_through_the_document() {
    let src = "第五编 婚姻家庭\n第一章 一般规定\n第一千零四十条 本编调整婚姻家庭产生的民事关系。\n第二章 结婚\n第一千零四十一条 婚姻自由。\n第一千零四十三条 家庭应当树立优良家风。\n";
    let found = check(&gongwen_parse::parse(src));
    assert_eq!(codes(&found), vec![Code::NumberingGap], "{found:#?}");
    assert_eq!(found[0].span.line, 6);
    assert_eq!(
        found[0].fixable,
        Fixable::No,
        "regulation numbers are cited in the text: not renumbered"
    );
    assert!(
        found[0].message_zh.contains("第一千零四十二条"),
        "{}",
        found[0].message_zh
    );
}

#[test]
fn a_toc_with_repeated_entries_is_not_reordered() {
    // Found by the proptest: reordering made a repeated numbered entry end
    // the 目录 early, so a second fmt changed the text again.
    let src = "交流材料汇编\n目录\n抓好支部建设的实践与思考\n1.强化理论武装的几点体会\n2.强化理论武装的几点体会\n\n强化理论武装的几点体会\n某县政协办公室\n\n抓好支部建设的实践与思考\n某县政协办公室\n\n强化理论武装的几点体会\n某县政协办公室\n";
    let found = check(&gongwen_parse::parse(src));
    assert_eq!(codes(&found), vec![Code::TocMismatch]);
    assert!(
        found.iter().all(|d| d.fixable == Fixable::No),
        "ambiguous order: {found:#?}"
    );
    assert_eq!(fix_text(src, &Options::default()), src);
}

#[test]
fn json_round_trip_of_a_diagnostic() {
    let found = check(&gongwen_parse::parse(&fixture("numbering-duplicate.txt")));
    let json = serde_json::to_string(&found).unwrap();
    assert!(json.contains("\"code\":\"numbering-duplicate\""));
    assert!(json.contains("\"severity\":\"error\""));
    let back: Vec<Diagnostic> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, found);
}

#[test]
fn public_corpus_has_no_numbering_errors_and_formats_stably() {
    let Some(dir) = support::shared_corpus("public") else {
        return;
    };
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let doc = gongwen_parse::parse_bytes(&bytes).unwrap();
        let found = check(&doc);
        let numbering: Vec<&Diagnostic> = found
            .iter()
            .filter(|d| d.code.is_numbering() && d.severity == Severity::Error)
            .collect();
        assert!(numbering.is_empty(), "{}: {numbering:#?}", path.display());
        let once = gongwen_parse::fix::fix(&doc, &Options::default());
        assert_eq!(
            fix_text(&once, &Options::default()),
            once,
            "{}: fmt is idempotent",
            path.display()
        );
        n += 1;
    }
    assert!(n >= 7, "expected the public corpus, checked {n} documents");
}

// ------------------------------------------------------------ proptests

/// A numbered line: a marker in one of its forms, then a title.
fn marker(value: u32) -> impl Strategy<Value = String> {
    let cn =
        |v: u32| gongwen_parse::numeral::format(v, gongwen_model::NumeralStyle::Chinese).unwrap();
    let c = cn(value);
    let forms = vec![
        format!("{c}、"),
        format!("{c}."),
        format!("（{c}）"),
        format!("({c})"),
        format!("{value}."),
        format!("{value}、"),
        format!("{value}．"),
        format!("（{value}）"),
        format!("({value})"),
        format!("{c}是"),
        format!("第{c}章 "),
        format!("第{c}条 "),
        char::from_u32(0x2460 + value - 1)
            .map(String::from)
            .unwrap_or_default(),
        char::from_u32(0x2474 + value - 1)
            .map(String::from)
            .unwrap_or_default(),
        char::from_u32(0x3220 + value - 1)
            .map(String::from)
            .unwrap_or_default(),
    ];
    proptest::sample::select(forms)
}

fn line() -> impl Strategy<Value = String> {
    let title = proptest::sample::select(vec![
        "总体要求",
        "加强领导。全体干部要认真学习。",
        "",
        "坚持问题导向，推动工作落实",
    ]);
    let indent = proptest::sample::select(vec!["", "　　"]);
    prop_oneof![
        3 => (indent.clone(), (1u32..6).prop_flat_map(marker), title)
            .prop_map(|(i, m, t)| format!("{i}{m}{t}")),
        1 => Just("各单位要高度重视，认真组织实施。".to_string()),
        1 => Just(String::new()),
    ]
}

fn document() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(line(), 0..14),
        proptest::bool::ANY,
    )
        .prop_map(|(lines, title)| {
            let mut s = if title {
                "关于做好年度工作的通知\n".to_string()
            } else {
                String::new()
            };
            for l in lines {
                s.push_str(&l);
                s.push('\n');
            }
            s
        })
}

/// A compilation: a 目录 (entries possibly numbered), then pieces in some
/// order, each with numbered lines.
fn compilation() -> impl Strategy<Value = String> {
    let titles = [
        "强化理论武装的几点体会",
        "抓好支部建设的实践与思考",
        "做好统战工作的思考",
    ];
    (
        proptest::collection::vec((0usize..3, proptest::option::of(1u32..5)), 1..4),
        proptest::collection::vec((0usize..3, proptest::collection::vec(line(), 0..4)), 1..4),
        proptest::option::of(1u32..5),
    )
        .prop_map(move |(entries, pieces, declared)| {
            let mut s = "交流材料汇编\n".to_string();
            if let Some(n) = declared {
                s.push_str(&format!("（{n}篇）\n"));
            }
            s.push_str("目录\n");
            for (t, num) in &entries {
                if let Some(n) = num {
                    s.push_str(&format!("{n}.{}\n", titles[*t]));
                } else {
                    s.push_str(titles[*t]);
                    s.push('\n');
                }
            }
            for (t, lines) in pieces {
                s.push('\n');
                s.push_str(titles[t]);
                s.push_str("\n某县政协办公室\n");
                for l in lines {
                    s.push_str(&l);
                    s.push('\n');
                }
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn fmt_is_idempotent_and_leaves_no_fixable_finding(src in prop_oneof![3 => document(), 1 => compilation()]) {
        for options in [Options::default(), Options::standard()] {
            let once = fix_text(&src, &options);
            let twice = fix_text(&once, &options);
            prop_assert_eq!(&twice, &once, "fmt should be idempotent ({:?})", options);
            let left: Vec<Diagnostic> = check(&gongwen_parse::parse(&once))
                .into_iter()
                .filter(|d| d.fixed_by(&options))
                .collect();
            prop_assert!(left.is_empty(), "fixable findings left after fmt ({:?}):\n{}\n{:#?}", options, once, left);
            prop_assert_eq!(once.lines().count(), src.lines().count(), "fmt keeps the lines");
        }
    }

    #[test]
    fn check_and_fmt_hold_on_any_text(src in "(\\PC|[一二三（）()、.．1２①⑴是\\n　])*") {
        let doc = gongwen_parse::parse(&src);
        let _ = check(&doc);
        for options in [Options::default(), Options::standard()] {
            let once = gongwen_parse::fix::fix(&doc, &options);
            prop_assert_eq!(once.lines().count(), src.lines().count());
            prop_assert_eq!(fix_text(&once, &options), once.clone(), "idempotent");
            let left: Vec<Diagnostic> = check(&gongwen_parse::parse(&once))
                .into_iter()
                .filter(|d| d.fixed_by(&options))
                .collect();
            prop_assert!(left.is_empty(), "fixable findings left:\n{}\n{:#?}", once, left);
        }
    }
}

#[test]
fn long_lists_check_and_format_in_linear_time() {
    // 40,000 siblings, every one a duplicate: quadratic scans would take
    // minutes. (Arabic markers stop at 999, so the reversed list is shorter.)
    let mut dup = String::new();
    for _ in 0..40_000u32 {
        dup.push_str("2.甲\n");
    }
    let mut rev = String::new();
    for v in (2..=999u32).rev() {
        rev.push_str(&format!("{v}.乙\n"));
    }
    let t = std::time::Instant::now();
    let found = check(&gongwen_parse::parse(&dup));
    assert_eq!(
        found.len(),
        40_000,
        "one start finding and 39,999 duplicates"
    );
    let found = check(&gongwen_parse::parse(&rev));
    assert_eq!(found.len(), 998, "one start finding and 997 out of order");
    let out = fix_text(&rev, &Options::default());
    assert!(out.starts_with("1.乙\n2.乙\n"));
    assert!(
        t.elapsed() < std::time::Duration::from_secs(20),
        "took {:?}",
        t.elapsed()
    );
}

#[test]
fn fmt_leaves_piece_ordinals_alone_where_the_compilation_is_in_doubt() {
    // Issue 18 item 4: the 目录, the declared count and the articles
    // disagree, so renumbering 交流材料3 to 交流材料2 would act on a doubtful
    // parse; and no pass may leave more numbering findings than it found.
    let src = "交流材料汇编\n（3篇）\n目录\n交流材料\n交流材料\n交流材料\n\n交流材料1\n某县政协办公室\n正文第一段。\n\n交流材料3\n某县政协办公室\n正文第二段。\n";
    let doc = gongwen_parse::parse(src);
    let found = check(&doc);
    assert!(
        found.iter().any(|d| d.code == Code::DeclaredCountMismatch),
        "{found:#?}"
    );
    let out = fix_text(src, &Options::default());
    assert!(
        out.contains("交流材料3"),
        "ordinals kept as written:\n{out}"
    );
    let after = check(&gongwen_parse::parse(&out)).len();
    assert!(
        after <= found.len(),
        "fmt made numbering worse: {after} > {}",
        found.len()
    );
}

#[test]
fn check_does_not_promise_what_fmt_holds_back_in_a_doubtful_compilation() {
    let src = "交流材料汇编\n（3篇）\n目录\n交流材料\n交流材料\n交流材料\n\n交流材料1\n某县政协办公室\n正文第一段。\n\n交流材料3\n某县政协办公室\n正文第二段。\n";
    let found = check(&gongwen_parse::parse(src));
    assert!(
        found.iter().all(|d| d.fixable == Fixable::No),
        "fmt leaves the ordinals alone, so check must not say it fixes them: {found:#?}"
    );
}
