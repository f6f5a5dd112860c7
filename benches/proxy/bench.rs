#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Side-by-side load runs of the proxy on loopback (see `benches/proxy/README.md`).
//!
//! `cargo bench -p palisade-proxy --bench proxy` runs, in one go and on the same cores:
//! (a) the upstream directly, (b) palisade-proxy with inspection off, (c) palisade-proxy with
//! the built-in rules at paranoia 1 and 2, (d) nginx + ModSecurity v3 + OWASP CRS (when the
//! Debian packages are installed) — each for a GET with a 1 KB response, a 4 KB JSON POST
//! and a 64 KB JSON POST. The system under test gets core 1 (one worker); the load generator
//! and the upstream share core 0. Saturation throughput and p50/p99 come from `wrk` (closed
//! loop, time-bounded); latency at half of saturation comes from an open-loop generator in
//! this file (fixed request rate paced by a thread of its own to the microsecond, latency
//! measured from the scheduled send time, so queueing is counted). Results are printed as
//! Markdown and written to
//! `$CARGO_TARGET_DIR/palisade-proxy-bench.md`.
//!
//! Environment: `PALISADE_BENCH_SECS` (seconds per run, default 10; 1 for a smoke run),
//! `PALISADE_BENCH_CONNS` (wrk connections, default 32), `PALISADE_BENCH_NO_NGINX=1`,
//! `PALISADE_BENCH_MIXED_ONLY=1` (only the GET-latency-under-uploads section),
//! `PALISADE_BENCH_ROUNDS=N` (saturation runs repeated N times, the setups taking turns, the
//! best of each kept: for shared machines with steal time; default 1),
//! `PALISADE_BENCH_LATENCY_REPEAT=N` (only the open-loop rows, N times each with the setups
//! taking turns, and where their slow requests fell: see `latency_only`).
//!
//! The proxy remembers, per thread, short values that matched no rule (see `CleanValues` in
//! `rulesets/src/matcher.rs`), so a request repeated byte for byte is mostly judged from
//! that memory. The "fresh values" workloads give every request its own product id, query
//! values and session cookie (GET) or customer and item ids (JSON), as real clients do: each
//! [`TOKEN`] in the request is replaced by an eight-digit hex number, new for every request
//! of the open-loop generator, and cycling through [`FRESH_POOL`] values in wrk's.

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[path = "../../rulesets/benches/support/requests.rs"]
mod requests;
use requests::order_json;

const ROLE: &str = "PALISADE_BENCH_ROLE";
const GET_RESPONSE_BYTES: usize = 1024;
/// Where a "fresh values" workload's request takes a new value (eight bytes).
const TOKEN: &str = "@@@@@@@@";
/// Distinct requests wrk cycles through for a "fresh values" workload.
const FRESH_POOL: usize = 4096;

fn main() {
    match std::env::var(ROLE).as_deref() {
        Ok("upstream") => upstream_role(),
        Ok("openloop") => openloop_role(),
        _ => orchestrate(),
    }
}

// === workloads ===

struct Workload {
    name: &'static str,
    method: &'static str,
    path: &'static str,
    content_type: &'static str,
    /// The session cookie (holds [`TOKEN`] for fresh values).
    cookie: &'static str,
    body: Vec<u8>,
}

impl Workload {
    fn fresh(&self) -> bool {
        self.path.contains(TOKEN) || self.cookie.contains(TOKEN)
    }
}

/// The token replacing every [`TOKEN`] in request `k` (of connection `c`).
fn fresh_token(c: u64, k: u64) -> [u8; 8] {
    let x = (k.wrapping_mul(0x9E37_79B9) ^ c.wrapping_mul(0x85EB_CA6B)) as u32;
    let mut out = [0u8; 8];
    for (i, b) in out.iter_mut().enumerate() {
        *b = b"0123456789abcdef"[((x >> (28 - 4 * i)) & 0xf) as usize];
    }
    out
}

/// Where [`TOKEN`] occurs in `request`.
fn token_offsets(request: &[u8]) -> Vec<usize> {
    let t = TOKEN.as_bytes();
    (0..request.len().saturating_sub(t.len() - 1))
        .filter(|&i| &request[i..i + t.len()] == t)
        .collect()
}

fn workloads() -> Vec<Workload> {
    const COOKIE: &str = "session=8f3a2c; theme=dark";
    vec![
        Workload {
            name: "GET, 1 KB response",
            method: "GET",
            path: "/products/42?page=2&sort=price",
            content_type: "",
            cookie: COOKIE,
            body: Vec::new(),
        },
        Workload {
            name: "GET, 1 KB response, fresh values",
            method: "GET",
            path: "/products/@@@@@@@@?page=2&sort=@@@@@@@@",
            content_type: "",
            cookie: "session=@@@@@@@@; theme=dark",
            body: Vec::new(),
        },
        Workload {
            name: "POST, 4 KB JSON",
            method: "POST",
            path: "/api/orders",
            content_type: "application/json",
            cookie: COOKIE,
            body: order_json(4096, 0, "4711", "SKU-"),
        },
        Workload {
            name: "POST, 4 KB JSON, fresh values",
            method: "POST",
            path: "/api/orders",
            content_type: "application/json",
            cookie: "session=@@@@@@@@; theme=dark",
            body: order_json(4096, 0, "\"@@@@@@@@\"", "@@@@@@@@-"),
        },
        Workload {
            name: "POST, 64 KB JSON",
            method: "POST",
            path: "/api/orders/import",
            content_type: "application/json",
            cookie: COOKIE,
            body: order_json(65536, 600, "4711", "SKU-"),
        },
    ]
}

fn request_bytes(w: &Workload) -> Vec<u8> {
    let mut r = format!(
        "{} {} HTTP/1.1\r\nHost: shop.example\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) bench\r\nAccept: */*\r\nCookie: {}\r\n",
        w.method, w.path, w.cookie
    );
    if !w.body.is_empty() {
        r.push_str(&format!(
            "Content-Type: {}\r\nContent-Length: {}\r\n",
            w.content_type,
            w.body.len()
        ));
    }
    r.push_str("\r\n");
    let mut r = r.into_bytes();
    r.extend_from_slice(&w.body);
    r
}

// === the upstream role: a small, fast keep-alive HTTP/1.1 server ===

fn upstream_role() {
    let addr: SocketAddr = std::env::var("PALISADE_BENCH_ADDR")
        .unwrap()
        .parse()
        .unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let l = tokio::net::TcpListener::bind(addr).await.unwrap();
        let get_resp = {
            let mut r = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {GET_RESPONSE_BYTES}\r\n\r\n"
            )
            .into_bytes();
            r.extend(std::iter::repeat_n(b'x', GET_RESPONSE_BYTES));
            r
        };
        let post_resp =
            b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"status\":\"ok\"}\n"
                .to_vec();
        loop {
            let (mut s, _) = l.accept().await.unwrap();
            let _ = s.set_nodelay(true);
            let (g, p) = (get_resp.clone(), post_resp.clone());
            tokio::spawn(async move {
                let mut buf = Vec::with_capacity(128 * 1024);
                let mut tmp = vec![0u8; 128 * 1024];
                loop {
                    // Parse as many requests as are buffered.
                    loop {
                        let mut hs = [httparse::EMPTY_HEADER; 32];
                        let mut req = httparse::Request::new(&mut hs);
                        let Ok(httparse::Status::Complete(n)) = req.parse(&buf) else {
                            break;
                        };
                        let cl: usize = req
                            .headers
                            .iter()
                            .find(|h| h.name.eq_ignore_ascii_case("content-length"))
                            .and_then(|h| std::str::from_utf8(h.value).ok()?.trim().parse().ok())
                            .unwrap_or(0);
                        let is_get = req.method == Some("GET");
                        if buf.len() < n + cl {
                            break;
                        }
                        buf.drain(..n + cl);
                        if s.write_all(if is_get { &g } else { &p }).await.is_err() {
                            return;
                        }
                    }
                    match s.read(&mut tmp).await {
                        Ok(0) | Err(_) => return,
                        Ok(k) => buf.extend_from_slice(&tmp[..k]),
                    }
                }
            });
        }
    });
}

// === the open-loop role: fixed request rate, latency from the scheduled time ===
//
// The send times come from a pacer thread, not from tokio's timer: tokio's timer wheel has a
// resolution of one millisecond, so `sleep_until` sent every request scheduled within a
// millisecond together at its end. Each request was measured from its scheduled time, so up
// to 1-2 ms of the generator's own lateness counted as latency (the upstream alone, on
// loopback, showed p50 1.1 ms and p99 2.1 ms), and the system under test saw a burst of
// `rate / 1000` requests at each tick instead of a steady rate. The pacer sleeps to each
// deadline with a timer slack of 1 µs and hands it to the connection's task, which sends at
// once; latency is still measured from the scheduled time, so a request that waits behind a
// slow one on its connection counts its wait (no coordinated omission).

/// Sets this thread's timer slack (how late the kernel may wake a sleep) to 1 µs.
fn precise_sleeps() {
    if let Err(e) = nix::sys::prctl::set_timerslack(1000) {
        eprintln!("open loop: timer slack not set ({e}); send times may be up to 50 µs late");
    }
}

fn openloop_role() {
    let addr: SocketAddr = std::env::var("PALISADE_BENCH_ADDR")
        .unwrap()
        .parse()
        .unwrap();
    let rate: f64 = std::env::var("PALISADE_BENCH_RATE")
        .unwrap()
        .parse()
        .unwrap();
    let secs: f64 = std::env::var("PALISADE_BENCH_SECS_RUN")
        .unwrap()
        .parse()
        .unwrap();
    let conns: usize = 64;
    let request = std::fs::read(std::env::var("PALISADE_BENCH_REQUEST").unwrap()).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let start = Instant::now() + Duration::from_millis(300);
    let warmup = Duration::from_secs_f64((secs * 0.2).min(2.0));
    let end = start + Duration::from_secs_f64(secs);
    let interval = Duration::from_secs_f64(1.0 / rate);
    // One channel per connection; the pacer sends each deadline (and its sequence number) to
    // the connection whose turn it is, round robin.
    let mut senders = Vec::new();
    let mut receivers = Vec::new();
    for _ in 0..conns {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel::<(Instant, u32)>();
        senders.push(tx);
        receivers.push(rx);
    }
    let pacer = std::thread::spawn(move || {
        precise_sleeps();
        let mut k: u64 = 0;
        loop {
            let at = start + interval.mul_f64(k as f64);
            if at >= end {
                break;
            }
            let now = Instant::now();
            if at > now {
                std::thread::sleep(at - now);
            }
            let c = (k % conns as u64) as usize;
            let _ = senders[c].send((at, (k / conns as u64) as u32));
            k += 1;
        }
        // Dropping the senders ends the connections' loops.
    });
    let (lat, slow, errors, sent) = rt.block_on(async move {
        let mut tasks = Vec::new();
        for (c, mut rx) in receivers.into_iter().enumerate() {
            let request = request.clone();
            tasks.push(tokio::spawn(async move {
                let mut lat = Vec::new();
                let mut slow = Vec::new();
                let mut errors = 0u64;
                let mut sent = 0u64;
                let mut s = connect(addr).await;
                let mut buf = Vec::new();
                let mut request = request;
                let tokens = token_offsets(&request);
                while let Some((at, k)) = rx.recv().await {
                    let token = fresh_token(c as u64, u64::from(k) + 1);
                    for &i in &tokens {
                        request[i..i + token.len()].copy_from_slice(&token);
                    }
                    sent += 1;
                    let ok = match s.write_all(&request).await {
                        Ok(()) => read_one(&mut s, &mut buf).await,
                        Err(_) => None,
                    };
                    match ok {
                        Some(status) if status < 400 => {
                            if at >= start + warmup {
                                let us = at.elapsed().as_micros() as u64;
                                lat.push(us);
                                if us >= SLOW_US {
                                    slow.push(at.duration_since(start).as_micros() as u64);
                                }
                            }
                        }
                        _ => {
                            errors += 1;
                            s = connect(addr).await;
                            buf.clear();
                        }
                    }
                }
                (lat, slow, errors, sent)
            }));
        }
        let mut all = Vec::new();
        let mut slow_all = Vec::new();
        let (mut errors, mut sent) = (0, 0);
        for t in tasks {
            let (l, sl, e, s) = t.await.unwrap();
            all.extend(l);
            slow_all.extend(sl);
            errors += e;
            sent += s;
        }
        (all, slow_all, errors, sent)
    });
    pacer.join().unwrap();
    let mut lat = lat;
    lat.sort_unstable();
    let pct = |p: f64| {
        if lat.is_empty() {
            0
        } else {
            lat[((lat.len() as f64 * p) as usize).min(lat.len() - 1)]
        }
    };
    println!(
        "{}",
        serde_json::json!({
            "samples": lat.len(), "errors": errors, "sent": sent,
            "p50_us": pct(0.50), "p90_us": pct(0.90), "p99_us": pct(0.99), "p999_us": pct(0.999),
            "max_us": lat.last().copied().unwrap_or(0),
            "slow": slow.len(), "slow_spells": spells(slow),
        })
    );
}

/// The open-loop rows alone, `repeat` times each, the setups (a), (b) and (c) PL1 taking
/// turns: the p99 added at half of saturation is a tail figure, and one pause of the machine
/// moves it. Each workload's rate comes from one saturation run of PL1 just before its rows,
/// so no earlier workload's load (the 64 KB bodies judged on blocking threads) runs before
/// the GET rows.
fn latency_only(
    setups: &[Setup],
    repeat: usize,
    secs: u64,
    conns: usize,
    dir: &Path,
    me: &Path,
) -> String {
    let mut md = String::new();
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let _ = writeln!(
        md,
        "### Latency at half of PL1 saturation, {repeat} repeats (open loop, {secs} s each; load average at start: {})\n",
        load.split(' ').take(3).collect::<Vec<_>>().join(" ")
    );
    let _ = writeln!(
        md,
        "| workload | rate req/s | repeat | upstream p99 ms | off p99 ms | PL1 p50 / p99 / p99.9 ms | **p99 added, PL1** | p99 added, off | slow (≥ 1 ms) spells, PL1 `[from ms, to ms, requests]` |"
    );
    let _ = writeln!(md, "|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (wi, w) in workloads().iter().enumerate() {
        let script = wrk_script(dir, w);
        let sat = wrk(&setups[2], w, &script, secs, conns);
        let rate = open_loop_rate(sat.rps);
        eprintln!("{} PL1 saturation {:.0} req/s", w.name, sat.rps);
        let req_file = request_file(dir, wi, w);
        let mut added = Vec::new();
        for r in 0..repeat {
            let v: Vec<serde_json::Value> = setups[..3]
                .iter()
                .map(|s| {
                    let v = openloop(s, &req_file, rate, secs, me);
                    eprintln!("open loop {} {} at {rate:.0}/s: {v}", s.name, w.name);
                    v
                })
                .collect();
            let us = |i: usize, k: &str| v[i][k].as_u64().unwrap_or(0) as f64 / 1000.0;
            let pl1 = us(2, "p99_us") - us(0, "p99_us");
            added.push(pl1);
            let _ = writeln!(
                md,
                "| {} | {rate:.0} | {} | {:.3} | {:.3} | {:.3} / {:.3} / {:.3} | {pl1:+.3} | {:+.3} | {} |",
                w.name,
                r + 1,
                us(0, "p99_us"),
                us(1, "p99_us"),
                us(2, "p50_us"),
                us(2, "p99_us"),
                us(2, "p999_us"),
                us(1, "p99_us") - us(0, "p99_us"),
                v[2]["slow_spells"]
            );
        }
        added.sort_by(f64::total_cmp);
        let _ = writeln!(
            md,
            "| {} | | **median** | | | | **{:+.3}** | | |",
            w.name,
            added[added.len() / 2]
        );
    }
    md
}

/// The open-loop rate for a workload whose PL1 saturation is `saturation_rps`: half of it
/// (at least 100/s), where issue 3 puts its p99 floor.
fn open_loop_rate(saturation_rps: f64) -> f64 {
    (saturation_rps / 2.0).max(100.0)
}

/// Writes workload `w` (number `wi`) as raw bytes for the open-loop generator; its path.
fn request_file(dir: &Path, wi: usize, w: &Workload) -> PathBuf {
    let path = dir.join(format!("req{wi}"));
    std::fs::write(&path, request_bytes(w)).unwrap();
    path
}

/// A request slower than this (from its scheduled send time) counts as slow.
const SLOW_US: u64 = 1000;

/// The slow requests' scheduled send times (µs from the start) grouped into spells: runs of
/// slow requests less than 50 ms apart, each given as `[from_ms, to_ms, count]`. One spell
/// with many requests is a pause of the system (or the machine); slow requests spread over
/// the whole run are a slower path.
fn spells(mut at: Vec<u64>) -> Vec<[u64; 3]> {
    at.sort_unstable();
    let mut out: Vec<[u64; 3]> = Vec::new();
    for t in at {
        match out.last_mut() {
            Some(s) if t.saturating_sub(s[1] * 1000) < 50_000 => {
                s[1] = t / 1000;
                s[2] += 1;
            }
            _ => out.push([t / 1000, t / 1000, 1]),
        }
    }
    out
}

async fn connect(addr: SocketAddr) -> tokio::net::TcpStream {
    loop {
        if let Ok(s) = tokio::net::TcpStream::connect(addr).await {
            let _ = s.set_nodelay(true);
            return s;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Reads one response (Content-Length or chunked); its status.
async fn read_one(s: &mut tokio::net::TcpStream, buf: &mut Vec<u8>) -> Option<u16> {
    let mut tmp = [0u8; 65536];
    loop {
        let mut hs = [httparse::EMPTY_HEADER; 32];
        let mut r = httparse::Response::new(&mut hs);
        if let Ok(httparse::Status::Complete(n)) = r.parse(buf) {
            let status = r.code?;
            let header = |name: &str| {
                r.headers
                    .iter()
                    .find(|h| h.name.eq_ignore_ascii_case(name))
                    .map(|h| String::from_utf8_lossy(h.value).to_string())
            };
            if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
                while find(&buf[n..], b"0\r\n\r\n").is_none() {
                    let k = s.read(&mut tmp).await.ok()?;
                    if k == 0 {
                        return None;
                    }
                    buf.extend_from_slice(&tmp[..k]);
                }
                let end = n + find(&buf[n..], b"0\r\n\r\n")? + 5;
                buf.drain(..end);
            } else {
                let cl: usize = header("content-length")
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(0);
                while buf.len() < n + cl {
                    let k = s.read(&mut tmp).await.ok()?;
                    if k == 0 {
                        return None;
                    }
                    buf.extend_from_slice(&tmp[..k]);
                }
                buf.drain(..n + cl);
            }
            return Some(status);
        }
        let k = s.read(&mut tmp).await.ok()?;
        if k == 0 {
            return None;
        }
        buf.extend_from_slice(&tmp[..k]);
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

// === orchestration ===

struct Proc {
    child: Child,
    name: String,
}

impl Drop for Proc {
    fn drop(&mut self) {
        // SIGTERM first: nginx's master stops its worker only on a signal it can handle.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_port(addr: SocketAddr, what: &str) {
    let start = Instant::now();
    while std::net::TcpStream::connect(addr).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{what} did not start on {addr}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn pinned(core: &str, program: &Path) -> Command {
    let mut c = Command::new("taskset");
    c.arg("-c").arg(core).arg(program);
    c
}

/// User+system CPU seconds of a process and its children.
fn cpu_seconds(pid: u32) -> f64 {
    let ticks = 100.0; // CLK_TCK on Linux
    let stat = |p: &str| -> Option<(u32, f64)> {
        let s = std::fs::read_to_string(format!("/proc/{p}/stat")).ok()?;
        let rest = &s[s.rfind(')')? + 2..];
        let f: Vec<&str> = rest.split(' ').collect();
        let ppid: u32 = f.get(1)?.parse().ok()?;
        let ut: f64 = f.get(11)?.parse().ok()?;
        let st: f64 = f.get(12)?.parse().ok()?;
        Some((ppid, (ut + st) / ticks))
    };
    let mut total = stat(&pid.to_string()).map_or(0.0, |x| x.1);
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for e in dir.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if let Some((ppid, cpu)) = stat(&name) {
                if ppid == pid {
                    total += cpu;
                }
            }
        }
    }
    total
}

struct Setup {
    name: String,
    addr: SocketAddr,
    pid: Option<u32>,
    /// Palisade's admin listener, to read the inspection-time histogram.
    admin: Option<SocketAddr>,
    _procs: Vec<Proc>,
}

#[derive(Clone, Default)]
struct WrkResult {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    non2xx: u64,
    errors: String,
    cpu: Option<f64>,
    /// Mean time in rule evaluation per request (Palisade only), microseconds.
    inspect_us: Option<f64>,
}

/// (sum seconds, count) of `palisade_inspection_seconds`.
fn inspection_totals(admin: SocketAddr) -> Option<(f64, f64)> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(admin).ok()?;
    s.write_all(b"GET /metrics HTTP/1.1\r\nHost: admin\r\nConnection: close\r\n\r\n")
        .ok()?;
    let mut text = String::new();
    s.read_to_string(&mut text).ok()?;
    let value = |name: &str| -> Option<f64> {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.trim().parse().ok())
    };
    Some((
        value("palisade_inspection_seconds_sum")?,
        value("palisade_inspection_seconds_count")?,
    ))
}

fn parse_ms(v: &str) -> f64 {
    let v = v.trim();
    let (num, mul) = if let Some(x) = v.strip_suffix("us") {
        (x, 0.001)
    } else if let Some(x) = v.strip_suffix("ms") {
        (x, 1.0)
    } else if let Some(x) = v.strip_suffix('s') {
        (x, 1000.0)
    } else {
        (v, 1.0)
    };
    num.parse::<f64>().unwrap_or(f64::NAN) * mul
}

fn wrk(setup: &Setup, w: &Workload, script: &Path, secs: u64, conns: usize) -> WrkResult {
    let url = format!("http://{}{}", setup.addr, w.path);
    let run = |d: u64| {
        Command::new("taskset")
            .args(["-c", "0", "wrk", "-t1"])
            .arg(format!("-c{conns}"))
            .arg(format!("-d{d}s"))
            .arg("--latency")
            .args(["--timeout", "10s"])
            .arg("-s")
            .arg(script)
            .arg(&url)
            .output()
            .expect("wrk runs (apt-get install wrk)")
    };
    let _ = run(1); // warm-up: connection pools, caches
    let cpu0 = setup.pid.map(cpu_seconds);
    let insp0 = setup.admin.and_then(inspection_totals);
    let t0 = Instant::now();
    let out = run(secs);
    let wall = t0.elapsed().as_secs_f64();
    let cpu = setup
        .pid
        .zip(cpu0)
        .map(|(p, c0)| (cpu_seconds(p) - c0) / wall);
    let inspect_us = match (insp0, setup.admin.and_then(inspection_totals)) {
        (Some((s0, c0)), Some((s1, c1))) if c1 > c0 => Some(1e6 * (s1 - s0) / (c1 - c0)),
        _ => None,
    };
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let mut r = WrkResult {
        cpu,
        inspect_us,
        ..WrkResult::default()
    };
    for line in text.lines() {
        let t = line.trim();
        if let Some(v) = t.strip_prefix("Requests/sec:") {
            r.rps = v.trim().parse().unwrap_or(0.0);
        } else if let Some(v) = t.strip_prefix("50%") {
            r.p50_ms = parse_ms(v);
        } else if let Some(v) = t.strip_prefix("99%") {
            r.p99_ms = parse_ms(v);
        } else if let Some(v) = t.strip_prefix("Non-2xx or 3xx responses:") {
            r.non2xx = v.trim().parse().unwrap_or(0);
        } else if t.starts_with("Socket errors:") {
            r.errors = t.to_string();
        }
    }
    if r.rps == 0.0 {
        eprintln!("wrk output for {} / {}:\n{text}", setup.name, w.name);
    }
    r
}

fn openloop(setup: &Setup, request: &Path, rate: f64, secs: u64, me: &Path) -> serde_json::Value {
    let out = pinned("0", me)
        .env(ROLE, "openloop")
        .env("PALISADE_BENCH_ADDR", setup.addr.to_string())
        .env("PALISADE_BENCH_RATE", rate.to_string())
        .env("PALISADE_BENCH_SECS_RUN", secs.to_string())
        .env("PALISADE_BENCH_REQUEST", request)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("open-loop output: {}", String::from_utf8_lossy(&out.stdout)))
}

fn start_palisade(name: &str, yaml: &str, upstream: SocketAddr, dir: &Path) -> Setup {
    let port = free_port();
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let admin: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
    let cfg = dir.join(format!("{port}.yaml"));
    std::fs::write(
        &cfg,
        format!("threads: 1\nadmin: \"{admin}\"\nlog:\n  level: warn\n{yaml}"),
    )
    .unwrap();
    let child = pinned("1", Path::new(env!("CARGO_BIN_EXE_palisade-proxy")))
        .arg("--config")
        .arg(&cfg)
        .args([
            "--listen",
            &addr.to_string(),
            "--upstream",
            &upstream.to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join(format!("{port}.log"))).unwrap())
        .spawn()
        .unwrap();
    wait_port(addr, name);
    let pid = child.id();
    Setup {
        name: name.to_string(),
        addr,
        pid: Some(pid),
        admin: Some(admin),
        _procs: vec![Proc {
            child,
            name: name.to_string(),
        }],
    }
}

fn start_nginx_modsec(upstream: SocketAddr, dir: &Path) -> Option<Setup> {
    let module = Path::new("/usr/lib/nginx/modules/ngx_http_modsecurity_module.so");
    let crs = Path::new("/usr/share/modsecurity-crs/rules");
    if std::env::var_os("PALISADE_BENCH_NO_NGINX").is_some()
        || !module.is_file()
        || !crs.is_dir()
        || Command::new("nginx").arg("-v").output().is_err()
    {
        eprintln!("SKIP nginx + ModSecurity + CRS: install nginx libnginx-mod-http-modsecurity modsecurity-crs");
        return None;
    }
    let port = free_port();
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let d = dir.join("nginx");
    std::fs::create_dir_all(d.join("tmp")).unwrap();
    let modsec = d.join("modsec.conf");
    std::fs::write(
        &modsec,
        "Include /etc/nginx/modsecurity.conf\n\
         SecRuleEngine On\n\
         SecAuditEngine Off\n\
         SecRequestBodyLimit 13107200\n\
         SecRequestBodyNoFilesLimit 1048576\n\
         Include /etc/modsecurity/crs/crs-setup.conf\n\
         Include /usr/share/modsecurity-crs/rules/*.conf\n",
    )
    .unwrap();
    let t = d.join("tmp").display().to_string();
    let conf = d.join("nginx.conf");
    std::fs::write(
        &conf,
        format!(
            "load_module {module};\n\
             worker_processes 1;\n\
             daemon off;\n\
             pid {t}/nginx.pid;\n\
             error_log {t}/error.log warn;\n\
             events {{ worker_connections 4096; }}\n\
             http {{\n\
               access_log off;\n\
               client_body_temp_path {t}/body; proxy_temp_path {t}/proxy; fastcgi_temp_path {t}/fcgi;\n\
               uwsgi_temp_path {t}/uwsgi; scgi_temp_path {t}/scgi;\n\
               client_max_body_size 2m; client_body_buffer_size 1m;\n\
               upstream app {{ server {upstream}; keepalive 64; }}\n\
               server {{\n\
                 listen {addr};\n\
                 modsecurity on;\n\
                 modsecurity_rules_file {modsec};\n\
                 location / {{ proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection \"\"; }}\n\
               }}\n\
             }}\n",
            module = module.display(),
            modsec = modsec.display(),
        ),
    )
    .unwrap();
    let child = pinned("1", Path::new("/usr/sbin/nginx"))
        .arg("-c")
        .arg(&conf)
        .arg("-p")
        .arg(&d)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(d.join("stderr.log")).unwrap())
        .spawn()
        .ok()?;
    let pid = child.id();
    let proc = Proc {
        child,
        name: "nginx".into(),
    };
    let start = Instant::now();
    while std::net::TcpStream::connect(addr).is_err() {
        if start.elapsed() > Duration::from_secs(60) {
            eprintln!(
                "SKIP nginx + ModSecurity: did not start: {}",
                std::fs::read_to_string(d.join("stderr.log")).unwrap_or_default()
            );
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(Setup {
        name: "nginx + ModSecurity v3 + CRS (PL1)".into(),
        addr,
        pid: Some(pid),
        admin: None,
        _procs: vec![proc],
    })
}

/// The wrk Lua script sending `w`'s request.
fn wrk_script(dir: &Path, w: &Workload) -> PathBuf {
    let slug: String = w
        .name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let script = dir.join(format!("{slug}.lua"));
    let body_file = dir.join(format!("{slug}.body"));
    std::fs::write(&body_file, &w.body).unwrap();
    let mut lua = format!("wrk.method = \"{}\"\n", w.method);
    lua.push_str("wrk.headers[\"Host\"] = \"shop.example\"\n");
    lua.push_str("wrk.headers[\"User-Agent\"] = \"Mozilla/5.0 (X11; Linux x86_64) bench\"\n");
    lua.push_str(&format!("wrk.headers[\"Cookie\"] = \"{}\"\n", w.cookie));
    if !w.body.is_empty() {
        lua.push_str(&format!(
            "wrk.headers[\"Content-Type\"] = \"{}\"\n",
            w.content_type
        ));
        lua.push_str(&format!(
            "local f = io.open(\"{}\", \"rb\")\nwrk.body = f:read(\"*all\")\nf:close()\n",
            body_file.display()
        ));
    }
    if w.fresh() {
        // Every request its own values (see the module doc): a pool of FRESH_POOL requests
        // built once, cycled through. Substituting per request made wrk the bottleneck on
        // the 4 KB body; the pool holds more fresh values than the proxy's memory of clean
        // values (4,096 per thread), so each is judged anew when its request comes round.
        lua.push_str(&format!(
            "local n, pool = 0, nil\n\
             request = function()\n\
             \x20 if pool == nil then\n\
             \x20   pool = {{}}\n\
             \x20   local template = wrk.format(nil, \"{}\")\n\
             \x20   for i = 1, {FRESH_POOL} do\n\
             \x20     local t = string.format(\"%08x\", (i * 2654435769) % 4294967296)\n\
             \x20     pool[i] = template:gsub(\"{TOKEN}\", t)\n\
             \x20   end\n\
             \x20 end\n\
             \x20 n = n % {FRESH_POOL} + 1\n\
             \x20 return pool[n]\n\
             end\n",
            w.path
        ));
    }
    std::fs::write(&script, lua).unwrap();
    script
}

/// GET latency (open loop) while 1 MiB JSON uploads keep the proxy's core busy, with large
/// bodies judged on a blocking thread (the default) and on the worker thread
/// (`offload_bytes: 0`): what a large upload does to the other requests of its worker.
fn mixed(up_addr: SocketAddr, dir: &Path, secs: u64, me: &Path) -> String {
    let upload = Workload {
        name: "POST, 1 MiB JSON",
        method: "POST",
        path: "/api/orders/import",
        content_type: "application/json",
        cookie: "session=8f3a2c; theme=dark",
        // (Long descriptions: about 500 arguments, under the default `max_args`.)
        body: order_json(1 << 20, 16_000, "4711", "SKU-"),
    };
    let script = wrk_script(dir, &upload);
    let get = &workloads()[0];
    let get_file = dir.join("mixed-get");
    std::fs::write(&get_file, request_bytes(get)).unwrap();
    let rate = 500.0;
    let mut md = String::new();
    let _ = writeln!(
        md,
        "\n### GET latency while 1 MiB uploads run (open loop, {rate:.0} GET/s, one upload connection)\n"
    );
    let _ = writeln!(
        md,
        "| setup | GET p50 ms | GET p99 ms | GET p99.9 ms | GET max ms | GET errors | uploads/s | upload non-2xx |"
    );
    let _ = writeln!(md, "|---|---:|---:|---:|---:|---:|---:|---:|");
    for (name, yaml) in [
        (
            "(c) PL1, large bodies judged on a blocking thread (default)",
            "mode: block\nparanoia: 1\n",
        ),
        (
            "(c) PL1, every body judged on the worker (`offload_bytes: 0`)",
            "mode: block\nparanoia: 1\nbody:\n  offload_bytes: 0\n",
        ),
    ] {
        let setup = start_palisade(name, yaml, up_addr, dir);
        let (v, up) = std::thread::scope(|sc| {
            let uploads = sc.spawn(|| wrk(&setup, &upload, &script, secs + 2, 1));
            // (wrk's own one-second warm-up runs first; start measuring after it.)
            std::thread::sleep(Duration::from_millis(1500));
            let v = openloop(&setup, &get_file, rate, secs, me);
            (v, uploads.join().unwrap())
        });
        eprintln!("mixed {name}: GET {v}; uploads {:.1}/s", up.rps);
        let ms = |k: &str| v[k].as_u64().unwrap_or(0) as f64 / 1000.0;
        let _ = writeln!(
            md,
            "| {name} | {:.3} | {:.3} | {:.3} | {:.3} | {} | {:.1} | {} |",
            ms("p50_us"),
            ms("p99_us"),
            ms("p999_us"),
            ms("max_us"),
            v["errors"],
            up.rps,
            up.non2xx
        );
    }
    md
}

fn orchestrate() {
    let secs: u64 = std::env::var("PALISADE_BENCH_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let conns: usize = std::env::var("PALISADE_BENCH_CONNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(32);
    let rounds: usize = std::env::var("PALISADE_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
        .max(1);
    if Command::new("wrk").arg("--version").output().is_err() {
        eprintln!("SKIP proxy benchmarks: wrk is not installed (apt-get install wrk)");
        return;
    }
    let me = std::env::current_exe().unwrap();
    let dir = tempfile::tempdir().unwrap();

    // The upstream on core 0 with the load generator.
    let up_addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
    let up = pinned("0", &me)
        .env(ROLE, "upstream")
        .env("PALISADE_BENCH_ADDR", up_addr.to_string())
        .spawn()
        .unwrap();
    let _up = Proc {
        child: up,
        name: "upstream".into(),
    };
    wait_port(up_addr, "upstream");
    if std::env::var_os("PALISADE_BENCH_MIXED_ONLY").is_some() {
        let md = mixed(up_addr, dir.path(), secs, &me);
        println!("{md}");
        return;
    }

    let mut setups = vec![Setup {
        name: "(a) upstream directly".into(),
        addr: up_addr,
        pid: None,
        admin: None,
        _procs: vec![],
    }];
    setups.push(start_palisade(
        "(b) palisade, inspection off",
        "mode: \"off\"\n",
        up_addr,
        dir.path(),
    ));
    setups.push(start_palisade(
        "(c) palisade, default rules PL1",
        "mode: block\nparanoia: 1\n",
        up_addr,
        dir.path(),
    ));
    setups.push(start_palisade(
        "(c) palisade, default rules PL2",
        "mode: block\nparanoia: 2\n",
        up_addr,
        dir.path(),
    ));
    if let Some(repeat) = std::env::var("PALISADE_BENCH_LATENCY_REPEAT")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        let md = latency_only(&setups, repeat.max(1), secs, conns, dir.path(), &me);
        println!("{md}");
        return;
    }
    if let Some(n) = start_nginx_modsec(up_addr, dir.path()) {
        setups.push(n);
    }

    let mut md = String::new();
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let _ = writeln!(
        md,
        "Run: {} s per measurement, wrk -t1 -c{conns} on core 0 (with the upstream), system under test on core 1 (one worker). Load average at start: {}\n",
        secs,
        load.split(' ').take(3).collect::<Vec<_>>().join(" ")
    );
    let mut saturation: Vec<Vec<WrkResult>> = Vec::new();
    for w in workloads() {
        let script = wrk_script(dir.path(), &w);
        // With several rounds, the setups take turns (a, b, c, …, a, b, c, …) and each keeps
        // its best run: on a shared machine, CPU stolen during one run then biases no setup
        // in particular.
        let mut row: Vec<Option<WrkResult>> = setups.iter().map(|_| None).collect();
        for round in 0..rounds {
            for (s, best) in setups.iter().zip(row.iter_mut()) {
                let r = wrk(s, &w, &script, secs, conns);
                eprintln!(
                    "{:<40} {:<22} {:>10.0} req/s  p50 {:>7.3} ms  p99 {:>7.3} ms  cpu {}  non-2xx {} {}{}",
                    s.name,
                    w.name,
                    r.rps,
                    r.p50_ms,
                    r.p99_ms,
                    r.cpu.map_or("-".into(), |c| format!("{:.0}%", c * 100.0)),
                    r.non2xx,
                    r.errors,
                    if rounds > 1 {
                        format!(" (round {})", round + 1)
                    } else {
                        String::new()
                    }
                );
                let non2xx = best.as_ref().map_or(0, |b| b.non2xx) + r.non2xx;
                if best.as_ref().is_none_or(|b| r.rps > b.rps) {
                    *best = Some(r);
                }
                if let Some(b) = best.as_mut() {
                    // Every round's failures count, not only the best round's.
                    b.non2xx = non2xx;
                }
            }
        }
        saturation.push(row.into_iter().flatten().collect());
    }

    // Saturation table.
    let _ = writeln!(md, "### Saturation (closed loop, wrk)\n");
    let _ = writeln!(
        md,
        "| setup | workload | req/s | p50 ms | p99 ms | CPU of the system under test | rule evaluation per request | non-2xx |"
    );
    let _ = writeln!(md, "|---|---|---:|---:|---:|---:|---:|---:|");
    for (wi, w) in workloads().iter().enumerate() {
        for (si, s) in setups.iter().enumerate() {
            let r = &saturation[wi][si];
            let _ = writeln!(
                md,
                "| {} | {} | {:.0} | {:.3} | {:.3} | {} | {} | {} |",
                s.name,
                w.name,
                r.rps,
                r.p50_ms,
                r.p99_ms,
                r.cpu.map_or("—".into(), |c| format!("{:.0} %", c * 100.0)),
                r.inspect_us.map_or("—".into(), |u| format!("{u:.0} µs")),
                r.non2xx
            );
        }
    }

    // Floors.
    let _ = writeln!(md, "\n### Ratios (PL1)\n");
    let _ = writeln!(
        md,
        "| workload | PL1 / inspection off | PL2 / inspection off | PL1 / nginx+ModSecurity+CRS |"
    );
    let _ = writeln!(md, "|---|---:|---:|---:|");
    for (wi, w) in workloads().iter().enumerate() {
        let r = &saturation[wi];
        let nginx = r
            .get(4)
            .map_or("—".into(), |n| format!("{:.1}×", r[2].rps / n.rps));
        let _ = writeln!(
            md,
            "| {} | {:.0} % | {:.0} % | {} |",
            w.name,
            100.0 * r[2].rps / r[1].rps,
            100.0 * r[3].rps / r[1].rps,
            nginx
        );
    }

    // Latency at half of PL1 saturation, open loop.
    let _ = writeln!(
        md,
        "\n### Latency at half of PL1 saturation (open loop, fixed rate)\n"
    );
    let _ = writeln!(
        md,
        "| workload | rate req/s | setup | p50 ms | p99 ms | p99.9 ms | errors | p99 added vs upstream directly |"
    );
    let _ = writeln!(md, "|---|---:|---|---:|---:|---:|---:|---:|");
    for (wi, w) in workloads().iter().enumerate() {
        let rate = open_loop_rate(saturation[wi][2].rps);
        let req_file = request_file(dir.path(), wi, w);
        let mut direct_p99 = 0u64;
        for si in [0usize, 1, 2] {
            let s = &setups[si];
            let v = openloop(s, &req_file, rate, secs, &me);
            let p99 = v["p99_us"].as_u64().unwrap_or(0);
            if si == 0 {
                direct_p99 = p99;
            }
            let ms = |k: &str| v[k].as_u64().unwrap_or(0) as f64 / 1000.0;
            eprintln!("open loop {} {} at {rate:.0}/s: {v}", s.name, w.name);
            let _ = writeln!(
                md,
                "| {} | {:.0} | {} | {:.3} | {:.3} | {:.3} | {} | {} |",
                w.name,
                rate,
                s.name,
                ms("p50_us"),
                ms("p99_us"),
                ms("p999_us"),
                v["errors"],
                if si == 0 {
                    "—".to_string()
                } else {
                    format!("{:+.3} ms", (p99 as f64 - direct_p99 as f64) / 1000.0)
                }
            );
        }
    }
    md.push_str(&mixed(up_addr, dir.path(), secs, &me));
    println!("{md}");
    let out = PathBuf::from(std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into()))
        .join("palisade-proxy-bench.md");
    let _ = std::fs::write(&out, &md);
    eprintln!("written to {}", out.display());
    for s in &setups {
        for p in &s._procs {
            eprintln!("stopping {}", p.name);
        }
    }
}
