//! The reconnect policy (exponential backoff, full jitter, cap) and the snapshot/event
//! ordering rule.

use micc_client::realtime::ordering::Freshness;
use micc_client::realtime::reconnect::{
    ExponentialBackoff, Random, ReconnectPolicy, ReconnectReason, SplitMix64,
};
use std::time::Duration;

const R: ReconnectReason = ReconnectReason::KeepAliveTimeout;

#[test]
fn backoff_doubles_up_to_the_cap_with_full_jitter() {
    let mut top = ExponentialBackoff::new(|| 0.999_999);
    let ceilings: Vec<u128> = (1..=8).map(|a| top.ceiling(a).as_millis()).collect();
    assert_eq!(
        ceilings,
        [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]
    );
    assert_eq!(top.ceiling(u32::MAX), Duration::from_secs(30));
    // Random 0 waits nothing, random just under 1 almost the ceiling.
    let mut zero = ExponentialBackoff::new(|| 0.0);
    assert_eq!(zero.next_delay(5, Duration::ZERO, &R), Some(Duration::ZERO));
    let d = top.next_delay(3, Duration::ZERO, &R).unwrap();
    assert!(
        d <= Duration::from_secs(4) && d > Duration::from_millis(3990),
        "{d:?}"
    );
    // Many draws: always within [0, ceiling], spread over the range (full jitter).
    let mut b = ExponentialBackoff::new(SplitMix64(42));
    for attempt in 1..=12 {
        let ceiling = b.ceiling(attempt);
        let draws: Vec<Duration> = (0..200)
            .map(|_| b.next_delay(attempt, Duration::ZERO, &R).unwrap())
            .collect();
        assert!(draws.iter().all(|d| *d <= ceiling), "attempt {attempt}");
        let low = draws.iter().filter(|d| **d < ceiling / 4).count();
        let high = draws.iter().filter(|d| **d > ceiling * 3 / 4).count();
        assert!(
            low > 20 && high > 20,
            "attempt {attempt}: {low} low, {high} high"
        );
    }
}

#[test]
fn backoff_is_deterministic_for_a_seed_and_survives_a_bad_random_source() {
    let run = |seed| {
        let mut b = ExponentialBackoff::new(SplitMix64(seed));
        (1..10)
            .map(|a| b.next_delay(a, Duration::ZERO, &R))
            .collect::<Vec<_>>()
    };
    assert_eq!(run(7), run(7));
    assert_ne!(run(7), run(8));
    for bad in [f64::NAN, f64::INFINITY, -3.0, 17.0] {
        let mut b = ExponentialBackoff::new(move || bad);
        let d = b.next_delay(2, Duration::ZERO, &R).unwrap();
        assert!(d <= Duration::from_secs(2), "{bad}: {d:?}");
    }
    let mut r = SplitMix64(1);
    assert!(
        (0..10_000)
            .map(|_| r.next_f64())
            .all(|x| (0.0..1.0).contains(&x))
    );
}

#[test]
fn backoff_gives_up_after_its_limits() {
    let mut b = ExponentialBackoff::new(|| 0.5);
    b.max_attempts = Some(3);
    assert!(b.next_delay(3, Duration::ZERO, &R).is_some());
    assert_eq!(b.next_delay(4, Duration::ZERO, &R), None);
    b.max_attempts = None;
    b.max_elapsed = Some(Duration::from_secs(60));
    assert!(b.next_delay(9, Duration::from_secs(59), &R).is_some());
    assert_eq!(b.next_delay(9, Duration::from_secs(60), &R), None);
}

#[test]
fn a_stale_snapshot_never_overwrites_a_newer_event() {
    let mut f = Freshness::new();
    // Event 1 for q1, then a snapshot requested at 2.
    assert!(f.event("q1", 1));
    let snapshot_seq = 2;
    // Event 3 arrives before the snapshot's answer: the snapshot must not overwrite q1...
    assert!(f.event("q1", 3));
    assert!(!f.snapshot("q1", snapshot_seq));
    // ...but fills q2, which no event touched since.
    assert!(f.snapshot("q2", snapshot_seq));
    // An older snapshot arriving after a newer one loses too.
    assert!(f.snapshot("q3", 5));
    assert!(!f.snapshot("q3", 4));
    // Absent from a snapshot: removed only if nothing newer touched it.
    assert!(!f.absent_in_snapshot(&"q1", 2));
    assert!(f.absent_in_snapshot(&"q2", 6));
    assert_eq!(f.version(&"q2"), None);
    assert_eq!(f.version(&"q1"), Some(3));
}
