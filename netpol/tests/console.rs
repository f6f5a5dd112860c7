#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! The console's API against the real `palisade-netpol serve` on a loopback port (no root
//! needed): every endpoint, authentication and roles, bad input, CSRF, durability.

mod console_support;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use console_support::*;
use serde_json::Value;

fn now_minus(secs: i64) -> String {
    (chrono::Utc::now() - chrono::Duration::seconds(secs))
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn setup() -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().unwrap();
    let tokens = write_tokens(dir.path());
    let s = Server::start(&dir.path().join("state"), &tokens, &[]);
    (dir, s)
}

fn seed_map(state: &std::path::Path) {
    let store = netpol::store::Store::open(state).unwrap();
    let now = chrono::Utc::now();
    let flows: Vec<_> = [
        ("shop/web->shop/api:tcp/8080", netpol::store::Verdict::Learn),
        ("shop/api->shop/db:tcp/5432", netpol::store::Verdict::Learn),
        (
            "shop/web->shop/db:tcp/5432",
            netpol::store::Verdict::WouldDeny,
        ),
    ]
    .iter()
    .map(|(e, v)| netpol::store::FlowRecord {
        edge: e.parse().unwrap(),
        first_seen: now,
        last_seen: now,
        count: 2,
        verdict: *v,
    })
    .collect();
    store.record_flows(&flows).unwrap();
    store
        .append_events(&[netpol::store::Event {
            at: now,
            verdict: netpol::store::Verdict::WouldDeny,
            rule: "would-deny".into(),
            edge: "shop/web->shop/db:tcp/5432".parse().unwrap(),
            src: "10.0.0.1".parse().unwrap(),
            dst: "10.0.0.3".parse().unwrap(),
            sport: Some(40000),
        }])
        .unwrap();
}

#[test]
fn authentication_and_roles() {
    let (_d, s) = setup();
    // No token, wrong token, malformed header: 401 with a Bearer challenge.
    let r = s.call("GET", "/api/v1/alerts", None, None);
    assert_eq!(r.status, 401);
    assert!(r.header("www-authenticate").unwrap().starts_with("Bearer"));
    assert_eq!(
        s.get("/api/v1/alerts", "viewer-0123456789abcdeX").status,
        401
    );
    assert_eq!(s.get("/api/v1/alerts", "").status, 401);
    let r = request(
        s.addr,
        "GET",
        "/api/v1/whoami",
        &[("Authorization".into(), format!("Basic {VIEWER}"))],
        None,
    );
    assert_eq!(r.status, 401);
    assert_eq!(
        s.call("POST", "/api/v1/alerts", None, Some("[]")).status,
        401
    );

    // Identities.
    let w = s.get("/api/v1/whoami", APPROVER).json();
    assert_eq!(w["identity"], "approver:alice");
    assert_eq!(w["via"], "bearer");
    let w = s.get("/api/v1/whoami", VIEWER).json();
    assert!(
        w["identity"].as_str().unwrap().starts_with("viewer:token-"),
        "{w}"
    );

    // Any valid token may ask who it is (a proxy operator checking an ingest token).
    assert_eq!(
        s.get("/api/v1/whoami", INGEST).json()["identity"],
        "ingest:proxy-1"
    );

    // Wrong roles: 403.
    let one = format!(
        "[{}]",
        alert_json("r1", "web-1", "sqli", "sqli-1", "blocked", &now_minus(1))
    );
    for (method, path, token, body) in [
        ("GET", "/api/v1/alerts", INGEST, None),
        ("GET", "/api/v1/map", INGEST, None),
        ("GET", "/api/v1/history", INGEST, None),
        ("GET", "/api/v1/alerts/stream", INGEST, None),
        ("POST", "/api/v1/alerts", VIEWER, Some(one.as_str())),
        ("POST", "/api/v1/alerts", APPROVER, Some(one.as_str())),
        (
            "POST",
            "/api/v1/map/approve",
            VIEWER,
            Some(r#"{"all":true}"#),
        ),
        (
            "POST",
            "/api/v1/map/reject",
            VIEWER,
            Some(r#"{"all":true}"#),
        ),
        ("POST", "/api/v1/rollback", VIEWER, Some(r#"{"version":0}"#)),
        (
            "POST",
            "/api/v1/modes",
            VIEWER,
            Some(r#"{"mode":"enforce"}"#),
        ),
        (
            "POST",
            "/api/v1/map/approve",
            INGEST,
            Some(r#"{"all":true}"#),
        ),
    ] {
        let r = s.call(method, path, Some(token), body);
        assert_eq!(r.status, 403, "{method} {path} as {token}: {}", r.text());
        assert!(r.json()["error"].as_str().unwrap().contains("role"));
    }
    // Nothing changed by the refused calls.
    assert!(!s.state.join("policy.json").exists());
    assert_eq!(s.get("/api/v1/nope", VIEWER).status, 404);
}

#[test]
fn ingest_list_filters_detail_stats() {
    let (_d, s) = setup();
    let batch = format!(
        "[{},{},{},{}]",
        alert_json(
            "a1",
            "web-1",
            "sqli",
            "sqli-100",
            "blocked",
            &now_minus(300)
        ),
        alert_json("a2", "web-2", "xss", "xss-200", "detected", &now_minus(200)),
        alert_json("a3", "web-1", "xss", "xss-201", "blocked", &now_minus(100)),
        r#"{"timestamp":"not a time","request_id":"bad","action":"blocked"}"#,
    );
    let r = s.post("/api/v1/alerts", INGEST, &batch);
    assert_eq!(r.status, 200, "{}", r.text());
    let j = r.json();
    assert_eq!(
        (j["accepted"].as_u64(), j["rejected"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(j["errors"][0]["index"], 3);
    // NDJSON too.
    let nd = format!(
        "{}\n{}\n",
        alert_json("a4", "api-1", "rce", "rce-1", "blocked", &now_minus(50)),
        alert_json(
            "a5",
            "api-1",
            "sqli",
            "sqli-100",
            "detected",
            &now_minus(10)
        )
    );
    assert_eq!(s.post("/api/v1/alerts", INGEST, &nd).json()["accepted"], 2);

    // Bad bodies.
    for (body, status) in [
        ("[{", 400),
        ("", 400),
        ("[]", 400),
        ("{\"timestamp\":1}\n", 400),
        (
            r#"[{"timestamp":"2026-01-01T00:00:00Z","request_id":"","action":"blocked"}]"#,
            400,
        ),
        (
            r#"[{"timestamp":"2026-01-01T00:00:00Z","request_id":"x","action":"maybe"}]"#,
            400,
        ),
    ] {
        let r = s.post("/api/v1/alerts", INGEST, body);
        assert_eq!(r.status, status, "{body:?}: {}", r.text());
        assert!(r.json().get("error").is_some() || r.json()["accepted"] == 0);
    }
    let huge = format!("[{}]", "1,".repeat(3 * 1024 * 1024) + "1");
    assert_eq!(s.post("/api/v1/alerts", INGEST, &huge).status, 413);

    // Newest first.
    let ids = |v: &Value| -> Vec<String> {
        v["alerts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["request_id"].as_str().unwrap().to_owned())
            .collect()
    };
    let all = s.get("/api/v1/alerts", VIEWER).json();
    assert_eq!(ids(&all), ["a5", "a4", "a3", "a2", "a1"]);
    assert_eq!(all["stored"], 5);
    let first = &all["alerts"][4];
    assert_eq!(first["matches"][0]["fragment"], "' or 1=1--");
    assert_eq!(first["workload"]["pod"], "web-1");

    // Filters.
    let q = |query: &str| ids(&s.get(&format!("/api/v1/alerts?{query}"), VIEWER).json());
    assert_eq!(q("category=xss"), ["a3", "a2"]);
    assert_eq!(q("rule=sqli-100"), ["a5", "a1"]);
    assert_eq!(q("action=detected"), ["a5", "a2"]);
    assert_eq!(q("workload=shop/web-1"), ["a3", "a1"]);
    assert_eq!(q("workload=api-1&action=blocked"), ["a4"]);
    assert_eq!(q("workload=shop").len(), 5);
    assert_eq!(q("workload=other/web-1").len(), 0);
    let since = urlenc(&now_minus(150));
    assert_eq!(q(&format!("since={since}")), ["a5", "a4", "a3"]);
    assert_eq!(q(&format!("until={since}")), ["a2", "a1"]);
    // Pages.
    let p1 = s.get("/api/v1/alerts?limit=2", VIEWER).json();
    assert_eq!(ids(&p1), ["a5", "a4"]);
    let c = p1["next_cursor"].as_u64().unwrap();
    let p2 = s
        .get(&format!("/api/v1/alerts?limit=2&cursor={c}"), VIEWER)
        .json();
    assert_eq!(ids(&p2), ["a3", "a2"]);
    let c = p2["next_cursor"].as_u64().unwrap();
    let p3 = s
        .get(&format!("/api/v1/alerts?limit=2&cursor={c}"), VIEWER)
        .json();
    assert_eq!(ids(&p3), ["a1"]);
    assert!(p3["next_cursor"].is_null());

    // Bad filters.
    for query in [
        "action=allowed",
        "since=yesterday",
        "until=2026-13-01T00:00:00Z",
        "limit=0",
        "limit=100000",
        "limit=ten",
        "cursor=-1",
        "colour=red",
        "since=2026-01-02T00:00:00Z&until=2026-01-01T00:00:00Z",
    ] {
        let r = s.get(&format!("/api/v1/alerts?{query}"), VIEWER);
        assert_eq!(r.status, 400, "{query}: {}", r.text());
        assert!(!r.json()["error"].as_str().unwrap().is_empty());
    }

    // One alert, by id and by request id.
    let id = all["alerts"][0]["id"].as_u64().unwrap();
    let one = s.get(&format!("/api/v1/alerts/{id}"), VIEWER).json();
    assert_eq!(one["request_id"], "a5");
    let one = s.get("/api/v1/alerts/a2", VIEWER).json();
    assert_eq!(one["matches"][0]["rule"], "xss-200");
    assert_eq!(s.get("/api/v1/alerts/nope", VIEWER).status, 404);
    assert_eq!(s.get("/api/v1/alerts/999999", VIEWER).status, 404);

    // Stats: the last 10 minutes in 60 s buckets.
    let st = s
        .get(
            &format!(
                "/api/v1/alerts/stats?since={}&bucket=60",
                urlenc(&now_minus(600))
            ),
            VIEWER,
        )
        .json();
    let buckets = st["buckets"].as_array().unwrap();
    assert_eq!(buckets.len(), 10);
    let total: u64 = buckets.iter().map(|b| b["total"].as_u64().unwrap()).sum();
    assert_eq!(total, 5);
    let sqli: u64 = buckets
        .iter()
        .map(|b| b["by_category"]["sqli"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(sqli, 2);
    let blocked: u64 = buckets
        .iter()
        .map(|b| b["by_action"]["blocked"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(blocked, 3);
    let st = s.get("/api/v1/alerts/stats?category=xss", VIEWER).json();
    assert_eq!(st["buckets"].as_array().unwrap().len(), 60);
    for bad in [
        "bucket=0",
        "bucket=1&since=2020-01-01T00:00:00Z",
        "bucket=x",
    ] {
        assert_eq!(
            s.get(&format!("/api/v1/alerts/stats?{bad}"), VIEWER).status,
            400,
            "{bad}"
        );
    }
}

fn urlenc(s: &str) -> String {
    s.replace(':', "%3A").replace('+', "%2B")
}

#[test]
fn stream_sends_new_alerts() {
    let (_d, s) = setup();
    let mut c = TcpStream::connect(s.addr).unwrap();
    c.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(
        c,
        "GET /api/v1/alerts/stream HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {VIEWER}\r\n\r\n",
        s.addr
    )
    .unwrap();
    let mut r = BufReader::new(c);
    let mut status = String::new();
    r.read_line(&mut status).unwrap();
    assert!(status.contains(" 200 "), "{status}");
    loop {
        let mut l = String::new();
        r.read_line(&mut l).unwrap();
        if l.to_ascii_lowercase().starts_with("content-type") {
            assert!(l.contains("text/event-stream"), "{l}");
        }
        if l == "\r\n" {
            break;
        }
    }
    // The subscription is made before the headers are sent: post now.
    let body = format!(
        "[{}]",
        alert_json(
            "live-1",
            "web-1",
            "sqli",
            "sqli-1",
            "blocked",
            &now_minus(0)
        )
    );
    assert_eq!(s.post("/api/v1/alerts", INGEST, &body).status, 200);
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut saw_event = false;
    while Instant::now() < deadline {
        let mut l = String::new();
        if r.read_line(&mut l).unwrap() == 0 {
            break;
        }
        if l.starts_with("event: alert") {
            saw_event = true;
        }
        if saw_event && l.starts_with("data: ") {
            let v: Value = serde_json::from_str(l.trim_start_matches("data: ").trim()).unwrap();
            assert_eq!(v["request_id"], "live-1");
            return;
        }
    }
    panic!("no alert event on the stream");
}

#[test]
fn map_review_through_the_api() {
    let (_d, s) = setup();
    seed_map(&s.state);
    let m = s.get("/api/v1/map", VIEWER).json();
    assert_eq!(m["policy_version"], 0);
    let nodes: Vec<&str> = m["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(nodes, ["shop/api", "shop/db", "shop/web"]);
    let state_of = |m: &Value, e: &str| -> String {
        m["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["edge"] == e)
            .map(|x| x["state"].as_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(state_of(&m, "shop/web->shop/api:tcp/8080"), "proposed");
    assert_eq!(state_of(&m, "shop/web->shop/db:tcp/5432"), "denied");
    let d = s.get("/api/v1/map/diff", VIEWER).json();
    assert_eq!(d["pending"].as_array().unwrap().len(), 3);

    // Approve one edge: a new policy version, recorded with the caller's identity.
    let r = s.post(
        "/api/v1/map/approve",
        APPROVER,
        r#"{"edges":["shop/web->shop/api:tcp/8080"]}"#,
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["version"], 1);
    assert_eq!(r.json()["changed"], true);
    let policy = netpol::store::Store::open(&s.state)
        .unwrap()
        .policy()
        .unwrap();
    assert_eq!(policy.version, 1);
    assert_eq!(policy.created_by, "approver:alice");
    assert!(policy
        .edges
        .contains(&"shop/web->shop/api:tcp/8080".parse().unwrap()));
    let m = s.get("/api/v1/map", VIEWER).json();
    assert_eq!(state_of(&m, "shop/web->shop/api:tcp/8080"), "approved");
    // Approving it again changes nothing.
    let r = s.post(
        "/api/v1/map/approve",
        APPROVER,
        r#"{"edges":["shop/web->shop/api:tcp/8080"]}"#,
    );
    assert_eq!(r.json()["changed"], false);

    // Reject one, then approve all the rest (the rejected one stays out).
    let r = s.post(
        "/api/v1/map/reject",
        APPROVER,
        r#"{"edges":["shop/web->shop/db:tcp/5432"]}"#,
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = s.post("/api/v1/map/approve", APPROVER, r#"{"all":true}"#);
    assert_eq!(r.json()["version"], 2);
    let m = s.get("/api/v1/map", VIEWER).json();
    assert_eq!(state_of(&m, "shop/web->shop/db:tcp/5432"), "rejected");
    assert_eq!(state_of(&m, "shop/api->shop/db:tcp/5432"), "approved");

    // Bad input.
    for (path, body, status) in [
        ("/api/v1/map/approve", r#"{"edges":["web->api"]}"#, 400),
        ("/api/v1/map/approve", r#"{"edges":[]}"#, 400),
        (
            "/api/v1/map/approve",
            r#"{"all":true,"edges":["shop/a->shop/b:tcp/1"]}"#,
            400,
        ),
        ("/api/v1/map/approve", r#"{"everything":true}"#, 400),
        ("/api/v1/map/approve", "not json", 400),
        (
            "/api/v1/map/reject",
            r#"{"edges":["shop/x->shop/y:tcp/1"]}"#,
            400,
        ),
        ("/api/v1/rollback", r#"{"version":99}"#, 404),
        ("/api/v1/rollback", r#"{"version":"one"}"#, 400),
        ("/api/v1/modes", r#"{"mode":"paranoid"}"#, 400),
        (
            "/api/v1/modes",
            r#"{"mode":"audit","workload":"no-namespace"}"#,
            400,
        ),
    ] {
        let r = s.post(path, APPROVER, body);
        assert_eq!(r.status, status, "{path} {body}: {}", r.text());
    }

    // Modes.
    let r = s.post(
        "/api/v1/modes",
        APPROVER,
        r#"{"mode":"audit","workload":"shop/web"}"#,
    );
    assert_eq!(r.json()["version"], 3, "{}", r.text());
    let r = s.post("/api/v1/modes", APPROVER, r#"{"mode":"enforce"}"#);
    assert_eq!(r.json()["version"], 4);
    let modes = s.get("/api/v1/modes", VIEWER).json();
    assert_eq!(modes["default"], "enforce");
    assert_eq!(modes["modes"]["shop/web"], "audit");
    let m = s.get("/api/v1/map", VIEWER).json();
    let web = m["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "shop/web")
        .unwrap();
    assert_eq!(web["mode"], "audit");

    // History (newest first) and rollback.
    let h = s.get("/api/v1/history", VIEWER).json();
    let entries = h["entries"].as_array().unwrap();
    assert_eq!(h["current"], 4);
    assert_eq!(entries[0]["action"], "set-mode");
    assert!(entries.iter().all(|e| e["by"] == "approver:alice"));
    let r = s.post("/api/v1/rollback", APPROVER, r#"{"version":1}"#);
    assert_eq!(r.json()["version"], 5);
    let policy = netpol::store::Store::open(&s.state)
        .unwrap()
        .policy()
        .unwrap();
    assert_eq!(policy.edges.len(), 1);
    assert_eq!(policy.default_mode, netpol::model::Mode::Learn);

    // Events.
    let ev = s.get("/api/v1/events?limit=10", VIEWER).json();
    assert_eq!(ev["events"].as_array().unwrap().len(), 1);
    assert_eq!(ev["events"][0]["verdict"], "would-deny");
    assert_eq!(s.get("/api/v1/events?limit=0", VIEWER).status, 400);
    assert_eq!(s.get("/api/v1/events?max=3", VIEWER).status, 400);
}

/// A browser-like client: cookie from the login answer, CSRF header, Origin.
fn cookie_call(
    s: &Server,
    method: &str,
    path: &str,
    cookie: &str,
    csrf: Option<&str>,
    origin: Option<&str>,
    body: Option<&str>,
) -> Resp {
    let mut h = vec![("Cookie".to_owned(), cookie.to_owned())];
    if let Some(c) = csrf {
        h.push(("X-CSRF-Token".into(), c.into()));
    }
    if let Some(o) = origin {
        h.push(("Origin".into(), o.into()));
    }
    request(s.addr, method, path, &h, body.map(str::as_bytes))
}

#[test]
fn browser_session_and_csrf() {
    let (_d, s) = setup();
    seed_map(&s.state);
    let origin = s.url();
    let login = |token: &str, origin: Option<&str>| {
        let mut h = Vec::new();
        if let Some(o) = origin {
            h.push(("Origin".to_owned(), o.to_owned()));
        }
        let body = format!(r#"{{"token":"{token}"}}"#);
        request(s.addr, "POST", "/api/v1/login", &h, Some(body.as_bytes()))
    };
    assert_eq!(login("wrong-token-0123456789", Some(&origin)).status, 401);
    assert_eq!(login(INGEST, Some(&origin)).status, 403);
    assert_eq!(login(APPROVER, Some("http://evil.example")).status, 403);
    assert_eq!(login(APPROVER, None).status, 403);
    let r = login(APPROVER, Some(&origin));
    assert_eq!(r.status, 200, "{}", r.text());
    let set = r.header("set-cookie").unwrap().to_owned();
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict"),
        "{set}"
    );
    let cookie = set.split(';').next().unwrap().to_owned();
    let csrf = r.json()["csrf"].as_str().unwrap().to_owned();
    assert_eq!(r.json()["identity"], "approver:alice");

    // Reads need the cookie only.
    let w = cookie_call(&s, "GET", "/api/v1/whoami", &cookie, None, None, None).json();
    assert_eq!(w["via"], "session");
    assert_eq!(w["csrf"], csrf);
    assert_eq!(
        cookie_call(
            &s,
            "GET",
            "/api/v1/whoami",
            "palisade_session=forged",
            None,
            None,
            None
        )
        .status,
        401
    );

    // Writes need the CSRF token and a same-origin Origin.
    let body = Some(r#"{"edges":["shop/web->shop/api:tcp/8080"]}"#);
    let path = "/api/v1/map/approve";
    for (csrf_h, origin_h) in [
        (None, Some(origin.as_str())),
        (Some("0000"), Some(origin.as_str())),
        (Some(csrf.as_str()), None),
        (Some(csrf.as_str()), Some("http://evil.example")),
        (Some(csrf.as_str()), Some("null")),
    ] {
        let r = cookie_call(&s, "POST", path, &cookie, csrf_h, origin_h, body);
        assert_eq!(
            r.status,
            403,
            "csrf {csrf_h:?} origin {origin_h:?}: {}",
            r.text()
        );
    }
    let mut h = vec![
        ("Cookie".to_owned(), cookie.clone()),
        ("X-CSRF-Token".to_owned(), csrf.clone()),
        ("Origin".to_owned(), origin.clone()),
        ("Sec-Fetch-Site".to_owned(), "cross-site".to_owned()),
    ];
    assert_eq!(
        request(s.addr, "POST", path, &h, body.map(str::as_bytes)).status,
        403
    );
    assert_eq!(
        netpol::store::Store::open(&s.state)
            .unwrap()
            .policy()
            .unwrap()
            .version,
        0
    );
    h.pop();
    let r = request(s.addr, "POST", path, &h, body.map(str::as_bytes));
    assert_eq!(r.status, 200, "{}", r.text());
    let policy = netpol::store::Store::open(&s.state)
        .unwrap()
        .policy()
        .unwrap();
    assert_eq!(
        (policy.version, policy.created_by.as_str()),
        (1, "approver:alice")
    );

    // Logout ends the session.
    let r = cookie_call(
        &s,
        "POST",
        "/api/v1/logout",
        &cookie,
        Some(&csrf),
        Some(&origin),
        Some("{}"),
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        cookie_call(&s, "GET", "/api/v1/whoami", &cookie, None, None, None).status,
        401
    );
}

#[test]
fn pages_and_security_headers() {
    let (_d, s) = setup();
    for (path, ctype) in [
        ("/", "text/html"),
        ("/assets/app.js", "text/javascript"),
        ("/assets/app.css", "text/css"),
    ] {
        let r = s.call("GET", path, None, None);
        assert_eq!(r.status, 200, "{path}");
        assert!(
            r.header("content-type").unwrap().starts_with(ctype),
            "{path}"
        );
        assert!(!r.body.is_empty());
    }
    let page = s.call("GET", "/", None, None).text();
    for external in ["src=\"http", "href=\"http", "src=\"//", "href=\"//"] {
        assert!(!page.contains(external), "no external assets: {external}");
    }
    for path in ["/", "/api/v1/alerts"] {
        let r = s.call("GET", path, None, None);
        let csp = r.header("content-security-policy").unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(r.header("x-frame-options"), Some("DENY"));
    }
}

fn stored_ids(s: &Server) -> Vec<String> {
    s.get("/api/v1/alerts?limit=1000", VIEWER).json()["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["request_id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn alerts_survive_a_kill_and_a_torn_write() {
    let dir = tempfile::tempdir().unwrap();
    let tokens = write_tokens(dir.path());
    let state = dir.path().join("state");
    let mut s = Server::start(&state, &tokens, &["--max-alerts", "40"]);
    for batch in 0..6 {
        let body: Vec<String> = (0..10)
            .map(|i| {
                alert_json(
                    &format!("d{batch}-{i}"),
                    "web-1",
                    "sqli",
                    "sqli-1",
                    "blocked",
                    &now_minus(5),
                )
            })
            .collect();
        let r = s.post("/api/v1/alerts", INGEST, &format!("[{}]", body.join(",")));
        assert_eq!(r.status, 200);
    }
    let before = stored_ids(&s);
    assert_eq!(before.len(), 40, "bounded at --max-alerts");
    assert_eq!(before[0], "d5-9");
    assert_eq!(before[39], "d2-0");
    s.kill(); // SIGKILL: no shutdown path runs

    // Old segments were deleted; what is left is at most the bound plus one segment.
    let seg_dir = state.join("console");
    let lines: usize = std::fs::read_dir(&seg_dir)
        .unwrap()
        .map(|e| {
            std::fs::read_to_string(e.unwrap().path())
                .unwrap()
                .lines()
                .count()
        })
        .sum();
    assert!((40..=50).contains(&lines), "{lines} lines on disk");

    let s = Server::start(&state, &tokens, &["--max-alerts", "40"]);
    assert_eq!(stored_ids(&s), before, "same alerts after a restart");
    drop(s);

    // A write torn by a crash: the half line is cut, the rest loads, appends work.
    let mut segs: Vec<_> = std::fs::read_dir(&seg_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    segs.sort();
    let last = segs.last().unwrap();
    let mut f = std::fs::OpenOptions::new().append(true).open(last).unwrap();
    f.write_all(br#"{"id":9999,"received_at":"2026-01-01T00:00:00Z","timestamp":"#)
        .unwrap();
    drop(f);
    let s = Server::start(&state, &tokens, &["--max-alerts", "40"]);
    assert_eq!(stored_ids(&s), before);
    let body = format!(
        "[{}]",
        alert_json("after", "web-1", "xss", "xss-1", "detected", &now_minus(0))
    );
    assert_eq!(s.post("/api/v1/alerts", INGEST, &body).status, 200);
    drop(s);
    let s = Server::start(&state, &tokens, &["--max-alerts", "40"]);
    let ids = stored_ids(&s);
    assert_eq!(ids[0], "after");
    assert_eq!(ids.len(), 40);
}

#[test]
fn bad_tokens_file_is_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    for (text, want) in [
        ("viewer short\n", "line 1: token is shorter than 16 bytes"),
        (
            "# ok\nroot 0123456789abcdef0123\n",
            "line 2: unknown role \"root\"",
        ),
        ("", "has no tokens"),
    ] {
        let p = dir.path().join("tokens");
        std::fs::write(&p, text).unwrap();
        let out = std::process::Command::new(BIN)
            .arg("--state")
            .arg(dir.path().join("state"))
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--log-format",
                "text",
                "--tokens",
            ])
            .arg(&p)
            .output()
            .unwrap();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(want), "{text:?}: {err}");
    }
}
