//! Parser speed with in-run baselines.
//!
//! ```text
//! cargo bench --bench parse            # every figure, then the ratio table
//! cargo bench --bench parse -- 64MB    # criterion filters work as usual
//! ```
//!
//! Groups (throughput in MB/s):
//! * `compilation`: the sample compilation repeated to 1, 4, 16 and 64 MB —
//!   `limit` (UTF-8 validation + memchr line count), `regex` (a RegexSet
//!   line classifier), `decode`, `parse` (the full `Document`), `check`
//!   (every check over the parsed `Document`);
//! * `shapes`: heading-dense, 100 KB lines and deep nesting at 16 and 64
//!   MB, for the linear-time check (the same sizes as the compilation: both
//!   past the size where the allocator starts mapping fresh pages for the
//!   node vector, so the ratio measures the parser, not the allocator);
//! * `corpus`: the public corpus in `../shared`, when present.
//!
//! After criterion's own output, [`report`] prints the ratios from this
//! run's fastest samples (read back from criterion's `sample.json`).

mod inputs;

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use inputs::{RegexClassifier, MB};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

const SIZES: [usize; 4] = [1, 4, 16, 64];
const SHAPE_SIZES: [usize; 2] = [16, 64];

fn compilation(c: &mut Criterion) {
    let classifier = RegexClassifier::new();
    let mut g = c.benchmark_group("compilation");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .sampling_mode(SamplingMode::Flat);
    for mb in SIZES {
        let text = inputs::compilation(mb * MB);
        let id = format!("{mb}MB");
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("limit", &id), &text, |b, t| {
            b.iter(|| inputs::limit(black_box(t.as_bytes())))
        });
        g.bench_with_input(BenchmarkId::new("regex", &id), &text, |b, t| {
            b.iter(|| classifier.count(black_box(t)))
        });
        g.bench_with_input(BenchmarkId::new("decode", &id), &text, |b, t| {
            b.iter(|| gongwen::parser::decode::decode(black_box(t.as_bytes())).map(|d| d.1))
        });
        g.bench_with_input(BenchmarkId::new("parse", &id), &text, |b, t| {
            b.iter(|| gongwen::parse(black_box(t)).nodes.len())
        });
        let doc = gongwen::parse(&text);
        g.bench_with_input(BenchmarkId::new("check", &id), &doc, |b, d| {
            b.iter(|| gongwen::check::check(black_box(d)).len())
        });
    }
    g.finish();
}

fn shapes(c: &mut Criterion) {
    let mut g = c.benchmark_group("shapes");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sampling_mode(SamplingMode::Flat);
    // The compilation's 16 and 64 MB are in the `compilation` group.
    for (name, make) in inputs::SHAPES.into_iter().skip(1) {
        for mb in SHAPE_SIZES {
            let text = make(mb * MB);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, format!("{mb}MB")), &text, |b, t| {
                b.iter(|| gongwen::parse(black_box(t)).nodes.len())
            });
        }
    }
    g.finish();
}

fn corpus(c: &mut Criterion) {
    let docs = inputs::corpus();
    if docs.is_empty() {
        println!("corpus: ../shared/corpus/public not found; skipped");
        return;
    }
    let total: usize = docs.iter().map(|d| d.1.len()).sum();
    let classifier = RegexClassifier::new();
    let texts: Vec<&str> = docs
        .iter()
        .filter_map(|d| std::str::from_utf8(&d.1).ok())
        .collect();
    let mut g = c.benchmark_group("corpus");
    g.sample_size(20).measurement_time(Duration::from_secs(2));
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("limit", |b| {
        b.iter(|| docs.iter().map(|d| inputs::limit(&d.1)).sum::<usize>())
    });
    g.bench_function("regex", |b| {
        b.iter(|| texts.iter().map(|t| classifier.count(t)).sum::<usize>())
    });
    g.bench_function("parse", |b| {
        b.iter(|| {
            docs.iter()
                .filter_map(|d| gongwen::parse_bytes(black_box(&d.1)).ok())
                .map(|d| d.nodes.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

/// Criterion's output directory, found the way criterion finds it.
fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("criterion")
}

/// Fastest time per iteration, in nanoseconds, of `group/bench/param`
/// when it was measured by this run (criterion's samples written after
/// `since`). The fastest sample is the one least disturbed by other work on
/// a shared machine; criterion's own output above gives the medians.
fn best(since: SystemTime, path: &str) -> Option<f64> {
    let file = criterion_dir().join(path).join("new/sample.json");
    let written = std::fs::metadata(&file).and_then(|m| m.modified()).ok()?;
    if written < since {
        return None;
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).ok()?).ok()?;
    let iters = json["iters"].as_array()?;
    let times = json["times"].as_array()?;
    iters
        .iter()
        .zip(times)
        .filter_map(|(n, t)| Some(t.as_f64()? / n.as_f64()?))
        .min_by(f64::total_cmp)
}

fn ratio(num: Option<f64>, den: Option<f64>) -> Option<f64> {
    Some(num? / den?)
}

fn row(what: &str, value: Option<f64>, target: &str, met: impl Fn(f64) -> bool) {
    match value {
        Some(v) => println!(
            "  {what:<44} {v:>7.2}   target {target:<8} {}",
            if met(v) { "met" } else { "NOT met" }
        ),
        None => println!("  {what:<44}     n/a   target {target:<8} (not measured in this run)"),
    }
}

/// Prints the ratio table from this run's fastest samples.
fn report(since: SystemTime) {
    let t = |p: &str| best(since, p);
    println!("\n== gongwen parse report (ratios of this run's fastest samples; throughput ratios: higher is better)");
    let (limit, regex, parse, decode, check) = (
        t("compilation/limit/64MB"),
        t("compilation/regex/64MB"),
        t("compilation/parse/64MB"),
        t("compilation/decode/64MB"),
        t("compilation/check/64MB"),
    );
    println!(
        "  64 MB compilation throughput, relative to the limit (UTF-8 check + memchr line count):"
    );
    for (name, v) in [
        ("regex classifier", regex),
        ("decode", decode),
        ("full parse", parse),
        ("check", check),
    ] {
        match ratio(limit, v) {
            Some(r) => println!("    {name:<20} {r:>6.3}× the limit"),
            None => println!("    {name:<20}    n/a"),
        }
    }
    // Throughput ratio = inverse time ratio.
    row(
        "full parse / regex classifier (throughput)",
        ratio(regex, parse),
        "≥ 1.0",
        |v| v >= 1.0,
    );
    row(
        "full parse / limit (throughput)",
        ratio(limit, parse),
        "≥ 0.5",
        |v| v >= 0.5,
    );
    row(
        "t(64 MB) / t(16 MB), full parse",
        ratio(parse, t("compilation/parse/16MB")),
        "≤ 4.4",
        |v| v <= 4.4,
    );
    for (name, _) in inputs::SHAPES.into_iter().skip(1) {
        row(
            &format!("t(64 MB) / t(16 MB), {name}"),
            ratio(
                t(&format!("shapes/{name}/64MB")),
                t(&format!("shapes/{name}/16MB")),
            ),
            "≤ 4.4",
            |v| v <= 4.4,
        );
    }
    if let (Some(l), Some(r), Some(p)) = (t("corpus/limit"), t("corpus/regex"), t("corpus/parse")) {
        println!(
            "  public corpus: full parse {:.3}× the regex classifier, {:.3}× the limit",
            r / p,
            l / p
        );
    }
    println!(
        "  (peak heap: `cargo bench --bench memory`; exporters: `cargo bench --bench export`)"
    );
}

fn main() {
    let since = SystemTime::now();
    let mut c = Criterion::default().configure_from_args();
    compilation(&mut c);
    shapes(&mut c);
    corpus(&mut c);
    c.final_summary();
    report(since);
}
