//! Request bodies as public code written against real servers sends them (wire-facts.md,
//! "What public code written against real servers relies on"), read the way ASP.NET Web API
//! reads them: JSON.NET's lenient syntax and conversions, the form formatter, 415 for a body
//! no formatter reads. Also the small things real clients notice about logins: the Bearer
//! scheme in any case, OWIN's token answer and the claims answer.

mod common;

use axum::http::{Method, StatusCode};
use common::{Answer, Sim, items, prop, str_of};
use micc_sim::Config;
use micc_sim::wire::{DecodeOptions, decode_form, decode_json};
use serde_json::{Value, json};

fn sim() -> Sim {
    Sim::new(Config {
        queues: 16,
        agents: 70,
        ..Config::default()
    })
}

/// A world without arrivals: nobody is on a conversation, so the aggregate presence shows
/// exactly the state a person chose (it is Busy while every media of theirs is occupied).
fn quiet_sim() -> Sim {
    Sim::new(Config {
        queues: 16,
        agents: 70,
        arrival_scale: 0.0,
        ..Config::default()
    })
}

fn model(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

fn utc() -> DecodeOptions {
    DecodeOptions::default()
}

fn json_ok(body: &str, schema: &Value) -> Value {
    decode_json(body.as_bytes(), schema, utc()).unwrap_or_else(|e| panic!("{body}: {e}"))
}

/// A request with a raw body and exactly the given headers (as a browser or jQuery sends it).
async fn raw(
    s: &Sim,
    method: Method,
    path: &str,
    token: &str,
    content_type: Option<&str>,
    body: &str,
) -> Answer {
    let auth = format!("Bearer {token}");
    let mut headers = vec![("authorization", auth.as_str())];
    if let Some(ct) = content_type {
        headers.push(("content-type", ct));
    }
    s.send(
        method,
        &format!("/miccsdk/api/v1{path}"),
        &headers,
        Some(body.to_owned()),
    )
    .await
}

fn message(a: &Answer) -> String {
    prop(&a.json(), "message")
        .as_str()
        .unwrap_or_else(|| panic!("no Message in {}", a.text))
        .to_owned()
}

/// A queue of the agent's with a waiting conversation: everyone else away, then 15 minutes.
async fn waiting_conversation(s: &Sim, sup: &str, agent: &str) -> (String, String) {
    for e in items(&s.get("/employees?$top=500", sup).await) {
        s.admin(
            &format!("/employees/{}/state", str_of(&e, "username")),
            json!({ "presence": "Away" }),
        )
        .await;
    }
    s.advance(900.0).await;
    for q in items(&s.get("/employees/me/queues", agent).await) {
        let q = str_of(&q, "id");
        let waiting = items(&s.get(&format!("/queues/{q}/conversations"), agent).await);
        if let Some(c) = waiting.first() {
            return (q, str_of(c, "conversationId"));
        }
    }
    panic!("nothing waits in the agent's queues");
}

fn waiting_count(v: &Value) -> u64 {
    prop(v, "waitingConversations").as_u64().unwrap_or(0)
}

// ---------------------------------------------------------------------------------------
// The body patterns of public code, decoded
// ---------------------------------------------------------------------------------------

#[test]
fn public_code_body_patterns_decode_to_the_canonical_models() {
    let guid = "0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21";
    let upper = guid.to_ascii_uppercase();
    let update = model("ConversationUpdateModel");
    // Mitel's sample page: a template string with unquoted names and single quotes.
    assert_eq!(
        json_ok(
            &format!(
                "{{\n            conversationAction: 'Pick',\n            id: '{upper}'\n            }}"
            ),
            &update
        ),
        json!({ "ConversationAction": "Pick", "Id": guid })
    );
    // Accept with tags, the tags written by JSON.stringify inside the template.
    assert_eq!(
        json_ok(
            &format!(
                "{{\n conversationAction: 'Accept',\n id: '{guid}',\n tags: [{{\"key\":\"emailAcceptType\",\"value\":\"ReplyAll\"}}]\n }}"
            ),
            &update
        ),
        json!({ "ConversationAction": "Accept", "Id": guid,
               "Tags": [{ "Key": "emailAcceptType", "Value": "ReplyAll" }] })
    );
    // Enums as numbers written as strings (conversationAction: '1' is Accept).
    assert_eq!(
        json_ok("{\"conversationAction\":\"1\",\"id\":\"x\"}", &update),
        json!({ "ConversationAction": "Accept", "Id": "x" })
    );
    let state = model("EmployeeStateUpdateModel");
    assert_eq!(
        json_ok(&format!("{{'state': 'Busy', 'reason': '{upper}'}}"), &state),
        json!({ "State": "Busy", "Reason": guid })
    );
    // The JavaScript artefact reaches the handler as sent (what it means is the handler's).
    assert_eq!(
        json_ok("{'state': 'Available', 'reason': 'undefined'}", &state),
        json!({ "State": "Available", "Reason": "undefined" })
    );
    // JSON.stringify({state: 2}), names in any case, trailing commas, comments.
    assert_eq!(json_ok("{\"state\":2}", &state), json!({ "State": "Busy" }));
    assert_eq!(
        json_ok("{ STATE: 'away', Reason: 'Lunch', /* x */ }", &state),
        json!({ "State": "Away", "Reason": "Lunch" })
    );
    assert_eq!(
        json_ok(
            "{availableReason: 'Login', hotDeskBaseExtension: 1001, hotDeskPin: \"\", state: 'Available', isHotDeskExternal: 'false',}",
            &state
        ),
        json!({ "AvailableReason": "Login", "HotDeskBaseExtension": "1001", "HotDeskPin": "",
               "State": "Available", "IsHotDeskExternal": false })
    );
    // The node sample's open media request: a boolean as a string.
    assert_eq!(
        json_ok(
            &format!(
                "{{\"targetUri\":\"http://x/1\",\"targetUriEmbedded\":\"true\",\"from\":\"Ann\",\"queue\":\"{upper}\"}}"
            ),
            &model("OpenMediaRequestModel")
        ),
        json!({ "TargetUri": "http://x/1", "TargetUriEmbedded": true, "From": "Ann", "Queue": guid })
    );
}

#[test]
fn json_net_conversions_of_numbers_dates_and_guids() {
    let ints = json!({ "type": "object", "properties": {
        "N": { "type": "integer" }, "F": { "type": "number" }, "B": { "type": "boolean" } } });
    assert_eq!(
        json_ok("{n: '5', f: '2.5', b: 'True'}", &ints),
        json!({ "N": 5, "F": 2.5, "B": true })
    );
    assert_eq!(
        json_ok("{n: 0x10, f: -3, b: 1}", &ints),
        json!({ "N": 16, "F": -3, "B": true })
    );
    assert_eq!(
        json_ok("{n: '', b: ''}", &ints),
        json!({ "N": null, "B": null })
    );
    // Date-times without an offset are server-local time: UTC here unless configured.
    let update = model("ConversationUpdateModel");
    assert_eq!(
        json_ok("{lastTimeDigitPressed: '2024-05-01T12:30:00'}", &update),
        json!({ "LastTimeDigitPressed": "2024-05-01T12:30:00Z" })
    );
    let paris = DecodeOptions {
        local_offset_minutes: 120,
    };
    assert_eq!(
        decode_json(
            b"{lastTimeDigitPressed: '2024-05-01 12:30'}",
            &update,
            paris
        ),
        Ok(json!({ "LastTimeDigitPressed": "2024-05-01T12:30:00+02:00" }))
    );
    assert_eq!(
        json_ok(
            "{lastTimeDigitPressed: '2024-05-01T12:30:00.25-0500'}",
            &update
        ),
        json!({ "LastTimeDigitPressed": "2024-05-01T12:30:00.25-05:00" })
    );
    // GUIDs in any case and .NET's other spellings, normalised.
    let entry = model("DirectoryEntryModel");
    for site in [
        "0B5A8C9E-1F2D-4C3B-9A8E-7D6C5B4A3F21",
        "{0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21}",
        "0b5a8c9e1f2d4c3b9a8e7d6c5b4a3f21",
    ] {
        assert_eq!(
            json_ok(&format!("{{siteId: '{site}'}}"), &entry),
            json!({ "SiteId": "0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21" }),
            "{site}"
        );
    }
}

#[test]
fn what_json_net_refuses_names_the_json_path() {
    let update = model("ConversationUpdateModel");
    let state = model("EmployeeStateUpdateModel");
    let ints = json!({ "type": "object", "properties": { "N": { "type": "integer" } } });
    let cases: [(&str, &Value, &str); 9] = [
        (
            "{conversationAction: }",
            &update,
            "$.conversationAction: Unexpected character encountered while parsing value: }.",
        ),
        (
            "{ conversationAction: 'Pick', id: 'abc",
            &update,
            "$.id: Unterminated string. Expected delimiter: '.",
        ),
        (
            "5",
            &state,
            "$: expected an EmployeeStateUpdateModel object, got 5",
        ),
        (
            "{state: {}}",
            &state,
            "$.State: expected a PresenceAvailability",
        ),
        (
            "{n: 'abc'}",
            &ints,
            r#"$.N: expected an integer, got "abc""#,
        ),
        ("{n: 1.5}", &ints, "$.N: expected an integer, got 1.5"),
        (
            "{state: 'Busy' reason: 'x'}",
            &state,
            "$.state: After parsing a value an unexpected character was encountered: r.",
        ),
        (
            "{isHotDeskExternal: 'yes'}",
            &state,
            r#"$.IsHotDeskExternal: expected a boolean, got "yes""#,
        ),
        (
            "[{conversationAction: 'Pick', lastTimeDigitPressed: 'tomorrow'}]",
            &json!({ "type": "array", "items": model("ConversationUpdateModel") }),
            r#"$[0].LastTimeDigitPressed: expected an ISO 8601 date-time"#,
        ),
    ];
    for (body, schema, expected) in cases {
        let e = decode_json(body.as_bytes(), schema, utc())
            .err()
            .unwrap_or_else(|| panic!("{body} was accepted"));
        assert!(
            e.to_string().starts_with(expected),
            "{body}\n  got:      {e}\n  expected: {expected}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Through the REST API: reaching the handler, with its effect
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn jquery_string_bodies_pick_and_accept_a_queued_conversation() {
    let s = sim();
    let sup = s.password_token("supervisor", "supervisor").await;
    let agent = s.password_token("agent", "agent").await;
    let (q, conv) = waiting_conversation(&s, &sup, &agent).await;
    let before = waiting_count(&s.get(&format!("/queues/{q}/state"), &agent).await);
    // Exactly what the sample page sends: `headers: {'content-type': 'application/json'}`,
    // `data` a template string, the id in upper case as a .NET client might print it.
    let pick = format!(
        "{{\n            conversationAction: 'Pick',\n            id: '{}'\n            }}",
        conv.to_ascii_uppercase()
    );
    let a = raw(
        &s,
        Method::PUT,
        &format!("/queues/{q}/conversations/{conv}"),
        &agent,
        Some("application/json"),
        &pick,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let after = waiting_count(&s.get(&format!("/queues/{q}/state"), &agent).await);
    assert_eq!(after + 1, before);
    let inbox = items(&s.get("/employees/me/conversations", &agent).await);
    assert!(inbox.iter().any(|c| str_of(c, "conversationId") == conv));
    // Accept as the employee, with tags: the body decodes (what Accept then does on picked
    // work is the conversation actions' business, not the body reader's).
    let accept = format!(
        "{{\n conversationAction: 'Accept',\n id: '{conv}',\n tags: {}\n }}",
        json!([{ "key": "emailAcceptType", "value": "ReplyAll" }])
    );
    let a = raw(
        &s,
        Method::PUT,
        &format!("/employees/me/conversations/{conv}"),
        &agent,
        Some("application/json; charset=UTF-8"),
        &accept,
    )
    .await;
    assert_ne!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{}", a.text);
    assert!(
        a.status != StatusCode::BAD_REQUEST || !message(&a).starts_with("$"),
        "the body was refused: {}",
        a.text
    );
    let end = raw(
        &s,
        Method::PUT,
        &format!("/employees/me/conversations/{conv}"),
        &agent,
        Some("application/json"),
        "{conversationAction: 'End'}",
    )
    .await;
    assert_eq!(end.status, StatusCode::OK, "{}", end.text);
}

#[tokio::test]
async fn presence_bodies_with_single_quotes_take_effect() {
    let s = quiet_sim();
    let agent = s.password_token("agent", "agent").await;
    let a = raw(
        &s,
        Method::PUT,
        "/employees/me/state",
        &agent,
        Some("application/json"),
        "{'state': 'DoNotDisturb', 'reason': 'Focus time'}",
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let st = s.get("/employees/me/state", &agent).await;
    assert_eq!(st["presence"]["aggregate"]["acdState"], "DoNotDisturb");
    // JSON.stringify({state: 1}) from the integer-enum sample.
    let a = raw(
        &s,
        Method::PUT,
        "/employees/me/state",
        &agent,
        Some("application/json"),
        "{\"state\":1}",
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let st = s.get("/employees/me/state", &agent).await;
    assert_eq!(st["presence"]["aggregate"]["acdState"], "Available");
    // A reason given by id reaches the handler as that id (whether ids are accepted is the
    // presence handler's rule: either it takes effect or the handler names the reason).
    let codes = items(&s.get("/employees/me/busyreasoncodes", &agent).await);
    let busy = codes
        .iter()
        .find(|c| c["type"] == "Busy")
        .expect("a Busy reason code");
    let id = str_of(busy, "id");
    let a = raw(
        &s,
        Method::PUT,
        "/employees/me/state",
        &agent,
        Some("application/json"),
        &format!(
            "{{'state': 'Busy', 'reason': '{}'}}",
            id.to_ascii_uppercase()
        ),
    )
    .await;
    if a.status != StatusCode::OK {
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
        assert!(
            message(&a).starts_with(&format!("$.Reason: '{id}'")),
            "{}",
            a.text
        );
    }
}

#[tokio::test]
async fn open_media_from_the_node_sample_is_created() {
    let s = sim();
    let sup = s.password_token("supervisor", "supervisor").await;
    let queue = items(&s.get("/queues", &sup).await)
        .into_iter()
        .find(|q| prop(q, "mediaType") == "OpenMedia")
        .map(|q| str_of(&q, "id"))
        .expect("an open media queue");
    let body = json!({
        "targetUri": "http://www.facebook.com/page/messages/?mid=1",
        "targetUriEmbedded": "true",
        "previewUrl": "http://www.facebook.com/page/messages/?mid=1",
        "from": "Ann Smith",
        "to": "WickedTix",
        "subject": "WickedTix Chat",
        "queue": queue.to_ascii_uppercase()
    });
    let a = raw(
        &s,
        Method::POST,
        "/openmedia",
        &sup,
        Some("application/json"),
        &body.to_string(),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.text);
    // The queue was given by its id in upper case: the item is in that queue.
    assert_eq!(prop(&a.json(), "queueId"), queue.as_str());
}

#[tokio::test]
async fn refused_bodies_get_400_naming_the_path_in_asp_nets_body() {
    let s = sim();
    let agent = s.password_token("agent", "agent").await;
    for (body, expected) in [
        (
            "{state: }",
            "$.state: Unexpected character encountered while parsing value: }.",
        ),
        (
            "{'state': 'Busy', 'reason': 'Lun",
            "$.reason: Unterminated string. Expected delimiter: '.",
        ),
        (
            "42",
            "$: expected an EmployeeStateUpdateModel object, got 42",
        ),
        (
            "{state: 'Sleepy'}",
            "$.State: expected a PresenceAvailability",
        ),
    ] {
        let a = raw(
            &s,
            Method::PUT,
            "/employees/me/state",
            &agent,
            Some("application/json"),
            body,
        )
        .await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}: {}", a.text);
        let v = a.json();
        assert_eq!(v.as_object().map(|o| o.len()), Some(1), "{}", a.text);
        assert!(message(&a).starts_with(expected), "{body}: {}", a.text);
    }
}

// ---------------------------------------------------------------------------------------
// Content-Type as Web API checks it
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn json_media_types_in_any_case_and_charset_are_read() {
    let s = sim();
    let agent = s.password_token("agent", "agent").await;
    for ct in [
        "application/json",
        "application/json; charset=UTF-8",
        "Application/JSON;charset=utf-8",
        "text/json",
        "TEXT/JSON; charset=utf-16",
    ] {
        let a = raw(
            &s,
            Method::PUT,
            "/employees/me/state",
            &agent,
            Some(ct),
            "{state: 'Away'}",
        )
        .await;
        assert_eq!(a.status, StatusCode::OK, "{ct}: {}", a.text);
    }
}

#[tokio::test]
async fn other_media_types_and_none_get_415_with_web_apis_message() {
    let s = sim();
    let agent = s.password_token("agent", "agent").await;
    for (ct, expected) in [
        (
            Some("text/plain;charset=UTF-8"),
            "The request entity's media type 'text/plain' is not supported for this resource.",
        ),
        (
            Some("application/xml"),
            "The request entity's media type 'application/xml' is not supported for this resource.",
        ),
        (
            Some("multipart/form-data; boundary=x"),
            "The request entity's media type 'multipart/form-data' is not supported for this resource.",
        ),
        (
            None,
            "The request contains an entity body but no Content-Type header. The inferred media type 'application/octet-stream' is not supported for this resource.",
        ),
    ] {
        let a = raw(
            &s,
            Method::PUT,
            "/employees/me/state",
            &agent,
            ct,
            "{state: 'Away'}",
        )
        .await;
        assert_eq!(
            a.status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{ct:?}: {}",
            a.text
        );
        assert_eq!(message(&a), expected);
    }
    // Binding comes before the action: an unknown queue still gets 415 for such a body.
    let a = raw(
        &s,
        Method::PUT,
        "/queues/no-such-queue/conversations/x",
        &agent,
        Some("text/plain"),
        "{conversationAction: 'Pick'}",
    )
    .await;
    assert_eq!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{}", a.text);
    // An empty body binds to nothing whatever its type: the handler's 400, not a 415.
    let a = raw(&s, Method::PUT, "/employees/me/state", &agent, None, "").await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    assert!(
        message(&a).contains("the request body is empty"),
        "{}",
        a.text
    );
    // Operations without a body are unaffected by a stray one.
    let a = raw(
        &s,
        Method::GET,
        "/employees/me/state",
        &agent,
        Some("text/plain"),
        "hello",
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
}

#[tokio::test]
async fn form_bodies_bind_to_the_model() {
    let s = quiet_sim();
    let agent = s.password_token("agent", "agent").await;
    // jQuery's default for `data: {state: 'DoNotDisturb', reason: 'Focus time'}`.
    let a = raw(
        &s,
        Method::PUT,
        "/employees/me/state",
        &agent,
        Some("application/x-www-form-urlencoded; charset=UTF-8"),
        "state=DoNotDisturb&reason=Focus+time",
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let st = s.get("/employees/me/state", &agent).await;
    assert_eq!(st["presence"]["aggregate"]["acdState"], "DoNotDisturb");
    let a = raw(
        &s,
        Method::PUT,
        "/employees/me/state",
        &agent,
        Some("application/x-www-form-urlencoded"),
        "STATE=1",
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let st = s.get("/employees/me/state", &agent).await;
    assert_eq!(st["presence"]["aggregate"]["acdState"], "Available");
    let a = raw(
        &s,
        Method::PUT,
        "/employees/me/state",
        &agent,
        Some("application/x-www-form-urlencoded"),
        "state=Sleepy",
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    assert!(message(&a).starts_with("$.State: expected a PresenceAvailability"));
}

#[test]
fn form_bodies_nest_like_jquery_and_mvc() {
    let update = model("ConversationUpdateModel");
    assert_eq!(
        decode_form(
            b"conversationAction=Accept&id=0B5A8C9E-1F2D-4C3B-9A8E-7D6C5B4A3F21&tags%5B0%5D%5Bkey%5D=emailAcceptType&tags%5B0%5D%5Bvalue%5D=ReplyAll&invitees%5B%5D=a&invitees%5B%5D=b&lastTimeDigitPressed=2024-05-01T12%3A30%3A00&bogus=1",
            &update,
            utc()
        ),
        Ok(json!({
            "ConversationAction": "Accept",
            "Id": "0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21",
            "Tags": [{ "Key": "emailAcceptType", "Value": "ReplyAll" }],
            "Invitees": ["a", "b"],
            "LastTimeDigitPressed": "2024-05-01T12:30:00Z"
        }))
    );
    // One value for a collection is a one-item collection; MVC's dotted names nest too.
    assert_eq!(
        decode_form(b"invitees=a&Tags[0].Key=k", &update, utc()),
        Ok(json!({ "Invitees": ["a"], "Tags": [{ "Key": "k" }] }))
    );
    assert_eq!(
        decode_form(
            b"targetUriEmbedded=true&from=Ann",
            &model("OpenMediaRequestModel"),
            utc()
        ),
        Ok(json!({ "TargetUriEmbedded": true, "From": "Ann" }))
    );
    let e = decode_form(
        b"isHotDeskExternal=maybe",
        &model("EmployeeStateUpdateModel"),
        utc(),
    );
    assert_eq!(
        e.map_err(|e| e.to_string()),
        Err(r#"$.IsHotDeskExternal: expected a boolean, got "maybe""#.to_owned())
    );
}

// ---------------------------------------------------------------------------------------
// Logins: Bearer in any case, OWIN's token answer, the claims answer
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn the_bearer_scheme_is_case_insensitive_everywhere() {
    let s = sim();
    let t = s.password_token("agent", "agent").await;
    for scheme in ["bearer", "BEARER", "Bearer", "bEaReR"] {
        let auth = format!("{scheme} {t}");
        let a = s
            .send(
                Method::GET,
                "/miccsdk/api/v1/employees/me/state",
                &[("authorization", &auth)],
                None,
            )
            .await;
        assert_eq!(a.status, StatusCode::OK, "REST with {scheme}: {}", a.text);
        let a = s
            .send(
                Method::GET,
                "/authorizationserver/api/account",
                &[("authorization", &auth)],
                None,
            )
            .await;
        assert_eq!(a.status, StatusCode::OK, "api/account with {scheme}");
        let a = s
            .send(
                Method::GET,
                &format!(
                    "/miccsdk/signalr/negotiate?clientProtocol=2.1&connectionData=%5B%7B%22name%22%3A%22queuehub%22%7D%5D&sessionid={scheme}%20{t}"
                ),
                &[],
                None,
            )
            .await;
        assert_eq!(
            a.status,
            StatusCode::OK,
            "SignalR with {scheme}: {}",
            a.text
        );
    }
    let a = s
        .send(
            Method::GET,
            "/miccsdk/api/v1/employees/me/state",
            &[("authorization", &format!("Basic {t}"))],
            None,
        )
        .await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
}

/// Seconds since the epoch of an RFC 1123 date (`Tue, 01 Dec 2026 09:35:30 GMT`), checking
/// its form on the way.
fn rfc1123_seconds(s: &str) -> i64 {
    let parts: Vec<&str> = s.split([' ', ':']).collect();
    let [wd, day, mon, year, h, m, sec, gmt] = parts.as_slice() else {
        panic!("not RFC 1123: {s}")
    };
    assert!(wd.ends_with(',') && wd.len() == 4, "{s}");
    assert_eq!(*gmt, "GMT", "{s}");
    assert_eq!(day.len(), 2, "{s}");
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = months.iter().position(|x| x == mon).expect("a month") as i64 + 1;
    let n = |x: &str| x.parse::<i64>().unwrap_or_else(|_| panic!("{s}"));
    let (y, d) = (n(year), n(day));
    // Days from civil (Howard Hinnant).
    let y2 = if month <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let weekdays = ["Thu,", "Fri,", "Sat,", "Sun,", "Mon,", "Tue,", "Wed,"];
    assert_eq!(weekdays[days.rem_euclid(7) as usize], *wd, "{s}");
    days * 86_400 + n(h) * 3600 + n(m) * 60 + n(sec)
}

#[tokio::test]
async fn the_token_answer_has_owins_user_name_issued_and_expires() {
    let s = sim();
    let a = s
        .token_form("grant_type=password&username=AGENT&password=agent", &[])
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let t = a.json();
    assert_eq!(t["token_type"], "bearer");
    assert_eq!(t["userName"], "agent");
    let issued = rfc1123_seconds(t[".issued"].as_str().expect(".issued"));
    let expires = rfc1123_seconds(t[".expires"].as_str().expect(".expires"));
    assert_eq!(expires - issued, t["expires_in"].as_i64().unwrap_or(-1));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    assert!((now - issued).abs() <= 5, "issued {issued}, now {now}");
    // Impersonation speaks for the user; a system token for its client.
    let imp = s
        .token_form(
            "grant_type=client_credentials&client_id=wallboard&client_secret=wallboard-secret",
            &[("impersonate", "supervisor")],
        )
        .await
        .json();
    assert_eq!(imp["userName"], "supervisor");
    let sys = s
        .token_form(
            "grant_type=client_credentials&client_id=wallboard&client_secret=wallboard-secret",
            &[],
        )
        .await
        .json();
    assert_eq!(sys["userName"], "wallboard");
    assert!(sys[".expires"].is_string());
}

const NAME: &str = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name";
const NAME_ID: &str = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier";
const ROLE: &str = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

#[tokio::test]
async fn api_account_answers_the_identitys_claims() {
    let s = sim();
    let account = |token: String| {
        let s = &s;
        async move {
            s.send(
                Method::GET,
                "/authorizationserver/api/account",
                &[("authorization", &format!("Bearer {token}"))],
                None,
            )
            .await
        }
    };
    let sup = s.password_token("supervisor", "supervisor").await;
    let me = s.get("/employees/me", &sup).await;
    let a = account(sup).await;
    assert_eq!(a.status, StatusCode::OK);
    let c = a.json();
    assert_eq!(c[NAME], "supervisor");
    assert_eq!(c[NAME_ID], prop(&me, "id").clone());
    assert_eq!(c[ROLE], json!(["Agent", "Supervisor"]));
    assert!(c.get("client_id").is_none(), "{c}");
    // Every member is a claim: a string, or an array of strings for a repeated type.
    for (k, v) in c.as_object().into_iter().flatten() {
        let strings = v.is_string() || v.as_array().is_some_and(|a| a.iter().all(Value::is_string));
        assert!(strings, "{k}: {v}");
    }
    let agent = s.password_token("agent", "agent").await;
    let c = account(agent).await.json();
    assert_eq!(c[ROLE], "Agent");
    let sys = s.client_token(None).await;
    let c = account(sys).await.json();
    assert_eq!(c[NAME], "wallboard");
    assert_eq!(c[ROLE], "System");
    assert_eq!(c["client_id"], "wallboard");
    let a = account("nope".into()).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        a.json()["Message"],
        "Authorization has been denied for this request."
    );
}
