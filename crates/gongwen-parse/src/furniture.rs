//! Document furniture: recognisers for the lines around a document's body
//! that are not part of its outline — web-page chrome, citation headers,
//! subtitles, document numbers, dates, author lines, addressees, declared
//! piece counts, 目录 headers, annex labels and attachment lists.
//!
//! Every function takes one trimmed line.
//!
//! ```
//! use gongwen_parse::furniture::*;
//! assert!(is_chrome("【字号："));
//! assert!(is_chrome("新华社北京11月16日电"));
//! assert!(is_chrome("版本：V1.0"));
//! assert!(!is_chrome("新华社北京11月16日电 近日，全国…会议在京召开。"));
//! assert!(is_person_name("习近平"));
//! assert!(is_subtitle("——2026年1月25日在北京市第十六届人民代表大会第四次会议上"));
//! assert!(is_document_number("（新质监办发〔2012〕24号）"));
//! assert_eq!(declared_count("（8篇）"), Some(8));
//! assert!(is_toc_header("目 录"));
//! ```

use crate::marker::is_space;
use crate::text::{char_len, squeezed, trim};

const CHROME_WORDS: &[&str] = &[
    "下载",
    "打印",
    "全屏",
    "收藏",
    "加大",
    "还原",
    "减小",
    "】",
    "【",
    ">",
    "＞",
    "首页",
    "小",
    "中",
    "大",
    "分享",
    "分享到",
    "分享到：",
    "关闭",
    "关闭窗口",
    "打印本页",
    "返回顶部",
    "返回",
    "扫一扫",
    "扫一扫在手机打开当前页",
    "字号",
    "默认",
    "上一篇",
    "下一篇",
    "【打印】",
    "【关闭】",
    "【打印本页】",
    "【关闭窗口】",
    "[打印]",
    "[关闭]",
    "|",
    "/",
    "相关报道：",
    "相关链接：",
    "当前位置：",
    "您当前的位置：",
    "您的位置：",
    "来源：",
    "时间：",
    "发表时间：",
    "发布时间：",
    "阅读量：",
    "浏览次数：",
    "作者：",
    "编辑：",
    "责任编辑：",
    "【字体：",
    "【字号：",
    "字体：",
    "字号：",
    "分享至：",
    "微信",
    "微博",
    "QQ空间",
    "纠错",
    "正文",
    "要闻",
];

const CHROME_PREFIXES: &[&str] = &[
    "欢迎访问",
    "欢迎光临",
    "版权所有",
    "Copyright",
    "©",
    "【字号",
    "【字体",
    "字号：",
    "字体：",
    "来源：",
    "来源:",
    "信息来源：",
    "文章来源：",
    "时间：",
    "发表时间：",
    "发布时间：",
    "发布日期：",
    "更新时间：",
    "阅读量：",
    "阅读次数：",
    "浏览次数：",
    "浏览量：",
    "点击数：",
    "点击量：",
    "作者：",
    "编辑：",
    "责任编辑：",
    "审核：",
    "当前位置：",
    "当前位置:",
    "您当前的位置",
    "您的位置",
    "现在的位置",
    "索引号：",
    "发布机构：",
    "发文机关：",
    "分享到",
    "扫一扫",
    "【打印",
    "【关闭",
    "首页 >",
    "首页>",
    "首页 ＞",
    "首页＞",
];

/// A leader's instruction printed in a document's head, between its
/// 版头 and its title (`毛主席批示：照发。`): a short line whose label
/// ends in `批示`.
///
/// ```
/// use gongwen_parse::furniture::is_endorsement;
/// assert!(is_endorsement("毛主席批示：照发。"));
/// assert!(!is_endorsement("关于落实领导批示精神的通知"));
/// ```
pub fn is_endorsement(line: &str) -> bool {
    let t = trim(line);
    t.split_once(['：', ':']).is_some_and(|(label, _)| {
        label.ends_with("批示") && char_len(label) <= 12 && char_len(t) <= 60
    })
}

/// Web-page chrome: navigation, toolbars, source and time lines, share buttons.
pub fn is_chrome(line: &str) -> bool {
    let t = trim(line);
    if t.is_empty() {
        return false;
    }
    // List bullets of web pages: `• 公告通知`, `· 2020-11-13 14:42`.
    let t = trim(t.trim_start_matches(BULLETS));
    if t.is_empty() {
        return true;
    }
    if is_timestamp(t) || is_dateline(t) {
        return true;
    }
    // ASCII colons stand for full-width ones: `发布时间:2011-11-07`.
    let wide;
    let t = if t.contains(':') {
        wide = t.replace(':', "：");
        wide.as_str()
    } else {
        t
    };
    if CHROME_WORDS.contains(&t) || CHROME_PREFIXES.iter().any(|p| t.starts_with(p)) {
        return true;
    }
    if is_metadata_label(t) {
        return true;
    }
    // A short bracketed button: `【阅读全文】`, `[返回]`.
    if let Some(inner) = t
        .strip_prefix(['【', '['])
        .and_then(|r| r.strip_suffix(['】', ']']))
    {
        if (1..=6).contains(&char_len(inner)) {
            return true;
        }
    }
    // Breadcrumbs: `首页 > 要闻`, `文库 -> 毛泽东`, `读本 >> 2018-监察法`
    // (not an arrow inside brackets: `组织免疫系统（Org → Immunity）`).
    if [" > ", " ＞ ", "》》", "->", ">>", " » ", " › ", "→"]
        .iter()
        .any(|s| t.find(s).is_some_and(|at| !inside_brackets(&t[..at])))
    {
        return true;
    }
    // Site names and addresses: `某省人民政府门户网站`, `某某日报客户端`, `www.…`.
    const SITE_SUFFIXES: &[&str] = &[
        "网站",
        "门户",
        "客户端",
        "官网",
        "频道",
        "政务网",
        "新闻网",
        "在线",
    ];
    if char_len(t) <= 20 && SITE_SUFFIXES.iter().any(|s| t.ends_with(s)) {
        return true;
    }
    // Column names of news sites: `云南要闻`, `工作动态`, `通知公告`.
    const COLUMN_SUFFIXES: &[&str] = &[
        "要闻",
        "动态",
        "通知公告",
        "公告通知",
        "新闻中心",
        "图片新闻",
    ];
    if char_len(t) <= 8 && COLUMN_SUFFIXES.iter().any(|s| t.ends_with(s)) {
        return true;
    }
    if t.starts_with("www.") || t.contains(".gov.cn") || t.contains(".com") {
        return true;
    }
    // Toolbars: `【大 中 小】`, `A+ A A-`, `字号 大 中 小`.
    const TOOL_TOKENS: &[&str] = &[
        "大", "中", "小", "A", "A+", "A-", "默认", "打印", "关闭", "分享", "收藏", "字号", "字体",
        "【", "】", "|", "｜", "[", "]",
    ];
    let inner = t
        .trim_start_matches(['【', '['])
        .trim_end_matches(['】', ']']);
    let tokens: Vec<&str> = inner
        .split(|c: char| is_space(c) || c == '|' || c == '｜' || c == '：' || c == ':')
        .filter(|p| !p.is_empty())
        .collect();
    if !tokens.is_empty() && char_len(t) <= 16 && tokens.iter().all(|p| TOOL_TOKENS.contains(p)) {
        return true;
    }
    is_timestamp(t)
}

/// Bullets that open list lines of web pages.
const BULLETS: &[char] = &['•', '·', '●', '▪', '■', '◆', '►', '▶', '○', '◇'];

/// A metadata field of a web page: a short label ending in a field word,
/// then a colon (`归档时间：2018-11-21`, `索引号：…`, `您当前所在位置：`,
/// `文章全文：`).
fn is_metadata_label(t: &str) -> bool {
    const FIELDS: &[&str] = &[
        "时间",
        "日期",
        "来源",
        "作者",
        "编辑",
        "次数",
        "量",
        "索引号",
        "分类",
        "全文",
        "位置",
        "字号",
        "机构",
        "文号",
        "主题词",
        "浏览",
        "点击",
        "栏目",
        "记者",
        "供稿",
        "审核",
        "责编",
        // A site's metadata block (outline spec convention 8): `标题：…`,
        // `题名：…`, `效力状态：…`.
        "标题",
        "题名",
        "状态",
        "文种",
        "版本",
    ];
    t.split_once('：').is_some_and(|(label, _)| {
        let label = trim(label);
        (1..=8).contains(&char_len(label)) && FIELDS.iter().any(|f| label.ends_with(f))
    })
}

/// A news agency's dateline standing alone above a reposted text:
/// `新华社北京11月16日电`, `本报讯`, `人民网北京3月5日电（记者 张三）`.
fn is_dateline(t: &str) -> bool {
    const AGENCIES: &[&str] = &[
        "新华社",
        "中新社",
        "中新网",
        "中国新闻网",
        "新华网",
        "人民网",
        "央视网",
        "光明网",
        "本报",
        "本刊",
    ];
    let Some(rest) = AGENCIES.iter().find_map(|a| t.strip_prefix(a)) else {
        return false;
    };
    // A reporter's credit after it: `（记者 张三）`.
    let rest = match rest.find(['（', '(']) {
        Some(at) if rest.ends_with(['）', ')']) => &rest[..at],
        _ => rest,
    };
    let rest = rest.trim_end();
    if rest == "讯" {
        return true;
    }
    // The place and the date: `北京11月16日`.
    rest.strip_suffix(['电', '讯']).is_some_and(|head| {
        head.ends_with('日')
            && head.contains('月')
            && char_len(head) <= 16
            && !head.contains(['，', '。', ','])
    })
}

/// `2026-02-09 09:45:30`, `2026-02-02`, `2026/02/02 10:00`,
/// `07.07.2017  20:38`.
fn is_timestamp(t: &str) -> bool {
    let b = t.as_bytes();
    let year_first =
        b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) && matches!(b[4], b'-' | b'/' | b'.');
    let day_first = b.len() >= 10
        && b[..2].iter().all(u8::is_ascii_digit)
        && matches!(b[2], b'-' | b'/' | b'.')
        && b[3..5].iter().all(u8::is_ascii_digit)
        && b[5] == b[2]
        && b[6..10].iter().all(u8::is_ascii_digit);
    b.len() <= 25
        && (year_first || day_first)
        && b.iter()
            .all(|c| c.is_ascii_digit() || matches!(c, b'-' | b'/' | b'.' | b':' | b' '))
}

/// Two title lines that print the same title: equal once bracket forms
/// (`＜＞` `<>` `〈〉`, `（）` `()`) and white space are set aside, as legal
/// databases print a title twice with its inner book-title marks in two
/// forms.
///
/// ```
/// use gongwen_parse::furniture::same_title;
/// assert!(same_title("关于印发《＜某办法＞指引》的通知", "关于印发《〈某办法〉指引》的通知"));
/// assert!(!same_title("关于印发某办法的通知", "某办法"));
/// assert!(same_title("木兰宽松许可证, 第2版", "木兰宽松许可证， 第2版"));
/// ```
pub fn same_title(a: &str, b: &str) -> bool {
    title_chars(a).eq(title_chars(b))
}

/// A title's characters as [`same_title`] compares them: white space set
/// aside, bracket and punctuation forms made one.
fn title_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|&c| !is_space(c)).map(|c| match c {
        '＜' | '<' => '〈',
        '＞' | '>' => '〉',
        '(' => '（',
        ')' => '）',
        ',' => '，',
        ':' => '：',
        ';' => '；',
        c => c,
    })
}

/// True when the title of a covering document `outer` (one that issues,
/// forwards or publishes, `关于印发《X》的通知`) names the title `inner`:
/// `inner` is what it encloses. Book-title marks are set aside.
///
/// ```
/// use gongwen_parse::furniture::names_title;
/// assert!(names_title("某区关于印发《某区消防事业发展 “十五五”规划》的通知", "某区消防事业发展“十五五”规划"));
/// assert!(!names_title("农学院：人才引育工作经验交流", "人才引育"));
/// ```
pub fn names_title(outer: &str, inner: &str) -> bool {
    let covering = outer.contains('《')
        || ["印发", "转发", "颁布", "发布", "公布"]
            .iter()
            .any(|v| outer.contains(v));
    if !covering {
        return false;
    }
    let bare = |t: &str| -> String {
        title_chars(t)
            .filter(|c| !matches!(c, '《' | '》' | '〈' | '〉'))
            .collect()
    };
    let (outer, inner) = (bare(outer), bare(inner));
    inner.chars().count() >= 4 && outer.contains(&inner)
}

/// A label printed under a title as part of it: `（草案）`, `（试行）`,
/// `（征求意见稿）`.
///
/// ```
/// use gongwen_parse::furniture::is_title_label;
/// assert!(is_title_label("（草案）"));
/// assert!(is_title_label("(征求意见稿)"));
/// assert!(!is_title_label("（2026年）"));
/// ```
pub fn is_title_label(line: &str) -> bool {
    const ENDS: &[&str] = &[
        "稿",
        "草案",
        "试行",
        "暂行",
        "修订",
        "修正案",
        "摘要",
        "节选",
    ];
    let t = trim(line);
    t.strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']))
        .is_some_and(|inner| char_len(inner) <= 8 && ENDS.iter().any(|e| inner.ends_with(e)))
}

/// A note standing wholly inside one pair of parentheses:
/// `（本文根据录音整理）`, `(此件公开发布)`. Such a line is never a title
/// nor the first line of one (a title label such as `（草案）` may still
/// join a title above it).
///
/// ```
/// use gongwen_parse::furniture::is_bracketed_note;
/// assert!(is_bracketed_note("（本文根据作者的发言整理）"));
/// assert!(is_bracketed_note("　(此件公开发布) "));
/// assert!(!is_bracketed_note("（一）总体要求（试行）"));
/// assert!(!is_bracketed_note("关于做好工作的通知（草案）"));
/// ```
pub fn is_bracketed_note(line: &str) -> bool {
    let t = trim(line);
    if !t.starts_with(['（', '(']) {
        return false;
    }
    let mut depth = 0usize;
    for (at, c) in t.char_indices() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return at + c.len_utf8() == t.len() && char_len(t) > 2;
                }
            }
            _ => {}
        }
    }
    false
}

/// A line that continues the sentence of the line above: it opens with a
/// mark no sentence starts with (`，` `、` `。` `；` `：` a closing bracket or
/// quote).
///
/// ```
/// use gongwen_parse::furniture::continues_sentence;
/// assert!(continues_sentence("，是全党的共同任务。"));
/// assert!(continues_sentence("]"));
/// assert!(!continues_sentence("一、总体要求"));
/// ```
pub fn continues_sentence(line: &str) -> bool {
    trim(line).starts_with([
        '，', ',', '、', '。', '；', ';', '：', '！', '？', '）', ')', '】', ']', '」', '』', '”',
        '’', '》',
    ])
}

/// A leftover of a footnote link copied from a web page: a line holding
/// only brackets and a number (`[`, `1`, `]`, `[2]`, `①`).
///
/// ```
/// use gongwen_parse::furniture::is_footnote_mark;
/// assert!(is_footnote_mark("["));
/// assert!(is_footnote_mark(" 12 "));
/// assert!(is_footnote_mark("[3]"));
/// assert!(!is_footnote_mark("2024"));
/// assert!(!is_footnote_mark("一、"));
/// ```
pub fn is_footnote_mark(line: &str) -> bool {
    let t = trim(line);
    !t.is_empty()
        && char_len(t) <= 3
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '[' | ']' | '［' | '］' | '①'..='⑳'))
}

/// Words that end a document's title: its genre (`通知`, `意见`, `办法`, …).
const GENRES: &[&str] = &[
    "通知", "通报", "意见", "决定", "决议", "办法", "规定", "方案", "报告", "讲话", "公告", "通告",
    "批复", "函", "请示", "条例", "细则", "规划", "纲要", "计划", "公报", "总结", "要点", "指引",
    "指南", "措施", "制度", "规则", "标准", "章程", "守则", "规范", "发言", "致辞", "命令", "令",
    "记录",
];

/// The longest line (characters, spaces aside) naming an instrument under
/// its court or organ (`刑事附带民事判决书`).
const INSTRUMENT_LINE_CHARS: usize = 12;

/// The instruments a court, procuratorate or organ issues under its name.
const INSTRUMENTS: &[&str] = &[
    "判决书",
    "裁定书",
    "调解书",
    "决定书",
    "起诉书",
    "抗诉书",
    "通知书",
    "建议书",
    "处罚决定书",
];

/// True when `upper` is an unfinished title line that `lower` completes:
/// `国务院办公厅关于印发` + `部分节假日安排的通知`. The upper line opens a
/// `关于…` title or ends with a verb such as `印发` without naming the
/// genre; the lower one names it.
///
/// ```
/// use gongwen_parse::furniture::title_continues;
/// assert!(title_continues("国务院办公厅关于印发", "部分节假日安排的通知"));
/// assert!(!title_continues("某市人民政府", "关于做好春节期间工作的通知"));
/// assert!(!title_continues("关于做好春节期间工作的通知", "某市人民政府"));
/// assert!(title_continues("北京市朝阳区人民法院", "刑 事 判 决 书"));
/// assert!(title_continues("苏州市吴中区人民法院", "刑事附带民事判决书"));
/// assert!(title_continues("某公司有限空间作业", "管理办法"));
/// assert!(!title_continues("某公司有限空间作业管理办法", "实施细则"));
/// ```
pub fn title_continues(upper: &str, lower: &str) -> bool {
    let (u, l) = (trim(upper), trim(lower));
    // A court or organ over the kind of instrument it issues
    // (`北京市朝阳区人民法院` + `刑 事 判 决 书`).
    if is_issuer_mark(u)
        && squeezed(l, INSTRUMENT_LINE_CHARS)
            .is_some_and(|kind| INSTRUMENTS.iter().any(|k| kind.ends_with(k)))
    {
        return true;
    }
    // (Not an organ's publishing line over the title, `交通运输部发布`.)
    let unfinished = (u.contains("关于") && !u.contains("的"))
        || (["印发", "转发", "颁布", "公布", "发布", "关于"]
            .iter()
            .any(|v| u.ends_with(v))
            && !is_publishing_line(u));
    // A title broken just before its genre: the lower line holds little
    // more than the genre (`********有限空间作业` + `管理办法`).
    let genre_alone = char_len(l) <= GENRE_LINE_CHARS
        && !l.starts_with("关于")
        && !l.contains(|c: char| "。，；：！？、,;:!?".contains(c))
        && !u.ends_with(|c: char| "。，；：！？、,;:!?".contains(c));
    (unfinished || genre_alone) && !ends_with_genre(u) && ends_with_genre(l)
}

/// The most characters of a line that completes a title with its genre
/// alone (`管理办法`, `实施细则`, `工作方案`).
const GENRE_LINE_CHARS: usize = 6;

/// True when a line ends by naming a document's genre (`…的通知`,
/// `…的请示`, `…办法（试行）`): how a title ends. Trailing punctuation and
/// a closing label in brackets are looked past.
///
/// ```
/// use gongwen_parse::furniture::ends_with_genre;
/// assert!(ends_with_genre("关于申请资金的请示"));
/// assert!(ends_with_genre("某某管理办法（试行）"));
/// assert!(!ends_with_genre("某市人民政府办公室"));
/// ```
pub fn ends_with_genre(line: &str) -> bool {
    let t = trim(line).trim_end_matches(|c: char| !c.is_alphanumeric() && c != '）' && c != ')');
    let t = match t.strip_suffix(['）', ')']) {
        Some(r) => r.rsplit_once(['（', '(']).map_or(r, |(head, _)| head),
        None => t,
    };
    GENRES.iter().any(|g| t.ends_with(g))
}

/// True when a heading's title names a document of its own (a genre, or a
/// contract or agreement): `劳务派遣服务合同`, `某某管理办法`. The articles
/// below such a heading are that document's.
///
/// ```
/// use gongwen_parse::furniture::names_document;
/// assert!(names_document("劳务派遣服务合同"));
/// assert!(names_document("安全生产管理办法（试行）"));
/// assert!(!names_document("投标人须知"));
/// ```
pub fn names_document(title: &str) -> bool {
    ends_with_genre(title)
        || ["合同", "协议", "协议书", "合同书"]
            .iter()
            .any(|g| trim(title).ends_with(g))
}

/// A contact line: `传真：0898-…`, `通讯地址：…`, `联系人：王五`.
///
/// ```
/// use gongwen_parse::furniture::is_contact_line;
/// assert!(is_contact_line("传真：0898-12345678"));
/// assert!(is_contact_line("联系电话:12345"));
/// assert!(!is_contact_line("关于做好春节期间工作的通知"));
/// ```
pub fn is_contact_line(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "电话",
        "传真",
        "地址",
        "通讯地址",
        "通信地址",
        "邮编",
        "邮政编码",
        "联系人",
        "联系电话",
        "电子邮箱",
        "电子信箱",
        "邮箱",
        "网址",
        "手机",
    ];
    let t = trim(line);
    LABELS.iter().any(|l| {
        t.strip_prefix(l)
            .is_some_and(|r| r.starts_with(['：', ':']))
    })
}

/// A citation header of a legal database export.
pub fn is_citation(line: &str) -> bool {
    let t = trim(line);
    t.starts_with("【法宝引证码】")
        || t.starts_with("原文链接：")
        || t.starts_with("原文链接:")
        || t.starts_with("【标题】")
        || t.starts_with("http://")
        || t.starts_with("https://")
}

/// A subtitle line: `——在…上的讲话`, its dash also written `――` (U+2015,
/// GB2312 text decoded with the older mapping) or `--`.
///
/// ```
/// use gongwen_parse::furniture::is_subtitle;
/// assert!(is_subtitle("――在全省宣传工作会议上的讲话"));
/// assert!(!is_subtitle("――"));
/// ```
pub fn is_subtitle(line: &str) -> bool {
    let t = trim(line);
    (t.starts_with(['—', '―']) || t.starts_with("--")) && char_len(t) > 3 && !t.contains('。')
}

/// A document number: `（新质监办发〔2012〕24号）`, `国发〔2023〕5号`.
///
/// The line is the number alone (in brackets or not, `發`/`號` included); a
/// title that ends with its number (`…的通知(岳办发〔2017〕2号)`) is not a
/// document-number line.
///
/// ```
/// use gongwen_parse::furniture::is_document_number;
/// assert!(is_document_number("国办发明电〔2024〕12号"));
/// assert!(is_document_number("滬府發〔2017〕92號"));
/// assert!(!is_document_number("某市办公室印发《实施意见》的通知(岳办发〔2017〕2号)"));
/// assert!(is_document_number("XX政〔2026〕12号　　　　签发人：张三"));
/// assert!(is_document_number("电邮讲话【2019】007号           签发人：任正非"));
/// assert!(is_document_number("（2020）京0105刑初123号"));
/// assert!(is_document_number("第12期"));
/// assert!(is_document_number("2026年第五期"));
/// assert!(!is_document_number("第12期学员结业"));
/// ```
pub fn is_document_number(line: &str) -> bool {
    let t = trim(line);
    if is_issue_number(t) {
        return true;
    }
    document_number(t)
}

/// An issue's number (`第12期`, `（第3期）`, `2026年第5期`, `总第8期`): a
/// 纪要's, a bulletin's or a periodical's.
///
/// ```
/// use gongwen_parse::furniture::is_issue_number;
/// assert!(is_issue_number("第二期"));
/// assert!(is_issue_number("（第3期）"));
/// assert!(!is_issue_number("第12期学员结业"));
/// ```
pub fn is_issue_number(line: &str) -> bool {
    let t = trim(line);
    let bare = t
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    if let Some(r) = bare.strip_suffix('期') {
        let r = r.split_once('年').map_or(r, |(y, rest)| {
            if y.chars().all(|c| c.is_ascii_digit()) {
                rest
            } else {
                r
            }
        });
        let r = r.strip_prefix('总').unwrap_or(r);
        if let Some(n) = r.strip_prefix('第') {
            if (1..=6).contains(&char_len(n))
                && n.chars()
                    .all(|c| c.is_ascii_digit() || crate::numeral::is_chinese_numeral_char(c))
            {
                return true;
            }
        }
    }
    false
}

/// The other document numbers of [`is_document_number`].
fn document_number(t: &str) -> bool {
    // A case number: `（2020）京0105刑初123号`.
    if let Some(r) = t.strip_prefix(['（', '(']) {
        let year: String = r.chars().take_while(|c| c.is_ascii_digit()).collect();
        if year.len() == 4 {
            let r = &r[4..];
            if let Some(r) = r.strip_prefix(['）', ')']) {
                if (2..=24).contains(&char_len(r))
                    && r.ends_with('号')
                    && !r.contains(['，', '。', '、', ' ', '　'])
                {
                    return true;
                }
            }
        }
    }
    // An upward document's number with its signer (`XX政〔2026〕12号
    // 签发人：张三`, GB/T 9704 §7.2.5–7.2.6).
    let t = match t.find("签发人") {
        Some(at) if at > 0 && t[..at].ends_with(is_space) => trim(&t[..at]),
        _ => t,
    };
    let inner = t
        .strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']))
        .unwrap_or(t);
    // (`【2019】` in some organs' numbers, `电邮讲话【2019】007号`.)
    let Some(open) = inner.find(['〔', '[', '［', '【']) else {
        return false;
    };
    char_len(t) <= 40
        && char_len(&inner[..open]) <= 14
        && !inner[..open].contains(['《', '的'])
        && inner.ends_with(['号', '號'])
}

/// True when `head` leaves a bracket open: what follows it is inside.
fn inside_brackets(head: &str) -> bool {
    let opened = head.matches(['（', '(', '【', '[']).count();
    let closed = head.matches(['）', ')', '】', ']']).count();
    opened > closed
}

/// A digit of a date; `○` (white circle) and `Ｏ` stand in for `〇` in
/// many documents (`二○一二年一月九日`).
fn is_date_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || matches!(
            c,
            '〇' | '○'
                | 'Ｏ'
                | '零'
                | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
        )
}

/// Starts with a full date: a four-digit year, then a month (`2020年5月`).
fn is_year_start(t: &str) -> bool {
    let t = t.trim_start_matches(['（', '(']);
    let mut chars = t.chars().peekable();
    let mut digits = 0;
    while chars.peek().is_some_and(|&c| is_date_digit(c)) {
        digits += 1;
        chars.next();
    }
    if digits != 4 || chars.next() != Some('年') {
        return false;
    }
    let mut month = 0;
    while chars.peek().is_some_and(|&c| is_date_digit(c)) {
        month += 1;
        chars.next();
    }
    (1..=3).contains(&month) && chars.next() == Some('月')
}

/// Ends like a file name: `.xlsx`, `.doc`, `.pdf` (a dot and 2–5 ASCII letters).
pub(crate) fn has_file_extension(t: &str) -> bool {
    t.rsplit_once('.').is_some_and(|(_, ext)| {
        (2..=5).contains(&ext.len()) && ext.bytes().all(|b| b.is_ascii_alphabetic())
    })
}

/// Opens with a machine timestamp: `2026-01-05 10:00:00  来源：某省日报`
/// (not a title dated in front: `2017.01.13  holi会议记录`).
fn is_timestamp_start(t: &str) -> bool {
    let at = t.find(is_space).unwrap_or(t.len());
    let head = &t[..at];
    head.len() >= 8
        && is_timestamp(head)
        && head.matches(['-', '/', '.']).count() == 2
        && !ends_with_genre(&t[at..])
}

/// A year standing alone, as under a report's title: `（2026年）`, `2026年`.
fn is_year_only(t: &str) -> bool {
    let inner = t
        .strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']))
        .unwrap_or(t);
    inner
        .strip_suffix('年')
        .is_some_and(|y| y.chars().count() == 4 && y.chars().all(is_date_digit))
}

/// Holds a full date (`2021年3月1日`, `二〇二一年三月一日`) anywhere.
fn has_full_date(t: &str) -> bool {
    t.match_indices('年').any(|(at, _)| {
        let year = t[..at]
            .chars()
            .rev()
            .take_while(|&c| is_date_digit(c))
            .count();
        let mut rest = t[at + '年'.len_utf8()..].chars().peekable();
        let digits = |rest: &mut std::iter::Peekable<std::str::Chars<'_>>| {
            let mut n = 0;
            while rest.peek().is_some_and(|&c| is_date_digit(c)) {
                n += 1;
                rest.next();
            }
            n
        };
        year == 4
            && (1..=3).contains(&digits(&mut rest))
            && rest.next() == Some('月')
            && (1..=3).contains(&digits(&mut rest))
            && rest.next() == Some('日')
    })
}

/// A note of when a text was adopted or takes effect, with its date inside
/// (`本修正案自2021年3月1日起实行`, `自2018年12月1日起施行`) or fixed by an
/// event (`本修正案自公布之日起实行`). It speaks of the text itself (`本…`)
/// or opens on the date (`自…`, `于…`); a headline naming a regulation
/// (`新版《某条例》自…起施行`) is not such a note.
fn is_enactment_note(t: &str) -> bool {
    if !t.starts_with(['本', '自', '于']) || t.contains('《') {
        return false;
    }
    const VERBS: &[&str] = &[
        "施行", "实行", "生效", "执行", "通过", "批准", "公布", "发布", "修正", "修订", "备案",
    ];
    let end = t.trim_end_matches(['）', ')']);
    (has_full_date(t) || t.contains("之日起")) && VERBS.iter().any(|v| end.ends_with(v))
}

/// A date line: `（2022年10月16日）`, `2020年5月28日 第十三届…会议通过`,
/// `二〇二二年十月十六日`, `年   月   日`, and a note of adoption or
/// effect holding a date (`本修正案自2021年3月1日起实行`).
///
/// ```
/// use gongwen_parse::furniture::is_date_line;
/// assert!(is_date_line("本规定自2021年3月1日起施行"));
/// assert!(is_date_line("本修正案自公布之日起实行"));
/// assert!(!is_date_line("新版《某条例》自2021年3月1日起施行"));
/// assert!(is_date_line("XX市人民政府办公室　　　　2026年3月5日"));
/// assert!(!is_date_line("关于2020年2月1日—2020年2月29日审批决定的公告"));
/// ```
pub fn is_date_line(line: &str) -> bool {
    let t = trim(line);
    if t.is_empty() || t.contains('。') || char_len(t) > 80 {
        return false;
    }
    if is_year_start(t) {
        // A file name such as `2020年2月份.xlsx` is not a date line.
        return !has_file_extension(t);
    }
    if is_timestamp_start(t) || is_year_only(t) || is_enactment_note(t) {
        return true;
    }
    // The issuing organ and the date on one line, set apart by white space
    // (`XX市人民政府办公室　　　　2026年3月5日`, a 纪要's head).
    if let Some(at) = t.rfind(|c: char| is_space(c)) {
        let (organ, date) = (trim(&t[..at]), trim(&t[at..]));
        if t[..at].ends_with(|c: char| is_space(c))
            && is_year_start(date)
            && date.ends_with('日')
            && is_issuer_mark(organ)
        {
            return true;
        }
    }
    squeezed(t, 3).is_some_and(|s| s == "年月日")
}

/// An unnumbered section label of a long text: `序言`, `总纲`, `总　则`,
/// `前言`, and those of a case report (`关键词`, `基本案情`, `裁判要点`). It
/// heads a part of the body and is never a part of the title.
///
/// ```
/// use gongwen_parse::furniture::is_section_label;
/// assert!(is_section_label("序　言"));
/// assert!(is_section_label("总纲"));
/// assert!(is_section_label("关键词　"));
/// assert!(!is_section_label("总则第一条"));
/// ```
pub fn is_section_label(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "序言",
        "前言",
        "引言",
        "导言",
        "总纲",
        "总则",
        "分则",
        "附则",
        "正文",
        "编者按",
        "关键词",
        "基本案情",
        "案情简介",
        "裁判要点",
        "裁判要旨",
        "裁判结果",
        "裁判理由",
        "争议焦点",
        "相关法条",
        "适用解析",
        "典型意义",
    ];
    squeezed(trim(line), 4).is_some_and(|s| LABELS.contains(&s.as_str()))
}

/// A date line that names a real date (`2015年3月2日`, `二〇一五年三月二日`),
/// not a blank form field (`年　月　日`).
///
/// ```
/// use gongwen_parse::furniture::is_dated_line;
/// assert!(is_dated_line("　　2015年3月2日"));
/// assert!(!is_dated_line("年　　月　　日"));
/// ```
pub fn is_dated_line(line: &str) -> bool {
    let t = trim(line);
    is_date_line(t) && (is_year_start(t) || has_full_date(t) || is_timestamp_start(t))
}

/// Reads a notes label heading the notes of a document or a table:
/// `注：`, `注释`, `附注：`, `说明：`, `备注：` (and a form's `填表说明：`) standing alone, or followed by the first note
/// (`注：1. …`). Returns what follows the label (empty when it stands
/// alone); `None` for any other line.
///
/// ```
/// use gongwen_parse::furniture::notes_label;
/// assert_eq!(notes_label("注："), Some(""));
/// assert_eq!(notes_label("注释"), Some(""));
/// assert_eq!(notes_label("注：1.本表数据截至年底。"), Some("1.本表数据截至年底。"));
/// assert_eq!(notes_label("注意事项"), None);
/// assert_eq!(notes_label("说明："), Some(""));
/// assert_eq!(notes_label("说明"), None);
/// assert_eq!(notes_label("填表说明："), Some(""));
/// assert_eq!(notes_label("注重实效。"), None);
/// ```
pub fn notes_label(line: &str) -> Option<&str> {
    let t = trim(line);
    // `说明：` and `备注：` label notes only with their colon (outline spec
    // convention 12); `说明` alone heads a preface.
    // (A form's or a template's instructions, `填表说明：` `模板使用说明：`,
    // are notes too.)
    const LABELS: &[&str] = &[
        "说明",
        "备注",
        "填表说明",
        "填报说明",
        "填写说明",
        "使用说明",
        "模板使用说明",
        "格式说明",
    ];
    if let Some(rest) = LABELS.iter().find_map(|l| t.strip_prefix(l)) {
        return trim(rest).strip_prefix(['：', ':']).map(trim);
    }
    let rest = ["注释", "附注", "注"]
        .iter()
        .find_map(|l| t.strip_prefix(l))?;
    let rest = trim(rest);
    if rest.is_empty() {
        // `注` alone is too short to be sure of; `注释` / `附注` alone label.
        return (t != "注").then_some(rest);
    }
    rest.strip_prefix(['：', ':']).map(trim)
}

/// A glossary's label (`名词解释`, `名词解释：`, `名词注释`): the numbered
/// entries below it explain terms of the body and are notes (outline spec
/// convention 12), not headings.
///
/// ```
/// use gongwen_parse::furniture::is_glossary_label;
/// assert!(is_glossary_label("名词解释"));
/// assert!(is_glossary_label(" 名词解释： "));
/// assert!(!is_glossary_label("名词解释要准确。"));
/// assert!(is_glossary_label("《政府工作报告》有关内容名词注释"));
/// assert!(!is_glossary_label("附件2 名词解释"), "an annex's label");
/// assert!(!is_glossary_label("一、名词解释"), "a heading");
/// ```
pub fn is_glossary_label(line: &str) -> bool {
    // The label alone, or closing a short title (`《政府工作报告》有关内容名词注释`).
    squeezed(trim(line).trim_end_matches(['：', ':']), 30).is_some_and(|t| {
        ["名词解释", "名词注释", "术语解释", "词语解释"]
            .iter()
            .any(|w| t.ends_with(w))
            && !t.contains(['。', '，'])
    }) && annex_line(line).is_none()
        && crate::marker::line_marker(line).is_none()
}

/// True for an annex label without a number: `附件`, `附件：`, `附录`, `附：`.
///
/// ```
/// use gongwen_parse::furniture::is_unnumbered_annex_label;
/// assert!(is_unnumbered_annex_label("附件："));
/// assert!(!is_unnumbered_annex_label("附件1："));
/// ```
pub fn is_unnumbered_annex_label(line: &str) -> bool {
    let t = trim(line);
    t.strip_prefix("附件")
        .or_else(|| t.strip_prefix("附录"))
        .or_else(|| t.strip_prefix("附").filter(|r| !r.is_empty()))
        .is_some_and(|r| trim(r.trim_end_matches(['：', ':'])).is_empty())
}

/// The number of an annex label that also names its annex on the line
/// (`附件2.登记表` → 2, `附件三：申报单` → 3); `None` for a bare label, an
/// unnumbered one or a line that is no annex label.
///
/// ```
/// use gongwen_parse::furniture::named_annex_number;
/// assert_eq!(named_annex_number("附件2.登记表.docx"), Some(2));
/// assert_eq!(named_annex_number("附件三：申报单"), Some(3));
/// assert_eq!(named_annex_number("附件1"), None);
/// assert_eq!(named_annex_number("附件：登记表"), None);
/// ```
pub fn named_annex_number(line: &str) -> Option<u32> {
    let t = trim(line);
    let Some(AnnexLine::Annex { label_end }) = annex_line(t) else {
        return None;
    };
    if trim(&t[label_end..]).is_empty() {
        return None;
    }
    let num = t[..label_end]
        .strip_prefix("附件")
        .or_else(|| t[..label_end].strip_prefix("附录"))
        .or_else(|| t[..label_end].strip_prefix("附表"))?
        .trim_matches(|c: char| is_space(c) || matches!(c, '：' | ':' | '.' | '．' | '、'));
    if let Ok((rest, (v, _))) = crate::numeral::arabic(num) {
        return rest.is_empty().then_some(v);
    }
    // `附录A` … `附录D`: a standard's lettered appendices.
    if let [c] = num.as_bytes() {
        if c.is_ascii_uppercase() {
            return Some(u32::from(c - b'A') + 1);
        }
    }
    match crate::numeral::chinese(num) {
        Ok(("", v)) => Some(v),
        _ => None,
    }
}

/// Labels that open a byline: `讲述人：` `作者：` `主讲人：`.
/// (Not `发言人：`, which minutes use for who spoke on an item.)
const BYLINE_LABELS: &[&str] = &[
    "讲述人",
    "作者",
    "主讲人",
    "撰稿人",
    "执笔人",
    "执笔",
    "撰文",
    "口述",
];

/// Words that end the name of a collective author: `南开大学党委理论学习中心组`,
/// `本报评论员`. (Not `课题组` or `调研组`: an award list names them under
/// each prize-winning report.)
const COLLECTIVE_AUTHORS: &[&str] = &["理论学习中心组", "写作组", "评论员"];

/// The longest labelled or collective byline (characters).
const MAX_BYLINE: usize = 40;

/// A byline that names its author by a label (`讲述人：南开大学生命科学学院
/// 2021级博士生 程曲汉`, `作者：李明`) or is a collective author
/// (`南开大学党委理论学习中心组`, `本报评论员`): a compilation's piece is
/// signed so as often as by a name alone.
///
/// ```
/// use gongwen_parse::furniture::is_signed_byline;
/// assert!(is_signed_byline("讲述人：南开大学生命科学学院2021级博士生 程曲汉"));
/// assert!(is_signed_byline("南开大学党委理论学习中心组"));
/// assert!(!is_signed_byline("作者：李明说，我们要加强学习。"));
/// assert!(!is_signed_byline("成立课题组"));
/// assert!(!is_signed_byline("市农业农村局调研组"));
/// assert!(!is_signed_byline("发言人：张三"));
/// ```
pub fn is_signed_byline(line: &str) -> bool {
    let t = trim(line);
    let n = char_len(t);
    if n == 0 || n > MAX_BYLINE || t.contains(['。', '，', '；', '！', '？']) {
        return false;
    }
    let labelled = BYLINE_LABELS.iter().any(|l| {
        t.strip_prefix(l)
            .and_then(|r| r.strip_prefix(['：', ':']))
            .is_some_and(|r| !trim(r).is_empty())
    });
    let collective =
        n >= 6 && !t.contains(['：', ':']) && COLLECTIVE_AUTHORS.iter().any(|w| t.ends_with(w));
    labelled || collective
}

/// An author or speaker line: `习　近　平`, `北京市市长 殷勇`,
/// `自治区人民政府主席 张雨浦`.
pub fn is_author_line(line: &str) -> bool {
    let t = trim(line);
    if is_position_and_name(t) {
        return true;
    }
    let n = char_len(t);
    if n == 0 || n > 30 || t.contains(['。', '，', '：', '；']) {
        return false;
    }
    // A spaced-out name: 习　近　平.
    let parts: Vec<&str> = t.split(is_space).filter(|p| !p.is_empty()).collect();
    // (A name has at most four characters: `试 点 工 作 方 案` is a title
    // set spaced out.)
    if (2..=4).contains(&parts.len()) && parts.iter().all(|p| char_len(p) == 1) {
        return true;
    }
    // Position then name: the last part is a 2–4 character name.
    // (A name is ideographs: `木兰宽松许可证, 第2版` is a title.)
    parts.len() >= 2
        && parts.last().is_some_and(|p| {
            (2..=4).contains(&char_len(p))
                && p.chars().all(|c| crate::text::is_ideograph(c) || c == '·')
        })
}

/// A newspaper's byline: positions, then a wide gap (two spaces or more),
/// then a name of two to four ideographs, perhaps padded (`张  柱`):
/// `中央党校（国家行政学院）副校长、全国党建研究会副会长  李文堂`,
/// `山东省委常委、组织部部长，全国党建研究会理事  王宇燕`. The positions
/// may hold brackets and commas, but no sentence, and end with a word for
/// a post (`长` `书记` `主任` `委员` `教授` …).
///
/// ```
/// use gongwen_parse::furniture::is_author_line;
/// assert!(is_author_line("新疆维吾尔自治区党委常委、组织部部长\u{a0}\u{a0}张\u{a0}\u{a0}柱"));
/// assert!(is_author_line("中央党校（国家行政学院）副校（院）长  李  毅"));
/// assert!(is_author_line("北京海淀区  陈  雪"));
/// assert!(!is_author_line("我们要始终坚持以人民为中心的发展思想，坚定不移走共同富裕道路  以人为本"));
/// ```
fn is_position_and_name(t: &str) -> bool {
    const POST_ENDS: &[char] = &[
        '长', '记', '任', '员', '事', '席', '委', '理', '表', '授', '者', '师', '家', '官', '士',
        '书', '监', '裁', '督', '导',
    ];
    if char_len(t) > MAX_BYLINE_CHARS || t.contains(['。', '；', '：', '！', '？', ':']) {
        return false;
    }
    let mut from = 0;
    while let Some(gap) = t[from..].find(|c: char| is_space(c)).map(|g| from + g) {
        let rest = &t[gap..];
        let spaces = rest.chars().take_while(|&c| is_space(c)).count();
        let after = rest.trim_start_matches(is_space);
        let name: String = after.chars().filter(|&c| !is_space(c)).collect();
        if spaces >= 2
            && (2..=4).contains(&char_len(&name))
            && name
                .chars()
                .all(|c| crate::text::is_ideograph(c) || c == '·')
        {
            let position = trim(&t[..gap]);
            let last = position.trim_end_matches(['）', ')']).chars().last();
            // A reader's place (`北京海淀区  陈  雪`, a newspaper's 来论).
            let place = last.is_some_and(|c| PLACE_ENDS.contains(&c)) && opens_with_surname(&name);
            return char_len(position) >= 4
                && (last.is_some_and(|c| POST_ENDS.contains(&c)) || place);
        }
        from = gap + rest.len() - after.len();
        if after.is_empty() {
            break;
        }
    }
    false
}

/// The last characters of a place's name (`北京海淀区`, `广西南宁市`).
const PLACE_ENDS: &[char] = &['省', '市', '区', '县', '州', '镇', '乡', '村', '旗', '盟'];

/// The longest newspaper byline (characters): positions and a name.
const MAX_BYLINE_CHARS: usize = 64;

/// A bare personal name (`江泽民`, `张　三`): two to four ideographs, spaced
/// out or not ending like a title part (`物权编` and `通知` are title parts).
///
/// ```
/// use gongwen_parse::furniture::is_person_name;
/// assert!(is_person_name("江泽民"));
/// assert!(is_person_name("张　三"));
/// assert!(!is_person_name("物权编"));
/// assert!(!is_person_name("婚姻家庭编"));
/// assert!(!is_person_name("工作总结"));
/// assert!(!is_person_name("读书笔记"));
/// assert!(is_person_name("欧阳自远"));
/// ```
pub fn is_person_name(line: &str) -> bool {
    let t = trim(line);
    let Some(squeezed) = squeezed(t, 4) else {
        return false;
    };
    if char_len(&squeezed) < 2 || !squeezed.chars().all(crate::text::is_ideograph) {
        return false;
    }
    if squeezed.len() != t.len() {
        return true;
    }
    // A name opens with a surname (`读书笔记`, `深化改革`, `核心认识` do not).
    if !opens_with_surname(&squeezed) {
        return false;
    }
    // `工作总结`, `采购文件`, `技术规范`: a document's kind, not a name.
    const KINDS: &[&str] = &[
        "总结", "文件", "规范", "计划", "规划", "标准", "手册", "指南", "公约", "规程", "章程",
        "制度", "清单", "要点", "合同", "安排", "体会", "心得", "简报", "汇编", "材料",
    ];
    if char_len(&squeezed) >= 3 && KINDS.iter().any(|k| squeezed.ends_with(k)) {
        return false;
    }
    !squeezed.ends_with([
        '编', '篇', '卷', '法', '则', '例', '定', '规', '案', '告', '知', '见', '书', '报', '要',
        '纲', '录', '章', '稿', '词', '话', '辞', '函', '令', '示', '复', '议', '明', '言', '会',
        '文', '表',
    ])
}

/// Common single-character surnames (the several hundred that cover
/// nearly every name in official texts), simplified and a few traditional
/// forms. A data table, not logic: no maintained crate ships one.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻习祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由鄂逄蔚郦訾汲凤钮靖邴揣扬贲宓酆頡劉陳張黃趙吳孫馬鄭謝許韓馮鄧蕭蘇葉呂盧鍾譚陸範賈韋鄒龔錢嚴顏聶龍湯閆楊羅魏蔣蔡潘";

/// Common compound surnames.
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "申屠", "澹台", "呼延", "万俟", "闻人",
];

/// `name` (ideographs, no spaces) opens with a surname: a common single
/// one for two or three characters; for four, a compound one or two
/// single ones (`欧阳修文`, `张王丽华`).
fn opens_with_surname(name: &str) -> bool {
    let mut cs = name.chars();
    let first = cs.next().is_some_and(|c| SURNAMES.contains(c));
    if char_len(name) >= 4 {
        COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s))
            || (first && cs.next().is_some_and(|c| SURNAMES.contains(c)))
    } else {
        first || COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s))
    }
}

/// The issuing organ's mark of a 版头 (GB/T 9704 §7.2.4): `XX市人民政府文件`,
/// `中共XX市委办公室文件`, or an organ's name alone (`XX市人民政府办公室`),
/// `XX市财政局 XX市发展和改革委员会` for a joint issue.
///
/// ```
/// use gongwen_parse::furniture::is_issuer_mark;
/// assert!(is_issuer_mark("XX市人民政府办公室文件"));
/// assert!(is_issuer_mark("XX市人民政府办公室"));
/// assert!(!is_issuer_mark("关于开展安全生产大检查的通知"));
/// assert!(is_issuer_mark("中共中央文件"));
/// assert!(!is_issuer_mark("招标文件"));
/// assert!(is_issuer_mark("中共温州市委宣传部印"));
/// assert!(is_issuer_mark("交通运输部发布"));
/// assert!(!is_issuer_mark("必然要求构建新发展格局"));
/// assert!(!is_issuer_mark("坚持以人民为中心"));
/// ```
pub fn is_issuer_mark(line: &str) -> bool {
    const ORGANS: &[&str] = &[
        "文件",
        "人民政府",
        "办公室",
        "办公厅",
        "委员会",
        "委",
        "局",
        "厅",
        "部",
        "院",
        "署",
        "会",
        "所",
        "中心",
        "公司",
        "集团",
        "党组",
        "纪要",
    ];
    let Some(t) = squeezed(trim(line), 40) else {
        return false;
    };
    // A printer's line names the organ that printed it (`中共某市委宣传部印`,
    // `某某办公室编印`).
    let t = PRINTED_BY
        .iter()
        .find_map(|s| t.strip_suffix(s))
        .filter(|r| char_len(r) >= 4)
        .map_or(t.clone(), str::to_string);
    // `…文件` is a mark where an organ issues it (`XX市人民政府文件`,
    // `中共中央文件`), not a kind of document (`招标文件`, `采购文件`).
    let organ = |t: &str| ORGANS[1..].iter().any(|o| t.ends_with(o));
    // (Before `文件` also `中共中央`, `某某大学`: bodies whose names end in no
    // organ word; alone such a name is no mark.)
    let issuer = |t: &str| {
        organ(t)
            || ["中央", "大学", "学院", "学校", "医院"]
                .iter()
                .any(|o| t.ends_with(o))
    };
    char_len(&t) >= 4
        && !t.contains("关于")
        && !t.contains(['。', '，', '：', '《'])
        && !NOT_ORGANS.iter().any(|w| t.ends_with(w))
        && t.strip_suffix("文件").map_or_else(|| organ(&t), issuer)
}

/// Words that end in an organ's character but name none: `新发展格局`
/// (局), `工作部署` (署), `党员干部` (部), `心得体会` (会), `以人民为中心`.
const NOT_ORGANS: &[&str] = &[
    "格局",
    "大局",
    "全局",
    "布局",
    "结局",
    "开局",
    "变局",
    "新局",
    "干部",
    "全部",
    "内部",
    "外部",
    "局部",
    "部署",
    "社会",
    "机会",
    "体会",
    "领会",
    "晚会",
    "盛会",
    "年会",
    "峰会",
    "聚会",
    "场所",
    "住所",
    "为中心",
];

/// An organ's publishing or printing line (`交通运输部发布`,
/// `中共某市委宣传部印`): an [issuer mark](is_issuer_mark) that ends with
/// the verb, never part of a title.
///
/// ```
/// use gongwen_parse::furniture::is_publishing_line;
/// assert!(is_publishing_line("交通运输部发布"));
/// assert!(!is_publishing_line("交通运输部"));
/// assert!(!is_publishing_line("国务院关于发布"));
/// ```
pub fn is_publishing_line(line: &str) -> bool {
    let t = trim(line);
    PRINTED_BY.iter().any(|v| t.ends_with(v)) && is_issuer_mark(t)
}

/// The verbs after an organ's name on its publishing or printing line.
const PRINTED_BY: &[&str] = &["编印", "翻印", "印发", "发布", "印"];

/// A cover page's field line: a short label naming a field (`项目编号`,
/// `编制单位`, `采   购   人`), a colon, and its value.
///
/// ```
/// use gongwen_parse::furniture::is_field_line;
/// assert!(is_field_line("项目编号：XHSTXMT-202605-CS02"));
/// assert!(is_field_line("编  制 单 位：四川星海视听新媒体有限公司"));
/// assert!(is_field_line("会议主题：AI渗透测试项目指导与备赛策略"));
/// assert!(!is_field_line("各有关单位："));
/// assert!(!is_field_line("农学院：凝心聚力促发展"));
/// ```
pub fn is_field_line(line: &str) -> bool {
    const FIELDS: &[&str] = &[
        "编号", "名称", "单位", "日期", "时间", "地址", "电话", "人", "期限", "金额", "地点",
        "邮编", "传真", "机构", "代码", "类别", "方式", "部门", "主题", "摘要", "议题",
    ];
    let t = trim(line);
    let Some((label, value)) = t.split_once(['：', ':']) else {
        return false;
    };
    let Some(label) = squeezed(label, 8) else {
        return false;
    };
    char_len(&label) >= 2
        && !trim(value).is_empty()
        && label.chars().all(crate::text::is_ideograph)
        && FIELDS.iter().any(|f| label.ends_with(f))
        && !label.starts_with('各')
}

/// A line of a standard's cover page (GB/T 1.1): the ICS / CCS
/// classification, a 备案号, the standard's number (`GB/T 9704—2012`,
/// `NB/T xxxxx—xxxx`, `代替 GB/T 1—2000`), the kind of standard
/// (`中华人民共和国国家标准`, `XX行业标准`), the draft stage (`（征求意见稿）`)
/// and the issue and effective dates (`2012-06-29发布`).
///
/// ```
/// use gongwen_parse::furniture::is_standard_cover_line;
/// assert!(is_standard_cover_line("ICS 27.120.99"));
/// assert!(is_standard_cover_line("NB/T xxxxx—xxxx"));
/// assert!(is_standard_cover_line("代替XX/TXXXXX-XXXX"));
/// assert!(is_standard_cover_line("中华人民共和国能源行业标准"));
/// assert!(is_standard_cover_line("2012 - 06 - 29发布"));
/// assert!(is_standard_cover_line("AQ/T 9007-2019 代替 AQ/T9007-2011"));
/// assert!(is_standard_cover_line("2019-08-09 发布 2020-02-01 执行"));
/// assert!(!is_standard_cover_line("核电厂定期安全评价"));
/// assert!(!is_standard_cover_line("执行国家标准"));
/// assert!(!is_standard_cover_line("1.2 引用标准-通则"));
/// ```
pub fn is_standard_cover_line(line: &str) -> bool {
    let t = trim(line);
    if t.starts_with("ICS") || t.starts_with("CCS") || t.starts_with("备案号") {
        return true;
    }
    // (`AQ/T 9007-2019 代替 AQ/T 9007-2011`: the code and the one it
    // replaces on one line.)
    let code = t.strip_prefix("代替").map_or(t, |r| trim(r));
    let code = code.split_once("代替").map_or(code, |(c, _)| trim(c));
    if code.starts_with(|c: char| c.is_ascii_uppercase())
        && code.chars().count() <= 30
        && code.contains(['—', '–', '-'])
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | ' ' | '—' | '–' | '-'))
        && code
            .chars()
            .any(|c| c.is_ascii_digit() || c == 'x' || c == 'X')
    {
        return true;
    }
    let n = char_len(t);
    if n <= 24
        && t.ends_with("标准")
        && (t.starts_with("中华人民共和国")
            || ["行业标准", "地方标准", "团体标准"]
                .iter()
                .any(|k| t.ends_with(k) && n > k.chars().count()))
        && !t.contains(['，', '。', '、'])
    {
        return true;
    }
    let inner = t
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    if ["征求意见稿", "送审稿", "报批稿", "讨论稿", "草案"].contains(&inner) {
        return true;
    }
    (t.ends_with("发布") || t.ends_with("实施") || t.ends_with("执行"))
        && n <= 32
        && t.starts_with(|c: char| c.is_ascii_digit() || c == 'x' || c == 'X')
}

/// A mark of a 版头 above the issuing organ (GB/T 9704 §7.2.1–7.2.3): the
/// copy number (`000123`), the classification and its term (`机密★1年`,
/// `秘密`), the urgency (`特急`, `加急`). Never a title.
///
/// ```
/// use gongwen_parse::furniture::is_head_mark;
/// assert!(is_head_mark("000123"));
/// assert!(is_head_mark("机密★1年"));
/// assert!(is_head_mark("特　急"));
/// assert!(!is_head_mark("机密文件管理办法"));
/// ```
pub fn is_head_mark(line: &str) -> bool {
    let Some(t) = squeezed(trim(line), 8) else {
        return false;
    };
    if (6..=8).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    if matches!(t.as_str(), "特急" | "加急" | "特提" | "平急") {
        return true;
    }
    ["绝密", "机密", "秘密"].iter().any(|k| {
        t.strip_prefix(k).is_some_and(|r| {
            r.is_empty()
                || (r.starts_with(['★', '*', '☆'])
                    && char_len(r) <= 6
                    && r.chars()
                        .skip(1)
                        .all(|c| c.is_ascii_digit() || "年月个长期".contains(c)))
        })
    })
}

/// An addressee or salutation: `各位代表：`, `同志们：`, `各区县人民政府：`;
/// not a notes label (`说明：`).
///
/// A sentence that introduces what follows (`大会的主题是：`,
/// `学院的主要做法有：`, `具体要求如下：`) is no addressee.
///
/// ```
/// use gongwen_parse::furniture::is_addressee;
/// assert!(is_addressee("各有关单位："));
/// assert!(!is_addressee("说明："));
/// assert!(!is_addressee("大会的主题是："));
/// assert!(!is_addressee("学院的主要做法有："));
/// ```
pub fn is_addressee(line: &str) -> bool {
    let t = trim(line);
    let Some(head) = t.strip_suffix('：').or_else(|| t.strip_suffix(':')) else {
        return false;
    };
    const INTRODUCING: &[&str] = &[
        "如下", "以下", "有", "是", "为", "包括", "即", "在于", "了", "的", "指", "下列",
    ];
    char_len(t) <= 60
        && !t.contains(['。', '；'])
        && !t.starts_with("附件")
        && !INTRODUCING.iter().any(|w| trim(head).ends_with(w))
        // (A notes label, `说明：` `备注：`, heads notes.)
        && notes_label(t) != Some("")
}

/// The declared piece count under a compilation's title: `（8篇）`, `（共8篇）`, `（八篇）`.
pub fn declared_count(line: &str) -> Option<u32> {
    let t = trim(line);
    let inner = t
        .strip_prefix(['（', '('])?
        .strip_suffix(['）', ')'])?
        .trim_matches(is_space);
    let inner = inner
        .strip_prefix('共')
        .unwrap_or(inner)
        .trim_matches(is_space);
    let num = inner.strip_suffix('篇')?.trim_matches(is_space);
    if let Ok((rest, (v, _))) = crate::numeral::arabic(num) {
        return rest.is_empty().then_some(v);
    }
    crate::numeral::parse_value(num, gongwen_model::NumeralStyle::Chinese).ok()
}

/// The header of a table of contents: `目录`, `目 录`, `目　录`, `目次`,
/// `目录页`.
///
/// ```
/// use gongwen_parse::furniture::is_toc_header;
/// assert!(is_toc_header("目录页"));
/// assert!(!is_toc_header("目录页码"));
/// ```
pub fn is_toc_header(line: &str) -> bool {
    let mut it = trim(line).chars().filter(|c| !is_space(*c));
    matches!(
        (it.next(), it.next(), it.next(), it.next()),
        (
            Some('目'),
            Some('录' | '錄' | '次'),
            None | Some('页' | '頁'),
            None
        )
    )
}

/// What an `附件` / `附录` line opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum AnnexLine {
    /// An annexed piece: the label is `..label_end` (trailing colon
    /// included); the title, if any, follows.
    Annex {
        /// Byte length of the label.
        label_end: usize,
    },
    /// The attachment list under a notice's body: `附件：1. …`.
    AttachmentList,
}

/// Reads an `附件1：` / `附件一` / `附件：` / `附录` line, a numbered
/// annexed table `附表一` / `附表2：`, or `附：` alone.
///
/// ```
/// use gongwen_parse::furniture::{annex_line, AnnexLine};
/// assert_eq!(annex_line("附件1："), Some(AnnexLine::Annex { label_end: "附件1：".len() }));
/// assert_eq!(annex_line("附件：1.登记表"), Some(AnnexLine::AttachmentList));
/// assert_eq!(annex_line("附件2为申请表。"), None);
/// assert_eq!(annex_line("附："), Some(AnnexLine::Annex { label_end: "附：".len() }));
/// assert_eq!(annex_line("附件 2：申报单"), Some(AnnexLine::Annex { label_end: "附件 2：".len() }));
/// assert_eq!(annex_line("附：国徽图案"), None);
/// assert_eq!(annex_line("附表一"), Some(AnnexLine::Annex { label_end: "附表一".len() }));
/// assert_eq!(annex_line("附表："), None);
/// assert_eq!(annex_line("附图：1.满窗日照计算点示意图"), Some(AnnexLine::AttachmentList));
/// assert_eq!(annex_line("附件2-1"), Some(AnnexLine::Annex { label_end: "附件2-1".len() }));
/// assert_eq!(annex_line("附件2-1.统计表.docx"), None);
/// assert_eq!(annex_line("附　录　A （资料性附录） 流程图"), Some(AnnexLine::Annex { label_end: "附　录　A".len() }));
/// assert_eq!(annex_line("附录B"), Some(AnnexLine::Annex { label_end: "附录B".len() }));
/// assert_eq!(annex_line("附录A：电厂管理巡视流程图"), Some(AnnexLine::Annex { label_end: "附录A：".len() }));
/// assert_eq!(annex_line("附录：关于若干历史问题的决议"), Some(AnnexLine::Annex { label_end: "附录：".len() }));
/// assert_eq!(annex_line("附录A所列的方法。"), None);
/// assert_eq!(annex_line("【参考资料】"), Some(AnnexLine::Annex { label_end: "【参考资料】".len() }));
/// assert_eq!(annex_line("【导读】"), None);
/// ```
pub fn annex_line(line: &str) -> Option<AnnexLine> {
    let t = trim(line);
    // A bracketed label alone over appended material (`【附件】`,
    // `【参考资料】`, as collections of speeches append a document; the
    // rule `annex` asks for its title on the next line).
    if let Some(inner) = t.strip_prefix('【').and_then(|r| r.strip_suffix('】')) {
        const APPENDED: &[&str] = &["附件", "附录", "参考资料"];
        return APPENDED
            .contains(&trim(inner))
            .then_some(AnnexLine::Annex { label_end: t.len() });
    }
    // `附：` (or `附`) standing alone, as laws head the text they annex.
    if t == "附：" || t == "附:" || t == "附" {
        return Some(AnnexLine::Annex { label_end: t.len() });
    }
    // A standard's appendix `附录A` / `附　录　A（规范性附录）…` (GB/T 1.1),
    // its letter the label's last character.
    if let Some(r) = t.strip_prefix('附') {
        let r = r.trim_start_matches(is_space);
        if let Some(r) = r.strip_prefix('录') {
            let r = r.trim_start_matches(is_space);
            let mut cs = r.chars();
            if let (Some(c), next) = (cs.next(), cs.next()) {
                if c.is_ascii_uppercase()
                    && next.is_none_or(|n| is_space(n) || matches!(n, '（' | '(' | '：' | ':'))
                {
                    // `附录A：流程图`: the colon belongs to the label.
                    let colon = next.filter(|&n| matches!(n, '：' | ':'));
                    let label_end = t.len() - r.len() + 1 + colon.map_or(0, char::len_utf8);
                    return (!t[label_end..].contains('。'))
                        .then_some(AnnexLine::Annex { label_end });
                }
            }
        }
    }
    // `附表一` (an annexed table, as tax laws append theirs) only with a number.
    // `附图：1. …` and `附表：…` list attached drawings and tables (outline
    // spec convention 17); numbered (`附图1`) they open one.
    let (rest, needs_number) = match t.strip_prefix("附件").or_else(|| t.strip_prefix("附录")) {
        Some(r) => (r, false),
        None => (
            t.strip_prefix("附表").or_else(|| t.strip_prefix("附图"))?,
            true,
        ),
    };
    let listed = needs_number && rest.starts_with(['：', ':']);
    // `附件 1`: white space between the label and its digits.
    let spaced = rest.trim_start_matches(is_space);
    let rest = if spaced.len() < rest.len()
        && spaced
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        spaced
    } else {
        rest
    };
    let num_len = rest
        .char_indices()
        .find(|(_, c)| {
            !(c.is_ascii_digit()
                || ('０'..='９').contains(c)
                || crate::numeral::is_chinese_numeral_char(*c))
        })
        .map_or(rest.len(), |(i, _)| i);
    let numbered = num_len > 0;
    if listed {
        return (!trim(&rest[rest.chars().next().map_or(0, char::len_utf8)..]).is_empty())
            .then_some(AnnexLine::AttachmentList);
    }
    if needs_number && !numbered {
        return None;
    }
    // `附件2-1`: a part of annex 2 (digits after a dash).
    let sub_len = if numbered {
        let after = &rest[num_len..];
        after
            .strip_prefix(['-', '－', '—', '–'])
            .map(|r| {
                let digits = r
                    .find(|c: char| !(c.is_ascii_digit() || ('０'..='９').contains(&c)))
                    .unwrap_or(r.len());
                if digits == 0 {
                    0
                } else {
                    after.len() - r.len() + digits
                }
            })
            .unwrap_or(0)
    } else {
        0
    };
    let num_len = num_len + sub_len;
    let after_num = &rest[num_len..];
    let colon_len = match after_num.chars().next() {
        Some(c @ ('：' | ':')) => c.len_utf8(),
        // `附件2-1.统计表.docx` names a file, as attachment lists do.
        Some('.' | '．' | '、') if sub_len > 0 => return None,
        Some(c @ ('.' | '．' | '、')) if numbered => c.len_utf8(),
        _ => 0,
    };
    let after = &after_num[colon_len..];
    let title = trim(after);
    let label_end = t.len() - rest.len() + num_len + colon_len;
    if title.is_empty() {
        return Some(AnnexLine::Annex { label_end });
    }
    if title.contains('。') || char_len(title) > 60 {
        return None;
    }
    if !numbered {
        // `附录　定义和术语`, `附录：关于若干历史问题的决议`: an appendix and its
        // title (an appendix is never a list of attachments).
        if t.starts_with("附录") && (colon_len > 0 || after.starts_with(is_space)) {
            return Some(AnnexLine::Annex { label_end });
        }
        // `附件：1. …` or `附件：登记表` lists what is attached.
        return (colon_len > 0).then_some(AnnexLine::AttachmentList);
    }
    // `附件1：标题` or `附件1 标题`; `附件2为…` is a sentence.
    (colon_len > 0 || after.starts_with(is_space)).then_some(AnnexLine::Annex { label_end })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_and_not_chrome() {
        for l in [
            "下载",
            "来源：北京日报",
            "时间：2026-02-02",
            "2026-02-09 09:45:30",
            "首页 > 要闻",
            "【阅读全文】",
            "归档时间:2018-11-21",
            "索引号: 000014349/2020-00001  组配分类: 通知公告",
            "文章全文: |",
            "标题：某市人民政府办公厅关于做好春节期间有关工作的通知",
            "效力状态：现行有效",
            "您当前所在位置:",
            "发布时间:2011-11-07",
            "07.07.2017  20:38",
            "• 2020-11-13 14:42",
            "• 公告通知",
        ] {
            assert!(is_chrome(l), "{l:?} is chrome");
        }
        for l in [
            "2026年北京市政府工作报告",
            "政府工作报告",
            "一、总则",
            "关于发布时间安排的通知",
            "【重要】关于做好2026年春节期间安全生产工作的通知",
        ] {
            assert!(!is_chrome(l), "{l:?} is not chrome");
        }
    }

    #[test]
    fn dates_and_authors() {
        assert!(is_date_line("（2022年10月16日）"), "a bracketed date");
        assert!(
            is_date_line("2020年5月28日 第十三届全国人民代表大会第三次会议通过"),
            "an adoption line"
        );
        assert!(
            !is_date_line("2025年是“十四五”规划收官之年。"),
            "a sentence is not a date line"
        );
        assert!(
            !is_date_line("2026年北京市政府工作报告"),
            "a title starting with a year is not a date"
        );
        assert!(
            is_date_line("二〇二二年十月十六日"),
            "a date in Chinese numerals"
        );
        assert!(
            is_date_line("二○一二年一月九日"),
            "a white circle standing for 〇"
        );
        assert!(is_author_line("习　近　平"), "a spaced-out name");
        assert!(is_author_line("北京市市长 殷勇"), "position and name");
        assert!(!is_author_line("婚姻家庭编"), "a title part is not a name");
    }

    #[test]
    fn annex_labels() {
        assert_eq!(
            annex_line("附件"),
            Some(AnnexLine::Annex { label_end: 6 }),
            "a bare label"
        );
        assert_eq!(
            annex_line("附件一 登记表"),
            Some(AnnexLine::Annex {
                label_end: "附件一".len()
            }),
            "a Chinese-numbered label with its title"
        );
        assert_eq!(
            annex_line("附件：登记表"),
            Some(AnnexLine::AttachmentList),
            "a one-item list"
        );
        assert_eq!(annex_line("附表"), None, "not an annex label");
        assert_eq!(
            annex_line("附件2.申报单"),
            Some(AnnexLine::Annex {
                label_end: "附件2.".len()
            }),
            "a dot after the number"
        );
    }
}
