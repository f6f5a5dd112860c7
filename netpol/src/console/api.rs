//! The console's HTTP surface: the embedded page at `/` and the JSON API under `/api/v1/`.
//!
//! Every API answer is JSON; errors are `{"error": "..."}` with 400 (bad input), 401 (no
//! or wrong credentials), 403 (wrong role, or a cookie request failing the CSRF or origin
//! check), 404, 413 (body over [`MAX_BODY_BYTES`]) or 500.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequestParts, Path, Query, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::StreamExt as _;

use super::alerts_store::{Alert, AlertAction, Filter};
use super::auth::{self, Principal, Role, Session, SESSION_COOKIE, SESSION_TTL};
use super::{AppState, MAX_BATCH, MAX_BODY_BYTES};
use crate::model::{Edge, Mode, WorkloadRef};
use crate::report::{self, EdgeStatus};
use crate::store::{Change, Store, StoreError, Verdict};

const INDEX_HTML: &str = include_str!("assets/index.html");
const APP_JS: &str = include_str!("assets/app.js");
const APP_CSS: &str = include_str!("assets/app.css");

/// Most alerts one list request returns.
pub const MAX_LIMIT: usize = 1000;
/// Most buckets one stats request returns.
pub const MAX_BUCKETS: i64 = 1000;

/// The router with every route and the security headers.
pub fn router(state: Arc<AppState>) -> Router {
    let api = Router::new()
        .route("/alerts", post(ingest).get(list_alerts))
        .route("/alerts/stats", get(alert_stats))
        .route("/alerts/stream", get(alert_stream))
        .route("/alerts/{id}", get(one_alert))
        .route("/map", get(map))
        .route("/map/diff", get(map_diff))
        .route("/map/approve", post(approve))
        .route("/map/reject", post(reject))
        .route("/history", get(history))
        .route("/rollback", post(rollback))
        .route("/modes", get(modes).post(set_mode))
        .route("/events", get(events))
        .route("/whoami", get(whoami))
        .route("/login", post(login))
        .route("/logout", post(logout))
        .fallback(|| async { ApiError::new(StatusCode::NOT_FOUND, "no such API endpoint") });
    Router::new()
        .route(
            "/",
            get(|| async { page(INDEX_HTML, "text/html; charset=utf-8") }),
        )
        .route(
            "/assets/app.js",
            get(|| async { page(APP_JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/assets/app.css",
            get(|| async { page(APP_CSS, "text/css; charset=utf-8") }),
        )
        .route("/favicon.ico", get(|| async { StatusCode::NO_CONTENT }))
        .nest("/api/v1", api)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

fn page(body: &'static str, ctype: &'static str) -> Response {
    ([(header::CONTENT_TYPE, ctype)], body).into_response()
}

async fn security_headers(mut res: Response) -> Response {
    let h = res.headers_mut();
    let set = |h: &mut HeaderMap, k: &'static str, v: &'static str| {
        h.insert(k, HeaderValue::from_static(v));
    };
    set(
        h,
        "content-security-policy",
        "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
    );
    set(h, "x-content-type-options", "nosniff");
    set(h, "x-frame-options", "DENY");
    set(h, "referrer-policy", "no-referrer");
    set(h, "cross-origin-opener-policy", "same-origin");
    set(h, "cross-origin-resource-policy", "same-origin");
    set(h, "cache-control", "no-store");
    res
}

// === errors ===

/// An API error: a status and a message, answered as `{"error": message}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }
    fn bad(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    fn unauthorized() -> Self {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "missing or invalid credentials (Authorization: Bearer TOKEN, or log in)",
        )
    }
    fn forbidden(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::FORBIDDEN, message)
    }
    fn internal(e: impl std::fmt::Display) -> Self {
        tracing::error!(error = %e, "console request failed");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut res = (self.status, Json(json!({ "error": self.message }))).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            res.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"palisade\""),
            );
        }
        res
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NoSuchVersion(_) => ApiError::new(StatusCode::NOT_FOUND, e.to_string()),
            StoreError::UnknownEdge(_) => ApiError::bad(e.to_string()),
            other => ApiError::internal(other),
        }
    }
}

type ApiResult<T = Response> = Result<T, ApiError>;

fn parse_json<T: serde::de::DeserializeOwned>(body: &[u8]) -> ApiResult<T> {
    serde_json::from_slice(body).map_err(|e| ApiError::bad(format!("invalid JSON body: {e}")))
}

// === authentication ===

/// The authenticated caller of a request.
#[derive(Debug, Clone)]
pub struct Caller {
    /// Who.
    pub principal: Principal,
    /// The browser session, when the request came with the cookie.
    pub session: Option<Session>,
}

impl Caller {
    fn require(&self, role: Role) -> ApiResult<()> {
        if self.principal.role.allows(role) {
            Ok(())
        } else {
            Err(ApiError::forbidden(format!(
                "this needs the {role} role; {} has {}",
                self.principal.name, self.principal.role
            )))
        }
    }
}

fn is_safe(m: &Method) -> bool {
    matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The browser's proof that this origin made the request: `Sec-Fetch-Site: same-origin`
/// when the browser sends it, and an `Origin` whose host is the `Host` asked for.
fn same_origin(headers: &HeaderMap) -> ApiResult<()> {
    let get = |k: header::HeaderName| headers.get(k).and_then(|v| v.to_str().ok());
    let site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if let Some(s) = site {
        if s != "same-origin" {
            return Err(ApiError::forbidden(format!(
                "cross-site request refused (Sec-Fetch-Site: {s})"
            )));
        }
    }
    match (get(header::ORIGIN), get(header::HOST)) {
        (Some(origin), Some(host)) => {
            let o_host = origin
                .strip_prefix("http://")
                .or_else(|| origin.strip_prefix("https://"))
                .unwrap_or("");
            if o_host.eq_ignore_ascii_case(host) {
                Ok(())
            } else {
                Err(ApiError::forbidden(format!(
                    "cross-origin request refused (Origin {origin} is not this console)"
                )))
            }
        }
        (None, _) if site.is_some() => Ok(()),
        _ => Err(ApiError::forbidden(
            "state-changing browser requests need an Origin header",
        )),
    }
}

impl FromRequestParts<Arc<AppState>> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, st: &Arc<AppState>) -> ApiResult<Caller> {
        if let Some(h) = parts.headers.get(header::AUTHORIZATION) {
            let token = h
                .to_str()
                .ok()
                .and_then(|v| {
                    v.strip_prefix("Bearer ")
                        .or_else(|| v.strip_prefix("bearer "))
                })
                .map(str::trim)
                .ok_or_else(ApiError::unauthorized)?;
            let principal = st.tokens.check(token).ok_or_else(ApiError::unauthorized)?;
            return Ok(Caller {
                principal,
                session: None,
            });
        }
        let session = parts
            .headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| auth::cookie_value(c, SESSION_COOKIE))
            .and_then(|id| st.sessions.get(id))
            .ok_or_else(ApiError::unauthorized)?;
        if !is_safe(&parts.method) {
            same_origin(&parts.headers)?;
            let sent = parts
                .headers
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if sent.is_empty() || !auth::ct_str_eq(sent, &session.csrf) {
                return Err(ApiError::forbidden(
                    "missing or wrong X-CSRF-Token for this session",
                ));
            }
        }
        Ok(Caller {
            principal: session.principal.clone(),
            session: Some(session),
        })
    }
}

async fn blocking<T, F>(st: &Arc<AppState>, f: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
{
    let st = st.clone();
    tokio::task::spawn_blocking(move || f(&st.store))
        .await
        .map_err(ApiError::internal)?
}

// === session ===

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LoginBody {
    token: String,
}

async fn login(State(st): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> ApiResult {
    same_origin(&headers)?;
    let b: LoginBody = parse_json(&body)?;
    let principal = st
        .tokens
        .check(b.token.trim())
        .ok_or_else(ApiError::unauthorized)?;
    if principal.role == Role::Ingest {
        return Err(ApiError::forbidden(
            "ingest tokens are for proxies and cannot open a console session",
        ));
    }
    let (id, session) = st
        .sessions
        .create(principal.clone())
        .map_err(|e| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e.to_string()))?;
    let cookie = format!(
        "{SESSION_COOKIE}={id}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}",
        SESSION_TTL.as_secs()
    );
    tracing::info!(who = %principal.who(), "console login");
    let mut res = Json(json!({
        "role": principal.role,
        "name": principal.name,
        "identity": principal.who(),
        "csrf": session.csrf,
    }))
    .into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

async fn logout(State(st): State<Arc<AppState>>, caller: Caller, headers: HeaderMap) -> ApiResult {
    if caller.session.is_some() {
        if let Some(id) = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| auth::cookie_value(c, SESSION_COOKIE))
        {
            st.sessions.remove(id);
        }
    }
    let mut res = Json(json!({ "ok": true })).into_response();
    res.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("palisade_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"),
    );
    Ok(res)
}

async fn whoami(caller: Caller) -> ApiResult {
    Ok(Json(json!({
        "role": caller.principal.role,
        "name": caller.principal.name,
        "identity": caller.principal.who(),
        "via": if caller.session.is_some() { "session" } else { "bearer" },
        "csrf": caller.session.as_ref().map(|s| s.csrf.clone()),
    }))
    .into_response())
}

// === alerts ===

#[derive(Serialize)]
struct RejectedAlert {
    index: usize,
    error: String,
}

/// Parses a body of alerts: a JSON array, one JSON object, or JSON lines.
fn parse_alerts(body: &[u8]) -> ApiResult<(Vec<Alert>, Vec<RejectedAlert>)> {
    let text = std::str::from_utf8(body).map_err(|_| ApiError::bad("body is not UTF-8"))?;
    let trimmed = text.trim_start();
    let items: Vec<serde_json::Value> = if trimmed.starts_with('[') {
        serde_json::from_str(trimmed)
            .map_err(|e| ApiError::bad(format!("invalid JSON array: {e}")))?
    } else {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(i, l)| {
                serde_json::from_str(l)
                    .map_err(|e| ApiError::bad(format!("line {}: invalid JSON: {e}", i + 1)))
            })
            .collect::<ApiResult<_>>()?
    };
    if items.is_empty() {
        return Err(ApiError::bad("no alerts in the body"));
    }
    if items.len() > MAX_BATCH {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("more than {MAX_BATCH} alerts in one request"),
        ));
    }
    let mut ok = Vec::with_capacity(items.len());
    let mut bad = Vec::new();
    for (index, v) in items.into_iter().enumerate() {
        match serde_json::from_value::<Alert>(v)
            .map_err(|e| e.to_string())
            .and_then(|a| a.validate().map(|()| a))
        {
            Ok(a) => ok.push(a),
            Err(error) => bad.push(RejectedAlert { index, error }),
        }
    }
    Ok((ok, bad))
}

async fn ingest(State(st): State<Arc<AppState>>, caller: Caller, body: Bytes) -> ApiResult {
    caller.require(Role::Ingest)?;
    let (ok, mut bad) = parse_alerts(&body)?;
    let accepted = ok.len();
    let rejected = bad.len();
    let st2 = st.clone();
    let stored = tokio::task::spawn_blocking(move || {
        let mut store = st2.alerts.lock().unwrap_or_else(|e| e.into_inner());
        store.append(ok)
    })
    .await
    .map_err(ApiError::internal)?
    .map_err(ApiError::internal)?;
    for a in stored {
        // No receiver (nobody watching) is not an error.
        let _ = st.new_alerts.send(a);
    }
    if rejected > 0 {
        tracing::warn!(rejected, from = %caller.principal.name, "alerts rejected");
    }
    bad.truncate(20);
    let status = if accepted == 0 {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        Json(json!({ "accepted": accepted, "rejected": rejected, "errors": bad })),
    )
        .into_response())
}

fn parse_time(name: &str, v: &str) -> ApiResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(v)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| ApiError::bad(format!("{name}: {v:?} is not an RFC 3339 time ({e})")))
}

fn parse_num<T: std::str::FromStr>(name: &str, v: &str) -> ApiResult<T> {
    v.parse()
        .map_err(|_| ApiError::bad(format!("{name}: {v:?} is not a valid number")))
}

/// Takes the filter parameters out of a query, leaving the others.
fn take_filter(q: &mut HashMap<String, String>) -> ApiResult<Filter> {
    let mut f = Filter::default();
    let mut nonempty = |k: &str| q.remove(k).filter(|v| !v.is_empty());
    f.workload = nonempty("workload");
    f.category = nonempty("category");
    f.rule = nonempty("rule");
    if let Some(a) = nonempty("action") {
        f.action = Some(a.parse::<AlertAction>().map_err(ApiError::bad)?);
    }
    if let Some(v) = nonempty("since") {
        f.since = Some(parse_time("since", &v)?);
    }
    if let Some(v) = nonempty("until") {
        f.until = Some(parse_time("until", &v)?);
    }
    if let (Some(s), Some(u)) = (f.since, f.until) {
        if s >= u {
            return Err(ApiError::bad("since must be before until"));
        }
    }
    Ok(f)
}

fn no_more_params(q: &HashMap<String, String>) -> ApiResult<()> {
    match q.keys().next() {
        Some(k) => Err(ApiError::bad(format!("unknown query parameter {k:?}"))),
        None => Ok(()),
    }
}

async fn list_alerts(
    State(st): State<Arc<AppState>>,
    caller: Caller,
    Query(mut q): Query<HashMap<String, String>>,
) -> ApiResult {
    caller.require(Role::Viewer)?;
    let f = take_filter(&mut q)?;
    let limit = match q.remove("limit") {
        Some(v) => parse_num::<usize>("limit", &v)?,
        None => 100,
    };
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::bad(format!("limit must be 1 to {MAX_LIMIT}")));
    }
    let cursor = q
        .remove("cursor")
        .map(|v| parse_num::<u64>("cursor", &v))
        .transpose()?;
    no_more_params(&q)?;
    let store = st.alerts.lock().unwrap_or_else(|e| e.into_inner());
    let (alerts, next) = store.query(&f, limit, cursor);
    let body = json!({
        "alerts": alerts,
        "next_cursor": next,
        "stored": store.len(),
        "max": store.max(),
    });
    drop(store);
    Ok(Json(body).into_response())
}

async fn one_alert(
    State(st): State<Arc<AppState>>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult {
    caller.require(Role::Viewer)?;
    let store = st.alerts.lock().unwrap_or_else(|e| e.into_inner());
    let found = match id.parse::<u64>() {
        Ok(n) => store.get(n).or_else(|| store.by_request_id(&id)),
        Err(_) => store.by_request_id(&id),
    };
    drop(store);
    match found {
        Some(a) => Ok(Json(a).into_response()),
        None => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            format!("no alert with id or request id {id:?}"),
        )),
    }
}

async fn alert_stats(
    State(st): State<Arc<AppState>>,
    caller: Caller,
    Query(mut q): Query<HashMap<String, String>>,
) -> ApiResult {
    caller.require(Role::Viewer)?;
    let f = take_filter(&mut q)?;
    let bucket = q
        .remove("bucket")
        .map(|v| parse_num::<i64>("bucket", &v))
        .transpose()?;
    no_more_params(&q)?;
    let until = f.until.unwrap_or_else(Utc::now);
    let since = f
        .since
        .unwrap_or_else(|| until - chrono::Duration::hours(1));
    let span = (until - since).num_seconds().max(1);
    let bucket = match bucket {
        Some(b) if b < 1 => return Err(ApiError::bad("bucket must be at least 1 second")),
        Some(b) => b,
        None => (span / 60).max(1),
    };
    if span / bucket > MAX_BUCKETS {
        return Err(ApiError::bad(format!(
            "at most {MAX_BUCKETS} buckets: use a larger bucket or a shorter window"
        )));
    }
    let store = st.alerts.lock().unwrap_or_else(|e| e.into_inner());
    let buckets = store.stats(&f, since, until, bucket);
    drop(store);
    Ok(Json(json!({
        "since": since,
        "until": until,
        "bucket_seconds": bucket,
        "buckets": buckets,
    }))
    .into_response())
}

async fn alert_stream(
    State(st): State<Arc<AppState>>,
    caller: Caller,
) -> ApiResult<Sse<impl tokio_stream::Stream<Item = Result<SseEvent, Infallible>>>> {
    caller.require(Role::Viewer)?;
    let rx = st.new_alerts.subscribe();
    let stream = BroadcastStream::new(rx).filter_map(|r| match r {
        Ok(a) => SseEvent::default()
            .event("alert")
            .id(a.id.to_string())
            .json_data(&*a)
            .ok()
            .map(Ok),
        // A slow client skipped some: tell it to reload the list.
        Err(_) => Some(Ok(SseEvent::default().event("lagged").data("reload"))),
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

// === map ===

#[derive(Serialize)]
struct MapEdge {
    #[serde(flatten)]
    row: report::MapRow,
    /// `approved`, `approved-unseen`, `proposed`, `rejected`, or `denied` (traffic that the
    /// policy denied, or would deny in audit mode, and that is not approved).
    state: &'static str,
    /// Denied or would-deny events recorded for this edge.
    denied_events: u64,
}

#[derive(Serialize)]
struct Node {
    id: String,
    external: bool,
    mode: Option<Mode>,
    in_inventory: bool,
}

fn is_denial(v: Verdict) -> bool {
    matches!(v, Verdict::Deny | Verdict::WouldDeny)
}

async fn map(State(st): State<Arc<AppState>>, caller: Caller) -> ApiResult {
    caller.require(Role::Viewer)?;
    blocking(&st, |store| {
        let proposed = store.proposed()?;
        let policy = store.policy()?;
        let view = report::map_view(&proposed, &policy);
        let inventory = store.inventory()?;
        let agent = store.agent_status()?;
        let mut denied: BTreeMap<Edge, u64> = BTreeMap::new();
        for e in store.events(10_000)? {
            if is_denial(e.verdict) {
                *denied.entry(e.edge).or_default() += 1;
            }
        }
        let mut ids: BTreeSet<String> = BTreeSet::new();
        let mut inv_set: BTreeSet<String> = BTreeSet::new();
        if let Some(inv) = &inventory {
            for w in &inv.workloads {
                ids.insert(w.id.to_string());
                inv_set.insert(w.id.to_string());
            }
        }
        for w in policy.modes.keys() {
            ids.insert(w.to_string());
        }
        let mut edges: Vec<MapEdge> = view
            .edges
            .into_iter()
            .map(|row| {
                ids.insert(row.src.to_string());
                ids.insert(row.dst.to_string());
                let n = denied.remove(&row.edge).unwrap_or(0);
                let state = match row.status {
                    EdgeStatus::Approved => "approved",
                    EdgeStatus::ApprovedUnseen => "approved-unseen",
                    EdgeStatus::Rejected => "rejected",
                    EdgeStatus::Pending if n > 0 || row.last_verdict.is_some_and(is_denial) => {
                        "denied"
                    }
                    EdgeStatus::Pending => "proposed",
                };
                MapEdge {
                    row,
                    state,
                    denied_events: n,
                }
            })
            .collect();
        // Denied traffic seen in events but no longer in the proposed map.
        for (edge, n) in denied {
            ids.insert(edge.src.to_string());
            ids.insert(edge.dst.to_string());
            edges.push(MapEdge {
                row: report::MapRow {
                    src: edge.src.clone(),
                    dst: edge.dst.clone(),
                    proto: edge.proto,
                    port: edge.port,
                    status: EdgeStatus::Pending,
                    count: 0,
                    first_seen: None,
                    last_seen: None,
                    last_verdict: Some(Verdict::Deny),
                    external: edge.touches_external(),
                    edge,
                },
                state: "denied",
                denied_events: n,
            });
        }
        let nodes: Vec<Node> = ids
            .into_iter()
            .map(|id| {
                let wl: Option<WorkloadRef> = if id.starts_with("external:") {
                    None
                } else {
                    id.parse().ok()
                };
                Node {
                    external: wl.is_none(),
                    mode: wl.as_ref().map(|w| policy.mode_of(w)),
                    in_inventory: inv_set.contains(&id),
                    id,
                }
            })
            .collect();
        Ok(Json(json!({
            "policy_version": view.policy_version,
            "default_mode": view.default_mode,
            "modes": view.modes,
            "nodes": nodes,
            "edges": edges,
            "agent": agent,
        }))
        .into_response())
    })
    .await
}

async fn map_diff(State(st): State<Arc<AppState>>, caller: Caller) -> ApiResult {
    caller.require(Role::Viewer)?;
    blocking(&st, |store| Ok(Json(store.diff()?).into_response())).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EdgesBody {
    #[serde(default)]
    edges: Vec<String>,
    #[serde(default)]
    all: bool,
}

fn parse_edges(edges: &[String]) -> ApiResult<Vec<Edge>> {
    if edges.len() > 10_000 {
        return Err(ApiError::bad("at most 10000 edges per request"));
    }
    edges
        .iter()
        .map(|e| {
            e.parse::<Edge>()
                .map_err(|err| ApiError::bad(format!("edge {e:?}: {err}")))
        })
        .collect()
}

fn change_json(c: &Change) -> Response {
    let (changed, p) = match c {
        Change::NewVersion(p) => (true, p),
        Change::Unchanged(p) => (false, p),
    };
    Json(json!({
        "changed": changed,
        "version": p.version,
        "by": p.created_by,
        "change": p.change,
    }))
    .into_response()
}

async fn approve(State(st): State<Arc<AppState>>, caller: Caller, body: Bytes) -> ApiResult {
    caller.require(Role::Approver)?;
    let b: EdgesBody = parse_json(&body)?;
    let edges = match (b.all, b.edges.is_empty()) {
        (true, true) => None,
        (false, false) => Some(parse_edges(&b.edges)?),
        (true, false) => return Err(ApiError::bad("give either edges or all, not both")),
        (false, true) => return Err(ApiError::bad("give edges: [...] or all: true")),
    };
    let who = caller.principal.who();
    blocking(&st, move |store| {
        let c = store.approve(&who, edges.as_deref())?;
        tracing::info!(%who, changed = matches!(c, Change::NewVersion(_)), version = c.policy().version, "approve");
        Ok(change_json(&c))
    })
    .await
}

async fn reject(State(st): State<Arc<AppState>>, caller: Caller, body: Bytes) -> ApiResult {
    caller.require(Role::Approver)?;
    let b: EdgesBody = parse_json(&body)?;
    let edges = if b.all {
        if !b.edges.is_empty() {
            return Err(ApiError::bad("give either edges or all, not both"));
        }
        None
    } else if b.edges.is_empty() {
        return Err(ApiError::bad("give edges: [...] or all: true"));
    } else {
        Some(parse_edges(&b.edges)?)
    };
    let who = caller.principal.who();
    blocking(&st, move |store| {
        let edges = match edges {
            Some(e) => e,
            None => store.diff()?.pending.into_iter().map(|p| p.edge).collect(),
        };
        if edges.is_empty() {
            return Err(ApiError::bad("no pending edges to reject"));
        }
        let c = store.reject(&who, &edges)?;
        tracing::info!(%who, edges = edges.len(), "reject");
        Ok(change_json(&c))
    })
    .await
}

async fn history(State(st): State<Arc<AppState>>, caller: Caller) -> ApiResult {
    caller.require(Role::Viewer)?;
    blocking(&st, |store| {
        let mut h = store.history()?;
        h.reverse();
        Ok(Json(json!({ "current": store.policy()?.version, "entries": h })).into_response())
    })
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RollbackBody {
    version: u64,
}

async fn rollback(State(st): State<Arc<AppState>>, caller: Caller, body: Bytes) -> ApiResult {
    caller.require(Role::Approver)?;
    let b: RollbackBody = parse_json(&body)?;
    let who = caller.principal.who();
    blocking(&st, move |store| {
        let c = store.rollback(&who, b.version)?;
        tracing::info!(%who, to = b.version, "rollback");
        Ok(change_json(&c))
    })
    .await
}

async fn modes(State(st): State<Arc<AppState>>, caller: Caller) -> ApiResult {
    caller.require(Role::Viewer)?;
    blocking(&st, |store| {
        let p = store.policy()?;
        Ok(
            Json(json!({ "default": p.default_mode, "modes": p.modes, "version": p.version }))
                .into_response(),
        )
    })
    .await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModeBody {
    mode: Mode,
    #[serde(default)]
    workload: Option<String>,
}

async fn set_mode(State(st): State<Arc<AppState>>, caller: Caller, body: Bytes) -> ApiResult {
    caller.require(Role::Approver)?;
    let b: ModeBody = parse_json(&body)?;
    let w: Option<WorkloadRef> = b
        .workload
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.parse()
                .map_err(|e| ApiError::bad(format!("workload {w:?}: {e}")))
        })
        .transpose()?;
    let who = caller.principal.who();
    blocking(&st, move |store| {
        let c = store.set_mode(&who, w.as_ref(), b.mode)?;
        tracing::info!(%who, mode = %b.mode, workload = ?w.as_ref().map(|w| w.to_string()), "set mode");
        Ok(change_json(&c))
    })
    .await
}

async fn events(
    State(st): State<Arc<AppState>>,
    caller: Caller,
    Query(mut q): Query<HashMap<String, String>>,
) -> ApiResult {
    caller.require(Role::Viewer)?;
    let limit = match q.remove("limit") {
        Some(v) => parse_num::<usize>("limit", &v)?,
        None => 100,
    };
    if limit == 0 || limit > 10_000 {
        return Err(ApiError::bad("limit must be 1 to 10000"));
    }
    no_more_params(&q)?;
    blocking(&st, move |store| {
        let mut ev = store.events(limit)?;
        ev.reverse();
        Ok(Json(json!({ "events": ev })).into_response())
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_checks() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert!(same_origin(&h).is_err(), "no Origin, no Sec-Fetch-Site");
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:8080"),
        );
        assert!(same_origin(&h).is_ok());
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(same_origin(&h).is_err());
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(same_origin(&h).is_ok());
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://evil.example"),
        );
        assert!(same_origin(&h).is_err());
        h.remove(header::ORIGIN);
        assert!(same_origin(&h).is_ok(), "Sec-Fetch-Site: same-origin alone");
    }

    #[test]
    fn alert_bodies() {
        let one =
            r#"{"timestamp":"2026-01-01T00:00:00.000Z","request_id":"r1","action":"blocked"}"#;
        let (ok, bad) = parse_alerts(format!("[{one},{{\"x\":1}}]").as_bytes()).unwrap();
        assert_eq!((ok.len(), bad.len()), (1, 1));
        let (ok, _) = parse_alerts(format!("{one}\n{one}\n").as_bytes()).unwrap();
        assert_eq!(ok.len(), 2);
        assert!(parse_alerts(b"[{").is_err());
        assert!(parse_alerts(b"[]").is_err());
        assert!(parse_alerts(b"\xff").is_err());
    }
}
