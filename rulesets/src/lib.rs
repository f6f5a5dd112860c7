//! Palisade's detection engine: rules as data, compiled once into Aho-Corasick literal
//! prefilters plus linear-time regex confirmation, with normalisation, anomaly scoring and
//! paranoia levels.
//!
//! The crate is a pure library: no async runtime, no network, and no I/O on the request path
//! (only [`load_dir`] reads files). A proxy builds an [`InspectedRequest`] from what it
//! received, evaluates it against a shared [`CompiledRuleSet`], and acts on the [`Verdict`].
//!
//! ```
//! use rulesets::{load_builtin, EvalConfig, InspectedRequest};
//!
//! let rules = load_builtin().expect("the built-in rules compile");
//! let req = InspectedRequest::builder()
//!     .method("GET")
//!     .uri("/search?q=1%27%20UNION%20SELECT%20password%20FROM%20users--")
//!     .version("HTTP/1.1")
//!     .header("Host", "shop.example")
//!     .header("User-Agent", "Mozilla/5.0")
//!     .build();
//! let verdict = rules.evaluate(&req, &EvalConfig::default());
//! assert!(verdict.is_block());
//! assert_eq!(verdict.matches[0].rule.category.as_str(), "sqli");
//! assert_eq!(verdict.matches[0].target, "ARGS:q");
//! ```
//!
//! Modules: [`spec`] (the rule file format), [`normalize`] (transformations), [`request`]
//! and [`body`] (parsing a request into values), [`compile`] (rules → automata and regexes),
//! [`matcher`] (evaluation), [`detect`] (tokenizer detectors and request checks),
//! [`httpraw`] (raw HTTP/1 requests, for the CLI and tests), [`corpus`] (the JSONL corpora).
#![forbid(unsafe_code)]

pub mod body;
pub mod compile;
pub mod corpus;
pub mod detect;
pub mod html;
pub mod httpraw;
mod literals;
pub mod matcher;
pub mod normalize;
pub mod report;
pub mod request;
pub mod spec;
#[cfg(test)]
mod testutil;

pub use compile::{
    compile_files, load_builtin, load_dir, read_rule_dir, CompiledRuleSet, LoadError, RuleError,
    RuleMeta, RuleSetStats,
};
pub use matcher::{Action, EvalConfig, ExclusionSpec, Exclusions, Match, Phase, Verdict};
pub use request::{Anomaly, InspectedRequest, Limits, Part, RequestBuilder};
pub use spec::{Category, Severity};
