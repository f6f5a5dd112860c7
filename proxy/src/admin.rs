//! The admin listener: `/metrics`, `/healthz`, `/readyz`, `POST /reload`.
//!
//! A small Pingora HTTP service on its own address (loopback by default). `/healthz` and
//! `/readyz` are open (kubelet probes reach them and they reveal nothing); `/metrics` and
//! `/reload` require `Authorization: Bearer <admin_token>` whenever a token is configured,
//! and a token is mandatory when the listener is not on loopback.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use async_trait::async_trait;
use http::{header, Method, Response, StatusCode};
use pingora::apps::http_app::ServeHttp;
use pingora::protocols::http::ServerSession;

use crate::rules::{ReloadError, Trigger};
use crate::Shared;

/// The admin HTTP app.
pub struct Admin {
    shared: Arc<Shared>,
}

impl Admin {
    /// An admin app over the shared state.
    pub fn new(shared: Arc<Shared>) -> Self {
        Admin { shared }
    }

    fn authorized(&self, session: &ServerSession) -> bool {
        let Some((_, Some(token))) = &self.shared.settings.admin else {
            return true;
        };
        let given = session
            .req_header()
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or("");
        constant_time_eq(given.trim().as_bytes(), token.as_bytes())
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn reply(status: StatusCode, content_type: &str, body: Vec<u8>) -> Response<Vec<u8>> {
    let len = body.len();
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CONTENT_LENGTH, len)
        .header(header::CACHE_CONTROL, "no-store")
        .body(body)
        .unwrap_or_else(|_| Response::new(Vec::new()))
}

fn json(status: StatusCode, v: &serde_json::Value) -> Response<Vec<u8>> {
    let mut body = v.to_string().into_bytes();
    body.push(b'\n');
    reply(status, "application/json", body)
}

#[async_trait]
impl ServeHttp for Admin {
    async fn response(&self, session: &mut ServerSession) -> Response<Vec<u8>> {
        let method = session.req_header().method.clone();
        let path = session.req_header().uri.path().to_string();
        let s = &self.shared;
        match (method, path.as_str()) {
            (Method::GET, "/healthz") => reply(StatusCode::OK, "text/plain", b"ok\n".to_vec()),
            (Method::GET, "/readyz") => {
                if s.ready.load(Ordering::Acquire) && !s.draining.load(Ordering::Acquire) {
                    reply(StatusCode::OK, "text/plain", b"ready\n".to_vec())
                } else {
                    reply(
                        StatusCode::SERVICE_UNAVAILABLE,
                        "text/plain",
                        b"not ready\n".to_vec(),
                    )
                }
            }
            (Method::GET, "/metrics") | (Method::POST, "/reload") if !self.authorized(session) => {
                json(
                    StatusCode::UNAUTHORIZED,
                    &serde_json::json!({"error": "a valid bearer token is required"}),
                )
            }
            (Method::GET, "/metrics") => reply(
                StatusCode::OK,
                "text/plain; version=0.0.4",
                s.metrics.render().into_bytes(),
            ),
            (Method::POST, "/reload") => match s.rules.reload(Trigger::Admin).await {
                Ok(r) => json(
                    StatusCode::OK,
                    &serde_json::json!({
                        "ok": true,
                        "version": r.version,
                        "rules": r.rules,
                        "changed": r.changed,
                    }),
                ),
                Err(e) => {
                    let errors: Vec<serde_json::Value> = match &e {
                        ReloadError::Load(le) => le
                            .rule_errors()
                            .iter()
                            .map(|re| {
                                serde_json::json!({
                                    "file": re.file,
                                    "line": re.line,
                                    "rule": re.rule,
                                    "reason": re.reason,
                                })
                            })
                            .collect(),
                        ReloadError::Task(_) => Vec::new(),
                    };
                    json(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        &serde_json::json!({
                            "ok": false,
                            "error": e.to_string(),
                            "errors": errors,
                            "version": s.rules.snapshot().version(),
                        }),
                    )
                }
            },
            (_, "/healthz" | "/readyz" | "/metrics" | "/reload") => json(
                StatusCode::METHOD_NOT_ALLOWED,
                &serde_json::json!({"error": "method not allowed"}),
            ),
            _ => json(
                StatusCode::NOT_FOUND,
                &serde_json::json!({"error": "not found"}),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::constant_time_eq;

    #[test]
    fn token_compare() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
    }
}
