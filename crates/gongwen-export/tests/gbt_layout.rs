//! The GB/T 9704 elements placed in the DOCX and HTML exports.
//!
//! Without LibreOffice: the DOCX's paragraphs carry the element styles,
//! indents and rules, and the HTML its `gbt-…` classes. With LibreOffice
//! and poppler-utils: the DOCX is converted to PDF and `pdftotext -bbox`
//! gives where the text landed on the page — the date's right edge four
//! characters in from the right margin, the 主送 at the left margin, the red
//! issuer mark centred, each annex title centred on a page of its own.
//! Skipped where either tool is missing (under CI that fails unless
//! `GONGWEN_SKIP_LIBREOFFICE` is set, as `.ci/run` does when it cannot
//! install them).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gongwen_export::docx::{self, layout};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fixture of the elements contract (in the parse crate).
fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../gongwen-parse/tests/fixtures/elements")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
}

fn docx_of(text: &str, options: &docx::Options) -> Vec<u8> {
    let doc = gongwen_parse::parse(text);
    let found = gongwen_parse::elements::recognise(&doc);
    docx::to_vec_with_elements(&doc, &found, options).unwrap()
}

/// A part of a DOCX package, as text.
fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut s).unwrap();
    s
}

/// The paragraph of `document.xml` that holds `text`.
fn paragraph_with<'x>(xml: &'x str, text: &str) -> &'x str {
    let at = xml
        .find(text)
        .unwrap_or_else(|| panic!("{text} not in the document"));
    let start = xml[..at].rfind("<w:p>").unwrap();
    let end = at + xml[at..].find("</w:p>").unwrap();
    &xml[start..end]
}

#[test]
fn docx_paragraphs_carry_the_element_styles() {
    let bytes = docx_of(&fixture("notice.txt"), &Default::default());
    let xml = part(&bytes, "word/document.xml");
    let styles = part(&bytes, "word/styles.xml");
    let style_of = |text: &str| {
        let p = paragraph_with(&xml, text);
        let at = p.find("w:pStyle w:val=\"").unwrap() + "w:pStyle w:val=\"".len();
        p[at..].split('"').next().unwrap().to_string()
    };
    assert_eq!(style_of(">000123<"), "HeadField", "份号 in the head style");
    assert_eq!(style_of(">XX市人民政府办公室文件<"), "IssuerMark");
    assert_eq!(style_of(">X政办发〔2026〕12号<"), "DocNumber");
    assert_eq!(style_of("关于开展安全生产大检查的通知<"), "Title");
    assert_eq!(style_of(">各区县人民政府，市政府各部门：<"), "Addressee");
    assert_eq!(
        style_of(">附件：安全生产大检查工作安排表<"),
        "AttachmentNote"
    );
    assert_eq!(style_of(">（此件公开发布）<"), "Remark");
    assert_eq!(style_of(">抄送："), "Record");
    let mark = styles.split("w:styleId=\"IssuerMark\"").nth(1).unwrap();
    let mark = &mark[..mark.find("</w:style>").unwrap()];
    assert!(
        mark.contains("<w:color w:val=\"FF0000\"/>"),
        "the issuer mark is red"
    );
    assert!(mark.contains("<w:jc w:val=\"center\"/>"), "and centred");
    assert!(mark.contains(layout::FONT_TITLE), "in 小标宋");
    assert!(
        paragraph_with(&xml, ">X政办发〔2026〕12号<").contains("w:color=\"FF0000\""),
        "the red separator line runs under the document number"
    );
    // §7.3.5 with a seal: the date 右空四字.
    assert!(
        paragraph_with(&xml, ">2026年12月6日<")
            .contains(&format!("w:right=\"{}\"", 4 * layout::CHAR)),
        "the date stands four characters in from the right"
    );
    // The 附件说明 hangs: its first line two characters in, wrapped lines
    // aligned with the name after `附件：`.
    assert!(paragraph_with(&xml, ">附件：安全生产").contains("w:left=\"1600\" w:hanging=\"960\""));
    // The 版记: thick rule above the 抄送, thin between, thick under the 印发 line.
    let cc = paragraph_with(&xml, ">抄送：");
    assert!(
        cc.contains("<w:top w:val=\"single\" w:sz=\"8\"")
            && cc.contains("<w:bottom w:val=\"single\" w:sz=\"6\"")
    );
    let printer = paragraph_with(&xml, "2026年12月6日印发");
    assert!(printer.contains("<w:bottom w:val=\"single\" w:sz=\"8\""));
    assert!(
        printer.contains("<w:tab/>"),
        "the organ left, the date right"
    );
}

#[test]
fn without_a_seal_the_signature_stands_two_characters_in() {
    let mut options = docx::Options::default();
    options.no_seal = true;
    let xml = part(
        &docx_of(&fixture("letter.txt"), &options),
        "word/document.xml",
    );
    // `XX省教育厅` is 5 characters wide (two half-width letters), the date
    // `2026年3月15日` 6.5: longer than the signature, so the date stands
    // 右空二字 and the signature moves left until the date's first
    // character is two characters right of the signature's: 2 + 6.5 + 2 - 5.
    let sig = xml
        .rfind(">XX省教育厅<")
        .map(|at| paragraph_with(&xml[at - 400..], ">XX省教育厅<"))
        .unwrap();
    let date = paragraph_with(&xml, ">2026年3月15日<");
    assert!(sig.contains("Signature"), "{sig}");
    assert!(
        date.contains(&format!("w:right=\"{}\"", 2 * layout::CHAR)),
        "{date}"
    );
    assert!(
        sig.contains(&format!("w:right=\"{}\"", 55 * layout::CHAR / 10)),
        "{sig}"
    );
}

#[test]
fn a_request_puts_its_signer_right_of_the_number() {
    let xml = part(
        &docx_of(&fixture("request.txt"), &Default::default()),
        "word/document.xml",
    );
    let p = paragraph_with(&xml, ">X政〔2026〕5号<");
    assert!(p.contains("<w:tab/>") && p.contains("签发人："), "{p}");
    assert!(
        p.contains("<w:rStyle w:val=\"KaitiChar\"/></w:rPr><w:t xml:space=\"preserve\">张三"),
        "the names in 楷体: {p}"
    );
}

#[test]
fn html_places_the_elements_with_classes() {
    let text = fixture("request.txt");
    let doc = gongwen_parse::parse(&text);
    let found = gongwen_parse::elements::recognise(&doc);
    let mut out = Vec::new();
    gongwen_export::html::write_with_elements(&doc, &found, &mut out, &Default::default()).unwrap();
    let page = String::from_utf8(out).unwrap();
    for want in [
        "<p class=\"gbt-issuer-mark\">XX县人民政府文件</p>",
        "<p class=\"gbt-doc-number gbt-up gbt-rule\"><span>X政〔2026〕5号</span> <span>签发人：张三</span></p>",
        "class=\"title\">XX县人民政府关于申请安排防汛救灾资金的请示</h1>",
        "<p class=\"gbt-addressee\">XX市人民政府：</p>",
        "<p class=\"gbt-date\" style=\"padding-right: 4em\">2026年7月2日</p>",
        "<p class=\"gbt-remark\">（联系人：李四，电话：12345678）</p>",
        "<p class=\"gbt-record gbt-cc gbt-record-first\">",
        "<p class=\"gbt-record gbt-printer gbt-record-last\"><span>XX县人民政府办公室</span> <span>2026年7月2日印发</span></p>",
    ] {
        assert!(page.contains(want), "the page should hold {want}");
    }
    assert!(gongwen_export::html::STYLESHEET.contains("p.gbt-issuer-mark {"));
}

fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|d| names.iter().map(move |n| d.join(n)))
        .find(|p| p.is_file())
}

/// A tool is missing: say so and pass, except under CI without
/// `GONGWEN_SKIP_LIBREOFFICE`.
fn missing(tool: &str) {
    assert!(
        std::env::var_os("CI").is_none() || std::env::var_os("GONGWEN_SKIP_LIBREOFFICE").is_some(),
        "{tool} not on PATH: install it, or set GONGWEN_SKIP_LIBREOFFICE=1"
    );
    eprintln!("{tool} not on PATH: skipped");
}

/// One line of text of `pdftotext -bbox`: its page (0-based), its extent
/// from the first word's left edge to the last word's right edge, and its
/// words joined (poppler splits a line where the font changes, between
/// Latin and Chinese).
#[derive(Debug)]
struct Word {
    page: usize,
    y: f64,
    x_min: f64,
    x_max: f64,
    text: String,
}

fn attr(tag: &str, name: &str) -> f64 {
    let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    tag[at..].split('"').next().unwrap().parse().unwrap()
}

/// The words of a PDF with their boxes, and the page width, in points.
fn read_words(pdftotext: &Path, pdf: &Path) -> (Vec<Word>, f64) {
    let out = Command::new(pdftotext)
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = String::from_utf8(out.stdout).unwrap();
    let mut found: Vec<Word> = Vec::new();
    let mut page = None::<usize>;
    let mut width = 0.0;
    for piece in html.split('<').skip(1) {
        if piece.starts_with("page ") {
            page = Some(page.map_or(0, |p| p + 1));
            width = attr(piece, "width");
        } else if piece.starts_with("word ") {
            let (tag, text) = piece.split_once('>').unwrap();
            let (page, y) = (page.unwrap(), attr(tag, "yMax"));
            match found.last_mut() {
                Some(w) if w.page == page && (w.y - y).abs() < 1.0 => {
                    w.x_max = attr(tag, "xMax");
                    w.text.push_str(text);
                }
                _ => found.push(Word {
                    page,
                    y,
                    x_min: attr(tag, "xMin"),
                    x_max: attr(tag, "xMax"),
                    text: text.to_string(),
                }),
            }
        }
    }
    (found, width)
}

/// The line that is `text`, or begins it (a title wrapped over two lines).
fn word<'w>(words: &'w [Word], text: &str) -> &'w Word {
    words
        .iter()
        .find(|w| w.text == text || (w.text.len() >= 12 && text.starts_with(&w.text)))
        .unwrap_or_else(|| panic!("{text} not in the PDF: {words:?}"))
}

/// The DOCX of fixture `name` (`notice` for `notice.txt`) converted to PDF
/// by LibreOffice in `dir`, with a private profile there so a running
/// LibreOffice does not take the conversion over.
fn to_pdf(soffice: &Path, dir: &Path, name: &str) -> PathBuf {
    let docx = dir.join(format!("{name}.docx"));
    let bytes = docx_of(&fixture(&format!("{name}.txt")), &Default::default());
    std::fs::write(&docx, bytes).unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("profile").display()
    );
    let out = Command::new(soffice)
        .arg(profile)
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir)
        .arg(&docx)
        .output()
        .unwrap();
    let pdf = dir.join(format!("{name}.pdf"));
    assert!(
        pdf.is_file(),
        "no PDF of {name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    pdf
}

#[test]
fn libreoffice_places_the_elements_as_gbt_9704_says() {
    let Some(soffice) = on_path(&["soffice", "libreoffice"]) else {
        missing("soffice (LibreOffice)");
        return;
    };
    let Some(pdftotext) = on_path(&["pdftotext"]) else {
        missing("pdftotext (poppler-utils)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let pdf = to_pdf(&soffice, dir.path(), "annexes");
    let (words, page_width) = read_words(&pdftotext, &pdf);
    let pt = |twips: u32| f64::from(twips) / 20.0;
    let left = pt(layout::MARGIN_LEFT);
    let right = page_width - pt(layout::MARGIN_RIGHT);
    let centre = (left + right) / 2.0;
    let char_pt = pt(layout::CHAR);
    // Half a character of slack: glyph side bearings and the tightened
    // character spacing move an edge by a point or two, not by a character.
    let near = |got: f64, want: f64, what: &str| {
        assert!(
            (got - want).abs() <= char_pt / 2.0,
            "{what}: at {got:.1} pt, expected {want:.1} pt"
        );
    };
    let addressee = word(&words, "各区教育局，各直属学校：");
    near(addressee.x_min, left, "the 主送 starts at the left margin");
    let date = word(&words, "2026年6月20日");
    near(
        date.x_max,
        right - 4.0 * char_pt,
        "the date ends four characters in from the right margin",
    );
    // The signature centred over the date, within a character: its width is
    // reckoned with Latin letters and digits half a character wide, as in
    // the GB fonts, where a fallback font may draw them wider.
    let sig = word(&words, "XX市教育局");
    let off = (sig.x_min + sig.x_max) / 2.0 - (date.x_min + date.x_max) / 2.0;
    assert!(
        off.abs() <= char_pt,
        "the signature is centred over the date: {off:.1} pt off"
    );
    let title = word(&words, "XX市教育局关于做好2026年暑期安全工作的通知");
    near(
        (title.x_min + title.x_max) / 2.0,
        centre,
        "the title is centred",
    );
    // Each annex on a page of its own, its label top left, its title centred.
    let mut last_page = date.page;
    for (label, annex_title) in [
        ("附件1", "暑期安全工作检查表"),
        ("附件2", "学生暑期安全承诺书"),
        ("附件3", "暑期值班安排表"),
    ] {
        let l = words
            .iter()
            .find(|w| w.text == label && w.page > last_page && w.y < 200.0)
            .unwrap_or_else(|| panic!("{label} on a new page"));
        near(l.x_min, left, "the annex label is flush left");
        let t = words
            .iter()
            .find(|w| w.text == annex_title && w.page == l.page)
            .unwrap_or_else(|| panic!("{annex_title} under {label}"));
        near(
            (t.x_min + t.x_max) / 2.0,
            centre,
            "the annex title is centred",
        );
        last_page = l.page;
    }
    // The issuer mark of a notice with a 版头: red (in the DOCX) and centred.
    let (words, _) = read_words(&pdftotext, &to_pdf(&soffice, dir.path(), "notice"));
    let mark = word(&words, "XX市人民政府办公室文件");
    near(
        (mark.x_min + mark.x_max) / 2.0,
        centre,
        "the issuer mark is centred",
    );
    let number = word(&words, "X政办发〔2026〕12号");
    near(
        (number.x_min + number.x_max) / 2.0,
        centre,
        "the document number is centred under it",
    );
    let copy = word(&words, "000123");
    near(copy.x_min, left, "the copy number is flush left");
}

#[test]
fn the_docx_reads_back_to_the_same_elements() {
    for name in [
        "notice.txt",
        "request.txt",
        "letter.txt",
        "minutes.txt",
        "annexes.txt",
    ] {
        let text = fixture(name);
        let doc = gongwen_parse::parse(&text);
        let found = gongwen_parse::elements::recognise(&doc);
        let bytes = docx::to_vec_with_elements(&doc, &found, &Default::default()).unwrap();
        let (_, back) = gongwen_docx::parse_with_elements(&bytes).unwrap();
        // The text of each element, white space aside (the 印发 line's organ
        // and date are split by a tab in the DOCX).
        let shown = |e: &gongwen_model::Element<'_>| {
            (
                e.kind,
                e.text
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>(),
            )
        };
        assert_eq!(
            back.iter().map(shown).collect::<Vec<_>>(),
            found.iter().map(shown).collect::<Vec<_>>(),
            "{name}: the DOCX export should read back to the same elements"
        );
    }
}
