//! How long to wait before each reconnect attempt: a policy object the caller can replace,
//! in the manner of `@microsoft/signalr`'s `IRetryPolicy`, but told why the connection was
//! lost.

use std::fmt;
use std::time::Duration;

/// Why the connection is being re-established.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReconnectReason {
    /// Nothing arrived for the negotiated keep-alive timeout.
    KeepAliveTimeout,
    /// The transport closed or failed (socket closed, poll failed, poll stalled).
    TransportLost(String),
    /// The server asked for it (`T:1`: its host is shutting down).
    ServerRequested,
    /// The server ended the connection (`D:1`, or a refused `reconnect`): a new one is needed.
    ServerDisconnected,
    /// A previous attempt failed (negotiate, connect or start), with why.
    AttemptFailed(String),
    /// The server refused the token (401/403): the driver should renew it.
    Unauthorized,
    /// A new token replaces the one the WebSocket was opened with (a planned reconnect,
    /// made at once without asking the policy).
    TokenRenewed,
}

impl fmt::Display for ReconnectReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReconnectReason::KeepAliveTimeout => f.write_str("keep-alive timeout"),
            ReconnectReason::TransportLost(why) => write!(f, "transport lost: {why}"),
            ReconnectReason::ServerRequested => f.write_str("the server asked to reconnect"),
            ReconnectReason::ServerDisconnected => f.write_str("the server ended the connection"),
            ReconnectReason::AttemptFailed(why) => write!(f, "reconnect attempt failed: {why}"),
            ReconnectReason::Unauthorized => f.write_str("the token was refused"),
            ReconnectReason::TokenRenewed => f.write_str("the access token was renewed"),
        }
    }
}

/// Decides the wait before reconnect attempt `attempt` (1 for the first), `elapsed` after
/// the connection was lost; `None` gives up (the connection goes to `Disconnected`).
pub trait ReconnectPolicy {
    fn next_delay(
        &mut self,
        attempt: u32,
        elapsed: Duration,
        reason: &ReconnectReason,
    ) -> Option<Duration>;
}

/// A source of uniform random numbers in `[0, 1)`, injected so that tests are
/// deterministic (the driver passes `Math.random` on wasm32).
pub trait Random {
    fn next_f64(&mut self) -> f64;
}

impl<F: FnMut() -> f64> Random for F {
    fn next_f64(&mut self) -> f64 {
        self()
    }
}

/// A small deterministic generator (SplitMix64), for tests and hosts without entropy.
#[derive(Debug, Clone)]
pub struct SplitMix64(pub u64);

impl Random for SplitMix64 {
    fn next_f64(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        // The top 53 bits as a fraction: exactly representable, always < 1.
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The default policy of a client's connection, its jitter seeded from `random` (the
/// platform's randomness, in `[0, 1)`): with one fixed seed every client of a restarted
/// server would wait the same times, in the waves full jitter is there to prevent.
pub fn seeded_backoff(random: f64) -> ExponentialBackoff {
    let fraction = if random.is_finite() {
        random.clamp(0.0, 1.0)
    } else {
        0.0
    };
    ExponentialBackoff::new(SplitMix64((fraction * (1u64 << 53) as f64) as u64))
}

/// Exponential backoff with full jitter and a cap: attempt `n` waits a uniform random time
/// in `[0, min(cap, base * 2^(n-1))]`. Full jitter spreads the clients of a restarted
/// server over the whole window instead of bringing them back in waves.
pub struct ExponentialBackoff<R = SplitMix64> {
    pub base: Duration,
    pub cap: Duration,
    /// Give up after this long without a connection (`None`: never).
    pub max_elapsed: Option<Duration>,
    /// Give up after this many attempts (`None`: never).
    pub max_attempts: Option<u32>,
    random: R,
}

impl<R> fmt::Debug for ExponentialBackoff<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExponentialBackoff")
            .field("base", &self.base)
            .field("cap", &self.cap)
            .field("max_elapsed", &self.max_elapsed)
            .field("max_attempts", &self.max_attempts)
            .finish_non_exhaustive()
    }
}

impl<R: Random> ExponentialBackoff<R> {
    /// 1 s doubling to a 30 s cap, forever: a wallboard must come back whenever the server
    /// does.
    pub fn new(random: R) -> Self {
        ExponentialBackoff {
            base: Duration::from_secs(1),
            cap: Duration::from_secs(30),
            max_elapsed: None,
            max_attempts: None,
            random,
        }
    }

    /// The upper bound of attempt `attempt`'s delay (before jitter).
    pub fn ceiling(&self, attempt: u32) -> Duration {
        let shift = attempt.saturating_sub(1).min(31);
        self.base
            .checked_mul(1u32 << shift)
            .unwrap_or(self.cap)
            .min(self.cap)
    }
}

impl<R: Random> ReconnectPolicy for ExponentialBackoff<R> {
    fn next_delay(
        &mut self,
        attempt: u32,
        elapsed: Duration,
        _reason: &ReconnectReason,
    ) -> Option<Duration> {
        if self.max_attempts.is_some_and(|max| attempt > max)
            || self.max_elapsed.is_some_and(|max| elapsed >= max)
        {
            return None;
        }
        let r = self.random.next_f64();
        // A misbehaving source (NaN, out of range) must not make a delay out of range.
        let r = if r.is_finite() {
            r.clamp(0.0, 1.0)
        } else {
            0.5
        };
        Some(self.ceiling(attempt).mul_f64(r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delays(mut p: ExponentialBackoff) -> Vec<Duration> {
        let reason = ReconnectReason::KeepAliveTimeout;
        (1..=4)
            .filter_map(|n| p.next_delay(n, Duration::ZERO, &reason))
            .collect()
    }

    #[test]
    fn clients_seeded_apart_wait_apart() {
        assert_eq!(delays(seeded_backoff(0.25)), delays(seeded_backoff(0.25)));
        assert_ne!(delays(seeded_backoff(0.25)), delays(seeded_backoff(0.75)));
        // Nonsense from a platform is a seed too, not a panic.
        for r in [f64::NAN, f64::INFINITY, -1.0, 2.0] {
            assert_eq!(delays(seeded_backoff(r)).len(), 4);
        }
    }
}
