#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! The console end to end, in a real browser: a recording upstream behind the real
//! `palisade-proxy`, which posts its alerts to the real `palisade-netpol serve`; attacks sent
//! through the proxy; then `console-e2e/e2e.mjs` drives Debian's chromium (playwright-core)
//! to log in, find the alerts (and a live one), and approve an edge on the map page; this test
//! then checks the approved policy version in the state directory. Screenshots are left in
//! `<target>/console-e2e/`. No root needed.
//!
//! Skips (with a message) when node, /usr/bin/chromium, `console-e2e/node_modules` (run
//! `npm ci` there) or the `palisade-proxy` binary (built by `cargo test --workspace`, or
//! `cargo build -p palisade-proxy`) is missing.

mod console_support;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use console_support::*;

const EDGE: &str = "shop/web->shop/api:tcp/8080";

/// `<target>/<profile>/` from this test executable (`<target>/<profile>/deps/console_e2e-…`).
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().to_owned()
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn skip(why: &str) {
    eprintln!("SKIPPED console_e2e: {why}");
}

/// An upstream that answers 200 to everything and counts the requests it got.
fn recording_upstream() -> (SocketAddr, Arc<AtomicUsize>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let c = count.clone();
    std::thread::spawn(move || {
        for conn in l.incoming().take(10_000) {
            let Ok(mut conn) = conn else { return };
            let c = c.clone();
            std::thread::spawn(move || {
                let _ = conn.set_read_timeout(Some(Duration::from_secs(30)));
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    // Requests without bodies: the head ends the request.
                    while let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        buf.drain(..end + 4);
                        c.fetch_add(1, Ordering::SeqCst);
                        let body = "ok\n";
                        let r = format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: {}\r\n\r\n{body}",
                            body.len()
                        );
                        if conn.write_all(r.as_bytes()).is_err() {
                            return;
                        }
                    }
                    match conn.read(&mut chunk) {
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
            });
        }
    });
    (addr, count)
}

struct Proxy(Child);
impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_addr() -> SocketAddr {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

fn raw_get(addr: SocketAddr, path: &str, headers: &str) -> u16 {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: shop.example\r\n{headers}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out)
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

fn start_proxy(bin: &Path, upstream: SocketAddr, console: &str, dir: &Path) -> (Proxy, SocketAddr) {
    for _ in 0..3 {
        let listen = free_addr();
        let admin = free_addr();
        let child = Command::new(bin)
            .args(["--listen", &listen.to_string()])
            .args(["--upstream", &upstream.to_string()])
            .args(["--admin", &admin.to_string()])
            .arg("--alerts")
            .arg(dir.join("alerts.jsonl"))
            .args(["--alerts-url", &format!("{console}/api/v1/alerts")])
            .args(["--alerts-token", INGEST])
            .env("POD_NAME", "web-7d9c")
            .env("POD_NAMESPACE", "shop")
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join("proxy.log")).unwrap())
            .spawn()
            .unwrap();
        let mut p = Proxy(child);
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = p.0.try_wait() {
                break;
            }
            if TcpStream::connect(admin).is_ok() && raw_get(admin, "/readyz", "") == 200 {
                return (p, listen);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!(
            "proxy did not start:\n{}",
            std::fs::read_to_string(dir.join("proxy.log")).unwrap_or_default()
        );
    }
    panic!("palisade-proxy did not become ready");
}

#[test]
fn console_in_a_real_browser() {
    let root = repo_root();
    let e2e = root.join("console-e2e");
    let proxy_bin = profile_dir().join("palisade-proxy");
    if Command::new("node").arg("--version").output().is_err() {
        return skip("node is not installed (apt-get install nodejs npm)");
    }
    if !Path::new("/usr/bin/chromium").exists() {
        return skip("/usr/bin/chromium is missing (apt-get install chromium)");
    }
    if !e2e.join("node_modules/playwright-core").is_dir() {
        return skip("console-e2e/node_modules is missing (cd console-e2e && npm ci)");
    }
    if !proxy_bin.is_file() {
        return skip(&format!(
            "{} is missing (cargo build -p palisade-proxy with the same profile and target dir)",
            proxy_bin.display()
        ));
    }

    let dir = tempfile::tempdir().unwrap();
    let tokens = write_tokens(dir.path());
    let state = dir.path().join("state");
    // A learned flow waiting for approval, as the agent would have recorded it.
    let store = netpol::store::Store::open(&state).unwrap();
    let now = chrono::Utc::now();
    let flows: Vec<_> = [
        EDGE,
        "shop/api->shop/db:tcp/5432",
        "shop/web->external:203.0.113.9/32:tcp/443",
    ]
    .iter()
    .map(|e| netpol::store::FlowRecord {
        edge: e.parse().unwrap(),
        first_seen: now,
        last_seen: now,
        count: 3,
        verdict: netpol::store::Verdict::Learn,
    })
    .collect();
    store.record_flows(&flows).unwrap();
    assert_eq!(store.policy().unwrap().version, 0);

    let console = Server::start(&state, &tokens, &[]);
    let (up, up_count) = recording_upstream();
    let (_proxy, proxy_addr) = start_proxy(&proxy_bin, up, &console.url(), dir.path());

    // A benign request passes; attacks are blocked and alerted.
    assert_eq!(raw_get(proxy_addr, "/search?q=shoes", ""), 200);
    let attacks = [
        ("/search?q=1%27%20or%20%271%27%3D%271", "e2e-sqli-1"),
        ("/page?file=../../../../etc/passwd", "e2e-lfi-1"),
        (
            "/search?q=%3Cscript%3Ealert(document.cookie)%3C/script%3E",
            "e2e-xss-1",
        ),
    ];
    for (path, rid) in attacks {
        let code = raw_get(proxy_addr, path, &format!("X-Request-Id: {rid}\r\n"));
        assert_eq!(code, 403, "{path} was not blocked");
    }
    assert_eq!(
        up_count.load(Ordering::SeqCst),
        1,
        "only the benign request reached the app"
    );

    // The proxy posts them within its flush interval.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let r = console.get("/api/v1/alerts", VIEWER).json();
        let ids: Vec<String> = r["alerts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["request_id"].as_str().unwrap().to_owned())
            .collect();
        if attacks.iter().all(|(_, rid)| ids.iter().any(|i| i == rid)) {
            let a = console.get("/api/v1/alerts/e2e-sqli-1", VIEWER).json();
            assert_eq!(a["workload"]["pod"], "web-7d9c");
            assert_eq!(a["action"], "blocked");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "alerts did not reach the console: {ids:?}\n{}",
            std::fs::read_to_string(dir.path().join("proxy.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    let shots = profile_dir().parent().unwrap().join("console-e2e");
    let mut node = Command::new("node")
        .arg(e2e.join("e2e.mjs"))
        .current_dir(&e2e)
        .env("CONSOLE_URL", console.url())
        .env("PROXY_URL", format!("http://{proxy_addr}"))
        .env("APPROVER_TOKEN", APPROVER)
        .env(
            "REQUEST_IDS",
            attacks
                .iter()
                .map(|(_, r)| *r)
                .collect::<Vec<_>>()
                .join(","),
        )
        .env("EDGE", EDGE)
        .env("SHOTS", &shots)
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(180);
    let status = loop {
        if let Some(s) = node.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            let _ = node.kill();
            let _ = node.wait();
            panic!("the browser test did not finish in 180 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(
        status.success(),
        "console-e2e/e2e.mjs failed ({status}); see the output above and {}",
        shots.display()
    );

    // The approval went through the Store: a new policy version in the state directory.
    let policy = netpol::store::Store::open(&state)
        .unwrap()
        .policy()
        .unwrap();
    assert_eq!(policy.version, 1);
    assert!(policy.edges.contains(&EDGE.parse().unwrap()));
    assert_eq!(policy.edges.len(), 1);
    assert!(
        policy.created_by.starts_with("approver:alice"),
        "{}",
        policy.created_by
    );
    let on_disk: serde_json::Value =
        serde_json::from_slice(&std::fs::read(state.join("policy.json")).unwrap()).unwrap();
    assert_eq!(on_disk["version"], 1);
    for shot in ["alerts.png", "map.png"] {
        let len = std::fs::metadata(shots.join(shot)).unwrap().len();
        assert!(len > 10_000, "{shot} is {len} bytes");
    }
    // The proxy also kept its JSON lines output.
    let lines = std::fs::read_to_string(dir.path().join("alerts.jsonl")).unwrap();
    assert!(lines.lines().count() >= 4, "{lines}");
}
