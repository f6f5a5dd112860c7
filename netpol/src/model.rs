//! The vocabulary of the map: endpoints, protocols, edges and modes.
//!
//! Everything in the proposed map and the approved policy is spoken in these
//! types. They are parsed once from text (`"shop/web->shop/api:tcp/8080"`)
//! and from then on are known to be well formed.

use std::fmt;
use std::str::FromStr;

use ipnet::IpNet;
use serde::{Deserialize, Serialize};

/// Why a piece of text is not a valid endpoint, edge, protocol or mode.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    /// A workload reference is not `namespace/name`.
    #[error(
        "invalid workload {0:?}: expected NAMESPACE/NAME (lowercase letters, digits, '-', '.')"
    )]
    Workload(String),
    /// An external endpoint's CIDR does not parse.
    #[error(
        "invalid external endpoint {0:?}: expected external:CIDR, e.g. external:203.0.113.7/32"
    )]
    External(String),
    /// An edge is not `SRC->DST:PROTO/PORT` (or `SRC->DST:icmp`).
    #[error("invalid edge {text:?}: {why} (expected SRC->DST:PROTO/PORT, e.g. shop/web->shop/api:tcp/8080)")]
    Edge {
        /// The text that was given.
        text: String,
        /// What is wrong with it.
        why: String,
    },
    /// Unknown protocol name.
    #[error("unknown protocol {0:?}: expected tcp, udp, sctp, icmp or icmpv6")]
    Proto(String),
    /// Unknown mode name.
    #[error("unknown mode {0:?}: expected learn, audit or enforce")]
    Mode(String),
}

// === impl WorkloadRef ===

/// A workload named by namespace and name, e.g. `shop/frontend`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WorkloadRef {
    namespace: String,
    name: String,
}

/// Is `s` a Kubernetes-style DNS-1123 name (subdomain, at most `max` bytes)?
pub(crate) fn is_dns_name(s: &str, max: usize) -> bool {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if s.len() <= max => {
            f.is_ascii_alphanumeric()
                && l.is_ascii_alphanumeric()
                && b.iter().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-' || *c == b'.'
                })
        }
        _ => false,
    }
}

impl WorkloadRef {
    /// Builds a reference, checking both parts are DNS-1123 names.
    pub fn new(namespace: &str, name: &str) -> Result<Self, ParseError> {
        if is_dns_name(namespace, 63) && is_dns_name(name, 253) {
            Ok(Self {
                namespace: namespace.to_owned(),
                name: name.to_owned(),
            })
        } else {
            Err(ParseError::Workload(format!("{namespace}/{name}")))
        }
    }

    /// The Kubernetes namespace.
    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// The workload name inside its namespace.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for WorkloadRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.namespace, self.name)
    }
}

impl FromStr for WorkloadRef {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (ns, name) = s
            .split_once('/')
            .ok_or_else(|| ParseError::Workload(s.to_owned()))?;
        Self::new(ns, name).map_err(|_| ParseError::Workload(s.to_owned()))
    }
}

impl TryFrom<String> for WorkloadRef {
    type Error = ParseError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<WorkloadRef> for String {
    fn from(w: WorkloadRef) -> String {
        w.to_string()
    }
}

// === impl Endpoint ===

/// One end of an edge: a workload from the inventory, or an address range
/// that no inventory workload owns (kept as is, flagged, never guessed).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Endpoint {
    /// A workload from the inventory.
    Workload(WorkloadRef),
    /// A peer outside the inventory, as the CIDR it was seen from
    /// (a single host: `/32` or `/128`, unless widened by hand).
    External(IpNet),
}

impl Endpoint {
    /// The external endpoint for one host address.
    pub fn external_host(ip: std::net::IpAddr) -> Self {
        Endpoint::External(IpNet::from(ip))
    }

    /// True for endpoints outside the inventory.
    pub fn is_external(&self) -> bool {
        matches!(self, Endpoint::External(_))
    }

    /// The workload, if this endpoint is one.
    pub fn workload(&self) -> Option<&WorkloadRef> {
        match self {
            Endpoint::Workload(w) => Some(w),
            Endpoint::External(_) => None,
        }
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Endpoint::Workload(w) => w.fmt(f),
            Endpoint::External(net) => write!(f, "external:{net}"),
        }
    }
}

impl FromStr for Endpoint {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(cidr) = s.strip_prefix("external:") {
            let net: IpNet = cidr
                .parse()
                .or_else(|_| cidr.parse::<std::net::IpAddr>().map(IpNet::from))
                .map_err(|_| ParseError::External(s.to_owned()))?;
            // Store the network address so equal ranges compare equal.
            Ok(Endpoint::External(net.trunc()))
        } else {
            s.parse().map(Endpoint::Workload)
        }
    }
}

impl TryFrom<String> for Endpoint {
    type Error = ParseError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Endpoint> for String {
    fn from(e: Endpoint) -> String {
        e.to_string()
    }
}

// === impl Proto ===

/// The layer-4 protocols an edge can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Proto {
    /// TCP (6).
    Tcp,
    /// UDP (17).
    Udp,
    /// SCTP (132).
    Sctp,
    /// ICMP (1); edges carry no port.
    Icmp,
    /// ICMPv6 (58); edges carry no port.
    Icmpv6,
}

impl Proto {
    /// The IP protocol number.
    pub fn number(self) -> u8 {
        match self {
            Proto::Tcp => 6,
            Proto::Udp => 17,
            Proto::Sctp => 132,
            Proto::Icmp => 1,
            Proto::Icmpv6 => 58,
        }
    }

    /// The protocol for an IP protocol number, if an edge can name it.
    pub fn from_number(n: u8) -> Option<Self> {
        match n {
            6 => Some(Proto::Tcp),
            17 => Some(Proto::Udp),
            132 => Some(Proto::Sctp),
            1 => Some(Proto::Icmp),
            58 => Some(Proto::Icmpv6),
            _ => None,
        }
    }

    /// Does this protocol have destination ports?
    pub fn has_ports(self) -> bool {
        matches!(self, Proto::Tcp | Proto::Udp | Proto::Sctp)
    }

    /// The name nftables uses (`meta l4proto` values).
    pub fn nft_name(self) -> &'static str {
        match self {
            Proto::Tcp => "tcp",
            Proto::Udp => "udp",
            Proto::Sctp => "sctp",
            Proto::Icmp => "icmp",
            Proto::Icmpv6 => "ipv6-icmp",
        }
    }
}

impl fmt::Display for Proto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Proto::Tcp => "tcp",
            Proto::Udp => "udp",
            Proto::Sctp => "sctp",
            Proto::Icmp => "icmp",
            Proto::Icmpv6 => "icmpv6",
        })
    }
}

impl FromStr for Proto {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "tcp" => Ok(Proto::Tcp),
            "udp" => Ok(Proto::Udp),
            "sctp" => Ok(Proto::Sctp),
            "icmp" => Ok(Proto::Icmp),
            "icmpv6" | "ipv6-icmp" => Ok(Proto::Icmpv6),
            _ => Err(ParseError::Proto(s.to_owned())),
        }
    }
}

// === impl Edge ===

/// A directed edge of the map: who opens connections to whom, on which
/// protocol and destination port. Source ports never appear: they are
/// ephemeral and never become rules.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Edge {
    /// The endpoint that sent the first packet of the connection.
    pub src: Endpoint,
    /// The endpoint it was sent to.
    pub dst: Endpoint,
    /// The layer-4 protocol.
    pub proto: Proto,
    /// The destination port; `None` exactly for ICMP/ICMPv6.
    pub port: Option<u16>,
}

impl Edge {
    /// Builds an edge, checking that the port matches the protocol.
    pub fn new(
        src: Endpoint,
        dst: Endpoint,
        proto: Proto,
        port: Option<u16>,
    ) -> Result<Self, ParseError> {
        let e = Edge {
            src,
            dst,
            proto,
            port,
        };
        match (proto.has_ports(), port) {
            (true, Some(p)) if p != 0 => Ok(e),
            (false, None) => Ok(e),
            (true, _) => Err(ParseError::Edge {
                text: e.to_string(),
                why: format!("{proto} needs a destination port 1-65535"),
            }),
            (false, Some(_)) => Err(ParseError::Edge {
                text: e.to_string(),
                why: format!("{proto} has no ports"),
            }),
        }
    }

    /// True if either end is outside the inventory.
    pub fn touches_external(&self) -> bool {
        self.src.is_external() || self.dst.is_external()
    }
}

impl fmt::Display for Edge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}->{}:{}", self.src, self.dst, self.proto)?;
        if let Some(p) = self.port {
            write!(f, "/{p}")?;
        }
        Ok(())
    }
}

impl FromStr for Edge {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |why: &str| ParseError::Edge {
            text: s.to_owned(),
            why: why.to_owned(),
        };
        let (src, rest) = s
            .trim()
            .split_once("->")
            .ok_or_else(|| err("missing '->'"))?;
        // The service part never contains ':', so the last ':' splits it off,
        // even when the destination is an IPv6 external endpoint.
        let (dst, service) = rest
            .rsplit_once(':')
            .ok_or_else(|| err("missing ':PROTO/PORT'"))?;
        let (proto, port) = match service.split_once('/') {
            Some((p, port)) => {
                let port: u16 = port.parse().map_err(|_| err("port is not 1-65535"))?;
                (p.parse::<Proto>()?, Some(port))
            }
            None => (service.parse::<Proto>()?, None),
        };
        let src: Endpoint = src.parse()?;
        let dst: Endpoint = dst.parse()?;
        Edge::new(src, dst, proto, port).map_err(|e| match e {
            ParseError::Edge { why, .. } => err(&why),
            other => other,
        })
    }
}

impl TryFrom<String> for Edge {
    type Error = ParseError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Edge> for String {
    fn from(e: Edge) -> String {
        e.to_string()
    }
}

// === impl Mode ===

/// What the agent does with traffic the approved policy does not allow.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Allow everything and record every flow (the default).
    #[default]
    Learn,
    /// Allow everything, but log and count what the approved policy would deny.
    Audit,
    /// Drop what the approved policy does not allow, and log it.
    Enforce,
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Mode::Learn => "learn",
            Mode::Audit => "audit",
            Mode::Enforce => "enforce",
        })
    }
}

impl FromStr for Mode {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "learn" => Ok(Mode::Learn),
            "audit" => Ok(Mode::Audit),
            "enforce" => Ok(Mode::Enforce),
            _ => Err(ParseError::Mode(s.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_round_trip() {
        let cases = [
            "shop/web->shop/api:tcp/8080",
            "shop/web->kube-system/coredns:udp/53",
            "external:203.0.113.7/32->shop/web:tcp/443",
            "shop/api->external:fd00::1/128:tcp/5432",
            "shop/web->shop/api:icmp",
        ];
        for c in cases {
            let e: Edge = c.parse().unwrap();
            assert_eq!(e.to_string(), c);
            let json = serde_json::to_string(&e).unwrap();
            let back: Edge = serde_json::from_str(&json).unwrap();
            assert_eq!(back, e);
        }
    }

    #[test]
    fn bad_edges_are_rejected_with_reason() {
        let cases = [
            ("shop/web shop/api", "missing '->'"),
            ("shop/web->shop/api", "missing ':PROTO/PORT'"),
            ("shop/web->shop/api:tcp/0", "needs a destination port"),
            ("shop/web->shop/api:tcp/70000", "port is not"),
            ("shop/web->shop/api:tcp", "needs a destination port"),
            ("shop/web->shop/api:icmp/3", "has no ports"),
            ("Shop/web->shop/api:tcp/1", "invalid workload"),
            ("external:nope->shop/api:tcp/1", "invalid external"),
            ("shop/web->shop/api:gre/1", "unknown protocol"),
        ];
        for (text, want) in cases {
            let err = text.parse::<Edge>().unwrap_err().to_string();
            assert!(err.contains(want), "{text}: {err}");
        }
    }

    #[test]
    fn external_endpoints_are_normalised() {
        let a: Endpoint = "external:10.1.2.3".parse().unwrap();
        assert_eq!(a.to_string(), "external:10.1.2.3/32");
        let b: Endpoint = "external:10.1.2.3/8".parse().unwrap();
        assert_eq!(b.to_string(), "external:10.0.0.0/8");
    }
}
