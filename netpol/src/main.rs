//! `palisade-netpol`: a thin command-line front over the `netpol` library.
#![forbid(unsafe_code)]

use std::io::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use netpol::agent::{self, AgentConfig};
use netpol::inventory::Inventory;
use netpol::model::{Edge, Mode, WorkloadRef};
use netpol::render::{self, RenderOptions, DEFAULT_NFLOG_GROUP, DEFAULT_TABLE};
use netpol::store::{current_user, Change, Store};
use netpol::{export, report};

/// Learn pod-to-pod flows from the kernel, review and approve the map, enforce it with nftables.
///
/// Typical use: start `agent` in learn mode, let traffic flow, review with
/// `map show` / `map diff`, approve with `map approve`, then `mode set enforce`.
/// Review commands work while the agent runs, against the same --state directory.
#[derive(Debug, Parser)]
#[command(name = "palisade-netpol", version, max_term_width = 100)]
struct Cli {
    /// State directory (proposed map, approved policy, history, events).
    #[arg(
        long,
        global = true,
        env = "PALISADE_STATE",
        default_value = "/var/lib/palisade-netpol"
    )]
    state: PathBuf,
    #[command(subcommand)]
    command: Command,
}

/// Subcommands. New front ends (e.g. `webhook`, `serve`) are added here and
/// call the same library API (`netpol::store::Store`).
#[derive(Debug, Subcommand)]
enum Command {
    /// Run the agent in this network namespace (keeps running; SIGTERM stops it, leaving the policy enforced).
    Agent(AgentArgs),
    /// Review, approve and reject the map.
    #[command(subcommand)]
    Map(MapCommand),
    /// Show or change learn / audit / enforce modes.
    #[command(subcommand)]
    Mode(ModeCommand),
    /// Recent denied and would-deny flows.
    Events(EventsArgs),
    /// Export the approved map.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Remove Palisade's nftables table from this network namespace (nothing else).
    Uninstall(UninstallArgs),
    /// Serve the web console and its JSON API (alerts from proxies, map review and approval).
    Serve(ServeArgs),
    /// Serve the sidecar-injecting admission webhook over HTTPS (POST /mutate, GET /healthz).
    Webhook(WebhookArgs),
}

#[derive(Debug, Args)]
struct WebhookArgs {
    /// Address to listen on, e.g. 0.0.0.0:8443.
    #[arg(long)]
    listen: SocketAddr,
    /// PEM certificate chain (reloaded when the file changes).
    #[arg(long)]
    cert: PathBuf,
    /// PEM private key (reloaded when the file changes).
    #[arg(long)]
    key: PathBuf,
    /// Webhook configuration (YAML; see netpol::webhook::WebhookConfig). Default: built-in defaults.
    #[arg(long)]
    config: Option<PathBuf>,
    /// How the proxy is injected, overriding the configuration's `sidecar`: `native` (an init
    /// container with restartPolicy Always; Kubernetes 1.29+) or `container` (any version).
    #[arg(long)]
    sidecar: Option<netpol::webhook::SidecarKind>,
    /// How often the certificate and key files are checked for a change, in seconds.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    cert_check_secs: u64,
    /// Log format.
    #[arg(long, value_enum, default_value = "json")]
    log_format: LogFormat,
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Address to listen on, e.g. 127.0.0.1:8443 (port 0: any free port, printed on stdout).
    #[arg(long)]
    listen: SocketAddr,
    /// Tokens file: one `ROLE TOKEN [NAME]` per line, roles ingest | viewer | approver.
    #[arg(long)]
    tokens: PathBuf,
    /// Alerts kept at most (oldest evicted); stored under STATE/console/.
    #[arg(long, default_value_t = netpol::console::alerts_store::DEFAULT_MAX_ALERTS)]
    max_alerts: usize,
    /// Log format.
    #[arg(long, value_enum, default_value = "json")]
    log_format: LogFormat,
}

#[derive(Debug, Args)]
struct AgentArgs {
    /// Inventory: YAML file, or `kubectl get pods -A -o json` output. Watched for changes.
    #[arg(long)]
    inventory: PathBuf,
    /// Set the default mode at start (recorded in the history). Default: keep the stored mode (learn at first).
    #[arg(long, value_enum)]
    mode: Option<ModeArg>,
    /// NFLOG group used for first packets.
    #[arg(long, default_value_t = DEFAULT_NFLOG_GROUP)]
    nflog_group: u16,
    /// nftables table name (family inet).
    #[arg(long, default_value = DEFAULT_TABLE)]
    table: String,
    /// Serve Prometheus metrics on this address, e.g. 127.0.0.1:9464.
    #[arg(long)]
    metrics: Option<SocketAddr>,
    /// Log format.
    #[arg(long, value_enum, default_value = "json")]
    log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LogFormat {
    Json,
    Text,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ModeArg {
    /// Allow all, record flows.
    Learn,
    /// Allow, but log and count what the approved policy would deny.
    Audit,
    /// Drop what is not approved, and log it.
    Enforce,
}

impl From<ModeArg> for Mode {
    fn from(m: ModeArg) -> Mode {
        match m {
            ModeArg::Learn => Mode::Learn,
            ModeArg::Audit => Mode::Audit,
            ModeArg::Enforce => Mode::Enforce,
        }
    }
}

#[derive(Debug, Subcommand)]
enum MapCommand {
    /// The map: every observed or approved edge with its status and evidence.
    Show {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Only edges with this status.
        #[arg(long, value_enum)]
        status: Option<StatusArg>,
        /// Only edges from or to this workload (NAMESPACE/NAME).
        #[arg(long)]
        workload: Option<String>,
    },
    /// Proposed vs approved, by workload edge (+ pending approval, - approved but never seen).
    Diff {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Approve edges (SOURCE->DESTINATION:PROTO/PORT, e.g. shop/web->shop/api:tcp/8080).
    Approve {
        /// Edges to approve.
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        edges: Vec<String>,
        /// Approve every pending edge.
        #[arg(long)]
        all: bool,
        /// Who approves (default: the OS user).
        #[arg(long)]
        by: Option<String>,
    },
    /// Reject edges: removed from the approved policy and no longer proposed.
    Reject {
        /// Edges to reject.
        #[arg(required = true)]
        edges: Vec<String>,
        /// Who rejects (default: the OS user).
        #[arg(long)]
        by: Option<String>,
    },
    /// Who changed what and when.
    History {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Restore the edges and modes of an older version (as a new version).
    Rollback {
        /// The version to restore (see `map history`).
        version: u64,
        /// Who rolls back (default: the OS user).
        #[arg(long)]
        by: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum StatusArg {
    /// Observed, waiting for a decision.
    Pending,
    /// Approved (observed or not).
    Approved,
    /// Rejected.
    Rejected,
}

#[derive(Debug, Subcommand)]
enum ModeCommand {
    /// Set the default mode, or one workload's mode.
    Set {
        /// learn | audit | enforce
        #[arg(value_enum)]
        mode: ModeArg,
        /// Only this workload (NAMESPACE/NAME).
        #[arg(long)]
        workload: Option<String>,
        /// Who (default: the OS user).
        #[arg(long)]
        by: Option<String>,
    },
    /// Show the default and per-workload modes.
    Show,
}

#[derive(Debug, Args)]
struct EventsArgs {
    /// How many recent events.
    #[arg(long, default_value_t = 50)]
    limit: usize,
    /// Print JSON lines.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum ExportCommand {
    /// Kubernetes NetworkPolicy YAML equivalent to the approved map (one policy per workload).
    Networkpolicy {
        /// Inventory to take labels from (default: the agent's last inventory in the state directory).
        #[arg(long)]
        inventory: Option<PathBuf>,
        /// Write to this file instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
struct UninstallArgs {
    /// nftables table name (family inet).
    #[arg(long, default_value = DEFAULT_TABLE)]
    table: String,
    /// Remove the table even though an agent seems to run on this state directory.
    #[arg(long)]
    force: bool,
}

fn parse_edges(edges: &[String]) -> Result<Vec<Edge>> {
    edges
        .iter()
        .map(|e| e.parse::<Edge>().map_err(anyhow::Error::from))
        .collect()
}

fn print_change(c: &Change, what: &str) {
    match c {
        Change::NewVersion(p) => println!(
            "{what}: policy v{} by {} ({})",
            p.version, p.created_by, p.change
        ),
        Change::Unchanged(p) => println!("{what}: nothing changed (policy v{})", p.version),
    }
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn agent_running(store: &Store) -> Option<u32> {
    let s = store.agent_status().ok().flatten()?;
    if s.stopped || s.pid == std::process::id() {
        return None;
    }
    let cmdline = std::fs::read(format!("/proc/{}/cmdline", s.pid)).ok()?;
    String::from_utf8_lossy(&cmdline)
        .contains("palisade-netpol")
        .then_some(s.pid)
}

fn run(cli: Cli) -> Result<()> {
    let state = cli.state;
    let open =
        || Store::open(&state).with_context(|| format!("state directory {}", state.display()));
    match cli.command {
        Command::Agent(a) => {
            init_logging(a.log_format);
            let stop = Arc::new(AtomicBool::new(false));
            for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
                signal_hook::flag::register(sig, stop.clone())
                    .context("installing signal handlers")?;
            }
            let mut cfg = AgentConfig::new(&state, a.inventory);
            cfg.mode = a.mode.map(Mode::from);
            cfg.metrics = a.metrics;
            cfg.render = RenderOptions {
                table: a.table,
                nflog_group: a.nflog_group,
                ..RenderOptions::default()
            };
            agent::run(cfg, stop)?;
        }
        Command::Webhook(w) => {
            init_logging(w.log_format);
            let mut cfg = match &w.config {
                Some(p) => netpol::webhook::WebhookConfig::load(p)?,
                None => netpol::webhook::WebhookConfig::default(),
            };
            // (Flags win over the file.)
            if let Some(kind) = w.sidecar {
                cfg.sidecar = kind;
            }
            let mut opts = netpol::webhook::ServeOptions::new(w.listen, w.cert, w.key);
            opts.reload_every = std::time::Duration::from_secs(w.cert_check_secs);
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .context("starting the async runtime")?;
            rt.block_on(async {
                let mut term =
                    tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                        .context("installing the SIGTERM handler")?;
                let stop = async move {
                    tokio::select! {
                        _ = term.recv() => {}
                        _ = tokio::signal::ctrl_c() => {}
                    }
                };
                netpol::webhook::serve(cfg, opts, stop).await?;
                anyhow::Ok(())
            })?;
        }
        Command::Map(m) => {
            let store = open()?;
            match m {
                MapCommand::Show {
                    json,
                    status,
                    workload,
                } => {
                    let mut view = report::map_view(&store.proposed()?, &store.policy()?);
                    let w: Option<WorkloadRef> = workload.map(|w| w.parse()).transpose()?;
                    view.edges.retain(|r| {
                        let status_ok = match status {
                            None => true,
                            Some(StatusArg::Pending) => r.status == report::EdgeStatus::Pending,
                            Some(StatusArg::Rejected) => r.status == report::EdgeStatus::Rejected,
                            Some(StatusArg::Approved) => matches!(
                                r.status,
                                report::EdgeStatus::Approved | report::EdgeStatus::ApprovedUnseen
                            ),
                        };
                        let w_ok = w.as_ref().is_none_or(|w| {
                            r.src.workload() == Some(w) || r.dst.workload() == Some(w)
                        });
                        status_ok && w_ok
                    });
                    if json {
                        println!("{}", serde_json::to_string_pretty(&view)?);
                    } else {
                        print!(
                            "{}",
                            report::map_table(&view, store.agent_status()?.as_ref())
                        );
                    }
                }
                MapCommand::Diff { json } => {
                    let d = store.diff()?;
                    if json {
                        println!("{}", serde_json::to_string_pretty(&d)?);
                    } else {
                        print!("{}", report::diff_text(&d));
                    }
                }
                MapCommand::Approve { edges, all, by } => {
                    let who = by.unwrap_or_else(current_user);
                    let c = if all {
                        store.approve(&who, None)?
                    } else {
                        store.approve(&who, Some(&parse_edges(&edges)?))?
                    };
                    print_change(&c, "approve");
                }
                MapCommand::Reject { edges, by } => {
                    let who = by.unwrap_or_else(current_user);
                    print_change(&store.reject(&who, &parse_edges(&edges)?)?, "reject");
                }
                MapCommand::History { json } => {
                    let h = store.history()?;
                    if json {
                        println!("{}", serde_json::to_string_pretty(&h)?);
                    } else {
                        print!("{}", report::history_table(&h));
                    }
                }
                MapCommand::Rollback { version, by } => {
                    let who = by.unwrap_or_else(current_user);
                    print_change(&store.rollback(&who, version)?, "rollback");
                }
            }
        }
        Command::Mode(m) => {
            let store = open()?;
            match m {
                ModeCommand::Set { mode, workload, by } => {
                    let who = by.unwrap_or_else(current_user);
                    let w: Option<WorkloadRef> = workload.map(|w| w.parse()).transpose()?;
                    if let (Some(w), Ok(Some(inv))) = (&w, store.inventory()) {
                        if inv.workload(w).is_none() {
                            eprintln!("warning: {w} is not in the agent's current inventory");
                        }
                    }
                    print_change(&store.set_mode(&who, w.as_ref(), mode.into())?, "mode");
                }
                ModeCommand::Show => {
                    let p = store.policy()?;
                    println!("default: {}", p.default_mode);
                    for (w, m) in &p.modes {
                        println!("{w}: {m}");
                    }
                }
            }
        }
        Command::Events(e) => {
            let store = open()?;
            let ev = store.events(e.limit)?;
            if e.json {
                let mut out = std::io::stdout().lock();
                for x in &ev {
                    writeln!(out, "{}", serde_json::to_string(x)?)?;
                }
            } else {
                print!("{}", report::events_table(&ev));
            }
        }
        Command::Export(ExportCommand::Networkpolicy { inventory, output }) => {
            let store = open()?;
            let inv = match inventory {
                Some(p) => Inventory::load(&p)?,
                None => store
                    .inventory()?
                    .context("no inventory in the state directory yet (start the agent, or pass --inventory)")?,
            };
            let ex = export::network_policies(&store.policy()?, &inv);
            for np in &ex.policies {
                if let Err(why) = export::validate(np) {
                    bail!(
                        "internal error: policy {} is invalid: {why}",
                        np.metadata.name
                    );
                }
            }
            for w in &ex.warnings {
                eprintln!("warning: {w}");
            }
            let yaml = ex.to_yaml()?;
            match output {
                Some(p) => {
                    let dir = p
                        .parent()
                        .filter(|d| !d.as_os_str().is_empty())
                        .unwrap_or(std::path::Path::new("."));
                    let name = p
                        .file_name()
                        .context("output path has no file name")?
                        .to_string_lossy()
                        .into_owned();
                    netpol::store::write_atomic(dir, &name, yaml.as_bytes())?;
                }
                None => print!("{yaml}"),
            }
        }
        Command::Serve(s) => {
            init_logging(s.log_format);
            let mut cfg = netpol::console::ConsoleConfig::new(&state, s.tokens);
            cfg.max_alerts = s.max_alerts;
            netpol::console::run(&cfg, s.listen)?;
        }
        Command::Uninstall(u) => {
            let store = open()?;
            if let Some(pid) = agent_running(&store) {
                if !u.force {
                    bail!("an agent (pid {pid}) runs on {}: stop it first (it would put the table back), or pass --force", state.display());
                }
            }
            render::uninstall(&u.table)?;
            println!("removed table inet {} (nothing else was touched)", u.table);
        }
    }
    Ok(())
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}
