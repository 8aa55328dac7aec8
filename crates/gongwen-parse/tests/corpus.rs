//! The public corpus of real documents (read from ../shared at run time,
//! never copied into the project): every outline row matches its gold file,
//! and every document parses losslessly.

mod support;

use std::path::PathBuf;

#[test]
fn public_corpus_outlines_match_gold() {
    let Some(dir) = support::shared_corpus("public") else {
        return;
    };
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let gold_path = path.with_extension("outline.tsv");
        let Ok(gold) = std::fs::read_to_string(&gold_path) else {
            continue;
        };
        let bytes = std::fs::read(&path).expect("read document");
        let doc = gongwen_parse::parse_bytes(&bytes).expect("decodes");
        assert_eq!(
            doc.reassemble().as_deref(),
            Some(doc.source.as_ref()),
            "{} should parse losslessly",
            path.display()
        );
        let got = gongwen_export::outline::to_tsv(&doc);
        let want: Vec<&str> = gold
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .collect();
        let got: Vec<&str> = got.lines().collect();
        assert_eq!(
            got,
            want,
            "{} should outline exactly as its gold file",
            path.display()
        );
        checked += 1;
    }
    assert!(
        checked >= 7,
        "expected the public corpus, checked {checked} documents"
    );
}

/// The project's own corpus, `tests/corpus/` in the repository: it is
/// always there, so this test never skips.
#[test]
fn project_corpus_outlines_match_gold() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/corpus is part of the repository")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    entries.sort();
    for path in &entries {
        let gold = std::fs::read_to_string(path.with_extension("outline.tsv")).expect("gold file");
        let bytes = std::fs::read(path).expect("read document");
        let doc = gongwen_parse::parse_bytes(&bytes).expect("decodes");
        let got = gongwen_export::outline::to_tsv(&doc);
        let want: Vec<&str> = gold
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .collect();
        assert_eq!(got.lines().collect::<Vec<_>>(), want, "{}", path.display());
    }
    assert!(
        entries.len() >= 17,
        "expected tests/corpus, found {}",
        entries.len()
    );
}
