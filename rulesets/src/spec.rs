//! The rule file format: what a rule author writes, before it is checked and compiled.
//!
//! A rule file is TOML with an optional `[defaults]` table and any number of `[[rule]]`
//! tables. Every field is documented in `rulesets/README.md`; this module only parses, it
//! does not validate (see [`crate::compile`]).

use std::fmt;

use serde::{Deserialize, Serialize};

/// One rule file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// Values every rule of the file inherits unless it sets its own.
    #[serde(default)]
    pub defaults: RuleDefaults,
    /// The rules, with their byte span in the file (for `file:line` in errors).
    #[serde(default, rename = "rule")]
    pub rules: Vec<toml::Spanned<RuleSpec>>,
}

/// File-level defaults.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDefaults {
    pub category: Option<Category>,
    pub severity: Option<Severity>,
    pub paranoia: Option<u8>,
    pub targets: Option<Vec<String>>,
    pub transforms: Option<Vec<String>>,
    pub tags: Option<Vec<String>>,
}

/// One rule as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Stable identifier, unique across the rule set (e.g. `sqli-010`).
    pub id: String,
    /// Short human description, shown in alerts and `explain`.
    pub name: String,
    /// OWASP class; inherits `[defaults].category`.
    pub category: Option<Category>,
    /// Inherits `[defaults].severity`, else `critical`.
    pub severity: Option<Severity>,
    /// Paranoia level 1–4 at and above which the rule is active; default 1.
    pub paranoia: Option<u8>,
    /// Which parts of the request the rule looks at (`ARGS`, `HEADERS:User-Agent`, ...).
    pub targets: Option<Vec<String>>,
    /// Transformations applied, in order, before matching.
    pub transforms: Option<Vec<String>>,
    /// Literal phrases (case-insensitive). Alone: any phrase matches. With `regex`: the
    /// prefilter, and every regex match must contain one of them.
    #[serde(default)]
    pub literals: Vec<String>,
    /// Confirmation regex (linear time; `regex` crate syntax).
    pub regex: Option<String>,
    /// A tokenizer-based detector for values (`sqli`, `xss`).
    pub detector: Option<String>,
    /// A request-level check (`cl-and-te`, `missing-header:Host`, `anomaly:multipart`, ...).
    pub check: Option<String>,
    /// Match when the regex does *not* match (allow-lists). Values only.
    #[serde(default)]
    pub negate: bool,
    /// Anomaly score added on a match; default from severity.
    pub score: Option<u32>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Free text for humans.
    pub description: Option<String>,
    /// Values this rule must match (checked by `palisade-rules check` and the tests).
    #[serde(default)]
    pub examples: Vec<String>,
    /// Values this rule must not match.
    #[serde(default)]
    pub counter_examples: Vec<String>,
    /// Examples of raw bytes, written with `\xHH` escapes (a binary format's magic bytes):
    /// like `examples`, for rules that look at `BODY_BINARY`.
    #[serde(default)]
    pub byte_examples: Vec<String>,
    /// The rule does not look at values that are whole HTML documents (rich text, e-mail
    /// bodies: see `crate::html`), for tag rules whose tags such documents hold by design;
    /// the `xss` detector judges those by what would run in them.
    #[serde(default)]
    pub skip_html_documents: bool,
    /// The rule does not count a match that is a frame or the exception line of a Java stack
    /// trace (`at java.lang.Thread.run(Thread.java:1012)`, `java.net.SocketTimeoutException:
    /// Read timed out`, an Android message's `'java.lang.String com.x.Y.getZ()'`): crash
    /// reports and logs name the JDK's classes by design (see `crate::compile::in_java_trace`).
    #[serde(default)]
    pub skip_stack_traces: bool,
}

/// The class of attack or anomaly a rule detects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Sqli,
    Xss,
    Lfi,
    Rfi,
    Rce,
    Php,
    Java,
    Ssrf,
    Xxe,
    Ssti,
    Nosqli,
    Ldapi,
    Crlf,
    Generic,
    Protocol,
    ProtocolAttack,
    Multipart,
    Scanner,
    SessionFixation,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 19] = [
        Category::Sqli,
        Category::Xss,
        Category::Lfi,
        Category::Rfi,
        Category::Rce,
        Category::Php,
        Category::Java,
        Category::Ssrf,
        Category::Xxe,
        Category::Ssti,
        Category::Nosqli,
        Category::Ldapi,
        Category::Crlf,
        Category::Generic,
        Category::Protocol,
        Category::ProtocolAttack,
        Category::Multipart,
        Category::Scanner,
        Category::SessionFixation,
    ];

    /// The kebab-case name used in rule files, alerts and metrics.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Sqli => "sqli",
            Category::Xss => "xss",
            Category::Lfi => "lfi",
            Category::Rfi => "rfi",
            Category::Rce => "rce",
            Category::Php => "php",
            Category::Java => "java",
            Category::Ssrf => "ssrf",
            Category::Xxe => "xxe",
            Category::Ssti => "ssti",
            Category::Nosqli => "nosqli",
            Category::Ldapi => "ldapi",
            Category::Crlf => "crlf",
            Category::Generic => "generic",
            Category::Protocol => "protocol",
            Category::ProtocolAttack => "protocol-attack",
            Category::Multipart => "multipart",
            Category::Scanner => "scanner",
            Category::SessionFixation => "session-fixation",
        }
    }

    /// Parses the kebab-case name.
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How bad a match is; sets the default anomaly score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Notice,
    Warning,
    Error,
    Critical,
}

impl Severity {
    /// The anomaly score a match of this severity adds unless the rule sets `score`:
    /// critical 5, error 4, warning 3, notice 2 (so one critical match reaches the
    /// default threshold of 5 on its own, two warnings do too).
    pub fn default_score(self) -> u32 {
        match self {
            Severity::Critical => 5,
            Severity::Error => 4,
            Severity::Warning => 3,
            Severity::Notice => 2,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Notice => "notice",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
