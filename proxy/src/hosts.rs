//! The host allow-list: the names the application answers to, checked in `Host` (or HTTP/2's
//! `:authority`), an absolute-form request target, and the headers proxies write in the
//! place of `Host` (`X-Forwarded-Host`, `Forwarded: host=`, ...).
//!
//! Applications build absolute URLs from these headers: password-reset links, redirects,
//! canonical links, the host of a cached page. A request naming another host is host-header
//! or cache poisoning, or a scanner sweeping virtual hosts; the sidecar answers it `421
//! Misdirected Request` (block mode) or alerts (detect mode) before the application sees it.
//!
//! A Host that names the pod by address passes whatever the list says (with
//! `host_check.pod_addresses`, the default): the address the connection arrived on, and
//! `POD_IP` / `POD_IPS`. That is what kubelet probes and Prometheus scrapes send. `localhost`
//! passes on connections that arrived on a loopback address.
//!
//! ```
//! use proxy::hosts::HostList;
//!
//! let list = HostList::parse(&["shop.example.com".into(), "*.shop.example.com".into()]).unwrap();
//! assert!(list.allows(b"shop.example.com"));
//! assert!(list.allows(b"EU.Shop.Example.com."));
//! assert!(!list.allows(b"shop.example.com.evil.example"));
//! ```

use std::net::IpAddr;

use http::HeaderName;

/// One allowed name.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Name {
    /// `shop.example.com` (lowercase, no trailing dot).
    Exact(String),
    /// `*.example.com`: stored as `.example.com`; any subdomain, not the apex.
    Suffix(String),
}

/// The names a route answers to. `*` alone in the list: any host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostList {
    names: Vec<Name>,
    any: bool,
}

impl HostList {
    /// Checks and folds the configured names. The error says which entry and why.
    pub fn parse(entries: &[String]) -> Result<HostList, String> {
        let mut names = Vec::with_capacity(entries.len());
        let mut any = false;
        for e in entries {
            let e = e.trim();
            if e == "*" {
                any = true;
                continue;
            }
            let (wild, name) = match e.strip_prefix("*.") {
                Some(rest) => (true, rest),
                None => (false, e),
            };
            let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
            if name.is_empty() {
                return Err(format!("`{e}` is empty"));
            }
            if name.contains('*') {
                return Err(format!(
                    "`{e}`: a wildcard is only `*` or a leading `*.` (`*.example.com`)"
                ));
            }
            if let Some(bad) = name.chars().find(|c| {
                !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':' | '[' | ']'))
            }) {
                return Err(format!("`{e}`: `{bad}` cannot be in a host name"));
            }
            let bracketed = name.starts_with('[') && name.ends_with(']');
            let name = if bracketed {
                name.get(1..name.len() - 1).unwrap_or_default().to_string()
            } else {
                name
            };
            let is_ip = name.parse::<IpAddr>().is_ok();
            if !is_ip && name.contains(':') {
                return Err(format!(
                    "`{e}`: write the name without a port (ports are not compared)"
                ));
            }
            if bracketed && !is_ip || !bracketed && name.contains(['[', ']']) {
                return Err(format!("`{e}`: brackets hold an IPv6 address only"));
            }
            names.push(if wild {
                Name::Suffix(format!(".{name}"))
            } else {
                Name::Exact(name)
            });
        }
        Ok(HostList { names, any })
    }

    /// Whether the list lets every host through.
    pub fn is_any(&self) -> bool {
        self.any
    }

    /// Whether `value` (a `Host` value: a name or IP literal, an optional port) is one of
    /// the names. A value that is not a host and port (`a.example:@b.example`) is not.
    pub fn allows(&self, value: &[u8]) -> bool {
        if self.any {
            return true;
        }
        let Some(host) = host_of(value) else {
            return false;
        };
        self.names.iter().any(|n| match n {
            Name::Exact(x) => host.eq_ignore_ascii_case(x.as_bytes()),
            Name::Suffix(s) => is_subdomain(host, s.as_bytes()),
        })
    }
}

/// How requests are checked against the lists (the same for every route).
#[derive(Debug, Clone)]
pub struct HostCheck {
    /// Accept an IP literal naming the pod, and `localhost` on loopback connections.
    pub pod_addresses: bool,
    /// `POD_IP` and `POD_IPS` (comma-separated), read at start.
    pub pod_ips: Vec<IpAddr>,
    /// The headers checked besides `Host` (lowercase). `forwarded` is read for `host=`.
    pub headers: Vec<HeaderName>,
}

/// A name the list does not allow: where it was, and what it said (raw, cut short).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misdirected {
    /// `HEADERS:Host`, `HEADERS:X-Forwarded-Host`, `REQUEST_URI` (an absolute-form target).
    pub target: String,
    /// The value, at most 256 bytes, made printable.
    pub value: String,
}

impl HostCheck {
    /// The default headers: those that frameworks read in place of `Host`.
    pub const DEFAULT_HEADERS: [&'static str; 6] = [
        "X-Forwarded-Host",
        "X-Forwarded-Server",
        "X-Host",
        "X-Original-Host",
        "X-HTTP-Host-Override",
        "Forwarded",
    ];

    /// `POD_IP` and `POD_IPS` from the environment (the downward API), unparsable entries
    /// left out.
    pub fn pod_ips_from_env() -> Vec<IpAddr> {
        let mut ips = Vec::new();
        for var in ["POD_IP", "POD_IPS"] {
            if let Ok(v) = std::env::var(var) {
                for part in v.split(',') {
                    if let Ok(ip) = part.trim().parse::<IpAddr>() {
                        if !ips.contains(&ip) {
                            ips.push(ip);
                        }
                    }
                }
            }
        }
        ips
    }

    /// The first name in the request that `list` does not allow, or `None`.
    ///
    /// `host` is every `Host` value, `authority` the request target's authority (absolute
    /// form, or HTTP/2's `:authority` when there is no `Host`), `local` the address the
    /// connection arrived on.
    pub fn check(
        &self,
        list: &HostList,
        req: &http::request::Parts,
        local: Option<IpAddr>,
    ) -> Option<Misdirected> {
        if list.is_any() {
            return None;
        }
        let ok = |v: &[u8]| list.allows(v) || self.names_pod(v, local);
        let mut saw_host = false;
        for v in req.headers.get_all(http::header::HOST) {
            saw_host = true;
            if !ok(v.as_bytes()) {
                return Some(misdirected("HEADERS:Host".into(), v.as_bytes()));
            }
        }
        if let Some(a) = req.uri.authority() {
            // Userinfo in the authority (`http://shop@evil/`) is never a host of ours.
            if !ok(a.as_str().as_bytes()) || a.as_str().contains('@') {
                let target = if saw_host {
                    "REQUEST_URI"
                } else {
                    "HEADERS::authority"
                };
                return Some(misdirected(target.into(), a.as_str().as_bytes()));
            }
        }
        for name in &self.headers {
            for v in req.headers.get_all(name) {
                let forwarded = name.as_str() == "forwarded";
                let bad = if forwarded {
                    forwarded_hosts(v.as_bytes()).find(|h| !ok(h))
                } else {
                    v.as_bytes()
                        .split(|&b| b == b',')
                        .map(<[u8]>::trim_ascii)
                        .filter(|h| !h.is_empty())
                        .find(|h| !ok(h))
                };
                if let Some(h) = bad {
                    let shown = canonical_name(name);
                    return Some(misdirected(format!("HEADERS:{shown}"), h));
                }
            }
        }
        None
    }

    /// Whether `value` names this pod: its address, or `localhost` on a loopback connection.
    fn names_pod(&self, value: &[u8], local: Option<IpAddr>) -> bool {
        if !self.pod_addresses {
            return false;
        }
        let Some(host) = host_of(value) else {
            return false;
        };
        let Ok(text) = std::str::from_utf8(host) else {
            return false;
        };
        if text.eq_ignore_ascii_case("localhost") {
            return local.is_some_and(|l| l.is_loopback());
        }
        let Ok(ip) = text.parse::<IpAddr>() else {
            return false;
        };
        let ip = ip.to_canonical();
        local.is_some_and(|l| l.to_canonical() == ip) || self.pod_ips.contains(&ip)
    }
}

/// The host of a `Host` value, without port, brackets or a trailing dot; `None` when the value
/// is not a host and an optional numeric port.
fn host_of(value: &[u8]) -> Option<&[u8]> {
    let value = value.trim_ascii();
    let (host, bad_port) = split_port(value);
    if bad_port || host.is_empty() {
        return None;
    }
    let host = match host.strip_prefix(b"[") {
        Some(inner) => inner.strip_suffix(b"]")?,
        None => host,
    };
    let host = host.strip_suffix(b".").unwrap_or(host);
    let valid = !host.is_empty()
        && host
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b':' | b'%'));
    valid.then_some(host)
}

/// `name:port` → (`name`, whether what follows the last `:` is not a port). IPv6 literals
/// keep their colons: `[::1]:80` → `[::1]`; a bare `::1` is left whole.
fn split_port(value: &[u8]) -> (&[u8], bool) {
    if value.first() == Some(&b'[') {
        let Some(end) = value.iter().position(|&b| b == b']') else {
            return (value, true);
        };
        let (host, rest) = value.split_at(end + 1);
        return match rest {
            [] => (host, false),
            [b':', port @ ..] => (host, !port.iter().all(u8::is_ascii_digit) || port.len() > 5),
            _ => (host, true),
        };
    }
    if value.iter().filter(|&&b| b == b':').count() > 1 {
        // A bare IPv6 literal (not valid in Host, but `POD_IP`-style values are compared).
        return (value, false);
    }
    match value.iter().position(|&b| b == b':') {
        Some(i) => {
            let (host, port) = value.split_at(i);
            let port = port.get(1..).unwrap_or_default();
            (host, !port.iter().all(u8::is_ascii_digit) || port.len() > 5)
        }
        None => (value, false),
    }
}

/// The `host=` values of a `Forwarded` header (RFC 7239), unquoted.
fn forwarded_hosts(value: &[u8]) -> impl Iterator<Item = &[u8]> {
    value
        .split(|&b| b == b',' || b == b';')
        .filter_map(|pair| {
            let pair = pair.trim_ascii();
            let eq = pair.iter().position(|&b| b == b'=')?;
            let (k, v) = pair.split_at(eq);
            let v = v.get(1..).unwrap_or_default();
            k.trim_ascii().eq_ignore_ascii_case(b"host").then_some(v)
        })
        .map(|v| {
            let v = v.trim_ascii();
            v.strip_prefix(b"\"")
                .and_then(|v| v.strip_suffix(b"\""))
                .unwrap_or(v)
        })
}

/// Whether `host` ends with `suffix` (`.example.com`, case-insensitive) and has a label
/// before it: `*.example.com` matches any subdomain, not the apex. Routes match the same way.
pub(crate) fn is_subdomain(host: &[u8], suffix: &[u8]) -> bool {
    host.len() > suffix.len()
        && host
            .get(host.len() - suffix.len()..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
}

fn misdirected(target: String, value: &[u8]) -> Misdirected {
    let cut = value.get(..256).unwrap_or(value);
    let value = cut
        .iter()
        .map(|&b| {
            if (0x20..0x7f).contains(&b) {
                char::from(b)
            } else {
                '?'
            }
        })
        .collect();
    Misdirected { target, value }
}

/// `x-forwarded-host` → `X-Forwarded-Host`, as the alert's target.
fn canonical_name(name: &HeaderName) -> String {
    HostCheck::DEFAULT_HEADERS
        .iter()
        .find(|d| d.eq_ignore_ascii_case(name.as_str()))
        .map_or_else(|| name.as_str().to_string(), |d| (*d).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(names: &[&str]) -> HostList {
        HostList::parse(&names.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    fn check() -> HostCheck {
        HostCheck {
            pod_addresses: true,
            pod_ips: vec!["10.244.1.17".parse().unwrap(), "fd00::17".parse().unwrap()],
            headers: HostCheck::DEFAULT_HEADERS
                .iter()
                .map(|h| HeaderName::from_bytes(h.to_ascii_lowercase().as_bytes()).unwrap())
                .collect(),
        }
    }

    fn parts(uri: &str, headers: &[(&str, &str)]) -> http::request::Parts {
        let mut b = http::Request::builder().uri(uri);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(()).unwrap().into_parts().0
    }

    #[test]
    fn names_and_wildcards() {
        let l = list(&[
            "shop.example.com",
            "*.api.example.com",
            "10.0.0.9",
            "[fd00::9]",
        ]);
        for ok in [
            "shop.example.com",
            "SHOP.example.COM:8443",
            "shop.example.com.",
            "eu.api.example.com",
            "a.b.api.example.com:443",
            "10.0.0.9:8080",
            "[fd00::9]:80",
        ] {
            assert!(l.allows(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "api.example.com",
            "evil.example.net",
            "shop.example.com.evil.example.net",
            "xshop.example.com",
            "shop.example.com:@evil.example.net",
            "shop.example.com:evil.example.net",
            "shop.example.com evil",
            "shop.example.com:99999999",
            "",
            "[fd00::9",
        ] {
            assert!(!l.allows(bad.as_bytes()), "{bad}");
        }
        assert!(list(&["*"]).allows(b"anything.example"));
    }

    #[test]
    fn bad_entries_are_named() {
        for (entry, says) in [
            ("", "empty"),
            ("shop.example.com:8443", "without a port"),
            ("shop.*.example.com", "wildcard"),
            ("shop example", "cannot be in a host name"),
            ("https://shop.example.com", "cannot be in a host name"),
        ] {
            let err = HostList::parse(&[entry.to_string()]).unwrap_err();
            assert!(err.contains(says), "{entry}: {err}");
        }
    }

    #[test]
    fn every_place_a_host_is_named() {
        let l = list(&["shop.example.com"]);
        let c = check();
        let local = Some("10.244.1.17".parse().unwrap());
        let pass = [
            parts("/", &[("host", "shop.example.com")]),
            parts("/", &[("host", "10.244.1.17:8080")]),
            parts("/", &[("host", "[fd00::17]:8080")]),
            parts("http://shop.example.com/x", &[("host", "shop.example.com")]),
            parts("https://shop.example.com/x", &[]),
            parts(
                "/",
                &[
                    ("host", "shop.example.com"),
                    ("x-forwarded-host", "shop.example.com, shop.example.com:443"),
                    (
                        "forwarded",
                        "for=203.0.113.9;host=\"shop.example.com\";proto=https",
                    ),
                ],
            ),
        ];
        for p in &pass {
            assert_eq!(c.check(&l, p, local), None, "{p:?}");
        }
        let block = [
            (parts("/", &[("host", "evil.example.net")]), "HEADERS:Host"),
            (parts("/", &[("host", "10.244.1.99")]), "HEADERS:Host"),
            (parts("/", &[("host", "localhost")]), "HEADERS:Host"),
            (
                parts("http://evil.example.net/", &[("host", "shop.example.com")]),
                "REQUEST_URI",
            ),
            (
                parts(
                    "http://shop.example.com@evil.example.net/",
                    &[("host", "shop.example.com")],
                ),
                "REQUEST_URI",
            ),
            (
                parts("https://evil.example.net/", &[]),
                "HEADERS::authority",
            ),
            (
                parts(
                    "/",
                    &[
                        ("host", "shop.example.com"),
                        ("x-forwarded-host", "shop.example.com, evil.example.net"),
                    ],
                ),
                "HEADERS:X-Forwarded-Host",
            ),
            (
                parts(
                    "/",
                    &[
                        ("host", "shop.example.com"),
                        ("x-http-host-override", "evil.example.net"),
                    ],
                ),
                "HEADERS:X-HTTP-Host-Override",
            ),
            (
                parts(
                    "/",
                    &[
                        ("host", "shop.example.com"),
                        (
                            "forwarded",
                            "for=1.2.3.4, host=evil.example.org;proto=https",
                        ),
                    ],
                ),
                "HEADERS:Forwarded",
            ),
        ];
        for (p, target) in &block {
            let m = c.check(&l, p, local).unwrap_or_else(|| panic!("{p:?}"));
            assert_eq!(m.target, *target, "{p:?}");
        }
        // `localhost` is the pod's own name on a loopback connection only.
        let lo = Some("127.0.0.1".parse().unwrap());
        assert_eq!(
            c.check(&l, &parts("/", &[("host", "localhost:15006")]), lo),
            None
        );
        // Without pod addresses, only the list counts.
        let strict = HostCheck {
            pod_addresses: false,
            ..check()
        };
        assert!(strict
            .check(&l, &parts("/", &[("host", "10.244.1.17")]), local)
            .is_some());
        // `*` lets everything through.
        assert_eq!(c.check(&list(&["*"]), &block[0].0, local), None);
    }

    #[test]
    fn the_value_shown_is_cut_and_printable() {
        let m = misdirected("HEADERS:Host".into(), &[b'a'; 300]);
        assert_eq!(m.value.len(), 256);
        let m = misdirected("HEADERS:Host".into(), b"a\x00b\xffc");
        assert_eq!(m.value, "a?b?c");
    }
}
