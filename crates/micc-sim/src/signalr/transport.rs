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
use super::http::{Reply, invoke};
use super::protocol::{self, FrameFlags};
use crate::AppState;
use crate::auth::Principal;
use crate::rng::Rng;

/// Messages per frame on forever transports (`ForeverTransport.MaxMessages`).
const MAX_PER_FRAME: usize = 10;
/// Messages per long-poll answer (`LongPollingTransport.MaxMessages`).
const MAX_PER_POLL: usize = 5000;

pub(super) type Chunk = Result<Bytes, io::Error>;

fn cut() -> io::Error {
    io::Error::new(io::ErrorKind::ConnectionReset, "dropped by a fault")
}

/// Where a forever transport writes.
pub(super) enum Outlet {
    // Boxed: a socket is large and the event stream variant a pointer.
    Ws(Box<WebSocket>),
    /// The body of a `text/event-stream` answer.
    Sse(mpsc::Sender<Chunk>),
}

enum Incoming {
    Text(String),
    Closed,
    Ignored,
}

impl Outlet {
    async fn send(&mut self, frame: &str) -> Result<(), ()> {
        match self {
            Outlet::Ws(ws) => ws
                .send(Message::Text(frame.to_owned().into()))
                .await
                .map_err(|_| ()),
            Outlet::Sse(tx) => tx
                .send(Ok(Bytes::from(format!("data: {frame}\n\n"))))
                .await
                .map_err(|_| ()),
        }
    }

    async fn recv(&mut self) -> Incoming {
        match self {
            Outlet::Ws(ws) => match ws.recv().await {
                Some(Ok(Message::Text(t))) => Incoming::Text(t.to_string()),
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => Incoming::Closed,
                Some(Ok(_)) => Incoming::Ignored,
            },
            // Nothing comes up an event stream; it ends when the client goes away.
            Outlet::Sse(tx) => {
                tx.closed().await;
                Incoming::Closed
            }
        }
    }

    async fn end(self, reason: Stop) {
        match self {
            Outlet::Ws(mut ws) => {
                if reason != Stop::Dropped {
                    let _ = ws.send(Message::Close(None)).await;
                }
                // Dropping the socket without a close frame is what a network cut looks like.
            }
            Outlet::Sse(tx) => {
                if reason == Stop::Dropped {
                    let _ = tx.send(Err(cut())).await;
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
    mut outlet: Outlet,
    principal: Principal,
    init: bool,
    mut at: u64,
) {
    let conn = lease.conn().clone();
    let settings = state.signalr.settings;
    let mut rng = Rng::new(conn.key.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ at);
    if let Outlet::Sse(tx) = &outlet
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
        if outlet
            .send(&protocol::persistent_frame(&conn.cursor(at), flags, &[]))
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
            outlet.end(reason).await;
            return;
        }
        match deliver(&state, &conn, &mut outlet, &mut rng, at).await {
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
                if outlet.send(protocol::KEEP_ALIVE).await.is_err() {
                    return;
                }
            }
            incoming = outlet.recv() => match incoming {
                Incoming::Text(text) => match invoke(&state, &conn, &principal, &text) {
                    Reply::Answer(answer) => {
                        if outlet.send(&answer).await.is_err() {
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
    outlet: &mut Outlet,
    rng: &mut Rng,
    mut at: u64,
) -> Result<u64, ()> {
    loop {
        let (messages, last) = conn.take(at, MAX_PER_FRAME);
        if messages.is_empty() {
            return Ok(at);
        }
        let faults = state.signalr.faults();
        if faults.message_delay_ms > 0 {
            sleep(Duration::from_millis(faults.message_delay_ms)).await;
        }
        let frame =
            protocol::persistent_frame(&conn.cursor(last), FrameFlags::default(), &messages);
        outlet.send(&frame).await?;
        if faults.duplicate_rate > 0.0 && rng.chance(faults.duplicate_rate) {
            outlet.send(&frame).await?;
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
    if state.signalr.shutting_down() {
        let flags = FrameFlags {
            reconnect: true,
            ..delay
        };
        send(protocol::persistent_frame(&conn.cursor(at), flags, &[])).await;
        return;
    }
    if !slow_start(&state, &tx).await {
        return;
    }
    if init {
        let flags = FrameFlags {
            init: true,
            ..delay
        };
        send(protocol::persistent_frame(&conn.cursor(at), flags, &[])).await;
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
                    let _ = tx.send(Err(cut())).await;
                }
                Stop::Shutdown => {
                    let flags = FrameFlags {
                        reconnect: true,
                        ..delay
                    };
                    send(protocol::persistent_frame(&conn.cursor(at), flags, &[])).await;
                }
                Stop::Replaced | Stop::Aborted => {
                    send(protocol::persistent_frame(&conn.cursor(at), delay, &[])).await;
                }
            }
            return;
        }
        let (messages, last) = conn.take(at, MAX_PER_POLL);
        if !messages.is_empty() {
            let faults = state.signalr.faults();
            if faults.message_delay_ms > 0 {
                sleep(Duration::from_millis(faults.message_delay_ms)).await;
            }
            // A duplicate on long polling: the answer keeps the old cursor, so the next
            // poll gets the same messages again.
            let duplicate = faults.duplicate_rate > 0.0 && rng.chance(faults.duplicate_rate);
            let cursor = conn.cursor(if duplicate { at } else { last });
            send(protocol::persistent_frame(&cursor, delay, &messages)).await;
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
                send(protocol::persistent_frame(&conn.cursor(at), delay, &[])).await;
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
