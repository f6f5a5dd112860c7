//! The console: a web dashboard for WAF alerts and for reviewing and approving the
//! segmentation map, served by `palisade-netpol serve`.
//!
//! ```text
//!  palisade-proxy ──POST /api/v1/alerts (bearer, ingest)──▶ ┌──────────────────────────┐
//!  palisade-proxy ──────────────────────────────────────▶ │ console (axum on tokio)  │
//!                                                            │  alerts_store: segments  │──▶ DIR/console/*.jsonl
//!  browser ── / (embedded page) + cookie session + CSRF ──▶ │  api: /api/v1/…          │
//!  scripts ── bearer (viewer / approver) ────────────────▶ │  netpol::store::Store    │──▶ DIR/policy.json …
//!                                                            └──────────────────────────┘
//! ```
//!
//! - [`auth`]: the tokens file, roles, sessions, CSRF.
//! - [`alerts_store`]: the bounded, durable alert store.
//! - [`api`]: the HTTP handlers.
//!
//! Approvals, rejections, rollbacks and mode changes go through the same
//! [`crate::store::Store`] calls as the CLI, so the running agent picks them up the same
//! way, and each is recorded with the caller's identity (`approver:NAME`).
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use netpol::console::{Console, ConsoleConfig};
//! let cfg = ConsoleConfig::new("/var/lib/palisade-netpol", "/etc/palisade/tokens");
//! let console = Console::open(&cfg)?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8443").await?;
//! console.serve(listener, std::future::pending()).await?;
//! # Ok(()) }
//! ```

pub mod alerts_store;
pub mod api;
pub mod auth;

use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use tokio::sync::broadcast;

use crate::store::{Store, StoreError};
use alerts_store::{AlertStore, StoreIoError, StoredAlert, DEFAULT_MAX_ALERTS};
use auth::{Sessions, Tokens, TokensError};

/// Subdirectory of the state directory that holds the alert segments.
pub const CONSOLE_DIR: &str = "console";
/// Largest request body accepted, in bytes (an alert batch of a few thousand alerts).
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;
/// Most alerts accepted in one request.
pub const MAX_BATCH: usize = 10_000;
/// New alerts buffered per live-stream client; a slower client skips ahead.
pub const STREAM_BUFFER: usize = 1024;

/// Settings for [`Console`].
#[derive(Debug, Clone)]
pub struct ConsoleConfig {
    /// The netpol state directory (shared with the agent and the CLI).
    pub state: PathBuf,
    /// The tokens file (`ROLE TOKEN [NAME]` per line).
    pub tokens: PathBuf,
    /// Alerts kept at most; the oldest are evicted. Default [`DEFAULT_MAX_ALERTS`].
    pub max_alerts: usize,
}

impl ConsoleConfig {
    /// Defaults for a state directory and a tokens file.
    pub fn new(state: impl Into<PathBuf>, tokens: impl Into<PathBuf>) -> Self {
        ConsoleConfig {
            state: state.into(),
            tokens: tokens.into(),
            max_alerts: DEFAULT_MAX_ALERTS,
        }
    }
}

/// Why the console cannot start.
#[derive(Debug, thiserror::Error)]
pub enum ConsoleError {
    /// The tokens file is unusable.
    #[error(transparent)]
    Tokens(#[from] TokensError),
    /// The alert store cannot be opened.
    #[error("alert store: {0}")]
    Alerts(#[from] StoreIoError),
    /// The state directory cannot be opened.
    #[error("state directory: {0}")]
    Store(#[from] StoreError),
    /// The listener failed.
    #[error("listener: {0}")]
    Io(#[from] std::io::Error),
}

/// Shared by every handler.
pub struct AppState {
    /// The netpol state directory.
    pub store: Store,
    /// The alerts.
    pub alerts: Mutex<AlertStore>,
    /// The tokens file.
    pub tokens: Tokens,
    /// Browser sessions.
    pub sessions: Sessions,
    /// New alerts, for the live stream.
    pub new_alerts: broadcast::Sender<Arc<StoredAlert>>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("store", &self.store.dir())
            .finish()
    }
}

/// A console ready to serve.
#[derive(Debug, Clone)]
pub struct Console {
    state: Arc<AppState>,
}

impl Console {
    /// Reads the tokens file and loads the alert store.
    pub fn open(cfg: &ConsoleConfig) -> Result<Console, ConsoleError> {
        let tokens = Tokens::load(&cfg.tokens)?;
        let store = Store::open(&cfg.state)?;
        let dir = cfg.state.join(CONSOLE_DIR);
        let (alerts, report) = AlertStore::open(&dir, cfg.max_alerts)?;
        tracing::info!(
            loaded = report.loaded,
            skipped = report.skipped,
            truncated_tail = report.truncated_tail,
            dir = %dir.display(),
            "alert store loaded"
        );
        let (new_alerts, _) = broadcast::channel(STREAM_BUFFER);
        Ok(Console {
            state: Arc::new(AppState {
                store,
                alerts: Mutex::new(alerts),
                tokens,
                sessions: Sessions::default(),
                new_alerts,
            }),
        })
    }

    /// The state directory.
    pub fn state_dir(&self) -> &Path {
        self.state.store.dir()
    }

    /// The HTTP application (for embedding or tests).
    pub fn router(&self) -> axum::Router {
        api::router(self.state.clone())
    }

    /// Serves on `listener` until `shutdown` completes.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), ConsoleError> {
        let app = self.router();
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await?;
        Ok(())
    }
}

/// Runs the console on `listen` until SIGINT or SIGTERM: what `palisade-netpol serve` does.
/// Prints `listening on http://ADDR` on stdout once the socket is bound (port 0 picks one).
pub fn run(cfg: &ConsoleConfig, listen: SocketAddr) -> Result<(), ConsoleError> {
    let console = Console::open(cfg)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen).await?;
        let addr = listener.local_addr()?;
        {
            use std::io::Write as _;
            let mut out = std::io::stdout().lock();
            writeln!(out, "listening on http://{addr}")?;
            out.flush()?;
        }
        tracing::info!(%addr, "console listening");
        console.serve(listener, shutdown_signal()).await
    })
}

async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let Ok(mut term) = signal(SignalKind::terminate()) else {
        std::future::pending::<()>().await;
        return;
    };
    tokio::select! {
        _ = term.recv() => {}
        _ = tokio::signal::ctrl_c() => {}
    }
    tracing::info!("console stopping");
}
