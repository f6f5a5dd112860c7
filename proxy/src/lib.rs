//! Palisade's L7 sidecar: a [Pingora](https://github.com/cloudflare/pingora) reverse proxy
//! that runs in front of the application in every pod, judges each request with the
//! [`rulesets`] engine, and blocks attacks before the application sees a byte of them.
//!
//! ```text
//!  client ──▶ :15006 ─┬─ slow-client guard (header deadline)        ─▶ 127.0.0.1:8080 (app)
//!                     ├─ protocol checks (framing, limits)   ──4xx─▶ client
//!                     ├─ rules, head phase      ─┐
//!                     ├─ read body (≤ limit)     ├─ block ──403────▶ client  + alert line
//!                     ├─ rules, body phase      ─┘
//!                     └─ forward as received (+X-Forwarded-For, X-Request-Id)
//!  admin ──▶ 127.0.0.1:15020  /metrics /healthz /readyz POST /reload
//!  rules dir ──(poll, SIGHUP, POST /reload)──▶ compile off the request path ──▶ ArcSwap
//! ```
//!
//! Modules: [`config`] (the YAML file and CLI overrides → [`config::Settings`]), [`route`]
//! (per-route policy), [`hosts`] (the host allow-list), [`inspect`] (Pingora request → engine request, protocol checks),
//! [`service`] (the `ProxyHttp` implementation and the body forwarding paths), [`guard`]
//! (slowloris deadline), [`rules`] (the hot-swapped rule store), [`alerts`] (JSON lines off the
//! request path), [`metrics`] (Prometheus text), [`admin`] (the admin listener), [`server`]
//! (wiring, SIGHUP, SIGTERM drain), [`redirect`] (the init container's nftables capture,
//! `palisade-proxy init-redirect`).
//!
//! The binary `palisade-proxy` is a thin CLI over [`start`]:
//!
//! ```no_run
//! use proxy::config::{Config, Overrides, Settings};
//!
//! let settings = Settings::build(Config::default(), Overrides::default())?;
//! proxy::start(settings)?; // runs until SIGTERM
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]

pub mod admin;
pub mod alerts;
pub mod config;
pub mod guard;
pub mod hosts;
pub mod inspect;
pub mod metrics;
pub mod redirect;
pub mod route;
pub mod rules;
pub mod server;
pub mod service;

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use crate::alerts::{AlertSink, Workload};
use crate::config::{LogConfig, LogFormat, Settings};
use crate::metrics::Metrics;
use crate::rules::{RuleSource, RuleStore};

/// Why the proxy could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The initial rules do not load; nothing to fall back to.
    #[error("cannot load rules: {0}")]
    Rules(#[from] rulesets::LoadError),
    /// The alert output cannot be opened.
    #[error("cannot open alert output {output}: {source}")]
    Alerts {
        output: String,
        #[source]
        source: std::io::Error,
    },
    /// The TLS certificate or key is unusable.
    #[error("TLS: {0}")]
    Tls(String),
    /// A listener's address cannot be bound (in use, not an address of this host, a
    /// privileged port).
    #[error("cannot listen on {addr} ({what})")]
    Listen {
        what: &'static str,
        addr: String,
        #[source]
        source: std::io::Error,
    },
}

/// State shared by the proxy, the admin listener and the supervisor.
pub struct Shared {
    /// The checked configuration.
    pub settings: Settings,
    /// The rules in force.
    pub rules: Arc<RuleStore>,
    /// Counters.
    pub metrics: Arc<Metrics>,
    /// The alert queue.
    pub alerts: AlertSink,
    /// Workload identity for alerts.
    pub workload: Arc<Workload>,
    /// Listeners up, rules loaded, signal handlers installed.
    pub ready: AtomicBool,
    /// SIGTERM received: `/readyz` answers 503.
    pub draining: AtomicBool,
}

impl Shared {
    /// Loads the rules and starts the alert writer.
    pub fn new(settings: Settings) -> Result<Shared, StartError> {
        let metrics = Arc::new(Metrics::default());
        let source = match &settings.config.rules {
            Some(dir) => RuleSource::Dir(dir.clone()),
            None => RuleSource::Builtin,
        };
        let rules = Arc::new(RuleStore::open(source, metrics.clone())?);
        let output = &settings.config.alerts.output;
        let alerts =
            AlertSink::from_config(&settings.config.alerts, metrics.clone()).map_err(|source| {
                StartError::Alerts {
                    output: output.clone(),
                    source,
                }
            })?;
        Ok(Shared {
            settings,
            rules,
            metrics,
            alerts,
            workload: Arc::new(Workload::from_env()),
            ready: AtomicBool::new(false),
            draining: AtomicBool::new(false),
        })
    }
}

/// Starts the proxy with checked settings; runs until SIGTERM or SIGINT.
pub fn start(settings: Settings) -> Result<(), StartError> {
    let shared = Arc::new(Shared::new(settings)?);
    server::run(shared)
}

/// Installs the process logger: `tracing` on stderr (JSON or text), `RUST_LOG` overriding
/// the configured level. Pingora's `log` records are routed through it.
pub fn init_logging(cfg: &LogConfig) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .or_else(|_| EnvFilter::try_new(&cfg.level))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match cfg.format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Text => builder.try_init(),
    };
}
