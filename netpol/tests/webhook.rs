#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
//! The admission webhook: AdmissionReview documents as the API server sends
//! them (tests/data/admission/*.json) → the answer → the patch applied with
//! `json-patch` → the resulting pod validated against the Kubernetes OpenAPI
//! schema (`kubernetes-validate`, skipped with a message when missing); and
//! the real binary over HTTPS on loopback with a self-signed certificate.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod kube_validate;

use base64::Engine as _;
use kube_validate::{validate, validator};
use netpol::webhook::{decide, review, Decision, SidecarKind, WebhookConfig};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject as _;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/admission")
        .join(name)
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(data(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    /// A patch; the proxy is a native sidecar (`initContainers`, `restartPolicy: Always`).
    Native,
    /// A patch; the proxy is the last of `containers`.
    Container,
    Skip,
    /// Refused; the message names this annotation.
    Deny(&'static str),
    BadRequest,
}

use Expect::{BadRequest, Container, Deny, Native, Skip};
const PARANOIA: &str = "palisade.io/paranoia";
const SIDECAR_KIND: &str = "palisade.io/sidecar-kind";
const HOSTS: &str = "palisade.io/hosts";

/// Every fixture and what the webhook must answer with `sidecar: native` (the
/// default) and with `sidecar: container`.
const TABLE: &[(&str, Expect, Expect)] = &[
    ("deployment-pod.json", Native, Container),
    ("init-containers-pod.json", Native, Container),
    ("annotation-overrides-pod.json", Native, Container),
    ("bare-pod.json", Native, Container),
    // Jobs (restartPolicy Never), without and with init containers of their own
    // (a plain one and a native sidecar): only the native shape lets them complete.
    ("job-pod.json", Native, Skip),
    ("job-init-containers-pod.json", Native, Skip),
    // palisade.io/sidecar-kind overrides the config both ways.
    ("job-native-annotation-pod.json", Native, Native),
    ("container-annotation-pod.json", Container, Container),
    ("host-network-pod.json", Skip, Skip),
    ("opted-out-pod.json", Skip, Skip),
    ("already-injected-pod.json", Skip, Skip),
    ("natively-injected-pod.json", Skip, Skip),
    ("kube-system-pod.json", Skip, Skip),
    ("update-pod.json", Skip, Skip),
    (
        "invalid-annotation-pod.json",
        Deny(PARANOIA),
        Deny(PARANOIA),
    ),
    ("invalid-hosts-pod.json", Deny(HOSTS), Deny(HOSTS)),
    (
        "invalid-sidecar-kind-pod.json",
        Deny(SIDECAR_KIND),
        Deny(SIDECAR_KIND),
    ),
    ("malformed-truncated.json", BadRequest, BadRequest),
    ("malformed-no-request.json", BadRequest, BadRequest),
    ("malformed-v1beta1.json", BadRequest, BadRequest),
    ("malformed-wrong-types.json", BadRequest, BadRequest),
];

const KINDS: [SidecarKind; 2] = [SidecarKind::Native, SidecarKind::Container];

fn config(kind: SidecarKind) -> WebhookConfig {
    WebhookConfig {
        sidecar: kind,
        ..WebhookConfig::default()
    }
}

/// The table's rows for one configuration: (fixture, expected answer).
fn rows(kind: SidecarKind) -> impl Iterator<Item = (&'static str, Expect)> {
    TABLE
        .iter()
        .map(move |(name, native, container)| match kind {
            SidecarKind::Native => (*name, *native),
            SidecarKind::Container => (*name, *container),
        })
}

fn is_patch(e: Expect) -> bool {
    matches!(e, Expect::Native | Expect::Container)
}

fn answer_with(cfg: &WebhookConfig, name: &str) -> Result<Value, String> {
    review(cfg, &fixture(name))
        .map(|r| r.response)
        .map_err(|e| e.to_string())
}

fn answer(name: &str) -> Result<Value, String> {
    answer_with(&WebhookConfig::default(), name)
}

/// The pod after applying the response's patch (None when there is no patch).
fn patched(request: &Value, response: &Value) -> Option<Value> {
    let patch = response["response"]["patch"].as_str()?;
    assert_eq!(response["response"]["patchType"], "JSONPatch");
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(patch)
        .unwrap();
    let ops: json_patch::Patch = serde_json::from_slice(&bytes).unwrap();
    let mut pod = request["request"]["object"].clone();
    json_patch::patch(&mut pod, &ops).unwrap_or_else(|e| panic!("patch does not apply: {e}"));
    Some(pod)
}

#[test]
fn every_fixture_gets_the_expected_answer_and_its_uid_back() {
    for kind in KINDS {
        let cfg = config(kind);
        for (name, expect) in rows(kind) {
            let got = answer_with(&cfg, name);
            let req = fixture(name);
            let name = &format!("{name} (sidecar: {})", kind.as_str());
            if expect == Expect::BadRequest {
                let e = got.expect_err(name);
                assert!(!e.is_empty(), "{name}: empty error");
                continue;
            }
            let doc = got.unwrap_or_else(|e| panic!("{name}: {e}"));
            let req: Value = serde_json::from_slice(&req).unwrap();
            assert_eq!(doc["apiVersion"], "admission.k8s.io/v1", "{name}");
            assert_eq!(doc["kind"], "AdmissionReview", "{name}");
            assert_eq!(doc["response"]["uid"], req["request"]["uid"], "{name}: uid");
            let r = &doc["response"];
            match expect {
                Expect::Native | Expect::Container => {
                    assert_eq!(r["allowed"], true, "{name}");
                    assert!(r["patch"].is_string(), "{name}: no patch: {r}");
                }
                Expect::Skip => {
                    assert_eq!(r["allowed"], true, "{name}");
                    assert!(r.get("patch").is_none(), "{name}: unexpected patch");
                }
                Expect::Deny(annotation) => {
                    assert_eq!(r["allowed"], false, "{name}");
                    assert_eq!(r["status"]["code"], 400, "{name}");
                    assert!(
                        r["status"]["message"]
                            .as_str()
                            .unwrap()
                            .contains(annotation),
                        "{name}: {r}"
                    );
                }
                Expect::BadRequest => unreachable!(),
            }
        }
    }
}

fn containers<'a>(pod: &'a Value, key: &str) -> Vec<&'a Value> {
    pod["spec"][key]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

fn find<'a>(list: &[&'a Value], name: &str) -> &'a Value {
    list.iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no container {name}"))
}

/// The injected proxy, in either shape.
fn proxy_of(pod: &Value) -> &Value {
    containers(pod, "containers")
        .into_iter()
        .chain(containers(pod, "initContainers"))
        .find(|c| c["name"] == "palisade-proxy")
        .unwrap_or_else(|| panic!("no palisade-proxy in {pod}"))
}

fn args(c: &Value) -> Vec<String> {
    c["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_owned())
        .collect()
}

fn caps_added(c: &Value) -> Vec<String> {
    c["securityContext"]["capabilities"]["add"]
        .as_array()
        .map(|a| a.iter().map(|x| x.as_str().unwrap().to_owned()).collect())
        .unwrap_or_default()
}

/// Properties every injected pod must have, whatever it looked like before;
/// `shape` is where the proxy must be (`Expect::Native` or `Expect::Container`).
fn check_injected(name: &str, before: &Value, after: &Value, shape: Expect) {
    let cs = containers(after, "containers");
    let inits = containers(after, "initContainers");
    let init = find(&inits, "palisade-init");
    // The application's containers and init containers are untouched and still first.
    let before_cs = containers(before, "containers");
    for (i, c) in before_cs.iter().enumerate() {
        assert_eq!(cs[i], *c, "{name}: container {i} changed");
    }
    let before_inits = containers(before, "initContainers");
    for (i, c) in before_inits.iter().enumerate() {
        assert_eq!(inits[i], *c, "{name}: init container {i} changed");
    }
    // Then palisade-init; then, native, the proxy right after it (the redirect is
    // programmed before the proxy starts, the proxy listens before the application).
    assert_eq!(inits[before_inits.len()]["name"], "palisade-init", "{name}");
    let proxy = match shape {
        Expect::Native => {
            assert_eq!(inits.len(), before_inits.len() + 2, "{name}");
            assert_eq!(cs.len(), before_cs.len(), "{name}: a container was added");
            let proxy = inits[before_inits.len() + 1];
            assert_eq!(proxy["name"], "palisade-proxy", "{name}");
            assert_eq!(proxy["restartPolicy"], "Always", "{name}");
            let sp = &proxy["startupProbe"];
            assert_eq!(sp["httpGet"]["path"], "/readyz", "{name}");
            assert_eq!(sp["httpGet"]["port"], 15020, "{name}");
            assert!(
                sp["failureThreshold"].as_u64().unwrap() >= 30,
                "{name}: {sp}"
            );
            proxy
        }
        Expect::Container => {
            assert_eq!(inits.len(), before_inits.len() + 1, "{name}");
            assert_eq!(cs.len(), before_cs.len() + 1, "{name}");
            let proxy = cs[before_cs.len()];
            assert_eq!(proxy["name"], "palisade-proxy", "{name}");
            assert!(proxy.get("restartPolicy").is_none(), "{name}");
            assert!(proxy.get("startupProbe").is_none(), "{name}");
            proxy
        }
        other => panic!("{name}: {other:?} is not a shape"),
    };
    // Only the init container has NET_ADMIN; it runs as root with nothing else.
    for c in cs.iter().chain(inits.iter()) {
        let caps = caps_added(c);
        if c["name"] == "palisade-init" {
            assert_eq!(caps, ["NET_ADMIN"], "{name}");
        } else {
            assert!(caps.is_empty(), "{name}: {} adds {caps:?}", c["name"]);
        }
    }
    let isc = &init["securityContext"];
    assert_eq!(isc["runAsUser"], 0);
    assert_eq!(isc["allowPrivilegeEscalation"], false);
    assert_eq!(isc["privileged"], false);
    assert_eq!(isc["capabilities"]["drop"], json!(["ALL"]));
    assert!(init.get("restartPolicy").is_none(), "{name}");
    assert_eq!(
        args(init).first().map(String::as_str),
        Some("init-redirect")
    );
    // The proxy: non-root, read-only root, no privilege escalation, resources, readiness.
    let psc = &proxy["securityContext"];
    assert_eq!(psc["runAsUser"], 1337);
    assert_eq!(psc["runAsNonRoot"], true);
    assert_eq!(psc["readOnlyRootFilesystem"], true);
    assert_eq!(psc["allowPrivilegeEscalation"], false);
    assert_eq!(psc["capabilities"]["drop"], json!(["ALL"]));
    assert!(proxy["resources"]["requests"]["memory"].is_string());
    assert!(proxy["resources"]["limits"]["memory"].is_string());
    assert_eq!(proxy["readinessProbe"]["httpGet"]["path"], "/readyz");
    assert_eq!(proxy["readinessProbe"]["httpGet"]["port"], 15020);
    assert_eq!(proxy["livenessProbe"]["httpGet"]["path"], "/healthz");
    let env: Vec<&str> = proxy["env"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    for want in [
        "POD_NAME",
        "POD_NAMESPACE",
        "POD_IP",
        "POD_IPS",
        "NODE_NAME",
        "SERVICE_ACCOUNT",
        "PALISADE_WORKLOAD",
        "PALISADE_ADMIN_TOKEN",
    ] {
        assert!(env.contains(&want), "{name}: env {want} missing: {env:?}");
    }
    let pa = args(proxy);
    assert!(
        pa.contains(&"--rules=/etc/palisade/rules".to_owned()),
        "{pa:?}"
    );
    let mounts = proxy["volumeMounts"].as_array().unwrap();
    assert!(mounts
        .iter()
        .any(|m| m["name"] == "palisade-rules" && m["readOnly"] == true));
    let vols = after["spec"]["volumes"].as_array().unwrap();
    assert!(vols
        .iter()
        .any(|v| v["name"] == "palisade-rules" && v["configMap"]["name"] == "palisade-rules"));
    for v in before["spec"]["volumes"].as_array().into_iter().flatten() {
        assert!(vols.contains(v), "{name}: volume lost");
    }
    // Status annotation; annotations that were there are kept.
    let ann = after["metadata"]["annotations"].as_object().unwrap();
    assert_eq!(ann["palisade.io/status"], "injected");
    assert_eq!(
        after["metadata"]["labels"]["palisade.io/sidecar"],
        "injected"
    );
    for (k, v) in before["metadata"]["labels"]
        .as_object()
        .into_iter()
        .flatten()
    {
        assert_eq!(
            &after["metadata"]["labels"][k], v,
            "{name}: label {k} changed"
        );
    }
    assert!(ann["palisade.io/injector"]
        .as_str()
        .unwrap()
        .starts_with("palisade-netpol/"));
    for (k, v) in before["metadata"]["annotations"]
        .as_object()
        .into_iter()
        .flatten()
    {
        assert_eq!(ann.get(k), Some(v), "{name}: annotation {k} changed");
    }
}

#[test]
fn patches_apply_and_inject_what_they_should() {
    for kind in KINDS {
        let cfg = config(kind);
        for (name, expect) in rows(kind).filter(|(_, e)| is_patch(*e)) {
            let req: Value = serde_json::from_slice(&fixture(name)).unwrap();
            let resp = answer_with(&cfg, name).unwrap();
            let pod = patched(&req, &resp).unwrap();
            let label = format!("{name} (sidecar: {})", kind.as_str());
            check_injected(&label, &req["request"]["object"], &pod, expect);
        }
    }
}

fn injected_with(cfg: &WebhookConfig, name: &str) -> Value {
    let req: Value = serde_json::from_slice(&fixture(name)).unwrap();
    patched(&req, &answer_with(cfg, name).unwrap()).unwrap()
}

fn injected(name: &str) -> Value {
    injected_with(&WebhookConfig::default(), name)
}

#[test]
fn ports_follow_declarations_probes_and_annotations() {
    // Plain deployment: one port (8080, named http), probed by name → it is
    // the application port; the probe goes through the proxy (warned).
    let pod = injected("deployment-pod.json");
    let init = find(&containers(&pod, "initContainers"), "palisade-init").clone();
    let a = args(&init);
    assert!(a.contains(&"--app-port=8080".to_owned()), "{a:?}");
    assert!(a.contains(&"--proxy-port=15006".to_owned()), "{a:?}");
    assert!(a.contains(&"--proxy-uid=1337".to_owned()), "{a:?}");
    assert!(!a.contains(&"--exclude-port=8080".to_owned()), "{a:?}");
    let resp = answer("deployment-pod.json").unwrap();
    assert!(
        resp["response"]["warnings"]
            .to_string()
            .contains("probes on port 8080"),
        "{resp}"
    );
    let proxy = proxy_of(&pod).clone();
    let pa = args(&proxy);
    assert!(
        pa.contains(&"--upstream=127.0.0.1:8080".to_owned()),
        "{pa:?}"
    );
    assert!(pa.contains(&"--mode=block".to_owned()), "{pa:?}");
    assert!(pa.contains(&"--paranoia=1".to_owned()), "{pa:?}");
    let workload = proxy["env"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "PALISADE_WORKLOAD")
        .unwrap()["value"]
        .clone();
    assert_eq!(workload, "web");

    // Management port used only by probes (by name and by number) is excluded;
    // the existing init container runs first, ours after it.
    let pod = injected("init-containers-pod.json");
    let inits = containers(&pod, "initContainers");
    assert_eq!(inits[0]["name"], "migrate");
    assert_eq!(inits[1]["name"], "palisade-init");
    assert_eq!(inits[2]["name"], "palisade-proxy");
    let a = args(inits[1]);
    assert!(a.contains(&"--app-port=9000".to_owned()), "{a:?}");
    assert!(a.contains(&"--exclude-port=9001".to_owned()), "{a:?}");
    assert!(a.contains(&"--exclude-port=15020".to_owned()), "{a:?}");

    // Overrides: mode, paranoia, app port, excluded ports; the probe port
    // (8080) is excluded too; the annotation with `~` in its key is kept and
    // the default-container annotation the user set is not overwritten.
    let pod = injected("annotation-overrides-pod.json");
    let a = args(find(&containers(&pod, "initContainers"), "palisade-init"));
    for want in [
        "--app-port=8443",
        "--exclude-port=8080",
        "--exclude-port=9090",
        "--exclude-port=9091",
    ] {
        assert!(a.contains(&want.to_owned()), "{want} not in {a:?}");
    }
    let pa = args(proxy_of(&pod));
    for want in [
        "--mode=detect",
        "--paranoia=3",
        "--upstream=127.0.0.1:8443",
        "--hosts=shop.example.com,*.shop.example.com",
    ] {
        assert!(pa.contains(&want.to_owned()), "{want} not in {pa:?}");
    }
    let ann = &pod["metadata"]["annotations"];
    assert_eq!(ann["example.com/a~b"], "kept");
    assert_eq!(ann["kubectl.kubernetes.io/default-container"], "web");
}

fn ops_with(cfg: &WebhookConfig, name: &str) -> Vec<Value> {
    let resp = answer_with(cfg, name).unwrap();
    let b = base64::engine::general_purpose::STANDARD
        .decode(resp["response"]["patch"].as_str().unwrap())
        .unwrap();
    serde_json::from_slice(&b).unwrap()
}

fn paths(ops: &[Value]) -> Vec<String> {
    ops.iter()
        .map(|o| o["path"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn missing_arrays_are_added_and_existing_ones_appended() {
    for kind in KINDS {
        let cfg = config(kind);
        // No initContainers, no annotations: whole arrays / maps are added.
        let p = paths(&ops_with(&cfg, "deployment-pod.json"));
        assert!(p.contains(&"/spec/initContainers".to_owned()), "{p:?}");
        assert!(p.contains(&"/metadata/annotations".to_owned()), "{p:?}");
        assert!(p.contains(&"/spec/volumes/-".to_owned()), "{p:?}");
        // initContainers present, no volumes: append to one, add the other.
        let p = paths(&ops_with(&cfg, "init-containers-pod.json"));
        assert!(p.contains(&"/spec/initContainers/-".to_owned()), "{p:?}");
        assert!(p.contains(&"/spec/volumes".to_owned()), "{p:?}");
        // Annotations present: one key at a time, '/' escaped as ~1.
        let p = paths(&ops_with(&cfg, "annotation-overrides-pod.json"));
        assert!(
            p.contains(&"/metadata/annotations/palisade.io~1status".to_owned()),
            "{p:?}"
        );
        assert!(!p.contains(&"/metadata/annotations".to_owned()), "{p:?}");
    }
}

/// `sidecar: container` writes exactly the patch it wrote before native
/// sidecars existed: the same operations in the same order.
#[test]
fn container_shape_patch_is_unchanged() {
    let cfg = config(SidecarKind::Container);
    let label = "/metadata/labels/palisade.io~1sidecar";
    assert_eq!(
        paths(&ops_with(&cfg, "deployment-pod.json")),
        [
            "/metadata/annotations",
            label,
            "/spec/initContainers",
            "/spec/containers/-",
            "/spec/volumes/-",
            "/spec/volumes/-",
        ]
    );
    assert_eq!(
        paths(&ops_with(&cfg, "init-containers-pod.json")),
        [
            "/metadata/annotations",
            label,
            "/spec/initContainers/-",
            "/spec/containers/-",
            "/spec/volumes",
        ]
    );
    let ops = ops_with(&cfg, "deployment-pod.json");
    assert_eq!(ops[2]["value"].as_array().unwrap().len(), 1);
    assert_eq!(ops[2]["value"][0]["name"], "palisade-init");
    assert_eq!(ops[3]["value"]["name"], "palisade-proxy");
    // Batch pods are still skipped, with the warning that says why.
    let r = answer_with(&cfg, "job-pod.json").unwrap();
    let w = r["response"]["warnings"].to_string();
    assert!(w.contains("restartPolicy Never (a batch pod)"), "{w}");
    assert!(w.contains("palisade.io/sidecar-kind: native"), "{w}");
}

/// The native proxy is the container-mode proxy plus `restartPolicy: Always`
/// and a startup probe: same image, command, args, ports, env, resources,
/// probes, security context and mounts.
#[test]
fn native_proxy_is_the_container_proxy_plus_restart_policy_and_startup_probe() {
    let token = |c: &mut Value| {
        for e in c["env"].as_array_mut().unwrap() {
            if e["name"] == "PALISADE_ADMIN_TOKEN" {
                assert_eq!(e["value"].as_str().unwrap().len(), 48);
                e["value"] = json!("random");
            }
        }
    };
    for name in ["deployment-pod.json", "annotation-overrides-pod.json"] {
        let mut native = proxy_of(&injected_with(&config(SidecarKind::Native), name)).clone();
        let mut container = proxy_of(&injected_with(&config(SidecarKind::Container), name)).clone();
        token(&mut native);
        token(&mut container);
        let m = native.as_object_mut().unwrap();
        assert_eq!(m.remove("restartPolicy"), Some(json!("Always")));
        assert!(m.remove("startupProbe").is_some());
        assert_eq!(native, container, "{name}");
    }
}

#[test]
fn jobs_get_a_native_sidecar_after_their_own_init_containers() {
    // No init containers: one `add` of the whole array, redirect first.
    let ops = ops_with(&WebhookConfig::default(), "job-pod.json");
    let add: Vec<&Value> = ops
        .iter()
        .filter(|o| o["path"] == "/spec/initContainers")
        .collect();
    assert_eq!(add.len(), 1, "{ops:?}");
    let names: Vec<&Value> = add[0]["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["name"])
        .collect();
    assert_eq!(names, ["palisade-init", "palisade-proxy"]);
    assert!(!paths(&ops).contains(&"/spec/containers/-".to_owned()));
    let pod = injected("job-pod.json");
    assert_eq!(pod["spec"]["restartPolicy"], "Never");
    assert_eq!(containers(&pod, "containers").len(), 1);
    let env = proxy_of(&pod)["env"].as_array().unwrap().clone();
    let workload = env
        .iter()
        .find(|e| e["name"] == "PALISADE_WORKLOAD")
        .unwrap();
    assert_eq!(workload["value"], "nightly-report-29401440");

    // Its own init containers (a plain one, then a native sidecar of its own) run
    // first and are untouched; ours are appended one by one, in order.
    let ops = ops_with(&WebhookConfig::default(), "job-init-containers-pod.json");
    let appended: Vec<&Value> = ops
        .iter()
        .filter(|o| o["path"] == "/spec/initContainers/-")
        .map(|o| &o["value"]["name"])
        .collect();
    assert_eq!(appended, ["palisade-init", "palisade-proxy"]);
    let pod = injected("job-init-containers-pod.json");
    let names: Vec<&Value> = containers(&pod, "initContainers")
        .into_iter()
        .map(|c| &c["name"])
        .collect();
    assert_eq!(
        names,
        ["fetch-input", "db-proxy", "palisade-init", "palisade-proxy"]
    );
    // The pod's own native sidecar's port and probe are not the application's.
    let a = args(find(&containers(&pod, "initContainers"), "palisade-init"));
    assert!(a.contains(&"--app-port=8080".to_owned()), "{a:?}");

    // A Job whose pod asks for the container shape is skipped, with a warning,
    // whatever the config says.
    let mut req: Value = serde_json::from_slice(&fixture("job-pod.json")).unwrap();
    req["request"]["object"]["metadata"]["annotations"] =
        json!({"palisade.io/sidecar-kind": "container"});
    let body = serde_json::to_vec(&req).unwrap();
    let r = review(&WebhookConfig::default(), &body).unwrap();
    match r.decision {
        Decision::Skip {
            warning: Some(w), ..
        } => assert!(w.contains("restartPolicy Never"), "{w}"),
        d => panic!("{d:?}"),
    }
    assert!(r.response["response"].get("patch").is_none());
}

#[test]
fn sidecar_config_is_validated() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("webhook.yaml");
    for (text, want) in [
        ("sidecar: native\n", Some(SidecarKind::Native)),
        ("sidecar: container\n", Some(SidecarKind::Container)),
        ("image: x\n", Some(SidecarKind::Native)),
        ("sidecar: sidecar\n", None),
        ("sidecar: Native\n", None),
        ("sidecar: true\n", None),
        ("sidecar: [native]\n", None),
        ("sidecar_kind: native\n", None),
    ] {
        std::fs::write(&p, text).unwrap();
        match (WebhookConfig::load(&p), want) {
            (Ok(c), Some(k)) => assert_eq!(c.sidecar, k, "{text}"),
            (Err(e), None) => {
                let e = e.to_string();
                assert!(e.contains("sidecar"), "{text}: {e}");
            }
            (got, want) => panic!("{text}: {got:?}, expected {want:?}"),
        }
    }
}

#[test]
fn injecting_twice_changes_nothing() {
    for kind in KINDS {
        let cfg = config(kind);
        for (name, _) in rows(kind).filter(|(_, e)| is_patch(*e)) {
            let pod = injected_with(&cfg, name);
            // A webhook with either config recognises either shape.
            for other in KINDS {
                let label = format!(
                    "{name}: injected as {}, reviewed as {}",
                    kind.as_str(),
                    other.as_str()
                );
                match decide(&config(other), "shop", &pod) {
                    Decision::Skip { reason, .. } => {
                        assert!(reason.contains("already injected"), "{label}: {reason}")
                    }
                    d => panic!("{label}: second pass: {d:?}"),
                }
                // Same without the status annotation: the containers give it away.
                let mut stripped = pod.clone();
                stripped["metadata"]["annotations"]
                    .as_object_mut()
                    .unwrap()
                    .remove("palisade.io/status");
                match decide(&config(other), "shop", &stripped) {
                    Decision::Skip { reason, .. } => {
                        assert!(reason.contains("already injected"), "{label}: {reason}")
                    }
                    d => panic!("{label}: stripped, second pass: {d:?}"),
                }
            }
        }
    }
    // A natively injected pod sent again without the status annotation.
    let req: Value = serde_json::from_slice(&fixture("natively-injected-pod.json")).unwrap();
    match decide(&WebhookConfig::default(), "shop", &req["request"]["object"]) {
        Decision::Skip { reason, .. } => assert!(
            reason.contains("already injected (init container palisade-init)"),
            "{reason}"
        ),
        d => panic!("{d:?}"),
    }
}

/// Drops `null` members, as the API server's decoder does (`creationTimestamp: null`).
fn strip_nulls(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|_, x| !x.is_null());
            m.values_mut().for_each(strip_nulls);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_nulls),
        _ => {}
    }
}

#[test]
fn patched_pods_are_valid_against_the_kubernetes_schema() {
    if validator().is_none() {
        eprintln!(
            "SKIP patched_pods_are_valid_against_the_kubernetes_schema: kubernetes-validate is \
             not installed (pip install kubernetes-validate)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for kind in KINDS {
        let cfg = config(kind);
        for (name, _) in rows(kind).filter(|(_, e)| is_patch(*e)) {
            let mut pod = injected_with(&cfg, name);
            strip_nulls(&mut pod);
            pod["metadata"]["name"]
                .is_null()
                .then(|| pod["metadata"]["name"] = json!("generated-name"));
            let f = dir.path().join(format!("{}-{name}", kind.as_str()));
            std::fs::write(&f, serde_json::to_vec_pretty(&pod).unwrap()).unwrap();
            files.push(f);
        }
    }
    // A pod that breaks the schema must fail, or the check proves nothing.
    let mut bad = injected_with(&config(SidecarKind::Container), "deployment-pod.json");
    strip_nulls(&mut bad);
    bad["spec"]["containers"][1]["securityContext"]["runAsUser"] = json!("root");
    let badf = dir.path().join("bad.json");
    std::fs::write(&badf, serde_json::to_vec_pretty(&bad).unwrap()).unwrap();
    // Nor may a native sidecar with a misspelt field pass.
    let mut bad = injected("job-pod.json");
    strip_nulls(&mut bad);
    bad["spec"]["initContainers"][1]["restartPolicyy"] = json!("Always");
    let badf2 = dir.path().join("bad-native.json");
    std::fs::write(&badf2, serde_json::to_vec_pretty(&bad).unwrap()).unwrap();

    let (ok, text) = validate(&files);
    assert!(ok, "kubernetes-validate failed:\n{text}");
    for f in [&badf, &badf2] {
        let (ok, _) = validate(&[f]);
        assert!(
            !ok,
            "an invalid pod passed kubernetes-validate: {}",
            f.display()
        );
    }
}

// === over HTTPS ===

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn write_cert(dir: &Path, name: &str) -> Vec<u8> {
    let ck =
        rcgen::generate_simple_self_signed(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .unwrap();
    // Key first, then the certificate, each replaced atomically (as kubelet does).
    let tmp = dir.join(format!("{name}.key.tmp"));
    std::fs::write(&tmp, ck.signing_key.serialize_pem()).unwrap();
    std::fs::rename(&tmp, dir.join("tls.key")).unwrap();
    let tmp = dir.join(format!("{name}.crt.tmp"));
    std::fs::write(&tmp, ck.cert.pem()).unwrap();
    std::fs::rename(&tmp, dir.join("tls.crt")).unwrap();
    ck.cert.der().to_vec()
}

fn start(dir: &Path) -> Server {
    start_with(dir, &[])
}

fn start_with(dir: &Path, extra: &[std::ffi::OsString]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_palisade-netpol"))
        .args([
            "webhook",
            "--listen",
            "127.0.0.1:0",
            "--cert-check-secs",
            "1",
        ])
        .arg("--cert")
        .arg(dir.join("tls.crt"))
        .arg("--key")
        .arg(dir.join("tls.key"))
        .args(extra)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stderr).lines();
        let mut sent = false;
        while let Some(Ok(line)) = lines.next() {
            if !sent {
                if let Ok(v) = serde_json::from_str::<Value>(&line) {
                    if v["fields"]["message"] == "webhook listening" {
                        let _ = tx.send(v["fields"]["addr"].as_str().unwrap_or("").to_owned());
                        sent = true;
                    }
                }
            }
            eprintln!("webhook: {line}");
        }
    });
    let addr = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the webhook did not log its address within 30 s");
    Server { child, addr }
}

/// POSTs the fixture to `/mutate` (trusting `root`), expects 200: the AdmissionReview
/// sent, the one received, and the pod with the response's patch applied.
async fn mutate(addr: &str, root: &[u8], name: &str) -> (Value, Value, Value) {
    let req = fixture(name);
    let (status, body, _) = https(addr, &[root.to_vec()], "POST", "/mutate", &req).await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let resp: Value = serde_json::from_slice(&body).unwrap();
    let reqv: Value = serde_json::from_slice(&req).unwrap();
    let pod = patched(&reqv, &resp).unwrap();
    (reqv, resp, pod)
}

/// One HTTPS request (HTTP/1.1, Connection: close): status, body, server certificate.
async fn https(
    addr: &str,
    roots: &[Vec<u8>],
    method: &str,
    path: &str,
    body: &[u8],
) -> (u16, Vec<u8>, Vec<u8>) {
    https_to(addr, "localhost", roots, method, path, body).await
}

async fn https_to(
    addr: &str,
    server_name: &str,
    roots: &[Vec<u8>],
    method: &str,
    path: &str,
    body: &[u8],
) -> (u16, Vec<u8>, Vec<u8>) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut store = rustls::RootCertStore::empty();
    for r in roots {
        store.add(r.clone().into()).unwrap();
    }
    let cfg = rustls::ClientConfig::builder()
        .with_root_certificates(store)
        .with_no_client_auth();
    let conn = tokio_rustls::TlsConnector::from(Arc::new(cfg));
    let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from(server_name.to_owned()).unwrap();
    let mut tls = conn.connect(name, tcp).await.unwrap();
    let cert = tls.get_ref().1.peer_certificates().unwrap()[0].to_vec();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {server_name}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    tls.write_all(head.as_bytes()).await.unwrap();
    // A body over the limit may be refused before it is all sent.
    let _ = tls.write_all(body).await;
    let mut out = Vec::new();
    let _ = tls.read_to_end(&mut out).await;
    let text = String::from_utf8_lossy(&out).into_owned();
    let status: u16 = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {text:?}"));
    let split = out.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    (status, out[split..].to_vec(), cert)
}

/// `--sidecar` overrides the configuration file's `sidecar`, both ways.
#[tokio::test(flavor = "current_thread")]
async fn the_sidecar_flag_wins_over_the_configuration() {
    for (file, flag, shape) in [
        ("native", "container", Expect::Container),
        ("container", "native", Expect::Native),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let der = write_cert(dir.path(), "one");
        let cfg = dir.path().join("webhook.yaml");
        std::fs::write(&cfg, format!("sidecar: {file}\n")).unwrap();
        let srv = start_with(
            dir.path(),
            &[
                "--config".into(),
                cfg.into_os_string(),
                "--sidecar".into(),
                flag.into(),
            ],
        );
        let (reqv, _, pod) = mutate(&srv.addr, &der, "deployment-pod.json").await;
        check_injected(flag, &reqv["request"]["object"], &pod, shape);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn https_end_to_end_with_certificate_rotation() {
    let dir = tempfile::tempdir().unwrap();
    let der1 = write_cert(dir.path(), "one");
    let srv = start(dir.path());

    let (status, body, cert) = https(
        &srv.addr,
        std::slice::from_ref(&der1),
        "GET",
        "/healthz",
        b"",
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body, b"ok\n");
    assert_eq!(cert, der1);

    let (reqv, resp, pod) = mutate(&srv.addr, &der1, "deployment-pod.json").await;
    assert_eq!(resp["response"]["uid"], reqv["request"]["uid"]);
    check_injected("https", &reqv["request"]["object"], &pod, Expect::Native);

    // Malformed: HTTP 400 with a message, and the server is still there.
    let (status, body, _) = https(
        &srv.addr,
        std::slice::from_ref(&der1),
        "POST",
        "/mutate",
        &fixture("malformed-truncated.json"),
    )
    .await;
    assert_eq!(status, 400);
    let e: Value = serde_json::from_slice(&body).unwrap();
    assert!(
        e["error"]
            .as_str()
            .unwrap()
            .contains("not an AdmissionReview"),
        "{e}"
    );
    // Over the body limit (4 MiB): 413.
    let big = vec![b' '; 5 << 20];
    let (status, _, _) = https(
        &srv.addr,
        std::slice::from_ref(&der1),
        "POST",
        "/mutate",
        &big,
    )
    .await;
    assert_eq!(status, 413);
    let (status, _, _) = https(&srv.addr, std::slice::from_ref(&der1), "GET", "/nope", b"").await;
    assert_eq!(status, 404);

    // Rotation: new files, the server presents the new certificate (checked
    // every second; bounded wait).
    let der2 = write_cert(dir.path(), "two");
    assert_ne!(der1, der2);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (status, _, cert) = https(
            &srv.addr,
            &[der1.clone(), der2.clone()],
            "GET",
            "/healthz",
            b"",
        )
        .await;
        assert_eq!(status, 200);
        if cert == der2 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the new certificate was not served within 30 s"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // A broken key file is not used: the server keeps the pair it has.
    std::fs::write(dir.path().join("tls.key"), "not a key").unwrap();
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let (status, _, cert) = https(
        &srv.addr,
        std::slice::from_ref(&der2),
        "GET",
        "/healthz",
        b"",
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(cert, der2);

    // An idle keep-alive connection (as the API server keeps them) is open at SIGTERM.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut roots = rustls::RootCertStore::empty();
    roots.add(der2.clone().into()).unwrap();
    let cfg = rustls::ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let tcp = tokio::net::TcpStream::connect(&srv.addr).await.unwrap();
    let mut idle = tokio_rustls::TlsConnector::from(Arc::new(cfg))
        .connect(
            rustls::pki_types::ServerName::try_from("localhost").unwrap(),
            tcp,
        )
        .await
        .unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut got = Vec::new();
    while !got.ends_with(b"\r\n\r\nok\n") {
        let mut buf = [0u8; 512];
        let n = idle.read(&mut buf).await.unwrap();
        assert!(
            n > 0,
            "connection closed early: {:?}",
            String::from_utf8_lossy(&got)
        );
        got.extend_from_slice(&buf[..n]);
    }

    // SIGTERM: the server stops accepting, closes idle connections, exits 0 (bounded wait).
    let mut srv = srv;
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(srv.child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(st) = srv.child.try_wait().unwrap() {
            break st;
        }
        assert!(
            Instant::now() < deadline,
            "the webhook did not exit within 20 s of SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "exit status after SIGTERM: {status}");
    let mut rest = Vec::new();
    let _ = idle.read_to_end(&mut rest).await;
    assert!(rest.is_empty(), "unexpected bytes after shutdown: {rest:?}");
}

#[test]
fn startup_errors_are_clear() {
    let dir = tempfile::tempdir().unwrap();
    write_cert(dir.path(), "one");
    let other = tempfile::tempdir().unwrap();
    write_cert(other.path(), "other");
    // Starts the webhook, which must refuse to: its stderr.
    let refused = |key_dir: &Path, config: Option<&Path>| -> String {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_palisade-netpol"));
        cmd.args(["webhook", "--listen", "127.0.0.1:0"])
            .arg("--cert")
            .arg(dir.path().join("tls.crt"))
            .arg("--key")
            .arg(key_dir.join("tls.key"));
        if let Some(c) = config {
            cmd.arg("--config").arg(c);
        }
        let out = cmd.output().unwrap();
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    // A key that does not belong to the certificate.
    let err = refused(other.path(), None);
    assert!(err.contains("does not match"), "{err}");
    // An unknown configuration key.
    let cfg = dir.path().join("webhook.yaml");
    std::fs::write(&cfg, "image: x\nparanoya: 2\n").unwrap();
    let err = refused(dir.path(), Some(&cfg));
    assert!(err.contains("paranoya"), "{err}");
    // Said once, not once per level of the error chain.
    assert_eq!(err.matches("unknown field").count(), 1, "{err}");
    // A sidecar kind the webhook does not know.
    std::fs::write(&cfg, "image: x\nsidecar: sidecar\n").unwrap();
    let err = refused(dir.path(), Some(&cfg));
    assert!(err.contains("sidecar") && err.contains("native"), "{err}");
}

/// manifests/scripts/bootstrap-tls.sh (DRY_RUN: files only, no cluster) makes a
/// CA and a serving certificate the webhook loads and a client that trusts
/// only that CA accepts under the Service's DNS name.
#[tokio::test(flavor = "current_thread")]
async fn bootstrap_tls_script_certificate_is_served() {
    if Command::new("openssl").arg("version").output().is_err() {
        eprintln!("SKIP bootstrap_tls_script_certificate_is_served: openssl is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../manifests/scripts/bootstrap-tls.sh");
    let out = Command::new("bash")
        .arg(&script)
        .env("DRY_RUN", "1")
        .env("OUT", dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "bootstrap-tls.sh failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ca_pem = std::fs::read(dir.path().join("ca.crt")).unwrap();
    let ca = rustls::pki_types::CertificateDer::from_pem_slice(&ca_pem)
        .unwrap()
        .to_vec();
    let srv = start(dir.path());
    let (status, body, _) = https_to(
        &srv.addr,
        "palisade-webhook.palisade-system.svc",
        std::slice::from_ref(&ca),
        "POST",
        "/mutate",
        &fixture("deployment-pod.json"),
    )
    .await;
    assert_eq!(status, 200);
    let resp: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(resp["response"]["allowed"], true);
    assert!(resp["response"]["patch"].is_string());
}

/// The commands the webhook writes are ones `palisade-proxy` accepts: the init
/// container's `init-redirect …` (run with `--dry-run`: the nftables
/// transaction is printed, nothing is changed) and the sidecar's flags
/// (`check-config`, which parses and checks them as the proxy would at start).
/// `palisade-proxy` is another crate's binary: `cargo test --workspace` builds
/// it next to this one; alone, this test skips with a message.
#[test]
fn injected_commands_are_accepted_by_palisade_proxy() {
    let proxy = Path::new(env!("CARGO_BIN_EXE_palisade-netpol")).with_file_name("palisade-proxy");
    if !proxy.exists() {
        eprintln!(
            "SKIP injected_commands_are_accepted_by_palisade_proxy: {} is not built \
             (cargo build -p palisade-proxy, or run the workspace's tests)",
            proxy.display()
        );
        return;
    }
    // Native rows: every fixture that is injected in either shape (the proxy's
    // command is the same in both, see native_proxy_is_the_container_proxy_…).
    for (name, _) in rows(SidecarKind::Native).filter(|(_, e)| is_patch(*e)) {
        let pod = injected(name);
        let init = find(&containers(&pod, "initContainers"), "palisade-init").clone();
        let out = Command::new(&proxy)
            .args(args(&init))
            .arg("--dry-run")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: palisade-proxy {:?} --dry-run: {}",
            args(&init),
            String::from_utf8_lossy(&out.stderr)
        );
        let tx: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(tx["nftables"].is_array(), "{name}: {tx}");

        let sidecar = proxy_of(&pod).clone();
        let token = sidecar["env"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == "PALISADE_ADMIN_TOKEN")
            .unwrap()["value"]
            .as_str()
            .unwrap()
            .to_owned();
        let out = Command::new(&proxy)
            .arg("check-config")
            .args(args(&sidecar))
            .env("PALISADE_ADMIN_TOKEN", &token)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{name}: palisade-proxy check-config {:?}: {}",
            args(&sidecar),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(text.contains("admin: '[::]:15020'"), "{name}: {text}");
        // Without the token the proxy refuses the non-loopback admin listener:
        // the token the webhook writes is what makes the pod start.
        let out = Command::new(&proxy)
            .arg("check-config")
            .args(args(&sidecar))
            .env_remove("PALISADE_ADMIN_TOKEN")
            .output()
            .unwrap();
        assert!(
            !out.status.success(),
            "{name}: admin without a token accepted"
        );
    }
}
