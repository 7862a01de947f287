//! When to try a request again, and after how long: a pure function of the attempt and
//! its outcome, so it is tested without a network or a clock.

use std::time::Duration;

/// Retries with exponential backoff and full jitter.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0 disables retrying).
    pub max_retries: u32,
    /// Delay before the first retry, before jitter.
    pub base_delay: Duration,
    /// Upper bound of a backoff delay.
    pub max_delay: Duration,
    /// Upper bound of a `Retry-After` the client agrees to wait.
    pub max_retry_after: Duration,
    /// Also retry POST requests after network errors and 502/503/504, which may have
    /// reached the server. Off by default: a POST may create something twice.
    pub retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: 3,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
            retry_non_idempotent: false,
        }
    }
}

/// Most retries a policy may ask for.
pub const MAX_RETRIES: u32 = 100;

/// How an attempt ended, as far as retrying is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome<'a> {
    /// No HTTP answer (network error or timeout).
    NoAnswer,
    /// An HTTP answer with this status and `Retry-After` header.
    Status {
        status: u16,
        retry_after: Option<&'a str>,
    },
}

impl RetryPolicy {
    pub fn none() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// The delay before retry number `retry` (1-based) after `outcome`, or `None` when the
    /// request should not be retried. `random` is uniform in [0, 1).
    pub fn delay(
        &self,
        retry: u32,
        outcome: &Outcome<'_>,
        idempotent: bool,
        random: f64,
    ) -> Option<Duration> {
        if retry == 0 || retry > self.max_retries {
            return None;
        }
        match outcome {
            Outcome::NoAnswer
            | Outcome::Status {
                status: 502..=504, ..
            } => (idempotent || self.retry_non_idempotent).then(|| self.backoff(retry, random)),
            // 429 means the request was not processed: safe to repeat whatever its method.
            Outcome::Status {
                status: 429,
                retry_after,
            } => match retry_after.and_then(parse_retry_after) {
                Some(wait) if wait <= self.max_retry_after => Some(wait),
                Some(_) => None,
                None => Some(self.backoff(retry, random)),
            },
            Outcome::Status { .. } => None,
        }
    }

    fn backoff(&self, retry: u32, random: f64) -> Duration {
        let exp = self
            .base_delay
            .saturating_mul(1u32 << retry.saturating_sub(1).min(16));
        let cap = exp.min(self.max_delay);
        // `clamp` keeps NaN, and `mul_f64` panics on it: a platform's odd random value
        // must not reach it.
        let jitter = if random.is_finite() {
            random.clamp(0.0, 1.0)
        } else {
            0.0
        };
        cap.mul_f64(jitter)
    }

    /// Refuses values a platform timer cannot wait for (see
    /// [`crate::http::MAX_TIMER`]) and retry counts beyond [`MAX_RETRIES`].
    pub fn check(&self) -> Result<(), String> {
        if self.max_retries > MAX_RETRIES {
            return Err(format!(
                "retry.maxRetries must be at most {MAX_RETRIES}, got {}",
                self.max_retries
            ));
        }
        for (name, d) in [
            ("baseDelay", self.base_delay),
            ("maxDelay", self.max_delay),
            ("maxRetryAfter", self.max_retry_after),
        ] {
            if d > crate::http::MAX_TIMER {
                return Err(format!(
                    "retry.{name} must be at most {} ms (the longest timer browsers keep)",
                    crate::http::MAX_TIMER_MS
                ));
            }
        }
        Ok(())
    }
}

/// `Retry-After` as delta-seconds (an integer, RFC 9110). HTTP dates are not honoured (no
/// clock agreement with the server can be assumed); the caller falls back to backoff.
fn parse_retry_after(value: &str) -> Option<Duration> {
    let secs: u64 = value.trim().parse().ok()?;
    Some(Duration::from_secs(secs.min(86_400)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NET: Outcome<'static> = Outcome::NoAnswer;

    fn status(s: u16) -> Outcome<'static> {
        Outcome::Status {
            status: s,
            retry_after: None,
        }
    }

    #[test]
    fn transient_failures_of_idempotent_requests_are_retried_up_to_the_limit() {
        let p = RetryPolicy::default();
        for o in [NET, status(502), status(503), status(504)] {
            assert!(p.delay(1, &o, true, 0.5).is_some(), "{o:?}");
            assert!(p.delay(3, &o, true, 0.5).is_some());
            assert_eq!(p.delay(4, &o, true, 0.5), None, "limit");
        }
        for s in [400, 401, 403, 404, 409, 500] {
            assert_eq!(p.delay(1, &status(s), true, 0.5), None, "{s}");
        }
    }

    #[test]
    fn posts_are_not_retried_after_they_may_have_arrived_unless_asked() {
        let p = RetryPolicy::default();
        assert_eq!(p.delay(1, &NET, false, 0.5), None);
        assert_eq!(p.delay(1, &status(503), false, 0.5), None);
        let p = RetryPolicy {
            retry_non_idempotent: true,
            ..RetryPolicy::default()
        };
        assert!(p.delay(1, &status(503), false, 0.5).is_some());
    }

    #[test]
    fn backoff_doubles_is_capped_and_jittered() {
        let p = RetryPolicy {
            max_retries: 10,
            ..RetryPolicy::default()
        };
        let full = |r| p.delay(r, &NET, true, 0.999_999).unwrap();
        assert!(full(2) > full(1) && full(3) > full(2));
        assert!(full(10) <= p.max_delay);
        assert_eq!(p.delay(1, &NET, true, 0.0), Some(Duration::ZERO));
        assert_eq!(
            p.delay(2, &NET, true, 0.5),
            Some(Duration::from_millis(250))
        );
    }

    #[test]
    fn too_many_requests_honours_retry_after_for_every_method() {
        let p = RetryPolicy::default();
        let o = Outcome::Status {
            status: 429,
            retry_after: Some("2"),
        };
        assert_eq!(p.delay(1, &o, false, 0.9), Some(Duration::from_secs(2)));
        let o = Outcome::Status {
            status: 429,
            retry_after: Some(" 0 "),
        };
        assert_eq!(p.delay(1, &o, true, 0.9), Some(Duration::ZERO));
        let far = Outcome::Status {
            status: 429,
            retry_after: Some("3600"),
        };
        assert_eq!(
            p.delay(1, &far, true, 0.9),
            None,
            "longer than we agree to wait"
        );
        let date = Outcome::Status {
            status: 429,
            retry_after: Some("Wed, 21 Oct 2015 07:28:00 GMT"),
        };
        assert!(
            p.delay(1, &date, true, 0.5).is_some(),
            "falls back to backoff"
        );
        for bad in ["-1", "NaN", "inf", "", "0.5"] {
            let o = Outcome::Status {
                status: 429,
                retry_after: Some(bad),
            };
            assert!(
                p.delay(1, &o, true, 0.5).is_some_and(|d| d <= p.max_delay),
                "{bad}"
            );
        }
    }

    #[test]
    fn disabled_policy_never_retries() {
        assert_eq!(RetryPolicy::none().delay(1, &NET, true, 0.5), None);
    }
}
