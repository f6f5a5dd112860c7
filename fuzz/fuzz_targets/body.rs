//! Each body parser directly (form, JSON, XML, multipart, GraphQL, CSV, iCalendar, X12, HL7, text), with
//! small limits so the bounds are reached: no panic, items within the bounds, every item's
//! value readable.
//! Bodies that start like a gzip or zlib stream (or a raw deflate block, `E8`–`EF`; or a
//! Snappy block with a short length, `00`–`05`) are sent with that `Content-Encoding`:
//! decoding stays within `max_decoded_body`, and transcoding UTF-16 text within half as much
//! again. A body that starts with `~` is sent as a SAML form instead: its bytes base64-encoded
//! as `SAMLResponse` and, DEFLATE-compressed, as `SAMLRequest` (the XML documents carried in
//! arguments).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rulesets::{InspectedRequest, Limits, RequestBuilder};

const TYPES: [&str; 14] = [
    "application/x-www-form-urlencoded",
    "application/json",
    "application/xml",
    "multipart/form-data; boundary=XyZ",
    "application/graphql",
    "text/plain",
    "application/json; charset=utf-16",
    "multipart/form-data; boundary=\"a b\"",
    "text/csv",
    "text/calendar",
    "multipart/related; boundary=XyZ",
    "multipart/mixed; boundary=XyZ",
    "application/edi-x12",
    "x-application/hl7-v2+er7",
];

fuzz_target!(|data: &[u8]| {
    let Some((&sel, body)) = data.split_first() else {
        return;
    };
    let limits = Limits {
        max_args: usize::from(sel >> 3) + 1,
        max_depth: usize::from(sel >> 5) + 1,
        max_decoded_body: 4096,
        ..Limits::default()
    };
    let coding = match body.first() {
        Some(0x1f) => Some("gzip"),
        Some(0x78) => Some("deflate"),
        Some(b) if b & 0xf8 == 0xe8 => Some("identity, deflate"),
        Some(b) if *b < 0x06 => Some("snappy"),
        _ => None,
    };
    let saml = body.first() == Some(&b'~');
    let body = if saml { saml_form(body) } else { body.to_vec() };
    let max_args = limits.max_args;
    // (Uploaded tables and calendars give up to 512 values a file beyond `max_args`; an XML
    // document carried in an argument adds its whole text as one more item.)
    let max_records = 512 * (limits.max_parts + 1) + max_args;
    let ct = if saml {
        "application/x-www-form-urlencoded"
    } else {
        TYPES[usize::from(sel) % TYPES.len()]
    };
    let mut builder = RequestBuilder::new(limits)
        .method("POST")
        .uri("/submit?a=1")
        .version("HTTP/1.1")
        .header("Host", "fuzz")
        .header("Content-Type", ct);
    if let Some(c) = coding {
        builder = builder.header("Content-Encoding", c);
    }
    let mut req: InspectedRequest = builder.build();
    req.set_body(body.clone(), body.len() as u64);
    // Decoding stops at `max_decoded_body`; UTF-16 transcoding grows text by half at most
    // (a lone surrogate, two bytes, becomes U+FFFD, three).
    assert!(req.body().len() <= body.len().max(4096) / 2 * 3 + 3);
    let items = req.body_items();
    assert!(
        items.len() <= max_args + 64 + max_records,
        "{} items for max_args {max_args}",
        items.len()
    );
    for item in items {
        let _ = req.value(item);
    }
});

/// `SAMLResponse=<base64 of the bytes>&SAMLRequest=<base64 of their raw DEFLATE>`.
fn saml_form(data: &[u8]) -> Vec<u8> {
    use base64::Engine as _;
    use std::io::Write as _;
    let b64 = |d: &[u8]| {
        base64::engine::general_purpose::STANDARD
            .encode(d)
            .replace('+', "%2B")
            .replace('/', "%2F")
            .replace('=', "%3D")
    };
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    let _ = e.write_all(data);
    let deflated = e.finish().unwrap_or_default();
    format!("SAMLResponse={}&SAMLRequest={}", b64(data), b64(&deflated)).into_bytes()
}
