//! Numbering markers (`一、` `（一）` `1.` `①` `一是` `第一章` …) and their styles.

use crate::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The family a numbering marker belongs to. Families decide nesting: by the
/// GB/T 9704-2012 order `一、` above `（一）` above `1.` above `（1）`, then
/// `1）` above `①`,
/// and `编` above `分编` above `章` above `节` above `条`.
///
/// ```
/// use gongwen_model::MarkerFamily;
/// assert!(MarkerFamily::CnEnum.rank() < MarkerFamily::CnParen.rank());
/// assert!(MarkerFamily::Chapter.rank() < MarkerFamily::Article.rank());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MarkerFamily {
    /// `第一编`.
    Part,
    /// `第一分编`.
    SubPart,
    /// `第一部分`.
    Division,
    /// `第一章`.
    Chapter,
    /// `第一节`.
    Section,
    /// `第一条` (an article of a regulation).
    Article,
    /// An unnumbered heading set by a Word heading style or outline level
    /// 1: its marker is empty.
    Styled1,
    /// An unnumbered heading set by a Word heading style or outline level
    /// 2: its marker is empty.
    Styled2,
    /// An unnumbered heading set by a Word heading style or outline level
    /// 3: its marker is empty.
    Styled3,
    /// An unnumbered heading set by a Word heading style or outline level
    /// 4: its marker is empty.
    Styled4,
    /// An unnumbered heading set by a Word heading style or outline level
    /// 5: its marker is empty.
    Styled5,
    /// An unnumbered heading set by a Word heading style or outline level
    /// 6 (and deeper): its marker is empty.
    Styled6,
    /// A capital (financial) numeral with a delimiter: `壹、` `贰、` `參、`
    /// (Taiwan's and older documents' top level, above `一、`).
    Capital,
    /// A Chinese numeral with a delimiter: `一、` (also the nonstandard `一.`).
    CnEnum,
    /// A Chinese numeral in parentheses: `（一）` `(一)` `㈠`.
    CnParen,
    /// A decimal section number of one level: `1` followed by white space
    /// and a title, where the document numbers its sections `1` `1.1` `1.1.1`
    /// (standards, emergency plans, contracts).
    Decimal1,
    /// An Arabic number with a delimiter: `1.` `1．` `1、` `⒈`.
    ArabicEnum,
    /// A decimal section number of two levels: `1.1` (its value is the last
    /// number).
    Decimal2,
    /// A decimal section number of three levels: `1.1.1`.
    Decimal3,
    /// A decimal section number of four levels: `1.1.1.1`.
    Decimal4,
    /// A decimal section number of five or more levels: `1.1.1.1.1` (GB/T
    /// 1.1 numbers 条 down to five levels).
    Decimal5,
    /// An Arabic number in parentheses: `（1）` `(1)` `⑴`.
    ArabicParen,
    /// An Arabic number with a closing parenthesis only: `1）` `1)` (a
    /// fifth level below `（1）` in long notices).
    ArabicClose,
    /// A circled number: `①`.
    Circled,
    /// A Latin letter: `a）` `a)` `(a)` `（a）` `a.` (ranked below `①`).
    Latin,
    /// A lowercase Roman numeral: `i.` `ii)` `(iii)` (Word's third list
    /// level under `1.` and `a)`; ranked below `a）`).
    Roman,
    /// A heavenly stem: `甲、` `乙、` `丙、` (older regulations' items,
    /// ranked below `a）`).
    Stem,
    /// A run-in enumeration with 是: `一是` `二是`.
    RunInShi,
    /// A run-in enumeration with 要: `一要` `二要`.
    RunInYao,
    /// An ordinal run-in enumeration: `第一，` `第二，`.
    Ordinal,
    /// A sequence word: `首先，` `其次，` `再次，` `最后，`.
    Sequence,
}

/// The marker-family registry: one row per family, in declaration order —
/// the family, its JSON name, its rank (lower ranks enclose higher ones;
/// run-in enumerations share the last rank).
///
/// Adding a family touches: its grammar file in `gongwen-parse/src/marker/`
/// with its row in that module's dispatch (`any_marker`, `can_start`), its
/// variant here with one row below, its name in the JSON schema's enum
/// (a test compares the two), a numeral row in `gongwen-parse`'s
/// `numeral.rs` if its numerals are new, and a fixture in
/// `gongwen-parse/tests/rules/`.
const REGISTRY: [(MarkerFamily, &str, u8); 31] = {
    use MarkerFamily::*;
    [
        (Part, "part", 0),
        (SubPart, "sub_part", 1),
        (Division, "division", 2),
        (Chapter, "chapter", 3),
        (Section, "section", 4),
        (Article, "article", 5),
        (Styled1, "styled1", 6),
        (Styled2, "styled2", 7),
        (Styled3, "styled3", 8),
        (Styled4, "styled4", 9),
        (Styled5, "styled5", 10),
        (Styled6, "styled6", 11),
        (Capital, "capital", 12),
        (CnEnum, "cn_enum", 13),
        (CnParen, "cn_paren", 14),
        (Decimal1, "decimal1", 15),
        (ArabicEnum, "arabic_enum", 16),
        (Decimal2, "decimal2", 17),
        (Decimal3, "decimal3", 18),
        (Decimal4, "decimal4", 19),
        (Decimal5, "decimal5", 20),
        (ArabicParen, "arabic_paren", 21),
        (ArabicClose, "arabic_close", 22),
        (Circled, "circled", 23),
        (Latin, "latin", 24),
        (Roman, "roman", 25),
        (Stem, "stem", 26),
        (RunInShi, "run_in_shi", 27),
        (RunInYao, "run_in_yao", 27),
        (Ordinal, "ordinal", 27),
        (Sequence, "sequence", 27),
    ]
};

// Every variant has its row: the last variant's index is the last row's.
const _: () = assert!(MarkerFamily::Sequence as usize + 1 == REGISTRY.len());

impl MarkerFamily {
    /// Nesting rank: a family with a smaller rank sits above one with a larger
    /// rank when neither is already open. Run-in families share the lowest rank.
    ///
    /// ```
    /// use gongwen_model::MarkerFamily;
    /// assert_eq!(MarkerFamily::RunInShi.rank(), MarkerFamily::Ordinal.rank());
    /// ```
    pub const fn rank(self) -> u8 {
        REGISTRY[self as usize].2
    }

    /// The family's name in JSON and in the schema (`cn_enum`, `decimal2`),
    /// as serde writes it.
    ///
    /// ```
    /// assert_eq!(gongwen_model::MarkerFamily::CnParen.name(), "cn_paren");
    /// ```
    pub const fn name(self) -> &'static str {
        REGISTRY[self as usize].1
    }

    /// Every family, in declaration order.
    ///
    /// ```
    /// use gongwen_model::MarkerFamily;
    /// assert_eq!(MarkerFamily::ALL[0], MarkerFamily::Part);
    /// assert_eq!(MarkerFamily::ALL.len(), MarkerFamily::COUNT);
    /// ```
    pub const ALL: [MarkerFamily; Self::COUNT] = {
        let mut all = [MarkerFamily::Part; Self::COUNT];
        let mut k = 0;
        while k < Self::COUNT {
            all[k] = REGISTRY[k].0;
            k += 1;
        }
        all
    };

    /// How many families there are.
    pub const COUNT: usize = REGISTRY.len();

    /// True for the run-in enumeration families (`一是` `一要` `第一，` `首先，`).
    ///
    /// ```
    /// assert!(gongwen_model::MarkerFamily::RunInYao.is_run_in());
    /// assert!(!gongwen_model::MarkerFamily::CnEnum.is_run_in());
    /// ```
    pub const fn is_run_in(self) -> bool {
        matches!(
            self,
            MarkerFamily::RunInShi
                | MarkerFamily::RunInYao
                | MarkerFamily::Ordinal
                | MarkerFamily::Sequence
        )
    }

    /// True for the unnumbered headings of Word heading styles.
    ///
    /// ```
    /// assert!(gongwen_model::MarkerFamily::Styled1.is_styled());
    /// ```
    pub const fn is_styled(self) -> bool {
        matches!(
            self,
            MarkerFamily::Styled1
                | MarkerFamily::Styled2
                | MarkerFamily::Styled3
                | MarkerFamily::Styled4
                | MarkerFamily::Styled5
                | MarkerFamily::Styled6
        )
    }

    /// The family of an unnumbered heading at outline level `level`
    /// (0-based, as Word's `w:outlineLvl`); levels past 6 share the last.
    ///
    /// ```
    /// use gongwen_model::MarkerFamily;
    /// assert_eq!(MarkerFamily::styled(0), MarkerFamily::Styled1);
    /// assert_eq!(MarkerFamily::styled(8), MarkerFamily::Styled6);
    /// ```
    pub const fn styled(level: u8) -> MarkerFamily {
        match level {
            0 => MarkerFamily::Styled1,
            1 => MarkerFamily::Styled2,
            2 => MarkerFamily::Styled3,
            3 => MarkerFamily::Styled4,
            4 => MarkerFamily::Styled5,
            _ => MarkerFamily::Styled6,
        }
    }

    /// True for the decimal section numbers `1` `1.1` `1.1.1` `1.1.1.1`.
    ///
    /// ```
    /// assert!(gongwen_model::MarkerFamily::Decimal2.is_decimal());
    /// assert!(!gongwen_model::MarkerFamily::ArabicEnum.is_decimal());
    /// ```
    pub const fn is_decimal(self) -> bool {
        matches!(
            self,
            MarkerFamily::Decimal1
                | MarkerFamily::Decimal2
                | MarkerFamily::Decimal3
                | MarkerFamily::Decimal4
                | MarkerFamily::Decimal5
        )
    }

    /// True for the structural families of regulations (`编` `章` `节` `条` `部分`).
    ///
    /// ```
    /// assert!(gongwen_model::MarkerFamily::Article.is_structural());
    /// ```
    pub const fn is_structural(self) -> bool {
        matches!(
            self,
            MarkerFamily::Part
                | MarkerFamily::SubPart
                | MarkerFamily::Division
                | MarkerFamily::Chapter
                | MarkerFamily::Section
                | MarkerFamily::Article
        )
    }
}

/// How the number of a marker is written.
///
/// ```
/// use gongwen_model::NumeralStyle;
/// assert_ne!(NumeralStyle::Ascii, NumeralStyle::Fullwidth);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NumeralStyle {
    /// Chinese numerals: 一 十一 一百零五.
    Chinese,
    /// ASCII digits: 12.
    Ascii,
    /// Full-width digits: １２.
    Fullwidth,
    /// Circled numbers ①–⑳, ㉑–㊿.
    Circled,
    /// Parenthesised digits ⑴–⒇.
    ParenDigit,
    /// Parenthesised ideographs ㈠–㈩.
    ParenIdeograph,
    /// Digits with a full stop ⒈–⒛.
    FullStopDigit,
    /// A sequence word (首先 其次 再次 最后), valued by its position.
    Word,
    /// Capital (financial) numerals: 壹 贰 拾壹 (simplified or traditional).
    Capital,
    /// Lowercase Roman numerals: i ii iv.
    Roman,
}

/// The punctuation around the number of a marker.
///
/// ```
/// use gongwen_model::Delimiter;
/// assert!(Delimiter::HalfParen.is_half_width());
/// assert!(!Delimiter::FullParen.is_half_width());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Delimiter {
    /// `、` after the number.
    Comma,
    /// ASCII `.` after the number.
    Dot,
    /// Full-width `．` after the number.
    FullDot,
    /// Full-width parentheses `（…）`.
    FullParen,
    /// ASCII parentheses `(…)`.
    HalfParen,
    /// A full-width closing parenthesis `）` after the number (`1）`).
    FullClose,
    /// An ASCII closing parenthesis `)` after the number (`1)`).
    HalfClose,
    /// Part of a single character (`①` `⑴` `㈠` `⒈`).
    Enclosed,
    /// A run-in verb (`是` `要`).
    Verb,
    /// A full-width comma `，` after an ordinal or sequence word.
    OrdinalComma,
    /// A structural word (`章` `节` `条` `编` `部分`).
    Word,
    /// Nothing: a bare numeral whose delimiter was lost, or white space
    /// (`一　没有调查`, `1.1　总体要求`).
    None,
    /// A colon: `1：` `1:`, and `第一种：` (an ordinal with a measure word).
    Colon,
}

impl NumeralStyle {
    /// The style's name in JSON, as serde writes it.
    ///
    /// ```
    /// assert_eq!(gongwen_model::NumeralStyle::ParenDigit.name(), "paren_digit");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            NumeralStyle::Chinese => "chinese",
            NumeralStyle::Ascii => "ascii",
            NumeralStyle::Fullwidth => "fullwidth",
            NumeralStyle::Circled => "circled",
            NumeralStyle::ParenDigit => "paren_digit",
            NumeralStyle::ParenIdeograph => "paren_ideograph",
            NumeralStyle::FullStopDigit => "full_stop_digit",
            NumeralStyle::Word => "word",
            NumeralStyle::Capital => "capital",
            NumeralStyle::Roman => "roman",
        }
    }
}

impl Delimiter {
    /// The delimiter's name in JSON, as serde writes it.
    ///
    /// ```
    /// assert_eq!(gongwen_model::Delimiter::FullParen.name(), "full_paren");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Delimiter::Comma => "comma",
            Delimiter::Dot => "dot",
            Delimiter::FullDot => "full_dot",
            Delimiter::FullParen => "full_paren",
            Delimiter::HalfParen => "half_paren",
            Delimiter::FullClose => "full_close",
            Delimiter::HalfClose => "half_close",
            Delimiter::Enclosed => "enclosed",
            Delimiter::Verb => "verb",
            Delimiter::OrdinalComma => "ordinal_comma",
            Delimiter::Word => "word",
            Delimiter::None => "none",
            Delimiter::Colon => "colon",
        }
    }

    /// True for the ASCII forms (`.`, `(…)` and `…)`).
    ///
    /// ```
    /// assert!(gongwen_model::Delimiter::Dot.is_half_width());
    /// ```
    pub const fn is_half_width(self) -> bool {
        matches!(
            self,
            Delimiter::Dot | Delimiter::HalfParen | Delimiter::HalfClose
        )
    }
}

/// A numbering marker as written in the source.
///
/// ```
/// use gongwen_model::{Delimiter, Marker, MarkerFamily, NumeralStyle, Span};
/// let m = Marker {
///     text: "（一）".into(),
///     span: Span::new(0, 9, 1, 1),
///     family: MarkerFamily::CnParen,
///     numeral: NumeralStyle::Chinese,
///     delimiter: Delimiter::FullParen,
///     value: 1,
/// };
/// assert_eq!(m.value, 1);
/// assert_eq!(m.text, "（一）");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker<'a> {
    /// The exact source text of the marker (`（一）`, `1．`, `第一千零四十条`).
    pub text: Cow<'a, str>,
    /// Where the marker is in the source.
    pub span: Span,
    /// Its family (decides nesting).
    pub family: MarkerFamily,
    /// How its number is written.
    pub numeral: NumeralStyle,
    /// The punctuation around its number.
    pub delimiter: Delimiter,
    /// Its numeric value (1 for `一、`, 1040 for `第一千零四十条`).
    pub value: u32,
}

impl Marker<'_> {
    /// Converts borrowed text into owned text.
    ///
    /// ```
    /// # use gongwen_model::*;
    /// let m = Marker { text: "一、".into(), span: Span::default(), family: MarkerFamily::CnEnum,
    ///     numeral: NumeralStyle::Chinese, delimiter: Delimiter::Comma, value: 1 };
    /// let owned: Marker<'static> = m.into_owned();
    /// assert_eq!(owned.text, "一、");
    /// ```
    pub fn into_owned(self) -> Marker<'static> {
        Marker {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            family: self.family,
            numeral: self.numeral,
            delimiter: self.delimiter,
            value: self.value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{MarkerFamily, REGISTRY};

    #[test]
    fn the_registry_follows_declaration_order_and_serde_names() {
        for (k, &(family, name, _)) in REGISTRY.iter().enumerate() {
            assert_eq!(family as usize, k, "row {k} is out of declaration order");
            assert_eq!(
                serde_json::to_string(&family).unwrap_or_default(),
                format!("\"{name}\""),
                "the registry's name of {family:?} is not serde's"
            );
        }
        assert_eq!(MarkerFamily::ALL.len(), REGISTRY.len());
    }
}
