//! The inventory: which workloads exist and which addresses they own.
//!
//! Read from a YAML file written by hand or by tooling:
//!
//! ```yaml
//! workloads:
//!   - namespace: shop
//!     name: web
//!     labels: { app: web }
//!     addresses: [10.244.1.10/32, "fd00:244::10"]
//! dns:
//!   resolvers: [10.96.0.10/32]          # resolver addresses (CIDRs)
//!   workloads: [kube-system/coredns]    # or resolver workloads
//! ```
//!
//! or from a Kubernetes pod list (`kubectl get pods -A -o json`), where pods
//! are grouped into workloads by owner and stable labels. Everything is
//! checked on load: a bad inventory is an error naming the file and the
//! workload, never a half-applied one.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use ipnet::IpNet;
use serde::{Deserialize, Serialize};

use crate::model::{is_dns_name, Endpoint, WorkloadRef};

/// Largest inventory file read, in bytes (a pod list of ~100k pods).
pub const MAX_INVENTORY_BYTES: u64 = 256 * 1024 * 1024;

/// Labels that change on every rollout and must never select a workload.
pub const CHURNY_LABELS: &[&str] = &[
    "pod-template-hash",
    "controller-revision-hash",
    "pod-template-generation",
    "statefulset.kubernetes.io/pod-name",
    "apps.kubernetes.io/pod-index",
    "controller-uid",
    "batch.kubernetes.io/controller-uid",
    "job-name",
    "batch.kubernetes.io/job-name",
];

/// Why an inventory could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum InventoryError {
    /// The file could not be read.
    #[error("cannot read inventory {path}: {source}")]
    Io {
        /// The inventory file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_INVENTORY_BYTES`].
    #[error("inventory {path} is {size} bytes, larger than the {max} byte limit")]
    TooLarge {
        /// The inventory file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        max: u64,
    },
    /// The YAML does not parse or has unknown keys.
    #[error("inventory {path}: {source}")]
    Yaml {
        /// The inventory file.
        path: PathBuf,
        /// The parser's error, with line and column.
        source: serde_yaml::Error,
    },
    /// A Kubernetes pod list does not parse.
    #[error("inventory {path}: not a Kubernetes pod list: {source}")]
    Json {
        /// The inventory file.
        path: PathBuf,
        /// The parser's error.
        source: serde_json::Error,
    },
    /// The content parses but is not a valid inventory.
    #[error("inventory {path}: {what}")]
    Invalid {
        /// The inventory file.
        path: PathBuf,
        /// What is wrong, naming the workload.
        what: String,
    },
}

/// One workload: a named group of pods and the addresses they use now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workload {
    /// `namespace/name`.
    pub id: WorkloadRef,
    /// Stable labels that select the workload's pods (used by the
    /// NetworkPolicy export). Churny labels are dropped on load.
    pub labels: BTreeMap<String, String>,
    /// Addresses (IPv4 and IPv6 CIDRs; a bare address means one host).
    pub addresses: Vec<IpNet>,
}

/// The DNS resolvers that every workload may reach on port 53 (UDP and TCP).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dns {
    /// Resolver addresses. Default: none.
    pub resolvers: Vec<IpNet>,
    /// Resolver workloads (their addresses are used). Default: none.
    pub workloads: Vec<WorkloadRef>,
}

/// A checked inventory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inventory {
    /// The workloads, sorted by id.
    pub workloads: Vec<Workload>,
    /// DNS resolvers.
    pub dns: Dns,
}

// --- the YAML file format ---

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInventory {
    #[serde(default)]
    workloads: Vec<RawWorkload>,
    #[serde(default)]
    dns: RawDns,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWorkload {
    namespace: String,
    name: String,
    #[serde(default)]
    labels: BTreeMap<String, String>,
    #[serde(default)]
    addresses: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawDns {
    #[serde(default)]
    resolvers: Vec<String>,
    #[serde(default)]
    workloads: Vec<String>,
}

/// Parses `10.0.0.1`, `10.0.0.0/24`, `fd00::1` or `fd00::/64`.
pub fn parse_cidr(s: &str) -> Option<IpNet> {
    let s = s.trim();
    s.parse::<IpNet>()
        .map(|n| n.trunc())
        .ok()
        .or_else(|| s.parse::<IpAddr>().ok().map(IpNet::from))
}

impl Inventory {
    /// Reads and checks an inventory file (YAML, or a Kubernetes pod list
    /// in JSON).
    pub fn load(path: &Path) -> Result<Self, InventoryError> {
        let io = |source| InventoryError::Io {
            path: path.to_owned(),
            source,
        };
        let size = std::fs::metadata(path).map_err(io)?.len();
        if size > MAX_INVENTORY_BYTES {
            return Err(InventoryError::TooLarge {
                path: path.to_owned(),
                size,
                max: MAX_INVENTORY_BYTES,
            });
        }
        let text = std::fs::read_to_string(path).map_err(io)?;
        Self::parse(&text, path)
    }

    /// Parses inventory text; `path` is only used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Self, InventoryError> {
        if looks_like_pod_list(text) {
            let v: serde_json::Value =
                serde_json::from_str(text).map_err(|source| InventoryError::Json {
                    path: path.to_owned(),
                    source,
                })?;
            return from_pod_list(&v, path);
        }
        let raw: RawInventory = if text.trim().is_empty() {
            RawInventory {
                workloads: Vec::new(),
                dns: RawDns::default(),
            }
        } else {
            serde_yaml::from_str(text).map_err(|source| InventoryError::Yaml {
                path: path.to_owned(),
                source,
            })?
        };
        let invalid = |what: String| InventoryError::Invalid {
            path: path.to_owned(),
            what,
        };
        let mut workloads = Vec::with_capacity(raw.workloads.len());
        for (i, w) in raw.workloads.into_iter().enumerate() {
            let id = WorkloadRef::new(&w.namespace, &w.name).map_err(|e| {
                invalid(format!(
                    "workload #{} ({}/{}): {e}",
                    i + 1,
                    w.namespace,
                    w.name
                ))
            })?;
            let mut addresses = Vec::with_capacity(w.addresses.len());
            for a in &w.addresses {
                let net = parse_cidr(a).ok_or_else(|| {
                    invalid(format!(
                        "workload {id}: address {a:?} is not an IP address or CIDR"
                    ))
                })?;
                addresses.push(net);
            }
            for (k, v) in &w.labels {
                if !valid_label_key(k) || !valid_label_value(v) {
                    return Err(invalid(format!(
                        "workload {id}: label {k:?}={v:?} is not a valid Kubernetes label"
                    )));
                }
            }
            workloads.push(Workload {
                id,
                labels: w.labels,
                addresses,
            });
        }
        let mut dns = Dns::default();
        for r in &raw.dns.resolvers {
            dns.resolvers.push(parse_cidr(r).ok_or_else(|| {
                invalid(format!("dns.resolvers: {r:?} is not an address or CIDR"))
            })?);
        }
        for w in &raw.dns.workloads {
            dns.workloads.push(
                w.parse()
                    .map_err(|e| invalid(format!("dns.workloads: {e}")))?,
            );
        }
        Self::checked(workloads, dns, path)
    }

    /// Sorts and checks workloads: unique ids, no address owned twice.
    fn checked(
        mut workloads: Vec<Workload>,
        dns: Dns,
        path: &Path,
    ) -> Result<Self, InventoryError> {
        let invalid = |what: String| InventoryError::Invalid {
            path: path.to_owned(),
            what,
        };
        workloads.sort_by(|a, b| a.id.cmp(&b.id));
        for pair in workloads.windows(2) {
            if let [a, b] = pair {
                if a.id == b.id {
                    return Err(invalid(format!("workload {} is listed twice", a.id)));
                }
            }
        }
        for w in &mut workloads {
            w.addresses.sort();
            w.addresses.dedup();
        }
        let mut all: Vec<(IpNet, &WorkloadRef)> = workloads
            .iter()
            .flat_map(|w| w.addresses.iter().map(move |a| (*a, &w.id)))
            .collect();
        if let Some((a, b)) = first_overlap(&mut all) {
            return Err(invalid(format!(
                "address {} of {} overlaps address {} of {}",
                a.0, a.1, b.0, b.1
            )));
        }
        for d in &dns.workloads {
            if workloads.binary_search_by(|w| w.id.cmp(d)).is_err() {
                return Err(invalid(format!(
                    "dns.workloads: {d} is not in the inventory"
                )));
            }
        }
        Ok(Inventory { workloads, dns })
    }

    /// The workload with this id.
    pub fn workload(&self, id: &WorkloadRef) -> Option<&Workload> {
        self.workloads
            .binary_search_by(|w| w.id.cmp(id))
            .ok()
            .and_then(|i| self.workloads.get(i))
    }

    /// All resolver ranges: explicit ones plus the resolver workloads' addresses.
    pub fn resolver_ranges(&self) -> Vec<IpNet> {
        let mut out = self.dns.resolvers.clone();
        for d in &self.dns.workloads {
            if let Some(w) = self.workload(d) {
                out.extend(w.addresses.iter().copied());
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// An index for resolving addresses to endpoints.
    pub fn index(&self) -> AddressIndex {
        AddressIndex::new(self)
    }
}

/// Finds two overlapping ranges (sorts the slice by range start).
pub(crate) fn first_overlap<T: Clone>(all: &mut [(IpNet, T)]) -> Option<((IpNet, T), (IpNet, T))> {
    all.sort_by_key(|a| (a.0.network(), a.0.prefix_len()));
    // Sorted by start, a range overlaps an earlier one iff it starts before
    // the furthest end seen so far (same family).
    let mut furthest: Option<(IpNet, T)> = None;
    for cur in all.iter() {
        if let Some(f) = &furthest {
            let same_family = f.0.network().is_ipv4() == cur.0.network().is_ipv4();
            if same_family && cur.0.network() <= f.0.broadcast() {
                return Some((f.clone(), cur.clone()));
            }
            if !same_family || cur.0.broadcast() > f.0.broadcast() {
                furthest = Some(cur.clone());
            }
        } else {
            furthest = Some(cur.clone());
        }
    }
    None
}

fn valid_label_value(v: &str) -> bool {
    v.is_empty()
        || (v.len() <= 63
            && v.starts_with(|c: char| c.is_ascii_alphanumeric())
            && v.ends_with(|c: char| c.is_ascii_alphanumeric())
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'))
}

fn valid_label_key(k: &str) -> bool {
    let (prefix, name) = match k.rsplit_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, k),
    };
    prefix.is_none_or(|p| is_dns_name(p, 253)) && !name.is_empty() && valid_label_value(name)
}

// === Kubernetes pod lists ===

fn looks_like_pod_list(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with('{') && t.contains("\"items\"")
}

fn str_at<'a>(v: &'a serde_json::Value, path: &[&str]) -> Option<&'a str> {
    let mut cur = v;
    for p in path {
        cur = cur.get(p)?;
    }
    cur.as_str()
}

/// Groups the pods of a `kubectl get pods -A -o json` list into workloads.
///
/// A pod's workload is its controller: a ReplicaSet owned by a Deployment
/// becomes the Deployment (the `pod-template-hash` suffix is removed), a
/// StatefulSet, DaemonSet or Job is used as is, and a bare pod is its own
/// workload. Labels are the ones all pods of the workload agree on, minus
/// [`CHURNY_LABELS`]. Pods on the host network, pods without an address and
/// finished pods are skipped (they own no pod address).
pub fn from_pod_list(v: &serde_json::Value, path: &Path) -> Result<Inventory, InventoryError> {
    let invalid = |what: String| InventoryError::Invalid {
        path: path.to_owned(),
        what,
    };
    let items = v
        .get("items")
        .and_then(|i| i.as_array())
        .ok_or_else(|| invalid("no \"items\" array".to_owned()))?;
    let mut groups: BTreeMap<WorkloadRef, Workload> = BTreeMap::new();
    let mut labels_seen: BTreeMap<WorkloadRef, Vec<BTreeMap<String, String>>> = BTreeMap::new();
    let mut dns_workloads = Vec::new();
    for (i, pod) in items.iter().enumerate() {
        let kind = str_at(pod, &["kind"]).unwrap_or("Pod");
        if kind != "Pod" {
            continue;
        }
        let ns = str_at(pod, &["metadata", "namespace"])
            .ok_or_else(|| invalid(format!("item #{i}: pod without metadata.namespace")))?;
        let pod_name = str_at(pod, &["metadata", "name"])
            .ok_or_else(|| invalid(format!("item #{i}: pod without metadata.name")))?;
        if pod
            .pointer("/spec/hostNetwork")
            .and_then(|b| b.as_bool())
            .unwrap_or(false)
        {
            continue;
        }
        if matches!(
            str_at(pod, &["status", "phase"]),
            Some("Succeeded" | "Failed")
        ) {
            continue;
        }
        let mut labels: BTreeMap<String, String> = pod
            .pointer("/metadata/labels")
            .and_then(|l| l.as_object())
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_owned())))
                    .collect()
            })
            .unwrap_or_default();
        let hash = labels.get("pod-template-hash").cloned();
        let owner = pod
            .pointer("/metadata/ownerReferences")
            .and_then(|o| o.as_array())
            .and_then(|refs| {
                refs.iter()
                    .find(|r| r.get("controller").and_then(|c| c.as_bool()) == Some(true))
                    .or_else(|| refs.first())
            });
        let name = match owner {
            Some(o) => {
                let okind = str_at(o, &["kind"]).unwrap_or("");
                let oname = str_at(o, &["name"]).unwrap_or(pod_name);
                match (okind, &hash) {
                    ("ReplicaSet", Some(h)) => oname
                        .strip_suffix(h.as_str())
                        .and_then(|s| s.strip_suffix('-'))
                        .unwrap_or(oname),
                    _ => oname,
                }
            }
            None => pod_name,
        };
        let id =
            WorkloadRef::new(ns, name).map_err(|e| invalid(format!("pod {ns}/{pod_name}: {e}")))?;
        labels.retain(|k, v| {
            !CHURNY_LABELS.contains(&k.as_str()) && valid_label_key(k) && valid_label_value(v)
        });
        let mut ips: Vec<IpNet> = pod
            .pointer("/status/podIPs")
            .and_then(|a| a.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|x| str_at(x, &["ip"]).and_then(parse_cidr))
                    .collect()
            })
            .unwrap_or_default();
        if ips.is_empty() {
            if let Some(ip) = str_at(pod, &["status", "podIP"]).and_then(parse_cidr) {
                ips.push(ip);
            }
        }
        if ips.is_empty() {
            continue;
        }
        if ns == "kube-system" && labels.get("k8s-app").map(String::as_str) == Some("kube-dns") {
            dns_workloads.push(id.clone());
        }
        labels_seen.entry(id.clone()).or_default().push(labels);
        groups
            .entry(id.clone())
            .or_insert_with(|| Workload {
                id,
                labels: BTreeMap::new(),
                addresses: Vec::new(),
            })
            .addresses
            .extend(ips);
    }
    for (id, all) in labels_seen {
        // Keep only the labels every pod of the workload carries, with the
        // same value: anything else does not select the workload.
        let mut common = all.first().cloned().unwrap_or_default();
        for l in all.iter().skip(1) {
            common.retain(|k, v| l.get(k) == Some(v));
        }
        if let Some(w) = groups.get_mut(&id) {
            w.labels = common;
        }
    }
    dns_workloads.sort();
    dns_workloads.dedup();
    Inventory::checked(
        groups.into_values().collect(),
        Dns {
            resolvers: Vec::new(),
            workloads: dns_workloads,
        },
        path,
    )
}

// === impl AddressIndex ===

/// Resolves addresses to endpoints: the workload owning the most specific
/// range, or an `external` host endpoint.
#[derive(Debug, Clone, Default)]
pub struct AddressIndex {
    hosts: HashMap<IpAddr, WorkloadRef>,
    /// Wider ranges, most specific first.
    ranges: Vec<(IpNet, WorkloadRef)>,
}

impl AddressIndex {
    fn new(inv: &Inventory) -> Self {
        let mut idx = AddressIndex::default();
        for w in &inv.workloads {
            for a in &w.addresses {
                if a.prefix_len() == a.max_prefix_len() {
                    idx.hosts.insert(a.addr(), w.id.clone());
                } else {
                    idx.ranges.push((*a, w.id.clone()));
                }
            }
        }
        idx.ranges
            .sort_by_key(|r| std::cmp::Reverse(r.0.prefix_len()));
        idx
    }

    /// The workload owning `ip`, if any.
    pub fn workload(&self, ip: IpAddr) -> Option<&WorkloadRef> {
        self.hosts.get(&ip).or_else(|| {
            self.ranges
                .iter()
                .find(|(net, _)| net.contains(&ip))
                .map(|(_, w)| w)
        })
    }

    /// The endpoint for `ip`: its workload, or `external:ip/32` (`/128`).
    pub fn resolve(&self, ip: IpAddr) -> Endpoint {
        match self.workload(ip) {
            Some(w) => Endpoint::Workload(w.clone()),
            None => Endpoint::external_host(ip),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Inventory, InventoryError> {
        Inventory::parse(text, Path::new("test.yaml"))
    }

    #[test]
    fn yaml_inventory_parses_and_resolves() {
        let inv = parse(
            r#"
workloads:
  - namespace: shop
    name: web
    labels: { app: web }
    addresses: [10.244.1.10, "fd00::10/128"]
  - namespace: shop
    name: api
    labels: { app: api }
    addresses: [10.244.2.0/24]
dns:
  resolvers: [10.96.0.10]
  workloads: [shop/api]
"#,
        )
        .unwrap();
        assert_eq!(inv.workloads.len(), 2);
        let idx = inv.index();
        assert_eq!(
            idx.resolve("10.244.1.10".parse().unwrap()).to_string(),
            "shop/web"
        );
        assert_eq!(
            idx.resolve("fd00::10".parse().unwrap()).to_string(),
            "shop/web"
        );
        assert_eq!(
            idx.resolve("10.244.2.77".parse().unwrap()).to_string(),
            "shop/api"
        );
        assert_eq!(
            idx.resolve("192.0.2.1".parse().unwrap()).to_string(),
            "external:192.0.2.1/32"
        );
        assert_eq!(inv.resolver_ranges().len(), 2);
    }

    #[test]
    fn bad_inventories_are_clear_errors() {
        let cases = [
            ("workloads: [{namespace: a, name: b, adresses: []}]", "unknown field `adresses`"),
            ("workloads: [{namespace: a, name: b, addresses: [10.0.0.300]}]", "is not an IP address"),
            ("workloads: [{namespace: A, name: b}]", "invalid workload"),
            (
                "workloads: [{namespace: a, name: b}, {namespace: a, name: b}]",
                "listed twice",
            ),
            (
                "workloads: [{namespace: a, name: b, addresses: [10.0.0.0/8]}, {namespace: a, name: c, addresses: [10.1.0.1]}]",
                "overlaps",
            ),
            ("workloads: [{namespace: a, name: b, labels: {'a b': x}}]", "not a valid Kubernetes label"),
            ("dns: {workloads: [a/missing]}", "not in the inventory"),
            ("workloads: {", "test.yaml"),
        ];
        for (text, want) in cases {
            let err = parse(text).unwrap_err().to_string();
            assert!(err.contains(want), "{text}: {err}");
        }
    }

    #[test]
    fn overlap_detection_handles_nesting() {
        let mut v: Vec<(IpNet, u8)> = vec![
            ("10.0.0.0/8".parse().unwrap(), 1),
            ("10.200.0.1/32".parse().unwrap(), 2),
            ("10.5.0.0/16".parse().unwrap(), 3),
        ];
        assert!(first_overlap(&mut v).is_some());
        let mut v: Vec<(IpNet, u8)> = vec![
            ("10.0.0.0/24".parse().unwrap(), 1),
            ("10.0.1.0/24".parse().unwrap(), 2),
            ("fd00::/64".parse().unwrap(), 3),
            (
                "10.0.0.0/24".parse::<IpNet>().unwrap().supernet().unwrap(),
                4,
            ),
        ];
        assert!(first_overlap(&mut v).is_some());
        let mut v: Vec<(IpNet, u8)> = vec![
            ("10.0.0.0/24".parse().unwrap(), 1),
            ("10.0.1.0/24".parse().unwrap(), 2),
            ("fd00::/64".parse().unwrap(), 3),
        ];
        assert!(first_overlap(&mut v).is_none());
    }

    #[test]
    fn pod_list_is_grouped_by_owner_and_stable_labels() {
        let pods = serde_json::json!({
          "apiVersion": "v1", "kind": "List",
          "items": [
            {"kind": "Pod", "metadata": {"name": "web-7d9f8-abcde", "namespace": "shop",
              "labels": {"app": "web", "pod-template-hash": "7d9f8", "tier": "front"},
              "ownerReferences": [{"kind": "ReplicaSet", "name": "web-7d9f8", "controller": true}]},
             "status": {"phase": "Running", "podIP": "10.244.1.10", "podIPs": [{"ip": "10.244.1.10"}, {"ip": "fd00::10"}]}},
            {"kind": "Pod", "metadata": {"name": "web-7d9f8-fghij", "namespace": "shop",
              "labels": {"app": "web", "pod-template-hash": "7d9f8", "tier": "canary"},
              "ownerReferences": [{"kind": "ReplicaSet", "name": "web-7d9f8", "controller": true}]},
             "status": {"phase": "Running", "podIP": "10.244.2.11"}},
            {"kind": "Pod", "metadata": {"name": "db-0", "namespace": "shop",
              "labels": {"app": "db", "statefulset.kubernetes.io/pod-name": "db-0"},
              "ownerReferences": [{"kind": "StatefulSet", "name": "db", "controller": true}]},
             "status": {"phase": "Running", "podIP": "10.244.3.5"}},
            {"kind": "Pod", "metadata": {"name": "coredns-55-x", "namespace": "kube-system",
              "labels": {"k8s-app": "kube-dns", "pod-template-hash": "55"},
              "ownerReferences": [{"kind": "ReplicaSet", "name": "coredns-55", "controller": true}]},
             "status": {"phase": "Running", "podIP": "10.244.0.2"}},
            {"kind": "Pod", "metadata": {"name": "kube-proxy-x", "namespace": "kube-system"},
             "spec": {"hostNetwork": true}, "status": {"phase": "Running", "podIP": "192.168.0.10"}},
            {"kind": "Pod", "metadata": {"name": "pending", "namespace": "shop"}, "status": {"phase": "Pending"}}
          ]
        });
        let inv = from_pod_list(&pods, Path::new("pods.json")).unwrap();
        let ids: Vec<String> = inv.workloads.iter().map(|w| w.id.to_string()).collect();
        assert_eq!(ids, ["kube-system/coredns", "shop/db", "shop/web"]);
        let web = inv.workload(&"shop/web".parse().unwrap()).unwrap();
        assert_eq!(web.addresses.len(), 3);
        assert_eq!(web.labels.len(), 1, "{:?}", web.labels);
        assert_eq!(web.labels.get("app").map(String::as_str), Some("web"));
        let db = inv.workload(&"shop/db".parse().unwrap()).unwrap();
        assert!(!db.labels.contains_key("statefulset.kubernetes.io/pod-name"));
        assert_eq!(inv.dns.workloads.len(), 1);
        // The same text is detected as a pod list by `parse`.
        let text = serde_json::to_string(&pods).unwrap();
        assert_eq!(
            Inventory::parse(&text, Path::new("pods.json")).unwrap(),
            inv
        );
    }
}
