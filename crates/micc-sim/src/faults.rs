//! Misbehaviour on demand, for testing clients: latency, error statuses, 429 with
//! Retry-After, malformed and truncated bodies. Off unless flags or the admin endpoint turn
//! it on. Scripted one-shot faults ("the next 2 requests to queues/state get 503") make
//! client tests deterministic; rates serve soak runs and demos.

use serde::Deserialize;

use crate::rng::Rng;

/// What to do to one response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Answer with this status and a JSON error body instead of running the operation.
    Status(u16),
    /// 429 with `Retry-After: secs`.
    RateLimited { retry_after_secs: u64 },
    /// 200 with an HTML page where JSON was promised (a proxy's login or error page).
    Malformed,
    /// The real body cut in the middle.
    Truncated,
}

/// Faults queued for the next matching requests.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Scripted {
    /// Only requests whose path contains this (case-insensitive) are affected.
    #[serde(default)]
    pub path: Option<String>,
    /// Statuses for the next requests, one each (e.g. `[503, 503]`).
    #[serde(default)]
    pub statuses: Vec<u16>,
    /// This many next requests get 429.
    #[serde(default)]
    pub rate_limited: u32,
    #[serde(default = "default_retry_after")]
    pub retry_after_secs: u64,
    #[serde(default)]
    pub malformed: u32,
    #[serde(default)]
    pub truncated: u32,
}

fn default_retry_after() -> u64 {
    1
}

/// Standing fault rates (probabilities per request) and added latency.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Rates {
    pub latency_ms: u64,
    pub error_rate: f64,
    pub error_status: u16,
    pub rate_limit_rate: f64,
    pub malformed_rate: f64,
    pub truncate_rate: f64,
}

/// Misbehaviour of the real-time channel (`/miccsdk/signalr`), standing until changed:
/// `--signalr-*` flags set it at start, `PUT /admin/signalr/faults` at run time.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, PartialEq)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct RealtimeFaults {
    /// Answer WebSocket upgrades 400 (a proxy without WebSocket support): clients fall back
    /// to server-sent events or long polling.
    #[serde(rename = "refuseWebSockets")]
    pub refuse_websockets: bool,
    /// Answer every `/miccsdk/signalr` request 404 (a reverse proxy that forwards only the
    /// REST API): no SignalR transport works, clients poll.
    pub block_signalr: bool,
    /// Hold every long poll this long before it is served.
    pub poll_delay_ms: u64,
    /// Hold long polls without any answer until the fault is lifted (or the client gives up).
    pub stall_polls: bool,
    /// Delay every delivery of hub events this long.
    pub message_delay_ms: u64,
    /// Probability that a delivery is sent twice (long polling: the same messages again on
    /// the next poll).
    pub duplicate_rate: f64,
}

#[derive(Debug)]
pub struct Faults {
    pub rates: Rates,
    scripted: Vec<Scripted>,
    rng: Rng,
}

impl Faults {
    pub fn new(rates: Rates, seed: u64) -> Self {
        Self {
            rates,
            scripted: Vec::new(),
            rng: Rng::new(seed ^ 0xFA17),
        }
    }

    pub fn script(&mut self, s: Scripted) {
        self.scripted.push(s);
    }

    pub fn clear(&mut self) {
        self.scripted.clear();
        self.rates = Rates::default();
    }

    /// Picks the fault for a request to `path`, consuming a scripted one first.
    pub fn next(&mut self, path: &str) -> Option<Fault> {
        let lower = path.to_ascii_lowercase();
        for s in &mut self.scripted {
            if s.path
                .as_ref()
                .is_some_and(|p| !lower.contains(&p.to_ascii_lowercase()))
            {
                continue;
            }
            if !s.statuses.is_empty() {
                return Some(Fault::Status(s.statuses.remove(0)));
            }
            if s.rate_limited > 0 {
                s.rate_limited -= 1;
                return Some(Fault::RateLimited {
                    retry_after_secs: s.retry_after_secs,
                });
            }
            if s.malformed > 0 {
                s.malformed -= 1;
                return Some(Fault::Malformed);
            }
            if s.truncated > 0 {
                s.truncated -= 1;
                return Some(Fault::Truncated);
            }
        }
        self.scripted
            .retain(|s| !s.statuses.is_empty() || s.rate_limited + s.malformed + s.truncated > 0);
        let r = &self.rates;
        let (error, limit, malformed, truncate) = (
            r.error_rate,
            r.rate_limit_rate,
            r.malformed_rate,
            r.truncate_rate,
        );
        let status = if r.error_status == 0 {
            503
        } else {
            r.error_status
        };
        if error > 0.0 && self.rng.chance(error) {
            return Some(Fault::Status(status));
        }
        if limit > 0.0 && self.rng.chance(limit) {
            return Some(Fault::RateLimited {
                retry_after_secs: 1,
            });
        }
        if malformed > 0.0 && self.rng.chance(malformed) {
            return Some(Fault::Malformed);
        }
        if truncate > 0.0 && self.rng.chance(truncate) {
            return Some(Fault::Truncated);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripted_faults_hit_matching_paths_in_order_then_stop() {
        let mut f = Faults::new(Rates::default(), 1);
        f.script(Scripted {
            path: Some("queues/state".into()),
            statuses: vec![503, 502],
            rate_limited: 1,
            retry_after_secs: 3,
            malformed: 0,
            truncated: 1,
        });
        assert_eq!(f.next("/miccsdk/api/v1/agents/states"), None);
        assert_eq!(
            f.next("/miccsdk/api/v1/Queues/State"),
            Some(Fault::Status(503))
        );
        assert_eq!(
            f.next("/miccsdk/api/v1/queues/state"),
            Some(Fault::Status(502))
        );
        assert_eq!(
            f.next("/miccsdk/api/v1/queues/state"),
            Some(Fault::RateLimited {
                retry_after_secs: 3
            })
        );
        assert_eq!(
            f.next("/miccsdk/api/v1/queues/state"),
            Some(Fault::Truncated)
        );
        assert_eq!(f.next("/miccsdk/api/v1/queues/state"), None);
    }

    #[test]
    fn rates_apply_roughly_at_their_probability() {
        let mut f = Faults::new(
            Rates {
                error_rate: 0.25,
                error_status: 500,
                ..Rates::default()
            },
            9,
        );
        let hits = (0..4000)
            .filter(|_| f.next("/x") == Some(Fault::Status(500)))
            .count();
        assert!((800..1200).contains(&hits), "{hits}");
    }
}
