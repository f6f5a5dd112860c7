//! The Pingora proxy: [`Palisade`] implements `ProxyHttp`, judging each request before any
//! byte of it reaches the application.
//!
//! Order of work for one request (`request_filter`):
//!
//! 1. Pick the route (host + path prefix) → mode, paranoia, threshold, exclusions, hosts;
//!    a host the route does not answer to is refused (421) or, in detect mode, alerted.
//! 2. Protocol checks (framing, header count and size, URI length, argument count), then the
//!    head phase of the rules — before any upstream connection exists.
//! 3. If a body is announced, read it (up to `body.inspect_limit`, within `timeouts.body_ms`),
//!    then the body phase of the rules — still before anything is sent upstream.
//! 4. Block (403), or forward. Forwarding a body that has already been read is the subtle
//!    part, see the `// === forwarding ===` section and `proxy/README.md`.

use std::sync::Arc;
use std::time::{Instant, SystemTime};

use async_trait::async_trait;
use bytes::{Bytes, BytesMut};
use http::header;
use pingora::http::{RequestHeader, ResponseHeader};
use pingora::proxy::subrequest::pipe::{pipe_subrequest, InputBody, InputBodyType};
use pingora::proxy::subrequest::{BodyMode, Ctx as SubrequestCtx};
use pingora::proxy::{ProxyHttp, Session};
use pingora::upstreams::peer::{H1UpgradePolicy, HttpPeer};
use pingora::{Error, ErrorSource, ErrorType, Result};
use rulesets::{Anomaly, CompiledRuleSet, EvalConfig, InspectedRequest, Phase, Verdict};

use crate::alerts::{printable_prefix, rfc3339, Alert, AlertMatch, BodyInfo};
use crate::config::{ForwardedFor, Mode, OverLimit, RequestIdMode, Upgrades};
use crate::guard::GuardedStream;
use crate::hosts::Misdirected;
use crate::inspect::{self, HeadFacts};
use crate::metrics::{Outcome, Rejection, HOST_ALLOWLIST};
use crate::route::Route;
use crate::Shared;

/// The `ProxyHttp` implementation.
pub struct Palisade {
    shared: Arc<Shared>,
    peer: HttpPeer,
    /// `forward.request_id_header` as configured (its case is kept on the wire); cloning it
    /// per request is a reference count, not a copy.
    request_id_case: Bytes,
}

impl Palisade {
    /// A proxy over the shared state.
    pub fn new(shared: Arc<Shared>) -> Self {
        let s = &shared.settings;
        let t = &s.config.timeouts;
        let mut peer = HttpPeer::new(s.upstream, false, String::new());
        peer.options.connection_timeout = Some(crate::config::Settings::ms(t.upstream_connect_ms));
        peer.options.read_timeout = Some(crate::config::Settings::ms(t.upstream_read_ms));
        peer.options.write_timeout = Some(crate::config::Settings::ms(t.upstream_write_ms));
        peer.options.idle_timeout = Some(crate::config::Settings::ms(t.upstream_idle_ms));
        peer.options.http_upstream_request_policy.h1_upgrade = match s.config.forward.upgrades {
            Upgrades::Websocket => H1UpgradePolicy::WebSocketOnly,
            Upgrades::None => H1UpgradePolicy::Deny,
        };
        let request_id_case = Bytes::from(s.config.forward.request_id_header.clone());
        Palisade {
            shared,
            peer,
            request_id_case,
        }
    }
}

/// Passed from a request to the subrequest that forwards its large body.
struct SubrequestInfo {
    request_id: String,
    id_from_client: bool,
}

/// Per-request state.
pub struct RequestCtx {
    /// This request is the subrequest forwarding a large inspected body.
    subrequest: bool,
    request_id: String,
    id_from_client: bool,
    outcome: Option<Outcome>,
    /// The body was read here (strip `Expect` before forwarding).
    body_consumed: bool,
    /// Bytes already read (partial inspection) to put in front of the rest of the body.
    body_prefix: Option<Bytes>,
    /// The request went upstream through a subrequest, which counts its own upstream errors
    /// (an error it hands back here must not be counted twice).
    via_subrequest: bool,
    /// A host the route's `hosts` does not allow (detect mode forwards it, with an alert).
    misdirected: Option<Misdirected>,
    _flight: FlightGuard,
}

/// Counts a request in flight while it lives (for the SIGTERM drain).
struct FlightGuard(Arc<crate::metrics::Metrics>);

impl Drop for FlightGuard {
    fn drop(&mut self) {
        self.0.in_flight_add(-1);
    }
}

/// What reading the body produced.
struct ReadBody {
    /// The chunks as received (forwarded as they are).
    chunks: Vec<Bytes>,
    /// Their total size.
    total: usize,
    /// Whether the whole body was read.
    complete: bool,
    /// Whether it is longer than the inspection limit.
    over: bool,
}

#[async_trait]
impl ProxyHttp for Palisade {
    type CTX = RequestCtx;

    fn new_ctx(&self) -> RequestCtx {
        self.shared.metrics.in_flight_add(1);
        RequestCtx {
            subrequest: false,
            request_id: String::new(),
            id_from_client: false,
            outcome: None,
            body_consumed: false,
            body_prefix: None,
            via_subrequest: false,
            misdirected: None,
            _flight: FlightGuard(self.shared.metrics.clone()),
        }
    }

    fn init_downstream_modules(&self, _modules: &mut pingora::modules::http::HttpModules) {
        // No response compression module: responses pass through untouched.
    }

    async fn early_request_filter(
        &self,
        session: &mut Session,
        _ctx: &mut RequestCtx,
    ) -> Result<()> {
        if let Some(phase) = session
            .as_downstream()
            .stream()
            .and_then(GuardedStream::phase_of)
        {
            phase.header_done();
        }
        Ok(())
    }

    fn allow_spawning_subrequest(&self, session: &Session, _ctx: &RequestCtx) -> bool {
        // Only requests that may carry a body can need the large-body path.
        let req = session.req_header();
        session.subrequest_ctx.is_none()
            && (req.headers.contains_key(header::CONTENT_LENGTH)
                || req.headers.contains_key(header::TRANSFER_ENCODING)
                || req.version == http::Version::HTTP_2)
    }

    async fn request_filter(&self, session: &mut Session, ctx: &mut RequestCtx) -> Result<bool> {
        if let Some(info) = session
            .subrequest_ctx
            .as_ref()
            .and_then(|c| c.user_ctx())
            .and_then(|u| u.downcast_ref::<SubrequestInfo>())
        {
            // Our own subrequest: the parent already judged the request.
            ctx.subrequest = true;
            ctx.request_id = info.request_id.clone();
            ctx.id_from_client = info.id_from_client;
            ctx.body_consumed = true;
            return Ok(false);
        }
        self.set_request_id(session, ctx);

        let shared = self.shared.clone();
        let route = shared.settings.routes.select(
            inspect::request_host(session),
            session.req_header().raw_path(),
        );
        if route.mode == Mode::Off {
            ctx.outcome = Some(Outcome::Uninspected);
            return Ok(false);
        }
        let cfg = &shared.settings.config;
        // One snapshot for every phase of this request, whatever reloads happen meanwhile.
        let rules = shared.rules.snapshot();

        // --- host allow-list ---
        if let Some(hosts) = &route.hosts {
            let local = session
                .server_addr()
                .and_then(|a| a.as_inet())
                .map(|a| a.ip());
            ctx.misdirected = shared
                .settings
                .host_check
                .check(hosts, session.req_header(), local);
            if ctx.misdirected.is_some() {
                shared.metrics.host_mismatch();
                if route.mode == Mode::Block {
                    return self
                        .reject(session, ctx, route, &rules, Rejection::UnknownHost, None)
                        .await;
                }
            }
        }

        // --- head ---
        let (mut req, facts) =
            match inspect::head(session, &cfg.limits, &shared.settings.parse_limits) {
                Ok(x) => x,
                Err(r) => return self.reject(session, ctx, route, &rules, r, None).await,
            };
        let clock = Instant::now();
        let mut verdict = Verdict::new(route.eval.threshold);
        rules.evaluate_phase(&req, &route.eval, Phase::Head, &mut verdict);
        let mut spent = clock.elapsed();

        let body_expected = !session.as_mut().is_body_done();
        if verdict.is_block() && route.mode == Mode::Block {
            shared.metrics.inspection(spent, &verdict);
            let info = BodyInfo {
                length: facts.content_length,
                ..BodyInfo::default()
            };
            return self
                .block(
                    session,
                    ctx,
                    route,
                    &rules,
                    &req,
                    &verdict,
                    info,
                    body_expected,
                )
                .await;
        }

        // --- body ---
        let mut body_info = BodyInfo::default();
        let mut read = None;
        if body_expected {
            let limit = cfg.body.inspect_limit;
            if facts.content_length.is_some_and(|n| n > limit as u64)
                && cfg.body.over_limit == OverLimit::Reject
            {
                return self
                    .reject(
                        session,
                        ctx,
                        route,
                        &rules,
                        Rejection::BodyTooLarge,
                        Some(&req),
                    )
                    .await;
            }
            let body = match self.read_body(session, &facts, limit).await {
                Ok(b) => b,
                Err(r) => {
                    return self
                        .reject(session, ctx, route, &rules, r, Some(&req))
                        .await
                }
            };
            ctx.body_consumed = true;
            if body.over && cfg.body.over_limit == OverLimit::Reject {
                return self
                    .reject(
                        session,
                        ctx,
                        route,
                        &rules,
                        Rejection::BodyTooLarge,
                        Some(&req),
                    )
                    .await;
            }
            let inspected = contiguous(&body.chunks, limit.min(body.total));
            // With `partial`, the rest may still be unread: its length is the announced one,
            // or at least one byte more than seen (which marks the body truncated).
            let full_len = if body.complete {
                body.total as u64
            } else {
                facts
                    .content_length
                    .unwrap_or(body.total as u64 + 1)
                    .max(body.total as u64 + 1)
            };
            body_info = BodyInfo {
                inspected: inspected.len() as u64,
                length: (body.complete || facts.content_length.is_some()).then_some(full_len),
                partial: body.over,
            };
            shared.metrics.body_inspected(inspected.len());
            if body.over {
                shared.metrics.body_partial();
            }
            let clock = Instant::now();
            let judged;
            (req, verdict, judged) = judge_body(
                &rules,
                &route.eval,
                req,
                verdict,
                inspected,
                full_len,
                cfg.body.offload_bytes,
            )
            .await?;
            if !judged {
                shared.metrics.inspection(spent + clock.elapsed(), &verdict);
                return self
                    .reject(
                        session,
                        ctx,
                        route,
                        &rules,
                        Rejection::TooManyArgs,
                        Some(&req),
                    )
                    .await;
            }
            spent += clock.elapsed();
            read = Some(body);
        }
        shared.metrics.inspection(spent, &verdict);

        if verdict.is_block() && route.mode == Mode::Block {
            return self
                .block(
                    session, ctx, route, &rules, &req, &verdict, body_info, false,
                )
                .await;
        }
        shared.metrics.matches(&verdict.matches);
        // Detect mode: an attack, or a host not allowed, is forwarded with its alert.
        if verdict.is_block() || ctx.misdirected.is_some() {
            self.alert(session, ctx, route, &rules, &req, &verdict, body_info, None);
            ctx.outcome = Some(Outcome::Detected);
        } else {
            ctx.outcome = Some(Outcome::Passed);
        }
        drop(req);

        match read {
            Some(body) => self.forward_read_body(session, ctx, body).await,
            None => Ok(false),
        }
    }

    async fn upstream_peer(
        &self,
        _session: &mut Session,
        _ctx: &mut RequestCtx,
    ) -> Result<Box<HttpPeer>> {
        Ok(Box::new(self.peer.clone()))
    }

    async fn upstream_request_filter(
        &self,
        session: &mut Session,
        upstream: &mut RequestHeader,
        ctx: &mut RequestCtx,
    ) -> Result<()> {
        if ctx.body_consumed {
            // The proxy already took the body (and answered `100 Continue` itself).
            upstream.remove_header(&header::EXPECT);
        }
        let fwd = &self.shared.settings.config.forward;
        // (Pingora's upstream request policy, set from `forward.upgrades`, has already
        // removed an upgrade that is not allowed; it is counted here.)
        if !upstream.headers.contains_key(header::UPGRADE)
            && session.req_header().headers.contains_key(header::UPGRADE)
        {
            self.shared.metrics.upgrade_refused();
        }
        if fwd.x_forwarded_for != ForwardedFor::Off {
            if let Some(ip) = session
                .client_addr()
                .and_then(|a| a.as_inet())
                // An IPv4 client of a `[::]` listener is reported as itself, not as
                // `::ffff:a.b.c.d`.
                .map(|a| a.ip().to_canonical())
            {
                let value = match fwd.x_forwarded_for {
                    ForwardedFor::Append => {
                        forwarded_for(upstream.headers.get_all(&X_FORWARDED_FOR), ip)
                    }
                    _ => forwarded_for(None, ip),
                };
                upstream.insert_header("x-forwarded-for", value)?;
            }
        }
        match fwd.request_id {
            RequestIdMode::Off => {}
            RequestIdMode::Preserve if ctx.id_from_client => {}
            _ => {
                upstream.insert_header(self.request_id_case.clone(), ctx.request_id.clone())?;
            }
        }
        Ok(())
    }

    async fn request_body_filter(
        &self,
        _session: &mut Session,
        body: &mut Option<Bytes>,
        _end_of_stream: bool,
        ctx: &mut RequestCtx,
    ) -> Result<()> {
        if let Some(prefix) = ctx.body_prefix.take() {
            *body = Some(match body.take() {
                Some(rest) if !rest.is_empty() => {
                    let mut joined = BytesMut::with_capacity(prefix.len() + rest.len());
                    joined.extend_from_slice(&prefix);
                    joined.extend_from_slice(&rest);
                    joined.freeze()
                }
                _ => prefix,
            });
        }
        Ok(())
    }

    fn suppress_error_log(&self, _session: &Session, _ctx: &RequestCtx, e: &Error) -> bool {
        // A client that goes away mid-request is not a proxy error worth an error line.
        *e.esource() == ErrorSource::Downstream
            && matches!(
                e.etype(),
                ErrorType::ConnectionClosed | ErrorType::ReadError | ErrorType::WriteError
            )
    }

    async fn logging(&self, session: &mut Session, e: Option<&Error>, ctx: &mut RequestCtx) {
        if let Some(e) = e {
            if *e.esource() == ErrorSource::Upstream && !ctx.via_subrequest {
                self.shared.metrics.upstream_error();
            }
        }
        if ctx.subrequest {
            return;
        }
        if let Some(o) = ctx.outcome {
            self.shared.metrics.request(o);
        }
        if let Some(phase) = session
            .as_downstream()
            .stream()
            .and_then(GuardedStream::phase_of)
        {
            phase.request_done();
        }
    }
}

// === impl Palisade: verdicts ===

impl Palisade {
    fn set_request_id(&self, session: &Session, ctx: &mut RequestCtx) {
        let settings = &self.shared.settings;
        if settings.config.forward.request_id == RequestIdMode::Preserve {
            if let Some(v) = session
                .req_header()
                .headers
                .get(&settings.request_id_header)
                .map(|v| v.as_bytes())
                .filter(|v| {
                    !v.is_empty() && v.len() <= 128 && v.iter().all(|b| (0x21..=0x7e).contains(b))
                })
            {
                ctx.request_id = String::from_utf8_lossy(v).into_owned();
                ctx.id_from_client = true;
                return;
            }
        }
        ctx.request_id = new_request_id();
    }

    /// Answers 403 and alerts.
    #[allow(clippy::too_many_arguments)]
    async fn block(
        &self,
        session: &mut Session,
        ctx: &mut RequestCtx,
        route: &Route,
        rules: &CompiledRuleSet,
        req: &InspectedRequest,
        verdict: &Verdict,
        body: BodyInfo,
        body_unread: bool,
    ) -> Result<bool> {
        self.shared.metrics.matches(&verdict.matches);
        self.alert(session, ctx, route, rules, req, verdict, body, None);
        ctx.outcome = Some(Outcome::Blocked);
        let json = serde_json::json!({"error": "forbidden", "request_id": ctx.request_id});
        respond_json(session, 403, &json, body_unread).await?;
        Ok(true)
    }

    /// Answers a protocol rejection (4xx) and alerts.
    async fn reject(
        &self,
        session: &mut Session,
        ctx: &mut RequestCtx,
        route: &Route,
        rules: &CompiledRuleSet,
        why: Rejection,
        req: Option<&InspectedRequest>,
    ) -> Result<bool> {
        self.shared.metrics.rejection(why);
        ctx.outcome = Some(Outcome::Rejected);
        let verdict = Verdict::new(route.eval.threshold);
        let fallback;
        let req = match req {
            Some(r) => r,
            None => {
                let h = session.req_header();
                fallback = InspectedRequest::builder()
                    .method(h.method.as_str())
                    .uri(h.raw_path())
                    .build();
                &fallback
            }
        };
        self.alert(
            session,
            ctx,
            route,
            rules,
            req,
            &verdict,
            BodyInfo::default(),
            Some(why),
        );
        let json = serde_json::json!({"error": why.as_str(), "request_id": ctx.request_id});
        // The body may be unread or malformed: never reuse the connection.
        respond_json(session, why.status(), &json, true).await?;
        Ok(true)
    }

    #[allow(clippy::too_many_arguments)]
    fn alert(
        &self,
        session: &Session,
        ctx: &RequestCtx,
        route: &Route,
        rules: &CompiledRuleSet,
        req: &InspectedRequest,
        verdict: &Verdict,
        body: BodyInfo,
        reason: Option<Rejection>,
    ) {
        let cfg = &self.shared.settings.config.alerts;
        let (uri, _) = printable_prefix(req.uri(), cfg.uri_max);
        let (host, _) = printable_prefix(inspect::request_host(session), 256);
        let blocked = reason.is_some() || route.mode == Mode::Block;
        // A host not allowed leads the matches, whatever else matched.
        let host_match = ctx.misdirected.as_ref().map(|m| AlertMatch {
            rule: HOST_ALLOWLIST.to_string(),
            category: "protocol",
            severity: "critical",
            paranoia: 1,
            target: m.target.clone(),
            fragment: m.value.clone(),
        });
        let reason = reason.map(Rejection::as_str).or(ctx
            .misdirected
            .as_ref()
            .map(|_| Rejection::UnknownHost.as_str()));
        self.shared.alerts.emit(Alert {
            timestamp: rfc3339(SystemTime::now()),
            request_id: ctx.request_id.clone(),
            client: session
                .client_addr()
                .map(|a| match a.as_inet() {
                    Some(inet) => {
                        std::net::SocketAddr::new(inet.ip().to_canonical(), inet.port()).to_string()
                    }
                    None => a.to_string(),
                })
                .unwrap_or_default(),
            method: String::from_utf8_lossy(req.method()).into_owned(),
            host,
            uri,
            action: if blocked { "blocked" } else { "detected" },
            reason,
            mode: route.mode.as_str(),
            score: verdict.score,
            threshold: verdict.threshold,
            paranoia: route.paranoia,
            matches: host_match
                .into_iter()
                .chain(verdict.matches.iter().map(AlertMatch::from_match))
                .take(cfg.max_matches)
                .collect(),
            body,
            ruleset_version: rules.version().to_string(),
            workload: self.shared.workload.clone(),
        });
    }
}

// === impl Palisade: reading the body ===

impl Palisade {
    /// Reads the body up to `limit` bytes (one chunk more shows it is over), within the body
    /// deadline.
    async fn read_body(
        &self,
        session: &mut Session,
        facts: &HeadFacts,
        limit: usize,
    ) -> Result<ReadBody, Rejection> {
        // Pingora's replay buffer (64 KiB) keeps what is read here; the native forwarding path
        // sends it upstream first (see `forward_read_body`).
        session.as_mut().enable_retry_buffering();
        if facts.expect_continue {
            // Pingora closes a connection whose response starts before the request body is
            // read; a 100 Continue is not that response, so keep-alive is kept here.
            let down = session.as_mut();
            down.set_close_on_response_before_downstream_finish(false);
            let sent = down.write_continue_response().await;
            down.set_close_on_response_before_downstream_finish(true);
            if let Err(e) = sent {
                tracing::debug!(error = %e, "cannot send 100 Continue");
                return Err(Rejection::BadBody);
            }
        }
        let deadline = tokio::time::Instant::now()
            + crate::config::Settings::ms(self.shared.settings.config.timeouts.body_ms);
        let mut chunks = Vec::new();
        let mut total = 0usize;
        loop {
            let next =
                tokio::time::timeout_at(deadline, session.as_mut().read_request_body()).await;
            match next {
                Err(_) => return Err(Rejection::BodyTimeout),
                Ok(Err(e)) => {
                    tracing::debug!(error = %e, "request body unreadable");
                    return Err(match e.etype() {
                        ErrorType::ReadTimedout => Rejection::BodyTimeout,
                        _ => Rejection::BadBody,
                    });
                }
                Ok(Ok(None)) => {
                    return Ok(ReadBody {
                        chunks,
                        total,
                        complete: true,
                        over: total > limit,
                    })
                }
                Ok(Ok(Some(chunk))) => {
                    total += chunk.len();
                    chunks.push(chunk);
                    if total > limit {
                        // Stop reading: the rest is rejected or streamed (`partial`).
                        return Ok(ReadBody {
                            chunks,
                            total,
                            complete: session.as_mut().is_body_done(),
                            over: true,
                        });
                    }
                }
            }
        }
    }
}

// === forwarding ===
//
// Pingora writes the request header upstream before its body loop, and feeds that loop from
// the downstream session. Once `request_filter` has read the whole body, the loop has nothing
// left to read; what it sends first is Pingora's replay ("retry") buffer, which holds the
// body only up to 64 KiB. Hence three cases:
//
// * complete body that fits the replay buffer (or no body): return to Pingora, which sends
//   header + replayed body on its normal path (keep-alive pool, retries);
// * complete body over 64 KiB: forward through a Pingora subrequest of this same proxy, fed
//   the buffered chunks as its body; Pingora's subrequest pipe streams the response back to
//   this downstream session (HTTP/1.1 or HTTP/2);
// * partial inspection (over the limit, `partial`): return to Pingora, which streams the rest
//   of the body from the client; the part already read is replayed (≤ 64 KiB) or put in front
//   of the first remaining chunk by `request_body_filter`.

impl Palisade {
    async fn forward_read_body(
        &self,
        session: &mut Session,
        ctx: &mut RequestCtx,
        body: ReadBody,
    ) -> Result<bool> {
        let replayed = session.as_ref().get_retry_buffer().is_some();
        if !body.complete {
            if !replayed {
                ctx.body_prefix = Some(contiguous_bytes(&body.chunks));
            }
            return Ok(false);
        }
        if replayed || session.as_mut().is_body_empty() {
            return Ok(false);
        }
        self.forward_large(session, ctx, body).await
    }

    async fn forward_large(
        &self,
        session: &mut Session,
        ctx: &mut RequestCtx,
        body: ReadBody,
    ) -> Result<bool> {
        self.shared.metrics.body_forwarded_large();
        ctx.via_subrequest = true;
        // The subrequest re-reads this header as HTTP/1.1; make an HTTP/2 request one.
        let total = body.total;
        {
            let req = session.as_mut().req_header_mut();
            if req.version == http::Version::HTTP_2 {
                req.set_version(http::Version::HTTP_11);
                if !req.headers.contains_key(header::HOST) {
                    if let Some(a) = req.uri.authority().map(|a| a.as_str().to_string()) {
                        req.insert_header(header::HOST, a)?;
                    }
                }
            }
            if !req.headers.contains_key(header::TRANSFER_ENCODING) {
                req.insert_header(header::CONTENT_LENGTH, total.to_string())?;
            }
        }
        let Some(spawner) = session.subrequest_spawner.as_ref() else {
            return Error::e_explain(ErrorType::InternalError, "no subrequest spawner");
        };
        let sub_ctx = SubrequestCtx::builder()
            .body_mode(BodyMode::ExpectBody)
            .user_ctx(Box::new(SubrequestInfo {
                request_id: ctx.request_id.clone(),
                id_from_client: ctx.id_from_client,
            }))
            .build();
        let (sub, handle) = spawner.create_subrequest(session.as_downstream(), sub_ctx);
        let input = InputBodyType::Preset(InputBody::Bytes(body.chunks));
        match pipe_subrequest(session, sub, handle, |task| Ok(Some(task)), input).await {
            Ok(state) => {
                if let Some(j) = state.join_handle {
                    let _ = j.await;
                }
                Ok(true)
            }
            Err(e) => {
                if let Some(j) = e.state.join_handle {
                    j.abort();
                }
                if !e.state.header_received && session.response_written().is_none() {
                    session.set_keepalive(None);
                    let _ = session.respond_error(502).await;
                    Ok(true)
                } else {
                    Err(e.error)
                }
            }
        }
    }
}

// === helpers ===

/// Parses `body` into `req` and judges it (the body phase), on Tokio's blocking pool when it
/// has at least `offload` bytes (`body.offload_bytes`; 0: never): judging one takes
/// milliseconds (tens for 1 MiB), which on the worker thread would hold up every other
/// request that worker serves, and a sidecar runs one or two workers. Shorter bodies are judged
/// in place, where the hand-off would cost more than it saves. Returns the request and the
/// verdict, and whether the body was judged: a body with too many arguments is not, and the
/// caller rejects it. If the judging task is lost (the runtime shutting down), the request
/// fails rather than goes on unjudged.
async fn judge_body(
    rules: &Arc<CompiledRuleSet>,
    eval: &EvalConfig,
    mut req: InspectedRequest,
    mut verdict: Verdict,
    body: Vec<u8>,
    full_len: u64,
    offload: usize,
) -> Result<(InspectedRequest, Verdict, bool)> {
    // A compressed body's size once decoded is not known until it is decoded (up to the
    // inspection limit): it is judged off the event loop whatever its size on the wire.
    let compressed = req.header("content-encoding").is_some();
    if offload == 0 || (body.len() < offload && !compressed) {
        let judged = parse_and_judge(rules, eval, &mut req, &mut verdict, body, full_len);
        return Ok((req, verdict, judged));
    }
    let (rules, eval) = (rules.clone(), eval.clone());
    tokio::task::spawn_blocking(move || {
        let judged = parse_and_judge(&rules, &eval, &mut req, &mut verdict, body, full_len);
        (req, verdict, judged)
    })
    .await
    .map_err(|e| {
        Error::explain(
            ErrorType::InternalError,
            format!("the body inspection task did not finish: {e}"),
        )
    })
}

/// The body phase: parse, then judge unless there are too many arguments.
fn parse_and_judge(
    rules: &CompiledRuleSet,
    eval: &EvalConfig,
    req: &mut InspectedRequest,
    verdict: &mut Verdict,
    body: Vec<u8>,
    full_len: u64,
) -> bool {
    req.set_body(body, full_len);
    if req.anomalies().contains(&Anomaly::TooManyArgs) {
        return false;
    }
    rules.evaluate_phase(req, eval, Phase::Body, verdict);
    true
}

/// The first `n` bytes of the chunks, contiguous.
fn contiguous(chunks: &[Bytes], n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(n);
    for c in chunks {
        let room = n - out.len();
        if room == 0 {
            break;
        }
        out.extend_from_slice(c.get(..room.min(c.len())).unwrap_or_default());
    }
    out
}

fn contiguous_bytes(chunks: &[Bytes]) -> Bytes {
    match chunks {
        [one] => one.clone(),
        _ => {
            let mut b = BytesMut::with_capacity(chunks.iter().map(Bytes::len).sum());
            for c in chunks {
                b.extend_from_slice(c);
            }
            b.freeze()
        }
    }
}

/// `X-Forwarded-For`, for looking it up in the forwarded request.
static X_FORWARDED_FOR: header::HeaderName = header::HeaderName::from_static("x-forwarded-for");

/// 128 random bits, 32 lowercase hex digits (what `{:032x}` writes, without the formatting
/// machinery on every request).
fn new_request_id() -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let v: u128 = rand::random();
    let mut digits = [0u8; 32];
    for (i, d) in digits.iter_mut().enumerate() {
        let nibble = (v >> (124 - 4 * i)) as usize & 0xf;
        *d = HEX.get(nibble).copied().unwrap_or(b'0');
    }
    // Always ASCII, so the check never fails.
    String::from_utf8(digits.to_vec()).unwrap_or_default()
}

/// `X-Forwarded-For` to forward: the prior values that are text, then the client address,
/// joined by `, `.
fn forwarded_for<'a>(
    prior: impl IntoIterator<Item = &'a http::HeaderValue>,
    ip: std::net::IpAddr,
) -> String {
    let mut value = String::with_capacity(48);
    for prior in prior {
        if let Ok(prior) = prior.to_str() {
            value.push_str(prior);
            value.push_str(", ");
        }
    }
    push_ip(&mut value, ip);
    value
}

/// Appends an address as `Display` writes it; IPv4 (the usual client) by hand, since the
/// formatter costs more than the rest of the forwarded headers.
fn push_ip(out: &mut String, ip: std::net::IpAddr) {
    match ip {
        std::net::IpAddr::V4(v4) => {
            for (i, octet) in v4.octets().into_iter().enumerate() {
                if i > 0 {
                    out.push('.');
                }
                if octet >= 100 {
                    out.push(char::from(b'0' + octet / 100));
                }
                if octet >= 10 {
                    out.push(char::from(b'0' + octet / 10 % 10));
                }
                out.push(char::from(b'0' + octet % 10));
            }
        }
        std::net::IpAddr::V6(v6) => {
            use std::fmt::Write as _;
            let _ = write!(out, "{v6}");
        }
    }
}

async fn respond_json(
    session: &mut Session,
    status: u16,
    body: &serde_json::Value,
    close: bool,
) -> Result<()> {
    let body = Bytes::from(body.to_string());
    let mut resp = ResponseHeader::build(status, Some(4))?;
    resp.insert_header(header::CONTENT_TYPE, "application/json")?;
    resp.insert_header(header::CONTENT_LENGTH, body.len().to_string())?;
    resp.insert_header(header::CACHE_CONTROL, "no-store")?;
    if close {
        session.set_keepalive(None);
    }
    session.write_response_header(Box::new(resp), false).await?;
    session.write_response_body(Some(body), true).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

    #[test]
    fn request_ids_are_32_lowercase_hex_digits() {
        for _ in 0..1000 {
            let id = new_request_id();
            assert_eq!(id.len(), 32, "{id}");
            assert!(id
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
            assert_eq!(
                format!("{:032x}", u128::from_str_radix(&id, 16).unwrap()),
                id
            );
        }
    }

    #[test]
    fn forwarded_for_appends_to_text_values() {
        // What the header was before: the text values joined by ", ", then ", ip".
        let old = |prior: &[http::HeaderValue], ip: IpAddr| {
            let prior: Vec<&str> = prior.iter().filter_map(|v| v.to_str().ok()).collect();
            if prior.is_empty() {
                ip.to_string()
            } else {
                format!("{}, {ip}", prior.join(", "))
            }
        };
        let v = |s: &[u8]| http::HeaderValue::from_bytes(s).unwrap();
        let cases: Vec<Vec<http::HeaderValue>> = vec![
            vec![],
            vec![v(b"10.0.0.1")],
            vec![v(b"10.0.0.1, 10.0.0.2"), v(b"192.168.1.1")],
            vec![v(b"caf\xc3\xa9"), v(b"10.0.0.3")],
            vec![v(b"\xff")],
            vec![v(b"")],
        ];
        for ip in [
            IpAddr::V4(Ipv4Addr::new(127, 0, 0, 1)),
            IpAddr::V6("2001:db8::1".parse().unwrap()),
        ] {
            for prior in &cases {
                assert_eq!(forwarded_for(prior, ip), old(prior, ip), "{prior:?}");
            }
        }
    }

    #[test]
    fn ip_written_as_display_writes_it() {
        let mut ips: Vec<IpAddr> = vec![
            Ipv4Addr::new(0, 0, 0, 0).into(),
            Ipv4Addr::new(127, 0, 0, 1).into(),
            Ipv4Addr::new(10, 99, 100, 255).into(),
            Ipv4Addr::new(9, 10, 199, 200).into(),
            Ipv6Addr::LOCALHOST.into(),
            "2001:db8::8a2e:370:7334".parse().unwrap(),
            "::ffff:1.2.3.4".parse().unwrap(),
        ];
        ips.extend((0..=255u8).map(|b| IpAddr::V4(Ipv4Addr::new(b, 255 - b, b / 3, b / 7))));
        for ip in ips {
            let mut s = String::from("x, ");
            push_ip(&mut s, ip);
            assert_eq!(s, format!("x, {ip}"));
        }
    }
}
