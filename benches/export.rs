//! Export throughput: MB/s of input text per format, on a large generated
//! document (the built-in sample repeated to about 4 MB), with the parse of
//! the same text as the reference.
//!
//! ```text
//! cargo bench --bench export
//! ```

use criterion::{criterion_main, BenchmarkId, Criterion, Throughput};
use gongwen::export::{chunks, docx, html, json, markdown, outline};
use std::hint::black_box;
use std::time::Duration;

/// About `bytes` of text: the sample, repeated.
fn large_text(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + gongwen::SAMPLE.len());
    while s.len() < bytes {
        s.push_str(gongwen::SAMPLE);
        s.push('\n');
    }
    s
}

fn export(c: &mut Criterion) {
    let text = large_text(4 << 20);
    let doc = gongwen::parse(&text);
    let mut group = c.benchmark_group("export");
    group
        .throughput(Throughput::BytesDecimal(text.len() as u64))
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    let mut buf: Vec<u8> = Vec::with_capacity(text.len() * 4);
    group.bench_function(BenchmarkId::new("parse", "reference"), |b| {
        b.iter(|| black_box(gongwen::parse(black_box(&text))).nodes.len())
    });
    group.bench_function("json", |b| {
        b.iter(|| {
            buf.clear();
            json::write(&doc, &mut buf, &json::Options::default()).ok();
            buf.len()
        })
    });
    group.bench_function("json_pretty", |b| {
        b.iter(|| {
            buf.clear();
            json::write(&doc, &mut buf, &{
                let mut o = json::Options::default();
                o.pretty = true;
                o
            })
            .ok();
            buf.len()
        })
    });
    group.bench_function("markdown", |b| {
        b.iter(|| {
            buf.clear();
            markdown::write(&doc, &mut buf, &markdown::Options::default()).ok();
            buf.len()
        })
    });
    group.bench_function("html", |b| {
        b.iter(|| {
            buf.clear();
            html::write(&doc, &mut buf, &html::Options::default()).ok();
            buf.len()
        })
    });
    group.bench_function("chunks", |b| {
        b.iter(|| {
            buf.clear();
            chunks::write(&doc, &mut buf, &chunks::Options::default()).ok();
            buf.len()
        })
    });
    group.bench_function("docx", |b| {
        b.iter(|| {
            docx::to_vec(&doc, &docx::Options::default())
                .map(|v| v.len())
                .ok()
        })
    });
    group.bench_function("outline", |b| {
        let mut s = String::with_capacity(text.len());
        b.iter(|| {
            s.clear();
            outline::write_tree(&doc, &mut s).ok();
            s.len()
        })
    });
    group.finish();
}

/// The criterion group (its generated function has no doc comment).
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::export);
}

criterion_main!(group::benches);
