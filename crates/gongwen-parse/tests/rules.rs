//! Rule fixtures: `tests/rules/<rule-id>.txt` holds example blocks for one
//! rule, each an input document and the outline rows it must give
//! (`line<TAB>kind<TAB>depth<TAB>marker<TAB>title`, the `outline --tsv`
//! contract). One test per example; one more fails for any rule of
//! [`gongwen_parse::rules::RULES`] without a fixture.
//!
//! A block:
//!
//! ```text
//! @@ example: a name
//! input lines…
//! @@ expect
//! 1<TAB>title<TAB>0<TAB><TAB>…
//! ```

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::Path;

struct Example {
    name: String,
    input: String,
    expect: String,
}

fn examples(text: &str) -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    let mut in_expect = false;
    for line in text.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix("@@ example:") {
            out.push(Example {
                name: name.trim().to_string(),
                input: String::new(),
                expect: String::new(),
            });
            in_expect = false;
        } else if line.trim_end() == "@@ expect" {
            in_expect = true;
        } else if let Some(ex) = out.last_mut() {
            if in_expect {
                ex.expect.push_str(line);
            } else {
                ex.input.push_str(line);
            }
        }
    }
    out
}

fn rows(src: &str) -> String {
    let doc = gongwen_parse::parse(src);
    let mut s = String::new();
    for r in doc.outline() {
        s.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            r.line,
            r.kind.as_str(),
            r.depth.map_or("-".to_string(), |d| d.to_string()),
            r.marker,
            r.title.replace('\t', " ")
        ));
    }
    s
}

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules");
    let mut trials = Vec::new();
    for rule in gongwen_parse::rules::RULES {
        let path = dir.join(format!("{}.txt", rule.id));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let found = examples(&text);
        let id = rule.id;
        let count = found.len();
        trials.push(Trial::test(format!("{id}::has_examples"), move || {
            if count == 0 {
                return Err(Failed::from(format!(
                    "rule {id} has no example in tests/rules/{id}.txt"
                )));
            }
            Ok(())
        }));
        for ex in found {
            trials.push(Trial::test(format!("{id}::{}", ex.name), move || {
                let got = rows(&ex.input);
                let want: String = ex
                    .expect
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| format!("{l}\n"))
                    .collect();
                if got == want {
                    Ok(())
                } else {
                    Err(Failed::from(format!(
                        "input:\n{}\nwant:\n{want}\ngot:\n{got}",
                        ex.input
                    )))
                }
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
