//! Configuration: one typed YAML file, CLI flags on top, checked once into [`Settings`].
//!
//! Every field has a default that suits a sidecar in a Kubernetes pod, so an empty file (or
//! no file) is a working configuration. Unknown keys are errors that name the key. The
//! reference with every field and its default is `proxy/README.md`; the doc comments here
//! say the same.
//!
//! ```
//! use proxy::config::{Config, Overrides, Settings};
//!
//! let cfg = Config::from_yaml_str("mode: detect\nparanoia: 2\n", "inline").unwrap();
//! let settings = Settings::build(cfg, Overrides::default()).unwrap();
//! assert_eq!(settings.routes.default.paranoia, 2);
//! assert!(Config::from_yaml_str("paranioa: 2\n", "inline").is_err());
//! ```

use std::fmt;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rulesets::{EvalConfig, ExclusionSpec, Exclusions};
use serde::{Deserialize, Serialize};

use crate::hosts::{HostCheck, HostList};
use crate::route::{Route, RouteTable};

/// Why a configuration could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The config file could not be read.
    #[error("cannot read config {}: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The YAML is malformed, has an unknown key, or a value of the wrong type.
    #[error("invalid config {origin}: {source}")]
    Parse {
        origin: String,
        #[source]
        source: serde_yaml::Error,
    },
    /// A value is out of range or inconsistent with another.
    #[error("invalid config: {field}: {reason}")]
    Invalid { field: String, reason: String },
}

fn invalid(field: impl Into<String>, reason: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        field: field.into(),
        reason: reason.into(),
    }
}

// === the file ===

/// What the proxy does with requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Judge every request; answer 403 to those that score at or above the threshold.
    #[default]
    Block,
    /// Judge every request, forward all of them unchanged, alert on those that would be
    /// blocked.
    Detect,
    /// A plain proxy: no inspection, no body buffering (the baseline for overhead figures).
    Off,
}

impl Mode {
    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Block => "block",
            Mode::Detect => "detect",
            Mode::Off => "off",
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What to do with a body longer than the inspection limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OverLimit {
    /// Answer 413 without forwarding anything.
    #[default]
    Reject,
    /// Inspect the first `inspect_limit` bytes, forward the whole body, and mark the alert and
    /// metrics `partial`.
    Partial,
}

/// How `X-Forwarded-For` is set on the forwarded request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ForwardedFor {
    /// Append the client address to any value the client sent.
    #[default]
    Append,
    /// Replace any value the client sent with the client address.
    Replace,
    /// Leave the header as received.
    Off,
}

/// Which `Upgrade` requests are forwarded as upgrades.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Upgrades {
    /// A well-formed WebSocket handshake keeps `Upgrade: websocket`; other protocols are
    /// removed.
    #[default]
    Websocket,
    /// Every upgrade is removed.
    None,
}

/// How the request id header is set on the forwarded request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RequestIdMode {
    /// Keep a well-formed id the client sent (up to 128 printable bytes); generate one
    /// otherwise.
    #[default]
    Preserve,
    /// Always generate a new id, replacing any the client sent.
    Generate,
    /// Do not add the header (an id is still generated for alerts and the 403 body).
    Off,
}

/// The whole configuration file. Every key is optional.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address the proxy accepts application traffic on. Default `[::]:15006` (the port
    /// Istio-style redirects use for inbound traffic): one dual-stack socket for IPv4 and
    /// IPv6 clients, IPv4 only on a host without IPv6.
    pub listen: String,
    /// The application, as `host:port`, reached over HTTP/1.1 with a keep-alive pool.
    /// Default `127.0.0.1:8080`.
    pub upstream: String,
    /// Admin listener (`/metrics`, `/healthz`, `/readyz`, `POST /reload`). Default
    /// `127.0.0.1:15020` (loopback). Empty string: no admin listener.
    pub admin: String,
    /// Bearer token the admin listener requires for `/metrics` and `/reload`. Required when
    /// `admin` is not a loopback address. Default: none (also read from the environment
    /// variable `PALISADE_ADMIN_TOKEN` when unset here).
    pub admin_token: Option<String>,
    /// Rules directory (`*.toml`, watched for changes). Default: none, the built-in rules.
    pub rules: Option<PathBuf>,
    /// How often the rules directory is checked for changes, in milliseconds. Default 500.
    pub rules_poll_ms: u64,
    /// `block`, `detect` or `off`. Default `block`.
    pub mode: Mode,
    /// Paranoia level 1–4: rules above it are skipped. Default 1.
    pub paranoia: u8,
    /// Anomaly score at which a request is blocked (or, in detect mode, alerted). Default 5
    /// (one critical match).
    pub threshold: u32,
    /// Rule exclusions applied to every route (`path_prefix`, `path_pattern`, `rules`,
    /// `categories`, `targets`; see `rulesets::ExclusionSpec`). Default none.
    pub exclusions: Vec<ExclusionSpec>,
    /// The names the application answers to: `Host` / `:authority`, an absolute-form target
    /// and the headers in `host_check.headers` must name one of them, or the request is
    /// answered `421 Misdirected Request` (block mode) or alerted (detect mode). Port
    /// ignored, case-insensitive; `*.example.com` matches any subdomain, `*` any host.
    /// Default none: any host.
    pub hosts: Vec<String>,
    /// How `hosts` is checked.
    pub host_check: HostCheckConfig,
    /// Per-route overrides, chosen by host and longest path prefix. Default none.
    pub routes: Vec<RouteConfig>,
    /// TLS for the downstream listener (HTTP/1.1 and HTTP/2 through ALPN). Default none
    /// (cleartext).
    pub tls: Option<TlsConfig>,
    /// Accept HTTP/2 with prior knowledge (h2c) on the cleartext listener. Default true.
    pub h2c: bool,
    /// Worker threads for the proxy. Default 0: one per CPU the process may use.
    pub threads: usize,
    /// Idle upstream connections kept for reuse. Default 128.
    pub upstream_keepalive_pool: usize,
    /// Request body inspection.
    pub body: BodyConfig,
    /// Protocol limits.
    pub limits: LimitsConfig,
    /// Time limits.
    pub timeouts: TimeoutsConfig,
    /// Headers added to the forwarded request.
    pub forward: ForwardConfig,
    /// Alert output.
    pub alerts: AlertsConfig,
    /// Process logs (tracing, on stderr).
    pub log: LogConfig,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: "[::]:15006".into(),
            upstream: "127.0.0.1:8080".into(),
            admin: "127.0.0.1:15020".into(),
            admin_token: None,
            rules: None,
            rules_poll_ms: 500,
            mode: Mode::Block,
            paranoia: 1,
            threshold: 5,
            exclusions: Vec::new(),
            hosts: Vec::new(),
            host_check: HostCheckConfig::default(),
            routes: Vec::new(),
            tls: None,
            h2c: true,
            threads: 0,
            upstream_keepalive_pool: 128,
            body: BodyConfig::default(),
            limits: LimitsConfig::default(),
            timeouts: TimeoutsConfig::default(),
            forward: ForwardConfig::default(),
            alerts: AlertsConfig::default(),
            log: LogConfig::default(),
        }
    }
}

/// One per-route override. Unset fields inherit the top-level values.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RouteConfig {
    /// Host the route applies to (`Host` / `:authority`, port ignored, case-insensitive);
    /// `*.example.com` matches any subdomain. Default: any host.
    pub host: Option<String>,
    /// Raw path prefix the route applies to. Default `/` (every path).
    pub path_prefix: Option<String>,
    /// Mode for the route. Default: the top-level `mode`.
    pub mode: Option<Mode>,
    /// Paranoia for the route. Default: the top-level `paranoia`.
    pub paranoia: Option<u8>,
    /// Threshold for the route. Default: the top-level `threshold`.
    pub threshold: Option<u32>,
    /// Exclusions added to the top-level ones for this route. Default none.
    pub exclusions: Vec<ExclusionSpec>,
    /// The names this route answers to, replacing the top-level `hosts` (`["*"]`: any
    /// host). Default: the top-level `hosts`.
    pub hosts: Option<Vec<String>>,
}

/// How the `hosts` allow-list is checked.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HostCheckConfig {
    /// Let a Host that names the pod by address through whatever the list says: the address
    /// the connection arrived on, `POD_IP` and `POD_IPS` (what kubelet probes and Prometheus
    /// scrapes send), and `localhost` on loopback connections. Default true.
    pub pod_addresses: bool,
    /// Headers that must name an allowed host too when present (each comma-separated
    /// element; `Forwarded` by its `host=` parameters). Default `X-Forwarded-Host`,
    /// `X-Forwarded-Server`, `X-Host`, `X-Original-Host`, `X-HTTP-Host-Override`,
    /// `Forwarded`. Empty: `Host` and the request target only.
    pub headers: Vec<String>,
}

impl Default for HostCheckConfig {
    fn default() -> Self {
        HostCheckConfig {
            pod_addresses: true,
            headers: HostCheck::DEFAULT_HEADERS
                .iter()
                .map(|h| (*h).to_string())
                .collect(),
        }
    }
}

/// Downstream TLS.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsConfig {
    /// PEM certificate chain.
    pub cert: PathBuf,
    /// PEM private key.
    pub key: PathBuf,
    /// Offer HTTP/2 through ALPN. Default true.
    #[serde(default = "yes")]
    pub h2: bool,
}

fn yes() -> bool {
    true
}

/// Request body inspection.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BodyConfig {
    /// Bytes of a request body buffered and inspected before anything is forwarded. Default
    /// 1 MiB (1048576); at most 64 MiB. Peak memory per upload is about twice this (the
    /// received chunks plus the contiguous copy the parsers read), so 100 concurrent uploads
    /// at the limit need about 200 MiB.
    pub inspect_limit: usize,
    /// `reject` (413) or `partial` (inspect the first `inspect_limit` bytes, forward all).
    /// Default `reject`.
    pub over_limit: OverLimit,
    /// Bodies of at least this many bytes are parsed and judged on a blocking thread instead
    /// of the worker thread, so that judging a large upload (milliseconds; tens for 1 MiB)
    /// does not hold up the other requests of that worker. Default 65536; 0 judges every body
    /// on the worker thread.
    pub offload_bytes: usize,
}

impl Default for BodyConfig {
    fn default() -> Self {
        BodyConfig {
            inspect_limit: 1 << 20,
            over_limit: OverLimit::Reject,
            offload_bytes: 64 << 10,
        }
    }
}

/// Protocol limits; a request beyond one is answered with a 4xx and never forwarded.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    /// Longest request target in bytes (414 beyond). Default 8192.
    pub max_uri_bytes: usize,
    /// Most header fields (431 beyond). Default 100.
    pub max_header_count: usize,
    /// Most bytes of all header names and values together (431 beyond). Default 32768.
    pub max_header_bytes: usize,
    /// Most arguments, query and body together (400 beyond); every JSON / XML leaf, JSON
    /// key holding an object or array, form field, multipart part header and file name
    /// counts. Default 1024.
    pub max_args: usize,
    /// Deepest JSON / XML nesting followed by the parsers. Default 64.
    pub max_body_depth: usize,
    /// Most multipart parts inspected. Default 256.
    pub max_multipart_parts: usize,
    /// GraphQL: deepest selection-set nesting (rule protocol-520 beyond). Default 20.
    pub graphql_max_depth: usize,
    /// GraphQL: most field aliases in one document (protocol-521 beyond). Default 100.
    pub graphql_max_aliases: usize,
    /// GraphQL: most directives in one document (protocol-522 beyond). Default 50.
    pub graphql_max_directives: usize,
    /// GraphQL: most operations batched in one body (protocol-523 beyond). Default 25.
    pub graphql_max_batch: usize,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig {
            max_uri_bytes: 8192,
            max_header_count: 100,
            max_header_bytes: 32 * 1024,
            max_args: 1024,
            max_body_depth: 64,
            max_multipart_parts: 256,
            graphql_max_depth: 20,
            graphql_max_aliases: 100,
            graphql_max_directives: 50,
            graphql_max_batch: 25,
        }
    }
}

/// Time limits, in milliseconds.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TimeoutsConfig {
    /// From the first byte of an HTTP/1 request header to its end; a slower client
    /// (slowloris) is disconnected. Default 10000.
    pub header_ms: u64,
    /// From the end of the header to the end of the inspected body; a slower upload is
    /// answered 408. Default 30000.
    pub body_ms: u64,
    /// Idle time allowed between two requests on a downstream keep-alive connection, in
    /// seconds (Pingora counts it in seconds). Default 60.
    pub keepalive_secs: u64,
    /// Connecting to the upstream. Default 5000.
    pub upstream_connect_ms: u64,
    /// Waiting for each read from the upstream (its response). Default 60000.
    pub upstream_read_ms: u64,
    /// Waiting for each write to the upstream. Default 60000.
    pub upstream_write_ms: u64,
    /// Idle upstream connections are closed after this. Default 60000.
    pub upstream_idle_ms: u64,
    /// On SIGTERM: stop accepting, then let in-flight requests finish for at most this long
    /// before exiting. Default 25000, inside Kubernetes' default 30 s termination grace
    /// (Pingora's own default would be 300 s).
    pub drain_ms: u64,
}

impl Default for TimeoutsConfig {
    fn default() -> Self {
        TimeoutsConfig {
            header_ms: 10_000,
            body_ms: 30_000,
            keepalive_secs: 60,
            upstream_connect_ms: 5_000,
            upstream_read_ms: 60_000,
            upstream_write_ms: 60_000,
            upstream_idle_ms: 60_000,
            drain_ms: 25_000,
        }
    }
}

/// Headers added to the forwarded request.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ForwardConfig {
    /// `append`, `replace` or `off`. Default `append`.
    pub x_forwarded_for: ForwardedFor,
    /// Name of the request id header. Default `X-Request-Id`.
    pub request_id_header: String,
    /// `preserve`, `generate` or `off`. Default `preserve`.
    pub request_id: RequestIdMode,
    /// Which HTTP/1.1 `Upgrade` requests reach the application as upgrades: `websocket`
    /// (default) or `none`. Once an upstream answers `101`, the connection is a tunnel the
    /// proxy no longer reads as requests, so every other upgrade (`h2c`: HTTP/2 requests
    /// that would reach the application unjudged) loses its `Upgrade`, `HTTP2-Settings` and
    /// `Connection` fields before forwarding, and the application answers in HTTP/1.1.
    pub upgrades: Upgrades,
}

impl Default for ForwardConfig {
    fn default() -> Self {
        ForwardConfig {
            x_forwarded_for: ForwardedFor::Append,
            request_id_header: "X-Request-Id".into(),
            request_id: RequestIdMode::Preserve,
            upgrades: Upgrades::Websocket,
        }
    }
}

/// Alert output.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AlertsConfig {
    /// `stdout` (default) or a file path (appended to).
    pub output: String,
    /// Alerts queued for the writer at most; more are dropped and counted. Default 4096.
    pub queue: usize,
    /// Longest URI kept in an alert, in bytes. Default 1024.
    pub uri_max: usize,
    /// Most matches listed in one alert. Default 32.
    pub max_matches: usize,
    /// The console's ingest endpoint, e.g. `http://console.palisade:8080/api/v1/alerts`:
    /// alerts are also posted there in batches (JSON array, `Authorization: Bearer`), from
    /// their own bounded queue of `queue` alerts. Default none. `https://` URLs are checked
    /// against the public web PKI roots.
    pub url: Option<String>,
    /// The console's `ingest` token. Required with `url`; also read from the environment
    /// variable `PALISADE_ALERTS_TOKEN` when unset here. Default none.
    pub token: Option<String>,
    /// Most alerts in one POST. Default 500.
    pub batch: usize,
    /// Longest wait before a partial batch is posted, in milliseconds. Default 1000.
    pub flush_ms: u64,
    /// Retries of a failed POST (connection error, 429, 5xx) before its alerts are dropped
    /// and counted, with a doubling backoff from 250 ms. Default 3.
    pub retries: u32,
    /// Time limit for one POST, in milliseconds. Default 5000.
    pub timeout_ms: u64,
}

impl Default for AlertsConfig {
    fn default() -> Self {
        AlertsConfig {
            output: "stdout".into(),
            queue: 4096,
            uri_max: 1024,
            max_matches: 32,
            url: None,
            token: None,
            batch: 500,
            flush_ms: 1000,
            retries: 3,
            timeout_ms: 5000,
        }
    }
}

/// Process logs.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// A `tracing` filter (`info`, `proxy=debug,pingora=warn`). Default `info`; the
    /// `RUST_LOG` environment variable wins when set.
    pub level: String,
    /// `json` (default) or `text`.
    pub format: LogFormat,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            level: "info".into(),
            format: LogFormat::Json,
        }
    }
}

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Json,
    Text,
}

impl Config {
    /// Parses YAML; `origin` names it in errors. An empty document is the default config.
    pub fn from_yaml_str(text: &str, origin: &str) -> Result<Config, ConfigError> {
        if text.trim().is_empty() {
            return Ok(Config::default());
        }
        serde_yaml::from_str(text).map_err(|source| ConfigError::Parse {
            origin: origin.to_string(),
            source,
        })
    }

    /// Reads and parses a YAML file.
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Config::from_yaml_str(&text, &path.display().to_string())
    }
}

/// Values given on the command line; each one, when set, wins over the file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub listen: Option<String>,
    pub upstream: Option<String>,
    pub rules: Option<PathBuf>,
    pub mode: Option<Mode>,
    pub paranoia: Option<u8>,
    pub threshold: Option<u32>,
    pub admin: Option<String>,
    pub alerts: Option<String>,
    /// `--alerts-url`
    pub alerts_url: Option<String>,
    /// `--alerts-token`
    pub alerts_token: Option<String>,
    /// `--hosts`, comma-separated (empty: any host).
    pub hosts: Option<String>,
}

impl Overrides {
    /// Applies the overrides to a config.
    pub fn apply(self, cfg: &mut Config) {
        if let Some(v) = self.listen {
            cfg.listen = v;
        }
        if let Some(v) = self.upstream {
            cfg.upstream = v;
        }
        if let Some(v) = self.rules {
            cfg.rules = Some(v);
        }
        if let Some(v) = self.mode {
            cfg.mode = v;
        }
        if let Some(v) = self.paranoia {
            cfg.paranoia = v;
        }
        if let Some(v) = self.threshold {
            cfg.threshold = v;
        }
        if let Some(v) = self.admin {
            cfg.admin = v;
        }
        if let Some(v) = self.alerts {
            cfg.alerts.output = v;
        }
        if let Some(v) = self.alerts_url {
            cfg.alerts.url = Some(v);
        }
        if let Some(v) = self.alerts_token {
            cfg.alerts.token = Some(v);
        }
        if let Some(v) = self.hosts {
            cfg.hosts = v
                .split(',')
                .map(str::trim)
                .filter(|h| !h.is_empty())
                .map(str::to_string)
                .collect();
        }
    }
}

// === checked settings ===

/// Checks `alerts.url` and resolves its token (config, then `PALISADE_ALERTS_TOKEN`).
fn check_alerts_url(a: &mut AlertsConfig) -> Result<(), ConfigError> {
    if a.url.as_deref().is_some_and(|u| u.trim().is_empty()) {
        a.url = None;
    }
    let Some(url) = &a.url else {
        return Ok(());
    };
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .ok_or_else(|| {
            invalid(
                "alerts.url",
                format!("{url:?} must start with http:// or https://"),
            )
        })?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || rest.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid("alerts.url", format!("{url:?} is not a valid URL")));
    }
    if url.parse::<http::Uri>().is_err() {
        return Err(invalid("alerts.url", format!("{url:?} is not a valid URL")));
    }
    if a.token.as_deref().is_none_or(str::is_empty) {
        a.token = std::env::var("PALISADE_ALERTS_TOKEN")
            .ok()
            .filter(|t| !t.is_empty());
    }
    match &a.token {
        None => return Err(invalid(
            "alerts.token",
            "alerts.url is set: set alerts.token (or --alerts-token, or PALISADE_ALERTS_TOKEN) \
                 to the console's ingest token",
        )),
        Some(t) if !t.bytes().all(|b| b.is_ascii_graphic()) => {
            return Err(invalid(
                "alerts.token",
                "must be printable ASCII without spaces",
            ))
        }
        Some(_) => {}
    }
    for (name, v) in [
        ("alerts.batch", a.batch as u64),
        ("alerts.flush_ms", a.flush_ms),
        ("alerts.timeout_ms", a.timeout_ms),
    ] {
        if v == 0 {
            return Err(invalid(name, "must be at least 1"));
        }
    }
    if a.retries > 20 {
        return Err(invalid("alerts.retries", "must be at most 20"));
    }
    Ok(())
}

/// The checked configuration the proxy runs with.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The config as given (after overrides), for reference.
    pub config: Config,
    /// Resolved upstream address.
    pub upstream: SocketAddr,
    /// Admin listener and its token; `None` when disabled.
    pub admin: Option<(SocketAddr, Option<String>)>,
    /// Mode, paranoia, threshold and exclusions per route.
    pub routes: Arc<RouteTable>,
    /// Bounds handed to the request parser.
    pub parse_limits: rulesets::Limits,
    /// `forward.request_id_header`, parsed once (lowercase, for looking it up in a request).
    pub request_id_header: http::HeaderName,
    /// How the routes' host lists are checked.
    pub host_check: HostCheck,
}

/// Largest accepted `body.inspect_limit`.
pub const MAX_INSPECT_LIMIT: usize = 64 << 20;

impl Settings {
    /// Applies `overrides` and checks every value.
    pub fn build(mut config: Config, overrides: Overrides) -> Result<Settings, ConfigError> {
        overrides.apply(&mut config);
        check_alerts_url(&mut config.alerts)?;
        let c = &config;

        check_addr("listen", &c.listen)?;
        let upstream = resolve("upstream", &c.upstream)?;
        let admin = if c.admin.trim().is_empty() {
            None
        } else {
            let addr = resolve("admin", &c.admin)?;
            let token = c
                .admin_token
                .clone()
                .or_else(|| std::env::var("PALISADE_ADMIN_TOKEN").ok())
                .filter(|t| !t.is_empty());
            if !addr.ip().is_loopback() && token.is_none() {
                return Err(invalid(
                    "admin_token",
                    format!(
                        "the admin listener {addr} is not on loopback: set admin_token (or \
                         PALISADE_ADMIN_TOKEN) so /metrics and /reload require a bearer token"
                    ),
                ));
            }
            Some((addr, token))
        };
        if c.rules_poll_ms < 50 {
            return Err(invalid("rules_poll_ms", "must be at least 50"));
        }
        if c.body.inspect_limit == 0 {
            return Err(invalid("body.inspect_limit", "must be at least 1"));
        }
        if c.body.inspect_limit > MAX_INSPECT_LIMIT {
            return Err(invalid(
                "body.inspect_limit",
                format!("must be at most {MAX_INSPECT_LIMIT} (64 MiB)"),
            ));
        }
        for (name, v) in [
            ("limits.max_uri_bytes", c.limits.max_uri_bytes),
            ("limits.max_header_count", c.limits.max_header_count),
            ("limits.max_header_bytes", c.limits.max_header_bytes),
            ("limits.max_args", c.limits.max_args),
            ("limits.max_body_depth", c.limits.max_body_depth),
            ("limits.max_multipart_parts", c.limits.max_multipart_parts),
            ("limits.graphql_max_depth", c.limits.graphql_max_depth),
            ("limits.graphql_max_aliases", c.limits.graphql_max_aliases),
            (
                "limits.graphql_max_directives",
                c.limits.graphql_max_directives,
            ),
            ("limits.graphql_max_batch", c.limits.graphql_max_batch),
            ("alerts.queue", c.alerts.queue),
            ("alerts.uri_max", c.alerts.uri_max),
        ] {
            if v == 0 {
                return Err(invalid(name, "must be at least 1"));
            }
        }
        if c.limits.max_header_count > 256 {
            return Err(invalid(
                "limits.max_header_count",
                "must be at most 256 (the HTTP/1 parser's own bound)",
            ));
        }
        for (name, v) in [
            ("timeouts.header_ms", c.timeouts.header_ms),
            ("timeouts.body_ms", c.timeouts.body_ms),
            (
                "timeouts.upstream_connect_ms",
                c.timeouts.upstream_connect_ms,
            ),
            ("timeouts.upstream_read_ms", c.timeouts.upstream_read_ms),
            ("timeouts.upstream_write_ms", c.timeouts.upstream_write_ms),
        ] {
            if v == 0 {
                return Err(invalid(name, "must be at least 1"));
            }
        }
        let Ok(request_id_header) =
            http::HeaderName::from_bytes(c.forward.request_id_header.as_bytes())
        else {
            return Err(invalid(
                "forward.request_id_header",
                "not a valid header name",
            ));
        };
        if let Some(tls) = &c.tls {
            for (name, p) in [("tls.cert", &tls.cert), ("tls.key", &tls.key)] {
                if !p.is_file() {
                    return Err(invalid(name, format!("{} is not a file", p.display())));
                }
            }
        }

        let mut host_headers = Vec::with_capacity(c.host_check.headers.len());
        for h in &c.host_check.headers {
            let name = http::HeaderName::from_bytes(h.trim().as_bytes()).map_err(|_| {
                invalid("host_check.headers", format!("`{h}` is not a header name"))
            })?;
            if name == http::header::HOST {
                return Err(invalid(
                    "host_check.headers",
                    "`Host` is always checked; list only the headers besides it",
                ));
            }
            host_headers.push(name);
        }
        let host_check = HostCheck {
            pod_addresses: c.host_check.pod_addresses,
            pod_ips: HostCheck::pod_ips_from_env(),
            headers: host_headers,
        };
        let base_hosts = host_list("hosts", &c.hosts)?;

        let base_excl = c.exclusions.clone();
        let default = route_from(
            "the top level",
            None,
            "/",
            c.mode,
            c.paranoia,
            c.threshold,
            &base_excl,
            base_hosts.clone(),
        )?;
        let mut routes = Vec::new();
        for (i, r) in c.routes.iter().enumerate() {
            let mut excl = base_excl.clone();
            excl.extend(r.exclusions.iter().cloned());
            let prefix = r.path_prefix.clone().unwrap_or_else(|| "/".into());
            if !prefix.starts_with('/') {
                return Err(invalid(
                    format!("routes[{i}].path_prefix"),
                    "must start with `/`",
                ));
            }
            let host = match &r.host {
                Some(h) if h.trim().is_empty() => {
                    return Err(invalid(format!("routes[{i}].host"), "is empty"));
                }
                Some(h) => Some(h.trim().to_ascii_lowercase()),
                None => None,
            };
            let hosts = match &r.hosts {
                None => base_hosts.clone(),
                Some(h) if h.is_empty() => {
                    return Err(invalid(
                        format!("routes[{i}].hosts"),
                        "is empty; write `[\"*\"]` for any host, or leave it out",
                    ));
                }
                Some(h) => host_list(&format!("routes[{i}].hosts"), h)?,
            };
            routes.push(route_from(
                &format!("routes[{i}]"),
                host,
                &prefix,
                r.mode.unwrap_or(c.mode),
                r.paranoia.unwrap_or(c.paranoia),
                r.threshold.unwrap_or(c.threshold),
                &excl,
                hosts,
            )?);
        }
        let parse_limits = rulesets::Limits {
            max_args: c.limits.max_args,
            max_headers: c.limits.max_header_count,
            max_depth: c.limits.max_body_depth,
            max_parts: c.limits.max_multipart_parts,
            graphql_max_depth: c.limits.graphql_max_depth,
            graphql_max_aliases: c.limits.graphql_max_aliases,
            graphql_max_directives: c.limits.graphql_max_directives,
            graphql_max_batch: c.limits.graphql_max_batch,
            // A compressed body is inspected up to the same size once decoded.
            max_decoded_body: c.body.inspect_limit,
            ..rulesets::Limits::default()
        };
        Ok(Settings {
            upstream,
            admin,
            routes: Arc::new(RouteTable::new(default, routes)),
            parse_limits,
            request_id_header,
            host_check,
            config,
        })
    }

    /// A duration from a millisecond field.
    pub fn ms(v: u64) -> Duration {
        Duration::from_millis(v)
    }
}

/// A host list from the config; `None` (any host, unchecked) when empty.
fn host_list(field: &str, entries: &[String]) -> Result<Option<Arc<HostList>>, ConfigError> {
    if entries.is_empty() {
        return Ok(None);
    }
    HostList::parse(entries)
        .map(|l| Some(Arc::new(l)))
        .map_err(|reason| invalid(field, reason))
}

#[allow(clippy::too_many_arguments)]
fn route_from(
    what: &str,
    host: Option<String>,
    prefix: &str,
    mode: Mode,
    paranoia: u8,
    threshold: u32,
    exclusions: &[ExclusionSpec],
    hosts: Option<Arc<HostList>>,
) -> Result<Route, ConfigError> {
    if !(1..=4).contains(&paranoia) {
        return Err(invalid(
            format!("{what}: paranoia"),
            format!("{paranoia} is not in 1..=4"),
        ));
    }
    if threshold == 0 {
        return Err(invalid(format!("{what}: threshold"), "must be at least 1"));
    }
    let excl = Exclusions::compile(exclusions)
        .map_err(|reason| invalid(format!("{what}: exclusions"), reason))?;
    Ok(Route {
        host,
        path_prefix: prefix.to_string(),
        mode,
        paranoia,
        hosts,
        eval: EvalConfig {
            paranoia,
            threshold,
            exclusions: Arc::new(excl),
            ..EvalConfig::default()
        },
    })
}

fn check_addr(field: &str, addr: &str) -> Result<(), ConfigError> {
    addr.parse::<SocketAddr>()
        .map(|_| ())
        .map_err(|e| invalid(field, format!("`{addr}` is not an IP:port address: {e}")))
}

fn resolve(field: &str, addr: &str) -> Result<SocketAddr, ConfigError> {
    addr.to_socket_addrs()
        .map_err(|e| invalid(field, format!("cannot resolve `{addr}`: {e}")))?
        .next()
        .ok_or_else(|| invalid(field, format!("`{addr}` resolves to no address")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_is_default() {
        let cfg = Config::from_yaml_str("", "t").unwrap();
        let s = Settings::build(cfg, Overrides::default()).unwrap();
        assert_eq!(s.config.listen, "[::]:15006");
        assert_eq!(s.upstream, "127.0.0.1:8080".parse().unwrap());
        assert_eq!(
            s.admin.as_ref().unwrap().0,
            "127.0.0.1:15020".parse().unwrap()
        );
        assert_eq!(s.routes.default.mode, Mode::Block);
        assert_eq!(s.routes.default.eval.threshold, 5);
        assert_eq!(s.config.body.inspect_limit, 1 << 20);
        assert_eq!(s.config.body.offload_bytes, 64 << 10);
        assert_eq!(s.config.timeouts.drain_ms, 25_000);
    }

    #[test]
    fn unknown_keys_are_named() {
        let e = Config::from_yaml_str("body:\n  inspect_limt: 3\n", "t")
            .unwrap_err()
            .to_string();
        assert!(e.contains("inspect_limt"), "{e}");
        let e = Config::from_yaml_str("routes:\n  - hots: x\n", "t")
            .unwrap_err()
            .to_string();
        assert!(e.contains("hots"), "{e}");
    }

    #[test]
    fn flags_win() {
        let cfg =
            Config::from_yaml_str("mode: detect\nparanoia: 3\nlisten: 127.0.0.1:1\n", "t").unwrap();
        let s = Settings::build(
            cfg,
            Overrides {
                mode: Some(Mode::Off),
                listen: Some("127.0.0.1:2".into()),
                ..Overrides::default()
            },
        )
        .unwrap();
        assert_eq!(s.routes.default.mode, Mode::Off);
        assert_eq!(s.routes.default.paranoia, 3);
        assert_eq!(s.config.listen, "127.0.0.1:2");
    }

    #[test]
    fn alerts_url() {
        let ok = Config::from_yaml_str(
            "alerts:\n  url: http://127.0.0.1:9/api/v1/alerts\n  token: abcdefghijklmnop\n",
            "t",
        )
        .unwrap();
        let s = Settings::build(ok, Overrides::default()).unwrap();
        assert_eq!(s.config.alerts.batch, 500);
        let s = Settings::build(
            Config::default(),
            Overrides {
                alerts_url: Some("https://console:8443/api/v1/alerts".into()),
                alerts_token: Some("t0k3n".into()),
                ..Overrides::default()
            },
        )
        .unwrap();
        assert_eq!(s.config.alerts.token.as_deref(), Some("t0k3n"));
        for (yaml, want) in [
            (
                "alerts:\n  url: ftp://x/\n  token: t\n",
                "http:// or https://",
            ),
            (
                "alerts:\n  url: 'http:///x'\n  token: t\n",
                "not a valid URL",
            ),
            (
                "alerts:\n  url: http://x/\n  token: t\n  batch: 0\n",
                "alerts.batch",
            ),
            (
                "alerts:\n  url: http://x/\n  token: 'a b'\n",
                "alerts.token",
            ),
            ("alerts:\n  urls: http://x/\n", "urls"),
        ] {
            let e = Config::from_yaml_str(yaml, "t")
                .map_err(|e| e.to_string())
                .and_then(|c| Settings::build(c, Overrides::default()).map_err(|e| e.to_string()))
                .unwrap_err();
            assert!(e.contains(want), "{yaml}: {e}");
        }
    }

    #[test]
    fn checks_values() {
        let bad = [
            "paranoia: 5",
            "threshold: 0",
            "listen: nowhere",
            "body:\n  inspect_limit: 0",
            "body:\n  inspect_limit: 999999999",
            "admin: 0.0.0.0:15020",
            "routes:\n  - path_prefix: api",
            "routes:\n  - paranoia: 9",
            "exclusions:\n  - categories: [nope]",
            "limits:\n  max_header_count: 1000",
            "forward:\n  request_id_header: \"bad header\"",
            "limits:\n  graphql_max_depth: 0",
            "limits:\n  graphql_max_batch: 0",
        ];
        for b in bad {
            let cfg = Config::from_yaml_str(b, "t").unwrap();
            assert!(
                Settings::build(cfg, Overrides::default()).is_err(),
                "accepted: {b}"
            );
        }
        let cfg =
            Config::from_yaml_str("admin: 0.0.0.0:15020\nadmin_token: s3cret\n", "t").unwrap();
        assert!(Settings::build(cfg, Overrides::default()).is_ok());
    }

    #[test]
    fn graphql_limits_reach_the_parser() {
        let cfg = Config::from_yaml_str(
            "limits:\n  graphql_max_depth: 7\n  graphql_max_aliases: 8\n  graphql_max_directives: 9\n  graphql_max_batch: 10\n",
            "t",
        )
        .unwrap();
        let l = Settings::build(cfg, Overrides::default())
            .unwrap()
            .parse_limits;
        assert_eq!(
            (
                l.graphql_max_depth,
                l.graphql_max_aliases,
                l.graphql_max_directives,
                l.graphql_max_batch
            ),
            (7, 8, 9, 10)
        );
        let d = Settings::build(Config::default(), Overrides::default())
            .unwrap()
            .parse_limits;
        assert_eq!((d.graphql_max_depth, d.graphql_max_batch), (20, 25));
    }

    #[test]
    fn routes_inherit() {
        let cfg = Config::from_yaml_str(
            "mode: block\nparanoia: 2\nroutes:\n  - host: API.example.com\n    path_prefix: /upload\n    mode: detect\n",
            "t",
        )
        .unwrap();
        let s = Settings::build(cfg, Overrides::default()).unwrap();
        let r = &s.routes.routes[0];
        assert_eq!(r.mode, Mode::Detect);
        assert_eq!(r.paranoia, 2);
        assert_eq!(r.host.as_deref(), Some("api.example.com"));
    }
}
