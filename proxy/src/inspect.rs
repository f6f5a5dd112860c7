//! From what Pingora received to the engine's [`InspectedRequest`], with the protocol checks
//! that come before any rule.
//!
//! For HTTP/1 the head is re-read from the raw header bytes Pingora kept, so the engine sees
//! header names, order, case and duplicates exactly as the client sent them — including a
//! `Content-Length` Pingora itself drops when `Transfer-Encoding` is present, which is how
//! ambiguous framing is caught. For HTTP/2 it comes from the decoded header map, with the
//! `:authority` presented as `Host`. Inspection always works on this copy; what is forwarded
//! is Pingora's request as received.

use std::mem::MaybeUninit;

use bytes::Bytes;
use pingora::proxy::Session;
use rulesets::{Anomaly, InspectedRequest, Limits, RequestBuilder};

use crate::config::LimitsConfig;
use crate::metrics::Rejection;

/// Facts about the head the proxy needs after the checks.
#[derive(Debug, Clone, Default)]
pub struct HeadFacts {
    /// `Content-Length`, when given.
    pub content_length: Option<u64>,
    /// `Transfer-Encoding: chunked`.
    pub chunked: bool,
    /// `Expect: 100-continue`.
    pub expect_continue: bool,
}

/// The host a request is for: `Host`, else the URI authority (HTTP/2 `:authority`).
pub fn request_host(session: &Session) -> &[u8] {
    let req = session.req_header();
    if let Some(h) = req.headers.get(http::header::HOST) {
        return h.as_bytes();
    }
    req.uri
        .authority()
        .map_or(&[][..], |a| a.as_str().as_bytes())
}

/// Runs the protocol checks and builds the head of the inspected request.
pub fn head(
    session: &Session,
    limits: &LimitsConfig,
    parse_limits: &Limits,
) -> Result<(InspectedRequest, HeadFacts), Rejection> {
    let raw = session
        .as_downstream()
        .as_http1()
        .map(|s| s.get_headers_raw_bytes());
    let (req, facts) = match raw {
        Some(raw) => match head_h1(&raw, limits, parse_limits) {
            Some(r) => r?,
            None => head_from_map(session, limits, parse_limits)?,
        },
        None => head_from_map(session, limits, parse_limits)?,
    };
    if req.anomalies().contains(&Anomaly::TooManyArgs) {
        return Err(Rejection::TooManyArgs);
    }
    Ok((req, facts))
}

/// Checks and records one header; `Err` on a limit or framing problem.
struct HeaderCheck<'l> {
    limits: &'l LimitsConfig,
    count: usize,
    bytes: usize,
    cl: Vec<Option<u64>>,
    te: Vec<bool>,
    facts: HeadFacts,
}

impl<'l> HeaderCheck<'l> {
    fn new(limits: &'l LimitsConfig) -> Self {
        HeaderCheck {
            limits,
            count: 0,
            bytes: 0,
            cl: Vec::new(),
            te: Vec::new(),
            facts: HeadFacts::default(),
        }
    }

    fn add(&mut self, name: &[u8], value: &[u8]) -> Result<(), Rejection> {
        self.count += 1;
        self.bytes += name.len() + value.len();
        if self.count > self.limits.max_header_count {
            return Err(Rejection::TooManyHeaders);
        }
        if self.bytes > self.limits.max_header_bytes {
            return Err(Rejection::HeadersTooLarge);
        }
        if name.eq_ignore_ascii_case(b"content-length") {
            let v = trim(value);
            let n = (!v.is_empty() && v.len() <= 19 && v.iter().all(u8::is_ascii_digit))
                .then(|| std::str::from_utf8(v).ok()?.parse::<u64>().ok())
                .flatten();
            self.cl.push(n);
        } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
            self.te.push(trim(value).eq_ignore_ascii_case(b"chunked"));
        } else if name.eq_ignore_ascii_case(b"expect") {
            self.facts.expect_continue = trim(value).eq_ignore_ascii_case(b"100-continue");
        }
        Ok(())
    }

    /// `http10`: the request is HTTP/1.0, which has no transfer codings (RFC 9112 §6.1: a
    /// receiver treats one as faulty framing; back ends that read the chunks anyway and
    /// those that read to the connection's end disagree on where the request stops).
    fn finish(mut self, http10: bool) -> Result<HeadFacts, Rejection> {
        let framing_ok = matches!(
            (self.cl.as_slice(), self.te.as_slice()),
            ([], []) | ([Some(_)], []) | ([], [true])
        ) && (!http10 || self.te.is_empty());
        if !framing_ok {
            return Err(Rejection::AmbiguousFraming);
        }
        self.facts.content_length = self.cl.first().copied().flatten();
        self.facts.chunked = self.te.first().copied().unwrap_or(false);
        Ok(self.facts)
    }
}

fn head_h1(
    raw: &Bytes,
    limits: &LimitsConfig,
    parse_limits: &Limits,
) -> Option<Result<(InspectedRequest, HeadFacts), Rejection>> {
    // Left uninitialised: httparse writes the ones it uses (zeroing 8 KiB per request was a
    // visible part of this function).
    let mut headers = [const { MaybeUninit::<httparse::Header<'_>>::uninit() }; 256];
    let mut parsed = httparse::Request::new(&mut []);
    // Pingora parsed these very bytes with httparse; if this copy disagrees (Pingora
    // re-escapes some targets), fall back to its header map.
    match parsed.parse_with_uninit_headers(raw, &mut headers) {
        Ok(httparse::Status::Complete(_)) => {}
        _ => return None,
    }
    let target = parsed.path.unwrap_or("/").as_bytes();
    Some((|| {
        if target.len() > limits.max_uri_bytes {
            return Err(Rejection::UriTooLong);
        }
        let mut check = HeaderCheck::new(limits);
        let mut b =
            RequestBuilder::with_capacity(parse_limits.clone(), raw.len(), parsed.headers.len())
                .method(parsed.method.unwrap_or("GET"))
                .uri(target)
                .version(match parsed.version {
                    Some(0) => "HTTP/1.0",
                    _ => "HTTP/1.1",
                });
        for h in parsed.headers.iter() {
            check.add(h.name.as_bytes(), h.value)?;
            b.push_header(h.name.as_bytes(), h.value);
        }
        let facts = check.finish(parsed.version == Some(0))?;
        Ok((b.build(), facts))
    })())
}

fn head_from_map(
    session: &Session,
    limits: &LimitsConfig,
    parse_limits: &Limits,
) -> Result<(InspectedRequest, HeadFacts), Rejection> {
    let req = session.req_header();
    let target = req.raw_path();
    if target.len() > limits.max_uri_bytes {
        return Err(Rejection::UriTooLong);
    }
    let version = match req.version {
        http::Version::HTTP_2 => "HTTP/2.0",
        http::Version::HTTP_10 => "HTTP/1.0",
        _ => "HTTP/1.1",
    };
    let mut check = HeaderCheck::new(limits);
    let bytes = req
        .headers
        .iter()
        .map(|(n, v)| n.as_str().len() + v.len())
        .fold(target.len() + 16, usize::saturating_add);
    let mut b = RequestBuilder::with_capacity(parse_limits.clone(), bytes, req.headers.len() + 1)
        .method(req.method.as_str())
        .uri(target)
        .version(version);
    if !req.headers.contains_key(http::header::HOST) {
        if let Some(a) = req.uri.authority() {
            check.add(b"host", a.as_str().as_bytes())?;
            b.push_header(b"host", a.as_str().as_bytes());
        }
    }
    for (name, value) in req.headers.iter() {
        check.add(name.as_str().as_bytes(), value.as_bytes())?;
        b.push_header(name.as_str().as_bytes(), value.as_bytes());
    }
    let facts = check.finish(req.version == http::Version::HTTP_10)?;
    Ok((b.build(), facts))
}

fn trim(v: &[u8]) -> &[u8] {
    let start = v
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(v.len());
    let end = v
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    v.get(start..end).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h1(raw: &str) -> Result<(InspectedRequest, HeadFacts), Rejection> {
        let limits = LimitsConfig {
            max_header_count: 5,
            max_header_bytes: 200,
            max_uri_bytes: 40,
            ..LimitsConfig::default()
        };
        head_h1(&Bytes::from(raw.to_string()), &limits, &Limits::default()).unwrap()
    }

    #[test]
    fn framing_table() {
        let cases: &[(&str, Option<Rejection>)] = &[
            ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\n", None),
            (
                "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n",
                None,
            ),
            (
                "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
                Some(Rejection::AmbiguousFraming),
            ),
            (
                "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n",
                Some(Rejection::AmbiguousFraming),
            ),
            (
                "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\n\r\n",
                Some(Rejection::AmbiguousFraming),
            ),
            (
                "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n",
                Some(Rejection::AmbiguousFraming),
            ),
            (
                "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
                Some(Rejection::AmbiguousFraming),
            ),
            (
                "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
                Some(Rejection::AmbiguousFraming),
            ),
            (
                "POST / HTTP/1.0\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n",
                Some(Rejection::AmbiguousFraming),
            ),
            ("POST / HTTP/1.0\r\nHost: a\r\nContent-Length: 3\r\n\r\n", None),
            (
                "GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\nHost: a\r\n\r\n",
                Some(Rejection::UriTooLong),
            ),
            (
                "GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nE: 5\r\nF: 6\r\n\r\n",
                Some(Rejection::TooManyHeaders),
            ),
            (
                &format!("GET / HTTP/1.1\r\nA: {}\r\n\r\n", "x".repeat(300)),
                Some(Rejection::HeadersTooLarge),
            ),
        ];
        for (raw, want) in cases {
            let got = h1(raw).err();
            assert_eq!(got, *want, "{raw:?}");
        }
    }

    #[test]
    fn keeps_headers_as_received() {
        let (req, facts) = h1(
            "POST /p?a=1 HTTP/1.1\r\nHost: a\r\nX-Dup: 1\r\nx-dup: 2\r\nExpect: 100-continue\r\nContent-Length: 7\r\n\r\n",
        )
        .unwrap();
        let names: Vec<&str> = req.headers().map(|(n, _)| n).collect();
        assert_eq!(
            names,
            ["Host", "X-Dup", "x-dup", "Expect", "Content-Length"]
        );
        assert_eq!(facts.content_length, Some(7));
        assert!(facts.expect_continue);
        assert_eq!(req.raw_path(), b"/p");
    }
}
