//! From first packets to edges.
//!
//! Palisade's nftables chain logs the first packet of every new connection
//! (conntrack state `new`) to an NFLOG group, with a prefix naming the rule
//! that decided. Because it is the *first* packet, its source is the side
//! that opened the connection: direction is exact, and the source port
//! (ephemeral) is dropped. This module parses those packets (IPv4/IPv6,
//! TCP/UDP/SCTP/ICMP) and aggregates them into [`FlowRecord`]s and
//! [`Event`]s, with bounded memory.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use chrono::{DateTime, Utc};

use crate::inventory::AddressIndex;
use crate::model::{Edge, Proto};
use crate::store::{Event, FlowRecord, Verdict};

/// Prefix of every NFLOG message Palisade's rules emit.
pub const LOG_PREFIX: &str = "palisade:";

/// Why a logged packet could not be turned into a flow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PacketError {
    /// Too short for the headers it claims.
    #[error("truncated packet")]
    Truncated,
    /// Not IPv4 or IPv6.
    #[error("not an IP packet")]
    NotIp,
    /// A later fragment, without a transport header.
    #[error("non-first fragment")]
    Fragment,
    /// Too many IPv6 extension headers.
    #[error("too many IPv6 extension headers")]
    ExtensionHeaders,
}

/// The parts of a first packet that matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Packet {
    /// Source address.
    pub src: IpAddr,
    /// Destination address.
    pub dst: IpAddr,
    /// IP protocol number (after IPv6 extension headers).
    pub proto: u8,
    /// Source port (TCP/UDP/SCTP).
    pub sport: Option<u16>,
    /// Destination port (TCP/UDP/SCTP).
    pub dport: Option<u16>,
}

fn be16(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at + 2)?;
    Some(u16::from_be_bytes([*s.first()?, *s.get(1)?]))
}

fn ports(l4: &[u8], proto: u8) -> (Option<u16>, Option<u16>) {
    match proto {
        6 | 17 | 132 => (be16(l4, 0), be16(l4, 2)),
        _ => (None, None),
    }
}

/// Parses an IPv4 or IPv6 packet as NFLOG delivers it (network header first).
pub fn parse_packet(b: &[u8]) -> Result<Packet, PacketError> {
    let first = *b.first().ok_or(PacketError::Truncated)?;
    match first >> 4 {
        4 => {
            let ihl = usize::from(first & 0x0f) * 4;
            if ihl < 20 || b.len() < ihl {
                return Err(PacketError::Truncated);
            }
            let hdr = b.get(..20).ok_or(PacketError::Truncated)?;
            let frag = be16(hdr, 6).ok_or(PacketError::Truncated)? & 0x1fff;
            let proto = *hdr.get(9).ok_or(PacketError::Truncated)?;
            let addr = |at: usize| -> Result<IpAddr, PacketError> {
                let s: [u8; 4] = hdr
                    .get(at..at + 4)
                    .and_then(|s| s.try_into().ok())
                    .ok_or(PacketError::Truncated)?;
                Ok(IpAddr::V4(Ipv4Addr::from(s)))
            };
            let (src, dst) = (addr(12)?, addr(16)?);
            if frag != 0 {
                return Err(PacketError::Fragment);
            }
            let l4 = b.get(ihl..).unwrap_or_default();
            let (sport, dport) = ports(l4, proto);
            Ok(Packet {
                src,
                dst,
                proto,
                sport,
                dport,
            })
        }
        6 => {
            let hdr = b.get(..40).ok_or(PacketError::Truncated)?;
            let addr = |at: usize| -> Result<IpAddr, PacketError> {
                let s: [u8; 16] = hdr
                    .get(at..at + 16)
                    .and_then(|s| s.try_into().ok())
                    .ok_or(PacketError::Truncated)?;
                Ok(IpAddr::V6(Ipv6Addr::from(s)))
            };
            let (src, dst) = (addr(8)?, addr(24)?);
            let mut next = *hdr.get(6).ok_or(PacketError::Truncated)?;
            let mut off = 40usize;
            // Walk a bounded number of extension headers.
            for _ in 0..8 {
                let ext = b.get(off..);
                match next {
                    0 | 43 | 60 => {
                        let e = ext.ok_or(PacketError::Truncated)?;
                        let len = usize::from(*e.get(1).ok_or(PacketError::Truncated)?);
                        next = *e.first().ok_or(PacketError::Truncated)?;
                        off += (len + 1) * 8;
                    }
                    51 => {
                        let e = ext.ok_or(PacketError::Truncated)?;
                        let len = usize::from(*e.get(1).ok_or(PacketError::Truncated)?);
                        next = *e.first().ok_or(PacketError::Truncated)?;
                        off += (len + 2) * 4;
                    }
                    44 => {
                        let e = ext.ok_or(PacketError::Truncated)?;
                        let frag = be16(e, 2).ok_or(PacketError::Truncated)? >> 3;
                        if frag != 0 {
                            return Err(PacketError::Fragment);
                        }
                        next = *e.first().ok_or(PacketError::Truncated)?;
                        off += 8;
                    }
                    _ => {
                        let l4 = b.get(off..).unwrap_or_default();
                        let (sport, dport) = ports(l4, next);
                        return Ok(Packet {
                            src,
                            dst,
                            proto: next,
                            sport,
                            dport,
                        });
                    }
                }
            }
            Err(PacketError::ExtensionHeaders)
        }
        _ => Err(PacketError::NotIp),
    }
}

/// The rule that logged a packet, from its NFLOG prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// The rule's name, e.g. `deny-egress`.
    pub name: String,
    /// What the kernel did.
    pub verdict: Verdict,
}

/// Reads a Palisade NFLOG prefix (`palisade:deny-egress`).
pub fn parse_prefix(prefix: &str) -> Option<Rule> {
    let name = prefix.trim().strip_prefix(LOG_PREFIX)?;
    let verdict = match name {
        "allow" => Verdict::Allow,
        "learn" => Verdict::Learn,
        n if n.starts_with("audit") => Verdict::WouldDeny,
        n if n.starts_with("deny") => Verdict::Deny,
        n if n.starts_with("foreign-mark") => Verdict::ForeignMark,
        _ => return None,
    };
    Some(Rule {
        name: name.to_owned(),
        verdict,
    })
}

/// Turns a first packet into an edge, resolving both addresses.
pub fn edge_of(p: &Packet, index: &AddressIndex) -> Option<Edge> {
    let proto = Proto::from_number(p.proto)?;
    let port = if proto.has_ports() { p.dport } else { None };
    Edge::new(index.resolve(p.src), index.resolve(p.dst), proto, port).ok()
}

#[derive(Debug, Clone)]
struct Agg {
    first: DateTime<Utc>,
    last: DateTime<Utc>,
    count: u64,
    verdict: Verdict,
}

/// Counters of what the aggregator could not keep.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AggStats {
    /// First packets turned into flows.
    pub packets: u64,
    /// Packets that were not parseable IP or had an unsupported protocol.
    pub unparsed: u64,
    /// Flows dropped because the window held too many distinct edges.
    pub dropped_flows: u64,
    /// Events dropped because the window held too many.
    pub dropped_events: u64,
}

/// Aggregates first packets into per-edge counts between two flushes.
///
/// Memory is bounded: at most `max_edges` distinct edges and `max_events`
/// events per window; beyond that, observations are counted as dropped.
#[derive(Debug)]
pub struct Aggregator {
    flows: HashMap<Edge, Agg>,
    events: Vec<Event>,
    max_edges: usize,
    max_events: usize,
    /// What happened so far (cumulative).
    pub stats: AggStats,
}

impl Aggregator {
    /// An empty aggregator with these bounds.
    pub fn new(max_edges: usize, max_events: usize) -> Self {
        Aggregator {
            flows: HashMap::new(),
            events: Vec::new(),
            max_edges,
            max_events,
            stats: AggStats::default(),
        }
    }

    /// Records one logged first packet.
    pub fn observe(
        &mut self,
        payload: &[u8],
        rule: &Rule,
        at: DateTime<Utc>,
        index: &AddressIndex,
    ) {
        let Ok(p) = parse_packet(payload) else {
            self.stats.unparsed += 1;
            return;
        };
        let Some(edge) = edge_of(&p, index) else {
            self.stats.unparsed += 1;
            return;
        };
        self.stats.packets += 1;
        if rule.verdict.is_event() {
            if self.events.len() < self.max_events {
                self.events.push(Event {
                    at,
                    verdict: rule.verdict,
                    rule: rule.name.clone(),
                    edge: edge.clone(),
                    src: p.src,
                    dst: p.dst,
                    sport: p.sport,
                });
            } else {
                self.stats.dropped_events += 1;
            }
        }
        let full = self.flows.len() >= self.max_edges;
        match self.flows.get_mut(&edge) {
            Some(a) => {
                a.last = at;
                a.count += 1;
                a.verdict = rule.verdict;
            }
            None if full => self.stats.dropped_flows += 1,
            None => {
                self.flows.insert(
                    edge,
                    Agg {
                        first: at,
                        last: at,
                        count: 1,
                        verdict: rule.verdict,
                    },
                );
            }
        }
    }

    /// Takes everything aggregated since the last call.
    pub fn drain(&mut self) -> (Vec<FlowRecord>, Vec<Event>) {
        let flows = self
            .flows
            .drain()
            .map(|(edge, a)| FlowRecord {
                edge,
                first_seen: a.first,
                last_seen: a.last,
                count: a.count,
                verdict: a.verdict,
            })
            .collect();
        (flows, std::mem::take(&mut self.events))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inventory::Inventory;
    use std::path::Path;

    fn ipv4_tcp(src: [u8; 4], dst: [u8; 4], sport: u16, dport: u16) -> Vec<u8> {
        let mut p = vec![0x45, 0, 0, 40, 0, 0, 0x40, 0, 64, 6, 0, 0];
        p.extend(src);
        p.extend(dst);
        p.extend(sport.to_be_bytes());
        p.extend(dport.to_be_bytes());
        p.extend([0u8; 16]);
        p
    }

    fn ipv6_udp_with_hbh(src: Ipv6Addr, dst: Ipv6Addr, dport: u16) -> Vec<u8> {
        let mut p = vec![0x60, 0, 0, 0, 0, 16, 0 /* hop-by-hop */, 64];
        p.extend(src.octets());
        p.extend(dst.octets());
        p.extend([17, 0, 1, 4, 0, 0, 0, 0]); // HBH: next=UDP, len 0 (8 bytes)
        p.extend(5353u16.to_be_bytes());
        p.extend(dport.to_be_bytes());
        p.extend([0, 8, 0, 0]);
        p
    }

    #[test]
    fn parses_table_of_packets() {
        let v6a: Ipv6Addr = "fd00::1".parse().unwrap();
        let v6b: Ipv6Addr = "fd00::2".parse().unwrap();
        let mut frag = ipv4_tcp([10, 0, 0, 1], [10, 0, 0, 2], 1, 2);
        frag[7] = 8; // fragment offset 8
        type Case = (Vec<u8>, Result<(u8, Option<u16>), PacketError>);
        let cases: Vec<Case> = vec![
            (
                ipv4_tcp([10, 0, 0, 1], [10, 0, 0, 2], 41000, 80),
                Ok((6, Some(80))),
            ),
            (ipv6_udp_with_hbh(v6a, v6b, 53), Ok((17, Some(53)))),
            (vec![0x45, 0, 0], Err(PacketError::Truncated)),
            (vec![0x46; 22], Err(PacketError::Truncated)),
            (vec![0x60; 39], Err(PacketError::Truncated)),
            (vec![0x20; 40], Err(PacketError::NotIp)),
            (vec![], Err(PacketError::Truncated)),
            (frag, Err(PacketError::Fragment)),
        ];
        for (bytes, want) in cases {
            let got = parse_packet(&bytes).map(|p| (p.proto, p.dport));
            assert_eq!(got, want, "{bytes:?}");
        }
    }

    #[test]
    fn truncated_inputs_never_panic() {
        let full = ipv6_udp_with_hbh("fd00::1".parse().unwrap(), "fd00::2".parse().unwrap(), 53);
        for n in 0..full.len() {
            let _ = parse_packet(&full[..n]);
        }
        let full = ipv4_tcp([1, 2, 3, 4], [5, 6, 7, 8], 1, 2);
        for n in 0..full.len() {
            let _ = parse_packet(&full[..n]);
        }
    }

    #[test]
    fn prefixes() {
        assert_eq!(
            parse_prefix("palisade:deny-egress").unwrap().verdict,
            Verdict::Deny
        );
        assert_eq!(
            parse_prefix("palisade:audit-ingress").unwrap().verdict,
            Verdict::WouldDeny
        );
        assert_eq!(
            parse_prefix("palisade:allow").unwrap().verdict,
            Verdict::Allow
        );
        assert!(parse_prefix("other:deny").is_none());
    }

    #[test]
    fn aggregates_by_edge_and_drops_ephemeral_ports() {
        let inv = Inventory::parse(
            "workloads: [{namespace: a, name: web, addresses: [10.0.0.1]}, {namespace: a, name: api, addresses: [10.0.0.2]}]",
            Path::new("t"),
        )
        .unwrap();
        let idx = inv.index();
        let mut agg = Aggregator::new(2, 1);
        let deny = parse_prefix("palisade:deny-egress").unwrap();
        let now = Utc::now();
        for sport in 40000..40010 {
            agg.observe(
                &ipv4_tcp([10, 0, 0, 1], [10, 0, 0, 2], sport, 80),
                &deny,
                now,
                &idx,
            );
        }
        agg.observe(
            &ipv4_tcp([10, 0, 0, 1], [192, 0, 2, 9], 1, 443),
            &deny,
            now,
            &idx,
        );
        agg.observe(
            &ipv4_tcp([10, 0, 0, 2], [10, 0, 0, 1], 1, 22),
            &deny,
            now,
            &idx,
        );
        let (flows, events) = agg.drain();
        assert_eq!(flows.len(), 2);
        let web_api = flows
            .iter()
            .find(|f| f.edge.to_string() == "a/web->a/api:tcp/80")
            .unwrap();
        assert_eq!(web_api.count, 10);
        assert!(flows
            .iter()
            .any(|f| f.edge.to_string() == "a/web->external:192.0.2.9/32:tcp/443"));
        assert_eq!(events.len(), 1);
        assert_eq!(agg.stats.dropped_flows, 1);
        assert_eq!(agg.stats.dropped_events, 11);
        assert_eq!(agg.stats.packets, 12);
    }
}
