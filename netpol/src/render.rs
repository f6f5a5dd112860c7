//! From the approved policy to nftables, through the `nftables` crate.
//!
//! Palisade owns one table, `inet palisade`, whose chains never change with
//! the policy: only the contents of its sets and maps do. The per-packet
//! path is a fixed number of lookups, whatever the number of edges or pods:
//!
//! ```text
//! forward (hook forward, priority filter - 10, policy accept)
//!   ct state established,related  -> accept            (every packet after the first)
//!   ct state != new               -> accept            (invalid/untracked: other rulesets decide)
//!   tcp/udp dport 53 to @dns4/@dns6 -> accept          (DNS to the resolvers, explicitly)
//!   jump classify
//! classify (first packet of a connection only)
//!   conntrack mark already set -> goto foreign
//!   meta priority set ip saddr map @src4/@src4h ; ct mark set ip daddr map @dst4/@dst4h
//!                                   (ids; 0 = unknown; ranges in interval maps, hosts in hash maps)
//!   meta priority . ct mark . l4proto . th dport @edges    -> goto allow
//!   meta priority . ct mark . l4proto @edges_noport (icmp) -> goto allow
//!   meta priority @enforce_src -> goto deny_egress ; ct mark @enforce_dst -> goto deny_ingress
//!   meta priority @audit_src   -> goto audit_egress; ct mark @audit_dst   -> goto audit_ingress
//!   goto learn
//! allow / learn / audit_* / deny_* : reset priority and conntrack mark to 0,
//!                                    NFLOG "palisade:<rule>", counter, verdict
//! ```
//!
//! nftables cannot concatenate two map lookups, so the two workload ids
//! travel in two per-packet registers: the source id in `meta priority`
//! (typed `classid`) and the destination id in the conntrack mark. The
//! packet mark is never touched: kube-proxy, Calico and Cilium give it
//! meaning. The conntrack mark of a connection's first packet is normally
//! zero; it is used only then and reset to zero, and a first packet whose
//! connection already carries a mark goes to `foreign`, which decides by
//! the default mode. The priority of first packets is left at 0 (it only
//! orders queueing; established packets keep theirs).
//!
//! Every change is one `nft -j` transaction: a full load deletes and
//! re-creates the table in the same batch (no moment without policy), and
//! later changes only add and delete set elements.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use ipnet::{IpNet, Ipv4Net, Ipv6Net};
use nftables::batch::Batch;
use nftables::expr::{
    Expression, Meta, MetaKey, NamedExpression, Payload, PayloadField, Prefix, SetItem, CT,
};
use nftables::helper;
use nftables::schema::{Chain, Element, FlushObject, NfCmd, NfListObject, Nftables, Rule, Table};
use nftables::stmt::{Counter, JumpTarget, Log, Mangle, Match, Operator, Statement};
use nftables::types::{NfChainPolicy, NfChainType, NfFamily, NfHook};

use crate::flows::LOG_PREFIX;
use crate::inventory::Inventory;
use crate::model::{Endpoint, Mode, Proto};
use crate::store::Policy;

/// The name of Palisade's table (family `inet`).
pub const DEFAULT_TABLE: &str = "palisade";
/// The default NFLOG group for first packets.
pub const DEFAULT_NFLOG_GROUP: u16 = 7411;
/// Bytes of each first packet copied to the agent (headers only).
pub const SNAPLEN: u32 = 128;

/// Errors programming nftables.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// `nft` failed or could not run.
    #[error("nftables transaction failed: {0}")]
    Nft(String),
}

impl From<helper::NftablesError> for RenderError {
    fn from(e: helper::NftablesError) -> Self {
        match e {
            helper::NftablesError::NftFailed { stderr, hint, .. } => {
                RenderError::Nft(format!("nft failed while {hint}: {}", stderr.trim()))
            }
            other => RenderError::Nft(other.to_string()),
        }
    }
}

/// Where and how to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// Table name (family `inet`). Default [`DEFAULT_TABLE`].
    pub table: String,
    /// NFLOG group for first packets. Default [`DEFAULT_NFLOG_GROUP`].
    pub nflog_group: u16,
    /// Priority of the forward hook. Default -10 (just before `filter`).
    pub priority: i32,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            table: DEFAULT_TABLE.to_owned(),
            nflog_group: DEFAULT_NFLOG_GROUP,
            priority: -10,
        }
    }
}

// === ids ===

/// Numeric ids for endpoints, as carried in the registers (skb priority
/// for sources, conntrack mark for destinations). 0 means "not in the
/// inventory and not an approved external range". Ids are never reused
/// while the process runs; they need not survive it (a restart reloads the
/// whole table).
#[derive(Debug, Clone, Default)]
pub struct IdTable {
    ids: HashMap<Endpoint, u32>,
    next: u32,
}

impl IdTable {
    /// The id of an endpoint, allocating one if needed.
    pub fn id(&mut self, e: &Endpoint) -> u32 {
        if let Some(id) = self.ids.get(e) {
            return *id;
        }
        self.next = self.next.saturating_add(1);
        self.ids.insert(e.clone(), self.next);
        self.next
    }
}

// === the desired kernel state ===

/// Everything Palisade's table holds, as plain data. Two of these can be
/// compared to compute the smallest transaction between them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Desired {
    /// Mode for first packets that already carry a foreign mark.
    pub default_mode: Mode,
    /// IPv4 ranges to endpoint ids.
    pub addr4: BTreeMap<Ipv4Net, u32>,
    /// IPv6 ranges to endpoint ids.
    pub addr6: BTreeMap<Ipv6Net, u32>,
    /// Allowed (src id, dst id, protocol, port).
    pub edges: BTreeSet<(u32, u32, Proto, u16)>,
    /// Allowed (src id, dst id, protocol) for ICMP.
    pub edges_noport: BTreeSet<(u32, u32, Proto)>,
    /// Ids in enforce mode (0 if the default mode is enforce).
    pub enforce: BTreeSet<u32>,
    /// Ids in audit mode.
    pub audit: BTreeSet<u32>,
    /// DNS resolver ranges.
    pub dns4: BTreeSet<Ipv4Net>,
    /// DNS resolver ranges.
    pub dns6: BTreeSet<Ipv6Net>,
    /// Things that could not be rendered, for the logs.
    pub warnings: Vec<String>,
}

impl Desired {
    /// Computes the kernel state for a policy over an inventory.
    pub fn new(policy: &Policy, inv: &Inventory, ids: &mut IdTable) -> Self {
        let mut d = Desired {
            default_mode: policy.default_mode,
            ..Desired::default()
        };
        let mut ranges: Vec<(IpNet, u32)> = Vec::new();
        for w in &inv.workloads {
            let id = ids.id(&Endpoint::Workload(w.id.clone()));
            ranges.extend(w.addresses.iter().map(|a| (*a, id)));
            match policy.mode_of(&w.id) {
                Mode::Enforce => d.enforce.insert(id),
                Mode::Audit => d.audit.insert(id),
                Mode::Learn => false,
            };
        }
        match policy.default_mode {
            Mode::Enforce => d.enforce.insert(0),
            Mode::Audit => d.audit.insert(0),
            Mode::Learn => false,
        };
        // External ranges named by approved edges get their own ids, unless
        // they overlap a workload's addresses (the workload wins).
        let mut externals: BTreeSet<IpNet> = BTreeSet::new();
        for e in &policy.edges {
            for end in [&e.src, &e.dst] {
                if let Endpoint::External(net) = end {
                    externals.insert(*net);
                }
            }
        }
        let mut taken = RangeSet::new(ranges.iter().map(|r| r.0));
        for net in externals {
            if taken.overlaps(&net) {
                d.warnings.push(format!(
                    "external range {net} overlaps a workload's or another external range: not given its own id"
                ));
                continue;
            }
            let id = ids.id(&Endpoint::External(net));
            taken.insert(net);
            ranges.push((net, id));
            match policy.default_mode {
                Mode::Enforce => d.enforce.insert(id),
                Mode::Audit => d.audit.insert(id),
                Mode::Learn => false,
            };
        }
        for (net, id) in ranges {
            match net {
                IpNet::V4(n) => d.addr4.insert(n, id),
                IpNet::V6(n) => d.addr6.insert(n, id),
            };
        }
        for e in &policy.edges {
            let resolvable = |ep: &Endpoint| match ep {
                Endpoint::Workload(w) => inv.workload(w).is_some(),
                Endpoint::External(_) => true,
            };
            if !resolvable(&e.src) || !resolvable(&e.dst) {
                d.warnings.push(format!(
                    "edge {e}: workload not in the inventory, not enforced"
                ));
                continue;
            }
            let (s, t) = (ids.id(&e.src), ids.id(&e.dst));
            match e.port {
                Some(p) => d.edges.insert((s, t, e.proto, p)),
                None => d.edges_noport.insert((s, t, e.proto)),
            };
        }
        for r in inv.resolver_ranges() {
            match r {
                IpNet::V4(n) => d.dns4.insert(n),
                IpNet::V6(n) => d.dns6.insert(n),
            };
        }
        d
    }

    /// Total number of set and map elements in the kernel (addresses and
    /// mode ids appear twice: once typed for the source, once for the
    /// destination).
    pub fn element_count(&self) -> usize {
        2 * (self.addr4.len() + self.addr6.len() + self.enforce.len() + self.audit.len())
            + self.edges.len()
            + self.edges_noport.len()
            + self.dns4.len()
            + self.dns6.len()
    }
}

/// Non-overlapping address ranges, sorted by start, for overlap checks in
/// O(log n).
#[derive(Debug)]
struct RangeSet {
    ranges: Vec<(std::net::IpAddr, std::net::IpAddr)>,
}

impl RangeSet {
    fn new(nets: impl Iterator<Item = IpNet>) -> Self {
        let mut ranges: Vec<_> = nets.map(|n| (n.network(), n.broadcast())).collect();
        ranges.sort();
        RangeSet { ranges }
    }

    fn overlaps(&self, net: &IpNet) -> bool {
        let (start, end) = (net.network(), net.broadcast());
        // The first range starting after `start`, and the one before it.
        let i = self.ranges.partition_point(|r| r.0 <= start);
        let before = i.checked_sub(1).and_then(|j| self.ranges.get(j));
        let after = self.ranges.get(i);
        before.is_some_and(|r| r.1 >= start) || after.is_some_and(|r| r.0 <= end)
    }

    fn insert(&mut self, net: IpNet) {
        let r = (net.network(), net.broadcast());
        let i = self.ranges.partition_point(|x| x.0 <= r.0);
        self.ranges.insert(i, r);
    }
}

// === expression helpers ===

fn s(v: &str) -> Expression<'static> {
    Expression::String(Cow::Owned(v.to_owned()))
}

fn num(v: u32) -> Expression<'static> {
    Expression::Number(v)
}

fn meta(key: MetaKey) -> Expression<'static> {
    Expression::Named(NamedExpression::Meta(Meta { key }))
}

fn ct(key: &str) -> Expression<'static> {
    Expression::Named(NamedExpression::CT(CT {
        key: Cow::Owned(key.to_owned()),
        family: None,
        dir: None,
    }))
}

fn payload(proto: &str, field: &str) -> Expression<'static> {
    Expression::Named(NamedExpression::Payload(Payload::PayloadField(
        PayloadField {
            protocol: Cow::Owned(proto.to_owned()),
            field: Cow::Owned(field.to_owned()),
        },
    )))
}

fn set_ref(name: &str) -> Expression<'static> {
    s(&format!("@{name}"))
}

fn anon_set(items: &[&str]) -> Expression<'static> {
    Expression::Named(NamedExpression::Set(
        items.iter().map(|i| SetItem::Element(s(i))).collect(),
    ))
}

fn matches(
    left: Expression<'static>,
    op: Operator,
    right: Expression<'static>,
) -> Statement<'static> {
    Statement::Match(Match { left, right, op })
}

fn counter() -> Statement<'static> {
    Statement::Counter(Counter::Anonymous(None))
}

fn goto(chain: &str) -> Statement<'static> {
    Statement::Goto(JumpTarget {
        target: Cow::Owned(chain.to_owned()),
    })
}

fn set_stmt(key: Expression<'static>, value: Expression<'static>) -> Statement<'static> {
    Statement::Mangle(Mangle { key, value })
}

fn v4_elem(n: &Ipv4Net) -> Expression<'static> {
    if n.prefix_len() == 32 {
        s(&n.addr().to_string())
    } else {
        Expression::Named(NamedExpression::Prefix(Prefix {
            addr: Box::new(s(&n.network().to_string())),
            len: u32::from(n.prefix_len()),
        }))
    }
}

fn v6_elem(n: &Ipv6Net) -> Expression<'static> {
    if n.prefix_len() == 128 {
        s(&n.addr().to_string())
    } else {
        Expression::Named(NamedExpression::Prefix(Prefix {
            addr: Box::new(s(&n.network().to_string())),
            len: u32::from(n.prefix_len()),
        }))
    }
}

/// A source id as a TC classid (`major:minor`, 16 bits each), the type
/// of `meta priority`.
pub fn classid(id: u32) -> String {
    format!("{:x}:{:x}", id >> 16, id & 0xffff)
}

fn src_id(id: u32) -> Expression<'static> {
    s(&classid(id))
}

fn pair(k: Expression<'static>, v: Expression<'static>) -> Expression<'static> {
    Expression::List(vec![k, v])
}

fn edge_elem(e: &(u32, u32, Proto, u16)) -> Expression<'static> {
    Expression::Named(NamedExpression::Concat(vec![
        src_id(e.0),
        num(e.1),
        s(e.2.nft_name()),
        num(u32::from(e.3)),
    ]))
}

fn noport_elem(e: &(u32, u32, Proto)) -> Expression<'static> {
    Expression::Named(NamedExpression::Concat(vec![
        src_id(e.0),
        num(e.1),
        s(e.2.nft_name()),
    ]))
}

// === the table ===

/// Names and types of the table's sets and maps. Declared as raw JSON:
/// the `nftables` crate's `SetType` has no `classid`, the type of
/// `meta priority` that holds source ids.
struct SetSpec {
    name: &'static str,
    key: &'static [&'static str],
    map: Option<&'static str>,
    interval: bool,
}

const SET_SPECS: &[SetSpec] = &[
    SetSpec {
        name: "src4",
        key: &["ipv4_addr"],
        map: Some("classid"),
        interval: true,
    },
    SetSpec {
        name: "src6",
        key: &["ipv6_addr"],
        map: Some("classid"),
        interval: true,
    },
    SetSpec {
        name: "dst4",
        key: &["ipv4_addr"],
        map: Some("mark"),
        interval: true,
    },
    SetSpec {
        name: "dst6",
        key: &["ipv6_addr"],
        map: Some("mark"),
        interval: true,
    },
    // Host addresses (almost every pod address) live in hash maps: O(1)
    // lookups, and `nft` need not read the whole interval map back from the
    // kernel to change one of them.
    SetSpec {
        name: "src4h",
        key: &["ipv4_addr"],
        map: Some("classid"),
        interval: false,
    },
    SetSpec {
        name: "src6h",
        key: &["ipv6_addr"],
        map: Some("classid"),
        interval: false,
    },
    SetSpec {
        name: "dst4h",
        key: &["ipv4_addr"],
        map: Some("mark"),
        interval: false,
    },
    SetSpec {
        name: "dst6h",
        key: &["ipv6_addr"],
        map: Some("mark"),
        interval: false,
    },
    SetSpec {
        name: "edges",
        key: &["classid", "mark", "inet_proto", "inet_service"],
        map: None,
        interval: false,
    },
    SetSpec {
        name: "edges_noport",
        key: &["classid", "mark", "inet_proto"],
        map: None,
        interval: false,
    },
    SetSpec {
        name: "enforce_src",
        key: &["classid"],
        map: None,
        interval: false,
    },
    SetSpec {
        name: "enforce_dst",
        key: &["mark"],
        map: None,
        interval: false,
    },
    SetSpec {
        name: "audit_src",
        key: &["classid"],
        map: None,
        interval: false,
    },
    SetSpec {
        name: "audit_dst",
        key: &["mark"],
        map: None,
        interval: false,
    },
    SetSpec {
        name: "dns4",
        key: &["ipv4_addr"],
        map: None,
        interval: true,
    },
    SetSpec {
        name: "dns6",
        key: &["ipv6_addr"],
        map: None,
        interval: true,
    },
];

fn set_decl(o: &RenderOptions, spec: &SetSpec, elem: &[Expression<'static>]) -> serde_json::Value {
    let mut v = serde_json::json!({
        "family": "inet",
        "table": o.table,
        "name": spec.name,
        "type": match spec.key {
            [single] => serde_json::json!(single),
            many => serde_json::json!(many),
        },
    });
    if let Some(obj) = v.as_object_mut() {
        if let Some(m) = spec.map {
            obj.insert("map".into(), m.into());
        }
        if spec.interval {
            obj.insert("flags".into(), serde_json::json!(["interval"]));
        }
        if !elem.is_empty() {
            obj.insert(
                "elem".into(),
                serde_json::to_value(elem).unwrap_or_default(),
            );
        }
    }
    let kind = if spec.map.is_some() { "map" } else { "set" };
    serde_json::json!({ "add": { kind: v } })
}

/// Splits an address map into single hosts and wider ranges.
fn split_hosts<N: Copy + Ord + HostPrefix>(
    m: &BTreeMap<N, u32>,
) -> (BTreeMap<N, u32>, BTreeMap<N, u32>) {
    m.iter()
        .map(|(k, v)| (*k, *v))
        .partition(|(k, _)| k.is_host())
}

/// Is this range a single address?
trait HostPrefix {
    fn is_host(&self) -> bool;
}

impl HostPrefix for Ipv4Net {
    fn is_host(&self) -> bool {
        self.prefix_len() == 32
    }
}

impl HostPrefix for Ipv6Net {
    fn is_host(&self) -> bool {
        self.prefix_len() == 128
    }
}

/// The elements of each named set, as nftables expressions.
fn elements(d: &Desired) -> BTreeMap<&'static str, Vec<Expression<'static>>> {
    let mut m = BTreeMap::new();
    let (h4, n4) = split_hosts(&d.addr4);
    let (h6, n6) = split_hosts(&d.addr6);
    for (name, map) in [("src4h", &h4), ("src4", &n4)] {
        m.insert(
            name,
            map.iter()
                .map(|(n, id)| pair(v4_elem(n), src_id(*id)))
                .collect(),
        );
    }
    for (name, map) in [("dst4h", &h4), ("dst4", &n4)] {
        m.insert(
            name,
            map.iter()
                .map(|(n, id)| pair(v4_elem(n), num(*id)))
                .collect(),
        );
    }
    for (name, map) in [("src6h", &h6), ("src6", &n6)] {
        m.insert(
            name,
            map.iter()
                .map(|(n, id)| pair(v6_elem(n), src_id(*id)))
                .collect(),
        );
    }
    for (name, map) in [("dst6h", &h6), ("dst6", &n6)] {
        m.insert(
            name,
            map.iter()
                .map(|(n, id)| pair(v6_elem(n), num(*id)))
                .collect(),
        );
    }
    m.insert("edges", d.edges.iter().map(edge_elem).collect());
    m.insert(
        "edges_noport",
        d.edges_noport.iter().map(noport_elem).collect(),
    );
    m.insert(
        "enforce_src",
        d.enforce.iter().map(|i| src_id(*i)).collect(),
    );
    m.insert("enforce_dst", d.enforce.iter().map(|i| num(*i)).collect());
    m.insert("audit_src", d.audit.iter().map(|i| src_id(*i)).collect());
    m.insert("audit_dst", d.audit.iter().map(|i| num(*i)).collect());
    m.insert("dns4", d.dns4.iter().map(v4_elem).collect());
    m.insert("dns6", d.dns6.iter().map(v6_elem).collect());
    m
}

fn rule(
    o: &RenderOptions,
    chain: &str,
    comment: Option<&str>,
    expr: Vec<Statement<'static>>,
) -> NfListObject<'static> {
    NfListObject::Rule(Rule {
        family: NfFamily::INet,
        table: Cow::Owned(o.table.clone()),
        chain: Cow::Owned(chain.to_owned()),
        expr: Cow::Owned(expr),
        handle: None,
        index: None,
        comment: comment.map(|c| Cow::Owned(c.to_owned())),
    })
}

fn chain(o: &RenderOptions, name: &str, hook: Option<NfHook>) -> NfListObject<'static> {
    NfListObject::Chain(Chain {
        family: NfFamily::INet,
        table: Cow::Owned(o.table.clone()),
        name: Cow::Owned(name.to_owned()),
        newname: None,
        handle: None,
        _type: hook.map(|_| NfChainType::Filter),
        hook,
        prio: hook.map(|_| o.priority),
        dev: None,
        policy: hook.map(|_| NfChainPolicy::Accept),
    })
}

/// A verdict chain: reset the two registers, log the first packet, count, decide.
fn verdict_rules(
    o: &RenderOptions,
    name: &str,
    rule_name: &str,
    accept: bool,
) -> Vec<NfListObject<'static>> {
    let log = Log {
        prefix: Some(Cow::Owned(format!("{LOG_PREFIX}{rule_name}"))),
        group: Some(u32::from(o.nflog_group)),
        snaplen: Some(SNAPLEN),
        queue_threshold: None,
        level: None,
        flags: None,
    };
    vec![
        chain(o, name, None),
        rule(
            o,
            name,
            Some(rule_name),
            vec![
                set_stmt(meta(MetaKey::Priority), num(0)),
                set_stmt(ct("mark"), num(0)),
                Statement::Log(Some(log)),
                counter(),
                if accept {
                    Statement::Accept(None)
                } else {
                    Statement::Drop(None)
                },
            ],
        ),
    ]
}

/// The table's chains and rules (sets and maps are declared by
/// [`set_decl`]).
fn table_objects(d: &Desired, o: &RenderOptions) -> Vec<NfListObject<'static>> {
    let mut out = Vec::new();
    // forward
    out.push(chain(o, "forward", Some(NfHook::Forward)));
    out.push(rule(
        o,
        "forward",
        Some("established"),
        vec![
            matches(
                ct("state"),
                Operator::IN,
                anon_set(&["established", "related"]),
            ),
            counter(),
            Statement::Accept(None),
        ],
    ));
    out.push(rule(
        o,
        "forward",
        Some("not-new"),
        vec![
            matches(ct("state"), Operator::NEQ, s("new")),
            counter(),
            Statement::Accept(None),
        ],
    ));
    for (fam, set) in [("ip", "dns4"), ("ip6", "dns6")] {
        out.push(rule(
            o,
            "forward",
            Some("dns"),
            vec![
                matches(
                    meta(MetaKey::L4proto),
                    Operator::IN,
                    anon_set(&["tcp", "udp"]),
                ),
                matches(payload("th", "dport"), Operator::EQ, num(53)),
                matches(payload(fam, "daddr"), Operator::EQ, set_ref(set)),
                counter(),
                Statement::Accept(None),
            ],
        ));
    }
    out.push(rule(
        o,
        "forward",
        None,
        vec![Statement::Jump(JumpTarget {
            target: Cow::Borrowed("classify"),
        })],
    ));

    // classify
    out.push(chain(o, "classify", None));
    out.push(rule(
        o,
        "classify",
        Some("foreign-mark"),
        vec![
            matches(ct("mark"), Operator::NEQ, num(0)),
            counter(),
            goto("foreign"),
        ],
    ));
    // A lookup that misses leaves the register as it was: clear it first,
    // so "not found" is id 0.
    out.push(rule(
        o,
        "classify",
        None,
        vec![set_stmt(meta(MetaKey::Priority), num(0))],
    ));
    // Ranges first, then hosts: no address is in both (the inventory and
    // the external ranges are checked for overlaps), and a miss keeps the
    // register as it was.
    for (fam, src, dst) in [
        ("ip", "src4", "dst4"),
        ("ip", "src4h", "dst4h"),
        ("ip6", "src6", "dst6"),
        ("ip6", "src6h", "dst6h"),
    ] {
        let lookup = |field: &str, map: &str| {
            Expression::Named(NamedExpression::Map(Box::new(nftables::expr::Map {
                key: payload(fam, field),
                data: set_ref(map),
            })))
        };
        out.push(rule(
            o,
            "classify",
            None,
            vec![set_stmt(meta(MetaKey::Priority), lookup("saddr", src))],
        ));
        out.push(rule(
            o,
            "classify",
            None,
            vec![set_stmt(ct("mark"), lookup("daddr", dst))],
        ));
    }
    out.push(rule(
        o,
        "classify",
        Some("approved-edge"),
        vec![
            matches(
                Expression::Named(NamedExpression::Concat(vec![
                    meta(MetaKey::Priority),
                    ct("mark"),
                    meta(MetaKey::L4proto),
                    payload("th", "dport"),
                ])),
                Operator::EQ,
                set_ref("edges"),
            ),
            goto("allow"),
        ],
    ));
    out.push(rule(
        o,
        "classify",
        Some("approved-edge-icmp"),
        vec![
            matches(
                meta(MetaKey::L4proto),
                Operator::IN,
                anon_set(&["icmp", "ipv6-icmp"]),
            ),
            matches(
                Expression::Named(NamedExpression::Concat(vec![
                    meta(MetaKey::Priority),
                    ct("mark"),
                    meta(MetaKey::L4proto),
                ])),
                Operator::EQ,
                set_ref("edges_noport"),
            ),
            goto("allow"),
        ],
    ));
    for (key, set, target) in [
        (meta(MetaKey::Priority), "enforce_src", "deny_egress"),
        (ct("mark"), "enforce_dst", "deny_ingress"),
        (meta(MetaKey::Priority), "audit_src", "audit_egress"),
        (ct("mark"), "audit_dst", "audit_ingress"),
    ] {
        out.push(rule(
            o,
            "classify",
            None,
            vec![matches(key, Operator::EQ, set_ref(set)), goto(target)],
        ));
    }
    out.push(rule(o, "classify", None, vec![goto("learn")]));
    // The foreign path leaves the priority as it found it: it never reached
    // the lookups.

    out.extend(verdict_rules(o, "allow", "allow", true));
    out.extend(verdict_rules(o, "learn", "learn", true));
    out.extend(verdict_rules(o, "audit_egress", "audit-egress", true));
    out.extend(verdict_rules(o, "audit_ingress", "audit-ingress", true));
    out.extend(verdict_rules(o, "deny_egress", "deny-egress", false));
    out.extend(verdict_rules(o, "deny_ingress", "deny-ingress", false));

    // foreign: the conntrack mark belongs to someone else; decide by the
    // default mode without touching it (the priority is still untouched).
    let (name, accept) = match d.default_mode {
        Mode::Learn => ("foreign-mark-learn", true),
        Mode::Audit => ("foreign-mark-audit", true),
        Mode::Enforce => ("foreign-mark-deny", false),
    };
    out.push(chain(o, "foreign", None));
    out.push(rule(
        o,
        "foreign",
        Some(name),
        vec![
            Statement::Log(Some(Log {
                prefix: Some(Cow::Owned(format!("{LOG_PREFIX}{name}"))),
                group: Some(u32::from(o.nflog_group)),
                snaplen: Some(SNAPLEN),
                queue_threshold: None,
                level: None,
                flags: None,
            })),
            counter(),
            if accept {
                Statement::Accept(None)
            } else {
                Statement::Drop(None)
            },
        ],
    ));
    out
}

/// One `nft -j` transaction, ready to apply.
#[derive(Debug, Clone, PartialEq)]
pub struct Transaction {
    json: serde_json::Value,
}

impl Transaction {
    fn from_batch(b: Nftables<'_>) -> Self {
        Transaction {
            json: serde_json::to_value(b).unwrap_or_default(),
        }
    }

    /// The JSON document (`{"nftables": [...]}`).
    pub fn json(&self) -> &serde_json::Value {
        &self.json
    }

    /// Number of commands in the transaction.
    pub fn len(&self) -> usize {
        self.json
            .get("nftables")
            .and_then(|a| a.as_array())
            .map_or(0, Vec::len)
    }

    /// True if the transaction has no commands.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One transaction that replaces the whole table: existing or not, the
/// table is deleted and re-created in the same batch, so the kernel goes
/// from the old policy to the new one with nothing in between.
pub fn full_batch(d: &Desired, o: &RenderOptions) -> Transaction {
    let t = NfListObject::Table(Table {
        family: NfFamily::INet,
        name: Cow::Owned(o.table.clone()),
        handle: None,
    });
    let mut head = Batch::new();
    head.add(t.clone());
    head.delete(t.clone());
    head.add(t);
    let mut tx = Transaction::from_batch(head.to_nftables());
    let elems = elements(d);
    // Chains before rules: a rule may only jump to a chain that exists.
    let (rules, chains): (Vec<_>, Vec<_>) = table_objects(d, o)
        .into_iter()
        .partition(|obj| matches!(obj, NfListObject::Rule(_)));
    let mut body = Batch::new();
    for obj in chains.into_iter().chain(rules) {
        body.add(obj);
    }
    let body = Transaction::from_batch(body.to_nftables());
    if let Some(cmds) = tx.json.get_mut("nftables").and_then(|a| a.as_array_mut()) {
        for spec in SET_SPECS {
            let e = elems.get(spec.name).map(Vec::as_slice).unwrap_or_default();
            cmds.push(set_decl(o, spec, e));
        }
        if let Some(rest) = body.json.get("nftables").and_then(|a| a.as_array()) {
            cmds.extend(rest.iter().cloned());
        }
    }
    tx
}

/// The smallest transaction from `old` to `new`, or `None` if nothing
/// changed. Only set elements change, unless the default mode did (then
/// the `foreign` chain is rewritten in the same transaction).
pub fn diff_batch(old: &Desired, new: &Desired, o: &RenderOptions) -> Option<Transaction> {
    let mut removed: Vec<(&str, Vec<Expression<'static>>)> = Vec::new();
    let mut added: Vec<(&str, Vec<Expression<'static>>)> = Vec::new();
    let mut push =
        |name: &'static str, (r, a): (Vec<Expression<'static>>, Vec<Expression<'static>>)| {
            if !r.is_empty() {
                removed.push((name, r));
            }
            if !a.is_empty() {
                added.push((name, a));
            }
        };
    let (oh4, on4) = split_hosts(&old.addr4);
    let (nh4, nn4) = split_hosts(&new.addr4);
    let (oh6, on6) = split_hosts(&old.addr6);
    let (nh6, nn6) = split_hosts(&new.addr6);
    push("src4", map_diff(&on4, &nn4, v4_elem, src_id));
    push("src4h", map_diff(&oh4, &nh4, v4_elem, src_id));
    push("src6", map_diff(&on6, &nn6, v6_elem, src_id));
    push("src6h", map_diff(&oh6, &nh6, v6_elem, src_id));
    push("dst4", map_diff(&on4, &nn4, v4_elem, num));
    push("dst4h", map_diff(&oh4, &nh4, v4_elem, num));
    push("dst6", map_diff(&on6, &nn6, v6_elem, num));
    push("dst6h", map_diff(&oh6, &nh6, v6_elem, num));
    push("edges", set_diff(&old.edges, &new.edges, edge_elem));
    push(
        "edges_noport",
        set_diff(&old.edges_noport, &new.edges_noport, noport_elem),
    );
    push(
        "enforce_src",
        set_diff(&old.enforce, &new.enforce, |i| src_id(*i)),
    );
    push(
        "enforce_dst",
        set_diff(&old.enforce, &new.enforce, |i| num(*i)),
    );
    push(
        "audit_src",
        set_diff(&old.audit, &new.audit, |i| src_id(*i)),
    );
    push("audit_dst", set_diff(&old.audit, &new.audit, |i| num(*i)));
    push("dns4", set_diff(&old.dns4, &new.dns4, v4_elem));
    push("dns6", set_diff(&old.dns6, &new.dns6, v6_elem));
    let mode_changed = old.default_mode != new.default_mode;
    if removed.is_empty() && added.is_empty() && !mode_changed {
        return None;
    }
    let mut b = Batch::new();
    // Deletions first, so a changed map value is delete + add.
    for (name, elems) in removed {
        b.delete(element(o, name, elems));
    }
    for (name, elems) in added {
        b.add(element(o, name, elems));
    }
    if mode_changed {
        b.add_cmd(NfCmd::Flush(FlushObject::Chain(Chain {
            family: NfFamily::INet,
            table: Cow::Owned(o.table.clone()),
            name: Cow::Borrowed("foreign"),
            newname: None,
            handle: None,
            _type: None,
            hook: None,
            prio: None,
            dev: None,
            policy: None,
        })));
        for obj in table_objects(new, o) {
            if let NfListObject::Rule(r) = &obj {
                if r.chain == "foreign" {
                    b.add(obj);
                }
            }
        }
    }
    Some(Transaction::from_batch(b.to_nftables()))
}

/// Elements to delete and to add between two sets (linear, both sorted).
fn set_diff<T: Ord>(
    old: &BTreeSet<T>,
    new: &BTreeSet<T>,
    f: impl Fn(&T) -> Expression<'static>,
) -> (Vec<Expression<'static>>, Vec<Expression<'static>>) {
    (
        old.difference(new).map(&f).collect(),
        new.difference(old).map(&f).collect(),
    )
}

/// Keys to delete and pairs to add between two maps; a changed value is
/// both (deleted, then added in the same transaction).
fn map_diff<K: Ord>(
    old: &BTreeMap<K, u32>,
    new: &BTreeMap<K, u32>,
    key: impl Fn(&K) -> Expression<'static>,
    value: impl Fn(u32) -> Expression<'static>,
) -> (Vec<Expression<'static>>, Vec<Expression<'static>>) {
    let removed = old
        .iter()
        .filter(|(k, v)| new.get(*k) != Some(*v))
        .map(|(k, _)| key(k))
        .collect();
    let added = new
        .iter()
        .filter(|(k, v)| old.get(*k) != Some(*v))
        .map(|(k, v)| pair(key(k), value(*v)))
        .collect();
    (removed, added)
}

fn element(o: &RenderOptions, name: &str, elem: Vec<Expression<'static>>) -> NfListObject<'static> {
    NfListObject::Element(Element {
        family: NfFamily::INet,
        table: Cow::Owned(o.table.clone()),
        name: Cow::Owned(name.to_owned()),
        elem: Cow::Owned(elem),
    })
}

/// Runs a transaction (`nft -j -f -`).
pub fn apply(tx: &Transaction) -> Result<(), RenderError> {
    helper::apply_ruleset_raw(
        &tx.json.to_string(),
        helper::DEFAULT_NFT,
        helper::DEFAULT_ARGS,
    )
    .map(|_| ())
    .map_err(RenderError::from)
}

/// Deletes Palisade's table (and nothing else). Idempotent.
pub fn uninstall(table: &str) -> Result<(), RenderError> {
    let mut b = Batch::new();
    let t = NfListObject::Table(Table {
        family: NfFamily::INet,
        name: Cow::Owned(table.to_owned()),
        handle: None,
    });
    b.add(t.clone());
    b.delete(t);
    apply(&Transaction::from_batch(b.to_nftables()))
}

/// Does Palisade's table exist in this network namespace?
pub fn table_exists(table: &str) -> Result<bool, RenderError> {
    match helper::get_current_ruleset_raw(helper::DEFAULT_NFT, ["-t", "list", "tables", "inet"]) {
        Ok(out) => {
            let v: serde_json::Value =
                serde_json::from_str(&out).map_err(|e| RenderError::Nft(e.to_string()))?;
            Ok(v.get("nftables")
                .and_then(|a| a.as_array())
                .is_some_and(|a| {
                    a.iter()
                        .any(|o| o.pointer("/table/name").and_then(|n| n.as_str()) == Some(table))
                }))
        }
        Err(e) => Err(e.into()),
    }
}

/// Packet and byte counters of the verdict rules, by rule comment.
pub fn read_counters(table: &str) -> Result<BTreeMap<String, (u64, u64)>, RenderError> {
    let out = helper::get_current_ruleset_raw(
        helper::DEFAULT_NFT,
        ["-t", "list", "table", "inet", table],
    )?;
    let v: serde_json::Value =
        serde_json::from_str(&out).map_err(|e| RenderError::Nft(e.to_string()))?;
    let mut m: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for obj in v
        .get("nftables")
        .and_then(|a| a.as_array())
        .into_iter()
        .flatten()
    {
        let Some(rule) = obj.get("rule") else {
            continue;
        };
        let Some(comment) = rule.get("comment").and_then(|c| c.as_str()) else {
            continue;
        };
        for st in rule
            .get("expr")
            .and_then(|e| e.as_array())
            .into_iter()
            .flatten()
        {
            if let Some(c) = st.get("counter") {
                let p = c.get("packets").and_then(|x| x.as_u64()).unwrap_or(0);
                let b = c.get("bytes").and_then(|x| x.as_u64()).unwrap_or(0);
                let e = m.entry(comment.to_owned()).or_default();
                e.0 += p;
                e.1 += b;
            }
        }
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn inv() -> Inventory {
        Inventory::parse(
            r#"
workloads:
  - {namespace: a, name: web, addresses: [10.0.0.1, "fd00::1"]}
  - {namespace: a, name: api, addresses: [10.0.1.0/24]}
dns: {resolvers: [10.96.0.10]}
"#,
            Path::new("t"),
        )
        .unwrap()
    }

    fn policy(edges: &[&str], mode: Mode) -> Policy {
        let mut p = Policy::initial();
        p.edges = edges.iter().map(|e| e.parse().unwrap()).collect();
        p.default_mode = mode;
        p
    }

    #[test]
    fn desired_resolves_ids_and_modes() {
        let mut ids = IdTable::default();
        let mut p = policy(
            &[
                "a/web->a/api:tcp/80",
                "a/api->external:192.0.2.1/32:tcp/443",
                "a/web->a/gone:tcp/1",
                "a/web->external:10.0.1.5/32:tcp/1",
                "a/web->a/api:icmp",
            ],
            Mode::Enforce,
        );
        p.modes.insert("a/api".parse().unwrap(), Mode::Audit);
        let d = Desired::new(&p, &inv(), &mut ids);
        let web = ids.id(&"a/web".parse().unwrap());
        let api = ids.id(&"a/api".parse().unwrap());
        assert_eq!(d.addr4.len(), 3, "{:?}", d.addr4);
        assert_eq!(d.addr6.len(), 1);
        assert!(d.edges.contains(&(web, api, Proto::Tcp, 80)));
        assert!(d.edges_noport.contains(&(web, api, Proto::Icmp)));
        assert_eq!(d.edges.len(), 3, "{:?}", d.edges);
        assert!(d.enforce.contains(&0) && d.enforce.contains(&web));
        assert!(d.audit.contains(&api));
        assert_eq!(d.warnings.len(), 2, "{:?}", d.warnings);
        assert_eq!(d.dns4.len(), 1);
    }

    #[test]
    fn range_set_overlaps() {
        let mut r = RangeSet::new(
            ["10.0.0.0/24", "10.0.2.0/24", "fd00::/64"]
                .iter()
                .map(|n| n.parse().unwrap()),
        );
        for (net, want) in [
            ("10.0.1.0/24", false),
            ("10.0.0.9/32", true),
            ("10.0.0.0/16", true),
            ("10.0.2.255/32", true),
            ("10.0.3.0/32", false),
            ("fd00::1/128", true),
            ("fd01::/64", false),
            ("9.255.255.255/32", false),
        ] {
            assert_eq!(r.overlaps(&net.parse().unwrap()), want, "{net}");
        }
        r.insert("10.0.1.0/25".parse().unwrap());
        assert!(r.overlaps(&"10.0.1.7/32".parse().unwrap()));
        assert!(!r.overlaps(&"10.0.1.200/32".parse().unwrap()));
    }

    #[test]
    fn ids_are_stable_across_address_changes() {
        let mut ids = IdTable::default();
        let p = policy(&["a/web->a/api:tcp/80"], Mode::Enforce);
        let d1 = Desired::new(&p, &inv(), &mut ids);
        let mut inv2 = inv();
        inv2.workloads[1].addresses = vec!["10.0.9.9/32".parse().unwrap()];
        let d2 = Desired::new(&p, &inv2, &mut ids);
        assert_eq!(d1.edges, d2.edges);
        let o = RenderOptions::default();
        let batch = diff_batch(&d1, &d2, &o).unwrap();
        let json = batch.json().to_string();
        // Only the address maps change.
        assert!(json.contains("src4h") && json.contains("dst4h"), "{json}");
        assert!(!json.contains("\"edges\""), "{json}");
        assert!(diff_batch(&d2, &d2, &o).is_none());
    }

    #[test]
    fn full_batch_is_one_transaction_that_replaces_the_table() {
        let mut ids = IdTable::default();
        let d = Desired::new(
            &policy(&["a/web->a/api:tcp/80"], Mode::Learn),
            &inv(),
            &mut ids,
        );
        let tx = full_batch(&d, &RenderOptions::default());
        let json = tx.json();
        let cmds = json["nftables"].as_array().unwrap();
        assert!(cmds[0]["add"]["table"].is_object());
        assert!(cmds[1]["delete"]["table"].is_object());
        assert!(cmds.len() > 20);
    }
}
