#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! `export networkpolicy` output checked against the real Kubernetes OpenAPI schema with
//! `kubernetes-validate --strict` (pip; skipped with a message when it is not installed),
//! beside the crate's own structural check.

mod kube_validate;

use std::path::Path;

use kube_validate::{validate, validator};
use netpol::export::network_policies;
use netpol::inventory::Inventory;
use netpol::store::Policy;

#[test]
fn exported_network_policies_are_valid_against_the_kubernetes_schema() {
    if validator().is_none() {
        eprintln!(
            "SKIP exported_network_policies_are_valid_against_the_kubernetes_schema: \
             kubernetes-validate is not installed (pip install kubernetes-validate)"
        );
        return;
    }
    let inv = Inventory::parse(
        r#"
workloads:
  - {namespace: shop, name: web, labels: {app: web, tier: front}, addresses: [10.0.0.1, "fd00::1"]}
  - {namespace: shop, name: api, labels: {app: api}, addresses: [10.0.0.2]}
  - {namespace: billing, name: ledger, labels: {app: ledger}, addresses: [10.0.1.7]}
  - {namespace: shop, name: nolabels, addresses: [10.0.0.3]}
  - {namespace: kube-system, name: coredns, labels: {k8s-app: kube-dns}, addresses: [10.0.0.53]}
dns: {workloads: [kube-system/coredns]}
"#,
        Path::new("inventory.yaml"),
    )
    .unwrap();
    let mut policy = Policy::initial();
    policy.version = 3;
    policy.edges = [
        "shop/web->shop/api:tcp/8080",
        "shop/web->shop/api:tcp/9090",
        "shop/api->billing/ledger:tcp/5432",
        "shop/api->billing/ledger:udp/5353",
        "external:203.0.113.0/24->shop/web:tcp/443",
        "shop/api->external:198.51.100.7/32:tcp/443",
        "shop/nolabels->shop/api:tcp/1",
    ]
    .iter()
    .map(|e| e.parse().unwrap())
    .collect();
    let export = network_policies(&policy, &inv);
    assert!(export.policies.len() >= 3, "{:?}", export.policies);
    for np in &export.policies {
        netpol::export::validate(np).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("policies.yaml");
    std::fs::write(&file, export.to_yaml().unwrap()).unwrap();
    let (ok, text) = validate(&[&file]);
    assert!(ok, "kubernetes-validate rejected the export:\n{text}");

    // The check can fail: a misspelt field is refused in strict mode.
    let broken = export
        .to_yaml()
        .unwrap()
        .replacen("ingress:", "ingresss:", 1);
    assert_ne!(
        broken,
        export.to_yaml().unwrap(),
        "the export has no ingress rule"
    );
    let bad = dir.path().join("broken.yaml");
    std::fs::write(&bad, broken).unwrap();
    let (ok, text) = validate(&[&bad]);
    assert!(!ok, "kubernetes-validate accepted a broken policy:\n{text}");
}
