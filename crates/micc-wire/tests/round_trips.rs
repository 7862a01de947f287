//! Property tests: every primitive's writer and reader agree, over all inputs.
#![cfg(not(target_arch = "wasm32"))] // proptest's RNG does not build for wasm32

use micc_wire::datetime::{IsoParts, Zone};
use micc_wire::{DateTime, Offset, TimeSpan, calendar, form, odata, percent};
use proptest::prelude::*;

fn offset() -> impl Strategy<Value = Offset> {
    prop_oneof![
        Just(Offset::Utc),
        (-(23 * 60 + 59)..=(23 * 60 + 59_i16)).prop_map(Offset::Minutes),
    ]
}

proptest! {
    #[test]
    fn timespans_round_trip(ticks in any::<i64>()) {
        let t = TimeSpan::from_ticks(ticks);
        prop_assert_eq!(TimeSpan::parse(&t.to_string()), Ok(t));
    }

    #[test]
    fn timespan_parsing_never_panics(s in "\\PC{0,40}") {
        let _ = TimeSpan::parse(&s);
    }

    #[test]
    fn days_and_dates_round_trip(days in -10_000_000i64..10_000_000) {
        let (y, m, d) = calendar::civil_from_days(days).unwrap();
        prop_assert!(calendar::is_valid_date(y, m, d));
        prop_assert_eq!(calendar::days_from_civil(i32::try_from(y).unwrap(), m, d), days);
    }

    #[test]
    fn civil_from_days_is_total(days in any::<i64>()) {
        let _ = calendar::civil_from_days(days);
        let _ = calendar::weekday_from_days(days);
    }

    #[test]
    fn unix_millis_round_trip(ms in DateTime::MIN_UNIX_MILLIS..=DateTime::MAX_UNIX_MILLIS) {
        let d = DateTime::from_unix_millis(ms).unwrap();
        prop_assert_eq!(d.unix_millis(), ms);
        prop_assert_eq!(DateTime::parse(&d.to_string()), Ok(d));
        let fixed = d.display_millis().to_string();
        prop_assert_eq!(fixed.len(), 24);
        prop_assert!(DateTime::parse(&fixed).unwrap().same_instant(&d));
    }

    #[test]
    fn date_times_round_trip(
        ms in DateTime::MIN_UNIX_MILLIS..=DateTime::MAX_UNIX_MILLIS,
        sub in 0u32..10_000,
        offset in offset(),
    ) {
        let u = DateTime::from_unix_millis(ms).unwrap();
        let d = DateTime::from_parts(
            u.year(), u.month(), u.day(), u.hour(), u.minute(), u.second(),
            u.fraction_ticks() + sub, offset,
        ).unwrap();
        let text = d.to_string();
        prop_assert_eq!(DateTime::parse(&text), Ok(d));
        // The shared reader sees the same parts the value holds.
        let parts = IsoParts::parse(&text).unwrap();
        let time = parts.time.unwrap();
        prop_assert_eq!(time.fraction_scaled(7), d.fraction_ticks());
        prop_assert_eq!(Offset::from(time.zone), d.offset());
        prop_assert_eq!(
            parts.local_seconds() - i64::from(time.zone.minutes_east()) * 60,
            d.unix_ticks().div_euclid(10_000_000)
        );
    }

    #[test]
    fn date_time_parsing_never_panics(s in "[0-9T:.,+zZ -]{0,40}|\\PC{0,40}") {
        if let Ok(parts) = IsoParts::parse(&s) {
            prop_assert!(calendar::is_valid_date(i64::from(parts.year), parts.month, parts.day));
            if let Some(t) = parts.time {
                prop_assert!(t.hour < 24 && t.minute < 60 && t.second <= 60);
                prop_assert!(t.fraction.bytes().all(|b| b.is_ascii_digit()));
                prop_assert!(matches!(t.zone, Zone::None | Zone::Utc) || t.zone.minutes_east().abs() < 24 * 60);
            }
        }
        let _ = DateTime::parse(&s);
    }

    #[test]
    fn percent_encoding_round_trips(s in "\\PC*|.*", keep in "[$'(),!*]{0,4}") {
        let e = percent::encode_with(&s, keep.as_bytes());
        prop_assert!(e.bytes().all(|b| percent::is_unreserved(b) || b == b'%' || keep.as_bytes().contains(&b)));
        prop_assert_eq!(percent::decode(&e, false), s.clone());
        let c = percent::encode_component(&s);
        prop_assert!(c.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~$%".contains(&b)));
        prop_assert_eq!(percent::decode(&c, true), s);
    }

    #[test]
    fn percent_decoding_never_panics(s in "[%0-9a-fA-F+]{0,12}|\\PC{0,20}") {
        let _ = percent::decode(&s, true);
    }

    #[test]
    fn forms_round_trip(pairs in proptest::collection::vec((".*", ".*"), 0..5)) {
        let encoded = form::encode(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(!encoded.contains(' '));
        let expected: Vec<(String, String)> =
            pairs.into_iter().filter(|(k, v)| !k.is_empty() || !v.is_empty()).collect();
        // An empty pair encodes as "=", which decodes to ("", "").
        let decoded: Vec<(String, String)> =
            form::decode(&encoded).into_iter().filter(|(k, v)| !k.is_empty() || !v.is_empty()).collect();
        prop_assert_eq!(decoded, expected);
    }

    #[test]
    fn odata_quoting_round_trips(s in ".*") {
        prop_assert_eq!(odata::unquote(&odata::quote(&s)), Some(s));
    }
}
