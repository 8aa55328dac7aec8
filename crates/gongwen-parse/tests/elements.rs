//! The GB/T 9704 elements (`elements --tsv`): each fixture in
//! `tests/fixtures/elements/` gives the rows of its `.elements.tsv`, and the
//! corpus documents that carry such elements (read from ../shared at run
//! time) give the rows of `tests/fixtures/elements/corpus/`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers

mod support;

use gongwen_parse::elements::{recognise, to_tsv};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/elements")
}

fn rows_of(text: &str) -> String {
    to_tsv(&recognise(&gongwen_parse::parse(text)))
}

fn expected(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

#[test]
fn each_fixture_gives_its_rows() {
    let mut seen = 0;
    for name in ["notice", "request", "letter", "minutes", "annexes"] {
        let dir = fixtures();
        let text = expected(&dir.join(format!("{name}.txt")));
        let want = expected(&dir.join(format!("{name}.elements.tsv")));
        assert_eq!(
            rows_of(&text),
            want,
            "{name}.txt should give the rows of {name}.elements.tsv"
        );
        seen += 1;
    }
    assert_eq!(seen, 5);
}

#[test]
fn a_title_that_opens_with_the_organ_below_the_number_is_one_title() {
    let text = "XX县人民政府文件\nXX政〔2026〕12号　　　　签发人：张三\n\nXX县人民政府\n关于申请拨付防汛救灾资金的请示\n\nXX市人民政府：\n";
    assert_eq!(
        rows_of(text),
        "1\tissuer_mark\tXX县人民政府文件\n2\tdoc_number\tXX政〔2026〕12号\n2\tsigner\t张三\n4\ttitle\tXX县人民政府关于申请拨付防汛救灾资金的请示\n7\taddressee\tXX市人民政府：\n",
        "an organ's name under the number opens the title, no second mark"
    );
}

#[test]
fn crlf_and_gb18030_give_the_same_rows() {
    let text = expected(&fixtures().join("request.txt"));
    let crlf = text.replace('\n', "\r\n");
    assert_eq!(
        rows_of(&crlf),
        rows_of(&text),
        "CRLF line ends change no row"
    );
    let (gbk, _, _) = encoding_rs::GB18030.encode(&text);
    let doc = gongwen_parse::parse_bytes(&gbk).unwrap();
    assert_eq!(
        to_tsv(&recognise(&doc)),
        rows_of(&text),
        "a GB18030 file gives the same rows"
    );
}

#[test]
fn spans_point_at_the_text() {
    for name in ["notice", "request", "letter", "minutes", "annexes"] {
        let text = expected(&fixtures().join(format!("{name}.txt")));
        let doc = gongwen_parse::parse(&text);
        for e in recognise(&doc) {
            let line = text.lines().nth(e.span.line as usize - 1).unwrap();
            let from_column: String = line.chars().skip(e.span.column as usize - 1).collect();
            assert!(
                from_column.starts_with(&*e.text),
                "{name}: {} at {}:{} should start {from_column:?}",
                e.kind,
                e.span.line,
                e.span.column
            );
            assert_eq!(
                &text[e.span.range()],
                &*e.text,
                "{name}: the span is the text"
            );
        }
    }
}

#[test]
fn corpus_documents_give_their_rows() {
    for (dir, name) in [
        ("public", "033-notice-xinjiang-zhijian-xuanchuan-annexes"),
        ("wide", "205-shanghai-sunlight-analysis-spec"),
        ("wide", "210-shanghai-transport-credit-info-measures"),
    ] {
        let Some(corpus) = support::shared_corpus(dir) else {
            continue;
        };
        let bytes = std::fs::read(corpus.join(format!("{name}.txt"))).unwrap();
        let doc = gongwen_parse::parse_bytes(&bytes).unwrap();
        let want = expected(
            &fixtures()
                .join("corpus")
                .join(format!("{name}.elements.tsv")),
        );
        assert_eq!(
            to_tsv(&recognise(&doc)),
            want,
            "{dir}/{name} should give its rows"
        );
    }
}

#[test]
fn no_panic_and_spans_on_char_boundaries_for_odd_input() {
    for text in [
        "",
        "\n\n",
        "附件：",
        "附件：\n1.",
        "抄送：",
        "签发人：",
        "X政发〔2026〕",
        "〔2026〕5号",
        "2026年12月6日印发",
        "附件1：\n附件2",
        "\u{3000}\u{3000}年月日\n（）\n",
        "XX市人民政府文件\nXX市人民政府文件\nXX市人民政府文件\n",
    ] {
        let doc = gongwen_parse::parse(text);
        for e in recognise(&doc) {
            assert!(text.get(e.span.range()).is_some(), "{text:?}: {e:?}");
        }
        let _ = gongwen_parse::check::check(&doc);
        let _ = gongwen_parse::fix::fix(&doc, &Default::default());
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    /// Lines made of the pieces elements are read from never make the
    /// reader, the checks or the formatter panic, every span is a slice of
    /// the source, and formatting twice changes nothing more.
    #[test]
    fn odd_documents_never_panic(lines in proptest::collection::vec(
        proptest::sample::select(vec![
            "", "　　", "XX市人民政府文件", "X政发〔2026〕3号", "X政发[26]第003号　签发人：张三",
            "关于开展检查的通知。", "各有关单位:", "附件：1.检查表；", "2.登记表", "附件1：检查表",
            "附件", "XX市人民政府", "二〇二六年十二月六日", "2026年12月06日", "（此件公开发布）",
            "抄送：市委", "XX办公室　2026年12月6日印发", "一、总体要求", "正文。", "\r",
        ]),
        0..24,
    )) {
        let text = lines.join("\n");
        let doc = gongwen_parse::parse(&text);
        for e in recognise(&doc) {
            proptest::prop_assert!(text.get(e.span.range()).is_some(), "{e:?}");
        }
        let _ = gongwen_parse::check::check(&doc);
        let once = gongwen_parse::fix::fix(&doc, &Default::default());
        let twice = gongwen_parse::fix::fix_text(&once, &Default::default());
        proptest::prop_assert_eq!(&twice, &once, "fmt is idempotent");
    }
}
