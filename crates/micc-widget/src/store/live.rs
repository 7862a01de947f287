//! A store's real-time connection: micc-client's JavaScript SignalR client (js/live.js, see
//! live_bundle.rs) feeding the store's signals; payloads are read by store/rest.rs. Chosen over micc-client's Rust driver for
//! size (README "Live data"). One per store, so every panel of a store shares it; it stops
//! when the store goes (the last panel unmounts).

use js_sys::{Array, Function};
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::*;

use micc_client::models::{EmployeeState, QueueState};

use super::rest::{self, RestLink};

#[wasm_bindgen(module = "/js/live.js")]
extern "C" {
    type LiveLink;

    #[wasm_bindgen(constructor, catch)]
    fn new(
        server: &str,
        rest: &RestLink,
        share_key: Option<String>,
        on_state: &Function,
        on_queue: &Function,
        on_me: &Function,
        on_snapshot: &Function,
    ) -> Result<LiveLink, JsValue>;

    #[wasm_bindgen(method, js_name = setQueues)]
    fn set_queues(this: &LiveLink, keys: &Array);

    #[wasm_bindgen(method, js_name = setMe)]
    fn set_me(this: &LiveLink, on: bool);

    #[wasm_bindgen(method)]
    fn stop(this: &LiveLink);
}

/// What a store does with what the connection reports.
pub struct Handlers {
    pub state: Box<dyn FnMut(String)>,
    pub queue: Box<dyn FnMut(QueueState)>,
    pub me: Box<dyn FnMut(EmployeeState)>,
    /// A monitor is in place: a REST snapshot now catches what changed before it.
    pub snapshot: Box<dyn FnMut()>,
}

/// The connection and the callbacks it calls; dropping it stops the connection first (the
/// adapter calls nothing after `stop()`, so the callbacks can go with it).
pub struct Live {
    link: LiveLink,
    subscribed: Vec<String>,
    me: bool,
    _state: Closure<dyn FnMut(String)>,
    _payloads: [Closure<dyn FnMut(JsValue)>; 2],
    _snapshot: Closure<dyn FnMut()>,
}

impl Live {
    /// Starts connecting to `server` with the tokens of the store's `rest` link. `None` when
    /// the adapter refuses the configuration.
    pub fn start(
        server: &str,
        rest: &RestLink,
        share_key: Option<&str>,
        h: Handlers,
    ) -> Option<Live> {
        let Handlers {
            state,
            mut queue,
            mut me,
            snapshot,
        } = h;
        let on_snapshot = Closure::<dyn FnMut()>::new(snapshot);
        let on_state = Closure::<dyn FnMut(String)>::new(state);
        // Payloads are read as REST answers are (store/rest.rs); one that is no object is
        // dropped (the next event or snapshot corrects the row).
        let on_queue = Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| {
            if let Some(q) = rest::queue_state(&v) {
                queue(q);
            }
        });
        let on_me = Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| {
            if let Some(e) = rest::employee_state(&v) {
                me(e);
            }
        });
        let link = LiveLink::new(
            server,
            rest,
            share_key.map(str::to_owned),
            on_state.as_ref().unchecked_ref(),
            on_queue.as_ref().unchecked_ref(),
            on_me.as_ref().unchecked_ref(),
            on_snapshot.as_ref().unchecked_ref(),
        )
        .ok()?;
        Some(Live {
            link,
            subscribed: Vec::new(),
            me: false,
            _state: on_state,
            _payloads: [on_queue, on_me],
            _snapshot: on_snapshot,
        })
    }

    /// Subscribes to exactly these queues (the store's row keys); nothing is sent when the
    /// set is unchanged.
    pub fn set_queues(&mut self, keys: Vec<String>) {
        if keys == self.subscribed {
            return;
        }
        let array: Array = keys.iter().map(|k| JsValue::from_str(k)).collect();
        self.link.set_queues(&array);
        self.subscribed = keys;
    }

    /// Subscribes to the signed-in employee's state while some control shows it.
    pub fn set_me(&mut self, on: bool) {
        if on != self.me {
            self.link.set_me(on);
            self.me = on;
        }
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        self.link.stop();
    }
}
