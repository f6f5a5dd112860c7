//! `kubernetes-validate` (pip), shared by the tests that check objects against the
//! Kubernetes OpenAPI schemas (webhook patches, exported NetworkPolicies).

use std::path::Path;
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

/// Runs `kubernetes-validate --strict` against [`K8S_SCHEMA_VERSION`] on `files` (the caller has
/// checked that [`validator`] is there): (every file accepted, its output).
pub fn validate<P: AsRef<Path>>(files: &[P]) -> (bool, String) {
    let out = validator()
        .expect("kubernetes-validate is installed")
        .args(["--strict", "-k", K8S_SCHEMA_VERSION])
        .args(files.iter().map(AsRef::as_ref))
        .output()
        .expect("kubernetes-validate runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}
