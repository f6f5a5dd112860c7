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
