//! Evaluation: one pass of each transformation group's automaton over each value, regex
//! confirmation of the candidate rules only, anomaly scoring.
//!
//! A request is evaluated in two phases ([`Phase::Head`], then [`Phase::Body`]) so a proxy can
//! judge the request line, headers, cookies and query before it reads the body; the verdict
//! accumulates across phases, and a rule scores at most once per request.

use std::hash::{BuildHasher, Hash, Hasher};
use std::sync::Arc;

use serde::Serialize;

use std::borrow::Cow;

use crate::compile::{
    name_length_bits, run_rule, CompiledRuleSet, GateRef, Matcher, NameMatch, NamedAlways, Node,
    Presence, RuleMeta,
};
use crate::normalize::{Features, Transform};
use crate::request::{BodySpan, InspectedRequest, Item, Part};
use crate::spec::Category;

/// Longest fragment kept in a match (bytes of the matched form, before escaping).
pub const FRAGMENT_MAX: usize = 80;
/// Longest normalised form kept in a match in explain mode.
pub const FORM_MAX: usize = 512;

/// Which part of the request an evaluation looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Request line, URI, query, headers, cookies, and request-level checks on them.
    Head,
    /// Body values and body anomalies.
    Body,
}

/// Block or pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Block,
    Pass,
}

/// One rule that matched.
#[derive(Debug, Clone)]
pub struct Match {
    /// The rule (id, category, severity, paranoia, score, ...).
    pub rule: Arc<RuleMeta>,
    /// Where it matched: `ARGS:q`, `HEADERS:User-Agent`, `BODY:json.user.name`, `REQUEST`.
    pub target: String,
    /// The matched text in the normalised form, truncated and made printable.
    pub fragment: String,
    /// Explain mode only: the normalised form the rule matched in (truncated, printable),
    /// and the transformations that produced it.
    pub form: Option<(String, String)>,
}

/// The outcome of evaluating a request.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// Block when `score >= threshold`.
    pub action: Action,
    /// Sum of the scores of the rules that matched.
    pub score: u32,
    /// The threshold it was judged against.
    pub threshold: u32,
    /// The matches, in evaluation order.
    pub matches: Vec<Match>,
    /// Values judged by the rules.
    pub judged: u32,
    /// Values passed unjudged because the same value matched nothing before: earlier in the
    /// request, or in an earlier one on this thread (see `CleanValues`). A JSON object or
    /// array passed whole counts every item of it, names included.
    pub remembered: u32,
}

impl Verdict {
    /// An empty verdict (pass, score 0) against `threshold`.
    pub fn new(threshold: u32) -> Self {
        Verdict {
            action: Action::Pass,
            score: 0,
            threshold,
            matches: Vec::new(),
            judged: 0,
            remembered: 0,
        }
    }

    /// Whether the request is to be blocked.
    pub fn is_block(&self) -> bool {
        self.action == Action::Block
    }

    fn add(&mut self, m: Match) {
        self.score = self.score.saturating_add(m.rule.score);
        if self.score >= self.threshold {
            self.action = Action::Block;
        }
        self.matches.push(m);
    }
}

// === exclusions ===

/// One exclusion as configured: turn rules or categories off (for a path prefix), or make
/// them ignore some targets.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ExclusionSpec {
    /// Only for request paths starting with this (raw, undecoded); all paths when absent.
    #[serde(default)]
    pub path_prefix: Option<String>,
    /// Only for request paths this regex matches (raw, undecoded; unanchored unless it says
    /// `^`), beside `path_prefix` when both are given: routes whose prefix varies by tenant
    /// or id (`^/api/\d+/envelope/`, Sentry's ingestion endpoint).
    #[serde(default)]
    pub path_pattern: Option<String>,
    /// Rule ids concerned.
    #[serde(default)]
    pub rules: Vec<String>,
    /// Categories concerned (all rules of them).
    #[serde(default)]
    pub categories: Vec<String>,
    /// Targets to ignore (`ARGS:password`, `HEADERS:Authorization`, `COOKIES:/^_ga/`). When
    /// empty, the rules are off entirely. When `rules` and `categories` are both empty, every
    /// rule ignores these targets.
    #[serde(default)]
    pub targets: Vec<String>,
}

#[derive(Debug)]
struct Exclusion {
    path_prefix: Option<Vec<u8>>,
    path_pattern: Option<regex_automata::meta::Regex>,
    rules: Vec<String>,
    categories: Vec<Category>,
    /// (part mask, name): empty means the whole rule is off.
    targets: Vec<(u32, Option<NameMatch>)>,
}

/// Checked exclusions.
#[derive(Debug, Default)]
pub struct Exclusions {
    list: Vec<Exclusion>,
}

impl Exclusions {
    /// Checks exclusion specs (categories and target selectors must exist).
    pub fn compile(specs: &[ExclusionSpec]) -> Result<Exclusions, String> {
        let mut list = Vec::new();
        for (i, s) in specs.iter().enumerate() {
            let categories = s
                .categories
                .iter()
                .map(|c| {
                    Category::parse(c)
                        .ok_or_else(|| format!("exclusion {i}: unknown category `{c}`"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let mut targets = Vec::new();
            for t in &s.targets {
                let (mask, name) =
                    crate::compile::parse_selector(t).map_err(|e| format!("exclusion {i}: {e}"))?;
                targets.push((mask, name));
                // A body that is not parsed is judged as one unnamed argument, shown in
                // alerts as `BODY` too: excluding the body excludes that argument as well.
                if t == "BODY" {
                    targets.push((Part::ArgPost.bit(), Some(NameMatch::Exact(String::new()))));
                }
            }
            if s.rules.is_empty() && s.categories.is_empty() && s.targets.is_empty() {
                return Err(format!(
                    "exclusion {i}: names no rules, categories or targets (it would turn everything off)"
                ));
            }
            // (Compiled as rules' regexes are: bytes, bounded in size.)
            let path_pattern = s
                .path_pattern
                .as_ref()
                .map(|p| {
                    crate::compile::regex_ci(p, false)
                        .map_err(|e| format!("exclusion {i}: path_pattern `{p}`: {e}"))
                })
                .transpose()?;
            list.push(Exclusion {
                path_prefix: s.path_prefix.as_ref().map(|p| p.as_bytes().to_vec()),
                path_pattern,
                rules: s.rules.clone(),
                categories,
                targets,
            });
        }
        Ok(Exclusions { list })
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

impl Exclusion {
    fn concerns(&self, rule: &RuleMeta) -> bool {
        (self.rules.is_empty() && self.categories.is_empty())
            || self.rules.iter().any(|r| r == &rule.id)
            || self.categories.contains(&rule.category)
    }
}

/// How to evaluate: paranoia level, threshold, exclusions.
#[derive(Debug, Clone)]
pub struct EvalConfig {
    /// Rules with a paranoia level above this are skipped (1–4). Default 1.
    pub paranoia: u8,
    /// Block when the anomaly score reaches this. Default 5 (one critical match).
    pub threshold: u32,
    /// Rules or targets turned off.
    pub exclusions: Arc<Exclusions>,
    /// Keep the normalised form of every match (for `palisade-rules explain`).
    pub explain: bool,
    /// Trust this thread's memory of short values that matched nothing in earlier requests
    /// (see [`CleanValues`]). Default on; off only to measure or compare.
    pub remember_clean: bool,
}

impl Default for EvalConfig {
    fn default() -> Self {
        EvalConfig {
            paranoia: 1,
            threshold: 5,
            exclusions: Arc::new(Exclusions::default()),
            explain: false,
            remember_clean: true,
        }
    }
}

// === evaluation ===

/// Longest value the per-phase memo of quiet values holds (see [`QuietMemo`]).
const QUIET_MAX_LEN: usize = 64;
/// Its slots (a power of two).
const QUIET_SLOTS: usize = 2048;

/// Longest value a thread's memory of clean values holds (see [`CleanValues`]).
const CLEAN_MAX_LEN: usize = 128;
/// Longest name it keys on.
const CLEAN_MAX_NAME: usize = 64;
/// Its slots (a power of two), in sets of [`CLEAN_WAYS`].
const CLEAN_SLOTS: usize = 4096;
const CLEAN_WAYS: usize = 4;
/// The bytes of a key before its name and value: the set's generation (8), the paranoia
/// level, the part (or [`SPAN_TAG`]) and the name's length.
const CLEAN_KEY_HEAD: usize = 11;
/// The bytes of one of its slots: room for the longest key.
const CLEAN_STRIDE: usize = 256;
const _: () = assert!(CLEAN_KEY_HEAD + CLEAN_MAX_NAME + CLEAN_MAX_LEN <= CLEAN_STRIDE);
/// What a key holds in place of a part for a [`BodySpan`] (no part is numbered this high).
const SPAN_TAG: u8 = u8::MAX;
/// Longest value its second table, of long values, holds.
const CLEAN_LONG_MAX_LEN: usize = 8 << 10;
/// That table's slots (a power of two), in sets of [`CLEAN_LONG_WAYS`]: at most about 2 MiB
/// of keys in all, each slot holding only what its key needs. (With 128 slots in sets of two,
/// a 64 KB order of 95 product descriptions, each under its own name, had about 60 of them
/// judged again on every request: sets that three keys met in turn evicted each one just
/// before it came back.)
const CLEAN_LONG_SLOTS: usize = 256;
const CLEAN_LONG_WAYS: usize = 4;
const _: () =
    assert!(CLEAN_LONG_SLOTS * (CLEAN_KEY_HEAD + CLEAN_MAX_NAME + CLEAN_LONG_MAX_LEN) <= 9 << 18);

/// Values that matched no rule, remembered per thread across requests: the same
/// value, in the same part (and under the same name where some rule picks values by name),
/// judged by the same rule set at the same paranoia level, matches nothing again. Real
/// traffic repeats most of its head (`Host`, `User-Agent`, `Accept`, tokens, paths) and its
/// JSON keys, and judging a short value costs thousands of instructions where looking it up
/// costs a hash.
///
/// Exact: a value is remembered only after a whole evaluation found no match in it, with no
/// rule skipped for having matched earlier in the request; never under an exclusion (the
/// request's active exclusions could hide a match); and the key holds the set's
/// [`CompiledRuleSet::generation`], so a reloaded set starts from nothing. Bounded: one
/// four-way table of [`CLEAN_SLOTS`] keys per thread, each of [`CLEAN_KEY_HEAD`] bytes plus a name of
/// [`CLEAN_MAX_NAME`] and a value of [`CLEAN_MAX_LEN`], in slots of [`CLEAN_STRIDE`] bytes
/// (1 MiB in all, allocated zeroed on first use, so the pages of slots never used cost
/// nothing), and a second table of [`CLEAN_LONG_SLOTS`] longer values in sets of
/// [`CLEAN_LONG_WAYS`], up to [`CLEAN_LONG_MAX_LEN`] bytes (at most about 2 MiB more),
/// hashed with a per-thread random seed; a flood of fresh values only evicts, and costs what it would without the tables (a
/// hash, and a copy of what was judged).
///
/// Laid out for a request's few hundred lookups, nearly all hits: the hashes and lengths sit
/// in one small array (64 KB, mostly in cache) and the key bytes in slots of one flat arena,
/// so a lookup reads a slot's bytes only when its hash matched, and nothing is built or
/// copied to look a value up (its key is compared piece by piece where it lies).
struct CleanValues {
    /// Seeded on first use.
    hasher: Option<foldhash::fast::RandomState>,
    /// (hash, key length) per slot; length 0 is an empty slot (a key is never empty).
    meta: Vec<(u64, u32)>,
    /// [`CLEAN_STRIDE`] bytes per slot: the key's bytes from its start.
    keys: Vec<u8>,
    /// Keys of values over [`CLEAN_MAX_LEN`] (up to [`CLEAN_LONG_MAX_LEN`]): (hash, key)
    /// per slot, an empty key an empty slot. Few values are this long, and each costs far
    /// more to judge than a hash of its bytes (a JSON document's skeleton, a bearer token, a
    /// product description).
    long: Vec<(u64, Vec<u8>)>,
    /// Hashes of [`BodySpan`] keys seen clean once, [`CLEAN_SEEN_SLOTS`] of them: a span is
    /// remembered the second time it comes out clean, so a stream of documents that never
    /// repeat (an order with a new id in every element) costs a hash per container, not a
    /// copy of its bytes into the tables, and does not push out what does repeat.
    seen: Vec<u64>,
}

/// The slots of [`CleanValues::seen`] (a power of two): 32 KB.
const CLEAN_SEEN_SLOTS: usize = 4096;

/// The key of one value (see [`CleanValues`]), as pieces of the request: the set's
/// generation, then `head` (the paranoia level, the part, the name's length), the name and
/// the value.
struct CleanKey<'v> {
    hash: u64,
    /// Held in the table of long values.
    long: bool,
    generation: [u8; 8],
    head: [u8; 3],
    name: &'v [u8],
    value: &'v [u8],
}

impl CleanKey<'_> {
    fn len(&self) -> usize {
        CLEAN_KEY_HEAD + self.name.len() + self.value.len()
    }

    /// Whether `stored` holds this key.
    #[inline]
    fn is(&self, stored: &[u8]) -> bool {
        let (generation, rest) = stored.split_at_checked(8).unwrap_or_default();
        let (head, rest) = rest.split_at_checked(3).unwrap_or_default();
        let (name, value) = rest.split_at_checked(self.name.len()).unwrap_or_default();
        generation == self.generation
            && head == self.head
            && name == self.name
            && value == self.value
    }
}

impl CleanValues {
    const EMPTY: CleanValues = CleanValues {
        hasher: None,
        meta: Vec::new(),
        keys: Vec::new(),
        long: Vec::new(),
        seen: Vec::new(),
    };

    /// The value's key and its hash, or `None` if the value (or its name) is too long to be
    /// remembered.
    #[inline]
    fn key<'v>(
        &mut self,
        set: &CompiledRuleSet,
        paranoia: u8,
        item: &Item,
        name: &'v str,
        value: &'v [u8],
    ) -> Option<CleanKey<'v>> {
        let name: &[u8] = if set.named_parts & item.part.bit() != 0 {
            name.as_bytes()
        } else {
            b""
        };
        if value.len() > CLEAN_LONG_MAX_LEN {
            return None;
        }
        let long = value.len() > CLEAN_MAX_LEN;
        self.key_of(set, paranoia, item.part as u8, name, value, long)
    }

    /// The key of a [`BodySpan`]: its name and bytes, under [`SPAN_TAG`]; `None` unless it
    /// fits one slot of the table of short values. Larger containers are judged item by
    /// item, so a document that never repeats costs a hash of each of its small containers
    /// only, and the few slots for long values are left to long values.
    fn span_key<'v>(
        &mut self,
        set: &CompiledRuleSet,
        paranoia: u8,
        name: &'v str,
        bytes: &'v [u8],
    ) -> Option<CleanKey<'v>> {
        if CLEAN_KEY_HEAD + name.len() + bytes.len() > CLEAN_STRIDE {
            return None;
        }
        self.key_of(set, paranoia, SPAN_TAG, name.as_bytes(), bytes, false)
    }

    /// The key of `value` named `name` under `tag` (a part, or [`SPAN_TAG`]), for the table
    /// of long values or the other.
    #[inline]
    fn key_of<'v>(
        &mut self,
        set: &CompiledRuleSet,
        paranoia: u8,
        tag: u8,
        name: &'v [u8],
        value: &'v [u8],
        long: bool,
    ) -> Option<CleanKey<'v>> {
        if name.len() > CLEAN_MAX_NAME {
            return None;
        }
        if long && self.long.is_empty() {
            self.long.resize_with(CLEAN_LONG_SLOTS, || (0, Vec::new()));
        }
        if !long && self.meta.is_empty() {
            self.meta.resize(CLEAN_SLOTS, (0, 0));
            self.keys = vec![0; CLEAN_SLOTS * CLEAN_STRIDE];
        }
        let generation = set.generation.to_le_bytes();
        let head = [paranoia, tag, name.len() as u8];
        let mut h = self
            .hasher
            .get_or_insert_with(Default::default)
            .build_hasher();
        // (Whole words where they can be: a hasher's `write` of a few bytes costs more. The
        // name's length is in `head`, so an empty name can be left out.)
        h.write_u64(set.generation);
        h.write_u32(u32::from_le_bytes([head[0], head[1], head[2], 0]));
        if !name.is_empty() {
            h.write(name);
        }
        h.write(value);
        Some(CleanKey {
            hash: h.finish(),
            long,
            generation,
            head,
            name,
            value,
        })
    }

    /// The first of the [`CLEAN_WAYS`] slots where a key with this hash can be (several ways,
    /// so that values of one request that hash alike do not evict each other on every
    /// request: with two, a request of 400 values had a few sets of three, judged again each
    /// time).
    fn set_of(hash: u64) -> usize {
        (hash as usize) & (CLEAN_SLOTS - CLEAN_WAYS)
    }

    /// The first of the [`CLEAN_LONG_WAYS`] slots of the table of long values where a key
    /// with this hash can be.
    fn long_set_of(hash: u64) -> usize {
        (hash as usize) & (CLEAN_LONG_SLOTS - CLEAN_LONG_WAYS)
    }

    fn stored(&self, slot: usize, len: usize) -> &[u8] {
        let at = slot * CLEAN_STRIDE;
        self.keys.get(at..at + len).unwrap_or_default()
    }

    /// Whether the key is remembered.
    #[inline(always)]
    fn holds(&self, key: &CleanKey<'_>) -> bool {
        let len = key.len();
        if key.long {
            let i = Self::long_set_of(key.hash);
            return self.long.get(i..i + CLEAN_LONG_WAYS).is_some_and(|ways| {
                ways.iter()
                    .any(|(h, k)| *h == key.hash && k.len() == len && key.is(k))
            });
        }
        let i = Self::set_of(key.hash);
        (i..i + CLEAN_WAYS).any(|slot| {
            self.meta
                .get(slot)
                .is_some_and(|&(h, l)| h == key.hash && l as usize == len)
                && key.is(self.stored(slot, len))
        })
    }

    /// Remembers the key of a [`BodySpan`] that came out clean, if it came out clean once
    /// before (see [`CleanValues::seen`]).
    fn insert_span(&mut self, key: &CleanKey<'_>) {
        if self.seen.is_empty() {
            self.seen.resize(CLEAN_SEEN_SLOTS, 0);
        }
        let slot = (key.hash as usize) & (CLEAN_SEEN_SLOTS - 1);
        match self.seen.get_mut(slot) {
            Some(h) if *h == key.hash => self.insert(key),
            Some(h) => *h = key.hash,
            None => {}
        }
    }

    /// Remembers the key, in front of its set; the oldest of the set's keys is forgotten.
    fn insert(&mut self, key: &CleanKey<'_>) {
        let len = key.len();
        let pieces = [&key.generation[..], &key.head, key.name, key.value];
        if key.long {
            let i = Self::long_set_of(key.hash);
            if let Some(ways) = self.long.get_mut(i..i + CLEAN_LONG_WAYS) {
                // Every key one way back (the last one out, its buffer reused), the new one
                // in front.
                ways.rotate_right(1);
                if let Some((h, k)) = ways.first_mut() {
                    *h = key.hash;
                    k.clear();
                    for piece in pieces {
                        k.extend_from_slice(piece);
                    }
                }
            }
            return;
        }
        let i = Self::set_of(key.hash);
        if len > CLEAN_STRIDE {
            return;
        }
        let (Some(meta), Some(bytes)) = (
            self.meta.get_mut(i..i + CLEAN_WAYS),
            self.keys
                .get_mut(i * CLEAN_STRIDE..(i + CLEAN_WAYS) * CLEAN_STRIDE),
        ) else {
            return;
        };
        // Every key one way back (the last one out), the new one in front.
        meta.copy_within(..CLEAN_WAYS - 1, 1);
        bytes.copy_within(..(CLEAN_WAYS - 1) * CLEAN_STRIDE, CLEAN_STRIDE);
        if let Some(first) = meta.first_mut() {
            *first = (key.hash, len as u32);
        }
        let mut at = 0;
        for piece in pieces {
            if let Some(dst) = bytes.get_mut(at..at + piece.len()) {
                dst.copy_from_slice(piece);
            }
            at += piece.len();
        }
    }
}

/// What judging one value found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// No rule was even a candidate.
    Quiet,
    /// Candidates, none matched, none skipped for having matched earlier in the request.
    Clean,
    /// A match, or a rule not judged because it had matched already.
    Other,
}

/// Short body values of this phase that made no rule a candidate, found again by their part
/// and bytes: the same bytes make the same candidates, so they are not looked at again (a
/// JSON array of objects repeats every key; forms and lists repeat values). Used where the
/// thread's [`CleanValues`] do not serve (memory off, or a value it cannot key).
///
/// Direct-mapped, one value per slot: a value whose slot another holds is judged again and
/// takes the slot, so a flood of distinct values (or of crafted collisions: the hash has a
/// per-thread random seed anyway) costs what it would without the memo, and a hit is two
/// loads and a byte comparison where a hash set's insert cost more than judging a number.
/// Stamped per phase, so nothing is cleared between phases.
struct QuietMemo {
    /// Seeded on first use.
    hasher: Option<foldhash::fast::RandomState>,
    /// (phase stamp, hash, index of the item in the phase's items) per slot.
    slots: Vec<(u32, u64, usize)>,
    phase: u32,
}

impl QuietMemo {
    const EMPTY: QuietMemo = QuietMemo {
        hasher: None,
        slots: Vec::new(),
        phase: 0,
    };

    /// Forgets the previous phase's values.
    fn start(&mut self) {
        self.phase = self.phase.wrapping_add(1);
        if self.phase == 0 || self.slots.len() != QUIET_SLOTS {
            self.slots.clear();
            self.slots.resize(QUIET_SLOTS, (0, 0, 0));
            self.phase = 1;
        }
    }

    #[inline(always)]
    fn hash(&mut self, part: Part, value: &[u8]) -> u64 {
        let mut h = self
            .hasher
            .get_or_insert_with(foldhash::fast::RandomState::default)
            .build_hasher();
        part.hash(&mut h);
        h.write(value);
        h.finish()
    }

    /// The item that last took the hash's slot in this phase with this hash, if any (the
    /// caller compares its part and bytes).
    fn find(&self, hash: u64) -> Option<usize> {
        self.slots
            .get(hash as usize & (QUIET_SLOTS - 1))
            .filter(|&&(phase, h, _)| phase == self.phase && h == hash)
            .map(|&(_, _, item)| item)
    }

    fn insert(&mut self, hash: u64, item: usize) {
        let phase = self.phase;
        if let Some(slot) = self.slots.get_mut(hash as usize & (QUIET_SLOTS - 1)) {
            *slot = (phase, hash, item);
        }
    }
}

/// The stamp arrays of [`Scratch`] (one entry per rule, gate and literal) and its buffers,
/// kept per thread between evaluations: allocating and zeroing them for each request cost
/// more than judging a small request's values. A stamp only has to differ from the current
/// one, so entries left by an earlier request, or an earlier rule set, are as good as zeros;
/// the buffers are cleared and sized for the rule set at hand when taken.
struct Stamps {
    /// Rule index → stamp of the last value that made it a candidate.
    seen: Vec<u32>,
    stamp: u32,
    /// Gate → stamp of the last value it was checked for.
    gate_stamp: Vec<u32>,
    /// Union pattern → the automaton pass that last saw it: only a pattern's first occurrence
    /// in a form opens gates (a gate counts once per value anyway), so a word repeated in
    /// prose does not fan out to its gates again.
    pattern_pass: Vec<u32>,
    pass: u32,
    bufs: Buffers,
    clean: CleanValues,
    quiet: QuietMemo,
}

/// The vectors of a [`Scratch`], kept between evaluations for their capacity.
struct Buffers {
    /// (rule, group, literal start, literal end); `usize::MAX` for always-run rules.
    candidates: Vec<(usize, usize, usize, usize)>,
    /// Reused buffer of the (pattern, start, end) an automaton pass found.
    found: Vec<(usize, usize, usize)>,
    /// Reused buffer of (gate, start, end) from an automaton pass over a changed form.
    hits_buf: Vec<(GateRef, usize, usize)>,
    /// Reused list of the distinct changed forms (their owning trie nodes).
    owners: Vec<usize>,
    /// Per group, the trie node owning its form's bytes (valid for changed groups).
    group_owner: Vec<usize>,
    /// Per group, for the current value: idle, same bytes as the raw value, or changed.
    group_state: Vec<GroupState>,
    forms: Forms,
    /// Rules already matched (each scores once per request).
    matched: Vec<bool>,
    /// Rules turned off for this request (paranoia, path exclusions).
    off: Vec<bool>,
}

impl Stamps {
    const EMPTY: Stamps = Stamps {
        seen: Vec::new(),
        stamp: 0,
        gate_stamp: Vec::new(),
        pattern_pass: Vec::new(),
        pass: 0,
        bufs: Buffers {
            candidates: Vec::new(),
            found: Vec::new(),
            hits_buf: Vec::new(),
            owners: Vec::new(),
            group_owner: Vec::new(),
            group_state: Vec::new(),
            forms: Forms::EMPTY,
            matched: Vec::new(),
            off: Vec::new(),
        },
        clean: CleanValues::EMPTY,
        quiet: QuietMemo::EMPTY,
    };

    /// This thread's arrays (empty if another evaluation on this thread holds them), at least
    /// the given lengths.
    fn take(rules: usize, gates: usize, patterns: usize) -> Stamps {
        let mut st = STAMPS.with(|c| c.replace(Stamps::EMPTY));
        for (v, n) in [
            (&mut st.seen, rules),
            (&mut st.gate_stamp, gates),
            (&mut st.pattern_pass, patterns),
        ] {
            if v.len() < n {
                v.resize(n, 0);
            }
        }
        st
    }

    /// Gives the arrays back to this thread.
    fn put(self) {
        STAMPS.with(|c| c.set(self));
    }
}

thread_local! {
    static STAMPS: std::cell::Cell<Stamps> = const { std::cell::Cell::new(Stamps::EMPTY) };
}

/// Per-request scratch state, reused across the values of a phase.
struct Scratch<'a> {
    st: Stamps,
    b: Buffers,
    /// Target exclusions that apply to this request's path.
    target_excl: Vec<&'a Exclusion>,
    /// Whether any exclusion applies to this request's path.
    excluded: bool,
}

impl Scratch<'_> {
    /// Gives the stamps and buffers back to this thread for the next evaluation.
    fn put(self) {
        let mut st = self.st;
        st.bufs = self.b;
        st.put();
    }

    /// A new automaton pass (see `pattern_pass`).
    fn next_pass(&mut self) -> u32 {
        self.st.pass = self.st.pass.wrapping_add(1);
        if self.st.pass == 0 {
            self.st.pattern_pass.iter_mut().for_each(|x| *x = 0);
            self.st.pass = 1;
        }
        self.st.pass
    }

    /// Whether this is the pattern's first occurrence in the pass (and records it).
    fn first_in_pass(&mut self, pattern: usize, pass: u32) -> bool {
        match self.st.pattern_pass.get_mut(pattern) {
            Some(p) if *p == pass => false,
            Some(p) => {
                *p = pass;
                true
            }
            None => true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GroupState {
    Idle,
    Raw,
    Changed,
}

impl CompiledRuleSet {
    /// Evaluates the whole request (head and body) in one go.
    pub fn evaluate(&self, req: &InspectedRequest, cfg: &EvalConfig) -> Verdict {
        let mut v = Verdict::new(cfg.threshold);
        self.evaluate_phase(req, cfg, Phase::Head, &mut v);
        self.evaluate_phase(req, cfg, Phase::Body, &mut v);
        v
    }

    /// Evaluates one phase, adding to `verdict`. Rules that matched in an earlier phase
    /// (present in `verdict.matches`) do not score again.
    pub fn evaluate_phase(
        &self,
        req: &InspectedRequest,
        cfg: &EvalConfig,
        phase: Phase,
        verdict: &mut Verdict,
    ) {
        let items = match phase {
            Phase::Head => req.head_items(),
            Phase::Body => req.body_items(),
        };
        if items.is_empty() && phase == Phase::Body && req.anomalies().is_empty() {
            return;
        }
        let mut s = self.scratch(req, cfg);
        for m in &verdict.matches {
            if let Some(i) = self
                .rules
                .iter()
                .position(|r| Arc::ptr_eq(&r.meta, &m.rule))
            {
                if let Some(x) = s.b.matched.get_mut(i) {
                    *x = true;
                }
            }
        }
        let body_phase = phase == Phase::Body;
        let checks = self
            .phase_checks
            .get(usize::from(body_phase))
            .map_or(&[][..], Vec::as_slice);
        for &ri in checks {
            let Some(rule) = self.rules.get(ri) else {
                continue;
            };
            if s.b.off.get(ri).copied().unwrap_or(true)
                || s.b.matched.get(ri).copied().unwrap_or(true)
            {
                continue;
            }
            if let Matcher::Check(check) = &rule.matcher {
                if let Some(desc) = check.run(req, body_phase) {
                    if let Some(x) = s.b.matched.get_mut(ri) {
                        *x = true;
                    }
                    verdict.add(Match {
                        rule: rule.meta.clone(),
                        target: "REQUEST".into(),
                        fragment: desc,
                        form: None,
                    });
                }
            }
        }
        // Values that matched nothing before, in this or an earlier request, are not judged
        // again (see [`CleanValues`]); not under exclusions.
        let remember = cfg.remember_clean && !s.excluded;
        // Where that memory does not serve, in a body, a short value already seen in the same
        // part that made no rule a candidate is not looked at again (see [`QuietMemo`]).
        if body_phase {
            s.st.quiet.start();
        }
        // A JSON object or array the memory vouches for is passed over whole (see
        // [`BodySpan`]); one it does not is judged item by item, and remembered when every
        // item of it came out clean: (its end, its key, whether all were clean so far).
        let spans: &[BodySpan] = if body_phase && remember {
            req.body_spans()
        } else {
            &[]
        };
        let mut next_span = 0;
        let mut open: Vec<(usize, CleanKey<'_>, bool)> = Vec::new();
        let mut index = 0;
        while let Some(item) = items.get(index) {
            while open.last().is_some_and(|o| o.0 <= index) {
                if let Some((_, key, true)) = open.pop() {
                    s.st.clean.insert_span(&key);
                }
            }
            let mut vouched = None;
            while let Some(span) = spans.get(next_span).filter(|sp| sp.items.start <= index) {
                next_span += 1;
                // (Spans that did not close whole are empty; those inside one passed over
                // start before `index`.)
                if span.items.is_empty() || span.items.start < index {
                    continue;
                }
                let (name, bytes) = req.span_key(span);
                let Some(key) = s.st.clean.span_key(self, cfg.paranoia, name, bytes) else {
                    continue;
                };
                if s.st.clean.holds(&key) {
                    vouched = Some(span.items.end);
                    break;
                }
                open.push((span.items.end, key, true));
            }
            if let Some(end) = vouched {
                let passed = end.saturating_sub(index);
                verdict.remembered = verdict.remembered.saturating_add(passed as u32);
                index = end;
                continue;
            }
            index += 1;
            if self.looked_at & item.part.bit() == 0 {
                continue;
            }
            let value = req.value(item);
            let name = req.name(item);
            let key = if remember {
                s.st.clean.key(self, cfg.paranoia, item, name, value)
            } else {
                None
            };
            // (Also with the memory on, for values it cannot key: a name over its bound.)
            let memo = (key.is_none() && body_phase && value.len() <= QUIET_MAX_LEN)
                .then(|| s.st.quiet.hash(item.part, value));
            let quiet = memo.and_then(|h| s.st.quiet.find(h)).is_some_and(|i| {
                items
                    .get(i)
                    .is_some_and(|seen| seen.part == item.part && req.value(seen) == value)
            });
            if quiet || key.as_ref().is_some_and(|k| s.st.clean.holds(k)) {
                verdict.remembered = verdict.remembered.saturating_add(1);
                continue;
            }
            verdict.judged = verdict.judged.saturating_add(1);
            let outcome = self.scan_item(req, item, value, cfg, &mut s, verdict);
            if outcome == Outcome::Other {
                open.iter_mut().for_each(|o| o.2 = false);
            }
            if let Some(k) = &key {
                if outcome != Outcome::Other {
                    s.st.clean.insert(k);
                }
            } else if let Some(h) = memo.filter(|_| outcome == Outcome::Quiet) {
                s.st.quiet.insert(h, index - 1);
            }
        }
        for (_, key, clean) in open {
            if clean {
                s.st.clean.insert_span(&key);
            }
        }
        s.put();
    }

    fn scratch<'a>(&'a self, req: &InspectedRequest, cfg: &'a EvalConfig) -> Scratch<'a> {
        let path = req.raw_path();
        let active: Vec<&Exclusion> = cfg
            .exclusions
            .list
            .iter()
            .filter(|e| {
                e.path_prefix.as_ref().is_none_or(|p| path.starts_with(p))
                    && e.path_pattern.as_ref().is_none_or(|r| r.is_match(path))
            })
            .collect();
        let mut st = Stamps::take(
            self.rules.len(),
            self.gates.len(),
            self.unions.iter().map(|u| u.patterns()).max().unwrap_or(0),
        );
        let mut b = std::mem::replace(&mut st.bufs, Stamps::EMPTY.bufs);
        b.off.clear();
        match self.paranoia_off.get(usize::from(cfg.paranoia.min(4))) {
            Some(off) if off.len() == self.rules.len() => b.off.extend_from_slice(off),
            _ => b.off.resize(self.rules.len(), true),
        }
        let whole: Vec<&&Exclusion> = active.iter().filter(|e| e.targets.is_empty()).collect();
        if !whole.is_empty() {
            for (r, off) in self.rules.iter().zip(b.off.iter_mut()) {
                *off = *off || whole.iter().any(|e| e.concerns(&r.meta));
            }
        }
        b.matched.clear();
        b.matched.resize(self.rules.len(), false);
        b.group_owner.clear();
        b.group_owner.resize(self.groups.len(), 0);
        b.group_state.clear();
        b.group_state.resize(self.groups.len(), GroupState::Idle);
        b.forms.clear(self.nodes.len());
        b.candidates.clear();
        b.found.clear();
        b.hits_buf.clear();
        b.owners.clear();
        Scratch {
            st,
            b,
            excluded: !active.is_empty(),
            target_excl: active
                .into_iter()
                .filter(|e| !e.targets.is_empty())
                .collect(),
        }
    }

    /// Collects the candidate rules of one value: one pass of the union automaton over the
    /// raw bytes for the groups whose transformations leave the value unchanged, one pass of
    /// a group's own automaton over its form for the others, plus the always-run rules.
    #[inline(always)]
    fn collect_candidates(
        &self,
        value: &[u8],
        part: Part,
        name: &str,
        paranoia: u8,
        s: &mut Scratch<'_>,
    ) {
        let bit = part.bit();
        s.st.stamp = s.st.stamp.wrapping_add(1);
        if s.st.stamp == 0 {
            s.st.seen.iter_mut().for_each(|x| *x = 0);
            s.st.gate_stamp.iter_mut().for_each(|x| *x = 0);
            s.st.stamp = 1;
        }
        s.b.candidates.clear();
        let chain_mask = self
            .part_chain_mask
            .get(usize::from(paranoia.min(4)))
            .and_then(|masks| masks.get(part as usize))
            .copied()
            .unwrap_or(u32::MAX);
        // No group looking at the part transforms anything (`BODY_BINARY`): the value's
        // features would decide nothing.
        s.b.forms.reset(value, chain_mask != 0);
        let mut any_raw = false;
        // Most values have nothing any of the part's transformations acts on: every group
        // sees the raw bytes, and no form is looked at.
        if !Transform::features_meet(s.b.forms.raw, chain_mask) {
            self.raw_candidates(value, part, name, paranoia, s);
            return;
        }
        let part_groups = self
            .part_groups
            .get(part as usize)
            .map_or(&[][..], Vec::as_slice);
        for &gi in part_groups {
            let Some(group) = self.groups.get(gi) else {
                continue;
            };
            let state = if group.min_paranoia > paranoia {
                GroupState::Idle
            } else {
                s.b.forms.ensure(&self.nodes, group.node, value);
                if s.b.forms.is_raw(group.node) {
                    any_raw = true;
                    GroupState::Raw
                } else {
                    GroupState::Changed
                }
            };
            if let Some(st) = s.b.group_state.get_mut(gi) {
                *st = state;
            }
        }
        if any_raw {
            self.raw_pass(value, part, paranoia, Some(GroupState::Raw), s);
        }
        // Changed forms: each distinct one once through the union automaton, the hits going
        // to the gates of the groups that see exactly those bytes.
        s.b.owners.clear();
        for &gi in part_groups {
            let Some(group) = self.groups.get(gi) else {
                continue;
            };
            if s.b.group_state.get(gi) == Some(&GroupState::Changed) {
                let owner = s.b.forms.owner(group.node);
                if let Some(o) = s.b.group_owner.get_mut(gi) {
                    *o = owner;
                }
                if !s.b.owners.contains(&owner) {
                    s.b.owners.push(owner);
                }
            }
        }
        if let Some(union) = self.union_of(part) {
            for oi in 0..s.b.owners.len() {
                let Some(&owner) = s.b.owners.get(oi) else {
                    break;
                };
                let form = s.b.forms.take_owned(owner);
                let f = form.as_deref().unwrap_or(value);
                s.b.hits_buf.clear();
                let pass = s.next_pass();
                let mut found = std::mem::take(&mut s.b.found);
                union.ac.matches_into(f, &mut found);
                for &(pattern, start, end) in &found {
                    if s.first_in_pass(pattern, pass) {
                        s.b.hits_buf.extend(
                            union
                                .gates(pattern, paranoia)
                                .iter()
                                .map(|&g| (g, start, end)),
                        );
                    }
                }
                s.b.found = found;
                let hits = std::mem::take(&mut s.b.hits_buf);
                let mut present = None;
                for (g, start, end) in &hits {
                    // (Owners were recorded before the form was lent out.)
                    let same_form =
                        s.b.group_owner
                            .get(g.group as usize)
                            .is_some_and(|&o| o == owner);
                    if same_form {
                        self.hit_gate(
                            g,
                            bit,
                            Some(GroupState::Changed),
                            f,
                            &mut present,
                            (*start, *end),
                            s,
                        );
                    }
                }
                s.b.hits_buf = hits;
                s.b.forms.put_owned(owner, form);
            }
        }
        for &gi in part_groups {
            let Some(group) = self.groups.get(gi) else {
                continue;
            };
            if s.b.group_state.get(gi).copied().unwrap_or(GroupState::Idle) == GroupState::Idle {
                continue;
            }
            if let Some(always) = group.always_by_part.get(part as usize) {
                // (Rules off for this request are no candidates: paranoia, exclusions.)
                let off = &s.b.off;
                s.b.candidates.extend(
                    always
                        .iter()
                        .filter(|&&ri| !off.get(ri).copied().unwrap_or(true))
                        .map(|&ri| (ri, gi, usize::MAX, usize::MAX)),
                );
            }
        }
        self.named_always_of(part, name, s);
    }

    /// [`Self::collect_candidates`] for a value every group sees raw: one pass of the union
    /// automaton, and the level's always-run rules as listed at compile time. (No group is
    /// in another state, so none is looked at; a gate of a rule the paranoia level turns on
    /// belongs to a group that level does not leave idle.)
    #[inline(always)]
    fn raw_candidates(
        &self,
        value: &[u8],
        part: Part,
        name: &str,
        paranoia: u8,
        s: &mut Scratch<'_>,
    ) {
        self.raw_pass(value, part, paranoia, None, s);
        let always = self
            .raw_always
            .get(usize::from(paranoia.min(4)))
            .and_then(|by_part| by_part.get(part as usize))
            .map_or(&[][..], Vec::as_slice);
        let off = &s.b.off;
        s.b.candidates.extend(
            always
                .iter()
                .filter(|&&(ri, _)| !off.get(ri).copied().unwrap_or(true))
                .map(|&(ri, gi)| (ri, gi, usize::MAX, usize::MAX)),
        );
        self.named_always_of(part, name, s);
    }

    /// One pass of the part's union automaton over the raw value, its hits going to the
    /// gates of the groups in state `want` (of every group: `None`, see
    /// [`Self::raw_candidates`]).
    #[inline(always)]
    fn raw_pass(
        &self,
        value: &[u8],
        part: Part,
        paranoia: u8,
        want: Option<GroupState>,
        s: &mut Scratch<'_>,
    ) {
        let Some(union) = self.union_of(part) else {
            return;
        };
        let bit = part.bit();
        let mut present = None;
        let pass = s.next_pass();
        let mut found = std::mem::take(&mut s.b.found);
        union.ac.matches_into(value, &mut found);
        for &(pattern, start, end) in &found {
            if !s.first_in_pass(pattern, pass) {
                continue;
            }
            for g in union.gates(pattern, paranoia) {
                self.hit_gate(g, bit, want, value, &mut present, (start, end), s);
            }
        }
        s.b.found = found;
    }

    /// The always-run rules of named values only (`HEADERS:X-Real-IP`) become candidates,
    /// except for values whose name cannot be one of theirs. (The list is looked at out of
    /// line: most parts have none, and the per-value loops stay as tight as they were.)
    #[inline(always)]
    fn named_always_of(&self, part: Part, name: &str, s: &mut Scratch<'_>) {
        if let Some(named) = self
            .named_always
            .get(part as usize)
            .filter(|n| !n.is_empty())
        {
            Self::named_always(named, name, s);
        }
    }

    /// See [`Self::named_always_of`]. A rule the request's paranoia level turns on is `off`
    /// for no group idleness to check: a group is idle only below the lowest level of its
    /// rules.
    #[inline(never)]
    fn named_always(named: &[NamedAlways], name: &str, s: &mut Scratch<'_>) {
        let name_bits = name_length_bits(name);
        for n in named {
            if n.lens & name_bits != 0 && !s.b.off.get(n.rule).copied().unwrap_or(true) {
                s.b.candidates
                    .push((n.rule, n.group, usize::MAX, usize::MAX));
            }
        }
    }

    /// A literal of a gate's primary set occurs in the value (in `form`, the form the gate's
    /// group sees); the rule becomes a candidate if the gate's punctuation sets hold too.
    /// (The paranoia level was applied by [`crate::compile::Union::gates`].)
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn hit_gate(
        &self,
        g: &GateRef,
        part_bit: u32,
        want: Option<GroupState>,
        form: &[u8],
        present: &mut Option<Presence>,
        at: (usize, usize),
        s: &mut Scratch<'_>,
    ) {
        if g.parts & part_bit == 0 {
            return;
        }
        let group = g.group as usize;
        if want.is_some_and(|w| s.b.group_state.get(group) != Some(&w)) {
            return;
        }
        let ri = g.rule as usize;
        if g.plain {
            // No further sets: only "not yet a candidate" to check.
            if s.st.seen.get(ri).is_none_or(|&seen| seen == s.st.stamp) {
                return;
            }
        } else {
            let gi = g.gate as usize;
            // Once per gate per value, and not for a rule already a candidate.
            match (s.st.gate_stamp.get_mut(gi), s.st.seen.get(ri)) {
                (Some(gstamp), Some(&seen)) if *gstamp != s.st.stamp && seen != s.st.stamp => {
                    *gstamp = s.st.stamp;
                }
                _ => return,
            }
            if !self
                .gates
                .get(gi)
                .is_some_and(|gate| gate.extra_hold(form, present))
            {
                return;
            }
        }
        if let Some(seen) = s.st.seen.get_mut(ri) {
            *seen = s.st.stamp;
            s.b.candidates.push((ri, group, at.0, at.1));
        }
    }

    /// Evaluates one value.
    fn scan_item(
        &self,
        req: &InspectedRequest,
        item: &Item,
        value: &[u8],
        cfg: &EvalConfig,
        s: &mut Scratch<'_>,
        verdict: &mut Verdict,
    ) -> Outcome {
        let bit = item.part.bit();
        let name = req.name(item);
        self.collect_candidates(value, item.part, name, cfg.paranoia, s);
        if s.b.candidates.is_empty() {
            return Outcome::Quiet;
        }
        let mut outcome = Outcome::Clean;
        for i in 0..s.b.candidates.len() {
            let Some(&(ri, gi, ls, le)) = s.b.candidates.get(i) else {
                break;
            };
            if s.b.off.get(ri).copied().unwrap_or(true) {
                continue;
            }
            if s.b.matched.get(ri).copied().unwrap_or(true) {
                outcome = Outcome::Other;
                continue;
            }
            let (Some(rule), Some(group)) = (self.rules.get(ri), self.groups.get(gi)) else {
                continue;
            };
            if !rule.targets.applies(item.part, name) {
                continue;
            }
            if s.target_excl.iter().any(|e| {
                e.concerns(&rule.meta)
                    && e.targets.iter().any(|(mask, n)| {
                        mask & bit != 0 && n.as_ref().is_none_or(|n| n.matches(name))
                    })
            }) {
                continue;
            }
            let form = s.b.forms.bytes(group.node, value);
            let literal_at = (ls != usize::MAX).then_some((ls, le));
            if let Some((start, end, desc)) = run_rule(rule, form, literal_at) {
                let fragment = match desc {
                    Some(d) => format!("{d}: {}", printable(form, 0, form.len(), FRAGMENT_MAX)),
                    None => printable(form, start, end, FRAGMENT_MAX),
                };
                let form_info = cfg.explain.then(|| {
                    let names: Vec<&str> = group.transforms.iter().map(|t| t.as_str()).collect();
                    (printable(form, 0, form.len(), FORM_MAX), names.join(","))
                });
                if let Some(x) = s.b.matched.get_mut(ri) {
                    *x = true;
                }
                outcome = Outcome::Other;
                verdict.add(Match {
                    rule: rule.meta.clone(),
                    target: req.label(item),
                    fragment,
                    form: form_info,
                });
            }
        }
        outcome
    }
}

// === reference evaluation ===

impl CompiledRuleSet {
    /// The ids of the rules [`CompiledRuleSet::evaluate`] matches, sorted and deduplicated:
    /// the form [`CompiledRuleSet::evaluate_reference`] returns, for comparing the two.
    #[doc(hidden)]
    pub fn evaluate_rule_ids(&self, req: &InspectedRequest, cfg: &EvalConfig) -> Vec<String> {
        let mut ids: Vec<String> = self
            .evaluate(req, cfg)
            .matches
            .iter()
            .map(|m| m.rule.id.clone())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// The ids of the rules that match, computed the slow, obvious way: every active rule's
    /// matcher on every value it targets, in fully transformed form, with no literal
    /// prefilter (only a detector's own `literals` gate, which is part of its meaning). The
    /// tests hold [`CompiledRuleSet::evaluate`] to this: the prefilter may only save work,
    /// never change a result.
    #[doc(hidden)]
    pub fn evaluate_reference(&self, req: &InspectedRequest, cfg: &EvalConfig) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let s = self.scratch(req, cfg);
        for phase in [Phase::Head, Phase::Body] {
            for &ri in &self.checks {
                let Some(rule) = self.rules.get(ri) else {
                    continue;
                };
                if s.b.off.get(ri).copied().unwrap_or(true) {
                    continue;
                }
                if let Matcher::Check(c) = &rule.matcher {
                    if c.is_body() == (phase == Phase::Body)
                        && c.run(req, phase == Phase::Body).is_some()
                    {
                        out.push(rule.meta.id.clone());
                    }
                }
            }
            let items = match phase {
                Phase::Head => req.head_items(),
                Phase::Body => req.body_items(),
            };
            for item in items {
                let value = req.value(item);
                for (ri, rule) in self.rules.iter().enumerate() {
                    if s.b.off.get(ri).copied().unwrap_or(true)
                        || matches!(rule.matcher, Matcher::Check(_))
                        || !rule.targets.applies(item.part, req.name(item))
                    {
                        continue;
                    }
                    let Some(group) = self.groups.get(rule.group) else {
                        continue;
                    };
                    let form = crate::normalize::apply_all(&group.transforms, value);
                    let literal_at = match &rule.matcher {
                        Matcher::Literal | Matcher::Detector(_) if !rule.explicit.is_empty() => {
                            let lower = form.to_ascii_lowercase();
                            match rule.explicit.iter().find_map(|l| {
                                memchr::memmem::find(&lower, &l.to_ascii_lowercase())
                                    .map(|p| (p, p + l.len()))
                            }) {
                                Some(at) => Some(at),
                                None => continue,
                            }
                        }
                        _ => None,
                    };
                    if run_rule(rule, &form, literal_at).is_some() {
                        out.push(rule.meta.id.clone());
                    }
                }
            }
        }
        // (The thread's stamps hold its memory of clean values: given back, so that tests and
        // fuzz targets that compare the two evaluators carry the memory across requests.)
        s.put();
        out.sort();
        out.dedup();
        out
    }
}

/// The forms of one value, per transformation-trie node, computed on demand. A transformation
/// that changes nothing (returns `Borrowed`) shares its parent's bytes.
struct Forms {
    slots: Vec<Slot>,
    /// The raw value's byte features.
    raw: Features,
    /// Where the current raw value lives (address, length): the same bytes again (the whole
    /// body is both `BODY` and, unparsed, an argument) keep their forms.
    current: Option<(usize, usize)>,
    /// Some slot may be other than `Pending` (most values never compute a form: they have
    /// none of the features their part's transformations act on).
    dirty: bool,
}

#[derive(Clone)]
enum Slot {
    Pending,
    /// The same bytes as this node (0: the raw value).
    Same(usize),
    Own(Vec<u8>),
}

impl Forms {
    const EMPTY: Forms = Forms {
        slots: Vec::new(),
        raw: Features::NONE,
        current: None,
        dirty: false,
    };

    /// Empties it for a rule set with `nodes` trie nodes, keeping the slots' capacity.
    fn clear(&mut self, nodes: usize) {
        self.slots.clear();
        self.slots.resize(nodes, Slot::Pending);
        self.raw = Features::NONE;
        self.current = None;
        self.dirty = false;
    }

    /// Forgets the forms of the previous value, unless `raw` is the very same bytes (same
    /// address and length: values are borrowed from the request, which does not change while
    /// it is judged).
    /// Without `features`, the value is taken to have none (every form is the raw value) and
    /// is not remembered.
    fn reset(&mut self, raw: &[u8], features: bool) {
        let at = Some((raw.as_ptr() as usize, raw.len()));
        if at == self.current {
            return;
        }
        if self.dirty {
            for s in &mut self.slots {
                *s = Slot::Pending;
            }
            self.dirty = false;
        }
        if features {
            self.raw = Features::of(raw);
            self.current = at;
        } else {
            self.raw = Features::default();
            self.current = None;
        }
    }

    /// The node whose slot holds this node's bytes (0: the raw value).
    fn owner(&self, node: usize) -> usize {
        match self.slots.get(node) {
            Some(Slot::Same(n)) if *n != node => self.owner(*n),
            Some(Slot::Own(_)) => node,
            _ => 0,
        }
    }

    /// Moves a node's owned form out (to lend it while the scratch is borrowed mutably).
    fn take_owned(&mut self, node: usize) -> Option<Vec<u8>> {
        match self.slots.get_mut(node) {
            Some(slot @ Slot::Own(_)) => match std::mem::replace(slot, Slot::Pending) {
                Slot::Own(v) => Some(v),
                _ => None,
            },
            _ => None,
        }
    }

    /// Puts back what `take_owned` lent.
    fn put_owned(&mut self, node: usize, form: Option<Vec<u8>>) {
        if let (Some(v), Some(slot)) = (form, self.slots.get_mut(node)) {
            *slot = Slot::Own(v);
        }
    }

    /// Whether the node's form is the raw value itself.
    fn is_raw(&self, node: usize) -> bool {
        matches!(self.slots.get(node), Some(Slot::Same(0)))
    }

    fn bytes<'a>(&'a self, node: usize, raw: &'a [u8]) -> &'a [u8] {
        match self.slots.get(node) {
            Some(Slot::Own(v)) => v,
            Some(Slot::Same(n)) if *n != node => self.bytes(*n, raw),
            _ => raw,
        }
    }

    fn ensure(&mut self, nodes: &[Node], node: usize, raw: &[u8]) {
        if !matches!(self.slots.get(node), Some(Slot::Pending)) {
            return;
        }
        let Some(n) = nodes.get(node) else { return };
        self.dirty = true;
        if !Transform::features_meet(self.raw, n.chain_mask) {
            // No transformation from the raw value to here can change it: the raw bytes.
            if let Some(s) = self.slots.get_mut(node) {
                *s = Slot::Same(0);
            }
            return;
        }
        let slot = match n.transform {
            None => Slot::Same(0),
            Some(t) => {
                // Parents always have smaller indices: the recursion depth is the pipeline
                // length, bounded by the rule files.
                self.ensure(nodes, n.parent, raw);
                let unchanged = !t.may_change(self.raw);
                if self.is_raw(n.parent) && unchanged {
                    // Provably unchanged: no pass over the value at all.
                    if let Some(s) = self.slots.get_mut(node) {
                        *s = Slot::Same(0);
                    }
                    return;
                }
                let parent = self.bytes(n.parent, raw);
                match t.apply(parent) {
                    Cow::Borrowed(_) => match self.slots.get(n.parent) {
                        Some(Slot::Same(k)) => Slot::Same(*k),
                        _ => Slot::Same(n.parent),
                    },
                    Cow::Owned(v) => Slot::Own(v),
                }
            }
        };
        if let Some(s) = self.slots.get_mut(node) {
            *s = slot;
        }
    }
}

/// `bytes[start..end]`, at most `max` bytes, with anything not printable ASCII escaped
/// (`\xNN`, `\n`), so fragments are safe to log and to show.
pub fn printable(bytes: &[u8], start: usize, end: usize, max: usize) -> String {
    let slice = bytes.get(start..end.min(bytes.len())).unwrap_or_default();
    let cut = slice.len() > max;
    let slice = slice.get(..max.min(slice.len())).unwrap_or_default();
    let mut out = String::with_capacity(slice.len() + 8);
    for &b in slice {
        match b {
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    if cut {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::compile_files;
    use crate::request::{Limits, RequestBuilder};

    const RULES: &str = r#"
[defaults]
category = "sqli"
targets = ["ARGS", "COOKIES", "HEADERS:User-Agent"]
transforms = ["url_decode", "lowercase"]

[[rule]]
id = "t-union"
name = "union select"
regex = '\bunion\b.{0,20}\bselect\b'

[[rule]]
id = "t-sleep"
name = "sleep"
severity = "warning"
paranoia = 2
regex = '\bsleep\s*\('

[[rule]]
id = "t-method"
name = "method allow-list"
category = "protocol"
targets = ["METHOD"]
transforms = []
negate = true
regex = '^(?:GET|POST)$'

[[rule]]
id = "t-clte"
name = "cl and te"
category = "protocol-attack"
check = "cl-and-te"
"#;

    fn set() -> CompiledRuleSet {
        compile_files("test", &[("t.toml".into(), RULES.into())]).unwrap()
    }

    fn get(uri: &str) -> InspectedRequest {
        InspectedRequest::builder()
            .method("GET")
            .uri(uri)
            .version("HTTP/1.1")
            .header("User-Agent", "test")
            .build()
    }

    /// Repeated body values are looked at once when quiet, and every time when not: the
    /// built-in rules on a JSON body that repeats keys, benign values and an attack value give
    /// what the un-prefiltered reference evaluator gives.
    #[test]
    fn repeated_body_values_judged_like_the_reference() {
        let set = crate::load_builtin().unwrap();
        let mut items = Vec::new();
        for i in 0..40 {
            items.push(format!(
                r#"{{"sku":"A-1","qty":{},"note":"blue shirt"}}"#,
                i % 3
            ));
        }
        let attack = r#"{"sku":"x","note":"1' union select password from users--"}"#;
        items.push(attack.into());
        items.push(attack.replace("note", "memo"));
        for paranoia in 1..=4 {
            let body = format!(r#"{{"items":[{}]}}"#, items.join(","));
            let mut req = InspectedRequest::builder()
                .method("POST")
                .uri("/api")
                .version("HTTP/1.1")
                .header("Content-Type", "application/json")
                .build();
            let len = body.len() as u64;
            req.set_body(body.into_bytes(), len);
            let cfg = EvalConfig {
                paranoia,
                ..EvalConfig::default()
            };
            let got = set.evaluate_rule_ids(&req, &cfg);
            assert_eq!(got, set.evaluate_reference(&req, &cfg), "PL{paranoia}");
            assert!(set.evaluate(&req, &cfg).is_block(), "PL{paranoia}: {got:?}");
            let targets: Vec<String> = set
                .evaluate(&req, &cfg)
                .matches
                .iter()
                .map(|m| m.target.clone())
                .collect();
            assert!(targets.iter().any(|t| t.contains("note")), "{targets:?}");
        }
    }

    /// The stamp arrays a thread keeps between evaluations carry nothing over: two rule sets
    /// of different sizes, interleaved on one thread, judge as they do alone.
    #[test]
    fn evaluations_on_one_thread_do_not_leak_into_each_other() {
        let small = set();
        let big = crate::load_builtin().unwrap();
        let cfg = EvalConfig::default();
        let reqs = [
            get("/?q=1%20UNION%20ALL%20SELECT%201"),
            get("/?q=hello&r=../../etc/passwd"),
            get("/index.html"),
        ];
        let alone: Vec<(Vec<String>, Vec<String>)> = reqs
            .iter()
            .map(|r| {
                (
                    small.evaluate_rule_ids(r, &cfg),
                    big.evaluate_rule_ids(r, &cfg),
                )
            })
            .collect();
        for _ in 0..3 {
            for (r, (want_small, want_big)) in reqs.iter().zip(&alone) {
                assert_eq!(&big.evaluate_rule_ids(r, &cfg), want_big);
                assert_eq!(&small.evaluate_rule_ids(r, &cfg), want_small);
                assert_eq!(want_big, &big.evaluate_reference(r, &cfg));
            }
        }
        assert!(!alone[0].0.is_empty() && !alone[1].1.is_empty());
    }

    /// A thread's memory of clean values never hides a match: a value is remembered only
    /// when it was judged whole, and only under the same set, paranoia level and (where a
    /// rule picks values by name) name, and never under an exclusion.
    /// A case-sensitive regex is gated by literals derived from it with their capitals
    /// (`PROPFIND`), one that folds case itself (`(?i:java)`) by lowercased literals matched
    /// without case: either way a value it matches reaches it, and one it does not, not.
    #[test]
    fn case_sensitive_regexes_keep_their_capitals_in_their_gates() {
        let rules = "\
[[rule]]\nid = 'm'\nname = 'n'\ncategory = 'protocol'\ntargets = ['METHOD']\ntransforms = []\nregex = '^(?:PROPFIND|MKCOL)$'\n\
[[rule]]\nid = 'u'\nname = 'n'\ncategory = 'generic'\ntargets = ['ARGS']\ntransforms = []\nregex = '(?i:java)\\.lang\\.[A-Z]'\n\
[[rule]]\nid = 'l'\nname = 'n'\ncategory = 'generic'\ntargets = ['ARGS']\ntransforms = []\nregex = 'cos\\nsystem'\n";
        let set = compile_files("test", &[("t.toml".into(), rules.into())]).unwrap();
        let ids = |method: &str, uri: &str| {
            let req = InspectedRequest::builder()
                .method(method)
                .uri(uri)
                .version("HTTP/1.1")
                .build();
            let mut v: Vec<String> = set
                .evaluate(&req, &EvalConfig::default())
                .matches
                .iter()
                .map(|m| m.rule.id.clone())
                .collect();
            v.sort();
            v
        };
        assert_eq!(ids("PROPFIND", "/"), ["m"]);
        assert_eq!(ids("MKCOL", "/"), ["m"]);
        assert!(ids("propfind", "/").is_empty(), "the regex keeps its case");
        assert_eq!(ids("GET", "/?c=JAVA.lang.Runtime"), ["u"]);
        assert_eq!(ids("GET", "/?c=java.lang.Runtime"), ["u"]);
        assert!(ids("GET", "/?c=java.lang.runtime").is_empty());
        assert_eq!(ids("GET", "/?p=cos%0Asystem"), ["l"]);
        assert!(ids("GET", "/?p=COS%0ASYSTEM").is_empty());
    }

    #[test]
    fn remembered_clean_values_never_hide_a_match() {
        let rules = "\
[[rule]]\nid = 'v'\nname = 'n'\ncategory = 'generic'\ntargets = ['ARGS']\nliterals = ['zzz']\n\
[[rule]]\nid = 'h'\nname = 'n'\ncategory = 'generic'\ntargets = ['HEADERS:X-Token']\nliterals = ['hhh']\n\
[[rule]]\nid = 'p'\nname = 'n'\ncategory = 'generic'\nparanoia = 2\ntargets = ['ARGS']\nliterals = ['ppp']\n";
        let set = compile_files("test", &[("t.toml".into(), rules.into())]).unwrap();
        let cfg = EvalConfig::default();
        let ids = |set: &CompiledRuleSet, req: &InspectedRequest, cfg: &EvalConfig| {
            let v = set.evaluate(req, cfg);
            v.matches
                .iter()
                .map(|m| format!("{}@{}", m.rule.id, m.target))
                .collect::<Vec<_>>()
        };
        // The second `zzz` is not judged by `v`, which matched already: not clean.
        assert_eq!(ids(&set, &get("/?a=zzz&b=zzz"), &cfg), ["v@ARGS:a"]);
        assert_eq!(ids(&set, &get("/?b=zzz"), &cfg), ["v@ARGS:b"]);
        // Header values are remembered under their name where a rule picks headers by name.
        let hdr = |name: &str| {
            InspectedRequest::builder()
                .method("GET")
                .uri("/")
                .version("HTTP/1.1")
                .header(name, "hhh")
                .build()
        };
        assert!(ids(&set, &hdr("X-Other"), &cfg).is_empty());
        assert_eq!(ids(&set, &hdr("X-Token"), &cfg), ["h@HEADERS:X-Token"]);
        // Clean at paranoia 1 says nothing about paranoia 2.
        assert!(ids(&set, &get("/?c=ppp"), &cfg).is_empty());
        let pl2 = EvalConfig {
            paranoia: 2,
            ..EvalConfig::default()
        };
        assert_eq!(ids(&set, &get("/?c=ppp"), &pl2), ["p@ARGS:c"]);
        // Clean under one set says nothing about the next (a reload).
        let other = "[[rule]]\nid = 'g'\nname = 'n'\ncategory = 'generic'\ntargets = ['ARGS']\nliterals = ['ggg']\n";
        assert!(ids(&set, &get("/?d=ggg"), &cfg).is_empty());
        let reloaded = compile_files("test", &[("t.toml".into(), other.into())]).unwrap();
        assert_eq!(ids(&reloaded, &get("/?d=ggg"), &cfg), ["g@ARGS:d"]);
        // Nothing is remembered under an exclusion.
        let excl = EvalConfig {
            exclusions: Arc::new(
                Exclusions::compile(&[ExclusionSpec {
                    path_prefix: Some("/skip".into()),
                    rules: vec!["v".into()],
                    ..ExclusionSpec::default()
                }])
                .unwrap(),
            ),
            ..EvalConfig::default()
        };
        assert!(ids(&set, &get("/skip?e=xzzz"), &excl).is_empty());
        assert_eq!(ids(&set, &get("/?e=xzzz"), &excl), ["v@ARGS:e"]);
        // Counted: a request seen before is passed from memory, value by value.
        let req = get("/?f=fine&g=also+fine");
        let first = set.evaluate(&req, &cfg);
        let again = set.evaluate(&req, &cfg);
        // (Two arguments and the User-Agent, which an earlier request here had already.)
        assert_eq!((first.judged, first.remembered), (2, 1), "{first:?}");
        assert_eq!((again.judged, again.remembered), (0, 3), "{again:?}");
        // The same answers with the memory off.
        let off = EvalConfig {
            remember_clean: false,
            ..EvalConfig::default()
        };
        assert_eq!(ids(&set, &get("/?b=zzz"), &off), ["v@ARGS:b"]);
    }

    /// JSON objects and arrays remembered whole (see [`BodySpan`]): vouched for by the same
    /// bytes under the same name only, never after a match in them, and never when the depth
    /// or argument bounds cut them (what they hold then depends on where they stand).
    #[test]
    fn remembered_json_spans_never_hide_a_match() {
        let rules = "\
[[rule]]\nid = 'v'\nname = 'n'\ncategory = 'generic'\ntargets = ['ARGS']\nliterals = ['zzz']\n\
[[rule]]\nid = 'k'\nname = 'n'\ncategory = 'generic'\ntargets = ['ARGS:b.other', 'ARGS:d']\nliterals = ['kkk']\n";
        let set = compile_files("test", &[("t.toml".into(), rules.into())]).unwrap();
        let cfg = EvalConfig::default();
        let post = |body: &str, limits: Limits| {
            let mut req = RequestBuilder::new(limits)
                .method("POST")
                .uri("/api")
                .version("HTTP/1.1")
                .header("Content-Type", "application/json")
                .build();
            req.set_body(body.as_bytes().to_vec(), body.len() as u64);
            req
        };
        let ids = |req: &InspectedRequest| {
            let v = set.evaluate(req, &cfg);
            let ids: Vec<String> = v
                .matches
                .iter()
                .map(|m| format!("{}@{}", m.rule.id, m.target))
                .collect();
            (ids, v.judged, v.remembered)
        };
        // A document seen before is passed over whole: nothing in it is judged again.
        let doc =
            r#"{"items":[{"sku":"A-1","qty":2},{"sku":"B-2","qty":1,"tags":["x","y"]}],"n":"w"}"#;
        let req = post(doc, Limits::default());
        let items = req.body_items().len() as u32;
        let (first, judged, _) = ids(&req);
        assert!(first.is_empty() && judged > 0, "{first:?}");
        // The second time, its values are remembered one by one (the names, which no rule
        // here reads, are passed without a look); the spans come out clean a second time and
        // are remembered. The third time, the document is passed over whole: every item but
        // `BODY` (which no rule here reads either).
        let (second, judged, one_by_one) = ids(&req);
        assert!(
            second.is_empty() && judged == 0 && one_by_one < items - 1,
            "{one_by_one}"
        );
        assert_eq!(ids(&req), (vec![], 0, items - 1));
        // The same bytes under another name are judged again where names matter.
        // (A span is remembered the second time it comes out clean: three rounds each.)
        for _ in 0..3 {
            let a = post(r#"{"a":{"other":"kkk","x":"1"}}"#, Limits::default());
            assert_eq!(ids(&a).0, Vec::<String>::new());
        }
        assert_eq!(
            ids(&post(r#"{"b":{"other":"kkk","x":"1"}}"#, Limits::default())).0,
            ["k@BODY:json.b.other"]
        );
        // An array whose element matched is judged again, every time.
        let bad = r#"{"items":[{"sku":"A-1","qty":2},{"sku":"zzz","qty":1}]}"#;
        for _ in 0..2 {
            assert_eq!(
                ids(&post(bad, Limits::default())).0,
                ["v@BODY:json.items[1].sku"]
            );
        }
        // Cut by the argument bound, `a` held its first two values only: not remembered, so
        // its third is judged once the bound lets it in.
        let cut = r#"{"a":{"x":"1","y":"2","z":"zzz"}}"#;
        let few = Limits {
            max_args: 3,
            ..Limits::default()
        };
        for _ in 0..3 {
            assert_eq!(ids(&post(cut, few.clone())).0, Vec::<String>::new());
        }
        assert_eq!(ids(&post(cut, Limits::default())).0, ["v@BODY:json.a.z"]);
        // Cut by the depth bound, `c`'s object was one value named `a.b.c` (no rule's name):
        // not remembered, so `d` is judged by its name once the bound lets it be one.
        let deep = r#"{"a":{"b":{"c":{"d":"kkk"},"e":"1"},"f":"2"}}"#;
        let shallow = Limits {
            max_depth: 2,
            ..Limits::default()
        };
        for _ in 0..3 {
            assert_eq!(ids(&post(deep, shallow.clone())).0, Vec::<String>::new());
        }
        assert_eq!(
            ids(&post(deep, Limits::default())).0,
            ["k@BODY:json.a.b.c.d"]
        );
    }

    /// A stream of JSON documents built from a few recurring pieces (objects and arrays seen
    /// again under the same and other names, clean and with attacks in them, some cut by
    /// small depth or argument bounds) through the built-in rules: with the memory on, each
    /// finds what the reference evaluator finds, and the same matches, targets included, as
    /// with the memory off.
    #[test]
    fn a_stream_of_recurring_json_judged_like_the_reference() {
        let set = crate::load_builtin().unwrap();
        let pieces = [
            r#"{"sku":"A-1","qty":2}"#,
            r#"{"sku":"B-2","qty":1,"tags":["x","y"]}"#,
            r#"["red","blue",3]"#,
            r#"{"note":"1' union select password from users--","n":1}"#,
            r#"{"url":"http://169.254.169.254/latest/meta-data/","k":"v"}"#,
            r#"{"q":"<script>alert(1)</script>","p":[1,2]}"#,
            r#"{"a":{"b":{"c":"../../../../etc/passwd","d":1}},"z":0}"#,
            r#"{"cmd":"ls","arg":"; cat /etc/shadow"}"#,
            r#""plain text""#,
            r#"{"name":"Ann O'Neil","city":"Paris"}"#,
        ];
        let keys = ["items", "cart", "a", "note", "filter", "query"];
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut pick = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        let names = |v: &Verdict| -> Vec<String> {
            v.matches
                .iter()
                .map(|m| format!("{}@{}", m.rule.id, m.target))
                .collect()
        };
        let mut remembered = 0;
        for round in 0..600 {
            let mut fields = Vec::new();
            for _ in 0..1 + pick(3) {
                let key = keys[pick(keys.len())];
                let value = if pick(2) == 0 {
                    pieces[pick(pieces.len())].to_string()
                } else {
                    let n = 1 + pick(3);
                    let items: Vec<&str> = (0..n).map(|_| pieces[pick(pieces.len())]).collect();
                    format!("[{}]", items.join(","))
                };
                fields.push(format!("\"{key}\":{value}"));
            }
            let body = format!("{{{}}}", fields.join(","));
            let limits = match pick(8) {
                0 => Limits {
                    max_args: 1 + pick(12),
                    ..Limits::default()
                },
                1 => Limits {
                    max_depth: 1 + pick(3),
                    ..Limits::default()
                },
                _ => Limits::default(),
            };
            let mut req = RequestBuilder::new(limits)
                .method("POST")
                .uri("/api/orders")
                .version("HTTP/1.1")
                .header("Host", "shop.example")
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)")
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Content-Length", body.len().to_string())
                .build();
            req.set_body(body.as_bytes().to_vec(), body.len() as u64);
            let on = EvalConfig {
                paranoia: 1 + (round % 2) as u8,
                ..EvalConfig::default()
            };
            let off = EvalConfig {
                remember_clean: false,
                ..on.clone()
            };
            assert_eq!(
                set.evaluate_rule_ids(&req, &on),
                set.evaluate_reference(&req, &on),
                "{body}"
            );
            let v = set.evaluate(&req, &on);
            remembered += v.remembered;
            assert_eq!(names(&v), names(&set.evaluate(&req, &off)), "{body}");
        }
        // (The memory was used: a head that matched a rule would have kept every value out.)
        assert!(remembered > 1000, "{remembered}");
    }

    /// The memory itself: what it keys on, what it refuses, and that it is bounded.
    #[test]
    fn clean_values_memory_keys_and_bounds() {
        let set = set();
        let req = get("/?q=hello");
        let item = req
            .head_items()
            .iter()
            .find(|i| i.part == Part::ArgGet)
            .unwrap()
            .clone();
        let mut m = CleanValues::EMPTY;
        let k = m.key(&set, 1, &item, "q", b"hello").unwrap();
        assert!(!m.holds(&k));
        m.insert(&k);
        assert!(m.holds(&k));
        let k2 = m.key(&set, 2, &item, "q", b"hello").unwrap();
        assert!(!m.holds(&k2), "paranoia is part of the key");
        // The same hash with other bytes (a collision, forced): not held.
        let mut other = m.key(&set, 1, &item, "q", b"hellp").unwrap();
        other.hash = k.hash;
        assert!(!m.holds(&other), "same hash, other bytes: not held");
        // Longer values go to the table of long values, up to its bound.
        let long_value = vec![b'a'; CLEAN_MAX_LEN + 1];
        let kl = m.key(&set, 1, &item, "q", &long_value).unwrap();
        assert!(kl.long && !m.holds(&kl));
        m.insert(&kl);
        assert!(m.holds(&kl));
        let mut other_long = long_value.clone();
        other_long[CLEAN_MAX_LEN] = b'b';
        let mut kl2 = m.key(&set, 1, &item, "q", &other_long).unwrap();
        kl2.hash = kl.hash;
        assert!(!m.holds(&kl2), "same hash, other bytes: not held");
        assert!(m
            .key(&set, 1, &item, "q", &[b'a'; CLEAN_LONG_MAX_LEN + 1])
            .is_none());
        let longest = vec![b'c'; CLEAN_LONG_MAX_LEN];
        for i in 0..3 * CLEAN_LONG_SLOTS {
            let mut v = longest.clone();
            v[..8].copy_from_slice(&(i as u64).to_le_bytes());
            let k = m.key(&set, 1, &item, "q", &v).unwrap();
            m.insert(&k);
            assert!(m.holds(&k));
        }
        assert_eq!(m.long.len(), CLEAN_LONG_SLOTS);
        assert!(m
            .long
            .iter()
            .all(|(_, k)| k.len() <= CLEAN_KEY_HEAD + CLEAN_MAX_NAME + CLEAN_LONG_MAX_LEN));
        // Long keys that meet in one set: as many as it has ways are held together, and the
        // next one pushes out the oldest.
        let same_set: Vec<Vec<u8>> = (0..=CLEAN_LONG_WAYS)
            .map(|i| {
                let mut v = longest.clone();
                v[..8].copy_from_slice(&(1_000_000 + i as u64).to_le_bytes());
                v
            })
            .collect();
        let keys: Vec<CleanKey<'_>> = same_set
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let mut k = m.key(&set, 1, &item, "q", v).unwrap();
                // (Distinct hashes, one set.)
                k.hash = (i as u64 + 1) * CLEAN_LONG_SLOTS as u64 + 8;
                k
            })
            .collect();
        assert_eq!(keys.len(), CLEAN_LONG_WAYS + 1);
        fills_one_set(&mut m, &keys);
        // The longest key fits its slot, and is found again.
        let long = [b'b'; CLEAN_MAX_LEN];
        let k3 = m.key(&set, 1, &item, "q", &long).unwrap();
        m.insert(&k3);
        assert!(m.holds(&k3) && m.holds(&k), "several ways per set");
        assert_eq!(m.meta.len(), CLEAN_SLOTS);
        let held: Vec<String> = (0..3 * CLEAN_SLOTS).map(|i| i.to_string()).collect();
        for v in &held {
            let k = m.key(&set, 1, &item, "q", v.as_bytes()).unwrap();
            m.insert(&k);
        }
        assert_eq!(m.meta.len(), CLEAN_SLOTS);
        assert_eq!(m.keys.len(), CLEAN_SLOTS * CLEAN_STRIDE);
        // The last value inserted is held; of the first, evicted since, none (or nearly).
        let last = m
            .key(&set, 1, &item, "q", held.last().unwrap().as_bytes())
            .unwrap();
        assert!(m.holds(&last));
        let first_held = held
            .iter()
            .take(CLEAN_SLOTS)
            .filter(|v| {
                let k = m.key(&set, 1, &item, "q", v.as_bytes()).unwrap();
                m.holds(&k)
            })
            .count();
        assert!(
            first_held < CLEAN_SLOTS / 8,
            "{first_held} of the oldest still held"
        );
        // A set holds its CLEAN_WAYS latest keys, each moved back intact; one more pushes
        // the oldest out.
        let values: Vec<String> = (0..=CLEAN_WAYS)
            .map(|i| format!("key-{i}-{}", "x".repeat(i * 20)))
            .collect();
        let keys: Vec<CleanKey<'_>> = values
            .iter()
            .map(|v| CleanKey {
                hash: 0,
                ..m.key(&set, 1, &item, "q", v.as_bytes()).unwrap()
            })
            .collect();
        assert_eq!(keys.len(), CLEAN_WAYS + 1);
        fills_one_set(&mut m, &keys);
    }

    /// `keys`, all of one set of a table with one way fewer than there are keys: all but the
    /// last are held together, and the last pushes out the first (the oldest).
    fn fills_one_set(m: &mut CleanValues, keys: &[CleanKey<'_>]) {
        let (last, held) = keys.split_last().unwrap();
        for k in held {
            m.insert(k);
        }
        assert!(held.iter().all(|k| m.holds(k)), "a set holds its ways");
        m.insert(last);
        assert!(!m.holds(&keys[0]), "the oldest of the set is forgotten");
        assert!(keys[1..].iter().all(|k| m.holds(k)));
    }

    /// The memo is per part: bytes quiet as a JSON key are still judged as a value.
    #[test]
    fn a_quiet_name_does_not_hide_the_same_value() {
        let rules = "[[rule]]\nid = 'v'\nname = 'n'\ncategory = 'generic'\ntargets = ['ARGS_POST']\nliterals = ['zzz']\n";
        let set = compile_files("test", &[("t.toml".into(), rules.into())]).unwrap();
        let mut req = InspectedRequest::builder()
            .method("POST")
            .uri("/")
            .version("HTTP/1.1")
            .header("Content-Type", "application/json")
            .build();
        let body = br#"{"a":{"zzz":1},"b":"zzz"}"#.to_vec();
        let len = body.len() as u64;
        req.set_body(body, len);
        let v = set.evaluate(&req, &EvalConfig::default());
        assert_eq!(v.matches.len(), 1, "{:?}", v.matches);
        assert_eq!(v.matches[0].target, "BODY:json.b");
    }

    #[test]
    fn scores_and_blocks() {
        let set = set();
        let v = set.evaluate(
            &get("/?q=1%20UNION%20ALL%20SELECT%201"),
            &EvalConfig::default(),
        );
        assert!(v.is_block());
        assert_eq!(v.score, 5);
        assert_eq!(v.matches[0].rule.id, "t-union");
        assert_eq!(v.matches[0].target, "ARGS:q");
        assert_eq!(v.matches[0].fragment, "UNION ALL SELECT");
        let v = set.evaluate(&get("/?q=the+union+of+two+sets"), &EvalConfig::default());
        assert!(!v.is_block());
        assert!(v.matches.is_empty());
    }

    #[test]
    fn paranoia_filters() {
        let set = set();
        let req = get("/?q=sleep(5)");
        assert!(set
            .evaluate(&req, &EvalConfig::default())
            .matches
            .is_empty());
        let cfg = EvalConfig {
            paranoia: 2,
            ..EvalConfig::default()
        };
        let v = set.evaluate(&req, &cfg);
        assert_eq!(v.score, 3);
        assert!(!v.is_block(), "a warning alone stays under the threshold");
    }

    #[test]
    fn a_rule_scores_once_per_request() {
        let set = set();
        let v = set.evaluate(
            &get("/?a=union+select&b=union+select&c=union+select"),
            &EvalConfig::default(),
        );
        assert_eq!(v.matches.len(), 1);
        assert_eq!(v.score, 5);
    }

    #[test]
    fn negated_rules_and_checks() {
        let set = set();
        let req = InspectedRequest::builder()
            .method("TRACE")
            .uri("/")
            .header("Content-Length", "3")
            .header("Transfer-Encoding", "chunked")
            .build();
        let v = set.evaluate(&req, &EvalConfig::default());
        let ids: Vec<&str> = v.matches.iter().map(|m| m.rule.id.as_str()).collect();
        assert_eq!(ids, ["t-clte", "t-method"]);
        assert_eq!(v.matches[0].target, "REQUEST");
    }

    #[test]
    fn exclusions() {
        let set = set();
        let req = get("/login?password=x'union+select");
        let off_everywhere = Exclusions::compile(&[ExclusionSpec {
            rules: vec!["t-union".into()],
            ..ExclusionSpec::default()
        }])
        .unwrap();
        let cfg = |e: Exclusions| EvalConfig {
            exclusions: Arc::new(e),
            ..EvalConfig::default()
        };
        assert!(set.evaluate(&req, &cfg(off_everywhere)).matches.is_empty());

        let other_path = Exclusions::compile(&[ExclusionSpec {
            path_prefix: Some("/admin".into()),
            categories: vec!["sqli".into()],
            ..ExclusionSpec::default()
        }])
        .unwrap();
        assert_eq!(set.evaluate(&req, &cfg(other_path)).matches.len(), 1);

        // A path pattern, beside or without a prefix.
        let pattern = |prefix: Option<&str>, pattern: &str| {
            Exclusions::compile(&[ExclusionSpec {
                path_prefix: prefix.map(Into::into),
                path_pattern: Some(pattern.into()),
                categories: vec!["sqli".into()],
                ..ExclusionSpec::default()
            }])
            .unwrap()
        };
        for (prefix, re, excluded) in [
            (None, r"^/log[a-z]+$", true),
            (None, r"^/api/\d+/", false),
            (Some("/login"), r"in$", true),
            (Some("/admin"), r"in$", false),
        ] {
            assert_eq!(
                set.evaluate(&req, &cfg(pattern(prefix, re)))
                    .matches
                    .is_empty(),
                excluded,
                "{prefix:?} {re}"
            );
        }
        let bad = Exclusions::compile(&[ExclusionSpec {
            path_pattern: Some("(".into()),
            categories: vec!["sqli".into()],
            ..ExclusionSpec::default()
        }]);
        assert!(bad.is_err_and(|e| e.contains("path_pattern")));

        let ignore_arg = Exclusions::compile(&[ExclusionSpec {
            path_prefix: Some("/login".into()),
            categories: vec!["sqli".into()],
            targets: vec!["ARGS:password".into()],
            ..ExclusionSpec::default()
        }])
        .unwrap();
        assert!(set.evaluate(&req, &cfg(ignore_arg)).matches.is_empty());
        let req2 = get("/login?user=x'union+select");
        let ignore_arg = Exclusions::compile(&[ExclusionSpec {
            categories: vec!["sqli".into()],
            targets: vec!["ARGS:password".into()],
            ..ExclusionSpec::default()
        }])
        .unwrap();
        assert_eq!(set.evaluate(&req2, &cfg(ignore_arg)).matches.len(), 1);

        assert!(Exclusions::compile(&[ExclusionSpec::default()]).is_err());
        assert!(Exclusions::compile(&[ExclusionSpec {
            categories: vec!["nope".into()],
            ..ExclusionSpec::default()
        }])
        .is_err());
    }

    /// A parsed body's field is excluded as alerts name it (`BODY:json.spec.command`) or as
    /// an argument (`ARGS_POST:/…/`); a named `BODY` that is no field is refused, not ignored.
    #[test]
    fn exclusions_name_body_fields_as_alerts_show_them() {
        let rules = "[[rule]]\nid = 'v'\nname = 'n'\ncategory = 'rce'\ntargets = ['ARGS_POST']\nliterals = ['zzz']\n";
        let set = compile_files("test", &[("t.toml".into(), rules.into())]).unwrap();
        let mut req = InspectedRequest::builder()
            .method("POST")
            .uri("/apis/x")
            .version("HTTP/1.1")
            .header("Content-Type", "application/json")
            .build();
        let body = br#"{"spec":{"command":["zzz"],"name":"zzz"}}"#.to_vec();
        let len = body.len() as u64;
        req.set_body(body, len);
        let targets = |sel: &[&str]| {
            let e = Exclusions::compile(&[ExclusionSpec {
                categories: vec!["rce".into()],
                targets: sel.iter().map(|s| s.to_string()).collect(),
                ..ExclusionSpec::default()
            }])
            .unwrap();
            let cfg = EvalConfig {
                exclusions: Arc::new(e),
                ..EvalConfig::default()
            };
            sorted_matches(&set, &req, &cfg)
        };
        assert_eq!(
            targets(&[]),
            Vec::<String>::new(),
            "no targets: the category is off"
        );
        assert_eq!(
            targets(&["BODY:json.spec.name"]),
            ["v@BODY:json.spec.command[0]"]
        );
        assert_eq!(
            targets(&[r"ARGS_POST:/(^|\.)command\[\d+\]$/"]),
            ["v@BODY:json.spec.name"]
        );
        // A body that is not parsed is one unnamed argument, shown as `BODY`.
        let mut text = InspectedRequest::builder()
            .method("POST")
            .uri("/apis/x")
            .version("HTTP/1.1")
            .header("Content-Type", "application/apply-patch+yaml")
            .build();
        text.set_body(b"command: [zzz]".to_vec(), 14);
        let body_off = Exclusions::compile(&[ExclusionSpec {
            categories: vec!["rce".into()],
            targets: vec!["BODY".into()],
            ..ExclusionSpec::default()
        }])
        .unwrap();
        let with = |e| EvalConfig {
            exclusions: Arc::new(e),
            ..EvalConfig::default()
        };
        assert_eq!(
            sorted_matches(&set, &text, &EvalConfig::default()),
            ["v@BODY"]
        );
        assert_eq!(
            sorted_matches(&set, &text, &with(body_off)),
            Vec::<String>::new()
        );
        for bad in ["BODY:spec.name", "BODY:/command/", "BODY:json."] {
            let err = Exclusions::compile(&[ExclusionSpec {
                categories: vec!["rce".into()],
                targets: vec![bad.into()],
                ..ExclusionSpec::default()
            }])
            .unwrap_err();
            assert!(err.contains("ARGS_POST"), "{bad}: {err}");
        }
    }

    /// The request's matches as `rule@target`, sorted.
    fn sorted_matches(
        set: &CompiledRuleSet,
        req: &InspectedRequest,
        cfg: &EvalConfig,
    ) -> Vec<String> {
        let mut ids: Vec<String> = set
            .evaluate(req, cfg)
            .matches
            .iter()
            .map(|m| format!("{}@{}", m.rule.id, m.target))
            .collect();
        ids.sort();
        ids
    }

    /// An always-run rule of named values only is a candidate exactly for values of its
    /// names: any case, any length of name, a dotted name by its leaf.
    #[test]
    fn named_always_run_rules_see_their_names_only() {
        let rules = "[[rule]]\nid = 'ip'\nname = 'n'\ncategory = 'protocol'\n\
             targets = ['HEADERS:X-Real-IP', 'HEADERS:A-Much-Longer-Header-Name-Than-Sixty-Four-Bytes-Of-Name-For-Bit-63']\n\
             negate = true\nregex = '^[0-9.]+$'\n\
             [[rule]]\nid = 'leaf'\nname = 'n'\ncategory = 'generic'\n\
             targets = ['ARGS:name']\nnegate = true\nregex = '^[a-z]+$'\n";
        let set = compile_files("test", &[("t.toml".into(), rules.into())]).unwrap();
        let ids = |uri: &str, headers: &[(&str, &str)]| {
            let mut b = InspectedRequest::builder()
                .method("GET")
                .uri(uri)
                .version("HTTP/1.1");
            for (n, v) in headers {
                b = b.header(n, v);
            }
            sorted_matches(&set, &b.build(), &EvalConfig::default())
        };
        assert_eq!(ids("/", &[("x-real-ip", "a'b")]), ["ip@HEADERS:x-real-ip"]);
        assert!(ids("/", &[("X-Real-IQ", "a'b"), ("X-Real-IP2", "a'b")]).is_empty());
        assert!(ids("/", &[("X-Real-IP", "10.0.0.1")]).is_empty());
        let long = "A-Much-Longer-Header-Name-Than-Sixty-Four-Bytes-Of-Name-For-Bit-63";
        assert_eq!(ids("/", &[(long, "x")]), [format!("ip@HEADERS:{long}")]);
        assert_eq!(ids("/?user.name=7", &[]), ["leaf@ARGS:user.name"]);
        assert_eq!(ids("/?NAME=7", &[]), ["leaf@ARGS:NAME"]);
        assert_eq!(
            ids("/?order.items.3.name=7", &[]),
            ["leaf@ARGS:order.items.3.name"]
        );
        assert!(ids("/?user.names=7&user.nam=7&name.x=7", &[]).is_empty());
        assert!(ids("/?names=7&nam=7", &[]).is_empty());
    }

    /// A form body, parsed into arguments, is read whole only by the `BODY` rules that do not
    /// read every body argument and name: for the others its bytes were judged as arguments,
    /// under their names, so an exclusion of an argument holds for them.
    #[test]
    fn quiet_memo_keeps_one_value_per_slot_and_forgets_each_phase() {
        let mut m = QuietMemo::EMPTY;
        m.start();
        let a = m.hash(Part::ArgPost, b"sku");
        let b = m.hash(Part::ArgPostName, b"sku");
        assert_ne!(a, b, "the part is hashed");
        m.insert(a, 3);
        assert_eq!(m.find(a), Some(3));
        assert_eq!(m.find(b), None);
        // A value with another hash in the same slot takes it over.
        let c = a ^ (QUIET_SLOTS as u64);
        m.insert(c, 9);
        assert_eq!(m.find(a), None);
        assert_eq!(m.find(c), Some(9));
        m.start();
        assert_eq!(m.find(c), None);
    }

    #[test]
    fn values_every_group_sees_raw_take_the_short_way_at_each_level() {
        // A paranoia-2 group removes spaces: at level 1 a value with a space is seen raw by
        // every group that level runs; at level 2 the same value has a changed form.
        let rules = "[[rule]]\nid = 'joined'\nname = 'n'\ncategory = 'rce'\nparanoia = 2\n\
             targets = ['ARGS']\ntransforms = ['remove_whitespace']\nliterals = ['catetc']\n\
             [[rule]]\nid = 'raw'\nname = 'n'\ncategory = 'rce'\n\
             targets = ['ARGS']\nliterals = ['cat etc']\n\
             [[rule]]\nid = 'always1'\nname = 'n'\ncategory = 'protocol'\n\
             targets = ['ARGS']\nnegate = true\nregex = '^[a-z ]*$'\n\
             [[rule]]\nid = 'always2'\nname = 'n'\ncategory = 'protocol'\nparanoia = 2\n\
             targets = ['ARGS']\nnegate = true\nregex = '^[a-z ]{0,9}$'\n";
        let set = compile_files("test", &[("t.toml".into(), rules.into())]).unwrap();
        let cases = [
            (
                "/?q=cat+etc",
                vec!["raw@ARGS:q"],
                vec!["joined@ARGS:q", "raw@ARGS:q"],
            ),
            ("/?q=cat++etc", vec![], vec!["joined@ARGS:q"]),
            (
                "/?q=cat+etc+and+more",
                vec!["raw@ARGS:q"],
                vec!["always2@ARGS:q", "joined@ARGS:q", "raw@ARGS:q"],
            ),
            (
                "/?q=Cat1",
                vec!["always1@ARGS:q"],
                vec!["always1@ARGS:q", "always2@ARGS:q"],
            ),
        ];
        for (uri, at1, at2) in cases {
            let req = get(uri);
            for (paranoia, want) in [(1, at1.clone()), (2, at2)] {
                let cfg = EvalConfig {
                    paranoia,
                    ..EvalConfig::default()
                };
                assert_eq!(
                    sorted_matches(&set, &req, &cfg),
                    want,
                    "{uri} at PL{paranoia}"
                );
                assert_eq!(
                    set.evaluate_rule_ids(&req, &cfg),
                    set.evaluate_reference(&req, &cfg),
                    "{uri} at PL{paranoia}"
                );
            }
        }
    }

    #[test]
    fn parsed_bodies_are_read_whole_only_by_rules_that_miss_arguments() {
        let rules = "[[rule]]\nid = 'all'\nname = 'n'\ncategory = 'generic'\n\
             targets = ['ARGS', 'ARGS_NAMES', 'BODY']\nliterals = ['zzz']\n\
             [[rule]]\nid = 'raw'\nname = 'n'\ncategory = 'generic'\n\
             targets = ['BODY']\nliterals = ['zzz']\n\
             [[rule]]\nid = 'values'\nname = 'n'\ncategory = 'generic'\n\
             targets = ['ARGS', 'BODY']\nliterals = ['kkk']\n";
        let set = compile_files("test", &[("t.toml".into(), rules.into())]).unwrap();
        let ignore_comment = EvalConfig {
            exclusions: Arc::new(
                Exclusions::compile(&[ExclusionSpec {
                    rules: vec!["all".into(), "values".into()],
                    targets: vec!["ARGS:comment".into()],
                    ..ExclusionSpec::default()
                }])
                .unwrap(),
            ),
            ..EvalConfig::default()
        };
        let post = |limits: Limits, ct: &str, body: &str| {
            let mut req = RequestBuilder::new(limits)
                .method("POST")
                .uri("/")
                .version("HTTP/1.1")
                .header("Content-Type", ct)
                .build();
            req.set_body(body.as_bytes().to_vec(), body.len() as u64);
            req
        };
        let ids = |req: &InspectedRequest, cfg: &EvalConfig| sorted_matches(&set, req, cfg);
        let json = "application/json";
        let form = "application/x-www-form-urlencoded";
        let d = Limits::default;
        let none = EvalConfig::default();
        // Parsed: `all` judges the value (and, excluded there, nothing else); `raw` the body.
        let req = post(d(), form, "comment=zzz");
        assert_eq!(ids(&req, &none), ["all@BODY:form.comment", "raw@BODY"]);
        assert_eq!(ids(&req, &ignore_comment), ["raw@BODY"]);
        // A rule blind to names still reads the body whole: names are only there.
        let req = post(d(), form, "kkk=1&comment=kkk");
        assert_eq!(ids(&req, &ignore_comment), ["values@BODY"]);
        // JSON (keys lose their parents in `ARGS_NAMES`), broken JSON, XML (markup beside the
        // values), a form cut short by the argument limit: every `BODY` rule reads the body
        // whole.
        let req = post(d(), json, r#"{"comment": "zzz"}"#);
        assert_eq!(ids(&req, &none), ["all@BODY", "raw@BODY"]);
        assert_eq!(ids(&req, &ignore_comment), ["all@BODY", "raw@BODY"]);
        let req = post(d(), json, r#"{"comment": "zzz""#);
        assert_eq!(ids(&req, &ignore_comment), ["all@BODY", "raw@BODY"]);
        let req = post(d(), "application/xml", "<comment>zzz</comment>");
        assert_eq!(ids(&req, &ignore_comment), ["all@BODY", "raw@BODY"]);
        let one = Limits {
            max_args: 1,
            ..Limits::default()
        };
        let req = post(one, form, "a=1&comment=zzz");
        assert_eq!(ids(&req, &ignore_comment), ["all@BODY", "raw@BODY"]);
    }

    #[test]
    fn phases_accumulate_without_double_scoring() {
        let set = set();
        let mut req = InspectedRequest::builder()
            .method("POST")
            .uri("/?q=union+select")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .build();
        req.set_body(b"a=union+select".to_vec(), 14);
        let cfg = EvalConfig::default();
        let mut v = Verdict::new(cfg.threshold);
        set.evaluate_phase(&req, &cfg, Phase::Head, &mut v);
        assert_eq!(v.matches.len(), 1);
        set.evaluate_phase(&req, &cfg, Phase::Body, &mut v);
        assert_eq!(v.matches.len(), 1);
    }

    #[test]
    fn printable_escapes_and_truncates() {
        assert_eq!(printable(b"a\nb\x00\xff", 0, 5, 80), "a\\nb\\x00\\xff");
        assert_eq!(printable(b"abcdef", 1, 100, 3), "bcd…");
        assert_eq!(printable(b"abc", 5, 9, 3), "");
    }
}
