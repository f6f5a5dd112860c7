//! Helpers shared by the crate's unit tests.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

/// A deterministic xorshift64 generator (the same sequence on every run).
pub(crate) struct XorShift(pub(crate) u64);

impl XorShift {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Every line, with its 1-based number, of the shared corpora (`../shared/corpora`, or
/// `PALISADE_CORPORA`); a file that is not there is skipped with a message.
pub(crate) fn for_each_corpus_line(mut f: impl FnMut(usize, &str)) {
    let dir = std::env::var_os("PALISADE_CORPORA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpora")
        });
    for file in ["owasp-crs-regression.jsonl", "csic2010-normal-train.jsonl"] {
        let Ok(text) = std::fs::read_to_string(dir.join(file)) else {
            eprintln!("SKIP: corpus {file} not found in {}", dir.display());
            continue;
        };
        for (n, line) in text.lines().enumerate() {
            f(n + 1, line);
        }
    }
}
