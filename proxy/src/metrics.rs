//! Counters and the inspection-time histogram, rendered in the Prometheus text format on the
//! admin listener's `/metrics`.
//!
//! Everything on the request path is a relaxed atomic add; only rule matches (rare, and
//! labelled by rule id) take a short lock.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;
use std::time::Duration;

/// What happened to a request, for `palisade_requests_total{action}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Inspected and forwarded (score under the threshold).
    Passed,
    /// Answered 403 (block mode).
    Blocked,
    /// Forwarded, with an alert (detect mode).
    Detected,
    /// Refused by a protocol limit or framing check (4xx), never forwarded.
    Rejected,
    /// Forwarded without inspection (mode `off`).
    Uninspected,
}

impl Outcome {
    const ALL: [Outcome; 5] = [
        Outcome::Passed,
        Outcome::Blocked,
        Outcome::Detected,
        Outcome::Rejected,
        Outcome::Uninspected,
    ];

    /// The label value.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Blocked => "blocked",
            Outcome::Detected => "detected",
            Outcome::Rejected => "rejected",
            Outcome::Uninspected => "off",
        }
    }
}

/// Why a request was refused before inspection or forwarding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rejection {
    /// Request target longer than `limits.max_uri_bytes` (414).
    UriTooLong,
    /// More header fields than `limits.max_header_count` (431).
    TooManyHeaders,
    /// Header bytes beyond `limits.max_header_bytes` (431).
    HeadersTooLarge,
    /// More arguments than `limits.max_args` (400).
    TooManyArgs,
    /// Content-Length with Transfer-Encoding, repeated or malformed Content-Length, or a
    /// Transfer-Encoding other than a single `chunked` (400).
    AmbiguousFraming,
    /// A body that does not parse as its framing says (bad chunk size, short body) (400).
    BadBody,
    /// A body over `body.inspect_limit` with `over_limit: reject` (413).
    BodyTooLarge,
    /// The body did not arrive within `timeouts.body_ms` (408).
    BodyTimeout,
    /// `Host`, the request target or a forwarded-host header names a host not in the
    /// route's `hosts` (421).
    UnknownHost,
}

impl Rejection {
    /// Every reason.
    pub const ALL: [Rejection; 9] = [
        Rejection::UriTooLong,
        Rejection::TooManyHeaders,
        Rejection::HeadersTooLarge,
        Rejection::TooManyArgs,
        Rejection::AmbiguousFraming,
        Rejection::BadBody,
        Rejection::BodyTooLarge,
        Rejection::BodyTimeout,
        Rejection::UnknownHost,
    ];

    /// The label value and the alert `reason`.
    pub fn as_str(self) -> &'static str {
        match self {
            Rejection::UriTooLong => "uri-too-long",
            Rejection::TooManyHeaders => "too-many-headers",
            Rejection::HeadersTooLarge => "headers-too-large",
            Rejection::TooManyArgs => "too-many-args",
            Rejection::AmbiguousFraming => "ambiguous-framing",
            Rejection::BadBody => "bad-body",
            Rejection::BodyTooLarge => "body-too-large",
            Rejection::BodyTimeout => "body-timeout",
            Rejection::UnknownHost => "unknown-host",
        }
    }

    /// The status code answered.
    pub fn status(self) -> u16 {
        match self {
            Rejection::UriTooLong => 414,
            Rejection::TooManyHeaders | Rejection::HeadersTooLarge => 431,
            Rejection::TooManyArgs | Rejection::AmbiguousFraming | Rejection::BadBody => 400,
            Rejection::BodyTooLarge => 413,
            Rejection::BodyTimeout => 408,
            Rejection::UnknownHost => 421,
        }
    }
}

/// The rule id alerts and metrics give the host allow-list.
pub const HOST_ALLOWLIST: &str = "host-allowlist";

/// Upper bounds (seconds) of the inspection-time histogram buckets.
const BUCKETS: [f64; 14] = [
    0.000_01, 0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025,
    0.05, 0.1, 0.25,
];

/// A fixed-bucket histogram of durations.
#[derive(Debug, Default)]
struct Histogram {
    buckets: [AtomicU64; BUCKETS.len()],
    count: AtomicU64,
    sum_nanos: AtomicU64,
}

impl Histogram {
    fn observe(&self, d: Duration) {
        let secs = d.as_secs_f64();
        if let Some(i) = BUCKETS.iter().position(|&b| secs <= b) {
            if let Some(b) = self.buckets.get(i) {
                b.fetch_add(1, Relaxed);
            }
        }
        self.count.fetch_add(1, Relaxed);
        let nanos = u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        self.sum_nanos.fetch_add(nanos, Relaxed);
    }

    fn render(&self, out: &mut String, name: &str) {
        let mut cumulative = 0u64;
        for (b, c) in BUCKETS.iter().zip(&self.buckets) {
            cumulative += c.load(Relaxed);
            let _ = writeln!(out, "{name}_bucket{{le=\"{b}\"}} {cumulative}");
        }
        let count = self.count.load(Relaxed);
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {count}");
        let sum = self.sum_nanos.load(Relaxed) as f64 / 1e9;
        let _ = writeln!(out, "{name}_sum {sum}");
        let _ = writeln!(out, "{name}_count {count}");
    }
}

/// Every metric the proxy exports.
#[derive(Debug, Default)]
pub struct Metrics {
    requests: [AtomicU64; 5],
    rejections: [AtomicU64; 9],
    rule_matches: Mutex<BTreeMap<(String, &'static str), u64>>,
    inspection: Histogram,
    body_bytes_inspected: AtomicU64,
    values_judged: AtomicU64,
    values_remembered: AtomicU64,
    body_partial: AtomicU64,
    body_forwarded_large: AtomicU64,
    upstream_errors: AtomicU64,
    upgrades_refused: AtomicU64,
    reloads_ok: AtomicU64,
    reloads_failed: AtomicU64,
    last_reload_millis: AtomicU64,
    ruleset: Mutex<(String, usize)>,
    alerts_written: AtomicU64,
    alerts_dropped: AtomicU64,
    alerts_posted: AtomicU64,
    alerts_post_failures: AtomicU64,
    in_flight: AtomicI64,
}

impl Metrics {
    /// Counts a finished request.
    pub fn request(&self, o: Outcome) {
        if let Some(c) = Outcome::ALL
            .iter()
            .position(|x| *x == o)
            .and_then(|i| self.requests.get(i))
        {
            c.fetch_add(1, Relaxed);
        }
    }

    /// The count of requests with an outcome (tests, readiness).
    pub fn requests(&self, o: Outcome) -> u64 {
        Outcome::ALL
            .iter()
            .position(|x| *x == o)
            .and_then(|i| self.requests.get(i))
            .map_or(0, |c| c.load(Relaxed))
    }

    /// Counts a protocol rejection.
    pub fn rejection(&self, r: Rejection) {
        if let Some(c) = Rejection::ALL
            .iter()
            .position(|x| *x == r)
            .and_then(|i| self.rejections.get(i))
        {
            c.fetch_add(1, Relaxed);
        }
    }

    /// Counts the matches of one verdict.
    pub fn matches(&self, matches: &[rulesets::Match]) {
        if matches.is_empty() {
            return;
        }
        if let Ok(mut m) = self.rule_matches.lock() {
            for x in matches {
                *m.entry((x.rule.id.clone(), x.rule.category.as_str()))
                    .or_insert(0) += 1;
            }
        }
    }

    /// Counts a host the route's `hosts` does not allow, with the rule matches (as
    /// `host-allowlist`, category `protocol`), in block and detect mode alike.
    pub fn host_mismatch(&self) {
        if let Ok(mut m) = self.rule_matches.lock() {
            *m.entry((HOST_ALLOWLIST.to_string(), "protocol"))
                .or_insert(0) += 1;
        }
    }

    /// Records the time one request's evaluation took, and its values judged and remembered.
    pub fn inspection(&self, d: Duration, v: &rulesets::Verdict) {
        self.inspection.observe(d);
        self.values_judged.fetch_add(u64::from(v.judged), Relaxed);
        self.values_remembered
            .fetch_add(u64::from(v.remembered), Relaxed);
    }

    /// Adds inspected body bytes.
    pub fn body_inspected(&self, bytes: usize) {
        self.body_bytes_inspected.fetch_add(bytes as u64, Relaxed);
    }

    /// Counts a body over the limit that was inspected in part and forwarded whole.
    pub fn body_partial(&self) {
        self.body_partial.fetch_add(1, Relaxed);
    }

    /// Counts a body forwarded through the large-body path (over the replay buffer).
    pub fn body_forwarded_large(&self) {
        self.body_forwarded_large.fetch_add(1, Relaxed);
    }

    /// Counts a request whose `Upgrade` to a protocol not allowed was removed.
    pub fn upgrade_refused(&self) {
        self.upgrades_refused.fetch_add(1, Relaxed);
    }

    /// Counts a failed exchange with the upstream.
    pub fn upstream_error(&self) {
        self.upstream_errors.fetch_add(1, Relaxed);
    }

    /// Records a reload attempt.
    pub fn reload(&self, ok: bool, now_millis: u64) {
        if ok {
            self.reloads_ok.fetch_add(1, Relaxed);
        } else {
            self.reloads_failed.fetch_add(1, Relaxed);
        }
        self.last_reload_millis.store(now_millis, Relaxed);
    }

    /// Reload counts (ok, failed).
    pub fn reloads(&self) -> (u64, u64) {
        (
            self.reloads_ok.load(Relaxed),
            self.reloads_failed.load(Relaxed),
        )
    }

    /// Sets the ruleset in force.
    pub fn ruleset(&self, version: &str, rules: usize) {
        if let Ok(mut r) = self.ruleset.lock() {
            *r = (version.to_string(), rules);
        }
    }

    /// Counts alerts written and dropped.
    pub fn alerts(&self, written: u64, dropped: u64) {
        self.alerts_written.fetch_add(written, Relaxed);
        self.alerts_dropped.fetch_add(dropped, Relaxed);
    }

    /// Counts alerts posted to the console and failed POST attempts.
    pub fn alerts_posted(&self, posted: u64, failures: u64) {
        self.alerts_posted.fetch_add(posted, Relaxed);
        self.alerts_post_failures.fetch_add(failures, Relaxed);
    }

    /// Requests being handled now.
    pub fn in_flight(&self) -> i64 {
        self.in_flight.load(Relaxed)
    }

    pub(crate) fn in_flight_add(&self, d: i64) {
        self.in_flight.fetch_add(d, Relaxed);
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(4096);
        let family = |name: &str, kind: &str, help: &str, out: &mut String| {
            let _ = writeln!(out, "# HELP {name} {help}");
            let _ = writeln!(out, "# TYPE {name} {kind}");
        };
        family(
            "palisade_requests_total",
            "counter",
            "Requests handled, by what happened to them.",
            &mut out,
        );
        for (o, c) in Outcome::ALL.iter().zip(&self.requests) {
            let _ = writeln!(
                out,
                "palisade_requests_total{{action=\"{}\"}} {}",
                o.as_str(),
                c.load(Relaxed)
            );
        }
        family(
            "palisade_protocol_rejections_total",
            "counter",
            "Requests refused by a protocol limit or framing check, by reason.",
            &mut out,
        );
        for (r, c) in Rejection::ALL.iter().zip(&self.rejections) {
            let _ = writeln!(
                out,
                "palisade_protocol_rejections_total{{reason=\"{}\"}} {}",
                r.as_str(),
                c.load(Relaxed)
            );
        }
        family(
            "palisade_rule_matches_total",
            "counter",
            "Rule matches, by rule and category (whatever the final action).",
            &mut out,
        );
        if let Ok(m) = self.rule_matches.lock() {
            for ((rule, cat), n) in m.iter() {
                let _ = writeln!(
                    out,
                    "palisade_rule_matches_total{{rule=\"{}\",category=\"{cat}\"}} {n}",
                    escape_label(rule)
                );
            }
        }
        family(
            "palisade_inspection_seconds",
            "histogram",
            "Time spent evaluating rules on one request (head and body).",
            &mut out,
        );
        self.inspection
            .render(&mut out, "palisade_inspection_seconds");
        let counters: [(&str, &str, &AtomicU64); 9] = [
            (
                "palisade_body_bytes_inspected_total",
                "Request body bytes inspected.",
                &self.body_bytes_inspected,
            ),
            (
                "palisade_body_partial_total",
                "Bodies over the inspection limit inspected in part and forwarded whole.",
                &self.body_partial,
            ),
            (
                "palisade_body_large_forwarded_total",
                "Inspected bodies over the 64 KiB replay buffer, forwarded through a subrequest.",
                &self.body_forwarded_large,
            ),
            (
                "palisade_upgrades_refused_total",
                "Requests whose Upgrade to a protocol not in forward.upgrades (h2c, ...) was removed before forwarding.",
                &self.upgrades_refused,
            ),
            (
                "palisade_upstream_errors_total",
                "Requests that failed talking to the upstream.",
                &self.upstream_errors,
            ),
            (
                "palisade_alerts_written_total",
                "Alert lines written.",
                &self.alerts_written,
            ),
            (
                "palisade_alerts_dropped_total",
                "Alerts dropped: a queue was full, or the output or the console failed.",
                &self.alerts_dropped,
            ),
            (
                "palisade_alerts_posted_total",
                "Alerts posted to the console (alerts.url).",
                &self.alerts_posted,
            ),
            (
                "palisade_alerts_post_failures_total",
                "Failed POST attempts to the console (each retry counts).",
                &self.alerts_post_failures,
            ),
        ];
        for (name, help, c) in counters {
            family(name, "counter", help, &mut out);
            let _ = writeln!(out, "{name} {}", c.load(Relaxed));
        }
        family(
            "palisade_rules_reloads_total",
            "counter",
            "Rule reload attempts, by result.",
            &mut out,
        );
        family(
            "palisade_values_total",
            "counter",
            "Request values (arguments, headers, cookies, body values ...) judged by the rules, or passed because the same value (or the JSON object or array holding it) matched nothing before.",
            &mut out,
        );
        let _ = writeln!(
            out,
            "palisade_values_total{{result=\"judged\"}} {}",
            self.values_judged.load(Relaxed)
        );
        let _ = writeln!(
            out,
            "palisade_values_total{{result=\"remembered\"}} {}",
            self.values_remembered.load(Relaxed)
        );
        let (ok, failed) = self.reloads();
        let _ = writeln!(out, "palisade_rules_reloads_total{{result=\"ok\"}} {ok}");
        let _ = writeln!(
            out,
            "palisade_rules_reloads_total{{result=\"failed\"}} {failed}"
        );
        family(
            "palisade_rules_last_reload_timestamp_seconds",
            "gauge",
            "Unix time of the last reload attempt (0: none yet).",
            &mut out,
        );
        let _ = writeln!(
            out,
            "palisade_rules_last_reload_timestamp_seconds {}",
            self.last_reload_millis.load(Relaxed) as f64 / 1000.0
        );
        family(
            "palisade_ruleset_info",
            "gauge",
            "The ruleset in force (version label) and its rule count (value).",
            &mut out,
        );
        if let Ok(r) = self.ruleset.lock() {
            let _ = writeln!(
                out,
                "palisade_ruleset_info{{version=\"{}\"}} {}",
                escape_label(&r.0),
                r.1
            );
        }
        family(
            "palisade_in_flight_requests",
            "gauge",
            "Requests being handled.",
            &mut out,
        );
        let _ = writeln!(out, "palisade_in_flight_requests {}", self.in_flight());
        out
    }
}

fn escape_label(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_prometheus_text() {
        let m = Metrics::default();
        m.request(Outcome::Blocked);
        m.request(Outcome::Blocked);
        m.rejection(Rejection::AmbiguousFraming);
        let mut v = rulesets::Verdict::new(5);
        (v.judged, v.remembered) = (3, 20);
        m.inspection(Duration::from_micros(30), &v);
        m.inspection(Duration::from_millis(2), &v);
        m.reload(false, 1_700_000_000_000);
        m.ruleset("dir-\"x", 3);
        let t = m.render();
        assert!(t.contains("palisade_requests_total{action=\"blocked\"} 2"));
        assert!(t.contains("palisade_protocol_rejections_total{reason=\"ambiguous-framing\"} 1"));
        assert!(t.contains("palisade_inspection_seconds_bucket{le=\"0.00005\"} 1"));
        assert!(t.contains("palisade_inspection_seconds_bucket{le=\"+Inf\"} 2"));
        assert!(t.contains("palisade_inspection_seconds_count 2"));
        assert!(t.contains("palisade_values_total{result=\"judged\"} 6"));
        assert!(t.contains("palisade_values_total{result=\"remembered\"} 40"));
        assert!(t.contains("palisade_rules_reloads_total{result=\"failed\"} 1"));
        assert!(t.contains("palisade_rules_last_reload_timestamp_seconds 1700000000"));
        assert!(t.contains("palisade_ruleset_info{version=\"dir-\\\"x\"} 3"));
    }
}
