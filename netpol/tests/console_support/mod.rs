//! Shared by the console tests: start `palisade-netpol serve` on an ephemeral loopback
//! port, and a small HTTP/1.1 client (one request per connection) to talk to it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub const BIN: &str = env!("CARGO_BIN_EXE_palisade-netpol");

pub const INGEST: &str = "ingest-0123456789abcdef";
pub const VIEWER: &str = "viewer-0123456789abcdef";
pub const APPROVER: &str = "approver-0123456789abcdef";

pub fn write_tokens(dir: &Path) -> PathBuf {
    let p = dir.join("tokens");
    std::fs::write(
        &p,
        format!(
            "# role token name\ningest {INGEST} proxy-1\nviewer {VIEWER}\napprover {APPROVER} alice\n"
        ),
    )
    .unwrap();
    p
}

/// A running console; killed (SIGKILL) on drop.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    pub state: PathBuf,
}

impl Server {
    pub fn start(state: &Path, tokens: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(BIN)
            .arg("--state")
            .arg(state)
            .args(["serve", "--listen", "127.0.0.1:0", "--log-format", "text"])
            .arg("--tokens")
            .arg(tokens)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .env("RUST_LOG", "warn")
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| {
                let _ = child.kill();
                panic!("unexpected first line {line:?}")
            })
            .parse()
            .unwrap();
        Server {
            child,
            addr,
            state: state.to_owned(),
        }
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A request with a bearer token (or none) and an optional JSON body.
    pub fn call(&self, method: &str, path: &str, token: Option<&str>, body: Option<&str>) -> Resp {
        let mut h: Vec<(String, String)> = Vec::new();
        if let Some(t) = token {
            h.push(("Authorization".into(), format!("Bearer {t}")));
        }
        request(self.addr, method, path, &h, body.map(str::as_bytes))
    }

    pub fn get(&self, path: &str, token: &str) -> Resp {
        self.call("GET", path, Some(token), None)
    }

    pub fn post(&self, path: &str, token: &str, body: &str) -> Resp {
        self.call("POST", path, Some(token), Some(body))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "status {}: not JSON ({e}): {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One HTTP/1.1 request on a new connection (`Connection: close`), bounded by timeouts.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(String, String)],
    body: Option<&[u8]>,
) -> Resp {
    let mut s = TcpStream::connect(addr).unwrap();
    // Generous: every ingest waits for an fsync, which a disk busy with builds can stall.
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(120))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    if let Some(b) = body {
        req.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            b.len()
        ));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    // The body is written from another thread while this one reads: the server may answer
    // (413) and close before reading it all, and the answer must be read before the reset.
    let writer = body.map(|b| {
        let mut w = s.try_clone().unwrap();
        let b = b.to_vec();
        std::thread::spawn(move || {
            let _ = w.write_all(&b);
        })
    });
    let mut raw = Vec::new();
    let mut buf = [0u8; 16384];
    let mut error = None;
    loop {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            // A signal delivered to this thread (another test's child exiting) is no answer.
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    if let Some(w) = writer {
        let _ = w.join();
    }
    if raw.is_empty() {
        panic!("{method} {path}: no answer from the console (read error: {error:?})");
    }
    parse_response(&raw)
}

fn parse_response(raw: &[u8]) -> Resp {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no response head: {:?}", String::from_utf8_lossy(raw)));
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    let chunked = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    if chunked {
        let mut out = Vec::new();
        let mut rest = &body[..];
        while let Some(nl) = rest.windows(2).position(|w| w == b"\r\n") {
            let size = usize::from_str_radix(std::str::from_utf8(&rest[..nl]).unwrap().trim(), 16)
                .unwrap();
            if size == 0 {
                break;
            }
            out.extend_from_slice(&rest[nl + 2..nl + 2 + size]);
            rest = &rest[nl + 2 + size + 2..];
        }
        body = out;
    }
    Resp {
        status,
        headers,
        body,
    }
}

/// An alert as the proxy emits it.
pub fn alert_json(
    rid: &str,
    pod: &str,
    category: &str,
    rule: &str,
    action: &str,
    ts: &str,
) -> String {
    serde_json::json!({
        "timestamp": ts,
        "request_id": rid,
        "client": "10.0.0.9:41000",
        "method": "GET",
        "host": "shop.example",
        "uri": format!("/search?q={rid}"),
        "action": action,
        "reason": null,
        "mode": "block",
        "score": 5,
        "threshold": 5,
        "paranoia": 1,
        "matches": [{
            "rule": rule, "category": category, "severity": "critical", "paranoia": 1,
            "target": "ARGS:q", "fragment": "' or 1=1--"
        }],
        "body": {"inspected": 0, "length": null, "partial": false},
        "ruleset_version": "abc123",
        "workload": {"pod": pod, "namespace": "shop", "pod_ip": "10.0.0.5", "node": null,
                     "service_account": null, "workload": "web"}
    })
    .to_string()
}
