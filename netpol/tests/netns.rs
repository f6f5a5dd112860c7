#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! End-to-end tests in real network namespaces with real TCP and UDP
//! traffic through the real agent binary. They need root, iproute2 and
//! nftables; without them they print SKIP and pass.

mod common;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use common::*;
use nix::sys::signal::Signal;

/// Timeout for flows that must pass (generous: CI machines are busy).
const OK: Duration = Duration::from_secs(3);
/// Timeout for flows that must be dropped (a dropped SYN never completes).
const T: Duration = Duration::from_millis(800);

const WEB_API_TCP: &str = "shop/web->shop/api:tcp/8080";
const WEB_API_UDP: &str = "shop/web->shop/api:udp/5353";
const API_DB_TCP: &str = "shop/api->shop/db:tcp/5432";

/// Waits until `map show` has `n` edges and the agent has flushed twice
/// more, so nothing is still on its way.
fn settle_map(t: &Topology, n: usize) -> Vec<(String, String, u64)> {
    wait_until(
        &format!("{n} edges in the map"),
        Duration::from_secs(10),
        || t.map_edges().len() >= n,
    );
    std::thread::sleep(Duration::from_millis(2500));
    t.map_edges()
}

/// Learns web->api tcp+udp and api->db tcp from real traffic, approves two
/// of them, and switches to enforce mode.
fn learn_and_enforce(t: &mut Topology) -> (Server, Server, Server) {
    t.write_inventory(&t.standard_inventory());
    t.start_agent(&["--mode", "learn"]);
    let api_tcp = tcp_server(t.pod(1), 8080);
    let api_udp = udp_server(t.pod(1), 5353);
    let db_tcp = tcp_server(t.pod(2), 5432);
    for _ in 0..3 {
        assert!(
            tcp_ok(t.pod(0), POD_V4[1], 8080, OK),
            "learn mode allows web->api"
        );
    }
    assert!(
        tcp_ok(t.pod(0), POD_V6[1], 8080, OK),
        "learn mode allows web->api over IPv6"
    );
    assert!(udp_ok(t.pod(0), POD_V4[1], 5353, OK));
    assert!(tcp_ok(t.pod(1), POD_V4[2], 5432, OK));

    let edges = settle_map(t, 3);
    let got: BTreeSet<&str> = edges.iter().map(|(e, _, _)| e.as_str()).collect();
    let want: BTreeSet<&str> = [WEB_API_TCP, WEB_API_UDP, API_DB_TCP].into_iter().collect();
    assert_eq!(got, want, "map show lists exactly the flows that happened");
    let web_api = edges.iter().find(|(e, _, _)| e == WEB_API_TCP).unwrap();
    assert_eq!(web_api.2, 4, "3 IPv4 + 1 IPv6 connections, one edge");
    assert!(edges.iter().all(|(_, s, _)| s == "pending"));

    let out = t.cli(&[
        "map",
        "approve",
        WEB_API_TCP,
        API_DB_TCP,
        "--by",
        "netops-alice",
    ]);
    assert!(out.contains("policy v1"), "{out}");
    t.cli(&["mode", "set", "enforce", "--by", "netops-alice"]);
    t.wait_applied(t.policy_version());
    (api_tcp, api_udp, db_tcp)
}

#[test]
fn learn_approve_enforce_and_events() {
    if skip("learn_approve_enforce_and_events") {
        return;
    }
    let mut t = Topology::new("enforce");
    let _servers = learn_and_enforce(&mut t);
    let _dns = udp_server(t.pod(2), 53);
    let _web = tcp_server(t.pod(0), 22);

    // Approved flows still work, both families.
    assert!(tcp_ok(t.pod(0), POD_V4[1], 8080, OK), "approved web->api");
    assert!(
        tcp_ok(t.pod(0), POD_V6[1], 8080, OK),
        "approved web->api (IPv6)"
    );
    assert!(tcp_ok(t.pod(1), POD_V4[2], 5432, OK), "approved api->db");
    // DNS to the resolver is allowed explicitly, without an edge.
    assert!(udp_ok(t.pod(0), POD_V4[2], 53, OK), "DNS to the resolver");
    // Unapproved flows are dropped.
    assert!(
        !udp_ok(t.pod(0), POD_V4[1], 5353, T),
        "unapproved web->api udp"
    );
    assert!(
        !tcp_ok(t.pod(2), POD_V4[0], 22, T),
        "unapproved db->web tcp/22"
    );
    assert!(!tcp_ok(t.pod(0), POD_V4[2], 5432, T), "unapproved web->db");

    wait_until("three deny events", Duration::from_secs(10), || {
        t.events().iter().filter(|e| e["verdict"] == "deny").count() >= 3
    });
    let events = t.events();
    let denied: BTreeSet<String> = events
        .iter()
        .filter(|e| e["verdict"] == "deny")
        .map(|e| e["edge"].as_str().unwrap().to_owned())
        .collect();
    for e in [
        WEB_API_UDP,
        "shop/db->shop/web:tcp/22",
        "shop/web->shop/db:tcp/5432",
    ] {
        assert!(denied.contains(e), "{e} in events: {denied:?}");
    }
    assert!(events
        .iter()
        .all(|e| e["rule"].as_str().unwrap().starts_with("deny-")));
    // Approved edges never show up as events, DNS never becomes an edge.
    assert!(!denied.contains(WEB_API_TCP));
    let edges = t.map_edges();
    assert!(
        !edges.iter().any(|(e, _, _)| e.ends_with(":udp/53")),
        "{edges:?}"
    );

    // Counters on the verdict rules saw the drops.
    let table = t.nft(&["list", "table", "inet", "palisade"]);
    assert!(table.contains("comment \"deny-egress\""), "{table}");
    let history = t.cli(&["map", "history"]);
    assert!(
        history.contains("netops-alice") && history.contains("set-mode"),
        "{history}"
    );

    // Rejecting an approved edge takes it out of force.
    t.cli(&["map", "reject", API_DB_TCP, "--by", "netops-bob"]);
    t.wait_applied(t.policy_version());
    assert!(
        !tcp_ok(t.pod(1), POD_V4[2], 5432, T),
        "rejected api->db is dropped"
    );
    // Rolling back to v2 (approved edges + enforce) restores it.
    t.cli(&["map", "rollback", "2", "--by", "netops-bob"]);
    t.wait_applied(t.policy_version());
    assert!(
        tcp_ok(t.pod(1), POD_V4[2], 5432, OK),
        "rolled back api->db works again"
    );

    // Export reflects the approved map and is valid.
    let yaml = t.cli(&["export", "networkpolicy"]);
    assert_eq!(yaml.matches("kind: NetworkPolicy").count(), 3, "{yaml}");
    assert!(
        yaml.contains("port: 8080") && yaml.contains("port: 5432"),
        "{yaml}"
    );
    assert!(!yaml.contains("5353"), "{yaml}");
}

#[test]
fn audit_mode_logs_without_dropping() {
    if skip("audit_mode_logs_without_dropping") {
        return;
    }
    let mut t = Topology::new("audit");
    t.write_inventory(&t.standard_inventory());
    t.start_agent(&["--mode", "audit", "--metrics", "127.0.0.1:9464"]);
    let _api = tcp_server(t.pod(1), 8080);
    let _db = tcp_server(t.pod(2), 5432);
    t.cli(&["map", "approve", WEB_API_TCP]);
    t.wait_applied(t.policy_version());
    assert!(tcp_ok(t.pod(0), POD_V4[1], 8080, OK), "approved flow");
    for _ in 0..2 {
        assert!(
            tcp_ok(t.pod(0), POD_V4[2], 5432, OK),
            "audit mode does not drop"
        );
    }
    wait_until("would-deny events", Duration::from_secs(10), || {
        t.events()
            .iter()
            .filter(|e| e["verdict"] == "would-deny")
            .count()
            >= 2
    });
    let events = t.events();
    assert!(
        events
            .iter()
            .all(|e| e["edge"] == "shop/web->shop/db:tcp/5432"),
        "{events:?}"
    );
    assert!(
        events.iter().all(|e| e["rule"] == "audit-egress"),
        "{events:?}"
    );
    // One workload in enforce, the default still audit: only it drops.
    t.cli(&["mode", "set", "enforce", "--workload", "shop/db"]);
    t.wait_applied(t.policy_version());
    assert!(
        !tcp_ok(t.pod(0), POD_V4[2], 5432, T),
        "shop/db enforces ingress"
    );
    assert!(
        tcp_ok(t.pod(0), POD_V4[1], 8080, OK),
        "approved flow unaffected"
    );
    wait_until("a deny-ingress event", Duration::from_secs(10), || {
        t.events().iter().any(|e| e["rule"] == "deny-ingress")
    });

    // Prometheus metrics: flows learned, policy version, denials per edge,
    // and the kernel's rule counters.
    let m = http_get(&t.node, "127.0.0.1:9464");
    assert!(m.starts_with("HTTP/1.0 200"), "{m}");
    assert!(
        m.contains(&format!(
            "palisade_netpol_policy_version {}",
            t.policy_version()
        )),
        "{m}"
    );
    assert!(
        m.contains("palisade_netpol_denied_flows_total{edge=\"shop/web->shop/db:tcp/5432\",verdict=\"would-deny\"} 2"),
        "{m}"
    );
    assert!(
        m.contains(
            "palisade_netpol_workload_denied_flows_total{workload=\"shop/db\",verdict=\"deny\"}"
        ),
        "{m}"
    );
    assert!(
        m.contains("palisade_netpol_rule_packets_total{rule=\"audit-egress\"} 2"),
        "{m}"
    );
    assert!(
        m.contains("palisade_netpol_nft_apply_total{result=\"failed\"} 0"),
        "{m}"
    );
    let learned: u64 = m
        .lines()
        .find_map(|l| l.strip_prefix("palisade_netpol_flows_learned_total "))
        .and_then(|v| v.parse().ok())
        .unwrap();
    assert!(learned >= 5, "{m}");
}

#[test]
fn address_change_keeps_the_policy() {
    if skip("address_change_keeps_the_policy") {
        return;
    }
    let mut t = Topology::new("addrchange");
    let _servers = learn_and_enforce(&mut t);
    let edges_before = t.nft(&["list", "set", "inet", "palisade", "edges"]);

    // The api pod gets a new address; the inventory follows.
    run(std::process::Command::new("ip").args([
        "-n",
        t.pod(1),
        "addr",
        "add",
        "10.77.2.3/24",
        "dev",
        "eth0",
    ]));
    let inv = t
        .standard_inventory()
        .replace("addresses: [10.77.2.2,", "addresses: [10.77.2.3,");
    assert!(inv.contains("10.77.2.3"));
    t.write_inventory(&inv);
    wait_until("the new address in dst4h", Duration::from_secs(10), || {
        t.nft(&["list", "map", "inet", "palisade", "dst4h"])
            .contains("10.77.2.3")
    });
    assert_eq!(
        t.nft(&["list", "set", "inet", "palisade", "edges"]),
        edges_before,
        "only address elements change"
    );
    assert!(
        tcp_ok(t.pod(0), "10.77.2.3", 8080, OK),
        "approved edge follows the workload"
    );
    assert!(
        !tcp_ok(t.pod(0), "10.77.2.2", 8080, T),
        "the old address is no longer the workload"
    );
    // Retire the old address on the pod (keeping the new one and the route).
    let pod = t.pod(1).to_owned();
    run(std::process::Command::new("ip").args([
        "netns",
        "exec",
        &pod,
        "sysctl",
        "-qw",
        "net.ipv4.conf.eth0.promote_secondaries=1",
    ]));
    run(std::process::Command::new("ip").args([
        "-n",
        &pod,
        "addr",
        "del",
        "10.77.2.2/24",
        "dev",
        "eth0",
    ]));
    run(std::process::Command::new("ip").args([
        "-n",
        &pod,
        "route",
        "replace",
        "default",
        "via",
        "10.77.2.1",
    ]));
    assert!(
        tcp_ok(t.pod(1), POD_V4[2], 5432, OK),
        "api->db from the new address"
    );

    // A broken inventory is refused; the last good one stays in force.
    t.write_inventory("workloads: [{namespace: shop, name: web, addresses: [not-an-ip]}]\n");
    wait_until(
        "the agent to report the bad inventory",
        Duration::from_secs(10),
        || t.agent_log().contains("inventory reload failed"),
    );
    assert!(
        tcp_ok(t.pod(0), "10.77.2.3", 8080, OK),
        "last good inventory still in force"
    );
}

#[test]
fn killed_agent_keeps_enforcing_and_restart_has_no_gap() {
    if skip("killed_agent_keeps_enforcing_and_restart_has_no_gap") {
        return;
    }
    let mut t = Topology::new("restart");
    let _servers = learn_and_enforce(&mut t);
    let _ssh = tcp_server(t.pod(0), 22);

    t.stop_agent(Signal::SIGKILL);
    assert!(t.nft(&["list", "tables"]).contains("inet palisade"));
    assert!(
        tcp_ok(t.pod(0), POD_V4[1], 8080, OK),
        "approved flow with the agent dead"
    );
    assert!(
        !tcp_ok(t.pod(2), POD_V4[0], 22, T),
        "still enforced with the agent dead"
    );

    // Probe continuously while the agent restarts: the approved edge must
    // never fail and the unapproved one must never pass.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    // A dropped SYN is retransmitted after 1 s: a 900 ms timeout sees every drop.
    let probe = |from: String, to: &'static str, port: u16, timeout: Duration| {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let (mut ok, mut failed) = (0u32, 0u32);
            let start = Instant::now();
            // Bounded in count and time.
            for _ in 0..400 {
                if stop.load(std::sync::atomic::Ordering::Relaxed)
                    || start.elapsed() > Duration::from_secs(20)
                {
                    break;
                }
                if tcp_ok(&from, to, port, timeout) {
                    ok += 1;
                } else {
                    failed += 1;
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            (ok, failed)
        })
    };
    let allowed = probe(
        t.pod(0).to_owned(),
        POD_V4[1],
        8080,
        Duration::from_millis(900),
    );
    let denied = probe(
        t.pod(2).to_owned(),
        POD_V4[0],
        22,
        Duration::from_millis(300),
    );
    std::thread::sleep(Duration::from_millis(300));
    t.start_agent(&[]);
    std::thread::sleep(Duration::from_millis(700));
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (a_ok, a_failed) = allowed.join().unwrap();
    let (d_ok, d_failed) = denied.join().unwrap();
    assert!(
        a_ok > 5 && a_failed == 0,
        "approved edge across restart: {a_ok} ok, {a_failed} failed"
    );
    assert!(
        d_failed > 0 && d_ok == 0,
        "unapproved edge across restart: {d_ok} passed, {d_failed} dropped"
    );

    // SIGTERM: clean exit, the policy stays.
    assert_eq!(
        t.stop_agent(Signal::SIGTERM),
        Some(0),
        "clean exit on SIGTERM"
    );
    assert!(
        !tcp_ok(t.pod(2), POD_V4[0], 22, T),
        "enforced after SIGTERM"
    );
    assert_eq!(t.agent_status().unwrap()["stopped"], true);
}

#[test]
fn uninstall_removes_only_palisades_table() {
    if skip("uninstall_removes_only_palisades_table") {
        return;
    }
    let mut t = Topology::new("uninstall");
    t.write_inventory(&t.standard_inventory());
    t.nft(&["add", "table", "inet", "other"]);
    t.nft(&["add", "chain", "inet", "other", "keep"]);
    t.start_agent(&["--mode", "enforce"]);
    let _api = tcp_server(t.pod(1), 8080);
    assert!(
        !tcp_ok(t.pod(0), POD_V4[1], 8080, T),
        "enforce with nothing approved"
    );

    // Refused while the agent runs (it would put the table back).
    let out = t.cli_in_node(&["uninstall"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("stop it first"));

    assert_eq!(t.stop_agent(Signal::SIGTERM), Some(0));
    let out = t.cli_in_node(&["uninstall"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tables = t.nft(&["list", "tables"]);
    assert!(!tables.contains("palisade"), "{tables}");
    assert!(tables.contains("inet other"), "{tables}");
    assert!(tcp_ok(t.pod(0), POD_V4[1], 8080, OK), "traffic flows again");
    // Idempotent.
    assert!(t.cli_in_node(&["uninstall"]).status.success());
}

#[test]
fn kubernetes_pod_list_inventory() {
    if skip("kubernetes_pod_list_inventory") {
        return;
    }
    let mut t = Topology::new("podlist");
    // `kubectl get pods -A -o json` as a Deployment (ReplicaSet-owned, with
    // pod-template-hash) and a StatefulSet would produce it.
    let pod = |name: &str,
               owner_kind: &str,
               owner: &str,
               labels: serde_json::Value,
               ip: &str,
               ip6: &str| {
        serde_json::json!({
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": name, "namespace": "shop", "labels": labels,
                         "ownerReferences": [{"kind": owner_kind, "name": owner, "controller": true}]},
            "spec": {"hostNetwork": false},
            "status": {"phase": "Running", "podIP": ip, "podIPs": [{"ip": ip}, {"ip": ip6}]}
        })
    };
    let list = serde_json::json!({
        "apiVersion": "v1", "kind": "List",
        "items": [
            pod("web-6f7c9-x1", "ReplicaSet", "web-6f7c9", serde_json::json!({"app": "web", "pod-template-hash": "6f7c9"}), POD_V4[0], POD_V6[0]),
            pod("api-5d4b8-y2", "ReplicaSet", "api-5d4b8", serde_json::json!({"app": "api", "pod-template-hash": "5d4b8"}), POD_V4[1], POD_V6[1]),
            pod("db-0", "StatefulSet", "db", serde_json::json!({"app": "db", "statefulset.kubernetes.io/pod-name": "db-0"}), POD_V4[2], POD_V6[2]),
        ]
    });
    std::fs::write(
        t.inventory_path(),
        serde_json::to_string_pretty(&list).unwrap(),
    )
    .unwrap();
    t.start_agent(&[]);
    let _api = tcp_server(t.pod(1), 8080);
    assert!(tcp_ok(t.pod(0), POD_V4[1], 8080, OK));
    let edges = settle_map(&t, 1);
    assert_eq!(edges.len(), 1, "{edges:?}");
    assert_eq!(
        edges[0].0, WEB_API_TCP,
        "pods grouped into their Deployment"
    );
    t.cli(&["map", "approve", "--all"]);
    let yaml = t.cli(&["export", "networkpolicy"]);
    assert!(
        yaml.contains("name: palisade-web") && yaml.contains("app: api"),
        "{yaml}"
    );
    assert!(!yaml.contains("pod-template-hash"), "{yaml}");
}

#[test]
fn packet_marks_of_other_components_are_preserved() {
    if skip("packet_marks_of_other_components_are_preserved") {
        return;
    }
    let mut t = Topology::new("marks");
    // Another component (as kube-proxy does for masquerading) marks packets
    // before the forward hook and reads the mark after Palisade's chain.
    let other = "table inet other {
        chain pre { type filter hook prerouting priority -150; policy accept; meta mark set 0x4000; }
        chain after { type filter hook forward priority 10; policy accept;
            meta mark 0x4000 counter accept comment \"kept\"
            counter comment \"lost\"; }
    }";
    let f = t.dir.path().join("other.nft");
    std::fs::write(&f, other).unwrap();
    t.nft(&["-f", f.to_str().unwrap()]);
    let _servers = learn_and_enforce(&mut t);
    assert!(
        tcp_ok(t.pod(0), POD_V4[1], 8080, OK),
        "approved flow with a foreign mark"
    );
    assert!(
        !tcp_ok(t.pod(0), POD_V4[2], 5432, T),
        "unapproved flow with a foreign mark"
    );
    let after = t.nft(&["list", "chain", "inet", "other", "after"]);
    let lost = after
        .lines()
        .find(|l| l.contains("\"lost\""))
        .unwrap()
        .to_owned();
    assert!(lost.contains("packets 0 "), "marks were clobbered: {after}");
    assert!(
        !after.contains("kept\"") || after.contains("accept comment \"kept\""),
        "{after}"
    );
    let kept: u64 = after
        .lines()
        .find(|l| l.contains("\"kept\""))
        .and_then(|l| l.split("packets ").nth(1))
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(kept > 10, "{after}");
}
