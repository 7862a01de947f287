//! The mount configuration and its checks (pure): a bad value is a message the panel shows,
//! never a panic.

use crate::panels::queue_now::thresholds::{ServiceLevelRule, Thresholds};

pub const DEFAULT_POLL_MS: u32 = 5000;
const MIN_POLL_MS: f64 = 1000.0;
const MAX_POLL_MS: f64 = 3_600_000.0;

/// `pollMs`: default 5 s; at least 1 s (the server is shared by every wallboard), at most an
/// hour.
pub fn poll_ms(v: Option<f64>) -> Result<u32, String> {
    match v {
        None => Ok(DEFAULT_POLL_MS),
        Some(ms) if ms.is_finite() && (MIN_POLL_MS..=MAX_POLL_MS).contains(&ms) => Ok(ms as u32),
        // No float in the message: formatting one links core's float printer (~7 KB).
        Some(_) => Err("pollMs must be between 1000 and 3600000 milliseconds".into()),
    }
}

/// A non-negative whole count (`thresholds.waiting`).
pub fn count(v: Option<f64>, what: &str) -> Result<Option<i64>, String> {
    match v {
        None => Ok(None),
        Some(n) if n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n < 1e15 => Ok(Some(n as i64)),
        Some(_) => Err(format!("{what} must be a whole number ≥ 0")),
    }
}

/// A non-negative number of seconds (`thresholds.longestWaitSecs`).
pub fn seconds(v: Option<f64>, what: &str) -> Result<Option<f64>, String> {
    match v {
        None => Ok(None),
        Some(n) if n.is_finite() && n >= 0.0 => Ok(Some(n)),
        Some(_) => Err(format!("{what} must be a number of seconds ≥ 0")),
    }
}

/// `thresholds.serviceLevel`: absent or `"goal"` uses each queue's own goal, `false` turns
/// it off, a number 0–100 is a fixed percentage.
#[derive(Debug, Clone, PartialEq)]
pub enum ServiceLevelInput {
    Absent,
    Goal,
    Off,
    Percent(f64),
    Invalid(String),
}

pub fn service_level(v: ServiceLevelInput) -> Result<ServiceLevelRule, String> {
    match v {
        ServiceLevelInput::Absent | ServiceLevelInput::Goal => Ok(ServiceLevelRule::QueueGoal),
        ServiceLevelInput::Off => Ok(ServiceLevelRule::Off),
        ServiceLevelInput::Percent(p) if p.is_finite() && (0.0..=100.0).contains(&p) => {
            Ok(ServiceLevelRule::Percent(p))
        }
        ServiceLevelInput::Percent(_) => {
            Err("thresholds.serviceLevel must be a percentage 0–100".into())
        }
        ServiceLevelInput::Invalid(what) => Err(format!(
            "thresholds.serviceLevel must be \"goal\", false or a percentage, not {what}"
        )),
    }
}

/// The thresholds from their checked parts.
pub fn thresholds(
    waiting: Option<f64>,
    longest_wait_secs: Option<f64>,
    sl: ServiceLevelInput,
) -> Result<Thresholds, String> {
    Ok(Thresholds {
        waiting: count(waiting, "thresholds.waiting")?,
        longest_wait_secs: seconds(longest_wait_secs, "thresholds.longestWaitSecs")?,
        service_level: service_level(sl)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poll_interval_defaults_to_five_seconds_and_is_bounded() {
        assert_eq!(poll_ms(None), Ok(5000));
        assert_eq!(poll_ms(Some(1000.0)), Ok(1000));
        assert!(poll_ms(Some(999.0)).is_err());
        assert!(poll_ms(Some(f64::NAN)).is_err());
        assert!(poll_ms(Some(1e12)).is_err());
    }

    #[test]
    fn thresholds_reject_negative_fractional_and_nonsense_values() {
        assert_eq!(count(Some(10.0), "x"), Ok(Some(10)));
        assert!(count(Some(-1.0), "x").is_err());
        assert!(count(Some(1.5), "x").is_err());
        assert!(count(Some(f64::INFINITY), "x").is_err());
        assert!(seconds(Some(-0.5), "x").is_err());
        assert_eq!(seconds(Some(90.5), "x"), Ok(Some(90.5)));
    }

    #[test]
    fn service_level_rules() {
        assert_eq!(
            service_level(ServiceLevelInput::Absent),
            Ok(ServiceLevelRule::QueueGoal)
        );
        assert_eq!(
            service_level(ServiceLevelInput::Off),
            Ok(ServiceLevelRule::Off)
        );
        assert_eq!(
            service_level(ServiceLevelInput::Percent(80.0)),
            Ok(ServiceLevelRule::Percent(80.0))
        );
        assert!(service_level(ServiceLevelInput::Percent(180.0)).is_err());
        assert!(service_level(ServiceLevelInput::Invalid("\"x\"".into())).is_err());
        let t = thresholds(Some(3.0), None, ServiceLevelInput::Goal).unwrap_or_default();
        assert_eq!(t.waiting, Some(3));
    }
}
