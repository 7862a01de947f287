//! The transports: WebSockets and server-sent events (forever transports: one long-lived
//! stream of frames and keep-alives) and long polling (one answer per request).
//!
//! Every transport holds a [`Lease`] on its connection while it runs; dropping it, however
//! the transport ends, detaches it and starts the connection's disconnect clock. Faults
//! (delayed, duplicated messages; slow, stalled polls; dropped transports) are applied here.

use std::io;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::ws::{Message, WebSocket};
use tokio::sync::mpsc;
use tokio::time::{Instant, MissedTickBehavior, interval_at, sleep, sleep_until};

use super::conn::{Conn, Lease, Stop};
use super::invoke::{Reply, invoke};
use super::protocol::{self, FrameFlags};
use crate::AppState;
use crate::auth::Principal;
use crate::rng::Rng;

/// Messages per frame on forever transports (`ForeverTransport.MaxMessages`).
const MAX_PER_FRAME: usize = 10;
/// Messages per long-poll answer (`LongPollingTransport.MaxMessages`).
const MAX_PER_POLL: usize = 5000;

pub(super) type Chunk = Result<Bytes, io::Error>;

/// What a body stream ends with when a fault cuts it off the network.
fn network_cut() -> io::Error {
    io::Error::new(io::ErrorKind::ConnectionReset, "dropped by a fault")
}

/// The long-lived stream of a forever transport: frames go down it, and on a WebSocket
/// invocations come up.
pub(super) enum ForeverStream {
    // Boxed: a socket is large and the event stream variant a pointer.
    WebSocket(Box<WebSocket>),
    /// The body of a `text/event-stream` answer.
    EventStream(mpsc::Sender<Chunk>),
}

enum Incoming {
    Text(String),
    Closed,
    Ignored,
}

impl ForeverStream {
    async fn send(&mut self, frame: &str) -> Result<(), ()> {
        match self {
            ForeverStream::WebSocket(ws) => ws
                .send(Message::Text(frame.to_owned().into()))
                .await
                .map_err(|_| ()),
            ForeverStream::EventStream(tx) => tx
                .send(Ok(Bytes::from(format!("data: {frame}\n\n"))))
                .await
                .map_err(|_| ()),
        }
    }

    async fn recv(&mut self) -> Incoming {
        match self {
            ForeverStream::WebSocket(ws) => match ws.recv().await {
                Some(Ok(Message::Text(t))) => Incoming::Text(t.to_string()),
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => Incoming::Closed,
                Some(Ok(_)) => Incoming::Ignored,
            },
            // Nothing comes up an event stream; it ends when the client goes away.
            ForeverStream::EventStream(tx) => {
                tx.closed().await;
                Incoming::Closed
            }
        }
    }

    async fn end(self, reason: Stop) {
        match self {
            ForeverStream::WebSocket(mut ws) => {
                if reason != Stop::Dropped {
                    let _ = ws.send(Message::Close(None)).await;
                }
                // Dropping the socket without a close frame is what a network cut looks like.
            }
            ForeverStream::EventStream(tx) => {
                if reason == Stop::Dropped {
                    let _ = tx.send(Err(network_cut())).await;
                }
            }
        }
    }
}

/// Runs a WebSocket or event stream until the client leaves or the transport is stopped.
/// `init` sends the `S:1` frame of a `connect`; `at` is the id of the last message the
/// client has (from its cursor, or the present).
pub(super) async fn forever(
    state: Arc<AppState>,
    mut lease: Lease,
    mut stream: ForeverStream,
    principal: Principal,
    init: bool,
    mut at: u64,
) {
    let conn = lease.conn().clone();
    let settings = state.signalr.settings;
    let mut rng = Rng::new(conn.key.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ at);
    if let ForeverStream::EventStream(tx) = &stream
        && tx
            .send(Ok(Bytes::from_static(b"data: initialized\n\n")))
            .await
            .is_err()
    {
        return;
    }
    if init {
        let flags = FrameFlags {
            init: true,
            ..FrameFlags::default()
        };
        if stream
            .send(&protocol::persistent_frame(
                &conn.cursor(at),
                flags,
                None,
                &[],
            ))
            .await
            .is_err()
        {
            return;
        }
    }
    let every = settings.keep_alive;
    let mut keep_alive = interval_at(Instant::now() + every, every);
    keep_alive.set_missed_tick_behavior(MissedTickBehavior::Delay);
    loop {
        if let Some(reason) = lease.stopping() {
            stream.end(reason).await;
            return;
        }
        match deliver(&state, &conn, &mut stream, &mut rng, at).await {
            Ok(last) => at = last,
            Err(()) => return,
        }
        tokio::select! {
            changed = lease.stop.changed() => {
                if changed.is_err() {
                    return;
                }
            }
            _ = conn.notified() => {}
            _ = keep_alive.tick() => {
                if stream.send(protocol::KEEP_ALIVE).await.is_err() {
                    return;
                }
            }
            incoming = stream.recv() => match incoming {
                Incoming::Text(text) => match invoke(&state, &conn, &principal, &text) {
                    Reply::Answer(answer) => {
                        if stream.send(&answer).await.is_err() {
                            return;
                        }
                    }
                    // SignalR swallows (and traces) an exception of a WebSocket message:
                    // the client gets no answer at all.
                    Reply::Unresolved(message) => {
                        tracing::info!(connection = %conn.id, %message, "hub invocation failed without an answer");
                    }
                },
                Incoming::Closed => return,
                Incoming::Ignored => {}
            },
        }
    }
}

/// Sends what is buffered after `at` in frames; returns the new last id.
async fn deliver(
    state: &AppState,
    conn: &Conn,
    stream: &mut ForeverStream,
    rng: &mut Rng,
    mut at: u64,
) -> Result<u64, ()> {
    loop {
        let batch = conn.take(at, MAX_PER_FRAME);
        if batch.is_empty() {
            return Ok(at);
        }
        let last = batch.last;
        let faults = state.signalr.faults();
        if faults.message_delay_ms > 0 && !batch.messages.is_empty() {
            sleep(Duration::from_millis(faults.message_delay_ms)).await;
        }
        let frame = protocol::persistent_frame(
            &conn.cursor(last),
            FrameFlags::default(),
            batch.groups_token.as_deref(),
            &batch.messages,
        );
        stream.send(&frame).await?;
        if faults.duplicate_rate > 0.0 && rng.chance(faults.duplicate_rate) {
            stream.send(&frame).await?;
        }
        at = last;
    }
}

/// One long poll: the `S:1` answer of a `connect`, or the messages after `at` as soon as
/// there are any, or an empty answer after the connection timeout. Spaces keep the request
/// alive meanwhile, as SignalR writes them.
pub(super) async fn long_poll(
    state: Arc<AppState>,
    mut lease: Lease,
    tx: mpsc::Sender<Chunk>,
    init: bool,
    at: u64,
) {
    let conn = lease.conn().clone();
    let settings = state.signalr.settings;
    let delay = FrameFlags {
        long_poll_delay_ms: settings.long_poll_delay.as_millis() as u64,
        ..FrameFlags::default()
    };
    let send = |frame: String| {
        let tx = tx.clone();
        async move {
            let _ = tx.send(Ok(Bytes::from(frame))).await;
        }
    };
    // A frame without messages: the shutdown hint or the init frame.
    let empty = |flags: FrameFlags| protocol::persistent_frame(&conn.cursor(at), flags, None, &[]);
    if state.signalr.shutting_down() {
        send(empty(FrameFlags {
            reconnect: true,
            ..delay
        }))
        .await;
        return;
    }
    if !slow_start(&state, &tx).await {
        return;
    }
    if init {
        send(empty(FrameFlags {
            init: true,
            ..delay
        }))
        .await;
        return;
    }
    let deadline = Instant::now() + settings.connection_timeout;
    let every = settings.keep_alive;
    let mut keep_alive = interval_at(Instant::now() + every, every);
    keep_alive.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let mut rng = Rng::new(conn.key ^ at.rotate_left(17));
    loop {
        if let Some(reason) = lease.stopping() {
            match reason {
                Stop::Dropped => {
                    let _ = tx.send(Err(network_cut())).await;
                }
                Stop::Shutdown => {
                    let flags = FrameFlags {
                        reconnect: true,
                        ..delay
                    };
                    send(protocol::persistent_frame(
                        &conn.cursor(at),
                        flags,
                        None,
                        &[],
                    ))
                    .await;
                }
                Stop::Replaced | Stop::Aborted => {
                    send(protocol::persistent_frame(
                        &conn.cursor(at),
                        delay,
                        None,
                        &[],
                    ))
                    .await;
                }
            }
            return;
        }
        let batch = conn.take(at, MAX_PER_POLL);
        if !batch.is_empty() {
            let faults = state.signalr.faults();
            let has_messages = !batch.messages.is_empty();
            if faults.message_delay_ms > 0 && has_messages {
                sleep(Duration::from_millis(faults.message_delay_ms)).await;
            }
            // A duplicate on long polling: the answer keeps the old cursor, so the next
            // poll gets the same messages again.
            let duplicate =
                has_messages && faults.duplicate_rate > 0.0 && rng.chance(faults.duplicate_rate);
            let cursor = conn.cursor(if duplicate { at } else { batch.last });
            send(protocol::persistent_frame(
                &cursor,
                delay,
                batch.groups_token.as_deref(),
                &batch.messages,
            ))
            .await;
            return;
        }
        tokio::select! {
            changed = lease.stop.changed() => {
                if changed.is_err() {
                    return;
                }
            }
            _ = conn.notified() => {}
            _ = keep_alive.tick() => {
                if tx.send(Ok(Bytes::from_static(b" "))).await.is_err() {
                    return;
                }
            }
            _ = sleep_until(deadline) => {
                send(protocol::persistent_frame(&conn.cursor(at), delay, None, &[])).await;
                return;
            }
            _ = tx.closed() => return,
        }
    }
}

/// The poll faults: a fixed delay before answering, and stalls that hold polls silently
/// until the fault is lifted. `false` when the client left meanwhile.
async fn slow_start(state: &AppState, tx: &mpsc::Sender<Chunk>) -> bool {
    let mut faults = state.signalr.watch_faults();
    let delay = faults.borrow().poll_delay_ms;
    if delay > 0 {
        tokio::select! {
            _ = sleep(Duration::from_millis(delay)) => {}
            _ = tx.closed() => return false,
        }
    }
    loop {
        if !faults.borrow_and_update().stall_polls {
            return true;
        }
        tokio::select! {
            changed = faults.changed() => {
                if changed.is_err() {
                    return true;
                }
            }
            _ = tx.closed() => return false,
        }
    }
}
