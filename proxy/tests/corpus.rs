#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! The shared corpora through the real proxy: for every request the proxy answers, its
//! verdict (403 or forwarded) must be the engine's verdict on the same raw bytes. This checks
//! that what the proxy hands the engine is what the client sent (headers in order, query,
//! cookies, bodies of every type), on labelled real-world and attack traffic.
//!
//! Needs `../shared/corpora` (or `PALISADE_CORPORA`); prints a SKIP line without it.

mod common;

use std::path::PathBuf;

use common::*;
use rulesets::corpus::CorpusRecord;
use rulesets::{EvalConfig, Limits};

fn corpora() -> Option<PathBuf> {
    let dir = std::env::var_os("PALISADE_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpora"));
    dir.join("owasp-crs-regression.jsonl")
        .is_file()
        .then_some(dir)
}

/// Every `step`-th record of a file, at most `max`.
fn sample(path: &std::path::Path, step: usize, max: usize) -> Vec<(String, String, Vec<u8>)> {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .enumerate()
        .filter(|(i, _)| i % step == 0)
        .take(max)
        .filter_map(|(i, l)| {
            let r = CorpusRecord::parse(l, i + 1).ok()?;
            if r.category == "response" {
                return None;
            }
            let raw = r.to_raw(i + 1).ok()?;
            Some((r.id, r.expect, raw))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn proxy_verdicts_match_the_engine_on_the_corpora() {
    let Some(dir) = corpora() else {
        eprintln!("SKIP proxy_verdicts_match_the_engine_on_the_corpora: no corpora at ../shared/corpora (set PALISADE_CORPORA)");
        return;
    };
    let rules = rulesets::load_builtin().unwrap();
    let limits = Limits {
        max_args: 1024,
        max_headers: 100,
        ..Limits::default()
    };
    let eval = EvalConfig {
        paranoia: 2,
        ..EvalConfig::default()
    };
    let up = Upstream::start().await;
    let p = Proxy::start(
        up.addr,
        "mode: block\nparanoia: 2\ntimeouts:\n  body_ms: 2000\n",
    )
    .await;

    let mut records = sample(&dir.join("owasp-crs-regression.jsonl"), 12, 500);
    records.extend(sample(&dir.join("csic2010-normal-train.jsonl"), 20, 300));
    let (mut agree, mut other, mut blocked, mut forwarded) = (0, 0, 0, 0);
    let mut disagree = Vec::new();
    for (id, expect, raw) in &records {
        let engine_block = rules
            .evaluate(
                &rulesets::httpraw::parse_request(raw, limits.clone(), 1 << 20),
                &eval,
            )
            .is_block();
        let proxy =
            match tokio::time::timeout(std::time::Duration::from_secs(10), send_raw(p.addr, raw))
                .await
            {
                Ok(Ok(r)) => r.status,
                _ => 0,
            };
        match proxy {
            403 | 200 => {
                let proxy_block = proxy == 403;
                if proxy_block {
                    blocked += 1;
                } else {
                    forwarded += 1;
                }
                if proxy_block == engine_block {
                    agree += 1;
                } else {
                    disagree.push(format!(
                        "{id} ({expect}): proxy {proxy}, engine block={engine_block}"
                    ));
                }
            }
            _ => other += 1,
        }
    }
    eprintln!(
        "corpus through the proxy: {} requests, {blocked} blocked, {forwarded} forwarded, {other} refused by protocol checks or malformed, {agree} agree with the engine",
        records.len()
    );
    assert!(agree > records.len() / 2, "too few comparable answers");
    assert!(
        disagree.is_empty(),
        "{} verdicts differ from the engine's:\n{}",
        disagree.len(),
        disagree.join("\n")
    );
}
