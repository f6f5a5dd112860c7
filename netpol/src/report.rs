//! Readable tables and JSON views of the state, for review commands.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::model::{Edge, Endpoint};
use crate::store::{AgentStatus, Event, HistoryEntry, MapDiff, Policy, ProposedMap, Verdict};

/// Formats rows as aligned columns under a header.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(c.chars().count());
            }
        }
    }
    let mut out = String::new();
    let line = |out: &mut String, cells: &mut dyn Iterator<Item = &str>| {
        let mut first = true;
        let mut buf = String::new();
        for (i, c) in cells.enumerate() {
            if !first {
                buf.push_str("  ");
            }
            first = false;
            let w = widths.get(i).copied().unwrap_or(0);
            let _ = write!(buf, "{c:<w$}");
        }
        out.push_str(buf.trim_end());
        out.push('\n');
    };
    line(&mut out, &mut header.iter().copied());
    for r in rows {
        line(&mut out, &mut r.iter().map(String::as_str));
    }
    out
}

fn when(t: &DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S").to_string()
}

/// Status of an edge in `map show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EdgeStatus {
    /// Approved and observed.
    Approved,
    /// Approved, never observed.
    ApprovedUnseen,
    /// Observed, waiting for a decision.
    Pending,
    /// Observed and rejected.
    Rejected,
}

impl std::fmt::Display for EdgeStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EdgeStatus::Approved => "approved",
            EdgeStatus::ApprovedUnseen => "approved (unseen)",
            EdgeStatus::Pending => "pending",
            EdgeStatus::Rejected => "rejected",
        })
    }
}

/// One row of `map show --json`.
#[derive(Debug, Clone, Serialize)]
pub struct MapRow {
    /// The edge, as accepted by `map approve`.
    pub edge: Edge,
    /// Source endpoint.
    pub src: Endpoint,
    /// Destination endpoint.
    pub dst: Endpoint,
    /// Protocol.
    pub proto: crate::model::Proto,
    /// Destination port.
    pub port: Option<u16>,
    /// Review status.
    pub status: EdgeStatus,
    /// Connections seen.
    pub count: u64,
    /// First seen.
    pub first_seen: Option<DateTime<Utc>>,
    /// Last seen.
    pub last_seen: Option<DateTime<Utc>>,
    /// Last verdict.
    pub last_verdict: Option<Verdict>,
    /// An end is outside the inventory.
    pub external: bool,
}

/// `map show --json` document.
#[derive(Debug, Clone, Serialize)]
pub struct MapView {
    /// Policy version in force.
    pub policy_version: u64,
    /// Default mode.
    pub default_mode: crate::model::Mode,
    /// Per-workload modes.
    pub modes: std::collections::BTreeMap<crate::model::WorkloadRef, crate::model::Mode>,
    /// The edges.
    pub edges: Vec<MapRow>,
}

/// Joins the proposed map and the policy into rows.
pub fn map_view(proposed: &ProposedMap, policy: &Policy) -> MapView {
    let mut rows: Vec<MapRow> = proposed
        .edges
        .iter()
        .map(|p| MapRow {
            edge: p.edge.clone(),
            src: p.edge.src.clone(),
            dst: p.edge.dst.clone(),
            proto: p.edge.proto,
            port: p.edge.port,
            status: if policy.edges.contains(&p.edge) {
                EdgeStatus::Approved
            } else if p.rejected.is_some() {
                EdgeStatus::Rejected
            } else {
                EdgeStatus::Pending
            },
            count: p.count,
            first_seen: Some(p.first_seen),
            last_seen: Some(p.last_seen),
            last_verdict: Some(p.last_verdict),
            external: p.edge.touches_external(),
        })
        .collect();
    for e in &policy.edges {
        if !proposed.edges.iter().any(|p| &p.edge == e) {
            rows.push(MapRow {
                edge: e.clone(),
                src: e.src.clone(),
                dst: e.dst.clone(),
                proto: e.proto,
                port: e.port,
                status: EdgeStatus::ApprovedUnseen,
                count: 0,
                first_seen: None,
                last_seen: None,
                last_verdict: None,
                external: e.touches_external(),
            });
        }
    }
    rows.sort_by(|a, b| a.edge.cmp(&b.edge));
    MapView {
        policy_version: policy.version,
        default_mode: policy.default_mode,
        modes: policy.modes.clone(),
        edges: rows,
    }
}

fn service(e: &Edge) -> String {
    match e.port {
        Some(p) => format!("{}/{p}", e.proto),
        None => e.proto.to_string(),
    }
}

fn agent_line(a: Option<&AgentStatus>) -> String {
    match a {
        None => "agent: never ran on this state directory".to_owned(),
        Some(a) => {
            let alive = !a.stopped && std::path::Path::new(&format!("/proc/{}", a.pid)).exists();
            format!(
                "agent: {} (pid {}), policy v{} in the kernel ({}), {} flows learned, {} lost",
                if alive { "running" } else { "stopped" },
                a.pid,
                a.applied_version
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| "-".into()),
                if a.apply_ok {
                    "ok"
                } else {
                    "LAST UPDATE FAILED"
                },
                a.flows_seen,
                a.flows_lost
            )
        }
    }
}

/// The `map show` table.
pub fn map_table(view: &MapView, agent: Option<&AgentStatus>) -> String {
    let mut out = format!(
        "policy v{}, default mode {}{}\n{}\n\n",
        view.policy_version,
        view.default_mode,
        if view.modes.is_empty() {
            String::new()
        } else {
            format!(
                ", workload modes: {}",
                view.modes
                    .iter()
                    .map(|(w, m)| format!("{w}={m}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        },
        agent_line(agent)
    );
    let rows: Vec<Vec<String>> = view
        .edges
        .iter()
        .map(|r| {
            vec![
                r.src.to_string(),
                r.dst.to_string(),
                service(&r.edge),
                r.status.to_string(),
                r.count.to_string(),
                r.first_seen
                    .as_ref()
                    .map(when)
                    .unwrap_or_else(|| "-".into()),
                r.last_seen.as_ref().map(when).unwrap_or_else(|| "-".into()),
                r.last_verdict
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| "-".into()),
                if r.external {
                    "external".into()
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    out.push_str(&table(
        &[
            "SOURCE",
            "DESTINATION",
            "SERVICE",
            "STATUS",
            "CONNS",
            "FIRST SEEN",
            "LAST SEEN",
            "LAST VERDICT",
            "FLAGS",
        ],
        &rows,
    ));
    let _ = write!(
        out,
        "\n{} edges: {} approved, {} pending, {} rejected. Approve with: palisade-netpol map approve SOURCE->DESTINATION:SERVICE\n",
        view.edges.len(),
        view.edges
            .iter()
            .filter(|r| matches!(r.status, EdgeStatus::Approved | EdgeStatus::ApprovedUnseen))
            .count(),
        view.edges.iter().filter(|r| r.status == EdgeStatus::Pending).count(),
        view.edges.iter().filter(|r| r.status == EdgeStatus::Rejected).count(),
    );
    out
}

/// The `map diff` listing: `+` pending approval, `-` approved but unseen.
pub fn diff_text(d: &MapDiff) -> String {
    let mut out = String::new();
    for p in &d.pending {
        let _ = writeln!(
            out,
            "+ {}    (observed {}x, last {}{})",
            p.edge,
            p.count,
            when(&p.last_seen),
            if p.edge.touches_external() {
                ", external"
            } else {
                ""
            }
        );
    }
    for e in &d.unobserved {
        let _ = writeln!(out, "- {e}    (approved, never observed)");
    }
    let _ = writeln!(
        out,
        "{} pending, {} approved and observed, {} approved but unseen, {} rejected",
        d.pending.len(),
        d.approved.len(),
        d.unobserved.len(),
        d.rejected.len()
    );
    out
}

/// The `map history` table.
pub fn history_table(h: &[HistoryEntry]) -> String {
    let rows: Vec<Vec<String>> = h
        .iter()
        .map(|e| {
            let what = if e.edges.is_empty() {
                e.detail.clone()
            } else {
                let mut s = e
                    .edges
                    .iter()
                    .take(3)
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                if e.edges.len() > 3 {
                    let _ = write!(s, " (+{} more)", e.edges.len() - 3);
                }
                s
            };
            vec![
                e.version.to_string(),
                when(&e.at),
                e.by.clone(),
                e.action.to_string(),
                what,
            ]
        })
        .collect();
    table(&["VERSION", "WHEN (UTC)", "WHO", "ACTION", "WHAT"], &rows)
}

/// The `events` table.
pub fn events_table(ev: &[Event]) -> String {
    let rows: Vec<Vec<String>> = ev
        .iter()
        .map(|e| {
            vec![
                when(&e.at),
                e.verdict.to_string(),
                e.rule.clone(),
                e.edge.to_string(),
                format!(
                    "{}{} -> {}",
                    e.src,
                    e.sport.map(|p| format!(":{p}")).unwrap_or_default(),
                    e.dst
                ),
            ]
        })
        .collect();
    table(&["WHEN (UTC)", "VERDICT", "RULE", "EDGE", "PACKET"], &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align() {
        let t = table(
            &["A", "BB"],
            &[
                vec!["xxx".into(), "y".into()],
                vec!["z".into(), "wwww".into()],
            ],
        );
        assert_eq!(t, "A    BB\nxxx  y\nz    wwww\n");
    }
}
