//! The shared corpus of TimeSpan and date-time texts (tests/fixtures/scalar-corpus.json) as
//! the Rust readers see it. The package's JavaScript reader is held to the same corpus by
//! tests/npm/convert.test.mjs.

use micc_client::datetime::DateTime;
use micc_client::timespan::TimeSpan;
use serde_json::Value;

fn corpus() -> Value {
    serde_json::from_str(include_str!("fixtures/scalar-corpus.json")).unwrap()
}

#[test]
fn timespans_are_read_as_the_corpus_says() {
    let corpus = corpus();
    let mut wrong = Vec::new();
    for case in corpus["timeSpans"].as_array().unwrap() {
        let text = case[0].as_str().unwrap();
        let valid = case[1].as_bool().unwrap();
        if TimeSpan::parse(text).is_ok() != valid {
            wrong.push(format!("{text:?}: expected valid={valid}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn date_times_are_read_as_the_corpus_says() {
    let corpus = corpus();
    let mut wrong = Vec::new();
    for case in corpus["dateTimes"].as_array().unwrap() {
        let text = case[0].as_str().unwrap();
        let valid = !case[1].is_null();
        if DateTime::parse(text).is_ok() != valid {
            wrong.push(format!("{text:?}: expected valid={valid}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
