//! What the page says about itself, watched for the real-time driver: whether it is visible
//! (`document.visibilityState`: polling pauses while hidden) and whether the browser is
//! online (`navigator.onLine`: reconnect attempts wait while offline). Read through
//! `Reflect`, so that hosts without a `document` or `navigator` (workers, Node) simply have
//! no watch.

use js_sys::{Function, Reflect};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;

/// Event listeners on one target, removed when dropped.
pub struct PageWatch {
    target: JsValue,
    events: &'static [&'static str],
    listener: Closure<dyn FnMut()>,
}

fn global(name: &str) -> Option<JsValue> {
    Reflect::get(&js_sys::global(), &JsValue::from_str(name))
        .ok()
        .filter(|d| d.is_object())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

impl PageWatch {
    /// Calls `on_change(visible)` now and at every `visibilitychange`; anything but
    /// "hidden" counts as visible.
    pub fn visibility(on_change: Box<dyn Fn(bool)>) -> Option<Self> {
        let document = global("document")?;
        let watched = document.clone();
        let read = move || {
            Reflect::get(&watched, &JsValue::from_str("visibilityState"))
                .ok()
                .and_then(|s| s.as_string())
                .is_none_or(|s| s != "hidden")
        };
        Self::listen(document, &["visibilitychange"], Rc::new(read), on_change)
    }

    /// Calls `on_change(online)` now and at every `online`/`offline` event of the window;
    /// a browser that does not say counts as online.
    pub fn network(on_change: Box<dyn Fn(bool)>) -> Option<Self> {
        let window = js_sys::global();
        let navigator = global("navigator")?;
        let read = move || {
            Reflect::get(&navigator, &JsValue::from_str("onLine"))
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(true)
        };
        Self::listen(
            window.into(),
            &["online", "offline"],
            Rc::new(read),
            on_change,
        )
    }

    fn listen(
        target: JsValue,
        events: &'static [&'static str],
        read: Rc<dyn Fn() -> bool>,
        on_change: Box<dyn Fn(bool)>,
    ) -> Option<Self> {
        let add = method(&target, "addEventListener")?;
        on_change(read());
        let listener = Closure::<dyn FnMut()>::new(move || on_change(read()));
        for event in events {
            add.call2(&target, &JsValue::from_str(event), listener.as_ref())
                .ok()?;
        }
        Some(PageWatch {
            target,
            events,
            listener,
        })
    }
}

impl Drop for PageWatch {
    fn drop(&mut self) {
        if let Some(remove) = method(&self.target, "removeEventListener") {
            for event in self.events {
                let _ = remove.call2(
                    &self.target,
                    &JsValue::from_str(event),
                    self.listener.as_ref(),
                );
            }
        }
    }
}
