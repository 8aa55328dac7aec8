//! The stack of open sections the tree rule works on (see [`crate::parse`]).
//!
//! Besides the stack itself it keeps, for each marker family, the stack
//! positions holding that family, and the positions of article / annex
//! entries, so placing a heading costs the same at depth 10 and at depth
//! 100,000: nesting depth never makes the parse superlinear.

use gongwen_model::MarkerFamily;

/// One open section: node index, family (`None` for an article or annex),
/// marker value.
pub(crate) type Open = (usize, Option<MarkerFamily>, u32);

/// Number of [`MarkerFamily`] variants.
const FAMILIES: usize = MarkerFamily::COUNT;

/// How many open entries of a family are searched for the list a heading
/// continues (a constant, so placing stays constant work at any depth).
const CONTINUE_SCAN: usize = 4;

#[derive(Debug, Default)]
pub(crate) struct Sections {
    stack: Vec<Open>,
    /// The rank each open entry was placed at (see [`Sections::rank`]).
    ranks: Vec<u16>,
    /// Positions of entries without a family (articles, annexes).
    floors: Vec<usize>,
    /// Positions of the entries of each family, increasing.
    by_family: [Vec<usize>; FAMILIES],
    /// Families whose headings group articles in this document (`一、`
    /// parts over `第一条`), one bit per [`slot`]: they rank just above 条.
    grouping: u32,
    /// The rank of each heading style's level where the document numbers
    /// headings of that level too (`前言` and `1 范围` both Heading 1):
    /// unnumbered ones then stand beside the numbered ones.
    styled_rank: [Option<u16>; 6],
    /// The stack length a heading's placement keeps (rule `md_scope`: the
    /// open Markdown section a plain numbered line sits in), unless the
    /// heading continues a list open below it.
    shelter: usize,
    /// Ranks set by the rule `nesting`, by family slot.
    lifted: [Option<u16>; FAMILIES],
    /// Loop steps taken, for the linear-time test.
    #[cfg(test)]
    steps: usize,
}

fn slot(family: MarkerFamily) -> usize {
    (family as usize).min(FAMILIES - 1)
}

impl Sections {
    /// Lets `family` rank between 节 and 条: its headings group articles.
    pub fn set_grouping(&mut self, family: MarkerFamily) {
        self.grouping |= 1 << slot(family);
    }

    /// Ranks `outer` just above `inner` (rule `nesting`: the document
    /// restarts `inner` lists inside `outer` items).
    pub fn lift(&mut self, outer: MarkerFamily, inner: MarkerFamily) {
        let rank = self.rank(inner).saturating_sub(1);
        if let Some(r) = self.lifted.get_mut(slot(outer)) {
            *r = Some(rank);
        }
    }

    /// Lets the unnumbered headings of style level `level` (0-based) rank
    /// as `family`, the family of that level's numbered headings.
    pub fn set_styled_as(&mut self, level: usize, family: MarkerFamily) {
        let rank = self.rank(family);
        if let Some(r) = self.styled_rank.get_mut(level) {
            *r = Some(rank);
        }
    }

    /// Lets the unnumbered headings of style level `level` rank just below
    /// `family`, the family of the deepest level above it that numbers its
    /// headings.
    pub fn set_styled_below(&mut self, level: usize, family: MarkerFamily) {
        let rank = self.rank(family) + 1;
        if let Some(r) = self.styled_rank.get_mut(level) {
            *r = Some(rank);
        }
    }

    /// The rank the tree rule places `family` by: its own rank, or, for a
    /// family that groups articles, just above [`MarkerFamily::Article`]
    /// (in the order of the families' own ranks).
    fn rank(&self, family: MarkerFamily) -> u16 {
        if let Some(Some(r)) = self.lifted.get(slot(family)) {
            return *r;
        }
        if family.is_styled() {
            let level = family.rank().saturating_sub(MarkerFamily::Styled1.rank());
            if let Some(Some(r)) = self.styled_rank.get(usize::from(level)) {
                return *r;
            }
        }
        let article = u16::from(MarkerFamily::Article.rank()) * 4;
        if self.grouping & (1 << slot(family)) != 0 {
            let above = u16::from(family.rank().saturating_sub(MarkerFamily::CnEnum.rank()));
            return article - 3 + above.min(2);
        }
        u16::from(family.rank()) * 4
    }

    pub fn push(&mut self, open: Open) {
        self.push_placed(open, false);
    }

    /// [`push`](Self::push) for a heading placed with `below_decimals`
    /// (see [`place_introduced`](Self::place_introduced)).
    pub fn push_placed(&mut self, open: Open, below_decimals: bool) {
        let rank = open.1.map_or(0, |f| self.placing_rank(f, below_decimals));
        self.ranks.push(rank);
        let at = self.stack.len();
        match open.1 {
            Some(f) => self.by_family[slot(f)].push(at),
            None => self.floors.push(at),
        }
        self.stack.push(open);
    }

    /// The innermost open entry of `family` above the last article or
    /// annex, if any.
    pub fn open_of(&self, family: MarkerFamily) -> Option<&Open> {
        self.open_pos(family).map(|p| &self.stack[p])
    }

    /// True when the innermost open entry of `family` is the outermost
    /// heading above the last article or annex: the family of the
    /// document's (or the piece's) top-level list.
    pub fn outermost_is(&self, family: MarkerFamily) -> bool {
        let floor = self.floor_len();
        self.by_family[slot(family)].last() == Some(&floor)
    }

    pub fn last(&self) -> Option<&Open> {
        self.stack.last()
    }

    /// Sets the stack length the next placements keep (see the field).
    pub fn set_shelter(&mut self, len: usize) {
        self.shelter = len;
    }

    /// The stack position of the innermost open entry of `family` above the
    /// last article or annex.
    pub fn open_pos(&self, family: MarkerFamily) -> Option<usize> {
        let floor = self.floor_len();
        self.by_family[slot(family)]
            .last()
            .copied()
            .filter(|&p| p >= floor)
    }

    /// The open entry at stack position `pos`.
    pub fn get(&self, pos: usize) -> Option<&Open> {
        self.stack.get(pos)
    }

    /// The stack length with only the last article or annex open (or
    /// nothing, outside articles and annexes).
    pub fn floor_len(&self) -> usize {
        self.floors.last().map_or(0, |p| p + 1)
    }

    pub fn len(&self) -> usize {
        self.stack.len()
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    /// Keeps the first `len` entries.
    pub fn truncate(&mut self, len: usize) {
        if len >= self.stack.len() {
            return;
        }
        self.stack.truncate(len);
        self.ranks.truncate(len);
        while self.floors.last().is_some_and(|&p| p >= len) {
            self.floors.pop();
        }
        for v in &mut self.by_family {
            #[cfg(test)]
            {
                self.steps += 1;
            }
            while v.last().is_some_and(|&p| p >= len) {
                v.pop();
            }
        }
    }

    /// Places a heading of `family`/`value` (closing what it closes) and
    /// returns its parent node. See the crate docs for the rule.
    #[cfg(test)]
    pub fn place(&mut self, family: MarkerFamily, value: u32) -> Option<usize> {
        self.place_introduced(family, value, false, false, false, false)
    }

    /// True when a decimal section of two or more levels (`2.1`, `2.1.3`)
    /// is open above the last article or annex.
    pub fn decimal_open(&self) -> bool {
        use MarkerFamily::{Decimal2, Decimal3, Decimal4, Decimal5};
        [Decimal2, Decimal3, Decimal4, Decimal5]
            .into_iter()
            .any(|f| self.open_of(f).is_some())
    }

    /// True when the innermost open list of `family` was placed inside a
    /// decimal section (`below_decimals`): its next items go there too.
    pub fn open_below_decimals(&self, family: MarkerFamily) -> bool {
        let floor = self.floor_len();
        self.by_family[slot(family)]
            .last()
            .filter(|&&p| p >= floor)
            .is_some_and(|&p| self.ranks.get(p) == Some(&self.placing_rank(family, true)))
    }

    /// True when the deepest open entry is a decimal section of two or more
    /// levels (`20.1`).
    pub fn top_is_decimal(&self) -> bool {
        self.stack.last().is_some_and(|&(_, f, _)| {
            f.is_some_and(|f| f.is_decimal() && f != MarkerFamily::Decimal1)
        })
    }

    /// The rank a heading of `family` is placed at: its family's, or, for
    /// an item of a list inside a decimal section (`2.1 入职管理` /
    /// `1. 所有新员工…`, `20.1` / `（一）…`), just below the deepest decimal
    /// level, so the items nest inside the section and the next `2.2`
    /// closes them.
    fn placing_rank(&self, family: MarkerFamily, below_decimals: bool) -> u16 {
        if below_decimals {
            self.rank(MarkerFamily::Decimal5) + 1
        } else {
            self.rank(family)
        }
    }

    /// [`place`](Self::place), where `introduced` tells that the line above
    /// the heading ends with a colon: a list restarting at 1 right under a
    /// heading of its own family is then a new list inside that heading
    /// (`…方向是：` then `一、`), not a restart of the list. `top_is_sentence`
    /// tells that the deepest open heading is a sentence item (its title
    /// ends at a sentence mark, `（三）继续改善人民生活。`): a list restarting
    /// at 1 below it, not introduced by a colon, is no sub-list of that item
    /// but a new list inside the open heading of its own family.
    ///
    /// `under_run_in_line` tells that the heading opens a list (`一是…`,
    /// `（一）…`) right under a run-in heading of another family standing on
    /// a line of its own (`第一，…。` with no text after it), or right under
    /// an item that holds it (rule `nesting`: a list inside `（三）` that
    /// goes on with `（四）`, parts described in running text, a contract's
    /// articles under the item naming it): the list, of a family not open,
    /// then opens inside that heading instead of closing it, whatever its
    /// rank.
    ///
    /// `below_decimals` places an item of a list inside the open decimal
    /// section instead of beside it (see [`Self::placing_rank`]).
    ///
    /// A heading continues the innermost open list of its family whose next
    /// number it is (an outer `三、` after an inner `一、`…`五、`), looked for
    /// among the last [`CONTINUE_SCAN`] open entries of the family; else the
    /// innermost one.
    pub fn place_introduced(
        &mut self,
        family: MarkerFamily,
        value: u32,
        introduced: bool,
        top_is_sentence: bool,
        under_run_in_line: bool,
        below_decimals: bool,
    ) -> Option<usize> {
        let rank = self.placing_rank(family, below_decimals);
        // Headings live above the last article / annex entry.
        let floor = self.floor_len();
        let entries = &self.by_family[slot(family)];
        let continued = entries
            .iter()
            .rev()
            .take(CONTINUE_SCAN)
            .take_while(|&&p| p >= floor)
            .find(|&&p| self.stack[p].2.checked_add(1) == Some(value))
            .copied();
        // Inside a Markdown section, unless it continues a list open
        // outside it.
        let shelter = self.shelter.min(self.len());
        let floor = if continued.is_some_and(|k| k < shelter) {
            floor
        } else {
            floor.max(shelter)
        };
        let continued = continued.filter(|&k| k >= floor);
        let same = continued.or_else(|| entries.last().copied().filter(|&p| p >= floor));
        match same {
            Some(k) => {
                let top = self.len() - 1;
                // (Structural headings restart only as a list inside an
                // item, `under_run_in_line`: chapters a tender lists.)
                let restart = value == 1
                    && !family.is_run_in()
                    && (!family.is_structural() || under_run_in_line);
                if restart && k != top && !introduced && top_is_sentence {
                    // A new list inside the heading of its family, past the
                    // sentence items below it.
                    self.truncate(k + 1);
                } else if restart && (k != top || introduced) {
                    // A new list of a family already open, inside a deeper
                    // heading or introduced under a heading of its family.
                } else {
                    self.truncate(k);
                }
            }
            None if under_run_in_line => {}
            None => {
                while self.len() > floor {
                    #[cfg(test)]
                    {
                        self.steps += 1;
                    }
                    match self.last() {
                        Some((_, Some(_), _)) if self.ranks.last() >= Some(&rank) => {
                            self.truncate(self.len() - 1);
                        }
                        _ => break,
                    }
                }
            }
        }
        self.last().map(|s| s.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_has_its_own_slot() {
        let all = MarkerFamily::ALL;
        let mut slots: Vec<usize> = all.iter().map(|&f| slot(f)).collect();
        slots.sort_unstable();
        slots.dedup();
        assert_eq!(slots.len(), all.len(), "two families share a slot");
    }

    #[test]
    fn deep_nesting_costs_constant_work_per_heading() {
        // 一、 （一） 1. （1） ① repeated, each restarting at 1: every heading
        // nests under the previous one, 100,000 deep.
        use MarkerFamily::*;
        let forms = [CnEnum, CnParen, ArabicEnum, ArabicParen, Circled];
        let n = 100_000;
        let mut s = Sections::default();
        for i in 0..n {
            let f = forms[i % forms.len()];
            let parent = s.place(f, 1);
            assert_eq!(
                parent,
                i.checked_sub(1),
                "heading {i} nests under the previous one"
            );
            s.push((i, Some(f), 1));
        }
        assert_eq!(s.len(), n);
        assert!(
            s.steps <= 4 * FAMILIES * n,
            "{} steps for {n} headings: placing is not constant work",
            s.steps
        );
    }

    #[test]
    fn same_family_closes_deeper_sections() {
        let mut s = Sections::default();
        s.push((0, Some(MarkerFamily::CnEnum), 1));
        assert_eq!(s.place(MarkerFamily::CnParen, 1), Some(0));
        s.push((1, Some(MarkerFamily::CnParen), 1));
        assert_eq!(
            s.place(MarkerFamily::CnEnum, 2),
            None,
            "二、 is a sibling of 一、"
        );
        assert_eq!(s.len(), 0);
    }

    #[test]
    fn a_list_restarting_at_one_nests_under_a_deeper_heading() {
        let mut s = Sections::default();
        s.push((0, Some(MarkerFamily::CnEnum), 1));
        s.push((1, Some(MarkerFamily::CnParen), 1));
        assert_eq!(s.place(MarkerFamily::CnEnum, 1), Some(1));
    }

    #[test]
    fn a_heading_continues_the_list_whose_next_number_it_is() {
        use MarkerFamily::CnEnum;
        let mut s = Sections::default();
        s.push((0, Some(CnEnum), 2));
        s.push((1, Some(MarkerFamily::CnParen), 3));
        assert_eq!(s.place(CnEnum, 1), Some(1), "a new list inside （三）");
        s.push((2, Some(CnEnum), 1));
        assert_eq!(s.place(CnEnum, 2), Some(1), "二、 follows the inner 一、");
        s.truncate(2);
        s.push((3, Some(CnEnum), 5));
        assert_eq!(s.place(CnEnum, 3), None, "三、 follows the outer 二、");
        assert_eq!(s.len(), 0);
    }

    #[test]
    fn a_list_introduced_by_a_colon_nests_under_its_own_family() {
        use MarkerFamily::CnEnum;
        let mut s = Sections::default();
        s.push((0, Some(CnEnum), 2));
        assert_eq!(
            s.place_introduced(CnEnum, 1, true, false, false, false),
            Some(0)
        );
        assert_eq!(
            s.place_introduced(CnEnum, 1, false, false, false, false),
            None,
            "a restart"
        );
    }

    #[test]
    fn a_list_restarting_below_sentence_items_nests_under_its_own_family() {
        use MarkerFamily::{CnEnum, CnParen};
        let mut s = Sections::default();
        s.push((0, Some(CnEnum), 2));
        s.push((1, Some(CnParen), 3));
        assert_eq!(
            s.place_introduced(CnEnum, 1, false, true, false, false),
            Some(0)
        );
        assert_eq!(s.len(), 1, "（三） closed");
        s.push((2, Some(CnParen), 3));
        assert_eq!(
            s.place_introduced(CnEnum, 1, true, true, false, false),
            Some(2),
            "introduced by a colon: a sub-list of the item"
        );
    }

    #[test]
    fn headings_stay_above_the_article() {
        let mut s = Sections::default();
        s.push((0, None, 0));
        s.push((1, Some(MarkerFamily::CnEnum), 1));
        assert_eq!(s.place(MarkerFamily::CnEnum, 2), Some(0));
        s.truncate(1);
        s.push((2, None, 0));
        assert_eq!(s.place(MarkerFamily::CnParen, 1), Some(2));
    }
}
