//! The console's alert store: bounded, durable, indexed in memory.
//!
//! Alerts arrive in batches from proxies. Each batch is appended to the active segment
//! file `DIR/console/alerts-NNNNNNNNNNNNNNNN.jsonl` (one JSON object per line) and
//! `fsync`ed before the request is answered, so an acknowledged alert survives a crash.
//! A segment is closed after `max / 4` alerts and a new one started; when more than `max`
//! alerts are held, the oldest are evicted from memory and every segment holding only
//! evicted alerts is deleted, so the disk holds at most `max` plus one segment.
//!
//! On start the segments are read back in order. A last line without its newline (the
//! process was killed mid-write) is cut off the file; any other line that does not parse
//! is skipped and counted, never fatal.
//!
//! Queries run on the in-memory copy: a deque in arrival order (ids are increasing, so an
//! id lookup is a binary search) and a request-id index.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fs::{self, File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Default bound on stored alerts.
pub const DEFAULT_MAX_ALERTS: usize = 100_000;
/// Longest string field kept, in bytes (the proxy already cuts URIs and fragments).
pub const MAX_FIELD_BYTES: usize = 8 * 1024;
/// Most matches kept per alert.
pub const MAX_MATCHES: usize = 256;

/// Errors from the alert store's files.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct StoreIoError {
    /// The file or directory.
    pub path: PathBuf,
    /// The error.
    pub source: std::io::Error,
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> StoreIoError + '_ {
    move |source| StoreIoError {
        path: path.to_owned(),
        source,
    }
}

/// One rule that matched (the proxy's `AlertMatch`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlertMatch {
    /// Rule id.
    pub rule: String,
    /// Rule category (`sqli`, `xss`, ...).
    pub category: String,
    /// Severity.
    #[serde(default)]
    pub severity: String,
    /// Paranoia level of the rule.
    #[serde(default)]
    pub paranoia: u8,
    /// Where it matched (`ARGS:q`).
    #[serde(default)]
    pub target: String,
    /// The matched text as the engine printed it.
    #[serde(default)]
    pub fragment: String,
}

/// What was seen of the body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodyInfo {
    /// Bytes inspected.
    #[serde(default)]
    pub inspected: u64,
    /// Announced or received length.
    #[serde(default)]
    pub length: Option<u64>,
    /// Only the start was inspected.
    #[serde(default)]
    pub partial: bool,
}

/// The workload a sidecar protects.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workload {
    /// Pod name.
    #[serde(default)]
    pub pod: Option<String>,
    /// Namespace.
    #[serde(default)]
    pub namespace: Option<String>,
    /// Pod IP.
    #[serde(default)]
    pub pod_ip: Option<String>,
    /// Node.
    #[serde(default)]
    pub node: Option<String>,
    /// Service account.
    #[serde(default)]
    pub service_account: Option<String>,
    /// Workload (Deployment) name.
    #[serde(default)]
    pub workload: Option<String>,
}

/// `blocked` or `detected`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AlertAction {
    /// Not forwarded.
    Blocked,
    /// Forwarded (detect mode).
    Detected,
}

impl AlertAction {
    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            AlertAction::Blocked => "blocked",
            AlertAction::Detected => "detected",
        }
    }
}

impl std::str::FromStr for AlertAction {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "blocked" => Ok(AlertAction::Blocked),
            "detected" => Ok(AlertAction::Detected),
            _ => Err(format!("action {s:?}: expected blocked or detected")),
        }
    }
}

/// An alert as a proxy posts it (see `proxy/README.md`, "Alerts").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alert {
    /// When the proxy judged the request (RFC 3339).
    pub timestamp: DateTime<Utc>,
    /// The request id.
    pub request_id: String,
    /// Client `ip:port`.
    #[serde(default)]
    pub client: String,
    /// Method.
    #[serde(default)]
    pub method: String,
    /// Host.
    #[serde(default)]
    pub host: String,
    /// Request target.
    #[serde(default)]
    pub uri: String,
    /// What the proxy did.
    pub action: AlertAction,
    /// Protocol rejection reason, `null` for rule verdicts.
    #[serde(default)]
    pub reason: Option<String>,
    /// The route's mode.
    #[serde(default)]
    pub mode: String,
    /// Anomaly score.
    #[serde(default)]
    pub score: u32,
    /// Threshold.
    #[serde(default)]
    pub threshold: u32,
    /// Paranoia.
    #[serde(default)]
    pub paranoia: u8,
    /// Rules that matched.
    #[serde(default)]
    pub matches: Vec<AlertMatch>,
    /// Body.
    #[serde(default)]
    pub body: BodyInfo,
    /// Ruleset version.
    #[serde(default)]
    pub ruleset_version: String,
    /// Workload identity.
    #[serde(default)]
    pub workload: Workload,
}

impl Alert {
    /// Checks the bounds the store relies on.
    pub fn validate(&self) -> Result<(), String> {
        if self.request_id.is_empty() {
            return Err("request_id is empty".into());
        }
        let w = &self.workload;
        let strings = [
            ("request_id", Some(&self.request_id)),
            ("client", Some(&self.client)),
            ("method", Some(&self.method)),
            ("host", Some(&self.host)),
            ("uri", Some(&self.uri)),
            ("reason", self.reason.as_ref()),
            ("mode", Some(&self.mode)),
            ("ruleset_version", Some(&self.ruleset_version)),
            ("workload.pod", w.pod.as_ref()),
            ("workload.namespace", w.namespace.as_ref()),
            ("workload.pod_ip", w.pod_ip.as_ref()),
            ("workload.node", w.node.as_ref()),
            ("workload.service_account", w.service_account.as_ref()),
            ("workload.workload", w.workload.as_ref()),
        ];
        for (name, v) in strings {
            if v.is_some_and(|v| v.len() > MAX_FIELD_BYTES) {
                return Err(format!("{name} is longer than {MAX_FIELD_BYTES} bytes"));
            }
        }
        if self.matches.len() > MAX_MATCHES {
            return Err(format!("more than {MAX_MATCHES} matches"));
        }
        for (i, m) in self.matches.iter().enumerate() {
            if m.rule.is_empty() {
                return Err(format!("matches[{i}].rule is empty"));
            }
            for (name, v) in [
                ("rule", &m.rule),
                ("category", &m.category),
                ("severity", &m.severity),
                ("target", &m.target),
                ("fragment", &m.fragment),
            ] {
                if v.len() > MAX_FIELD_BYTES {
                    return Err(format!(
                        "matches[{i}].{name} is longer than {MAX_FIELD_BYTES} bytes"
                    ));
                }
            }
        }
        Ok(())
    }

    /// `namespace/pod` (or whichever part is known).
    pub fn workload_label(&self) -> String {
        let w = &self.workload;
        match (&w.namespace, w.pod.as_ref().or(w.workload.as_ref())) {
            (Some(ns), Some(p)) => format!("{ns}/{p}"),
            (None, Some(p)) => p.clone(),
            (Some(ns), None) => ns.clone(),
            (None, None) => String::new(),
        }
    }
}

/// A stored alert: the alert plus what the console added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredAlert {
    /// Console-assigned id, increasing in arrival order.
    pub id: u64,
    /// When the console received it.
    pub received_at: DateTime<Utc>,
    /// The alert.
    #[serde(flatten)]
    pub alert: Alert,
}

/// A query over stored alerts. Every set field must match.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// `NAMESPACE/NAME` (pod or workload name) or one name (pod, workload or namespace).
    pub workload: Option<String>,
    /// Some match has this category.
    pub category: Option<String>,
    /// Some match has this rule id.
    pub rule: Option<String>,
    /// The action.
    pub action: Option<AlertAction>,
    /// Alert timestamp at or after.
    pub since: Option<DateTime<Utc>>,
    /// Alert timestamp before.
    pub until: Option<DateTime<Utc>>,
}

impl Filter {
    /// Whether an alert passes.
    pub fn matches(&self, a: &Alert) -> bool {
        if let Some(w) = &self.workload {
            let wl = &a.workload;
            let name_is =
                |n: &str| wl.pod.as_deref() == Some(n) || wl.workload.as_deref() == Some(n);
            let ok = match w.split_once('/') {
                Some((ns, n)) => wl.namespace.as_deref() == Some(ns) && name_is(n),
                None => name_is(w) || wl.namespace.as_deref() == Some(w.as_str()),
            };
            if !ok {
                return false;
            }
        }
        if let Some(c) = &self.category {
            if !a.matches.iter().any(|m| &m.category == c) {
                return false;
            }
        }
        if let Some(r) = &self.rule {
            if !a.matches.iter().any(|m| &m.rule == r) {
                return false;
            }
        }
        if self.action.is_some_and(|x| x != a.action) {
            return false;
        }
        if self.since.is_some_and(|s| a.timestamp < s) {
            return false;
        }
        if self.until.is_some_and(|u| a.timestamp >= u) {
            return false;
        }
        true
    }
}

/// One time bucket of [`AlertStore::stats`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Bucket {
    /// Bucket start.
    pub start: DateTime<Utc>,
    /// Alerts in the bucket.
    pub total: u64,
    /// By action.
    pub by_action: BTreeMap<String, u64>,
    /// By category (an alert with matches in two categories counts in both).
    pub by_category: BTreeMap<String, u64>,
}

/// What loading found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct LoadReport {
    /// Alerts loaded.
    pub loaded: usize,
    /// Lines skipped because they did not parse.
    pub skipped: usize,
    /// A torn last line was cut off.
    pub truncated_tail: bool,
}

struct Segment {
    path: PathBuf,
    last_id: u64,
    count: usize,
}

/// The store. Not thread-safe by itself: the server holds it in a mutex.
pub struct AlertStore {
    dir: PathBuf,
    max: usize,
    segment_len: usize,
    alerts: VecDeque<Arc<StoredAlert>>,
    by_request: HashMap<String, u64>,
    segments: VecDeque<Segment>,
    active: Option<File>,
    next_id: u64,
}

impl std::fmt::Debug for AlertStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AlertStore")
            .field("dir", &self.dir)
            .field("len", &self.alerts.len())
            .field("max", &self.max)
            .finish()
    }
}

fn segment_name(first_id: u64) -> String {
    format!("alerts-{first_id:016}.jsonl")
}

impl AlertStore {
    /// Opens `dir` (created if needed), keeping at most `max` alerts.
    pub fn open(dir: &Path, max: usize) -> Result<(AlertStore, LoadReport), StoreIoError> {
        fs::create_dir_all(dir).map_err(io_err(dir))?;
        let max = max.max(1);
        let mut names: Vec<PathBuf> = fs::read_dir(dir)
            .map_err(io_err(dir))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("alerts-") && n.ends_with(".jsonl"))
            })
            .collect();
        names.sort();
        let mut s = AlertStore {
            dir: dir.to_owned(),
            max,
            segment_len: (max / 4).max(1),
            alerts: VecDeque::new(),
            by_request: HashMap::new(),
            segments: VecDeque::new(),
            active: None,
            next_id: 1,
        };
        let mut report = LoadReport::default();
        let n = names.len();
        for (i, path) in names.into_iter().enumerate() {
            let bytes = fs::read(&path).map_err(io_err(&path))?;
            let mut good_len = bytes.len();
            let body = match bytes.iter().rposition(|&b| b == b'\n') {
                Some(end) if end + 1 < bytes.len() => {
                    good_len = end + 1;
                    bytes.get(..=end).unwrap_or_default()
                }
                None if !bytes.is_empty() => {
                    good_len = 0;
                    &[][..]
                }
                _ => bytes.as_slice(),
            };
            if good_len < bytes.len() {
                if i + 1 == n {
                    // A torn write: cut it so the next append starts on a clean line.
                    let f = OpenOptions::new()
                        .write(true)
                        .open(&path)
                        .map_err(io_err(&path))?;
                    f.set_len(good_len as u64).map_err(io_err(&path))?;
                    f.sync_all().map_err(io_err(&path))?;
                    report.truncated_tail = true;
                } else {
                    report.skipped += 1;
                }
            }
            let mut seg = Segment {
                path: path.clone(),
                last_id: 0,
                count: 0,
            };
            for line in body.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                match serde_json::from_slice::<StoredAlert>(line) {
                    Ok(a) if a.id >= s.next_id => {
                        s.next_id = a.id + 1;
                        seg.last_id = a.id;
                        seg.count += 1;
                        s.push_mem(Arc::new(a));
                        report.loaded += 1;
                    }
                    _ => report.skipped += 1,
                }
            }
            s.segments.push_back(seg);
        }
        s.evict();
        report.loaded = s.alerts.len();
        Ok((s, report))
    }

    fn push_mem(&mut self, a: Arc<StoredAlert>) {
        self.by_request.insert(a.alert.request_id.clone(), a.id);
        self.alerts.push_back(a);
    }

    fn evict(&mut self) {
        while self.alerts.len() > self.max {
            if let Some(old) = self.alerts.pop_front() {
                if self.by_request.get(&old.alert.request_id) == Some(&old.id) {
                    self.by_request.remove(&old.alert.request_id);
                }
            }
        }
        let oldest = self.alerts.front().map_or(u64::MAX, |a| a.id);
        // Never delete the active (last) segment.
        while self.segments.len() > 1 {
            match self.segments.front() {
                Some(seg) if seg.last_id < oldest => {
                    if let Err(e) = fs::remove_file(&seg.path) {
                        tracing::warn!(path = %seg.path.display(), error = %e, "cannot delete old alert segment");
                    }
                    self.segments.pop_front();
                }
                _ => break,
            }
        }
    }

    /// Appends a batch: written and synced to disk, then visible to queries. Returns the
    /// stored alerts (with their ids).
    pub fn append(&mut self, batch: Vec<Alert>) -> Result<Vec<Arc<StoredAlert>>, StoreIoError> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        let now = Utc::now();
        let mut stored = Vec::with_capacity(batch.len());
        let mut remaining = batch.into_iter().peekable();
        while remaining.peek().is_some() {
            let room = match self.segments.back() {
                Some(seg) if self.active.is_some() && seg.count < self.segment_len => {
                    self.segment_len - seg.count
                }
                _ => {
                    self.rotate()?;
                    self.segment_len
                }
            };
            let mut buf = Vec::new();
            let mut chunk = Vec::new();
            for a in remaining.by_ref().take(room) {
                let s = StoredAlert {
                    id: self.next_id,
                    received_at: now,
                    alert: a,
                };
                self.next_id += 1;
                // Serialising plain data cannot fail; a failure would drop just this one.
                if serde_json::to_writer(&mut buf, &s).is_ok() {
                    buf.push(b'\n');
                    chunk.push(Arc::new(s));
                }
            }
            let (Some(f), Some(seg)) = (self.active.as_mut(), self.segments.back_mut()) else {
                continue;
            };
            let before = f.metadata().map(|m| m.len()).ok();
            if let Err(e) = f.write_all(&buf).and_then(|()| f.sync_data()) {
                // Leave no half line behind (e.g. disk full): the next append must start on
                // a clean line. Alerts of earlier chunks stay stored and visible.
                if let Some(len) = before {
                    let _ = f.set_len(len);
                }
                let err = io_err(&seg.path)(e);
                self.evict();
                return Err(err);
            }
            seg.count += chunk.len();
            if let Some(last) = chunk.last() {
                seg.last_id = last.id;
            }
            for a in &chunk {
                self.push_mem(a.clone());
            }
            stored.extend(chunk);
        }
        self.evict();
        Ok(stored)
    }

    fn rotate(&mut self) -> Result<(), StoreIoError> {
        let path = self.dir.join(segment_name(self.next_id));
        let f = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(io_err(&path))?;
        // Make the new file's directory entry durable too.
        if let Ok(d) = File::open(&self.dir) {
            let _ = d.sync_all();
        }
        self.active = Some(f);
        if self.segments.back().is_some_and(|s| s.path == path) {
            // An empty segment left by the last run, reopened under the same name.
            self.segments.pop_back();
        }
        self.segments.push_back(Segment {
            path,
            last_id: self.next_id.saturating_sub(1),
            count: 0,
        });
        Ok(())
    }

    /// Alerts held.
    pub fn len(&self) -> usize {
        self.alerts.len()
    }

    /// No alert held.
    pub fn is_empty(&self) -> bool {
        self.alerts.is_empty()
    }

    /// The bound.
    pub fn max(&self) -> usize {
        self.max
    }

    /// Segment files on disk.
    pub fn segment_count(&self) -> usize {
        self.segments.len()
    }

    /// Newest first: at most `limit` alerts passing `f` with an id below `before` (the
    /// cursor), and the cursor for the next page if there may be more.
    pub fn query(
        &self,
        f: &Filter,
        limit: usize,
        before: Option<u64>,
    ) -> (Vec<Arc<StoredAlert>>, Option<u64>) {
        let end = match before {
            Some(c) => self.alerts.partition_point(|a| a.id < c),
            None => self.alerts.len(),
        };
        let mut out = Vec::new();
        let mut next = None;
        for a in self.alerts.range(..end).rev() {
            if !f.matches(&a.alert) {
                continue;
            }
            if out.len() == limit {
                next = out.last().map(|l: &Arc<StoredAlert>| l.id);
                break;
            }
            out.push(a.clone());
        }
        (out, next)
    }

    /// By console id.
    pub fn get(&self, id: u64) -> Option<Arc<StoredAlert>> {
        let i = self.alerts.partition_point(|a| a.id < id);
        self.alerts.get(i).filter(|a| a.id == id).cloned()
    }

    /// The latest alert with this request id.
    pub fn by_request_id(&self, rid: &str) -> Option<Arc<StoredAlert>> {
        self.by_request.get(rid).and_then(|id| self.get(*id))
    }

    /// Counts per time bucket of `bucket_secs` from `since` to `until`, over alerts passing
    /// `f` (its own since/until are replaced by the window).
    pub fn stats(
        &self,
        f: &Filter,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
        bucket_secs: i64,
    ) -> Vec<Bucket> {
        let bucket_secs = bucket_secs.max(1);
        let span = (until - since).num_seconds().max(0);
        let n = usize::try_from((span + bucket_secs - 1) / bucket_secs).unwrap_or(0);
        let mut buckets: Vec<Bucket> = (0..n)
            .map(|i| Bucket {
                start: since + chrono::Duration::seconds(bucket_secs * i as i64),
                ..Bucket::default()
            })
            .collect();
        let mut f = f.clone();
        f.since = Some(since);
        f.until = Some(until);
        for a in &self.alerts {
            if !f.matches(&a.alert) {
                continue;
            }
            let i = (a.alert.timestamp - since).num_seconds() / bucket_secs;
            let Some(b) = usize::try_from(i).ok().and_then(|i| buckets.get_mut(i)) else {
                continue;
            };
            b.total += 1;
            *b.by_action
                .entry(a.alert.action.as_str().to_owned())
                .or_default() += 1;
            let mut cats: Vec<&str> = a
                .alert
                .matches
                .iter()
                .map(|m| m.category.as_str())
                .collect();
            cats.sort_unstable();
            cats.dedup();
            for c in cats {
                *b.by_category.entry(c.to_owned()).or_default() += 1;
            }
        }
        buckets
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alert(i: usize, cat: &str, action: AlertAction) -> Alert {
        Alert {
            timestamp: Utc::now(),
            request_id: format!("req-{i}"),
            client: "127.0.0.1:5000".into(),
            method: "GET".into(),
            host: "h".into(),
            uri: format!("/?q={i}"),
            action,
            reason: None,
            mode: "block".into(),
            score: 5,
            threshold: 5,
            paranoia: 1,
            matches: vec![AlertMatch {
                rule: format!("{cat}-1"),
                category: cat.into(),
                severity: "critical".into(),
                paranoia: 1,
                target: "ARGS:q".into(),
                fragment: "x".into(),
            }],
            body: BodyInfo::default(),
            ruleset_version: "v1".into(),
            workload: Workload {
                pod: Some("web-1".into()),
                namespace: Some("shop".into()),
                ..Workload::default()
            },
        }
    }

    #[test]
    fn bounded_durable_and_queryable() {
        let dir = tempfile::tempdir().unwrap();
        let (mut s, r) = AlertStore::open(dir.path(), 10).unwrap();
        assert_eq!(r.loaded, 0);
        for i in 0..25 {
            let cat = if i % 2 == 0 { "sqli" } else { "xss" };
            s.append(vec![alert(i, cat, AlertAction::Blocked)]).unwrap();
        }
        assert_eq!(s.len(), 10);
        // Oldest evicted, segments deleted: at most max + one segment on disk.
        let lines: usize = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| {
                fs::read_to_string(e.unwrap().path())
                    .unwrap()
                    .lines()
                    .count()
            })
            .sum();
        assert!((10..=10 + 2).contains(&lines), "{lines}");
        let (page, next) = s.query(&Filter::default(), 4, None);
        assert_eq!(
            page.iter().map(|a| a.id).collect::<Vec<_>>(),
            vec![25, 24, 23, 22]
        );
        let (page2, _) = s.query(&Filter::default(), 4, next);
        assert_eq!(page2.first().unwrap().id, 21);
        let f = Filter {
            category: Some("xss".into()),
            ..Filter::default()
        };
        let (x, _) = s.query(&f, 100, None);
        assert_eq!(x.len(), 5);
        assert!(x.iter().all(|a| a.id % 2 == 0));
        assert_eq!(s.by_request_id("req-24").unwrap().id, 25);
        assert!(s.by_request_id("req-0").is_none());
        assert!(s.get(3).is_none());
        drop(s);

        let (s, r) = AlertStore::open(dir.path(), 10).unwrap();
        assert_eq!(r.loaded, 10);
        assert_eq!(s.query(&Filter::default(), 1, None).0[0].id, 25);
    }

    #[test]
    fn torn_last_line_is_cut() {
        let dir = tempfile::tempdir().unwrap();
        let (mut s, _) = AlertStore::open(dir.path(), 100).unwrap();
        s.append(
            (0..3)
                .map(|i| alert(i, "sqli", AlertAction::Detected))
                .collect(),
        )
        .unwrap();
        drop(s);
        let seg = fs::read_dir(dir.path())
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let mut f = OpenOptions::new().append(true).open(&seg).unwrap();
        f.write_all(b"{\"id\":4,\"received_at\":\"2026-").unwrap();
        drop(f);
        let (mut s, r) = AlertStore::open(dir.path(), 100).unwrap();
        assert_eq!(r.loaded, 3);
        assert!(r.truncated_tail);
        s.append(vec![alert(9, "xss", AlertAction::Blocked)])
            .unwrap();
        drop(s);
        let (s, r) = AlertStore::open(dir.path(), 100).unwrap();
        assert_eq!((r.loaded, r.skipped, r.truncated_tail), (4, 0, false));
        assert_eq!(s.get(4).unwrap().alert.request_id, "req-9");
    }

    #[test]
    fn stats_buckets() {
        let dir = tempfile::tempdir().unwrap();
        let (mut s, _) = AlertStore::open(dir.path(), 100).unwrap();
        let now = Utc::now();
        let mut a = alert(1, "sqli", AlertAction::Blocked);
        a.timestamp = now - chrono::Duration::seconds(90);
        let mut b = alert(2, "xss", AlertAction::Detected);
        b.timestamp = now - chrono::Duration::seconds(10);
        s.append(vec![a, b.clone(), b]).unwrap();
        let st = s.stats(
            &Filter::default(),
            now - chrono::Duration::seconds(120),
            now,
            60,
        );
        assert_eq!(st.len(), 2);
        assert_eq!(st[0].total, 1);
        assert_eq!(st[0].by_category.get("sqli"), Some(&1));
        assert_eq!(st[1].total, 2);
        assert_eq!(st[1].by_action.get("detected"), Some(&2));
    }

    #[test]
    fn validation() {
        let mut a = alert(1, "sqli", AlertAction::Blocked);
        assert!(a.validate().is_ok());
        a.uri = "x".repeat(MAX_FIELD_BYTES + 1);
        assert!(a.validate().unwrap_err().contains("uri"));
        let mut a = alert(1, "sqli", AlertAction::Blocked);
        a.request_id.clear();
        assert!(a.validate().is_err());
    }
}
