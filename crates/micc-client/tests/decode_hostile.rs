//! Hostile and broken bodies give typed errors with a JSON path, never a panic.

// Native only: these use the generator (micc-api) and proptest, and run with `cargo test`.
#![cfg(not(target_arch = "wasm32"))]

use micc_client::HalPage;
use micc_client::decode::{self, DecodeError, MESSAGE_LIMIT};
use micc_client::models::*;
use proptest::prelude::*;

type AgentPage = HalPage<AgentState>;
type EmployeePage = HalPage<EmployeeState>;

fn err<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> DecodeError {
    match decode::from_str::<T>(text) {
        Ok(v) => panic!("decoded {text:.80} as {v:?}"),
        Err(e) => e,
    }
}

#[test]
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

    let e = err::<QueueState>(r#"{"timeOfLastReceivedUpdate":"yesterday"}"#);
    assert_eq!(e.path, "$.timeOfLastReceivedUpdate");

    let e = err::<QueueModel>(r#"{"_links":{"a b":{"href":5}}}"#);
    assert_eq!(e.path, r#"$._links["a b"].href"#);
    assert_eq!(e.to_string(), format!("{}: {}", e.path, e.message));
}

#[test]
fn truncated_bodies_are_errors() {
    let full = r#"{"count":1,"_embedded":{"items":[{"Id":"a","CurrentState":"Idle"}]}}"#;
    for cut in 0..full.len() {
        let Some(prefix) = full.get(..cut) else {
            continue;
        };
        let e = err::<AgentPage>(prefix);
        assert!(e.message.contains("EOF") || cut == 0, "{cut}: {e}");
    }
    assert_eq!(
        decode::from_str::<AgentPage>(full).unwrap().items()[0].current_state,
        Some(AgentCurrentState::Idle)
    );
}

#[test]
fn an_html_page_with_status_200_is_a_decode_error_at_the_root() {
    let e = err::<AgentPage>("<!DOCTYPE html><html><body>Sign in</body></html>");
    assert_eq!(e.path, "$");
    assert!(e.message.contains("expected value"), "{e}");
    let e = err::<QueueState>("");
    assert_eq!(e.path, "$");
}

#[test]
fn trailing_garbage_and_bad_utf8_are_errors() {
    assert_eq!(err::<QueueState>(r#"{"Id":"a"} {"Id":"b"}"#).path, "$");
    let e = decode::from_slice::<QueueState>(b"{\"Id\":\"\xff\"}").unwrap_err();
    assert_eq!(e.path, "$");
    assert!(e.message.contains("UTF-8"));
    // A byte order mark is skipped, as JSON.NET does.
    let q: QueueState = decode::from_slice("\u{feff}{\"Id\":\"a\"}".as_bytes()).unwrap();
    assert_eq!(q.id.as_deref(), Some("a"));
}

#[test]
fn a_ten_megabyte_string_decodes_or_fails_with_a_short_message() {
    let big = "x".repeat(10 * 1024 * 1024);
    let q: QueueState = decode::from_str(&format!(r#"{{"Name":"{big}"}}"#)).unwrap();
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
    // Unknown enum strings are kept, however long.
    let q: QueueState = decode::from_str(&format!(r#"{{"MediaType":"{big}"}}"#)).unwrap();
    assert!(
        matches!(q.media_type, Some(MediaType::Other(RawEnum::Str(s))) if s.len() == big.len())
    );
}

#[test]
fn deep_nesting_hits_the_recursion_limit_instead_of_the_stack() {
    let deep = |n: usize, open: &str, close: &str, inner: &str| {
        format!("{}{inner}{}", open.repeat(n), close.repeat(n))
    };
    // Values the models keep (a recursive model, free-form objects and arrays) are read
    // recursively: serde_json's limit of 128 levels stops them.
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
        assert!(e.path.starts_with("$.Children[0].Children[0]") || e.path.starts_with("$.Data"));
    }
    let text = format!(r#"{{"_embedded":{}}}"#, deep(10_000, r#"{"a":"#, "}", "1"));
    assert!(
        err::<ConversationModel>(&text)
            .message
            .contains("recursion limit")
    );
    let e = err::<ConversationModel>(&deep(10_000, "[", "]", ""));
    assert_eq!(e.path, "$");
    // Values it ignores (unknown properties) are skipped without recursion: fine.
    let text = format!(
        r#"{{"Label":"x","Unknown":{}}}"#,
        deep(10_000, r#"{"a":"#, "}", "1")
    );
    let folder: ReplyTemplateFolderModel = decode::from_str(&text).unwrap();
    assert_eq!(folder.label.as_deref(), Some("x"));
}

#[test]
fn names_match_in_any_case_and_the_first_duplicate_wins() {
    let q: QueueState = decode::from_str(
        r#"{"wAiTiNgCoNvErSaTiOnS":5,"NAME":"first","name":"second","Name":null}"#,
    )
    .unwrap();
    assert_eq!(q.waiting_conversations, Some(5));
    assert_eq!(q.name.as_deref(), Some("first"));
    // Exact duplicates too (plain serde would fail with "duplicate field").
    let q: QueueState = decode::from_str(r#"{"Id":"a","Id":"b"}"#).unwrap();
    assert_eq!(q.id.as_deref(), Some("a"));
    // A skipped duplicate is still checked for syntax.
    assert!(decode::from_str::<QueueState>(r#"{"Id":"a","id":[}"#).is_err());
    // Unknown properties are ignored, dictionary keys keep their case.
    let d: DirectoryEntryModel =
        decode::from_str(r#"{"Custom":{"MixedCase":1},"Unheard":{"x":[1]}}"#).unwrap();
    assert_eq!(d.custom.unwrap()["MixedCase"], 1);
}

#[test]
fn null_and_missing_are_none_everywhere() {
    let all_null = r#"{"Id":null,"Presence":null,"AcdChatConversationsToday":null,"EnteredStateOn":null,"_links":null}"#;
    let s: EmployeeState = decode::from_str(all_null).unwrap();
    assert_eq!(s, EmployeeState::default());
    let s: EmployeeState = decode::from_str("{}").unwrap();
    assert_eq!(s, EmployeeState::default());
    let page: AgentPage = decode::from_str(r#"{"_embedded":{"items":[null]}}"#)
        .map(|_: AgentPage| ())
        .map_err(|e| e.path)
        .map_or_else(
            |path| {
                // `null` is not an AgentState; the error names the item.
                assert_eq!(path, "$._embedded.items[0]");
                decode::from_str("{}").unwrap()
            },
            |_| panic!("null item decoded"),
        );
    assert!(page.items().is_empty());
}

#[test]
fn an_array_is_not_a_model() {
    let e = err::<QueueState>("[]");
    assert_eq!(e.path, "$");
    let e = err::<AgentPage>(r#"{"_embedded":{"items":[["a","b"]]}}"#);
    assert_eq!(e.path, "$._embedded.items[0]");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = decode::from_str::<AgentPage>(&text);
        let _ = decode::from_str::<EmployeeState>(&text);
        let _ = decode::from_str::<ConversationModel>(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode::from_slice::<AgentPage>(&bytes);
        let _ = decode::from_slice::<Presentity>(&bytes);
    }

    #[test]
    fn json_like_text_never_panics(text in r#"[{}\[\]":,0-9a-zA-Z_.\- ]{0,120}"#) {
        let _ = decode::from_str::<EmployeePage>(&text);
        let _ = decode::from_str::<ReplyTemplateFolderModel>(&text);
        let _ = decode::from_str::<HalCollection>(&text);
    }

    #[test]
    fn mutated_valid_bodies_never_panic(cut in 0usize..400, byte in any::<u8>()) {
        let body = r#"{"count":1,"_links":{"self":{"href":"/x"}},"_embedded":{"items":[{"id":"e","presence":{"aggregate":{"acdState":"Busy","reason":"x"},"voice":[{"acdState":3}]},"enteredStateOn":"2024-05-01T12:30:00Z","acdVoiceConversationsToday":3}]}}"#;
        let mut bytes = body.as_bytes().to_vec();
        if let Some(b) = bytes.get_mut(cut % body.len()) {
            *b = byte;
        }
        let _ = decode::from_slice::<EmployeePage>(&bytes);
        let _ = decode::from_slice::<EmployeePage>(bytes.get(..cut % body.len()).unwrap_or_default());
    }
}
