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

/// Deterministic benign text: words of an online shop and a blog, with punctuation.
struct Words(u64);

const WORDS: &[&str] = &[
    "the",
    "order",
    "shipping",
    "address",
    "customer",
    "product",
    "size",
    "colour",
    "blue",
    "pick",
    "your",
    "delivery",
    "option",
    "from",
    "our",
    "range",
    "of",
    "cotton",
    "shirts",
    "and",
    "trousers",
    "with",
    "free",
    "returns",
    "within",
    "30",
    "days",
    "update",
    "account",
    "password",
    "email",
    "alice@example.com",
    "order-12345",
    "2024-05-17",
    "12.99",
    "EUR",
    "O'Reilly",
    "books",
    "drop-down",
    "menu",
    "union",
    "station",
    "script",
    "writer",
    "table",
    "where",
    "we",
    "met",
    "café",
    "crème",
    "niño",
    "straße",
    "1-2",
    "business",
    "days",
    "50%",
    "rock'n'roll",
    "C++",
    "x>y",
    "a&b",
    "(optional)",
    "#hashtag",
    "@mention",
    "—",
    "«quote»",
];

impl Words {
    fn next(&mut self) -> &'static str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        WORDS[(self.0 % WORDS.len() as u64) as usize]
    }

    fn text(&mut self, bytes: usize) -> String {
        let mut s = String::with_capacity(bytes + 16);
        while s.len() < bytes {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(self.next());
        }
        s
    }
}

const HEAD: &str = "Host: shop.example\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r\nAccept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\nAccept-Language: en-US,en;q=0.5\r\nAccept-Encoding: gzip, deflate, br\r\nReferer: https://shop.example/catalog/shirts?page=2\r\nCookie: session=8f14e45fceea167a5a36dedd4bea2543; cart=3; consent=analytics%3Dno\r\n";

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A ~1 KB browser GET with a query.
fn get_1k(w: &mut Words) -> Vec<u8> {
    let q: Vec<String> = (0..6)
        .map(|i| format!("f{i}={}", enc(&w.text(40))))
        .collect();
    let mut r = format!("GET /catalog/search?{} HTTP/1.1\r\n{HEAD}\r\n", q.join("&"));
    r.truncate(r.len().max(1024));
    r.into_bytes()
}

fn json_body(w: &mut Words, bytes: usize) -> String {
    let mut items = Vec::new();
    let mut len = 2;
    let mut i = 0;
    while len < bytes {
        let item = format!(
            "{{\"sku\":\"SKU-{i:05}\",\"name\":{},\"qty\":{},\"note\":{}}}",
            serde_json::to_string(&w.text(24)).unwrap(),
            i % 7 + 1,
            serde_json::to_string(&w.text(60)).unwrap()
        );
        len += item.len() + 1;
        items.push(item);
        i += 1;
    }
    format!("{{\"customer\":{{\"name\":\"Alice O'Reilly\",\"email\":\"alice@example.com\"}},\"items\":[{}]}}", items.join(","))
}

fn post(ct: &str, body: &str) -> Vec<u8> {
    format!(
        "POST /api/orders HTTP/1.1\r\n{HEAD}Content-Type: {ct}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn form_body(w: &mut Words, bytes: usize) -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < bytes {
        if !s.is_empty() {
            s.push('&');
        }
        s.push_str(&format!("field{i}={}", enc(&w.text(80))));
        i += 1;
    }
    s
}

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
            // Sanity: benign inputs must pass, or the benchmark measures the wrong thing.
            let req = httpraw::parse_request(raw, Limits::default(), 2 << 20);
            let v = set.evaluate(&req, &cfg);
            assert!(
                !v.is_block(),
                "{name} blocked at PL{paranoia}: {:?}",
                v.matches
                    .iter()
                    .map(|m| (&m.rule.id, &m.target, &m.fragment))
                    .collect::<Vec<_>>()
            );
            g.throughput(Throughput::Bytes(raw.len() as u64));
            // Parse + evaluate: what the proxy pays per request.
            g.bench_with_input(
                BenchmarkId::new("parse_and_evaluate", name),
                raw,
                |b, raw| {
                    b.iter(|| {
                        let req =
                            httpraw::parse_request(black_box(raw), Limits::default(), 2 << 20);
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
