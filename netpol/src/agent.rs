//! The agent: programs the kernel, learns flows, follows the state directory.
//!
//! Started in the network namespace it filters. It binds the NFLOG group
//! *before* loading the table (no first packet is missed), loads the table
//! in one transaction (replacing what a previous agent left, with nothing
//! in between), then loops:
//!
//! - a reader thread turns first packets into flows and events;
//! - every `poll` the main loop checks `policy.json` and the inventory file
//!   for changes and applies the difference as one transaction (only set
//!   elements change); a failed reload keeps the last good state and says why;
//! - every `flush` it merges flows into the proposed map, appends events,
//!   and writes `agent.json`.
//!
//! On SIGTERM (the `stop` flag) it flushes and exits, leaving the table in
//! place: the kernel keeps enforcing the last approved policy. Only
//! `uninstall` removes the table.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use chrono::Utc;
use tracing::{error, info, warn};

use crate::flows::{parse_prefix, Aggregator};
use crate::inventory::{AddressIndex, Inventory};
use crate::metrics::Metrics;
use crate::model::Mode;
use crate::nflog::{NflogConfig, NflogListener};
use crate::render::{self, Desired, IdTable, RenderOptions};
use crate::store::{AgentStatus, Policy, Store};

/// Most distinct edges aggregated between two flushes.
pub const MAX_WINDOW_EDGES: usize = 100_000;
/// Most events kept between two flushes.
pub const MAX_WINDOW_EVENTS: usize = 20_000;

/// Agent settings.
#[derive(Debug, Clone)]
pub struct AgentConfig {
    /// State directory.
    pub state: PathBuf,
    /// Inventory file (YAML or pod list JSON), watched for changes.
    pub inventory: PathBuf,
    /// If set, the default mode is set to this at start (recorded in history).
    pub mode: Option<Mode>,
    /// Table, NFLOG group, hook priority.
    pub render: RenderOptions,
    /// Prometheus endpoint.
    pub metrics: Option<std::net::SocketAddr>,
    /// How often the state directory and inventory are checked. Default 250 ms.
    pub poll: Duration,
    /// How often flows are merged into the proposed map. Default 1 s.
    pub flush: Duration,
}

impl AgentConfig {
    /// Defaults for a state directory and inventory.
    pub fn new(state: impl Into<PathBuf>, inventory: impl Into<PathBuf>) -> Self {
        AgentConfig {
            state: state.into(),
            inventory: inventory.into(),
            mode: None,
            render: RenderOptions::default(),
            metrics: None,
            poll: Duration::from_millis(250),
            flush: Duration::from_secs(1),
        }
    }
}

/// Why the agent could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    /// State directory problem.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// No usable inventory.
    #[error(transparent)]
    Inventory(#[from] crate::inventory::InventoryError),
    /// NFLOG problem.
    #[error(transparent)]
    Nflog(#[from] crate::nflog::NflogError),
    /// The first nftables load failed (the kernel was left unchanged).
    #[error(transparent)]
    Render(#[from] render::RenderError),
    /// The metrics endpoint could not be opened.
    #[error("metrics endpoint {addr}: {source}")]
    Metrics {
        /// The address.
        addr: std::net::SocketAddr,
        /// The error.
        source: std::io::Error,
    },
}

/// A cheap fingerprint of a file: replaced (renamed over) or modified files
/// get a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    ino: u64,
    len: u64,
    mtime: i128,
}

fn stamp(p: &Path) -> Option<Stamp> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(p).ok().map(|m| Stamp {
        ino: m.ino(),
        len: m.len(),
        mtime: i128::from(m.mtime()) * 1_000_000_000 + i128::from(m.mtime_nsec()),
    })
}

/// What is in the kernel now.
struct Applied {
    desired: Desired,
    version: u64,
}

struct Agent {
    cfg: AgentConfig,
    store: Store,
    ids: IdTable,
    inventory: Inventory,
    policy: Policy,
    applied: Option<Applied>,
    index: Arc<ArcSwap<AddressIndex>>,
    metrics: Arc<Metrics>,
    status: AgentStatus,
}

impl Agent {
    /// Computes the desired state and moves the kernel to it: a diff when
    /// possible, a full replace otherwise (first load, or a failed diff).
    fn reconcile(&mut self, force_full: bool) -> Result<(), render::RenderError> {
        let desired = Desired::new(&self.policy, &self.inventory, &mut self.ids);
        for w in &desired.warnings {
            warn!(warning = %w, "policy element not rendered");
        }
        let o = &self.cfg.render;
        let result = match (&self.applied, force_full) {
            (Some(old), false) => match render::diff_batch(&old.desired, &desired, o) {
                None => Ok(()),
                Some(batch) => render::apply(&batch).or_else(|e| {
                    warn!(error = %e, "incremental update failed; replacing the table");
                    render::apply(&render::full_batch(&desired, o))
                }),
            },
            _ => render::apply(&render::full_batch(&desired, o)),
        };
        match result {
            Ok(()) => {
                self.metrics.apply_ok.fetch_add(1, Ordering::Relaxed);
                self.metrics
                    .policy_version
                    .store(self.policy.version, Ordering::Relaxed);
                self.metrics
                    .elements
                    .store(desired.element_count() as u64, Ordering::Relaxed);
                info!(
                    version = self.policy.version,
                    default_mode = %self.policy.default_mode,
                    edges = desired.edges.len() + desired.edges_noport.len(),
                    addresses = desired.addr4.len() + desired.addr6.len(),
                    "policy in force"
                );
                self.status.apply_ok = true;
                self.status.applied_version = Some(self.policy.version);
                self.applied = Some(Applied {
                    desired,
                    version: self.policy.version,
                });
                Ok(())
            }
            Err(e) => {
                self.metrics.apply_failed.fetch_add(1, Ordering::Relaxed);
                self.status.apply_ok = false;
                self.status.last_error = Some(e.to_string());
                error!(error = %e, version = self.policy.version, "nftables update failed; the previous policy stays in force");
                Err(e)
            }
        }
    }

    fn reload_policy(&mut self) {
        match self.store.policy() {
            Ok(p) => {
                if self.applied.as_ref().map(|a| a.version) != Some(p.version) || p != self.policy {
                    info!(version = p.version, by = %p.created_by, change = %p.change, "approved policy changed");
                    self.policy = p;
                    let _ = self.reconcile(false);
                }
            }
            Err(e) => {
                self.status.last_error = Some(e.to_string());
                error!(error = %e, "cannot read the approved policy; keeping the one in force");
            }
        }
    }

    fn reload_inventory(&mut self) {
        match Inventory::load(&self.cfg.inventory) {
            Ok(inv) => {
                if inv == self.inventory {
                    return;
                }
                info!(workloads = inv.workloads.len(), "inventory changed");
                self.install_inventory(inv);
                let _ = self.reconcile(false);
            }
            Err(e) => {
                self.status.last_error = Some(e.to_string());
                error!(error = %e, "inventory reload failed; keeping the last good inventory");
            }
        }
    }

    fn install_inventory(&mut self, inv: Inventory) {
        self.index.store(Arc::new(inv.index()));
        self.metrics
            .workloads
            .store(inv.workloads.len() as u64, Ordering::Relaxed);
        self.status.workloads = inv.workloads.len();
        if let Err(e) = self.store.save_inventory(&inv) {
            warn!(error = %e, "cannot save the inventory snapshot");
        }
        self.inventory = inv;
    }
}

/// Loads the inventory, falling back to the last good snapshot in the state
/// directory if the file is bad (and saying so).
fn initial_inventory(cfg: &AgentConfig, store: &Store) -> Result<Inventory, AgentError> {
    match Inventory::load(&cfg.inventory) {
        Ok(inv) => Ok(inv),
        Err(e) => match store.inventory() {
            Ok(Some(last)) => {
                error!(error = %e, "inventory is invalid; starting with the last good inventory from the state directory");
                Ok(last)
            }
            _ => Err(e.into()),
        },
    }
}

/// Runs the agent until `stop` is set.
pub fn run(cfg: AgentConfig, stop: Arc<AtomicBool>) -> Result<(), AgentError> {
    let store = Store::open(&cfg.state)?;
    let inventory = initial_inventory(&cfg, &store)?;
    if let Some(mode) = cfg.mode {
        let who = format!("{} (agent --mode)", crate::store::current_user());
        store.set_mode(&who, None, mode)?;
    }
    let policy = store.policy()?;

    let metrics = Arc::new(Metrics::default());
    let index = Arc::new(ArcSwap::from_pointee(inventory.index()));
    let agg = Arc::new(Mutex::new(Aggregator::new(
        MAX_WINDOW_EDGES,
        MAX_WINDOW_EVENTS,
    )));

    // Listen before the rules exist, so the first logged packet is received.
    let mut listener = NflogListener::bind(NflogConfig::new(cfg.render.nflog_group))?;

    let mut agent = Agent {
        store: store.clone(),
        ids: IdTable::default(),
        inventory: Inventory::default(),
        policy,
        applied: None,
        index: index.clone(),
        metrics: metrics.clone(),
        status: AgentStatus {
            pid: std::process::id(),
            started_at: Some(Utc::now()),
            ..AgentStatus::default()
        },
        cfg: cfg.clone(),
    };
    agent.install_inventory(inventory);
    agent.reconcile(true)?;

    let reader = {
        let stop = stop.clone();
        let agg = agg.clone();
        let index = index.clone();
        let metrics = metrics.clone();
        std::thread::Builder::new()
            .name("nflog".into())
            .spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let idx = index.load();
                    let now = Utc::now();
                    let res = listener.recv(|l| {
                        if let Some(rule) = parse_prefix(l.prefix) {
                            if let Ok(mut a) = agg.lock() {
                                a.observe(l.payload, &rule, now, &idx);
                            }
                        }
                    });
                    if let Err(e) = res {
                        error!(error = %e, "NFLOG receive failed");
                        std::thread::sleep(Duration::from_millis(100));
                    }
                    metrics
                        .overruns
                        .store(listener.stats.overruns, Ordering::Relaxed);
                    metrics
                        .flows_seen
                        .store(listener.stats.received, Ordering::Relaxed);
                    let dropped = agg.lock().map(|a| a.stats.dropped_flows).unwrap_or(0);
                    metrics.flows_lost.store(
                        listener.stats.lost + dropped + metrics.map_full.load(Ordering::Relaxed),
                        Ordering::Relaxed,
                    );
                }
            })
            .map_err(|e| AgentError::Nflog(crate::nflog::NflogError::Socket(e)))?
    };

    let metrics_thread = match cfg.metrics {
        Some(addr) => {
            let table = cfg.render.table.clone();
            Some(
                crate::metrics::serve(addr, metrics.clone(), stop.clone(), move || {
                    render::read_counters(&table).unwrap_or_default()
                })
                .map_err(|source| AgentError::Metrics { addr, source })?,
            )
        }
        None => None,
    };

    info!(
        state = %cfg.state.display(),
        inventory = %cfg.inventory.display(),
        nflog_group = cfg.render.nflog_group,
        table = %cfg.render.table,
        "agent running"
    );

    let policy_path = cfg.state.join(crate::store::POLICY_FILE);
    let mut policy_stamp = stamp(&policy_path);
    let mut inv_stamp = stamp(&cfg.inventory);
    let mut last_flush = Instant::now();
    // Rewriting a large proposed map every second would keep the disk
    // busy: the interval grows to ten times what the last write took.
    let mut flush_every = cfg.flush;
    let mut last_check = Instant::now();
    loop {
        let stopping = stop.load(Ordering::Relaxed);
        let s = stamp(&policy_path);
        if s != policy_stamp {
            policy_stamp = s;
            agent.reload_policy();
        }
        let s = stamp(&cfg.inventory);
        if s != inv_stamp {
            inv_stamp = s;
            agent.reload_inventory();
        }
        if last_check.elapsed() >= Duration::from_secs(10) {
            last_check = Instant::now();
            // Someone removed the table (e.g. `nft flush ruleset`): put it back.
            if matches!(render::table_exists(&cfg.render.table), Ok(false)) {
                warn!("Palisade's table is missing; reloading it");
                let _ = agent.reconcile(true);
            } else if !agent.status.apply_ok {
                let _ = agent.reconcile(true);
            }
        }
        if stopping || last_flush.elapsed() >= flush_every {
            last_flush = Instant::now();
            flush(&agent, &agg, &metrics);
            flush_every = cfg
                .flush
                .max(last_flush.elapsed() * 10)
                .min(Duration::from_secs(30));
            agent.status.updated_at = Some(Utc::now());
            agent.status.flows_seen = metrics.flows_seen.load(Ordering::Relaxed);
            agent.status.flows_lost = metrics.flows_lost.load(Ordering::Relaxed);
            agent.status.overruns = metrics.overruns.load(Ordering::Relaxed);
            agent.status.stopped = stopping;
            if let Err(e) = agent.store.save_agent_status(&agent.status) {
                warn!(error = %e, "cannot write agent status");
            }
        }
        if stopping {
            break;
        }
        std::thread::sleep(
            cfg.poll
                .min(Duration::from_millis(100))
                .max(Duration::from_millis(10)),
        );
    }
    let _ = reader.join();
    if let Some(t) = metrics_thread {
        let _ = t.join();
    }
    // Catch what the reader received while stopping.
    flush(&agent, &agg, &metrics);
    info!("agent stopped; the table stays in place and the last approved policy stays enforced");
    Ok(())
}

fn flush(agent: &Agent, agg: &Mutex<Aggregator>, metrics: &Metrics) {
    let (flows, events) = match agg.lock() {
        Ok(mut a) => a.drain(),
        Err(_) => return,
    };
    // One log line per edge and verdict per flush, not per connection: a
    // scan must not flood the logs (every event is still in `events`).
    let mut per_edge: BTreeMap<(&crate::model::Edge, &str), (u64, &crate::store::Event)> =
        BTreeMap::new();
    for e in &events {
        per_edge
            .entry((&e.edge, e.rule.as_str()))
            .or_insert((0, e))
            .0 += 1;
    }
    for ((edge, rule), (n, e)) in per_edge {
        warn!(
            verdict = %e.verdict,
            rule = %rule,
            edge = %edge,
            connections = n,
            src = %e.src,
            dst = %e.dst,
            "flow not approved"
        );
    }
    metrics.count_events(&events);
    match agent.store.record_flows(&flows) {
        Ok(0) => {}
        Ok(dropped) => {
            metrics.map_full.fetch_add(dropped, Ordering::Relaxed);
            warn!(
                dropped,
                "the proposed map is full; new edges were not recorded"
            );
        }
        Err(e) => {
            let n: u64 = flows.iter().map(|f| f.count).sum();
            metrics.map_full.fetch_add(n, Ordering::Relaxed);
            error!(error = %e, connections = n, "cannot update the proposed map; these observations are lost");
        }
    }
    if let Err(e) = agent.store.append_events(&events) {
        error!(error = %e, "cannot append events");
    }
}
