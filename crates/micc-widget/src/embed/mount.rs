//! JavaScript entry points: `mount(element, config)` returning a handle with `update` and
//! `unmount`, and the older `mountQueueNow(element, server, token)`.
//!
//! The handle owns the panel's [`Mounted`]: dropping it removes the DOM and disposes the
//! panel's reactive owner, which releases its store (aborting the polling loop) and the page
//! ticker when no other panel holds them. Nothing is leaked with `.forget()`.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;

use super::read::read;
use crate::dom::{El, Mounted, el};
use crate::format::intl::Formatter;
use crate::panels::agent_presence::agent_presence;
use crate::panels::my_presence::my_presence;
use crate::panels::queue_now::queue_now;
use crate::store::shared::{Shared, acquire};
use crate::store::ticker::ticker;

/// A mounted panel. `update(config)` re-renders it with a new config (keeping the store when
/// the server and auth are unchanged); `unmount()` (or freeing the handle) removes it.
#[wasm_bindgen]
pub struct MountHandle {
    element: web_sys::HtmlElement,
    mounted: Option<Mounted>,
    /// The current store's request counter (it does not keep the store alive).
    requests: Option<Rc<Cell<u64>>>,
    /// The current store, weakly: tests check it is freed by `unmount`.
    store: Weak<Shared>,
}

#[wasm_bindgen]
impl MountHandle {
    pub fn update(&mut self, config: JsValue) {
        // The new panel is made before the old one is dropped, so it finds the same store
        // still alive and shows its rows at once.
        let (next, store) = render(&self.element, &config);
        self.mounted = Some(next);
        self.set_store(store);
    }

    pub fn unmount(&mut self) {
        self.mounted = None;
    }

    /// Requests this panel's store has started (diagnostics and tests); it keeps counting
    /// only while the store lives.
    #[wasm_bindgen(js_name = requestCount)]
    pub fn request_count(&self) -> f64 {
        self.requests.as_ref().map_or(0.0, |r| r.get() as f64)
    }
}

impl MountHandle {
    fn set_store(&mut self, store: Option<Rc<Shared>>) {
        self.requests = store.as_ref().map(|s| s.request_counter());
        self.store = store.as_ref().map_or_else(Weak::new, Rc::downgrade);
    }

    /// The store the panel reads, while it lives (Rust callers and tests).
    pub fn store(&self) -> Option<Rc<Shared>> {
        self.store.upgrade()
    }
}

pub(crate) fn error_view(message: String) -> El {
    el("section").class("micc-queue-now").child(
        el("p")
            .class("micc-status micc-error")
            .attr("role", "alert")
            .text(&message),
    )
}

fn render(element: &web_sys::HtmlElement, config: &JsValue) -> (Mounted, Option<Rc<Shared>>) {
    let built = read(config).and_then(|c| {
        let formatter = Formatter::new(&c.locale)?;
        let shared = acquire(&c.server, &c.auth, c.poll_ms, c.share_key.as_deref())?;
        super::styles::apply_look(element, c.look);
        Ok((shared, formatter, c.panel, c.agents, c.my_presence))
    });
    let store = built.as_ref().ok().map(|(s, _, _, _, _)| s.clone());
    let f: Box<dyn FnOnce() -> El> = match built {
        Ok((shared, formatter, _, _, true)) => {
            let ticker = ticker();
            Box::new(move || my_presence(shared, ticker, formatter))
        }
        Ok((shared, formatter, _, Some(options), _)) => {
            let ticker = ticker();
            Box::new(move || agent_presence(shared, ticker, formatter, options))
        }
        Ok((shared, formatter, options, None, _)) => {
            let ticker = ticker();
            Box::new(move || queue_now(shared, ticker, formatter, options))
        }
        Err(message) => Box::new(move || error_view(message)),
    };
    (crate::dom::mount(element, f), store)
}

/// Mounts a panel into `element` with `config` (`{server, token | tokenCallback, locale,
/// pollMs, panel}`, plus `queues, thresholds, totals` for the queue-now panel or
/// `agentGroup` for `panel: "agentPresence"`; `panel: "myPresence"` has no options of its own). A bad config shows its error in the panel;
/// only a non-element `element` throws.
#[wasm_bindgen]
pub fn mount(element: JsValue, config: JsValue) -> Result<MountHandle, JsError> {
    console_error_panic_hook::set_once();
    let element: web_sys::HtmlElement = element
        .dyn_into()
        .map_err(|_| JsError::new("mount: the first argument must be an HTML element"))?;
    let (mounted, store) = render(&element, &config);
    let mut handle = MountHandle {
        element,
        mounted: Some(mounted),
        requests: None,
        store: Weak::new(),
    };
    handle.set_store(store);
    Ok(handle)
}

thread_local! {
    /// Panels mounted with `mountQueueNow`, which returns no handle: they live as long as the
    /// page, as that function always documented.
    static LEGACY: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

/// Mounts the queue-now panel into `element`, reading from `server` with the bearer `token`
/// the host page obtained (from its own backend: the widget never sees a password). Kept for
/// existing pages; `mount` returns a handle that can unmount.
#[wasm_bindgen(js_name = mountQueueNow)]
pub fn mount_queue_now(element: web_sys::HtmlElement, server: String, token: Option<String>) {
    console_error_panic_hook::set_once();
    let config = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&config, &"server".into(), &server.into());
    if let Some(t) = token {
        let _ = js_sys::Reflect::set(&config, &"token".into(), &t.into());
    }
    let (mounted, _) = render(&element, &config);
    LEGACY.with(|l| l.borrow_mut().push(mounted));
}
