//! Palisade netpol: workload segmentation learned from kernel flows and
//! enforced with nftables.
//!
//! This is the L3 half of Palisade. An agent runs in the network namespace
//! it filters (a node's, in a routed setup). It learns who talks to whom
//! from the first packet of every connection (NFLOG), proposes a map of
//! *workload* edges, lets a network team approve it, and enforces the
//! approved map with nftables sets whose lookup cost does not grow with
//! the number of edges or pods.
//!
//! - [`model`]: endpoints, edges (`shop/web->shop/api:tcp/8080`), modes.
//! - [`inventory`]: workloads and their addresses (YAML or a pod list).
//! - [`flows`]: first packets to edges, bounded aggregation.
//! - [`nflog`]: the pure-Rust NFLOG listener.
//! - [`store`]: the state directory — proposed map, versioned policy,
//!   history, events — the API every front end uses.
//! - [`render`]: the nftables table and its transactions.
//! - [`export`]: Kubernetes NetworkPolicy export.
//! - [`agent`]: the long-running agent; [`metrics`]: its Prometheus endpoint.
//! - [`webhook`]: the sidecar-injecting admission webhook (`palisade-netpol webhook`).
//! - [`report`]: tables and JSON views for review commands.
//! - [`console`]: the web console and its JSON API (`palisade-netpol serve`).
//!
//! # Example: review and approve through the library
//!
//! ```
//! use netpol::model::{Edge, Mode};
//! use netpol::store::{Change, FlowRecord, Store, Verdict};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let dir = tempfile::tempdir()?;
//! let store = Store::open(dir.path())?;
//!
//! // The agent records what it observed...
//! let edge: Edge = "shop/web->shop/api:tcp/8080".parse()?;
//! let now = chrono::Utc::now();
//! store.record_flows(&[FlowRecord {
//!     edge: edge.clone(),
//!     first_seen: now,
//!     last_seen: now,
//!     count: 3,
//!     verdict: Verdict::Learn,
//! }])?;
//! assert_eq!(store.diff()?.pending.len(), 1);
//!
//! // ...a person (or the web console, on their behalf) approves it...
//! let change = store.approve("alice", Some(&[edge]))?;
//! assert!(matches!(change, Change::NewVersion(ref p) if p.version == 1));
//!
//! // ...and switches the default mode to enforce.
//! store.set_mode("alice", None, Mode::Enforce)?;
//! let policy = store.policy()?;
//! assert_eq!(policy.default_mode, Mode::Enforce);
//! assert_eq!(store.history()?.len(), 2);
//!
//! // The nftables transaction the agent would run for it:
//! let inv = netpol::inventory::Inventory::parse(
//!     "workloads:\n- {namespace: shop, name: web, addresses: [10.0.0.1]}\n- {namespace: shop, name: api, addresses: [10.0.0.2]}\n",
//!     std::path::Path::new("inventory.yaml"),
//! )?;
//! let mut ids = netpol::render::IdTable::default();
//! let desired = netpol::render::Desired::new(&policy, &inv, &mut ids);
//! assert_eq!(desired.edges.len(), 1);
//! let _batch = netpol::render::full_batch(&desired, &Default::default());
//! # Ok(())
//! # }
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod agent;
pub mod console;
pub mod export;
pub mod flows;
pub mod inventory;
pub mod metrics;
pub mod model;
pub mod nflog;
pub mod render;
pub mod report;
pub mod store;
pub mod webhook;
