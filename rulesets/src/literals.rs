//! Required-literal extraction: from a regex, a small set of literals one of which every
//! match must contain. These gate the regex behind the Aho-Corasick prefilter, so a rule's
//! regex only runs on values that contain one of its literals.
//!
//! The analysis is over `regex-syntax`'s HIR. A sub-pattern whose matches form a small finite
//! set ("exact") can be expanded; a concatenation joins adjacent exact pieces into longer
//! literals; an alternation needs a required set from every branch. With `fold` (a regex
//! matched without case, or one that folds case itself: see [`folds_case`]) literals are
//! lowercased for an ASCII case-insensitive prefilter, so case-folded classes like `[sS]`
//! count as exact; without it they keep their case (`PROPFIND`, `rO0AB`) for a case-sensitive
//! one.

use regex_syntax::hir::{Class, Hir, HirKind};

/// Most strings an exact set may hold before it is no longer worth expanding.
const MAX_SET: usize = 64;
/// Longest literal kept (longer ones are cut: a prefix of a required literal is required).
const MAX_LEN: usize = 24;

type Set = Vec<Vec<u8>>;

/// The required literals of `hir`, if a useful set exists: every literal at least `min_len`
/// bytes, at most [`MAX_SET`] of them.
pub fn required_literals(hir: &Hir, min_len: usize, fold: bool) -> Option<Set> {
    let set = required(hir, fold)?;
    let set = dedupe(set, fold);
    if set.is_empty() || set.len() > MAX_SET || set.iter().any(|l| l.len() < min_len) {
        return None;
    }
    Some(set)
}

fn dedupe(mut set: Set, fold: bool) -> Set {
    for l in &mut set {
        if fold {
            l.make_ascii_lowercase();
        }
        l.truncate(MAX_LEN);
    }
    set.sort();
    set.dedup();
    // A literal that contains another is redundant: the shorter one already gates. Sets
    // reach a thousand literals while alternations are crossed; comparing every pair was a
    // third of the compile time, so a big set is searched with an automaton of itself.
    if set.len() > 32 {
        if let Ok(ac) = aho_corasick::AhoCorasick::new(&set) {
            set.retain(|l| !ac.find_overlapping_iter(l).any(|m| m.len() < l.len()));
            return set;
        }
    }
    let snapshot = set.clone();
    set.retain(|l| {
        !snapshot
            .iter()
            .any(|s| s.len() < l.len() && memchr::memmem::find(l, s).is_some())
    });
    set
}

/// Quality of a required set: its shortest literal (longer is more selective), then fewer
/// literals.
fn score(set: &Set) -> (usize, isize) {
    let min = set.iter().map(Vec::len).min().unwrap_or(0);
    (min.min(8), -(set.len() as isize))
}

fn better(a: Option<Set>, b: Option<Set>) -> Option<Set> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if score(&b) > score(&a) { b } else { a }),
        (a, None) => a,
        (None, b) => b,
    }
}

/// The finite set of strings `hir` matches, when small. Look-arounds are the empty string.
fn exact(hir: &Hir, fold: bool) -> Option<Set> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(vec![Vec::new()]),
        HirKind::Literal(lit) => Some(vec![lit.0.to_vec()]),
        HirKind::Class(class) => {
            class_bytes(class, fold).map(|bs| bs.into_iter().map(|b| vec![b]).collect())
        }
        HirKind::Capture(cap) => exact(&cap.sub, fold),
        HirKind::Repetition(rep) => {
            let max = rep.max?;
            if max > 4 || rep.min != max {
                return None;
            }
            let one = exact(&rep.sub, fold)?;
            let mut acc: Set = vec![Vec::new()];
            for _ in 0..max {
                acc = cross(&acc, &one)?;
            }
            Some(acc)
        }
        HirKind::Concat(subs) => {
            let mut acc: Set = vec![Vec::new()];
            for s in subs {
                acc = cross(&acc, &exact(s, fold)?)?;
            }
            Some(acc)
        }
        HirKind::Alternation(subs) => {
            let mut acc: Set = Vec::new();
            for s in subs {
                acc.extend(exact(s, fold)?);
                if acc.len() > MAX_SET {
                    return None;
                }
            }
            Some(acc)
        }
    }
}

fn cross(a: &Set, b: &Set) -> Option<Set> {
    if a.len().saturating_mul(b.len()) > MAX_SET {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            let mut s = x.clone();
            s.extend_from_slice(y);
            out.push(s);
        }
    }
    Some(out)
}

/// Most bytes of a class of separators (see [`class_bytes`]).
const MAX_SEPARATOR_CLASS: usize = 10;

/// The bytes a class matches, lowercased and deduplicated, when there are at most 4 of them
/// (so `[sS]` is one byte and `[-_.]` three), or at most [`MAX_SEPARATOR_CLASS`] of
/// punctuation and line breaks: a shell separator class like ``[;|&`\n\r]`` is what gates a
/// command-injection rule, where its letters (`sh`, `id`) are in every other word. A class
/// with a space or tab in it (`\s`) gates nothing and stays out.
fn class_bytes(class: &Class, fold: bool) -> Option<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    let mut push = |lo: u32, hi: u32| -> Option<()> {
        if hi.saturating_sub(lo) > 64 {
            return None;
        }
        for c in lo..=hi {
            let b = u8::try_from(c).ok()?;
            let l = if fold { b.to_ascii_lowercase() } else { b };
            if !out.contains(&l) {
                out.push(l);
            }
            if out.len() > MAX_SEPARATOR_CLASS {
                return None;
            }
        }
        Some(())
    };
    let separator = |b: &u8| b.is_ascii_punctuation() || matches!(b, b'\n' | b'\r');
    match class {
        Class::Unicode(u) => {
            for r in u.ranges() {
                push(u32::from(r.start()), u32::from(r.end()))?;
            }
        }
        Class::Bytes(b) => {
            for r in b.ranges() {
                push(u32::from(r.start()), u32::from(r.end()))?;
            }
        }
    }
    (out.len() <= 4 || out.iter().all(separator)).then_some(out)
}

/// A set of literals one of which every match of `hir` contains.
fn required(hir: &Hir, fold: bool) -> Option<Set> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) | HirKind::Class(_) => {
            exact(hir, fold).filter(|s| s.iter().all(|l| !l.is_empty()))
        }
        HirKind::Literal(lit) => Some(vec![lit.0.to_vec()]),
        HirKind::Capture(cap) => required(&cap.sub, fold),
        HirKind::Repetition(rep) => {
            if rep.min == 0 {
                return None;
            }
            // `\.{2,}` requires `..`: the first `min` repeats of an exact piece, joined.
            if let Some(one) = exact(&rep.sub, fold).filter(|s| s.iter().all(|l| !l.is_empty())) {
                if rep.min > 1 && rep.min <= 4 {
                    let mut acc: Set = vec![Vec::new()];
                    for _ in 0..rep.min {
                        acc = match cross(&acc, &one) {
                            Some(a) => a,
                            None => return required(&rep.sub, fold),
                        };
                    }
                    return Some(acc);
                }
            }
            required(&rep.sub, fold)
        }
        HirKind::Alternation(subs) => {
            if let Some(e) = exact(hir, fold).filter(|s| s.iter().all(|l| !l.is_empty())) {
                return Some(e);
            }
            let mut acc: Set = Vec::new();
            for s in subs {
                acc.extend(required(s, fold)?);
            }
            let acc = dedupe(acc, fold);
            if acc.len() <= MAX_SET * 2 {
                return Some(acc);
            }
            // Too many: cut every literal to a shorter prefix (a prefix of a required literal
            // is required too) until the set is small enough: `java.lang`, `java.io`, … are
            // all `java.`.
            (2..MAX_LEN)
                .rev()
                .map(|len| {
                    dedupe(
                        acc.iter()
                            .map(|l| l.get(..len.min(l.len())).unwrap_or(l).to_vec())
                            .collect(),
                        fold,
                    )
                })
                .find(|set| set.len() <= MAX_SET * 2)
        }
        HirKind::Concat(subs) => {
            let mut best: Option<Set> = None;
            // Runs of exact children joined into longer literals.
            let mut run: Option<Set> = None;
            for s in subs {
                match exact(s, fold) {
                    Some(e) => {
                        run = match run {
                            Some(r) => match cross(&r, &e) {
                                Some(x) => Some(x),
                                None => {
                                    best = better(best, nonempty(r));
                                    Some(e)
                                }
                            },
                            None => Some(e),
                        };
                    }
                    None => {
                        if let Some(r) = run.take() {
                            best = better(best, nonempty(r));
                        }
                        best = better(best, required(s, fold));
                    }
                }
            }
            if let Some(r) = run {
                best = better(best, nonempty(r));
            }
            best
        }
    }
}

fn nonempty(set: Set) -> Option<Set> {
    if set.iter().all(|l| !l.is_empty()) {
        Some(set)
    } else {
        None
    }
}

/// The sets every one of `alts` requires (each alternative's own, compared as sets).
fn common_sets(alts: &[Hir], fold: bool) -> Vec<Set> {
    let mut each = alts.iter().map(|a| and_sets(a, fold));
    let Some(mut common) = each.next() else {
        return Vec::new();
    };
    for sets in each {
        common.retain(|c| sets.contains(c));
        if common.is_empty() {
            break;
        }
    }
    common
}

/// Whether `hir` matches some letter in both cases where a literal could be derived from it: a
/// class small enough to be part of a literal (see [`class_bytes`]) holds a letter in both
/// cases (`(?i:java)` is `[Jj][Aa][Vv][Aa]`). Such a regex is gated by lowercased literals
/// matched without case; any other keeps its literals' case (`PROPFIND`, `rO0AB`, `PK\x03\x04`),
/// and a part whose gates all do can use a case-sensitive SIMD searcher.
pub fn folds_case(hir: &Hir) -> bool {
    fn both_cases(ranges: impl Iterator<Item = (u32, u32)> + Clone) -> bool {
        let size: u32 = ranges
            .clone()
            .map(|(lo, hi)| hi.saturating_sub(lo) + 1)
            .sum();
        let has = |c: u8| {
            ranges
                .clone()
                .any(|(lo, hi)| (lo..=hi).contains(&u32::from(c)))
        };
        size <= 2 * MAX_SEPARATOR_CLASS as u32
            && (b'a'..=b'z').any(|c| has(c) && has(c.to_ascii_uppercase()))
    }
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) | HirKind::Literal(_) => false,
        HirKind::Class(Class::Unicode(u)) => both_cases(
            u.ranges()
                .iter()
                .map(|r| (u32::from(r.start()), u32::from(r.end()))),
        ),
        HirKind::Class(Class::Bytes(b)) => both_cases(
            b.ranges()
                .iter()
                .map(|r| (u32::from(r.start()), u32::from(r.end()))),
        ),
        HirKind::Capture(cap) => folds_case(&cap.sub),
        HirKind::Repetition(rep) => folds_case(&rep.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(folds_case),
    }
}

// === conjunctive gates ===

/// Most branches a gate may have (top-level alternatives of the regex).
const MAX_BRANCHES: usize = 24;
/// Most literal sets a branch may require together.
const MAX_SETS: usize = 4;

/// A disjunction of conjunctions of literal sets: the regex can only match a value in
/// which, for some branch, every set has one of its literals. Derived from the HIR, so
/// sound by construction; `None` when some branch requires no literal at all.
pub fn gate_dnf(hir: &Hir, fold: bool) -> Option<Vec<Vec<Set>>> {
    let mut branches = Vec::new();
    collect_branches(hir, &mut branches, fold)?;
    if branches.is_empty() || branches.len() > MAX_BRANCHES {
        return None;
    }
    Some(branches)
}

fn collect_branches(hir: &Hir, out: &mut Vec<Vec<Set>>, fold: bool) -> Option<()> {
    match hir.kind() {
        HirKind::Capture(cap) => collect_branches(&cap.sub, out, fold),
        HirKind::Alternation(subs) => {
            for s in subs {
                collect_branches(s, out, fold)?;
                if out.len() > MAX_BRANCHES {
                    return None;
                }
            }
            Some(())
        }
        _ => {
            let sets = and_sets(hir, fold);
            // A branch must be gated by something selective: a set of literals of two bytes
            // or more, or of punctuation (never a bare letter or digit).
            let usable = sets.iter().any(|set| {
                set.iter()
                    .all(|l| l.len() >= 2 || l.iter().all(|b| !b.is_ascii_alphanumeric()))
            });
            if !usable {
                return None;
            }
            out.push(sets);
            Some(())
        }
    }
}

/// The literal sets a (non-alternation) sub-pattern requires together: the best set of the
/// whole, plus the best set of each concatenated part.
fn and_sets(hir: &Hir, fold: bool) -> Vec<Set> {
    let mut sets: Vec<Set> = Vec::new();
    let push = |set: Set, sets: &mut Vec<Set>| {
        let set = dedupe(set, fold);
        // A one-byte letter or digit gates nothing: never a set.
        let weak = set
            .iter()
            .any(|l| l.len() < 2 && l.iter().any(u8::is_ascii_alphanumeric));
        if !set.is_empty() && !weak && set.len() <= MAX_SET * 2 && !sets.contains(&set) {
            sets.push(set);
        }
    };
    if let Some(best) = required(hir, fold) {
        push(best, &mut sets);
    }
    let mut stack = vec![hir];
    while let Some(h) = stack.pop() {
        match h.kind() {
            HirKind::Capture(cap) => stack.push(&cap.sub),
            HirKind::Repetition(rep) if rep.min > 0 => stack.push(&rep.sub),
            HirKind::Concat(subs) => {
                for s in subs {
                    match s.kind() {
                        HirKind::Concat(_) | HirKind::Capture(_) | HirKind::Repetition(_) => {
                            stack.push(s)
                        }
                        HirKind::Alternation(alts) => {
                            if let Some(set) = required(s, fold) {
                                push(set, &mut sets);
                            }
                            // And what every alternative requires (`a@b\ncc:… | bcc:…@…`
                            // both need an `@` and a `:`), beyond their union above.
                            for set in common_sets(alts, fold) {
                                push(set, &mut sets);
                            }
                        }
                        _ => {
                            if let Some(set) = required(s, fold) {
                                push(set, &mut sets);
                            }
                        }
                    }
                }
            }
            // What a required repetition repeats (`[\r\n]+`).
            HirKind::Literal(_) | HirKind::Class(_) | HirKind::Alternation(_) => {
                if let Some(set) = required(h, fold) {
                    push(set, &mut sets);
                }
            }
            _ => {}
        }
    }
    // Keep the most selective sets.
    sets.sort_by_key(|s| std::cmp::Reverse(score(s)));
    sets.truncate(MAX_SETS);
    sets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lits(re: &str) -> Option<Vec<String>> {
        let hir = regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(re)
            .unwrap();
        required_literals(&hir, 3, true).map(|s| {
            s.into_iter()
                .map(|l| String::from_utf8_lossy(&l).into_owned())
                .collect()
        })
    }

    /// Big sets take the automaton path of `dedupe`; it must keep exactly what comparing
    /// every pair keeps.
    #[test]
    fn dedupe_of_a_big_set_keeps_what_pairwise_keeps() {
        let mut set: Set = Vec::new();
        for i in 0..60u32 {
            let w = format!("w{}x{}", i % 7, i);
            set.push(w.clone().into_bytes());
            set.push(format!("pre{w}post").into_bytes());
            set.push(format!("{}{}", i % 5, i % 3).into_bytes());
        }
        set.push(b"W1X8".to_vec());
        let mut naive = set.clone();
        for l in &mut naive {
            l.make_ascii_lowercase();
        }
        naive.sort();
        naive.dedup();
        let snapshot = naive.clone();
        naive.retain(|l| {
            !snapshot
                .iter()
                .any(|s| s.len() < l.len() && l.windows(s.len()).any(|w| w == s.as_slice()))
        });
        assert!(set.len() > 32);
        assert_eq!(dedupe(set, true), naive);
        // (The `pre…post` forms hold their `w…x…` word, which is in the set.)
        assert!(naive.iter().all(|l| !l.starts_with(b"pre")));
    }

    #[test]
    fn extracts_from_concatenations() {
        let l = lits(r"(?i)\bunion\b\s+select").unwrap();
        assert!(l == ["union"] || l == ["select"], "{l:?}");
        assert_eq!(lits(r"(?i)<script[^>]*>").unwrap(), ["<script"]);
    }

    #[test]
    fn alternations_need_every_branch() {
        let l = lits(r"(?i)(?:onerror|onload)\s*=").unwrap();
        assert_eq!(l, ["onerror", "onload"]);
        assert_eq!(lits(r"(?i)(?:onerror|x)\s*="), None);
    }

    #[test]
    fn optional_parts_are_not_required() {
        assert_eq!(lits(r"(?:abc)?def").unwrap(), ["def"]);
        assert_eq!(lits(r"a*b?"), None);
    }

    /// A case-sensitive regex keeps its literals' case; one that folds case itself is
    /// gated by lowercased literals.
    #[test]
    fn literals_keep_the_case_of_a_case_sensitive_regex() {
        let parse = |re: &str| {
            regex_syntax::ParserBuilder::new()
                .unicode(false)
                .utf8(false)
                .build()
                .parse(re)
                .unwrap()
        };
        let cased = |re: &str| {
            let hir = parse(re);
            assert!(!folds_case(&hir), "{re}");
            required_literals(&hir, 3, false).map(|s| {
                s.into_iter()
                    .map(|l| String::from_utf8_lossy(&l).into_owned())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            cased("^(?:PROPFIND|MKCOL)$").unwrap(),
            ["MKCOL", "PROPFIND"]
        );
        assert_eq!(cased(r"rO0AB[Q-Za-f]").unwrap(), ["rO0AB"]);
        assert_eq!(
            cased(r"[Kaq6]ztAA").unwrap(),
            ["6ztAA", "KztAA", "aztAA", "qztAA"]
        );
        assert_eq!(cased(r"PK\x03\x04").unwrap(), ["PK\u{3}\u{4}"]);
        for re in [r"(?i:java)\.lang", r"[jJ]ndi", r"(?i)x-forwarded"] {
            assert!(folds_case(&parse(re)), "{re}");
        }
        assert!(
            !folds_case(&parse(r"\w+[A-Z]")),
            "a wide class is no literal"
        );
    }

    #[test]
    fn case_folded_classes_count_as_exact() {
        assert_eq!(lits(r"[jJ][nN][dD][iI]:").unwrap(), ["jndi:"]);
        assert_eq!(lits(r"\$\{jndi").unwrap(), ["${jndi"]);
    }

    fn dnf(re: &str) -> Option<Vec<Vec<Vec<String>>>> {
        let hir = regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(re)
            .unwrap();
        gate_dnf(&hir, true).map(|b| {
            b.into_iter()
                .map(|sets| {
                    sets.into_iter()
                        .map(|set| {
                            set.into_iter()
                                .map(|l| String::from_utf8_lossy(&l).into_owned())
                                .collect()
                        })
                        .collect()
                })
                .collect()
        })
    }

    #[test]
    fn conjunctions_and_branches() {
        // A function name AND an opening parenthesis.
        let g = dnf(r"(?i)(?:sleep|benchmark)\s*\(").unwrap();
        assert_eq!(g.len(), 1);
        assert!(
            g[0].contains(&vec!["benchmark".to_string(), "sleep".to_string()]),
            "{g:?}"
        );
        assert!(g[0].contains(&vec!["(".to_string()]), "{g:?}");
        // Event handler: `on` AND `=`.
        let g = dnf(r"(?i)[\s/]on[a-z]{3,40}\s*=").unwrap();
        assert!(g[0].contains(&vec!["=".to_string()]), "{g:?}");
        // Top-level alternatives are separate branches.
        let g = dnf(r"(?i)union\s+select|sleep\s*\(\d").unwrap();
        assert_eq!(g.len(), 2, "{g:?}");
        // A branch with nothing selective makes the rule ungated.
        assert!(dnf(r"(?i)union\s+select|[a-z]+\d").is_none());
    }

    #[test]
    fn sets_every_alternative_requires_are_kept() {
        // The parser factors `^\s*` out of `^\s*a… | ^\s*b…`, leaving one branch around an
        // alternation; what both alternatives need (`@`, `:`, a line break) still gates it,
        // beside the union of their words.
        let g = dnf(r"(?i)^\s*(?:\w+@\w+[\r\n]+(?:cc|to)\s*:|\w+[\r\n]+bcc\s*:\s*\w+@)").unwrap();
        assert_eq!(g.len(), 1, "{g:?}");
        for set in [vec!["@"], vec![":"], vec!["\n", "\r"]] {
            let set: Vec<String> = set.into_iter().map(String::from).collect();
            assert!(g[0].contains(&set), "{set:?} in {g:?}");
        }
        // A required repetition's class (`[\r\n]+`) is a set of its own.
        let g = dnf(r"(?i)cc[\r\n]+x").unwrap();
        assert!(
            g[0].contains(&vec!["\n".to_string(), "\r".to_string()]),
            "{g:?}"
        );
        // Nothing the alternatives do not all need: `(` is only the first one's.
        let g = dnf(r"(?i)^\s*(?:sleep\s*\(|wait\s+for)").unwrap();
        assert!(!g[0].contains(&vec!["(".to_string()]), "{g:?}");
    }

    #[test]
    fn separator_classes_gate_but_whitespace_does_not() {
        // A shell separator class of six bytes is a set: the binary names after it (`sh`,
        // `id`) are in every other word and gate nothing.
        let g = dnf(r"(?i)[;|&`\n\r]\s*(?:id|sh|cat)\s").unwrap();
        let seps: Vec<String> = ["\n", "\r", "&", ";", "`", "|"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(g[0].contains(&seps), "{g:?}");
        // `\s` (space and tab among its bytes) is never a set, nor a large class of letters.
        assert_eq!(dnf(r"\s"), None);
        assert_eq!(dnf(r"[a-f]"), None);
    }

    #[test]
    fn repeats_and_long_alternations_keep_a_literal() {
        // The first two repeats of `\.` are required, not just one dot.
        let g = dnf(r"[^\w.]\.{2,}[/\\]").unwrap();
        assert!(g[0].contains(&vec!["..".to_string()]), "{g:?}");
        // 150 qualified names: too many to keep whole, each cut to a prefix that still
        // tells them apart from prose (`java.`, `javax`), never to a bare dot.
        let names: Vec<String> = (0..150)
            .map(|i| format!("{}\\.c{i}x", ["java", "javax", "sun"][i % 3]))
            .collect();
        let g = dnf(&format!(r"\b(?:{})\(", names.join("|"))).unwrap();
        let names_set = g[0]
            .iter()
            .find(|set| set.iter().any(|l| l.starts_with("sun.c")))
            .unwrap_or_else(|| panic!("{g:?}"));
        assert!(
            names_set.len() <= 128 && names_set.iter().all(|x| x.len() >= 4),
            "{names_set:?}"
        );
    }

    #[test]
    fn short_literals_are_rejected() {
        assert_eq!(lits(r"a.b"), None);
        assert_eq!(lits(r"\w+@\w+"), None);
    }
}
