//! Per-route policy: which mode, paranoia, threshold and exclusions apply to a request,
//! chosen by host and path prefix.
//!
//! Selection: among the routes whose host matches (or that name no host) and whose path
//! prefix starts the raw request path, the one with the longest prefix wins; on a tie a route
//! that names a host beats one that does not, then the first listed wins. No match: the
//! top-level settings.

use std::sync::Arc;

use rulesets::EvalConfig;

use crate::config::Mode;
use crate::hosts::HostList;

/// One route's policy.
#[derive(Debug, Clone)]
pub struct Route {
    /// Lowercase host (`api.example.com` or `*.example.com`); `None` matches any host.
    pub host: Option<String>,
    /// Raw path prefix.
    pub path_prefix: String,
    /// What to do with requests of this route.
    pub mode: Mode,
    /// Paranoia level (also in `eval`).
    pub paranoia: u8,
    /// The names the route answers to; `None`: any host, unchecked.
    pub hosts: Option<Arc<HostList>>,
    /// Evaluation settings handed to the engine.
    pub eval: EvalConfig,
}

impl Route {
    fn host_matches(&self, host: &[u8]) -> bool {
        let Some(want) = &self.host else {
            return true;
        };
        if let Some(suffix) = want.strip_prefix('*') {
            crate::hosts::is_subdomain(host, suffix.as_bytes())
        } else {
            host.eq_ignore_ascii_case(want.as_bytes())
        }
    }
}

/// The routes, checked.
#[derive(Debug)]
pub struct RouteTable {
    /// The top-level policy (used when no route matches).
    pub default: Route,
    /// The configured routes, in file order.
    pub routes: Vec<Route>,
}

impl RouteTable {
    /// A table over the top-level policy and the routes.
    pub fn new(default: Route, routes: Vec<Route>) -> Self {
        RouteTable { default, routes }
    }

    /// The policy for a request. `host` is the `Host` header or `:authority` (a port is
    /// ignored), `path` the raw path.
    pub fn select(&self, host: &[u8], path: &[u8]) -> &Route {
        let host = strip_port(host);
        let mut best: Option<&Route> = None;
        for r in &self.routes {
            if !path.starts_with(r.path_prefix.as_bytes()) || !r.host_matches(host) {
                continue;
            }
            best = match best {
                None => Some(r),
                Some(b) => {
                    let longer = r.path_prefix.len() > b.path_prefix.len();
                    let same = r.path_prefix.len() == b.path_prefix.len();
                    if longer || (same && r.host.is_some() && b.host.is_none()) {
                        Some(r)
                    } else {
                        Some(b)
                    }
                }
            };
        }
        best.unwrap_or(&self.default)
    }

    /// Whether every route (and the default) is in `off` mode.
    pub fn all_off(&self) -> bool {
        self.default.mode == Mode::Off && self.routes.iter().all(|r| r.mode == Mode::Off)
    }
}

/// `host:port` → `host`; `[v6]:port` → `[v6]`.
fn strip_port(host: &[u8]) -> &[u8] {
    if host.first() == Some(&b'[') {
        return match host.iter().position(|&b| b == b']') {
            Some(end) => host.get(..=end).unwrap_or(host),
            None => host,
        };
    }
    match host.iter().rposition(|&b| b == b':') {
        Some(i) => host.get(..i).unwrap_or(host),
        None => host,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(host: Option<&str>, prefix: &str, paranoia: u8) -> Route {
        Route {
            host: host.map(str::to_string),
            path_prefix: prefix.into(),
            mode: Mode::Block,
            paranoia,
            hosts: None,
            eval: EvalConfig::default(),
        }
    }

    #[test]
    fn selection_table() {
        let t = RouteTable::new(
            route(None, "/", 1),
            vec![
                route(None, "/api", 2),
                route(Some("shop.example"), "/api", 3),
                route(None, "/api/upload", 4),
                route(Some("*.example"), "/", 5),
            ],
        );
        let cases: &[(&str, &str, u8)] = &[
            ("other", "/", 1),
            ("other", "/api/x", 2),
            ("shop.example", "/api/x", 3),
            ("SHOP.example:8443", "/api/x", 3),
            ("shop.example", "/api/upload/1", 4),
            ("a.example", "/index", 5),
            ("example", "/index", 1),
            ("[::1]:80", "/api", 2),
        ];
        for &(host, path, want) in cases {
            assert_eq!(
                t.select(host.as_bytes(), path.as_bytes()).paranoia,
                want,
                "{host} {path}"
            );
        }
    }
}
