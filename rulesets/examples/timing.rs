//! Quick per-request timing of a rules directory on a few fixed requests, for tuning rules
//! (the criterion benchmarks in `benches/` are the reference):
//! `cargo run --release -p palisade-rulesets --example timing -- rulesets/rules`
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
use std::time::Instant;

use rulesets::{httpraw, load_dir, EvalConfig, Limits};

fn main() {
    if std::env::var_os("DETECTORS").is_some() {
        detectors();
    }
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "rulesets/rules".into());
    let set = load_dir(std::path::Path::new(&dir)).unwrap();
    let head = "Host: shop.example\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r\nAccept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\nAccept-Language: en-US,en;q=0.5\r\nAccept-Encoding: gzip, deflate, br\r\nReferer: https://shop.example/catalog/shirts?page=2\r\nCookie: session=8f14e45fceea167a5a36dedd4bea2543; cart=3; consent=analytics%3Dno\r\n";
    let get = format!("GET /catalog/search?f0=the+order+shipping+address+customer&f1=product+size+colour+blue+pick&f2=your+delivery+option+from+our+range&f3=cotton+shirts+and+trousers+with+free&f4=returns+within+30+days+update+account&f5=caf%C3%A9+cr%C3%A8me+ni%C3%B1o HTTP/1.1\r\n{head}\r\n");
    let cfg = EvalConfig::default();
    let words = [
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
        "O'Reilly",
        "books",
        "drop-down",
        "menu",
        "café",
        "1-2",
        "business",
        "(optional)",
        "x>y",
        "a&b",
    ];
    let mut seed = 7u64;
    let mut text = |n: usize| {
        let mut out = String::new();
        while out.len() < n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(words[(seed % words.len() as u64) as usize]);
        }
        out
    };
    let mut items = Vec::new();
    for i in 0..30 {
        items.push(format!(
            "{{\"sku\":\"SKU-{i:05}\",\"name\":{:?},\"qty\":{},\"note\":{:?}}}",
            text(24),
            i % 7 + 1,
            text(60)
        ));
    }
    let body = format!("{{\"items\":[{}]}}", items.join(","));
    let post = format!("POST /api/orders HTTP/1.1\r\n{head}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len());
    let which = std::env::var("CASE").unwrap_or_default();
    for (name, raw) in [
        ("get_1k", get.as_bytes().to_vec()),
        ("json_4k", post.as_bytes().to_vec()),
    ] {
        if !which.is_empty() && which != name {
            continue;
        }
        let req = httpraw::parse_request(&raw, Limits::default(), 1 << 20);
        let v = set.evaluate(&req, &cfg);
        let n: u32 = std::env::var("N")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(2000);
        let t = Instant::now();
        for _ in 0..n {
            std::hint::black_box(set.evaluate(&req, &cfg));
        }
        let per = t.elapsed() / n;
        println!(
            "{name}: {per:?} per evaluation, blocked={} matches={:?}",
            v.is_block(),
            v.matches.iter().map(|m| &m.rule.id).collect::<Vec<_>>()
        );
    }
}

#[allow(dead_code)]
fn detectors() {
    use rulesets::detect::Detector;
    for v in [
        &b"the order shipping address customer"[..],
        b"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        b"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    ] {
        for d in [Detector::Sqli, Detector::Xss] {
            let n = 20000;
            let t = Instant::now();
            for _ in 0..n {
                std::hint::black_box(d.detect(std::hint::black_box(v)));
            }
            println!("{d:?} on {} bytes: {:?}", v.len(), t.elapsed() / n);
        }
    }
}
