//! A routed test topology in real network namespaces, real traffic, and
//! helpers to drive the real `palisade-netpol` binary.
//!
//! ```text
//!   pod1 (10.77.1.2, fd77:1::2) ─veth─┐
//!   pod2 (10.77.2.2, fd77:2::2) ─veth─┼─ node (forwards; runs the agent)
//!   pod3 (10.77.3.2, fd77:3::2) ─veth─┘
//! ```
//!
//! Every namespace name carries the test name and the pid; the [`Topology`]
//! guard deletes them (and kills the agent) on drop, also when a test fails.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_palisade-netpol");

/// Why the netns tests cannot run here, if they cannot.
pub fn skip_reason() -> Option<String> {
    if !nix::unistd::geteuid().is_root() {
        return Some("not root".into());
    }
    for tool in ["ip", "nft"] {
        let ok = Command::new(tool)
            .arg("-V")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        if !ok {
            return Some(format!("`{tool}` not found"));
        }
    }
    None
}

/// Prints a SKIP line and returns true if the test cannot run.
pub fn skip(test: &str) -> bool {
    match skip_reason() {
        Some(why) => {
            println!("SKIP {test}: {why} (these tests need root, iproute2 and nftables)");
            true
        }
        None => false,
    }
}

pub fn run(cmd: &mut Command) -> Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("running {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn ip(args: &[&str]) {
    run(Command::new("ip").args(args));
}

/// Polls `cond` every 50 ms until it holds or `timeout` passes.
pub fn wait_until(what: &str, timeout: Duration, mut cond: impl FnMut() -> bool) {
    let start = Instant::now();
    while !cond() {
        assert!(
            start.elapsed() < timeout,
            "timed out after {timeout:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Runs `f` on a thread that has entered network namespace `ns`.
pub fn in_ns<T: Send + 'static>(ns: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let path = format!("/run/netns/{ns}");
    std::thread::spawn(move || {
        let fd = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        nix::sched::setns(&fd, nix::sched::CloneFlags::CLONE_NEWNET).expect("setns");
        f()
    })
    .join()
    .expect("namespace thread panicked")
}

/// A server running in a pod namespace until dropped.
pub struct Server {
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

fn bind_addr(v6: bool, port: u16) -> SocketAddr {
    if v6 {
        SocketAddr::new(IpAddr::from([0u16; 8]), port)
    } else {
        SocketAddr::new(IpAddr::from([0u8; 4]), port)
    }
}

/// A TCP server answering "ok" to every connection, on v4 and v6.
pub fn tcp_server(ns: &str, port: u16) -> Server {
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = std::sync::mpsc::channel();
    let path = format!("/run/netns/{ns}");
    let st = stop.clone();
    let handle = std::thread::spawn(move || {
        let fd = std::fs::File::open(&path).expect("netns");
        nix::sched::setns(&fd, nix::sched::CloneFlags::CLONE_NEWNET).expect("setns");
        // An IPv6 wildcard socket also accepts IPv4 (dual stack).
        let l = TcpListener::bind(bind_addr(true, port)).expect("bind");
        l.set_nonblocking(true).expect("nonblocking");
        tx.send(()).expect("ready");
        while !st.load(Ordering::Relaxed) {
            // Wait for a connection (or 100 ms, to notice the stop flag).
            let mut fds = [nix::poll::PollFd::new(
                std::os::fd::AsFd::as_fd(&l),
                nix::poll::PollFlags::POLLIN,
            )];
            let _ = nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(100u8));
            while let Ok((mut c, _)) = l.accept() {
                let _ = c.set_nonblocking(false);
                let _ = c.write_all(b"ok");
            }
        }
    });
    rx.recv_timeout(Duration::from_secs(5))
        .expect("server ready");
    Server {
        stop,
        handle: Some(handle),
    }
}

/// A UDP echo server, on v4 and v6.
pub fn udp_server(ns: &str, port: u16) -> Server {
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = std::sync::mpsc::channel();
    let path = format!("/run/netns/{ns}");
    let st = stop.clone();
    let handle = std::thread::spawn(move || {
        let fd = std::fs::File::open(&path).expect("netns");
        nix::sched::setns(&fd, nix::sched::CloneFlags::CLONE_NEWNET).expect("setns");
        let s = UdpSocket::bind(bind_addr(true, port)).expect("bind");
        s.set_read_timeout(Some(Duration::from_millis(50)))
            .expect("timeout");
        tx.send(()).expect("ready");
        let mut buf = [0u8; 512];
        while !st.load(Ordering::Relaxed) {
            if let Ok((n, from)) = s.recv_from(&mut buf) {
                let _ = s.send_to(buf.get(..n).unwrap_or_default(), from);
            }
        }
    });
    rx.recv_timeout(Duration::from_secs(5))
        .expect("server ready");
    Server {
        stop,
        handle: Some(handle),
    }
}

/// Opens a TCP connection from `ns` and reads the server's "ok".
pub fn tcp_ok(ns: &str, dst: &str, port: u16, timeout: Duration) -> bool {
    let addr = SocketAddr::new(dst.parse().expect("address"), port);
    in_ns(ns, move || {
        let Ok(mut c) = TcpStream::connect_timeout(&addr, timeout) else {
            return false;
        };
        let _ = c.set_read_timeout(Some(timeout));
        let mut buf = [0u8; 2];
        c.read_exact(&mut buf).is_ok() && &buf == b"ok"
    })
}

/// Sends a UDP datagram from `ns` and waits for the echo.
pub fn udp_ok(ns: &str, dst: &str, port: u16, timeout: Duration) -> bool {
    let addr = SocketAddr::new(dst.parse().expect("address"), port);
    in_ns(ns, move || {
        let s = UdpSocket::bind(bind_addr(addr.is_ipv6(), 0)).expect("bind");
        s.set_read_timeout(Some(timeout)).expect("timeout");
        let _ = s.send_to(b"ping", addr);
        let mut buf = [0u8; 16];
        matches!(s.recv_from(&mut buf), Ok((4, _)))
    })
}

/// A node namespace routing between three pod namespaces.
pub struct Topology {
    pub node: String,
    pub pods: Vec<String>,
    pub dir: tempfile::TempDir,
    agent: Option<Child>,
}

pub const POD_V4: [&str; 3] = ["10.77.1.2", "10.77.2.2", "10.77.3.2"];
pub const POD_V6: [&str; 3] = ["fd77:1::2", "fd77:2::2", "fd77:3::2"];

impl Topology {
    pub fn new(test: &str) -> Self {
        let tag: String = test
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .take(12)
            .collect();
        let base = format!("pal-{tag}-{}", std::process::id());
        let node = format!("{base}-n");
        let pods: Vec<String> = (1..=3).map(|i| format!("{base}-p{i}")).collect();
        let topo = Topology {
            node: node.clone(),
            pods: pods.clone(),
            dir: tempfile::tempdir().expect("tempdir"),
            agent: None,
        };
        // From here on, a failure still deletes what exists (Drop).
        for ns in std::iter::once(&node).chain(pods.iter()) {
            ip(&["netns", "add", ns]);
            // No duplicate address detection: addresses (also link-local
            // ones, which neighbour discovery needs) are usable at once.
            // veths created later take "default", not "all".
            for (k, v) in [
                ("net.ipv4.ip_forward", "1"),
                ("net.ipv6.conf.all.forwarding", "1"),
                ("net.ipv6.conf.default.forwarding", "1"),
                ("net.ipv6.conf.all.accept_dad", "0"),
                ("net.ipv6.conf.default.accept_dad", "0"),
            ] {
                if ns != &node && k.contains("forwarding") {
                    continue;
                }
                run(Command::new("ip").args([
                    "netns",
                    "exec",
                    ns,
                    "sysctl",
                    "-qw",
                    &format!("{k}={v}"),
                ]));
            }
        }
        ip(&["-n", &node, "link", "set", "lo", "up"]);
        for (i, pod) in pods.iter().enumerate() {
            let n = i + 1;
            let veth = format!("v{n}");
            ip(&[
                "link", "add", &veth, "netns", &node, "type", "veth", "peer", "name", "eth0",
                "netns", pod,
            ]);
            ip(&[
                "-n",
                &node,
                "addr",
                "add",
                &format!("10.77.{n}.1/24"),
                "dev",
                &veth,
            ]);
            ip(&[
                "-n",
                &node,
                "addr",
                "add",
                &format!("fd77:{n}::1/64"),
                "dev",
                &veth,
                "nodad",
            ]);
            ip(&["-n", &node, "link", "set", &veth, "up"]);
            ip(&[
                "-n",
                pod,
                "addr",
                "add",
                &format!("10.77.{n}.2/24"),
                "dev",
                "eth0",
            ]);
            ip(&[
                "-n",
                pod,
                "addr",
                "add",
                &format!("fd77:{n}::2/64"),
                "dev",
                "eth0",
                "nodad",
            ]);
            ip(&["-n", pod, "link", "set", "eth0", "up"]);
            ip(&["-n", pod, "link", "set", "lo", "up"]);
            ip(&[
                "-n",
                pod,
                "route",
                "add",
                "default",
                "via",
                &format!("10.77.{n}.1"),
            ]);
            ip(&[
                "-n",
                pod,
                "-6",
                "route",
                "add",
                "default",
                "via",
                &format!("fd77:{n}::1"),
            ]);
        }
        topo
    }

    pub fn pod(&self, i: usize) -> &str {
        &self.pods[i]
    }

    pub fn state(&self) -> PathBuf {
        self.dir.path().join("state")
    }

    pub fn inventory_path(&self) -> PathBuf {
        self.dir.path().join("inventory.yaml")
    }

    /// Writes the inventory atomically (as a tool would).
    pub fn write_inventory(&self, yaml: &str) {
        let tmp = self.dir.path().join(".inventory.tmp");
        std::fs::write(&tmp, yaml).expect("write inventory");
        std::fs::rename(&tmp, self.inventory_path()).expect("rename inventory");
    }

    /// The standard inventory: web, api (host addresses), db (address
    /// ranges, so both kinds of lookup are exercised); db's address is
    /// also the DNS resolver.
    pub fn standard_inventory(&self) -> String {
        format!(
            r#"workloads:
  - {{namespace: shop, name: web, labels: {{app: web}}, addresses: [{}, "{}"]}}
  - {{namespace: shop, name: api, labels: {{app: api}}, addresses: [{}, "{}"]}}
  - {{namespace: shop, name: db, labels: {{app: db}}, addresses: [10.77.3.0/28, "fd77:3::/124"]}}
dns:
  resolvers: [{}/32]
"#,
            POD_V4[0], POD_V6[0], POD_V4[1], POD_V6[1], POD_V4[2]
        )
    }

    /// Starts the agent in the node namespace and waits until its table is loaded.
    pub fn start_agent(&mut self, extra: &[&str]) {
        assert!(self.agent.is_none(), "agent already running");
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.path().join("agent.log"))
            .expect("log");
        let before = self.agent_status().map(|s| s["pid"].clone());
        let child = Command::new("ip")
            .args(["netns", "exec", &self.node, BIN, "--state"])
            .arg(self.state())
            .arg("agent")
            .arg("--inventory")
            .arg(self.inventory_path())
            .args(extra)
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("spawn agent");
        self.agent = Some(child);
        wait_until(
            "the agent to load its table",
            Duration::from_secs(15),
            || {
                if let Some(Ok(Some(status))) = self.agent.as_mut().map(|c| c.try_wait()) {
                    panic!("agent exited early ({status}); log:\n{}", self.agent_log());
                }
                self.agent_status()
                    .is_some_and(|s| Some(s["pid"].clone()) != before && s["apply_ok"] == true)
            },
        );
    }

    pub fn agent_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("agent.log")).unwrap_or_default()
    }

    pub fn agent_status(&self) -> Option<serde_json::Value> {
        let text = std::fs::read_to_string(self.state().join("agent.json")).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Waits until the agent reports this policy version in the kernel.
    pub fn wait_applied(&self, version: u64) {
        wait_until(
            &format!("policy v{version} in the kernel"),
            Duration::from_secs(15),
            || {
                self.agent_status()
                    .is_some_and(|s| s["applied_version"] == version && s["apply_ok"] == true)
            },
        );
    }

    /// Stops the agent with a signal and waits for it (bounded).
    pub fn stop_agent(&mut self, signal: nix::sys::signal::Signal) -> Option<i32> {
        let mut child = self.agent.take()?;
        // `ip netns exec` execs the binary, so the child pid is the agent.
        let pid = nix::unistd::Pid::from_raw(i32::try_from(child.id()).expect("pid"));
        let _ = nix::sys::signal::kill(pid, signal);
        let start = Instant::now();
        loop {
            if let Ok(Some(st)) = child.try_wait() {
                return st.code();
            }
            if start.elapsed() > Duration::from_secs(10) {
                let _ = child.kill();
                let _ = child.wait();
                panic!("agent did not stop within 10s after {signal}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Runs a CLI command against the state directory; panics on failure.
    pub fn cli(&self, args: &[&str]) -> String {
        let out = run(Command::new(BIN)
            .arg("--state")
            .arg(self.state())
            .args(args));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs a CLI command inside the node namespace.
    pub fn cli_in_node(&self, args: &[&str]) -> Output {
        Command::new("ip")
            .args(["netns", "exec", &self.node, BIN, "--state"])
            .arg(self.state())
            .args(args)
            .output()
            .expect("cli")
    }

    /// `nft` in the node namespace.
    pub fn nft(&self, args: &[&str]) -> String {
        let out = run(Command::new("ip")
            .args(["netns", "exec", &self.node, "nft"])
            .args(args));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The edge strings of `map show --json`, with their status.
    pub fn map_edges(&self) -> Vec<(String, String, u64)> {
        let v: serde_json::Value =
            serde_json::from_str(&self.cli(&["map", "show", "--json"])).expect("json");
        v["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .map(|e| {
                (
                    e["edge"].as_str().expect("edge").to_owned(),
                    e["status"].as_str().expect("status").to_owned(),
                    e["count"].as_u64().expect("count"),
                )
            })
            .collect()
    }

    /// Policy version after the last CLI change.
    pub fn policy_version(&self) -> u64 {
        let v: serde_json::Value =
            serde_json::from_str(&self.cli(&["map", "show", "--json"])).expect("json");
        v["policy_version"].as_u64().expect("version")
    }

    pub fn events(&self) -> Vec<serde_json::Value> {
        self.cli(&["events", "--json", "--limit", "1000"])
            .lines()
            .map(|l| serde_json::from_str(l).expect("event json"))
            .collect()
    }
}

impl Drop for Topology {
    fn drop(&mut self) {
        if let Some(mut c) = self.agent.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
        for ns in self.pods.iter().chain(std::iter::once(&self.node)) {
            let _ = Command::new("ip")
                .args(["netns", "del", ns])
                .stderr(Stdio::null())
                .status();
        }
        if std::thread::panicking() {
            eprintln!("--- agent log ---\n{}", self.agent_log());
        }
    }
}

pub fn state_path(t: &Topology) -> &Path {
    t.dir.path()
}

/// A plain HTTP GET from inside `ns` (for the agent's metrics endpoint).
pub fn http_get(ns: &str, addr: &'static str) -> String {
    in_ns(ns, move || {
        let mut c =
            TcpStream::connect_timeout(&addr.parse().expect("addr"), Duration::from_secs(2))
                .expect("connect");
        c.set_read_timeout(Some(Duration::from_secs(5)))
            .expect("timeout");
        c.write_all(b"GET /metrics HTTP/1.0\r\n\r\n")
            .expect("write");
        let mut s = String::new();
        let _ = c.read_to_string(&mut s);
        s
    })
}
