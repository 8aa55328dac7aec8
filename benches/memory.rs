//! Peak heap while parsing, measured with a counting global allocator.
//!
//! ```text
//! cargo bench --bench memory
//! ```
//!
//! For each input shape at 64 MB (the compilation) or 16 MB (the others):
//! the peak heap allocated while `gongwen::parse` runs and its result is
//! alive, above the input text, as a multiple of the input size. Target:
//! ≤ 2× on the 64 MB compilation.

mod inputs;

use inputs::MB;
use peak_alloc::PeakAlloc;

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// Peak heap above the current level while `f` runs, and the heap its
/// result still holds, in bytes.
fn peak_during<T>(f: impl FnOnce() -> T) -> (usize, usize, T) {
    let before = HEAP.current_usage();
    HEAP.reset_peak_usage();
    let out = f();
    let kept = HEAP.current_usage().saturating_sub(before);
    (HEAP.peak_usage().saturating_sub(before), kept, out)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing
    // and must stay quick, so it measures 1 MB only.
    let full = std::env::args().any(|a| a == "--bench");
    println!("== gongwen memory report (peak heap above the input, while parsing and with the Document alive)");
    println!(
        "  Node is {} bytes",
        std::mem::size_of::<gongwen::model::Node<'_>>()
    );
    for (name, make) in inputs::SHAPES {
        let mb = match (full, name) {
            (false, _) => 1,
            (true, "compilation") => 64,
            (true, _) => 16,
        };
        let text = make(mb * MB);
        let (peak, kept, doc) = peak_during(|| gongwen::parse(&text));
        let nodes = doc.nodes.len();
        drop(doc);
        let ratio = peak as f64 / text.len() as f64;
        let target = if name == "compilation" {
            if ratio <= 2.0 {
                "  target ≤ 2.00× met"
            } else {
                "  target ≤ 2.00× NOT met"
            }
        } else {
            ""
        };
        let kept = kept as f64 / text.len() as f64;
        println!(
            "  {name:<14} {mb:>3} MB  {nodes:>9} nodes  peak heap {ratio:>5.2}× input (the Document keeps {kept:.2}×){target}"
        );
    }
    // Real documents (issue 14: peak heap ≤ 1.0× the input): the public
    // corpus repeated to 64 MB (16 MB without `--bench`), when present.
    let docs = inputs::corpus();
    if !docs.is_empty() {
        let mb = if full { 64 } else { 16 };
        let mut text = String::new();
        while text.len() < mb * MB {
            for (_, bytes) in &docs {
                text.push_str(&String::from_utf8_lossy(bytes));
                text.push('\n');
            }
        }
        let (peak, kept, doc) = peak_during(|| gongwen::parse(&text));
        let nodes = doc.nodes.len();
        drop(doc);
        let ratio = peak as f64 / text.len() as f64;
        let kept = kept as f64 / text.len() as f64;
        let met = if ratio <= 1.0 { "met" } else { "NOT met" };
        println!(
            "  {:<14} {mb:>3} MB  {nodes:>9} nodes  peak heap {ratio:>5.2}× input (the Document keeps {kept:.2}×)  target ≤ 1.00× {met}",
            "public corpus"
        );
    }
}
