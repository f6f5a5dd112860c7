#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! `palisade-proxy init-redirect` in real network namespaces, with real traffic.
//!
//! ```text
//!   client netns                         pod netns
//!   10.77.60.1 ─────────── veth ───────── 10.77.60.2
//!   fd77:60::1                            fd77:60::2
//!                                         app (recording)      [::]:8080
//!                                         "metrics" (recording) [::]:9090   (excluded)
//!                                         palisade-proxy, uid 1337, [::]:15006 → 127.0.0.1:8080
//!                                         inet palisade_redirect (init-redirect)
//! ```
//!
//! The namespaces carry the pid and a sequence number, so parallel runs do not collide; the
//! [`Pod`] guard kills the proxy and deletes them on drop, also when a test fails. Tests that
//! need root (namespaces, nftables, a second UID) print a SKIP line and return otherwise; the
//! input-checking tests run everywhere.

mod common;

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use common::{get, Response, Upstream, PATIENCE};

const BIN: &str = env!("CARGO_BIN_EXE_palisade-proxy");
const APP_PORT: u16 = 8080;
const EXCLUDED_PORT: u16 = 9090;
const PROXY_PORT: u16 = 15006;
const ADMIN_PORT: u16 = 15020;
const PROXY_UID: u32 = 1337;
const POD_V4: &str = "10.77.60.2";
const CLIENT_V4: &str = "10.77.60.1";
const POD_V6: &str = "fd77:60::2";
const CLIENT_V6: &str = "fd77:60::1";
const TABLE: &str = "palisade_redirect";

// === environment ===

fn tool_ok(tool: &str, arg: &str) -> bool {
    Command::new(tool)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// Why the namespace tests cannot run here, if they cannot.
fn skip_reason() -> Option<String> {
    if !nix::unistd::geteuid().is_root() {
        return Some("not root".into());
    }
    for (tool, arg) in [("ip", "-V"), ("nft", "-v"), ("setpriv", "--version")] {
        if !tool_ok(tool, arg) {
            return Some(format!("`{tool}` not found"));
        }
    }
    None
}

fn skip(test: &str) -> bool {
    match skip_reason() {
        Some(why) => {
            println!(
                "SKIP {test}: {why} (needs root, iproute2, nftables and setpriv from util-linux)"
            );
            true
        }
        None => false,
    }
}

fn run(cmd: &mut Command) -> Output {
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

// === the topology ===

static SEQ: AtomicU32 = AtomicU32::new(0);

/// A pod namespace and a client namespace joined by a veth pair; deleted on drop.
struct Pod {
    pod: String,
    client: String,
    proxy: Option<Child>,
    dir: tempfile::TempDir,
}

impl Drop for Pod {
    fn drop(&mut self) {
        if let Some(mut c) = self.proxy.take() {
            let _ = c.kill();
            let _ = c.wait();
            if std::thread::panicking() {
                let log = std::fs::read_to_string(self.dir.path().join("proxy.log"));
                eprintln!("--- proxy log ---\n{}", log.unwrap_or_default());
            }
        }
        for ns in [&self.pod, &self.client] {
            let _ = Command::new("ip")
                .args(["netns", "del", ns])
                .stderr(Stdio::null())
                .status();
        }
    }
}

impl Pod {
    fn new(test: &str) -> Pod {
        let n = SEQ.fetch_add(1, Ordering::Relaxed);
        let id = format!("{}-{}-{n}", test, std::process::id());
        let pod = Pod {
            pod: format!("pal-rd-pod-{id}"),
            client: format!("pal-rd-cli-{id}"),
            proxy: None,
            dir: tempfile::tempdir().unwrap(),
        };
        ip(&["netns", "add", &pod.pod]);
        ip(&["netns", "add", &pod.client]);
        // Created inside the pod namespace, peer moved to the client's: no name in the host's.
        ip(&[
            "-n",
            &pod.pod,
            "link",
            "add",
            "eth0",
            "type",
            "veth",
            "peer",
            "name",
            "eth0",
            "netns",
            &pod.client,
        ]);
        for (ns, v4, v6) in [
            (&pod.pod, POD_V4, POD_V6),
            (&pod.client, CLIENT_V4, CLIENT_V6),
        ] {
            ip(&["-n", ns, "addr", "add", &format!("{v4}/24"), "dev", "eth0"]);
            ip(&[
                "-n",
                ns,
                "addr",
                "add",
                &format!("{v6}/64"),
                "dev",
                "eth0",
                "nodad",
            ]);
            ip(&["-n", ns, "link", "set", "eth0", "up"]);
            ip(&["-n", ns, "link", "set", "lo", "up"]);
        }
        pod
    }

    /// `palisade-proxy init-redirect ARGS` inside the pod namespace, as root.
    fn init_redirect(&self, args: &[&str]) -> Output {
        self.init_redirect_as(&[], args)
    }

    /// The same, behind a `setpriv` prefix (another UID, fewer capabilities).
    fn init_redirect_as(&self, setpriv: &[&str], args: &[&str]) -> Output {
        let mut cmd = Command::new("ip");
        cmd.args(["netns", "exec", &self.pod]);
        if !setpriv.is_empty() {
            cmd.arg("setpriv").args(setpriv).arg("--");
        }
        cmd.arg(BIN)
            .arg("init-redirect")
            .args(args)
            .output()
            .unwrap()
    }

    fn nft(&self, args: &[&str]) -> Output {
        Command::new("ip")
            .args(["netns", "exec", &self.pod, "nft"])
            .args(args)
            .output()
            .unwrap()
    }

    /// `nft -j list table inet NAME`, without handles (they change with every re-creation),
    /// or None if the table does not exist.
    fn table_json(&self, family: &str, name: &str) -> Option<serde_json::Value> {
        let out = self.nft(&["-j", "list", "table", family, name]);
        if !out.status.success() {
            return None;
        }
        let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        strip_handles(&mut v);
        // The first entry is nft's own metainfo (version), not part of the table.
        let items: Vec<serde_json::Value> = v["nftables"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o.get("metainfo").is_none())
            .cloned()
            .collect();
        Some(serde_json::Value::Array(items))
    }

    /// Packet counter of the capture rule with this comment, in this chain.
    fn counter(&self, chain: &str, comment: &str) -> u64 {
        let out = run(Command::new("ip").args([
            "netns", "exec", &self.pod, "nft", "-j", "list", "table", "inet", TABLE,
        ]));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let want = format!("palisade: {comment}");
        v["nftables"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|o| o.get("rule"))
            .find(|r| r["chain"] == chain && r["comment"] == want.as_str())
            .and_then(|r| {
                r["expr"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find_map(|e| e.get("counter"))
                    .and_then(|c| c["packets"].as_u64())
            })
            .unwrap_or_else(|| panic!("no counter for {chain}/{comment} in {v}"))
    }

    /// Starts the real proxy in the pod namespace as the proxy UID, in front of the app.
    fn start_proxy(&mut self) {
        let alerts = self.dir.path().join("alerts");
        std::fs::create_dir(&alerts).unwrap();
        std::os::unix::fs::chown(&alerts, Some(PROXY_UID), Some(PROXY_UID)).unwrap();
        let log = std::fs::File::create(self.dir.path().join("proxy.log")).unwrap();
        let child = Command::new("ip")
            .args(["netns", "exec", &self.pod, "setpriv"])
            .arg(format!("--reuid={PROXY_UID}"))
            .arg(format!("--regid={PROXY_UID}"))
            .args(["--clear-groups", "--", BIN])
            .args(["--listen", &format!("[::]:{PROXY_PORT}")])
            .args(["--upstream", &format!("127.0.0.1:{APP_PORT}")])
            .args(["--admin", &format!("127.0.0.1:{ADMIN_PORT}")])
            .arg("--alerts")
            .arg(alerts.join("alerts.jsonl"))
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        self.proxy = Some(child);
        let start = Instant::now();
        let admin = SocketAddr::new(IpAddr::from([127, 0, 0, 1]), ADMIN_PORT);
        loop {
            if let Some(status) = self.proxy.as_mut().unwrap().try_wait().unwrap() {
                panic!("the proxy exited: {status}");
            }
            let ready = in_ns_async(&self.pod, move || async move {
                get(admin, "/readyz", &[]).await.map(|r| r.status)
            });
            if matches!(ready, Ok(200)) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the proxy did not become ready"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn alerts(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("alerts/alerts.jsonl")).unwrap_or_default()
    }

    /// The alert file once it holds `needle`, or as it is after 10 s: alerts are written by
    /// their own task after the response has gone out, so right after a 403 the line may
    /// not be there yet.
    async fn alerts_with(&self, needle: &str) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let text = self.alerts();
            if text.contains(needle) || std::time::Instant::now() >= deadline {
                return text;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
}

fn strip_handles(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.remove("handle");
            m.values_mut().for_each(strip_handles);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip_handles),
        _ => {}
    }
}

/// Runs `f` on a thread inside network namespace `ns`, on a runtime of that thread: every
/// socket it opens belongs to `ns`.
fn in_ns_async<T, F, Fut>(ns: &str, f: F) -> T
where
    T: Send + 'static,
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future<Output = T>,
{
    let path = format!("/run/netns/{ns}");
    std::thread::spawn(move || {
        let fd = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        nix::sched::setns(&fd, nix::sched::CloneFlags::CLONE_NEWNET).expect("setns");
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f())
    })
    .join()
    .expect("namespace thread panicked")
}

/// A dual-stack listener on `[::]:port` inside `ns`.
fn listen_in(ns: &str, port: u16) -> std::net::TcpListener {
    let path = format!("/run/netns/{ns}");
    std::thread::spawn(move || {
        let fd = std::fs::File::open(&path).unwrap();
        nix::sched::setns(&fd, nix::sched::CloneFlags::CLONE_NEWNET).expect("setns");
        std::net::TcpListener::bind(SocketAddr::new(IpAddr::from([0u16; 8]), port)).unwrap()
    })
    .join()
    .unwrap()
}

/// One GET from inside `ns`, off the test's runtime threads.
async fn get_from(ns: &str, host: &str, port: u16, target: &str) -> Response {
    let ns = ns.to_owned();
    let addr = SocketAddr::new(host.parse().unwrap(), port);
    let target = target.to_owned();
    tokio::task::spawn_blocking(move || {
        in_ns_async(&ns, move || async move {
            tokio::time::timeout(PATIENCE, get(addr, &target, &[])).await
        })
    })
    .await
    .unwrap()
    .unwrap_or_else(|_| panic!("no answer from {addr} within {PATIENCE:?}"))
    .unwrap_or_else(|e| panic!("GET {addr}: {e}"))
}

fn capture_args() -> Vec<String> {
    [
        "--app-port",
        &APP_PORT.to_string(),
        "--proxy-port",
        &PROXY_PORT.to_string(),
        "--proxy-uid",
        &PROXY_UID.to_string(),
        "--exclude-port",
        &EXCLUDED_PORT.to_string(),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

// === traffic ===

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_reach_the_application_only_through_the_proxy() {
    if skip("clients_reach_the_application_only_through_the_proxy") {
        return;
    }
    let mut t = Pod::new("traffic");
    let app = Upstream::start_on(listen_in(&t.pod, APP_PORT)).await;
    let metrics = Upstream::start_on(listen_in(&t.pod, EXCLUDED_PORT)).await;
    t.start_proxy();

    // Before the capture, a client reaches the application directly: nothing is added.
    let r = get_from(&t.client, POD_V4, APP_PORT, "/before").await;
    assert_eq!(r.status, 200);
    let seen = app.last();
    assert!(seen.head.starts_with("GET /before "), "{}", seen.head);
    assert!(seen.header("x-request-id").is_empty(), "{}", seen.head);

    let args = capture_args();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = t.init_redirect(&args);
    assert!(out.status.success(), "init-redirect: {}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("inet palisade_redirect"));

    // A benign request, IPv4 and IPv6, reaches the application through the proxy: the proxy's
    // request id is there, and the client's own address as X-Forwarded-For — once (the
    // proxy's connection to the application was not looped back into the proxy).
    for (pod_ip, client_ip) in [(POD_V4, CLIENT_V4), (POD_V6, CLIENT_V6)] {
        let target = format!("/hello?name=alice&via={pod_ip}");
        let r = get_from(&t.client, pod_ip, APP_PORT, &target).await;
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.raw));
        assert_eq!(r.header("x-upstream"), Some("yes"));
        let seen = app.last();
        assert!(
            seen.head.starts_with(&format!("GET {target} ")),
            "{}",
            seen.head
        );
        let ids = seen.header("x-request-id");
        assert!(
            ids.len() == 1 && !ids[0].is_empty(),
            "no request id from the proxy: {}",
            seen.head
        );
        // Exactly the client's address: on its dual-stack listener the proxy writes an IPv4
        // client as itself, not in its IPv4-mapped form (::ffff:10.77.60.1).
        let xff = seen.header("x-forwarded-for");
        assert_eq!(xff, [client_ip.to_string()], "{}", seen.head);
    }

    // Attacks get 403 from the proxy and the application sees nothing of them.
    let before = app.requests().len();
    for attack in [
        "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/items?id=1%27%20OR%201%3D1--",
        "/download?file=..%2F..%2F..%2Fetc%2Fpasswd",
    ] {
        for pod_ip in [POD_V4, POD_V6] {
            let r = get_from(&t.client, pod_ip, APP_PORT, attack).await;
            assert_eq!(r.status, 403, "{attack} via {pod_ip} was not blocked");
        }
    }
    // A benign request after them is the next (and only) thing the application records.
    let r = get_from(&t.client, POD_V4, APP_PORT, "/after").await;
    assert_eq!(r.status, 200);
    let requests = app.requests();
    assert_eq!(
        requests.len(),
        before + 1,
        "the application saw an attack: {:?}",
        requests
            .iter()
            .skip(before)
            .map(|r| &r.head)
            .collect::<Vec<_>>()
    );
    assert!(requests[before].head.starts_with("GET /after "));
    let alerts = t.alerts_with(CLIENT_V4).await;
    assert!(
        alerts.contains(CLIENT_V4),
        "no alert naming the client: {alerts}"
    );

    // The excluded port goes straight to its listener: no proxy header, and even an attack
    // passes (nothing inspects it — that is what excluding a port means).
    for pod_ip in [POD_V4, POD_V6] {
        let r = get_from(&t.client, pod_ip, EXCLUDED_PORT, "/metrics?q=%3Cscript%3E").await;
        assert_eq!(r.status, 200);
        let seen = metrics.last();
        assert!(seen.head.starts_with("GET /metrics?q=%3Cscript%3E "));
        assert!(seen.header("x-request-id").is_empty(), "{}", seen.head);
        assert!(seen.header("x-forwarded-for").is_empty(), "{}", seen.head);
    }

    // The proxy port itself still answers (it is never redirected).
    let r = get_from(&t.client, POD_V4, PROXY_PORT, "/direct").await;
    assert_eq!(r.status, 200);
    assert!(app.last().head.starts_with("GET /direct "));

    // Inside the pod, a process that is not the proxy (this test, uid 0) is captured too,
    // on loopback and on the pod's own address.
    for host in ["127.0.0.1", "::1", POD_V4] {
        let r = get_from(&t.pod, host, APP_PORT, "/local").await;
        assert_eq!(r.status, 200, "local request to {host}");
        let seen = app.last();
        assert!(seen.head.starts_with("GET /local "));
        assert_eq!(
            seen.header("x-request-id").len(),
            1,
            "local request to {host} bypassed the proxy: {}",
            seen.head
        );
        let r = get_from(
            &t.pod,
            host,
            APP_PORT,
            "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        )
        .await;
        assert_eq!(r.status, 403, "local attack to {host} was not blocked");
    }
    // Outbound connections to another host's application port are not inbound traffic: left
    // alone (they reach that host, not this pod's proxy).
    let remote = Upstream::start_on(listen_in(&t.client, APP_PORT)).await;
    for host in [CLIENT_V4, CLIENT_V6] {
        let r = get_from(&t.pod, host, APP_PORT, "/outbound").await;
        assert_eq!(r.status, 200);
        let seen = remote.last();
        assert!(seen.head.starts_with("GET /outbound "));
        assert!(seen.header("x-request-id").is_empty(), "{}", seen.head);
    }
    // The local excluded port is not captured either.
    get_from(&t.pod, "127.0.0.1", EXCLUDED_PORT, "/local-metrics").await;
    assert!(metrics.last().header("x-request-id").is_empty());

    // Every connection was taken by the rule meant for it (NAT chains see the first packet of
    // each connection only, so these count connections): from the client 2 benign + 6 attacks
    // + 1 after, 2 to the excluded port, 1 to the proxy port; from inside the pod 3 benign +
    // 3 attacks, 1 to the excluded port; and the proxy's own upstream connections.
    assert_eq!(t.counter("prerouting", "inbound"), 9);
    assert_eq!(t.counter("prerouting", "excluded"), 2);
    assert_eq!(t.counter("prerouting", "proxy-port"), 1);
    assert_eq!(t.counter("output", "local"), 6);
    assert_eq!(t.counter("output", "excluded"), 1);
    assert!(t.counter("output", "proxy-uid") >= 1);
}

// === the ruleset ===

#[test]
fn init_redirect_is_idempotent_and_uninstall_removes_only_its_table() {
    if skip("init_redirect_is_idempotent_and_uninstall_removes_only_its_table") {
        return;
    }
    let t = Pod::new("idem");
    // Someone else's tables: the netpol agent's `inet palisade` and an unrelated one.
    let others = "table inet palisade {\n chain forward {\n  type filter hook forward priority -10; policy accept;\n  counter\n }\n}\ntable ip other {\n chain input {\n  type filter hook input priority 0; policy accept;\n  tcp dport 22 accept\n }\n}\n";
    let file = t.dir.path().join("others.nft");
    std::fs::write(&file, others).unwrap();
    let out = t.nft(&["-f", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let snapshot = |t: &Pod| {
        (
            t.table_json("inet", "palisade").expect("netpol's table"),
            t.table_json("ip", "other").expect("the other table"),
        )
    };
    let others_before = snapshot(&t);

    let args = capture_args();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = t.init_redirect(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let first = t.table_json("inet", TABLE).expect("the capture table");

    // What is in it.
    let items = first.as_array().unwrap();
    let chains: Vec<_> = items.iter().filter_map(|o| o.get("chain")).collect();
    assert_eq!(chains.len(), 2, "{first}");
    assert!(chains
        .iter()
        .all(|c| c["type"] == "nat" && c["prio"] == -100));
    let rules: Vec<_> = items.iter().filter_map(|o| o.get("rule")).collect();
    assert_eq!(rules.len(), 7, "{first}");
    let text = first.to_string();
    assert!(text.contains(r#""redirect":{"port":15006}"#), "{text}");
    assert!(
        text.contains(r#""key":"skuid""#) && text.contains("1337"),
        "{text}"
    );

    // Twice: the same ruleset.
    let out = t.init_redirect(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let second = t.table_json("inet", TABLE).unwrap();
    assert_eq!(first, second, "a second run changed the ruleset");

    // Different ports replace the rules, they do not pile up; the original args restore them.
    let out = t.init_redirect(&["--app-port", "8081", "--proxy-uid", "1337"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let other = t.table_json("inet", TABLE).unwrap().to_string();
    assert!(other.contains("8081") && !other.contains("8080") && !other.contains("9090"));
    let out = t.init_redirect(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(t.table_json("inet", TABLE).unwrap(), first);
    assert_eq!(snapshot(&t), others_before, "another table was touched");

    // Uninstall: only the capture table goes; a second uninstall is not an error.
    for _ in 0..2 {
        let out = t.init_redirect(&["--uninstall"]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(t.table_json("inet", TABLE).is_none(), "table still there");
        assert_eq!(
            snapshot(&t),
            others_before,
            "uninstall touched another table"
        );
    }
    // And it refuses to be pointed at netpol's table.
    let out = t.init_redirect(&["--uninstall", "--table", "palisade"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("netpol"), "{}", stderr(&out));
    assert_eq!(snapshot(&t), others_before);
}

#[test]
fn without_net_admin_the_error_says_what_to_grant() {
    if skip("without_net_admin_the_error_says_what_to_grant") {
        return;
    }
    let t = Pod::new("noadmin");
    let args = capture_args();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    // Not root; root without NET_ADMIN (what a pod gets without `capabilities.add`).
    let cases: [(&[&str], &str); 2] = [
        (
            &["--reuid=65534", "--regid=65534", "--clear-groups"],
            "uid 65534",
        ),
        (&["--bounding-set=-net_admin"], "uid 0"),
    ];
    for (setpriv, who) in cases {
        let out = t.init_redirect_as(setpriv, &args);
        let err = stderr(&out);
        assert!(!out.status.success(), "{setpriv:?}: succeeded");
        assert!(
            err.contains("NET_ADMIN") && err.contains(who) && err.contains("capabilities.add"),
            "{setpriv:?}: {err}"
        );
        assert!(t.table_json("inet", TABLE).is_none());
        let out = t.init_redirect_as(setpriv, &["--uninstall"]);
        assert!(!out.status.success() && stderr(&out).contains("NET_ADMIN"));
    }
    // nft's own refusal in the same situation is recognised as a permission problem too.
    let out = Command::new("ip")
        .args([
            "netns",
            "exec",
            &t.pod,
            "setpriv",
            "--bounding-set=-net_admin",
            "--",
        ])
        .args(["nft", "add", "table", "inet", TABLE])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let e = proxy::redirect::classify_nft_failure(&stderr(&out));
    assert!(
        matches!(e, proxy::redirect::ApplyError::NotPermitted { .. }),
        "{e:?}"
    );
}

// === input (no root needed) ===

fn cli(args: &[&str], path: Option<&str>) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.arg("init-redirect").args(args);
    if let Some(p) = path {
        cmd.env("PATH", p);
    }
    cmd.output().unwrap()
}

#[test]
fn missing_nft_is_a_clear_error() {
    let empty = tempfile::tempdir().unwrap();
    let path = empty.path().display().to_string();
    let base = ["--app-port", "8080", "--proxy-uid", "1337"];
    let out = cli(&base, Some(&path));
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("`nft` not found") && err.contains("apt-get install nftables"),
        "{err}"
    );
    let missing = PathBuf::from(&path).join("nft");
    let missing = missing.display().to_string();
    let out = cli(&[&base[..], &["--nft", &missing]].concat(), None);
    assert!(!out.status.success());
    assert!(stderr(&out).contains(&missing), "{}", stderr(&out));
}

#[test]
fn bad_input_is_refused_before_anything_runs() {
    // args -> a piece of the message
    let cases: &[(&[&str], &str)] = &[
        (&["--proxy-uid", "1337"], "--app-port"),
        (&["--app-port", "8080"], "--proxy-uid"),
        (&["--app-port", "0", "--proxy-uid", "1337"], "--app-port 0"),
        (&["--app-port", "65536", "--proxy-uid", "1337"], "65536"),
        (&["--app-port", "http", "--proxy-uid", "1337"], "http"),
        (
            &[
                "--app-port",
                "8080",
                "--proxy-port",
                "0",
                "--proxy-uid",
                "1337",
            ],
            "--proxy-port 0",
        ),
        (
            &["--app-port", "15006", "--proxy-uid", "1337"],
            "--proxy-port 15006 is also an --app-port",
        ),
        (
            &[
                "--app-port",
                "8080",
                "--exclude-port",
                "8080",
                "--proxy-uid",
                "1337",
            ],
            "--exclude-port 8080 is also an --app-port",
        ),
        (
            &[
                "--app-port",
                "8080",
                "--exclude-port",
                "15006",
                "--proxy-uid",
                "1337",
            ],
            "proxy port",
        ),
        (&["--app-port", "8080", "--proxy-uid", "0"], "non-root"),
        (
            &[
                "--app-port",
                "8080",
                "--proxy-uid",
                "1337",
                "--table",
                "palisade",
            ],
            "netpol",
        ),
        (
            &[
                "--app-port",
                "8080",
                "--proxy-uid",
                "1337",
                "--table",
                "x;flush ruleset",
            ],
            "not a valid table name",
        ),
    ];
    for (args, want) in cases {
        // --dry-run too: refused input is refused before anything else.
        for dry in [false, true] {
            let mut a = args.to_vec();
            if dry {
                a.push("--dry-run");
            }
            let out = cli(&a, None);
            assert!(!out.status.success(), "{a:?} was accepted");
            assert!(out.stdout.is_empty(), "{a:?} printed {:?}", out.stdout);
            assert!(stderr(&out).contains(want), "{a:?}: {}", stderr(&out));
        }
    }
}

#[test]
fn dry_run_prints_the_transaction() {
    let out = cli(
        &[
            "--app-port",
            "8443",
            "--app-port",
            "8080",
            "--proxy-uid",
            "1337",
            "--exclude-port",
            "15021",
            "--dry-run",
            "--nft",
            "/nonexistent/nft",
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let cmds = v["nftables"].as_array().unwrap();
    let table = serde_json::json!({"table": {"family": "inet", "name": TABLE}});
    assert_eq!(cmds[0]["add"], table);
    assert_eq!(cmds[1]["delete"], table);
    assert_eq!(cmds[2]["add"], table);
    let text = v.to_string();
    assert!(text.contains(r#"{"set":[8080,8443]}"#), "{text}");
    assert!(text.contains("15021"), "{text}");
    let out = cli(&["--uninstall", "--dry-run"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["nftables"].as_array().unwrap().len(), 2);
}
