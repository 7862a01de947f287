//! Client/server clock skew, for durations counted from a server time stamp (an agent's
//! `EnteredStateOn`). A browser clock a minute off would otherwise show every agent a minute
//! longer (or shorter) in their state.
//!
//! The source is `ServerStatusModel.serverTime` from `GET status` (the HTTP `Date` header
//! has whole seconds only and micc-client does not expose response headers). The request's
//! midpoint is taken as the instant the server read its clock, so the error is at most half
//! the round trip.

/// `server − local` in ms, from one `status` request sent at `sent_ms` and answered at
/// `received_ms` (local clock) carrying `server_ms`. `None` when a clock stepped back during
/// the request (no trustworthy midpoint) or the value is not finite.
pub fn skew_ms(sent_ms: f64, received_ms: f64, server_ms: f64) -> Option<f64> {
    if !(sent_ms.is_finite() && received_ms.is_finite() && server_ms.is_finite()) {
        return None;
    }
    if received_ms < sent_ms {
        return None;
    }
    Some(server_ms - (sent_ms + received_ms) / 2.0)
}

/// Keeps the estimate from the fastest round trip seen: its midpoint error bound is the
/// smallest. A new measurement replaces an older one when it is at least as tight.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Skew {
    /// `(skew_ms, round_trip_ms)` of the best measurement.
    best: Option<(f64, f64)>,
}

impl Skew {
    /// Adds a measurement (see [`skew_ms`]); returns whether the estimate changed.
    pub fn measure(&mut self, sent_ms: f64, received_ms: f64, server_ms: f64) -> bool {
        let Some(skew) = skew_ms(sent_ms, received_ms, server_ms) else {
            return false;
        };
        let rtt = received_ms - sent_ms;
        match self.best {
            // A clearly slower round trip says less than the one held.
            Some((_, best)) if rtt > best * 2.0 + 50.0 => false,
            _ => {
                let changed = self.best.map(|(s, _)| s) != Some(skew);
                self.best = Some((skew, rtt));
                changed
            }
        }
    }

    /// `server − local` in ms; 0 until measured (the local clock is then the best guess).
    pub fn ms(&self) -> f64 {
        self.best.map_or(0.0, |(s, _)| s)
    }

    pub fn is_measured(&self) -> bool {
        self.best.is_some()
    }
}

/// Seconds an agent has been in their state at local time `now_ms`: the server's "now" is
/// the local one plus the skew. Never negative (a state stamped a moment "in the future" by
/// rounding shows 0); `None` without a time stamp.
pub fn elapsed_secs(
    entered_server_ms: Option<f64>,
    now_local_ms: f64,
    skew_ms: f64,
) -> Option<f64> {
    let entered = entered_server_ms.filter(|e| e.is_finite())?;
    let now_server = now_local_ms + skew_ms;
    if !now_server.is_finite() {
        return None;
    }
    Some(((now_server - entered) / 1000.0).max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skew_is_taken_at_the_midpoint_of_the_request() {
        // Local 1000 → 1200, server said 61_100: the server is 60 s ahead.
        assert_eq!(skew_ms(1000.0, 1200.0, 61_100.0), Some(60_000.0));
        assert_eq!(
            skew_ms(1000.0, 1000.0, 500.0),
            Some(-500.0),
            "server behind"
        );
        assert_eq!(skew_ms(1200.0, 1000.0, 0.0), None, "clock stepped back");
        assert_eq!(skew_ms(f64::NAN, 1000.0, 0.0), None);
    }

    #[test]
    fn the_tightest_round_trip_wins() {
        let mut s = Skew::default();
        assert!(!s.is_measured());
        assert_eq!(s.ms(), 0.0);
        assert!(s.measure(0.0, 100.0, 10_050.0));
        assert_eq!(s.ms(), 10_000.0);
        // A 2 s round trip is far looser than 100 ms: ignored.
        assert!(!s.measure(0.0, 2000.0, 99_999.0));
        assert_eq!(s.ms(), 10_000.0);
        // A tighter one replaces it.
        assert!(s.measure(5000.0, 5020.0, 15_011.0));
        assert_eq!(s.ms(), 10_001.0);
        assert!(!s.measure(1000.0, 900.0, 0.0));
    }

    #[test]
    fn elapsed_time_is_corrected_by_the_skew() {
        // Entered at server 100_000; local now 50_000 with the server 60 s ahead: 10 s.
        assert_eq!(
            elapsed_secs(Some(100_000.0), 50_000.0, 60_000.0),
            Some(10.0)
        );
        // Without correction the same agent would show 0 (clamped, "in the future").
        assert_eq!(elapsed_secs(Some(100_000.0), 50_000.0, 0.0), Some(0.0));
        assert_eq!(elapsed_secs(None, 50_000.0, 0.0), None);
        assert_eq!(elapsed_secs(Some(f64::NAN), 50_000.0, 0.0), None);
        assert_eq!(elapsed_secs(Some(0.0), 1500.0, -500.0), Some(1.0));
    }
}
