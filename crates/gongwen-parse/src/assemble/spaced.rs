//! Rule `spaced_numeral`: a Chinese numeral followed by white space and a
//! title (`一　没有调查，没有发言权`, outline spec convention 11) is a
//! heading with marker `一` only where the numerals continue it: another
//! such line carries the next or the previous number. A lone `一 …` line
//! is text. The same holds for an ordinal with a measure word and white
//! space (`第一件　将农民组织在农会里`, marker `第一件`).
//!
//! Example: `一　没有调查，没有发言权` … `二　调查就是解决问题` gives two
//! headings `一` and `二`.
//!
//! So does `三，` (a `，` typed for the `、`), beside a sibling written with
//! its `、`: `二、…` / `三，下一步工作要求` gives the heading `三，`.
//!
//! Linear: one pass collects the values, one pass checks each marker.

use super::Assembler;
use gongwen_model::{Delimiter, MarkerFamily};
use std::collections::HashSet;

impl Assembler<'_> {
    /// Drops `一　…` and `第一件　…` markers that no neighbouring number of
    /// the same form continues.
    pub(super) fn spaced_numeral(&mut self) {
        for family in [MarkerFamily::CnEnum, MarkerFamily::Ordinal] {
            let spaced = |m: &crate::marker::LineMarker| {
                m.family == family && m.delimiter == Delimiter::None
            };
            let values: HashSet<u32> = self
                .lines
                .iter()
                .filter_map(|l| l.mk.filter(spaced).map(|m| m.value))
                .collect();
            if values.is_empty() {
                continue;
            }
            for l in &mut self.lines {
                if let Some(m) = l.mk.filter(spaced) {
                    if !super::decimal::has_neighbour(&values, m.value) {
                        l.mk = None;
                    }
                }
            }
        }
        // `三，下一步工作要求`: a `，` typed for the `、`, kept only beside a
        // sibling written with its `、` (`二、…` above or `四、…` below).
        let typo = |m: &crate::marker::LineMarker| {
            m.family == MarkerFamily::CnEnum && m.delimiter == Delimiter::OrdinalComma
        };
        if self.lines.iter().any(|l| l.mk.is_some_and(|m| typo(&m))) {
            let written: HashSet<u32> = self
                .lines
                .iter()
                .filter_map(|l| {
                    l.mk.filter(|m| {
                        m.family == MarkerFamily::CnEnum && m.delimiter == Delimiter::Comma
                    })
                    .map(|m| m.value)
                })
                .collect();
            for l in &mut self.lines {
                if let Some(m) = l.mk.filter(typo) {
                    if !super::decimal::has_neighbour(&written, m.value) {
                        l.mk = None;
                    }
                }
            }
        }
    }
}
