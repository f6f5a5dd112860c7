//! Who may call the console: bearer tokens from the tokens file, browser sessions, CSRF.
//!
//! The tokens file has one `ROLE TOKEN [NAME]` per line (`#` starts a comment). A request
//! carries either `Authorization: Bearer TOKEN` (proxies, scripts) or the session cookie a
//! browser got from `POST /api/v1/login`. Cookie sessions must also prove, on every
//! state-changing request, that the page itself sent it: the `X-CSRF-Token` header equal to
//! the session's token (which only a same-origin page can read, from the login answer or
//! `/whoami`) and an `Origin` (or `Sec-Fetch-Site: same-origin`) naming this server. Bearer
//! requests need neither: a browser never attaches a bearer token by itself.
//!
//! Tokens are compared as SHA-256 digests with a constant-time equality over every
//! configured token, so neither the position of the first differing byte nor the length
//! of a guess shows in the timing.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rand::RngCore;
use ring::digest;
use serde::Serialize;
use subtle::ConstantTimeEq;

/// Shortest token accepted in the tokens file, in bytes.
pub const MIN_TOKEN_LEN: usize = 16;
/// How long a browser session lasts.
pub const SESSION_TTL: Duration = Duration::from_secs(12 * 3600);
/// Most browser sessions held at once; older expired ones are purged first.
pub const MAX_SESSIONS: usize = 10_000;
/// The session cookie's name.
pub const SESSION_COOKIE: &str = "palisade_session";

/// What a token may do. `approver` can do everything `viewer` can; `ingest` can only post
/// alerts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Proxies posting alerts.
    Ingest,
    /// Read the alerts, the map, the history.
    Viewer,
    /// Everything a viewer may, plus approve, reject, roll back and change modes.
    Approver,
}

impl Role {
    /// Whether this role grants what `needed` requires.
    pub fn allows(self, needed: Role) -> bool {
        match needed {
            Role::Ingest => self == Role::Ingest,
            Role::Viewer => matches!(self, Role::Viewer | Role::Approver),
            Role::Approver => self == Role::Approver,
        }
    }

    fn parse(s: &str) -> Option<Role> {
        match s {
            "ingest" => Some(Role::Ingest),
            "viewer" => Some(Role::Viewer),
            "approver" => Some(Role::Approver),
            _ => None,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Role::Ingest => "ingest",
            Role::Viewer => "viewer",
            Role::Approver => "approver",
        })
    }
}

/// Who is calling: the role and the name recorded with every change they make.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Principal {
    /// The token's role.
    pub role: Role,
    /// The NAME column of the tokens file, or `token-` and 8 hex digits of the token's
    /// SHA-256 when the line has none.
    pub name: String,
}

impl Principal {
    /// The identity recorded in the policy history, e.g. `approver:alice`.
    pub fn who(&self) -> String {
        format!("{}:{}", self.role, self.name)
    }
}

/// Why the tokens file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum TokensError {
    /// The file cannot be read.
    #[error("cannot read tokens file {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// A line is malformed.
    #[error("tokens file {}, line {line}: {reason}", path.display())]
    Line {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// No token at all.
    #[error("tokens file {} has no tokens", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
}

struct TokenEntry {
    digest: [u8; 32],
    principal: Principal,
}

/// The tokens of the tokens file, checked once at start.
pub struct Tokens {
    entries: Vec<TokenEntry>,
}

impl fmt::Debug for Tokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tokens")
            .field("count", &self.entries.len())
            .finish()
    }
}

fn sha256(b: &[u8]) -> [u8; 32] {
    let d = digest::digest(&digest::SHA256, b);
    let mut out = [0u8; 32];
    out.copy_from_slice(d.as_ref());
    out
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

impl Tokens {
    /// Reads and checks a tokens file.
    pub fn load(path: &Path) -> Result<Tokens, TokensError> {
        let text = std::fs::read_to_string(path).map_err(|source| TokensError::Read {
            path: path.to_owned(),
            source,
        })?;
        Tokens::parse(&text, path)
    }

    /// Parses the text of a tokens file (`path` is for messages).
    pub fn parse(text: &str, path: &Path) -> Result<Tokens, TokensError> {
        let mut entries: Vec<TokenEntry> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let bad = |reason: String| TokensError::Line {
                path: path.to_owned(),
                line: i + 1,
                reason,
            };
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (role, token, name) = match fields.as_slice() {
                [r, t] => (*r, *t, None),
                [r, t, n] => (*r, *t, Some(*n)),
                _ => {
                    return Err(bad(format!(
                        "expected `ROLE TOKEN [NAME]`, found {} fields",
                        fields.len()
                    )))
                }
            };
            let role = Role::parse(role).ok_or_else(|| {
                bad(format!(
                    "unknown role {role:?} (expected ingest, viewer or approver)"
                ))
            })?;
            if token.len() < MIN_TOKEN_LEN {
                return Err(bad(format!(
                    "token is shorter than {MIN_TOKEN_LEN} bytes (use e.g. `openssl rand -hex 24`)"
                )));
            }
            if !token.bytes().all(|b| b.is_ascii_graphic()) {
                return Err(bad("token has non-printable bytes".into()));
            }
            let d = sha256(token.as_bytes());
            if entries.iter().any(|e| e.digest == d) {
                return Err(bad("the same token appears twice".into()));
            }
            let name = match name {
                Some(n) => {
                    if n.len() > 64
                        || !n
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b"._@-".contains(&b))
                    {
                        return Err(bad(format!(
                            "name {n:?}: use at most 64 letters, digits, '.', '_', '@', '-'"
                        )));
                    }
                    n.to_owned()
                }
                None => format!("token-{}", hex(d.get(..4).unwrap_or_default())),
            };
            entries.push(TokenEntry {
                digest: d,
                principal: Principal { role, name },
            });
        }
        if entries.is_empty() {
            return Err(TokensError::Empty {
                path: path.to_owned(),
            });
        }
        Ok(Tokens { entries })
    }

    /// The principal a presented token belongs to. Every entry is compared, in constant
    /// time, whatever matches.
    pub fn check(&self, presented: &str) -> Option<Principal> {
        let d = sha256(presented.as_bytes());
        let mut found = None;
        for e in &self.entries {
            if bool::from(e.digest.ct_eq(&d)) {
                found = Some(e.principal.clone());
            }
        }
        found
    }
}

/// A browser session.
#[derive(Debug, Clone)]
pub struct Session {
    /// Who logged in.
    pub principal: Principal,
    /// The double-submit CSRF token.
    pub csrf: String,
    expires: Instant,
}

/// Server-side sessions: random id (the cookie) to principal, CSRF token and expiry.
#[derive(Debug, Default)]
pub struct Sessions {
    map: Mutex<HashMap<[u8; 32], Session>>,
}

/// Why a session could not be created.
#[derive(Debug, thiserror::Error)]
#[error("too many open sessions ({MAX_SESSIONS}); try again later")]
pub struct SessionsFull;

fn random_hex() -> String {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    hex(&b)
}

impl Sessions {
    /// Opens a session; returns the cookie value and the session.
    pub fn create(&self, principal: Principal) -> Result<(String, Session), SessionsFull> {
        let now = Instant::now();
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_SESSIONS {
            map.retain(|_, s| s.expires > now);
            if map.len() >= MAX_SESSIONS {
                return Err(SessionsFull);
            }
        }
        let id = random_hex();
        let s = Session {
            principal,
            csrf: random_hex(),
            expires: now + SESSION_TTL,
        };
        // Keyed by the id's digest so a lookup does not compare secrets byte by byte.
        map.insert(sha256(id.as_bytes()), s.clone());
        Ok((id, s))
    }

    /// The live session for a cookie value.
    pub fn get(&self, id: &str) -> Option<Session> {
        let key = sha256(id.as_bytes());
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        match map.get(&key) {
            Some(s) if s.expires > Instant::now() => Some(s.clone()),
            Some(_) => {
                map.remove(&key);
                None
            }
            None => None,
        }
    }

    /// Ends a session.
    pub fn remove(&self, id: &str) {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(&sha256(id.as_bytes()));
    }
}

/// Constant-time string equality (for the CSRF token).
pub fn ct_str_eq(a: &str, b: &str) -> bool {
    bool::from(sha256(a.as_bytes()).ct_eq(&sha256(b.as_bytes())))
}

/// The value of one cookie in a `Cookie` header.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|kv| {
        let (k, v) = kv.trim().split_once('=')?;
        (k == name).then_some(v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_file() {
        let p = Path::new("tokens");
        let t = Tokens::parse(
            "# comment\n\ningest  0123456789abcdef-ingest   proxy-1\nviewer 0123456789abcdef-viewer # trailing\napprover 0123456789abcdef-approve alice\n",
            p,
        )
        .unwrap();
        let a = t.check("0123456789abcdef-approve").unwrap();
        assert_eq!(a.who(), "approver:alice");
        let v = t.check("0123456789abcdef-viewer").unwrap();
        assert_eq!(v.role, Role::Viewer);
        assert!(
            v.name.starts_with("token-") && v.name.len() == 14,
            "{}",
            v.name
        );
        assert!(t.check("0123456789abcdef-viewe").is_none());
        assert!(t.check("").is_none());

        for (text, want) in [
            ("admin 0123456789abcdef0123\n", "line 1: unknown role"),
            ("viewer short\n", "line 1: token is shorter"),
            ("\nviewer\n", "line 2: expected `ROLE TOKEN [NAME]`"),
            ("viewer a b c d\n", "found 5 fields"),
            (
                "viewer 0123456789abcdef0123\napprover 0123456789abcdef0123\n",
                "line 2: the same token appears twice",
            ),
            ("viewer 0123456789abcdef0123 al/ice\n", "name \"al/ice\""),
            ("# nothing\n", "has no tokens"),
        ] {
            let e = Tokens::parse(text, p).unwrap_err().to_string();
            assert!(e.contains(want), "{text:?}: {e}");
        }
    }

    #[test]
    fn roles() {
        assert!(Role::Approver.allows(Role::Viewer));
        assert!(Role::Approver.allows(Role::Approver));
        assert!(!Role::Viewer.allows(Role::Approver));
        assert!(!Role::Ingest.allows(Role::Viewer));
        assert!(!Role::Approver.allows(Role::Ingest));
        assert!(Role::Ingest.allows(Role::Ingest));
    }

    #[test]
    fn sessions_and_cookies() {
        let s = Sessions::default();
        let p = Principal {
            role: Role::Viewer,
            name: "v".into(),
        };
        let (id, sess) = s.create(p.clone()).unwrap();
        assert_eq!(id.len(), 64);
        assert_eq!(s.get(&id).unwrap().principal, p);
        assert!(ct_str_eq(&s.get(&id).unwrap().csrf, &sess.csrf));
        assert!(s.get("nope").is_none());
        s.remove(&id);
        assert!(s.get(&id).is_none());
        assert_eq!(
            cookie_value("a=1; palisade_session=xyz; b=2", SESSION_COOKIE),
            Some("xyz")
        );
        assert_eq!(cookie_value("a=1", SESSION_COOKIE), None);
    }
}
