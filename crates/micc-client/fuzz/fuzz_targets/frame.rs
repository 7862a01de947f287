//! Any bytes as a transport frame, a server-sent event's data and a negotiate answer:
//! the parsers must return, never panic, and respect the limits.
#![no_main]

use libfuzzer_sys::fuzz_target;
use micc_client::realtime::protocol::Limits;
use micc_client::realtime::protocol::frame::{Frame, parse_frame, parse_sse_data};
use micc_client::realtime::protocol::negotiate::parse_negotiate;

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_frame_bytes: 64 * 1024,
        max_messages: 16,
        max_args: 8,
        max_token_bytes: 256,
        max_groups_token_bytes: 1024,
    };
    let text = String::from_utf8_lossy(data);
    if let Ok(Frame::Persistent(p)) = parse_frame(&text, &limits) {
        assert!(p.messages.len() <= limits.max_messages);
        assert!(p.cursor.is_none_or(|c| c.len() <= limits.max_token_bytes));
        assert!(
            p.groups_token
                .is_none_or(|g| g.len() <= limits.max_groups_token_bytes)
        );
    }
    let _ = parse_sse_data(&text, &limits);
    if let Ok(n) = parse_negotiate(&text, &limits) {
        // Timers derived from the answer never overflow.
        let _ = n.reconnect_window();
    }
});
