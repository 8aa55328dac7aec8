//! `word/numbering.xml`: abstract numberings and their levels, numbering
//! instances with overrides, and the counters that number paragraphs the way
//! Word does.
//!
//! * Counters belong to the abstract numbering, so two instances of one
//!   abstract numbering continue each other, unless an instance overrides a
//!   level's start (`w:lvlOverride/w:startOverride`): its first paragraph at
//!   that level then starts from the override.
//! * A level restarts when a shallower level of the same abstract numbering
//!   is used, unless its `w:lvlRestart` says otherwise (`0` never restarts;
//!   `n` restarts only after levels `1..=n`).
//! * `w:lvlText` placeholders `%1`…`%9` are replaced by the current value of
//!   that level in that level's `w:numFmt` (all decimal under `w:isLgl`).

use crate::xml::{attr, left_indent, on, val_u32, Ev, Xml};
use crate::DocxError;
use gongwen_model::NumeralStyle;
use gongwen_parse::numeral::format;
use std::collections::{HashMap, HashSet};

/// The nine levels of a numbering.
const LEVELS: usize = 9;

/// The largest value written in letters (`upperLetter`, `lowerLetter`):
/// 780 is thirty `Z`s; larger values are written in decimal.
const MAX_LETTER_VALUE: u32 = 26 * 30;

/// The longest automatic number of one paragraph, in bytes (a `w:lvlText`
/// that expands past it is an error, [`DocxError::Limit`]).
pub const MAX_NUMBER_LEN: usize = 1024;

/// What follows the number (`w:suff`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Suffix {
    #[default]
    Tab,
    Space,
    Nothing,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Level {
    pub start: u32,
    pub fmt: String,
    pub text: Option<String>,
    /// `w:lvlRestart`, when present.
    pub restart: Option<u32>,
    pub legal: bool,
    pub suffix: Suffix,
    /// The paragraph style linked to this level (`w:pStyle`).
    pub style: Option<String>,
    /// The level's left indent in twips (`w:ind` of its `w:pPr`).
    pub indent: Option<i32>,
}

#[derive(Debug, Clone, Default)]
struct Abstract {
    levels: [Option<Level>; LEVELS],
    /// `w:numStyleLink`: the levels live in the numbering of that style.
    style_link: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct Override {
    start: Option<u32>,
    level: Option<Level>,
}

#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: u32,
    overrides: HashMap<u32, Override>,
}

/// The numbering definitions of a document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Numbering {
    abstracts: HashMap<u32, Abstract>,
    nums: HashMap<u32, Num>,
}

fn level_index(e: &quick_xml::events::BytesStart<'_>) -> Option<usize> {
    attr(e, "ilvl")
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&i| i < LEVELS)
}

impl Numbering {
    pub(crate) fn read(part: &str, bytes: &[u8]) -> Result<Self, DocxError> {
        let mut x = Xml::new(part, bytes);
        let mut n = Numbering::default();
        let mut abs: Option<(u32, Abstract)> = None;
        let mut num: Option<(u32, Num)> = None;
        let mut ovr: Option<(u32, Override)> = None;
        let mut lvl: Option<(usize, Level)> = None;
        loop {
            match x.next()? {
                Ev::Eof => break,
                Ev::Text(_) => {}
                Ev::Start { e, empty, name } => match name.as_str() {
                    "w:abstractNum" if !empty => {
                        let id = attr(&e, "abstractNumId").and_then(|v| v.parse().ok());
                        abs = id.map(|id| (id, Abstract::default()));
                    }
                    "w:numStyleLink" => {
                        if let Some((_, a)) = abs.as_mut() {
                            a.style_link = attr(&e, "val");
                        }
                    }
                    "w:num" if !empty => {
                        let id = attr(&e, "numId").and_then(|v| v.parse().ok());
                        num = id.map(|id| (id, Num::default()));
                    }
                    "w:abstractNumId" => {
                        if let (Some((_, m)), Some(v)) = (num.as_mut(), val_u32(&e)) {
                            m.abstract_id = v;
                        }
                    }
                    "w:lvlOverride" if !empty && num.is_some() => {
                        ovr = attr(&e, "ilvl")
                            .and_then(|v| v.parse().ok())
                            .map(|i| (i, Override::default()));
                    }
                    "w:startOverride" => {
                        if let Some((_, o)) = ovr.as_mut() {
                            o.start = val_u32(&e);
                        }
                    }
                    "w:lvl" if !empty => {
                        lvl = level_index(&e).map(|i| {
                            (
                                i,
                                Level {
                                    fmt: "decimal".into(),
                                    ..Level::default()
                                },
                            )
                        });
                    }
                    "w:start" => {
                        if let (Some((_, l)), Some(v)) = (lvl.as_mut(), val_u32(&e)) {
                            l.start = v;
                        }
                    }
                    "w:numFmt" => {
                        if let (Some((_, l)), Some(v)) = (lvl.as_mut(), attr(&e, "val")) {
                            l.fmt = v;
                        }
                    }
                    "w:lvlText" => {
                        if let Some((_, l)) = lvl.as_mut() {
                            l.text = Some(attr(&e, "val").unwrap_or_default());
                        }
                    }
                    "w:lvlRestart" => {
                        if let Some((_, l)) = lvl.as_mut() {
                            l.restart = val_u32(&e);
                        }
                    }
                    "w:isLgl" => {
                        if let Some((_, l)) = lvl.as_mut() {
                            l.legal = on(&e);
                        }
                    }
                    "w:suff" => {
                        if let Some((_, l)) = lvl.as_mut() {
                            l.suffix = match attr(&e, "val").as_deref() {
                                Some("space") => Suffix::Space,
                                Some("nothing") => Suffix::Nothing,
                                _ => Suffix::Tab,
                            };
                        }
                    }
                    "w:pStyle" => {
                        if let Some((_, l)) = lvl.as_mut() {
                            l.style = attr(&e, "val");
                        }
                    }
                    "w:ind" => {
                        if let Some((_, l)) = lvl.as_mut() {
                            l.indent = left_indent(&e);
                        }
                    }
                    // (A tracked change's old properties are not the level's.)
                    "w:rPr" | "w:legacy" | "w:pPrChange" if !empty => x.skip()?,
                    _ => {}
                },
                Ev::End(t) => match t.as_str() {
                    "w:lvl" => {
                        if let Some((i, l)) = lvl.take() {
                            if let Some((_, o)) = ovr.as_mut() {
                                o.level = Some(l);
                            } else if let Some((_, a)) = abs.as_mut() {
                                a.levels[i] = Some(l);
                            }
                        }
                    }
                    "w:lvlOverride" => {
                        if let (Some((_, m)), Some((i, o))) = (num.as_mut(), ovr.take()) {
                            m.overrides.insert(i, o);
                        }
                    }
                    "w:abstractNum" => {
                        if let Some((id, a)) = abs.take() {
                            n.abstracts.insert(id, a);
                        }
                    }
                    "w:num" => {
                        if let Some((id, m)) = num.take() {
                            n.nums.insert(id, m);
                        }
                    }
                    _ => {}
                },
            }
        }
        Ok(n)
    }

    /// The abstract numbering of instance `num_id`, following a
    /// `w:numStyleLink` through the styles' numbering once.
    fn abstract_of(&self, num_id: u32, styles: &crate::styles::Styles) -> Option<(u32, &Abstract)> {
        let id = self.nums.get(&num_id)?.abstract_id;
        let a = self.abstracts.get(&id)?;
        if let Some(link) = &a.style_link {
            let linked = styles
                .numbering(link)
                .and_then(|(n, _)| n.num_id)
                .and_then(|n| self.nums.get(&n))
                .map(|m| m.abstract_id)
                .filter(|&l| l != id);
            if let Some((lid, la)) = linked.and_then(|l| self.abstracts.get(&l).map(|a| (l, a))) {
                return Some((lid, la));
            }
        }
        Some((id, a))
    }

    /// The left indent (twips) of level `ilvl` of instance `num_id`: the
    /// instance's override of that level, else its abstract numbering's.
    pub(crate) fn indent(
        &self,
        num_id: u32,
        ilvl: u32,
        styles: &crate::styles::Styles,
    ) -> Option<i32> {
        let own = self
            .nums
            .get(&num_id)?
            .overrides
            .get(&ilvl)
            .and_then(|o| o.level.as_ref())
            .and_then(|l| l.indent);
        own.or_else(|| {
            let (_, a) = self.abstract_of(num_id, styles)?;
            a.levels.get(ilvl as usize)?.as_ref()?.indent
        })
    }

    /// The level of `num_id` whose `w:pStyle` is `style`.
    pub(crate) fn level_for_style(
        &self,
        num_id: u32,
        style: &str,
        styles: &crate::styles::Styles,
    ) -> Option<u32> {
        let (_, a) = self.abstract_of(num_id, styles)?;
        a.levels
            .iter()
            .position(|l| l.as_ref().and_then(|l| l.style.as_deref()) == Some(style))
            .map(|i| i as u32)
    }
}

/// Word's numbering state while the paragraphs are read in order.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    /// Last value used per abstract numbering and level (`None`: not yet, or restarted).
    values: HashMap<u32, [Option<u32>; LEVELS]>,
    /// Instance and level pairs already used (a start override applies once).
    used: HashSet<(u32, usize)>,
}

impl Counters {
    /// Numbers one paragraph of instance `num_id` at level `ilvl`; returns
    /// the text Word shows before the paragraph (suffix included), or `None`
    /// when the instance or level is not defined or shows nothing; an error
    /// when the number would be longer than [`MAX_NUMBER_LEN`].
    pub(crate) fn next(
        &mut self,
        numbering: &Numbering,
        styles: &crate::styles::Styles,
        num_id: u32,
        ilvl: u32,
    ) -> Result<Option<String>, DocxError> {
        let too_long = || DocxError::Limit {
            part: "word/numbering.xml".into(),
            what: "an automatic number (w:lvlText expanded)".into(),
            limit: MAX_NUMBER_LEN as u64,
        };
        let ilvl = (ilvl as usize).min(LEVELS - 1);
        let Some(num) = numbering.nums.get(&num_id) else {
            return Ok(None);
        };
        let Some((abs_id, abs)) = numbering.abstract_of(num_id, styles) else {
            return Ok(None);
        };
        let level = |i: usize| -> Option<&Level> {
            num.overrides
                .get(&(i as u32))
                .and_then(|o| o.level.as_ref())
                .or(abs.levels[i].as_ref())
        };
        let Some(this) = level(ilvl) else {
            return Ok(None);
        };
        let start_of = |i: usize| -> u32 {
            num.overrides
                .get(&(i as u32))
                .and_then(|o| o.start)
                .or_else(|| level(i).map(|l| l.start))
                .unwrap_or(0)
        };
        let first_use = self.used.insert((num_id, ilvl));
        let overridden = num
            .overrides
            .get(&(ilvl as u32))
            .is_some_and(|o| o.start.is_some() || o.level.is_some());
        let values = self.values.entry(abs_id).or_insert([None; LEVELS]);
        let value = match values[ilvl] {
            Some(v) if !(first_use && overridden) => v.saturating_add(1),
            _ => start_of(ilvl),
        };
        values[ilvl] = Some(value);
        // Deeper levels restart unless their lvlRestart says otherwise.
        for (deeper, slot) in values.iter_mut().enumerate().skip(ilvl + 1) {
            let restart = level(deeper).and_then(|l| l.restart);
            let restarts = match restart {
                Some(0) => false,
                Some(r) => ilvl < r as usize,
                None => true,
            };
            if restarts {
                *slot = None;
            }
        }
        if this.fmt == "none" {
            return Ok(None);
        }
        let Some(template) = this.text.as_deref() else {
            return Ok(None);
        };
        if template.is_empty() {
            return Ok(None);
        }
        if this.fmt == "bullet" {
            // Bullets are symbols, not numbers: not part of the text.
            return Ok(None);
        }
        let mut out = String::new();
        let mut chars = template.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    chars.next();
                    let i = (d as usize).saturating_sub(1).min(LEVELS - 1);
                    let v = if i == ilvl {
                        value
                    } else {
                        values[i].unwrap_or_else(|| start_of(i))
                    };
                    let fmt = if this.legal && i != ilvl {
                        "decimal"
                    } else {
                        level(i).map_or("decimal", |l| l.fmt.as_str())
                    };
                    out.push_str(&format_number(v, fmt));
                    if out.len() > MAX_NUMBER_LEN {
                        return Err(too_long());
                    }
                    continue;
                }
            }
            out.push(c);
            if out.len() > MAX_NUMBER_LEN {
                return Err(too_long());
            }
        }
        match this.suffix {
            Suffix::Tab => out.push('\t'),
            Suffix::Space => out.push(' '),
            Suffix::Nothing => {}
        }
        Ok(Some(out))
    }
}

/// Writes `value` in the Word number format `fmt` (`w:numFmt`), with the
/// project's numeral formatter where the format is one of its styles;
/// unknown formats and values a format cannot hold fall back to decimal.
///
/// ```
/// use gongwen_docx::format_number;
/// assert_eq!(format_number(11, "chineseCounting"), "十一");
/// assert_eq!(format_number(3, "decimalEnclosedCircle"), "③");
/// assert_eq!(format_number(2, "ideographTraditional"), "乙");
/// assert_eq!(format_number(12, "decimalFullWidth"), "１２");
/// assert_eq!(format_number(28, "upperLetter"), "BB");
/// ```
pub fn format_number(value: u32, fmt: &str) -> String {
    let style = match fmt {
        "chineseCounting"
        | "chineseCountingThousand"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand" => Some(NumeralStyle::Chinese),
        "decimalFullWidth" | "decimalFullWidth2" => Some(NumeralStyle::Fullwidth),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => Some(NumeralStyle::Circled),
        "decimalEnclosedParen" => Some(NumeralStyle::ParenDigit),
        "decimalEnclosedFullstop" => Some(NumeralStyle::FullStopDigit),
        "ideographEnclosedCircle" => Some(NumeralStyle::ParenIdeograph),
        _ => None,
    };
    if let Some(s) = style.and_then(|st| format(value, st)) {
        return s;
    }
    let cycle = |set: &[char]| -> Option<String> {
        let n = set.len() as u32;
        (value >= 1).then(|| set[((value - 1) % n) as usize].to_string())
    };
    let out = match fmt {
        "ideographTraditional" => {
            cycle(&['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'])
        }
        "ideographZodiac" => cycle(&[
            '子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥',
        ]),
        "ideographDigital" | "taiwaneseDigital" | "japaneseDigitalTenThousand" => Some(
            value
                .to_string()
                .chars()
                .map(|c| match c {
                    '0' => '〇',
                    d => format(d as u32 - '0' as u32, NumeralStyle::Chinese)
                        .and_then(|s| s.chars().next())
                        .unwrap_or(d),
                })
                .collect(),
        ),
        "chineseLegalSimplified" | "ideographLegalTraditional" | "japaneseLegal" => {
            let simplified = fmt == "chineseLegalSimplified";
            format(value, NumeralStyle::Chinese).map(|s| {
                s.chars()
                    .map(|c| gongwen_parse::numeral::capital_char(c, simplified))
                    .collect::<String>()
            })
        }
        "decimalZero" => Some(format!("{value:02}")),
        // A..Z, AA..ZZ, up to 30 letters (780, as far as Word goes).
        "upperLetter" | "lowerLetter" if (1..=MAX_LETTER_VALUE).contains(&value) => {
            let letter = char::from(b'A' + ((value - 1) % 26) as u8);
            let s = letter.to_string().repeat(((value - 1) / 26 + 1) as usize);
            Some(if fmt == "lowerLetter" {
                s.to_lowercase()
            } else {
                s
            })
        }
        "upperRoman" | "lowerRoman" if (1..4000).contains(&value) => {
            let r = roman(value);
            Some(if fmt == "lowerRoman" {
                r.to_lowercase()
            } else {
                r
            })
        }
        _ => None,
    };
    out.unwrap_or_else(|| value.to_string())
}

fn roman(mut v: u32) -> String {
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (n, r) in table {
        while v >= n {
            s.push_str(r);
            v -= n;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::styles::Styles;

    const XML: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:suff w:val="space"/></w:lvl>
        <w:lvl w:ilvl="3"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/><w:suff w:val="nothing"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
    </w:numbering>"#;

    fn run(seq: &[(u32, u32)]) -> Vec<Option<String>> {
        let n = Numbering::read("word/numbering.xml", XML.as_bytes()).unwrap();
        let s = Styles::default();
        let mut c = Counters::default();
        seq.iter()
            .map(|&(id, l)| c.next(&n, &s, id, l).ok().flatten())
            .collect()
    }

    #[test]
    fn levels_count_restart_and_render() {
        let got = run(&[(1, 0), (1, 1), (1, 1), (1, 0), (1, 1), (1, 2), (1, 2)]);
        let want = [
            "一、",
            "（一）",
            "（二）",
            "二、",
            "（一）",
            "二.一.1 ",
            "二.一.2 ",
        ];
        let got: Vec<_> = got.into_iter().map(Option::unwrap_or_default).collect();
        assert_eq!(
            got, want,
            "deeper levels restart after a shallower one; each %N in its own level's format"
        );
    }

    #[test]
    fn lvl_restart_zero_never_restarts() {
        let got = run(&[(1, 3), (1, 3), (1, 0), (1, 3)]);
        assert_eq!(got[3].as_deref(), Some("③"), "lvlRestart 0 keeps counting");
    }

    #[test]
    fn instances_continue_unless_overridden() {
        let got = run(&[(1, 0), (1, 0), (2, 0), (2, 0), (9, 0)]);
        assert_eq!(
            got[2].as_deref(),
            Some("五、"),
            "startOverride applies once"
        );
        assert_eq!(
            got[3].as_deref(),
            Some("六、"),
            "then the instance counts on"
        );
        assert_eq!(got[4], None, "an undefined instance numbers nothing");
    }

    #[test]
    fn formats() {
        assert_eq!(format_number(10, "chineseCounting"), "十");
        assert_eq!(format_number(21, "chineseCountingThousand"), "二十一");
        assert_eq!(format_number(11, "ideographTraditional"), "甲");
        assert_eq!(format_number(10, "ideographDigital"), "一〇");
        assert_eq!(format_number(12, "chineseLegalSimplified"), "拾贰");
        assert_eq!(
            format_number(51, "decimalEnclosedCircle"),
            "51",
            "beyond ㊿ falls back"
        );
        assert_eq!(format_number(4, "lowerRoman"), "iv");
        assert_eq!(format_number(7, "decimalZero"), "07");
        assert_eq!(format_number(7, "somethingNew"), "7");
    }
}
