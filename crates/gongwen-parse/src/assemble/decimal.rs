//! Rule `decimal`: decimal section numbers (`1` `1.1` `1.1.1`, outline spec
//! convention 10) are headings only where the document numbers its sections
//! so. The grammar ([`crate::marker::decimal`]) reads `2.5亿元` and `2.5 监测`
//! alike; this rule keeps a decimal marker
//!
//! * of two or more levels (`3.2.1`) where its parent (`3.2`, or `3` / `3.`
//!   for `3.2`) or a sibling (`3.2.2`, `3.2.0` never) is numbered in the
//!   document too (the grammar already refuses a unit right after the
//!   number, `2.5亿元`);
//! * of one level (`1　总则`) where a `1.x` section follows it or a `2`
//!   continues it, and its line holds no sentence (a title, not prose);
//!   or in a run of three or more numbered 1, 2, 3, … with no other
//!   numbered line between (`1 党的领导机关要…。` / `2 上级机关要…。` /
//!   `3 …`: items counted in order, sentences and all).
//!
//! A number mistyped in a copied section (`4.9.1` between `5.9` and
//! `5.9.2`, `4.2.2` after `5.2.1`) is kept where its place in the
//! sequence puts it.
//!
//! Every other decimal marker is dropped: the line is text. Lines that look
//! like `6.15分钟…` between items `5.` and `7.` then stay with the rule
//! that reads them as items of the `1.` list.
//!
//! It also tells the two parts a `1.` line plays beside decimal numbers: a
//! section over decimal subsections (`2.响应文件` / `2.1磋商文件的组成`),
//! where the next decimal number after it is its own first subsection; or
//! an item inside a decimal section (`2.1 入职管理` / `1. 所有新员工…` /
//! `2. 人力资源部…` / `2.2 试用期考核`), which the tree rule then nests
//! inside that section rather than beside it.
//!
//! Example: `1　总则` / `1.1　总体要求` / `正文，增长2.5倍。` / `2.5亿元用于…`
//! gives headings `1` and `1.1`; the `2.5亿元` line is text.
//!
//! Linear: one pass collects the numbers into a hash set, one pass checks
//! each marker against it.

use super::Assembler;
use gongwen_model::MarkerFamily;
use std::collections::HashSet;

impl Assembler<'_> {
    /// Drops the decimal, Latin, Roman, stem and capital markers the document does not number
    /// sections or items with (see the module docs).
    pub(super) fn decimal(&mut self) {
        let mut paths: HashSet<Vec<u32>> = HashSet::new();
        let mut enums: HashSet<u32> = HashSet::new();
        let mut latin: HashSet<u32> = HashSet::new();
        let mut stems: HashSet<u32> = HashSet::new();
        let mut capitals: HashSet<u32> = HashSet::new();
        let mut romans: HashSet<u32> = HashSet::new();
        // Roman numerals, and the letters `i` `v` `x` as the numerals they
        // may be (`i.` over `ii.`).
        let mut roman_values: HashSet<u32> = HashSet::new();
        for l in &self.lines {
            let Some(m) = l.mk else { continue };
            if m.family.is_decimal() {
                paths.insert(path(&self.src[m.start..m.end]));
            } else if m.family == MarkerFamily::ArabicEnum {
                enums.insert(m.value);
            } else if m.family == MarkerFamily::Latin {
                latin.insert(m.value);
                if let Some(v) = LETTER_NUMERALS
                    .iter()
                    .find(|(letter, _)| *letter == m.value)
                    .map(|&(_, v)| v)
                {
                    roman_values.insert(v);
                }
            } else if m.family == MarkerFamily::Stem {
                stems.insert(m.value);
            } else if m.family == MarkerFamily::Capital {
                capitals.insert(m.value);
            } else if m.family == MarkerFamily::Roman {
                romans.insert(m.value);
                roman_values.insert(m.value);
            }
        }
        if paths.is_empty()
            && latin.is_empty()
            && stems.is_empty()
            && capitals.is_empty()
            && romans.is_empty()
        {
            return;
        }
        let firsts: HashSet<u32> = paths
            .iter()
            .filter(|p| p.len() >= 2)
            .map(|p| p[0])
            .collect();
        let counted = self.counted_items();
        // A section number alone on its line (`3`, its title on the next
        // line, as print extracted to text sets it) right over its `3.1`:
        // a section whose title is the next line (convention 6).
        for k in 0..self.lines.len() {
            let t = self.text(k);
            if self.lines[k].mk.is_some()
                || super::layout::bare_section_number(t) != Some(MarkerFamily::Decimal1)
            {
                continue;
            }
            let Ok(n) = t.parse::<u32>() else { continue };
            if firsts.contains(&n)
                && self
                    .next_decimal_path(k)
                    .is_some_and(|next| next[..] == [n, 1])
                && self
                    .next_nonblank(k + 1)
                    .is_some_and(|j| self.lines[j].mk.is_none() && self.title_like(j))
            {
                self.lines[k].mk = Some(self.section_number(k, MarkerFamily::Decimal1, t.len()));
                paths.insert(vec![n]);
            }
        }
        // A subsection number alone on its line (`3.1`, a standard's term
        // number over the term, GB/T 1.1) under its numbered section (`3`):
        // a section whose title is the next line (convention 6).
        // (Two or more such numbers, siblings: a table's value alone on its
        // line, `4.2` among flattened cells, is none.)
        let mut alone_terms: Vec<(usize, MarkerFamily, Vec<u32>)> = Vec::new();
        for k in 0..self.lines.len() {
            if self.lines[k].mk.is_some() || self.blank(k) {
                continue;
            }
            let t = self.clean(k);
            let Some(family) = super::layout::bare_section_number(&t)
                .filter(|&f| f != MarkerFamily::Decimal1 && t.contains('.'))
            else {
                continue;
            };
            let p = path(&t);
            let Some((_, parent)) = p.split_last() else {
                continue;
            };
            if paths.contains(parent)
                && self.next_nonblank(k + 1).is_some_and(|j| {
                    self.lines[j].mk.is_none()
                        && self.title_like(j)
                        && super::layout::bare_section_number(&self.clean(j)).is_none()
                })
            {
                alone_terms.push((k, family, p));
            }
        }
        let alone_paths: HashSet<Vec<u32>> = alone_terms.iter().map(|a| a.2.clone()).collect();
        for (k, family, p) in alone_terms {
            let Some((&last, parent)) = p.split_last() else {
                continue;
            };
            let sibling = |v: u32| {
                let mut s = parent.to_vec();
                s.push(v);
                alone_paths.contains(&s)
            };
            if sibling(last + 1) || sibling(last.saturating_sub(1)) {
                let len = self
                    .text(k)
                    .find(|c: char| !c.is_ascii_digit() && c != '.')
                    .unwrap_or(self.text(k).len());
                self.lines[k].mk = Some(self.section_number(k, family, len));
                paths.insert(p);
            }
        }
        for k in 0..self.lines.len() {
            let Some(m) = self.lines[k].mk else { continue };
            let keep = if m.family == MarkerFamily::Latin {
                // `i.` `v.` `x.` beside Roman numerals (`ii.`) and no
                // letters (`h.`) are Roman numerals.
                if !has_neighbour(&latin, m.value) && !romans.is_empty() {
                    if let Some(r) = self
                        .as_roman(k, m)
                        .filter(|r| has_neighbour(&romans, r.value))
                    {
                        self.lines[k].mk = Some(r);
                        continue;
                    }
                }
                in_series(&latin, m.value)
            } else if m.family == MarkerFamily::Stem {
                in_series(&stems, m.value)
            } else if m.family == MarkerFamily::Capital {
                in_series(&capitals, m.value)
            } else if m.family == MarkerFamily::Roman {
                in_series(&roman_values, m.value)
            } else if m.family.is_decimal() {
                let p = path(&self.src[m.start..m.end]);
                let text = crate::text::trim(&self.src[m.end..self.lines[k].cend.max(m.end)]);
                let (last, parent) = match p.split_last() {
                    Some((&last, parent)) => (last, parent),
                    None => continue,
                };
                let sibling = |v: u32| {
                    let mut s = parent.to_vec();
                    s.push(v);
                    paths.contains(&s)
                };
                // `1总则` run into its title: only right over its `1.1` or
                // the next section (`2风险评估` / `3组织体系`), or under the
                // previous one's subsections (`1.1编制目的` / `2组织体系`).
                let glued = !self.src[m.end..].starts_with(crate::marker::is_space);
                if p.len() == 1 && glued {
                    (self.next_decimal_path(k).is_some_and(|next| {
                        next[..] == [last, 1] || next.first() == Some(&(last + 1))
                    }) || self
                        .prev_decimal_path(k)
                        .is_some_and(|prev| prev.first() == Some(&(last.saturating_sub(1))))
                        // (A section far below the previous one's
                        // subsections, as the last, `6结论`, often is:
                        // that previous section has subsections.)
                        || (sibling(last.saturating_sub(1))
                            && firsts.contains(&last.saturating_sub(1))))
                        && !text.contains(['。', '；', '！', '？', '，'])
                } else if p.len() == 1 {
                    ((firsts.contains(&last)
                        || sibling(last + 1)
                        || sibling(last.saturating_sub(1)))
                        && !text.contains(['。', '；', '！', '？']))
                        || counted.binary_search(&k).is_ok()
                } else {
                    // (`2.0.1` under `2`: a zero level is no section.)
                    let above = match parent.split_last() {
                        Some((0, up)) if !up.is_empty() => up,
                        _ => parent,
                    };
                    let parented = paths.contains(parent)
                        || paths.contains(above)
                        || (parent.len() == 1 && enums.contains(&parent[0]));
                    let siblings = sibling(last + 1) || sibling(last.saturating_sub(1));
                    // A number alone on its line (`1.93` over `0.60`, a
                    // table's cells set one a line) is a section over its
                    // title only among its siblings (`3.1` / `3.2` over
                    // their terms).
                    // (Not an empty paragraph Word numbers: a heading with an
                    // empty title, convention 14.)
                    let alone = (text.is_empty() || text.parse::<f64>().is_ok())
                        && self.bare_numbers.binary_search(&k).is_err();
                    // A number mistyped in a copied section (`5.9、` /
                    // `4.9.1、…` / `5.9.2、…`): the first of its level right
                    // under the previous section, the next one going on
                    // from it there.
                    // (Or the next of its level after the previous number:
                    // `5.2.1、` / `4.2.2、`.)
                    // (Three levels or more, and only the first number
                    // differing: `2.3级地震` after `1.2` is prose.)
                    let mistyped = || {
                        self.prev_decimal_path(k).is_some_and(|prev| {
                            (last == 1
                                && prev.len() == parent.len()
                                && self.next_decimal_path(k).is_some_and(|next| {
                                    next.len() == p.len()
                                        && next[..parent.len()] == prev[..]
                                        && next[parent.len()] == 2
                                }))
                                || (p.len() >= 3
                                    && prev.len() == p.len()
                                    && prev[1..parent.len()] == parent[1..]
                                    && prev.last().and_then(|v| v.checked_add(1)) == Some(last))
                        })
                    };
                    siblings || (parented && !alone) || (!alone && mistyped())
                }
            } else {
                continue;
            };
            if !keep {
                self.lines[k].mk = None;
            }
        }
        // From the end: the path of the next decimal number below each line.
        let mut next: Option<Vec<u32>> = None;
        for k in (0..self.lines.len()).rev() {
            let Some(m) = self.lines[k].mk else { continue };
            if m.family.is_decimal() && m.family != MarkerFamily::Decimal1 {
                next = Some(path(&self.src[m.start..m.end]));
            } else if m.family == MarkerFamily::ArabicEnum
                && next.as_deref() == Some(&[m.value, 1][..])
            {
                self.decimal_parents.push(k);
            }
        }
        self.decimal_parents.reverse();
    }
}

impl Assembler<'_> {
    /// The Latin marker `m` of line `k` (`i.` `v.` `x.`) read as a Roman
    /// numeral, where it is one.
    fn as_roman(
        &self,
        k: usize,
        m: crate::marker::LineMarker,
    ) -> Option<crate::marker::LineMarker> {
        let l = &self.lines[k];
        let (_, f) = crate::marker::roman(&self.src[m.start..l.cend.max(m.start)]).ok()?;
        Some(crate::marker::LineMarker {
            family: f.family,
            numeral: f.numeral,
            delimiter: f.delimiter,
            value: f.value,
            ..m
        })
    }

    /// The path of the first decimal marker below line `k`, within
    /// [`NEXT_DECIMAL_LINES`] lines.
    fn next_decimal_path(&self, k: usize) -> Option<Vec<u32>> {
        let end = (k + 1 + NEXT_DECIMAL_LINES).min(self.lines.len());
        (k + 1..end).find_map(|j| {
            let m = self.lines[j].mk?;
            m.family
                .is_decimal()
                .then(|| path(&self.src[m.start..m.end]))
        })
    }

    /// The path of the last decimal marker of two or more levels above
    /// line `k`, within [`NEXT_DECIMAL_LINES`] non-blank lines.
    fn prev_decimal_path(&self, k: usize) -> Option<Vec<u32>> {
        (0..k)
            .rev()
            .filter(|&j| !self.lines[j].is_blank())
            .take(NEXT_DECIMAL_LINES)
            .find_map(|j| {
                let m = self.lines[j].mk?;
                (m.family.is_decimal() && m.family != MarkerFamily::Decimal1)
                    .then(|| path(&self.src[m.start..m.end]))
            })
    }

    /// Lines of one-level decimal markers that count items in order: a run
    /// of at least [`MIN_COUNTED_ITEMS`] such lines numbered 1, 2, 3, …
    /// with no other numbered line between them (`1 党的领导机关要…。` /
    /// `2 上级机关要…。` / `3 …`). They are items even where their text
    /// holds sentences. Increasing.
    fn counted_items(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut run: Vec<usize> = Vec::new();
        let mut flush = |run: &mut Vec<usize>| {
            if run.len() >= MIN_COUNTED_ITEMS {
                out.extend_from_slice(run);
            }
            run.clear();
        };
        for (k, l) in self.lines.iter().enumerate() {
            let Some(m) = l.mk else { continue };
            if m.family != MarkerFamily::Decimal1 {
                flush(&mut run);
                continue;
            }
            let next = run.len() as u32 + 1;
            if m.value != next {
                flush(&mut run);
                if m.value != 1 {
                    continue;
                }
            }
            run.push(k);
        }
        flush(&mut run);
        out
    }
}

/// How many one-level decimal numbers 1, 2, 3, … in a row make a counted
/// list of items (rule `decimal`).
const MIN_COUNTED_ITEMS: usize = 3;

/// How far below a `1总则` its `1.1` (or the next section) is looked for
/// (lines).
const NEXT_DECIMAL_LINES: usize = 8;

/// `values` holds the number before or after `v`: the list `v` belongs
/// to is numbered on (shared by the rules that keep a marker only beside
/// its neighbours).
pub(super) fn has_neighbour(values: &HashSet<u32>, v: u32) -> bool {
    values.contains(&(v + 1)) || values.contains(&v.saturating_sub(1))
}

/// [`has_neighbour`], or, in a series of [`MIN_SERIES`] numbers or more,
/// one number away (`a)` `b)` `d)`: an item after a skipped one, which
/// `check` then reports).
fn in_series(values: &HashSet<u32>, v: u32) -> bool {
    has_neighbour(values, v)
        || (values.len() >= MIN_SERIES
            && (values.contains(&(v + 2)) || (v > 2 && values.contains(&(v - 2)))))
}

/// The letters that are Roman numerals too, as (the letter's place in the
/// alphabet, the numeral's value): `i` (9th, 1), `v` (22nd, 5), `x` (24th, 10).
const LETTER_NUMERALS: [(u32, u32); 3] = [(9, 1), (22, 5), (24, 10)];

/// The fewest numbers of a family in which an item one number away from
/// the next is kept.
const MIN_SERIES: usize = 3;

/// The numbers of a decimal marker: `3.2.1` → [3, 2, 1]; `3.0` → [3].
fn path(marker: &str) -> Vec<u32> {
    let mut p: Vec<u32> = marker
        .split(['.', '．'])
        .filter_map(|p| {
            p.trim_matches(|c: char| crate::marker::is_space(c) || c == '、')
                .parse()
                .ok()
        })
        .collect();
    if p.len() == 2 && p[1] == 0 {
        p.pop();
    }
    p
}
