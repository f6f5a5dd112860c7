//! The sidecar-injecting admission webhook (`palisade-netpol webhook`).
//!
//! The Kubernetes API server sends an `admission.k8s.io/v1` `AdmissionReview`
//! for every pod created in a namespace labelled `palisade.io/inject=enabled`
//! (the `namespaceSelector` of the `MutatingWebhookConfiguration`). The answer
//! is a JSONPatch that adds to the pod:
//!
//! - the `palisade-init` init container running `palisade-proxy init-redirect`,
//!   which redirects inbound TCP for the application port to the proxy — the
//!   only container with `NET_ADMIN`;
//! - the `palisade-proxy` sidecar (non-root UID, read-only root filesystem,
//!   no capabilities, resource requests and limits, readiness on the admin
//!   port's `/readyz`, pod identity through the downward API), in one of two
//!   shapes (config `sidecar`, annotation `palisade.io/sidecar-kind`, see
//!   [`SidecarKind`]):
//!   - `native` (the default; Kubernetes 1.29+): an init container right after
//!     `palisade-init`, with `restartPolicy: Always` and a startup probe on
//!     `/readyz`, so the application starts only once the proxy listens, the
//!     proxy stops only after the application, and Jobs complete;
//!   - `container`: the last entry of `spec.containers` (any Kubernetes; batch
//!     pods are then not injected);
//! - the rules ConfigMap volume (read-only) and a small `emptyDir` for `/tmp`;
//! - the annotations `palisade.io/status: injected` and
//!   `palisade.io/injector: palisade-netpol/VERSION`, and the label
//!   `palisade.io/sidecar: injected` (what a PodMonitor selects).
//!
//! Opt-in is the `namespaceSelector`'s job: an AdmissionReview carries the
//! namespace's name, not its labels (reading them would need API access and a
//! cache, which this webhook deliberately does not have). The webhook itself
//! refuses the namespaces in `excluded_namespaces` by name, so a misconfigured
//! selector still never injects `kube-system` or Palisade's own namespace.
//!
//! The decision is a pure function ([`review`] over the request bytes, [`decide`]
//! over one pod) so it is tested without a server; [`serve`] is the HTTPS
//! front (rustls, certificate and key reloaded when the files change).
//!
//! # Answers
//!
//! | input | answer |
//! |---|---|
//! | not JSON, not an `admission.k8s.io/v1` `AdmissionReview`, no `request`/`uid` | HTTP 400, `{"error": "..."}` (the API server applies the webhook's `failurePolicy`) |
//! | a pod CREATE to inject | `allowed: true` + `patchType: JSONPatch` + base64 `patch` |
//! | not a pod, not CREATE, opted out, host network, batch pod (`restartPolicy` not `Always`) in the `container` shape, system namespace, already injected (either shape), nothing to protect | `allowed: true`, no patch (a `warnings` entry says why when a person should know) |
//! | a pod whose `palisade.io/*` annotations are invalid | `allowed: false`, `status.code` 400 and a message naming the annotation |
//!
//! # Pod annotations
//!
//! | annotation | values | default |
//! |---|---|---|
//! | `palisade.io/inject` | `"false"` opts the pod out; `"true"` | inject |
//! | `palisade.io/mode` | `block` \| `detect` \| `off` | config `default_mode` (`block`) |
//! | `palisade.io/paranoia` | `1`–`4` | config `default_paranoia` (`1`) |
//! | `palisade.io/app-port` | the port the application serves on | the first TCP `containerPort` not used only by probes |
//! | `palisade.io/exclude-ports` | comma-separated ports that bypass the proxy | probe ports that are not the application port |
//! | `palisade.io/sidecar-kind` | `native` \| `container` | config `sidecar` (`native`) |
//!
//! `palisade-proxy` forwards to one upstream port, so one application port is
//! protected per pod; other declared ports are reported in a warning.
//!
//! # Init container order
//!
//! The pod's own init containers (its native sidecars included) keep running
//! first, then `palisade-init`, then (native) `palisade-proxy`. The redirect is
//! inbound-only, so the pod's init containers never needed the proxy for their
//! own network calls; run first, they see the pod as without Palisade, are not
//! delayed by the proxy's start nor stuck behind a proxy that cannot start, and
//! the redirect is programmed and the proxy listening immediately before the
//! application starts. Native sidecars stop in reverse order, so the proxy
//! stops right after the application and before the pod's own sidecars.
//!
//! # Example
//!
//! ```
//! use netpol::webhook::{decide, Decision, WebhookConfig};
//!
//! let cfg = WebhookConfig::default();
//! let pod = serde_json::json!({
//!     "metadata": {"name": "web-1", "namespace": "shop"},
//!     "spec": {"containers": [{"name": "web", "image": "nginx",
//!              "ports": [{"containerPort": 8080}]}]}
//! });
//! match decide(&cfg, "shop", &pod) {
//!     Decision::Patch { ops, .. } => assert!(ops.iter().any(|op| op["path"] == "/spec/initContainers")),
//!     other => panic!("expected a patch, got {other:?}"),
//! }
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use arc_swap::ArcSwap;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject as _;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls::server::{ClientHello, ResolvesServerCert};
use tokio_rustls::rustls::sign::CertifiedKey;

/// Annotation that opts a pod out (`"false"`).
pub const ANN_INJECT: &str = "palisade.io/inject";
/// Annotation: proxy mode for this pod.
pub const ANN_MODE: &str = "palisade.io/mode";
/// Annotation: paranoia level for this pod.
pub const ANN_PARANOIA: &str = "palisade.io/paranoia";
/// Annotation: the application port to protect.
pub const ANN_APP_PORT: &str = "palisade.io/app-port";
/// Annotation: ports that bypass the proxy.
pub const ANN_EXCLUDE_PORTS: &str = "palisade.io/exclude-ports";
/// Annotation: the names the application answers to (the proxy's `--hosts`), comma-separated.
pub const ANN_HOSTS: &str = "palisade.io/hosts";
/// Annotation: how the proxy is added to this pod (`native` or `container`, see
/// [`SidecarKind`]). Not `palisade.io/sidecar`: that is the label the webhook
/// writes, and one key with two meanings would confuse `kubectl` users.
pub const ANN_SIDECAR_KIND: &str = "palisade.io/sidecar-kind";
/// Annotation written by the webhook; its presence means "already injected".
pub const ANN_STATUS: &str = "palisade.io/status";
/// Annotation written by the webhook: who injected (`palisade-netpol/VERSION`).
pub const ANN_INJECTOR: &str = "palisade.io/injector";
/// Label the webhook puts on injected pods (for PodMonitors and `kubectl get pods -l`).
pub const LABEL_SIDECAR: &str = "palisade.io/sidecar";
/// Name of the injected proxy container.
pub const PROXY_CONTAINER: &str = "palisade-proxy";
/// Name of the injected init container.
pub const INIT_CONTAINER: &str = "palisade-init";
const RULES_VOLUME: &str = "palisade-rules";
const CONFIG_VOLUME: &str = "palisade-proxy-config";
const TMP_VOLUME: &str = "palisade-tmp";
const RULES_DIR: &str = "/etc/palisade/rules";
const CONFIG_DIR: &str = "/etc/palisade/proxy";
const DEFAULT_CONTAINER_ANN: &str = "kubectl.kubernetes.io/default-container";
const VERSION: &str = env!("CARGO_PKG_VERSION");

// === config ===

/// The webhook's configuration (`--config FILE`, YAML). Every key is optional;
/// unknown keys are an error naming the key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WebhookConfig {
    /// Image of the proxy and init containers. Default `ghcr.io/palisade-waf/palisade:VERSION`.
    pub image: String,
    /// `imagePullPolicy` of both containers. Default `IfNotPresent`.
    pub image_pull_policy: String,
    /// Path of the `palisade-proxy` binary in the image. Default `/usr/local/bin/palisade-proxy`.
    pub proxy_binary: String,
    /// UID (and GID) the proxy runs as; the init step exempts its connections. Default 1337.
    pub proxy_uid: i64,
    /// Port the proxy listens on (the redirect target). Default 15006.
    pub proxy_port: u16,
    /// Admin port (`/readyz`, `/healthz`, `/metrics`) on the pod address. Default 15020.
    pub admin_port: u16,
    /// How the proxy is added when the pod does not say (annotation
    /// `palisade.io/sidecar-kind`): `native` (an init container with
    /// `restartPolicy: Always`, Kubernetes 1.29+) or `container` (an ordinary
    /// container, any Kubernetes; batch pods are then not injected). Default
    /// `native`; see [`SidecarKind`] for why.
    pub sidecar: SidecarKind,
    /// Mode when the pod does not say (`block`, `detect`, `off`). Default `block`.
    pub default_mode: String,
    /// Paranoia level when the pod does not say (1-4). Default 1.
    pub default_paranoia: u8,
    /// ConfigMap (in the pod's namespace) holding the rules (`*.toml`), mounted
    /// read-only at `/etc/palisade/rules` and watched by the proxy. `null`: the
    /// proxy's built-in rules, no volume. Default `palisade-rules`.
    pub rules_configmap: Option<String>,
    /// ConfigMap (in the pod's namespace) with a `proxy.yaml`, mounted at
    /// `/etc/palisade/proxy`. Default `null` (flags only).
    pub proxy_configmap: Option<String>,
    /// Secret (in the pod's namespace) holding the admin bearer token for
    /// `/metrics` and `/reload`. `null`: a random token per pod, written into
    /// the pod spec (probes work; Prometheus cannot scrape). Default `null`.
    pub admin_token_secret: Option<SecretKeyRef>,
    /// Resources of the proxy container.
    pub proxy_resources: Value,
    /// Resources of the init container.
    pub init_resources: Value,
    /// Namespaces never injected (in addition to the webhook's
    /// `namespaceSelector`). Default: kube-system, kube-public, kube-node-lease, palisade-system.
    pub excluded_namespaces: BTreeSet<String>,
}

/// How the proxy is added to a pod: the config key `sidecar` and the pod
/// annotation `palisade.io/sidecar-kind`.
///
/// The default is [`SidecarKind::Native`]: it closes the two gaps of the
/// ordinary container (Jobs ran unprotected; the application could start, and
/// be sent connections redirected to a port nobody listened on yet, before the
/// proxy listened). Native sidecars are on by default since Kubernetes 1.29
/// (beta; 1.28 only with the `SidecarContainers` feature gate) and GA since
/// 1.33, and every release still supported upstream, or in the managed
/// services' extended support, is 1.29 or later (late 2026). `container` is for
/// older clusters, which must set it: there the API server refuses a natively
/// injected pod (without the feature `restartPolicy` is dropped from the init
/// container, and an ordinary init container may not have probes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SidecarKind {
    /// `palisade-proxy` is the init container after `palisade-init`, with
    /// `restartPolicy: Always` and a startup probe on `/readyz`: the kubelet
    /// starts it after the redirect is programmed and before the application,
    /// waits until it listens, keeps it running, stops it after the
    /// application's containers, and does not wait for it to complete a Job.
    /// Kubernetes 1.29+.
    Native,
    /// `palisade-proxy` is the last entry of `spec.containers`: any Kubernetes,
    /// but no start or stop ordering, and batch pods (`restartPolicy` `Never` or
    /// `OnFailure`) are not injected, since the proxy would keep them from
    /// completing.
    Container,
}

impl SidecarKind {
    /// The name used in the config and the annotation.
    pub fn as_str(self) -> &'static str {
        match self {
            SidecarKind::Native => "native",
            SidecarKind::Container => "container",
        }
    }

    fn parse(s: &str) -> Result<SidecarKind, String> {
        match s {
            "native" => Ok(SidecarKind::Native),
            "container" => Ok(SidecarKind::Container),
            other => Err(format!("{other:?} is not native or container")),
        }
    }
}

/// The annotation's and `--sidecar`'s spelling: `native` or `container`.
impl std::str::FromStr for SidecarKind {
    type Err = String;

    fn from_str(s: &str) -> Result<SidecarKind, String> {
        SidecarKind::parse(s)
    }
}

/// A key of a Secret, for an environment variable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretKeyRef {
    /// Secret name.
    pub name: String,
    /// Key in the Secret. Default `token`.
    #[serde(default = "default_token_key")]
    pub key: String,
}

fn default_token_key() -> String {
    "token".to_owned()
}

impl Default for WebhookConfig {
    fn default() -> Self {
        WebhookConfig {
            image: format!("ghcr.io/palisade-waf/palisade:{VERSION}"),
            image_pull_policy: "IfNotPresent".to_owned(),
            proxy_binary: "/usr/local/bin/palisade-proxy".to_owned(),
            proxy_uid: 1337,
            proxy_port: 15006,
            admin_port: 15020,
            sidecar: SidecarKind::Native,
            default_mode: "block".to_owned(),
            default_paranoia: 1,
            rules_configmap: Some("palisade-rules".to_owned()),
            proxy_configmap: None,
            admin_token_secret: None,
            proxy_resources: json!({
                "requests": {"cpu": "50m", "memory": "64Mi"},
                "limits": {"cpu": "1", "memory": "256Mi"}
            }),
            init_resources: json!({
                "requests": {"cpu": "10m", "memory": "16Mi"},
                "limits": {"cpu": "100m", "memory": "64Mi"}
            }),
            excluded_namespaces: [
                "kube-system",
                "kube-public",
                "kube-node-lease",
                "palisade-system",
            ]
            .into_iter()
            .map(str::to_owned)
            .collect(),
        }
    }
}

/// A configuration that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{}: {cause}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why. (Not the error's `source`: the message carries it, and `{:#}` would
        /// print it twice.)
        cause: std::io::Error,
    },
    /// The YAML is invalid or has an unknown key.
    #[error("{}: {cause}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// Why (names the key).
        cause: serde_yaml::Error,
    },
    /// A value is out of range.
    #[error("{}: {what}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        what: String,
    },
}

impl WebhookConfig {
    /// Reads and checks a YAML configuration file.
    pub fn load(path: &Path) -> Result<WebhookConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|cause| ConfigError::Read {
            path: path.to_owned(),
            cause,
        })?;
        let cfg: WebhookConfig =
            serde_yaml::from_str(&text).map_err(|cause| ConfigError::Parse {
                path: path.to_owned(),
                cause,
            })?;
        cfg.check().map_err(|what| ConfigError::Invalid {
            path: path.to_owned(),
            what,
        })?;
        Ok(cfg)
    }

    /// Range checks; the error names the key.
    pub fn check(&self) -> Result<(), String> {
        if self.image.trim().is_empty() {
            return Err("image: empty".to_owned());
        }
        parse_mode(&self.default_mode).map_err(|e| format!("default_mode: {e}"))?;
        if !(1..=4).contains(&self.default_paranoia) {
            return Err(format!(
                "default_paranoia: {} is not 1-4",
                self.default_paranoia
            ));
        }
        if self.proxy_uid <= 0 {
            return Err(format!(
                "proxy_uid: {} (the proxy must not run as root)",
                self.proxy_uid
            ));
        }
        if self.proxy_port == 0 || self.admin_port == 0 || self.proxy_port == self.admin_port {
            return Err("proxy_port and admin_port must be distinct and non-zero".to_owned());
        }
        for (k, v) in [
            ("proxy_resources", &self.proxy_resources),
            ("init_resources", &self.init_resources),
        ] {
            if !v.is_object() {
                return Err(format!("{k}: must be a mapping (requests/limits)"));
            }
        }
        Ok(())
    }
}

fn parse_mode(s: &str) -> Result<&'static str, String> {
    match s {
        "block" => Ok("block"),
        "detect" => Ok("detect"),
        "off" => Ok("off"),
        other => Err(format!("{other:?} is not block, detect or off")),
    }
}

// === the review ===

/// Why a request body is not a review we can answer (HTTP 400).
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// Not JSON or wrong shape.
    #[error("not an AdmissionReview: {0}")]
    Malformed(String),
    /// Another API version.
    #[error("unsupported AdmissionReview apiVersion {0:?} (only admission.k8s.io/v1)")]
    Version(String),
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct AdmissionReview {
    api_version: String,
    kind: String,
    request: Option<AdmissionRequest>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct AdmissionRequest {
    uid: String,
    kind: GroupVersionKind,
    #[serde(default)]
    sub_resource: Option<String>,
    #[serde(default)]
    namespace: Option<String>,
    operation: String,
    #[serde(default)]
    object: Option<Value>,
}

#[derive(Debug, Deserialize)]
struct GroupVersionKind {
    #[serde(default)]
    group: String,
    kind: String,
}

/// What to do with one pod.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// Inject: the JSONPatch operations, and warnings for the user.
    Patch {
        /// RFC 6902 operations.
        ops: Vec<Value>,
        /// Shown by kubectl.
        warnings: Vec<String>,
    },
    /// Admit unchanged; `reason` is logged, `warning` (if any) shown by kubectl.
    Skip {
        /// Why (for the log).
        reason: String,
        /// For the user, when they should know.
        warning: Option<String>,
    },
    /// Refuse the pod: an annotation is invalid.
    Deny(String),
}

/// An answered review: the response document, and what it was about (for the log).
#[derive(Debug, Clone)]
pub struct Reviewed {
    /// The `AdmissionReview` to send back.
    pub response: Value,
    /// What was decided.
    pub decision: Decision,
    /// The request's namespace (may be empty for cluster-scoped objects).
    pub namespace: String,
    /// The pod's name, or its `generateName` prefix (empty when neither is set).
    pub pod: String,
}

/// Answers one AdmissionReview (the request body). `Err` is an HTTP 400.
pub fn review(cfg: &WebhookConfig, body: &[u8]) -> Result<Reviewed, ReviewError> {
    let rv: AdmissionReview =
        serde_json::from_slice(body).map_err(|e| ReviewError::Malformed(e.to_string()))?;
    if rv.api_version != "admission.k8s.io/v1" {
        return Err(ReviewError::Version(rv.api_version));
    }
    if rv.kind != "AdmissionReview" {
        return Err(ReviewError::Malformed(format!(
            "kind is {:?}, expected AdmissionReview",
            rv.kind
        )));
    }
    let req = rv
        .request
        .ok_or_else(|| ReviewError::Malformed("no \"request\"".to_owned()))?;
    if req.uid.is_empty() {
        return Err(ReviewError::Malformed("empty request.uid".to_owned()));
    }
    let skip = |reason: &str| Decision::Skip {
        reason: reason.to_owned(),
        warning: None,
    };
    let decision = if !req.kind.group.is_empty() || req.kind.kind != "Pod" {
        skip("not a pod")
    } else if req.sub_resource.as_deref().is_some_and(|s| !s.is_empty()) {
        skip("a subresource")
    } else if req.operation != "CREATE" {
        skip("not a CREATE")
    } else {
        match &req.object {
            Some(pod) => {
                let ns = req
                    .namespace
                    .as_deref()
                    .filter(|n| !n.is_empty())
                    .or_else(|| pod.pointer("/metadata/namespace").and_then(Value::as_str))
                    .unwrap_or("default");
                decide(cfg, ns, pod)
            }
            None => skip("no object in the request"),
        }
    };
    let mut response = serde_json::Map::new();
    response.insert("uid".to_owned(), json!(req.uid));
    response.insert("allowed".to_owned(), json!(true));
    match &decision {
        Decision::Patch { ops, warnings } => {
            let patch =
                serde_json::to_vec(ops).map_err(|e| ReviewError::Malformed(e.to_string()))?;
            response.insert("patchType".to_owned(), json!("JSONPatch"));
            response.insert(
                "patch".to_owned(),
                json!(base64::engine::general_purpose::STANDARD.encode(patch)),
            );
            if !warnings.is_empty() {
                response.insert("warnings".to_owned(), json!(warnings));
            }
        }
        Decision::Skip {
            warning: Some(w), ..
        } => {
            response.insert("warnings".to_owned(), json!([w]));
        }
        Decision::Skip { warning: None, .. } => {}
        Decision::Deny(msg) => {
            response.insert("allowed".to_owned(), json!(false));
            response.insert(
                "status".to_owned(),
                json!({"code": 400, "reason": "BadRequest", "message": msg}),
            );
        }
    }
    let pod = req
        .object
        .as_ref()
        .and_then(|o| {
            o.pointer("/metadata/name")
                .or_else(|| o.pointer("/metadata/generateName"))
        })
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    Ok(Reviewed {
        response: json!({
            "apiVersion": "admission.k8s.io/v1",
            "kind": "AdmissionReview",
            "response": response,
        }),
        decision,
        namespace: req.namespace.unwrap_or_default(),
        pod,
    })
}

// === the pod ===

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct PodView {
    metadata: MetaView,
    spec: SpecView,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct MetaView {
    name: Option<String>,
    generate_name: Option<String>,
    annotations: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct SpecView {
    containers: Vec<ContainerView>,
    init_containers: Option<Vec<ContainerView>>,
    volumes: Option<Vec<NamedView>>,
    host_network: Option<bool>,
    restart_policy: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct ContainerView {
    name: String,
    ports: Vec<PortView>,
    liveness_probe: Option<ProbeView>,
    readiness_probe: Option<ProbeView>,
    startup_probe: Option<ProbeView>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct PortView {
    container_port: i64,
    name: Option<String>,
    protocol: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct ProbeView {
    http_get: Option<ProbePort>,
    tcp_socket: Option<ProbePort>,
    grpc: Option<GrpcPort>,
}

#[derive(Debug, Deserialize)]
struct ProbePort {
    port: IntOrString,
}

#[derive(Debug, Deserialize)]
struct GrpcPort {
    port: i64,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum IntOrString {
    Int(i64),
    Str(String),
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NamedView {
    name: String,
}

/// Escapes a JSON pointer token (RFC 6901): `~` → `~0`, `/` → `~1`.
pub fn escape_pointer(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn port_u16(p: i64) -> Option<u16> {
    u16::try_from(p).ok().filter(|p| *p != 0)
}

fn parse_port(s: &str) -> Result<u16, String> {
    s.trim()
        .parse::<u16>()
        .ok()
        .filter(|p| *p != 0)
        .ok_or_else(|| format!("{:?} is not a port (1-65535)", s.trim()))
}

/// Decides what to do with one pod (the `object` of a CREATE review) in `namespace`.
pub fn decide(cfg: &WebhookConfig, namespace: &str, pod: &Value) -> Decision {
    let skip = |reason: String| Decision::Skip {
        reason,
        warning: None,
    };
    if cfg.excluded_namespaces.contains(namespace) {
        return skip(format!("namespace {namespace} is excluded"));
    }
    let view: PodView = match serde_json::from_value(pod.clone()) {
        Ok(v) => v,
        Err(e) => {
            return Decision::Skip {
                warning: Some(format!(
                    "palisade: sidecar not injected, the pod could not be read: {e}"
                )),
                reason: format!("unreadable pod: {e}"),
            }
        }
    };
    let annotations = view.metadata.annotations.clone().unwrap_or_default();
    if let Some(s) = annotations.get(ANN_STATUS) {
        return skip(format!("already injected ({ANN_STATUS}: {s})"));
    }
    // Both shapes: the proxy in `containers` (container) or in `initContainers`
    // (native), `palisade-init` always in `initContainers`.
    let ours = view
        .spec
        .containers
        .iter()
        .map(|c| ("container", c))
        .chain(
            view.spec
                .init_containers
                .iter()
                .flatten()
                .map(|c| ("init container", c)),
        )
        .find(|(_, c)| c.name == PROXY_CONTAINER || c.name == INIT_CONTAINER);
    if let Some((list, c)) = ours {
        return skip(format!("already injected ({list} {})", c.name));
    }
    if let Some(v) = view
        .spec
        .volumes
        .iter()
        .flatten()
        .find(|v| v.name == RULES_VOLUME || v.name == CONFIG_VOLUME || v.name == TMP_VOLUME)
    {
        return skip(format!("already injected (volume {})", v.name));
    }
    match annotations.get(ANN_INJECT).map(|s| s.trim()) {
        None | Some("true" | "enabled") => {}
        Some("false" | "disabled") => return skip(format!("opted out ({ANN_INJECT})")),
        Some(other) => {
            return Decision::Deny(format!(
                "annotation {ANN_INJECT}: {other:?} is not \"true\" or \"false\""
            ))
        }
    }
    if view.spec.host_network == Some(true) {
        return skip("host network pod".to_owned());
    }
    let sidecar = match annotations.get(ANN_SIDECAR_KIND) {
        Some(s) => match SidecarKind::parse(s.trim()) {
            Ok(k) => k,
            Err(e) => return Decision::Deny(format!("annotation {ANN_SIDECAR_KIND}: {e}")),
        },
        None => cfg.sidecar,
    };
    // An ordinary container that never exits would keep a Job's pod from ever
    // completing; a native sidecar is stopped once the application's containers
    // are done, so batch pods are injected only in that shape.
    if let Some(rp) = view
        .spec
        .restart_policy
        .as_deref()
        .filter(|r| *r != "Always" && sidecar == SidecarKind::Container)
    {
        let why =
            format!("restartPolicy {rp} (a batch pod): the proxy would keep it from completing");
        return Decision::Skip {
            warning: Some(format!(
                "palisade: sidecar not injected: {why} (the native sidecar would not: \
                 annotation {ANN_SIDECAR_KIND}: native, Kubernetes 1.29+)"
            )),
            reason: why,
        };
    }
    match plan(cfg, &view, &annotations, sidecar) {
        Ok(Planned::Inject(p)) => Decision::Patch {
            ops: patch_ops(cfg, pod, &view, &annotations, &p),
            warnings: p.warnings,
        },
        Ok(Planned::Nothing(why)) => Decision::Skip {
            warning: Some(format!("palisade: sidecar not injected: {why}")),
            reason: why,
        },
        Err(msg) => Decision::Deny(msg),
    }
}

struct Plan {
    sidecar: SidecarKind,
    mode: &'static str,
    paranoia: u8,
    /// `--hosts`, checked; `None`: the proxy's own default (any host, or its config file's).
    hosts: Option<String>,
    app_port: u16,
    exclude: BTreeSet<u16>,
    warnings: Vec<String>,
}

enum Planned {
    Inject(Plan),
    Nothing(String),
}

fn plan(
    cfg: &WebhookConfig,
    view: &PodView,
    ann: &BTreeMap<String, String>,
    sidecar: SidecarKind,
) -> Result<Planned, String> {
    let mode = match ann.get(ANN_MODE) {
        Some(m) => parse_mode(m.trim()).map_err(|e| format!("annotation {ANN_MODE}: {e}"))?,
        None => parse_mode(&cfg.default_mode)?,
    };
    let paranoia = match ann.get(ANN_PARANOIA) {
        Some(p) => p
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|p| (1..=4).contains(p))
            .ok_or_else(|| format!("annotation {ANN_PARANOIA}: {:?} is not 1-4", p.trim()))?,
        None => cfg.default_paranoia,
    };
    let hosts = match ann.get(ANN_HOSTS) {
        Some(list) => Some(parse_hosts(list).map_err(|e| format!("annotation {ANN_HOSTS}: {e}"))?),
        None => None,
    };
    let mut exclude = BTreeSet::new();
    if let Some(list) = ann.get(ANN_EXCLUDE_PORTS) {
        for p in list.split(',').filter(|s| !s.trim().is_empty()) {
            exclude
                .insert(parse_port(p).map_err(|e| format!("annotation {ANN_EXCLUDE_PORTS}: {e}"))?);
        }
    }
    // Declared TCP ports, in order, and the name → number map for probes.
    let mut declared: Vec<u16> = Vec::new();
    let mut named: BTreeMap<&str, u16> = BTreeMap::new();
    for c in &view.spec.containers {
        for p in &c.ports {
            let tcp = p.protocol.as_deref().is_none_or(|x| x == "TCP");
            if let Some(n) = port_u16(p.container_port) {
                if let Some(name) = &p.name {
                    named.insert(name.as_str(), n);
                }
                if tcp && !declared.contains(&n) {
                    declared.push(n);
                }
            }
        }
    }
    let mut probe_ports = BTreeSet::new();
    for c in &view.spec.containers {
        for probe in [&c.liveness_probe, &c.readiness_probe, &c.startup_probe]
            .into_iter()
            .flatten()
        {
            for port in [&probe.http_get, &probe.tcp_socket].into_iter().flatten() {
                let n = match &port.port {
                    IntOrString::Int(n) => port_u16(*n),
                    IntOrString::Str(s) => named
                        .get(s.as_str())
                        .copied()
                        .or_else(|| s.parse::<u16>().ok()),
                };
                probe_ports.extend(n);
            }
            if let Some(g) = &probe.grpc {
                probe_ports.extend(port_u16(g.port));
            }
        }
    }
    let mut warnings = Vec::new();
    let app_port = match ann.get(ANN_APP_PORT) {
        Some(s) => parse_port(s).map_err(|e| format!("annotation {ANN_APP_PORT}: {e}"))?,
        None => {
            let candidates: Vec<u16> = declared
                .iter()
                .copied()
                .filter(|p| !exclude.contains(p))
                .collect();
            // A port only probes use (a management port) is not the application;
            // when the probes use the only port there is, it is.
            let serving = candidates
                .iter()
                .copied()
                .find(|p| !probe_ports.contains(p));
            match serving.or_else(|| candidates.first().copied()) {
                Some(p) => p,
                None => {
                    return Ok(Planned::Nothing(format!(
                        "no TCP containerPort to protect; set the annotation {ANN_APP_PORT}"
                    )))
                }
            }
        }
    };
    if exclude.contains(&cfg.proxy_port) {
        return Err(format!(
            "annotation {ANN_EXCLUDE_PORTS} names the proxy port {}, which is never redirected",
            cfg.proxy_port
        ));
    }
    if exclude.contains(&app_port) {
        return Err(format!(
            "annotation {ANN_EXCLUDE_PORTS} excludes the application port {app_port}"
        ));
    }
    for reserved in [cfg.proxy_port, cfg.admin_port] {
        if app_port == reserved || declared.contains(&reserved) {
            return Ok(Planned::Nothing(format!(
                "the pod uses port {reserved}, which the palisade proxy needs"
            )));
        }
    }
    let others: Vec<String> = declared
        .iter()
        .filter(|p| **p != app_port && !probe_ports.contains(p) && !exclude.contains(p))
        .map(u16::to_string)
        .collect();
    if !others.is_empty() {
        warnings.push(format!(
            "palisade: only port {app_port} goes through the WAF; port(s) {} are not inspected (choose with the annotation {ANN_APP_PORT})",
            others.join(", ")
        ));
    }
    if probe_ports.contains(&app_port) {
        warnings.push(format!(
            "palisade: probes on port {app_port} go through the WAF proxy (mode {mode})"
        ));
    }
    // Probe ports bypass the proxy, unless they are the application's port.
    exclude.extend(probe_ports.iter().copied().filter(|p| *p != app_port));
    exclude.insert(cfg.admin_port);
    Ok(Planned::Inject(Plan {
        sidecar,
        mode,
        paranoia,
        hosts,
        app_port,
        exclude,
        warnings,
    }))
}

/// `shop.example.com, *.shop.example.com` → `shop.example.com,*.shop.example.com`: host names,
/// `*.` wildcards or IP literals without ports, as the proxy's `--hosts` takes them (it checks
/// them again at start; refusing here keeps a bad annotation from a crash-looping sidecar).
fn parse_hosts(list: &str) -> Result<String, String> {
    let mut out = Vec::new();
    for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let name = entry.strip_prefix("*.").unwrap_or(entry);
        let ip = name
            .strip_prefix('[')
            .and_then(|n| n.strip_suffix(']'))
            .unwrap_or(name)
            .parse::<std::net::IpAddr>()
            .is_ok();
        let plain = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
        if !(entry == "*" || ip || plain) {
            return Err(format!(
                "{entry:?} is not a host name (`shop.example.com`, `*.example.com`, an IP \
                 address; no scheme, port or path)"
            ));
        }
        out.push(entry);
    }
    if out.is_empty() {
        return Err("names no host".into());
    }
    Ok(out.join(","))
}

/// The workload a pod belongs to, as the netpol inventory names it: the
/// Deployment for a ReplicaSet's pod, else the controller, else the pod.
fn workload_name(pod: &Value, view: &PodView) -> String {
    let owner = pod
        .pointer("/metadata/ownerReferences")
        .and_then(Value::as_array)
        .and_then(|refs| {
            refs.iter()
                .find(|r| r.get("controller").and_then(Value::as_bool) == Some(true))
                .or_else(|| refs.first())
        });
    let hash = pod
        .pointer("/metadata/labels/pod-template-hash")
        .and_then(Value::as_str);
    if let Some(o) = owner {
        let kind = o.get("kind").and_then(Value::as_str).unwrap_or("");
        if let Some(name) = o.get("name").and_then(Value::as_str) {
            return match (kind, hash) {
                ("ReplicaSet", Some(h)) => name
                    .strip_suffix(h)
                    .and_then(|s| s.strip_suffix('-'))
                    .unwrap_or(name)
                    .to_owned(),
                _ => name.to_owned(),
            };
        }
    }
    view.metadata
        .name
        .clone()
        .or_else(|| {
            view.metadata
                .generate_name
                .as_deref()
                .map(|g| g.trim_end_matches('-').to_owned())
        })
        .unwrap_or_default()
}

fn field_env(name: &str, path: &str) -> Value {
    json!({"name": name, "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": path}}})
}

fn random_token() -> String {
    use rand::RngCore as _;
    let mut b = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn proxy_container(cfg: &WebhookConfig, p: &Plan, workload: &str) -> Value {
    let mut args = vec![
        // Dual-stack: the redirect table is `inet`, so IPv6 clients of a dual-stack pod are
        // redirected here too (the proxy falls back to IPv4 where the node has no IPv6).
        format!("--listen=[::]:{}", cfg.proxy_port),
        format!("--upstream=127.0.0.1:{}", p.app_port),
        format!("--admin=[::]:{}", cfg.admin_port),
        format!("--mode={}", p.mode),
        format!("--paranoia={}", p.paranoia),
    ];
    if let Some(h) = &p.hosts {
        args.push(format!("--hosts={h}"));
    }
    let mut mounts = vec![json!({"name": TMP_VOLUME, "mountPath": "/tmp"})];
    if cfg.rules_configmap.is_some() {
        args.push(format!("--rules={RULES_DIR}"));
        mounts.push(json!({"name": RULES_VOLUME, "mountPath": RULES_DIR, "readOnly": true}));
    }
    if cfg.proxy_configmap.is_some() {
        args.push(format!("--config={CONFIG_DIR}/proxy.yaml"));
        mounts.push(json!({"name": CONFIG_VOLUME, "mountPath": CONFIG_DIR, "readOnly": true}));
    }
    let token = match &cfg.admin_token_secret {
        Some(s) => json!({"name": "PALISADE_ADMIN_TOKEN",
            "valueFrom": {"secretKeyRef": {"name": s.name, "key": s.key}}}),
        None => json!({"name": "PALISADE_ADMIN_TOKEN", "value": random_token()}),
    };
    let mut c = json!({
        "name": PROXY_CONTAINER,
        "image": cfg.image,
        "imagePullPolicy": cfg.image_pull_policy,
        "command": [cfg.proxy_binary],
        "args": args,
        "ports": [
            {"name": "palisade-http", "containerPort": cfg.proxy_port, "protocol": "TCP"},
            {"name": "palisade-admin", "containerPort": cfg.admin_port, "protocol": "TCP"}
        ],
        "env": [
            field_env("POD_NAME", "metadata.name"),
            field_env("POD_NAMESPACE", "metadata.namespace"),
            field_env("POD_IP", "status.podIP"),
            field_env("POD_IPS", "status.podIPs"),
            field_env("NODE_NAME", "spec.nodeName"),
            field_env("SERVICE_ACCOUNT", "spec.serviceAccountName"),
            {"name": "PALISADE_WORKLOAD", "value": workload},
            token
        ],
        "resources": cfg.proxy_resources,
        "readinessProbe": {
            "httpGet": {"path": "/readyz", "port": cfg.admin_port},
            "periodSeconds": 5,
            "failureThreshold": 3
        },
        "livenessProbe": {
            "httpGet": {"path": "/healthz", "port": cfg.admin_port},
            "periodSeconds": 10,
            "failureThreshold": 6
        },
        "securityContext": {
            "runAsUser": cfg.proxy_uid,
            "runAsGroup": cfg.proxy_uid,
            "runAsNonRoot": true,
            "readOnlyRootFilesystem": true,
            "allowPrivilegeEscalation": false,
            "privileged": false,
            "capabilities": {"drop": ["ALL"]},
            "seccompProfile": {"type": "RuntimeDefault"}
        },
        "volumeMounts": mounts,
        "terminationMessagePolicy": "FallbackToLogsOnError"
    });
    if p.sidecar == SidecarKind::Native {
        if let Value::Object(m) = &mut c {
            // What makes an init container a sidecar (KEP-753).
            m.insert("restartPolicy".to_owned(), json!("Always"));
            // The kubelet starts the next container (the application's) only once
            // this succeeds, and `/readyz` answers 200 only once the proxy's
            // listener accepts connections: nothing is redirected to a closed
            // port. Two minutes for the rules to compile on a slow node, then
            // the kubelet restarts the proxy.
            m.insert(
                "startupProbe".to_owned(),
                json!({
                    "httpGet": {"path": "/readyz", "port": cfg.admin_port},
                    "periodSeconds": 1,
                    "failureThreshold": 120
                }),
            );
        }
    }
    c
}

fn init_container(cfg: &WebhookConfig, p: &Plan) -> Value {
    let mut args = vec![
        "init-redirect".to_owned(),
        format!("--app-port={}", p.app_port),
        format!("--proxy-port={}", cfg.proxy_port),
        format!("--proxy-uid={}", cfg.proxy_uid),
    ];
    args.extend(p.exclude.iter().map(|x| format!("--exclude-port={x}")));
    json!({
        "name": INIT_CONTAINER,
        "image": cfg.image,
        "imagePullPolicy": cfg.image_pull_policy,
        "command": [cfg.proxy_binary],
        "args": args,
        "resources": cfg.init_resources,
        "securityContext": {
            // Root in the pod's network namespace, to program nftables there;
            // NET_ADMIN and nothing else.
            "runAsUser": 0,
            "runAsGroup": 0,
            "runAsNonRoot": false,
            "readOnlyRootFilesystem": true,
            "allowPrivilegeEscalation": false,
            "privileged": false,
            "capabilities": {"drop": ["ALL"], "add": ["NET_ADMIN"]},
            "seccompProfile": {"type": "RuntimeDefault"}
        },
        "terminationMessagePolicy": "FallbackToLogsOnError"
    })
}

fn patch_ops(
    cfg: &WebhookConfig,
    pod: &Value,
    view: &PodView,
    ann: &BTreeMap<String, String>,
    p: &Plan,
) -> Vec<Value> {
    let mut ops = Vec::new();
    // Annotations: add the map when there is none, else one key at a time.
    let mut new_ann = vec![
        (ANN_STATUS.to_owned(), "injected".to_owned()),
        (
            ANN_INJECTOR.to_owned(),
            format!("palisade-netpol/{VERSION}"),
        ),
    ];
    if !ann.contains_key(DEFAULT_CONTAINER_ANN) {
        if let Some(first) = view.spec.containers.first() {
            new_ann.push((DEFAULT_CONTAINER_ANN.to_owned(), first.name.clone()));
        }
    }
    if view.metadata.annotations.is_none() {
        let m: serde_json::Map<String, Value> = new_ann
            .into_iter()
            .map(|(k, v)| (k, Value::String(v)))
            .collect();
        ops.push(json!({"op": "add", "path": "/metadata/annotations", "value": m}));
    } else {
        for (k, v) in new_ann {
            ops.push(json!({"op": "add",
                "path": format!("/metadata/annotations/{}", escape_pointer(&k)),
                "value": v}));
        }
    }
    if pod
        .pointer("/metadata/labels")
        .and_then(Value::as_object)
        .is_some()
    {
        ops.push(json!({"op": "add",
            "path": format!("/metadata/labels/{}", escape_pointer(LABEL_SIDECAR)),
            "value": "injected"}));
    } else {
        ops.push(
            json!({"op": "add", "path": "/metadata/labels", "value": {LABEL_SIDECAR: "injected"}}),
        );
    }
    // The pod's own init containers run first, as they would without Palisade:
    // the redirect is inbound-only, so their outbound calls (migrations, fetching
    // config) never needed the proxy, and they are neither delayed by its start
    // nor held by a proxy that cannot start. Then `palisade-init` programs the
    // redirect, then (native) the proxy starts and must listen before the
    // application does. A native proxy after the pod's own native sidecars is
    // also stopped before them, right after the application.
    let init = init_container(cfg, p);
    let proxy = proxy_container(cfg, p, &workload_name(pod, view));
    let (inits, container) = match p.sidecar {
        SidecarKind::Native => (vec![init, proxy], None),
        SidecarKind::Container => (vec![init], Some(proxy)),
    };
    if view.spec.init_containers.is_none() {
        ops.push(json!({"op": "add", "path": "/spec/initContainers", "value": inits}));
    } else {
        for c in inits {
            ops.push(json!({"op": "add", "path": "/spec/initContainers/-", "value": c}));
        }
    }
    if let Some(proxy) = container {
        ops.push(json!({"op": "add", "path": "/spec/containers/-", "value": proxy}));
    }
    let mut volumes = vec![json!({"name": TMP_VOLUME, "emptyDir": {"sizeLimit": "16Mi"}})];
    if let Some(cm) = &cfg.rules_configmap {
        volumes.push(json!({"name": RULES_VOLUME, "configMap": {"name": cm}}));
    }
    if let Some(cm) = &cfg.proxy_configmap {
        volumes.push(json!({"name": CONFIG_VOLUME, "configMap": {"name": cm}}));
    }
    match &view.spec.volumes {
        None => ops.push(json!({"op": "add", "path": "/spec/volumes", "value": volumes})),
        Some(_) => {
            for v in volumes {
                ops.push(json!({"op": "add", "path": "/spec/volumes/-", "value": v}));
            }
        }
    }
    ops
}

// === the server ===

/// Longest life of one client connection before it is closed gracefully.
const MAX_CONN_AGE: Duration = Duration::from_secs(300);

/// How the HTTPS server runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Listen address.
    pub listen: SocketAddr,
    /// PEM certificate chain (watched).
    pub cert: PathBuf,
    /// PEM private key (watched).
    pub key: PathBuf,
    /// Largest request body accepted (413 above). Default 4 MiB: the API
    /// server's largest object (~1.5 MiB in etcd) plus the review around it.
    pub max_body: usize,
    /// How often the certificate files are checked for changes. Default 10 s.
    pub reload_every: Duration,
    /// Most connections served at once; more wait in the accept queue. Default 512.
    pub max_connections: usize,
}

impl ServeOptions {
    /// Defaults for everything but the address and files.
    pub fn new(listen: SocketAddr, cert: PathBuf, key: PathBuf) -> ServeOptions {
        ServeOptions {
            listen,
            cert,
            key,
            max_body: 4 << 20,
            reload_every: Duration::from_secs(10),
            max_connections: 512,
        }
    }
}

/// The server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Certificate or key unusable.
    #[error("TLS: {0}")]
    Tls(String),
    /// Listener.
    #[error("listening on {addr}: {source}")]
    Bind {
        /// Address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
}

#[derive(Debug)]
struct CertResolver {
    current: ArcSwap<CertifiedKey>,
}

impl ResolvesServerCert for CertResolver {
    fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        Some(self.current.load_full())
    }
}

/// Loads a PEM certificate chain and key and checks that they belong together.
pub fn load_certified_key(cert: &Path, key: &Path) -> Result<CertifiedKey, ServeError> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .map_err(|e| ServeError::Tls(format!("{}: {e}", cert.display())))?
        .collect::<Result<_, _>>()
        .map_err(|e| ServeError::Tls(format!("{}: {e}", cert.display())))?;
    if certs.is_empty() {
        return Err(ServeError::Tls(format!(
            "{}: no certificate",
            cert.display()
        )));
    }
    let der = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| ServeError::Tls(format!("{}: {e}", key.display())))?;
    let provider = rustls::crypto::ring::default_provider();
    let signing = provider
        .key_provider
        .load_private_key(der)
        .map_err(|e| ServeError::Tls(format!("{}: {e}", key.display())))?;
    let ck = CertifiedKey::new(certs, signing);
    ck.keys_match().map_err(|e| {
        ServeError::Tls(format!(
            "{} does not match {}: {e}",
            key.display(),
            cert.display()
        ))
    })?;
    Ok(ck)
}

fn files_stamp(a: &Path, b: &Path) -> Option<(SystemTime, u64, SystemTime, u64)> {
    let ma = std::fs::metadata(a).ok()?;
    let mb = std::fs::metadata(b).ok()?;
    Some((ma.modified().ok()?, ma.len(), mb.modified().ok()?, mb.len()))
}

struct AppState {
    cfg: WebhookConfig,
}

/// Builds the HTTP routes: `POST /mutate`, `GET /healthz`.
pub fn router(cfg: WebhookConfig, max_body: usize) -> Router {
    Router::new()
        .route("/mutate", post(mutate))
        .route("/healthz", get(|| async { "ok\n" }))
        .layer(DefaultBodyLimit::max(max_body))
        .with_state(Arc::new(AppState { cfg }))
}

async fn mutate(State(st): State<Arc<AppState>>, body: Bytes) -> Response {
    match review(&st.cfg, &body) {
        Ok(r) => {
            let uid = r
                .response
                .pointer("/response/uid")
                .and_then(Value::as_str)
                .unwrap_or("");
            let (ns, pod) = (r.namespace.as_str(), r.pod.as_str());
            match &r.decision {
                Decision::Patch { ops, warnings } => tracing::info!(
                    uid,
                    namespace = ns,
                    pod,
                    decision = "inject",
                    ops = ops.len(),
                    warnings = ?warnings,
                    "pod mutated"
                ),
                Decision::Skip { reason, .. } => tracing::info!(
                    uid,
                    namespace = ns,
                    pod,
                    decision = "skip",
                    reason = %reason,
                    "pod admitted unchanged"
                ),
                Decision::Deny(msg) => tracing::warn!(
                    uid,
                    namespace = ns,
                    pod,
                    decision = "deny",
                    reason = %msg,
                    "pod refused"
                ),
            }
            Json(r.response).into_response()
        }
        Err(e) => {
            tracing::warn!(error = %e, bytes = body.len(), "malformed admission review");
            (
                StatusCode::BAD_REQUEST,
                Json(json!({"error": e.to_string()})),
            )
                .into_response()
        }
    }
}

/// Serves until `shutdown` resolves; in-flight requests get up to 10 s to finish.
pub async fn serve(
    cfg: WebhookConfig,
    opts: ServeOptions,
    shutdown: impl Future<Output = ()> + Send,
) -> Result<(), ServeError> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let resolver = Arc::new(CertResolver {
        current: ArcSwap::from_pointee(load_certified_key(&opts.cert, &opts.key)?),
    });
    let mut tls = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| ServeError::Tls(e.to_string()))?
    .with_no_client_auth()
    .with_cert_resolver(resolver.clone());
    tls.alpn_protocols = vec![b"http/1.1".to_vec()];
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(tls));
    let listener = tokio::net::TcpListener::bind(opts.listen)
        .await
        .map_err(|source| ServeError::Bind {
            addr: opts.listen,
            source,
        })?;
    let local = listener.local_addr().map_err(|source| ServeError::Bind {
        addr: opts.listen,
        source,
    })?;
    tracing::info!(addr = %local, image = %cfg.image, "webhook listening");

    // Certificate rotation (cert-manager rewrites the Secret's files): compare
    // modification times and sizes, reload, keep the old pair on error.
    let reloader = {
        let (cert, key, every) = (opts.cert.clone(), opts.key.clone(), opts.reload_every);
        let resolver = resolver.clone();
        tokio::spawn(async move {
            let mut last = files_stamp(&cert, &key);
            loop {
                tokio::time::sleep(every).await;
                let now = files_stamp(&cert, &key);
                if now == last {
                    continue;
                }
                match load_certified_key(&cert, &key) {
                    Ok(ck) => {
                        resolver.current.store(Arc::new(ck));
                        tracing::info!(cert = %cert.display(), "certificate reloaded");
                        last = now;
                    }
                    // A half-written pair: try again next time, keep serving the old one.
                    Err(e) => {
                        tracing::warn!(error = %e, "certificate reload failed, keeping the previous one")
                    }
                }
            }
        })
    };

    let app = router(cfg, opts.max_body);
    let limit = Arc::new(tokio::sync::Semaphore::new(opts.max_connections.max(1)));
    let tracker = tokio_util_like::Tracker::default();
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            _ = &mut shutdown => break,
            p = limit.clone().acquire_owned() => match p { Ok(p) => p, Err(_) => break },
        };
        let (tcp, peer) = tokio::select! {
            _ = &mut shutdown => break,
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let acceptor = acceptor.clone();
        let app = app.clone();
        let mut stop = stop_rx.clone();
        let guard = tracker.enter();
        tokio::spawn(async move {
            let _permit = permit;
            let _guard = guard;
            let tls =
                match tokio::time::timeout(Duration::from_secs(10), acceptor.accept(tcp)).await {
                    Ok(Ok(s)) => s,
                    Ok(Err(e)) => {
                        tracing::debug!(%peer, error = %e, "TLS handshake failed");
                        return;
                    }
                    Err(_) => {
                        tracing::debug!(%peer, "TLS handshake timed out");
                        return;
                    }
                };
            let svc = hyper_util::service::TowerToHyperService::new(app);
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(Duration::from_secs(10))
                .serve_connection(hyper_util::rt::TokioIo::new(tls), svc);
            tokio::pin!(conn);
            // A connection lives at most MAX_CONN_AGE (the API server keeps them alive and
            // reconnects), and closes gracefully on shutdown: the request in progress is
            // answered, then the connection closes. 10 s more at most after either.
            let age = tokio::time::sleep(MAX_CONN_AGE);
            tokio::pin!(age);
            let mut closing = false;
            loop {
                tokio::select! {
                    r = conn.as_mut() => {
                        if let Err(e) = r {
                            tracing::debug!(%peer, error = %e, "connection error");
                        }
                        break;
                    }
                    _ = stop.changed(), if !closing => {
                        closing = true;
                        conn.as_mut().graceful_shutdown();
                        age.as_mut().reset(tokio::time::Instant::now() + Duration::from_secs(10));
                    }
                    _ = &mut age => {
                        if closing {
                            tracing::debug!(%peer, "connection did not close in time");
                            break;
                        }
                        closing = true;
                        conn.as_mut().graceful_shutdown();
                        age.as_mut().reset(tokio::time::Instant::now() + Duration::from_secs(10));
                    }
                }
            }
        });
    }
    let _ = stop_tx.send(true);
    drop(listener);
    reloader.abort();
    tracing::info!("shutting down: finishing in-flight requests (10 s at most)");
    let _ = tokio::time::timeout(Duration::from_secs(10), tracker.wait()).await;
    Ok(())
}

/// A tiny in-flight counter (what `tokio_util::task::TaskTracker` does), to
/// drain on shutdown without another dependency.
mod tokio_util_like {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use tokio::sync::Notify;

    #[derive(Default, Clone)]
    pub(super) struct Tracker {
        inner: Arc<(AtomicUsize, Notify)>,
    }

    pub(super) struct Guard(Arc<(AtomicUsize, Notify)>);

    impl Tracker {
        pub(super) fn enter(&self) -> Guard {
            self.inner.0.fetch_add(1, Ordering::SeqCst);
            Guard(self.inner.clone())
        }

        pub(super) async fn wait(&self) {
            loop {
                let notified = self.inner.1.notified();
                if self.inner.0.load(Ordering::SeqCst) == 0 {
                    return;
                }
                notified.await;
            }
        }
    }

    impl Drop for Guard {
        fn drop(&mut self) {
            if self.0 .0.fetch_sub(1, Ordering::SeqCst) == 1 {
                self.0 .1.notify_waiters();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_escaping() {
        assert_eq!(escape_pointer("palisade.io/status"), "palisade.io~1status");
        assert_eq!(escape_pointer("a~b/c"), "a~0b~1c");
    }

    #[test]
    fn config_rejects_unknown_keys_and_bad_values() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("w.yaml");
        std::fs::write(&p, "imagee: x\n").unwrap();
        let e = WebhookConfig::load(&p).unwrap_err().to_string();
        assert!(e.contains("imagee"), "{e}");
        std::fs::write(&p, "default_paranoia: 9\n").unwrap();
        let e = WebhookConfig::load(&p).unwrap_err().to_string();
        assert!(e.contains("default_paranoia"), "{e}");
        std::fs::write(&p, "proxy_uid: 0\n").unwrap();
        assert!(WebhookConfig::load(&p).is_err());
        std::fs::write(&p, "image: example/palisade:1\nrules_configmap: null\n").unwrap();
        let c = WebhookConfig::load(&p).unwrap();
        assert_eq!(c.image, "example/palisade:1");
        assert_eq!(c.rules_configmap, None);
        assert_eq!(c.sidecar, SidecarKind::Native);
        std::fs::write(&p, "sidecar: container\n").unwrap();
        assert_eq!(
            WebhookConfig::load(&p).unwrap().sidecar,
            SidecarKind::Container
        );
        for bad in ["sidecar: sidecar\n", "sidecar: Native\n", "sidecar: 1\n"] {
            std::fs::write(&p, bad).unwrap();
            let e = WebhookConfig::load(&p).unwrap_err().to_string();
            assert!(e.contains("sidecar"), "{bad}: {e}");
        }
    }

    fn pod(spec: Value) -> Value {
        json!({"metadata": {"name": "p"}, "spec": spec})
    }

    #[test]
    fn management_port_used_only_by_probes_is_not_the_app_port() {
        let p = pod(json!({"containers": [{"name": "a", "ports": [
            {"containerPort": 8081, "name": "mgmt"}, {"containerPort": 8080}],
            "readinessProbe": {"httpGet": {"port": "mgmt", "path": "/ready"}}}]}));
        let Decision::Patch { ops, .. } = decide(&WebhookConfig::default(), "shop", &p) else {
            panic!("no patch")
        };
        let init = &ops
            .iter()
            .find(|o| o["path"] == "/spec/initContainers")
            .unwrap()["value"][0];
        let args: Vec<&str> = init["args"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        assert!(args.contains(&"--app-port=8080"), "{args:?}");
        assert!(args.contains(&"--exclude-port=8081"), "{args:?}");
        assert!(args.contains(&"--exclude-port=15020"), "{args:?}");
    }

    #[test]
    fn single_port_probed_stays_redirected_with_a_warning() {
        let p = pod(
            json!({"containers": [{"name": "a", "ports": [{"containerPort": 8080}],
            "livenessProbe": {"tcpSocket": {"port": 8080}}}]}),
        );
        let Decision::Patch { ops, warnings } = decide(&WebhookConfig::default(), "shop", &p)
        else {
            panic!("no patch")
        };
        assert!(
            warnings.iter().any(|w| w.contains("probes on port 8080")),
            "{warnings:?}"
        );
        let text = serde_json::to_string(&ops).unwrap();
        assert!(!text.contains("--exclude-port=8080"));
    }

    #[test]
    fn reserved_port_and_no_port_skip() {
        let p = pod(json!({"containers": [{"name": "a", "ports": [{"containerPort": 15006}]}]}));
        assert!(matches!(
            decide(&WebhookConfig::default(), "shop", &p),
            Decision::Skip {
                warning: Some(_),
                ..
            }
        ));
        let p = pod(json!({"containers": [{"name": "a"}]}));
        assert!(matches!(
            decide(&WebhookConfig::default(), "shop", &p),
            Decision::Skip {
                warning: Some(_),
                ..
            }
        ));
    }

    #[test]
    fn invalid_annotations_deny_with_the_annotation_named() {
        for (k, v) in [
            (ANN_MODE, "loud"),
            (ANN_PARANOIA, "7"),
            (ANN_APP_PORT, "http"),
            (ANN_EXCLUDE_PORTS, "80,x"),
            (ANN_EXCLUDE_PORTS, "15006"),
            (ANN_INJECT, "maybe"),
            (ANN_SIDECAR_KIND, "both"),
        ] {
            let p = json!({"metadata": {"annotations": {k: v}},
                "spec": {"containers": [{"name": "a", "ports": [{"containerPort": 80}]}]}});
            match decide(&WebhookConfig::default(), "shop", &p) {
                Decision::Deny(m) => assert!(m.contains(k), "{m}"),
                d => panic!("{k}={v}: {d:?}"),
            }
        }
    }

    #[test]
    fn excluding_the_app_port_is_refused_and_excluding_every_port_skips() {
        let p = json!({"metadata": {"annotations": {ANN_APP_PORT: "80", ANN_EXCLUDE_PORTS: "80"}},
            "spec": {"containers": [{"name": "a", "ports": [{"containerPort": 80}]}]}});
        match decide(&WebhookConfig::default(), "shop", &p) {
            Decision::Deny(m) => assert!(m.contains("excludes the application port 80"), "{m}"),
            d => panic!("{d:?}"),
        }
        let p = json!({"metadata": {"annotations": {ANN_EXCLUDE_PORTS: "80"}},
            "spec": {"containers": [{"name": "a", "ports": [{"containerPort": 80}]}]}});
        assert!(matches!(
            decide(&WebhookConfig::default(), "shop", &p),
            Decision::Skip {
                warning: Some(_),
                ..
            }
        ));
    }

    #[test]
    fn batch_pods_are_injected_only_as_native_sidecars() {
        let container = WebhookConfig {
            sidecar: SidecarKind::Container,
            ..WebhookConfig::default()
        };
        for rp in ["Never", "OnFailure"] {
            let p = pod(json!({"restartPolicy": rp,
                "containers": [{"name": "a", "ports": [{"containerPort": 80}]}]}));
            match decide(&container, "shop", &p) {
                Decision::Skip {
                    warning: Some(w), ..
                } => assert!(w.contains(&format!("restartPolicy {rp}")), "{w}"),
                d => panic!("{d:?}"),
            }
            let Decision::Patch { ops, .. } = decide(&WebhookConfig::default(), "shop", &p) else {
                panic!("{rp}: no patch in native mode")
            };
            let inits = &ops
                .iter()
                .find(|o| o["path"] == "/spec/initContainers")
                .unwrap()["value"];
            assert_eq!(inits[0]["name"], INIT_CONTAINER);
            assert_eq!(inits[1]["name"], PROXY_CONTAINER);
            assert_eq!(inits[1]["restartPolicy"], "Always");
            assert!(!ops.iter().any(|o| o["path"] == "/spec/containers/-"));
        }
    }

    #[test]
    fn sidecar_kind_annotation_overrides_the_config_and_is_checked() {
        let p = |kind: &str| {
            json!({"metadata": {"annotations": {ANN_SIDECAR_KIND: kind}},
                "spec": {"containers": [{"name": "a", "ports": [{"containerPort": 80}]}]}})
        };
        let container = WebhookConfig {
            sidecar: SidecarKind::Container,
            ..WebhookConfig::default()
        };
        let proxy_path = |d: Decision| match d {
            Decision::Patch { ops, .. } => ops
                .iter()
                .find(|o| {
                    o["value"]["name"] == PROXY_CONTAINER
                        || o["value"]
                            .as_array()
                            .is_some_and(|a| a.iter().any(|c| c["name"] == PROXY_CONTAINER))
                })
                .map(|o| o["path"].as_str().unwrap_or("").to_owned()),
            d => panic!("{d:?}"),
        };
        assert_eq!(
            proxy_path(decide(&container, "shop", &p(" native "))).as_deref(),
            Some("/spec/initContainers")
        );
        assert_eq!(
            proxy_path(decide(&WebhookConfig::default(), "shop", &p("container"))).as_deref(),
            Some("/spec/containers/-")
        );
        for bad in ["Native", "sidecar", ""] {
            match decide(&WebhookConfig::default(), "shop", &p(bad)) {
                Decision::Deny(m) => assert!(m.contains(ANN_SIDECAR_KIND), "{m}"),
                d => panic!("{bad:?}: {d:?}"),
            }
        }
    }

    #[test]
    fn workload_from_replicaset() {
        let p = json!({"metadata": {"generateName": "web-7d9f8-", "labels": {"pod-template-hash": "7d9f8"},
            "ownerReferences": [{"kind": "ReplicaSet", "name": "web-7d9f8", "controller": true}]}});
        let v: PodView = serde_json::from_value(p.clone()).unwrap();
        assert_eq!(workload_name(&p, &v), "web");
    }
}
