//! Rule `toc_entries`: 目录 entries wrapped over lines, and the lines that
//! name only an entry's author or group (outline spec convention 15).
//!
//! In a 目录 whose entries carry page numbers (at least a third of its lines end
//! with one), an entry runs from a line to the next line that carries a
//! page number: lines without one above it are the entry wrapped (`…是对`
//! / `马列主义的重大发展` / `理论讨论会第四组整理(37)`). A line naming only
//! an author or group with the page (`理论讨论会第三组整理(8)`) gives no
//! row; the entry is the lines above it, joined. Two lines that each carry
//! a page number are two entries.
//!
//! Linear: one pass over the 目录's lines.

use super::{toc_key, Assembler, Role};
use crate::text::trim;
use gongwen_model::FurnitureRole;

/// Words that end an author or group line: `第三组整理`, `张三执笔`.
const BY: &[&str] = &["整理", "执笔", "撰写", "撰稿", "供稿", "编写", "记录"];

impl Assembler<'_> {
    /// Groups the 目录 entries between `h` and `end` and rebuilds `keys`
    /// (one per entry, its lines joined).
    pub(super) fn toc_groups(&mut self, h: usize, end: usize, keys: &mut Vec<String>) {
        let lines: Vec<usize> = (h + 1..end)
            .filter(|&k| self.roles[k] == Role::TocEntry)
            .collect();
        let paged = lines
            .iter()
            .filter(|&&k| page_number(&self.clean(k)))
            .count();
        if lines.len() < 2 || paged * 3 < lines.len() {
            return;
        }
        keys.clear();
        let mut group: Vec<usize> = Vec::new();
        for &k in &lines {
            let t = self.clean(k);
            let paged = page_number(&t);
            let by = paged && is_attribution(&t);
            // A line opening with its own number (`四、…`) starts an entry
            // even where the line above lost its page number to OCR noise.
            let numbered = crate::marker::line_marker(&t).is_some_and(|m| {
                !trim(&t[m.end.min(t.len())..]).is_empty() && !paged_only(&t[m.end.min(t.len())..])
            });
            if !group.is_empty() && numbered {
                self.close_group(&mut group, keys);
            }
            if by {
                self.roles[k] = Role::Furniture(FurnitureRole::Author);
            } else {
                group.push(k);
            }
            if paged {
                self.close_group(&mut group, keys);
            }
        }
        self.close_group(&mut group, keys);
    }

    fn close_group(&mut self, group: &mut Vec<usize>, keys: &mut Vec<String>) {
        let Some((&first, rest)) = group.split_first() else {
            return;
        };
        // Only lines set one under another form one entry.
        let mut joined = toc_key(&self.clean(first)).into_owned();
        let mut prev = first;
        for &k in rest {
            if k != prev + 1 {
                keys.push(std::mem::take(&mut joined));
                joined = toc_key(&self.clean(k)).into_owned();
            } else {
                self.roles[k] = Role::TocPart;
                joined.push_str(&toc_key(&self.clean(k)));
            }
            prev = k;
        }
        keys.push(joined);
        group.clear();
    }
}

/// The line ends with a page number: `…　12`, `…(8)`, `…（8）`, `……12`.
pub(super) fn page_number(t: &str) -> bool {
    let digit = |c: char| c.is_ascii_digit();
    // (A speck of OCR noise after the number, `（14)·`, is passed.)
    let t = trim(trim(t).trim_end_matches(['·', '•', '、', '，', ',']));
    if let Some(r) = t.strip_suffix([')', '）']) {
        let d = r.len() - r.trim_end_matches(digit).len();
        return (1..=4).contains(&d) && r[..r.len() - d].ends_with(['(', '（']);
    }
    let d = t.len() - t.trim_end_matches(digit).len();
    // (A standard's front matter is paged in Roman numerals: `前言 III`.)
    let d = if d == 0 {
        t.len() - t.trim_end_matches(['I', 'V', 'X']).len()
    } else {
        d
    };
    (1..=4).contains(&d) && t[..t.len() - d].ends_with([' ', '\t', '　', '.', '…', '·'])
}

/// Text that is nothing but a page number, `(21)` or `12`.
fn paged_only(t: &str) -> bool {
    let t = trim(t);
    t.trim_matches(['(', ')', '（', '）'])
        .chars()
        .all(|c| c.is_ascii_digit())
}

/// An author or group line: `理论讨论会第三组整理(8)`.
fn is_attribution(t: &str) -> bool {
    let base = trim(t)
        .trim_end_matches([')', '）'])
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches(['(', '（', ' ', '\t', '　', '.', '…', '·']);
    BY.iter().any(|w| base.ends_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ocr_noise_after_a_page_number() {
        assert!(page_number("三、党内资产阶级怎样复辟资本主义…（14)·"));
    }

    #[test]
    fn pages_and_attributions() {
        assert!(page_number("理论讨论会第三组整理(8)"));
        assert!(page_number("第一章 总则\t1"));
        assert!(page_number("第一章 总则……12"));
        assert!(page_number("前  言 III"));
        assert!(!page_number("马列主义的重大发展"));
        assert!(!page_number("2026年"));
        assert!(is_attribution("理论讨论会第三组整理(8)"));
        assert!(!is_attribution("第一章 总则\t1"));
    }
}

impl Assembler<'_> {
    /// Rule `toc_entries`, second part: an article title wrapped over two
    /// lines (`怎样理解资产阶级就在` / `共产党内的科学论断`, page furniture
    /// between them read past) repeats a 目录 entry no single line repeats;
    /// one character dropped or changed by OCR is forgiven in titles of
    /// [`NEAR_MIN`] characters or more.
    pub(super) fn wrapped_articles(&mut self, from: usize, keys: &[String]) {
        let n = self.lines.len();
        let matched: std::collections::HashSet<String> = (from..n)
            .filter(|&k| matches!(self.roles[k], Role::Article(_)))
            .map(|k| toc_key(&self.clean(k)).into_owned())
            .collect();
        let open: Vec<&String> = keys.iter().filter(|k| !matched.contains(*k)).collect();
        if open.is_empty() {
            return;
        }
        let mut j = from;
        while j < n {
            if self.blank(j) || self.roles[j] != Role::Text || self.lines[j].mk.is_some() {
                j += 1;
                continue;
            }
            let head = toc_key(&self.clean(j)).into_owned();
            if head.chars().count() < 4 || !open.iter().any(|k| k.starts_with(head.as_str())) {
                j += 1;
                continue;
            }
            let next = self.next_line(j);
            if next >= n || self.blank(next) || self.roles[next] != Role::Text {
                j += 1;
                continue;
            }
            let joined = format!("{head}{}", toc_key(&self.clean(next)));
            if open.iter().any(|k| near(k, &joined)) {
                self.roles[j] = Role::Article(None);
                self.roles[next] = Role::TocPart;
                j = next + 1;
            } else {
                j += 1;
            }
        }
    }
}

/// The shortest title matched with one character's difference.
const NEAR_MIN: usize = 10;

/// `a` and `b` are equal, or (both at least [`NEAR_MIN`] characters) differ
/// by one inserted, deleted or changed character.
fn near(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < NEAR_MIN || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let p = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let s = a[p..]
        .iter()
        .rev()
        .zip(b[p..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a.len().max(b.len()) - p - s <= 1 && p + s >= a.len().min(b.len()).saturating_sub(1)
}

#[cfg(test)]
mod near_tests {
    use super::near;

    #[test]
    fn one_character() {
        assert!(near(
            "从经济地位和政治态度看走资派就是党内资产阶级",
            "从经济地位和政治态度看走资派就是党内资阶级"
        ));
        assert!(
            !near("走资派的特点", "走资派的特征"),
            "short titles match exactly"
        );
        assert!(!near(
            "从经济地位和政治态度看走资派",
            "从经济地位和政治立场看走资派"
        ));
    }
}
