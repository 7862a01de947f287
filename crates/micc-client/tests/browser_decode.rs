//! In headless Chromium: the wasm decode path (`decode::from_str_js`: the engine's
//! `JSON.parse`, then serde-wasm-bindgen through the tolerant adapter) keeps what the native
//! tests (decode_hostile.rs, decode_scalars.rs, decode_models.rs) pin for serde_json:
//! names in any case, first duplicate wins, JSON paths in errors, arrays are not models,
//! nesting limits, enums as names or integers, and no panic on hostile input. Where
//! `JSON.parse` decides differently (exact duplicates, integers beyond 2^53), the test pins
//! what the wasm path does instead (see src/decode/engine.rs).
#![cfg(target_arch = "wasm32")]

use micc_client::HalPage;
use micc_client::decode::{self, DecodeError, MESSAGE_LIMIT};
use micc_client::models::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

type AgentPage = HalPage<AgentState>;
type EmployeePage = HalPage<EmployeeState>;

fn ok<T: serde::de::DeserializeOwned>(text: &str) -> T {
    match decode::from_str_js::<T>(text) {
        Ok(v) => v,
        Err(e) => panic!("{text:.80} did not decode: {e}"),
    }
}

fn err<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> DecodeError {
    match decode::from_str_js::<T>(text) {
        Ok(v) => panic!("decoded {text:.80} as {v:?}"),
        Err(e) => e,
    }
}

#[wasm_bindgen_test]
fn names_match_in_any_case_and_the_first_duplicate_in_other_case_wins() {
    let q: QueueState =
        ok(r#"{"wAiTiNgCoNvErSaTiOnS":5,"NAME":"first","name":"second","Name":null}"#);
    assert_eq!(q.waiting_conversations, Some(5));
    assert_eq!(q.name.as_deref(), Some("first"));
    // An exact duplicate is resolved by JSON.parse before Rust sees it: the last one.
    let q: QueueState = ok(r#"{"Id":"a","Id":"b"}"#);
    assert_eq!(q.id.as_deref(), Some("b"));
    // A skipped duplicate is still checked for syntax (JSON.parse refuses the text).
    assert_eq!(err::<QueueState>(r#"{"Id":"a","id":[}"#).path, "$");
    // Unknown properties are ignored, dictionary keys keep their case.
    let d: DirectoryEntryModel = ok(r#"{"Custom":{"MixedCase":1},"Unheard":{"x":[1]}}"#);
    assert_eq!(d.custom.unwrap()["MixedCase"], 1);
}

#[wasm_bindgen_test]
fn the_same_body_decodes_as_natively() {
    let body = r#"{"count":2,"_links":{"self":{"href":"/x"},"next":{"href":"/x?page=2"}},
        "_embedded":{"items":[
          {"id":"a","name":"Ann","currentState":"Idle","presence":{"availability":2},
           "acdConversationsToday":7,"enteredStateOn":"2026-12-01T10:00:00Z"},
          {"Id":"b","CurrentState":4,"Extra":{"deep":[1,{"x":null}]}}]}}"#;
    let js: AgentPage = ok(body);
    let native: AgentPage = decode::from_str(body).unwrap();
    assert_eq!(js, native);
    assert_eq!(js.items().len(), 2);
    assert_eq!(js.items()[0].current_state, Some(AgentCurrentState::Idle));
    // Free-form values keep their structure (serde_json::Value through deserialize_any).
    let q: QueueState = ok(r#"{"_embedded":{"a":[1,2.5,"s",true,null,{"b":{}}]}}"#);
    let native: QueueState =
        decode::from_str(r#"{"_embedded":{"a":[1,2.5,"s",true,null,{"b":{}}]}}"#).unwrap();
    assert_eq!(q, native);
}

#[wasm_bindgen_test]
fn a_wrong_type_deep_inside_names_its_path_as_received() {
    let text = r#"{"count":4,"_embedded":{"items":[{},{},{},
        {"id":"e","presence":{"aggregate":{"acdState":[1]}}}]}}"#;
    let e = err::<EmployeePage>(text);
    assert_eq!(e.path, "$._embedded.items[3].presence.aggregate.acdState");
    assert!(e.message.contains("enum name or integer"), "{e}");

    let e = err::<AgentPage>(r#"{"_embedded":{"items":[{"AcdConversationsToday":"many"}]}}"#);
    assert_eq!(e.path, "$._embedded.items[0].AcdConversationsToday");
    assert!(e.message.starts_with("invalid type: string"), "{e}");

    let e = err::<QueueState>(r#"{"longestWaitingConversationDuration":"3 minutes"}"#);
    assert_eq!(e.path, "$.longestWaitingConversationDuration");
    assert!(e.message.contains("TimeSpan"), "{e}");

    let e = err::<QueueModel>(r#"{"_links":{"a b":{"href":5}}}"#);
    assert_eq!(e.path, r#"$._links["a b"].href"#);
    assert_eq!(e.to_string(), format!("{}: {}", e.path, e.message));
}

#[wasm_bindgen_test]
fn arrays_and_null_are_not_models() {
    assert_eq!(err::<QueueState>("[]").path, "$");
    // serde-wasm-bindgen alone would read `[["Id","x"]]` as the pair Id = "x".
    assert_eq!(err::<QueueState>(r#"[["Id","x"]]"#).path, "$");
    let e = err::<AgentPage>(r#"{"_embedded":{"items":[["a","b"]]}}"#);
    assert_eq!(e.path, "$._embedded.items[0]");
    let e = err::<AgentPage>(r#"{"_embedded":{"items":[null]}}"#);
    assert_eq!(e.path, "$._embedded.items[0]");
    // A map (JsonObject) is not an array of pairs either.
    let e = err::<QueueState>(r#"{"_embedded":[["a",1]]}"#);
    assert_eq!(e.path, "$._embedded");
    // null and missing are None.
    let s: EmployeeState = ok(
        r#"{"Id":null,"Presence":null,"AcdChatConversationsToday":null,"EnteredStateOn":null,"_links":null}"#,
    );
    assert_eq!(s, EmployeeState::default());
}

#[wasm_bindgen_test]
fn broken_and_hostile_texts_are_errors_at_the_root() {
    for text in [
        "",
        "<!DOCTYPE html><html><body>Sign in</body></html>",
        r#"{"Id":"a"} {"Id":"b"}"#,
        r#"{"count":1,"_embedded":{"items":[{"Id":"a""#,
        "{\"Id\":\"a\"",
        "nul",
    ] {
        let e = err::<QueueState>(text);
        assert_eq!(e.path, "$", "{text}");
        assert!(!e.message.is_empty());
    }
    for text in ["1", "\"x\"", "true", "null"] {
        assert_eq!(err::<QueueState>(text).path, "$", "{text}");
    }
    // A byte order mark is skipped, as natively.
    let q: QueueState = ok("\u{feff}{\"Id\":\"a\"}");
    assert_eq!(q.id.as_deref(), Some("a"));
    // Every prefix of a valid body fails cleanly.
    let full = r#"{"count":1,"_embedded":{"items":[{"Id":"a","CurrentState":"Idle"}]}}"#;
    for cut in 0..full.len() {
        let _ = decode::from_str_js::<AgentPage>(&full[..cut]).unwrap_err();
    }
}

#[wasm_bindgen_test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = |n: usize, open: &str, close: &str, inner: &str| {
        format!("{}{inner}{}", open.repeat(n), close.repeat(n))
    };
    for text in [
        format!(
            r#"{{"Children":{}}}"#,
            deep(10_000, r#"[{"Children":"#, "}]", "[]")
        ),
        format!(r#"{{"Data":{}}}"#, deep(10_000, r#"{"a":"#, "}", "1")),
        format!(r#"{{"Data":{{"a":{}}}}}"#, deep(10_000, "[", "]", "")),
    ] {
        let e = err::<ReplyTemplateFolderModel>(&text);
        assert!(e.message.contains("recursion limit"), "{e}");
        assert!(
            e.path.starts_with("$.Children[0].Children[0]") || e.path.starts_with("$.Data"),
            "{}",
            e.path
        );
    }
    // 100 levels are fine.
    let text = format!(r#"{{"Data":{}}}"#, deep(100, r#"{"a":"#, "}", "1"));
    let _: ReplyTemplateFolderModel = ok(&text);
    // Ignored values are not walked at all.
    let text = format!(
        r#"{{"Label":"x","Unknown":{}}}"#,
        deep(10_000, r#"{"a":"#, "}", "1")
    );
    let folder: ReplyTemplateFolderModel = ok(&text);
    assert_eq!(folder.label.as_deref(), Some("x"));
}

#[wasm_bindgen_test]
fn long_strings_decode_or_fail_with_a_short_message() {
    let big = "x".repeat(1024 * 1024);
    let q: QueueState = ok(&format!(r#"{{"Name":"{big}"}}"#));
    assert_eq!(q.name.map(|n| n.len()), Some(big.len()));
    for text in [
        format!(r#"{{"WaitingConversations":"{big}"}}"#),
        format!(r#"{{"LongestWaitingConversationDuration":"{big}"}}"#),
        format!(r#"{{"LongestWaitingStartedTime":"{big}"}}"#),
    ] {
        let e = err::<QueueState>(&text);
        assert!(
            e.message.chars().count() <= MESSAGE_LIMIT + 1,
            "{}",
            e.message.len()
        );
    }
    // Non-ASCII survives the trip through the engine.
    let q: QueueState = ok(r#"{"Name":"Zoë \u00e9 ☎ 😀"}"#);
    assert_eq!(q.name.as_deref(), Some("Zoë é ☎ 😀"));
}

#[wasm_bindgen_test]
fn enums_read_integers_and_names_in_any_case_and_keep_unknown_values() {
    let read = |text: &str| ok::<PresenceAvailability>(text);
    assert_eq!(read("2"), PresenceAvailability::Busy);
    assert_eq!(read(r#""Busy""#), PresenceAvailability::Busy);
    assert_eq!(read(r#""bUSY""#), PresenceAvailability::Busy);
    assert_eq!(read(r#""3""#), PresenceAvailability::DoNotDisturb);
    assert_eq!(read("2.0"), PresenceAvailability::Busy);
    assert_eq!(read("99"), PresenceAvailability::Other(RawEnum::Int(99)));
    assert_eq!(read("-1"), PresenceAvailability::Other(RawEnum::Int(-1)));
    assert_eq!(
        read(r#""Lunch""#),
        PresenceAvailability::Other(RawEnum::Str("Lunch".into()))
    );
    // Natively kept as its digits; JSON.parse has rounded it already: refused, not guessed.
    assert!(decode::from_str_js::<PresenceAvailability>("18446744073709551615").is_err());
    for bad in ["2.5", "true", "[]", "{}", "null"] {
        assert!(
            decode::from_str_js::<PresenceAvailability>(bad).is_err(),
            "{bad}"
        );
    }
    let q: QueueState = ok(r#"{"MediaType":null}"#);
    assert_eq!(q.media_type, None);
    let q: QueueState = ok(r#"{"MediaType":"voice"}"#);
    assert_eq!(q.media_type, Some(MediaType::Voice));
}

#[wasm_bindgen_test]
fn integers_are_exact_or_refused() {
    let q: QueueState = ok(r#"{"AbandonedConversationsToday":9007199254740991}"#);
    assert_eq!(q.abandoned_conversations_today, Some(9_007_199_254_740_991));
    let q: QueueState = ok(r#"{"AbandonedConversationsToday":-42}"#);
    assert_eq!(q.abandoned_conversations_today, Some(-42));
    // Beyond 2^53 a double cannot hold the integer: an error, never a rounded value.
    for text in [
        r#"{"AbandonedConversationsToday":9007199254740993}"#,
        r#"{"AbandonedConversationsToday":1e300}"#,
        r#"{"AbandonedConversationsToday":12.5}"#,
        r#"{"AbandonedConversationsToday":"12"}"#,
    ] {
        let e = err::<QueueState>(text);
        assert_eq!(e.path, "$.AbandonedConversationsToday", "{text}");
        assert!(e.message.starts_with("invalid type"), "{e}");
    }
    // Doubles stay doubles.
    let q: QueueState = ok(r#"{"AbandonedConversationsPercentageToday":12.5}"#);
    assert_eq!(q.abandoned_conversations_percentage_today, Some(12.5));
}

#[wasm_bindgen_test]
fn from_js_reads_a_value_the_page_already_parsed() {
    let value = js_sys::JSON::parse(r#"{"ID":"q1","waitingconversations":3}"#).unwrap();
    let q: QueueState = decode::from_js(value).unwrap();
    assert_eq!(q.id.as_deref(), Some("q1"));
    assert_eq!(q.waiting_conversations, Some(3));
    // A value JSON never makes (undefined, a function) is an error, not a panic.
    assert_eq!(
        decode::from_js::<QueueState>(wasm_bindgen::JsValue::UNDEFINED)
            .unwrap_err()
            .path,
        "$"
    );
    let f = js_sys::Function::new_no_args("return 1");
    assert!(decode::from_js::<QueueState>(f.into()).is_err());
}
