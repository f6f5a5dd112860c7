#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! Palisade netpol load benchmarks, between real network namespaces.
//!
//! `cargo bench -p palisade-netpol --bench netpol [-- --quick] [-- --only program|packet|ingest]`
//! (as root). Results are printed as Markdown; record them in
//! `benches/netpol/README.md`. Every figure that is compared is measured
//! side by side in the same run, interleaved, and reported as a ratio.

#[path = "../../netpol/tests/common/mod.rs"]
mod common;

use std::collections::BTreeSet;
use std::io::Read;
use std::net::{SocketAddr, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use netpol::inventory::Inventory;
use netpol::model::{Edge, Mode};
use netpol::render::{self, Desired, IdTable, RenderOptions};
use netpol::store::Policy;

struct Opts {
    quick: bool,
    only: Option<String>,
}

/// A deterministic pseudo-random sequence (no dependency, reproducible).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

const SYNTH_WORKLOADS: usize = 2000;
const ADDRS_PER_WORKLOAD: usize = 5;

/// The three test pods plus 2,000 synthetic workloads of 5 addresses each
/// (10,000 pod addresses).
fn big_inventory() -> String {
    let mut s = format!(
        "workloads:\n  - {{namespace: shop, name: web, labels: {{app: web}}, addresses: [{}]}}\n  - {{namespace: shop, name: api, labels: {{app: api}}, addresses: [{}]}}\n  - {{namespace: shop, name: db, labels: {{app: db}}, addresses: [{}]}}\n",
        POD_V4[0], POD_V4[1], POD_V4[2]
    );
    for w in 0..SYNTH_WORKLOADS {
        let addrs: Vec<String> = (0..ADDRS_PER_WORKLOAD)
            .map(|a| {
                let n = w * ADDRS_PER_WORKLOAD + a;
                format!("10.100.{}.{}", n / 250, n % 250 + 1)
            })
            .collect();
        s.push_str(&format!(
            "  - {{namespace: bench, name: w{w:04}, labels: {{app: w{w:04}}}, addresses: [{}]}}\n",
            addrs.join(", ")
        ));
    }
    s
}

/// `n` distinct edges between synthetic workloads, plus `always`.
fn edges(n: usize, always: &[&str]) -> BTreeSet<Edge> {
    let mut rng = Lcg(42);
    let mut out: BTreeSet<Edge> = always.iter().map(|e| e.parse().unwrap()).collect();
    while out.len() < n {
        let s = rng.next() as usize % SYNTH_WORKLOADS;
        let d = rng.next() as usize % SYNTH_WORKLOADS;
        let port = 1024 + rng.next() % 30000;
        out.insert(
            format!("bench/w{s:04}->bench/w{d:04}:tcp/{port}")
                .parse()
                .unwrap(),
        );
    }
    out
}

fn policy(edges: BTreeSet<Edge>) -> Policy {
    let mut p = Policy::initial();
    p.version = 1;
    p.default_mode = Mode::Enforce;
    p.edges = edges;
    p
}

fn timed(
    ns: &str,
    batch: netpol::render::RenderOptions,
    f: impl FnOnce(&RenderOptions) + Send + 'static,
) -> Duration {
    in_ns(ns, move || {
        let t = Instant::now();
        f(&batch);
        t.elapsed()
    })
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

// === 1. programming time ===

fn bench_program(o: &Opts) {
    let t = Topology::new("benchprog");
    let inv = Inventory::parse(&big_inventory(), std::path::Path::new("bench")).unwrap();
    let addresses: usize = inv.workloads.iter().map(|w| w.addresses.len()).sum();
    println!(
        "\n### Time to program approved edges ({addresses} pod addresses, {} workloads)\n",
        inv.workloads.len()
    );
    println!("| edges | full load (one transaction) | +100 edges (diff) | one workload's 5 addresses change (diff) | set elements |");
    println!("|---:|---:|---:|---:|---:|");
    let sizes: &[usize] = if o.quick {
        &[100, 1000]
    } else {
        &[100, 1000, 10_000]
    };
    let reps = if o.quick { 1 } else { 3 };
    for &n in sizes {
        let (mut full, mut add, mut moved) = (Vec::new(), Vec::new(), Vec::new());
        let mut elements = 0;
        for _ in 0..reps {
            let mut ids = IdTable::default();
            let d = Desired::new(&policy(edges(n, &[])), &inv, &mut ids);
            elements = d.element_count();
            let d2 = Desired::new(&policy(edges(n + 100, &[])), &inv, &mut ids);
            let mut inv3 = inv.clone();
            let w = inv3
                .workloads
                .iter_mut()
                .find(|w| w.id.namespace() == "bench")
                .unwrap();
            w.addresses = (0..5)
                .map(|i| format!("10.101.0.{}/32", i + 1).parse().unwrap())
                .collect();
            let d3 = Desired::new(&policy(edges(n + 100, &[])), &inv3, &mut ids);
            let b1 = render::full_batch(&d, &RenderOptions::default());
            let b2 = render::diff_batch(&d, &d2, &RenderOptions::default()).unwrap();
            let b3 = render::diff_batch(&d2, &d3, &RenderOptions::default()).unwrap();
            full.push(ms(timed(&t.node, RenderOptions::default(), move |_| {
                render::apply(&b1).unwrap()
            })));
            add.push(ms(timed(&t.node, RenderOptions::default(), move |_| {
                render::apply(&b2).unwrap()
            })));
            moved.push(ms(timed(&t.node, RenderOptions::default(), move |_| {
                render::apply(&b3).unwrap()
            })));
        }
        println!(
            "| {n} | {:.0} ms | {:.0} ms | {:.0} ms | {elements} |",
            median(full),
            median(add),
            median(moved)
        );
    }
}

// === 2. per-packet cost ===

fn iperf(t: &Topology, secs: u32) -> f64 {
    let out = Command::new("ip")
        .args([
            "netns",
            "exec",
            t.pod(0),
            "iperf3",
            "-c",
            POD_V4[1],
            "-t",
            &secs.to_string(),
            "-J",
        ])
        .output()
        .expect("iperf3");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("iperf3 json");
    v["end"]["sum_received"]["bits_per_second"]
        .as_f64()
        .unwrap_or(0.0)
        / 1e9
}

/// Sequential TCP connections (connect, read "ok", close) for `d`.
fn conn_rate(t: &Topology, d: Duration) -> f64 {
    let addr: SocketAddr = format!("{}:8080", POD_V4[1]).parse().unwrap();
    in_ns(t.pod(0), move || {
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed() < d && n < 1_000_000 {
            let mut c = TcpStream::connect_timeout(&addr, Duration::from_secs(1)).expect("connect");
            let mut b = [0u8; 2];
            c.read_exact(&mut b).expect("read");
            n += 1;
        }
        n as f64 / start.elapsed().as_secs_f64()
    })
}

fn bench_packet(o: &Opts) {
    let t = Topology::new("benchpkt");
    let inv = Inventory::parse(&big_inventory(), std::path::Path::new("bench")).unwrap();
    let _server = tcp_server(t.pod(1), 8080);
    run(Command::new("ip").args([
        "netns",
        "exec",
        t.pod(0),
        "sysctl",
        "-qw",
        "net.ipv4.ip_local_port_range=1024 65000",
    ]));
    let mut iperf_server = Command::new("ip")
        .args(["netns", "exec", t.pod(1), "iperf3", "-s", "-p", "5201"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("iperf3 -s (install iperf3)");
    std::thread::sleep(Duration::from_millis(300));
    let approved = ["shop/web->shop/api:tcp/5201", "shop/web->shop/api:tcp/8080"];
    let configs: Vec<(&str, Option<Desired>)> = {
        let mut ids = IdTable::default();
        vec![
            ("no Palisade table", None),
            (
                "10 edges",
                Some(Desired::new(&policy(edges(10, &approved)), &inv, &mut ids)),
            ),
            (
                "10,000 edges",
                Some(Desired::new(
                    &policy(edges(10_000, &approved)),
                    &inv,
                    &mut ids,
                )),
            ),
        ]
    };
    // Many short interleaved rounds: on a shared machine, drift between
    // rounds is the main noise, and pairing within a round cancels it.
    let rounds = if o.quick { 1 } else { 9 };
    let secs = if o.quick { 1 } else { 2 };
    let mut results: Vec<(Vec<f64>, Vec<f64>)> = vec![(Vec::new(), Vec::new()); configs.len()];
    for _ in 0..rounds {
        for (i, (_, d)) in configs.iter().enumerate() {
            match d {
                None => {
                    let _ = in_ns(&t.node, || render::uninstall(render::DEFAULT_TABLE));
                }
                Some(d) => {
                    let b = render::full_batch(d, &RenderOptions::default());
                    in_ns(&t.node, move || render::apply(&b).unwrap());
                }
            }
            let _ = Command::new("ip")
                .args(["netns", "exec", &t.node, "conntrack", "-F"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
            results[i].0.push(iperf(&t, secs));
            results[i]
                .1
                .push(conn_rate(&t, Duration::from_secs(u64::from(secs))));
            // Start every measurement from an empty conntrack table, so
            // TIME_WAIT entries of the previous one do not interfere.
            let _ = Command::new("ip")
                .args(["netns", "exec", &t.node, "conntrack", "-F"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
    let _ = iperf_server.kill();
    let _ = iperf_server.wait();
    println!(
        "\n### Per-packet cost: pod to pod through the node, enforce mode, 10,000 pod addresses\n"
    );
    println!("Medians of {rounds} interleaved rounds of {secs} s each (min–max in brackets).\n");
    println!("| configuration | iperf3 TCP throughput | new connections/s (connect+read+close) |");
    println!("|---|---:|---:|");
    let spread = |v: &[f64]| {
        let lo = v.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = v.iter().copied().fold(0.0, f64::max);
        (lo, hi)
    };
    for ((name, _), (g, c)) in configs.iter().zip(&results) {
        let (gl, gh) = spread(g);
        let (cl, ch) = spread(c);
        println!(
            "| {name} | {:.2} Gbit/s ({gl:.1}–{gh:.1}) | {:.0} ({cl:.0}–{ch:.0}) |",
            median(g.clone()),
            median(c.clone())
        );
    }
    // Per-round ratios (same round = same machine conditions), then their median.
    let ratios = |k: usize| -> Vec<f64> {
        let (a, b) = (&results[2], &results[1]);
        let (x, y) = if k == 0 { (&a.0, &b.0) } else { (&a.1, &b.1) };
        x.iter().zip(y).map(|(p, q)| p / q).collect()
    };
    let (tr, cr) = (ratios(0), ratios(1));
    let (tl, th) = spread(&tr);
    let (cl, ch) = spread(&cr);
    println!(
        "\nRatio 10,000 edges / 10 edges, median of per-round ratios: throughput {:.3} (rounds {tl:.2}–{th:.2}), connection rate {:.3} (rounds {cl:.2}–{ch:.2}).",
        median(tr.clone()),
        median(cr.clone())
    );
}

// === 3. flow ingestion ===

fn bench_ingest(o: &Opts) {
    let mut t = Topology::new("benchingest");
    t.write_inventory(&t.standard_inventory());
    t.start_agent(&["--mode", "learn"]);
    let secs = if o.quick { 2 } else { 5 };
    let threads = 2;
    let ports = 200u16;
    let start = Instant::now();
    let handles: Vec<_> = (0..threads)
        .map(|k| {
            let pod = t.pod(0).to_owned();
            std::thread::spawn(move || {
                in_ns(&pod, move || {
                    let mut n = 0u64;
                    let start = Instant::now();
                    // Closed ports: the SYN is logged, the RST comes back at
                    // once, so the load is bounded by the kernel, not a server.
                    while start.elapsed() < Duration::from_secs(secs) && n < 5_000_000 {
                        let port = 20000 + ((n as u16).wrapping_mul(7).wrapping_add(k)) % ports;
                        let addr: SocketAddr = format!("{}:{port}", POD_V4[1]).parse().unwrap();
                        let _ = TcpStream::connect_timeout(&addr, Duration::from_millis(200));
                        n += 1;
                    }
                    n
                })
            })
        })
        .collect();
    let made: u64 = handles.into_iter().map(|h| h.join().unwrap()).sum();
    let elapsed = start.elapsed().as_secs_f64();
    // Let the agent flush what it has.
    std::thread::sleep(Duration::from_secs(3));
    let status = t.agent_status().unwrap();
    let learned: u64 = t.map_edges().iter().map(|(_, _, c)| c).sum();
    let lost = status["flows_lost"].as_u64().unwrap();
    let overruns = status["overruns"].as_u64().unwrap();
    let edges = t.map_edges().len();
    println!("\n### Flow ingestion: new TCP connections learned by the agent\n");
    println!("| connections made | rate | learned (sum of edge counts) | lost (counted) | unaccounted | distinct edges | socket overruns |");
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {made} | {:.0}/s | {learned} | {lost} | {} | {edges} | {overruns} |",
        made as f64 / elapsed,
        made as i64 - learned as i64 - lost as i64
    );
    t.stop_agent(nix::sys::signal::Signal::SIGTERM);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let o = Opts {
        quick: args.iter().any(|a| a == "--quick"),
        only: args
            .iter()
            .position(|a| a == "--only")
            .and_then(|i| args.get(i + 1).cloned()),
    };
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this
    // binary without it, and must not start a multi-minute load run.
    if !args.iter().any(|a| a == "--bench") {
        println!(
            "netpol benchmarks: not run (use `cargo bench -p palisade-netpol --bench netpol`)"
        );
        return;
    }
    if skip("netpol benchmarks") {
        return;
    }
    println!(
        "## palisade-netpol benchmarks ({}; {} cores)",
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC"),
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0)
    );
    let want = |s: &str| o.only.as_deref().is_none_or(|x| x == s);
    if want("program") {
        bench_program(&o);
    }
    if want("packet") {
        bench_packet(&o);
    }
    if want("ingest") {
        bench_ingest(&o);
    }
}
