//! Rule `nesting`: where a document nests its lists against the usual
//! order (outline spec convention 5), the rows nest as the document does.
//! The tree rule ranks `1、` above `（1）`; a plan that numbers its parts
//! `（1）` `（2）` and restarts a `1、` list under each of them nests the
//! `1、` items inside the `（n）` items. Seen twice — a list of one family
//! restarting at 1 right under an item of a family ranked below it, under
//! two different items of that family — the lower family ranks just above
//! the higher one for the whole document.
//!
//! Example: `（1）目的` / `1、学习` / `2、考察` / `（2）安排` / `1、出发` gives
//! `1、` `2、` inside `（1）` and `1、` inside `（2）`.
//!
//! Linear: one pass over the headings, counting per pair of families.
//!
//! Once is enough where the lower family goes on after it: a list opening
//! at 1 right under an item `（三）` of a family ranked below it, where
//! the next item of that family is `（四）`, lies inside `（三）` (an
//! agreement quoted in a plan's section, `（三）…` / `一、…` / `1、…` /
//! `（四）…`). Linear: one backward pass keeps, per family, the value of
//! its next heading.

use super::{Assembler, Role};
use gongwen_model::MarkerFamily;

/// Restarts under distinct items that make a document's own nesting.
const MIN_RESTARTS: u32 = 2;
/// How far the next item of the outer family may go on from the item that
/// encloses the list: the next number, or the one after it where a number
/// was skipped (`（2）` / `1、`… / `（4）`).
const MAX_STEP: u32 = 2;
/// Slots for the families (`MarkerFamily` as an index).
const FAMILY_SLOTS: usize = MarkerFamily::Sequence as usize + 1;

impl Assembler<'_> {
    /// Pairs `(outer, inner)`: families the document nests the other way
    /// round from their ranks (`outer` ranks below `inner`).
    pub(super) fn inverted_lists(&self) -> Vec<(MarkerFamily, MarkerFamily)> {
        let listed = super::is_plain_list;
        // (outer, inner, restarts, the outer item's value at the last one)
        let mut counts: Vec<(MarkerFamily, MarkerFamily, u32, u32)> = Vec::new();
        // The last heading: family and value.
        let mut prev: Option<(MarkerFamily, u32)> = None;
        for role in &self.roles {
            let m = match *role {
                Role::Article(_) | Role::Annex { .. } => {
                    prev = None;
                    continue;
                }
                Role::Heading(m) => m,
                _ => continue,
            };
            if let Some((p, pv)) = prev {
                if m.value == 1
                    && p != m.family
                    && listed(p)
                    && listed(m.family)
                    && p.rank() > m.family.rank()
                {
                    match counts.iter_mut().find(|c| c.0 == p && c.1 == m.family) {
                        Some(c) if c.3 != pv => {
                            c.2 += 1;
                            c.3 = pv;
                        }
                        Some(_) => {}
                        None => counts.push((p, m.family, 1, pv)),
                    }
                }
            }
            prev = Some((m.family, m.value));
        }
        counts
            .into_iter()
            .filter(|c| c.2 >= MIN_RESTARTS)
            .map(|c| (c.0, c.1))
            .collect()
    }

    /// Heading lines that open a list at 1 right under an item of a family
    /// ranked below theirs, where the next heading of that family goes on
    /// from that item (`（三）` / `一、` … / `（四）`, or `（五）` past a
    /// skipped number): the list lies inside the item. Sorted.
    pub(super) fn enclosed_lists(&self) -> Vec<usize> {
        let listed = super::is_plain_list;
        // The previous heading of each heading line, forward.
        let mut prev: Vec<(usize, Option<(MarkerFamily, u32)>)> = Vec::new();
        let mut last: Option<(MarkerFamily, u32)> = None;
        for (i, role) in self.roles.iter().enumerate() {
            match *role {
                Role::Article(_) | Role::Annex { .. } => last = None,
                Role::Heading(m) => {
                    prev.push((i, last));
                    last = Some((m.family, m.value));
                }
                _ => {}
            }
        }
        // Backward: the value of each family's next heading, up to the
        // next article or annex.
        let mut next: [Option<u32>; FAMILY_SLOTS] = [None; FAMILY_SLOTS];
        let mut out = Vec::new();
        let mut at = prev.len();
        for i in (0..self.roles.len()).rev() {
            match self.roles[i] {
                Role::Article(_) | Role::Annex { .. } => next = [None; FAMILY_SLOTS],
                Role::Heading(m) => {
                    at -= 1;
                    if let (1, Some((g, v))) = (m.value, prev[at].1) {
                        if g != m.family
                            && listed(g)
                            && listed(m.family)
                            && g.rank() > m.family.rank()
                            && next[g as usize].is_some_and(|n| n > v && n <= v + MAX_STEP)
                        {
                            out.push(i);
                        }
                    }
                    next[m.family as usize] = Some(m.value);
                }
                _ => {}
            }
        }
        out.reverse();
        out
    }
}
