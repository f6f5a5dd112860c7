//! `palisade-proxy`: the command line over the `proxy` library.
#![forbid(unsafe_code)]

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use proxy::config::{Config, Mode, Overrides, Settings};

/// Palisade sidecar: a Pingora reverse proxy that inspects every request and blocks attacks
/// before the application sees a byte.
///
/// Every flag can also be set in the YAML config file (--config); flags win. Without
/// --rules the built-in rules are used.
#[derive(Debug, Parser)]
#[command(
    name = "palisade-proxy",
    version,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a configuration (file plus flags) and print it in full, defaults included.
    CheckConfig(RunArgs),
    /// For the pod's init container: program nftables so inbound TCP to the application
    /// ports goes to the proxy (see proxy/README.md, "Inbound capture").
    InitRedirect(proxy::redirect::InitRedirectArgs),
}

#[derive(Debug, Args)]
struct RunArgs {
    /// Address for application traffic [config: listen; default [::]:15006, dual-stack].
    #[arg(long, value_name = "ADDR", env = "PALISADE_LISTEN")]
    listen: Option<String>,
    /// The application, host:port [config: upstream; default 127.0.0.1:8080].
    #[arg(long, value_name = "ADDR", env = "PALISADE_UPSTREAM")]
    upstream: Option<String>,
    /// YAML configuration file (see proxy/README.md).
    #[arg(long, value_name = "FILE", env = "PALISADE_CONFIG")]
    config: Option<PathBuf>,
    /// Rules directory, watched for changes [config: rules; default: built-in rules].
    #[arg(long, value_name = "DIR", env = "PALISADE_RULES")]
    rules: Option<PathBuf>,
    /// block | detect | off [config: mode; default block].
    #[arg(long, value_enum, env = "PALISADE_MODE")]
    mode: Option<Mode>,
    /// Paranoia level 1-4 [config: paranoia; default 1].
    #[arg(long, value_name = "N", env = "PALISADE_PARANOIA")]
    paranoia: Option<u8>,
    /// Anomaly score that blocks [config: threshold; default 5].
    #[arg(long, value_name = "N")]
    threshold: Option<u32>,
    /// Admin listener; empty to disable [config: admin; default 127.0.0.1:15020].
    #[arg(long, value_name = "ADDR", env = "PALISADE_ADMIN")]
    admin: Option<String>,
    /// Alert output: stdout, a file, or none [config: alerts.output; default stdout].
    #[arg(long, value_name = "stdout|FILE|none")]
    alerts: Option<String>,
    /// Also post alerts in batches to the console, e.g.
    /// http://console:8080/api/v1/alerts [config: alerts.url; default none].
    #[arg(long, value_name = "URL", env = "PALISADE_ALERTS_URL")]
    alerts_url: Option<String>,
    /// The console's ingest token [config: alerts.token].
    #[arg(
        long,
        value_name = "TOKEN",
        env = "PALISADE_ALERTS_TOKEN",
        hide_env_values = true
    )]
    alerts_token: Option<String>,
    /// The names the application answers to, comma-separated, e.g.
    /// shop.example.com,*.shop.example.com; other hosts get 421 [config: hosts; default: any].
    #[arg(long, value_name = "NAMES", env = "PALISADE_HOSTS")]
    hosts: Option<String>,
}

impl RunArgs {
    fn settings(self) -> anyhow::Result<Settings> {
        let cfg = match &self.config {
            Some(p) => Config::from_file(p)?,
            None => Config::default(),
        };
        let overrides = Overrides {
            listen: self.listen,
            upstream: self.upstream,
            rules: self.rules,
            mode: self.mode,
            paranoia: self.paranoia,
            threshold: self.threshold,
            admin: self.admin,
            alerts: self.alerts,
            alerts_url: self.alerts_url,
            alerts_token: self.alerts_token,
            hosts: self.hosts,
        };
        Ok(Settings::build(cfg, overrides)?)
    }
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::CheckConfig(args)) => {
            let mut config = args.settings()?.config;
            if config.admin_token.is_some() {
                config.admin_token = Some("<redacted>".into());
            }
            if config.alerts.token.is_some() {
                config.alerts.token = Some("<redacted>".into());
            }
            print!("{}", serde_yaml::to_string(&config)?);
            Ok(())
        }
        Some(Command::InitRedirect(args)) => {
            Ok(proxy::redirect::run(&args, &mut std::io::stdout().lock())?)
        }
        None => {
            let settings = cli.run.settings()?;
            proxy::init_logging(&settings.config.log);
            proxy::start(settings).context("palisade-proxy failed to start")
        }
    }
}
