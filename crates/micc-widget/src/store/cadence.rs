//! Timers that line up on the clock: the page ticker (store/ticker.rs) and the hub events'
//! flushes (store/batch.rs) wait with [`aligned_delay`], so a tick and a flush that are due
//! together fire in one task and cost the page one layout.

/// Milliseconds from `now_ms` to the next multiple of `period_ms` on the clock (never 0, at
/// most `period_ms`): timers of different periods that wait with this fire together.
pub fn aligned_delay(now_ms: f64, period_ms: u32) -> u32 {
    // Whole milliseconds in integers (f64's remainder links a software `fmod`).
    let period = u64::from(period_ms.max(1));
    let now = if now_ms.is_finite() && now_ms > 0.0 {
        now_ms.ceil() as u64
    } else {
        0
    };
    (period - now % period) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_end_on_the_next_multiple_of_the_period() {
        assert_eq!(aligned_delay(1_000.0, 250), 250);
        assert_eq!(aligned_delay(1_001.0, 250), 249);
        assert_eq!(aligned_delay(1_248.5, 250), 1);
        assert_eq!(aligned_delay(1_249.99, 250), 250, "never 0");
        assert_eq!(aligned_delay(1_700_000_000_123.0, 1000), 877);
        assert_eq!(aligned_delay(f64::NAN, 1000), 1000);
        assert_eq!(aligned_delay(-10.0, 250), 250);
        assert_eq!(aligned_delay(5.0, 0), 1);
    }
}
