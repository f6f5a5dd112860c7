//! The inspected request: raw request parts turned once into the values rules look at.
//!
//! A [`RequestBuilder`] takes the request line and headers as received; [`RequestBuilder::build`]
//! splits the URI into path and query arguments, parses cookies, and records anomalies. The
//! body is added later with [`InspectedRequest::set_body`] (a proxy judges the head before it
//! reads the body) and parsed according to its `Content-Type` by [`crate::body`].
//!
//! Everything is bounded by [`Limits`]: values past a bound are not inspected and the request
//! carries an [`Anomaly`] that rules can score.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use crate::body::{self, Parsed};
use crate::normalize::url_decode;

/// Bounds on what request input may grow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Arguments (query plus body, names and values counted once per pair) inspected at most;
    /// the rest are skipped and the request gets [`Anomaly::TooManyArgs`]. A JSON key that
    /// holds an object or an array counts too, as do each multipart part header and file
    /// name. Values taken from a JSON document inside a query argument are bounded by the
    /// same number separately. Default 1024.
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
    /// GraphQL selection sets nested deeper than this get [`Anomaly::GraphqlTooDeep`] (query
    /// depth attacks: `friends { friends { friends … } } }`). Default 20.
    pub graphql_max_depth: usize,
    /// More field aliases than this in one GraphQL document get
    /// [`Anomaly::GraphqlTooManyAliases`] (one request trying a login or a coupon hundreds of
    /// times as `a1: login(…) a2: login(…) …`). Default 100.
    pub graphql_max_aliases: usize,
    /// More directives than this in one GraphQL document get
    /// [`Anomaly::GraphqlTooManyDirectives`] (directive overloading). Default 50.
    pub graphql_max_directives: usize,
    /// More GraphQL documents than this in one body (a JSON array of operations: batching)
    /// get [`Anomaly::GraphqlBatchTooLarge`]. Default 25.
    pub graphql_max_batch: usize,
    /// Bytes a body sent with `Content-Encoding: gzip` or `deflate` is inspected up to once
    /// decoded; a body that inflates beyond this gets [`Anomaly::EncodingTooLarge`] and only
    /// its first bytes are inspected. Default 1 MiB (the proxy sets its body inspection
    /// limit).
    pub max_decoded_body: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_args: 1024,
            max_headers: 256,
            max_depth: 64,
            max_parts: 256,
            max_file_inspect: 64 * 1024,
            graphql_max_depth: 20,
            graphql_max_aliases: 100,
            graphql_max_directives: 50,
            graphql_max_batch: 25,
            max_decoded_body: 1 << 20,
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
    /// The raw bytes of a binary body (`BODY_BINARY`), whose `BODY` is then its text
    /// ([`crate::normalize::printable_text`]).
    BodyBinary,
    /// The body as received (`BODY`) when the urlencoded form parser turned all of it into
    /// arguments: every byte that can carry an attack is then an argument value or name. A
    /// rule that targets `BODY` and also every body argument and name ([`crate::compile`]
    /// leaves this part out of its targets) has judged those bytes already, one value at a
    /// time and under the argument's name (which exclusions see); only the other `BODY`
    /// rules read the body whole.
    ParsedBody,
}

impl Part {
    /// Number of parts (for bit masks).
    pub const COUNT: usize = 21;

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
                | Part::BodyBinary
                | Part::ParsedBody
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
    /// The cells or property values of a table or calendar sent as the body.
    Records,
}

impl Origin {
    /// The origins of a parsed body's fields: alerts name a field `BODY:{prefix}.{name}`.
    pub(crate) const PARSED_BODY: [Origin; 6] = [
        Origin::Json,
        Origin::Form,
        Origin::Xml,
        Origin::Multipart,
        Origin::Graphql,
        Origin::Records,
    ];

    pub(crate) fn prefix(self) -> &'static str {
        match self {
            Origin::Head => "",
            Origin::Form => "form",
            Origin::Json => "json",
            Origin::Xml => "xml",
            Origin::Multipart => "multipart",
            Origin::Graphql => "graphql",
            Origin::Raw => "raw",
            Origin::Records => "records",
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
    /// A JSON object (in the body, or in a value holding JSON) names one key twice: parsers
    /// disagree on which value counts (the first, the last, both), so what one component
    /// validates need not be what another acts on (CouchDB's CVE-2017-12635).
    JsonDuplicateKey,
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
    /// Percent signs between the letters of a word in the URI (`s%e%l%e%c%t`): classic ASP
    /// and IIS drop a `%` that starts no valid escape, so the application reads `select`.
    UriSplitWord,
    /// A GraphQL document nested deeper than [`Limits::graphql_max_depth`].
    GraphqlTooDeep,
    /// A GraphQL document with more aliases than [`Limits::graphql_max_aliases`].
    GraphqlTooManyAliases,
    /// A GraphQL document with more directives than [`Limits::graphql_max_directives`].
    GraphqlTooManyDirectives,
    /// A GraphQL document that aliases one sign-in, one-time-code or redemption field many
    /// times (`a0: login(…) a1: login(…) …`): guessing passwords, codes or coupons inside one
    /// request, which a per-request rate limit does not see.
    GraphqlRepeatedLogin,
    /// More GraphQL documents in one body than [`Limits::graphql_max_batch`].
    GraphqlBatchTooLarge,
    /// A GraphQL document that selects a field inside itself through other fields again and
    /// again (`pools { token0 { pools { token0 { …`): a circular query whose cost multiplies
    /// with every turn.
    GraphqlCircular,
    /// A GraphQL document whose fragments spread each other in a cycle (`fragment A on Q {
    /// ...B } fragment B on Q { ...A }`): invalid, and unbounded recursion for a server
    /// that expands fragments before validating them.
    GraphqlFragmentCycle,
    /// A `Content-Encoding` Palisade does not decode (anything but `gzip`, `x-gzip`,
    /// `deflate` and `identity`, or more than three codings): the body cannot be inspected.
    EncodingUnsupported,
    /// A body that does not decode as its `Content-Encoding` says.
    EncodingInvalid,
    /// A body that inflates beyond [`Limits::max_decoded_body`] (a compression bomb, or a
    /// body too large to inspect whole).
    EncodingTooLarge,
    /// A body whose `Content-Type` declares UTF-16 and whose bytes are not UTF-16: what the
    /// application reads depends on whether it honours the charset.
    CharsetMismatch,
    /// A chunked body whose chunk size is not 1 to 16 hex digits (a `0x` prefix, a sign, an
    /// overflowing size, a size split by spaces): parsers that read it differently disagree
    /// on where the request ends, which is request smuggling. Found by `palisade-rules` on
    /// raw requests; the proxy's HTTP layer refuses such a request before it is inspected.
    ChunkInvalid,
    /// Bytes after a chunked body's last chunk (and its trailers) in one raw request: the
    /// second request of a smuggling payload, which a front end that frames the body by
    /// `Content-Length`, or not at all, passes on inside this one. Found by `palisade-rules`
    /// on raw requests; in the proxy they are the next request on the connection, judged as
    /// one.
    ChunkTrailingData,
}

impl Anomaly {
    /// Every anomaly.
    pub const ALL: [Anomaly; 29] = [
        Anomaly::TooManyArgs,
        Anomaly::TooManyHeaders,
        Anomaly::TooDeep,
        Anomaly::JsonInvalid,
        Anomaly::JsonDuplicateKey,
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
        Anomaly::UriSplitWord,
        Anomaly::GraphqlTooDeep,
        Anomaly::GraphqlTooManyAliases,
        Anomaly::GraphqlTooManyDirectives,
        Anomaly::GraphqlRepeatedLogin,
        Anomaly::GraphqlBatchTooLarge,
        Anomaly::GraphqlCircular,
        Anomaly::GraphqlFragmentCycle,
        Anomaly::EncodingUnsupported,
        Anomaly::EncodingInvalid,
        Anomaly::EncodingTooLarge,
        Anomaly::CharsetMismatch,
        Anomaly::ChunkInvalid,
        Anomaly::ChunkTrailingData,
    ];

    /// The name used in rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            Anomaly::TooManyArgs => "too-many-args",
            Anomaly::TooManyHeaders => "too-many-headers",
            Anomaly::TooDeep => "too-deep",
            Anomaly::JsonInvalid => "json-invalid",
            Anomaly::JsonDuplicateKey => "json-duplicate-key",
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
            Anomaly::UriSplitWord => "uri-split-word",
            Anomaly::GraphqlTooDeep => "graphql-too-deep",
            Anomaly::GraphqlTooManyAliases => "graphql-too-many-aliases",
            Anomaly::GraphqlRepeatedLogin => "graphql-repeated-login",
            Anomaly::GraphqlTooManyDirectives => "graphql-too-many-directives",
            Anomaly::GraphqlBatchTooLarge => "graphql-batch-too-large",
            Anomaly::GraphqlCircular => "graphql-circular",
            Anomaly::GraphqlFragmentCycle => "graphql-fragment-cycle",
            Anomaly::EncodingUnsupported => "encoding-unsupported",
            Anomaly::EncodingInvalid => "encoding-invalid",
            Anomaly::EncodingTooLarge => "encoding-too-large",
            Anomaly::CharsetMismatch => "charset-mismatch",
            Anomaly::ChunkInvalid => "chunk-invalid",
            Anomaly::ChunkTrailingData => "chunk-trailing-data",
        }
    }

    /// Whether the anomaly can only be found once the body is read.
    pub fn is_body(self) -> bool {
        !matches!(
            self,
            Anomaly::TooManyHeaders | Anomaly::UriBadEncoding | Anomaly::UriSplitWord
        )
    }
}

impl fmt::Display for Anomaly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an item's bytes live. Values are ranges of buffers the request owns, so building
/// it costs a few large allocations rather than one per value.
#[derive(Debug, Clone)]
enum Value {
    /// Bytes of the request line or a header value as received (`InspectedRequest::raw`).
    Raw(Range<usize>),
    /// Bytes a parser produced (a decoded value, the request line): `InspectedRequest::derived`.
    Derived(Range<usize>),
    /// The item's own name (a header, argument or cookie name inspected as a value).
    Name,
    /// The request body as a whole (not copied a second time).
    RawBody,
    /// Bytes that occur verbatim in the body (a JSON string without escapes): not copied.
    InBody(Range<usize>),
}

/// The bytes of a body value a parser found: its own (decoded) copy, or a range of the body
/// when they occur there verbatim.
pub(crate) enum BodyBytes<'a> {
    Copy(&'a [u8]),
    At(Range<usize>),
}

impl BodyBytes<'_> {
    fn is_empty(&self) -> bool {
        match self {
            BodyBytes::Copy(b) => b.is_empty(),
            BodyBytes::At(r) => r.is_empty(),
        }
    }
}

/// An item's name: an argument, header or cookie name, a body path, or empty; read it with
/// [`InspectedRequest::name`]. The names of one request are kept in one buffer of the request,
/// and an item holds where its name lies there: building a request allocates once for all of
/// its names, and an item costs no reference count to make, copy or drop (a shared buffer
/// behind an `Arc` cost two atomic operations per item, about 10 µs for a 4 KB JSON order of
/// 800 items).
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct Name {
    start: usize,
    end: usize,
}

impl Name {
    /// The name at `range` of the request's names.
    fn at(range: Range<usize>) -> Name {
        Name {
            start: range.start,
            end: range.end,
        }
    }

    fn range(self) -> Range<usize> {
        self.start..self.end
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
    pub name: Name,
    value: Value,
}

/// A request, parsed once into the values rules inspect.
#[derive(Debug, Clone)]
pub struct InspectedRequest {
    /// Method, target, version and header values as received, one after the other.
    raw: Vec<u8>,
    method: Range<usize>,
    uri: Range<usize>,
    version: Range<usize>,
    /// (name in `names`, value in `raw`), in received order.
    headers: Vec<(Range<usize>, Range<usize>)>,
    /// Names of the headers and items: the head's, then the body's.
    names: String,
    /// Length of `names` holding the head's (the body's are cut off on `set_body`).
    head_names: usize,
    /// Values the parsers produced: the head's first, then the body's.
    derived: Vec<u8>,
    /// Length of `derived` holding the head's values (the body's are cut off on `set_body`).
    head_derived: usize,
    head_items: Vec<Item>,
    body_items: Vec<Item>,
    body: Vec<u8>,
    body_len: u64,
    /// The body's length as received when it was decoded (`Content-Encoding`).
    encoded_len: Option<usize>,
    /// The UTF-16 byte order the body was transcoded from, if it was.
    transcoded: Option<body::Utf16>,
    anomalies: Vec<Anomaly>,
    args_seen: usize,
    /// GraphQL documents found in the body so far (batching).
    graphql_docs: usize,
    /// Sign-in, one-time-code or redemption fields at the top of those documents.
    graphql_guesses: usize,
    /// The multipart files holding binary bytes, as (address, length) of their content in
    /// the body being parsed: `BODY` leaves them out (see `split_binary_body`).
    binary_files: Vec<(usize, usize)>,
    /// The JSON objects and arrays of the body whose items were all pushed, outermost first
    /// (see [`BodySpan`]).
    body_spans: Vec<BodySpan>,
    /// Values cut off by [`Limits::max_depth`] in this body so far.
    depth_cuts: usize,
    limits: Limits,
}

/// The longest JSON container recorded as a [`BodySpan`] (the memory of clean values keeps
/// a span in one slot of 256 bytes, with its name).
pub(crate) const MAX_SPAN_BYTES: usize = 240;

/// A run of body items that came, all of them, from one JSON object or array of the body:
/// what they are follows from the container's bytes and its name, so the thread's memory of
/// clean values can vouch for the whole run at once (see `matcher::CleanValues`). Recorded
/// only for a container walked whole, with no value cut off by the depth or argument bounds
/// (which depend on where the container stands, not on its bytes).
#[derive(Debug, Clone)]
pub(crate) struct BodySpan {
    /// The container's path (`items[3]`; empty for the document): where its first item's
    /// name starts, in the request's names, up to the path's length.
    name: Name,
    /// Its bytes in the body, brackets included.
    raw: Range<usize>,
    /// Its items, as indices of the body items; empty while open, and for a container that
    /// did not close whole.
    pub(crate) items: Range<usize>,
}

/// Collects the request line and headers as received.
#[derive(Debug, Clone, Default)]
pub struct RequestBuilder {
    raw: Vec<u8>,
    method: Range<usize>,
    uri: Range<usize>,
    version: Range<usize>,
    names: String,
    headers: Vec<(Range<usize>, Range<usize>)>,
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

    /// A builder with room for a head of `bytes` bytes and `headers` headers (growing the
    /// buffers from empty was half the cost of building a small head).
    pub fn with_capacity(limits: Limits, bytes: usize, headers: usize) -> Self {
        RequestBuilder {
            raw: Vec::with_capacity(bytes),
            names: String::with_capacity(bytes / 4),
            headers: Vec::with_capacity(headers),
            ..RequestBuilder::new(limits)
        }
    }

    fn put(&mut self, b: &[u8]) -> Range<usize> {
        let start = self.raw.len();
        self.raw.extend_from_slice(b);
        start..self.raw.len()
    }

    /// The method as received.
    pub fn method(mut self, m: impl AsRef<[u8]>) -> Self {
        self.method = self.put(m.as_ref());
        self
    }

    /// The request target as received (`/path?query`, or absolute form).
    pub fn uri(mut self, u: impl AsRef<[u8]>) -> Self {
        self.uri = self.put(u.as_ref());
        self
    }

    /// The protocol version, e.g. `HTTP/1.1`.
    pub fn version(mut self, v: impl AsRef<[u8]>) -> Self {
        self.version = self.put(v.as_ref());
        self
    }

    /// Adds one header, in received order; duplicates allowed.
    pub fn header(mut self, name: impl AsRef<[u8]>, value: impl AsRef<[u8]>) -> Self {
        self.push_header(name.as_ref(), value.as_ref());
        self
    }

    /// Adds one header (by reference, for loops).
    pub fn push_header(&mut self, name: &[u8], value: &[u8]) {
        let start = self.names.len();
        self.names.push_str(&String::from_utf8_lossy(name));
        let name = start..self.names.len();
        let value = self.put(value);
        self.headers.push((name, value));
    }

    /// Builds the head of the inspected request.
    pub fn build(self) -> InspectedRequest {
        let mut req = InspectedRequest {
            raw: self.raw,
            method: self.method,
            uri: self.uri,
            version: self.version,
            headers: self.headers,
            head_names: 0,
            names: self.names,
            derived: Vec::new(),
            head_derived: 0,
            head_items: Vec::new(),
            body_items: Vec::new(),
            body: Vec::new(),
            body_len: 0,
            encoded_len: None,
            transcoded: None,
            anomalies: Vec::new(),
            args_seen: 0,
            graphql_docs: 0,
            graphql_guesses: 0,
            binary_files: Vec::new(),
            body_spans: Vec::new(),
            depth_cuts: 0,
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
        self.raw.get(self.method.clone()).unwrap_or_default()
    }

    /// The request target as received.
    pub fn uri(&self) -> &[u8] {
        self.raw.get(self.uri.clone()).unwrap_or_default()
    }

    /// The protocol version as received.
    pub fn version(&self) -> &[u8] {
        self.raw.get(self.version.clone()).unwrap_or_default()
    }

    /// The path part of the URI, undecoded (for route and exclusion prefixes).
    pub fn raw_path(&self) -> &[u8] {
        let path = split_query(self.uri()).0;
        strip_authority(path)
    }

    fn header_name(&self, r: &Range<usize>) -> &str {
        self.names.get(r.clone()).unwrap_or_default()
    }

    /// Headers as received, in order.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.headers.iter().map(|(n, v)| {
            (
                self.header_name(n),
                self.raw.get(v.clone()).unwrap_or_default(),
            )
        })
    }

    /// Values of every header named `name` (case-insensitive).
    pub fn header_values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a [u8]> + 'a {
        let names = self.names.as_bytes();
        self.headers
            .iter()
            .filter(move |(n, _)| {
                names
                    .get(n.clone())
                    .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            })
            .map(|(_, v)| self.raw.get(v.clone()).unwrap_or_default())
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
            Value::Raw(r) => self.raw.get(r.clone()).unwrap_or_default(),
            Value::Derived(r) => self.derived.get(r.clone()).unwrap_or_default(),
            Value::Name => self.name(item).as_bytes(),
            Value::RawBody => &self.body,
            Value::InBody(r) => self.body.get(r.clone()).unwrap_or_default(),
        }
    }

    /// The name of an item (empty for unnamed parts).
    pub fn name(&self, item: &Item) -> &str {
        self.names.get(item.name.range()).unwrap_or_default()
    }

    /// The target label shown in matches: `ARGS:q`, `HEADERS:User-Agent`,
    /// `BODY:json.user.name`, `FILES:upload`, `PATH`, ...
    pub fn label(&self, item: &Item) -> String {
        let name = self.name(item);
        let (kind, named) = match item.part {
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
                let kind = if item.part == Part::ArgPost {
                    "BODY"
                } else {
                    "BODY_NAMES"
                };
                return match item.origin {
                    Origin::Raw => kind.to_string(),
                    o => format!("{kind}:{}.{}", o.prefix(), name),
                };
            }
            Part::Header => ("HEADERS", true),
            Part::HeaderName => ("HEADERS_NAMES", true),
            Part::Cookie => ("COOKIES", true),
            Part::CookieName => ("COOKIES_NAMES", true),
            Part::Body | Part::ParsedBody => ("BODY", false),
            Part::FileName => ("FILES", true),
            // A binary body is inspected as one unnamed file.
            Part::FileContent if name.is_empty() => ("FILES_CONTENT", false),
            Part::FileContent => ("FILES_CONTENT", true),
            Part::PartHeader => ("MULTIPART_HEADERS", true),
            Part::BodyBinary => ("BODY_BINARY", false),
        };
        if named {
            format!("{kind}:{}", name)
        } else {
            kind.to_string()
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

    /// The body's length as received, when it came with a `Content-Encoding` and
    /// [`InspectedRequest::body`] is what it decoded to.
    pub fn encoded_len(&self) -> Option<usize> {
        self.encoded_len
    }

    /// `"utf-16le"` or `"utf-16be"` when the body was UTF-16 and [`InspectedRequest::body`]
    /// is its UTF-8 transcoding.
    pub fn transcoded_from(&self) -> Option<&'static str> {
        self.transcoded.map(body::Utf16::name)
    }

    /// What the parsers found odd.
    pub fn anomalies(&self) -> &[Anomaly] {
        &self.anomalies
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Counts one more GraphQL document in the body, with the sign-in or code fields at its
    /// top; returns how many documents and such fields there are now.
    pub(crate) fn count_graphql_doc(&mut self, guesses: usize) -> (usize, usize) {
        self.graphql_docs = self.graphql_docs.saturating_add(1);
        self.graphql_guesses = self.graphql_guesses.saturating_add(guesses);
        (self.graphql_docs, self.graphql_guesses)
    }

    /// Records an anomaly once.
    pub fn add_anomaly(&mut self, a: Anomaly) {
        if !self.anomalies.contains(&a) {
            self.anomalies.push(a);
        }
    }

    /// Forgets the anomalies recorded after the first `len` (a parse that was tried and
    /// abandoned for another reading of the same bytes).
    pub(crate) fn truncate_anomalies(&mut self, len: usize) {
        self.anomalies.truncate(len);
    }

    /// Sets the body (or its first bytes, with `full_len` the real length) and parses it
    /// according to `Content-Type`. Replaces any earlier body.
    pub fn set_body(&mut self, body: Vec<u8>, full_len: u64) {
        self.body_items.clear();
        self.derived.truncate(self.head_derived);
        self.names.truncate(self.head_names);
        self.anomalies.retain(|a| !a.is_body());
        self.graphql_docs = 0;
        self.graphql_guesses = 0;
        self.binary_files.clear();
        self.body_spans.clear();
        self.depth_cuts = 0;
        self.args_seen = self
            .head_items
            .iter()
            .filter(|i| i.part == Part::ArgGet)
            .count();
        self.encoded_len = None;
        let truncated = (body.len() as u64) < full_len;
        if truncated {
            self.add_anomaly(Anomaly::BodyTruncated);
        }
        // A compressed body is inspected as the application will read it: decoded.
        let body = match body::decode_content(
            self.header_values("content-encoding"),
            &body,
            truncated,
            self.limits.max_decoded_body,
        ) {
            body::Decoded::Identity => body,
            body::Decoded::Bytes { body: decoded, cut } => {
                if cut {
                    self.add_anomaly(Anomaly::EncodingTooLarge);
                }
                self.encoded_len = Some(body.len());
                decoded
            }
            body::Decoded::Failed(anomaly) => {
                self.add_anomaly(anomaly);
                body
            }
        };
        // A UTF-16 text body is inspected as the text it is: transcoded to UTF-8.
        self.transcoded = None;
        let content_type = self.header("content-type").map(<[u8]>::to_vec);
        let body = if body::carries_binary(content_type.as_deref()).is_some() {
            body
        } else {
            match body::utf16_order(content_type.as_deref(), &body) {
                Ok(Some(order)) => {
                    self.transcoded = Some(order);
                    body::utf16_to_utf8(&body, order)
                }
                Ok(None) => body,
                Err(anomaly) => {
                    self.add_anomaly(anomaly);
                    body
                }
            }
        };
        self.body_len = full_len.max(body.len() as u64);
        self.body = body;
        if self.body.is_empty() {
            return;
        }
        self.body_items.push(Item {
            part: Part::Body,
            origin: Origin::Raw,
            name: Name::default(),
            value: Value::RawBody,
        });
        // Body names (argument paths) take about as many bytes as the body; room up front
        // saves growing the buffer a dozen times.
        self.names.reserve(self.body.len());
        // The parsers add items while they read the body; values found verbatim in it are
        // kept as ranges of it rather than copied.
        let body = std::mem::take(&mut self.body);
        let parsed = body::parse(self, &body, content_type.as_deref());
        self.body = body;
        match parsed {
            Parsed::Raw => self.push_raw_body_arg(),
            Parsed::Structured => {}
            // Every argument made it in (none dropped over `max_args`): the body's bytes are
            // all argument values and names.
            Parsed::AllArguments if !self.anomalies.contains(&Anomaly::TooManyArgs) => {
                for item in &mut self.body_items {
                    if item.part == Part::Body {
                        item.part = Part::ParsedBody;
                    }
                }
            }
            Parsed::AllArguments => {}
        }
        if let Some(multipart) = body::carries_binary(content_type.as_deref()) {
            self.split_binary_body(multipart);
        }
    }

    /// Notes a multipart file whose content (a slice of the body being parsed) holds binary
    /// bytes.
    pub(crate) fn note_binary_file(&mut self, content: &[u8]) {
        self.binary_files
            .push((content.as_ptr() as usize, content.len()));
    }

    /// A body of a type that carries binary data (an upload, a form with files) that holds
    /// binary bytes is not inspected byte for byte by text rules: compressed data raises
    /// false alarms in proportion to its size, and costs as much.
    ///
    /// - A binary media type: the body is inspected as one uploaded file (`FILES_CONTENT`),
    ///   as its text ([`crate::normalize::printable_text`]) and, for a zip archive, its XML
    ///   documents ([`crate::normalize::zip_documents`]), not as `BODY`.
    /// - A multipart form: `BODY` leaves out the content of binary files (each is a
    ///   `FILES_CONTENT` value already), and is itself cut to its text if binary bytes remain.
    ///
    /// Either way the bytes as received move to `BODY_BINARY`, where only rules written for
    /// binary formats (serialization streams) look.
    fn split_binary_body(&mut self, multipart: bool) {
        let text = if multipart && !self.binary_files.is_empty() {
            let base = self.body.as_ptr() as usize;
            let mut files: Vec<Range<usize>> = self
                .binary_files
                .iter()
                .filter_map(|&(addr, len)| {
                    let start = addr.checked_sub(base)?;
                    let end = start.checked_add(len)?;
                    (end <= self.body.len()).then_some(start..end)
                })
                .collect();
            files.sort_by_key(|r| r.start);
            let mut rest = Vec::with_capacity(self.body.len().min(64 << 10));
            let mut at = 0;
            for f in files {
                if f.start >= at {
                    rest.extend_from_slice(self.body.get(at..f.start).unwrap_or_default());
                    at = f.end;
                }
            }
            rest.extend_from_slice(self.body.get(at..).unwrap_or_default());
            crate::normalize::printable_text(&rest).into_owned()
        } else {
            let text = crate::normalize::printable_text(&self.body);
            match crate::normalize::with_zip_documents(text, &self.body) {
                Cow::Borrowed(_) => return,
                Cow::Owned(t) => t,
            }
        };
        let start = self.derived.len();
        self.derived.extend_from_slice(&text);
        let range = start..self.derived.len();
        for item in &mut self.body_items {
            if item.part == Part::Body {
                item.value = Value::Derived(range.clone());
                if !multipart {
                    item.part = Part::FileContent;
                }
            }
        }
        self.body_items.push(Item {
            part: Part::BodyBinary,
            origin: Origin::Raw,
            name: Name::default(),
            value: Value::RawBody,
        });
    }

    /// Replaces the body without parsing it (tests that drive one parser directly).
    #[cfg(test)]
    pub(crate) fn replace_body_unparsed(&mut self, body: Vec<u8>) {
        self.body = body;
    }

    /// Reserves room for `n` more body items (a parser that knows roughly how many it adds).
    pub(crate) fn reserve_body_items(&mut self, n: usize) {
        self.body_items.reserve(n);
    }

    /// Adds `name` to the names being collected.
    fn add_name(&mut self, name: &str) -> Name {
        let start = self.names.len();
        self.names.push_str(name);
        Name::at(start..self.names.len())
    }

    /// Adds `b` to the parser-produced values.
    fn derive(&mut self, b: &[u8]) -> Value {
        let start = self.derived.len();
        self.derived.extend_from_slice(b);
        Value::Derived(start..self.derived.len())
    }

    fn body_value(&mut self, b: BodyBytes<'_>) -> Value {
        match b {
            BodyBytes::Copy(b) => self.derive(b),
            BodyBytes::At(r) => Value::InBody(r),
        }
    }

    /// Has `BODY` judged as `view` instead of the bytes received (a JSON document's skeleton:
    /// see `body::json_skeleton`).
    pub(crate) fn judge_body_as(&mut self, view: &[u8]) {
        let value = self.derive(view);
        for item in &mut self.body_items {
            if item.part == Part::Body {
                item.value = value.clone();
            }
        }
    }

    /// Adds the whole body as one argument, for bodies that are not (or could not be) parsed.
    pub(crate) fn push_raw_body_arg(&mut self) {
        self.body_items.push(Item {
            part: Part::ArgPost,
            origin: Origin::Raw,
            name: Name::default(),
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
        if !self.take_arg() {
            return false;
        }
        let name = self.add_name(path);
        if let Some(key) = key.filter(|k| !k.is_empty()) {
            let value = match key {
                // A form field or multipart name: the key is the name itself.
                BodyBytes::Copy(k) if k == path.as_bytes() => Value::Name,
                k => self.body_value(k),
            };
            self.body_items.push(Item {
                part: Part::ArgPostName,
                origin,
                name,
                value,
            });
        }
        self.push_arg_value(origin, name, value);
        true
    }

    /// The `ARGS_POST` item of a body argument already named and counted.
    fn push_arg_value(&mut self, origin: Origin, name: Name, value: BodyBytes<'_>) {
        let value = self.body_value(value);
        self.body_items.push(Item {
            part: Part::ArgPost,
            origin,
            name,
            value,
        });
    }

    /// Adds a value read out of an uploaded file's records (a table's cell, a calendar's
    /// property) as a body argument, outside [`Limits::max_args`]: the caller bounds them.
    pub(crate) fn push_record_arg(&mut self, origin: Origin, path: &str, value: &[u8]) {
        let name = self.add_name(path);
        self.push_arg_value(origin, name, BodyBytes::Copy(value));
    }

    /// Opens a [`BodySpan`] for the JSON container whose bytes are `raw` (of the body, at most
    /// [`MAX_SPAN_BYTES`]), about to be walked; returns what
    /// [`InspectedRequest::close_body_span`] takes.
    pub(crate) fn open_body_span(&mut self, raw: Range<usize>) -> (usize, usize) {
        let (names, items) = (self.names.len(), self.body_items.len());
        self.body_spans.push(BodySpan {
            name: Name::at(names..names),
            raw,
            items: items..items,
        });
        (self.body_spans.len() - 1, self.depth_cuts)
    }

    /// Closes the span `open` returned, for the container named `path`: it keeps its items
    /// when the walk went through it whole (`whole`, and no value cut off for depth in it), it
    /// holds two items or more, and they are named under `path`.
    pub(crate) fn close_body_span(&mut self, open: (usize, usize), path: &str, whole: bool) {
        let (span, cuts) = open;
        let end = self.body_items.len();
        let whole = whole && cuts == self.depth_cuts;
        let names = &self.names;
        if let Some(s) = self.body_spans.get_mut(span) {
            let at = s.name.start;
            if whole
                && end >= s.items.start + 2
                && names.as_bytes().get(at..at + path.len()) == Some(path.as_bytes())
            {
                s.name = Name::at(at..at + path.len());
                s.items.end = end;
            }
        }
    }

    /// Notes a value cut off by [`Limits::max_depth`] (see [`BodySpan`]).
    pub(crate) fn note_depth_cut(&mut self) {
        self.depth_cuts += 1;
        self.add_anomaly(Anomaly::TooDeep);
    }

    /// The body's spans, outermost first; those that did not close whole hold no items.
    pub(crate) fn body_spans(&self) -> &[BodySpan] {
        &self.body_spans
    }

    /// A span's name and bytes.
    pub(crate) fn span_key(&self, span: &BodySpan) -> (&str, &[u8]) {
        (
            self.names.get(span.name.range()).unwrap_or_default(),
            self.body.get(span.raw.clone()).unwrap_or_default(),
        )
    }

    /// Counts one more argument (a value, a JSON key that holds an object or an array, a
    /// multipart part header or file name) against `max_args`; false, with
    /// [`Anomaly::TooManyArgs`], when there is no room.
    pub(crate) fn take_arg(&mut self) -> bool {
        if self.args_seen >= self.limits.max_args {
            self.add_anomaly(Anomaly::TooManyArgs);
            return false;
        }
        self.args_seen += 1;
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
        let name = self.add_name(name);
        let value = self.body_value(value);
        self.body_items.push(Item {
            part,
            origin,
            name,
            value,
        });
    }

    fn push_head(&mut self, part: Part, name: Name, value: Value) {
        self.head_items.push(Item {
            part,
            origin: Origin::Head,
            name,
            value,
        });
    }

    fn index_head(&mut self) {
        // The raw bytes are only read here; values are ranges of them or go to `derived`.
        let raw = std::mem::take(&mut self.raw);
        let (method, uri, version) = (self.method.clone(), self.uri.clone(), self.version.clone());
        let uri_bytes = raw.get(uri.clone()).unwrap_or_default();
        let query_at = memchr::memchr(b'?', uri_bytes);
        let args = query_at.map_or(0, |q| {
            memchr::memchr_iter(b'&', uri_bytes.get(q..).unwrap_or_default()).count() + 1
        });
        self.head_items
            .reserve(8 + 2 * args.min(self.limits.max_args) + 2 * self.headers.len());
        self.derived
            .reserve(raw.len() + uri_bytes.len() + uri_bytes.len());

        self.push_head(Part::Method, Name::default(), Value::Raw(method.clone()));
        self.push_head(Part::Protocol, Name::default(), Value::Raw(version.clone()));
        let start = self.derived.len();
        self.derived
            .extend_from_slice(raw.get(method).unwrap_or_default());
        self.derived.push(b' ');
        self.derived.extend_from_slice(uri_bytes);
        if !version.is_empty() {
            self.derived.push(b' ');
            self.derived
                .extend_from_slice(raw.get(version).unwrap_or_default());
        }
        self.push_head(
            Part::RequestLine,
            Name::default(),
            Value::Derived(start..self.derived.len()),
        );
        self.push_head(Part::Uri, Name::default(), Value::Raw(uri.clone()));

        let (path, query) = split_query(uri_bytes);
        let path = strip_authority(path);
        if has_bad_percent(uri_bytes) {
            self.add_anomaly(Anomaly::UriBadEncoding);
            // (Only invalid escapes can split a word: looked for only then.)
            if splits_words(uri_bytes) {
                self.add_anomaly(Anomaly::UriSplitWord);
            }
        }
        let start = self.derived.len();
        percent_decode_into(path, &mut self.derived);
        let end = self.derived.len();
        let decoded_path = self.derived.get(start..end).unwrap_or_default();
        let base = memchr::memrchr(b'/', decoded_path).map_or(start, |s| start + s + 1);
        self.push_head(Part::Path, Name::default(), Value::Derived(start..end));
        self.push_head(Part::Basename, Name::default(), Value::Derived(base..end));
        let path_text = self
            .derived
            .get(start..end)
            .and_then(crate::body::path_base64);
        if let Some(text) = path_text {
            let n = self.add_name(PATH_BASE64);
            let v = self.derive(&text);
            self.push_head(Part::ArgGet, n, v);
        }
        for (k, v) in matrix_params(path) {
            let mut name = Vec::new();
            percent_decode_into(k, &mut name);
            let n = self.add_name(&String::from_utf8_lossy(&name));
            let mut value = Vec::new();
            percent_decode_into(v, &mut value);
            let v = self.derive(&value);
            self.push_head(Part::ArgGet, n, v);
        }
        if let (Some(q), Some(at)) = (query, query_at) {
            let q_start = uri.start + at + 1;
            self.push_head(Part::Query, Name::default(), Value::Raw(q_start..uri.end));
            let mut n = 0;
            // Values taken from JSON documents in arguments: as many as arguments at most.
            let mut json_budget = self.limits.max_args;
            let mut scratch = Vec::new();
            for pair in split_byte(q, b'&').filter(|p| !p.is_empty()) {
                if n >= self.limits.max_args {
                    self.add_anomaly(Anomaly::TooManyArgs);
                    break;
                }
                n += 1;
                let (name, value) = split_pair(pair);
                scratch.clear();
                form_decode_into(name, &mut scratch);
                let name = self.add_name(&String::from_utf8_lossy(&scratch));
                self.push_head(Part::ArgGetName, name, Value::Name);
                let start = self.derived.len();
                form_decode_into(value, &mut self.derived);
                let end = self.derived.len();
                self.push_head(Part::ArgGet, name, Value::Derived(start..end));
                let decoded = self.derived.get(start..end).unwrap_or_default();
                // Base64 text: a document is judged as a file's content; short text as an
                // argument too, markup included (which is also read as XML below).
                let (doc, arg) = crate::body::base64_carried(decoded, true);
                let arg_name = String::from_utf8_lossy(&scratch);
                let jwt = crate::body::jwt_leaves(decoded, &arg_name, self.limits.max_depth);
                let hex = crate::body::hex_arg(decoded);
                if json_budget > 0 && crate::body::may_hold_json_bytes(decoded) {
                    let decoded = decoded.to_vec();
                    let name = String::from_utf8_lossy(&scratch).into_owned();
                    self.push_json_leaves(Part::ArgGet, &name, &decoded, &mut json_budget);
                } else if json_budget > 0 {
                    if let Some(doc) = crate::body::embedded_xml(&scratch, decoded) {
                        let name = String::from_utf8_lossy(&scratch).into_owned();
                        self.push_xml_leaves(&name, &doc, &mut json_budget);
                    } else if let Some(text) = doc {
                        let name = format!("{}.base64", String::from_utf8_lossy(&scratch));
                        let n = self.add_name(&name);
                        let v = self.derive(&text);
                        self.push_head(Part::FileContent, n, v);
                        json_budget -= 1;
                    }
                }
                if let Some(text) = arg.filter(|_| json_budget > 0) {
                    let name = format!("{}.base64", String::from_utf8_lossy(&scratch));
                    let n = self.add_name(&name);
                    let v = self.derive(&text);
                    self.push_head(Part::ArgGet, n, v);
                    json_budget -= 1;
                }
                if let Some(text) = hex.filter(|_| json_budget > 0) {
                    let name = format!("{}.hex", String::from_utf8_lossy(&scratch));
                    let n = self.add_name(&name);
                    let v = self.derive(&text);
                    self.push_head(Part::ArgGet, n, v);
                    json_budget -= 1;
                }
                if let Some(jwt) = jwt {
                    self.push_leaves(Part::ArgGet, &jwt, &mut json_budget);
                }
            }
            self.args_seen = n;
        }

        let headers = std::mem::take(&mut self.headers);
        // Values taken from JSON documents in cookies: as many as arguments at most.
        let mut cookie_json_budget = self.limits.max_args;
        for (i, (name_at, value_at)) in headers.iter().enumerate() {
            if i >= self.limits.max_headers {
                self.add_anomaly(Anomaly::TooManyHeaders);
                break;
            }
            let name = Name::at(name_at.clone());
            self.push_head(Part::HeaderName, name, Value::Name);
            self.push_head(Part::Header, name, Value::Raw(value_at.clone()));
            let is = |n: &str| {
                self.names
                    .get(name_at.clone())
                    .is_some_and(|h| h.eq_ignore_ascii_case(n))
            };
            let (referer, cookie) = (is("referer"), is("cookie"));
            let authorization = is("authorization") || is("proxy-authorization");
            if referer {
                self.push_referer_args(&raw, value_at, name);
            }
            // An application's own header (`X-…`) carrying base64 text: judged decoded too.
            let own = self
                .names
                .get(name_at.clone())
                .is_some_and(|h| h.get(..2).is_some_and(|x| x.eq_ignore_ascii_case("x-")));
            let text = own
                .then(|| raw.get(value_at.clone()))
                .flatten()
                .and_then(|v| crate::body::base64_arg(v, false));
            if let Some(text) = text {
                let v = self.derive(&text);
                self.push_head(Part::Header, name, v);
            }
            // A bearer token (or an application's header) holding a JSON Web Token: its
            // header and claims are values the client chose, judged as arguments.
            let header = self.names.get(name_at.clone()).unwrap_or_default();
            let jwt = raw
                .get(value_at.clone())
                .filter(|_| own || authorization)
                .map(|v| crate::body::bearer_token(v).unwrap_or(v))
                .and_then(|v| crate::body::jwt_leaves(v, header, self.limits.max_depth));
            if let Some(jwt) = jwt {
                self.push_leaves(Part::ArgGet, &jwt, &mut cookie_json_budget);
            }
            // A Basic credential's user name, judged as an argument.
            let user = raw
                .get(value_at.clone())
                .filter(|_| authorization)
                .and_then(crate::body::basic_user);
            if let Some(user) = user {
                let header = self.names.get(name_at.clone()).unwrap_or_default();
                let name = format!("{header}.basic.user");
                let n = self.add_name(&name);
                let v = self.derive(user.as_bytes());
                self.push_head(Part::ArgGet, n, v);
            }
            if !cookie {
                continue;
            }
            let value = raw.get(value_at.clone()).unwrap_or_default();
            for pair in split_byte(value, b';') {
                let pair = crate::normalize::trim(pair);
                if pair.is_empty() {
                    continue;
                }
                let (n, v) = split_pair(&pair);
                let n = crate::normalize::trim(n);
                let text = String::from_utf8_lossy(&n).into_owned();
                let name = self.add_name(&text);
                self.push_head(Part::CookieName, name, Value::Name);
                let decoded = url_decode(v);
                let v = self.derive(&decoded);
                self.push_head(Part::Cookie, name, v);
                let jwt = crate::body::jwt_leaves(&decoded, &text, self.limits.max_depth);
                if let Some(doc) = cookie_json(&decoded) {
                    self.push_json_leaves(Part::Cookie, &text, doc, &mut cookie_json_budget);
                } else if let Some(jwt) = jwt {
                    self.push_leaves(Part::Cookie, &jwt, &mut cookie_json_budget);
                } else if let Some(b64) = cookie_base64(&decoded).filter(|_| cookie_json_budget > 0)
                {
                    // Base64 text (a session blob, preferences): judged decoded, and the
                    // values of a JSON document in it too.
                    let b64_name = format!("{text}.base64");
                    if crate::body::looks_like_xml(&b64) {
                        // A document (SharePoint's `FedAuth`): its values, not its markup.
                        let leaves = xml_leaves(&b64, &b64_name, self.limits.max_depth);
                        let take = leaves.len().min(cookie_json_budget);
                        cookie_json_budget -= take;
                        for (leaf, value) in leaves.into_iter().take(take) {
                            let n = self.add_name(&leaf);
                            let v = self.derive(&value);
                            self.push_head(Part::Cookie, n, v);
                        }
                        continue;
                    }
                    let n = self.add_name(&b64_name);
                    let v = self.derive(&b64);
                    self.push_head(Part::Cookie, n, v);
                    cookie_json_budget -= 1;
                    if let Some(doc) = cookie_json(&b64) {
                        self.push_json_leaves(
                            Part::Cookie,
                            &b64_name,
                            doc,
                            &mut cookie_json_budget,
                        );
                    }
                }
            }
        }
        self.headers = headers;
        self.raw = raw;
        self.head_derived = self.derived.len();
        self.head_names = self.names.len();
    }
}

/// The name of the argument a path's base64 text is judged as (`ARGS:path.base64`; see
/// `crate::body::path_base64`).
const PATH_BASE64: &str = "path.base64";

/// Query arguments of a `Referer` URL inspected at most (see `push_referer_args`).
const MAX_REFERER_ARGS: usize = 32;

impl InspectedRequest {
    /// The values of a JSON document found in an argument or a cookie (`filter={"where":…}`,
    /// Express's `j:{…}` cookies), pushed as more values of `part` under `name.path`, and
    /// their keys as names: at most [`MAX_QUERY_JSON_LEAVES`] per document and `budget` in
    /// all.
    fn push_json_leaves(&mut self, part: Part, name: &str, doc: &[u8], budget: &mut usize) {
        let leaves = json_leaves(doc, name, self.limits.max_depth);
        self.push_leaves(part, &leaves, budget);
    }

    /// Leaves of a document (a JSON value's, a JSON Web Token's: [`crate::body::jwt_leaves`])
    /// as `part` items and their keys as names (`CookieName` for cookies, `ArgGetName`
    /// otherwise): as many as `budget` allows, which they use up.
    fn push_leaves(&mut self, part: Part, leaves: &JsonLeaves, budget: &mut usize) {
        let names = match part {
            Part::Cookie => Part::CookieName,
            _ => Part::ArgGetName,
        };
        let take = leaves.len().min(*budget);
        *budget -= take;
        for (leaf, key, value) in leaves.iter().take(take) {
            let key = key.as_deref().map(str::as_bytes);
            self.push_head_leaf(part, names, leaf, key, value);
        }
    }

    /// One leaf of a document found in a head value: its key (if any) as a `names` item, its
    /// value as a `part` item, both named by the leaf's path.
    fn push_head_leaf(
        &mut self,
        part: Part,
        names: Part,
        leaf: &str,
        key: Option<&[u8]>,
        value: &[u8],
    ) {
        if let Some(key) = key {
            let n = self.add_name(leaf);
            let k = self.derive(key);
            self.push_head(names, n, k);
        }
        let n = self.add_name(leaf);
        let v = self.derive(value);
        self.push_head(part, n, v);
    }

    /// A query argument carrying an encoded XML document (a SAML message of the
    /// HTTP-Redirect binding, see [`crate::body::embedded_xml`]): the document whole as a
    /// file's content (`FILES_CONTENT:SAMLRequest`), its text and attribute values as more
    /// query arguments under `name.path` and attribute names as names; at most `budget`
    /// values (shared with the query's JSON documents).
    fn push_xml_leaves(&mut self, name: &str, doc: &[u8], budget: &mut usize) {
        let n = self.add_name(name);
        let v = self.derive(doc);
        self.push_head(Part::FileContent, n, v);
        let mut leaves: Vec<(String, Option<Vec<u8>>, Vec<u8>)> = Vec::new();
        let room = *budget;
        crate::body::walk_xml(doc, self.limits.max_depth, &mut |p, key, value| {
            if leaves.len() >= room {
                return false;
            }
            leaves.push((
                format!("{name}.{p}"),
                key.map(<[u8]>::to_vec),
                value.to_vec(),
            ));
            true
        });
        *budget -= leaves.len();
        for (path, key, value) in leaves {
            self.push_head_leaf(
                Part::ArgGet,
                Part::ArgGetName,
                &path,
                key.as_deref(),
                &value,
            );
        }
    }

    /// The argument values of the query of a `Referer` URL, each decoded, as more values of
    /// that header: the page a request claims to come from is the client's to write, and
    /// tools put payloads in its query (`?id=1 AND 5719 BETWEEN 5719 AND 5719`), where rules
    /// anchored at a value's start only see them one by one. The header is still inspected
    /// whole too. At most [`MAX_REFERER_ARGS`] values; the rest of a longer query is read
    /// only in the whole header.
    fn push_referer_args(&mut self, raw: &[u8], value_at: &Range<usize>, name: Name) {
        let value = raw.get(value_at.clone()).unwrap_or_default();
        let Some(query) = split_query(value).1 else {
            return;
        };
        let query = query
            .get(..memchr::memchr(b'#', query).unwrap_or(query.len()))
            .unwrap_or_default();
        for pair in split_byte(query, b'&')
            .filter(|p| !p.is_empty())
            .take(MAX_REFERER_ARGS)
        {
            let v = split_pair(pair).1;
            if v.is_empty() {
                continue;
            }
            let start = self.derived.len();
            form_decode_into(v, &mut self.derived);
            self.push_head(
                Part::Header,
                name,
                Value::Derived(start..self.derived.len()),
            );
        }
    }
}

/// The most values taken from one query argument that holds a JSON document (and all of a
/// query's together take at most `max_args`).
const MAX_QUERY_JSON_LEAVES: usize = 64;

/// The JSON document a cookie value holds, if any: the whole value (`{"theme":"dark"}`) or
/// what follows Express's `j:` prefix for JSON cookies (`j:{"cart":[…]}`).
fn cookie_json(value: &[u8]) -> Option<&[u8]> {
    let doc = value.strip_prefix(b"j:").unwrap_or(value);
    crate::body::may_hold_json_bytes(doc).then_some(doc)
}

/// The text and attribute values of the XML document `doc` (a cookie's, decoded), named
/// `name.path`; at most [`MAX_QUERY_JSON_LEAVES`].
fn xml_leaves(doc: &[u8], name: &str, max_depth: usize) -> Vec<(String, Vec<u8>)> {
    let mut leaves = Vec::new();
    crate::body::walk_xml(doc, max_depth, &mut |p, _key, value| {
        if leaves.len() >= MAX_QUERY_JSON_LEAVES {
            return false;
        }
        leaves.push((format!("{name}.{p}"), value.to_vec()));
        true
    });
    leaves
}

/// The text a cookie value carries base64-encoded (see `crate::body::base64_arg`): a session
/// blob or preferences the application decodes (`session_data=bmFtZSBBU0Ms…`), or the payload
/// of a signed session cookie ([`signed_payload`]). The application checks the signature
/// before it trusts the payload, but many read it first (a flash message, a return-to URL
/// logged or shown, a deserializer that runs before the check), and a leaked or weak secret
/// makes any payload valid.
fn cookie_base64(value: &[u8]) -> Option<Vec<u8>> {
    crate::body::base64_arg(value, false)
        .or_else(|| signed_payload(value).and_then(|p| crate::body::base64_arg(p, false)))
}

/// The payload of a signed session cookie, whose signature is kept apart: Rails'
/// `data--digest` (and its encrypted `data--iv--tag`, whose data decodes to no text),
/// itsdangerous' (Flask) `data.timestamp.signature` and Django's `data:timestamp:signature`,
/// without the leading `.` that marks a compressed payload (which `base64_arg` inflates).
fn signed_payload(value: &[u8]) -> Option<&[u8]> {
    if let Some(at) = memchr::memmem::find(value, b"--") {
        return value.get(..at);
    }
    let v = value.strip_prefix(b".").unwrap_or(value);
    [b'.', b':'].into_iter().find_map(|sep| {
        let mut pieces = v.split(move |&b| b == sep);
        let data = pieces.next()?;
        // (The timestamp and the signature: two pieces more, no other.)
        let rest = pieces.count();
        (rest == 2).then_some(data)
    })
}

/// Leaves of a document: (name, key, value); see [`json_leaves`].
pub(crate) type JsonLeaves = Vec<(String, Option<String>, Vec<u8>)>;

/// The scalar values of the JSON document `value` (a query argument named `name`), as
/// (name, key, value): `filter={"where":{"url":"x"}}` gives `("filter.where.url",
/// Some("url"), "x")`. At most [`MAX_QUERY_JSON_LEAVES`], down to `max_depth`; a document
/// that does not parse gives none. Strings inside it are not looked into again.
pub(crate) fn json_leaves(value: &[u8], name: &str, max_depth: usize) -> JsonLeaves {
    fn walk(
        v: &serde_json::Value,
        path: &mut String,
        key: Option<&str>,
        depth: usize,
        max_depth: usize,
        out: &mut Vec<(String, Option<String>, Vec<u8>)>,
    ) {
        if out.len() >= MAX_QUERY_JSON_LEAVES || depth > max_depth {
            return;
        }
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    let len = path.len();
                    path.push('.');
                    path.push_str(k);
                    walk(child, path, Some(k), depth + 1, max_depth, out);
                    path.truncate(len);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    walk(child, path, None, depth + 1, max_depth, out);
                    path.truncate(len);
                }
            }
            serde_json::Value::String(s) => {
                out.push((path.clone(), key.map(str::to_string), s.as_bytes().to_vec()));
            }
            other => out.push((
                path.clone(),
                key.map(str::to_string),
                other.to_string().into_bytes(),
            )),
        }
    }
    let mut out = Vec::new();
    if let Ok(doc) = serde_json::from_slice::<serde_json::Value>(value) {
        walk(&doc, &mut name.to_string(), None, 1, max_depth, &mut out);
    }
    out
}

/// `s` split at every `sep`, as `<[u8]>::split` does (empty pieces included), a `memchr`
/// per piece rather than a test per byte.
pub(crate) fn split_byte(s: &[u8], sep: u8) -> SplitByte<'_> {
    SplitByte { rest: Some(s), sep }
}

/// The iterator of [`split_byte`].
pub(crate) struct SplitByte<'a> {
    rest: Option<&'a [u8]>,
    sep: u8,
}

impl<'a> Iterator for SplitByte<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let rest = self.rest?;
        match memchr::memchr(self.sep, rest) {
            Some(p) => {
                self.rest = Some(rest.get(p + 1..).unwrap_or_default());
                Some(rest.get(..p).unwrap_or_default())
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// Splits `name=value` at the first `=`; without one, all is the name.
/// How many matrix parameters of a path are judged as arguments.
const MAX_MATRIX_PARAMS: usize = 16;

/// A path's matrix parameters, `name=value` after a `;` in a segment
/// (`/shop;jsessionid=…/item;color=red;size=m`), as sent: Tomcat reads `jsessionid` there,
/// Spring's `@MatrixVariable` and JAX-RS's `@MatrixParam` read any of them, and Tomcat takes
/// every parameter out of the path it maps. A `;` in an encoded form (`%3B`) is no separator.
/// Their values are judged as query arguments; their names are not (`;jsessionid=` is how a
/// servlet container keeps a cookieless session, not a parameter a client chose).
fn matrix_params(path: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    memchr::memchr(b';', path)
        .map_or(&b""[..], |at| path.get(at..).unwrap_or_default())
        .split(|&b| b == b'/')
        .flat_map(|segment| split_byte(segment, b';').skip(1))
        .filter_map(|param| {
            let at = memchr::memchr(b'=', param)?;
            Some((param.get(..at)?, param.get(at + 1..)?))
        })
        .filter(|(k, _)| !k.is_empty())
        .take(MAX_MATRIX_PARAMS)
}

fn split_pair(pair: &[u8]) -> (&[u8], &[u8]) {
    match memchr::memchr(b'=', pair) {
        Some(eq) => (
            pair.get(..eq).unwrap_or_default(),
            pair.get(eq + 1..).unwrap_or_default(),
        ),
        None => (pair, &b""[..]),
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

/// What follows `scheme://` in an absolute-form target (`http://h:80/x` → `h:80/x`), or
/// `None` for any other target. Only a target that starts with a scheme is one: a `://`
/// further in (`/go/http://x/`, `/%0d%0aLocation:https://x/`) is part of the path.
pub(crate) fn after_scheme(target: &[u8]) -> Option<&[u8]> {
    let p = memchr::memmem::find(target, b"://")?;
    let scheme = target.get(..p)?;
    let is_scheme = scheme.first().is_some_and(u8::is_ascii_alphabetic)
        && scheme
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'));
    is_scheme.then(|| target.get(p + 3..).unwrap_or_default())
}

/// Drops `scheme://authority` from an absolute-form target (see [`after_scheme`]: dropping
/// what comes before a `://` inside a path would hide it from every path rule).
fn strip_authority(path: &[u8]) -> &[u8] {
    match after_scheme(path) {
        Some(rest) => match memchr::memchr(b'/', rest) {
            Some(s) => rest.get(s..).unwrap_or_default(),
            None => b"/",
        },
        None => path,
    }
}

/// `%XX` decoded once (no `%u`): how servers decode paths. Appended to `out`. A `+` is a
/// space in a path whose escapes decode: a client that encoded it as a query meant one
/// (`/%22union+select+1`), and frameworks that decode path parameters as form data read one.
fn percent_decode_into(s: &[u8], out: &mut Vec<u8>) {
    let escape = |i: usize| {
        let hex = |j: usize| s.get(j).and_then(|&c| (c as char).to_digit(16));
        hex(i + 1).zip(hex(i + 2)).map(|(h, l)| (h * 16 + l) as u8)
    };
    // (Not where every escape is of a base64 character: see `normalize::url_decode`.)
    let plus = memchr::memchr(b'+', s).is_some()
        && memchr::memchr_iter(b'%', s)
            .any(|i| escape(i).is_some_and(|b| !crate::normalize::is_base64_byte(b)));
    let mut i = 0;
    while let Some(&b) = s.get(i) {
        if b == b'%' {
            if let Some(byte) = escape(i) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        i = crate::normalize::copy_to_next_percent_plus(s, i, out, plus);
    }
}

/// Whether percent signs split a word in `uri`: three or more letters each followed by a `%`,
/// then a letter (`s%e%l%e%c%t`, `%a%n%d`). A valid escape never puts a letter between two
/// `%`, so this is invalid encoding used to hide a word from a decoder that keeps the `%`.
fn splits_words(uri: &[u8]) -> bool {
    let mut run = 0usize;
    let mut i = 0;
    while let Some(&b) = uri.get(i) {
        if b.is_ascii_alphabetic() {
            if run >= 3 {
                return true;
            }
            if uri.get(i + 1) == Some(&b'%') {
                run += 1;
                i += 2;
                continue;
            }
        }
        run = 0;
        i += 1;
    }
    false
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
    split_byte(s, sep).filter(|p| !p.is_empty()).map(|pair| {
        let (n, v) = split_pair(pair);
        (form_decode(n), form_decode(v))
    })
}

/// Form decoding: `+` is a space, then `%XX` (and IIS-style `%uXXXX`, seen in attacks) are
/// decoded, once — as the application will.
fn form_decode(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    form_decode_into(s, &mut out);
    out
}

/// [`form_decode`] appended to `out`.
pub(crate) fn form_decode_into(s: &[u8], out: &mut Vec<u8>) {
    if memchr::memchr(b'+', s).is_none() {
        out.extend_from_slice(&url_decode(s));
        return;
    }
    let spaced: Vec<u8> = s
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    out.extend_from_slice(&url_decode(&spaced));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The head as it was indexed before items shared buffers (one owned name and value per
    /// item): the reference the shared-buffer indexing must match item for item.
    type Owned = Vec<(Part, String, Vec<u8>)>;

    /// The head's items as owned (part, name, value), to compare with [`reference_head`].
    fn head_owned(req: &InspectedRequest) -> Owned {
        req.head_items()
            .iter()
            .map(|i| (i.part, req.name(i).to_string(), req.value(i).to_vec()))
            .collect()
    }

    /// The cookie values of the head as (name, value).
    fn cookie_values(req: &InspectedRequest) -> Vec<(String, String)> {
        req.head_items()
            .iter()
            .filter(|i| i.part == Part::Cookie)
            .map(|i| {
                let label = req.label(i);
                let name = label.split_once(':').map_or("", |(_, n)| n).to_string();
                (name, String::from_utf8_lossy(req.value(i)).into_owned())
            })
            .collect()
    }

    fn reference_head(req: &InspectedRequest) -> (Owned, Vec<Anomaly>) {
        let limits = req.limits();
        let mut items: Owned = Vec::new();
        let mut anomalies = Vec::new();
        let mut push = |part: Part, name: &str, value: &[u8]| {
            items.push((part, name.to_string(), value.to_vec()));
        };
        let (method, uri, version) = (req.method(), req.uri(), req.version());
        push(Part::Method, "", method);
        push(Part::Protocol, "", version);
        let mut line = method.to_vec();
        line.push(b' ');
        line.extend_from_slice(uri);
        if !version.is_empty() {
            line.push(b' ');
            line.extend_from_slice(version);
        }
        push(Part::RequestLine, "", &line);
        push(Part::Uri, "", uri);
        let (path, query) = split_query(uri);
        let path = strip_authority(path);
        if has_bad_percent(uri) {
            anomalies.push(Anomaly::UriBadEncoding);
            if splits_words(uri) {
                anomalies.push(Anomaly::UriSplitWord);
            }
        }
        let mut decoded_path = Vec::new();
        percent_decode_into(path, &mut decoded_path);
        let basename = decoded_path
            .rsplit(|&b| b == b'/')
            .next()
            .unwrap_or_default()
            .to_vec();
        push(Part::Path, "", &decoded_path);
        push(Part::Basename, "", &basename);
        if let Some(text) = crate::body::path_base64(&decoded_path) {
            push(Part::ArgGet, PATH_BASE64, &text);
        }
        for (k, v) in super::matrix_params(path) {
            let mut name = Vec::new();
            percent_decode_into(k, &mut name);
            let name = String::from_utf8_lossy(&name).into_owned();
            let mut value = Vec::new();
            percent_decode_into(v, &mut value);
            push(Part::ArgGet, &name, &value);
        }
        if let Some(q) = query {
            push(Part::Query, "", q);
            let mut json_budget = limits.max_args;
            for (n, (name, value)) in parse_pairs(q, b'&').enumerate() {
                if n >= limits.max_args {
                    anomalies.push(Anomaly::TooManyArgs);
                    break;
                }
                let name = String::from_utf8_lossy(&name).into_owned();
                push(Part::ArgGetName, &name, name.as_bytes());
                push(Part::ArgGet, &name, &value);
                if json_budget > 0 && crate::body::may_hold_json_bytes(&value) {
                    let leaves = json_leaves(&value, &name, limits.max_depth);
                    let take = leaves.len().min(json_budget);
                    json_budget -= take;
                    for (leaf, key, v) in leaves.into_iter().take(take) {
                        if let Some(key) = key {
                            push(Part::ArgGetName, &leaf, key.as_bytes());
                        }
                        push(Part::ArgGet, &leaf, &v);
                    }
                } else if json_budget > 0 {
                    if let Some(doc) = crate::body::embedded_xml(name.as_bytes(), &value) {
                        push(Part::FileContent, &name, &doc);
                        let mut leaves = Vec::new();
                        crate::body::walk_xml(&doc, limits.max_depth, &mut |p, key, v| {
                            if leaves.len() >= json_budget {
                                return false;
                            }
                            leaves.push((
                                format!("{name}.{p}"),
                                key.map(<[u8]>::to_vec),
                                v.to_vec(),
                            ));
                            true
                        });
                        json_budget -= leaves.len();
                        for (leaf, key, v) in leaves {
                            if let Some(key) = key {
                                push(Part::ArgGetName, &leaf, &key);
                            }
                            push(Part::ArgGet, &leaf, &v);
                        }
                    } else if let Some(text) = crate::body::embedded_text(&value, true) {
                        push(Part::FileContent, &format!("{name}.base64"), &text);
                        json_budget -= 1;
                    }
                }
                if let Some(text) =
                    crate::body::base64_arg(&value, true).filter(|_| json_budget > 0)
                {
                    push(Part::ArgGet, &format!("{name}.base64"), &text);
                    json_budget -= 1;
                }
                if let Some(text) = crate::body::hex_arg(&value).filter(|_| json_budget > 0) {
                    push(Part::ArgGet, &format!("{name}.hex"), &text);
                    json_budget -= 1;
                }
                let jwt = crate::body::jwt_leaves(&value, &name, limits.max_depth)
                    .map(|l| l.to_vec())
                    .unwrap_or_default();
                let take = jwt.len().min(json_budget);
                json_budget -= take;
                for (leaf, key, v) in jwt.iter().take(take) {
                    if let Some(key) = key {
                        push(Part::ArgGetName, leaf, key.as_bytes());
                    }
                    push(Part::ArgGet, leaf, v);
                }
            }
        }
        let mut cookie_budget = limits.max_args;
        for (i, (name, value)) in req.headers().enumerate() {
            if i >= limits.max_headers {
                anomalies.push(Anomaly::TooManyHeaders);
                break;
            }
            push(Part::HeaderName, name, name.as_bytes());
            push(Part::Header, name, value);
            if name.get(..2).is_some_and(|x| x.eq_ignore_ascii_case("x-")) {
                if let Some(text) = crate::body::base64_arg(value, false) {
                    push(Part::Header, name, &text);
                }
            }
            if name.eq_ignore_ascii_case("referer") {
                if let Some(q) = value.splitn(2, |&b| b == b'?').nth(1) {
                    let q = q.split(|&b| b == b'#').next().unwrap_or_default();
                    for (_, v) in parse_pairs(q, b'&').take(MAX_REFERER_ARGS) {
                        if !v.is_empty() {
                            push(Part::Header, name, &v);
                        }
                    }
                }
            }
            let bearer = ["authorization", "proxy-authorization"]
                .iter()
                .any(|h| name.eq_ignore_ascii_case(h));
            if bearer || name.get(..2).is_some_and(|x| x.eq_ignore_ascii_case("x-")) {
                let token = crate::body::bearer_token(value).unwrap_or(value);
                let jwt = crate::body::jwt_leaves(token, name, limits.max_depth)
                    .map(|l| l.to_vec())
                    .unwrap_or_default();
                let take = jwt.len().min(cookie_budget);
                cookie_budget -= take;
                for (leaf, key, v) in jwt.iter().take(take) {
                    if let Some(key) = key {
                        push(Part::ArgGetName, leaf, key.as_bytes());
                    }
                    push(Part::ArgGet, leaf, v);
                }
            }
            if bearer {
                if let Some(user) = crate::body::basic_user(value) {
                    push(Part::ArgGet, &format!("{name}.basic.user"), user.as_bytes());
                }
            }
            if name.eq_ignore_ascii_case("cookie") {
                for pair in split_byte(value, b';') {
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
                    push(Part::CookieName, &n, n.as_bytes());
                    let decoded = url_decode(v);
                    push(Part::Cookie, &n, &decoded);
                    let mut docs = Vec::new();
                    let jwt = crate::body::jwt_leaves(&decoded, &n, limits.max_depth)
                        .map(|l| l.to_vec())
                        .unwrap_or_default();
                    if let Some(doc) = cookie_json(&decoded) {
                        docs.push((n.clone(), doc.to_vec()));
                    } else if !jwt.is_empty() {
                        let take = jwt.len().min(cookie_budget);
                        cookie_budget -= take;
                        for (leaf, key, v) in jwt.iter().take(take) {
                            if let Some(key) = key {
                                push(Part::CookieName, leaf, key.as_bytes());
                            }
                            push(Part::Cookie, leaf, v);
                        }
                    } else if let Some(b64) = cookie_base64(&decoded).filter(|_| cookie_budget > 0)
                    {
                        let b64_name = format!("{n}.base64");
                        if crate::body::looks_like_xml(&b64) {
                            let leaves = xml_leaves(&b64, &b64_name, limits.max_depth);
                            let take = leaves.len().min(cookie_budget);
                            cookie_budget -= take;
                            for (leaf, value) in leaves.into_iter().take(take) {
                                push(Part::Cookie, &leaf, &value);
                            }
                        } else {
                            push(Part::Cookie, &b64_name, &b64);
                            cookie_budget -= 1;
                            if let Some(doc) = cookie_json(&b64) {
                                docs.push((b64_name, doc.to_vec()));
                            }
                        }
                    }
                    for (doc_name, doc) in &docs {
                        if cookie_budget == 0 {
                            break;
                        }
                        let leaves = json_leaves(doc, doc_name, limits.max_depth);
                        let take = leaves.len().min(cookie_budget);
                        cookie_budget -= take;
                        for (leaf, key, v) in leaves.into_iter().take(take) {
                            if let Some(key) = key {
                                push(Part::CookieName, &leaf, key.as_bytes());
                            }
                            push(Part::Cookie, &leaf, &v);
                        }
                    }
                }
            }
        }
        (items, anomalies)
    }

    fn corpus_requests() -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        crate::testutil::for_each_corpus_line(|n, line| {
            if let Ok(raw) = crate::corpus::CorpusRecord::parse(line, n).and_then(|r| r.to_raw(n)) {
                out.push(raw);
            }
        });
        out
    }

    #[test]
    fn split_byte_is_slice_split() {
        for s in ["", "&", "&&", "a", "a&", "&a", "a&b", "a&&b&", "&&a&&b&&"] {
            let want: Vec<&[u8]> = s.as_bytes().split(|&b| b == b'&').collect();
            let got: Vec<&[u8]> = split_byte(s.as_bytes(), b'&').collect();
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn head_items_match_reference() {
        let mut raws = corpus_requests();
        let corpus = raws.len();
        raws.extend(
            [
                "GET /a%zz/b%2f?x=1&&=2&y&%ff=%u0041+b&z=a=b HTTP/1.1\r\nCookie: a=1; ; b; =c; d=%3C\r\nCookie: e=f\r\nX-\u{e9}: v\r\n: empty\r\nnocolon\r\n\r\n",
                "GET http://h/x HTTP/1.0\r\n\r\n",
                // JSON Web Tokens: a query argument's, a bearer token's, a cookie's.
                "GET /cb?id_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwibmFtZSI6WyJhIiwiYiJdfQ.&x=eyJhbGciOiJub25lIn0.eA. HTTP/1.1\r\nAuthorization: Bearer eyJraWQiOiIxIiwieCI6MX0.eyJpc3MiOiJodHRwczovL2EiLCJyb2xlcyI6eyJhIjp0cnVlfX0.c2ln\r\nCookie: t=eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwibmFtZSI6WyJhIiwiYiJdfQ.\r\n\r\n",
                // Basic credentials: the user name is an argument, the password is not.
                "GET /b HTTP/1.1\r\nAuthorization: Basic YWRtaW4nLS06cDpxOnI=\r\nProxy-Authorization: basic Om5vdXNlcg==\r\n\r\n",
                "GET\r\n\r\n",
                "",
            ]
            .map(|s| s.as_bytes().to_vec()),
        );
        raws.push(b"GET /\xff\xfe?\xc3\x28=\xe2\x82 HTTP/1.1\r\nCo\xffokie: x\r\n\r\n".to_vec());
        let small = Limits {
            max_args: 3,
            max_headers: 2,
            ..Limits::default()
        };
        for raw in &raws {
            for limits in [Limits::default(), small.clone()] {
                let full = crate::httpraw::parse_request(raw, limits.clone(), 1 << 20);
                // The head alone (the body's anomalies are not the head's).
                let mut b = RequestBuilder::new(limits)
                    .method(full.method())
                    .uri(full.uri())
                    .version(full.version());
                for (n, v) in full.headers() {
                    b.push_header(n.as_bytes(), v);
                }
                let req = b.build();
                let items = head_owned(&req);
                let (want, anomalies) = reference_head(&req);
                assert_eq!(items, want, "{:?}", String::from_utf8_lossy(raw));
                assert_eq!(
                    req.anomalies(),
                    anomalies,
                    "{:?}",
                    String::from_utf8_lossy(raw)
                );
                assert!(req.head_items().iter().all(|i| i.origin == Origin::Head));
                let full_items: Owned = full
                    .head_items()
                    .iter()
                    .map(|i| (i.part, full.name(i).to_string(), full.value(i).to_vec()))
                    .collect();
                assert_eq!(full_items, items);
            }
        }
        assert!(corpus > 10_000, "{corpus}");
    }

    fn labels(req: &InspectedRequest, part: Part) -> Vec<(String, String)> {
        req.head_items()
            .iter()
            .chain(req.body_items())
            .filter(|i| i.part == part)
            .map(|i| {
                (
                    req.label(i),
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
    fn referer_query_values_are_more_values_of_the_header() {
        let referer = "https://search.example/r?q=1+AND+5719%3D5719&empty=&flag&x=%3Cb%3E#q=frag";
        let req = InspectedRequest::builder()
            .method("GET")
            .uri("/")
            .version("HTTP/1.1")
            .header("Referer", referer)
            .header("X-Next", "https://h/?a=1")
            .build();
        let r = |v: &str| ("HEADERS:Referer".to_string(), v.to_string());
        assert_eq!(
            labels(&req, Part::Header),
            [
                r(referer),
                r("1 AND 5719=5719"),
                r("<b>"),
                ("HEADERS:X-Next".into(), "https://h/?a=1".into())
            ]
        );
        // Bounded: a long query is read whole in the header, its first values one by one.
        let long: String = (0..100).map(|i| format!("a{i}={i}&")).collect();
        let req = InspectedRequest::builder()
            .method("GET")
            .uri("/")
            .header("referer", format!("/p?{long}"))
            .build();
        assert_eq!(labels(&req, Part::Header).len(), 1 + MAX_REFERER_ARGS);
    }

    #[test]
    fn query_arguments_holding_json_give_their_values_too() {
        let req = InspectedRequest::builder()
            .method("GET")
            .uri("/api/items?filter=%7B%22where%22%3A%7B%22url%22%3A%22http%3A%2F%2Fx%2F%22%2C%22n%22%3A2%7D%2C%22tags%22%3A%5B%22a%22%5D%7D&q=%5Bsee%5D")
            .build();
        let got: Vec<(Part, String, Vec<u8>)> = req
            .head_items()
            .iter()
            .filter(|i| matches!(i.part, Part::ArgGet | Part::ArgGetName))
            .map(|i| {
                let label = req.label(i);
                let name = label.split_once(':').map_or("", |(_, n)| n).to_string();
                (i.part, name, req.value(i).to_vec())
            })
            .collect();
        let has = |part: Part, name: &str, value: &str| {
            got.iter()
                .any(|(p, n, v)| *p == part && n == name && v == value.as_bytes())
        };
        assert!(
            has(Part::ArgGet, "filter.where.url", "http://x/"),
            "{got:?}"
        );
        assert!(has(Part::ArgGet, "filter.where.n", "2"));
        assert!(has(Part::ArgGet, "filter.tags[0]", "a"));
        assert!(has(Part::ArgGetName, "filter.where.url", "url"));
        // The argument itself is still there, whole; text in brackets is not JSON.
        assert!(got
            .iter()
            .any(|(p, n, v)| *p == Part::ArgGet && n == "filter" && v.starts_with(b"{")));
        assert!(has(Part::ArgGet, "q", "[see]"));
        assert!(!got
            .iter()
            .any(|(_, n, _)| n.starts_with("q.") || n.starts_with("q[")));
        // Bounded: a document of a thousand values gives at most MAX_QUERY_JSON_LEAVES.
        let big = format!("[{}]", vec!["1"; 1000].join(","));
        assert_eq!(
            json_leaves(big.as_bytes(), "x", 32).len(),
            MAX_QUERY_JSON_LEAVES
        );
        // And all of a request's arguments together give at most `max_args` such values.
        let doc = format!("%5B{}%5D", vec!["1"; 60].join("%2C"));
        let uri = format!("/x?a={doc}&b={doc}&c={doc}");
        let limits = Limits {
            max_args: 100,
            ..Limits::default()
        };
        let req = RequestBuilder::new(limits).method("GET").uri(&uri).build();
        let from_json = req
            .head_items()
            .iter()
            .filter(|i| i.part == Part::ArgGet && req.label(i).contains('['))
            .count();
        assert_eq!(from_json, 100);
    }

    #[test]
    fn base64_cookies_are_judged_decoded() {
        // Text (`session`), JSON (`prefs`, URL-safe without padding), XML with a byte-order
        // mark (`FedAuth`: its values, not its markup); a hex id and zeros are no text.
        let req = InspectedRequest::builder()
            .method("GET")
            .uri("/")
            .header(
                "Cookie",
                "session=bmFtZSBBU0MsKFNFTEVDVCAxKQ==; prefs=eyJ1c2VyIjp7IiRuZSI6bnVsbH19; FedAuth=77u/PD94bWwgdmVyc2lvbj0iMS4wIj8+PFNQPlYzLDAjLnd8Y29ycFxqZG9lPC9TUD4=; sid=221742d1d0d335d5ae3626475a0520d0; z=AAAAAAAAAAAAAAAAAAAAAAAA",
            )
            .build();
        let got = cookie_values(&req);
        let has = |name: &str, value: &str| got.iter().any(|(n, v)| n == name && v == value);
        assert!(has("session.base64", "name ASC,(SELECT 1)"), "{got:?}");
        assert!(has("prefs.base64", "{\"user\":{\"$ne\":null}}"), "{got:?}");
        assert!(has("prefs.base64.user.$ne", "null"), "{got:?}");
        assert!(has("FedAuth.base64.SP", "V3,0#.w|corp\\jdoe"), "{got:?}");
        assert!(!got
            .iter()
            .any(|(n, v)| n == "FedAuth.base64" || v.contains("<SP>")));
        assert!(!got
            .iter()
            .any(|(n, _)| n.starts_with("sid.") || n.starts_with("z.")));
        let items = head_owned(&req);
        assert_eq!(items, reference_head(&req).0);
        // PHP is no XML document; signed session cookies (Rails, Flask compressed, Django)
        // give their payloads; Express's `s:value.signature` has none.
        let req = InspectedRequest::builder()
            .method("GET")
            .uri("/")
            .header(
                "Cookie",
                "remember=PD9waHAgc3lzdGVtKCRfR0VUWzFdKTsgPz4=; \
                 _app_session=eyJyZXR1cm5fdG8iOiJcIiBPUiAxPTEtLSJ9--04fd9466a4b084ead637b980e5b45d22c3034a35; \
                 session=.eJyrVkrLSSzOULJSsikuS1fIz8vJT0yxTcxJLSrRMNS0U6oFAL_ACwc.ZxY1aQ.kq3Fo2Xw6OZ1qPz0m0o8Y4D1bY0; \
                 dj=bmFtZSBBU0MsKFNFTEVDVCAxKQ:1tq8Xz:Ae2Kd0f3mZ7; sid=s%3Aab12cd34ef56gh78.cd34",
            )
            .build();
        let got = cookie_values(&req);
        let has = |name: &str, value: &str| got.iter().any(|(n, v)| n == name && v == value);
        assert!(
            has("remember.base64", "<?php system($_GET[1]); ?>"),
            "{got:?}"
        );
        assert!(
            has("_app_session.base64.return_to", "\" OR 1=1--"),
            "{got:?}"
        );
        assert!(
            has("session.base64.flash", "<svg onload=alert(1)>"),
            "{got:?}"
        );
        assert!(has("dj.base64", "name ASC,(SELECT 1)"), "{got:?}");
        assert!(!got.iter().any(|(n, _)| n.starts_with("sid.")), "{got:?}");
        let items = head_owned(&req);
        assert_eq!(items, reference_head(&req).0);
    }

    #[test]
    fn cookies_holding_json_give_their_values_too() {
        // Express's JSON cookies (`j:` then the document, URL-encoded), and a bare document.
        let req = InspectedRequest::builder()
            .method("GET")
            .uri("/cart")
            .header(
                "Cookie",
                "sid=s%3Aab12.cd34; cart=j%3A%7B%22items%22%3A%5B%7B%22sku%22%3A%22A1%22%7D%5D%2C%22note%22%3A%22hi%22%7D; prefs={\"theme\":\"dark\"}; j=j%3Anot-json",
            )
            .build();
        let got: Vec<(Part, String, String)> = req
            .head_items()
            .iter()
            .filter(|i| matches!(i.part, Part::Cookie | Part::CookieName))
            .map(|i| {
                let label = req.label(i);
                let name = label.split_once(':').map_or("", |(_, n)| n).to_string();
                (
                    i.part,
                    name,
                    String::from_utf8_lossy(req.value(i)).into_owned(),
                )
            })
            .collect();
        let has = |part: Part, name: &str, value: &str| {
            got.iter()
                .any(|(p, n, v)| *p == part && n == name && v == value)
        };
        assert!(has(Part::Cookie, "cart.items[0].sku", "A1"), "{got:?}");
        assert!(has(Part::Cookie, "cart.note", "hi"));
        assert!(has(Part::CookieName, "cart.note", "note"));
        assert!(has(Part::Cookie, "prefs.theme", "dark"));
        // The cookies themselves, whole; values that are not JSON give nothing more.
        assert!(has(
            Part::Cookie,
            "cart",
            "j:{\"items\":[{\"sku\":\"A1\"}],\"note\":\"hi\"}"
        ));
        assert!(has(Part::Cookie, "sid", "s:ab12.cd34"));
        assert!(!got
            .iter()
            .any(|(_, n, _)| n.starts_with("sid.") || n.starts_with("j.")));
        // The reference model of the head agrees.
        let items = head_owned(&req);
        assert_eq!(items, reference_head(&req).0);
        // All cookies together give at most `max_args` such values.
        let doc = format!("j%3A%5B{}%5D", vec!["1"; 60].join("%2C"));
        let limits = Limits {
            max_args: 100,
            ..Limits::default()
        };
        let req = RequestBuilder::new(limits)
            .method("GET")
            .uri("/")
            .header("Cookie", format!("a={doc}; b={doc}; c={doc}"))
            .build();
        let from_json = req
            .head_items()
            .iter()
            .filter(|i| i.part == Part::Cookie && req.label(i).contains('['))
            .count();
        assert_eq!(from_json, 100);
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
        assert!(!req.anomalies().contains(&Anomaly::UriSplitWord));
        let split = |uri: &str| {
            InspectedRequest::builder()
                .method("GET")
                .uri(uri)
                .build()
                .anomalies()
                .contains(&Anomaly::UriSplitWord)
        };
        assert!(split(
            "/p.asp?id=1%a%n%d%201=(s%e%l%e%c%t%20top%201%20name)"
        ));
        assert!(split("/q?u%n%i%o%n%"));
        // Valid escapes, and invalid ones that split no word.
        assert!(!split("/caf%C3%A9%20cr%C3%A8me?a=%2Fb%2Fc"));
        assert!(!split("/q?x=50%off&y=a%b%c"));
        // A `://` inside an origin-form path is path: nothing before it is dropped.
        for (target, path) in [
            ("/go/https://x.example/y", &b"/go/https://x.example/y"[..]),
            (
                "/%0d%0aLocation:https://e/p",
                b"/%0d%0aLocation:https://e/p",
            ),
            (
                "/..%2f..%2fetc%2fpasswd/http://x/",
                b"/..%2f..%2fetc%2fpasswd/http://x/",
            ),
            ("HTTPS://h.example", b"/"),
        ] {
            let req = InspectedRequest::builder()
                .method("GET")
                .uri(target)
                .build();
            assert_eq!(req.raw_path(), path, "{target}");
        }
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
