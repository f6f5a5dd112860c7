//! The thread's memory of clean values and JSON containers (`CleanValues`, `BodySpan`):
//! arbitrary bytes as a body under an input-chosen content type, judged three times in a row
//! with the memory on (first sight, second sight, then passed over where vouched for) at an
//! input-chosen paranoia level and argument bound. Every time, the rules found must be exactly
//! those of the reference evaluation, which remembers nothing. The memory lives on from one
//! input to the next, as it does from one request to the next in the proxy, so mutations of
//! one document meet what was remembered of it.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rulesets::{httpraw, load_builtin, CompiledRuleSet, EvalConfig, Limits};

fn rules() -> &'static CompiledRuleSet {
    static RULES: OnceLock<CompiledRuleSet> = OnceLock::new();
    RULES.get_or_init(|| load_builtin().expect("built-in rules compile"))
}

const TYPES: [&str; 4] = [
    "application/json",
    "application/x-www-form-urlencoded",
    "application/xml",
    "text/plain",
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let ct = TYPES[usize::from(selector & 3)];
    let paranoia = 1 + ((selector >> 2) & 1);
    // Small argument and depth bounds now and then: a container cut by either must not be
    // remembered whole.
    let limits = match selector >> 5 {
        0 => Limits {
            max_args: 8,
            max_depth: 3,
            ..Limits::default()
        },
        _ => Limits::default(),
    };
    let mut raw = format!(
        "POST /api/orders?src=app HTTP/1.1\r\nHost: shop.example\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    raw.extend_from_slice(body);
    let req = httpraw::parse_request(&raw, limits, 1 << 20);
    let cfg = EvalConfig {
        paranoia,
        threshold: u32::MAX,
        remember_clean: true,
        ..EvalConfig::default()
    };
    let want = rules().evaluate_reference(&req, &cfg);
    for sight in 1..=3 {
        let got = rules().evaluate_rule_ids(&req, &cfg);
        assert_eq!(
            got, want,
            "memory and reference disagree at sight {sight}, PL{paranoia}"
        );
    }
});
