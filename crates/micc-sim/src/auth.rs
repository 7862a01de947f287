//! The token endpoint (`/authorizationserver/token`) and bearer-token checks.
//!
//! Tokens are opaque random strings held in memory with their principal and expiry (wall
//! clock, not simulated time: expiry is about the client's token lifecycle). They never
//! appear in logs.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Who a token speaks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    /// A person: the employee at this index (`me`), with or without supervisor rights.
    User {
        employee: usize,
        username: String,
        supervisor: bool,
        impersonated_by: Option<String>,
    },
    /// A system-level client (client credentials without impersonation): sees everything,
    /// has no `me`.
    System { client_id: String },
}

impl Principal {
    /// Whether this principal may see every queue, agent and employee.
    pub fn sees_all(&self) -> bool {
        match self {
            Principal::User { supervisor, .. } => *supervisor,
            Principal::System { .. } => true,
        }
    }

    pub fn employee(&self) -> Option<usize> {
        match self {
            Principal::User { employee, .. } => Some(*employee),
            Principal::System { .. } => None,
        }
    }
}

#[derive(Debug, Clone)]
struct Issued {
    principal: Principal,
    expires: Instant,
    revoked: bool,
}

/// Why a bearer token was refused (all answered with 401; the reason goes to the log).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    Missing,
    Malformed,
    Unknown,
    Expired,
    Revoked,
}

/// An OAuth2 error answer of the token endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantError {
    pub status: u16,
    pub error: &'static str,
    pub description: String,
}

#[derive(Debug, Clone)]
pub struct Credentials {
    /// username -> password
    pub users: HashMap<String, String>,
    /// client id -> secret
    pub clients: HashMap<String, String>,
}

pub struct TokenStore {
    lifetime: Duration,
    tokens: Mutex<HashMap<String, Issued>>,
    random: std::collections::hash_map::RandomState,
    counter: std::sync::atomic::AtomicU64,
}

pub struct Granted {
    pub access_token: String,
    pub expires_in: u64,
    /// Wall-clock issue time (OWIN answers it as `.issued`, and `.expires` after the lifetime).
    pub issued_at: std::time::SystemTime,
}

impl TokenStore {
    pub fn new(lifetime: Duration) -> Self {
        Self {
            lifetime,
            tokens: Mutex::new(HashMap::new()),
            random: std::collections::hash_map::RandomState::new(),
            counter: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// 256 bits from the process's random hashing keys and a counter: unguessable enough for
    /// a simulator, no dependency.
    fn fresh_token(&self) -> String {
        let n = self
            .counter
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut out = String::with_capacity(64);
        for lane in 0..4u64 {
            let mut h = self.random.build_hasher();
            h.write_u64(n);
            h.write_u64(lane);
            h.write_u128(Instant::now().elapsed().as_nanos());
            out.push_str(&format!("{:016x}", h.finish()));
        }
        out
    }

    pub fn issue(&self, principal: Principal) -> Granted {
        let token = self.fresh_token();
        let issued = Issued {
            principal,
            expires: Instant::now() + self.lifetime,
            revoked: false,
        };
        if let Ok(mut t) = self.tokens.lock() {
            t.insert(token.clone(), issued);
        }
        Granted {
            access_token: token,
            expires_in: self.lifetime.as_secs(),
            issued_at: std::time::SystemTime::now(),
        }
    }

    /// Checks an `Authorization` header value (or a `sessionid` query value) of the form
    /// `Bearer <token>`.
    pub fn check(&self, header: Option<&str>) -> Result<Principal, Rejection> {
        let header = header.ok_or(Rejection::Missing)?;
        // The scheme is case-insensitive (RFC 7235; OWIN's bearer middleware compares it
        // ignoring case), so `bearer`, `BEARER` and `Bearer` all work.
        let token = header
            .trim_start()
            .split_once([' ', '\t'])
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, token)| token.trim())
            .filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_graphic()))
            .ok_or(Rejection::Malformed)?;
        let tokens = self.tokens.lock().map_err(|_| Rejection::Unknown)?;
        let issued = tokens.get(token).ok_or(Rejection::Unknown)?;
        if issued.revoked {
            Err(Rejection::Revoked)
        } else if Instant::now() >= issued.expires {
            Err(Rejection::Expired)
        } else {
            Ok(issued.principal.clone())
        }
    }

    /// Revokes every token (`None`) or those of one user or client; returns how many were
    /// still usable.
    pub fn revoke(&self, who: Option<&str>) -> usize {
        let Ok(mut tokens) = self.tokens.lock() else {
            return 0;
        };
        let now = Instant::now();
        let mut n = 0;
        for issued in tokens.values_mut() {
            let matches = match (&issued.principal, who) {
                (_, None) => true,
                (Principal::User { username, .. }, Some(w)) => username.eq_ignore_ascii_case(w),
                (Principal::System { client_id }, Some(w)) => client_id == w,
            };
            if matches && !issued.revoked {
                issued.revoked = true;
                n += usize::from(issued.expires > now);
            }
        }
        n
    }

    /// Makes every live token expire now (for tests of renewal).
    pub fn expire_all(&self) -> usize {
        let Ok(mut tokens) = self.tokens.lock() else {
            return 0;
        };
        let now = Instant::now();
        let mut n = 0;
        for issued in tokens.values_mut().filter(|i| i.expires > now) {
            issued.expires = now;
            n += 1;
        }
        n
    }
}

/// The `grant_type` handling of the token endpoint, given who may log in and how to find
/// an employee by username (`lookup` returns the employee index and supervisor flag).
pub fn grant(
    form: &[(String, String)],
    impersonate: Option<&str>,
    creds: &Credentials,
    lookup: impl Fn(&str) -> Option<(usize, bool)>,
) -> Result<Principal, GrantError> {
    let field = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let bad = |error: &'static str, description: &str| GrantError {
        status: 400,
        error,
        description: description.to_owned(),
    };
    match field("grant_type") {
        Some("password") => {
            let (Some(user), Some(pass)) = (field("username"), field("password")) else {
                return Err(bad("invalid_request", "username and password are required"));
            };
            let known = creds
                .users
                .iter()
                .find(|(u, _)| u.eq_ignore_ascii_case(user));
            match known {
                Some((u, p)) if p == pass => {
                    let (employee, supervisor) = lookup(u)
                        .ok_or_else(|| bad("invalid_grant", "The user has no employee record."))?;
                    Ok(Principal::User {
                        employee,
                        username: u.clone(),
                        supervisor,
                        impersonated_by: None,
                    })
                }
                _ => Err(bad(
                    "invalid_grant",
                    "The user name or password is incorrect.",
                )),
            }
        }
        Some("client_credentials") => {
            let (Some(id), Some(secret)) = (field("client_id"), field("client_secret")) else {
                return Err(GrantError {
                    status: 400,
                    error: "invalid_client",
                    description: "client_id and client_secret are required".into(),
                });
            };
            if creds.clients.get(id).is_none_or(|s| s != secret) {
                return Err(GrantError {
                    status: 400,
                    error: "invalid_client",
                    description: "The client credentials are invalid.".into(),
                });
            }
            match impersonate.map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(Principal::System {
                    client_id: id.to_owned(),
                }),
                Some(user) => {
                    let (employee, supervisor) = lookup(user).ok_or_else(|| {
                        bad("invalid_grant", "The user to impersonate does not exist.")
                    })?;
                    Ok(Principal::User {
                        employee,
                        username: user.to_owned(),
                        supervisor,
                        impersonated_by: Some(id.to_owned()),
                    })
                }
            }
        }
        Some(_) => Err(bad(
            "unsupported_grant_type",
            "The grant type is not supported.",
        )),
        None => Err(bad("invalid_request", "grant_type is required")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn creds() -> Credentials {
        Credentials {
            users: [("agent".to_owned(), "agent-pw".to_owned())].into(),
            clients: [("wallboard".to_owned(), "s3cret".to_owned())].into(),
        }
    }

    fn lookup(name: &str) -> Option<(usize, bool)> {
        match name {
            "agent" => Some((1, false)),
            "supervisor" => Some((0, true)),
            _ => None,
        }
    }

    fn form(s: &str) -> Vec<(String, String)> {
        micc_wire::form::decode(s)
    }

    #[test]
    fn password_grant_checks_the_password() {
        let ok = grant(
            &form("grant_type=password&username=Agent&password=agent-pw"),
            None,
            &creds(),
            lookup,
        );
        assert!(matches!(
            ok,
            Ok(Principal::User {
                employee: 1,
                supervisor: false,
                ..
            })
        ));
        let bad = grant(
            &form("grant_type=password&username=agent&password=nope"),
            None,
            &creds(),
            lookup,
        );
        assert_eq!(bad.unwrap_err().error, "invalid_grant");
    }

    #[test]
    fn client_credentials_with_and_without_impersonation() {
        let f = form("grant_type=client_credentials&client_id=wallboard&client_secret=s3cret");
        assert_eq!(
            grant(&f, None, &creds(), lookup),
            Ok(Principal::System {
                client_id: "wallboard".into()
            })
        );
        let p = grant(&f, Some("supervisor"), &creds(), lookup).unwrap();
        assert_eq!(p.employee(), Some(0));
        assert!(p.sees_all());
        assert_eq!(
            grant(&f, Some("ghost"), &creds(), lookup)
                .unwrap_err()
                .error,
            "invalid_grant"
        );
        let wrong = form("grant_type=client_credentials&client_id=wallboard&client_secret=x");
        assert_eq!(
            grant(&wrong, None, &creds(), lookup).unwrap_err().error,
            "invalid_client"
        );
        assert_eq!(
            grant(&form("grant_type=implicit"), None, &creds(), lookup)
                .unwrap_err()
                .error,
            "unsupported_grant_type"
        );
    }

    #[test]
    fn tokens_expire_and_are_revoked() {
        let store = TokenStore::new(Duration::from_secs(60));
        let t = store.issue(Principal::System {
            client_id: "c".into(),
        });
        let header = format!("Bearer {}", t.access_token);
        assert!(store.check(Some(&header)).is_ok());
        assert_eq!(store.check(None), Err(Rejection::Missing));
        assert_eq!(store.check(Some("Basic abc")), Err(Rejection::Malformed));
        for scheme in ["bearer", "BEARER", "bEaReR"] {
            let h = format!("{scheme} {}", t.access_token);
            assert!(store.check(Some(&h)).is_ok(), "{h}");
        }
        assert!(
            store
                .check(Some(&format!("  Bearer\t {}  ", t.access_token)))
                .is_ok()
        );
        assert_eq!(store.check(Some("Bearer")), Err(Rejection::Malformed));
        assert_eq!(store.check(Some("Bearer ")), Err(Rejection::Malformed));
        assert_eq!(
            store.check(Some(&format!("Bearerx {}", t.access_token))),
            Err(Rejection::Malformed)
        );
        assert_eq!(store.check(Some("Bearer nope")), Err(Rejection::Unknown));
        assert_eq!(store.expire_all(), 1);
        assert_eq!(store.check(Some(&header)), Err(Rejection::Expired));
        let t2 = store.issue(Principal::System {
            client_id: "c".into(),
        });
        assert_eq!(store.revoke(Some("c")), 1);
        assert_eq!(
            store.check(Some(&format!("Bearer {}", t2.access_token))),
            Err(Rejection::Revoked)
        );
        assert_ne!(t.access_token, t2.access_token);
        assert_eq!(t.access_token.len(), 64);
    }

    #[test]
    fn form_decoding_handles_escapes_and_garbage() {
        assert_eq!(
            form("a=b%20c&d=e+f&g"),
            vec![
                ("a".into(), "b c".into()),
                ("d".into(), "e f".into()),
                ("g".into(), "".into())
            ]
        );
    }
}
