//! Compilation: rule files → a checked, immutable [`CompiledRuleSet`].
//!
//! Rules are grouped by their transformation pipeline. Each group has one Aho-Corasick
//! automaton over the literals of all its rules (given in the file, or extracted from the
//! regex by [`crate::literals`]); a rule's regex only runs on a value when one of its literals
//! occurs in it. Rules without a usable literal (allow-lists, detectors) form a small
//! always-run list per group, reported by `palisade-rules check`.
//!
//! Any error in any rule rejects the whole set, with `file:line`, the rule id and the reason,
//! so a bad rule file can never replace a good rule set.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, MatchKind, Span};
use regex_automata::meta;
use regex_automata::util::syntax;

use crate::detect::{Check, Detector};
use crate::normalize::{apply_all, Transform};
use crate::request::{Origin, Part};
use crate::spec::{Category, RuleFile, RuleSpec, Severity};

/// NFA size limit per regex: a rule whose regex compiles bigger is rejected.
pub const REGEX_SIZE_LIMIT: usize = 2 << 20;
/// Lazy-DFA cache per regex.
pub const REGEX_CACHE_LIMIT: usize = 2 << 20;
/// Shortest literal worth gating on (shorter extracted literals make a rule always-run).
pub const MIN_LITERAL_LEN: usize = 3;

// === errors ===

/// One problem in one rule (or one file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// The rule file's name.
    pub file: String,
    /// 1-based line of the rule (or of the syntax error).
    pub line: usize,
    /// The rule id, when the problem is in a rule.
    pub rule: Option<String>,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.rule {
            Some(id) => write!(f, "{}:{}: rule {id}: {}", self.file, self.line, self.reason),
            None => write!(f, "{}:{}: {}", self.file, self.line, self.reason),
        }
    }
}

/// Why a rule set could not be loaded. The previous set, if any, stays in force.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The rules directory or a file in it could not be read.
    #[error("cannot read rules from {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The directory holds no `*.toml` files.
    #[error("no rule files (*.toml) in {}", .0.display())]
    Empty(PathBuf),
    /// One or more rules are invalid; every problem is listed.
    #[error("{} error(s) in rules:\n  {}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  "))]
    Rules(Vec<RuleError>),
}

impl LoadError {
    /// The individual rule errors, if that is what failed.
    pub fn rule_errors(&self) -> &[RuleError] {
        match self {
            LoadError::Rules(e) => e,
            _ => &[],
        }
    }
}

// === compiled model ===

/// What a rule is, for alerts and metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleMeta {
    pub id: String,
    pub name: String,
    pub category: Category,
    pub severity: Severity,
    pub paranoia: u8,
    pub score: u32,
    pub tags: Vec<String>,
    /// `file:line` where the rule is defined.
    pub location: String,
    /// How many `examples` the rule carries (each checked at load time).
    pub examples: usize,
    /// Whether this is a request-level check (no value matcher).
    pub is_check: bool,
}

/// Which values a rule looks at.
#[derive(Debug, Clone, Default)]
pub(crate) struct TargetSpec {
    /// Parts inspected whatever the name.
    mask: u32,
    /// Parts inspected only under a given name.
    named: Vec<(u32, NameMatch)>,
    /// Values never inspected (`!ARGS:password`).
    excluded: Vec<(u32, NameMatch)>,
}

#[derive(Debug, Clone)]
pub(crate) enum NameMatch {
    Exact(String),
    Pattern(Box<meta::Regex>),
}

impl NameMatch {
    pub(crate) fn matches(&self, name: &str) -> bool {
        match self {
            NameMatch::Exact(n) => {
                // The name and its leaf both end where `name` ends: a different last byte
                // rules out both, without looking for the leaf.
                if let (Some(a), Some(b)) = (name.as_bytes().last(), n.as_bytes().last()) {
                    if !a.eq_ignore_ascii_case(b) {
                        return false;
                    }
                }
                name.eq_ignore_ascii_case(n)
                    || memchr::memrchr(b'.', name.as_bytes()).is_some_and(|dot| {
                        name.get(dot + 1..)
                            .is_some_and(|leaf| leaf.eq_ignore_ascii_case(n))
                    })
            }
            NameMatch::Pattern(re) => re.is_match(name.as_bytes()),
        }
    }
}

impl TargetSpec {
    /// Every part the rule could inspect.
    pub(crate) fn all_parts(&self) -> u32 {
        self.named.iter().fold(self.mask, |m, (p, _)| m | p)
    }

    pub(crate) fn applies(&self, part: Part, name: &str) -> bool {
        let bit = part.bit();
        let included = self.mask & bit != 0
            || self
                .named
                .iter()
                .any(|(m, n)| m & bit != 0 && n.matches(name));
        included
            && !self
                .excluded
                .iter()
                .any(|(m, n)| m & bit != 0 && n.matches(name))
    }

    /// A rule that reads every body argument and every body argument name, none excepted,
    /// has read every byte of a body parsed into arguments: it does not read that body
    /// again whole ([`Part::ParsedBody`]).
    fn leave_out_covered_body(&mut self) {
        let args = Part::ArgPost.bit() | Part::ArgPostName.bit();
        let excepted = self.excluded.iter().any(|(m, _)| m & args != 0);
        if self.mask & args == args && !excepted {
            self.mask &= !Part::ParsedBody.bit();
        }
    }

    /// The lengths of the names (bit `min(len, 63)`) of values of the part `bit` the rule
    /// can look at: every length when it looks at the part whatever the name, or picks names
    /// by pattern; the lengths of its exact names otherwise. An always-run rule of named
    /// headers (`HEADERS:X-Real-IP`) is then no candidate for the other headers' values.
    /// (A dotted name can match by its leaf: see [`name_length_bits`].)
    pub(crate) fn name_lengths(&self, bit: u32) -> u64 {
        if self.mask & bit != 0 {
            return u64::MAX;
        }
        let mut lens = 0u64;
        for (m, n) in &self.named {
            if m & bit == 0 {
                continue;
            }
            match n {
                NameMatch::Exact(n) => lens |= 1u64 << n.len().min(63),
                NameMatch::Pattern(_) => return u64::MAX,
            }
        }
        lens
    }

    /// The parts where whether the rule looks at a value depends on the value's name.
    pub(crate) fn named_parts(&self) -> u32 {
        self.named
            .iter()
            .chain(&self.excluded)
            .fold(0, |m, (bits, _)| m | bits)
    }
}

/// An always-run rule of named values only.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NamedAlways {
    pub(crate) rule: usize,
    pub(crate) group: usize,
    /// [`TargetSpec::name_lengths`] for the part.
    pub(crate) lens: u64,
}

/// The bits of a value name's length in a [`TargetSpec::name_lengths`] mask: a dotted name
/// (`items.3.sku`) has its leaf's length's too, as an exact name can match by its last
/// component (see [`NameMatch::matches`]).
pub(crate) fn name_length_bits(name: &str) -> u64 {
    let bit = |len: usize| 1u64 << len.min(63);
    let whole = bit(name.len());
    // (Names are short: a plain loop, not `memrchr`'s vector set-up.)
    match name.bytes().rposition(|b| b == b'.') {
        Some(dot) => whole | bit(name.len().saturating_sub(dot + 1)),
        None => whole,
    }
}

/// How a rule decides.
#[derive(Debug)]
pub(crate) enum Matcher {
    /// A literal hit is the match.
    Literal,
    /// The regex confirms (or, negated, its absence is the match).
    Regex { re: meta::Regex, negate: bool },
    /// A tokenizer-based detector.
    Detector(Detector),
    /// A request-level check.
    Check(Check),
}

#[derive(Debug)]
pub(crate) struct CompiledRule {
    pub(crate) meta: Arc<RuleMeta>,
    pub(crate) targets: TargetSpec,
    pub(crate) matcher: Matcher,
    /// Gated behind literals (false: always run on its targets).
    pub(crate) gated: bool,
    /// Its group (transformation pipeline); `usize::MAX` for request checks.
    pub(crate) group: usize,
    /// The hand-written `literals` (the whole matcher of a literal rule, a detector's gate).
    pub(crate) explicit: Vec<Vec<u8>>,
    /// Values that are whole HTML documents are not looked at (`skip_html_documents`).
    pub(crate) skip_documents: bool,
    /// Matches inside a Java stack trace do not count (`skip_stack_traces`).
    pub(crate) skip_traces: bool,
}

/// One node of the transformation trie: the form obtained by applying `transform` to the
/// parent's form. Node 0 is the raw value. Pipelines that share a prefix share its nodes, so
/// `url_decode_multi` is computed once per value for every group built on it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Node {
    pub(crate) parent: usize,
    pub(crate) transform: Option<Transform>,
    /// The raw-value features ([`crate::normalize::Features`]) under which some
    /// transformation of the chain from the raw value to this node may change it: a value
    /// with none of them has this node's form equal to itself, with no pass over it.
    pub(crate) chain_mask: u32,
}

/// Rules sharing one transformation pipeline.
#[derive(Debug)]
pub(crate) struct Group {
    /// The pipeline (without `lowercase`, which is case-insensitive matching instead).
    pub(crate) transforms: Vec<Transform>,
    /// The trie node holding this pipeline's form.
    pub(crate) node: usize,
    /// Pattern id → the gates whose primary set holds it (the union automata are built
    /// from these).
    pub(crate) pattern_gates: Vec<Vec<u32>>,
    /// Rules that run on every value they target.
    pub(crate) always: Vec<usize>,
    /// Per part (`Part as usize`), the rules of `always` that can look at any value of it
    /// (those that look only at some names are in [`CompiledRuleSet::named_always`]).
    pub(crate) always_by_part: Vec<Vec<usize>>,
    /// Union of the parts the group's rules target.
    pub(crate) parts: u32,
    /// The lowest paranoia level of its rules (the group is idle below it).
    pub(crate) min_paranoia: u8,
}

/// One automaton over the literals of every group whose rules can look at a part, scanned
/// once over a value's raw bytes (and once over each distinct changed form): one pass
/// replaces one pass per group.
#[derive(Debug)]
pub(crate) struct Union {
    pub(crate) ac: Scanner,
    /// Pattern id → its gates' span of `refs`: `spans[p][0]` is the start, `spans[p][k]` the
    /// end of the gates of paranoia level ≤ k (the refs of a pattern are sorted by level), so
    /// a gate the request's paranoia level turns off is never looked at.
    pub(crate) spans: Vec<[u32; 5]>,
    /// The gates of every pattern, with what the evaluator checks first copied inline.
    pub(crate) refs: Vec<GateRef>,
}

impl Union {
    fn new(ac: Scanner, pattern_gates: &[Vec<u32>], gates: &[Gate]) -> Union {
        let mut spans = Vec::with_capacity(pattern_gates.len());
        let mut refs = Vec::new();
        for list in pattern_gates {
            let mut mine: Vec<GateRef> = list
                .iter()
                .filter_map(|&g| {
                    let gate = gates.get(g as usize)?;
                    Some(GateRef {
                        gate: g,
                        rule: gate.rule,
                        parts: gate.parts,
                        group: gate.group,
                        plain: gate.extra.is_empty() && gate.keys.is_empty(),
                        paranoia: gate.paranoia,
                    })
                })
                .collect();
            mine.sort_by_key(|r| (r.paranoia, r.gate));
            let start = refs.len() as u32;
            let mut span = [start; 5];
            for (k, end) in span.iter_mut().enumerate().skip(1) {
                *end = start + mine.iter().filter(|r| usize::from(r.paranoia) <= k).count() as u32;
            }
            spans.push(span);
            refs.extend(mine);
        }
        Union { ac, spans, refs }
    }

    /// Number of patterns.
    pub(crate) fn patterns(&self) -> usize {
        self.spans.len()
    }

    /// The gates of `pattern` that can apply at paranoia level `paranoia`.
    #[inline]
    pub(crate) fn gates(&self, pattern: usize, paranoia: u8) -> &[GateRef] {
        let Some(span) = self.spans.get(pattern) else {
            return &[];
        };
        let start = span[0] as usize;
        let end = span
            .get(usize::from(paranoia.min(4)))
            .map_or(start, |&e| e as usize);
        self.refs.get(start..end).unwrap_or(&[])
    }
}

/// A gate as the union automata list it: its index and the fields checked on every hit,
/// without a trip to the gate itself.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GateRef {
    pub(crate) gate: u32,
    pub(crate) rule: u32,
    pub(crate) parts: u32,
    pub(crate) group: u32,
    /// No further sets: a hit makes the rule a candidate at once.
    pub(crate) plain: bool,
    pub(crate) paranoia: u8,
}

/// A literal automaton that the evaluator drives byte by byte: every occurrence of every
/// pattern, overlapping, in the order aho-corasick's overlapping iterator reports them (by end
/// position, then the automaton's match order), without that iterator's per-call and
/// per-match state machine. Values are short and full of matches, so those were most of the
/// cost of a pass. Built without a prefilter: start states are then ordinary states.
///
/// A union of a few case-sensitive literals (`BODY_BINARY`'s byte signatures) also keeps a
/// SIMD searcher of them (aho-corasick's packed Teddy): over a long value, wherever the
/// automaton is back in its start state, the searcher jumps to the next occurrence of any
/// literal instead of a table step per byte. (aho-corasick's own prefilters need
/// leftmost semantics for Teddy, and the case-insensitive literals of text rules would
/// give it too many candidates to pay.)
#[derive(Debug)]
pub(crate) struct Scanner {
    plain: Kind,
    skip: Option<aho_corasick::packed::Searcher>,
}

#[derive(Debug)]
enum Kind {
    Dfa(aho_corasick::dfa::DFA),
    Nfa(aho_corasick::nfa::contiguous::NFA),
}

impl Kind {
    fn build(patterns: &[&[u8]], many: bool, case_insensitive: bool) -> Result<Kind, String> {
        let err = |e: aho_corasick::BuildError| format!("building the literal automaton: {e}");
        let dfa = aho_corasick::dfa::Builder::new()
            .ascii_case_insensitive(case_insensitive)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns);
        match dfa {
            Ok(d) if many || d.memory_usage() <= Scanner::DFA_MAX_BYTES => Ok(Kind::Dfa(d)),
            _ => aho_corasick::nfa::contiguous::Builder::new()
                .ascii_case_insensitive(case_insensitive)
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(patterns)
                .map(Kind::Nfa)
                .map_err(err),
        }
    }

    fn memory_usage(&self) -> usize {
        match self {
            Kind::Dfa(a) => a.memory_usage(),
            Kind::Nfa(a) => a.memory_usage(),
        }
    }
}

impl Scanner {
    /// Automata larger than this are contiguous NFAs unless many values go through them.
    const DFA_MAX_BYTES: usize = 4 << 20;
    /// Case-sensitive unions of at most this many literals get the SIMD searcher (Teddy
    /// itself stops at 64; its verification slows well before).
    const SKIP_MAX_PATTERNS: usize = 32;
    /// Values of at least this many bytes use the SIMD searcher, if there is one (below it,
    /// its calls cost more than the steps they save).
    pub(crate) const SKIP_MIN_LEN: usize = 256;

    fn build(patterns: &[&[u8]], many: bool, case_insensitive: bool) -> Result<Scanner, String> {
        let plain = Kind::build(patterns, many, case_insensitive)?;
        let skip = if !case_insensitive && patterns.len() <= Self::SKIP_MAX_PATTERNS {
            // (None where the CPU has no SIMD for it: then every byte is stepped.)
            aho_corasick::packed::Config::new()
                .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
                .builder()
                .extend(patterns.iter().copied())
                .build()
        } else {
            None
        };
        Ok(Scanner { plain, skip })
    }

    pub(crate) fn memory_usage(&self) -> usize {
        self.plain.memory_usage()
            + self
                .skip
                .as_ref()
                .map_or(0, aho_corasick::packed::Searcher::memory_usage)
    }

    /// Fills `out` (cleared first) with `(pattern, start, end)` for every occurrence of every
    /// pattern in `hay`. The byte loop does nothing else, so the automaton state stays in a
    /// register (a callback in the loop cost a store and a load of the state on every byte).
    #[inline]
    pub(crate) fn matches_into(&self, hay: &[u8], out: &mut Vec<(usize, usize, usize)>) {
        out.clear();
        let skip = self
            .skip
            .as_ref()
            .filter(|_| hay.len() >= Self::SKIP_MIN_LEN);
        match (&self.plain, skip) {
            (Kind::Dfa(a), None) => scan::<_, false>(a, None, hay, out),
            (Kind::Nfa(a), None) => scan::<_, false>(a, None, hay, out),
            (Kind::Dfa(a), s @ Some(_)) => scan::<_, true>(a, s, hay, out),
            (Kind::Nfa(a), s @ Some(_)) => scan::<_, true>(a, s, hay, out),
        }
    }
}

/// Every occurrence of every pattern of `aut` in `hay`, into `out`. With `SKIP`, `searcher`
/// holds the same literals: in the start state (no literal begun) nothing can match before the
/// searcher's next leftmost occurrence, so the automaton resumes there; every occurrence is
/// still found by the automaton, in the same order.
fn scan<A: Automaton, const SKIP: bool>(
    aut: &A,
    searcher: Option<&aho_corasick::packed::Searcher>,
    hay: &[u8],
    out: &mut Vec<(usize, usize, usize)>,
) {
    let Ok(start) = aut.start_state(Anchored::No) else {
        return;
    };
    let (mut sid, mut at) = (start, 0);
    while at < hay.len() {
        if let Some(searcher) = searcher.filter(|_| SKIP && sid == start) {
            match searcher.find_in(hay, Span::from(at..hay.len())) {
                Some(m) => at = at.max(m.start()),
                None => return,
            }
        }
        (sid, at) = run_to_special::<A, SKIP>(aut, sid, start, hay, at);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                return;
            }
            for k in 0..aut.match_len(sid) {
                let pid = aut.match_pattern(sid, k);
                out.push((pid.as_usize(), at.saturating_sub(aut.pattern_len(pid)), at));
            }
        }
    }
}

/// Steps the automaton from `sid` over `hay[at..]` until a special state (a match, or dead)
/// or the end, and with `BACK_AT_START` also (after at least one step) where it is back in
/// `start`; returns the state and the position after the byte that led to it. Only this loop
/// runs on most bytes, and it is kept apart so that the state lives in a register.
#[inline(never)]
fn run_to_special<A: Automaton, const BACK_AT_START: bool>(
    aut: &A,
    mut sid: StateID,
    start: StateID,
    hay: &[u8],
    mut at: usize,
) -> (StateID, usize) {
    while let Some(&b) = hay.get(at) {
        sid = aut.next_state(Anchored::No, sid, b);
        at += 1;
        if aut.is_special(sid) || (BACK_AT_START && sid == start) {
            break;
        }
    }
    (sid, at)
}

/// One branch of a rule's literal gate. Its primary literal set is in the automata; when
/// one of those occurs, the branch's other required sets are checked before the rule becomes
/// a candidate: every set must have a "key byte" (the rarest byte of one of its literals, in
/// either case) present in the value, and each set of punctuation (like `(` or `=`) must have
/// a literal there outright. Neither check can drop a match (a literal that occurs brings its
/// bytes along); they keep a rule whose primary literals are short words (`cd`, `or`) from
/// running its regex on every value of prose. Punctuation stays out of the automata, where it
/// would fire on every value.
#[derive(Debug, Clone)]
pub(crate) struct Gate {
    pub(crate) rule: u32,
    pub(crate) group: u32,
    /// Every part the rule could inspect.
    pub(crate) parts: u32,
    pub(crate) paranoia: u8,
    /// Further required sets, each of punctuation-only literals.
    pub(crate) extra: Vec<Vec<Vec<u8>>>,
    /// Further required sets, each as the key bytes of its literals.
    pub(crate) keys: Vec<Vec<u8>>,
    /// Its literals come from a case-sensitive regex and are matched with their case (an
    /// automaton whose literals all are needs no case folding, and can use aho-corasick's
    /// SIMD prefilter).
    pub(crate) case_sensitive: bool,
}

/// Which bytes a form holds, built on a gate's first need of it in a value: one store per
/// byte with no dependency between bytes (a bitmap chained a load and a store through every
/// byte), and one load per byte asked about.
pub(crate) struct Presence([bool; 256]);

impl Presence {
    pub(crate) fn of(v: &[u8]) -> Presence {
        let mut p = Presence([false; 256]);
        for &b in v {
            // (Cannot miss: 256 entries.)
            if let Some(x) = p.0.get_mut(usize::from(b)) {
                *x = true;
            }
        }
        p
    }

    #[inline]
    pub(crate) fn has(&self, b: u8) -> bool {
        self.0.get(usize::from(b)).copied().unwrap_or(true)
    }
}

/// A set of bytes, as a 256-bit map.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ByteSet([u64; 4]);

impl ByteSet {
    /// The bytes of `v`.
    pub(crate) fn of(v: &[u8]) -> ByteSet {
        let mut s = ByteSet::default();
        for &b in v {
            s.insert(b);
        }
        s
    }

    pub(crate) fn insert(&mut self, b: u8) {
        if let Some(w) = self.0.get_mut(usize::from(b >> 6)) {
            *w |= 1 << (b & 63);
        }
    }

    /// Whether the two sets share a byte.
    pub(crate) fn meets(&self, other: &ByteSet) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }

    /// The bytes in the set, in order.
    pub(crate) fn bytes(&self) -> Vec<u8> {
        (0..=255u8)
            .filter(|&b| {
                self.0
                    .get(usize::from(b >> 6))
                    .is_some_and(|w| w & (1 << (b & 63)) != 0)
            })
            .collect()
    }

    /// The key bytes of a literal set: per literal, its rarest byte (both cases of a letter,
    /// literals match case-insensitively). `None` when a literal is empty (the set always
    /// holds).
    pub(crate) fn keys(set: &[Vec<u8>]) -> Option<ByteSet> {
        let mut s = ByteSet::default();
        for l in set {
            let b = l.iter().copied().min_by_key(|&b| commonness(b))?;
            s.insert(b.to_ascii_lowercase());
            s.insert(b.to_ascii_uppercase());
        }
        Some(s)
    }
}

/// How common a byte is in ordinary request values (lower is rarer): letters by English
/// frequency, then digits and common punctuation; anything else is rare.
fn commonness(b: u8) -> u8 {
    const LETTERS: &[u8] = b"etaoinshrdlcumwfgypbvkjxqz";
    let l = b.to_ascii_lowercase();
    if let Some(i) = LETTERS.iter().position(|&c| c == l) {
        return 250 - i as u8 * 4;
    }
    match b {
        b' ' => 255,
        b'0'..=b'9' => 140,
        b'.' | b'-' | b'/' | b',' | b'_' | b'=' | b'&' | b':' => 100,
        _ => 50,
    }
}

impl Gate {
    /// Whether every further set can be in `form`. `present` caches the bytes of `form`,
    /// computed on first need.
    pub(crate) fn extra_hold(&self, form: &[u8], present: &mut Option<Presence>) -> bool {
        let present = present.get_or_insert_with(|| Presence::of(form));
        self.keys.iter().all(|k| k.iter().any(|&b| present.has(b)))
            && self.extra.iter().all(|set| {
                set.iter().any(|l| match l.as_slice() {
                    [b] => present.has(*b),
                    l => {
                        l.iter().all(|&b| present.has(b)) && memchr::memmem::find(form, l).is_some()
                    }
                })
            })
    }
}

/// The next [`CompiledRuleSet::generation`].
static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// A checked, compiled rule set. Immutable; share it behind an `Arc` (the proxy swaps whole
/// sets atomically).
#[derive(Debug)]
pub struct CompiledRuleSet {
    pub(crate) rules: Vec<CompiledRule>,
    pub(crate) nodes: Vec<Node>,
    pub(crate) groups: Vec<Group>,
    pub(crate) gates: Vec<Gate>,
    /// The union automata (see [`CompiledRuleSet::union_of`]).
    pub(crate) unions: Vec<Union>,
    /// Per part (`Part as usize`), its union automaton, if any rule looks at the part.
    pub(crate) part_union: [Option<usize>; Part::COUNT],
    /// Per paranoia level (index `min(level, 4)`) and part, the raw-value features under
    /// which the form of some group looking at the part, and not idle at that level, may
    /// differ from the raw value ([`Node::chain_mask`]); a value with none of them is matched
    /// raw by every group, with no transformation looked at. (Per level: a paranoia-2 group
    /// that removes spaces would otherwise send every value with a space the long way at
    /// level 1.)
    pub(crate) part_chain_mask: [[u32; Part::COUNT]; 5],
    /// The parts some rule looks at (`Part::bit`s): values of other parts are not read.
    pub(crate) looked_at: u32,
    /// Per part, the groups whose rules can look at it (indices into `groups`, ascending):
    /// the evaluator's per-value loops go over these, not over every group.
    pub(crate) part_groups: [Vec<usize>; Part::COUNT],
    /// Per part, the always-run rules that look only at values of some names
    /// (`HEADERS:X-Real-IP`): checked against the value's name length before they become
    /// candidates, instead of by name after.
    pub(crate) named_always: [Vec<NamedAlways>; Part::COUNT],
    /// Per paranoia level (index `min(level, 4)`) and part, the always-run rules of any name
    /// that level turns on, as `(rule, group)` in the order of `part_groups`: a value that
    /// every group sees raw takes them as they are, with no per-group loop. (Their groups are
    /// not idle at that level: a group is idle only below the lowest level of its rules.)
    pub(crate) raw_always: [[Vec<(usize, usize)>; Part::COUNT]; 5],
    /// Per paranoia level (index `min(level, 4)`), which rules it turns off: copied into a
    /// request's scratch instead of judged rule by rule.
    pub(crate) paranoia_off: [Vec<bool>; 5],
    pub(crate) checks: Vec<usize>,
    /// `checks` split by phase: `[head, body]` ([`crate::detect::Check::is_body`]).
    pub(crate) phase_checks: [Vec<usize>; 2],
    /// Unique to this compilation in this process: what a thread's memory of clean values
    /// keys on ([`crate::matcher`]), so values judged by an earlier set are not trusted.
    pub(crate) generation: u64,
    /// The parts where some rule looks at a value or not by its name (`HEADERS:Referer`,
    /// `!ARGS:password`): there a value's name is part of what decides its matches.
    pub(crate) named_parts: u32,
    version: String,
    source: String,
    files: usize,
    memory: usize,
}

/// A summary of a compiled set, for `palisade-rules check` and metrics.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RuleSetStats {
    pub version: String,
    pub source: String,
    pub files: usize,
    pub rules: usize,
    pub per_category: BTreeMap<String, usize>,
    pub per_paranoia: BTreeMap<u8, usize>,
    pub groups: usize,
    pub literals: usize,
    /// Rules whose regex or detector runs on every targeted value (no literal gate).
    pub always_run: Vec<String>,
    pub request_checks: usize,
    /// Approximate heap bytes of automata and regexes.
    pub memory_bytes: usize,
}

impl CompiledRuleSet {
    /// The union automaton over the literals of the gates that can apply to a part.
    pub(crate) fn union_of(&self, part: Part) -> Option<&Union> {
        self.part_union
            .get(part as usize)
            .copied()
            .flatten()
            .and_then(|u| self.unions.get(u))
    }

    /// A stable identifier of the rule content (file names and bytes): `builtin-…` or
    /// `dir-…`, the same for the same files.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Where the rules came from (`builtin` or the directory path).
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether the set has no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Metadata of every rule, in file order.
    pub fn rules(&self) -> impl Iterator<Item = &Arc<RuleMeta>> {
        self.rules.iter().map(|r| &r.meta)
    }

    /// Approximate heap bytes used by automata and regexes.
    pub fn memory_usage(&self) -> usize {
        self.memory
    }

    /// Counts and sizes, for `palisade-rules check`.
    pub fn stats(&self) -> RuleSetStats {
        let mut per_category = BTreeMap::new();
        let mut per_paranoia = BTreeMap::new();
        for r in &self.rules {
            *per_category
                .entry(r.meta.category.as_str().to_string())
                .or_insert(0) += 1;
            *per_paranoia.entry(r.meta.paranoia).or_insert(0) += 1;
        }
        let always_run = self
            .rules
            .iter()
            .filter(|r| !r.gated && !matches!(r.matcher, Matcher::Check(_)))
            .map(|r| r.meta.id.clone())
            .collect();
        RuleSetStats {
            version: self.version.clone(),
            source: self.source.clone(),
            files: self.files,
            rules: self.rules.len(),
            per_category,
            per_paranoia,
            groups: self.groups.len(),
            literals: self.groups.iter().map(|g| g.pattern_gates.len()).sum(),
            always_run,
            request_checks: self.checks.len(),
            memory_bytes: self.memory,
        }
    }
}

// === loading ===

include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// Compiles the rules embedded in the binary (the files of `rulesets/rules/`).
pub fn load_builtin() -> Result<CompiledRuleSet, LoadError> {
    let files: Vec<(String, String)> = BUILTIN_RULE_FILES
        .iter()
        .map(|(n, c)| (n.to_string(), c.to_string()))
        .collect();
    compile_files("builtin", &files)
}

/// Reads `*.toml` files of a directory (not recursive; names starting with `.` skipped, so
/// the `..data` links of a Kubernetes ConfigMap volume are ignored while the file links are
/// followed).
pub fn read_rule_dir(dir: &Path) -> Result<Vec<(String, String)>, LoadError> {
    let io = |source| LoadError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !name.ends_with(".toml") {
            continue;
        }
        let path = entry.path();
        if !path.is_file() {
            continue;
        }
        let content = std::fs::read_to_string(&path).map_err(|source| LoadError::Io {
            path: path.clone(),
            source,
        })?;
        files.push((name, content));
    }
    if files.is_empty() {
        return Err(LoadError::Empty(dir.to_path_buf()));
    }
    files.sort();
    Ok(files)
}

/// Reads and compiles a rules directory.
pub fn load_dir(dir: &Path) -> Result<CompiledRuleSet, LoadError> {
    let files = read_rule_dir(dir)?;
    compile_files(&dir.display().to_string(), &files)
}

/// FNV-1a, 64 bit: stable across builds and platforms (unlike `DefaultHasher`).
fn fnv1a(data: &[u8], mut h: u64) -> u64 {
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map_or(1, |t| t.bytes().filter(|&b| b == b'\n').count() + 1)
}

/// Compiles rule files given as (name, contents). `source` names where they came from.
pub fn compile_files(
    source: &str,
    files: &[(String, String)],
) -> Result<CompiledRuleSet, LoadError> {
    let mut errors = Vec::new();
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    let mut builder = Builder::default();
    for (name, text) in files {
        hash = fnv1a(name.as_bytes(), hash);
        hash = fnv1a(&[0], hash);
        hash = fnv1a(text.as_bytes(), hash);
        let file: RuleFile = match toml::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                let line = e.span().map_or(1, |s| line_of(text, s.start));
                errors.push(RuleError {
                    file: name.clone(),
                    line,
                    rule: None,
                    reason: e.message().to_string(),
                });
                continue;
            }
        };
        for spanned in file.rules {
            let line = line_of(text, spanned.span().start);
            let spec = spanned.into_inner();
            let id = spec.id.clone();
            if let Err(reason) = builder.add(&file.defaults, spec, format!("{name}:{line}")) {
                errors.push(RuleError {
                    file: name.clone(),
                    line,
                    rule: Some(id),
                    reason,
                });
            }
        }
    }
    if !errors.is_empty() {
        return Err(LoadError::Rules(errors));
    }
    let prefix = if source == "builtin" {
        "builtin"
    } else {
        "dir"
    };
    builder
        .finish(
            format!("{prefix}-{hash:016x}"),
            source.to_string(),
            files.len(),
        )
        .map_err(|reason| {
            LoadError::Rules(vec![RuleError {
                file: source.to_string(),
                line: 0,
                rule: None,
                reason,
            }])
        })
}

// === building ===

struct Builder {
    rules: Vec<CompiledRule>,
    gates: Vec<Gate>,
    nodes: Vec<Node>,
    node_of: HashMap<(usize, Transform), usize>,
    ids: HashSet<String>,
    groups: Vec<Group>,
    group_of: HashMap<Vec<Transform>, usize>,
    /// Per group: literal → pattern index.
    literal_ids: Vec<HashMap<Vec<u8>, usize>>,
    checks: Vec<usize>,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            rules: Vec::new(),
            gates: Vec::new(),
            nodes: vec![Node {
                parent: 0,
                transform: None,
                chain_mask: 0,
            }],
            node_of: HashMap::new(),
            ids: HashSet::new(),
            groups: Vec::new(),
            group_of: HashMap::new(),
            literal_ids: Vec::new(),
            checks: Vec::new(),
        }
    }
}

fn regex(pattern: &str) -> Result<meta::Regex, String> {
    regex_ci(pattern, false)
}

/// Compiles a rule regex: linear time (no backtracking engine exists in `regex-automata`'s
/// meta regex), ASCII-only classes and word boundaries (byte-oriented like the input),
/// size-limited. `ci`: case-insensitive, for rules that ask for `lowercase`.
pub(crate) fn regex_ci(pattern: &str, ci: bool) -> Result<meta::Regex, String> {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .nfa_size_limit(Some(REGEX_SIZE_LIMIT))
                .onepass_size_limit(Some(REGEX_SIZE_LIMIT))
                .dfa_size_limit(Some(REGEX_SIZE_LIMIT))
                .hybrid_cache_capacity(REGEX_CACHE_LIMIT),
        )
        .syntax(
            syntax::Config::new()
                .unicode(false)
                .utf8(false)
                .case_insensitive(ci)
                .nest_limit(100),
        )
        .build(pattern)
        .map_err(|e| format!("invalid regex: {e}"))
}

fn parse_hir(pattern: &str) -> Option<regex_syntax::hir::Hir> {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .ok()
}

/// Parses one target selector without negation: `ARGS`, `HEADERS:User-Agent`,
/// `COOKIES:/^__utm/`. Returns the parts it covers and the name restriction.
pub(crate) fn parse_selector(sel: &str) -> Result<(u32, Option<NameMatch>), String> {
    let (coll, name) = match sel.split_once(':') {
        Some((c, n)) => (c, Some(n)),
        None => (sel, None),
    };
    // Alerts show a parsed body's fields as `BODY:json.user.name`, `BODY:form.q`: accept that
    // spelling for the argument it names (the raw body itself has no name, so a named `BODY`
    // selector would otherwise select nothing, silently).
    let (coll, name) = match (coll, name) {
        ("BODY", Some(n)) => match n.split_once('.') {
            Some((origin, field))
                if !field.is_empty()
                    && Origin::PARSED_BODY.iter().any(|o| o.prefix() == origin) =>
            {
                ("ARGS_POST", Some(field))
            }
            _ => {
                let prefixes: Vec<&str> = Origin::PARSED_BODY.iter().map(|o| o.prefix()).collect();
                return Err(format!(
                    "target `{sel}`: BODY is the raw body and has no name; a parsed body's \
                     field is selected as it is shown in alerts (`BODY:json.user.name`, \
                     `BODY:form.q`: one of {}) or as `ARGS_POST:user.name` (`ARGS_POST:/regex/` \
                     for a pattern over field names)",
                    prefixes.join(", ")
                ));
            }
        },
        other => other,
    };
    let parts: &[Part] = match coll {
        "METHOD" => &[Part::Method],
        "PROTOCOL" => &[Part::Protocol],
        "REQUEST_LINE" => &[Part::RequestLine],
        "URI" => &[Part::Uri],
        "PATH" => &[Part::Path],
        "BASENAME" => &[Part::Basename],
        "QUERY" => &[Part::Query],
        "ARGS" => &[Part::ArgGet, Part::ArgPost],
        "ARGS_GET" => &[Part::ArgGet],
        "ARGS_POST" => &[Part::ArgPost],
        "ARGS_NAMES" => &[Part::ArgGetName, Part::ArgPostName],
        "ARGS_GET_NAMES" => &[Part::ArgGetName],
        "ARGS_POST_NAMES" => &[Part::ArgPostName],
        "HEADERS" => &[Part::Header],
        "HEADERS_NAMES" => &[Part::HeaderName],
        "COOKIES" => &[Part::Cookie],
        "COOKIES_NAMES" => &[Part::CookieName],
        "BODY" => &[Part::Body, Part::ParsedBody],
        "FILES" => &[Part::FileName],
        "FILES_CONTENT" => &[Part::FileContent],
        "MULTIPART_HEADERS" => &[Part::PartHeader],
        "BODY_BINARY" => &[Part::BodyBinary],
        _ => {
            return Err(format!(
                "unknown target `{coll}`; known: METHOD PROTOCOL REQUEST_LINE URI PATH BASENAME \
                 QUERY ARGS ARGS_GET ARGS_POST ARGS_NAMES ARGS_GET_NAMES ARGS_POST_NAMES HEADERS \
                 HEADERS_NAMES COOKIES COOKIES_NAMES BODY BODY_BINARY FILES FILES_CONTENT \
                 MULTIPART_HEADERS"
            ))
        }
    };
    let mask = parts.iter().fold(0, |m, p| m | p.bit());
    let name = match name {
        None => None,
        Some(n) if n.len() >= 2 && n.starts_with('/') && n.ends_with('/') => {
            let pat = n.get(1..n.len() - 1).unwrap_or_default();
            let re = regex(&format!("(?i){pat}")).map_err(|e| format!("target `{sel}`: {e}"))?;
            Some(NameMatch::Pattern(Box::new(re)))
        }
        Some("") => return Err(format!("target `{sel}`: empty name after `:`")),
        Some(n) => Some(NameMatch::Exact(n.to_string())),
    };
    Ok((mask, name))
}

/// Adds one target selector, possibly negated (`!ARGS:password`), to a rule's targets.
fn parse_target(spec: &mut TargetSpec, sel: &str) -> Result<(), String> {
    let (negated, sel) = match sel.strip_prefix('!') {
        Some(s) => (true, s),
        None => (false, sel),
    };
    let (mask, name) = parse_selector(sel)?;
    match (negated, name) {
        (false, None) => spec.mask |= mask,
        (false, Some(n)) => spec.named.push((mask, n)),
        (true, Some(n)) => spec.excluded.push((mask, n)),
        (true, None) => {
            return Err(format!(
                "target `!{sel}` excludes a whole collection; just leave it out"
            ))
        }
    }
    Ok(())
}

impl Builder {
    fn node_for(&mut self, transforms: &[Transform]) -> usize {
        let mut node = 0;
        for &t in transforms {
            node = match self.node_of.get(&(node, t)) {
                Some(&n) => n,
                None => {
                    let parent_mask = self.nodes.get(node).map_or(u32::MAX, |n| n.chain_mask);
                    self.nodes.push(Node {
                        parent: node,
                        transform: Some(t),
                        chain_mask: parent_mask | t.change_mask(),
                    });
                    let n = self.nodes.len() - 1;
                    self.node_of.insert((node, t), n);
                    n
                }
            };
        }
        node
    }

    fn group_for(&mut self, transforms: Vec<Transform>) -> usize {
        if let Some(&g) = self.group_of.get(&transforms) {
            return g;
        }
        let g = self.groups.len();
        let node = self.node_for(&transforms);
        self.groups.push(Group {
            node,
            transforms: transforms.clone(),
            pattern_gates: Vec::new(),
            always: Vec::new(),
            always_by_part: Vec::new(),
            parts: 0,
            min_paranoia: 4,
        });
        self.literal_ids.push(HashMap::new());
        self.group_of.insert(transforms, g);
        g
    }

    fn add(
        &mut self,
        defaults: &crate::spec::RuleDefaults,
        spec: RuleSpec,
        location: String,
    ) -> Result<(), String> {
        if spec.id.trim().is_empty() || spec.id.contains(char::is_whitespace) {
            return Err("`id` must be non-empty and without spaces".into());
        }
        if !self.ids.insert(spec.id.clone()) {
            return Err("duplicate rule id".into());
        }
        let category = spec
            .category
            .or(defaults.category)
            .ok_or("no `category` (set it on the rule or in [defaults])")?;
        let severity = spec
            .severity
            .or(defaults.severity)
            .unwrap_or(Severity::Critical);
        let paranoia = spec.paranoia.or(defaults.paranoia).unwrap_or(1);
        if !(1..=4).contains(&paranoia) {
            return Err(format!("`paranoia` must be 1 to 4, not {paranoia}"));
        }
        let score = spec.score.unwrap_or_else(|| severity.default_score());
        let mut tags = defaults.tags.clone().unwrap_or_default();
        tags.extend(spec.tags.iter().cloned());

        let transforms: Vec<Transform> = spec
            .transforms
            .as_ref()
            .or(defaults.transforms.as_ref())
            .map(|ts| {
                ts.iter()
                    .map(|t| {
                        Transform::parse(t).ok_or_else(|| {
                            format!(
                                "unknown transform `{t}`; known: {}",
                                Transform::ALL.map(Transform::as_str).join(", ")
                            )
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?
            .unwrap_or_default();
        // `lowercase` is matching without case, not a copy: the literal automata are ASCII
        // case-insensitive already, and the regex is compiled case-insensitive.
        let case_insensitive =
            transforms.contains(&Transform::Lowercase) || transforms.contains(&Transform::CmdLine);
        let transforms: Vec<Transform> = transforms
            .into_iter()
            .filter(|t| *t != Transform::Lowercase)
            .collect();

        let kinds = usize::from(
            spec.regex.is_some() || (!spec.literals.is_empty() && spec.detector.is_none()),
        ) + usize::from(spec.detector.is_some())
            + usize::from(spec.check.is_some());
        if kinds != 1 {
            return Err(
                "a rule needs exactly one matcher: `literals` and/or `regex`, or `detector` (optionally gated by `literals`), or `check`"
                    .into(),
            );
        }
        if spec.negate && spec.regex.is_none() {
            return Err("`negate` needs a `regex`".into());
        }
        if spec.negate && !spec.literals.is_empty() {
            return Err("`negate` cannot be combined with `literals`".into());
        }

        let mut targets = TargetSpec::default();
        let target_list = spec.targets.as_ref().or(defaults.targets.as_ref());
        match (&spec.check, target_list) {
            (Some(_), _) => {}
            (None, None) => {
                return Err("no `targets` (set them on the rule or in [defaults])".into())
            }
            (None, Some(list)) => {
                if list.is_empty() {
                    return Err("`targets` is empty".into());
                }
                for sel in list {
                    parse_target(&mut targets, sel)?;
                }
                if targets.all_parts() == 0 {
                    return Err("`targets` only excludes; name what to inspect".into());
                }
                targets.leave_out_covered_body();
            }
        }

        let meta = Arc::new(RuleMeta {
            id: spec.id.clone(),
            name: spec.name.clone(),
            category,
            severity,
            paranoia,
            score,
            tags,
            location,
            examples: spec.examples.len() + spec.byte_examples.len(),
            is_check: spec.check.is_some(),
        });
        let index = self.rules.len();

        if let Some(check) = &spec.check {
            let check = Check::parse(check)?;
            if !spec.examples.is_empty()
                || !spec.byte_examples.is_empty()
                || !spec.counter_examples.is_empty()
            {
                return Err(
                    "request checks take no `examples` (test them with request tables)".into(),
                );
            }
            self.rules.push(CompiledRule {
                meta,
                targets,
                matcher: Matcher::Check(check),
                gated: false,
                group: usize::MAX,
                explicit: Vec::new(),
                skip_documents: false,
                skip_traces: false,
            });
            self.checks.push(index);
            return Ok(());
        }

        let group = self.group_for(transforms.clone());
        // The literal gate, as branches of sets: a candidate needs, for some branch, a
        // literal of every set. Empty: always run.
        let explicit: Vec<Vec<u8>> = spec.literals.iter().map(|l| unescape_literal(l)).collect();
        if explicit.iter().any(Vec::is_empty) {
            return Err("empty string in `literals`".into());
        }
        let mut case_sensitive_gate = false;
        let (matcher, branches): (Matcher, Vec<Vec<Vec<Vec<u8>>>>) = if let Some(d) = &spec.detector
        {
            let d = Detector::parse(d).ok_or_else(|| {
                format!("unknown detector `{d}`; known: sqli, xss, html-document")
            })?;
            // Literals on a detector gate it: the tokenizer only runs where one occurs.
            let branches = if explicit.is_empty() {
                Vec::new()
            } else {
                vec![vec![explicit.clone()]]
            };
            (Matcher::Detector(d), branches)
        } else if let Some(pattern) = &spec.regex {
            let re = regex_ci(pattern, case_insensitive)?;
            let branches = if spec.negate {
                Vec::new()
            } else {
                // Derived from the regex itself, so sound: each top-level alternative with
                // the literal sets it requires together. Hand-written literals are only the
                // fallback when nothing can be derived: a hand-written list can miss an
                // alternative of its regex (the differential test in tests/corpus.rs found
                // two), a derived one cannot.
                let hir = parse_hir(pattern);
                // Literals derived from a case-sensitive regex keep their case and are
                // matched with it, unless the regex folds case itself (`(?i:java)`).
                let fold =
                    case_insensitive || hir.as_ref().is_some_and(crate::literals::folds_case);
                case_sensitive_gate = !fold;
                match hir
                    .as_ref()
                    .and_then(|h| crate::literals::gate_dnf(h, fold))
                {
                    Some(dnf) => dnf
                        .into_iter()
                        .map(|mut sets| {
                            // The most selective set gates through the automata.
                            sets.sort_by_key(|set| std::cmp::Reverse(selectivity(set)));
                            sets
                        })
                        .collect(),
                    None if !explicit.is_empty() => {
                        // (Hand-written literals are case-insensitive phrases.)
                        case_sensitive_gate = false;
                        vec![vec![explicit.clone()]]
                    }
                    None => hir
                        .as_ref()
                        .and_then(|h| crate::literals::required_literals(h, MIN_LITERAL_LEN, fold))
                        .map(|set| vec![vec![set]])
                        .unwrap_or_default(),
                }
            };
            (
                Matcher::Regex {
                    re,
                    negate: spec.negate,
                },
                branches,
            )
        } else {
            (Matcher::Literal, vec![vec![explicit.clone()]])
        };

        let rule = CompiledRule {
            meta,
            targets,
            matcher,
            gated: !branches.is_empty(),
            group,
            explicit: explicit.clone(),
            skip_documents: spec.skip_html_documents,
            skip_traces: spec.skip_stack_traces,
        };
        check_examples(&rule, &transforms, &branches, case_sensitive_gate, &spec)?;

        let g = self.groups.get_mut(group).ok_or("internal: group index")?;
        g.parts |= rule.targets.all_parts();
        g.min_paranoia = g.min_paranoia.min(rule.meta.paranoia);
        let ids = self
            .literal_ids
            .get_mut(group)
            .ok_or("internal: group index")?;
        if branches.is_empty() {
            g.always.push(index);
        }
        for sets in branches {
            let mut sets = sets.into_iter();
            let Some(primary) = sets.next() else { continue };
            let gate = self.gates.len() as u32;
            self.gates.push(Gate {
                rule: index as u32,
                group: group as u32,
                parts: rule.targets.all_parts(),
                paranoia: rule.meta.paranoia,
                extra: sets
                    .clone()
                    .filter(|set| is_punctuation_set(set))
                    .take(3)
                    .collect(),
                keys: sets
                    .filter_map(|set| ByteSet::keys(&set))
                    .take(8)
                    .map(|k| k.bytes())
                    .collect(),
                case_sensitive: case_sensitive_gate,
            });
            for lit in primary {
                let key = if case_sensitive_gate {
                    lit
                } else {
                    lit.to_ascii_lowercase()
                };
                let pid = *ids.entry(key).or_insert_with(|| {
                    g.pattern_gates.push(Vec::new());
                    g.pattern_gates.len() - 1
                });
                if let Some(v) = g.pattern_gates.get_mut(pid) {
                    if !v.contains(&gate) {
                        v.push(gate);
                    }
                }
            }
        }
        self.rules.push(rule);
        Ok(())
    }

    fn finish(
        mut self,
        version: String,
        source: String,
        files: usize,
    ) -> Result<CompiledRuleSet, String> {
        let mut memory = 0;
        let mut union_ids: HashMap<&[u8], usize> = HashMap::new();
        let mut union_patterns: Vec<&[u8]> = Vec::new();
        let mut union_gates: Vec<Vec<u32>> = Vec::new();
        for (g, ids) in self.groups.iter_mut().zip(&self.literal_ids) {
            if ids.is_empty() {
                continue;
            }
            let mut patterns: Vec<(&Vec<u8>, &usize)> = ids.iter().collect();
            patterns.sort_by_key(|(_, &id)| id);
            for (lit, &pid) in patterns {
                let uid = *union_ids.entry(lit.as_slice()).or_insert_with(|| {
                    union_patterns.push(lit.as_slice());
                    union_gates.push(Vec::new());
                    union_gates.len() - 1
                });
                if let (Some(slot), Some(gates)) =
                    (union_gates.get_mut(uid), g.pattern_gates.get(pid))
                {
                    slot.extend(gates.iter().copied());
                }
            }
        }
        // Per part, the literals of the gates that can apply to it: a header value is not
        // scanned for the literals of argument-only rules, and a part few rules look at
        // (the request line, header names) gets a small automaton with a fast prefilter.
        // Parts with the same literals share one automaton.
        let mut built: Vec<(Scanner, Vec<Vec<u32>>)> = Vec::new();
        let mut part_union = [None; Part::COUNT];
        let mut by_patterns: HashMap<Vec<usize>, usize> = HashMap::new();
        // Arguments and cookies (most values of most requests, and nearly the same literals)
        // share one automaton; every other part gets its own.
        const SHARED: [Part; 6] = [
            Part::ArgGet,
            Part::ArgPost,
            Part::ArgGetName,
            Part::ArgPostName,
            Part::Cookie,
            Part::CookieName,
        ];
        let mut classes: Vec<Vec<usize>> = vec![SHARED.iter().map(|&p| p as usize).collect()];
        classes.extend(
            (0..Part::COUNT)
                .filter(|p| !SHARED.iter().any(|&s| s as usize == *p))
                .map(|p| vec![p]),
        );
        for class in classes {
            let mask = class.iter().fold(0u32, |m, &p| m | (1u32 << p));
            let mut uids: Vec<usize> = Vec::new();
            let mut gates_of: Vec<Vec<u32>> = Vec::new();
            for (uid, gates) in union_gates.iter().enumerate() {
                let keep: Vec<u32> = gates
                    .iter()
                    .copied()
                    .filter(|&g| {
                        self.gates
                            .get(g as usize)
                            .is_some_and(|g| g.parts & mask != 0)
                    })
                    .collect();
                if !keep.is_empty() {
                    uids.push(uid);
                    gates_of.push(keep);
                }
            }
            if uids.is_empty() {
                continue;
            }
            if let Some(&u) = by_patterns.get(&uids) {
                // Same literals: share the automaton, with the gates of both (the evaluator
                // checks a gate's parts on each hit).
                if let Some((_, have)) = built.get_mut(u) {
                    for (have, add) in have.iter_mut().zip(gates_of) {
                        for g in add {
                            if !have.contains(&g) {
                                have.push(g);
                            }
                        }
                    }
                }
                for &p in &class {
                    if let Some(slot) = part_union.get_mut(p) {
                        *slot = Some(u);
                    }
                }
                continue;
            }
            let pats: Vec<&[u8]> = uids
                .iter()
                .filter_map(|&u| union_patterns.get(u).copied())
                .collect();
            // A DFA where many values go through (arguments, cookies, headers): speed over
            // memory; elsewhere a DFA while it is small, else a contiguous NFA.
            let many = class.len() > 1 || class.contains(&(Part::Header as usize));
            let case_insensitive = gates_of.iter().flatten().any(|&g| {
                self.gates
                    .get(g as usize)
                    .is_none_or(|gate| !gate.case_sensitive)
            });
            let ac = Scanner::build(&pats, many, case_insensitive)?;
            memory += ac.memory_usage();
            built.push((ac, gates_of));
            by_patterns.insert(uids, built.len() - 1);
            for &p in &class {
                if let Some(slot) = part_union.get_mut(p) {
                    *slot = Some(built.len() - 1);
                }
            }
        }
        let unions: Vec<Union> = built
            .into_iter()
            .map(|(ac, gates_of)| Union::new(ac, &gates_of, &self.gates))
            .collect();
        memory += unions
            .iter()
            .map(|u| {
                std::mem::size_of_val(u.spans.as_slice()) + std::mem::size_of_val(u.refs.as_slice())
            })
            .sum::<usize>();
        for r in &self.rules {
            if let Matcher::Regex { re, .. } = &r.matcher {
                memory += re.memory_usage();
            }
        }
        let looked_at = self.groups.iter().fold(0, |m, g| m | g.parts);
        let mut part_chain_mask = [[0u32; Part::COUNT]; 5];
        for (level, masks) in part_chain_mask.iter_mut().enumerate() {
            for (p, mask) in masks.iter_mut().enumerate() {
                let bit = 1u32 << p;
                for g in self
                    .groups
                    .iter()
                    .filter(|g| g.parts & bit != 0 && usize::from(g.min_paranoia) <= level)
                {
                    *mask |= self.nodes.get(g.node).map_or(u32::MAX, |n| n.chain_mask);
                }
            }
        }
        let mut named_always: [Vec<NamedAlways>; Part::COUNT] = Default::default();
        for (gi, g) in self.groups.iter_mut().enumerate() {
            let by_part: Vec<Vec<(usize, u64)>> = (0..Part::COUNT)
                .map(|p| {
                    g.always
                        .iter()
                        .filter_map(|&ri| {
                            let r = self.rules.get(ri)?;
                            (r.targets.all_parts() & (1u32 << p) != 0)
                                .then(|| (ri, r.targets.name_lengths(1u32 << p)))
                        })
                        .collect()
                })
                .collect();
            g.always_by_part = by_part
                .iter()
                .map(|rs| {
                    rs.iter()
                        .filter(|&&(_, lens)| lens == u64::MAX)
                        .map(|&(ri, _)| ri)
                        .collect()
                })
                .collect();
            for (p, rs) in by_part.into_iter().enumerate() {
                if let Some(list) = named_always.get_mut(p) {
                    list.extend(rs.into_iter().filter(|&(_, l)| l != u64::MAX).map(
                        |(ri, lens)| NamedAlways {
                            rule: ri,
                            group: gi,
                            lens,
                        },
                    ));
                }
            }
        }
        let part_groups: [Vec<usize>; Part::COUNT] = std::array::from_fn(|p| {
            self.groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.parts & (1u32 << p) != 0)
                .map(|(gi, _)| gi)
                .collect()
        });
        let raw_always = std::array::from_fn(|level| {
            std::array::from_fn(|p| {
                part_groups
                    .get(p)
                    .into_iter()
                    .flatten()
                    .filter_map(|&gi| Some((gi, self.groups.get(gi)?)))
                    .flat_map(|(gi, g)| {
                        g.always_by_part
                            .get(p)
                            .into_iter()
                            .flatten()
                            .filter(|&&ri| {
                                self.rules
                                    .get(ri)
                                    .is_some_and(|r| usize::from(r.meta.paranoia) <= level)
                            })
                            .map(move |&ri| (ri, gi))
                    })
                    .collect()
            })
        });
        let paranoia_off = std::array::from_fn(|level| {
            self.rules
                .iter()
                .map(|r| usize::from(r.meta.paranoia) > level)
                .collect()
        });
        let phase_checks = [false, true].map(|body| {
            self.checks
                .iter()
                .copied()
                .filter(|&ri| {
                    self.rules.get(ri).is_some_and(
                        |r| matches!(&r.matcher, Matcher::Check(c) if c.is_body() == body),
                    )
                })
                .collect()
        });
        let named_parts = self
            .rules
            .iter()
            .fold(0, |m, r| m | r.targets.named_parts());
        Ok(CompiledRuleSet {
            generation: GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            named_parts,
            rules: self.rules,
            nodes: self.nodes,
            groups: self.groups,
            gates: self.gates,
            unions,
            part_union,
            part_chain_mask,
            looked_at,
            part_groups,
            named_always,
            raw_always,
            paranoia_off,
            checks: self.checks,
            phase_checks,
            version,
            source,
            files,
            memory,
        })
    }
}

/// How selective a literal set is as a gate: mostly its shortest literal; among one-byte
/// sets, punctuation (`(`) beats a letter (`t`), which gates nothing.
fn selectivity(set: &[Vec<u8>]) -> (usize, usize) {
    let shortest = set.iter().map(Vec::len).min().unwrap_or(0);
    let punct = set.iter().all(|l| !l.iter().any(u8::is_ascii_alphanumeric));
    let score = if shortest <= 1 {
        usize::from(punct)
    } else {
        shortest.min(8) * 2
    };
    (score, usize::MAX - set.len())
}

/// Whether every literal of a set is free of letters and digits (checked by direct search).
fn is_punctuation_set(set: &[Vec<u8>]) -> bool {
    !set.is_empty()
        && set.len() <= 8
        && set.iter().all(|l| !l.iter().any(u8::is_ascii_alphanumeric))
}

/// A literal's bytes: the text, with `\xHH` (two hex digits) standing for one byte, so that
/// bytes that are not UTF-8 on their own (an overlong lead byte) can be written in TOML.
fn unescape_literal(l: &str) -> Vec<u8> {
    let b = l.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c == b'\\' && matches!(b.get(i + 1), Some(b'x')) {
            let hex = b
                .get(i + 2..i + 4)
                .and_then(|h| std::str::from_utf8(h).ok());
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 4;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Runs one rule's matcher on one (already transformed) value. Returns the matched span.
/// [`run_matcher`] for `rule`, which may not look at some values at all.
pub(crate) fn run_rule(
    rule: &CompiledRule,
    form: &[u8],
    literal_at: Option<(usize, usize)>,
) -> Option<(usize, usize, Option<String>)> {
    if rule.skip_documents && crate::html::is_document(form) {
        return None;
    }
    if rule.skip_traces {
        if let Matcher::Regex { re, negate: false } = &rule.matcher {
            if !re.is_match(form) {
                return None;
            }
            // The first match outside a trace, looking at a bounded number of them (a value
            // of more matches than that is judged by its first one beyond the bound).
            let mut seen = 0;
            for m in re.find_iter(form) {
                seen += 1;
                if seen > MAX_TRACE_MATCHES || !in_java_trace(form, m.start(), m.end()) {
                    return Some((m.start(), m.end(), None));
                }
            }
            return None;
        }
    }
    run_matcher(&rule.matcher, form, literal_at)
}

/// Matches of a `skip_stack_traces` rule looked at in one value before the next one counts
/// whatever its context.
const MAX_TRACE_MATCHES: usize = 256;

/// Whether `form[start..end]`, a match that starts a qualified Java name, is a stack trace's:
///
/// - a frame: `at` and whitespace (and a module, `java.base/`) before it, the rest of the
///   name and a source location after it: `(Thread.java:1012)`, `(RealCall.kt:519)`,
///   `(Native Method)`, `(Unknown Source)`;
/// - an exception line: at the start of a line (or after `Caused by: `, `Suppressed: `, a
///   quote), a name whose last part ends in `Exception`, `Error` or `Throwable`, then a colon
///   or the end of the line;
/// - a method or field named in an Android message: `method '` or `field '` before it.
///
/// Lines end at a line break or at an escaped one (`\n`, `\t` as a JSON document carries
/// them, for rules that read a whole body).
pub(crate) fn in_java_trace(form: &[u8], start: usize, end: usize) -> bool {
    let before = form.get(..start).unwrap_or_default();
    let after = form.get(end..).unwrap_or_default();
    // The rest of the qualified name.
    let name_len = after
        .iter()
        .take_while(|&&b| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'$' | b'_' | b'<' | b'>' | b'-')
        })
        .count();
    let name = after.get(..name_len).unwrap_or_default();
    let rest = after.get(name_len..).unwrap_or_default();
    // A frame.
    let module = before
        .iter()
        .rev()
        .take_while(|&&b| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'$' | b'_' | b'@' | b'-' | b'/')
        })
        .count();
    let head = before.get(..before.len() - module).unwrap_or_default();
    let module_ok = module == 0 || before.last() == Some(&b'/');
    let at = head
        .strip_suffix(b" ")
        .or_else(|| head.strip_suffix(b"\t"))
        .and_then(|h| h.strip_suffix(b"at"));
    if module_ok && at.is_some_and(line_start) && source_location(rest) {
        return true;
    }
    // An exception line.
    let last = name.rsplit(|&b| b == b'.').next().unwrap_or_default();
    let thrown = [&b"Exception"[..], b"Error", b"Throwable"]
        .iter()
        .any(|s| last.ends_with(s));
    let ends = rest
        .first()
        .is_none_or(|&b| matches!(b, b':' | b'\n' | b'\r' | b'"'))
        || rest.starts_with(b"\\n");
    let starts = [&b"Caused by: "[..], b"Suppressed: "]
        .iter()
        .find_map(|p| before.strip_suffix(*p))
        .map_or(line_start(before), line_start);
    if thrown && ends && starts {
        return true;
    }
    // An Android message's method or field.
    before.ends_with(b"method '") || before.ends_with(b"field '")
}

/// Whether `before` ends at the start of a line: nothing, a line break, whitespace, a quote,
/// or a JSON escape (`\n`, `\t`).
fn line_start(before: &[u8]) -> bool {
    match before.last() {
        None => true,
        Some(b'\n' | b'\r' | b'\t' | b' ' | b'"') => true,
        Some(b'n' | b't') => before.len() >= 2 && before.get(before.len() - 2) == Some(&b'\\'),
        _ => false,
    }
}

/// Whether `rest` starts with a frame's source location: `(File.java:12)`, `(File.kt)`,
/// `(Native Method)`, `(Unknown Source)`, `(Unknown Source:3)`.
fn source_location(rest: &[u8]) -> bool {
    let Some(inner) = rest.strip_prefix(b"(") else {
        return false;
    };
    let Some(close) = memchr::memchr(b')', inner) else {
        return false;
    };
    let loc = inner.get(..close).unwrap_or_default();
    if loc == b"Native Method" || loc.starts_with(b"Unknown Source") {
        return true;
    }
    let (file, line) = match memchr::memrchr(b':', loc) {
        Some(c) => (
            loc.get(..c).unwrap_or_default(),
            loc.get(c + 1..).unwrap_or_default(),
        ),
        None => (loc, &b""[..]),
    };
    let file_ok = [&b".java"[..], b".kt", b".scala", b".groovy", b".clj"]
        .iter()
        .any(|e| file.ends_with(e))
        || file == b"SourceFile";
    file_ok && line.iter().all(u8::is_ascii_digit) && (!line.is_empty() || file != b"SourceFile")
}

pub(crate) fn run_matcher(
    matcher: &Matcher,
    form: &[u8],
    literal_at: Option<(usize, usize)>,
) -> Option<(usize, usize, Option<String>)> {
    match matcher {
        Matcher::Literal => literal_at.map(|(s, e)| (s, e, None)),
        // Most candidates do not match: `is_match` stops early and needs no reverse scan;
        // the span is only searched for on a match.
        Matcher::Regex { re, negate: false } => {
            if !re.is_match(form) {
                return None;
            }
            re.find(form).map(|m| (m.start(), m.end(), None))
        }
        Matcher::Regex { re, negate: true } => {
            (!re.is_match(form)).then_some((0, form.len(), None))
        }
        Matcher::Detector(d) => d.detect(form).map(|desc| (0, form.len(), Some(desc))),
        Matcher::Check(_) => None,
    }
}

/// The rule's examples must match and its counter-examples must not, through the same
/// transforms and prefilter the engine uses. This catches a literal that is not really
/// required by its regex, a typo in a regex, and over-broad rules, at load time.
fn check_examples(
    rule: &CompiledRule,
    transforms: &[Transform],
    branches: &[Vec<Vec<Vec<u8>>>],
    case_sensitive: bool,
    spec: &RuleSpec,
) -> Result<(), String> {
    let judge = |value: &[u8]| -> bool {
        let form = apply_all(transforms, value);
        let literal_at = if rule.gated {
            // (With the gate's case, as the automata match it.)
            let fold = |b: &[u8]| {
                if case_sensitive {
                    b.to_vec()
                } else {
                    b.to_ascii_lowercase()
                }
            };
            let hay = fold(&form);
            let find = |l: &Vec<u8>| memchr::memmem::find(&hay, &fold(l)).map(|p| (p, p + l.len()));
            // Some branch must have a literal of its primary set and of each punctuation
            // set (the evaluator's exact rule).
            let present = ByteSet::of(&form);
            let open = branches.iter().find_map(|sets| {
                let mut it = sets.iter();
                let hit = it.next().and_then(|set| set.iter().find_map(find))?;
                let extra_ok = it
                    .clone()
                    .filter(|set| is_punctuation_set(set))
                    .take(3)
                    .all(|set| set.iter().any(|l| find(l).is_some()));
                let keys_ok = it
                    .filter_map(|set| ByteSet::keys(set))
                    .take(8)
                    .all(|k| k.meets(&present));
                (extra_ok && keys_ok).then_some(hit)
            });
            match open {
                Some(h) => Some(h),
                None => return false,
            }
        } else {
            None
        };
        run_rule(rule, &form, literal_at).is_some()
    };
    for ex in &spec.examples {
        if !judge(ex.as_bytes()) {
            return Err(format!("example does not match: {ex:?}"));
        }
    }
    for ex in &spec.byte_examples {
        if !judge(&unescape_literal(ex)) {
            return Err(format!("byte example does not match: {ex:?}"));
        }
    }
    for ex in &spec.counter_examples {
        if judge(ex.as_bytes()) {
            return Err(format!("counter-example matches: {ex:?}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile(text: &str) -> Result<CompiledRuleSet, LoadError> {
        compile_files("test", &[("t.toml".into(), text.into())])
    }

    #[test]
    fn errors_name_file_line_and_rule() {
        let text = r#"
[defaults]
category = "sqli"
targets = ["ARGS"]

[[rule]]
id = "ok-1"
name = "fine"
regex = '(?i)union\s+select'

[[rule]]
id = "bad-1"
name = "broken regex"
regex = '(?i)union(select'
"#;
        let err = compile(text).unwrap_err();
        let errs = err.rule_errors();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].rule.as_deref(), Some("bad-1"));
        assert_eq!(errs[0].line, 11);
        assert!(
            err.to_string()
                .contains("t.toml:11: rule bad-1: invalid regex"),
            "{err}"
        );
    }

    #[test]
    fn syntax_errors_have_lines() {
        let err = compile("[[rule]]\nid = \"x\"\nname = 3\n").unwrap_err();
        assert_eq!(err.rule_errors()[0].line, 3, "{err}");
        let err = compile("[[rule]]\nid = \"x\"\nnmae = \"typo\"\n").unwrap_err();
        assert!(err.to_string().contains("nmae"), "{err}");
    }

    #[test]
    fn semantic_errors() {
        let cases = [
            ("category = \"nope\"", "unknown variant"),
            ("category = \"sqli\"\ntargets = [\"ARGZ\"]\nregex = 'x'", "unknown target"),
            ("category = \"sqli\"\ntargets = [\"ARGS\"]\ntransforms = [\"rot13\"]\nregex = 'x'", "unknown transform"),
            ("category = \"sqli\"\ntargets = [\"ARGS\"]", "exactly one matcher"),
            ("category = \"sqli\"\ntargets = [\"ARGS\"]\nregex = 'x'\nparanoia = 7", "paranoia"),
            ("category = \"sqli\"\ntargets = [\"ARGS\"]\nregex = 'abc'\nexamples = [\"xyz\"]", "example does not match"),
            ("category = \"sqli\"\ntargets = [\"ARGS\"]\nregex = 'abc'\ncounter_examples = [\"abc\"]", "counter-example matches"),
            ("category = \"sqli\"\ntargets = [\"ARGS\"]\nregex = 'a.c'\nliterals = [\"zzz\"]\nexamples = [\"abc\"]", "example does not match"),
            ("category = \"sqli\"\ntargets = [\"ARGS\"]\ndetector = \"bogus\"", "unknown detector"),
            ("category = \"protocol\"\ncheck = \"missing-header\"", "needs an argument"),
            ("category = \"sqli\"\ntargets = [\"!ARGS\"]\nregex = 'x'", "excludes a whole collection"),
        ];
        for (body, want) in cases {
            let text = format!("[[rule]]\nid = \"r\"\nname = \"n\"\n{body}\n");
            let err = compile(&text).unwrap_err().to_string();
            assert!(err.contains(want), "{body:?}: {err}");
        }
    }

    #[test]
    fn duplicate_ids_rejected() {
        let text = "[defaults]\ncategory='xss'\ntargets=['ARGS']\n[[rule]]\nid='a'\nname='n'\nregex='x'\n[[rule]]\nid='a'\nname='n'\nregex='y'\n";
        assert!(compile(text)
            .unwrap_err()
            .to_string()
            .contains("duplicate rule id"));
    }

    #[test]
    fn literals_are_extracted_and_always_run_reported() {
        let text = r#"
[defaults]
category = "xss"
targets = ["ARGS"]
[[rule]]
id = "gated"
name = "script tag"
regex = '(?i)<script\b'
[[rule]]
id = "free"
name = "no literal"
regex = '[a-z]\d'
"#;
        let set = compile(text).unwrap();
        let stats = set.stats();
        assert_eq!(stats.always_run, ["free"]);
        assert_eq!(stats.literals, 1);
        assert!(set.version().starts_with("dir-"));
    }

    #[test]
    fn version_is_content_hash() {
        let a =
            compile("[[rule]]\nid='a'\nname='n'\ncategory='xss'\ntargets=['ARGS']\nregex='x'\n")
                .unwrap();
        let b =
            compile("[[rule]]\nid='a'\nname='n'\ncategory='xss'\ntargets=['ARGS']\nregex='x'\n")
                .unwrap();
        let c =
            compile("[[rule]]\nid='a'\nname='n'\ncategory='xss'\ntargets=['ARGS']\nregex='y'\n")
                .unwrap();
        assert_eq!(a.version(), b.version());
        assert_ne!(a.version(), c.version());
    }

    #[test]
    fn oversized_regex_rejected() {
        let text = "[[rule]]\nid='big'\nname='n'\ncategory='xss'\ntargets=['ARGS']\nregex='(?:x{1,1000}){1,100}'\n";
        let err = compile(text).unwrap_err().to_string();
        assert!(err.contains("invalid regex"), "{err}");
    }

    /// A pattern's gates at a paranoia level are exactly its gates of that level or lower,
    /// and the fields copied inline are the gate's.
    #[test]
    fn union_gate_spans_follow_paranoia() {
        let set = load_builtin().unwrap();
        let mut checked = 0;
        for u in &set.unions {
            for p in 0..u.patterns() {
                let all = u.gates(p, 4);
                for pl in 0..=4u8 {
                    let got: Vec<u32> = u.gates(p, pl).iter().map(|g| g.gate).collect();
                    let want: Vec<u32> = all
                        .iter()
                        .filter(|g| g.paranoia <= pl)
                        .map(|g| g.gate)
                        .collect();
                    assert_eq!(got, want, "pattern {p} at PL{pl}");
                }
                for g in all {
                    let gate = &set.gates[g.gate as usize];
                    assert_eq!(
                        (g.rule, g.group, g.parts),
                        (gate.rule, gate.group, gate.parts)
                    );
                    assert_eq!(g.plain, gate.extra.is_empty() && gate.keys.is_empty());
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    /// The hand-driven scan reports exactly what aho-corasick's own overlapping iterator
    /// reports, in the same order, for both automaton kinds.
    #[test]
    fn scanner_matches_the_overlapping_iterator() {
        let patterns: Vec<&[u8]> = vec![
            b"or", b"select", b"sel", b"'", b"--", b"/*", b"ab", b"b", b"abc", b"\xc3", b"\n",
        ];
        let reference = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .unwrap();
        let dfa = Scanner::build(&patterns, true, true).unwrap();
        assert!(matches!(dfa.plain, Kind::Dfa(_)));
        let nfa = Scanner {
            plain: Kind::Nfa(
                aho_corasick::nfa::contiguous::Builder::new()
                    .ascii_case_insensitive(true)
                    .prefilter(false)
                    .build(&patterns)
                    .unwrap(),
            ),
            skip: None,
        };
        let alphabet = b"abcORSELECTsel'-/*\n \xc3\xa9x";
        let mut rng = crate::testutil::XorShift(0x2545_f491_4f6c_dd1d);
        for len in 0..400 {
            let hay: Vec<u8> = (0..len % 60)
                .map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize])
                .collect();
            let want: Vec<(usize, usize, usize)> = reference
                .find_overlapping_iter(&hay)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            for scanner in [&dfa, &nfa] {
                let mut got = Vec::new();
                scanner.matches_into(&hay, &mut got);
                assert_eq!(got, want, "{:?}", String::from_utf8_lossy(&hay));
            }
        }
    }

    /// The skipping automaton (few case-sensitive literals, long values) finds exactly what
    /// aho-corasick's iterator finds, whatever the prefilter skips.
    #[test]
    fn skipping_scanner_matches_the_overlapping_iterator() {
        let patterns: Vec<&[u8]> = vec![
            b"\xac\xed\x00\x05",
            b"\x8c\x05posix",
            b"os",
            b"cos\n",
            b"\xed\x00",
        ];
        let reference = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .unwrap();
        let dfa = Scanner::build(&patterns, true, false).unwrap();
        assert!(matches!(dfa.plain, Kind::Dfa(_)));
        assert!(
            dfa.skip.is_some(),
            "no searcher for a few case-sensitive literals"
        );
        let nfa = Scanner {
            plain: Kind::Nfa(
                aho_corasick::nfa::contiguous::Builder::new()
                    .prefilter(false)
                    .build(&patterns)
                    .unwrap(),
            ),
            skip: dfa.skip.clone(),
        };
        let pieces: [&[u8]; 8] = [
            b"\xac\xed\x00\x05",
            b"\xac\xed",
            b"\x00\x05sr",
            b"\x8c\x05posix\x94",
            b"cOs\nsystem\n",
            b"\xed\x00\xed",
            b"qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq",
            b"\x01\x02\xff",
        ];
        let mut rng = crate::testutil::XorShift(0x9e37_79b9_7f4a_7c15);
        let mut skipped = 0;
        for round in 0..300 {
            let mut hay = Vec::new();
            let target = 200 + (rng.next() % 3000) as usize;
            while hay.len() < target {
                let p = pieces[(rng.next() % pieces.len() as u64) as usize];
                // Mostly filler, so the prefilter has something to skip.
                if rng.next() % 4 == 0 {
                    hay.extend_from_slice(p);
                } else {
                    hay.extend_from_slice(pieces[6]);
                }
            }
            let want: Vec<(usize, usize, usize)> = reference
                .find_overlapping_iter(&hay)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            for scanner in [&dfa, &nfa] {
                let mut got = Vec::new();
                scanner.matches_into(&hay, &mut got);
                assert_eq!(got, want, "round {round}");
            }
            skipped += usize::from(hay.len() >= Scanner::SKIP_MIN_LEN);
        }
        assert!(skipped > 250);
    }

    #[test]
    fn java_trace_contexts() {
        let at = |form: &str, needle: &str| {
            let start = form.find(needle).unwrap();
            super::in_java_trace(form.as_bytes(), start, start + needle.len())
        };
        // Frames, with and without a module, in text and in a JSON document's escapes.
        assert!(at(
            "\tat java.lang.Thread.run(Thread.java:1012)",
            "java.lang."
        ));
        assert!(at(
            "at java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)",
            "sun.nio."
        ));
        assert!(at(
            r#""x\n\tat java.lang.reflect.Method.invoke(Native Method)\n""#,
            "java.lang."
        ));
        assert!(at(
            "at sun.reflect.GeneratedMethodAccessor1.invoke(Unknown Source)",
            "sun.reflect."
        ));
        assert!(at("at okhttp3.RealCall.run(RealCall.kt:519)", "okhttp3."));
        // Exception lines.
        assert!(at(
            "java.net.SocketTimeoutException: Read timed out",
            "java.net."
        ));
        assert!(at(
            "x\nCaused by: org.postgresql.util.PSQLException: ERROR",
            "org.postgresql."
        ));
        assert!(at(
            r#"\norg.hibernate.exception.SQLGrammarException\n"#,
            "org.hibernate."
        ));
        // Android's messages.
        assert!(at(
            "invoke virtual method 'java.lang.String a.B.c()' on a null",
            "java.lang."
        ));
        // Not traces: a call, a frame's shape without a source location, a gadget's type, a
        // class that is no exception before a colon, a constructor call, an assignment.
        assert!(!at(
            "${T(java.lang.Runtime).getRuntime().exec('id')}",
            "java.lang."
        ));
        assert!(!at(
            "at java.lang.Runtime.getRuntime().exec(\"id\")",
            "java.lang."
        ));
        assert!(!at("at java.lang.Runtime.exec(x.sh)", "java.lang."));
        assert!(!at(
            "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\"}",
            "com.sun."
        ));
        assert!(!at("java.lang.ProcessBuilder: x", "java.lang."));
        assert!(!at(
            "new javax.naming.InitialContext().lookup(x)",
            "javax.naming."
        ));
        assert!(!at("x=java.net.URLClassLoader", "java.net."));
    }
}
