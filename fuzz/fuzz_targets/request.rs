//! A whole raw HTTP/1 request (head and body: form, JSON, XML, multipart, GraphQL parsers)
//! through the built-in rules at every paranoia level: no panic, and the prefiltered
//! evaluation finds exactly what the reference evaluation finds.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rulesets::{httpraw, load_builtin, CompiledRuleSet, EvalConfig, Limits};

fn rules() -> &'static CompiledRuleSet {
    static RULES: OnceLock<CompiledRuleSet> = OnceLock::new();
    RULES.get_or_init(|| load_builtin().expect("built-in rules compile"))
}

fuzz_target!(|data: &[u8]| {
    let req = httpraw::parse_request(data, Limits::default(), 1 << 20);
    for paranoia in 1..=4 {
        let cfg = EvalConfig {
            paranoia,
            threshold: u32::MAX,
            ..EvalConfig::default()
        };
        let got = rules().evaluate_rule_ids(&req, &cfg);
        let want = rules().evaluate_reference(&req, &cfg);
        assert_eq!(got, want, "prefilter and reference disagree at PL{paranoia}");
    }
});
