//! Document-level behaviour, one test per rule of the parser, on small
//! documents written for these tests.

use gongwen_model::{Document, HeadingLayout, MarkerFamily, NodeKind};

/// (line, kind, depth, marker, title) rows, as the outline contract prints them.
fn rows(doc: &Document<'_>) -> Vec<(u32, &'static str, String, String, String)> {
    doc.outline()
        .map(|r| {
            (
                r.line,
                r.kind.as_str(),
                r.depth.map_or("-".to_string(), |d| d.to_string()),
                r.marker.to_string(),
                r.title.to_string(),
            )
        })
        .collect()
}

fn row(
    line: u32,
    kind: &'static str,
    depth: &str,
    marker: &str,
    title: &str,
) -> (u32, &'static str, String, String, String) {
    (
        line,
        kind,
        depth.to_string(),
        marker.to_string(),
        title.to_string(),
    )
}

fn headings(src: &str) -> Vec<(String, String)> {
    let doc = gongwen_parse::parse(src);
    doc.outline()
        .filter(|r| r.kind.as_str() == "heading")
        .map(|r| (r.marker.to_string(), r.title.to_string()))
        .collect()
}

#[test]
fn numbers_that_open_sentences_are_not_headings() {
    let src = "一、学习体会\n102年前，同样一个盛夏，代表们在船上闭会。\n8月9日—11日，我参加了培训班。\n1975年，村里发现了早期译本。\n2026年是开局之年。\n1.5倍的增长来自新产业。\n";
    assert_eq!(
        headings(src),
        vec![("一、".to_string(), "学习体会".to_string())],
        "years, dates, amounts and decimals at line start are not headings"
    );
}

#[test]
fn declared_count_and_mid_line_parentheses_are_not_headings() {
    let src = "某单位学习材料汇编\n（3篇）\n正文提到农历（六月二十四）这一天。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![row(1, "title", "0", "", "某单位学习材料汇编")]
    );
    assert!(
        doc.nodes
            .iter()
            .any(|n| matches!(n.kind, NodeKind::DeclaredCount { value: 3 })),
        "（3篇） is the declared count"
    );
}

#[test]
fn enumeration_inside_a_paragraph_is_inline() {
    let src = "一、工作思路\n要在三个方面下功夫。一是在工作思路上求创新。二是在方法上求突破；三是在落实上求实效。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(headings(src).len(), 1, "only 一、 is a heading");
    let id = (0..doc.nodes.len())
        .map(|k| gongwen_model::NodeId(k as u32))
        .find(|&k| doc.get(k).and_then(|n| n.as_paragraph()).is_some())
        .expect("a paragraph");
    let markers = doc.inline(id);
    let inline: Vec<(&str, u32)> = markers.iter().map(|m| (&*m.text, m.value)).collect();
    assert_eq!(
        inline,
        vec![("一是", 1), ("二是", 2), ("三是", 3)],
        "inline run-in items with values"
    );
    for m in markers {
        assert_eq!(
            &src[m.span.range()],
            &*m.text,
            "inline spans point at the source"
        );
        assert_eq!(m.span.line, 2);
    }
    assert_eq!(markers[0].span.column, 11, "column counts characters");
}

#[test]
fn run_in_heading_has_title_and_body() {
    let src = "（一）创建“学习型”机关。为提高干部素质，机关组织了读书活动。\n";
    let doc = gongwen_parse::parse(src);
    let h = doc.nodes[0].as_heading().expect("a heading");
    assert_eq!(h.title, "创建“学习型”机关");
    assert_eq!(h.layout, HeadingLayout::RunIn);
    let (_, body) = doc
        .children(gongwen_model::NodeId(0))
        .next()
        .expect("a body paragraph");
    assert_eq!(
        body.as_paragraph().map(|p| &*p.text),
        Some("为提高干部素质，机关组织了读书活动。")
    );
}

#[test]
fn title_rule_ignores_marks_inside_quotes_and_brackets() {
    assert_eq!(
        headings("（二）落实“三会一课；两学一做”制度。其他内容。\n"),
        vec![(
            "（二）".to_string(),
            "落实“三会一课；两学一做”制度".to_string()
        )]
    );
    assert_eq!(
        headings("一是学习《条例》（试行。稿）精神\n"),
        vec![(
            "一是".to_string(),
            "学习《条例》（试行。稿）精神".to_string()
        )],
        "no sentence end outside brackets: the whole line"
    );
}

#[test]
fn unclosed_bracket_stops_at_the_end_of_the_logical_line() {
    let src = "一、关于“加强管理的意见\n正文第一段。\n二、其他事项\n";
    assert_eq!(
        headings(src),
        vec![
            ("一、".to_string(), "关于“加强管理的意见".to_string()),
            ("二、".to_string(), "其他事项".to_string())
        ]
    );
}

#[test]
fn hard_wrapped_heading_is_joined() {
    let src = "一是通过学习理论讲座，接受党的思想理论和\n党纪党风教育，提高了党性意识；\n二是通过实务学习，强化了工作方法意识；\n三是通过纪律教育，提高了令行禁止、言\n行一致的规矩意识。\n";
    assert_eq!(
        headings(src),
        vec![
            (
                "一是".to_string(),
                "通过学习理论讲座，接受党的思想理论和党纪党风教育，提高了党性意识".to_string()
            ),
            (
                "二是".to_string(),
                "通过实务学习，强化了工作方法意识".to_string()
            ),
            (
                "三是".to_string(),
                "通过纪律教育，提高了令行禁止、言行一致的规矩意识".to_string()
            ),
        ],
        "a line ending in 和, or an item of a sentence list without its sentence end, continues"
    );
}

#[test]
fn standalone_heading_never_swallows_the_paragraph_below() {
    let src = "一要加强学习，提高站位\n学习是思想的先导。\n二要锐意进取，改革创新出亮点\n创新是发展的动力。\n";
    assert_eq!(
        headings(src),
        vec![
            ("一要".to_string(), "加强学习，提高站位".to_string()),
            ("二要".to_string(), "锐意进取，改革创新出亮点".to_string()),
        ]
    );
    let doc = gongwen_parse::parse("一、工作开展情况\n今年以来，我们做了大量工作。\n");
    assert_eq!(
        doc.nodes[0].as_heading().map(|h| h.layout),
        Some(HeadingLayout::WholeLine)
    );
    assert_eq!(doc.nodes.len(), 2, "the paragraph stays a paragraph");
}

#[test]
fn hard_wrapped_paragraph_is_one_logical_line() {
    let src = "一、工作回顾\n五年来，我们召开多次全会，研究了一系列重大问题，制定\n“十四五”规划和远景目标\n，全面总结历史经验。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(doc.nodes.len(), 2);
    assert_eq!(
        doc.nodes[1].as_paragraph().map(|p| &*p.text),
        Some("五年来，我们召开多次全会，研究了一系列重大问题，制定“十四五”规划和远景目标，全面总结历史经验。")
    );
}

#[test]
fn compilation_with_toc_articles_and_bylines() {
    let src = "某市青年干部读书班发言材料汇编\n（2篇）\n目　录\n读书班发言材料\n读书班发言材料\n\n读书班发言材料1\n市发展改革委综合科科长、党支部书记，机关团委委员\n通过学习，收获很多。\n一、主要收获\n\n读书班发言材料2\n市财政局干部\n一是加强学习。学习是前提。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某市青年干部读书班发言材料汇编"),
            row(4, "toc", "-", "", "读书班发言材料"),
            row(5, "toc", "-", "", "读书班发言材料"),
            row(7, "article", "1", "", "读书班发言材料1"),
            row(
                8,
                "byline",
                "-",
                "",
                "市发展改革委综合科科长、党支部书记，机关团委委员"
            ),
            row(10, "heading", "2", "一、", "主要收获"),
            row(12, "article", "1", "", "读书班发言材料2"),
            row(13, "byline", "-", "", "市财政局干部"),
            row(14, "heading", "2", "一是", "加强学习"),
        ]
    );
    assert!(doc.is_compilation());
    let ordinals: Vec<Option<u32>> = doc
        .nodes
        .iter()
        .filter_map(|n| match n.kind {
            NodeKind::Article { ordinal, .. } => Some(ordinal.map(|v| v.get())),
            _ => None,
        })
        .collect();
    assert_eq!(ordinals, vec![Some(1), Some(2)]);
}

#[test]
fn regulation_nests_chapter_section_article_items() {
    let src = "某市档案管理办法\n\n第一章  总则\n\n第一条 为了加强档案管理，制定本办法。\n\n第二节　管理\n\n第二条 档案包括下列材料：\n\n（一）文书档案；\n\n（二）会计档案。\n\n第二章 附则\n\n第三条 本办法自发布之日起施行。\n";
    let doc = gongwen_parse::parse(src);
    assert!(!doc.is_compilation(), "a single document has no articles");
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某市档案管理办法"),
            row(3, "heading", "1", "第一章", "总则"),
            row(5, "heading", "2", "第一条", "为了加强档案管理，制定本办法"),
            row(7, "heading", "2", "第二节", "管理"),
            row(9, "heading", "3", "第二条", "档案包括下列材料："),
            row(11, "heading", "4", "（一）", "文书档案"),
            row(13, "heading", "4", "（二）", "会计档案"),
            row(15, "heading", "1", "第二章", "附则"),
            row(17, "heading", "2", "第三条", "本办法自发布之日起施行"),
        ]
    );
}

#[test]
fn in_band_markers_are_removed_and_recorded() {
    let src = "标题文本\n目录\n##paidbegin##第一篇材料\n\n第一篇材料1\n正文。\n##paidend##\n";
    let doc = gongwen_parse::parse(src);
    let toc: Vec<String> = doc
        .outline()
        .filter(|r| r.kind.as_str() == "toc")
        .map(|r| r.title.to_string())
        .collect();
    assert_eq!(
        toc,
        vec!["第一篇材料".to_string()],
        "the marker is removed from the text"
    );
    let names: Vec<(&str, u32)> = doc
        .markers
        .iter()
        .map(|m| (&*m.name, m.span.line))
        .collect();
    assert_eq!(
        names,
        vec![("paidbegin", 3), ("paidend", 7)],
        "markers are kept with their position"
    );
    assert_eq!(doc.reassemble().as_deref(), Some(src));
}

#[test]
fn title_past_web_chrome_and_above_the_subtitle() {
    let src = "首页\n>\n要闻\n下载\n打印\n【字号：\n】\n2026年某市政府工作报告\n——2026年1月20日在某市第五届人民代表大会第三次会议上\n来源：某市日报\n时间：2026-01-21\n某市市长 张明\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n一、2025年工作回顾\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(8, "title", "0", "", "2026年某市政府工作报告"),
            row(15, "heading", "1", "一、", "2025年工作回顾"),
        ]
    );
}

#[test]
fn wrapped_title_over_blank_lines_is_one_row() {
    let src = "坚定信心勇毅前行\n\n\n为建设美丽家园而团结奋斗\n\n——在某县第十次党代会上的报告\n\n（2025年10月16日）\n\n张　三　丰\n\n同志们：\n\n一、过去五年的工作\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(
                1,
                "title",
                "0",
                "",
                "坚定信心勇毅前行为建设美丽家园而团结奋斗"
            ),
            row(14, "heading", "1", "一、", "过去五年的工作"),
        ]
    );
}

#[test]
fn citation_header_repeated_title_and_document_number() {
    let src = "【法宝引证码】 CLI.12.000000\n原文链接：https://example.invalid/x.html\n某局关于加强宣传工作的通知\n某局关于加强宣传工作的通知\n\n（某办发〔2012〕24号）\n\n各处室：\n\n　　为做好宣传工作，现通知如下。\n　　一、提高认识\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(3, "title", "0", "", "某局关于加强宣传工作的通知"),
            row(11, "heading", "1", "一、", "提高认识"),
        ]
    );
}

#[test]
fn document_opening_with_a_heading_has_no_title() {
    let doc = gongwen_parse::parse("一、去年\n\n去年没有组织。\n");
    assert_eq!(rows(&doc), vec![row(1, "heading", "1", "一、", "去年")]);
}

#[test]
fn attachment_list_and_annexes() {
    let src = "一、工作要求\n　　请按时报送。\n　　附件：1.信息员登记表\n\n　　2.宣传申报单\n\n　　附件1：\n\n　　信息员登记表\n姓名\n1.联系方式\n　　附件2：宣传申报单\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "heading", "1", "一、", "工作要求"),
            row(7, "annex", "1", "附件1：", "信息员登记表"),
            row(11, "heading", "2", "1.", "联系方式"),
            row(12, "annex", "1", "附件2：", "宣传申报单"),
        ],
        "the attachment list is not headings; annex headings nest under the annex"
    );
}

#[test]
fn numbered_lines_inside_a_quotation_are_not_headings() {
    let src = "一、将第五条修改为：\n“第五条 本办法适用于下列单位：\n（一）机关；\n（二）事业单位。”\n二、本决定自公布之日起施行。\n";
    assert_eq!(
        headings(src),
        vec![
            ("一、".to_string(), "将第五条修改为：".to_string()),
            ("二、".to_string(), "本决定自公布之日起施行".to_string())
        ]
    );
}

#[test]
fn marker_alone_takes_the_next_line_as_title() {
    let src = "一、\n\n总体要求\n正文。\n二、\n三、具体措施\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "heading", "1", "一、", "总体要求"),
            row(5, "heading", "1", "二、", ""),
            row(6, "heading", "1", "三、", "具体措施"),
        ]
    );
    assert_eq!(
        doc.nodes[0].as_heading().map(|h| h.layout),
        Some(HeadingLayout::MarkerAlone)
    );
}

#[test]
fn bare_numeral_continues_a_list() {
    let src = "一、总体要求\n正文。\n二、主要任务\n正文。\n三\n保障措施\n正文。\n";
    assert_eq!(
        headings(src),
        vec![
            ("一、".to_string(), "总体要求".to_string()),
            ("二、".to_string(), "主要任务".to_string()),
            ("三".to_string(), "保障措施".to_string()),
        ]
    );
}

#[test]
fn bare_section_numbers_set_apart_are_headings() {
    let src = "各位代表：\n\n　　我向大会作关于纲要执行情况的报告。\n\n\n一\n\n\n　　纲要是发展农业的纲领。它规定了各项要求。\n\n\n二\n\n\n　　下面说一下纲要执行的情况。\n\n\n三\n\n　　人民公社是根本保障。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(6, "heading", "1", "一", "纲要是发展农业的纲领"),
            row(12, "heading", "1", "二", "下面说一下纲要执行的情况"),
            row(18, "heading", "1", "三", "人民公社是根本保障"),
        ],
        "bare 一 二 三 between blank lines open a list"
    );
    assert_eq!(
        headings("登记表\n序号\n一\n张三\n二\n李四\n").len(),
        0,
        "table cells one per line are not headings"
    );
    assert_eq!(
        headings("说明\n\n一\n\n正文。\n\n三\n\n正文。\n").len(),
        0,
        "a bare 一 whose next bare numeral is not 二 opens nothing"
    );
}

#[test]
fn outer_list_continues_after_nested_lists_of_its_family() {
    let src = "一、回顾\n正文。\n二、主要任务\n调整投资结构的方向是：\n一、\n增加能源投资。\n二、\n控制非生产性投资。\n三、\n用于技术改造。\n正文。\n三、经济体制改革\n正文。\n四、对外政策\n";
    let doc = gongwen_parse::parse(src);
    let got: Vec<(u32, String, String)> = rows(&doc).into_iter().map(|r| (r.0, r.2, r.3)).collect();
    let want: Vec<(u32, String, String)> = [
        (1, "1", "一、"),
        (3, "1", "二、"),
        (5, "2", "一、"),
        (7, "2", "二、"),
        (9, "2", "三、"),
        (12, "1", "三、"),
        (14, "1", "四、"),
    ]
    .iter()
    .map(|&(l, d, m)| (l, d.to_string(), m.to_string()))
    .collect();
    assert_eq!(
        got, want,
        "a list introduced by a colon nests; 三、 then continues the outer list"
    );
}

#[test]
fn list_restarting_below_sentence_items_nests_under_its_family() {
    let src = "一、回顾\n正文。\n二、今后的任务\n（一）发展农业生产。\n正文。\n（二）继续改善人民生活。\n正文。\n一、\n稳定物价。\n二、\n增加就业。\n三、\n改善住房。\n三、对外政策\n正文。\n";
    let doc = gongwen_parse::parse(src);
    let got: Vec<(u32, String, String)> = rows(&doc).into_iter().map(|r| (r.0, r.2, r.3)).collect();
    let want: Vec<(u32, String, String)> = [
        (1, "1", "一、"),
        (3, "1", "二、"),
        (4, "2", "（一）"),
        (6, "2", "（二）"),
        (8, "2", "一、"),
        (10, "2", "二、"),
        (12, "2", "三、"),
        (14, "1", "三、"),
    ]
    .iter()
    .map(|&(l, d, m)| (l, d.to_string(), m.to_string()))
    .collect();
    assert_eq!(
        got, want,
        "一、 after the sentence item （二） opens a list beside it under 二、"
    );
}

#[test]
fn sequence_words_need_two_members() {
    assert_eq!(
        headings("首先，要提高认识。\n正文。\n").len(),
        0,
        "a lone 首先， is prose"
    );
    assert_eq!(
        headings("首先，要提高认识。\n其次，要落实责任。\n").len(),
        2,
        "two members start lines in the same parent"
    );
}

#[test]
fn ordinal_with_enumeration_comma_is_a_heading() {
    let src = "（三）各部门计划的安排\n　　计划草案的安排，主要如下。\n\n第一、关于基本建设\n\n　　今年的投资增加了。\n第一、二季度的生产都超过了计划。\n\n第二、关于工业生产\n\n　　工业总产值计划增长。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "heading", "1", "（三）", "各部门计划的安排"),
            row(4, "heading", "2", "第一、", "关于基本建设"),
            row(9, "heading", "2", "第二、", "关于工业生产"),
        ],
        "第一、 opens a heading like 第一，; 第一、二季度 counts quarters"
    );
}

#[test]
fn lone_sequence_word_opens_an_ordinal_list() {
    let src = "形势和任务\n中央提出了三项要求。\n\n首先，一定要把学习抓紧抓好。\n\n正文。\n\n第二，一定要加强队伍建设。\n\n正文：第一，改过来；第二，改不过来。\n\n第三，一定要把经济搞上去。\n\n正文。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "形势和任务"),
            row(4, "heading", "1", "首先，", "一定要把学习抓紧抓好"),
            row(8, "heading", "1", "第二，", "一定要加强队伍建设"),
            row(12, "heading", "1", "第三，", "一定要把经济搞上去"),
        ],
        "首先， followed by 第二， is the first item of the list"
    );
    assert_eq!(
        headings("首先，要提高认识。\n正文。\n第三，要落实责任。\n").len(),
        1,
        "a 首先， not followed by 第二， stays prose"
    );
}

#[test]
fn quotation_opened_above_the_first_numbered_line_hides_it() {
    let src = "同志们！\n\n我们这次大会很重要。\n\n毛主席教导我们，对于世界大战，有两条，“\n第一条，反对；第二条，不怕\n”。苏修都是纸老虎。\n\n一、关于形势\n\n形势大好。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![row(9, "heading", "1", "一、", "关于形势")],
        "a numbered line inside a quotation is no heading, also where it is the document's first numbered line"
    );
}

#[test]
fn repeated_sequence_word_is_no_list() {
    let src = "同志们！\n\n大会现在开幕了。\n\n首先，我提议：\n\n全体起立，静默致哀。\n\n中央提出了两项任务。\n\n首先，一定要把学习抓紧抓好。\n\n正文。\n\n第二，一定要加强队伍建设。\n\n正文。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(11, "heading", "1", "首先，", "一定要把学习抓紧抓好"),
            row(15, "heading", "1", "第二，", "一定要加强队伍建设"),
        ],
        "two 首先， lines are no 首先/其次 list: the first, followed by no 第二， of its own, stays prose"
    );
    assert_eq!(
        headings("首先，要提高认识。\n正文。\n首先，要落实责任。\n正文。\n").len(),
        0,
        "首先， twice is no list"
    );
    assert_eq!(
        headings("首先，要提高认识。\n其次，要落实责任。\n最后，要加强督查。\n").len(),
        3,
        "首先 其次 最后 ascend"
    );
}

#[test]
fn tree_rule_skips_restarts_and_run_in_items() {
    let src = "一、今后意见\n1．吸收新党员\n①工会学校\n②工人夜校\n2．成立工会\n二、现状\n一是健全机制。正文。\n二是强化引领。正文。\n下一步工作。\n一是扛牢责任。正文。\n（一）措施\n一、新的列表\n";
    let doc = gongwen_parse::parse(src);
    let got: Vec<(String, String)> = rows(&doc).into_iter().map(|r| (r.3, r.2)).collect();
    let want: Vec<(&str, &str)> = vec![
        ("一、", "1"),
        ("1．", "2"),
        ("①", "3"),
        ("②", "3"),
        ("2．", "2"),
        ("二、", "1"),
        ("一是", "2"),
        ("二是", "2"),
        ("一是", "2"),
        ("（一）", "2"),
        ("一、", "3"),
    ];
    let want: Vec<(String, String)> = want
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want, "level skips nest directly; run-in restarts are siblings; a 一、 list restarting inside （一） nests");
}

#[test]
fn encodings_give_the_same_outline() {
    let text = "某局关于加强学习的通知\n一、总体要求\n（一）提高认识。正文。\n";
    let utf8 = gongwen_parse::parse(text);
    let want = rows(&utf8);
    let (gbk, _, _) = encoding_rs::GB18030.encode(text);
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
        be.extend_from_slice(&u.to_be_bytes());
    }
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    for (name, bytes) in [
        ("GB18030", gbk.to_vec()),
        ("UTF-16LE", le),
        ("UTF-16BE", be),
        ("UTF-8 BOM", bom),
    ] {
        let doc = gongwen_parse::parse_bytes(&bytes).expect("decodes");
        assert_eq!(rows(&doc), want, "{name} should outline like UTF-8");
    }
}

#[test]
fn line_numbers_follow_lf_crlf_and_cr() {
    let src = "一、甲\r\n二、乙\r三、丙\n四、丁";
    let doc = gongwen_parse::parse(src);
    let lines: Vec<u32> = doc.outline().map(|r| r.line).collect();
    assert_eq!(lines, vec![1, 2, 3, 4]);
    assert_eq!(doc.reassemble().as_deref(), Some(src));
}

#[test]
fn marker_keeps_its_exact_text_and_style() {
    let doc = gongwen_parse::parse("(一)甲\n（二）乙\n1、丙\n2.丁\n");
    let styles: Vec<(String, MarkerFamily, gongwen_model::Delimiter)> = doc
        .nodes
        .iter()
        .filter_map(|n| n.as_heading())
        .map(|h| {
            (
                h.marker.text.to_string(),
                h.marker.family,
                h.marker.delimiter,
            )
        })
        .collect();
    use gongwen_model::Delimiter::*;
    assert_eq!(
        styles,
        vec![
            ("(一)".to_string(), MarkerFamily::CnParen, HalfParen),
            ("（二）".to_string(), MarkerFamily::CnParen, FullParen),
            ("1、".to_string(), MarkerFamily::ArabicEnum, Comma),
            ("2.".to_string(), MarkerFamily::ArabicEnum, Dot),
        ]
    );
}

#[test]
fn regulation_with_a_table_of_contents() {
    let src = "某市物业管理条例\n\n（2020年5月1日某市人民代表大会常务委员会通过）\n\n目录\n\n第一章　总则\n\n第二章　附则\n\n第一章　总则\n\n第一条　为了规范物业管理，制定本条例。\n\n第二章　附则\n\n第二条　本条例自公布之日起施行。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某市物业管理条例"),
            row(7, "toc", "-", "", "第一章　总则"),
            row(9, "toc", "-", "", "第二章　附则"),
            row(11, "heading", "1", "第一章", "总则"),
            row(13, "heading", "2", "第一条", "为了规范物业管理，制定本条例"),
            row(15, "heading", "1", "第二章", "附则"),
            row(17, "heading", "2", "第二条", "本条例自公布之日起施行"),
        ],
        "目录 entries are toc rows; the body starts where the first entry repeats"
    );
    assert!(
        !doc.is_compilation(),
        "chapters repeating the 目录 are not compilation articles"
    );
}

#[test]
fn title_above_a_date_line_past_unknown_chrome() {
    let src = "某省人民政府门户网站\n\n\n2026年某省政府工作报告\n（2026年1月25日在某省第十四届人民代表大会第四次会议上）\n省长 王五\n一、2025年工作回顾\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(4, "title", "0", "", "2026年某省政府工作报告"),
            row(7, "heading", "1", "一、", "2025年工作回顾")
        ]
    );
}

#[test]
fn speaker_name_is_not_part_of_the_title() {
    let src = "在全市工作会议上的讲话\n\n李四\n\n同志们：\n\n一、统一思想\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "在全市工作会议上的讲话"),
            row(7, "heading", "1", "一、", "统一思想")
        ]
    );
}

#[test]
fn date_line_deep_in_the_body_is_not_a_title_anchor() {
    let src = "关于做好春节期间疫情防控工作的通知\n\n各区、各有关单位：\n为切实做好春节期间疫情防控工作，保障人民群众生命安全和身体健康，现将有关事项通知如下，请认真贯彻执行。\n请各单位于2月10日前报送统计表，联系人：王五。\n统计表样式\n2020年2月份.xlsx\n传真：0898-12345678\n通讯地址：某市某路1号\n某市卫生健康委员会\n2020年2月1日\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![row(
            1,
            "title",
            "0",
            "",
            "关于做好春节期间疫情防控工作的通知"
        )]
    );
}

#[test]
fn title_above_the_date_skips_toolbar_and_source_lines() {
    let src = "某省要闻\n\n某省召开全省经济工作会议\n【字号 大 中 小】\n2026-01-05 10:00:00  来源：某省日报\n会议指出，今年全省经济运行稳中有进。\n一、主要成绩\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(3, "title", "0", "", "某省召开全省经济工作会议"),
            row(7, "heading", "1", "一、", "主要成绩")
        ]
    );
}

#[test]
fn parenthesised_note_is_not_part_of_the_title() {
    let src = "论新时代的文风建设\n（本文根据作者在某次座谈会上的发言整理）\n文风问题不是小问题，\n它关系到党的形象。\n一、文风的重要性\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "论新时代的文风建设"),
            row(5, "heading", "1", "一、", "文风的重要性")
        ]
    );
}

#[test]
fn draft_label_and_year_line_belong_to_the_title_block() {
    let src = "某市物业管理条例\n（草案）\n\n第一章　总则\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某市物业管理条例（草案）"),
            row(4, "heading", "1", "第一章", "总则")
        ]
    );
    let src = "某县人民政府工作报告\n（2026年）\n一、过去一年的工作\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某县人民政府工作报告"),
            row(3, "heading", "1", "一、", "过去一年的工作")
        ]
    );
}

#[test]
fn traditional_characters_in_markers_and_numerals() {
    let src = "某會章程\n目錄\n第一章　總則\n第二章　會員\n第一章　總則\n第一條　本會定名為某會。\n第二節　會員\n第十二條　會員的權利。\n首先，要明確宗旨。\n最後，要加強管理。\n";
    let doc = gongwen_parse::parse(src);
    let got: Vec<_> = rows(&doc)
        .into_iter()
        .filter(|r| r.1 == "heading")
        .map(|r| (r.3, r.4))
        .collect();
    let want: Vec<(String, String)> = [
        ("第一章", "總則"),
        ("第一條", "本會定名為某會"),
        ("第二節", "會員"),
        ("第十二條", "會員的權利"),
        ("首先，", "要明確宗旨"),
        ("最後，", "要加強管理"),
    ]
    .iter()
    .map(|(m, t)| (m.to_string(), t.to_string()))
    .collect();
    assert_eq!(got, want);
    assert_eq!(rows(&doc).iter().filter(|r| r.1 == "toc").count(), 2);
}

#[test]
fn unfinished_title_line_joins_the_line_that_names_the_genre() {
    let src = "国务院办公厅关于印发\n部分节假日安排的通知\n国办发明电〔2024〕12号\n各省、自治区、直辖市人民政府：\n一、元旦\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(
                1,
                "title",
                "0",
                "",
                "国务院办公厅关于印发部分节假日安排的通知"
            ),
            row(5, "heading", "1", "一、", "元旦")
        ]
    );
}

#[test]
fn title_ending_with_its_document_number_is_a_title() {
    let src = "某市办公室印发《实施意见》的通知(岳办发〔2017〕2号)\n\n各县市区:\n一、总体要求\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(
                1,
                "title",
                "0",
                "",
                "某市办公室印发《实施意见》的通知(岳办发〔2017〕2号)"
            ),
            row(4, "heading", "1", "一、", "总体要求")
        ]
    );
}

#[test]
fn page_metadata_with_ascii_colons_and_bullets_is_not_the_title() {
    let src = "您当前所在位置:\n【阅读全文】\n• 公告通知\n\n关于举办总结大会的通知\n\n发布时间:2011-11-07\n\n07.07.2017  20:38\n\n各部门:\n一、会议时间\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(5, "title", "0", "", "关于举办总结大会的通知"),
            row(12, "heading", "1", "一、", "会议时间")
        ]
    );
}

#[test]
fn amendment_lines_citing_articles_are_not_headings() {
    let src = "决定如下：\n一、修改\n1.在《某条例》第七条中增加一项。\n第九条修改为：“本条例自公布之日起施行。”\n第十三条后增加一条，作为第十四条。\n2.删去第二十条。\n";
    assert_eq!(
        headings(src),
        vec![
            ("一、".to_string(), "修改".to_string()),
            ("1.".to_string(), "在《某条例》第七条中增加一项".to_string()),
            ("2.".to_string(), "删去第二十条".to_string()),
        ]
    );
}

#[test]
fn inserted_article_keeps_its_suffix_in_the_marker() {
    let src =
        "第一章　总则\n第十七条　甲。\n第十七条之一　乙。\n第十七条之二　丙。\n第十八条　丁。\n";
    assert_eq!(
        headings(src),
        vec![
            ("第一章".to_string(), "总则".to_string()),
            ("第十七条".to_string(), "甲".to_string()),
            ("第十七条之一".to_string(), "乙".to_string()),
            ("第十七条之二".to_string(), "丙".to_string()),
            ("第十八条".to_string(), "丁".to_string()),
        ]
    );
    let doc = gongwen_parse::parse(src);
    let codes: Vec<&str> = gongwen_parse::check::check(&doc)
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert!(
        !codes.iter().any(|c| c.starts_with("numbering-")),
        "inserted articles are outside the count: {codes:?}"
    );
}

#[test]
fn bracketed_note_is_never_a_title() {
    let src = "（此件公开发布）\n\n各区人民政府：\n一、工作目标\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(rows(&doc), vec![row(4, "heading", "1", "一、", "工作目标")]);
    let src = "（本文根据录音整理）\n关于加强作风建设的几点思考\n一、问题的提出\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(2, "title", "0", "", "关于加强作风建设的几点思考"),
            row(3, "heading", "1", "一、", "问题的提出")
        ]
    );
}

#[test]
fn line_whose_sentence_runs_on_past_a_footnote_link_is_not_a_title() {
    let src = "习近平总书记强调要坚持以人民为中心的发展思想\n[\n1\n]\n，这是我们工作的出发点。\n一、基本情况\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(rows(&doc), vec![row(6, "heading", "1", "一、", "基本情况")]);
}

#[test]
fn note_of_when_the_text_takes_effect_is_not_part_of_the_title() {
    let src = "某某法修正案（三）\n\n本修正案自2021年3月1日起实行\n\n2020年12月26日 某某会议通过\n\n将某某法第十条修改为：“……。”\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![row(1, "title", "0", "", "某某法修正案（三）")]
    );
}

#[test]
fn note_that_the_text_takes_effect_on_publication_is_not_part_of_the_title() {
    // The date is fixed by an event (`自公布之日起`), not written out.
    let src = "某某法修正案（二）\n\n本修正案自公布之日起实行\n\n2001年8月31日 某某会议通过\n\n将某某法第十条修改为：“……。”\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![row(1, "title", "0", "", "某某法修正案（二）")]
    );
}

#[test]
fn numbered_annexed_table_after_the_last_article_is_an_annex() {
    // A law appends its tables as `附表一`, `附表二`; the numbered captions
    // inside a table nest under it, not under the last article.
    let src = "某某税法\n\n第一条 为了规范征收，制定本法。\n\n第二条 本法自公布之日起施行。\n\n附表一\n\n某某税目税额表\n\n附表二\n\n某某当量值表\n\n一、第一类当量值\n\n二、第二类当量值\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某某税法"),
            row(3, "heading", "1", "第一条", "为了规范征收，制定本法"),
            row(5, "heading", "1", "第二条", "本法自公布之日起施行"),
            row(7, "annex", "1", "附表一", "某某税目税额表"),
            row(11, "annex", "1", "附表二", "某某当量值表"),
            row(15, "heading", "2", "一、", "第一类当量值"),
            row(17, "heading", "2", "二、", "第二类当量值"),
        ]
    );
}

#[test]
fn lone_circled_one_with_no_second_is_a_footnote_not_a_heading() {
    // `① ` set off by a space under the last article, no `②` after it: a
    // note, not a list.
    let src = "某某法\n\n第一条 为了规范管理，制定本法。\n\n第二条 本法自2020年1月1日起施行。\n\n① 本法历次修正的施行日期，依据各修正案确定。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某某法"),
            row(3, "heading", "1", "第一条", "为了规范管理，制定本法"),
            row(5, "heading", "1", "第二条", "本法自2020年1月1日起施行"),
        ]
    );
    // With a `②` below it, `①` opens a list.
    let src = "一、工作安排\n\n①制定方案\n\n方案报领导小组审定。\n\n②组织实施\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "heading", "1", "一、", "工作安排"),
            row(3, "heading", "2", "①", "制定方案"),
            row(7, "heading", "2", "②", "组织实施"),
        ]
    );
    // Run into its text, a lone `①` stays an item.
    let src = "一、工作安排\n①制定方案\n二、其他\n";
    assert_eq!(headings(src).len(), 3);
}

#[test]
fn run_in_list_under_an_ordinal_heading_alone_on_its_line_nests_under_it() {
    // `第一，…。` stands alone between blank lines; the `一是…` paragraphs
    // below it are its items.
    let src = "二、主要任务\n\n\n第一，加快经济改革步伐。\n\n\n抓好几个重要环节。\n\n一是转换经营机制。增强企业活力。\n\n二是培育市场体系。发展商品市场。\n\n\n第二，扩大对外开放。\n\n\n对外开放的地域要扩大。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "heading", "1", "二、", "主要任务"),
            row(4, "heading", "2", "第一，", "加快经济改革步伐"),
            row(9, "heading", "3", "一是", "转换经营机制"),
            row(11, "heading", "3", "二是", "培育市场体系"),
            row(14, "heading", "2", "第二，", "扩大对外开放"),
        ]
    );
    // A `第二，` after a lone `首先，` alone on its line continues that list.
    let src = "一、形势和任务\n\n\n首先，要把斗争进行到底。\n\n\n斗争仍然是中心。\n\n\n第二，要加强党的建设。\n\n\n首先要治党。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "heading", "1", "一、", "形势和任务"),
            row(4, "heading", "2", "首先，", "要把斗争进行到底"),
            row(10, "heading", "2", "第二，", "要加强党的建设"),
        ]
    );
    // `一是…。` on its own line but run into its body below: a list of
    // its own, and a later `第一，` list is its sibling.
    let src = "一、主要工作\n一是加强组织领导。\n正文一。\n二是强化督查。\n正文二。\n下一步，我们将：\n第一，完善制度。继续推进。\n";
    let doc = gongwen_parse::parse(src);
    let depths: Vec<String> = rows(&doc).into_iter().map(|r| r.2).collect();
    assert_eq!(depths, vec!["1", "2", "2", "2"]);
}

#[test]
fn attachment_label_alone_above_a_numbered_list_is_the_attachment_list() {
    // `附件：` alone, its items on the lines below, then the signature: the
    // list of what is attached, not an annex; the annexes follow.
    let src = "关于开展检查的通知\n\n一、检查范围\n\n全县各类企业。\n\n附件：\n\n1.检查登记表\n\n2.检查汇总表\n\n某县人民政府办公室\n\n2015年3月2日\n\n附件1\n\n检查登记表\n\n单位名称\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "关于开展检查的通知"),
            row(3, "heading", "1", "一、", "检查范围"),
            row(17, "annex", "1", "附件1", "检查登记表"),
        ]
    );
    // One name under the label, then the signature date.
    let src = "关于开展检查的通知\n\n一、检查范围\n\n全县各类企业。\n\n附件\n\n检查登记表\n\n某县人民政府办公室\n\n2015年3月2日\n\n附件\n\n检查登记表\n\n单位名称\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "关于开展检查的通知"),
            row(3, "heading", "1", "一、", "检查范围"),
            row(15, "annex", "1", "附件", "检查登记表"),
        ]
    );
    // An annex whose title is followed by its content stays an annex.
    let src = "关于开展检查的通知\n\n一、检查范围\n\n全县各类企业。\n\n附件：\n\n检查登记表\n\n单位名称\n负责人\n填报日期\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc).last(),
        Some(&row(7, "annex", "1", "附件：", "检查登记表"))
    );
}

#[test]
fn attached_text_headed_by_fu_colon_alone_is_an_annex() {
    // A law closes with `附：` and the text it annexes; the items of that
    // text nest under the annex, not under the last article.
    let src = "某某标志法\n\n第一条 为了规范标志的使用，制定本法。\n\n第二条 本法自公布之日起施行。\n\n附：\n\n标志制法说明\n\n（1950年9月20日公布）\n\n（一）标志为红色。\n\n（二）标志的尺度如下：\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某某标志法"),
            row(3, "heading", "1", "第一条", "为了规范标志的使用，制定本法"),
            row(5, "heading", "1", "第二条", "本法自公布之日起施行"),
            row(7, "annex", "1", "附：", "标志制法说明"),
            row(13, "heading", "2", "（一）", "标志为红色"),
            row(15, "heading", "2", "（二）", "标志的尺度如下："),
        ]
    );
}

#[test]
fn date_written_with_a_white_circle_for_zero_is_not_a_title() {
    let src = "某市人民政府关于加强安全生产工作的通知\n某市人民政府关于加强安全生产工作的通知\n\n二○一二年一月九日\n\n各县区人民政府：\n\n一、提高认识\n\n各地要高度重视。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(
                1,
                "title",
                "0",
                "",
                "某市人民政府关于加强安全生产工作的通知"
            ),
            row(8, "heading", "1", "一、", "提高认识"),
        ]
    );
}

#[test]
fn title_printed_twice_is_complete() {
    // A citation header, the title twice, then a short line: the title is
    // one row; the line below it does not join it.
    let src = "【法宝引证码】 CLI.12.1\n原文链接：https://example.com/x.html\n某市人民政府关于加强安全生产工作的通知\n某市人民政府关于加强安全生产工作的通知\n\n某市人民政府办公室\n\n各县区人民政府：\n\n一、提高认识\n\n各地要高度重视。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(
                3,
                "title",
                "0",
                "",
                "某市人民政府关于加强安全生产工作的通知"
            ),
            row(10, "heading", "1", "一、", "提高认识"),
        ]
    );
}

#[test]
fn attachment_list_numbered_in_any_list_family_is_not_headings() {
    // `附件：一、…` continued by `二、…`, `附件：（1）…` by `（2）…`.
    for (first, second) in [("一、", "二、"), ("（1）", "（2）"), ("1、", "2、")] {
        let src = format!(
            "关于开展检查的通知\n\n一、检查范围\n\n全县各类企业。\n\n附件：{first}检查登记表\n      {second}检查汇总表\n\n某县人民政府办公室\n\n2015年3月2日\n"
        );
        let doc = gongwen_parse::parse(&src);
        assert_eq!(
            rows(&doc),
            vec![
                row(1, "title", "0", "", "关于开展检查的通知"),
                row(3, "heading", "1", "一、", "检查范围"),
            ],
            "items numbered {first} {second}"
        );
    }
}

#[test]
fn section_label_below_the_title_does_not_join_it() {
    let src = "某某国基本法\n\n\n\n序　言\n\n某某国是历史悠久的国家。各族人民共同创造了灿烂的文化。\n\n第一章 总纲\n\n第一条 本法是根本法。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某某国基本法"),
            row(9, "heading", "1", "第一章", "总纲"),
            row(11, "heading", "2", "第一条", "本法是根本法"),
        ]
    );
}

#[test]
fn case_report_section_label_does_not_join_the_title() {
    let src = "消费者可以请求十倍赔偿\n\n关键词\u{3000}\n\n民事、买卖合同。\n\n基本案情\n\n原告在被告处购买香肠，其中部分已过保质期。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![row(1, "title", "0", "", "消费者可以请求十倍赔偿")]
    );
}

#[test]
fn items_inside_a_quotation_over_several_paragraphs_are_not_headings() {
    // Each quoted paragraph opens with “ and only the last one closes; an
    // item line without its own “ is still inside the quotation.
    let src = "某某法修正案\n\n一、将第十条修改为：“有关单位应当履行职责。\n\n“有下列情形之一的，依法处理：\n\n（一）拒不履行职责的；\n\n（二）弄虚作假的。”\n\n二、本修正案自公布之日起施行。\n";
    assert_eq!(
        headings(src),
        vec![
            (
                "一、".to_string(),
                "将第十条修改为：“有关单位应当履行职责。".to_string()
            ),
            ("二、".to_string(), "本修正案自公布之日起施行".to_string()),
        ]
    );
}

#[test]
fn numbered_notes_under_a_notes_label_are_not_headings() {
    // Footnotes under `注：`, each numbered on its own line, and a table's
    // notes whose first item shares the label's line.
    let src = "一、工作回顾\n\n一年来，各项工作稳步推进。\n\n二、下一步安排\n\n要继续努力。\n\n注：\n\n① 某某：《论文集》第1卷，第20页。\n\n② 某某：《选集》第2卷，第35页。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "heading", "1", "一、", "工作回顾"),
            row(5, "heading", "1", "二、", "下一步安排"),
        ]
    );
    let src = "一、基本情况\n\n全县共有企业120家。\n\n注：1.数据截至年底。\n2.不含个体户。\n\n二、存在问题\n\n1.监管力量不足。\n";
    assert_eq!(
        headings(src),
        vec![
            ("一、".to_string(), "基本情况".to_string()),
            ("二、".to_string(), "存在问题".to_string()),
            ("1.".to_string(), "监管力量不足".to_string()),
        ]
    );
}

#[test]
fn title_printed_twice_with_other_bracket_forms_is_one_title() {
    // Legal databases print the title twice, the inner book-title marks
    // once as ＜＞ and once as 〈〉: still one title, at its first line.
    let src = "【法宝引证码】 CLI.12.1\n某局关于印发《＜某市扶持措施＞申报指引》的通知\n\n某局关于印发《〈某市扶持措施〉申报指引》的通知\n\n（某规〔2019〕1号）\n\n各有关单位：\n\n一、申报范围\n\n本市注册的企业。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(
                2,
                "title",
                "0",
                "",
                "某局关于印发《＜某市扶持措施＞申报指引》的通知"
            ),
            row(10, "heading", "1", "一、", "申报范围"),
        ]
    );
}

#[test]
fn ascii_quote_closing_a_curly_quote_does_not_hide_the_sentence_end() {
    // Exports that write “五小" for “五小”: the heading title still stops
    // at the first 。 after the quotation.
    let src = "一、核查要求\n1.核查样本：“五小\"行业5个、公共厕所2间。样本量会有所增加。\n2.交付成果：报告一份。\n";
    assert_eq!(
        headings(src),
        vec![
            ("一、".to_string(), "核查要求".to_string()),
            (
                "1.".to_string(),
                "核查样本：“五小\"行业5个、公共厕所2间".to_string()
            ),
            ("2.".to_string(), "交付成果：报告一份".to_string()),
        ]
    );
}

#[test]
fn attachment_list_of_numbered_labels_is_not_annexes() {
    // `附件：` alone over `附件1.…` `附件2.…` that only name the files, with
    // no annexed text after them: the attachment list, not annexes.
    let src = "某委关于开展评估项目的公告\n\n一、评估内容\n\n对申报镇进行现场核查。\n\n附件：\n附件1.评估要求和说明.docx\n附件2.现场检查表.docx\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某委关于开展评估项目的公告"),
            row(3, "heading", "1", "一、", "评估内容"),
        ]
    );
    // The same labels with annexed text below them stay annexes.
    let src = "某委关于开展评估项目的公告\n\n一、评估内容\n\n对申报镇进行现场核查。\n\n附件：\n附件1.评估要求和说明\n\n本要求适用于全市各镇的现场核查工作，由专家组执行。\n";
    let doc = gongwen_parse::parse(src);
    assert!(
        rows(&doc).iter().any(|r| r.1 == "annex" && r.3 == "附件1."),
        "an annex with text below it is an annex: {:?}",
        rows(&doc)
    );
}

#[test]
fn a_number_with_a_closing_parenthesis_is_the_level_below_paren_numbers() {
    // Long notices number a fifth level `1）` below `（1）`; the list ends
    // where a `（2）` or a `10．` continues an outer list.
    let src = "一、申报材料\n\n9．出资证明材料：\n\n（1）公司制基金：验资报告；\n\n（2）合伙制基金：\n\n1）合伙协议；\n\n2）银行托管协议；\n\n10．管理企业验资报告；\n\n二、办理流程\n\n1)网上申报。\n2)窗口受理。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "heading", "1", "一、", "申报材料"),
            row(3, "heading", "2", "9．", "出资证明材料："),
            row(5, "heading", "3", "（1）", "公司制基金：验资报告"),
            row(7, "heading", "3", "（2）", "合伙制基金："),
            row(9, "heading", "4", "1）", "合伙协议"),
            row(11, "heading", "4", "2）", "银行托管协议"),
            row(13, "heading", "2", "10．", "管理企业验资报告"),
            row(15, "heading", "1", "二、", "办理流程"),
            row(17, "heading", "2", "1)", "网上申报"),
            row(18, "heading", "2", "2)", "窗口受理"),
        ]
    );
    // Not a marker: three digits before `）` (an amount).
    assert!(headings("100）万元以上的项目。\n").is_empty());
}

#[test]
fn a_long_title_printed_twice_or_over_a_document_number_is_the_title() {
    // Titles naming a long project or forwarding a long-named document run
    // past the usual title length; printed twice, or standing over the
    // document number, they are still the title.
    let name = "某市住房和城乡建设局关于征询对某某电站送电某某某某特高压多端直流示范工程某某受端交流配套工程(某某段)建设的通告意见的通知";
    assert!(name.chars().count() > 60);
    let src = format!(
        "【法宝引证码】 CLI.12.1\n{name}\n{name}\n　　为加快推进工程建设，我局草拟了通告（见附件）。现向社会公开征求意见。\n某市某局\n2019年9月20日\n"
    );
    let doc = gongwen_parse::parse(&src);
    assert_eq!(rows(&doc), vec![row(2, "title", "0", "", name)]);
    let src = format!(
        "{name}\n\n（某办发〔2019〕1号）\n\n各有关单位：\n\n一、工作要求\n\n请认真执行。\n"
    );
    let doc = gongwen_parse::parse(&src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", name),
            row(7, "heading", "1", "一、", "工作要求"),
        ]
    );
    // A long line printed once, with nothing under it that marks a title,
    // stays text.
    let src = format!("{name}\n\n一、工作要求\n\n请认真执行。\n");
    let doc = gongwen_parse::parse(&src);
    assert!(
        rows(&doc).iter().all(|r| r.1 != "title"),
        "{:?}",
        rows(&doc)
    );
}

#[test]
fn an_item_whose_text_opens_with_a_year_continues_its_list() {
    // `8.2021年度…` after `7.` is item 8 (its text starts with a year); the
    // same shape opening a list, or after an item of another dot, is text.
    let src = "一、申报要求\n\n6.积极开发科研助理岗位。\n\n7.申报材料须与纸质材料一致。\n\n8.2021年度项目详细申报要求详见附件4。\n\n二、申报系统\n\n1.2021年度项目统一在网上申报。\n\n1．网上申报。\n\n2.2021年起实行新办法。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "heading", "1", "一、", "申报要求"),
            row(3, "heading", "2", "6.", "积极开发科研助理岗位"),
            row(5, "heading", "2", "7.", "申报材料须与纸质材料一致"),
            row(7, "heading", "2", "8.", "2021年度项目详细申报要求详见附件4"),
            row(9, "heading", "1", "二、", "申报系统"),
            row(13, "heading", "2", "1．", "网上申报"),
        ]
    );
}

#[test]
fn an_item_whose_text_opens_with_a_digit_between_its_neighbours_continues_its_list() {
    // `3.5G工厂…` between `2.` and `4.` is item 3 (its text opens with a
    // digit); `2.5亿元…` after `1.` with no `3.` below is an amount.
    let src = "一、名词解释\n1.“三通”：政务通、企业通。\n2.“两新”：设备更新和以旧换新。\n3.5G工厂：应用第五代移动通信网络的工厂。\n4.“双一流”：一流大学和一流学科。\n二、资金安排\n1.省级资金已经下达。\n2.5亿元专项资金年内到位。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "heading", "1", "一、", "名词解释"),
            row(2, "heading", "2", "1.", "“三通”：政务通、企业通"),
            row(3, "heading", "2", "2.", "“两新”：设备更新和以旧换新"),
            row(
                4,
                "heading",
                "2",
                "3.",
                "5G工厂：应用第五代移动通信网络的工厂"
            ),
            row(5, "heading", "2", "4.", "“双一流”：一流大学和一流学科"),
            row(6, "heading", "1", "二、", "资金安排"),
            row(7, "heading", "2", "1.", "省级资金已经下达"),
        ]
    );
}

#[test]
fn numbered_list_under_an_ordinal_heading_alone_on_its_line_nests_under_it() {
    // `第一，…` stands alone between blank lines as a section heading; the
    // `（一）` items below it are its items, and `第二，` is its sibling,
    // not a child of the last item.
    let src = "三、加快经济建设\n\n\n第一，全力以赴，办好农业\n\n\n农业是基础。采取以下措施：\n\n（一）抓好粮食基地，使商品粮逐年增加。\n\n（二）有计划地开垦荒地。\n\n\n第二，发展基础工业\n\n\n工业要加快发展。\n\n\n四、发展科学教育\n\n\n教育是根本。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "heading", "1", "三、", "加快经济建设"),
            row(4, "heading", "2", "第一，", "全力以赴，办好农业"),
            row(
                9,
                "heading",
                "3",
                "（一）",
                "抓好粮食基地，使商品粮逐年增加"
            ),
            row(11, "heading", "3", "（二）", "有计划地开垦荒地"),
            row(14, "heading", "2", "第二，", "发展基础工业"),
            row(20, "heading", "1", "四、", "发展科学教育"),
        ]
    );
    // Run into its text, `第一，` is an item: a `（一）` list below it is
    // not its child.
    let src = "三、加快经济建设\n\n第一，办好农业。农业是基础。\n\n（一）抓好粮食基地。\n";
    let doc = gongwen_parse::parse(src);
    let depths: Vec<String> = rows(&doc).into_iter().map(|r| r.2).collect();
    assert_eq!(depths, vec!["1", "2", "2"]);
}

#[test]
fn a_heading_cut_inside_an_open_quote_continues_on_the_next_lines() {
    // An export that broke the line at a link inside a quotation: the item's
    // first sentence runs on until the quote closes and a sentence ends.
    let src = "名词解释\n1.“联合攻关”：企业出题、院所答题“联合\n攻关\n”的简称，由牵头单位组织实施；成果归双方共有。\n2.“两新”：指设备更新和以旧换新。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        headings(src),
        vec![
            (
                "1.".to_string(),
                "“联合攻关”：企业出题、院所答题“联合攻关”的简称，由牵头单位组织实施".to_string()
            ),
            ("2.".to_string(), "“两新”：指设备更新和以旧换新".to_string()),
        ],
        "{:?}",
        rows(&doc)
    );
    // A quote left open by a typo, with no close in the lines below, does not
    // pull the paragraph into the title.
    let src = "一、关于“加强管理\n各单位要“高度重视”。\n二、工作要求\n";
    assert_eq!(
        headings(src),
        vec![
            ("一、".to_string(), "关于“加强管理".to_string()),
            ("二、".to_string(), "工作要求".to_string()),
        ]
    );
}

#[test]
fn a_heading_line_broken_before_a_continuation_mark_runs_on() {
    // Link-broken lines: the heading's sentence goes on past a short
    // fragment (`落实`) to a line that opens with a clause mark (`；`).
    let src = "一、工作要求\n1.明确责任：由牵头部门带队伍、抓\n落实\n；配合部门协同推进。\n2.加强督导\n定期通报进展。\n3.严格考核\n，按季度排名。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        headings(src),
        vec![
            ("一、".to_string(), "工作要求".to_string()),
            (
                "1.".to_string(),
                "明确责任：由牵头部门带队伍、抓落实".to_string()
            ),
            ("2.".to_string(), "加强督导".to_string()),
            ("3.".to_string(), "严格考核，按季度排名".to_string()),
        ],
        "{:?}",
        rows(&doc)
    );
}

#[test]
fn a_subtitle_written_with_horizontal_bars_anchors_the_title() {
    // GB2312 text decoded with the older mapping writes the dash of a
    // subtitle as U+2015 (――): it is a subtitle all the same.
    let src = "首页 > 要闻\n学习园地\n在新起点上奋力开创工作新局面\n――在全省宣传工作会议上的讲话\n张某\n同志们：\n现在，我讲三点意见，供大家参考和讨论，请大家结合实际认真抓好落实。\n一、充分肯定成绩\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(3, "title", "0", "", "在新起点上奋力开创工作新局面"),
            row(8, "heading", "1", "一、", "充分肯定成绩"),
        ]
    );
    assert!(gongwen_parse::furniture::is_subtitle(
        "――2026年1月27日在某省第十四届人民代表大会第四次会议上"
    ));
}

#[test]
fn ordinal_with_a_dash_comma_before_a_word_opening_with_yi_is_a_heading() {
    // `第二、一定要…`: the text after `第二、` opens with 一定 (a word, not
    // the next number of a counted list like `第一、二季度`), so the line is
    // the second item of the list.
    let src = "利用外资必须把握三条原则：\n\n　　第一、借外债的总额要有控制；\n\n　　第二、一定要用在生产建设上；\n\n　　第三、一些项目要讲求效益。\n\n第一、二季度增长较快。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(3, "heading", "1", "第一、", "借外债的总额要有控制"),
            row(5, "heading", "1", "第二、", "一定要用在生产建设上"),
            row(7, "heading", "1", "第三、", "一些项目要讲求效益"),
        ]
    );
}

#[test]
fn sentence_hard_wrapped_at_a_link_is_not_the_title() {
    // A resolution opens straight into its body; the web copy broke the
    // first sentence where a link stood (`…所作的` / `政府工作报告` /
    // `。会议…`). The lines above the `。` are that sentence, not a title.
    let src = "某市人民代表大会第三次会议听取和审议了市长所作的\n政府工作报告\n。会议充分肯定市政府过去一年的工作，决定批准这个报告。\n\n会议号召，全市人民团结奋斗！\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(rows(&doc), vec![]);
    // A wrapped title with its body below keeps its title.
    let src = "某市人民政府关于做好\n春节期间工作的通知\n\n各区人民政府：\n\n一、总体要求\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(
                1,
                "title",
                "0",
                "",
                "某市人民政府关于做好春节期间工作的通知"
            ),
            row(6, "heading", "1", "一、", "总体要求"),
        ]
    );
}

#[test]
fn signature_and_date_under_the_addressee_do_not_anchor_the_title() {
    // A notice issuing a document: the signature and its date follow the
    // addressee and a short covering sentence; they are not a title over a
    // date line, and the notice's own title stays the title.
    let src = "某市交通局关于印发某某办法的通知\n\n各区交通局：\n\n　　现将《某某办法》印发给你们，请遵照执行。\n\n某市交通局\n2019年3月1日\n\n某某办法\n\n　　一、适用范围\n\n　　本办法适用于全市。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某市交通局关于印发某某办法的通知"),
            row(12, "heading", "1", "一、", "适用范围"),
        ]
    );
    // The same in an export that prints the title twice.
    let src = "某市交通局关于印发某某办法的通知\n某市交通局关于印发某某办法的通知\n各区交通局：\n　　现将《某某办法》印发给你们，请遵照执行。\n某市交通局\n2019年3月1日\n某某办法\n　　一、适用范围\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某市交通局关于印发某某办法的通知"),
            row(8, "heading", "1", "一、", "适用范围"),
        ]
    );
}

#[test]
fn numbered_parts_that_group_articles_rank_above_them() {
    // A judicial interpretation grouping its articles under `一、` parts:
    // the articles nest under the part, and the next part closes them.
    let src = "最高人民法院关于适用某某法的解释\n\n一、一般规定\n\n第一条 本解释适用于某某案件。\n\n第二条 人民法院应当依法审理。\n\n二、溯及适用\n\n第三条 下列情形，适用本解释：\n\n（一）合同成立于施行前的；\n\n（二）侵权行为发生于施行前的。\n\n三、附则\n\n第四条 本解释自公布之日起施行。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "最高人民法院关于适用某某法的解释"),
            row(3, "heading", "1", "一、", "一般规定"),
            row(5, "heading", "2", "第一条", "本解释适用于某某案件"),
            row(7, "heading", "2", "第二条", "人民法院应当依法审理"),
            row(9, "heading", "1", "二、", "溯及适用"),
            row(11, "heading", "2", "第三条", "下列情形，适用本解释："),
            row(13, "heading", "3", "（一）", "合同成立于施行前的"),
            row(15, "heading", "3", "（二）", "侵权行为发生于施行前的"),
            row(17, "heading", "1", "三、", "附则"),
            row(19, "heading", "2", "第四条", "本解释自公布之日起施行"),
        ]
    );
    // `（一）` parts under a `一、` part group articles the same way; the
    // items of an article still nest under it.
    let src = "最高人民法院关于适用某某担保制度的解释\n\n一、关于一般规定\n\n第一条 本解释适用于担保纠纷。\n\n二、关于担保物权\n\n（一）担保合同的效力\n\n第二条 当事人约定的担保有效。\n\n第三条 有下列情形之一的，担保无效：\n\n（一）违反法律规定的；\n\n（二）违背公序良俗的。\n\n（二）动产与权利担保\n\n第四条 动产抵押应当登记。\n\n三、附则\n\n第五条 本解释自公布之日起施行。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(
                1,
                "title",
                "0",
                "",
                "最高人民法院关于适用某某担保制度的解释"
            ),
            row(3, "heading", "1", "一、", "关于一般规定"),
            row(5, "heading", "2", "第一条", "本解释适用于担保纠纷"),
            row(7, "heading", "1", "二、", "关于担保物权"),
            row(9, "heading", "2", "（一）", "担保合同的效力"),
            row(11, "heading", "3", "第二条", "当事人约定的担保有效"),
            row(13, "heading", "3", "第三条", "有下列情形之一的，担保无效："),
            row(15, "heading", "4", "（一）", "违反法律规定的"),
            row(17, "heading", "4", "（二）", "违背公序良俗的"),
            row(19, "heading", "2", "（二）", "动产与权利担保"),
            row(21, "heading", "3", "第四条", "动产抵押应当登记"),
            row(23, "heading", "1", "三、", "附则"),
            row(25, "heading", "2", "第五条", "本解释自公布之日起施行"),
        ]
    );
    // A notice's own `一、` list followed by the articles of the rules it
    // issues stays apart from them: no part continues after an article.
    let src = "某某局关于印发某某办法的通知\n\n一、提高认识\n\n各单位要重视。\n\n二、抓好落实\n\n请遵照执行。\n\n某某办法\n\n第一条 为了规范管理，制定本办法。\n\n第二条 本办法自发布之日起施行。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某某局关于印发某某办法的通知"),
            row(3, "heading", "1", "一、", "提高认识"),
            row(7, "heading", "1", "二、", "抓好落实"),
            row(13, "heading", "1", "第一条", "为了规范管理，制定本办法"),
            row(15, "heading", "1", "第二条", "本办法自发布之日起施行"),
        ]
    );
}

#[test]
fn sub_numbered_annex_labels_open_annexes() {
    // `附件2-1` / `附件2-2：…` open the parts of an annex like `附件1` does.
    let src = "某某局关于做好某某工作的通知\n\n各单位：\n\n　　一、工作要求\n\n　　请遵照执行。\n\n某某局\n2019年1月1日\n\n附件1\n\n某某方案\n\n　　一、目标\n\n附件2-1\n\n某某统计表（一）\n\n附件2-2：某某统计表（二）\n\n序号\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某某局关于做好某某工作的通知"),
            row(5, "heading", "1", "一、", "工作要求"),
            row(12, "annex", "1", "附件1", "某某方案"),
            row(16, "heading", "2", "一、", "目标"),
            row(18, "annex", "1", "附件2-1", "某某统计表（一）"),
            row(22, "annex", "1", "附件2-2：", "某某统计表（二）"),
        ]
    );
    // A file name after a sub-numbered label names an attachment, not an
    // annexed text.
    assert_eq!(
        gongwen_parse::furniture::annex_line("附件2-1.统计表.docx"),
        None
    );
}

#[test]
fn part_label_over_the_enactment_date_belongs_to_the_title() {
    // One part of a code printed on its own: the code's name, then the part
    // (`附则`, `总则`) over the enactment lines. The label is the title's
    // second part, as a book's name (`婚姻家庭编`) is.
    let src = "中华人民共和国某某法典\n\n附则\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n第九百条 本法自2021年1月1日起施行。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "中华人民共和国某某法典附则"),
            row(7, "heading", "1", "第九百条", "本法自2021年1月1日起施行"),
        ]
    );
    // A label heading the body under a title with no date stays out of it.
    let src = "某某市物业管理条例\n\n总则\n\n第一条 为了规范物业管理，制定本条例。\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某某市物业管理条例"),
            row(5, "heading", "1", "第一条", "为了规范物业管理，制定本条例"),
        ]
    );
}

#[test]
fn a_long_addressee_list_also_ends_the_front_matter() {
    // Addressees listing many offices run past any length limit; the line
    // still opens the notice's text, so the signature below anchors nothing.
    let src = "某市财政局关于印发某某制度的通知\n某市财政局关于印发某某制度的通知\n各区人民政府，市委编办、市发展改革委、科技局、工业和信息化局、公安局、司法局、财政局、人力资源社会保障局、规划和自然资源局：\n　　现将《某某制度》印发给你们，请遵照执行。\n某市财政局\n2017年9月29日\n某某制度\n　　一、总体要求\n";
    let doc = gongwen_parse::parse(src);
    assert_eq!(
        rows(&doc),
        vec![
            row(1, "title", "0", "", "某市财政局关于印发某某制度的通知"),
            row(8, "heading", "1", "一、", "总体要求"),
        ]
    );
}
