//! `$filter` GUID and date-time literals are checked by the shared `micc_wire` reader before a
//! request is sent: a real calendar date and time with a zone, or an error.

use micc_client::{Error, Filter, Literal};

fn encode(value: Literal) -> Result<String, Error> {
    Filter::ge("T", value).encode()
}

#[test]
fn date_time_literals_are_real_instants_with_a_zone() {
    for ok in [
        "2024-01-02T03:04:05Z",
        "2024-02-29T00:00:00.1234567+01:00",
        "2024-01-02T03:04:05-0500",
        "2024-01-02T03:04Z",
    ] {
        assert_eq!(
            encode(Literal::DateTime(ok.into())).ok(),
            Some(format!("T ge {ok}")),
            "{ok}"
        );
    }
    for bad in [
        "2023-02-29T00:00:00Z",   // no such day
        "2024-01-02T24:00:00Z",   // no such hour
        "2024-01-02T03:04:05",    // no zone: the server would read its own
        "2024-01-02 03:04:05Z",   // not the literal's `T`
        "2024-01-02T03:04:05z",   // nor its `Z`
        "2024-01-02T03:04:05,5Z", // nor its `.`
        "2024-01-02T03:04:05Z or true",
        "yesterday",
    ] {
        assert!(
            matches!(
                encode(Literal::DateTime(bad.into())),
                Err(Error::InvalidArgument { .. })
            ),
            "{bad}"
        );
    }
}

#[test]
fn guid_literals_are_the_d_form() {
    let g = "0F8FAD5B-d9cb-469f-a165-70867728950e";
    assert_eq!(
        encode(Literal::Guid(g.into())).ok(),
        Some(format!("T ge {g}"))
    );
    for bad in [
        "{0f8fad5b-d9cb-469f-a165-70867728950e}",
        "0f8fad5bd9cb469fa16570867728950e",
        "0f8fad5b-d9cb-469f-a165-70867728950",
        "0f8fad5b-d9cb-469f-a165-70867728950g",
    ] {
        assert!(encode(Literal::Guid(bad.into())).is_err(), "{bad}");
    }
}
