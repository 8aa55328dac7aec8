//! Property test: any tag soup in any part reads without a panic, and a
//! well-formed body always yields one line per paragraph.

use gongwen_docx::testing::{package, NUMBERING};
use proptest::prelude::*;

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<w:p>".to_string()),
        Just("</w:p>".to_string()),
        Just("<w:p/>".to_string()),
        Just("<w:r>".to_string()),
        Just("</w:r>".to_string()),
        Just("<w:t>".to_string()),
        Just("</w:t>".to_string()),
        Just("<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>".to_string()),
        Just("<w:pPr><w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"4294967295\"/></w:numPr></w:pPr>".to_string()),
        Just("<w:tab/>".to_string()),
        Just("<w:br/>".to_string()),
        Just("&amp;".to_string()),
        Just("&#0;".to_string()),
        Just("&bogus;".to_string()),
        "[一二、（）1.总则 ]{0,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn tag_soup_never_panics(tokens in prop::collection::vec(token(), 0..40), numbering in any::<bool>()) {
        let body: String = tokens.concat();
        let bytes = package(&body, None, numbering.then_some(NUMBERING));
        let _ = gongwen_docx::read(&bytes);
        let bytes = package("<w:p/>", Some(&body), Some(&body));
        let _ = gongwen_docx::read(&bytes);
    }

    #[test]
    fn one_line_per_paragraph(texts in prop::collection::vec("[一二三、（）1.总则\n\r ]{0,8}", 0..20)) {
        let body: String = texts
            .iter()
            .map(|t| gongwen_docx::testing::paragraph(t, Some((1, 0)), None))
            .collect();
        let doc = gongwen_docx::read(&package(&body, None, Some(NUMBERING))).unwrap_or_default();
        prop_assert_eq!(doc.paragraphs.len(), texts.len());
        prop_assert_eq!(doc.text().lines().count(), texts.len(), "a paragraph is one line");
    }
}
