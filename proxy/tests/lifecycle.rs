#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! The proxy's life: rule reloads (file change, ConfigMap symlink swap, SIGHUP, admin),
//! hot swaps under load, the admin listener, configuration errors, the SIGTERM drain.

mod common;

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use tokio::io::AsyncWriteExt;

fn rule(id: &str, marker: &str) -> String {
    format!(
        "[[rule]]\nid = \"{id}\"\nname = \"marker {marker}\"\ncategory = \"generic\"\ntargets = [\"ARGS\"]\nliterals = [\"{marker}\"]\n\n"
    )
}

async fn status(addr: std::net::SocketAddr, target: &str) -> u16 {
    get(addr, target, &[]).await.unwrap().status
}

/// Polls until `target` gets `want`; the time it took.
async fn until_status(addr: std::net::SocketAddr, target: &str, want: u16) -> Duration {
    let start = Instant::now();
    loop {
        if status(addr, target).await == want {
            return start.elapsed();
        }
        assert!(start.elapsed() < PATIENCE, "{target} never answered {want}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_rule_file_keeps_the_old_rules() {
    let rules = tempfile::tempdir().unwrap();
    std::fs::write(rules.path().join("a.toml"), rule("r-alpha", "alphamarker")).unwrap();
    let up = Upstream::start().await;
    let p = Proxy::start(
        up.addr,
        &format!("rules: {}\nrules_poll_ms: 100\n", rules.path().display()),
    )
    .await;
    assert_eq!(status(p.addr, "/?x=alphamarker").await, 403);
    let v1 = p.metrics().await;

    // A broken file next to the good one: the whole new set is refused.
    std::fs::write(
        rules.path().join("b.toml"),
        "[[rule]]\nid = \"r-broken\"\nname = \"broken\"\ncategory = \"generic\"\ntargets = [\"ARGS\"]\nregex = \"(unclosed\"\n",
    )
    .unwrap();
    let start = Instant::now();
    while p
        .metric("palisade_rules_reloads_total{result=\"failed\"}")
        .await
        < 1.0
    {
        assert!(
            start.elapsed() < PATIENCE,
            "the failed reload was not counted"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        status(p.addr, "/?x=alphamarker").await,
        403,
        "old rules still in force"
    );
    let version = |m: &str| {
        m.lines()
            .find(|l| l.starts_with("palisade_ruleset_info"))
            .unwrap()
            .to_string()
    };
    assert_eq!(version(&p.metrics().await), version(&v1));
    let log = p.log();
    assert!(
        log.contains("r-broken") && log.contains("b.toml"),
        "the error names the rule and file:\n{log}"
    );

    // The admin reload reports the errors structurally.
    let r = send_raw(
        p.admin,
        b"POST /reload HTTP/1.1\r\nHost: admin\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    )
    .await
    .unwrap();
    assert_eq!(r.status, 422);
    let j = r.json();
    assert_eq!(j["ok"], false);
    assert_eq!(j["errors"][0]["rule"], "r-broken");
    assert_eq!(j["errors"][0]["file"], "b.toml");

    // Fixing it takes effect.
    std::fs::write(rules.path().join("b.toml"), rule("r-beta", "betamarker")).unwrap();
    until_status(p.addr, "/?x=betamarker", 403).await;
    assert_eq!(status(p.addr, "/?x=alphamarker").await, 403);
    assert!(
        p.metric("palisade_rules_last_reload_timestamp_seconds")
            .await
            > 1.6e9
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_and_admin_reload() {
    let rules = tempfile::tempdir().unwrap();
    std::fs::write(rules.path().join("a.toml"), rule("r-one", "onemarker")).unwrap();
    let up = Upstream::start().await;
    // A long poll interval, so only the signal or the admin call reloads.
    let p = Proxy::start(
        up.addr,
        &format!(
            "rules: {}\nrules_poll_ms: 3600000\n",
            rules.path().display()
        ),
    )
    .await;
    std::fs::write(rules.path().join("a.toml"), rule("r-two", "twomarker")).unwrap();
    p.signal("HUP");
    until_status(p.addr, "/?x=twomarker", 403).await;
    assert_eq!(status(p.addr, "/?x=onemarker").await, 200);

    std::fs::write(rules.path().join("a.toml"), rule("r-three", "threemarker")).unwrap();
    let r = send_raw(
        p.admin,
        b"POST /reload HTTP/1.1\r\nHost: admin\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    )
    .await
    .unwrap();
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.json()["changed"], true);
    assert_eq!(status(p.addr, "/?x=threemarker").await, 403);
    assert_eq!(
        p.metric("palisade_rules_reloads_total{result=\"ok\"}")
            .await,
        2.0
    );
    assert!(p.alive());
}

/// A ConfigMap volume: `dir/rules.toml -> ..data/rules.toml`, `..data -> ..<version>`; an
/// update writes a new version directory and swaps `..data` atomically.
fn configmap_write(dir: &Path, version: usize, content: &str) {
    let vdir = dir.join(format!("..v{version}"));
    std::fs::create_dir(&vdir).unwrap();
    std::fs::write(vdir.join("rules.toml"), content).unwrap();
    let tmp = dir.join("..data_tmp");
    let _ = std::fs::remove_file(&tmp);
    std::os::unix::fs::symlink(format!("..v{version}"), &tmp).unwrap();
    std::fs::rename(&tmp, dir.join("..data")).unwrap();
    if version == 0 {
        std::os::unix::fs::symlink("..data/rules.toml", dir.join("rules.toml")).unwrap();
    } else {
        let _ = std::fs::remove_dir_all(dir.join(format!("..v{}", version - 1)));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_swaps_under_load() {
    const SWAPS: usize = 50;
    let rules = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string(rules_dir().join("test.toml")).unwrap();
    configmap_write(
        rules.path(),
        0,
        &format!("{base}{}", rule("swap-0", "swapmarker0")),
    );
    let up = Upstream::start().await;
    let p = Proxy::start(up.addr, &format!("rules: {}\n", rules.path().display())).await;

    // Continuous, bounded load: 4 keep-alive clients, GETs and POSTs on both body paths.
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let mut clients = Vec::new();
    for c in 0..4u64 {
        let (stop, done, failures, addr) = (stop.clone(), done.clone(), failures.clone(), p.addr);
        clients.push(tokio::spawn(async move {
            let mut i = 0u64;
            let deadline = Instant::now() + Duration::from_secs(300);
            while !stop.load(Ordering::Relaxed) && Instant::now() < deadline {
                let mut s = match tokio::net::TcpStream::connect(addr).await {
                    Ok(s) => s,
                    Err(e) => {
                        failures.lock().unwrap().push(format!("connect: {e}"));
                        continue;
                    }
                };
                let mut buf = Vec::new();
                for _ in 0..20 {
                    i += 1;
                    let body = match i % 3 {
                        0 => Vec::new(),
                        1 => filler(3000, i),
                        _ => filler(80_000, i),
                    };
                    let req = if body.is_empty() {
                        format!("GET /load/{c}/{i}?page=2 HTTP/1.1\r\nHost: app.test\r\n\r\n").into_bytes()
                    } else {
                        let mut r = format!(
                            "POST /load/{c}/{i} HTTP/1.1\r\nHost: app.test\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\n\r\n",
                            body.len()
                        )
                        .into_bytes();
                        r.extend_from_slice(&body);
                        r
                    };
                    if let Err(e) = s.write_all(&req).await {
                        failures.lock().unwrap().push(format!("write: {e}"));
                        break;
                    }
                    match tokio::time::timeout(PATIENCE, read_response(&mut s, &mut buf)).await {
                        Ok(Ok(r)) if r.status == 200 => {
                            let want = format!("upstream saw {} body bytes, fnv {:016x}\n", body.len(), fnv(&body));
                            if r.body != want.as_bytes() {
                                failures.lock().unwrap().push(format!("body mismatch: {}", String::from_utf8_lossy(&r.body)));
                            }
                            done.fetch_add(1, Ordering::Relaxed);
                        }
                        Ok(Ok(r)) => failures.lock().unwrap().push(format!("status {}", r.status)),
                        Ok(Err(e)) => {
                            failures.lock().unwrap().push(format!("read: {e}"));
                            break;
                        }
                        Err(_) => {
                            failures.lock().unwrap().push("timeout".into());
                            break;
                        }
                    }
                }
            }
        }));
    }

    let mut worst = Duration::ZERO;
    for v in 1..=SWAPS {
        let marker = format!("swapmarker{v}");
        let written = Instant::now();
        configmap_write(
            rules.path(),
            v,
            &format!("{base}{}", rule(&format!("swap-{v}"), &marker)),
        );
        let took = until_status(p.addr, &format!("/?x={marker}"), 403).await;
        worst = worst.max(written.elapsed().max(took));
        // The previous swap's rule is gone.
        assert_eq!(
            status(p.addr, &format!("/?x=swapmarker{}", v - 1)).await,
            200
        );
    }
    stop.store(true, Ordering::Relaxed);
    for c in clients {
        c.await.unwrap();
    }
    let failures = failures.lock().unwrap().clone();
    let done = done.load(Ordering::Relaxed);
    eprintln!("{SWAPS} swaps, {done} load requests, slowest swap visible after {worst:?}");
    assert!(
        failures.is_empty(),
        "failed or reset requests under swaps: {failures:?}"
    );
    assert!(done > 100, "too little load: {done}");
    assert!(
        worst <= Duration::from_secs(2),
        "a new rule took {worst:?} to take effect"
    );
    assert_eq!(
        p.metric("palisade_rules_reloads_total{result=\"ok\"}")
            .await,
        SWAPS as f64
    );
    assert_eq!(
        p.metric("palisade_rules_reloads_total{result=\"failed\"}")
            .await,
        0.0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_listener() {
    let up = Upstream::start().await;
    let p = Proxy::start(
        up.addr,
        &with_rules("rules: {rules}\nadmin_token: s3cret\n"),
    )
    .await;
    assert_eq!(get(p.admin, "/healthz", &[]).await.unwrap().status, 200);
    assert_eq!(get(p.admin, "/readyz", &[]).await.unwrap().status, 200);
    assert_eq!(get(p.admin, "/metrics", &[]).await.unwrap().status, 401);
    assert_eq!(
        get(p.admin, "/metrics", &[("Authorization", "Bearer wrong")])
            .await
            .unwrap()
            .status,
        401
    );
    let r = send_raw(
        p.admin,
        b"POST /reload HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    )
    .await
    .unwrap();
    assert_eq!(r.status, 401);
    get(p.addr, "/?q=%3Cscript%3E", &[]).await.unwrap();
    get(p.addr, "/fine", &[]).await.unwrap();
    // Requests are counted once their response is written: wait for the counter. (This
    // needs the token, so poll by hand.)
    let start = Instant::now();
    loop {
        let r = get(p.admin, "/metrics", &[("Authorization", "Bearer s3cret")])
            .await
            .unwrap();
        let m = String::from_utf8(r.body).unwrap();
        if m.contains("palisade_requests_total{action=\"passed\"} 1") || start.elapsed() > PATIENCE
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let r = get(p.admin, "/metrics", &[("Authorization", "Bearer s3cret")])
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    let m = String::from_utf8(r.body).unwrap();
    for series in [
        "palisade_requests_total{action=\"blocked\"} 1",
        "palisade_requests_total{action=\"passed\"} 1",
        "palisade_rule_matches_total{rule=\"test-xss\",category=\"xss\"} 1",
        "palisade_inspection_seconds_count 2",
        "palisade_body_bytes_inspected_total 0",
        "palisade_upstream_errors_total 0",
        "palisade_rules_reloads_total{result=\"ok\"} 0",
        "palisade_rules_reloads_total{result=\"failed\"} 0",
        "palisade_rules_last_reload_timestamp_seconds 0",
        "palisade_alerts_dropped_total 0",
    ] {
        assert!(m.contains(series), "missing {series} in:\n{m}");
    }
    assert!(m.contains("palisade_ruleset_info{version=\"dir-"), "{m}");
    let judged = m
        .lines()
        .find_map(|l| l.strip_prefix("palisade_values_total{result=\"judged\"} "))
        .and_then(|v| v.parse::<u64>().ok());
    assert!(judged.is_some_and(|n| n > 0), "{m}");
    assert!(
        m.contains("palisade_values_total{result=\"remembered\"} "),
        "{m}"
    );
    assert_eq!(get(p.admin, "/nope", &[]).await.unwrap().status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upstream_down_is_a_502_and_counted() {
    // A port nobody listens on.
    let dead = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let p = Proxy::start(dead, &with_rules("rules: {rules}\n")).await;
    assert_eq!(get(p.addr, "/", &[]).await.unwrap().status, 502);
    let r = post(p.addr, "/", "text/plain", &filler(200_000, 1))
        .await
        .unwrap();
    assert_eq!(r.status, 502);
    assert_eq!(
        p.metric_reaches("palisade_upstream_errors_total", 2.0)
            .await,
        2.0
    );
    // Each failed request counts once: the > 64 KiB POST goes through a subrequest, and
    // the error it hands back to the main request must not be counted again (later).
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(p.metric("palisade_upstream_errors_total").await, 2.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_errors_name_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.yaml");
    let run = |yaml: &str| {
        std::fs::write(&cfg, yaml).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_palisade-proxy"))
            .arg("check-config")
            .arg("--config")
            .arg(&cfg)
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string()
                + &String::from_utf8_lossy(&out.stderr),
        )
    };
    let (ok, out) = run("mode: block\nbody:\n  inspect_limt: 5\n");
    assert!(!ok && out.contains("inspect_limt"), "{out}");
    let (ok, out) = run("paranoia: 7\n");
    assert!(!ok && out.contains("paranoia"), "{out}");
    let (ok, out) = run("admin_token: s3cret\n");
    assert!(
        ok && !out.contains("s3cret") && out.contains("<redacted>"),
        "{out}"
    );
    let (ok, out) = run("mode: detect\n");
    assert!(ok, "{out}");
    assert!(
        out.contains("mode: detect") && out.contains("inspect_limit: 1048576"),
        "{out}"
    );
    // A bad rules directory stops the start with the rule named.
    let rules = tempfile::tempdir().unwrap();
    std::fs::write(
        rules.path().join("x.toml"),
        "[[rule]]\nid = \"r-x\"\nname = \"x\"\nregex = \"(\"\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_palisade-proxy"))
        .args(["--listen", "127.0.0.1:1", "--admin", ""])
        .arg("--rules")
        .arg(rules.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("r-x") && err.contains("x.toml"), "{err}");
}

/// A listener address already taken stops the start with the address named, and the proxy
/// never reports ready for a port it does not hold.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_address_in_use_stops_the_start() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let taken_addr = taken.local_addr().unwrap().to_string();
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let free_addr = free.local_addr().unwrap().to_string();
    drop(free);
    for (listen, admin) in [(&taken_addr, &free_addr), (&free_addr, &taken_addr)] {
        let log = tempfile::NamedTempFile::new().unwrap();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_palisade-proxy"))
            .args(["--listen", listen, "--admin", admin])
            .args(["--upstream", "127.0.0.1:9"])
            .stdout(std::process::Stdio::null())
            .stderr(log.reopen().unwrap())
            .spawn()
            .unwrap();
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > Duration::from_secs(30) {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the proxy kept running with {listen} or {admin} taken");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let out = std::process::Output {
            status,
            stdout: Vec::new(),
            stderr: std::fs::read(log.path()).unwrap(),
        };
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        let what = if listen == &taken_addr {
            "proxy"
        } else {
            "admin"
        };
        assert!(
            err.contains(&format!("cannot listen on {taken_addr} ({what})")),
            "{err}"
        );
    }
    // The one who held the port still holds it.
    assert!(taken.local_addr().is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_drains_in_flight_requests() {
    let up = Upstream::start().await;
    let mut p = Proxy::start(
        up.addr,
        &with_rules("rules: {rules}\ntimeouts:\n  drain_ms: 10000\n"),
    )
    .await;
    // A request the upstream answers after 1.5 s.
    let addr = p.addr;
    let slow = tokio::spawn(async move { get(addr, "/slow", &[]).await });
    up.wait_requests(1).await;
    let start = Instant::now();
    p.signal("TERM");
    let r = slow.await.unwrap().unwrap();
    assert_eq!(r.status, 200, "the in-flight request completed");
    let status = p
        .wait_exit(PATIENCE)
        .await
        .expect("the proxy exits after draining");
    assert!(status.success(), "{status:?}");
    let took = start.elapsed();
    assert!(
        took < Duration::from_secs(10),
        "exited after {took:?}, not as soon as drained"
    );
    assert!(
        tokio::net::TcpStream::connect(addr).await.is_err(),
        "still accepting"
    );
    assert!(p.log().contains("drained"));
}
