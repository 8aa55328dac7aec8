//! The named rules of the parser, each with its purpose. Every rule has
//! example blocks in `tests/rules/<id>.txt` (input, then the expected
//! outline rows); the `rules` test fails for a rule without one.
//!
//! ```
//! assert!(gongwen_parse::rules::RULES.iter().any(|r| r.id == "hidden"));
//! ```

/// One named rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Rule {
    /// Stable id, the name of its fixture file.
    pub id: &'static str,
    /// What the rule decides, in one line.
    pub purpose: &'static str,
}

/// Every named rule, in pipeline order.
pub const RULES: &[Rule] = &[
    Rule {
        id: "markup",
        purpose: "Markdown and HTML marks (`## `, `##第一章`, `> `, `- `, `**`, `<br>`, links, a heading's `{#id}`) are formatting: markers are read after them and titles are shown without them; a Markdown document's `# ` heading above the body is its title (with or without other markup in the file)",
    },
    Rule {
        id: "hidden",
        purpose: "YAML front matter, a scraper's opening `> ` notes, a web reader's `Title:`/`URL Source:` header, a scraper's record (`#` label, `- key: value` fields, `---`), a page's own `<title>` line (`标题_栏目_网站`) over its heading, link-only navigation lines (not a web clipper's `# [title](url)`, the page's title), a periodical's masthead, page markers and page-number lines (also a page marker glued to the next page's first line, `— 5 —第十一条`), and a breadcrumb set over lines (`>` / `政务公开`), are furniture the other rules read past; a file opening with an annex label (alone, with its kind, or with its title) is that annex",
    },
    Rule {
        id: "decimal",
        purpose: "decimal section numbers `1` `1.1` `1.1.1` (and a procedure's `1.0` `2.0`) are headings where the document numbers its sections so (a parent or sibling is numbered too), or bare `1` `2` `3` count items in a row, or `1总则` runs into its title right over its `1.1` or beside the next section; `2.5亿元` stays text; a `1.` list inside a decimal section nests inside it unless the `1.` heads that section's own `1.1`",
    },
    Rule {
        id: "latin",
        purpose: "Latin letter items `a）` `(b)` `c.`, and heavenly-stem items `甲、` `乙、` `甲　`, are families below `①` (lowercase Roman numerals `ii.` below the letters), and capital numerals `壹、` `貳、` a family above `一、`, each kept where a neighbouring number of its family is there too",
    },
    Rule {
        id: "spaced_numeral",
        purpose: "a Chinese numeral, white space and a title (`一　没有调查`), or an ordinal with a measure word and white space (`第一件　将农民组织在农会里`), is a heading `一` / `第一件` where the next or previous number continues it; `三，` (a `，` typed for the `、`) is the heading `三，` beside a sibling written with its `、`",
    },
    Rule {
        id: "marker_forms",
        purpose: "`第一种：` `第二类：` (an ordinal with a measure word), `1：` `1:` and `①.` are markers as written",
    },
    Rule {
        id: "list_restart",
        purpose: "a list restarting at 1 after a sentence item of its family and a colon line (`激励措施包括：` … `惩戒措施包括：`) is a second list beside the first, not inside its last item; the top-level `一、` list restarting past a paragraph under a deeper item starts a second top-level series; a colon line set apart from the last item by that item's own paragraph introduces a list beside it; in a .docx, a list restarting at 1 set no deeper (its left indent) than the open item of its family, past items set deeper, is beside that item",
    },
    Rule {
        id: "attachment_list",
        purpose: "the attachment list under the body (`附件：1. …`, `附图：1. …`, `附表：…`) and its numbered continuation lines (parts such as `6-1.` included) give no row, as does a run of numbered labels (`附录A：…` `附录B：…`) over the annexes they list",
    },
    Rule {
        id: "sign_off",
        purpose: "the 落款 (an organ's name over a bare date) ends the body: numbered lines below it (a form, profiles, a second piece) are not inside the body's last section; so does the title of a second text published after the first (`…规定` over `第一条`)",
    },
    Rule {
        id: "pieces",
        purpose: "a compilation without a 目录: two or more pieces each opening with a title line (or two) over a byline (a name, or positions — or a reader's place, `北京海淀区` — and a name apart by a wide gap) give article and byline rows; notices published together, the first on the title line, each a document title over its bracketed date or its addressee, give article rows; a title an earlier piece's title names (`关于印发《X》的通知` … `X`) is no piece",
    },
    Rule {
        id: "title",
        purpose: "the document's own title: past chrome, front matter, citation headers and code, above a subtitle, date or document number, or the first title-like line; below a 版头 (份号, 密级, 紧急程度, 发文机关标志, 发文字号 with 签发人); never a 函's organ mark set apart above it, a standard's cover lines or the organs signing under it; a court over its 判决书 is one title; the lines directly above a `——` subtitle are one title; joint issuers opening a wrapped title belong to it; a leader's instruction (`毛主席批示：照发。`) under the 版头 is not the title; under a news lead, a bold line (or one after `…如下：`) naming its genre is the title of the document reposted; a news agency's dateline (`新华社北京11月16日电`) and the speaker's name below a wrapped title are not part of it, nor is a promulgation note whose bracket closes on a later line",
    },
    Rule {
        id: "layout",
        purpose: "a .docx table cell's paragraph is never an element; a Title-style paragraph (not numbered ones where two or more are: chapters set in that style), else the centred paragraph above the body in the largest type, else the first heading in a style of its own, is the title (a cover set as a table gives its centred cell in large type that names the genre); table-of-contents styles give toc rows; unnumbered heading styles stand beside the numbered headings of their level (the highest-ranked family where several share it; a level with none of its own nests below the deepest numbered level above it), and two headings of one family in one heading style are siblings though the second restarts at 1; a cover's field line in an outline level does not hide the cover title below it; and one holding only a section number is that heading, as is an empty paragraph of an automatic list (its number alone); a Word paragraph holds no Markdown",
    },
    Rule {
        id: "toc",
        purpose: "a 目录's entries give toc rows (also a 目录 inside the body, a promulgated document's own); lines repeating an unnumbered entry are articles, unless most entries are chapters or `一、` headings (a document's own 目录); a 目录 inside a chapter whose entries rank below it (a tender's `第五章 投标文件格式` over the response forms' `一、投标函`…) keeps the chapter open",
    },
    Rule {
        id: "notes",
        purpose: "items under `注：` `说明：` `备注：` `注释` (`1.` `①` …, also where the label stands right above the first numbered line) and the entries of a glossary after the body (`名词解释`) are notes, not headings",
    },
    Rule {
        id: "hard_wrap",
        purpose: "a heading with no sentence end continues on the next line only where its line cannot end a phrase, the next opens with a clause mark, the line fills the text's hard-wrap width (measured where most lines share it, or, in print extracted to text with many longer lines, where at least half the lines end mid-sentence; in print set in a proportional face, the bottom of the eight columns its full lines spread over), a sentence item runs across a page break, a long heading is set over two short lines above a paragraph, or a long line of a sentence list is cut; a short whole-line heading, or one over a label line (`理由：`) or over a line much longer than it, is complete; in double-spaced text (a blank line after every line) one blank line breaks nothing",
    },
    Rule {
        id: "toc_entries",
        purpose: "a paged 目录's entries wrapped over lines are one row; author or group lines (`理论讨论会第三组整理(8)`) give none; article titles wrapped over two lines (one OCR slip forgiven) repeat their entry; `目` / `录` on two lines head a 目录",
    },
    Rule {
        id: "marker",
        purpose: "a numbering marker at the start of a line (the grammars of `marker/`) makes a heading, placed by the tree rule",
    },
    Rule {
        id: "front_matter",
        purpose: "lines above the body: subtitles, document numbers, dates, addressees, authors and chrome are furniture",
    },
    Rule {
        id: "annex",
        purpose: "`附件1：` `附录` (and `附` standing alone; `## 附件：title` and `## 附：title` as Markdown headings; `附：title` below the document's date with text under it) open an annexed piece after the body; its headings nest under it; a label over the document's own title again, with no heading above it, is the file being that annex (no row); the body's next chapter after an annex in its middle (`第三章` … `附件2：报价清单` / `第四章`) ends the annex",
    },
    Rule {
        id: "quotation",
        purpose: "numbered lines inside a quotation that spans lines (an amendment's quoted text) are no headings; a “ closed by a mistyped ’ opens none, and a numbered paragraph without “ after a finished sentence ends one",
    },
    Rule {
        id: "nesting",
        purpose: "a list restarting at 1 right under items of a family ranked below it, under two different items, nests inside that family's items for the whole document (`（1）` over `1、`), as the document nests them; once is enough where that family goes on after the list (`（三）` / `一、`… / `（四）`); a `一、` or `（一）` heading outside an article's items groups the articles that follow it (`（一）` / `第一条`… / `（二）`), but an article's items numbered on past some that ran into one line (`（一）…。（二）…。` / `（三）…`) are still its items; parts or chapters described in running text under a list's heading (`三、主要内容` / `第一部分“总论”。阐明…`) nest inside it, as do the articles of a document a list's item names (`18.劳务派遣服务合同` / `第一条…`)",
    },
    Rule {
        id: "md_scope",
        purpose: "in Markdown, a `#` heading (numbered or not) ends the plain numbered lists opened inside the previous `#` section of its level, and plain numbered lines stay inside the `#` section they follow unless they continue a list open outside it",
    },
    Rule {
        id: "endnotes",
        purpose: "a line opening with a note number whose text cites a source (`①见《…》`, `⑵参见…`) is a note, not a heading; a `⑺` opening a line with no `⑹` or `⑻` heading in the document is a note mark text extraction left there, not an item",
    },
];
