//! A tolerant HTTP/1 request parser, for `palisade-rules eval` / `explain` and tests: raw
//! bytes → [`InspectedRequest`], the way a server would frame them.
//!
//! It never fails: a malformed request line or header is kept as well as it can be and
//! inspected, since attacks often are malformed on purpose. Framing follows RFC 9112: chunked
//! `Transfer-Encoding` wins over `Content-Length`; otherwise `Content-Length` bytes; otherwise
//! whatever follows the head.

use std::borrow::Cow;

use crate::request::{split_byte, Anomaly, InspectedRequest, Limits, RequestBuilder};

/// Parses a raw request. `max_body` bounds the body kept for inspection.
pub fn parse_request(raw: &[u8], limits: Limits, max_body: usize) -> InspectedRequest {
    let (head, rest) = split_head(raw);
    let mut lines = split_byte(head, b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let line = lines.next().unwrap_or_default();
    // Method, target, version: split at the first two spaces.
    let (method, after) = cut_at(line, b' ');
    let (rest_line, version) = cut_at(after, b' ');
    // A request target with spaces: everything between the method and a trailing version.
    let (uri, version): (Cow<'_, [u8]>, Cow<'_, [u8]>) = match (rest_line, version) {
        (u, v) if v.starts_with(b"HTTP/") || v.is_empty() => (u.into(), v.into()),
        (u, v) => {
            let full = [u, b" ", v].concat();
            match full.iter().rposition(|&b| b == b' ') {
                Some(p) if full.get(p + 1..).is_some_and(|t| t.starts_with(b"HTTP/")) => (
                    full.get(..p).unwrap_or_default().to_vec().into(),
                    full.get(p + 1..).unwrap_or_default().to_vec().into(),
                ),
                _ => (full.into(), Cow::Borrowed(&b""[..])),
            }
        }
    };
    // Room for the head as received and a header per line.
    let lines_n = memchr::memchr_iter(b'\n', head).count() + 1;
    let mut b = RequestBuilder::with_capacity(limits, head.len(), lines_n)
        .method(method)
        .uri(uri)
        .version(version);
    for l in lines {
        if l.is_empty() {
            continue;
        }
        match memchr::memchr(b':', l) {
            Some(c) => {
                let name = l.get(..c).unwrap_or_default();
                let value = crate::normalize::trim(l.get(c + 1..).unwrap_or_default());
                b.push_header(name, &value);
            }
            None => b.push_header(l, b""),
        }
    }
    let mut req = b.build();
    let chunked = req.header_values("transfer-encoding").any(|v| {
        String::from_utf8_lossy(v)
            .to_ascii_lowercase()
            .contains("chunked")
    });
    let mut bad_chunk = false;
    let mut trailing = false;
    let (body, full_len) = if chunked {
        let d = dechunk(rest, max_body);
        bad_chunk = !d.valid;
        trailing = d.valid
            && d.after_last
                .is_some_and(|t| !after_trailers(t).trim_ascii().is_empty());
        (d.body, d.len)
    } else if let Some(cl) = req
        .header("content-length")
        .and_then(|v| std::str::from_utf8(v).ok())
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        let take = cl.min(rest.len());
        (
            rest.get(..take.min(max_body)).unwrap_or_default().to_vec(),
            take as u64,
        )
    } else {
        (
            rest.get(..rest.len().min(max_body))
                .unwrap_or_default()
                .to_vec(),
            rest.len() as u64,
        )
    };
    if full_len > 0 {
        req.set_body(body, full_len);
    }
    if bad_chunk {
        req.add_anomaly(Anomaly::ChunkInvalid);
    }
    if trailing {
        req.add_anomaly(Anomaly::ChunkTrailingData);
    }
    req
}

/// What follows a trailer section (the header fields after the last chunk, up to an empty
/// line); nothing when the section does not end.
fn after_trailers(mut s: &[u8]) -> &[u8] {
    while let Some(eol) = memchr::memchr(b'\n', s) {
        let line = s.get(..eol).unwrap_or_default();
        s = s.get(eol + 1..).unwrap_or_default();
        if line.trim_ascii().is_empty() {
            return s;
        }
    }
    &[]
}

/// `s` before and after the first `sep`; all of `s` and nothing without one.
fn cut_at(s: &[u8], sep: u8) -> (&[u8], &[u8]) {
    match memchr::memchr(sep, s) {
        Some(p) => (
            s.get(..p).unwrap_or_default(),
            s.get(p + 1..).unwrap_or_default(),
        ),
        None => (s, &[]),
    }
}

/// Splits at the blank line ending the head (CRLF CRLF, or LF LF).
fn split_head(raw: &[u8]) -> (&[u8], &[u8]) {
    let crlf = memchr::memmem::find(raw, b"\r\n\r\n").map(|p| (p, p + 4));
    let lf = memchr::memmem::find(raw, b"\n\n").map(|p| (p, p + 2));
    let cut = match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    };
    match cut {
        Some((end, body)) => (
            raw.get(..end).unwrap_or_default(),
            raw.get(body..).unwrap_or_default(),
        ),
        None => (raw, &[]),
    }
}

/// A chunked body decoded by [`dechunk`].
pub(crate) struct Dechunked<'a> {
    /// The data, up to the limit.
    pub body: Vec<u8>,
    /// The full decoded length.
    pub len: u64,
    /// Whether every chunk size read was valid and every chunk's data ended where its size said.
    pub valid: bool,
    /// What follows the last chunk's size line (trailers, then anything after the body), when
    /// the body has a last chunk.
    pub after_last: Option<&'a [u8]>,
}

/// Decodes a chunked body, tolerating a missing final chunk (a capture cut short). A valid size
/// is RFC 9112's `1*HEXDIG`, at most 16 digits (what fits 64 bits), optionally followed by
/// whitespace and chunk extensions, and every line is ended by CRLF. Decoding stops at the
/// first invalid size.
pub(crate) fn dechunk(mut s: &[u8], max: usize) -> Dechunked<'_> {
    let mut out = Vec::new();
    let mut total: u64 = 0;
    let mut after_last = None;
    let done = |body, len, valid, after_last| Dechunked {
        body,
        len,
        valid,
        after_last,
    };
    while let Some(eol) = memchr::memchr(b'\n', s) {
        // A size line ended by a bare LF: parsers split on where the line ends (some take
        // the LF, some only CRLF and read on into the data), which is how a request is
        // smuggled past the one that reads it the other way.
        let Some(line) = s.get(..eol).unwrap_or_default().strip_suffix(b"\r") else {
            return done(out, total, false, None);
        };
        let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
        let rest = line.get(digits..).unwrap_or_default();
        // (Whitespace only before a chunk extension, or at the end.)
        let ext = rest.trim_ascii_start();
        let rest_ok = ext.is_empty() || ext.first() == Some(&b';');
        let size = line
            .get(..digits)
            .filter(|d| (1..=16).contains(&d.len()) && rest_ok)
            .and_then(|d| std::str::from_utf8(d).ok())
            .and_then(|d| usize::from_str_radix(d, 16).ok());
        let Some(size) = size else {
            return done(out, total, false, None);
        };
        s = s.get(eol + 1..).unwrap_or_default();
        if size == 0 {
            after_last = Some(s);
            break;
        }
        let chunk = s.get(..size.min(s.len())).unwrap_or_default();
        total += chunk.len() as u64;
        let room = max.saturating_sub(out.len());
        out.extend_from_slice(chunk.get(..room.min(chunk.len())).unwrap_or_default());
        s = s.get(size.min(s.len())..).unwrap_or_default();
        // The data ends with CRLF, or the capture ends: anything else means the chunk is
        // longer than its size says (or ends with a bare LF, as above).
        match s.strip_prefix(b"\r\n") {
            Some(next) => s = next,
            None if s.is_empty() || s == b"\r" => break,
            None => return done(out, total, false, None),
        }
    }
    done(out, total, true, after_last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::Part;

    fn parse(raw: &str) -> InspectedRequest {
        parse_request(raw.as_bytes(), Limits::default(), 1 << 20)
    }

    #[test]
    fn simple_post() {
        let req = parse("POST /a?b=1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\nc=2&d=3extra");
        assert_eq!(req.method(), b"POST");
        assert_eq!(req.uri(), b"/a?b=1");
        assert_eq!(req.version(), b"HTTP/1.1");
        assert_eq!(req.body(), b"c=2&d=3");
        assert_eq!(
            req.body_items()
                .iter()
                .filter(|i| i.part == Part::ArgPost)
                .count(),
            2
        );
    }

    #[test]
    fn bytes_after_the_last_chunk_are_an_anomaly() {
        let smuggled = parse("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nZ\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assert_eq!(smuggled.body(), b"Z");
        assert!(smuggled.anomalies().contains(&Anomaly::ChunkTrailingData));
        for clean in [
            "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
            "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-Sum: 1\r\n\r\n",
            "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n",
            "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
            "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET / HTTP/1.1\r\n\r\n",
        ] {
            let req = parse(clean);
            assert!(
                !req.anomalies().contains(&Anomaly::ChunkTrailingData),
                "{clean:?}"
            );
        }
    }

    #[test]
    fn chunked_wins_and_spaces_in_target() {
        let req = parse("POST /x y HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n3\r\nabc\r\n2;ext\r\nde\r\n0\r\n\r\n");
        assert_eq!(req.uri(), b"/x y");
        assert_eq!(req.body(), b"abcde");
    }

    #[test]
    fn chunk_sizes_other_parsers_read_differently_are_an_anomaly() {
        let post = |chunks: &str| {
            parse(&format!(
                "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n{chunks}"
            ))
        };
        for bad in [
            "0x3\r\nabc\r\n0\r\n\r\n",
            "-1\r\nabc\r\n0\r\n\r\n",
            "+3\r\nabc\r\n0\r\n\r\n",
            " 3\r\nabc\r\n0\r\n\r\n",
            "fffffffffffffffff1\r\nabc\r\n0\r\n\r\n",
            "3 4\r\nabc\r\n0\r\n\r\n",
            "3\r\nabcdef\r\n0\r\n\r\n",
            "zz\r\n",
            "3\nabc\r\n0\r\n\r\n",
            "3\r\nabc\n0\r\n\r\n",
        ] {
            let req = post(bad);
            assert!(req.anomalies().contains(&Anomaly::ChunkInvalid), "{bad:?}");
        }
        for good in [
            "3\r\nabc\r\n0\r\n\r\n",
            "3;ext=1\r\nabc\r\n2 ;x\r\nde\r\n0\r\n\r\n",
            "00000003\r\nabc\r\n0\r\n\r\n",
            "A\r\n0123456789\r\n0\r\n\r\n",
            // A capture cut short: no final chunk, or a size line cut in the middle.
            "3\r\nabc\r\n",
            "3\r\nabc\r\n1",
        ] {
            let req = post(good);
            assert!(
                !req.anomalies().contains(&Anomaly::ChunkInvalid),
                "{good:?}"
            );
        }
        assert_eq!(post("A\r\n0123456789\r\n0\r\n\r\n").body(), b"0123456789");
    }

    #[test]
    fn garbage_never_panics() {
        for raw in [
            "",
            "\r\n\r\n",
            "GET",
            "GET /",
            ":\r\n\r\n",
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        ] {
            let _ = parse(raw);
        }
        let req = parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffff\r\nabc");
        assert_eq!(req.body(), b"abc");
    }

    #[test]
    fn body_kept_up_to_limit() {
        let req = parse_request(
            b"POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789",
            Limits::default(),
            4,
        );
        assert_eq!(req.body(), b"0123");
        assert_eq!(req.body_len(), 10);
    }
}
