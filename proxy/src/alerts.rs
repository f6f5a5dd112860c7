//! Alerts: one JSON line per flagged request, written off the request path.
//!
//! The request path builds an [`Alert`] and hands it to [`AlertSink::emit`], a non-blocking
//! `try_send` into a bounded queue; when the queue is full the alert is dropped and counted
//! (`palisade_alerts_dropped_total`), so a slow disk or a stalled stdout reader never slows
//! traffic. A writer thread drains the queue in batches into an [`AlertOutput`] (stdout or a
//! file today; an HTTP batch sender to a console is one more implementation of the trait).
//!
//! The field names below are stable and documented in `proxy/README.md`.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::metrics::Metrics;

/// One flagged request.
#[derive(Debug, Clone, Serialize)]
pub struct Alert {
    /// RFC 3339 UTC time with milliseconds, e.g. `2026-05-01T12:00:00.123Z`.
    pub timestamp: String,
    /// The request id (the one forwarded in `X-Request-Id` and returned in a 403 body).
    pub request_id: String,
    /// Client `ip:port` as seen by the proxy.
    pub client: String,
    pub method: String,
    /// `Host` header or HTTP/2 `:authority`.
    pub host: String,
    /// The request target as received, cut at `alerts.uri_max` bytes and made printable.
    pub uri: String,
    /// `blocked` (not forwarded) or `detected` (forwarded, detect mode).
    pub action: &'static str,
    /// For protocol rejections (no rule involved): the reason, e.g. `ambiguous-framing`;
    /// `null` for rule verdicts.
    pub reason: Option<&'static str>,
    /// The mode of the route that judged the request.
    pub mode: &'static str,
    /// Anomaly score, and the threshold and paranoia it was judged with.
    pub score: u32,
    pub threshold: u32,
    pub paranoia: u8,
    /// The rules that matched, in evaluation order (at most `alerts.max_matches`).
    pub matches: Vec<AlertMatch>,
    /// What was seen of the body.
    pub body: BodyInfo,
    /// Version (content hash) of the ruleset that judged the request.
    pub ruleset_version: String,
    /// Which workload this sidecar protects.
    pub workload: Arc<Workload>,
}

/// One rule that matched.
#[derive(Debug, Clone, Serialize)]
pub struct AlertMatch {
    pub rule: String,
    pub category: &'static str,
    pub severity: &'static str,
    pub paranoia: u8,
    /// Where it matched: `ARGS:q`, `HEADERS:User-Agent`, `BODY:json.user.name`, `REQUEST`.
    pub target: String,
    /// The matched text, normalised, truncated and made printable by the engine.
    pub fragment: String,
}

impl AlertMatch {
    /// From an engine match.
    pub fn from_match(m: &rulesets::Match) -> Self {
        AlertMatch {
            rule: m.rule.id.clone(),
            category: m.rule.category.as_str(),
            severity: m.rule.severity.as_str(),
            paranoia: m.rule.paranoia,
            target: m.target.clone(),
            fragment: m.fragment.clone(),
        }
    }
}

/// What was seen of the body.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct BodyInfo {
    /// Bytes inspected.
    pub inspected: u64,
    /// Announced or received length, when known.
    pub length: Option<u64>,
    /// The body was longer than the inspection limit: only its start was inspected
    /// (`over_limit: partial`).
    pub partial: bool,
}

/// The workload identity, from the pod environment (downward API).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Workload {
    /// `POD_NAME`
    pub pod: Option<String>,
    /// `POD_NAMESPACE`
    pub namespace: Option<String>,
    /// `POD_IP`
    pub pod_ip: Option<String>,
    /// `NODE_NAME`
    pub node: Option<String>,
    /// `SERVICE_ACCOUNT`
    pub service_account: Option<String>,
    /// `PALISADE_WORKLOAD` (e.g. the Deployment name)
    pub workload: Option<String>,
}

impl Workload {
    /// Reads the identity from the environment.
    pub fn from_env() -> Self {
        let get = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        Workload {
            pod: get("POD_NAME"),
            namespace: get("POD_NAMESPACE"),
            pod_ip: get("POD_IP"),
            node: get("NODE_NAME"),
            service_account: get("SERVICE_ACCOUNT"),
            workload: get("PALISADE_WORKLOAD"),
        }
    }
}

/// Where alert batches go.
pub trait AlertOutput: Send {
    /// Writes a batch (in order). An error is logged; the batch is lost.
    fn write_batch(&mut self, batch: &[Alert]) -> io::Result<()>;
}

/// JSON lines into any writer (stdout, a file).
pub struct JsonLines<W: Write + Send> {
    out: BufWriter<W>,
}

impl<W: Write + Send> JsonLines<W> {
    /// Wraps a writer.
    pub fn new(w: W) -> Self {
        JsonLines {
            out: BufWriter::with_capacity(64 * 1024, w),
        }
    }
}

impl<W: Write + Send> AlertOutput for JsonLines<W> {
    fn write_batch(&mut self, batch: &[Alert]) -> io::Result<()> {
        for a in batch {
            serde_json::to_writer(&mut self.out, a)?;
            self.out.write_all(b"\n")?;
        }
        self.out.flush()
    }
}

/// Where the alerts are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Stdout,
    File(PathBuf),
}

impl Destination {
    /// `stdout` or `-`: standard output; anything else: a file path.
    pub fn parse(s: &str) -> Self {
        match s.trim() {
            "" | "-" | "stdout" => Destination::Stdout,
            p => Destination::File(PathBuf::from(p)),
        }
    }

    /// Opens the output.
    pub fn open(&self) -> io::Result<Box<dyn AlertOutput>> {
        Ok(match self {
            Destination::Stdout => Box::new(JsonLines::new(io::stdout())),
            Destination::File(p) => Box::new(JsonLines::new(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)?,
            )),
        })
    }
}

/// Most alerts written in one batch.
const BATCH: usize = 256;

/// The request path's handle on the alert queue. Cheap to clone.
#[derive(Clone)]
pub struct AlertSink {
    tx: SyncSender<Alert>,
    pending: Arc<AtomicU64>,
    metrics: Arc<Metrics>,
}

impl AlertSink {
    /// Starts the writer thread over `output` with a queue of `capacity` alerts.
    pub fn start(
        output: Box<dyn AlertOutput>,
        capacity: usize,
        metrics: Arc<Metrics>,
    ) -> io::Result<AlertSink> {
        let (tx, rx) = mpsc::sync_channel(capacity);
        let pending = Arc::new(AtomicU64::new(0));
        let (p, m) = (pending.clone(), metrics.clone());
        std::thread::Builder::new()
            .name("palisade-alerts".into())
            .spawn(move || writer(rx, output, &p, &m))?;
        Ok(AlertSink {
            tx,
            pending,
            metrics,
        })
    }

    /// Queues an alert without ever waiting; a full queue drops it (counted).
    pub fn emit(&self, alert: Alert) {
        self.pending.fetch_add(1, Ordering::AcqRel);
        match self.tx.try_send(alert) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) | Err(TrySendError::Disconnected(_)) => {
                self.pending.fetch_sub(1, Ordering::AcqRel);
                self.metrics.alerts(0, 1);
            }
        }
    }

    /// Waits (at most `timeout`) until every queued alert is written: used before exiting.
    pub fn flush(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while self.pending.load(Ordering::Acquire) > 0 {
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        true
    }
}

fn writer(
    rx: Receiver<Alert>,
    mut output: Box<dyn AlertOutput>,
    pending: &AtomicU64,
    metrics: &Metrics,
) {
    let mut batch = Vec::with_capacity(BATCH);
    while let Ok(first) = rx.recv() {
        batch.push(first);
        while batch.len() < BATCH {
            match rx.try_recv() {
                Ok(a) => batch.push(a),
                Err(_) => break,
            }
        }
        let n = batch.len() as u64;
        match output.write_batch(&batch) {
            Ok(()) => metrics.alerts(n, 0),
            Err(e) => {
                tracing::error!(error = %e, lost = n, "cannot write alerts");
                metrics.alerts(0, n);
            }
        }
        batch.clear();
        pending.fetch_sub(n, Ordering::AcqRel);
    }
}

/// RFC 3339 UTC with milliseconds for a system time.
pub fn rfc3339(t: SystemTime) -> String {
    let d = t.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs();
    let millis = d.subsec_millis();
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (y, m, day) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{day:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        rem / 3600,
        (rem / 60) % 60,
        rem % 60
    )
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (H. Hinnant).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// At most `max` bytes of `raw`, printable (non-printable bytes escaped as `\xNN`), and
/// whether it was cut.
pub fn printable_prefix(raw: &[u8], max: usize) -> (String, bool) {
    let s = rulesets::matcher::printable(raw, 0, raw.len(), max);
    (s, raw.len() > max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn timestamps() {
        let t = UNIX_EPOCH + Duration::from_millis(1_709_251_200_123); // 2024-03-01
        assert_eq!(rfc3339(t), "2024-03-01T00:00:00.123Z");
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00.000Z");
        let t = UNIX_EPOCH + Duration::from_secs(951_782_400 - 1); // 2000-02-28T23:59:59
        assert_eq!(rfc3339(t), "2000-02-28T23:59:59.000Z");
    }

    struct Collect(Arc<Mutex<Vec<String>>>, Duration);
    impl AlertOutput for Collect {
        fn write_batch(&mut self, batch: &[Alert]) -> io::Result<()> {
            std::thread::sleep(self.1);
            let mut v = self.0.lock().unwrap();
            for a in batch {
                v.push(serde_json::to_string(a).unwrap());
            }
            Ok(())
        }
    }

    fn alert(i: usize) -> Alert {
        Alert {
            timestamp: rfc3339(SystemTime::now()),
            request_id: format!("r{i}"),
            client: "127.0.0.1:1".into(),
            method: "GET".into(),
            host: "h".into(),
            uri: "/".into(),
            action: "blocked",
            reason: None,
            mode: "block",
            score: 5,
            threshold: 5,
            paranoia: 1,
            matches: vec![],
            body: BodyInfo::default(),
            ruleset_version: "v".into(),
            workload: Arc::new(Workload::default()),
        }
    }

    #[test]
    fn never_blocks_and_counts_drops() {
        let metrics = Arc::new(Metrics::default());
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = AlertSink::start(
            Box::new(Collect(lines.clone(), Duration::from_millis(200))),
            4,
            metrics.clone(),
        )
        .unwrap();
        let start = Instant::now();
        for i in 0..100 {
            sink.emit(alert(i));
        }
        assert!(start.elapsed() < Duration::from_millis(150), "emit waited");
        assert!(sink.flush(Duration::from_secs(10)));
        let written = lines.lock().unwrap().len();
        let text = metrics.render();
        assert!((4..100).contains(&written), "{written}");
        assert!(text.contains(&format!("palisade_alerts_dropped_total {}", 100 - written)));
        let first: serde_json::Value = serde_json::from_str(&lines.lock().unwrap()[0]).unwrap();
        for k in [
            "timestamp",
            "request_id",
            "client",
            "method",
            "host",
            "uri",
            "action",
            "reason",
            "mode",
            "score",
            "threshold",
            "paranoia",
            "matches",
            "body",
            "ruleset_version",
            "workload",
        ] {
            assert!(first.get(k).is_some(), "missing {k}");
        }
    }
}
