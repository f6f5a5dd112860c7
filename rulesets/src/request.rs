//! The inspected request: raw request parts turned once into the values rules look at.
//!
//! A [`RequestBuilder`] takes the request line and headers as received; [`RequestBuilder::build`]
//! splits the URI into path and query arguments, parses cookies, and records anomalies. The
//! body is added later with [`InspectedRequest::set_body`] (a proxy judges the head before it
//! reads the body) and parsed according to its `Content-Type` by [`crate::body`].
//!
//! Everything is bounded by [`Limits`]: values past a bound are not inspected and the request
//! carries an [`Anomaly`] that rules can score.

use std::fmt;

use crate::body;
use crate::normalize::url_decode;

/// Bounds on what request input may grow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Arguments (query plus body, names and values counted once per pair) inspected at most;
    /// the rest are skipped and the request gets [`Anomaly::TooManyArgs`]. Default 1024.
    pub max_args: usize,
    /// Headers inspected at most; the rest get [`Anomaly::TooManyHeaders`]. Default 256.
    pub max_headers: usize,
    /// JSON / XML nesting followed at most; deeper values are inspected as raw text of their
    /// parent. Default 64.
    pub max_depth: usize,
    /// Multipart parts inspected at most. Default 256.
    pub max_parts: usize,
    /// Bytes of each uploaded file's content kept for rules that target `FILES_CONTENT`.
    /// Default 64 KiB.
    pub max_file_inspect: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_args: 1024,
            max_headers: 256,
            max_depth: 64,
            max_parts: 256,
            max_file_inspect: 64 * 1024,
        }
    }
}

/// Which part of the request a value comes from. Rule targets select by part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Part {
    /// The method (`METHOD`).
    Method,
    /// The protocol version, e.g. `HTTP/1.1` (`PROTOCOL`).
    Protocol,
    /// The request line as received (`REQUEST_LINE`).
    RequestLine,
    /// The request target as received, undecoded (`URI`).
    Uri,
    /// The path, percent-decoded once (`PATH`).
    Path,
    /// The last path segment, percent-decoded once (`BASENAME`).
    Basename,
    /// The query string as received (`QUERY`).
    Query,
    /// A query argument value, decoded (`ARGS_GET`, `ARGS`).
    ArgGet,
    /// A body argument value: form, JSON, XML, multipart field (`ARGS_POST`, `ARGS`).
    ArgPost,
    /// A query argument name (`ARGS_GET_NAMES`, `ARGS_NAMES`).
    ArgGetName,
    /// A body argument name or JSON key (`ARGS_POST_NAMES`, `ARGS_NAMES`).
    ArgPostName,
    /// A header value (`HEADERS`).
    Header,
    /// A header name (`HEADERS_NAMES`).
    HeaderName,
    /// A cookie value, decoded (`COOKIES`).
    Cookie,
    /// A cookie name (`COOKIES_NAMES`).
    CookieName,
    /// The body as received (`BODY`).
    Body,
    /// An uploaded file's name (`FILES`).
    FileName,
    /// An uploaded file's content, bounded (`FILES_CONTENT`).
    FileContent,
    /// A header of a multipart part (`MULTIPART_HEADERS`).
    PartHeader,
}

impl Part {
    /// Number of parts (for bit masks).
    pub const COUNT: usize = 19;

    /// The bit of this part in a `u32` mask.
    pub fn bit(self) -> u32 {
        1 << (self as u8)
    }

    /// Whether values of this part only exist once the body is read.
    pub fn is_body(self) -> bool {
        matches!(
            self,
            Part::ArgPost
                | Part::ArgPostName
                | Part::Body
                | Part::FileName
                | Part::FileContent
                | Part::PartHeader
        )
    }
}

/// Where a body value was found, for its target label (`BODY:json.user.name`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Request line, URI, query string, headers, cookies.
    Head,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// JSON.
    Json,
    /// XML text and attribute values.
    Xml,
    /// `multipart/form-data`.
    Multipart,
    /// A string literal inside a GraphQL query.
    Graphql,
    /// A body that is not parsed (unknown type, or it failed to parse).
    Raw,
}

impl Origin {
    fn prefix(self) -> &'static str {
        match self {
            Origin::Head => "",
            Origin::Form => "form",
            Origin::Json => "json",
            Origin::Xml => "xml",
            Origin::Multipart => "multipart",
            Origin::Graphql => "graphql",
            Origin::Raw => "raw",
        }
    }
}

/// A parser's finding about the request's shape, which rules can score with
/// `check = "anomaly:NAME"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anomaly {
    /// More arguments than [`Limits::max_args`].
    TooManyArgs,
    /// More headers than [`Limits::max_headers`].
    TooManyHeaders,
    /// Nesting deeper than [`Limits::max_depth`].
    TooDeep,
    /// The body declared JSON but did not parse.
    JsonInvalid,
    /// The body declared XML but did not parse.
    XmlInvalid,
    /// The body declared urlencoded but holds bytes a form never has.
    FormInvalid,
    /// `multipart/form-data` without a usable boundary.
    MultipartNoBoundary,
    /// The boundary parameter is quoted oddly, repeated, or holds characters RFC 2046 forbids.
    MultipartBadBoundary,
    /// No closing boundary.
    MultipartUnterminated,
    /// A part without a `Content-Disposition: form-data` header, or with a malformed one.
    MultipartBadPartHeader,
    /// Bytes before the first boundary or after the closing one.
    MultipartStrayData,
    /// More parts than [`Limits::max_parts`].
    MultipartTooManyParts,
    /// The body was longer than the inspection limit and only its start was inspected.
    BodyTruncated,
    /// A `%` not followed by two hex digits in the URI.
    UriBadEncoding,
}

impl Anomaly {
    /// Every anomaly.
    pub const ALL: [Anomaly; 14] = [
        Anomaly::TooManyArgs,
        Anomaly::TooManyHeaders,
        Anomaly::TooDeep,
        Anomaly::JsonInvalid,
        Anomaly::XmlInvalid,
        Anomaly::FormInvalid,
        Anomaly::MultipartNoBoundary,
        Anomaly::MultipartBadBoundary,
        Anomaly::MultipartUnterminated,
        Anomaly::MultipartBadPartHeader,
        Anomaly::MultipartStrayData,
        Anomaly::MultipartTooManyParts,
        Anomaly::BodyTruncated,
        Anomaly::UriBadEncoding,
    ];

    /// The name used in rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            Anomaly::TooManyArgs => "too-many-args",
            Anomaly::TooManyHeaders => "too-many-headers",
            Anomaly::TooDeep => "too-deep",
            Anomaly::JsonInvalid => "json-invalid",
            Anomaly::XmlInvalid => "xml-invalid",
            Anomaly::FormInvalid => "form-invalid",
            Anomaly::MultipartNoBoundary => "multipart-no-boundary",
            Anomaly::MultipartBadBoundary => "multipart-bad-boundary",
            Anomaly::MultipartUnterminated => "multipart-unterminated",
            Anomaly::MultipartBadPartHeader => "multipart-bad-part-header",
            Anomaly::MultipartStrayData => "multipart-stray-data",
            Anomaly::MultipartTooManyParts => "multipart-too-many-parts",
            Anomaly::BodyTruncated => "body-truncated",
            Anomaly::UriBadEncoding => "uri-bad-encoding",
        }
    }

    /// Whether the anomaly can only be found once the body is read.
    pub fn is_body(self) -> bool {
        !matches!(self, Anomaly::TooManyHeaders | Anomaly::UriBadEncoding)
    }
}

impl fmt::Display for Anomaly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an item's bytes live.
#[derive(Debug, Clone)]
enum Value {
    Owned(Box<[u8]>),
    /// The request body as a whole (not copied a second time).
    RawBody,
    /// Bytes that occur verbatim in the body (a JSON string without escapes): not copied.
    InBody(std::ops::Range<usize>),
}

/// The bytes of a body value a parser found: its own (decoded) copy, or a range of the body
/// when they occur there verbatim.
pub(crate) enum BodyBytes<'a> {
    Copy(&'a [u8]),
    At(std::ops::Range<usize>),
}

impl BodyBytes<'_> {
    fn is_empty(&self) -> bool {
        match self {
            BodyBytes::Copy(b) => b.is_empty(),
            BodyBytes::At(r) => r.is_empty(),
        }
    }

    fn into_value(self) -> Value {
        match self {
            BodyBytes::Copy(b) => Value::Owned(b.into()),
            BodyBytes::At(r) => Value::InBody(r),
        }
    }
}

/// One inspectable value.
#[derive(Debug, Clone)]
pub struct Item {
    /// The request part it comes from.
    pub part: Part,
    /// Where a body value was found.
    pub origin: Origin,
    /// The argument, header or cookie name, or empty.
    pub name: Box<str>,
    value: Value,
}

impl Item {
    /// The target label shown in matches: `ARGS:q`, `HEADERS:User-Agent`,
    /// `BODY:json.user.name`, `FILES:upload`, `PATH`, ...
    pub fn label(&self) -> String {
        let (kind, named) = match self.part {
            Part::Method => ("METHOD", false),
            Part::Protocol => ("PROTOCOL", false),
            Part::RequestLine => ("REQUEST_LINE", false),
            Part::Uri => ("URI", false),
            Part::Path => ("PATH", false),
            Part::Basename => ("BASENAME", false),
            Part::Query => ("QUERY", false),
            Part::ArgGet => ("ARGS", true),
            Part::ArgGetName => ("ARGS_NAMES", true),
            Part::ArgPost | Part::ArgPostName => {
                let kind = if self.part == Part::ArgPost {
                    "BODY"
                } else {
                    "BODY_NAMES"
                };
                return match self.origin {
                    Origin::Raw => kind.to_string(),
                    o => format!("{kind}:{}.{}", o.prefix(), self.name),
                };
            }
            Part::Header => ("HEADERS", true),
            Part::HeaderName => ("HEADERS_NAMES", true),
            Part::Cookie => ("COOKIES", true),
            Part::CookieName => ("COOKIES_NAMES", true),
            Part::Body => ("BODY", false),
            Part::FileName => ("FILES", true),
            Part::FileContent => ("FILES_CONTENT", true),
            Part::PartHeader => ("MULTIPART_HEADERS", true),
        };
        if named {
            format!("{kind}:{}", self.name)
        } else {
            kind.to_string()
        }
    }
}

/// A request, parsed once into the values rules inspect.
#[derive(Debug, Clone)]
pub struct InspectedRequest {
    method: Box<[u8]>,
    uri: Box<[u8]>,
    version: Box<[u8]>,
    headers: Vec<(Box<str>, Box<[u8]>)>,
    head_items: Vec<Item>,
    body_items: Vec<Item>,
    body: Vec<u8>,
    body_len: u64,
    anomalies: Vec<Anomaly>,
    args_seen: usize,
    limits: Limits,
}

/// Collects the request line and headers as received.
#[derive(Debug, Clone, Default)]
pub struct RequestBuilder {
    method: Vec<u8>,
    uri: Vec<u8>,
    version: Vec<u8>,
    headers: Vec<(Box<str>, Box<[u8]>)>,
    limits: Limits,
}

impl RequestBuilder {
    /// A builder with the given bounds.
    pub fn new(limits: Limits) -> Self {
        RequestBuilder {
            limits,
            ..RequestBuilder::default()
        }
    }

    /// The method as received.
    pub fn method(mut self, m: impl AsRef<[u8]>) -> Self {
        self.method = m.as_ref().to_vec();
        self
    }

    /// The request target as received (`/path?query`, or absolute form).
    pub fn uri(mut self, u: impl AsRef<[u8]>) -> Self {
        self.uri = u.as_ref().to_vec();
        self
    }

    /// The protocol version, e.g. `HTTP/1.1`.
    pub fn version(mut self, v: impl AsRef<[u8]>) -> Self {
        self.version = v.as_ref().to_vec();
        self
    }

    /// Adds one header, in received order; duplicates allowed.
    pub fn header(mut self, name: impl AsRef<[u8]>, value: impl AsRef<[u8]>) -> Self {
        self.push_header(name.as_ref(), value.as_ref());
        self
    }

    /// Adds one header (by reference, for loops).
    pub fn push_header(&mut self, name: &[u8], value: &[u8]) {
        let name: Box<str> = String::from_utf8_lossy(name).into();
        self.headers.push((name, value.into()));
    }

    /// Builds the head of the inspected request.
    pub fn build(self) -> InspectedRequest {
        let mut req = InspectedRequest {
            method: self.method.into(),
            uri: self.uri.into(),
            version: self.version.into(),
            headers: self.headers,
            head_items: Vec::new(),
            body_items: Vec::new(),
            body: Vec::new(),
            body_len: 0,
            anomalies: Vec::new(),
            args_seen: 0,
            limits: self.limits,
        };
        req.index_head();
        req
    }
}

impl InspectedRequest {
    /// A builder with default limits.
    pub fn builder() -> RequestBuilder {
        RequestBuilder::new(Limits::default())
    }

    /// The method as received.
    pub fn method(&self) -> &[u8] {
        &self.method
    }

    /// The request target as received.
    pub fn uri(&self) -> &[u8] {
        &self.uri
    }

    /// The protocol version as received.
    pub fn version(&self) -> &[u8] {
        &self.version
    }

    /// The path part of the URI, undecoded (for route and exclusion prefixes).
    pub fn raw_path(&self) -> &[u8] {
        let path = split_query(&self.uri).0;
        strip_authority(path)
    }

    /// Headers as received, in order.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.headers.iter().map(|(n, v)| (n.as_ref(), v.as_ref()))
    }

    /// Values of every header named `name` (case-insensitive).
    pub fn header_values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a [u8]> + 'a {
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref())
    }

    /// The first value of header `name`.
    pub fn header<'a>(&'a self, name: &'a str) -> Option<&'a [u8]> {
        self.header_values(name).next()
    }

    /// Items of the head (request line, URI, headers, cookies).
    pub fn head_items(&self) -> &[Item] {
        &self.head_items
    }

    /// Items of the body (empty until [`InspectedRequest::set_body`]).
    pub fn body_items(&self) -> &[Item] {
        &self.body_items
    }

    /// The bytes of an item.
    pub fn value<'a>(&'a self, item: &'a Item) -> &'a [u8] {
        match &item.value {
            Value::Owned(v) => v,
            Value::RawBody => &self.body,
            Value::InBody(r) => self.body.get(r.clone()).unwrap_or_default(),
        }
    }

    /// The body as inspected (possibly only its start, see [`Anomaly::BodyTruncated`]).
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The body's full length as announced or received (may exceed `body().len()`).
    pub fn body_len(&self) -> u64 {
        self.body_len
    }

    /// What the parsers found odd.
    pub fn anomalies(&self) -> &[Anomaly] {
        &self.anomalies
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Records an anomaly once.
    pub fn add_anomaly(&mut self, a: Anomaly) {
        if !self.anomalies.contains(&a) {
            self.anomalies.push(a);
        }
    }

    /// Sets the body (or its first bytes, with `full_len` the real length) and parses it
    /// according to `Content-Type`. Replaces any earlier body.
    pub fn set_body(&mut self, body: Vec<u8>, full_len: u64) {
        self.body_items.clear();
        self.anomalies.retain(|a| !a.is_body());
        self.args_seen = self
            .head_items
            .iter()
            .filter(|i| i.part == Part::ArgGet)
            .count();
        self.body_len = full_len.max(body.len() as u64);
        if (body.len() as u64) < full_len {
            self.add_anomaly(Anomaly::BodyTruncated);
        }
        self.body = body;
        if self.body.is_empty() {
            return;
        }
        self.body_items.push(Item {
            part: Part::Body,
            origin: Origin::Raw,
            name: "".into(),
            value: Value::RawBody,
        });
        let content_type = self.header("content-type").map(<[u8]>::to_vec);
        // The parsers add items while they read the body; values found verbatim in it are
        // kept as ranges of it rather than copied.
        let body = std::mem::take(&mut self.body);
        let parsed = body::parse(self, &body, content_type.as_deref());
        self.body = body;
        if !parsed {
            self.push_raw_body_arg();
        }
    }

    /// Replaces the body without parsing it (tests that drive one parser directly).
    #[cfg(test)]
    pub(crate) fn replace_body_unparsed(&mut self, body: Vec<u8>) {
        self.body = body;
    }

    /// Adds the whole body as one argument, for bodies that are not (or could not be) parsed.
    pub(crate) fn push_raw_body_arg(&mut self) {
        self.body_items.push(Item {
            part: Part::ArgPost,
            origin: Origin::Raw,
            name: "".into(),
            value: Value::RawBody,
        });
    }

    /// Adds a body argument, respecting [`Limits::max_args`]: `path` names it in target
    /// labels (`user.name`), `key` is the name as the client wrote it (a form field name, a
    /// JSON key), inspected as an `ARGS_NAMES` value. Returns false when the limit is reached
    /// (the caller should stop).
    pub(crate) fn push_body_arg(
        &mut self,
        origin: Origin,
        path: &str,
        key: Option<&[u8]>,
        value: &[u8],
    ) -> bool {
        self.push_body_arg_bytes(
            origin,
            path,
            key.map(BodyBytes::Copy),
            BodyBytes::Copy(value),
        )
    }

    /// [`InspectedRequest::push_body_arg`] with bytes that may be ranges of the body.
    pub(crate) fn push_body_arg_bytes(
        &mut self,
        origin: Origin,
        path: &str,
        key: Option<BodyBytes<'_>>,
        value: BodyBytes<'_>,
    ) -> bool {
        if self.args_seen >= self.limits.max_args {
            self.add_anomaly(Anomaly::TooManyArgs);
            return false;
        }
        self.args_seen += 1;
        let name: Box<str> = path.into();
        if let Some(key) = key.filter(|k| !k.is_empty()) {
            self.body_items.push(Item {
                part: Part::ArgPostName,
                origin,
                name: name.clone(),
                value: key.into_value(),
            });
        }
        self.body_items.push(Item {
            part: Part::ArgPost,
            origin,
            name,
            value: value.into_value(),
        });
        true
    }

    /// Adds a body item of another part (file name, file content, part header).
    pub(crate) fn push_body_item(&mut self, part: Part, origin: Origin, name: &str, value: &[u8]) {
        self.push_body_item_bytes(part, origin, name, BodyBytes::Copy(value));
    }

    /// [`InspectedRequest::push_body_item`] with bytes that may be a range of the body.
    pub(crate) fn push_body_item_bytes(
        &mut self,
        part: Part,
        origin: Origin,
        name: &str,
        value: BodyBytes<'_>,
    ) {
        self.body_items.push(Item {
            part,
            origin,
            name: name.into(),
            value: value.into_value(),
        });
    }

    fn push_head(&mut self, part: Part, name: &str, value: &[u8]) {
        self.head_items.push(Item {
            part,
            origin: Origin::Head,
            name: name.into(),
            value: Value::Owned(value.into()),
        });
    }

    fn index_head(&mut self) {
        let method = self.method.clone();
        let uri = self.uri.clone();
        let version = self.version.clone();
        self.push_head(Part::Method, "", &method);
        self.push_head(Part::Protocol, "", &version);
        let mut line = Vec::with_capacity(method.len() + uri.len() + version.len() + 2);
        line.extend_from_slice(&method);
        line.push(b' ');
        line.extend_from_slice(&uri);
        if !version.is_empty() {
            line.push(b' ');
            line.extend_from_slice(&version);
        }
        self.push_head(Part::RequestLine, "", &line);
        self.push_head(Part::Uri, "", &uri);

        let (path, query) = split_query(&uri);
        let path = strip_authority(path);
        if has_bad_percent(&uri) {
            self.add_anomaly(Anomaly::UriBadEncoding);
        }
        let decoded_path = percent_decode(path);
        let basename = decoded_path
            .rsplit(|&b| b == b'/')
            .next()
            .unwrap_or_default()
            .to_vec();
        self.push_head(Part::Path, "", &decoded_path);
        self.push_head(Part::Basename, "", &basename);
        if let Some(q) = query {
            self.push_head(Part::Query, "", q);
            let mut n = 0;
            for (name, value) in parse_pairs(q, b'&') {
                if n >= self.limits.max_args {
                    self.add_anomaly(Anomaly::TooManyArgs);
                    break;
                }
                n += 1;
                let name = String::from_utf8_lossy(&name).into_owned();
                self.push_head(Part::ArgGetName, &name, name.as_bytes());
                self.push_head(Part::ArgGet, &name, &value);
            }
            self.args_seen = n;
        }

        let headers = std::mem::take(&mut self.headers);
        for (i, (name, value)) in headers.iter().enumerate() {
            if i >= self.limits.max_headers {
                self.add_anomaly(Anomaly::TooManyHeaders);
                break;
            }
            self.push_head(Part::HeaderName, name, name.as_bytes());
            self.push_head(Part::Header, name, value);
            if name.eq_ignore_ascii_case("cookie") {
                for pair in value.split(|&b| b == b';') {
                    let pair = crate::normalize::trim(pair);
                    if pair.is_empty() {
                        continue;
                    }
                    let (n, v) = match memchr::memchr(b'=', &pair) {
                        Some(eq) => (
                            pair.get(..eq).unwrap_or_default(),
                            pair.get(eq + 1..).unwrap_or_default(),
                        ),
                        None => (pair.as_ref(), &b""[..]),
                    };
                    let n =
                        String::from_utf8_lossy(crate::normalize::trim(n).as_ref()).into_owned();
                    self.push_head(Part::CookieName, &n, n.as_bytes());
                    self.push_head(Part::Cookie, &n, &url_decode(v));
                }
            }
        }
        self.headers = headers;
    }
}

/// Splits a request target into path and query (at the first `?`).
pub fn split_query(uri: &[u8]) -> (&[u8], Option<&[u8]>) {
    match memchr::memchr(b'?', uri) {
        Some(q) => (
            uri.get(..q).unwrap_or_default(),
            Some(uri.get(q + 1..).unwrap_or_default()),
        ),
        None => (uri, None),
    }
}

/// Drops `scheme://authority` from an absolute-form target.
fn strip_authority(path: &[u8]) -> &[u8] {
    if let Some(p) = memchr::memmem::find(path, b"://") {
        let rest = path.get(p + 3..).unwrap_or_default();
        return match memchr::memchr(b'/', rest) {
            Some(s) => rest.get(s..).unwrap_or_default(),
            None => b"/",
        };
    }
    path
}

/// `%XX` decoded once (no `+`, no `%u`): how servers decode paths.
fn percent_decode(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while let Some(&b) = s.get(i) {
        if b == b'%' {
            let h = s.get(i + 1).and_then(|&c| (c as char).to_digit(16));
            let l = s.get(i + 2).and_then(|&c| (c as char).to_digit(16));
            if let (Some(h), Some(l)) = (h, l) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

fn has_bad_percent(s: &[u8]) -> bool {
    memchr::memchr_iter(b'%', s).any(|p| {
        let h = s.get(p + 1).copied().unwrap_or(b' ');
        let l = s.get(p + 2).copied().unwrap_or(b' ');
        let u = matches!(h, b'u' | b'U');
        !(u || (h.is_ascii_hexdigit() && l.is_ascii_hexdigit()))
    })
}

/// Parses `a=1&b=2` pairs, decoding `+` and `%XX` in names and values. A pair without `=`
/// is a name with an empty value.
pub fn parse_pairs(s: &[u8], sep: u8) -> impl Iterator<Item = (Vec<u8>, Vec<u8>)> + '_ {
    s.split(move |&b| b == sep)
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (n, v) = match memchr::memchr(b'=', pair) {
                Some(eq) => (
                    pair.get(..eq).unwrap_or_default(),
                    pair.get(eq + 1..).unwrap_or_default(),
                ),
                None => (pair, &b""[..]),
            };
            (form_decode(n), form_decode(v))
        })
}

/// Form decoding: `+` is a space, then `%XX` (and IIS-style `%uXXXX`, seen in attacks) are
/// decoded, once — as the application will.
fn form_decode(s: &[u8]) -> Vec<u8> {
    if !s.contains(&b'+') {
        return url_decode(s).into_owned();
    }
    let spaced: Vec<u8> = s
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    url_decode(&spaced).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(req: &InspectedRequest, part: Part) -> Vec<(String, String)> {
        req.head_items()
            .iter()
            .chain(req.body_items())
            .filter(|i| i.part == part)
            .map(|i| {
                (
                    i.label(),
                    String::from_utf8_lossy(req.value(i)).into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn head_is_split_into_items() {
        let req = InspectedRequest::builder()
            .method("GET")
            .uri("/shop/it%20em.php?q=a+b%27&empty&x=%3Cs%3E")
            .version("HTTP/1.1")
            .header("Host", "example")
            .header("Cookie", "sid=abc; pref=%3Cx%3E")
            .build();
        assert_eq!(
            labels(&req, Part::Path),
            [("PATH".into(), "/shop/it em.php".into())]
        );
        assert_eq!(
            labels(&req, Part::Basename),
            [("BASENAME".into(), "it em.php".into())]
        );
        assert_eq!(
            labels(&req, Part::ArgGet),
            [
                ("ARGS:q".into(), "a b'".into()),
                ("ARGS:empty".into(), "".into()),
                ("ARGS:x".into(), "<s>".into())
            ]
        );
        assert_eq!(
            labels(&req, Part::Cookie),
            [
                ("COOKIES:sid".into(), "abc".into()),
                ("COOKIES:pref".into(), "<x>".into())
            ]
        );
        assert_eq!(
            labels(&req, Part::Header)[0],
            ("HEADERS:Host".into(), "example".into())
        );
        assert_eq!(req.raw_path(), b"/shop/it%20em.php");
    }

    #[test]
    fn absolute_form_and_bad_encoding() {
        let req = InspectedRequest::builder()
            .method("GET")
            .uri("http://h.example/a/b?x=%zz")
            .version("HTTP/1.1")
            .build();
        assert_eq!(req.raw_path(), b"/a/b");
        assert!(req.anomalies().contains(&Anomaly::UriBadEncoding));
    }

    #[test]
    fn arg_limit_is_enforced() {
        let uri: String = std::iter::once("/?".to_string())
            .chain((0..50).map(|i| format!("a{i}=1&")))
            .collect();
        let limits = Limits {
            max_args: 10,
            ..Limits::default()
        };
        let req = RequestBuilder::new(limits).method("GET").uri(uri).build();
        assert_eq!(labels(&req, Part::ArgGet).len(), 10);
        assert!(req.anomalies().contains(&Anomaly::TooManyArgs));
    }

    #[test]
    fn truncated_body_is_flagged() {
        let mut req = InspectedRequest::builder()
            .method("POST")
            .uri("/")
            .header("Content-Type", "text/plain")
            .build();
        req.set_body(b"hello".to_vec(), 10);
        assert!(req.anomalies().contains(&Anomaly::BodyTruncated));
        assert_eq!(req.body_len(), 10);
        req.set_body(b"hello".to_vec(), 5);
        assert!(!req.anomalies().contains(&Anomaly::BodyTruncated));
    }
}
