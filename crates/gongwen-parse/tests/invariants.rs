//! Property tests: parsing never panics and is lossless on arbitrary input.

use gongwen_model::{Document, NodeKind};
use proptest::prelude::*;

/// Checks every structural invariant of a parsed document.
fn check_invariants(doc: &Document<'_>) -> Result<(), TestCaseError> {
    let src: &str = &doc.source;
    // Lossless: node spans and gaps tile the source exactly.
    let rebuilt = doc.reassemble();
    prop_assert_eq!(
        rebuilt.as_deref(),
        Some(src),
        "spans and gaps must tile the input"
    );
    let mut prev_start = 0;
    for (id, node) in doc.iter() {
        let s = node.span;
        prop_assert!(
            s.start <= s.end && s.end() <= src.len(),
            "span inside the input"
        );
        prop_assert!(
            src.is_char_boundary(s.start()) && src.is_char_boundary(s.end()),
            "char boundaries"
        );
        prop_assert!(s.start >= prev_start, "nodes in document order");
        prev_start = s.start;
        prop_assert!(s.line >= 1 && s.column >= 1, "1-based line and column");
        if let Some(p) = node.parent {
            prop_assert!(p < id, "a parent comes before its children");
            let parent = &doc.nodes[p.index()];
            prop_assert!(parent.end > id, "a child lies inside its parent's subtree");
            prop_assert_eq!(node.depth, parent.depth + 1, "depth follows the parent");
            let extent = doc.extent(p).unwrap_or(parent.span);
            prop_assert!(
                extent.contains(&s),
                "a child's span lies inside its parent's extent"
            );
        } else {
            prop_assert_eq!(node.depth, 1, "top-level nodes have depth 1");
        }
        prop_assert!(
            node.end > id && node.end.index() <= doc.nodes.len(),
            "subtree end in range"
        );
        match &node.kind {
            NodeKind::Heading(h) => {
                let m = h.marker.span;
                prop_assert!(s.contains(&m), "the marker lies in its heading");
                prop_assert_eq!(
                    &src[m.range()],
                    &*h.marker.text,
                    "the marker text is the source text"
                );
            }
            NodeKind::Paragraph(_) => {
                for m in doc.inline(id) {
                    prop_assert!(s.contains(&m.span), "inline markers lie in their paragraph");
                    prop_assert_eq!(&src[m.span.range()], &*m.text);
                }
            }
            _ => {}
        }
    }
    for m in &doc.markers {
        prop_assert_eq!(&src[m.span.range()], format!("##{}##", m.name));
    }
    // Inline enumerations belong to paragraphs, in node order.
    for w in doc.inline.windows(2) {
        prop_assert!(w[0].paragraph < w[1].paragraph, "inline runs in node order");
    }
    for r in &doc.inline {
        prop_assert!(
            doc.get(r.paragraph)
                .and_then(|n| n.as_paragraph())
                .is_some(),
            "inline markers name a paragraph"
        );
        prop_assert!(
            !r.markers.is_empty(),
            "only paragraphs with markers are listed"
        );
    }
    // The walk enters every node in order, inside its parent, and leaves it
    // after its last descendant.
    let mut open: Vec<usize> = Vec::new();
    let mut entered = 0usize;
    for event in doc.walk() {
        match event {
            gongwen_model::WalkEvent::Enter(id) => {
                prop_assert_eq!(id.index(), entered, "entered in order");
                let parent = doc.nodes[id.index()].parent.map(|p| p.index());
                prop_assert_eq!(open.last().copied(), parent, "entered inside its parent");
                open.push(id.index());
                entered += 1;
            }
            gongwen_model::WalkEvent::Leave(id) => {
                prop_assert_eq!(open.pop(), Some(id.index()), "left innermost first");
                prop_assert_eq!(
                    doc.nodes[id.index()].end.index(),
                    entered,
                    "left after its subtree"
                );
            }
            _ => prop_assert!(false, "an event this test does not know"),
        }
    }
    prop_assert_eq!(entered, doc.nodes.len());
    prop_assert!(open.is_empty(), "every node left");
    // Line numbers agree with the source for every node.
    for node in &doc.nodes {
        let before = &src[..node.span.start()];
        let line = 1 + before.matches("\r\n").count() + before.matches('\n').count()
            - before.matches("\r\n").count()
            + before.matches('\r').count()
            - before.matches("\r\n").count();
        prop_assert_eq!(node.span.line as usize, line, "line of a node");
    }
    Ok(())
}

/// Strings built from the pieces official documents are made of, so the
/// interesting paths (markers, wraps, annexes, quotes) are exercised.
fn doc_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("一、".to_string()),
        Just("（一）".to_string()),
        Just("(二)".to_string()),
        Just("1.".to_string()),
        Just("1、".to_string()),
        Just("（1）".to_string()),
        Just("①".to_string()),
        Just("一是".to_string()),
        Just("二要".to_string()),
        Just("第一，".to_string()),
        Just("首先，".to_string()),
        Just("第一章 ".to_string()),
        Just("第三条 ".to_string()),
        Just("附件1：".to_string()),
        Just("附件：1.".to_string()),
        Just("目 录".to_string()),
        Just("（8篇）".to_string()),
        Just("——在会议上的讲话".to_string()),
        Just("##paidbegin##".to_string()),
        Just("标题".to_string()),
        Just("工作开展情况".to_string()),
        Just("正文内容。".to_string()),
        Just("“引文".to_string()),
        Just("”".to_string()),
        Just("和".to_string()),
        Just("；".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("　　".to_string()),
        Just(" ".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_strings_parse_losslessly(s in "\\PC{0,200}|[\\s\\S]{0,200}") {
        let doc = gongwen_parse::parse(&s);
        check_invariants(&doc)?;
    }

    #[test]
    fn document_like_strings_parse_losslessly(s in doc_like()) {
        let doc = gongwen_parse::parse(&s);
        check_invariants(&doc)?;
    }

    #[test]
    fn arbitrary_bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(doc) = gongwen_parse::parse_bytes(&b) {
            check_invariants(&doc)?;
        }
    }

    #[test]
    fn mutated_sample_parses_losslessly(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<u8>(), "\\PC{0,3}"), 1..12)
    ) {
        // The built-in sample with random byte flips, deletions, insertions
        // and duplications: through the bytes entry point (the flips make
        // invalid UTF-8 and other encodings) and as text.
        let mut bytes = gongwen_parse::SAMPLE.as_bytes().to_vec();
        for (at, op, byte, text) in &edits {
            let i = at.index(bytes.len().max(1)).min(bytes.len());
            match op {
                0 if i < bytes.len() => bytes[i] ^= byte | 1,
                1 if i < bytes.len() => {
                    let end = (i + usize::from(*byte % 16)).min(bytes.len());
                    bytes.drain(i..end);
                }
                2 => {
                    bytes.splice(i..i, text.bytes());
                }
                _ => {
                    let end = (i + 64).min(bytes.len());
                    let copy = bytes[i..end].to_vec();
                    bytes.splice(i..i, copy);
                }
            }
        }
        if let Ok(doc) = gongwen_parse::parse_bytes(&bytes) {
            check_invariants(&doc)?;
        }
        let text = String::from_utf8_lossy(&bytes);
        check_invariants(&gongwen_parse::parse(&text))?;
    }

    #[test]
    fn json_round_trips(s in doc_like()) {
        let doc = gongwen_parse::parse(&s);
        let json = serde_json::to_string(&doc).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back: Document<'static> = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back, doc);
    }
}

#[test]
fn deep_alternating_nesting_does_not_recurse() {
    // 10,000 levels: 一、 （一） 1. （1） ① repeated, each list restarting at 1.
    let forms = ["一、", "（一）", "1.", "（1）", "①"];
    let mut s = String::new();
    for i in 0..10_000 {
        s.push_str(forms[i % forms.len()]);
        s.push_str("标题\n");
    }
    let doc = gongwen_parse::parse(&s);
    assert_eq!(
        doc.reassemble().as_deref(),
        Some(s.as_str()),
        "lossless on deep input"
    );
    let json = serde_json::to_string(&doc).expect("serialises");
    let back: Document<'static> =
        serde_json::from_str(&json).expect("deserialises without recursion");
    assert_eq!(back.nodes.len(), doc.nodes.len());
    // The walk goes 10,000 deep and back without recursion.
    let (mut depth, mut deepest) = (0usize, 0usize);
    for event in doc.walk() {
        match event {
            gongwen_model::WalkEvent::Enter(_) => depth += 1,
            _ => depth -= 1,
        }
        deepest = deepest.max(depth);
    }
    assert_eq!((depth, deepest), (0, 10_000));
}
