//! `kubernetes-validate` (pip), shared by the tests that check objects against the
//! Kubernetes OpenAPI schemas (webhook patches, exported NetworkPolicies).

use std::process::Command;

/// Kubernetes version whose schemas the pods and manifests are checked against.
pub const K8S_SCHEMA_VERSION: &str = "1.30.0";

/// `kubernetes-validate` (pip), when installed: the command to run it.
pub fn validator() -> Option<Command> {
    let ok = |mut c: Command| -> Option<Command> {
        let out = c.arg("--version").output().ok()?;
        out.status.success().then_some(())?;
        Some(c)
    };
    if ok(Command::new("kubernetes-validate")).is_some() {
        return Some(Command::new("kubernetes-validate"));
    }
    let mut py = Command::new("python3");
    py.args(["-m", "kubernetes_validate"]);
    if ok(py).is_some() {
        let mut py = Command::new("python3");
        py.args(["-m", "kubernetes_validate"]);
        return Some(py);
    }
    None
}
