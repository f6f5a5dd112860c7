//! Quick per-request timing of a rules directory on the benchmark requests (the same inputs as
//! `benches/engine.rs`), for tuning rules and the engine:
//! `cargo run --release -p palisade-rulesets --example timing -- rulesets/rules`
//!
//! `CASE=get_1k|get_small|json_4k|api_jwt|form_4k|json_nums|json_64k|order_4k|order_4k_fresh|order_4k_gzip|order_64k|text_64k|text_1m` picks one request, `N` the
//! evaluations timed (default 2000), `PL=N` sets the paranoia level (default 1), `PARSE=1`
//! times building the inspected request as well, `DETECTORS=1` times the detectors alone,
//! `CLEAN=1` turns on the memory of clean values (off by default here: see `main`).
//! `TEXT_FILES=a:b` judges the files' text as 64 KB bodies instead (see `text_files`;
//! `SHOW=1` lists matches; `COLD=1` times each evaluation after evicting the caches; `CT=application/octet-stream` or `CT=multipart` sends them as
//! binary uploads).
//! Under `valgrind --tool=callgrind` (instruction counts, repeatable on a loaded machine),
//! run with two values of `N` and divide the difference by the difference of `N`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
use std::time::Instant;

use rulesets::{httpraw, load_dir, EvalConfig};

#[path = "../benches/support/requests.rs"]
mod requests;
use requests::{form_body, get_1k, json_body, order_json, post, Words};

/// The `api_jwt` case's token (claims: Keycloak's, for a shop customer).
const API_JWT: &str = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImhUNEpxMHgyVmI5bFlrRTdyTjNzVzF1WjVjQThkRzZmSzBtUDJvUjR0UzYifQ.eyJleHAiOjE3NjUwOTQ0MDAsImlhdCI6MTc2NTA5MDgwMCwiYXV0aF90aW1lIjoxNzY1MDkwNzkwLCJqdGkiOiJvbnJ0YWM6NWYwYzJhOGUtOWI3ZC00ZTYxLWEzYzQtMWQyZTNmNGE1YjZjIiwiaXNzIjoiaHR0cHM6Ly9zc28uc2hvcC5leGFtcGxlL3JlYWxtcy9zaG9wIiwiYXVkIjpbIm9yZGVycy1hcGkiLCJhY2NvdW50Il0sInN1YiI6IjhiMmY2YzFlLTRkM2EtNGY1Yi05YzdlLTJhMWIwYzlkOGU3ZiIsInR5cCI6IkJlYXJlciIsImF6cCI6InNob3Atd2ViIiwic2lkIjoiYTdlM2M5ZDEtMmI0Zi00ZTZhLThjMGQtMWYzZTVhN2I5YzJkIiwiYWNyIjoiMSIsImFsbG93ZWQtb3JpZ2lucyI6WyJodHRwczovL3Nob3AuZXhhbXBsZSJdLCJyZWFsbV9hY2Nlc3MiOnsicm9sZXMiOlsib2ZmbGluZV9hY2Nlc3MiLCJ1bWFfYXV0aG9yaXphdGlvbiIsImN1c3RvbWVyIl19LCJyZXNvdXJjZV9hY2Nlc3MiOnsiYWNjb3VudCI6eyJyb2xlcyI6WyJtYW5hZ2UtYWNjb3VudCIsInZpZXctcHJvZmlsZSJdfX0sInNjb3BlIjoib3BlbmlkIHByb2ZpbGUgZW1haWwiLCJlbWFpbF92ZXJpZmllZCI6dHJ1ZSwibmFtZSI6Ik1hcmlhIExvcGV6IiwicHJlZmVycmVkX3VzZXJuYW1lIjoibWxvcGV6IiwiZ2l2ZW5fbmFtZSI6Ik1hcmlhIiwiZmFtaWx5X25hbWUiOiJMb3BleiIsImVtYWlsIjoibWFyaWEubG9wZXpAZXhhbXBsZS5jb20ifQ.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn-AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq-wsbKztLW2t7i5uru8vb6_wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t_g4eLj5OXm5-jp6uvs7e7v8PHy8_T19vf4-fr7_P3-_w";

fn main() {
    if std::env::var_os("DETECTORS").is_some() {
        detectors();
    }
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "rulesets/rules".into());
    let set = load_dir(std::path::Path::new(&dir)).unwrap();
    let cfg = EvalConfig {
        paranoia: env_num("PL", 1),
        // Every case repeats one request: with the memory of clean values on, every value
        // after the first round would be a lookup. Measured on its own with `CLEAN=1`.
        remember_clean: std::env::var("CLEAN").is_ok_and(|v| !v.is_empty() && v != "0"),
        ..EvalConfig::default()
    };
    if let Some(files) = std::env::var_os("TEXT_FILES") {
        text_files(&set, &cfg, &files);
        return;
    }
    let mut w = Words(0x9e37_79b9_7f4a_7c15);
    let cases = [
        ("get_1k", get_1k(&mut w)),
        // The proxy load bench's GET (`benches/proxy`): 167 bytes, 2 arguments, 2 cookies.
        (
            "get_small",
            b"GET /products/42?page=2&sort=price HTTP/1.1\r\nHost: shop.example\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) bench\r\nAccept: */*\r\nCookie: session=8f3a2c; theme=dark\r\n\r\n".to_vec(),
        ),
        (
            "json_4k",
            post("application/json", &json_body(&mut w, 4 * 1024)),
        ),
        // An API call with an OpenID Connect access token (Keycloak's shape, RS256, 1.3 KB):
        // what reading a bearer token's claims costs.
        (
            "api_jwt",
            format!("GET /api/orders?status=open&limit=20 HTTP/1.1\r\nHost: api.shop.example\r\nUser-Agent: shop-web/4.2 (okhttp)\r\nAccept: application/json\r\nAuthorization: Bearer {API_JWT}\r\n\r\n").into_bytes(),
        ),
        (
            "json_64k",
            post("application/json", &json_body(&mut w, 64 * 1024)),
        ),
        (
            "form_4k",
            post("application/x-www-form-urlencoded", &form_body(&mut w, 4 * 1024)),
        ),
        // 277 numbers in a JSON array: what judging a value costs whatever its bytes.
        (
            "json_nums",
            post(
                "application/json",
                &format!(
                    "{{\"a\":[{}]}}",
                    (0..277)
                        .map(|i| (i * 7919 % 1000).to_string())
                        .collect::<Vec<_>>()
                        .join(",")
                ),
            ),
        ),
        // The proxy load bench's 4 KB and 64 KB JSON POSTs (`benches/proxy`): an order export.
        (
            "order_4k",
            post(
                "application/json",
                &String::from_utf8(order_json(4096, 0, "4711", "SKU-")).unwrap(),
            ),
        ),
        // The same with the load bench's fresh values: the customer id and every item's id
        // new in each evaluation (with `PARSE=1`; the `@@@@@@@@` marks are replaced by a
        // counter), as real orders are: the cost of values and containers seen for the
        // first time among ones seen before.
        (
            "order_4k_fresh",
            post(
                "application/json",
                &String::from_utf8(order_json(4096, 0, "\"@@@@@@@@\"", "@@@@@@@@-")).unwrap(),
            ),
        ),
        // The same, gzip-compressed (`Content-Encoding: gzip`): what decoding adds.
        ("order_4k_gzip", gzip_post(&order_json(4096, 0, "4711", "SKU-"))),
        (
            "order_64k",
            post(
                "application/json",
                &String::from_utf8(order_json(65536, 600, "4711", "SKU-")).unwrap(),
            ),
        ),
        ("text_64k", post("text/plain", &w.text(64 * 1024))),
        ("text_1m", post("text/plain", &w.text(1 << 20))),
    ];
    let which = std::env::var("CASE").unwrap_or_default();
    let parse = std::env::var_os("PARSE").is_some();
    let n: u32 = env_num("N", 2000u32).max(1);
    for (name, raw) in &cases {
        if !which.is_empty() && which != *name {
            continue;
        }
        let req = httpraw::parse_request(raw, requests::limits(), 2 << 20);
        let v = set.evaluate(&req, &cfg);
        if std::env::var_os("COLD").is_some() {
            cold(&set, &cfg, &req, name, n);
            continue;
        }
        let marks: Vec<usize> = raw
            .windows(8)
            .enumerate()
            .filter(|(_, w)| w == b"@@@@@@@@")
            .map(|(i, _)| i)
            .collect();
        let mut fresh = raw.clone();
        let t = Instant::now();
        for k in 0..n {
            if parse && !marks.is_empty() {
                let token = format!("{:08x}", k.wrapping_mul(0x9e37_79b9));
                for &i in &marks {
                    fresh[i..i + 8].copy_from_slice(token.as_bytes());
                }
                parse_and_evaluate(&set, &cfg, &fresh);
            } else if parse {
                parse_and_evaluate(&set, &cfg, raw);
            } else {
                std::hint::black_box(set.evaluate(&req, &cfg));
            }
        }
        let per = t.elapsed() / n;
        let again = set.evaluate(&req, &cfg);
        println!(
            "{name} ({} bytes, {} values, {} judged and {} remembered when repeated): {per:?} per {}, blocked={} matches={:?}",
            raw.len(),
            req.head_items().len() + req.body_items().len(),
            again.judged,
            again.remembered,
            if parse {
                "parse+evaluation"
            } else {
                "evaluation"
            },
            v.is_block(),
            v.matches.iter().map(|m| &m.rule.id).collect::<Vec<_>>()
        );
    }
}

/// One parse and evaluation, a function of its own so that callgrind can count it alone
/// (`--toggle-collect='*parse_and_evaluate*'`).
#[inline(never)]
fn parse_and_evaluate(set: &rulesets::CompiledRuleSet, cfg: &EvalConfig, raw: &[u8]) {
    let req = httpraw::parse_request(std::hint::black_box(raw), requests::limits(), 2 << 20);
    std::hint::black_box(set.evaluate(&req, cfg));
}

/// `TEXT_FILES=a:b:...`: the files' text cut into 64 KB `text/plain` bodies, each evaluated
/// once per round (`N` rounds, default 1): text the engine has not seen before, unlike the
/// fixed cases, so lazy DFAs pay for the states each new body needs.
fn text_files(set: &rulesets::CompiledRuleSet, cfg: &EvalConfig, files: &std::ffi::OsStr) {
    let mut text = Vec::new();
    for f in std::env::split_paths(files).filter(|f| !f.as_os_str().is_empty()) {
        text.extend(std::fs::read(&f).unwrap());
        text.push(b'\n');
    }
    // `CT=type` sends the bytes as they are under that content type (binary uploads:
    // `CT=application/octet-stream`, or `CT=multipart` for one file part); without it, the
    // text as `text/plain`.
    let ct = std::env::var("CT").ok();
    let reqs: Vec<_> = text
        .chunks(64 * 1024)
        .filter(|c| c.len() > 1024)
        .map(|c| {
            let raw = match ct.as_deref() {
                None => post("text/plain", &String::from_utf8_lossy(c)),
                Some("multipart") => {
                    let mut body = b"--b0undary\r\nContent-Disposition: form-data; name=\"up\"; \
                        filename=\"photo.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
                        .to_vec();
                    body.extend_from_slice(c);
                    body.extend_from_slice(b"\r\n--b0undary--\r\n");
                    raw_post("multipart/form-data; boundary=b0undary", &body)
                }
                Some(ct) => raw_post(ct, c),
            };
            httpraw::parse_request(&raw, requests::limits(), 2 << 20)
        })
        .collect();
    if std::env::var_os("SHOW").is_some() {
        for (i, r) in reqs.iter().enumerate() {
            let v = set.evaluate(r, cfg);
            for m in &v.matches {
                println!("body {i}: {} {} {:?}", m.rule.id, m.target, m.fragment);
            }
        }
    }
    let rounds: u32 = env_num("N", 1);
    let t = Instant::now();
    let mut blocked = 0;
    for _ in 0..rounds {
        for r in &reqs {
            blocked += usize::from(set.evaluate(r, cfg).is_block());
        }
    }
    println!(
        "{} bodies of up to 64 KB, {rounds} round(s): {:?} per evaluation, {blocked} blocked",
        reqs.len(),
        t.elapsed() / (rounds * reqs.len() as u32).max(1)
    );
}

/// A POST of `body` as it is (binary), under content type `ct`.
fn raw_post(ct: &str, body: &[u8]) -> Vec<u8> {
    let mut raw = post(ct, "");
    let head_end = raw.len() - "0\r\n\r\n".len();
    raw.truncate(head_end);
    raw.extend_from_slice(format!("{}\r\n\r\n", body.len()).as_bytes());
    raw.extend_from_slice(body);
    raw
}

/// A JSON POST of `body` gzip-compressed, with `Content-Encoding: gzip`.
fn gzip_post(body: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(body).unwrap();
    let body = e.finish().unwrap();
    let mut raw = format!(
        "POST /api/orders HTTP/1.1\r\n{}Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {}\r\n\r\n",
        requests::HEAD,
        body.len()
    )
    .into_bytes();
    raw.extend_from_slice(&body);
    raw
}

/// The environment variable `name` parsed, or `default` when it is unset or does not parse.
fn env_num<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

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

/// `COLD=1`: each evaluation timed alone after 64 MiB of other memory has been walked, so
/// the rule set's automata and tables start out of the caches, as they do in a sidecar
/// whose requests arrive apart and share the machine with other work; printed beside the
/// same evaluations back to back.
fn cold(
    set: &rulesets::CompiledRuleSet,
    cfg: &EvalConfig,
    req: &rulesets::InspectedRequest,
    name: &str,
    n: u32,
) {
    let mut other = vec![1u8; 64 << 20];
    let (mut warm, mut cold) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
    for i in 0..n {
        let t = Instant::now();
        std::hint::black_box(set.evaluate(req, cfg));
        warm += t.elapsed();
        // Touch every cache line of the other memory.
        for j in (0..other.len()).step_by(64) {
            other[j] = other[j].wrapping_add(i as u8);
        }
        std::hint::black_box(&other);
        let t = Instant::now();
        std::hint::black_box(set.evaluate(req, cfg));
        cold += t.elapsed();
    }
    println!(
        "{name}: {:?} per evaluation right after another, {:?} after the caches were walked over",
        warm / n,
        cold / n
    );
}
