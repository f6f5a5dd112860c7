//! The rule store: the compiled ruleset in force, swapped atomically on reload.
//!
//! Requests take one snapshot ([`RuleStore::snapshot`], an `Arc` out of an [`ArcSwap`]) and
//! use it for every phase, so a reload never changes the rules under a request. A reload
//! (file change, SIGHUP, `POST /reload`) reads and compiles the directory on a blocking
//! thread, off the request path; a set that fails to compile is not used — the old one stays,
//! every error (file, line, rule id, reason) is logged, and the failure is counted.
//!
//! Change detection reads the `*.toml` files every `rules_poll_ms` and compares their names
//! and contents with the last set tried. Reading through the file names follows a Kubernetes
//! ConfigMap volume's `..data` symlink swap, and comparing contents (not mtimes) catches two
//! writes within one timestamp tick.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use arc_swap::ArcSwap;
use rulesets::{CompiledRuleSet, LoadError};

use crate::metrics::Metrics;

/// Where rules come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleSource {
    /// The rules compiled into the binary.
    Builtin,
    /// A directory of `*.toml` files.
    Dir(PathBuf),
}

/// What asked for a reload (for logs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// The watched directory changed.
    FileChange,
    /// SIGHUP.
    Signal,
    /// `POST /reload` on the admin listener.
    Admin,
}

impl Trigger {
    fn as_str(self) -> &'static str {
        match self {
            Trigger::FileChange => "file-change",
            Trigger::Signal => "sighup",
            Trigger::Admin => "admin",
        }
    }
}

/// Why a reload did not replace the rules.
#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    /// The files could not be read or did not compile; the old set stays.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The compile task died.
    #[error("reload task failed: {0}")]
    Task(String),
}

/// The result of a successful reload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reloaded {
    /// Version of the set now in force.
    pub version: String,
    /// Its number of rules.
    pub rules: usize,
    /// Whether the version differs from the previous one.
    pub changed: bool,
}

type Files = Vec<(String, String)>;

/// The ruleset in force and how to reload it.
pub struct RuleStore {
    current: ArcSwap<CompiledRuleSet>,
    source: RuleSource,
    metrics: Arc<Metrics>,
    /// The files (or read error) of the last attempt, for change detection.
    last_seen: Mutex<Option<Result<Files, String>>>,
    /// One reload at a time.
    reloading: tokio::sync::Mutex<()>,
}

impl RuleStore {
    /// Loads the initial set; an error here stops the proxy from starting.
    pub fn open(source: RuleSource, metrics: Arc<Metrics>) -> Result<RuleStore, LoadError> {
        let (set, seen) = match &source {
            RuleSource::Builtin => (rulesets::load_builtin()?, None),
            RuleSource::Dir(dir) => {
                let files = rulesets::read_rule_dir(dir)?;
                let set = rulesets::compile_files(&dir.display().to_string(), &files)?;
                (set, Some(Ok(files)))
            }
        };
        metrics.ruleset(set.version(), set.len());
        tracing::info!(
            version = set.version(),
            rules = set.len(),
            memory_bytes = set.memory_usage(),
            source = set.source(),
            "rules loaded"
        );
        Ok(RuleStore {
            current: ArcSwap::from_pointee(set),
            source,
            metrics,
            last_seen: Mutex::new(seen),
            reloading: tokio::sync::Mutex::new(()),
        })
    }

    /// The set in force. Take it once per request and keep it for every phase.
    pub fn snapshot(&self) -> Arc<CompiledRuleSet> {
        self.current.load_full()
    }

    /// Where the rules come from.
    pub fn source(&self) -> &RuleSource {
        &self.source
    }

    /// Reads and compiles the rules now, whether or not they changed, and swaps them in if
    /// they compile.
    pub async fn reload(self: &Arc<Self>, trigger: Trigger) -> Result<Reloaded, ReloadError> {
        self.run(trigger, true)
            .await
            .unwrap_or_else(|| Ok(self.unchanged()))
    }

    /// Reloads only if the files differ from the last attempt; `None` when unchanged.
    pub async fn poll(self: &Arc<Self>) -> Option<Result<Reloaded, ReloadError>> {
        self.run(Trigger::FileChange, false).await
    }

    fn unchanged(&self) -> Reloaded {
        let cur = self.current.load();
        Reloaded {
            version: cur.version().to_string(),
            rules: cur.len(),
            changed: false,
        }
    }

    async fn run(
        self: &Arc<Self>,
        trigger: Trigger,
        force: bool,
    ) -> Option<Result<Reloaded, ReloadError>> {
        let RuleSource::Dir(dir) = &self.source else {
            // Built-in rules cannot change while the binary runs.
            return force.then(|| Ok(self.unchanged()));
        };
        let _one = self.reloading.lock().await;
        let dir = dir.clone();
        let me = self.clone();
        let compiled = tokio::task::spawn_blocking(move || {
            let read = rulesets::read_rule_dir(&dir);
            let seen: Result<Files, String> = match &read {
                Ok(f) => Ok(f.clone()),
                Err(e) => Err(e.to_string()),
            };
            {
                let mut last = me.last_seen.lock().ok()?;
                if !force && last.as_ref() == Some(&seen) {
                    return None;
                }
                *last = Some(seen);
            }
            Some(read.and_then(|files| rulesets::compile_files(&dir.display().to_string(), &files)))
        })
        .await;
        let result = match compiled {
            Ok(None) => return None,
            Ok(Some(Ok(set))) => Ok(set),
            Ok(Some(Err(e))) => Err(ReloadError::Load(e)),
            Err(e) => Err(ReloadError::Task(e.to_string())),
        };
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or_default();
        Some(match result {
            Ok(set) => {
                let old = self.current.load_full();
                let changed = old.version() != set.version();
                let out = Reloaded {
                    version: set.version().to_string(),
                    rules: set.len(),
                    changed,
                };
                self.current.store(Arc::new(set));
                self.metrics.ruleset(&out.version, out.rules);
                self.metrics.reload(true, now);
                tracing::info!(
                    trigger = trigger.as_str(),
                    version = %out.version,
                    previous = old.version(),
                    rules = out.rules,
                    changed,
                    "rules reloaded"
                );
                Ok(out)
            }
            Err(e) => {
                self.metrics.reload(false, now);
                if let ReloadError::Load(le) = &e {
                    for re in le.rule_errors() {
                        tracing::error!(
                            trigger = trigger.as_str(),
                            file = %re.file,
                            line = re.line,
                            rule = re.rule.as_deref().unwrap_or(""),
                            reason = %re.reason,
                            "rule rejected"
                        );
                    }
                }
                tracing::error!(
                    trigger = trigger.as_str(),
                    error = %e,
                    kept = self.current.load().version(),
                    "rules reload failed; keeping the rules in force"
                );
                Err(e)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[rule]]
id = "t-1"
name = "t"
category = "sqli"
targets = ["ARGS"]
literals = ["evilword"]
"#;

    #[tokio::test]
    async fn reload_keeps_old_set_on_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.toml"), GOOD).unwrap();
        let metrics = Arc::new(Metrics::default());
        let store =
            Arc::new(RuleStore::open(RuleSource::Dir(dir.path().into()), metrics.clone()).unwrap());
        let v1 = store.snapshot().version().to_string();
        assert!(
            store.poll().await.is_none(),
            "unchanged files reload nothing"
        );

        std::fs::write(dir.path().join("b.toml"), "[[rule]]\nid = \"bad\"\n").unwrap();
        let err = store.poll().await.unwrap().unwrap_err();
        assert!(err.to_string().contains("b.toml"), "{err}");
        assert_eq!(store.snapshot().version(), v1);
        assert!(
            store.poll().await.is_none(),
            "a failed set is not retried until it changes"
        );
        assert_eq!(metrics.reloads(), (0, 1));

        std::fs::remove_file(dir.path().join("b.toml")).unwrap();
        std::fs::write(
            dir.path().join("a.toml"),
            GOOD.replace("evilword", "otherword"),
        )
        .unwrap();
        let ok = store.poll().await.unwrap().unwrap();
        assert!(ok.changed);
        assert_ne!(store.snapshot().version(), v1);
        let forced = store.reload(Trigger::Admin).await.unwrap();
        assert!(!forced.changed);
        assert_eq!(metrics.reloads(), (2, 1));
    }
}
