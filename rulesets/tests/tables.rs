//! Data-driven detection tests: every `tests/data/*.toml` file is a table of attack and
//! benign values, each placed into one part of an otherwise ordinary request and judged by
//! the built-in rules.
//!
//! ```toml
//! [[attack]]            # must be blocked at `paranoia` (default 1)
//! value = "1' or '1'='1"
//! in = "query"          # query | form | json | xml | multipart | text | cookie |
//!                       # header:NAME | path | uri | raw (a whole raw request, `\r\n` escapes;
//!                       # `Content-Length: ?` is filled in) | saml-post | saml-redirect |
//!                       # base64-form (the value is XML, carried base64-encoded) |
//!                       # base64-query | base64-json | base64-path | base64-header |
//!                       # urlencoded-json | urlencoded-multipart | matrix |
//!                       # signed-cookie | multipart-base64 | multipart-qp | …
//! [[benign]]            # must pass at `paranoia` (default 1)
//! value = "O'Reilly"
//! in = "form"
//! ```
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::PathBuf;

use rulesets::{httpraw, load_builtin, CompiledRuleSet, EvalConfig, Limits};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    #[serde(default)]
    attack: Vec<Case>,
    #[serde(default)]
    benign: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    value: String,
    #[serde(default = "default_in", rename = "in")]
    place: String,
    #[serde(default = "one")]
    paranoia: u8,
    #[serde(default)]
    note: Option<String>,
}

fn default_in() -> String {
    "query".into()
}
fn one() -> u8 {
    1
}

/// Percent-encodes everything but unreserved characters.
fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

const HEAD: &str = "Host: shop.example\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r\nAccept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\nAccept-Language: en-US,en;q=0.5\r\nAccept-Encoding: gzip, deflate, br\r\n";

/// The raw request carrying `value` in `place`. `gzip:PLACE`, `deflate:PLACE` and
/// `snappy:PLACE` send the body of `PLACE` (a body place: `json`, `form`, `xml`, …)
/// compressed, with `Content-Encoding`.
pub fn build(place: &str, value: &str) -> Vec<u8> {
    if let Some((coding, inner)) = place
        .split_once(':')
        .filter(|(c, _)| matches!(*c, "gzip" | "deflate" | "snappy"))
    {
        return compressed(coding, &build(inner, value));
    }
    let post = |ct: &str, body: String| {
        format!(
            "POST /api/items HTTP/1.1\r\n{HEAD}Content-Type: {ct}\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
    };
    let raw = match place {
        "query" => format!("GET /search?q={} HTTP/1.1\r\n{HEAD}\r\n", enc(value)),
        "form" => post("application/x-www-form-urlencoded", format!("q={}", enc(value))),
        "json" => post(
            "application/json",
            format!("{{\"item\":{{\"q\":{}}}}}", serde_json::to_string(value).unwrap()),
        ),
        // JSON Lines (an Elasticsearch `_bulk` request): the value in the second document.
        "ndjson" => post(
            "application/x-ndjson",
            format!(
                "{{\"index\":{{\"_index\":\"items\"}}}}\n{{\"item\":{{\"q\":{}}}}}\n",
                serde_json::to_string(value).unwrap()
            ),
        ),
        "xml" => post(
            "application/xml",
            format!("<?xml version=\"1.0\"?><item><q>{}</q></item>", xml_escape(value)),
        ),
        "text" => post("text/plain; charset=utf-8", value.to_string()),
        "multipart" => post(
            "multipart/form-data; boundary=----b0undary",
            format!("------b0undary\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\n{value}\r\n------b0undary--\r\n"),
        ),
        "cookie" => format!(
            "GET /account HTTP/1.1\r\n{HEAD}Cookie: session=8f14e45fceea167a; q={}\r\n\r\n",
            value.replace(';', "%3B")
        ),
        "path" => {
            let p: Vec<String> = value.split('/').map(enc).collect();
            format!("GET /{} HTTP/1.1\r\n{HEAD}\r\n", p.join("/"))
        }
        "uri" => format!("GET {value} HTTP/1.1\r\n{HEAD}\r\n"),
        // A SAML message (the value is its XML): base64 in a posted `SAMLResponse` (the
        // HTTP-POST binding), base64 of raw DEFLATE in a `SAMLRequest` query argument (the
        // HTTP-Redirect binding), or base64 in a form field of any name.
        "saml-post" => post(
            "application/x-www-form-urlencoded",
            format!("SAMLResponse={}&RelayState=%2Fapp", enc(&b64(value.as_bytes()))),
        ),
        "saml-redirect" => format!(
            "GET /saml/sso?SAMLRequest={}&RelayState=%2Fapp HTTP/1.1\r\n{HEAD}\r\n",
            enc(&b64(&deflate_raw(value.as_bytes())))
        ),
        "base64-form" => post(
            "application/x-www-form-urlencoded",
            format!("doc={}", enc(&b64(value.as_bytes()))),
        ),
        // Base64 without padding (as GoTestWAF and URL-safe tokens send it) in a query
        // argument, a JSON string, the path and an application's own header.
        "base64-query" => format!(
            "GET /search?q={} HTTP/1.1\r\n{HEAD}\r\n",
            enc(b64(value.as_bytes()).trim_end_matches('='))
        ),
        "base64-json" => post(
            "application/json",
            format!("{{\"q\":\"{}\"}}", b64(value.as_bytes()).trim_end_matches('=')),
        ),
        "base64-path" => format!(
            "GET /img/{} HTTP/1.1\r\n{HEAD}\r\n",
            b64(value.as_bytes()).trim_end_matches('=').replace('+', "-").replace('/', "_")
        ),
        "base64-header" => format!(
            "GET /account HTTP/1.1\r\n{HEAD}X-Token: {}\r\n\r\n",
            b64(value.as_bytes()).trim_end_matches('=')
        ),
        // A JSON Web Token whose `name` claim is the value: in a query argument (an OpenID
        // `id_token`), a form field, a JSON string, a cookie and a bearer token.
        "jwt-query" => format!("GET /callback?id_token={} HTTP/1.1\r\n{HEAD}\r\n", jwt(value)),
        "jwt-form" => post(
            "application/x-www-form-urlencoded",
            format!("token={}&token_type_hint=access_token", jwt(value)),
        ),
        "jwt-json" => post("application/json", format!("{{\"assertion\":\"{}\"}}", jwt(value))),
        "jwt-cookie" => format!(
            "GET /account HTTP/1.1\r\n{HEAD}Cookie: lang=en; access_token={}\r\n\r\n",
            jwt(value)
        ),
        "jwt-bearer" => format!(
            "GET /api/me HTTP/1.1\r\n{HEAD}Authorization: Bearer {}\r\n\r\n",
            jwt(value)
        ),
        // The value form-encoded (`+` for a space) inside a JSON string or a multipart field,
        // where no parser decodes it: the application does.
        "urlencoded-json" => post(
            "application/json",
            format!("{{\"q\":{}}}", serde_json::to_string(&form_enc(value)).unwrap()),
        ),
        "urlencoded-multipart" => post(
            "multipart/form-data; boundary=----b0undary",
            format!("------b0undary\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\n{}\r\n------b0undary--\r\n", form_enc(value)),
        ),
        // A path's matrix parameter (`;jsessionid=…`, Spring's `@MatrixVariable`).
        "matrix" => format!(
            "GET /shop/catalog;jsessionid={};color=red/items HTTP/1.1\r\n{HEAD}\r\n",
            enc(value)
        ),
        // A Rails signed session cookie (`base64(JSON)--digest`) whose `return_to` is the value.
        "signed-cookie" => format!(
            "GET /account HTTP/1.1\r\n{HEAD}Cookie: _shop_session={}--04fd9466a4b084ead637b980e5b45d22c3034a35\r\n\r\n",
            enc(&b64(
                serde_json::json!({"session_id": "396a9dd6394c2a441ed39938a141f5ae", "return_to": value})
                    .to_string()
                    .as_bytes()
            ))
        ),
        // A form part with a Content-Transfer-Encoding (RFC 7578 deprecates it; some clients
        // still send it, and some applications decode it).
        "multipart-base64" => post(
            "multipart/form-data; boundary=----b0undary",
            format!("------b0undary\r\nContent-Disposition: form-data; name=\"q\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n------b0undary--\r\n", b64(value.as_bytes())),
        ),
        "multipart-qp" => post(
            "multipart/form-data; boundary=----b0undary",
            format!("------b0undary\r\nContent-Disposition: form-data; name=\"q\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{}\r\n------b0undary--\r\n", qp(value)),
        ),
        // `Content-Length: ?` is replaced by the real body length.
        "raw" => match value.split_once("\r\n\r\n") {
            Some((head, body)) if head.contains("Content-Length: ?") => format!(
                "{}\r\n\r\n{body}",
                head.replace("Content-Length: ?", &format!("Content-Length: {}", body.len()))
            ),
            _ => value.to_string(),
        },
        // A file upload: the value as the file's name, or as its text (`upload:TYPE`).
        "upload-name" => post(
            "multipart/form-data; boundary=----b0undary",
            format!("------b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{value}\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n------b0undary--\r\n"),
        ),
        t if t.starts_with("upload:") => post(
            "multipart/form-data; boundary=----b0undary",
            format!("------b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"import\"\r\nContent-Type: {}\r\n\r\n{value}\r\n------b0undary--\r\n", &t[7..]),
        ),
        // The value as the whole body, of media type TYPE (a WebDAV or API `PUT`).
        t if t.starts_with("body:") => post(&t[5..], value.to_string()),
        h if h.starts_with("header:") => {
            format!("GET /account HTTP/1.1\r\n{HEAD}{}: {value}\r\n\r\n", &h[7..])
        }
        other => panic!("unknown place `{other}`"),
    };
    raw.into_bytes()
}

/// Form encoding as browsers and Go's `url.QueryEscape` write it: a space as `+`.
fn form_enc(s: &str) -> String {
    s.split(' ').map(enc).collect::<Vec<_>>().join("+")
}

/// Quoted-printable as mailers write it: `=`, non-ASCII and control bytes as `=XX`.
fn qp(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b == b'=' || !(0x20..0x7f).contains(&b) {
                format!("={b:02X}")
            } else {
                (b as char).to_string()
            }
        })
        .collect()
}

fn b64(data: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(data)
}

/// A signed JSON Web Token (the signature is not checked by anyone) whose `name` claim is
/// `name`, among the registered claims an identity provider sets.
fn jwt(name: &str) -> String {
    use base64::Engine as _;
    let seg = |json: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json);
    let claims = serde_json::json!({
        "iss": "https://login.example.com/realms/shop",
        "aud": ["shop-api"],
        "sub": "f3a1c2d4-5b6e-4f70-8a9b-0c1d2e3f4a5b",
        "name": name,
        "iat": 1717000000,
        "exp": 1717003600,
    });
    format!(
        "{}.{}.{}",
        seg(r#"{"alg":"RS256","typ":"JWT","kid":"2024-06-key-1"}"#),
        seg(&claims.to_string()),
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    )
}

/// A raw DEFLATE stream (no zlib header), as the SAML HTTP-Redirect binding sends.
fn deflate_raw(data: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// `raw` (a request with a body) with its body compressed by `coding` (`gzip`, or
/// `deflate`: zlib-wrapped), `Content-Length` set and `Content-Encoding` added.
fn compressed(coding: &str, raw: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let at = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a body place")
        + 4;
    let (head, body) = raw.split_at(at);
    let body = match coding {
        // One Snappy literal: the varint length, a tag whose 4 length bytes follow, the bytes.
        "snappy" => {
            let mut out = Vec::new();
            let mut n = body.len();
            while n >= 0x80 {
                out.push((n as u8 & 0x7f) | 0x80);
                n >>= 7;
            }
            out.push(n as u8);
            out.push(63 << 2);
            out.extend_from_slice(&(body.len() as u32 - 1).to_le_bytes());
            out.extend_from_slice(body);
            out
        }
        "gzip" => {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(body).unwrap();
            e.finish().unwrap()
        }
        _ => {
            let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(body).unwrap();
            e.finish().unwrap()
        }
    };
    let head: String = String::from_utf8_lossy(head)
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with("Content-Length:"))
        .map(|l| format!("{l}\r\n"))
        .collect();
    let mut out = format!(
        "{head}Content-Encoding: {coding}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(&body);
    out
}

fn judge(set: &CompiledRuleSet, raw: &[u8], paranoia: u8) -> rulesets::Verdict {
    let req = httpraw::parse_request(raw, Limits::default(), 1 << 20);
    set.evaluate(
        &req,
        &EvalConfig {
            paranoia,
            ..EvalConfig::default()
        },
    )
}

#[test]
fn detection_tables() {
    let set = load_builtin().expect("built-in rules compile");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no tables in {}", dir.display());
    let mut failures = Vec::new();
    let mut counted = 0;
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let table: Table = toml::from_str(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        for (kind, cases, want_block) in [
            ("attack", &table.attack, true),
            ("benign", &table.benign, false),
        ] {
            for c in cases {
                counted += 1;
                let v = judge(&set, &build(&c.place, &c.value), c.paranoia);
                if v.is_block() != want_block {
                    let ids: Vec<String> = v
                        .matches
                        .iter()
                        .map(|m| format!("{}@{}={:?}", m.rule.id, m.target, m.fragment))
                        .collect();
                    failures.push(format!(
                        "{name}: {kind} in {} at PL{} {}: {:?} (score {}, matches {ids:?}){}",
                        c.place,
                        c.paranoia,
                        if want_block { "NOT blocked" } else { "BLOCKED" },
                        c.value,
                        v.score,
                        c.note
                            .as_deref()
                            .map(|n| format!(" — {n}"))
                            .unwrap_or_default()
                    ));
                }
            }
        }
    }
    eprintln!("{counted} table cases in {} files", files.len());
    assert!(
        failures.is_empty(),
        "{} of {counted} table cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Values aimed at the evaluator's shortcuts (features that say a transformation cannot
/// change a value, key-byte gates, per-part automata, one pass per distinct form): each
/// placed in every part, judged by the engine and by the reference evaluator.
const SHORTCUT_VALUES: &[&str] = &[
    "plain words only",
    "caf\u{e9} \u{ab}quote\u{bb} 20\u{b0}C \u{a3}5",
    "a\u{a0}or\u{a0}1=1",
    "\u{ff1c}script\u{ff1e}alert(1)",
    "50% off; a&b | x>y",
    "%2527 or 1=1--",
    "aGVsbG8gd29ybGQ8c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+",
    "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg",
    "O'Reilly; rock'n'roll, \"quoted\" text",
    "x;cat /etc/passwd",
    "c'a't /e't'c/pa's's'w'd",
    "../../..//etc/./passwd",
    "&lt;img src=x onerror=alert(1)&gt;",
    "\\x3cscript\\x3e",
    "id",
    "1 union/**/select password from users",
];

#[test]
fn tables_match_the_reference_evaluator() {
    // The differential test of `tests/corpus.rs`, on the table cases and on values aimed at
    // the evaluator's shortcuts: all rules active, every match compared by rule id.
    let set = load_builtin().expect("built-in rules compile");
    let cfg = EvalConfig {
        paranoia: 4,
        threshold: u32::MAX,
        ..EvalConfig::default()
    };
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut cases: Vec<(String, String)> = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let table: Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for c in table.attack.iter().chain(&table.benign) {
            cases.push((c.place.clone(), c.value.clone()));
        }
    }
    for v in SHORTCUT_VALUES {
        for place in [
            "query",
            "form",
            "json",
            "xml",
            "multipart",
            "text",
            "cookie",
            "path",
            "header:User-Agent",
            "header:X-Custom",
        ] {
            cases.push((place.into(), (*v).into()));
        }
    }
    let mut diffs = Vec::new();
    let reqs: Vec<_> = cases
        .iter()
        .map(|(place, value)| {
            httpraw::parse_request(&build(place, value), Limits::default(), 1 << 20)
        })
        .collect();
    let mut want = Vec::new();
    for ((place, value), req) in cases.iter().zip(&reqs) {
        let fast = set.evaluate_rule_ids(req, &cfg);
        let slow = set.evaluate_reference(req, &cfg);
        if fast != slow {
            diffs.push(format!(
                "{place} {value:?}: engine {fast:?} reference {slow:?}"
            ));
        }
        want.push(slow);
    }
    // Again, now that the thread remembers the values that matched nothing; and at paranoia
    // 1, where most values match nothing, against the evaluator without that memory.
    for (((place, value), req), slow) in cases.iter().zip(&reqs).zip(&want) {
        let fast = set.evaluate_rule_ids(req, &cfg);
        if &fast != slow {
            diffs.push(format!(
                "{place} {value:?}, second time: engine {fast:?} reference {slow:?}"
            ));
        }
    }
    let pl1 = EvalConfig {
        paranoia: 1,
        ..EvalConfig::default()
    };
    let afresh = EvalConfig {
        remember_clean: false,
        ..pl1.clone()
    };
    for round in 0..2 {
        for ((place, value), req) in cases.iter().zip(&reqs) {
            let fast = set.evaluate_rule_ids(req, &pl1);
            let slow = set.evaluate_rule_ids(req, &afresh);
            if fast != slow {
                diffs.push(format!(
                    "{place} {value:?}, paranoia 1, round {round}: engine {fast:?} without memory {slow:?}"
                ));
            }
        }
    }
    eprintln!(
        "{} requests compared with the reference evaluator",
        cases.len()
    );
    assert!(
        diffs.is_empty(),
        "{} differences:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}

#[test]
fn every_builtin_value_rule_carries_examples() {
    // Examples are matched at load time through the rule's own transforms and prefilter, so
    // a rule with examples is known to fire; a rule without any is untested.
    let set = load_builtin().expect("built-in rules compile");
    let missing: Vec<String> = set
        .rules()
        .filter(|r| !r.is_check && r.examples == 0)
        .map(|r| format!("{} ({})", r.id, r.location))
        .collect();
    assert!(missing.is_empty(), "rules without examples: {missing:?}");
}

/// A compressed body is judged decoded: its attacks match the rules of their class on the
/// parsed values (not only protocol rules on the compressed bytes), and the same body
/// compressed or not gets the same matches.
#[test]
fn compressed_bodies_are_judged_decoded() {
    let set = load_builtin().expect("built-in rules compile");
    for (place, value, category) in [
        (
            "json",
            "1' UNION SELECT username, password FROM users--",
            "sqli",
        ),
        ("form", "<script>alert(document.cookie)</script>", "xss"),
        ("xml", "../../../../etc/passwd", "lfi"),
    ] {
        let plain = judge(&set, &build(place, value), 1);
        let ids = |v: &rulesets::Verdict| {
            let mut ids: Vec<(String, String)> = v
                .matches
                .iter()
                .map(|m| (m.rule.id.clone(), m.target.clone()))
                .collect();
            ids.sort();
            ids
        };
        for coding in ["gzip", "deflate"] {
            let v = judge(&set, &build(&format!("{coding}:{place}"), value), 1);
            assert!(
                v.matches
                    .iter()
                    .any(|m| m.rule.category.as_str() == category && m.target.starts_with("BODY:")),
                "{coding}:{place}: no {category} match on a body value: {:?}",
                ids(&v)
            );
            assert_eq!(ids(&v), ids(&plain), "{coding}:{place}");
        }
    }
}
