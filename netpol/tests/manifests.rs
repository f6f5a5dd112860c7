#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! manifests/: the rules copy is current, the webhook configurations load,
//! and `manifests/validate.sh` (kubectl kustomize + kubernetes-validate +
//! Palisade's checks + the dashboard's metric names) passes — and fails on a
//! broken manifest. The validation skips with a message when kubectl or
//! kubernetes-validate is missing (CI installs both: .ci/run).

use std::path::{Path, PathBuf};
use std::process::Command;

use netpol::webhook::WebhookConfig;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn toml_files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    v.sort();
    v
}

#[test]
fn base_rules_are_a_current_copy_of_rulesets_rules() {
    let src = repo().join("rulesets/rules");
    let dst = repo().join("manifests/base/rules");
    let (a, b) = (toml_files(&src), toml_files(&dst));
    assert!(!a.is_empty());
    assert_eq!(
        a, b,
        "manifests/base/rules differs from rulesets/rules: run manifests/scripts/update-base-rules.sh"
    );
    for f in &a {
        assert!(
            std::fs::read(src.join(f)).unwrap() == std::fs::read(dst.join(f)).unwrap(),
            "manifests/base/rules/{f} is stale: run manifests/scripts/update-base-rules.sh"
        );
    }
    // The generator lists exactly these files.
    let k = std::fs::read_to_string(repo().join("manifests/base/kustomization.yaml")).unwrap();
    for f in &a {
        assert!(
            k.contains(&format!("- rules/{f}\n")),
            "kustomization.yaml does not list rules/{f}: run manifests/scripts/update-base-rules.sh"
        );
    }
    assert_eq!(k.matches("- rules/").count(), a.len());
}

#[test]
fn webhook_configurations_in_manifests_load() {
    for p in [
        "manifests/base/webhook.yaml",
        "manifests/overlays/example/webhook.yaml",
    ] {
        let cfg = WebhookConfig::load(&repo().join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
        assert_eq!(
            cfg.rules_configmap.as_deref(),
            Some("palisade-rules"),
            "{p}"
        );
        assert!(cfg.excluded_namespaces.contains("palisade-system"), "{p}");
    }
    let ex = WebhookConfig::load(&repo().join("manifests/overlays/example/webhook.yaml")).unwrap();
    assert_eq!(ex.admin_token_secret.unwrap().name, "palisade-proxy-admin");
}

/// Runs validate.sh on `dir`; None when a tool is missing (exit 2).
fn validate(dir: &Path) -> Option<(bool, String)> {
    let out = Command::new("bash")
        .arg(repo().join("manifests/validate.sh"))
        .arg(dir)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.status.code() == Some(2) {
        return None;
    }
    Some((out.status.success(), text))
}

#[test]
fn manifests_build_and_validate() {
    let Some((ok, text)) = validate(&repo().join("manifests")) else {
        eprintln!(
            "SKIP manifests_build_and_validate: kubectl or kubernetes-validate is missing \
             (apt-get install kubernetes-client; pip install kubernetes-validate)"
        );
        return;
    };
    println!("{text}");
    assert!(ok, "manifests/validate.sh failed:\n{text}");
    assert!(text.contains("kustomizations built and valid"), "{text}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dst = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dst);
        } else {
            std::fs::copy(e.path(), dst).unwrap();
        }
    }
}

#[test]
fn validation_fails_on_broken_manifests() {
    // Each breakage alone must make validate.sh fail, naming the problem.
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "base/webhook-deployment.yaml",
            "replicas: 2",
            "replicas: \"two\"",
            "spec.replicas",
        ),
        (
            "base/mutating-webhook.yaml",
            "sideEffects: None",
            "sideEffects: Unknown",
            "sideEffects",
        ),
        (
            "base/mutating-webhook.yaml",
            "values: [palisade-system, ",
            "values: [",
            "exclude palisade-system",
        ),
        (
            "base/grafana/palisade-dashboard.json",
            "palisade_rules_reloads_total",
            "palisade_rule_reloads_total",
            "palisade_rule_reloads_total",
        ),
        (
            "base/agent-daemonset.yaml",
            "hostNetwork: true",
            "hostNetwork: false",
            "hostNetwork",
        ),
    ];
    for (file, from, to, expect) in cases {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("manifests"), dir.path());
        let p = dir.path().join(file);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{file} has no {from:?}");
        std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
        let Some((ok, out)) = validate(dir.path()) else {
            eprintln!("SKIP validation_fails_on_broken_manifests: kubectl or kubernetes-validate is missing");
            return;
        };
        assert!(!ok, "{file}: {from:?} -> {to:?} passed validation:\n{out}");
        assert!(
            out.contains(expect),
            "{file}: expected {expect:?} in:\n{out}"
        );
    }
}

/// Kills the child on drop (also when an assertion fails).
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A stand-in for the API server: HTTPS on loopback, `GET /api/v1/pods`
/// answered with `body` when the bearer token is right, 401 otherwise.
const FAKE_API: &str = r#"
import http.server, ssl, sys
cert, key, token, body = sys.argv[1:5]
data = open(body, "rb").read()
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        ok = self.path == "/api/v1/pods?resourceVersion=0" and \
            self.headers.get("Authorization") == "Bearer " + token
        self.send_response(200 if ok else 401)
        self.send_header("Content-Type", "application/json")
        out = data if ok else b'{"kind":"Status","code":401}'
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)
    def log_message(self, *a):
        pass
srv = http.server.HTTPServer(("127.0.0.1", 0), H)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(cert, key)
srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
print(srv.server_address[1], flush=True)
srv.serve_forever()
"#;

/// manifests/image/palisade-inventory (the agent's inventory step) against a
/// fake API server over HTTPS: the pod list it writes is what the agent's
/// inventory parser reads; a refused token leaves no file and a log line.
#[test]
fn inventory_script_writes_what_the_agent_reads() {
    for tool in ["curl", "python3"] {
        if Command::new(tool).arg("--version").output().is_err() {
            eprintln!("SKIP inventory_script_writes_what_the_agent_reads: {tool} is not installed");
            return;
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let ck = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    std::fs::create_dir(d.join("sa")).unwrap();
    std::fs::write(d.join("sa/ca.crt"), ck.cert.pem()).unwrap();
    std::fs::write(d.join("sa/token"), "s3cret-token\n").unwrap();
    std::fs::write(d.join("server.crt"), ck.cert.pem()).unwrap();
    std::fs::write(d.join("server.key"), ck.signing_key.serialize_pem()).unwrap();
    // As the API server returns it: kind PodList, items without kind/apiVersion.
    let list = serde_json::json!({
        "kind": "PodList", "apiVersion": "v1", "metadata": {"resourceVersion": "12345"},
        "items": [
            {"metadata": {"name": "web-6b7f9c5d4-x2x9k", "namespace": "shop",
                "labels": {"app": "web", "pod-template-hash": "6b7f9c5d4"},
                "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet",
                    "name": "web-6b7f9c5d4", "uid": "u1", "controller": true}]},
             "spec": {"containers": [{"name": "web", "image": "nginx"}]},
             "status": {"phase": "Running", "podIP": "10.244.1.7", "podIPs": [{"ip": "10.244.1.7"}]}},
            {"metadata": {"name": "db-0", "namespace": "shop", "labels": {"app": "db"},
                "ownerReferences": [{"apiVersion": "apps/v1", "kind": "StatefulSet",
                    "name": "db", "uid": "u2", "controller": true}]},
             "spec": {"containers": [{"name": "db", "image": "postgres"}]},
             "status": {"phase": "Running", "podIP": "10.244.2.9"}}
        ]
    });
    std::fs::write(d.join("pods.json"), serde_json::to_vec(&list).unwrap()).unwrap();
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(FAKE_API)
        .arg(d.join("server.crt"))
        .arg(d.join("server.key"))
        .arg("s3cret-token")
        .arg(d.join("pods.json"))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let _guard = Child(child);
    let mut port = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut port).unwrap();
    let port = port.trim().to_owned();
    assert!(
        port.parse::<u16>().is_ok(),
        "fake API server did not start: {port:?}"
    );

    let script = repo().join("manifests/image/palisade-inventory");
    let run = |tries: &str| {
        Command::new("sh")
            .arg(&script)
            .arg("--once")
            .env("KUBERNETES_SERVICE_HOST", "127.0.0.1")
            .env("KUBERNETES_SERVICE_PORT", &port)
            .env("SA_DIR", d.join("sa"))
            .env("INVENTORY_FILE", d.join("inventory.json"))
            .env("INVENTORY_TRIES", tries)
            .output()
            .unwrap()
    };
    let out = run("5");
    assert!(
        out.status.success(),
        "palisade-inventory --once failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let inv = netpol::inventory::Inventory::load(&d.join("inventory.json")).unwrap();
    let names: Vec<String> = inv.workloads.iter().map(|w| w.id.to_string()).collect();
    assert_eq!(names, ["shop/db", "shop/web"], "{names:?}");

    // A token the API server refuses: no new file, the old one is kept, a JSON log line says why.
    std::fs::write(d.join("sa/token"), "wrong\n").unwrap();
    std::fs::write(d.join("pods.json"), b"{}").unwrap();
    let before = std::fs::read(d.join("inventory.json")).unwrap();
    let out = run("1");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let first: serde_json::Value = serde_json::from_str(err.lines().next().unwrap()).unwrap();
    assert!(
        first["fields"]["message"]
            .as_str()
            .unwrap()
            .contains("fetching pods failed"),
        "{err}"
    );
    assert_eq!(std::fs::read(d.join("inventory.json")).unwrap(), before);
    assert!(!d.join("inventory.json.tmp").exists());
}
