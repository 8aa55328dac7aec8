//! The elements of a 公文 as GB/T 9704-2012 §7 names them: 版头, 主体, 版记.
//!
//! They are a second view of a document, beside its outline: the lines a
//! 文秘 desk checks and lays out (发文字号, 主送机关, 成文日期, 抄送…), each
//! typed and with the span of its text. `gongwen-parse` recognises them
//! (`gongwen_parse::elements::recognise`); `gongwen elements --tsv` prints
//! them as the contract rows of `docs/elements.md`.

use crate::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What an element is. The snake_case names are part of the
/// `elements --tsv` contract.
///
/// ```
/// use gongwen_model::ElementKind;
/// assert_eq!(ElementKind::DocNumber.as_str(), "doc_number");
/// assert_eq!(ElementKind::ALL.len(), 15);
/// assert_eq!(serde_json::to_string(&ElementKind::Cc).unwrap(), "\"cc\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ElementKind {
    /// 份号 (§7.2.1): `000123`.
    CopyNumber,
    /// 密级和保密期限 (§7.2.2): `机密★1年`.
    Classification,
    /// 紧急程度 (§7.2.3): `特急`, `加急`.
    Urgency,
    /// 发文机关标志 (§7.2.4): `XX市人民政府文件`; a 纪要's `XX会议纪要`.
    IssuerMark,
    /// 发文字号 (§7.2.5): `X政办发〔2026〕12号`.
    DocNumber,
    /// 签发人 (§7.2.6), the names after `签发人：`.
    Signer,
    /// 标题 (§7.3.1).
    Title,
    /// 主送机关 (§7.3.2): `各区县人民政府：`.
    Addressee,
    /// One listed attachment of the 附件说明 (§7.3.4): `1.检查表`.
    AttachmentNote,
    /// 发文机关署名 (§7.3.5).
    IssuerSignature,
    /// 成文日期 (§7.3.5): `2026年12月6日`.
    Date,
    /// 附注 (§7.3.6): `（此件公开发布）`.
    Remark,
    /// 附件 (§7.3.7): the label that opens an annex, `附件1`.
    Annex,
    /// 抄送机关 (§7.4.2): `抄送：…。`.
    Cc,
    /// 印发机关和印发日期 (§7.4.3): `XX办公室　2026年12月6日印发`.
    Printer,
}

impl ElementKind {
    /// Every kind, in the order GB/T 9704 lists them.
    pub const ALL: [ElementKind; 15] = [
        ElementKind::CopyNumber,
        ElementKind::Classification,
        ElementKind::Urgency,
        ElementKind::IssuerMark,
        ElementKind::DocNumber,
        ElementKind::Signer,
        ElementKind::Title,
        ElementKind::Addressee,
        ElementKind::AttachmentNote,
        ElementKind::IssuerSignature,
        ElementKind::Date,
        ElementKind::Remark,
        ElementKind::Annex,
        ElementKind::Cc,
        ElementKind::Printer,
    ];

    /// The name used in the `elements --tsv` contract.
    ///
    /// ```
    /// assert_eq!(gongwen_model::ElementKind::IssuerSignature.as_str(), "issuer_signature");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            ElementKind::CopyNumber => "copy_number",
            ElementKind::Classification => "classification",
            ElementKind::Urgency => "urgency",
            ElementKind::IssuerMark => "issuer_mark",
            ElementKind::DocNumber => "doc_number",
            ElementKind::Signer => "signer",
            ElementKind::Title => "title",
            ElementKind::Addressee => "addressee",
            ElementKind::AttachmentNote => "attachment_note",
            ElementKind::IssuerSignature => "issuer_signature",
            ElementKind::Date => "date",
            ElementKind::Remark => "remark",
            ElementKind::Annex => "annex",
            ElementKind::Cc => "cc",
            ElementKind::Printer => "printer",
        }
    }
}

impl std::fmt::Display for ElementKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One recognised element: its kind and the span of its text in the
/// document's source (`text` is that slice; a title wrapped over two lines
/// is its parts joined).
///
/// ```
/// use gongwen_model::{Element, ElementKind, Span};
/// let source = "X政发〔2026〕5号\n";
/// let end = source.len() - 1;
/// let e = Element { kind: ElementKind::DocNumber, text: source[..end].into(),
///     span: Span::new(0, end, 1, 1) };
/// assert_eq!(e.text, "X政发〔2026〕5号");
/// let back: Element = serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
/// assert_eq!(back, e);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Element<'a> {
    /// What it is.
    pub kind: ElementKind,
    /// Its text, trimmed.
    pub text: Cow<'a, str>,
    /// Where it is: byte range, line and character column of its first character.
    pub span: Span,
}

impl Element<'_> {
    /// Converts borrowed text into owned text.
    ///
    /// ```
    /// use gongwen_model::{Element, ElementKind, Span};
    /// let e = Element { kind: ElementKind::Cc, text: "抄送：甲。".into(), span: Span::default() };
    /// let owned: Element<'static> = e.into_owned();
    /// assert_eq!(owned.kind, ElementKind::Cc);
    /// ```
    pub fn into_owned(self) -> Element<'static> {
        Element {
            kind: self.kind,
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
        }
    }
}
