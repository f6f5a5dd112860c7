//! Detectors (tokenizer-based value matchers) and request-level checks.
//!
//! A detector judges one value, like a regex does, but by tokenizing it: libinjection's SQL
//! fingerprinting tells `1' or '1'='1` from "it's or not", which no literal can. A check
//! judges the request as a whole (framing headers, missing headers, parser anomalies).

use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::request::{Anomaly, InspectedRequest, Part};

/// A tokenizer-based value detector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detector {
    /// libinjection SQL injection fingerprinting.
    Sqli,
    /// libinjection HTML/JS injection detection.
    Xss,
    /// A whole HTML document (rich text, an e-mail body) that would run script when rendered
    /// (`crate::html`); values that are not documents never match.
    HtmlDocument,
}

impl Detector {
    /// Parses the rule-file name.
    pub fn parse(s: &str) -> Option<Detector> {
        match s {
            "sqli" => Some(Detector::Sqli),
            "xss" => Some(Detector::Xss),
            "html-document" => Some(Detector::HtmlDocument),
            _ => None,
        }
    }

    /// Judges one value. On a match, returns a short description (the SQL fingerprint).
    ///
    /// The detectors are third-party code: a panic inside one is caught and counted as no
    /// match, so hostile input can never take the data path down.
    pub fn detect(self, value: &[u8]) -> Option<String> {
        if value.is_empty() {
            return None;
        }
        catch_unwind(AssertUnwindSafe(|| match self {
            // A token of base64url letters (a session id, a CSRF token) holds no SQL a
            // server could run: libinjection reads `2-dK9iLE89…--YUHW` as a number, an
            // operator and a comment.
            Detector::Sqli if is_token(value) => None,
            Detector::Sqli => {
                let r = libinjectionrs::detect_sqli(value);
                r.is_injection().then(|| {
                    r.fingerprint
                        .map(|f| format!("sqli fingerprint {f}"))
                        .unwrap_or_else(|| "sqli".to_string())
                })
            }
            Detector::HtmlDocument => crate::html::is_document(value)
                .then(|| crate::html::document_runs_script(value))
                .flatten()
                .map(|why| format!("html document: {why}")),
            Detector::Xss => libinjectionrs::detect_xss(&without_doctype(value))
                .is_injection()
                .then(|| "xss".to_string()),
        }))
        .ok()
        .flatten()
    }
}

/// The value with each `<!DOCTYPE` opener blunted (`<` → space): libinjection counts a
/// document type declaration as script, and browsers' "Unexpected token '<', "<!DOCTYPE "...
/// is not valid JSON" is the commonest message of front-end error reports. A declaration
/// runs nothing; what follows it is still read (`<!DOCTYPE html><script>` is found).
fn without_doctype(value: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    const OPENER: &[u8] = b"<!doctype";
    let has = |v: &[u8]| {
        v.windows(OPENER.len())
            .any(|w| w.eq_ignore_ascii_case(OPENER))
    };
    if memchr::memmem::find(value, b"<!").is_none() || !has(value) {
        return std::borrow::Cow::Borrowed(value);
    }
    let mut out = value.to_vec();
    let mut i = 0;
    while let Some(w) = out.get(i..i + OPENER.len()) {
        if w.eq_ignore_ascii_case(OPENER) {
            if let Some(b) = out.get_mut(i) {
                *b = b' ';
            }
        }
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

/// Whether a value is one token of 12 or more base64url characters (letters, digits, `-`, `_`).
fn is_token(value: &[u8]) -> bool {
    value.len() >= 12
        && value
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A request-level check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// Both `Content-Length` and `Transfer-Encoding`: the classic smuggling ambiguity.
    ClAndTe,
    /// More than one `Content-Length` (or a list in one), or a non-numeric one.
    BadContentLength,
    /// `Transfer-Encoding` repeated, or anything but a single `chunked`.
    BadTransferEncoding,
    /// The header is absent.
    MissingHeader(String),
    /// The header is present with an empty value.
    EmptyHeader(String),
    /// The header appears more than once.
    DuplicateHeader(String),
    /// `GET` or `HEAD` announcing a body.
    BodyOnGet,
    /// A body without a `Content-Type`.
    BodyWithoutType,
    /// A `charset` in `Content-Type` that is not a common ASCII-compatible one (UTF-7 and
    /// UTF-16 smuggle payloads past byte matching), or more than one `charset` (a parser
    /// and a WAF may pick different ones), even hidden in another parameter's value.
    BadCharset,
    /// A `Range` / `Request-Range` header that does not parse, or with a range whose end is
    /// before its start (used to probe and crash servers).
    BadRange,
    /// A request target in absolute form (`GET http://host/path`) whose host is not the
    /// `Host` header's (or with no `Host` at all): the application or a proxy behind it may
    /// route by the target's authority while every host-based decision before it (routes,
    /// exclusions, the `Host` rules) looked at the header.
    AbsoluteTargetHost,
    /// A query argument with one of these names (any case) in a request whose `Referer` is
    /// another host's: a session identifier in a link from elsewhere, session fixation's
    /// delivery (for frameworks that put the identifier in their own links).
    OffsiteSessionParam(Vec<String>),
    /// One of these names as a urlencoded or multipart form field of a request whose
    /// `Referer` names another host: the form another site posts to hand a fixed session
    /// to the application (CRS 943110's condition, in the body).
    OffsiteSessionForm(Vec<String>),
    /// A query argument with one of these names whose value is an absolute `http(s)` URL on
    /// another site than the `Host` header's (sites compared by their registrable part,
    /// `shop.example.com` and `example.com` being one): a redirect target that leaves the
    /// site, the open redirect phishing relies on.
    OffsiteRedirect(Vec<String>),
    /// The same, where the URL's host spells the request's site as whole labels before more
    /// of its own (`example.com.evil.example`, `example.com-login.evil.example`): a look-alike
    /// built to pass a prefix or substring check of the redirect target.
    LookalikeRedirect(Vec<String>),
    /// An `X-Original-URL` or `X-Rewrite-URL` header holding a bare path other than the request
    /// target's: the form IIS's URL Rewrite and Symfony read to serve another resource than
    /// the request line names (`GET /` with `X-Original-URL: /admin`). A proxy that records the
    /// target it received (Azure App Service) repeats the request line's.
    UrlOverridePath,
    /// A `GET` or `HEAD` request that asks, in a method-override header
    /// (`X-HTTP-Method-Override`, `X-HTTP-Method`, `X-Method-Override`) or query argument
    /// (`_method`, `x-http-method`, …), to be handled as another method. Clients tunnel
    /// methods through `POST`; a safe method that turns into `DELETE` on the server slips
    /// past CSRF defences and method rules that trust `GET`.
    SafeMethodOverride,
    /// A parser anomaly whose name starts with the given prefix.
    Anomaly(String),
}

/// Header and query-argument names frameworks read a method override from.
const METHOD_OVERRIDES: &[&str] = &[
    "x-http-method-override",
    "x-http-method",
    "x-method-override",
    "_method",
];

/// The most significant digits a `Content-Length` may have (see [`Check::run`]).
const MAX_LENGTH_DIGITS: usize = 18;

impl Check {
    /// Parses `name` or `name:arg`.
    pub fn parse(s: &str) -> Result<Check, String> {
        let (name, arg) = match s.split_once(':') {
            Some((n, a)) => (n, Some(a)),
            None => (s, None),
        };
        let need = |a: Option<&str>| -> Result<String, String> {
            a.filter(|a| !a.is_empty())
                .map(str::to_string)
                .ok_or_else(|| format!("check `{name}` needs an argument, e.g. `{name}:Host`"))
        };
        match name {
            "cl-and-te" => Ok(Check::ClAndTe),
            "bad-content-length" => Ok(Check::BadContentLength),
            "bad-transfer-encoding" => Ok(Check::BadTransferEncoding),
            "missing-header" => Ok(Check::MissingHeader(need(arg)?)),
            "empty-header" => Ok(Check::EmptyHeader(need(arg)?)),
            "duplicate-header" => Ok(Check::DuplicateHeader(need(arg)?)),
            "body-on-get" => Ok(Check::BodyOnGet),
            "body-without-type" => Ok(Check::BodyWithoutType),
            "bad-charset" => Ok(Check::BadCharset),
            "bad-range" => Ok(Check::BadRange),
            "absolute-target-host" => Ok(Check::AbsoluteTargetHost),
            "safe-method-override" => Ok(Check::SafeMethodOverride),
            "url-override-path" => Ok(Check::UrlOverridePath),
            "offsite-session-param" => Ok(Check::OffsiteSessionParam(names(&need(arg)?))),
            "offsite-session-form" => Ok(Check::OffsiteSessionForm(names(&need(arg)?))),
            "offsite-redirect" => Ok(Check::OffsiteRedirect(names(&need(arg)?))),
            "lookalike-redirect" => Ok(Check::LookalikeRedirect(names(&need(arg)?))),
            "anomaly" => {
                let a = need(arg)?;
                if Anomaly::ALL.iter().any(|an| an.as_str().starts_with(&a)) {
                    Ok(Check::Anomaly(a))
                } else {
                    Err(format!(
                        "no anomaly starts with `{a}`; known: {}",
                        Anomaly::ALL.map(Anomaly::as_str).join(", ")
                    ))
                }
            }
            _ => Err(format!(
                "unknown check `{name}`; known: cl-and-te, bad-content-length, \
                 bad-transfer-encoding, missing-header:NAME, empty-header:NAME, \
                 duplicate-header:NAME, body-on-get, body-without-type, bad-charset, bad-range, \
                 absolute-target-host, safe-method-override, offsite-session-param:NAMES, \
                 offsite-session-form:NAMES, \
                 offsite-redirect:NAMES, lookalike-redirect:NAMES, url-override-path, \
                 anomaly:NAME"
            )),
        }
    }

    /// Whether the check needs the body (runs in the body phase).
    pub fn is_body(&self) -> bool {
        match self {
            Check::Anomaly(a) => Anomaly::ALL
                .iter()
                .filter(|an| an.as_str().starts_with(a.as_str()))
                .all(|an| an.is_body()),
            Check::OffsiteSessionForm(_) => true,
            _ => false,
        }
    }

    /// Runs the check; on a match, a short description of what was found.
    ///
    /// A `Content-Length` of more digits than [`MAX_LENGTH_DIGITS`] (past 10^18 bytes) is not
    /// one number a server and the proxy before it read the same way.
    pub fn run(&self, req: &InspectedRequest, body_phase: bool) -> Option<String> {
        let count = |n: &str| req.header_values(n).count();
        match self {
            Check::ClAndTe => (count("content-length") > 0 && count("transfer-encoding") > 0)
                .then(|| "Content-Length with Transfer-Encoding".to_string()),
            Check::BadContentLength => {
                let values: Vec<&[u8]> = req.header_values("content-length").collect();
                // (More than 18 significant digits overflows the 64-bit integers servers and
                // proxies read it into, each wrapping or saturating its own way.)
                let overflows =
                    |v: &[u8]| v.iter().skip_while(|&&b| b == b'0').count() > MAX_LENGTH_DIGITS;
                let bad = values.len() > 1
                    || values.iter().any(|v| {
                        let v = crate::normalize::trim(v);
                        v.is_empty() || !v.iter().all(u8::is_ascii_digit) || overflows(&v)
                    });
                bad.then(|| format!("{} Content-Length value(s), not one number", values.len()))
            }
            Check::BadTransferEncoding => {
                let values: Vec<&[u8]> = req.header_values("transfer-encoding").collect();
                let bad = values.len() > 1
                    || values.first().is_some_and(|v| {
                        !crate::normalize::trim(v).eq_ignore_ascii_case(b"chunked")
                    });
                // HTTP/1.0 has no transfer codings: RFC 9112 §6.1 has a receiver treat the
                // framing as faulty, and servers that read the chunks anyway disagree with
                // those that read to the connection's end (a smuggled request after them).
                let http10 = !values.is_empty() && req.version().eq_ignore_ascii_case(b"HTTP/1.0");
                if http10 {
                    Some("Transfer-Encoding in an HTTP/1.0 request".to_string())
                } else {
                    bad.then(|| "Transfer-Encoding other than one `chunked`".to_string())
                }
            }
            Check::MissingHeader(h) => (count(h) == 0).then(|| format!("no {h} header")),
            Check::EmptyHeader(h) => req
                .header_values(h)
                .any(|v| crate::normalize::trim(v).is_empty())
                .then(|| format!("empty {h} header")),
            Check::DuplicateHeader(h) => {
                (count(h) > 1).then(|| format!("{} {h} headers", count(h)))
            }
            Check::BodyOnGet => {
                let m = req.method();
                let announces = req
                    .header_values("content-length")
                    .any(|v| crate::normalize::trim(v).as_ref() != b"0")
                    || count("transfer-encoding") > 0;
                let get = m.eq_ignore_ascii_case(b"GET");
                ((get || m.eq_ignore_ascii_case(b"HEAD"))
                    && announces
                    && !(get && is_search_api(req.raw_path())))
                .then(|| "body on GET/HEAD".to_string())
            }
            Check::BodyWithoutType => {
                let announces = req
                    .header_values("content-length")
                    .any(|v| crate::normalize::trim(v).as_ref() != b"0")
                    || count("transfer-encoding") > 0
                    || !req.body().is_empty();
                (announces && count("content-type") == 0)
                    .then(|| "body without Content-Type".to_string())
            }
            Check::BadCharset => req.header_values("content-type").find_map(|v| {
                let v = String::from_utf8_lossy(v).to_ascii_lowercase();
                match charsets(&v).as_slice() {
                    [] => None,
                    [one] if SAFE_CHARSETS.contains(one) || TRANSCODED_CHARSETS.contains(one) => {
                        None
                    }
                    [one] => Some(format!("charset {one}")),
                    many => Some(format!("{} charsets: {}", many.len(), many.join(", "))),
                }
            }),
            Check::BadRange => ["range", "request-range"].iter().find_map(|h| {
                req.header_values(h).find_map(|v| {
                    let v = String::from_utf8_lossy(v);
                    bad_range(&v)
                        .then(|| format!("{h}: {}", v.chars().take(60).collect::<String>()))
                })
            }),
            Check::AbsoluteTargetHost => {
                let target = target_host(req.uri())?;
                let hosts: Vec<&[u8]> = req.header_values("host").collect();
                (!host_is(&hosts, target)).then(|| {
                    format!(
                        "target host {} but Host {}",
                        shown(target),
                        match hosts.as_slice() {
                            [] => "absent".to_string(),
                            [h] => shown(h),
                            many => format!("repeated {} times", many.len()),
                        }
                    )
                })
            }
            Check::OffsiteSessionParam(names) | Check::OffsiteSessionForm(names) => {
                // (The Referer first: most requests have none, or the application's own.)
                let referer = req.header_values("referer").next()?;
                let from = target_host(referer)?;
                let hosts: Vec<&[u8]> = req.header_values("host").collect();
                if host_is(&hosts, from) {
                    return None;
                }
                let (items, part) = match self {
                    Check::OffsiteSessionForm(_) => (req.body_items(), Part::ArgPostName),
                    _ => (req.head_items(), Part::ArgGetName),
                };
                let item = items.iter().find(|i| {
                    i.part == part && names.iter().any(|n| n.eq_ignore_ascii_case(req.name(i)))
                })?;
                Some(format!(
                    "{} with Referer host {}",
                    req.name(item),
                    shown(from)
                ))
            }
            Check::OffsiteRedirect(names) | Check::LookalikeRedirect(names) => {
                let lookalike = matches!(self, Check::LookalikeRedirect(_));
                let hosts: Vec<&[u8]> = req.header_values("host").collect();
                let [host] = hosts.as_slice() else {
                    return None;
                };
                let ours = site(host_only(host));
                if ours.is_empty() {
                    return None;
                }
                req.head_items()
                    .iter()
                    .filter(|i| {
                        i.part == Part::ArgGet
                            && names.iter().any(|n| n.eq_ignore_ascii_case(req.name(i)))
                    })
                    .find_map(|i| {
                        // As the application reads it (decoded once), and decoded until
                        // stable (a client that encoded it twice): the host differs where an
                        // encoded `/` hides in the authority (`app.example.com%2F%2F@evil`).
                        let sent = req.value(i);
                        let multi = crate::normalize::url_decode_multi(sent);
                        let found = [sent, &multi[..]].into_iter().find_map(|v| {
                            let to = redirect_host(v)?;
                            let leaves = !site(to).eq_ignore_ascii_case(ours);
                            let imitates = spells(to, ours) || disguised(v, ours);
                            (leaves && (!lookalike || imitates)).then(|| {
                                format!(
                                    "{}= to host {} (Host {})",
                                    req.name(i),
                                    shown(to),
                                    shown(host)
                                )
                            })
                        });
                        found
                    })
            }
            Check::UrlOverridePath => ["x-original-url", "x-rewrite-url"].iter().find_map(|h| {
                req.header_values(h).find_map(|v| {
                    let v = v.trim_ascii();
                    (v.first() == Some(&b'/') && v != req.uri().trim_ascii())
                        .then(|| format!("{h}: {}", shown(v)))
                })
            }),
            Check::SafeMethodOverride => {
                let m = req.method();
                if !(m.eq_ignore_ascii_case(b"GET") || m.eq_ignore_ascii_case(b"HEAD")) {
                    return None;
                }
                let other = |v: &[u8]| {
                    let v = crate::normalize::trim(v);
                    !v.is_empty()
                        && !v.eq_ignore_ascii_case(b"GET")
                        && !v.eq_ignore_ascii_case(b"HEAD")
                };
                let header = METHOD_OVERRIDES.iter().find_map(|h| {
                    req.header_values(h)
                        .find(|v| other(v))
                        .map(|v| format!("{} {h}: {}", shown(m), shown(v)))
                });
                header.or_else(|| {
                    req.head_items()
                        .iter()
                        .filter(|i| {
                            i.part == Part::ArgGet
                                && METHOD_OVERRIDES
                                    .iter()
                                    .any(|n| n.eq_ignore_ascii_case(req.name(i)))
                        })
                        .find_map(|i| {
                            let v = req.value(i);
                            other(v).then(|| format!("{} ?{}={}", shown(m), req.name(i), shown(v)))
                        })
                })
            }
            Check::Anomaly(prefix) => req
                .anomalies()
                .iter()
                .find(|a| a.as_str().starts_with(prefix.as_str()) && a.is_body() == body_phase)
                .map(|a| format!("anomaly {a}")),
        }
    }
}

/// Every `charset=` value in a lowercased Content-Type, a parameter's or one hidden inside
/// another parameter's value: `bad-charset` refuses more than one, and the body's UTF-16
/// detection (`body::utf16_order`) reads the same one that check allowed.
pub(crate) fn charsets(content_type: &str) -> Vec<&str> {
    content_type
        .match_indices("charset")
        .filter_map(|(i, _)| {
            let rest = content_type.get(i + 7..)?.trim_start().strip_prefix('=')?;
            let rest = rest.trim_start().trim_start_matches(['"', '\'']);
            let end = rest
                .find(|c: char| c == '"' || c == '\'' || c == ';' || c == ',' || c.is_whitespace())
                .unwrap_or(rest.len());
            rest.get(..end)
        })
        .collect()
}

/// UTF-16 bodies are transcoded to UTF-8 before inspection (`body::utf16_order`); a body
/// that declares one of these and is not UTF-16 gets `Anomaly::CharsetMismatch`.
const TRANSCODED_CHARSETS: &[&str] = &["utf-16", "utf-16le", "utf-16be"];

/// Charsets in which the ASCII an application reads is ASCII the WAF sees: every ASCII byte
/// stands for itself, and no run of ASCII bytes stands for anything else. The raw bytes a
/// byte-matching WAF judges then hold every ASCII character an application that honours the
/// charset reads, and perhaps more. That holds for the single-byte ISO-8859, Windows and KOI8
/// charsets, for EUC (trail bytes ≥ 0xA1), and also for Shift_JIS, GBK, GB18030 and Big5,
/// whose trail bytes may be ASCII (`\x95\x7c` is one kanji): an application that decodes
/// them sees fewer ASCII characters than the WAF, never others (GBK's `\xbf\x27` leaves the
/// quote that the WAF judges). Not on the list: UTF-7, HZ, ISO-2022 (ASCII runs that stand
/// for other characters), UTF-32, EBCDIC (ASCII not ASCII).
const SAFE_CHARSETS: &[&str] = &[
    "utf-8",
    "utf8",
    "us-ascii",
    "ascii",
    "iso-8859-1",
    "iso-8859-2",
    "iso-8859-3",
    "iso-8859-4",
    "iso-8859-5",
    "iso-8859-6",
    "iso-8859-7",
    "iso-8859-8",
    "iso-8859-9",
    "iso-8859-10",
    "iso-8859-13",
    "iso-8859-14",
    "iso-8859-15",
    "iso-8859-16",
    "latin1",
    "latin2",
    "windows-1250",
    "windows-1251",
    "windows-1252",
    "windows-1253",
    "windows-1254",
    "windows-1255",
    "windows-1256",
    "windows-1257",
    "windows-1258",
    "windows-874",
    "tis-620",
    "koi8-r",
    "koi8-u",
    "euc-jp",
    "euc-kr",
    "euc-tw",
    "gb2312",
    "gbk",
    "gb18030",
    "cp936",
    "big5",
    "big5-hkscs",
    "cp950",
    "shift_jis",
    "shift-jis",
    "sjis",
    "x-sjis",
    "windows-31j",
    "cp932",
    "ms932",
    "cp949",
];

/// Whether a path (without its query) is one of Elasticsearch's and OpenSearch's search APIs
/// (`/logs-*/_search`, `/_count`, `/_sql`), whose documented form is a GET with a JSON query
/// as its body.
fn is_search_api(path: &[u8]) -> bool {
    const APIS: &[&[u8]] = &[
        b"_search",
        b"_msearch",
        b"_count",
        b"_validate",
        b"_explain",
        b"_field_caps",
        b"_mget",
        b"_sql",
        b"_async_search",
        b"_eql",
        b"_terms_enum",
        b"_knn_search",
        b"_termvectors",
        b"_mtermvectors",
        b"_rank_eval",
        b"_render",
    ];
    path.split(|&b| b == b'/')
        .any(|seg| APIS.iter().any(|api| seg.eq_ignore_ascii_case(api)))
}

/// The host of an absolute-form request target (`http://user@Host:80/x` → `Host`), or
/// `None` when the target is in origin form (`/x`), `*`, or has no authority.
fn target_host(uri: &[u8]) -> Option<&[u8]> {
    authority_host(crate::request::after_scheme(uri)?, b"/?#")
}

/// The host of the authority that starts `rest` (what follows `scheme://`) and ends at the
/// first of `ends`; userinfo ends at the last `@` (a password may hold one).
fn authority_host<'a>(rest: &'a [u8], ends: &[u8]) -> Option<&'a [u8]> {
    let end = rest
        .iter()
        .position(|b| ends.contains(b))
        .unwrap_or(rest.len());
    let authority = rest.get(..end)?;
    let hostport = match authority.iter().rposition(|&b| b == b'@') {
        Some(at) => authority.get(at + 1..)?,
        None => authority,
    };
    Some(host_only(hostport))
}

/// A check argument's comma-separated names.
fn names(arg: &str) -> Vec<String> {
    arg.split(',')
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

/// The host of an absolute `http(s)` URL as a browser reads it: the authority ends at `/`,
/// `\\`, `?` or `#`, and userinfo at its last `@` (`https://evil.example\\@shop.example` goes
/// to `evil.example`).
fn redirect_host(v: &[u8]) -> Option<&[u8]> {
    let v = v.trim_ascii();
    let rest = [b"http://".as_slice(), b"https://"].iter().find_map(|p| {
        v.get(..p.len())
            .filter(|s| s.eq_ignore_ascii_case(p))
            .and_then(|_| v.get(p.len()..))
    })?;
    authority_host(rest, b"/\\?#").filter(|h| !h.is_empty())
}

/// A host's site: its last two labels, or three under a country's second-level domain
/// (`shop.example.co.uk` → `example.co.uk`); an address literal or a single label is its own.
fn site(host: &[u8]) -> &[u8] {
    if host.first() == Some(&b'[') || host.iter().all(|b| b.is_ascii_digit() || *b == b'.') {
        return host;
    }
    let dots: Vec<usize> = memchr::memchr_iter(b'.', host).collect();
    let label_start = |k: usize| -> usize {
        // The start of the k-th label from the right (k = 1: the last).
        match dots.len().checked_sub(k) {
            Some(d) => dots.get(d).map_or(0, |&p| p + 1),
            None => 0,
        }
    };
    let tld = host.get(label_start(1)..).unwrap_or_default();
    let second = host
        .get(label_start(2)..label_start(1).saturating_sub(1))
        .unwrap_or_default();
    let country_sld = tld.len() == 2
        && [
            &b"co"[..],
            b"com",
            b"net",
            b"org",
            b"gov",
            b"ac",
            b"edu",
            b"ne",
            b"or",
            b"go",
        ]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(second));
    let start = if country_sld {
        label_start(3)
    } else {
        label_start(2)
    };
    host.get(start..).unwrap_or(host)
}

/// Whether an absolute URL names `site` where a substring or suffix check of the target
/// would find it, though the browser goes elsewhere: in the userinfo
/// (`https://app.example.com%2F%2F@evil.example/`) or right after the authority behind an
/// `@` or a `.` (`https://evil.example#@app.example.com`, `https://evil.example?.app.example.com`).
fn disguised(url: &[u8], site: &[u8]) -> bool {
    let Some(rest) = crate::request::after_scheme(url) else {
        return false;
    };
    let end = rest
        .iter()
        .position(|b| b"/\\?#".contains(b))
        .unwrap_or(rest.len());
    let (authority, after) = rest.split_at(end);
    let names = |text: &[u8]| {
        memchr::memmem::find(&text.to_ascii_lowercase(), &site.to_ascii_lowercase()).is_some()
    };
    let userinfo = authority
        .iter()
        .rposition(|&b| b == b'@')
        .and_then(|at| authority.get(..at));
    if userinfo.is_some_and(names) {
        return true;
    }
    let tail = after.get(..after.len().min(128)).unwrap_or_default();
    let mark = tail
        .iter()
        .position(|b| !b"/\\?#".contains(b))
        .and_then(|p| tail.get(p));
    matches!(mark, Some(b'@' | b'.')) && names(tail)
}

/// Whether `host` holds `site` as whole labels followed by more of its own (`.` or `-`) —
/// more than a country code: `example.com.au` is the same company's Australian site.
fn spells(host: &[u8], site: &[u8]) -> bool {
    let lower = host.to_ascii_lowercase();
    let site = site.to_ascii_lowercase();
    memchr::memmem::find_iter(&lower, &site).any(|p| {
        let rest = lower.get(p + site.len()..).unwrap_or_default();
        let country = rest.len() == 3
            && rest.first() == Some(&b'.')
            && rest.iter().skip(1).all(u8::is_ascii_alphabetic);
        (p == 0 || lower.get(p - 1) == Some(&b'.'))
            && matches!(rest.first(), Some(b'.' | b'-'))
            && !country
    })
}

/// Whether the request's `Host` headers are one that names `host` (port, case and a trailing
/// dot aside).
fn host_is(hosts: &[&[u8]], host: &[u8]) -> bool {
    matches!(hosts, [h] if host_only(h).eq_ignore_ascii_case(host))
}

/// `bytes` as a match description shows them: lossy UTF-8, at most 60 characters.
fn shown(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).chars().take(60).collect()
}

/// A `host[:port]` value without its port and a trailing dot (`[::1]:80` → `[::1]`).
fn host_only(v: &[u8]) -> &[u8] {
    let v: &[u8] = match v.trim_ascii() {
        v if v.first() == Some(&b'[') => match v.iter().position(|&b| b == b']') {
            Some(close) => v.get(..=close).unwrap_or(v),
            None => v,
        },
        v => match v.iter().rposition(|&b| b == b':') {
            Some(colon)
                if v.get(colon + 1..)
                    .is_some_and(|p| p.iter().all(u8::is_ascii_digit)) =>
            {
                v.get(..colon).unwrap_or(v)
            }
            _ => v,
        },
    };
    v.strip_suffix(b".").unwrap_or(v)
}

/// Whether a byte-range header is malformed or has a range ending before it starts.
fn bad_range(v: &str) -> bool {
    let v = v.trim();
    let spec = match v.split_once('=') {
        // `bytes=…`, and other units (`items=0-24`, RFC 9110 allows any token).
        Some((unit, spec))
            if !unit.is_empty()
                && unit
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_') =>
        {
            spec
        }
        Some(_) => return true,
        // PostgREST's pagination, `Range: 0-24` beside `Range-Unit: items`: one range, no unit.
        None if !v.contains(',') => v,
        None => return true,
    };
    spec.split(',')
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .any(|r| {
            let Some((a, b)) = r.split_once('-') else {
                return true;
            };
            let (a, b) = (a.trim(), b.trim());
            let num = |s: &str| {
                (!s.is_empty() && s.len() <= 19 && s.bytes().all(|c| c.is_ascii_digit()))
                    .then(|| s.parse::<u64>().ok())
                    .flatten()
            };
            match (num(a), num(b)) {
                (Some(x), Some(y)) => y < x,
                (Some(_), None) => !b.is_empty(),
                (None, Some(_)) => !a.is_empty(),
                (None, None) => true,
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_target_host_is_compared_with_the_host_header() {
        assert_eq!(target_host(b"http://a.example/x"), Some(&b"a.example"[..]));
        assert_eq!(
            target_host(b"HTTPS://u:p@w@B.example.:443"),
            Some(&b"B.example"[..])
        );
        assert_eq!(target_host(b"http://[::1]:8080/h"), Some(&b"[::1]"[..]));
        assert_eq!(target_host(b"/r?to=http://x.example/"), None);
        assert_eq!(target_host(b"*"), None);
        let check = |target: &str, hosts: &[&str]| {
            let mut b = InspectedRequest::builder().method("GET").uri(target);
            for h in hosts {
                b = b.header("Host", h);
            }
            Check::AbsoluteTargetHost.run(&b.build(), false)
        };
        assert!(check("http://shop.example/a", &["shop.example"]).is_none());
        assert!(check("http://shop.example:80/a", &["Shop.Example"]).is_none());
        assert!(check("/a", &[]).is_none());
        assert!(check("http://internal/a", &["shop.example"]).is_some());
        assert!(check("http://internal/a", &[]).is_some());
        assert!(check("http://shop.example/a", &["shop.example", "shop.example"]).is_some());
    }

    #[test]
    fn charset_and_range_checks() {
        let ct = |v: &str| {
            let req = InspectedRequest::builder()
                .method("POST")
                .uri("/")
                .header("Content-Type", v)
                .build();
            Check::BadCharset.run(&req, false)
        };
        assert!(ct("application/json; charset=utf-8").is_none());
        assert!(ct("text/plain; charset=\"UTF-8\"").is_none());
        assert!(ct("application/json").is_none());
        assert!(ct("text/plain; charset=utf-7").is_some());
        assert!(ct("text/plain; charset=utf-8; CHARSET=utf-7").is_some());
        assert!(ct("text/plain; charset=utf-8; boundary=\"charset=utf-8\"").is_some());
        let range = |v: &str| {
            let req = InspectedRequest::builder()
                .method("GET")
                .uri("/")
                .header("Range", v)
                .build();
            Check::BadRange.run(&req, false)
        };
        assert!(range("bytes=0-1023").is_none());
        assert!(range("bytes=1024-").is_none());
        assert!(range("bytes=-500, 0-10").is_none());
        assert!(range("bytes=5-0").is_some());
        assert!(range("bytes=0-,5-0,5-1").is_some());
        assert!(range("test").is_some());
        assert!(range("bytes=a-b").is_some());
        // Other units, and PostgREST's unit-less `0-24`.
        assert!(range("items=0-24").is_none());
        assert!(range("0-24").is_none());
        assert!(range("24-0").is_some());
        assert!(range("0-1,2-3").is_some());
        assert!(range("by tes=0-1").is_some());
        assert!(range("bytes=0-18446744073709551615").is_some());
    }

    #[test]
    fn sqli_detector_tells_injection_from_prose() {
        assert!(Detector::Sqli.detect(b"1' or '1'='1").is_some());
        assert!(Detector::Sqli
            .detect(b"1 UNION SELECT username, password FROM users")
            .is_some());
        assert!(Detector::Sqli
            .detect(b"it's a nice day, isn't it")
            .is_none());
        assert!(Detector::Sqli.detect(b"").is_none());
        // A session token with `--` in it is no comment; a short one is still read.
        assert!(Detector::Sqli
            .detect(b"2-dK9iLE89bGerOGKoBkIl--YUHWGvDj")
            .is_none());
        assert!(Detector::Sqli.detect(b"1-- -").is_some());
    }

    #[test]
    fn xss_detector() {
        assert!(Detector::Xss.detect(b"<script>alert(1)</script>").is_some());
        assert!(Detector::Xss
            .detect(b"<img src=x onerror=alert(1)>")
            .is_some());
        assert!(Detector::Xss.detect(b"5 < 6 and 7 > 3").is_none());
        // A document type declaration runs nothing; what follows one still counts.
        assert!(Detector::Xss
            .detect(b"Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON")
            .is_none());
        assert!(Detector::Xss
            .detect(b"<!doctype html><script>alert(1)</script>")
            .is_some());
    }

    #[test]
    fn checks_parse_with_clear_errors() {
        assert_eq!(
            Check::parse("missing-header:Host"),
            Ok(Check::MissingHeader("Host".into()))
        );
        assert!(Check::parse("missing-header")
            .unwrap_err()
            .contains("needs an argument"));
        assert!(Check::parse("nope").unwrap_err().contains("unknown check"));
        assert!(Check::parse("anomaly:zzz")
            .unwrap_err()
            .contains("no anomaly"));
        assert!(Check::parse("anomaly:multipart").unwrap().is_body());
        assert!(!Check::parse("anomaly:uri").unwrap().is_body());
    }

    #[test]
    fn session_tokens_count_in_links_from_elsewhere() {
        let check = Check::parse("offsite-session-param:cfid, CFTOKEN").unwrap();
        let req = |uri: &str, referer: Option<&str>| {
            let mut b = InspectedRequest::builder()
                .method("GET")
                .uri(uri)
                .header("Host", "shop.example.com:443");
            if let Some(r) = referer {
                b = b.header("Referer", r);
            }
            check.run(&b.build(), false)
        };
        assert!(req("/a.cfm?CFID=1&cftoken=2", Some("https://evil.example/x")).is_some());
        assert!(req("/a.cfm?cftoken=2", Some("http://user@evil.example:8080/")).is_some());
        // The application's own links, and requests with no Referer.
        assert!(req("/a.cfm?CFID=1", Some("https://SHOP.example.com./cart.cfm")).is_none());
        assert!(req("/a.cfm?CFID=1", None).is_none());
        // Other names, and a token in the Referer only.
        assert!(req("/a.cfm?id=1", Some("https://evil.example/?cfid=1")).is_none());
        assert!(Check::parse("offsite-session-param").is_err());
    }

    #[test]
    fn session_names_in_forms_posted_from_elsewhere() {
        let check = Check::parse("offsite-session-form:sessionid").unwrap();
        assert!(check.is_body());
        let run = |body: &str, referer: Option<&str>| {
            let mut raw = format!(
                "POST /login HTTP/1.1\r\nHost: shop.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                body.len()
            );
            if let Some(r) = referer {
                raw.push_str(&format!("Referer: {r}\r\n"));
            }
            raw.push_str("\r\n");
            raw.push_str(body);
            let req = crate::httpraw::parse_request(
                raw.as_bytes(),
                crate::request::Limits::default(),
                1 << 20,
            );
            check.run(&req, true)
        };
        let form = "sessionid=abc123&username=test";
        assert!(run(form, Some("https://attacker.example/")).is_some());
        // The application's own form, a server-to-server callback, another name.
        assert!(run(form, Some("https://shop.example.com/login")).is_none());
        assert!(run(form, None).is_none());
        assert!(run("sid=1&username=test", Some("https://attacker.example/")).is_none());
    }

    #[test]
    fn redirect_targets_are_judged_by_their_site() {
        let offsite = Check::parse("offsite-redirect:next,Destination").unwrap();
        let lookalike = Check::parse("lookalike-redirect:next,redirect_uri").unwrap();
        let req = |check: &Check, host: &str, uri: &str| {
            let r = InspectedRequest::builder()
                .method("GET")
                .uri(uri)
                .header("Host", host)
                .build();
            check.run(&r, false)
        };
        let shop = "www.shop.example.com:8443";
        assert!(req(&offsite, shop, "/login?next=https://evil.example/x").is_some());
        assert!(req(
            &offsite,
            shop,
            "/login?destination=https:%2F%2Fevil.example"
        )
        .is_some());
        // Userinfo, a backslash and a fragment hide the real host from naive parsers.
        assert!(req(
            &offsite,
            shop,
            "/login?next=https://shop.example.com@evil.example/"
        )
        .is_some());
        assert!(req(
            &offsite,
            shop,
            "/l?next=https://evil.example%5c@shop.example.com/"
        )
        .is_some());
        assert!(req(
            &offsite,
            shop,
            "/l?next=https://evil.example%23.shop.example.com/"
        )
        .is_some());
        // The same site, other forms and other names.
        assert!(req(
            &offsite,
            shop,
            "/login?next=https://account.shop.example.com/p"
        )
        .is_none());
        assert!(req(&offsite, shop, "/login?next=HTTPS://Shop.Example.com./").is_none());
        assert!(req(&offsite, shop, "/login?next=/account").is_none());
        assert!(req(&offsite, shop, "/share?link=https://evil.example/").is_none());
        assert!(req(
            &offsite,
            "a.example.co.uk",
            "/l?next=https://b.example.co.uk/"
        )
        .is_none());
        assert!(req(&offsite, "a.example.co.uk", "/l?next=https://other.co.uk/").is_some());
        // A look-alike spells the site before more labels of its own.
        let id = "id.example.com";
        assert!(req(
            &lookalike,
            id,
            "/a?redirect_uri=https://app.example.com.evil.example/"
        )
        .is_some());
        assert!(req(
            &lookalike,
            id,
            "/a?next=https://example.com-login.evil.example/"
        )
        .is_some());
        assert!(req(&lookalike, id, "/a?redirect_uri=https://partner.example/cb").is_none());
        assert!(req(&lookalike, id, "/a?next=https://shop.example.com.au/").is_none());
        assert!(req(
            &lookalike,
            id,
            "/a?next=https://example.com.au.evil.example/"
        )
        .is_some());
        assert!(req(
            &lookalike,
            id,
            "/a?next=https://myexample.com.evil.example/"
        )
        .is_none());
        // Or names it where a substring or suffix check finds it: after the authority behind
        // `#@` or `#.`, or in the userinfo (an encoded `/` hides it there).
        for to in [
            "https://evil.example%23%40app.example.com",
            "https://evil.example%23.app.example.com/",
            "https://evil.example/?.example.com",
            "https%3A%2F%2Fapp.example.com%252F%252F%40evil.example%2F",
        ] {
            assert!(
                req(&lookalike, id, &format!("/a?next={to}")).is_some(),
                "{to}"
            );
        }
        for to in [
            "https://partner.example/cb?from=id.example.com",
            "https://partner.example/#section",
            "https://app.example.com%2F%2F%40evil.example%2F",
        ] {
            assert!(
                req(&lookalike, id, &format!("/a?next={to}")).is_none(),
                "{to}"
            );
        }
        assert!(Check::parse("offsite-redirect").is_err());
    }

    #[test]
    fn url_override_headers_count_when_they_name_another_path() {
        let run = |uri: &str, h: &str, v: &str| {
            let r = InspectedRequest::builder()
                .method("GET")
                .uri(uri)
                .header("Host", "a.example")
                .header(h, v)
                .build();
            Check::UrlOverridePath.run(&r, false)
        };
        assert!(run("/", "X-Original-URL", "/admin").is_some());
        assert!(run("/public", "x-rewrite-url", " /console/ ").is_some());
        // A proxy's record of the target it received, and a whole URL.
        assert!(run("/api/r?y=1", "X-Original-URL", "/api/r?y=1").is_none());
        assert!(run("/", "X-Original-URL", "https://a.example/x").is_none());
    }

    #[test]
    fn method_overrides_count_on_safe_methods_only() {
        let check = Check::parse("safe-method-override").unwrap();
        let req = |method: &str, uri: &str, header: Option<(&str, &str)>| {
            let mut b = InspectedRequest::builder()
                .method(method)
                .uri(uri)
                .header("Host", "a.example");
            if let Some((n, v)) = header {
                b = b.header(n, v);
            }
            check.run(&b.build(), false)
        };
        assert!(req("GET", "/x", Some(("X-HTTP-Method-Override", "DELETE"))).is_some());
        assert!(req("head", "/x", Some(("x-method-override", " put "))).is_some());
        assert!(req("GET", "/x?a=1&_Method=delete", None).is_some());
        assert!(req("GET", "/odata/P?x-http-method=MERGE", None).is_some());
        // Tunnelled through POST, as clients do; an override naming the request's own method.
        assert!(req("POST", "/x", Some(("X-HTTP-Method-Override", "DELETE"))).is_none());
        assert!(req("POST", "/x?_method=DELETE", None).is_none());
        assert!(req("GET", "/x", Some(("X-HTTP-Method", "GET"))).is_none());
        assert!(req("GET", "/x?_method=", None).is_none());
        assert!(req("GET", "/x?method=DELETE", None).is_none());
    }

    #[test]
    fn framing_checks() {
        let req = InspectedRequest::builder()
            .method("POST")
            .uri("/")
            .header("Content-Length", "5")
            .header("Transfer-Encoding", "chunked")
            .header("Content-Length", "6")
            .build();
        assert!(Check::ClAndTe.run(&req, false).is_some());
        assert!(Check::BadContentLength.run(&req, false).is_some());
        assert!(Check::BadTransferEncoding.run(&req, false).is_none());
        let http10 = InspectedRequest::builder()
            .method("POST")
            .uri("/")
            .version("HTTP/1.0")
            .header("Transfer-Encoding", "chunked")
            .build();
        assert!(Check::BadTransferEncoding.run(&http10, false).is_some());
        assert!(Check::MissingHeader("Host".into())
            .run(&req, false)
            .is_some());
        assert!(Check::BodyWithoutType.run(&req, false).is_some());
        let get = InspectedRequest::builder()
            .method("GET")
            .uri("/")
            .header("Content-Length", "0")
            .build();
        assert!(Check::BodyOnGet.run(&get, false).is_none());
        assert!(Check::BadContentLength.run(&get, false).is_none());
        let length = |v: &str| {
            let req = InspectedRequest::builder()
                .method("POST")
                .uri("/")
                .header("Content-Length", v)
                .build();
            Check::BadContentLength.run(&req, false).is_some()
        };
        assert!(length("99999999999999999999"));
        assert!(length("18446744073709551617"));
        assert!(!length("999999999999999999"));
        assert!(!length("000000000000000000000017"));
        // A body on GET is refused, but for the search APIs that document one.
        let with_body = |method: &str, uri: &str| {
            InspectedRequest::builder()
                .method(method)
                .uri(uri)
                .header("Content-Type", "application/json")
                .header("Content-Length", "17")
                .build()
        };
        for (method, uri, refused) in [
            ("GET", "/api/orders", true),
            ("HEAD", "/logs-*/_search", true),
            ("GET", "/_search_x/y", true),
            ("GET", "/logs-*/_search", false),
            ("GET", "/orders/_count?q=x", false),
            ("GET", "/_plugins/_sql", false),
        ] {
            assert_eq!(
                Check::BodyOnGet
                    .run(&with_body(method, uri), false)
                    .is_some(),
                refused,
                "{method} {uri}"
            );
        }
    }
}
