#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! The review commands against a state directory (no root needed).

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_palisade-netpol");

fn cli(state: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--state")
        .arg(state)
        .args(args)
        .env("USER", "tester")
        .output()
        .unwrap()
}

fn ok(state: &Path, args: &[&str]) -> String {
    let out = cli(state, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn err(state: &Path, args: &[&str]) -> String {
    let out = cli(state, args);
    assert!(!out.status.success(), "{args:?} should fail");
    String::from_utf8(out.stderr).unwrap()
}

fn seed(state: &Path) {
    // What an agent would have recorded.
    let store = netpol::store::Store::open(state).unwrap();
    let now = chrono::Utc::now();
    let flows: Vec<_> = [
        "shop/web->shop/api:tcp/8080",
        "shop/api->shop/db:tcp/5432",
        "shop/web->external:203.0.113.9/32:tcp/443",
    ]
    .iter()
    .map(|e| netpol::store::FlowRecord {
        edge: e.parse().unwrap(),
        first_seen: now,
        last_seen: now,
        count: 2,
        verdict: netpol::store::Verdict::Learn,
    })
    .collect();
    store.record_flows(&flows).unwrap();
}

#[test]
fn review_workflow() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    seed(s);
    let show = ok(s, &["map", "show"]);
    assert!(
        show.contains("SOURCE") && show.contains("pending"),
        "{show}"
    );
    assert!(show.contains("external"), "{show}");
    let diff = ok(s, &["map", "diff"]);
    assert_eq!(
        diff.lines().filter(|l| l.starts_with("+ ")).count(),
        3,
        "{diff}"
    );

    ok(
        s,
        &[
            "map",
            "approve",
            "shop/web->shop/api:tcp/8080",
            "--by",
            "alice",
        ],
    );
    ok(
        s,
        &["map", "reject", "shop/web->external:203.0.113.9/32:tcp/443"],
    );
    ok(s, &["map", "approve", "--all", "--by", "bob"]);
    let json: serde_json::Value = serde_json::from_str(&ok(s, &["map", "show", "--json"])).unwrap();
    assert_eq!(json["policy_version"], 2);
    let statuses: Vec<&str> = json["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses.iter().filter(|s| **s == "approved").count(), 2);
    assert_eq!(statuses.iter().filter(|s| **s == "rejected").count(), 1);

    ok(
        s,
        &[
            "mode",
            "set",
            "enforce",
            "--workload",
            "shop/db",
            "--by",
            "carol",
        ],
    );
    assert!(ok(s, &["mode", "show"]).contains("shop/db: enforce"));
    let history = ok(s, &["map", "history"]);
    for who in ["alice", "bob", "carol"] {
        assert!(history.contains(who), "{history}");
    }
    ok(s, &["map", "rollback", "1"]);
    let json: serde_json::Value = serde_json::from_str(&ok(s, &["map", "show", "--json"])).unwrap();
    assert_eq!(json["policy_version"], 4);
    assert!(ok(s, &["events"]).contains("VERDICT"));

    // Export needs an inventory: from the state directory or --inventory.
    assert!(err(s, &["export", "networkpolicy"]).contains("no inventory"));
    let inv = dir.path().join("inv.yaml");
    std::fs::write(
        &inv,
        "workloads:\n- {namespace: shop, name: web, labels: {app: web}, addresses: [10.0.0.1]}\n- {namespace: shop, name: api, labels: {app: api}, addresses: [10.0.0.2]}\n",
    )
    .unwrap();
    let out = dir.path().join("np.yaml");
    ok(
        s,
        &[
            "export",
            "networkpolicy",
            "--inventory",
            inv.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    let yaml = std::fs::read_to_string(out).unwrap();
    assert_eq!(yaml.matches("kind: NetworkPolicy").count(), 2, "{yaml}");
}

#[test]
fn bad_input_is_a_clear_error_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path();
    seed(s);
    ok(s, &["map", "approve", "shop/web->shop/api:tcp/8080"]);
    let before = std::fs::read(s.join("policy.json")).unwrap();

    let e = err(s, &["map", "approve", "shop/web->shop/api:tcp/99999"]);
    assert!(e.contains("port is not 1-65535"), "{e}");
    let e = err(s, &["map", "approve", "web->api"]);
    assert!(e.contains("invalid"), "{e}");
    let e = err(s, &["map", "rollback", "42"]);
    assert!(e.contains("does not exist"), "{e}");
    let e = err(
        s,
        &["mode", "set", "enforce", "--workload", "Not A Workload"],
    );
    assert!(e.contains("invalid workload"), "{e}");
    let e = err(s, &["map", "reject", "a/b->c/d:tcp/1"]);
    assert!(e.contains("neither"), "{e}");
    assert_eq!(std::fs::read(s.join("policy.json")).unwrap(), before);

    // A half-written policy (as a crash of a non-atomic writer would leave)
    // is reported with its path and kept for inspection.
    std::fs::write(s.join("policy.json"), &before[..before.len() / 2]).unwrap();
    let e = err(s, &["map", "show"]);
    assert!(
        e.contains("policy.json") && e.contains("left untouched"),
        "{e}"
    );
    let e = err(s, &["map", "approve", "--all"]);
    assert!(e.contains("policy.json"), "{e}");
    assert_eq!(
        std::fs::read(s.join("policy.json")).unwrap(),
        &before[..before.len() / 2]
    );

    // The agent refuses to start on a damaged policy (before touching the
    // kernel, so whatever policy is loaded stays in force).
    let good_inv = dir.path().join("good.yaml");
    std::fs::write(&good_inv, "workloads: []\n").unwrap();
    let e = err(s, &["agent", "--inventory", good_inv.to_str().unwrap()]);
    assert!(e.contains("policy.json"), "{e}");

    // A malformed inventory stops the agent before it touches anything.
    let inv = dir.path().join("bad.yaml");
    std::fs::write(
        &inv,
        "workloads:\n  - namespace: shop\n    name: web\n    adresses: [10.0.0.1]\n",
    )
    .unwrap();
    let fresh = tempfile::tempdir().unwrap();
    let e = err(
        fresh.path(),
        &["agent", "--inventory", inv.to_str().unwrap()],
    );
    assert!(
        e.contains("unknown field `adresses`") && e.contains("bad.yaml"),
        "{e}"
    );
}

#[test]
fn help_names_every_command() {
    let out = Command::new(BIN).arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for c in [
        "agent",
        "map",
        "mode",
        "events",
        "export",
        "uninstall",
        "--state",
    ] {
        assert!(help.contains(c), "{c} missing from --help:\n{help}");
    }
    let out = Command::new(BIN).args(["map", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for c in ["show", "diff", "approve", "reject", "history", "rollback"] {
        assert!(help.contains(c), "{c} missing from map --help:\n{help}");
    }
}
