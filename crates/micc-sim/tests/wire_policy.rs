//! The simulator's own policy on top of the shared `micc_wire` reader: what its JSON.NET-like
//! body decoder and its OData `$filter` reader accept of ISO 8601 text, which the shared
//! reader alone does not decide.

use micc_sim::odata::parse_instant;
use micc_sim::wire::scalars::normalise_date_time;

const NS: i128 = 1_000_000_000;
const T: i128 = 1_714_566_600; // 2024-05-01T12:30:00Z

#[test]
fn odata_instants_take_nanoseconds_and_offsets_with_minutes() {
    assert_eq!(parse_instant("2024-05-01T12:30:00Z"), Some(T * NS));
    assert_eq!(parse_instant("2024-05-01t12:30:00z"), Some(T * NS));
    assert_eq!(parse_instant("2024-05-01 14:30:00+0200"), Some(T * NS));
    assert_eq!(parse_instant("2024-05-01T12:30"), Some(T * NS));
    assert_eq!(
        parse_instant("2024-05-01T12:30:00.1234567891Z"),
        Some(T * NS + 123_456_789)
    );
    assert_eq!(parse_instant("2024-05-01"), Some((T - 45_000) * NS));
}

#[test]
fn odata_instants_refuse_what_the_literal_grammar_does_not_have() {
    for bad in [
        "2024-05-01T12:30:00,5Z", // comma fraction
        "2024-05-01T23:59:60Z",   // leap second
        "2024-05-01T12:30:00+02", // offset without minutes
        " 2024-05-01T12:30:00Z",  // white space is the lexer's
        "2024-02-30T00:00:00Z",   // no such day
        "2024-05-01T12:30:00.Z",  // a fraction without digits
        "2024-05-01T12:30:00Zjunk",
    ] {
        assert_eq!(parse_instant(bad), None, "{bad}");
    }
}

#[test]
fn body_date_times_keep_their_spelling_and_get_the_server_offset() {
    let n = |s: &str| normalise_date_time(s, 60);
    // The fraction is kept as written, digits beyond .NET's seven included.
    assert_eq!(
        n("2024-05-01T12:30:00.123456789Z").as_deref(),
        Some("2024-05-01T12:30:00.123456789Z")
    );
    // The sign of a zero offset is kept.
    assert_eq!(
        n("2024-05-01T12:30:00-00:00").as_deref(),
        Some("2024-05-01T12:30:00-00:00")
    );
    assert_eq!(
        n("\u{2003}2024-05-01T12:30:00\u{2003}").as_deref(),
        Some("2024-05-01T12:30:00+01:00")
    );
    assert_eq!(
        n("2024-05-01T23:59:60").as_deref(),
        Some("2024-05-01T23:59:60+01:00")
    );
    assert_eq!(n("2024-05-01T12:30:00,5Z"), None);
    // `12:30.5` would be 12:30:30 in ISO 8601; reading it as 12:30:00.5 was wrong.
    assert_eq!(n("2024-05-01T12:30.5Z"), None);
}

#[test]
fn ms_dates_outside_dotnet_years_are_refused() {
    let n = |s: &str| normalise_date_time(s, 0);
    assert_eq!(
        n("/Date(1714566600000+0200)/").as_deref(),
        Some("2024-05-01T12:30:00.000Z")
    );
    assert_eq!(
        n("/Date(1714566600000+02)/").as_deref(),
        Some("2024-05-01T12:30:00.000Z")
    );
    assert_eq!(n("/Date(1714566600000Z)/"), None);
    assert_eq!(n("/Date(253402300800000)/"), None); // 10000-01-01
    assert_eq!(n("/Date(-62167219200001)/"), None); // before 0000-01-01
}
