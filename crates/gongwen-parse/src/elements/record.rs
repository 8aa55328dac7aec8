//! 版记 (GB/T 9704 §7.4): 抄送机关 and 印发机关和印发日期. Each function reads
//! one trimmed line.

use super::date::printed_date;
use crate::marker::is_space;

/// 抄送机关: `抄送：市委各部门，市人大常委会办公厅。` (`抄　送:` too).
pub(crate) fn is_cc_line(t: &str) -> bool {
    let t: String = t.chars().take(5).filter(|c| !is_space(*c)).collect();
    t.starts_with("抄送：") || t.starts_with("抄送:")
}

/// 印发机关和印发日期: `XX市人民政府办公室　　2026年12月6日印发`.
pub(crate) fn is_printer_line(t: &str) -> bool {
    printed_date(t).is_some_and(|d| d.start > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_record() {
        assert!(is_cc_line("抄送：市委各部门。"));
        assert!(is_cc_line("抄　送:市委"));
        assert!(!is_cc_line("抄送单位名单见附件"));
        assert!(is_printer_line("XX市人民政府办公室　　2026年12月6日印发"));
        assert!(!is_printer_line("2026年12月6日印发"));
        assert!(!is_printer_line("现将《办法》印发"));
    }
}
