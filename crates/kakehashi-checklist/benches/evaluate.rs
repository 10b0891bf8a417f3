//! How long the checklist takes: per record, and for the CLI path (parse, validate, evaluate,
//! write JSON). Run: `CARGO_TARGET_DIR=/work/target-model cargo bench -p kakehashi-checklist`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use kakehashi_checklist::{evaluate, evaluate_json, Context};
use kakehashi_model::{samples, Date};

fn bench(c: &mut Criterion) {
    let ctx = Context::new(Date::ymd(2026, 11, 21));
    let records = samples();
    c.bench_function("evaluate all six samples", |b| {
        b.iter(|| {
            for r in &records {
                black_box(evaluate(black_box(r), &ctx));
            }
        })
    });
    let gaps = records
        .iter()
        .find(|r| r.id.as_str() == "sample-iv-adipose-msc-gaps")
        .unwrap();
    let json = gaps.to_json_pretty().unwrap();
    c.bench_function("evaluate_json of the IV case with gaps", |b| {
        b.iter(|| black_box(evaluate_json(black_box(&json), &ctx).unwrap()))
    });
    c.bench_function("validate the IV case with gaps", |b| {
        b.iter(|| black_box(gaps.validate()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
