//! Engine benchmarks: per-request cost and scanning throughput of the built-in rules.
//!
//! `cargo bench -p palisade-rulesets --bench engine` — results are recorded in
//! `benches/README.md`. Inputs are benign (the common case a WAF pays for) and generated
//! deterministically, so runs are comparable.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use rulesets::{httpraw, load_builtin, EvalConfig, InspectedRequest, Limits};

#[path = "support/requests.rs"]
mod requests;
use requests::{form_body, get_1k, json_body, post, Words};

fn per_request(c: &mut Criterion) {
    let set = load_builtin().unwrap();
    let mut w = Words(0x9e37_79b9_7f4a_7c15);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("get_1k", get_1k(&mut w)),
        (
            "json_4k",
            post("application/json", &json_body(&mut w, 4 * 1024)),
        ),
        (
            "json_64k",
            post("application/json", &json_body(&mut w, 64 * 1024)),
        ),
        (
            "form_64k",
            post(
                "application/x-www-form-urlencoded",
                &form_body(&mut w, 64 * 1024),
            ),
        ),
        ("text_64k", post("text/plain", &w.text(64 * 1024))),
        (
            "json_1m",
            post("application/json", &json_body(&mut w, 1 << 20)),
        ),
        (
            "form_1m",
            post(
                "application/x-www-form-urlencoded",
                &form_body(&mut w, 1 << 20),
            ),
        ),
        ("text_1m", post("text/plain", &w.text(1 << 20))),
    ];
    for paranoia in [1u8, 2] {
        let cfg = EvalConfig {
            paranoia,
            ..EvalConfig::default()
        };
        let mut g = c.benchmark_group(format!("request_pl{paranoia}"));
        g.measurement_time(Duration::from_secs(4)).sample_size(30);
        for (name, raw) in &cases {
            // Benign inputs should pass, or the benchmark measures a blocking path. The
            // generated bodies are word salad over a vocabulary with SQL-ish words in it, so the
            // large ones contain phrases such as "and x>y" or "from union union" by chance, and
            // PL2 flags some of them: say so on stderr rather than hide it or stop the run.
            let req = httpraw::parse_request(raw, requests::limits(), 2 << 20);
            let v = set.evaluate(&req, &cfg);
            if v.is_block() {
                let why: Vec<_> = v
                    .matches
                    .iter()
                    .map(|m| (&m.rule.id, &m.target, &m.fragment))
                    .collect();
                eprintln!("note: generated {name} is flagged at PL{paranoia}: {why:?}");
            }
            g.throughput(Throughput::Bytes(raw.len() as u64));
            // Parse + evaluate: what the proxy pays per request.
            g.bench_with_input(
                BenchmarkId::new("parse_and_evaluate", name),
                raw,
                |b, raw| {
                    b.iter(|| {
                        let req =
                            httpraw::parse_request(black_box(raw), requests::limits(), 2 << 20);
                        black_box(set.evaluate(&req, &cfg))
                    })
                },
            );
            // Evaluate only (the request already parsed).
            g.bench_with_input(BenchmarkId::new("evaluate", name), &req, |b, req| {
                b.iter(|| black_box(set.evaluate(black_box(req), &cfg)))
            });
        }
        g.finish();
    }
}

fn compile(c: &mut Criterion) {
    let set = load_builtin().unwrap();
    let stats = set.stats();
    eprintln!(
        "built-in rules: {} rules, {} literals, {} groups, {} always-run, memory {} bytes",
        stats.rules,
        stats.literals,
        stats.groups,
        stats.always_run.len(),
        stats.memory_bytes
    );
    let mut g = c.benchmark_group("compile");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("load_builtin", |b| {
        b.iter(|| black_box(load_builtin().unwrap()))
    });
    g.finish();
}

fn builder_only(c: &mut Criterion) {
    // Head parsing alone, for comparison with evaluation.
    let mut w = Words(7);
    let raw = get_1k(&mut w);
    c.bench_function("parse_only/get_1k", |b| {
        b.iter(|| {
            black_box(httpraw::parse_request(
                black_box(&raw),
                Limits::default(),
                1 << 20,
            ))
        })
    });
    let _ = InspectedRequest::builder();
}

criterion_group!(benches, per_request, compile, builder_only);
criterion_main!(benches);
