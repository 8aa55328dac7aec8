//! Rule `md_scope`: in a Markdown document, a `#` heading is a section
//! boundary the numbered lines inside it cannot cross. A numbered list set
//! in plain lines under `## 关于极端民主化` ends at the next `##` heading,
//! numbered (`## 第七件　…`) or not (`## 关于非组织观点`, which gives no
//! row): what follows is not inside that list's last item. Plain numbered
//! lines opened before any `#` heading are left to the tree rule, as are
//! two numbered `#` headings of the same level (`## 一、` / `## （一）`,
//! which nest by rank).
//!
//! Example: `## 第六件　推翻衙门` / `（一）…` / `（二）…` / `## 第七件　推翻族权`
//! gives `第七件` beside `第六件`, not inside `（二）`.
//!
//! Linear: each `#` line closes scopes from the top of a stack that only
//! `#` lines push onto.

use crate::sections::Sections;

/// One open Markdown section: the stack length where it starts (for a
/// numbered heading, the position of its own entry), that entry's node
/// (`None` for an unnumbered heading, which gives no row), and its level
/// (the number of `#`).
#[derive(Debug, Clone, Copy)]
struct Scope {
    pos: usize,
    node: Option<usize>,
    level: usize,
}

/// The open Markdown sections of the tree rule.
#[derive(Debug, Default)]
pub(super) struct MdScopes {
    open: Vec<Scope>,
}

impl MdScopes {
    /// Drops scopes whose entries the tree rule has closed since.
    fn prune(&mut self, stack: &Sections) {
        while let Some(s) = self.open.last() {
            let live = match s.node {
                Some(id) => stack.get(s.pos).is_some_and(|o| o.0 == id),
                None => s.pos <= stack.len(),
            };
            if live {
                break;
            }
            self.open.pop();
        }
    }

    /// Before a `#` heading of `level`: closes the Markdown sections it
    /// ends and the plain numbered lines opened inside them. A numbered
    /// heading keeps a numbered heading of its own level open (the tree
    /// rule ranks the two); an unnumbered one closes it.
    pub(super) fn enter(&mut self, stack: &mut Sections, level: usize, numbered: bool) {
        self.prune(stack);
        let floor = stack.floor_len();
        let mut keep = None;
        while let Some(&s) = self.open.last() {
            let own = s.node.map_or(s.pos, |_| s.pos + 1);
            if s.level < level || (numbered && s.level == level && s.node.is_some()) {
                keep = Some(own);
                break;
            }
            self.open.pop();
            keep = Some(s.pos);
        }
        match keep {
            Some(len) => stack.truncate(len.max(floor)),
            // No Markdown section open: an unnumbered `#` heading still
            // ends the plain lists above it.
            None if !numbered => stack.truncate(floor),
            None => {}
        }
    }

    /// After a numbered `#` heading was placed at the top of the stack as
    /// `node`, or after an unnumbered one (`node` `None`).
    pub(super) fn opened(&mut self, stack: &Sections, level: usize, node: Option<usize>) {
        match node {
            Some(id) => {
                if let Some(pos) = stack.len().checked_sub(1) {
                    if stack.get(pos).is_some_and(|o| o.0 == id) {
                        self.open.push(Scope { pos, node, level });
                    }
                }
            }
            None => self.open.push(Scope {
                pos: stack.len(),
                node,
                level,
            }),
        }
    }

    /// The stack length a plain numbered line's placement keeps: the
    /// innermost open Markdown section with its heading (0 where none).
    pub(super) fn shelter(&mut self, stack: &Sections) -> usize {
        self.prune(stack);
        self.open
            .last()
            .map_or(0, |s| s.node.map_or(s.pos, |_| s.pos + 1))
    }

    /// Articles and annexes reset the tree: no Markdown section stays open.
    pub(super) fn clear(&mut self) {
        self.open.clear();
    }
}
