//! Any bytes as a hub message: classified, and client calls decoded into typed events
//! (the tolerant model decoder runs on whatever the arguments hold).
#![no_main]

use libfuzzer_sys::fuzz_target;
use micc_client::realtime::hubs::decode_event;
use micc_client::realtime::protocol::Limits;
use micc_client::realtime::protocol::hub::{ClientCall, Incoming, parse_incoming_text};

const METHODS: [(&str, &str); 7] = [
    ("queueHub", "queueStateChanged"),
    ("queueHub", "queueConversationChanged"),
    ("queueHub", "queueConversationRemoved"),
    ("employeeHub", "employeeStateChanged"),
    ("employeeHub", "employeeConversationChanged"),
    ("employeeHub", "employeeConversationRemoved"),
    ("agentHub", "onAgentStateChanged"),
];

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_frame_bytes: 64 * 1024,
        max_messages: 16,
        max_args: 8,
        max_token_bytes: 256,
        max_groups_token_bytes: 1024,
    };
    let text = String::from_utf8_lossy(data);
    match parse_incoming_text(&text, &limits) {
        Ok(Incoming::Call(call)) => {
            assert!(call.args.len() <= limits.max_args);
            let _ = decode_event(&call);
        }
        Ok(_) | Err(_) => {}
    }
    // The same text as the payload of every known event.
    if let Ok(arg) = serde_json::from_str::<serde_json::Value>(&text) {
        for (hub, method) in METHODS {
            let call = ClientCall {
                hub: hub.into(),
                method: method.into(),
                args: vec![arg.clone()],
                state: None,
            };
            let _ = decode_event(&call);
        }
    }
});
