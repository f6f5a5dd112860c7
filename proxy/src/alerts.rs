//! Alerts: one JSON line per flagged request, written off the request path.
//!
//! The request path builds an [`Alert`] and hands it to [`AlertSink::emit`], a non-blocking
//! `try_send` into a bounded queue; when the queue is full the alert is dropped and counted
//! (`palisade_alerts_dropped_total`), so a slow disk or a stalled stdout reader never slows
//! traffic. A writer thread drains the queue in batches into an [`AlertOutput`] (stdout or a
//! file, or none).
//!
//! With `alerts.url` set, the writer also hands every alert to a second bounded queue read by
//! a poster thread, which sends batches (at most `alerts.batch` alerts, or what arrived within
//! `alerts.flush_ms`) to the console as a JSON array with `Authorization: Bearer`. A failed
//! POST is retried `alerts.retries` times with a doubling backoff; meanwhile new alerts queue
//! up to the bound and are dropped (counted) beyond it, so a slow or absent console never
//! slows traffic nor the stdout/file output. Failed POST attempts are counted in
//! `palisade_alerts_post_failures_total`, alerts dropped in `palisade_alerts_dropped_total`.
//!
//! The field names below are stable and documented in `proxy/README.md`.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::config::AlertsConfig;
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
    /// No JSON lines output (e.g. only the console gets the alerts).
    None,
}

impl Destination {
    /// `stdout` or `-`: standard output; `none`: no output; anything else: a file path.
    pub fn parse(s: &str) -> Self {
        match s.trim() {
            "" | "-" | "stdout" => Destination::Stdout,
            "none" => Destination::None,
            p => Destination::File(PathBuf::from(p)),
        }
    }

    /// Opens the output (`None` for [`Destination::None`]).
    pub fn open_opt(&self) -> io::Result<Option<Box<dyn AlertOutput>>> {
        Ok(match self {
            Destination::None => None,
            d => Some(d.open()?),
        })
    }

    /// Opens the output; [`Destination::None`] discards.
    pub fn open(&self) -> io::Result<Box<dyn AlertOutput>> {
        Ok(match self {
            Destination::Stdout => Box::new(JsonLines::new(io::stdout())),
            Destination::File(p) => Box::new(JsonLines::new(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)?,
            )),
            Destination::None => Box::new(JsonLines::new(io::sink())),
        })
    }
}

// === the console sender ===

/// Where and how alert batches are posted (from `alerts.url` and friends).
#[derive(Debug, Clone)]
pub struct HttpTarget {
    /// The console's `/api/v1/alerts` URL.
    pub url: String,
    /// Its ingest token.
    pub token: String,
    /// Most alerts per POST.
    pub batch: usize,
    /// Longest wait before posting a partial batch.
    pub flush: Duration,
    /// Retries after a failed POST.
    pub retries: u32,
    /// Time limit of one POST.
    pub timeout: Duration,
    /// Alerts queued for the poster at most.
    pub queue: usize,
}

impl HttpTarget {
    /// From the checked configuration (`None` when `alerts.url` is unset).
    pub fn from_config(c: &AlertsConfig) -> Option<HttpTarget> {
        Some(HttpTarget {
            url: c.url.clone()?,
            token: c.token.clone().unwrap_or_default(),
            batch: c.batch.max(1),
            flush: Duration::from_millis(c.flush_ms.max(1)),
            retries: c.retries,
            timeout: Duration::from_millis(c.timeout_ms.max(1)),
            queue: c.queue.max(1),
        })
    }
}

/// Why one POST failed.
#[derive(Debug)]
enum PostError {
    /// Worth retrying: transport error, 408, 429, 5xx.
    Transient(String),
    /// Retrying would not help: other 4xx (bad token, rejected alerts).
    Permanent(String),
}

fn post_once(agent: &ureq::Agent, t: &HttpTarget, body: &[u8]) -> Result<(), PostError> {
    let res = agent
        .post(&t.url)
        .header("Authorization", &format!("Bearer {}", t.token))
        .header("Content-Type", "application/json")
        .send(body)
        .map_err(|e| PostError::Transient(e.to_string()))?;
    let status = res.status().as_u16();
    // Read (a bounded part of) the answer so the connection can be reused.
    let text = res
        .into_body()
        .with_config()
        .limit(64 * 1024)
        .read_to_string()
        .unwrap_or_default();
    match status {
        200..=299 => Ok(()),
        408 | 429 | 500..=599 => Err(PostError::Transient(format!("HTTP {status}: {text}"))),
        _ => Err(PostError::Permanent(format!("HTTP {status}: {text}"))),
    }
}

fn poster(rx: Receiver<Alert>, t: HttpTarget, pending: &AtomicU64, metrics: &Metrics) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(t.timeout))
        .http_status_as_error(false)
        .user_agent(concat!("palisade-proxy/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut batch: Vec<Alert> = Vec::with_capacity(t.batch);
    while let Ok(first) = rx.recv() {
        batch.push(first);
        let deadline = Instant::now() + t.flush;
        while batch.len() < t.batch {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(a) => batch.push(a),
                Err(_) => break,
            }
        }
        let n = batch.len() as u64;
        match serde_json::to_vec(&batch) {
            Ok(body) => {
                let mut attempt = 0u32;
                loop {
                    match post_once(&agent, &t, &body) {
                        Ok(()) => {
                            metrics.alerts_posted(n, 0);
                            break;
                        }
                        Err(e) => {
                            metrics.alerts_posted(0, 1);
                            let (msg, retry) = match e {
                                PostError::Transient(m) => (m, attempt < t.retries),
                                PostError::Permanent(m) => (m, false),
                            };
                            if !retry {
                                tracing::error!(url = %t.url, error = %msg, lost = n, attempts = attempt + 1, "cannot post alerts to the console");
                                metrics.alerts(0, n);
                                break;
                            }
                            tracing::warn!(url = %t.url, error = %msg, attempt = attempt + 1, "posting alerts failed; retrying");
                            let backoff = Duration::from_millis(250u64 << attempt.min(6));
                            std::thread::sleep(backoff.min(Duration::from_secs(10)));
                            attempt += 1;
                        }
                    }
                }
            }
            Err(e) => {
                tracing::error!(error = %e, lost = n, "cannot encode alerts");
                metrics.alerts(0, n);
            }
        }
        batch.clear();
        pending.fetch_sub(n, Ordering::AcqRel);
    }
}

/// Most alerts written in one batch.
const BATCH: usize = 256;

/// The request path's handle on the alert queue. Cheap to clone.
#[derive(Clone)]
pub struct AlertSink {
    tx: SyncSender<Alert>,
    pending: Arc<AtomicU64>,
    /// Alerts handed to the poster and not yet posted (or dropped).
    posting: Arc<AtomicU64>,
    metrics: Arc<Metrics>,
}

impl AlertSink {
    /// Starts the writer thread over `output` with a queue of `capacity` alerts.
    pub fn start(
        output: Box<dyn AlertOutput>,
        capacity: usize,
        metrics: Arc<Metrics>,
    ) -> io::Result<AlertSink> {
        AlertSink::start_with(Some(output), None, capacity, metrics)
    }

    /// Starts from the checked `alerts` configuration: the JSON lines output (unless
    /// `output: none`) and, with `url`, the console sender.
    pub fn from_config(c: &AlertsConfig, metrics: Arc<Metrics>) -> io::Result<AlertSink> {
        let output = Destination::parse(&c.output).open_opt()?;
        AlertSink::start_with(output, HttpTarget::from_config(c), c.queue, metrics)
    }

    /// Starts the writer thread over an optional output and an optional console sender.
    pub fn start_with(
        output: Option<Box<dyn AlertOutput>>,
        http: Option<HttpTarget>,
        capacity: usize,
        metrics: Arc<Metrics>,
    ) -> io::Result<AlertSink> {
        let (tx, rx) = mpsc::sync_channel(capacity);
        let pending = Arc::new(AtomicU64::new(0));
        let posting = Arc::new(AtomicU64::new(0));
        let http_tx = match http {
            Some(t) => {
                let (htx, hrx) = mpsc::sync_channel(t.queue);
                let (p, m) = (posting.clone(), metrics.clone());
                std::thread::Builder::new()
                    .name("palisade-alerts-post".into())
                    .spawn(move || poster(hrx, t, &p, &m))?;
                Some(htx)
            }
            None => None,
        };
        let (p, h, m) = (pending.clone(), posting.clone(), metrics.clone());
        std::thread::Builder::new()
            .name("palisade-alerts".into())
            .spawn(move || writer(rx, output, http_tx, &p, &h, &m))?;
        Ok(AlertSink {
            tx,
            pending,
            posting,
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
        while self.pending.load(Ordering::Acquire) > 0 || self.posting.load(Ordering::Acquire) > 0 {
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
    mut output: Option<Box<dyn AlertOutput>>,
    http: Option<SyncSender<Alert>>,
    pending: &AtomicU64,
    posting: &AtomicU64,
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
        if let Some(output) = output.as_mut() {
            match output.write_batch(&batch) {
                Ok(()) => metrics.alerts(n, 0),
                Err(e) => {
                    tracing::error!(error = %e, lost = n, "cannot write alerts");
                    metrics.alerts(0, n);
                }
            }
        }
        if let Some(h) = &http {
            for a in batch.drain(..) {
                posting.fetch_add(1, Ordering::AcqRel);
                if h.try_send(a).is_err() {
                    posting.fetch_sub(1, Ordering::AcqRel);
                    metrics.alerts(0, 1);
                }
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

    /// A one-thread HTTP/1.1 server on loopback answering the given statuses in turn (then
    /// 200) and recording each request.
    fn console(statuses: Vec<u16>) -> (String, Arc<Mutex<Vec<String>>>) {
        use std::io::{BufRead, BufReader, Read};
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/api/v1/alerts", l.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s2 = seen.clone();
        std::thread::spawn(move || {
            let mut statuses = statuses.into_iter();
            for conn in l.incoming().take(50) {
                let Ok(conn) = conn else { return };
                let mut r = BufReader::new(conn.try_clone().unwrap());
                loop {
                    let mut head = String::new();
                    let mut len = 0usize;
                    loop {
                        let mut line = String::new();
                        if r.read_line(&mut line).unwrap_or(0) == 0 {
                            break;
                        }
                        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                            len = v.trim().parse().unwrap();
                        }
                        head.push_str(&line);
                        if line == "\r\n" {
                            break;
                        }
                    }
                    if head.is_empty() {
                        break;
                    }
                    let mut body = vec![0u8; len];
                    r.read_exact(&mut body).unwrap();
                    s2.lock()
                        .unwrap()
                        .push(format!("{head}{}", String::from_utf8_lossy(&body)));
                    let st = statuses.next().unwrap_or(200);
                    let mut w = &conn;
                    write!(w, "HTTP/1.1 {st} X\r\ncontent-length: 2\r\n\r\n{{}}").unwrap();
                }
            }
        });
        (url, seen)
    }

    fn target(url: String) -> HttpTarget {
        HttpTarget {
            url,
            token: "ingest-token-0123456789".into(),
            batch: 10,
            flush: Duration::from_millis(50),
            retries: 2,
            timeout: Duration::from_secs(5),
            queue: 100,
        }
    }

    #[test]
    fn posts_batches_with_retries() {
        let (url, seen) = console(vec![503]);
        let metrics = Arc::new(Metrics::default());
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = AlertSink::start_with(
            Some(Box::new(Collect(lines.clone(), Duration::ZERO))),
            Some(target(url)),
            100,
            metrics.clone(),
        )
        .unwrap();
        for i in 0..25 {
            sink.emit(alert(i));
        }
        assert!(sink.flush(Duration::from_secs(20)));
        assert_eq!(
            lines.lock().unwrap().len(),
            25,
            "JSON lines output still written"
        );
        let reqs = seen.lock().unwrap().clone();
        let mut ids = Vec::new();
        for r in reqs.iter().skip(1) {
            assert!(r.starts_with("POST /api/v1/alerts HTTP/1.1"), "{r}");
            assert!(
                r.to_ascii_lowercase()
                    .contains("authorization: bearer ingest-token-0123456789"),
                "{r}"
            );
            let body = &r[r.find("\r\n\r\n").unwrap() + 4..];
            let v: Vec<serde_json::Value> = serde_json::from_str(body).unwrap();
            assert!(v.len() <= 10);
            ids.extend(
                v.iter()
                    .map(|a| a["request_id"].as_str().unwrap().to_owned()),
            );
        }
        // The first attempt got 503 and its batch was sent again.
        assert_eq!(ids.len(), 25, "{ids:?}");
        for i in 0..25 {
            assert!(ids.contains(&format!("r{i}")));
        }
        let text = metrics.render();
        assert!(text.contains("palisade_alerts_posted_total 25"), "{text}");
        assert!(
            text.contains("palisade_alerts_post_failures_total 1"),
            "{text}"
        );
        assert!(text.contains("palisade_alerts_dropped_total 0"), "{text}");
    }

    #[test]
    fn console_down_drops_and_counts() {
        // A port nobody listens on: bind, note the address, close.
        let addr = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap();
        let metrics = Arc::new(Metrics::default());
        let mut t = target(format!("http://{addr}/api/v1/alerts"));
        t.retries = 1;
        let sink = AlertSink::start_with(None, Some(t), 100, metrics.clone()).unwrap();
        let start = Instant::now();
        for i in 0..5 {
            sink.emit(alert(i));
        }
        assert!(start.elapsed() < Duration::from_millis(150), "emit waited");
        assert!(sink.flush(Duration::from_secs(20)));
        let text = metrics.render();
        assert!(text.contains("palisade_alerts_dropped_total 5"), "{text}");
        assert!(
            text.contains("palisade_alerts_post_failures_total 2"),
            "{text}"
        );
        assert!(text.contains("palisade_alerts_written_total 0"), "{text}");
    }

    #[test]
    fn rejected_token_is_not_retried() {
        let (url, seen) = console(vec![401]);
        let metrics = Arc::new(Metrics::default());
        let sink = AlertSink::start_with(None, Some(target(url)), 100, metrics.clone()).unwrap();
        sink.emit(alert(1));
        assert!(sink.flush(Duration::from_secs(20)));
        assert_eq!(seen.lock().unwrap().len(), 1);
        assert!(metrics.render().contains("palisade_alerts_dropped_total 1"));
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
