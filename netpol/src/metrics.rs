//! Prometheus metrics of the agent (`--metrics ADDR`).
//!
//! A tiny HTTP/1.0 responder on a thread: every request gets the text
//! exposition format. Per-edge and per-workload series are bounded
//! ([`MAX_SERIES`]); past the bound, counts go to an `other` series.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::store::{Event, Verdict};

/// Most distinct edge (and workload) label values kept.
pub const MAX_SERIES: usize = 2000;

/// The agent's counters.
#[derive(Debug, Default)]
pub struct Metrics {
    /// First packets received from the kernel.
    pub flows_seen: AtomicU64,
    /// Log messages lost (sequence gaps) plus observations dropped at bounds.
    pub flows_lost: AtomicU64,
    /// Connections not recorded because the proposed map was full or could
    /// not be written.
    pub map_full: AtomicU64,
    /// Socket overruns reported by the kernel.
    pub overruns: AtomicU64,
    /// Policy version in force.
    pub policy_version: AtomicU64,
    /// Successful nftables transactions.
    pub apply_ok: AtomicU64,
    /// Failed nftables transactions.
    pub apply_failed: AtomicU64,
    /// Elements in Palisade's sets and maps.
    pub elements: AtomicU64,
    /// Workloads in the inventory.
    pub workloads: AtomicU64,
    denied: Mutex<Denied>,
}

#[derive(Debug, Default)]
struct Denied {
    by_edge: BTreeMap<(String, String), u64>,
    by_workload: BTreeMap<(String, String), u64>,
}

fn bump(m: &mut BTreeMap<(String, String), u64>, key: (String, String)) {
    let key = if m.len() >= MAX_SERIES && !m.contains_key(&key) {
        ("other".to_owned(), key.1)
    } else {
        key
    };
    *m.entry(key).or_default() += 1;
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

impl Metrics {
    /// Counts denied / would-deny events by edge and by workload.
    pub fn count_events(&self, events: &[Event]) {
        let Ok(mut d) = self.denied.lock() else {
            return;
        };
        for e in events {
            let verdict = e.verdict.to_string();
            bump(&mut d.by_edge, (e.edge.to_string(), verdict.clone()));
            // The workload whose mode decided: the source for egress rules.
            let w = if e.rule.ends_with("ingress") || e.verdict == Verdict::ForeignMark {
                e.edge.dst.to_string()
            } else {
                e.edge.src.to_string()
            };
            bump(&mut d.by_workload, (w, verdict));
        }
    }

    /// The text exposition; `rules` are nftables rule counters by comment.
    pub fn render(&self, rules: &BTreeMap<String, (u64, u64)>) -> String {
        let mut out = String::new();
        let g = |o: &mut String, name: &str, help: &str, kind: &str, v: u64| {
            let _ = writeln!(o, "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {v}");
        };
        let l = |a: &AtomicU64| a.load(Ordering::Relaxed);
        g(
            &mut out,
            "palisade_netpol_flows_learned_total",
            "First packets received from the kernel.",
            "counter",
            l(&self.flows_seen),
        );
        g(
            &mut out,
            "palisade_netpol_flows_lost_total",
            "First packets lost (NFLOG sequence gaps and bounded buffers).",
            "counter",
            l(&self.flows_lost),
        );
        g(
            &mut out,
            "palisade_netpol_nflog_overruns_total",
            "NFLOG socket overruns (ENOBUFS).",
            "counter",
            l(&self.overruns),
        );
        g(
            &mut out,
            "palisade_netpol_policy_version",
            "Approved policy version in force.",
            "gauge",
            l(&self.policy_version),
        );
        g(
            &mut out,
            "palisade_netpol_workloads",
            "Workloads in the inventory.",
            "gauge",
            l(&self.workloads),
        );
        g(
            &mut out,
            "palisade_netpol_nft_elements",
            "Elements in Palisade's nftables sets and maps.",
            "gauge",
            l(&self.elements),
        );
        let _ = writeln!(out, "# HELP palisade_netpol_nft_apply_total nftables transactions by result.\n# TYPE palisade_netpol_nft_apply_total counter");
        let _ = writeln!(
            out,
            "palisade_netpol_nft_apply_total{{result=\"ok\"}} {}",
            l(&self.apply_ok)
        );
        let _ = writeln!(
            out,
            "palisade_netpol_nft_apply_total{{result=\"failed\"}} {}",
            l(&self.apply_failed)
        );
        if let Ok(d) = self.denied.lock() {
            let _ = writeln!(out, "# HELP palisade_netpol_denied_flows_total Denied and would-deny connections by edge.\n# TYPE palisade_netpol_denied_flows_total counter");
            for ((edge, verdict), n) in &d.by_edge {
                let _ = writeln!(
                    out,
                    "palisade_netpol_denied_flows_total{{edge=\"{}\",verdict=\"{verdict}\"}} {n}",
                    escape(edge)
                );
            }
            let _ = writeln!(out, "# HELP palisade_netpol_workload_denied_flows_total Denied and would-deny connections by the workload whose mode decided.\n# TYPE palisade_netpol_workload_denied_flows_total counter");
            for ((w, verdict), n) in &d.by_workload {
                let _ = writeln!(out, "palisade_netpol_workload_denied_flows_total{{workload=\"{}\",verdict=\"{verdict}\"}} {n}", escape(w));
            }
        }
        let _ = writeln!(out, "# HELP palisade_netpol_rule_packets_total Packets counted by Palisade's nftables verdict rules.\n# TYPE palisade_netpol_rule_packets_total counter");
        for (rule, (p, _)) in rules {
            let _ = writeln!(
                out,
                "palisade_netpol_rule_packets_total{{rule=\"{}\"}} {p}",
                escape(rule)
            );
        }
        let _ = writeln!(out, "# HELP palisade_netpol_rule_bytes_total Bytes counted by Palisade's nftables verdict rules.\n# TYPE palisade_netpol_rule_bytes_total counter");
        for (rule, (_, b)) in rules {
            let _ = writeln!(
                out,
                "palisade_netpol_rule_bytes_total{{rule=\"{}\"}} {b}",
                escape(rule)
            );
        }
        out
    }
}

/// Serves metrics on `addr` until `stop` is set. `rules` is called per
/// scrape to read the kernel's rule counters.
pub fn serve(
    addr: SocketAddr,
    metrics: Arc<Metrics>,
    stop: Arc<AtomicBool>,
    rules: impl Fn() -> BTreeMap<String, (u64, u64)> + Send + 'static,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    let listener = TcpListener::bind(addr)?;
    listener.set_nonblocking(true)?;
    Ok(std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            match listener.accept() {
                Ok((mut conn, _)) => {
                    let _ = conn.set_nonblocking(false);
                    let _ = conn.set_read_timeout(Some(Duration::from_secs(2)));
                    let _ = conn.set_write_timeout(Some(Duration::from_secs(2)));
                    // Read (and ignore) the request head, bounded.
                    let mut req = [0u8; 2048];
                    let _ = conn.read(&mut req);
                    let body = metrics.render(&rules());
                    let _ = write!(
                        conn,
                        "HTTP/1.0 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: {}\r\n\r\n{body}",
                        body.len()
                    );
                }
                Err(_) => std::thread::sleep(Duration::from_millis(100)),
            }
        }
    }))
}
