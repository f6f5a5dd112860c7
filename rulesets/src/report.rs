//! Detection and false-positive rates over a labelled corpus, per category and paranoia
//! level: what `palisade-rules eval` prints, and what the corpus tests assert on.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Counts of (flagged, total).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub flagged: usize,
    pub total: usize,
}

impl Tally {
    /// Adds one request.
    pub fn add(&mut self, flagged: bool) {
        self.total += 1;
        if flagged {
            self.flagged += 1;
        }
    }

    /// flagged / total, in percent (0 when empty).
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            100.0 * self.flagged as f64 / self.total as f64
        }
    }

    fn cell(&self) -> String {
        if self.total == 0 {
            "-".to_string()
        } else {
            format!("{:.1}% ({}/{})", self.percent(), self.flagged, self.total)
        }
    }

    fn merge(&mut self, o: &Tally) {
        self.flagged += o.flagged;
        self.total += o.total;
    }
}

/// Rates accumulated over a corpus.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// (category, paranoia) → tally, for `expect: detect`. Paranoia 0 when the record has none.
    pub detect: BTreeMap<(String, u8), Tally>,
    /// category → tally, for `expect: pass`.
    pub pass: BTreeMap<String, Tally>,
    /// category → tally, for `expect: no_detect`.
    pub no_detect: BTreeMap<String, Tally>,
}

impl Summary {
    /// Adds one judged record.
    pub fn add(&mut self, expect: &str, category: &str, paranoia: Option<u8>, flagged: bool) {
        let cat = category.to_string();
        match expect {
            "detect" => self
                .detect
                .entry((cat, paranoia.unwrap_or(0)))
                .or_default()
                .add(flagged),
            "pass" => self.pass.entry(cat).or_default().add(flagged),
            _ => self.no_detect.entry(cat).or_default().add(flagged),
        }
    }

    /// Detection over the `detect` records of `categories` (all when empty) whose paranoia
    /// level is at most `max_paranoia`.
    pub fn detection(&self, categories: &[&str], max_paranoia: u8) -> Tally {
        let mut t = Tally::default();
        for ((c, p), tally) in &self.detect {
            if *p <= max_paranoia && (categories.is_empty() || categories.contains(&c.as_str())) {
                t.merge(tally);
            }
        }
        t
    }

    /// Flag rate over the `pass` records.
    pub fn false_positives(&self) -> Tally {
        let mut t = Tally::default();
        for tally in self.pass.values() {
            t.merge(tally);
        }
        t
    }

    /// The table printed by `palisade-rules eval`.
    pub fn table(&self, paranoia: u8) -> String {
        let mut out = String::new();
        let mut cats: Vec<&String> = self.detect.keys().map(|(c, _)| c).collect();
        cats.dedup();
        if !cats.is_empty() {
            let _ = writeln!(
                out,
                "detection on `detect` (flagged = blocked at paranoia {paranoia}):"
            );
            let _ = writeln!(
                out,
                "{:<18} {:>22} {:>22} {:>22} {:>22} {:>22}",
                "category",
                "PL1",
                "PL2",
                "PL3",
                "PL4",
                format!("PL<={paranoia}")
            );
            let mut total = [Tally::default(); 5];
            for c in cats {
                let mut row = format!("{c:<18}");
                for p in 1..=4u8 {
                    let t = self
                        .detect
                        .get(&(c.clone(), p))
                        .copied()
                        .unwrap_or_default();
                    if let Some(x) = total.get_mut(usize::from(p - 1)) {
                        x.merge(&t);
                    }
                    let _ = write!(row, " {:>22}", t.cell());
                }
                let upto = self.detection(&[c.as_str()], paranoia);
                if let Some(x) = total.get_mut(4) {
                    x.merge(&upto);
                }
                let _ = writeln!(out, "{row} {:>22}", upto.cell());
            }
            let mut row = format!("{:<18}", "all");
            for t in &total {
                let _ = write!(row, " {:>22}", t.cell());
            }
            let _ = writeln!(out, "{row}");
        }
        for (title, map) in [
            ("flag rate on `pass` (false positives):", &self.pass),
            ("flag rate on `no_detect`:", &self.no_detect),
        ] {
            if map.is_empty() {
                continue;
            }
            let _ = writeln!(out, "{title}");
            let mut all = Tally::default();
            for (c, t) in map {
                all.merge(t);
                let _ = writeln!(out, "{c:<24} {:>22}", t.cell());
            }
            let _ = writeln!(out, "{:<24} {:>22}", "all", all.cell());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_by_category_and_level() {
        let mut s = Summary::default();
        s.add("detect", "sqli", Some(1), true);
        s.add("detect", "sqli", Some(1), false);
        s.add("detect", "sqli", Some(2), true);
        s.add("detect", "xss", Some(3), true);
        s.add("pass", "shop", None, false);
        s.add("pass", "shop", None, true);
        s.add("no_detect", "sqli", Some(1), true);
        assert_eq!(
            s.detection(&["sqli"], 1),
            Tally {
                flagged: 1,
                total: 2
            }
        );
        assert_eq!(
            s.detection(&["sqli"], 2),
            Tally {
                flagged: 2,
                total: 3
            }
        );
        assert_eq!(
            s.detection(&[], 4),
            Tally {
                flagged: 3,
                total: 4
            }
        );
        assert_eq!(s.false_positives().percent(), 50.0);
        let t = s.table(1);
        assert!(t.contains("50.0% (1/2)"), "{t}");
        assert!(t.contains("flag rate on `no_detect`"), "{t}");
    }
}
