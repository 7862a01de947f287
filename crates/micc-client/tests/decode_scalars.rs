//! TimeSpan, DateTime and enum values at the edge.

// Native only: these use the generator (micc-api) and proptest, and run with `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use micc_client::datetime::{DateTime, Offset};
use micc_client::decode;
use micc_client::models::{self, *};
use micc_client::timespan::TimeSpan;
use proptest::prelude::*;
use serde_json::json;
use std::time::Duration;

const T_SEC: i64 = TimeSpan::TICKS_PER_SECOND;
const T_DAY: i64 = TimeSpan::TICKS_PER_DAY;

#[test]
fn timespans_read_every_form_servers_write() {
    for (text, ticks, canonical) in [
        ("00:03:12", 192 * T_SEC, "00:03:12"),
        (
            "1.02:03:04.5670000",
            T_DAY + 7_384 * T_SEC + 5_670_000,
            "1.02:03:04.5670000",
        ),
        ("-00:01:01", -61 * T_SEC, "-00:01:01"),
        ("-1.00:00:00", -T_DAY, "-1.00:00:00"),
        // 1 to 7 fraction digits.
        ("00:00:01.5", T_SEC + 5_000_000, "00:00:01.5000000"),
        ("00:00:00.0000001", 1, "00:00:00.0000001"),
        ("00:00:00.1234567", 1_234_567, "00:00:00.1234567"),
        // The general format (`TimeSpan.ToString("g")`): unpadded hours, days with ':'.
        ("0:03:12", 192 * T_SEC, "00:03:12"),
        (
            "1:02:03:04.5",
            T_DAY + 7_384 * T_SEC + 5_000_000,
            "1.02:03:04.5000000",
        ),
        // No seconds, surrounding whitespace.
        ("01:02", 3_720 * T_SEC, "01:02:00"),
        ("  00:00:05 ", 5 * T_SEC, "00:00:05"),
        ("23:59:59", 86_399 * T_SEC, "23:59:59"),
        // The bounds of .NET's TimeSpan.
        (
            "10675199.02:48:05.4775807",
            i64::MAX,
            "10675199.02:48:05.4775807",
        ),
        (
            "-10675199.02:48:05.4775808",
            i64::MIN,
            "-10675199.02:48:05.4775808",
        ),
    ] {
        let t: TimeSpan = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(t.ticks(), ticks, "{text}");
        assert_eq!(t.to_string(), canonical, "{text}");
    }
}

#[test]
fn timespans_refuse_garbage_numbers_and_overflow() {
    for bad in [
        "",
        " ",
        "-",
        "5",
        "1.5",
        "00:60:00",
        "24:00:00",
        "00:00:60",
        "00:00:00.12345678",
        "00:00:00.",
        "00::00",
        "+00:00:01",
        "00:00:01Z",
        "10675199.02:48:05.4775808",
        "-10675199.02:48:05.4775809",
        "99999999.00:00:00",
        "123456789.00:00:00",
        "٠٠:٠٠:٠٠",
        "P1D",
    ] {
        assert!(TimeSpan::parse(bad).is_err(), "{bad:?} parsed");
    }
    // Numbers: JSON.NET never writes one, and its unit would be a guess.
    for text in ["192", "1.5", "true", "{}"] {
        let e = decode::from_str::<TimeSpan>(text).unwrap_err();
        assert!(e.message.contains("TimeSpan"), "{e}");
    }
}

#[test]
fn timespan_conversions() {
    assert_eq!(
        TimeSpan::from_millis(1_500).as_duration(),
        Some(Duration::from_millis(1_500))
    );
    assert_eq!(TimeSpan::from_millis(-1).as_duration(), None);
    assert_eq!(TimeSpan::from_millis(i64::MAX), TimeSpan::MAX);
    assert_eq!(TimeSpan::from_millis(i64::MIN), TimeSpan::MIN);
    assert_eq!(TimeSpan::from_secs(-61).to_string(), "-00:01:01");
    assert_eq!(
        TimeSpan::MAX.as_duration().map(|d| d.as_secs()),
        Some(922_337_203_685)
    );
    assert_eq!(TimeSpan::from(Duration::from_secs(u64::MAX)), TimeSpan::MAX);
    assert_eq!(TimeSpan::from_ticks(-15_000).as_millis(), -1);
    assert!(TimeSpan::from_secs(-1) < TimeSpan::ZERO);
    assert_eq!(
        serde_json::to_string(&TimeSpan::from_secs(192)).unwrap(),
        r#""00:03:12""#
    );
}

#[test]
fn datetimes_read_every_form_servers_write() {
    for (text, millis, canonical) in [
        (
            "2024-05-01T12:30:00Z",
            1_714_566_600_000,
            "2024-05-01T12:30:00Z",
        ),
        (
            "2024-05-01T12:30:00.123Z",
            1_714_566_600_123,
            "2024-05-01T12:30:00.123Z",
        ),
        (
            "2024-05-01T14:30:00+02:00",
            1_714_566_600_000,
            "2024-05-01T14:30:00+02:00",
        ),
        (
            "2024-05-01T07:00:00-05:30",
            1_714_566_600_000,
            "2024-05-01T07:00:00-05:30",
        ),
        // No zone: .NET's Unspecified kind, taken as UTC and printed with Z.
        (
            "2024-05-01T12:30:00",
            1_714_566_600_000,
            "2024-05-01T12:30:00Z",
        ),
        (
            "2024-05-01T12:30:00.1234567",
            1_714_566_600_123,
            "2024-05-01T12:30:00.1234567Z",
        ),
        // More than 7 digits: the first 7 are kept.
        (
            "2024-05-01T12:30:00.123456789Z",
            1_714_566_600_123,
            "2024-05-01T12:30:00.1234567Z",
        ),
        (
            "2024-05-01t12:30:00z",
            1_714_566_600_000,
            "2024-05-01T12:30:00Z",
        ),
        (
            "2024-05-01 12:30:00Z",
            1_714_566_600_000,
            "2024-05-01T12:30:00Z",
        ),
        (
            "2024-05-01T12:30Z",
            1_714_566_600_000,
            "2024-05-01T12:30:00Z",
        ),
        (
            "2024-05-01T14:30:00+0200",
            1_714_566_600_000,
            "2024-05-01T14:30:00+02:00",
        ),
        (
            "2024-05-01T14:30:00+02",
            1_714_566_600_000,
            "2024-05-01T14:30:00+02:00",
        ),
        (
            "2024-05-01T12:30:00+00:00",
            1_714_566_600_000,
            "2024-05-01T12:30:00+00:00",
        ),
        (
            "2024-02-29T00:00:00Z",
            1_709_164_800_000,
            "2024-02-29T00:00:00Z",
        ),
        ("1969-12-31T23:59:59.999Z", -1, "1969-12-31T23:59:59.999Z"),
        // default(DateTime) as JSON.NET writes it.
        (
            "0001-01-01T00:00:00",
            -62_135_596_800_000,
            "0001-01-01T00:00:00Z",
        ),
        (
            "9999-12-31T23:59:59.9999999Z",
            253_402_300_799_999,
            "9999-12-31T23:59:59.9999999Z",
        ),
        // A leap second is the next minute's instant.
        (
            "2016-12-31T23:59:60Z",
            1_483_228_800_000,
            "2016-12-31T23:59:60Z",
        ),
    ] {
        let d: DateTime = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(d.unix_millis(), millis, "{text}");
        assert_eq!(d.to_string(), canonical, "{text}");
    }
    let d = DateTime::parse("2024-05-01T12:30:00").unwrap();
    assert_eq!(d.offset(), Offset::Unspecified);
    let d = DateTime::parse("2024-05-01T14:30:00+02:00").unwrap();
    assert_eq!(d.offset(), Offset::Minutes(120));
    assert!(d.same_instant(&DateTime::parse("2024-05-01T12:30:00Z").unwrap()));
    assert_ne!(d, DateTime::parse("2024-05-01T12:30:00Z").unwrap());
}

#[test]
fn datetimes_refuse_garbage() {
    for bad in [
        "",
        "yesterday",
        "2024-05-01",
        "2024-05-01T",
        "2024-5-1T12:30:00Z",
        "2023-02-29T00:00:00Z",
        "2024-13-01T00:00:00Z",
        "2024-00-01T00:00:00Z",
        "2024-04-31T00:00:00Z",
        "2024-05-01T24:00:00Z",
        "2024-05-01T12:60:00Z",
        "2024-05-01T12:30:61Z",
        "2024-05-01T12:30:00.Z",
        "2024-05-01T12:30:00+24:00",
        "2024-05-01T12:30:00+02:60",
        "2024-05-01T12:30:00Zjunk",
        "2024-05-01T12:30:00+2",
        "12024-05-01T12:30:00Z",
        "２０２４-05-01T12:30:00Z",
    ] {
        assert!(DateTime::parse(bad).is_err(), "{bad:?} parsed");
    }
    assert!(decode::from_str::<DateTime>("1714566600000").is_err());
}

#[test]
fn datetime_from_unix_millis_and_ordering() {
    let d = DateTime::from_unix_millis(1_714_566_600_123).unwrap();
    assert_eq!(d.to_string(), "2024-05-01T12:30:00.123Z");
    assert_eq!(
        DateTime::from_unix_millis(-1).unwrap().to_string(),
        "1969-12-31T23:59:59.999Z"
    );
    assert_eq!(DateTime::from_unix_millis(i64::MAX), None);
    assert_eq!(DateTime::from_unix_millis(i64::MIN), None);
    let mut times: Vec<DateTime> = [
        "2024-05-01T14:00:00+02:00",
        "2024-05-01T11:00:00Z",
        "2024-05-01T12:30:00",
    ]
    .iter()
    .map(|s| s.parse().unwrap())
    .collect();
    times.sort();
    let sorted: Vec<String> = times.iter().map(ToString::to_string).collect();
    assert_eq!(
        sorted,
        [
            "2024-05-01T11:00:00Z",
            "2024-05-01T14:00:00+02:00",
            "2024-05-01T12:30:00Z"
        ]
    );
}

#[test]
fn enums_read_integers_names_in_any_case_and_keep_unknown_values() {
    let read = |text: &str| decode::from_str::<PresenceAvailability>(text).unwrap();
    assert_eq!(read("2"), PresenceAvailability::Busy);
    assert_eq!(read(r#""Busy""#), PresenceAvailability::Busy);
    assert_eq!(read(r#""bUSY""#), PresenceAvailability::Busy);
    assert_eq!(
        read(r#"" DoNotDisturb ""#),
        PresenceAvailability::DoNotDisturb
    );
    assert_eq!(read(r#""3""#), PresenceAvailability::DoNotDisturb);
    assert_eq!(read("2.0"), PresenceAvailability::Busy);
    assert_eq!(read("0"), PresenceAvailability::Unknown);
    assert_eq!(read("99"), PresenceAvailability::Other(RawEnum::Int(99)));
    assert_eq!(read("-1"), PresenceAvailability::Other(RawEnum::Int(-1)));
    assert_eq!(
        read(r#""99""#),
        PresenceAvailability::Other(RawEnum::Str("99".into()))
    );
    assert_eq!(
        read(r#""Lunch""#),
        PresenceAvailability::Other(RawEnum::Str("Lunch".into()))
    );
    assert_eq!(
        read("18446744073709551615"),
        PresenceAvailability::Other(RawEnum::Str("18446744073709551615".into()))
    );
    for bad in ["2.5", "true", "[]", "{}", "null"] {
        assert!(
            decode::from_str::<PresenceAvailability>(bad).is_err(),
            "{bad}"
        );
    }
    // `null` where an enum is optional is None.
    let q: QueueState = decode::from_str(r#"{"MediaType":null}"#).unwrap();
    assert_eq!(q.media_type, None);
}

#[test]
fn enums_serialize_as_integers_for_the_reference_and_names_for_javascript() {
    let values = [
        ConversationActionType::StopRecord,
        ConversationActionType::Pick,
        ConversationActionType::Other(RawEnum::Int(77)),
        ConversationActionType::Other(RawEnum::Str("Snooze".into())),
    ];
    assert_eq!(
        models::to_reference_json(&values),
        json!([41, 9, 77, "Snooze"])
    );
    assert_eq!(
        models::to_camel_json(&values),
        json!(["StopRecord", "Pick", 77, "Snooze"])
    );
    // NodeTypes skips 9 and 20; the values are the reference's, not positions.
    assert_eq!(models::to_reference_json(&NodeTypes::SIP), json!(23));
    assert_eq!(NodeTypes::from_value(21), NodeTypes::VWM);
    assert_eq!(
        NodeTypes::from_value(20),
        NodeTypes::Other(RawEnum::Int(20))
    );
    assert_eq!(
        NodeTypes::from_name("sx200acdwithrealtime"),
        NodeTypes::SX200ACDwithRealTime
    );
    assert_eq!(NodeTypes::SX2000UCD.value(), Some(4));
    assert_eq!(NodeTypes::SX2000UCD.name(), Some("SX2000UCD"));
    assert_eq!(NodeTypes::Other(RawEnum::Int(20)).to_string(), "20");
    assert_eq!(<NodeTypes as ApiEnum>::VALUES.len(), 22);
}

#[test]
fn assumed_enums_read_what_the_simulator_sends() {
    let c: ConversationModel = decode::from_str(
        r#"{"conversationState":"Abandoned","type":"Voice","mediaType":"Sms","direction":"Inbound",
            "lastAgentAction":"Pick","mediaServerType":"MCCWebChat","failedRouteReason":"NoAgents"}"#,
    )
    .unwrap();
    assert_eq!(c.conversation_state, Some(ConversationState::Abandoned));
    assert_eq!(c.r#type, Some(ConversationType::Voice));
    assert_eq!(c.media_type, Some(MediaType::Sms));
    assert_eq!(c.direction, Some(Direction::Inbound));
    assert_eq!(c.last_agent_action, Some(ConversationActionType::Pick));
    assert_eq!(c.media_server_type, Some(NodeTypes::MCCWebChat));
    assert_eq!(c.failed_route_reason, Some(FailedRouteReason::NoAgents));
    let d: DirectoryEntryModel =
        decode::from_str(r#"{"type":"ADUser","voiceMediaServerType":3}"#).unwrap();
    assert_eq!(d.r#type, Some(DirectoryEntryType::ADUser));
    assert_eq!(
        d.voice_media_server_type,
        Some(NodeTypes::SX200ACDwithRealTime)
    );
}

fn offsets() -> impl Strategy<Value = Offset> {
    prop_oneof![
        Just(Offset::Utc),
        (-(23 * 60 + 59)..=(23 * 60 + 59_i16)).prop_map(Offset::Minutes),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn timespans_round_trip(ticks in any::<i64>()) {
        let t = TimeSpan::from_ticks(ticks);
        let text = t.to_string();
        prop_assert_eq!(TimeSpan::parse(&text), Ok(t));
        let json = serde_json::to_string(&t).unwrap();
        prop_assert_eq!(decode::from_str::<TimeSpan>(&json).unwrap(), t);
    }

    #[test]
    fn timespan_parsing_never_panics(text in ".{0,40}") {
        let _ = TimeSpan::parse(&text);
    }

    #[test]
    fn timespan_like_text_never_panics(text in "[-0-9.: ]{0,30}") {
        if let Ok(t) = TimeSpan::parse(&text) {
            // Whatever parses prints in the constant format and parses back the same.
            prop_assert_eq!(TimeSpan::parse(&t.to_string()), Ok(t));
        }
    }

    #[test]
    fn datetimes_round_trip(
        (year, month, day) in (0u16..=9999, 1u8..=12, 1u8..=28),
        (hour, minute, second) in (0u8..=23, 0u8..=59, 0u8..=59),
        fraction in 0u32..10_000_000,
        offset in offsets(),
    ) {
        let d = DateTime::from_parts(year, month, day, hour, minute, second, fraction, offset).unwrap();
        let text = d.to_string();
        prop_assert_eq!(DateTime::parse(&text), Ok(d));
        let json = serde_json::to_string(&d).unwrap();
        prop_assert_eq!(decode::from_str::<DateTime>(&json).unwrap(), d);
    }

    #[test]
    fn unix_millis_round_trip(millis in -62_135_596_800_000_i64..253_402_300_800_000) {
        let d = DateTime::from_unix_millis(millis).unwrap();
        prop_assert_eq!(d.unix_millis(), millis);
        prop_assert_eq!(DateTime::parse(&d.to_string()).unwrap().unix_millis(), millis);
    }

    #[test]
    fn datetime_parsing_never_panics(text in ".{0,40}") {
        let _ = DateTime::parse(&text);
    }

    #[test]
    fn datetime_like_text_never_panics(text in "[-0-9:.+TZtz ]{0,36}") {
        if let Ok(d) = DateTime::parse(&text) {
            prop_assert!(DateTime::parse(&d.to_string()).unwrap().same_instant(&d));
        }
    }

    #[test]
    fn enum_names_in_any_case_are_known(index in 0usize..42, upper in any::<u64>()) {
        let (name, value) = <ConversationActionType as ApiEnum>::VALUES[index];
        let mixed: String = name
            .chars()
            .enumerate()
            .map(|(i, c)| if upper >> (i % 64) & 1 == 1 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect();
        let v = ConversationActionType::from_name(&mixed);
        prop_assert_eq!(v.value(), Some(value));
        prop_assert_eq!(v.name(), Some(name));
    }
}
