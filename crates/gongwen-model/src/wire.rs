//! The serde form of a [`Document`]: the shape `gongwen_export::json`
//! writes, where a paragraph's inline enumerations sit in its own object
//! (`{"type":"paragraph","text":…,"inline":[…]}`). In memory they are kept
//! beside the nodes ([`Document::inline`]) so that a node stays small; this
//! module moves them between the two places, so JSON written by the
//! exporter reads back into an equal document.

use crate::{Decoding, Document, Gap, InBandMarker, InlineMarkers, Marker, NodeId, NodeKind, Span};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

/// A node's kind with the paragraph's inline markers beside it.
#[derive(Serialize, Deserialize)]
struct KindWire<'k, 'a> {
    #[serde(flatten)]
    kind: Cow<'k, NodeKind<'a>>,
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    inline: Cow<'k, [Marker<'a>]>,
}

#[derive(Serialize, Deserialize)]
struct NodeWire<'k, 'a> {
    kind: KindWire<'k, 'a>,
    span: Span,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    parent: Option<NodeId>,
    depth: u32,
    end: NodeId,
}

#[derive(Serialize, Deserialize)]
struct DocumentWire<'k, 'a> {
    source: Cow<'k, str>,
    decoding: Decoding,
    nodes: Vec<NodeWire<'k, 'a>>,
    gaps: Cow<'k, [Gap]>,
    markers: Cow<'k, [InBandMarker<'a>]>,
}

impl Serialize for Document<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let nodes = self
            .nodes
            .iter()
            .enumerate()
            .map(|(k, n)| NodeWire {
                kind: KindWire {
                    kind: Cow::Borrowed(&n.kind),
                    inline: Cow::Borrowed(match n.kind {
                        NodeKind::Paragraph(_) => self.inline(NodeId(k as u32)),
                        _ => &[],
                    }),
                },
                span: n.span,
                parent: n.parent,
                depth: n.depth,
                end: n.end,
            })
            .collect();
        DocumentWire {
            source: Cow::Borrowed(&self.source),
            decoding: self.decoding,
            nodes,
            gaps: Cow::Borrowed(&self.gaps),
            markers: Cow::Borrowed(&self.markers),
        }
        .serialize(s)
    }
}

impl<'de, 'a> Deserialize<'de> for Document<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let wire = DocumentWire::deserialize(d)?;
        let mut inline = Vec::new();
        let nodes = wire
            .nodes
            .into_iter()
            .enumerate()
            .map(|(k, n)| {
                let markers = n.kind.inline.into_owned();
                if !markers.is_empty() {
                    inline.push(InlineMarkers {
                        paragraph: NodeId(k as u32),
                        markers,
                    });
                }
                crate::Node {
                    kind: n.kind.kind.into_owned(),
                    span: n.span,
                    parent: n.parent,
                    depth: n.depth,
                    end: n.end,
                }
            })
            .collect();
        Ok(Document {
            source: Cow::Owned(wire.source.into_owned()),
            decoding: wire.decoding,
            nodes,
            gaps: wire.gaps.into_owned(),
            markers: wire.markers.into_owned(),
            inline,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::*;

    /// A paragraph's inline markers travel inside its object and come back
    /// beside the nodes.
    #[test]
    fn inline_markers_round_trip_inside_their_paragraph() {
        let src = "一是学习。二是实践。\n";
        let marker = |at: usize, text: &'static str, value: u32| Marker {
            text: text.into(),
            span: Span::new(at, at + 6, 1, 1 + at as u32 / 3),
            family: MarkerFamily::RunInShi,
            numeral: NumeralStyle::Chinese,
            delimiter: Delimiter::None,
            value,
        };
        let doc = Document {
            source: src.into(),
            nodes: vec![Node {
                kind: NodeKind::Paragraph(Paragraph {
                    text: "一是学习。二是实践。".into(),
                }),
                span: Span::new(0, src.len(), 1, 1),
                parent: None,
                depth: 1,
                end: NodeId(1),
            }],
            inline: vec![InlineMarkers {
                paragraph: NodeId(0),
                markers: vec![marker(0, "一是", 1), marker(15, "二是", 2)],
            }],
            ..Document::default()
        };
        let json = serde_json::to_string(&doc).unwrap();
        assert!(
            json.contains(r#""type":"paragraph","text":"一是学习。二是实践。","inline":[{"#),
            "{json}"
        );
        let back: Document = serde_json::from_str(&json).unwrap();
        assert_eq!(back, doc);
        assert_eq!(back.inline(NodeId(0)).len(), 2);
    }

    /// An article ordinal of 0, which earlier versions wrote for `…材料0`,
    /// reads as no ordinal instead of failing.
    #[test]
    fn an_ordinal_of_zero_reads_as_none() {
        let kind: NodeKind =
            serde_json::from_str(r#"{"type":"article","title":"材料0","ordinal":0}"#).unwrap();
        assert!(matches!(kind, NodeKind::Article { ordinal: None, .. }));
        let kind: NodeKind =
            serde_json::from_str(r#"{"type":"article","title":"材料2","ordinal":2}"#).unwrap();
        assert!(matches!(kind, NodeKind::Article { ordinal: Some(v), .. } if v.get() == 2));
    }

    fn serde_name<T: serde::Serialize>(v: T) -> String {
        serde_json::to_value(v)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    /// The names the enums give themselves (used by the JSON writer) are
    /// serde's.
    #[test]
    fn names_match_serde() {
        use MarkerFamily as F;
        for f in [
            F::Part,
            F::SubPart,
            F::Division,
            F::Chapter,
            F::Section,
            F::Article,
            F::Styled1,
            F::Styled2,
            F::Styled3,
            F::Styled4,
            F::Styled5,
            F::Styled6,
            F::Capital,
            F::CnEnum,
            F::CnParen,
            F::Decimal1,
            F::ArabicEnum,
            F::Decimal2,
            F::Decimal3,
            F::Decimal4,
            F::Decimal5,
            F::ArabicParen,
            F::ArabicClose,
            F::Circled,
            F::Latin,
            F::Roman,
            F::Stem,
            F::RunInShi,
            F::RunInYao,
            F::Ordinal,
            F::Sequence,
        ] {
            assert_eq!(f.name(), serde_name(f));
        }
        use NumeralStyle as N;
        for n in [
            N::Chinese,
            N::Ascii,
            N::Fullwidth,
            N::Circled,
            N::ParenDigit,
            N::ParenIdeograph,
            N::FullStopDigit,
            N::Word,
            N::Capital,
            N::Roman,
        ] {
            assert_eq!(n.name(), serde_name(n));
        }
        use Delimiter as D;
        for d in [
            D::Comma,
            D::Dot,
            D::FullDot,
            D::FullParen,
            D::HalfParen,
            D::FullClose,
            D::HalfClose,
            D::Enclosed,
            D::Verb,
            D::OrdinalComma,
            D::Word,
            D::None,
            D::Colon,
        ] {
            assert_eq!(d.name(), serde_name(d));
        }
        for l in [
            HeadingLayout::WholeLine,
            HeadingLayout::RunIn,
            HeadingLayout::MarkerAlone,
        ] {
            assert_eq!(l.name(), serde_name(l));
        }
        use FurnitureRole as R;
        for r in [
            R::Chrome,
            R::Citation,
            R::Subtitle,
            R::DocumentNumber,
            R::Date,
            R::Author,
            R::Addressee,
            R::AttachmentList,
            R::RepeatedTitle,
            R::Quotation,
        ] {
            assert_eq!(r.name(), serde_name(r));
        }
        for e in [
            Encoding::Utf8,
            Encoding::Utf16Le,
            Encoding::Utf16Be,
            Encoding::Gb18030,
        ] {
            assert_eq!(e.serde_name(), serde_name(e));
        }
        for g in [GapKind::Blank, GapKind::Indent, GapKind::MarkerLine] {
            assert_eq!(g.name(), serde_name(g));
        }
    }
}
