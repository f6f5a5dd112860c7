#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! WebSocket (HTTP/1.1 `Upgrade`) through the real proxy on loopback: the upgrade request is
//! judged like any other request, and once the upstream answers 101 the connection is a
//! tunnel — the frames are not a request body, so neither the inspection limit nor the body
//! time limit applies to them.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// An upstream that answers a WebSocket handshake with 101 and then echoes every byte; it
/// records each handshake head it received and counts every byte.
struct EchoUpstream {
    addr: std::net::SocketAddr,
    heads: Arc<Mutex<Vec<String>>>,
    bytes: Arc<Mutex<usize>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for EchoUpstream {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl EchoUpstream {
    async fn start() -> EchoUpstream {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let heads = Arc::new(Mutex::new(Vec::new()));
        let bytes = Arc::new(Mutex::new(0));
        let (h, b) = (heads.clone(), bytes.clone());
        let task = tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                let (h, b) = (h.clone(), b.clone());
                tokio::spawn(async move {
                    let _ = echo(sock, h, b).await;
                });
            }
        });
        EchoUpstream {
            addr,
            heads,
            bytes,
            task,
        }
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }

    fn bytes(&self) -> usize {
        *self.bytes.lock().unwrap()
    }
}

async fn echo(
    mut sock: TcpStream,
    heads: Arc<Mutex<Vec<String>>>,
    bytes: Arc<Mutex<usize>>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let end = loop {
        let n = sock.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        *bytes.lock().unwrap() += n;
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = find(&buf, b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..end]).to_string();
    heads.lock().unwrap().push(head.clone());
    let key = head
        .split("\r\n")
        .filter_map(|l| l.split_once(':'))
        .find(|(n, _)| n.trim().eq_ignore_ascii_case("sec-websocket-key"))
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default();
    // (The accept value is not checked by the test client; a fixed token stands in for the
    // SHA-1 of the key so the test needs no hashing crate.)
    let answer = format!(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Accept: accept-{key}\r\n\r\n"
    );
    sock.write_all(answer.as_bytes()).await?;
    sock.write_all(&buf[end..]).await?;
    loop {
        let n = sock.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        *bytes.lock().unwrap() += n;
        sock.write_all(&chunk[..n]).await?;
    }
}

fn handshake(target: &str) -> Vec<u8> {
    format!(
        "GET {target} HTTP/1.1\r\nHost: app.test\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    .into_bytes()
}

/// Opens a WebSocket through `addr`; returns the stream after the 101 head.
async fn open(addr: std::net::SocketAddr, target: &str) -> (TcpStream, String) {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(&handshake(target)).await.unwrap();
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while find(&head, b"\r\n\r\n").is_none() {
        let n = tokio::time::timeout(PATIENCE, s.read(&mut b))
            .await
            .expect("a response head in time")
            .unwrap();
        assert!(
            n > 0,
            "closed before a response: {}",
            String::from_utf8_lossy(&head)
        );
        head.push(b[0]);
    }
    (s, String::from_utf8_lossy(&head).to_string())
}

/// Writes `total` bytes in 64 KiB pieces and reads the echo back as it goes; returns the
/// bytes echoed (bounded by `total` and by [`PATIENCE`] per read).
async fn stream(s: &mut TcpStream, total: usize) -> usize {
    let piece = filler(64 * 1024, 7);
    let (mut sent, mut got) = (0, 0);
    let mut back = vec![0u8; 64 * 1024];
    while got < total {
        if sent < total && sent < got + 4 * piece.len() {
            s.write_all(&piece).await.unwrap();
            sent += piece.len();
            continue;
        }
        let n = tokio::time::timeout(PATIENCE, s.read(&mut back))
            .await
            .expect("echo in time")
            .unwrap();
        if n == 0 {
            break;
        }
        got += n;
    }
    got
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn websocket_tunnels_past_the_body_limits() {
    let up = EchoUpstream::start().await;
    // A small inspection limit that rejects, and a short body time limit: a tunnel must
    // outlast and outgrow both.
    let yaml = "rules: {rules}\nmode: block\nbody:\n  inspect_limit: 65536\n  over_limit: reject\n\
                timeouts:\n  body_ms: 300\n"
        .replace("{rules}", &rules_dir().display().to_string());
    let p = Proxy::start(up.addr, &yaml).await;

    let (mut s, head) = open(p.addr, "/chat?room=lobby").await;
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    assert!(
        head.contains("accept-dGhlIHNhbXBsZSBub25jZQ=="),
        "the upstream's handshake answer passes through: {head}"
    );
    let seen = up.heads();
    assert_eq!(seen.len(), 1);
    let lower = seen[0].to_ascii_lowercase();
    assert!(lower.contains("upgrade: websocket"), "{}", seen[0]);
    assert!(lower.contains("connection: upgrade"), "{}", seen[0]);
    assert!(lower.contains("sec-websocket-key: dghl"), "{}", seen[0]);

    // Sixteen times the inspection limit each way: frames are not a body.
    let total = 16 * 65536;
    assert_eq!(stream(&mut s, total).await, total);

    // Idle for longer than the body time limit, then talk again.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    s.write_all(b"\x81\x05hello").await.unwrap();
    let mut back = [0u8; 7];
    tokio::time::timeout(PATIENCE, s.read_exact(&mut back))
        .await
        .expect("echo after idling")
        .unwrap();
    assert_eq!(&back, b"\x81\x05hello");
    drop(s);

    // Not an upstream error, and no frame was taken for body bytes.
    assert_eq!(p.metric("palisade_upstream_errors_total").await, 0.0);
    assert_eq!(p.metric("palisade_body_bytes_inspected_total").await, 0.0);
    assert_eq!(p.metric("palisade_body_partial_total").await, 0.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_attack_in_the_upgrade_request_is_blocked_before_the_upstream() {
    let up = EchoUpstream::start().await;
    let yaml =
        "rules: {rules}\nmode: block\n".replace("{rules}", &rules_dir().display().to_string());
    let p = Proxy::start(up.addr, &yaml).await;

    let r = send_raw(
        p.addr,
        &handshake("/chat?q=1%20UNION%20ALL%20SELECT%20password"),
    )
    .await
    .unwrap();
    assert_eq!(r.status, 403, "{}", String::from_utf8_lossy(&r.raw));
    let id = r.json()["request_id"].as_str().unwrap().to_string();
    let a = p.alert_for(&id).await;
    assert_eq!(a["action"], "blocked");
    assert!(a["matches"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["rule"] == "test-sqli" && m["target"] == "ARGS:q"));
    assert_eq!(up.bytes(), 0, "the upstream received bytes");
    assert!(up.heads().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_tunnel_closes_after_the_upstream_read_timeout() {
    let up = EchoUpstream::start().await;
    let yaml = "rules: {rules}\ntimeouts:\n  upstream_read_ms: 500\n"
        .replace("{rules}", &rules_dir().display().to_string());
    let p = Proxy::start(up.addr, &yaml).await;
    let (mut s, head) = open(p.addr, "/chat").await;
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    // Within the timeout the tunnel works; after a silence longer than it, the proxy closes
    // it (as nginx's proxy_read_timeout does): applications ping more often than that.
    assert_eq!(stream(&mut s, 65536).await, 65536);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mut b = [0u8; 16];
    let n = tokio::time::timeout(PATIENCE, s.read(&mut b))
        .await
        .expect("closed in time")
        .unwrap_or(0);
    assert_eq!(n, 0, "the tunnel is closed");
}

/// h2c smuggling: a client asks to upgrade to cleartext HTTP/2; were the upstream to answer
/// 101, every HTTP/2 request after it would reach the application through a tunnel the proxy
/// no longer reads. The proxy removes the `h2c` upgrade (and `HTTP2-Settings`) before
/// forwarding, so the application answers the one HTTP/1.1 request, which was judged. The
/// echo upstream switches protocols whenever it is asked to: here it must not be asked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_h2c_upgrade_is_removed_before_the_upstream() {
    let up = Upstream::start().await;
    let yaml =
        "rules: {rules}\nmode: block\n".replace("{rules}", &rules_dir().display().to_string());
    let p = Proxy::start(up.addr, &yaml).await;

    let r = send_raw(
        p.addr,
        b"GET /products?id=4 HTTP/1.1\r\nHost: app.test\r\nConnection: Upgrade, HTTP2-Settings, keep-alive\r\n\
          Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n",
    )
    .await
    .unwrap();
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.raw));
    let seen = up.last();
    assert!(
        seen.header("upgrade").is_empty(),
        "{:?}",
        seen.header("upgrade")
    );
    assert!(seen.header("http2-settings").is_empty());
    let connection = seen.header("connection").join(",").to_ascii_lowercase();
    assert!(
        !connection.contains("upgrade") && !connection.contains("http2-settings"),
        "{connection}"
    );
    assert_eq!(p.metric("palisade_upgrades_refused_total").await, 1.0);
}

/// `forward.upgrades: none` allows no upgrade: a WebSocket handshake reaches the application
/// as a plain request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upgrades_can_be_turned_off() {
    let up = Upstream::start().await;
    let yaml = "rules: {rules}\nforward:\n  upgrades: none\n"
        .replace("{rules}", &rules_dir().display().to_string());
    let p = Proxy::start(up.addr, &yaml).await;
    let r = send_raw(p.addr, &handshake("/chat")).await.unwrap();
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.raw));
    assert!(up.last().header("upgrade").is_empty());
    assert_eq!(p.metric("palisade_upgrades_refused_total").await, 1.0);
}
