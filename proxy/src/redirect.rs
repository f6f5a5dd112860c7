//! Inbound capture for the pod's init container: `palisade-proxy init-redirect`.
//!
//! The sidecar only protects an application whose traffic reaches it. An unchanged application
//! listens on its own ports (say 8080), and clients call `POD_IP:8080`; this module programs
//! nftables in the pod's network namespace so those connections land on the proxy (`:15006`)
//! instead, and the proxy forwards what it lets through to `127.0.0.1:8080`.
//!
//! Palisade owns one table for this, `inet palisade_redirect` (IPv4 and IPv6 alike); the netpol
//! agent's `inet palisade` is a different table and never touched. Its two NAT chains only see
//! the first packet of each connection (NAT is decided once per conntrack entry):
//!
//! ```text
//! prerouting (hook prerouting, priority dstnat, policy accept) — connections from outside
//!   tcp dport 15006            counter return              proxy port: never redirected
//!   tcp dport { 9090, … }      counter return              excluded ports (probes, metrics)
//!   tcp dport { 8080, … }      counter redirect to :15006  application ports
//! output (hook output, priority dstnat, policy accept) — connections made inside the pod
//!   meta skuid 1337            counter return              the proxy's own connections
//!   tcp dport 15006            counter return
//!   tcp dport { 9090, … }      counter return
//!   fib daddr type local tcp dport { 8080, … } counter redirect to :15006
//! ```
//!
//! The proxy's connection to `127.0.0.1:8080` is made by the proxy UID and returns before the
//! redirect, so it is never looped back to the proxy; every other local process (a sidecar, a
//! `kubectl exec` shell) going to an application port on one of the pod's own addresses goes
//! through the proxy like a remote client. Connections to *other* hosts' port 8080 are left
//! alone (`fib daddr type local`): this is inbound capture only.
//!
//! The whole table is one `nft -j -f -` transaction that adds, deletes and re-creates the table,
//! so the kernel goes from the old rules to the new ones with nothing in between, and running
//! the command twice leaves the same ruleset. [`uninstall`] deletes the table and nothing else.
//!
//! ```
//! use proxy::redirect::{RedirectSpec, DEFAULT_TABLE};
//!
//! let spec = RedirectSpec::new(&[8080], 15006, 1337, &[9090], DEFAULT_TABLE)?;
//! let tx = spec.transaction();
//! assert!(tx.to_string().contains("\"redirect\""));
//! // proxy::redirect::apply(&spec, "nft")?;   // needs NET_ADMIN in the pod's netns
//! # Ok::<(), proxy::redirect::SpecError>(())
//! ```

use std::borrow::Cow;
use std::collections::{BTreeSet, HashSet};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use nftables::batch::Batch;
use nftables::expr::{
    Expression, Fib, FibFlag, FibResult, Meta, MetaKey, NamedExpression, Payload, PayloadField,
    SetItem,
};
use nftables::schema::{Chain, NfListObject, Rule, Table};
use nftables::stmt::{Counter, Match, Operator, Statement, NAT};
use nftables::types::{NfChainPolicy, NfChainType, NfFamily, NfHook};

/// Palisade's redirect table (family `inet`).
pub const DEFAULT_TABLE: &str = "palisade_redirect";
/// The netpol agent's table: never ours to replace or delete.
pub const NETPOL_TABLE: &str = "palisade";
/// The proxy's default listening port.
pub const DEFAULT_PROXY_PORT: u16 = 15006;
/// Priority of both NAT chains: `dstnat` (-100), where destination NAT belongs.
const DSTNAT_PRIORITY: i32 = -100;
/// `CAP_NET_ADMIN`'s bit in the capability sets (linux/capability.h).
const CAP_NET_ADMIN_BIT: u32 = 12;

// === input ===

/// Why the requested capture is refused before anything is programmed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpecError {
    /// No `--app-port` given.
    #[error("at least one --app-port is required (the port(s) the application listens on)")]
    NoAppPorts,
    /// Port 0 (ports are 1-65535).
    #[error("{flag} 0 is not a port (ports are 1-65535)")]
    PortZero {
        /// The flag that carried it.
        flag: &'static str,
    },
    /// The proxy port is also an application port: the proxy would capture itself.
    #[error("--proxy-port {0} is also an --app-port: the proxy port is never redirected, so the application must listen elsewhere")]
    ProxyPortIsAppPort(u16),
    /// A port is both excluded and an application port.
    #[error(
        "--exclude-port {0} is also an --app-port: a port is either captured or excluded, not both"
    )]
    ExcludedIsAppPort(u16),
    /// The proxy port was excluded; it is never redirected anyway.
    #[error("--exclude-port {0} is the proxy port, which is never redirected; drop it")]
    ExcludedIsProxyPort(u16),
    /// UID 0 as the proxy UID would exempt every root process from capture.
    #[error("--proxy-uid 0 would let every root process in the pod bypass the proxy; run the proxy as a dedicated non-root UID (e.g. 1337)")]
    RootProxyUid,
    /// The table name is not an nftables identifier.
    #[error("--table {0:?} is not a valid table name (a letter, then letters, digits or '_', at most 64 characters)")]
    BadTable(String),
    /// The netpol agent's table.
    #[error("--table {NETPOL_TABLE} is the netpol agent's table; init-redirect uses its own (default {DEFAULT_TABLE})")]
    NetpolTable,
}

/// A checked capture specification: what [`RedirectSpec::transaction`] renders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedirectSpec {
    app_ports: BTreeSet<u16>,
    proxy_port: u16,
    proxy_uid: u32,
    exclude_ports: BTreeSet<u16>,
    table: String,
}

impl RedirectSpec {
    /// Checks the inputs: ports 1-65535, at least one application port, the proxy port not an
    /// application port, excluded ports neither application ports nor the proxy port, a
    /// non-root proxy UID, a valid table name other than netpol's. Duplicates are merged.
    pub fn new(
        app_ports: &[u16],
        proxy_port: u16,
        proxy_uid: u32,
        exclude_ports: &[u16],
        table: &str,
    ) -> Result<RedirectSpec, SpecError> {
        if app_ports.is_empty() {
            return Err(SpecError::NoAppPorts);
        }
        if app_ports.contains(&0) {
            return Err(SpecError::PortZero { flag: "--app-port" });
        }
        if proxy_port == 0 {
            return Err(SpecError::PortZero {
                flag: "--proxy-port",
            });
        }
        if exclude_ports.contains(&0) {
            return Err(SpecError::PortZero {
                flag: "--exclude-port",
            });
        }
        let app: BTreeSet<u16> = app_ports.iter().copied().collect();
        let excl: BTreeSet<u16> = exclude_ports.iter().copied().collect();
        if app.contains(&proxy_port) {
            return Err(SpecError::ProxyPortIsAppPort(proxy_port));
        }
        if let Some(p) = excl.intersection(&app).next() {
            return Err(SpecError::ExcludedIsAppPort(*p));
        }
        if excl.contains(&proxy_port) {
            return Err(SpecError::ExcludedIsProxyPort(proxy_port));
        }
        if proxy_uid == 0 {
            return Err(SpecError::RootProxyUid);
        }
        check_table(table)?;
        Ok(RedirectSpec {
            app_ports: app,
            proxy_port,
            proxy_uid,
            exclude_ports: excl,
            table: table.to_owned(),
        })
    }

    /// The application ports, ascending.
    pub fn app_ports(&self) -> impl Iterator<Item = u16> + '_ {
        self.app_ports.iter().copied()
    }

    /// The excluded ports, ascending.
    pub fn exclude_ports(&self) -> impl Iterator<Item = u16> + '_ {
        self.exclude_ports.iter().copied()
    }

    /// The proxy port.
    pub fn proxy_port(&self) -> u16 {
        self.proxy_port
    }

    /// The proxy UID.
    pub fn proxy_uid(&self) -> u32 {
        self.proxy_uid
    }

    /// The table name (family `inet`).
    pub fn table(&self) -> &str {
        &self.table
    }

    /// The one `nft -j` transaction that (re)creates the table: add (so the delete cannot fail
    /// on a fresh namespace), delete, add, then the chains and rules.
    pub fn transaction(&self) -> serde_json::Value {
        let t = table_object(&self.table);
        let mut b = Batch::new();
        b.add(t.clone());
        b.delete(t.clone());
        b.add(t);
        for obj in self.objects() {
            b.add(obj);
        }
        serde_json::to_value(b.to_nftables()).unwrap_or_default()
    }

    /// A one-line description for logs.
    pub fn summary(&self) -> String {
        let list = |s: &BTreeSet<u16>| {
            if s.is_empty() {
                "none".to_owned()
            } else {
                s.iter().map(u16::to_string).collect::<Vec<_>>().join(",")
            }
        };
        format!(
            "inet {}: tcp ports {} -> :{} (inbound and local), uid {} exempt, excluded ports {}",
            self.table,
            list(&self.app_ports),
            self.proxy_port,
            self.proxy_uid,
            list(&self.exclude_ports)
        )
    }

    /// The chains and rules, chains first.
    fn objects(&self) -> Vec<NfListObject<'static>> {
        let proxy_port = || {
            vec![
                matches(tcp_dport(), Operator::EQ, port_expr(&[self.proxy_port])),
                counter(),
                Statement::Return(None),
            ]
        };
        let excluded = || {
            let ports: Vec<u16> = self.exclude_ports.iter().copied().collect();
            vec![
                matches(tcp_dport(), Operator::EQ, port_expr(&ports)),
                counter(),
                Statement::Return(None),
            ]
        };
        let app: Vec<u16> = self.app_ports.iter().copied().collect();
        let redirect = Statement::Redirect(Some(NAT {
            addr: None,
            family: None,
            port: Some(Expression::Number(u32::from(self.proxy_port))),
            flags: None,
        }));
        let mut out = vec![
            self.chain("prerouting", NfHook::Prerouting),
            self.chain("output", NfHook::Output),
        ];
        // prerouting: connections from outside the pod.
        out.push(self.rule("prerouting", "proxy-port", proxy_port()));
        if !self.exclude_ports.is_empty() {
            out.push(self.rule("prerouting", "excluded", excluded()));
        }
        out.push(self.rule(
            "prerouting",
            "inbound",
            vec![
                matches(tcp_dport(), Operator::EQ, port_expr(&app)),
                counter(),
                redirect.clone(),
            ],
        ));
        // output: connections made inside the pod.
        out.push(self.rule(
            "output",
            "proxy-uid",
            vec![
                matches(
                    Expression::Named(NamedExpression::Meta(Meta {
                        key: MetaKey::Skuid,
                    })),
                    Operator::EQ,
                    Expression::Number(self.proxy_uid),
                ),
                counter(),
                Statement::Return(None),
            ],
        ));
        out.push(self.rule("output", "proxy-port", proxy_port()));
        if !self.exclude_ports.is_empty() {
            out.push(self.rule("output", "excluded", excluded()));
        }
        out.push(self.rule(
            "output",
            "local",
            vec![
                matches(
                    Expression::Named(NamedExpression::Fib(Fib {
                        result: FibResult::Type,
                        flags: HashSet::from([FibFlag::Daddr]),
                    })),
                    Operator::EQ,
                    Expression::String(Cow::Borrowed("local")),
                ),
                matches(tcp_dport(), Operator::EQ, port_expr(&app)),
                counter(),
                redirect,
            ],
        ));
        out
    }

    fn chain(&self, name: &str, hook: NfHook) -> NfListObject<'static> {
        NfListObject::Chain(Chain {
            family: NfFamily::INet,
            table: Cow::Owned(self.table.clone()),
            name: Cow::Owned(name.to_owned()),
            newname: None,
            handle: None,
            _type: Some(NfChainType::NAT),
            hook: Some(hook),
            prio: Some(DSTNAT_PRIORITY),
            dev: None,
            policy: Some(NfChainPolicy::Accept),
        })
    }

    fn rule(
        &self,
        chain: &str,
        comment: &str,
        expr: Vec<Statement<'static>>,
    ) -> NfListObject<'static> {
        NfListObject::Rule(Rule {
            family: NfFamily::INet,
            table: Cow::Owned(self.table.clone()),
            chain: Cow::Owned(chain.to_owned()),
            expr: Cow::Owned(expr),
            handle: None,
            index: None,
            comment: Some(Cow::Owned(format!("palisade: {comment}"))),
        })
    }
}

/// Checks a table name: an nftables identifier, and not the netpol agent's table.
pub fn check_table(name: &str) -> Result<(), SpecError> {
    if name == NETPOL_TABLE {
        return Err(SpecError::NetpolTable);
    }
    let mut chars = name.chars();
    let ok = name.len() <= 64
        && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(SpecError::BadTable(name.to_owned()))
    }
}

fn table_object(name: &str) -> NfListObject<'static> {
    NfListObject::Table(Table {
        family: NfFamily::INet,
        name: Cow::Owned(name.to_owned()),
        handle: None,
    })
}

fn tcp_dport() -> Expression<'static> {
    Expression::Named(NamedExpression::Payload(Payload::PayloadField(
        PayloadField {
            protocol: Cow::Borrowed("tcp"),
            field: Cow::Borrowed("dport"),
        },
    )))
}

/// One port as a number, several as an anonymous set.
fn port_expr(ports: &[u16]) -> Expression<'static> {
    match ports {
        [one] => Expression::Number(u32::from(*one)),
        many => Expression::Named(NamedExpression::Set(
            many.iter()
                .map(|p| SetItem::Element(Expression::Number(u32::from(*p))))
                .collect(),
        )),
    }
}

fn matches(
    left: Expression<'static>,
    op: Operator,
    right: Expression<'static>,
) -> Statement<'static> {
    Statement::Match(Match { left, right, op })
}

fn counter() -> Statement<'static> {
    Statement::Counter(Counter::Anonymous(None))
}

// === applying ===

/// Why nftables could not be programmed.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    /// The `nft` program is not installed (or not where it was said to be).
    #[error("`{program}` not found: init-redirect drives nftables through the `nft` command; install it in the init container's image (Debian/Ubuntu: `apt-get install nftables`, Alpine: `apk add nftables`) or pass --nft /path/to/nft")]
    NftMissing {
        /// What was looked for.
        program: String,
    },
    /// No `CAP_NET_ADMIN` in this network namespace.
    #[error("init-redirect needs the NET_ADMIN capability in the pod's network namespace ({detail}). In Kubernetes, run the init container as root (runAsUser: 0) with `securityContext.capabilities.add: [NET_ADMIN]` (drop the rest); it is the only container of the pod that needs it")]
    NotPermitted {
        /// What showed the missing capability.
        detail: String,
    },
    /// `nft` ran and refused the transaction; nothing was changed.
    #[error("nft refused the transaction (nothing was changed): {stderr}")]
    NftFailed {
        /// `nft`'s own message.
        stderr: String,
    },
    /// `nft` could not be run or talked to.
    #[error("running {program}: {source}")]
    Io {
        /// The program.
        program: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
}

/// Finds the `nft` program: a path is taken as it is, a bare name is looked up in `PATH`.
pub fn locate_nft(program: &str) -> Result<PathBuf, ApplyError> {
    let missing = || ApplyError::NftMissing {
        program: program.to_owned(),
    };
    if program.contains('/') {
        let p = PathBuf::from(program);
        return if is_executable(&p) {
            Ok(p)
        } else {
            Err(missing())
        };
    }
    let path =
        std::env::var_os("PATH").unwrap_or_else(|| OsString::from("/usr/sbin:/usr/bin:/sbin:/bin"));
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| is_executable(p))
        .ok_or_else(missing)
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Whether `CAP_NET_ADMIN` is in the effective set of a `/proc/<pid>/status` text; `None` if
/// the text has no readable `CapEff` line.
pub fn status_has_net_admin(status: &str) -> Option<bool> {
    let hex = status
        .lines()
        .find_map(|l| l.strip_prefix("CapEff:"))?
        .trim();
    let caps = u64::from_str_radix(hex, 16).ok()?;
    Some(caps & (1u64 << CAP_NET_ADMIN_BIT) != 0)
}

/// Whether this process has `CAP_NET_ADMIN`; `None` if it cannot tell (no `/proc`).
pub fn has_net_admin() -> Option<bool> {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| status_has_net_admin(&s))
}

/// Maps `nft`'s failure output to an error: a permission failure becomes
/// [`ApplyError::NotPermitted`] (with nft's words), anything else [`ApplyError::NftFailed`].
pub fn classify_nft_failure(stderr: &str) -> ApplyError {
    let msg = stderr.trim();
    let lower = msg.to_ascii_lowercase();
    if lower.contains("operation not permitted") || lower.contains("permission denied") {
        ApplyError::NotPermitted {
            detail: format!("nft: {}", first_line(msg)),
        }
    } else {
        ApplyError::NftFailed {
            stderr: if msg.is_empty() {
                "(no message)".to_owned()
            } else {
                msg.to_owned()
            },
        }
    }
}

fn first_line(s: &str) -> &str {
    s.lines().find(|l| !l.trim().is_empty()).unwrap_or(s).trim()
}

/// Runs `nft -j -f -` with `payload`. The `nftables` crate's helper would do this too, but it
/// lets `nft`'s stderr through to ours unread; here it is captured, so a permission failure
/// can be told apart and explained.
fn run_nft(nft: &Path, payload: &serde_json::Value) -> Result<(), ApplyError> {
    let program = nft.display().to_string();
    let io = |source| ApplyError::Io {
        program: program.clone(),
        source,
    };
    let text = serde_json::to_string(payload).map_err(|e| io(std::io::Error::other(e)))?;
    let mut child = Command::new(nft)
        .args(["-j", "-f", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => ApplyError::NftMissing {
                program: program.clone(),
            },
            _ => io(e),
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        // A write error (nft exited early) is reported through nft's status below.
        let _ = stdin.write_all(text.as_bytes());
    }
    let out = child.wait_with_output().map_err(io)?;
    if out.status.success() {
        Ok(())
    } else {
        let mut msg = String::from_utf8_lossy(&out.stderr).into_owned();
        if msg.trim().is_empty() {
            msg = String::from_utf8_lossy(&out.stdout).into_owned();
        }
        Err(classify_nft_failure(&msg))
    }
}

/// Checks, in this order, that `nft` exists and that the process has `CAP_NET_ADMIN`.
fn preflight(nft: &str) -> Result<PathBuf, ApplyError> {
    let path = locate_nft(nft)?;
    if has_net_admin() == Some(false) {
        let uid = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("Uid:"))
                    .and_then(|v| v.split_whitespace().nth(1).map(str::to_owned))
            })
            .unwrap_or_else(|| "?".to_owned());
        return Err(ApplyError::NotPermitted {
            detail: format!("this process runs as uid {uid} without CAP_NET_ADMIN"),
        });
    }
    Ok(path)
}

/// Programs the capture in the current network namespace, in one transaction. `nft` is the
/// program name or path (normally `"nft"`).
pub fn apply(spec: &RedirectSpec, nft: &str) -> Result<(), ApplyError> {
    let path = preflight(nft)?;
    run_nft(&path, &spec.transaction())
}

/// The transaction that deletes `table` if it exists (and only it).
pub fn uninstall_transaction(table: &str) -> serde_json::Value {
    let t = table_object(table);
    let mut b = Batch::new();
    b.add(t.clone());
    b.delete(t);
    serde_json::to_value(b.to_nftables()).unwrap_or_default()
}

/// Deletes the capture table; succeeds if it is already gone. Check the name first
/// ([`check_table`]: never netpol's).
pub fn uninstall(table: &str, nft: &str) -> Result<(), ApplyError> {
    let path = preflight(nft)?;
    run_nft(&path, &uninstall_transaction(table))
}

// === command line ===

/// `palisade-proxy init-redirect`: run once by the pod's init container.
#[derive(Debug, Clone, clap::Args)]
pub struct InitRedirectArgs {
    /// Application port to capture (repeatable): inbound TCP to it goes to the proxy.
    #[arg(
        long = "app-port",
        value_name = "PORT",
        required_unless_present = "uninstall"
    )]
    pub app_ports: Vec<u16>,
    /// The proxy's listening port (never redirected).
    #[arg(long, value_name = "PORT", default_value_t = DEFAULT_PROXY_PORT)]
    pub proxy_port: u16,
    /// UID the proxy runs as: its own connections to the application are not redirected.
    #[arg(long, value_name = "UID", required_unless_present = "uninstall")]
    pub proxy_uid: Option<u32>,
    /// Port that bypasses the proxy (repeatable): health probes, metrics.
    #[arg(long = "exclude-port", value_name = "PORT")]
    pub exclude_ports: Vec<u16>,
    /// nftables table (family inet) that holds the rules.
    #[arg(long, value_name = "NAME", default_value = DEFAULT_TABLE)]
    pub table: String,
    /// Print the nftables JSON transaction and change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Delete the table (and nothing else) instead of creating it.
    #[arg(long)]
    pub uninstall: bool,
    /// The `nft` program (a name looked up in PATH, or a path).
    #[arg(long, value_name = "PATH", default_value = "nft")]
    pub nft: String,
}

/// Any failure of `init-redirect`.
#[derive(Debug, thiserror::Error)]
pub enum InitRedirectError {
    /// Refused input.
    #[error(transparent)]
    Spec(#[from] SpecError),
    /// nftables could not be programmed.
    #[error(transparent)]
    Apply(#[from] ApplyError),
    /// Writing the dry-run output failed.
    #[error("writing the transaction: {0}")]
    Output(#[from] std::io::Error),
}

/// Runs `init-redirect`; what it did is written to `out` (one line, or the JSON with
/// `--dry-run`).
pub fn run(args: &InitRedirectArgs, out: &mut dyn Write) -> Result<(), InitRedirectError> {
    if args.uninstall {
        check_table(&args.table)?;
        let tx = uninstall_transaction(&args.table);
        if args.dry_run {
            writeln!(out, "{}", pretty(&tx))?;
            return Ok(());
        }
        uninstall(&args.table, &args.nft)?;
        writeln!(
            out,
            "init-redirect: removed table inet {} (if it existed)",
            args.table
        )?;
        return Ok(());
    }
    let spec = RedirectSpec::new(
        &args.app_ports,
        args.proxy_port,
        args.proxy_uid.unwrap_or(0),
        &args.exclude_ports,
        &args.table,
    )?;
    if args.dry_run {
        writeln!(out, "{}", pretty(&spec.transaction()))?;
        return Ok(());
    }
    apply(&spec, &args.nft)?;
    writeln!(out, "init-redirect: {}", spec.summary())?;
    Ok(())
}

fn pretty(v: &serde_json::Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_table() {
        use SpecError::*;
        // (app ports, proxy port, uid, excluded, table) -> expected
        type Case<'a> = (
            &'a [u16],
            u16,
            u32,
            &'a [u16],
            &'a str,
            Result<(), SpecError>,
        );
        let cases: &[Case] = &[
            (&[8080], 15006, 1337, &[], DEFAULT_TABLE, Ok(())),
            (
                &[8080, 8443, 8080],
                15006,
                1337,
                &[9090, 15021],
                "pal_x1",
                Ok(()),
            ),
            (&[1, 65535], 15006, 1337, &[], DEFAULT_TABLE, Ok(())),
            (&[], 15006, 1337, &[], DEFAULT_TABLE, Err(NoAppPorts)),
            (
                &[0],
                15006,
                1337,
                &[],
                DEFAULT_TABLE,
                Err(PortZero { flag: "--app-port" }),
            ),
            (
                &[80],
                0,
                1337,
                &[],
                DEFAULT_TABLE,
                Err(PortZero {
                    flag: "--proxy-port",
                }),
            ),
            (
                &[80],
                15006,
                1337,
                &[0],
                DEFAULT_TABLE,
                Err(PortZero {
                    flag: "--exclude-port",
                }),
            ),
            (
                &[80, 15006],
                15006,
                1337,
                &[],
                DEFAULT_TABLE,
                Err(ProxyPortIsAppPort(15006)),
            ),
            (
                &[80, 9090],
                15006,
                1337,
                &[9090],
                DEFAULT_TABLE,
                Err(ExcludedIsAppPort(9090)),
            ),
            (
                &[80],
                15006,
                1337,
                &[15006],
                DEFAULT_TABLE,
                Err(ExcludedIsProxyPort(15006)),
            ),
            (&[80], 15006, 0, &[], DEFAULT_TABLE, Err(RootProxyUid)),
            (&[80], 15006, 1337, &[], "palisade", Err(NetpolTable)),
            (&[80], 15006, 1337, &[], "", Err(BadTable(String::new()))),
            (
                &[80],
                15006,
                1337,
                &[],
                "1abc",
                Err(BadTable("1abc".into())),
            ),
            (&[80], 15006, 1337, &[], "a b", Err(BadTable("a b".into()))),
            (
                &[80],
                15006,
                1337,
                &[],
                "a;flush ruleset",
                Err(BadTable("a;flush ruleset".into())),
            ),
        ];
        for (app, pp, uid, ex, table, want) in cases {
            let got = RedirectSpec::new(app, *pp, *uid, ex, table).map(|_| ());
            assert_eq!(&got, want, "{app:?} {pp} {uid} {ex:?} {table}");
        }
        let long = "a".repeat(65);
        assert_eq!(
            RedirectSpec::new(&[80], 15006, 1337, &[], &long),
            Err(BadTable(long.clone()))
        );
    }

    #[test]
    fn every_error_names_the_flag() {
        let msgs = [
            SpecError::NoAppPorts.to_string(),
            SpecError::ProxyPortIsAppPort(1).to_string(),
            SpecError::ExcludedIsAppPort(1).to_string(),
            SpecError::RootProxyUid.to_string(),
        ];
        for (m, flag) in msgs.iter().zip([
            "--app-port",
            "--proxy-port",
            "--exclude-port",
            "--proxy-uid",
        ]) {
            assert!(m.contains(flag), "{m}");
        }
    }

    fn commands(tx: &serde_json::Value) -> Vec<serde_json::Value> {
        tx["nftables"].as_array().unwrap().clone()
    }

    #[test]
    fn transaction_recreates_the_table_then_chains_then_rules() {
        let spec = RedirectSpec::new(&[8443, 8080], 15006, 1337, &[9090], DEFAULT_TABLE).unwrap();
        let cmds = commands(&spec.transaction());
        let table = serde_json::json!({"table": {"family": "inet", "name": "palisade_redirect"}});
        assert_eq!(cmds[0], serde_json::json!({"add": table}));
        assert_eq!(cmds[1], serde_json::json!({"delete": table}));
        assert_eq!(cmds[2], serde_json::json!({"add": table}));
        let chains: Vec<_> = cmds.iter().filter_map(|c| c["add"].get("chain")).collect();
        assert_eq!(chains.len(), 2);
        for c in &chains {
            assert_eq!(c["type"], "nat");
            assert_eq!(c["prio"], -100);
            assert_eq!(c["policy"], "accept");
        }
        assert_eq!(chains[0]["hook"], "prerouting");
        assert_eq!(chains[1]["hook"], "output");
        let rules: Vec<_> = cmds.iter().filter_map(|c| c["add"].get("rule")).collect();
        let comments: Vec<_> = rules
            .iter()
            .map(|r| {
                format!(
                    "{}/{}",
                    r["chain"].as_str().unwrap(),
                    r["comment"].as_str().unwrap()
                )
            })
            .collect();
        assert_eq!(
            comments,
            [
                "prerouting/palisade: proxy-port",
                "prerouting/palisade: excluded",
                "prerouting/palisade: inbound",
                "output/palisade: proxy-uid",
                "output/palisade: proxy-port",
                "output/palisade: excluded",
                "output/palisade: local",
            ]
        );
        // The app ports as a set, the redirect to the proxy port, the uid exemption.
        let inbound = rules[2]["expr"].to_string();
        assert!(inbound.contains(r#"{"set":[8080,8443]}"#), "{inbound}");
        assert!(
            inbound.contains(r#"{"redirect":{"port":15006}}"#),
            "{inbound}"
        );
        let uid = rules[3]["expr"].to_string();
        assert!(
            uid.contains(r#"{"meta":{"key":"skuid"}}"#) && uid.contains("1337"),
            "{uid}"
        );
        assert!(rules[6]["expr"].to_string().contains(r#""fib""#));
        // Only Palisade's table is named anywhere.
        for c in &cmds {
            let s = c.to_string();
            assert!(s.contains("\"palisade_redirect\""), "{s}");
        }
    }

    #[test]
    fn no_excluded_ports_no_exclusion_rules() {
        let spec = RedirectSpec::new(&[8080], 15006, 1337, &[], DEFAULT_TABLE).unwrap();
        let tx = spec.transaction().to_string();
        assert!(!tx.contains("excluded"), "{tx}");
        assert!(tx.contains(r#""right":8080"#), "{tx}");
    }

    #[test]
    fn uninstall_touches_only_its_table() {
        let cmds = commands(&uninstall_transaction("palisade_redirect"));
        assert_eq!(cmds.len(), 2, "{cmds:?}");
        assert!(cmds[0]["add"]["table"]["name"] == "palisade_redirect");
        assert!(cmds[1]["delete"]["table"]["name"] == "palisade_redirect");
    }

    #[test]
    fn capability_parsing() {
        let with = "Name:\tx\nCapInh:\t0000000000000000\nCapEff:\t000001ffffffffff\n";
        let without = "CapEff:\t0000000000000000\n";
        let only_net_admin = "CapEff:\t0000000000001000\n";
        let all_but = "CapEff:\t000001ffffffefff\n";
        assert_eq!(status_has_net_admin(with), Some(true));
        assert_eq!(status_has_net_admin(without), Some(false));
        assert_eq!(status_has_net_admin(only_net_admin), Some(true));
        assert_eq!(status_has_net_admin(all_but), Some(false));
        assert_eq!(status_has_net_admin("Name:\tx\n"), None);
        assert_eq!(status_has_net_admin("CapEff:\tzz\n"), None);
    }

    #[test]
    fn nft_failures_are_classified() {
        // What nft 1.0.x prints without CAP_NET_ADMIN.
        let eperm = "netlink: Error: cache initialization failed: Operation not permitted\n";
        match classify_nft_failure(eperm) {
            ApplyError::NotPermitted { detail } => {
                assert!(detail.contains("Operation not permitted"), "{detail}")
            }
            other => panic!("{other:?}"),
        }
        let eperm2 = "Error: Could not process rule: Operation not permitted\nadd table inet x\n";
        assert!(matches!(
            classify_nft_failure(eperm2),
            ApplyError::NotPermitted { .. }
        ));
        let msg = ApplyError::NotPermitted { detail: "x".into() }.to_string();
        assert!(
            msg.contains("NET_ADMIN") && msg.contains("capabilities.add"),
            "{msg}"
        );
        let other = "Error: Could not process rule: No such file or directory\n";
        match classify_nft_failure(other) {
            ApplyError::NftFailed { stderr } => assert!(stderr.contains("No such file")),
            e => panic!("{e:?}"),
        }
        assert!(matches!(
            classify_nft_failure(""),
            ApplyError::NftFailed { .. }
        ));
    }

    #[test]
    fn missing_nft_is_reported_by_name() {
        let e = locate_nft("/nonexistent/dir/nft").unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("/nonexistent/dir/nft") && msg.contains("apt-get install nftables"),
            "{msg}"
        );
        assert!(matches!(
            locate_nft("palisade-no-such-program-xyz"),
            Err(ApplyError::NftMissing { .. })
        ));
    }
}
