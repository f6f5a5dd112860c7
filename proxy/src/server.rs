//! Wiring: the Pingora server, its listeners, the admin service, and the supervisor that
//! watches rules, handles SIGHUP and drains on SIGTERM.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use pingora::apps::{HttpServerOptions, ServerApp};
use pingora::listeners::tls::TlsSettings;
use pingora::protocols::Stream;
use pingora::proxy::HttpProxy;
use pingora::server::configuration::ServerConf;
use pingora::server::{RunArgs, Server, ShutdownWatch};
use pingora::services::background::{background_service, BackgroundService};
use pingora::services::listening::Service;

use crate::admin::Admin;
use crate::config::Settings;
use crate::guard::GuardedStream;
use crate::rules::{RuleSource, Trigger};
use crate::service::Palisade;
use crate::{Shared, StartError};

/// The proxy app as Pingora runs it: every accepted connection is wrapped in the
/// slow-client guard, then handed to Pingora's HTTP proxy (which detects HTTP/1.1, h2c and,
/// on TLS, the ALPN protocol itself).
struct Sidecar {
    proxy: Arc<HttpProxy<Palisade>>,
    header_timeout: Duration,
}

#[async_trait]
impl ServerApp for Sidecar {
    async fn process_new(
        self: &Arc<Self>,
        stream: Stream,
        shutdown: &ShutdownWatch,
    ) -> Option<Stream> {
        let guarded: Stream = Box::new(GuardedStream::new(stream, self.header_timeout));
        self.proxy.process_new(guarded, shutdown).await
    }

    async fn cleanup(&self) {
        self.proxy.cleanup().await
    }
}

/// Builds the Pingora server for `shared` and runs it until SIGTERM (drain, then exit) or
/// SIGINT (immediate exit). Does not return on a normal shutdown.
pub fn run(shared: Arc<Shared>) -> Result<(), StartError> {
    let cfg = &shared.settings.config;
    let conf = ServerConf {
        threads: if cfg.threads > 0 {
            cfg.threads
        } else {
            std::thread::available_parallelism().map_or(1, usize::from)
        },
        upstream_keepalive_pool_size: cfg.upstream_keepalive_pool,
        // The supervisor exits as soon as in-flight requests are done; Pingora's grace period
        // is only the backstop (its default, 300 s, is far beyond Kubernetes' 30 s).
        grace_period_seconds: Some(cfg.timeouts.drain_ms.div_ceil(1000) + 1),
        graceful_shutdown_timeout_seconds: Some(1),
        ..ServerConf::default()
    };
    // Both addresses are bound once here, for a readable error before anything starts: an
    // address in use (the application on the proxy's port, another sidecar) stops the start.
    let ipv6 = ipv6_available();
    let (listen, sock_opt) = listen_addr(&cfg.listen, ipv6);
    can_listen("proxy", &listen)?;
    if let Some((addr, _)) = &shared.settings.admin {
        can_listen("admin", &listen_addr(&addr.to_string(), ipv6).0)?;
    }
    // Pingora binds again when its services start, each on a thread of its own, and a
    // failure there (the address taken in between) panics that thread only: the admin
    // listener would stay up and report ready for a proxy that listens nowhere. The process
    // exits instead, and is restarted.
    exit_when_a_listener_fails();
    let mut server = Server::new_with_opt_and_conf(None, conf);
    server.bootstrap();

    let mut proxy = HttpProxy::new(Palisade::new(shared.clone()), server.configuration.clone());
    proxy.handle_init_modules();
    let mut options = HttpServerOptions::default();
    options.h2c = cfg.h2c;
    proxy.server_options = Some(options);
    let app = Sidecar {
        proxy: Arc::new(proxy),
        header_timeout: Settings::ms(cfg.timeouts.header_ms),
    };
    let mut service = Service::new("palisade proxy".into(), app);
    match &cfg.tls {
        Some(tls) => {
            let path = |p: &std::path::Path| p.display().to_string();
            let mut settings = TlsSettings::intermediate(&path(&tls.cert), &path(&tls.key))
                .map_err(|e| StartError::Tls(e.to_string()))?;
            if tls.h2 {
                settings.enable_h2();
            }
            service.add_tls_with_settings(&listen, sock_opt, settings);
        }
        None => match sock_opt {
            Some(opt) => service.add_tcp_with_settings(&listen, opt),
            None => service.add_tcp(&listen),
        },
    }
    server.add_service(service);

    if let Some((addr, _)) = &shared.settings.admin {
        let mut admin = Service::new("palisade admin".into(), Admin::new(shared.clone()));
        admin.threads = Some(1);
        match listen_addr(&addr.to_string(), ipv6) {
            (a, Some(opt)) => admin.add_tcp_with_settings(&a, opt),
            (a, None) => admin.add_tcp(&a),
        }
        server.add_service(admin);
    }
    server.add_service(background_service(
        "palisade supervisor",
        Supervisor {
            shared: shared.clone(),
        },
    ));
    tracing::info!(
        listen = %listen,
        upstream = %shared.settings.upstream,
        admin = ?shared.settings.admin.as_ref().map(|a| a.0),
        mode = %cfg.mode,
        paranoia = cfg.paranoia,
        tls = cfg.tls.is_some(),
        threads = server.configuration.threads,
        "palisade-proxy starting"
    );
    server.run(RunArgs::default());
    Ok(())
}

/// Rule watching, SIGHUP, readiness, and the SIGTERM drain.
struct Supervisor {
    shared: Arc<Shared>,
}

#[async_trait]
impl BackgroundService for Supervisor {
    async fn start(&self, mut shutdown: ShutdownWatch) {
        let s = &self.shared;
        let cfg = &s.settings.config;
        let mut hangup = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())
        {
            Ok(h) => Some(h),
            Err(e) => {
                tracing::error!(error = %e, "cannot handle SIGHUP; reload by file change or POST /reload");
                None
            }
        };
        wait_listening(&cfg.listen).await;
        s.ready.store(true, Ordering::Release);
        tracing::info!("ready");

        let watching = matches!(s.rules.source(), RuleSource::Dir(_));
        // The first look is one period from now: the rules were read at start, and an
        // immediate tick would race a change made right after `ready` with SIGHUP or
        // POST /reload (two reloads for one change).
        let period = Settings::ms(cfg.rules_poll_ms);
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = tick.tick(), if watching => {
                    let _ = s.rules.poll().await;
                }
                Some(()) = async { match hangup.as_mut() { Some(h) => h.recv().await, None => std::future::pending().await } } => {
                    let _ = s.rules.reload(Trigger::Signal).await;
                }
                changed = shutdown.changed() => {
                    if changed.is_err() || *shutdown.borrow() {
                        break;
                    }
                }
            }
        }
        self.drain().await;
    }
}

impl Supervisor {
    /// Listeners are closed by now; wait for in-flight requests (at most `drain_ms`), flush
    /// alerts, exit.
    async fn drain(&self) {
        let s = &self.shared;
        s.draining.store(true, Ordering::Release);
        let grace = Settings::ms(s.settings.config.timeouts.drain_ms);
        let start = Instant::now();
        tracing::info!(
            in_flight = s.metrics.in_flight(),
            grace_ms = grace.as_millis() as u64,
            "SIGTERM: draining"
        );
        while s.metrics.in_flight() > 0 && start.elapsed() < grace {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let left = s.metrics.in_flight();
        let alerts = s.alerts.clone();
        let flushed = tokio::task::spawn_blocking(move || alerts.flush(Duration::from_secs(2)))
            .await
            .unwrap_or(false);
        tracing::info!(
            elapsed_ms = start.elapsed().as_millis() as u64,
            abandoned = left.max(0),
            alerts_flushed = flushed,
            "drained; exiting"
        );
        std::process::exit(0);
    }
}

/// Waits (up to 10 s) until the proxy listener accepts connections, so `/readyz` means the
/// proxy can take traffic.
async fn wait_listening(listen: &str) {
    let Ok(mut addr) = listen.parse::<std::net::SocketAddr>() else {
        return;
    };
    if addr.ip().is_unspecified() {
        addr.set_ip(if addr.is_ipv4() {
            std::net::Ipv4Addr::LOCALHOST.into()
        } else {
            std::net::Ipv6Addr::LOCALHOST.into()
        });
    }
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if tokio::net::TcpStream::connect(addr).await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tracing::warn!(%addr, "proxy listener not reachable after 10 s");
}

/// Where the application listener binds, and its socket options. `[::]:port` is one
/// dual-stack socket (IPv6 only switched off explicitly, whatever the host's
/// `net.ipv6.bindv6only`), so IPv4 and IPv6 clients of a dual-stack pod both reach the proxy;
/// on a host without IPv6 (`ipv6.disable=1`: no AF_INET6 sockets at all) it falls back to
/// `0.0.0.0:port` with a warning instead of failing to start. Any other address is used as is.
pub(crate) fn listen_addr(
    listen: &str,
    ipv6: bool,
) -> (String, Option<pingora::listeners::TcpSocketOptions>) {
    match listen.parse::<std::net::SocketAddr>() {
        Ok(std::net::SocketAddr::V6(a)) if a.ip().is_unspecified() => {
            if ipv6 {
                let mut opt = pingora::listeners::TcpSocketOptions::default();
                opt.ipv6_only = Some(false);
                (listen.to_string(), Some(opt))
            } else {
                let v4 = format!("0.0.0.0:{}", a.port());
                tracing::warn!(
                    listen,
                    fallback = %v4,
                    "this host has no IPv6: listening on IPv4 only"
                );
                (v4, None)
            }
        }
        _ => (listen.to_string(), None),
    }
}

/// Binds `addr` once and lets it go: `Err` with the reason when it cannot be bound.
fn can_listen(what: &'static str, addr: &str) -> Result<(), StartError> {
    std::net::TcpListener::bind(addr)
        .map(drop)
        .map_err(|source| StartError::Listen {
            what,
            addr: addr.to_string(),
            source,
        })
}

/// The message of Pingora's panic when a service cannot bind its listeners.
const LISTENER_PANIC: &str = "Failed to build listeners";

/// Makes a panic of Pingora's listener setup end the process (exit status 1), after the
/// usual panic report; any other panic is reported as before.
fn exit_when_a_listener_fails() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        report(info);
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or_default();
        if message.contains(LISTENER_PANIC) {
            tracing::error!(%message, "a listener could not be bound: exiting");
            std::process::exit(1);
        }
    }));
}

/// Whether this network namespace can open IPv6 sockets.
fn ipv6_available() -> bool {
    std::net::TcpListener::bind((std::net::Ipv6Addr::UNSPECIFIED, 0)).is_ok()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn unspecified_ipv6_is_dual_stack_or_falls_back_to_ipv4() {
        let (addr, opt) = listen_addr("[::]:15006", true);
        assert_eq!(addr, "[::]:15006");
        assert_eq!(opt.unwrap().ipv6_only, Some(false));
        let (addr, opt) = listen_addr("[::]:15006", false);
        assert_eq!(addr, "0.0.0.0:15006");
        assert!(opt.is_none());
        for other in ["0.0.0.0:8000", "127.0.0.1:1", "[::1]:9", "[fd00::1]:80"] {
            let (addr, opt) = listen_addr(other, false);
            assert_eq!(addr, other);
            assert!(opt.is_none());
        }
    }
}
