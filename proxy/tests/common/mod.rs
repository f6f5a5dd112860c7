//! Test harness: a recording upstream, the real `palisade-proxy` binary on loopback, and
//! small HTTP/1.1, HTTP/2 and TLS clients that show exactly what came back.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Generous bound for anything that should take milliseconds (the test machine is shared).
pub const PATIENCE: Duration = Duration::from_secs(30);

pub fn rules_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/rules")
}

pub fn tls_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tls")
}

// === the recording upstream ===

/// One request as the upstream received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// Request line and headers, as received.
    pub head: String,
    /// The body, de-chunked.
    pub body: Vec<u8>,
    /// Every byte of the request as received (head and framed body).
    pub raw: Vec<u8>,
    /// The exact bytes the upstream answered.
    pub response: Vec<u8>,
}

impl Recorded {
    /// Values of a header (case-insensitive name).
    pub fn header(&self, name: &str) -> Vec<String> {
        self.head
            .split("\r\n")
            .skip(1)
            .filter_map(|l| l.split_once(':'))
            .filter(|(n, _)| n.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_string())
            .collect()
    }
}

#[derive(Debug, Default)]
struct UpState {
    bytes: usize,
    connections: usize,
    requests: Vec<Recorded>,
}

/// A small HTTP/1.1 server that records every byte it receives.
pub struct Upstream {
    pub addr: SocketAddr,
    state: Arc<Mutex<UpState>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Upstream {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Upstream {
    pub async fn start() -> Upstream {
        Upstream::serve_on(TcpListener::bind("127.0.0.1:0").await.unwrap())
    }

    /// Records on a listener bound elsewhere, e.g. inside a network namespace (a socket stays
    /// in the namespace it was created in, whichever thread serves it).
    pub async fn start_on(listener: std::net::TcpListener) -> Upstream {
        listener.set_nonblocking(true).unwrap();
        Upstream::serve_on(TcpListener::from_std(listener).unwrap())
    }

    fn serve_on(listener: TcpListener) -> Upstream {
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(Mutex::new(UpState::default()));
        let st = state.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    continue;
                };
                st.lock().unwrap().connections += 1;
                let st = st.clone();
                tokio::spawn(async move {
                    let _ = serve(sock, st).await;
                });
            }
        });
        Upstream { addr, state, task }
    }

    /// Bytes received so far, over all connections.
    pub fn bytes(&self) -> usize {
        self.state.lock().unwrap().bytes
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.lock().unwrap().requests.clone()
    }

    pub fn last(&self) -> Recorded {
        self.requests()
            .last()
            .cloned()
            .expect("the upstream received a request")
    }

    /// Waits until `n` requests arrived.
    pub async fn wait_requests(&self, n: usize) -> Vec<Recorded> {
        let start = Instant::now();
        loop {
            let r = self.requests();
            if r.len() >= n || start.elapsed() > PATIENCE {
                return r;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

async fn read_more(
    sock: &mut TcpStream,
    buf: &mut Vec<u8>,
    st: &Arc<Mutex<UpState>>,
) -> std::io::Result<bool> {
    let mut tmp = [0u8; 65536];
    let n = sock.read(&mut tmp).await?;
    st.lock().unwrap().bytes += n;
    buf.extend_from_slice(&tmp[..n]);
    Ok(n > 0)
}

async fn serve(mut sock: TcpStream, st: Arc<Mutex<UpState>>) -> std::io::Result<()> {
    let mut buf = Vec::new();
    loop {
        // head
        let head_end = loop {
            if let Some(p) = find(&buf, b"\r\n\r\n") {
                break p + 4;
            }
            if !read_more(&mut sock, &mut buf, &st).await? {
                return Ok(());
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
        let lower = head.to_ascii_lowercase();
        let chunked = lower.contains("\r\ntransfer-encoding: chunked");
        let cl: usize = lower
            .split("\r\n")
            .find_map(|l| l.strip_prefix("content-length:"))
            .map(|v| v.trim().parse().unwrap_or(0))
            .unwrap_or(0);
        let mut body = Vec::new();
        let consumed;
        if chunked {
            let mut pos = head_end;
            loop {
                let line_end = loop {
                    if let Some(p) = find(&buf[pos..], b"\r\n") {
                        break pos + p;
                    }
                    if !read_more(&mut sock, &mut buf, &st).await? {
                        return Ok(());
                    }
                };
                let size_txt = String::from_utf8_lossy(&buf[pos..line_end]).to_string();
                let size = usize::from_str_radix(size_txt.split(';').next().unwrap().trim(), 16)
                    .unwrap_or(0);
                let data_start = line_end + 2;
                while buf.len() < data_start + size + 2 {
                    if !read_more(&mut sock, &mut buf, &st).await? {
                        return Ok(());
                    }
                }
                body.extend_from_slice(&buf[data_start..data_start + size]);
                pos = data_start + size + 2;
                if size == 0 {
                    break;
                }
            }
            consumed = pos;
        } else {
            while buf.len() < head_end + cl {
                if !read_more(&mut sock, &mut buf, &st).await? {
                    return Ok(());
                }
            }
            body.extend_from_slice(&buf[head_end..head_end + cl]);
            consumed = head_end + cl;
        }
        let raw = buf[..consumed].to_vec();
        buf.drain(..consumed);

        let path = head.split(' ').nth(1).unwrap_or("/").to_string();
        if path.starts_with("/slow") {
            tokio::time::sleep(Duration::from_millis(1500)).await;
        }
        let payload = if path.starts_with("/big-response") {
            (0..256 * 1024)
                .map(|i| b'a' + (i % 26) as u8)
                .collect::<Vec<u8>>()
        } else {
            format!(
                "upstream saw {} body bytes, fnv {:016x}\n",
                body.len(),
                fnv(&body)
            )
            .into_bytes()
        };
        let mut response = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Upstream: yes\r\nSet-Cookie: k=v; Path=/\r\nContent-Length: {}\r\n\r\n",
            payload.len()
        )
        .into_bytes();
        response.extend_from_slice(&payload);
        st.lock().unwrap().requests.push(Recorded {
            head,
            body,
            raw,
            response: response.clone(),
        });
        sock.write_all(&response).await?;
    }
}

pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

pub fn fnv(data: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

// === the proxy process ===

/// `palisade-proxy` running on loopback ports.
pub struct Proxy {
    child: Option<Child>,
    pub addr: SocketAddr,
    pub admin: SocketAddr,
    pub dir: tempfile::TempDir,
    pub alerts_path: PathBuf,
    pub log_path: PathBuf,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
        if std::thread::panicking() {
            if let Ok(log) = std::fs::read_to_string(&self.log_path) {
                let tail: Vec<&str> = log.lines().rev().take(40).collect();
                eprintln!("--- proxy log (last lines, newest first) ---");
                for l in tail {
                    eprintln!("{l}");
                }
            }
        }
    }
}

/// A loopback port no other proxy of this test process has been given. The kernel may hand a
/// released port 0 binding out again at once, and tests run in parallel: without the register,
/// one proxy's listener and another's admin listener could be given the same port, and a
/// request meant for one proxy answered by the other.
fn free_port() -> u16 {
    static GIVEN: Mutex<Vec<u16>> = Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap();
    loop {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        if !given.contains(&port) {
            given.push(port);
            return port;
        }
    }
}

impl Proxy {
    /// Starts the proxy in front of `upstream` with `yaml` as its config file (listen,
    /// upstream, admin and alert output are given as flags).
    pub async fn start(upstream: SocketAddr, yaml: &str) -> Proxy {
        Self::start_with(upstream, yaml, &[]).await
    }

    pub async fn start_with(upstream: SocketAddr, yaml: &str, extra: &[&str]) -> Proxy {
        for attempt in 0..3 {
            let dir = tempfile::tempdir().unwrap();
            let config = dir.path().join("config.yaml");
            std::fs::write(&config, yaml).unwrap();
            let alerts_path = dir.path().join("alerts.jsonl");
            let log_path = dir.path().join("proxy.log");
            let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
            let admin: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
            let child = Command::new(env!("CARGO_BIN_EXE_palisade-proxy"))
                .arg("--config")
                .arg(&config)
                .args(["--listen", &addr.to_string()])
                .args(["--upstream", &upstream.to_string()])
                .args(["--admin", &admin.to_string()])
                .arg("--alerts")
                .arg(&alerts_path)
                .args(extra)
                .env("RUST_LOG", "info")
                .env("POD_NAME", "web-7d9c")
                .env("POD_NAMESPACE", "shop")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(&log_path).unwrap())
                .spawn()
                .expect("palisade-proxy starts");
            let mut p = Proxy {
                child: Some(child),
                addr,
                admin,
                dir,
                alerts_path,
                log_path,
            };
            if p.wait_ready().await {
                return p;
            }
            let log = std::fs::read_to_string(&p.log_path).unwrap_or_default();
            eprintln!("proxy did not start (attempt {attempt}):\n{log}");
        }
        panic!("palisade-proxy did not become ready");
    }

    async fn wait_ready(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(60) {
            if let Some(c) = self.child.as_mut() {
                if let Ok(Some(_)) = c.try_wait() {
                    return false;
                }
            }
            if let Ok(r) = get(self.admin, "/readyz", &[]).await {
                if r.status == 200 {
                    return true;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }

    pub fn pid(&self) -> u32 {
        self.child.as_ref().unwrap().id()
    }

    /// Whether the process is still running.
    pub fn alive(&self) -> bool {
        Command::new("kill")
            .args(["-0", &self.pid().to_string()])
            .status()
            .unwrap()
            .success()
    }

    /// Sends a signal by name (`TERM`, `HUP`).
    pub fn signal(&self, sig: &str) {
        let ok = Command::new("kill")
            .arg(format!("-{sig}"))
            .arg(self.pid().to_string())
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill -{sig}");
    }

    /// Waits for the process to exit; its status, or None on timeout.
    pub async fn wait_exit(&mut self, timeout: Duration) -> Option<std::process::ExitStatus> {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if let Some(c) = self.child.as_mut() {
                if let Ok(Some(s)) = c.try_wait() {
                    return Some(s);
                }
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        None
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }

    /// The alerts written so far. (The writer may be in the middle of a line while a test
    /// polls: only complete lines are alerts yet, and every one of them must parse.)
    pub fn alerts(&self) -> Vec<serde_json::Value> {
        let text = std::fs::read_to_string(&self.alerts_path).unwrap_or_default();
        let complete = text.rfind('\n').map_or("", |end| &text[..=end]);
        complete
            .lines()
            .map(|l| serde_json::from_str(l).expect("an alert is one JSON object per line"))
            .collect()
    }

    /// Waits until an alert with this request id is written.
    pub async fn alert_for(&self, request_id: &str) -> serde_json::Value {
        let start = Instant::now();
        loop {
            if let Some(a) = self
                .alerts()
                .into_iter()
                .find(|a| a["request_id"] == request_id)
            {
                return a;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "no alert for request {request_id}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    pub async fn metrics(&self) -> String {
        let r = get(self.admin, "/metrics", &[]).await.unwrap();
        assert_eq!(r.status, 200);
        String::from_utf8(r.body).unwrap()
    }

    /// Waits until a metric reaches `want` (requests are counted after their response is
    /// written, so a client can be faster than the counter); returns the last value.
    pub async fn metric_reaches(&self, series: &str, want: f64) -> f64 {
        let start = Instant::now();
        loop {
            let v = self.metric(series).await;
            if v >= want || start.elapsed() > PATIENCE {
                return v;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The value of one metric line (`name{labels}` exactly as rendered).
    pub async fn metric(&self, series: &str) -> f64 {
        let text = self.metrics().await;
        text.lines()
            .find_map(|l| l.strip_prefix(series).and_then(|v| v.strip_prefix(' ')))
            .map(|v| v.trim().parse().unwrap())
            .unwrap_or_else(|| panic!("no metric {series} in:\n{text}"))
    }
}

// === HTTP/1.1 client ===

#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Every byte of the response as received.
    pub raw: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

/// Reads one response; `Err` on EOF before a full response.
pub async fn read_response<S: AsyncRead + Unpin>(
    s: &mut S,
    buf: &mut Vec<u8>,
) -> std::io::Result<Response> {
    let eof = || std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "connection closed");
    let mut tmp = vec![0u8; 65536];
    let head_end = loop {
        if let Some(p) = find(buf, b"\r\n\r\n") {
            break p + 4;
        }
        let n = s.read(&mut tmp).await?;
        if n == 0 {
            return Err(eof());
        }
        buf.extend_from_slice(&tmp[..n]);
    };
    let mut hs = [httparse::EMPTY_HEADER; 64];
    let mut r = httparse::Response::new(&mut hs);
    r.parse(&buf[..head_end])
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string()))?;
    let status = r.code.unwrap_or(0);
    let headers: Vec<(String, String)> = r
        .headers
        .iter()
        .map(|h| {
            (
                h.name.to_string(),
                String::from_utf8_lossy(h.value).to_string(),
            )
        })
        .collect();
    let get = |n: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(n))
            .map(|(_, v)| v.clone())
    };
    let mut body = Vec::new();
    let end;
    if status == 100 {
        let raw = buf[..head_end].to_vec();
        buf.drain(..head_end);
        return Ok(Response {
            status,
            headers,
            body,
            raw,
        });
    }
    if get("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        let mut pos = head_end;
        loop {
            let line_end = loop {
                if let Some(p) = find(&buf[pos..], b"\r\n") {
                    break pos + p;
                }
                let n = s.read(&mut tmp).await?;
                if n == 0 {
                    return Err(eof());
                }
                buf.extend_from_slice(&tmp[..n]);
            };
            let size =
                usize::from_str_radix(String::from_utf8_lossy(&buf[pos..line_end]).trim(), 16)
                    .unwrap_or(0);
            let start = line_end + 2;
            while buf.len() < start + size + 2 {
                let n = s.read(&mut tmp).await?;
                if n == 0 {
                    return Err(eof());
                }
                buf.extend_from_slice(&tmp[..n]);
            }
            body.extend_from_slice(&buf[start..start + size]);
            pos = start + size + 2;
            if size == 0 {
                break;
            }
        }
        end = pos;
    } else if let Some(cl) = get("content-length") {
        let cl: usize = cl.trim().parse().unwrap();
        while buf.len() < head_end + cl {
            let n = s.read(&mut tmp).await?;
            if n == 0 {
                return Err(eof());
            }
            buf.extend_from_slice(&tmp[..n]);
        }
        body.extend_from_slice(&buf[head_end..head_end + cl]);
        end = head_end + cl;
    } else {
        loop {
            let n = s.read(&mut tmp).await?;
            if n == 0 {
                break;
            }
            buf.extend_from_slice(&tmp[..n]);
        }
        body.extend_from_slice(&buf[head_end..]);
        end = buf.len();
    }
    let raw = buf[..end].to_vec();
    buf.drain(..end);
    Ok(Response {
        status,
        headers,
        body,
        raw,
    })
}

/// Sends raw bytes on a new connection and reads one response (skipping `100 Continue`).
pub async fn send_raw(addr: SocketAddr, request: &[u8]) -> std::io::Result<Response> {
    let mut s = TcpStream::connect(addr).await?;
    s.write_all(request).await?;
    let mut buf = Vec::new();
    tokio::time::timeout(PATIENCE, async {
        loop {
            let r = read_response(&mut s, &mut buf).await?;
            if r.status != 100 {
                return Ok(r);
            }
        }
    })
    .await
    .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "no response"))?
}

/// A GET with extra headers.
pub async fn get(
    addr: SocketAddr,
    target: &str,
    headers: &[(&str, &str)],
) -> std::io::Result<Response> {
    let mut req = format!("GET {target} HTTP/1.1\r\nHost: app.test\r\nConnection: close\r\n");
    for (n, v) in headers {
        req.push_str(&format!("{n}: {v}\r\n"));
    }
    req.push_str("\r\n");
    send_raw(addr, req.as_bytes()).await
}

/// A POST with a Content-Length body.
pub async fn post(
    addr: SocketAddr,
    target: &str,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<Response> {
    let mut req = format!(
        "POST {target} HTTP/1.1\r\nHost: app.test\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    req.extend_from_slice(body);
    send_raw(addr, &req).await
}

/// A POST with a chunked body (in chunks of `chunk` bytes).
pub async fn post_chunked(
    addr: SocketAddr,
    target: &str,
    content_type: &str,
    body: &[u8],
    chunk: usize,
) -> std::io::Result<Response> {
    let mut req = format!(
        "POST {target} HTTP/1.1\r\nHost: app.test\r\nConnection: close\r\nContent-Type: {content_type}\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    .into_bytes();
    for c in body.chunks(chunk.max(1)) {
        req.extend_from_slice(format!("{:x}\r\n", c.len()).as_bytes());
        req.extend_from_slice(c);
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"0\r\n\r\n");
    send_raw(addr, &req).await
}

/// The response as the client got it, without the two headers Pingora always writes itself
/// on HTTP/1 (`Date`, re-stamped, and `Connection`, hop-by-hop).
pub fn without_pingora_headers(raw: &[u8]) -> Vec<u8> {
    let end = find(raw, b"\r\n\r\n").map_or(raw.len(), |p| p + 4);
    let head = String::from_utf8_lossy(&raw[..end]).to_string();
    let kept: Vec<&str> = head
        .split("\r\n")
        .filter(|l| {
            let l = l.to_ascii_lowercase();
            !l.starts_with("date:") && !l.starts_with("connection:")
        })
        .collect();
    let mut out = kept.join("\r\n").into_bytes();
    out.extend_from_slice(&raw[end..]);
    out
}

/// Asserts the proxied response is the upstream's, byte for byte (but for `Date` and
/// `Connection`, which Pingora always sets).
pub fn assert_same_response(proxied: &[u8], upstream: &[u8], what: &str) {
    assert!(
        without_pingora_headers(proxied) == upstream,
        "{what}: response altered\n--- proxied\n{}\n--- upstream\n{}",
        String::from_utf8_lossy(&proxied[..proxied.len().min(400)]),
        String::from_utf8_lossy(&upstream[..upstream.len().min(400)])
    );
}

/// xorshift64 from `seed`: the same sequence every run.
fn xorshift(seed: u64) -> impl Iterator<Item = u64> {
    let mut x = seed | 1;
    std::iter::repeat_with(move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    })
}

/// Deterministic pseudo-random printable bytes.
pub fn filler(n: usize, seed: u64) -> Vec<u8> {
    xorshift(seed)
        .take(n)
        .map(|x| b"abcdefghijklmnopqrstuvwxyz0123456789"[(x % 36) as usize])
        .collect()
}

/// Deterministic bytes that look like compressed data (images, archives).
pub fn random_bytes(n: usize, seed: u64) -> Vec<u8> {
    xorshift(seed).take(n).map(|x| (x >> 24) as u8).collect()
}

// === HTTP/2 client ===

pub struct H2Response {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: Vec<u8>,
}

/// One HTTP/2 request on an established I/O (h2c or TLS with ALPN h2).
pub async fn h2_request<IO: AsyncRead + AsyncWrite + Unpin + Send + 'static>(
    io: IO,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    body: Option<Vec<u8>>,
) -> Result<H2Response, h2::Error> {
    let (mut client, conn) = h2::client::handshake(io).await?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    let mut b = http::Request::builder().method(method).uri(uri);
    for (n, v) in headers {
        b = b.header(*n, *v);
    }
    let req = b.body(()).unwrap();
    let has_body = body.is_some();
    let (resp, mut send) = client.send_request(req, !has_body)?;
    if let Some(body) = body {
        send.send_data(body.into(), true)?;
    }
    let resp = resp.await?;
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let mut recv = resp.into_body();
    let mut out = Vec::new();
    while let Some(chunk) = recv.data().await {
        let chunk = chunk?;
        let _ = recv.flow_control().release_capacity(chunk.len());
        out.extend_from_slice(&chunk);
    }
    Ok(H2Response {
        status,
        headers,
        body: out,
    })
}

// === TLS client ===

pub async fn tls_connect(
    addr: SocketAddr,
    alpn: &[&[u8]],
) -> tokio_rustls::client::TlsStream<TcpStream> {
    use tokio_rustls::rustls::{self, pki_types::ServerName, RootCertStore};
    let pem = std::fs::read(tls_dir().join("ca.pem")).unwrap();
    let mut roots = RootCertStore::empty();
    for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
        roots.add(cert.unwrap()).unwrap();
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    cfg.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(cfg));
    let tcp = TcpStream::connect(addr).await.unwrap();
    connector
        .connect(ServerName::try_from("localhost").unwrap(), tcp)
        .await
        .unwrap()
}

/// Writes `yaml` with `{rules}` replaced by the test rules directory.
pub fn with_rules(yaml: &str) -> String {
    yaml.replace("{rules}", &rules_dir().display().to_string())
}

pub fn path_str(p: &Path) -> String {
    p.display().to_string()
}
