//! The state directory: proposed map, approved policy, history, events.
//!
//! ```text
//! STATE/
//!   lock                  flock(2) target: serialises every writer
//!   proposed.json         the proposed map: observed edges with evidence
//!   policy.json           the approved policy now in force (latest version)
//!   versions/v000042.json every approved policy version, immutable
//!   history.jsonl         who approved / rejected / rolled back / changed modes, when, what
//!   events.jsonl          recent denied and would-deny flows (rotated to events.1.jsonl)
//!   inventory.json        the agent's last good inventory (for export and review)
//!   agent.json            the agent's status: pid, applied version, counters
//! ```
//!
//! Every document is written atomically (temp file, fsync, rename, fsync of
//! the directory), so a crash leaves the old or the new version, never half
//! of one. Writers take an exclusive `flock` on `lock` for the whole
//! read-modify-write, so a `map approve` racing the agent's flow updates
//! cannot lose either. Readers take no lock: renames are atomic.
//!
//! [`Store`] is the API every front end uses: the CLI, the agent, and later
//! the web console and admission webhook. Changes take an identity ("who").

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Utc};
use nix::fcntl::{Flock, FlockArg};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::inventory::Inventory;
use crate::model::{Edge, Mode, WorkloadRef};

/// The lock file.
pub const LOCK_FILE: &str = "lock";
/// The proposed map.
pub const PROPOSED_FILE: &str = "proposed.json";
/// The approved policy in force.
pub const POLICY_FILE: &str = "policy.json";
/// Directory of immutable policy versions.
pub const VERSIONS_DIR: &str = "versions";
/// Append-only change log.
pub const HISTORY_FILE: &str = "history.jsonl";
/// Recent denied / would-deny flows.
pub const EVENTS_FILE: &str = "events.jsonl";
/// The previous events file after rotation.
pub const EVENTS_OLD_FILE: &str = "events.1.jsonl";
/// The agent's last good inventory.
pub const INVENTORY_FILE: &str = "inventory.json";
/// The agent's status.
pub const AGENT_FILE: &str = "agent.json";

/// Events file size at which it is rotated: at most about twice this is kept.
pub const MAX_EVENTS_BYTES: u64 = 8 * 1024 * 1024;
/// Most edges the proposed map holds.
pub const MAX_PROPOSED_EDGES: usize = 200_000;
/// Largest state document read, in bytes.
pub const MAX_DOC_BYTES: u64 = 512 * 1024 * 1024;

/// Errors from the state store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file or directory could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A state document does not parse; it is left untouched.
    #[error("{path} is not a valid state document ({source}); it was left untouched: fix or move it aside")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// The parser's error.
        source: serde_json::Error,
    },
    /// A state document is larger than [`MAX_DOC_BYTES`].
    #[error("{path} is larger than {MAX_DOC_BYTES} bytes")]
    TooLarge {
        /// The file.
        path: PathBuf,
    },
    /// The lock could not be taken.
    #[error("cannot lock {path}: {source}")]
    Lock {
        /// The lock file.
        path: PathBuf,
        /// The error.
        source: nix::Error,
    },
    /// A named policy version does not exist.
    #[error("policy version {0} does not exist (see `map history`)")]
    NoSuchVersion(u64),
    /// An edge named for rejection is neither proposed nor approved.
    #[error("edge {0} is neither in the proposed map nor approved")]
    UnknownEdge(String),
    /// A JSON document could not be encoded (should not happen).
    #[error("cannot encode {what}: {source}")]
    Encode {
        /// The document.
        what: &'static str,
        /// The error.
        source: serde_json::Error,
    },
}

type Result<T, E = StoreError> = std::result::Result<T, E>;

// === documents ===

/// A decision taken by a person on an edge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// Who took it.
    pub by: String,
    /// When.
    pub at: DateTime<Utc>,
}

/// How the kernel treated the last connection seen on an edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Allowed by the approved policy.
    Allow,
    /// Not approved; passed because both ends are in learn mode.
    Learn,
    /// Not approved; passed and logged because of audit mode.
    WouldDeny,
    /// Not approved; dropped because of enforce mode.
    Deny,
    /// The connection already carried a conntrack mark set by another
    /// component; decided by the default mode without touching it (see
    /// the README).
    ForeignMark,
}

impl Verdict {
    /// True for verdicts that are reported in `events`.
    pub fn is_event(self) -> bool {
        matches!(
            self,
            Verdict::WouldDeny | Verdict::Deny | Verdict::ForeignMark
        )
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Verdict::Allow => "allow",
            Verdict::Learn => "learn",
            Verdict::WouldDeny => "would-deny",
            Verdict::Deny => "deny",
            Verdict::ForeignMark => "foreign-mark",
        })
    }
}

/// One edge of the proposed map with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposedEdge {
    /// The edge.
    pub edge: Edge,
    /// First connection seen.
    pub first_seen: DateTime<Utc>,
    /// Last connection seen.
    pub last_seen: DateTime<Utc>,
    /// Connections seen (first packets, not packets).
    pub count: u64,
    /// How the last connection was treated.
    pub last_verdict: Verdict,
    /// Set when a person rejected the edge: it is no longer offered for approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected: Option<Decision>,
}

/// The proposed map: every edge observed, with evidence.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposedMap {
    /// Bumped on every write.
    pub generation: u64,
    /// Last write.
    pub updated_at: Option<DateTime<Utc>>,
    /// Edges, sorted.
    pub edges: Vec<ProposedEdge>,
}

/// An observation of one edge over a short window, as the agent reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowRecord {
    /// The edge.
    pub edge: Edge,
    /// First connection in the window.
    pub first_seen: DateTime<Utc>,
    /// Last connection in the window.
    pub last_seen: DateTime<Utc>,
    /// Connections in the window.
    pub count: u64,
    /// Verdict of the last one.
    pub verdict: Verdict,
}

/// An approved policy version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Version number; 0 is the empty policy before any approval.
    pub version: u64,
    /// When this version was made.
    pub created_at: DateTime<Utc>,
    /// Who made it.
    pub created_by: String,
    /// Why (a short description of the change).
    pub change: String,
    /// Mode of workloads without their own mode, and of external peers.
    pub default_mode: Mode,
    /// Per-workload modes.
    #[serde(default)]
    pub modes: BTreeMap<WorkloadRef, Mode>,
    /// The approved edges.
    pub edges: BTreeSet<Edge>,
}

impl Policy {
    /// The empty policy in force before the first approval: learn everything.
    pub fn initial() -> Self {
        Policy {
            version: 0,
            created_at: DateTime::<Utc>::UNIX_EPOCH,
            created_by: "palisade".to_owned(),
            change: "initial (empty) policy".to_owned(),
            default_mode: Mode::Learn,
            modes: BTreeMap::new(),
            edges: BTreeSet::new(),
        }
    }

    /// The effective mode of a workload.
    pub fn mode_of(&self, w: &WorkloadRef) -> Mode {
        self.modes.get(w).copied().unwrap_or(self.default_mode)
    }
}

/// What kind of change a history entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Edges approved.
    Approve,
    /// Edges rejected (and removed from the policy if they were in it).
    Reject,
    /// An older version restored.
    Rollback,
    /// A mode changed.
    SetMode,
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Action::Approve => "approve",
            Action::Reject => "reject",
            Action::Rollback => "rollback",
            Action::SetMode => "set-mode",
        })
    }
}

/// One line of `history.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// Who.
    pub by: String,
    /// What kind of change.
    pub action: Action,
    /// The policy version in force after the change.
    pub version: u64,
    /// The edges concerned.
    #[serde(default)]
    pub edges: Vec<Edge>,
    /// Details (mode changes, rollback source).
    #[serde(default)]
    pub detail: String,
}

/// A denied or would-deny flow, for `events`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// When the first packet was seen.
    pub at: DateTime<Utc>,
    /// What the kernel did.
    pub verdict: Verdict,
    /// The nftables rule that decided (its log prefix, e.g. `deny-egress`).
    pub rule: String,
    /// The edge the flow belongs to.
    pub edge: Edge,
    /// Source address.
    pub src: std::net::IpAddr,
    /// Destination address.
    pub dst: std::net::IpAddr,
    /// Source port (informational only; never part of an edge).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sport: Option<u16>,
}

/// The agent's status, rewritten every few seconds while it runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentStatus {
    /// Process id.
    pub pid: u32,
    /// Start time.
    pub started_at: Option<DateTime<Utc>>,
    /// Last status write.
    pub updated_at: Option<DateTime<Utc>>,
    /// Policy version programmed into the kernel.
    pub applied_version: Option<u64>,
    /// Inventory workloads in force.
    pub workloads: usize,
    /// Last nftables transaction succeeded.
    pub apply_ok: bool,
    /// Last error, if any.
    pub last_error: Option<String>,
    /// First packets received from the kernel.
    pub flows_seen: u64,
    /// Log messages lost (sequence gaps and socket overruns).
    pub flows_lost: u64,
    /// Times the kernel reported the socket overran.
    pub overruns: u64,
    /// True once the agent stopped on SIGTERM.
    pub stopped: bool,
}

/// Changes of the policy made by one call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A new version was written.
    NewVersion(Policy),
    /// Nothing changed (e.g. the edges were already approved).
    Unchanged(Policy),
}

impl Change {
    /// The policy in force after the call.
    pub fn policy(&self) -> &Policy {
        match self {
            Change::NewVersion(p) | Change::Unchanged(p) => p,
        }
    }
}

/// Proposed versus approved, edge by edge.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MapDiff {
    /// Observed, not approved, not rejected: waiting for a decision.
    pub pending: Vec<ProposedEdge>,
    /// Approved but never observed.
    pub unobserved: Vec<Edge>,
    /// Observed and approved.
    pub approved: Vec<Edge>,
    /// Observed and rejected.
    pub rejected: Vec<ProposedEdge>,
}

// === impl Store ===

/// A state directory.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// Held while a writer works; dropping it releases the lock.
#[derive(Debug)]
pub struct StoreLock {
    _lock: Flock<File>,
}

static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `dir/name` atomically: a crash leaves the old file or
/// the new one, never a mix.
pub fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> Result<()> {
    let path = dir.join(name);
    let tmp = dir.join(format!(
        ".{name}.tmp.{}.{}",
        std::process::id(),
        TMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let io = |p: &Path| {
        let p = p.to_owned();
        move |source| StoreError::Io { path: p, source }
    };
    let res = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(io(&tmp))?;
        f.write_all(bytes).map_err(io(&tmp))?;
        f.sync_all().map_err(io(&tmp))?;
        drop(f);
        fs::rename(&tmp, &path).map_err(io(&path))?;
        File::open(dir).and_then(|d| d.sync_all()).map_err(io(dir))
    })();
    if res.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    res
}

fn read_doc<T: DeserializeOwned>(path: &Path) -> Result<Option<T>> {
    let f = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(StoreError::Io {
                path: path.to_owned(),
                source,
            })
        }
    };
    let mut buf = Vec::new();
    f.take(MAX_DOC_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|source| StoreError::Io {
            path: path.to_owned(),
            source,
        })?;
    if buf.len() as u64 > MAX_DOC_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_owned(),
        });
    }
    serde_json::from_slice(&buf)
        .map(Some)
        .map_err(|source| StoreError::Corrupt {
            path: path.to_owned(),
            source,
        })
}

fn to_json<T: Serialize>(what: &'static str, v: &T) -> Result<Vec<u8>> {
    let mut out =
        serde_json::to_vec_pretty(v).map_err(|source| StoreError::Encode { what, source })?;
    out.push(b'\n');
    Ok(out)
}

/// Reads a JSON-lines file, skipping lines that do not parse (a torn last
/// line after a crash). Returns the entries and how many lines were skipped.
fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<(Vec<T>, usize)> {
    let f = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), 0)),
        Err(source) => {
            return Err(StoreError::Io {
                path: path.to_owned(),
                source,
            })
        }
    };
    let mut out = Vec::new();
    let mut skipped = 0;
    for line in BufReader::new(f).lines() {
        let line = line.map_err(|source| StoreError::Io {
            path: path.to_owned(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str(&line) {
            Ok(v) => out.push(v),
            Err(_) => skipped += 1,
        }
    }
    Ok((out, skipped))
}

/// The identity recorded for changes made from this process: the OS user
/// (and the user behind `sudo`, if any).
pub fn current_user() -> String {
    let uid = nix::unistd::getuid();
    let name = nix::unistd::User::from_uid(uid)
        .ok()
        .flatten()
        .map(|u| u.name)
        .unwrap_or_else(|| format!("uid:{uid}"));
    match std::env::var("SUDO_USER") {
        Ok(s) if !s.is_empty() && s != name => format!("{name} (sudo by {s})"),
        _ => name,
    }
}

impl Store {
    /// Opens (creating if needed) a state directory.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self> {
        let dir = dir.into();
        let versions = dir.join(VERSIONS_DIR);
        fs::create_dir_all(&versions).map_err(|source| StoreError::Io {
            path: versions.clone(),
            source,
        })?;
        Ok(Store { dir })
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Takes the writers' lock (blocks until it is free).
    pub fn lock(&self) -> Result<StoreLock> {
        let path = self.dir.join(LOCK_FILE);
        let f = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| StoreError::Io {
                path: path.clone(),
                source,
            })?;
        let lock = Flock::lock(f, FlockArg::LockExclusive)
            .map_err(|(_, source)| StoreError::Lock { path, source })?;
        Ok(StoreLock { _lock: lock })
    }

    // --- reading ---

    /// The proposed map (empty if nothing was observed yet).
    pub fn proposed(&self) -> Result<ProposedMap> {
        Ok(read_doc(&self.dir.join(PROPOSED_FILE))?.unwrap_or_default())
    }

    /// The approved policy in force ([`Policy::initial`] before any approval).
    pub fn policy(&self) -> Result<Policy> {
        Ok(read_doc(&self.dir.join(POLICY_FILE))?.unwrap_or_else(Policy::initial))
    }

    /// A past policy version.
    pub fn policy_version(&self, version: u64) -> Result<Policy> {
        if version == 0 {
            return Ok(Policy::initial());
        }
        read_doc(&self.version_path(version))?.ok_or(StoreError::NoSuchVersion(version))
    }

    /// The change log, oldest first.
    pub fn history(&self) -> Result<Vec<HistoryEntry>> {
        Ok(read_jsonl(&self.dir.join(HISTORY_FILE))?.0)
    }

    /// The most recent `limit` events, oldest first.
    pub fn events(&self, limit: usize) -> Result<Vec<Event>> {
        let (mut all, _) = read_jsonl::<Event>(&self.dir.join(EVENTS_OLD_FILE))?;
        all.extend(read_jsonl::<Event>(&self.dir.join(EVENTS_FILE))?.0);
        let skip = all.len().saturating_sub(limit);
        Ok(all.into_iter().skip(skip).collect())
    }

    /// The agent's last inventory, if it ever loaded one.
    pub fn inventory(&self) -> Result<Option<Inventory>> {
        read_doc(&self.dir.join(INVENTORY_FILE))
    }

    /// The agent's status, if an agent ever ran on this directory.
    pub fn agent_status(&self) -> Result<Option<AgentStatus>> {
        read_doc(&self.dir.join(AGENT_FILE))
    }

    /// Proposed versus approved.
    pub fn diff(&self) -> Result<MapDiff> {
        let proposed = self.proposed()?;
        let policy = self.policy()?;
        let mut d = MapDiff::default();
        let mut seen = BTreeSet::new();
        for p in proposed.edges {
            seen.insert(p.edge.clone());
            if policy.edges.contains(&p.edge) {
                d.approved.push(p.edge);
            } else if p.rejected.is_some() {
                d.rejected.push(p);
            } else {
                d.pending.push(p);
            }
        }
        d.unobserved = policy
            .edges
            .iter()
            .filter(|e| !seen.contains(*e))
            .cloned()
            .collect();
        Ok(d)
    }

    // --- writing (each call takes the lock) ---

    /// Approves edges (`None`: every pending edge of the proposed map).
    /// Approving an edge that was not observed is allowed: a team may
    /// approve ahead of traffic. A rejected edge that is approved is no
    /// longer rejected.
    pub fn approve(&self, who: &str, edges: Option<&[Edge]>) -> Result<Change> {
        let _l = self.lock()?;
        let mut proposed = self.proposed()?;
        let current = self.policy()?;
        let wanted: Vec<Edge> = match edges {
            Some(e) => e.to_vec(),
            None => proposed
                .edges
                .iter()
                .filter(|p| p.rejected.is_none())
                .map(|p| p.edge.clone())
                .collect(),
        };
        let mut next = current.clone();
        let added: Vec<Edge> = wanted
            .into_iter()
            .filter(|e| next.edges.insert(e.clone()))
            .collect();
        let mut unrejected = false;
        for p in proposed.edges.iter_mut() {
            if p.rejected.is_some() && next.edges.contains(&p.edge) {
                p.rejected = None;
                unrejected = true;
            }
        }
        if unrejected {
            self.write_proposed(&mut proposed)?;
        }
        if added.is_empty() {
            return Ok(Change::Unchanged(current));
        }
        next.change = format!("approved {} edge(s)", added.len());
        self.commit(who, next, Action::Approve, added, String::new())
    }

    /// Rejects edges: they leave the approved policy (if there) and are
    /// marked rejected in the proposed map so they are not offered again.
    pub fn reject(&self, who: &str, edges: &[Edge]) -> Result<Change> {
        let _l = self.lock()?;
        let mut proposed = self.proposed()?;
        let current = self.policy()?;
        let now = Utc::now();
        for e in edges {
            let in_map = proposed.edges.iter().any(|p| &p.edge == e);
            if !in_map && !current.edges.contains(e) {
                return Err(StoreError::UnknownEdge(e.to_string()));
            }
        }
        let mut touched = false;
        for p in proposed.edges.iter_mut() {
            if edges.contains(&p.edge) && p.rejected.is_none() {
                p.rejected = Some(Decision {
                    by: who.to_owned(),
                    at: now,
                });
                touched = true;
            }
        }
        if touched {
            self.write_proposed(&mut proposed)?;
        }
        let mut next = current.clone();
        let removed: Vec<Edge> = edges
            .iter()
            .filter(|e| next.edges.remove(*e))
            .cloned()
            .collect();
        if removed.is_empty() {
            // Nothing in force changed, but the decision is still recorded.
            self.append_history(&HistoryEntry {
                at: now,
                by: who.to_owned(),
                action: Action::Reject,
                version: current.version,
                edges: edges.to_vec(),
                detail: "proposed edges rejected".to_owned(),
            })?;
            return Ok(Change::Unchanged(current));
        }
        next.change = format!("rejected {} approved edge(s)", removed.len());
        self.commit(who, next, Action::Reject, edges.to_vec(), String::new())
    }

    /// Restores the edges and modes of an older version as a new version.
    pub fn rollback(&self, who: &str, version: u64) -> Result<Change> {
        let _l = self.lock()?;
        let current = self.policy()?;
        let old = self.policy_version(version)?;
        let mut next = current.clone();
        next.edges = old.edges;
        next.modes = old.modes;
        next.default_mode = old.default_mode;
        next.change = format!("rollback to version {version}");
        self.commit(
            who,
            next,
            Action::Rollback,
            Vec::new(),
            format!("restored version {version}"),
        )
    }

    /// Sets the default mode (`workload: None`) or one workload's mode.
    pub fn set_mode(
        &self,
        who: &str,
        workload: Option<&WorkloadRef>,
        mode: Mode,
    ) -> Result<Change> {
        let _l = self.lock()?;
        let current = self.policy()?;
        let mut next = current.clone();
        let detail = match workload {
            None => {
                next.default_mode = mode;
                format!("default mode {} -> {mode}", current.default_mode)
            }
            Some(w) => {
                let before = current.mode_of(w);
                next.modes.insert(w.clone(), mode);
                format!("{w} mode {before} -> {mode}")
            }
        };
        if next.default_mode == current.default_mode && next.modes == current.modes {
            return Ok(Change::Unchanged(current));
        }
        next.change = detail.clone();
        self.commit(who, next, Action::SetMode, Vec::new(), detail)
    }

    /// Merges a window of observations into the proposed map (the agent
    /// calls this every second or so). Returns how many connections were
    /// not recorded because the map already holds [`MAX_PROPOSED_EDGES`]
    /// edges (e.g. during a scan from many external addresses): existing
    /// edges keep being counted, new ones are dropped, and the caller
    /// counts them as lost.
    pub fn record_flows(&self, flows: &[FlowRecord]) -> Result<u64> {
        if flows.is_empty() {
            return Ok(0);
        }
        let _l = self.lock()?;
        let mut proposed = self.proposed()?;
        let mut by_edge: BTreeMap<Edge, ProposedEdge> = proposed
            .edges
            .drain(..)
            .map(|p| (p.edge.clone(), p))
            .collect();
        let mut dropped = 0u64;
        for f in flows {
            if by_edge.len() >= MAX_PROPOSED_EDGES && !by_edge.contains_key(&f.edge) {
                dropped = dropped.saturating_add(f.count);
                continue;
            }
            by_edge
                .entry(f.edge.clone())
                .and_modify(|p| {
                    p.first_seen = p.first_seen.min(f.first_seen);
                    if f.last_seen >= p.last_seen {
                        p.last_seen = f.last_seen;
                        p.last_verdict = f.verdict;
                    }
                    p.count = p.count.saturating_add(f.count);
                })
                .or_insert_with(|| ProposedEdge {
                    edge: f.edge.clone(),
                    first_seen: f.first_seen,
                    last_seen: f.last_seen,
                    count: f.count,
                    last_verdict: f.verdict,
                    rejected: None,
                });
        }
        proposed.edges = by_edge.into_values().collect();
        self.write_proposed(&mut proposed)?;
        Ok(dropped)
    }

    /// Appends events, rotating the file when it grows past
    /// [`MAX_EVENTS_BYTES`] (so at most two files' worth is kept).
    pub fn append_events(&self, events: &[Event]) -> Result<()> {
        if events.is_empty() {
            return Ok(());
        }
        let _l = self.lock()?;
        let path = self.dir.join(EVENTS_FILE);
        let io = |source| StoreError::Io {
            path: path.clone(),
            source,
        };
        if fs::metadata(&path).map(|m| m.len()).unwrap_or(0) > MAX_EVENTS_BYTES {
            fs::rename(&path, self.dir.join(EVENTS_OLD_FILE)).map_err(io)?;
        }
        let mut buf = Vec::with_capacity(events.len() * 200);
        for e in events {
            serde_json::to_writer(&mut buf, e).map_err(|source| StoreError::Encode {
                what: "event",
                source,
            })?;
            buf.push(b'\n');
        }
        let mut f = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(io)?;
        f.write_all(&buf).map_err(io)?;
        f.sync_data().map_err(io)
    }

    /// Saves the agent's inventory for review commands and export.
    pub fn save_inventory(&self, inv: &Inventory) -> Result<()> {
        write_atomic(&self.dir, INVENTORY_FILE, &to_json("inventory", inv)?)
    }

    /// Saves the agent's status.
    pub fn save_agent_status(&self, s: &AgentStatus) -> Result<()> {
        write_atomic(&self.dir, AGENT_FILE, &to_json("agent status", s)?)
    }

    // --- helpers (callers hold the lock) ---

    fn version_path(&self, version: u64) -> PathBuf {
        self.dir
            .join(VERSIONS_DIR)
            .join(format!("v{version:06}.json"))
    }

    fn write_proposed(&self, proposed: &mut ProposedMap) -> Result<()> {
        proposed.generation = proposed.generation.saturating_add(1);
        proposed.updated_at = Some(Utc::now());
        write_atomic(
            &self.dir,
            PROPOSED_FILE,
            &to_json("proposed map", proposed)?,
        )
    }

    fn append_history(&self, entry: &HistoryEntry) -> Result<()> {
        let path = self.dir.join(HISTORY_FILE);
        let io = |source| StoreError::Io {
            path: path.clone(),
            source,
        };
        let mut line = serde_json::to_vec(entry).map_err(|source| StoreError::Encode {
            what: "history entry",
            source,
        })?;
        line.push(b'\n');
        let mut f = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(io)?;
        f.write_all(&line).map_err(io)?;
        f.sync_data().map_err(io)
    }

    /// Writes `next` as the next version: the immutable version file first,
    /// then `policy.json`, then the history line. A crash in between leaves
    /// the previous policy in force (or the new one, fully written).
    fn commit(
        &self,
        who: &str,
        mut next: Policy,
        action: Action,
        edges: Vec<Edge>,
        detail: String,
    ) -> Result<Change> {
        let now = Utc::now();
        next.version = next.version.saturating_add(1);
        // Never overwrite a version file left by a crash between steps.
        while self.version_path(next.version).exists() {
            next.version = next.version.saturating_add(1);
        }
        next.created_at = now;
        next.created_by = who.to_owned();
        let bytes = to_json("policy", &next)?;
        let vdir = self.dir.join(VERSIONS_DIR);
        write_atomic(&vdir, &format!("v{:06}.json", next.version), &bytes)?;
        write_atomic(&self.dir, POLICY_FILE, &bytes)?;
        self.append_history(&HistoryEntry {
            at: now,
            by: who.to_owned(),
            action,
            version: next.version,
            edges,
            detail,
        })?;
        Ok(Change::NewVersion(next))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(s: &str) -> Edge {
        s.parse().unwrap()
    }

    fn flow(s: &str, n: u64) -> FlowRecord {
        let now = Utc::now();
        FlowRecord {
            edge: edge(s),
            first_seen: now,
            last_seen: now,
            count: n,
            verdict: Verdict::Learn,
        }
    }

    #[test]
    fn learn_approve_reject_rollback() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path()).unwrap();
        assert_eq!(s.policy().unwrap().version, 0);
        s.record_flows(&[
            flow("a/web->a/api:tcp/80", 2),
            flow("a/api->a/db:tcp/5432", 1),
        ])
        .unwrap();
        s.record_flows(&[flow("a/web->a/api:tcp/80", 3)]).unwrap();
        let p = s.proposed().unwrap();
        assert_eq!(p.edges.len(), 2);
        assert_eq!(
            p.edges
                .iter()
                .find(|e| e.edge == edge("a/web->a/api:tcp/80"))
                .unwrap()
                .count,
            5
        );

        let c = s
            .approve("alice", Some(&[edge("a/web->a/api:tcp/80")]))
            .unwrap();
        assert!(
            matches!(c, Change::NewVersion(ref p) if p.version == 1 && p.created_by == "alice")
        );
        // Approving again changes nothing.
        assert!(matches!(
            s.approve("alice", Some(&[edge("a/web->a/api:tcp/80")]))
                .unwrap(),
            Change::Unchanged(_)
        ));
        let d = s.diff().unwrap();
        assert_eq!(d.pending.len(), 1);
        assert_eq!(d.approved.len(), 1);

        s.reject("bob", &[edge("a/api->a/db:tcp/5432")]).unwrap();
        assert_eq!(s.diff().unwrap().pending.len(), 0);
        // --all does not approve rejected edges.
        assert!(matches!(
            s.approve("bob", None).unwrap(),
            Change::Unchanged(_)
        ));

        s.set_mode("carol", None, Mode::Enforce).unwrap();
        s.set_mode("carol", Some(&"a/db".parse().unwrap()), Mode::Audit)
            .unwrap();
        let p = s.policy().unwrap();
        assert_eq!(p.version, 3);
        assert_eq!(p.mode_of(&"a/db".parse().unwrap()), Mode::Audit);
        assert_eq!(p.mode_of(&"a/web".parse().unwrap()), Mode::Enforce);

        s.reject("dave", &[edge("a/web->a/api:tcp/80")]).unwrap();
        assert!(s.policy().unwrap().edges.is_empty());
        let c = s.rollback("erin", 1).unwrap();
        assert_eq!(c.policy().version, 5);
        assert_eq!(c.policy().edges.len(), 1);
        assert_eq!(c.policy().default_mode, Mode::Learn);

        let h = s.history().unwrap();
        let who: Vec<&str> = h.iter().map(|e| e.by.as_str()).collect();
        assert_eq!(who, ["alice", "bob", "carol", "carol", "dave", "erin"]);
        assert!(matches!(
            s.rollback("x", 99),
            Err(StoreError::NoSuchVersion(99))
        ));
        assert!(matches!(
            s.reject("x", &[edge("z/z->z/z:tcp/1")]),
            Err(StoreError::UnknownEdge(_))
        ));
    }

    #[test]
    fn corrupt_documents_are_reported_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path()).unwrap();
        fs::write(dir.path().join(POLICY_FILE), b"{\"version\": 3, \"edg").unwrap();
        let err = s.policy().unwrap_err().to_string();
        assert!(err.contains("policy.json"), "{err}");
        assert!(s.approve("a", Some(&[edge("a/b->a/c:tcp/1")])).is_err());
        // The damaged file is still there for a person to inspect.
        assert_eq!(
            fs::read(dir.path().join(POLICY_FILE)).unwrap(),
            b"{\"version\": 3, \"edg"
        );
    }

    #[test]
    fn torn_jsonl_lines_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path()).unwrap();
        s.approve("a", Some(&[edge("a/b->a/c:tcp/1")])).unwrap();
        let mut f = OpenOptions::new()
            .append(true)
            .open(dir.path().join(HISTORY_FILE))
            .unwrap();
        f.write_all(b"{\"at\": \"2026-").unwrap();
        assert_eq!(s.history().unwrap().len(), 1);
    }

    #[test]
    fn concurrent_writers_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path()).unwrap();
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let s = s.clone();
                std::thread::spawn(move || {
                    for i in 0..25 {
                        let e = format!("t{t}/a->t{t}/b:tcp/{}", i + 1);
                        if t % 2 == 0 {
                            s.record_flows(&[flow(&e, 1)]).unwrap();
                        } else {
                            s.approve(&format!("u{t}"), Some(&[edge(&e)])).unwrap();
                        }
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(s.proposed().unwrap().edges.len(), 50);
        assert_eq!(s.policy().unwrap().edges.len(), 50);
        assert_eq!(s.policy().unwrap().version, 50);
        assert_eq!(s.history().unwrap().len(), 50);
    }

    #[test]
    fn events_rotate_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path()).unwrap();
        let ev = Event {
            at: Utc::now(),
            verdict: Verdict::Deny,
            rule: "deny-egress".into(),
            edge: edge("a/b->a/c:tcp/1"),
            src: "10.0.0.1".parse().unwrap(),
            dst: "10.0.0.2".parse().unwrap(),
            sport: Some(40000),
        };
        s.append_events(&[ev.clone(), ev.clone()]).unwrap();
        assert_eq!(s.events(10).unwrap().len(), 2);
        assert_eq!(s.events(1).unwrap(), vec![ev]);
    }
}
