//! `document.visibilityState`, watched for the real-time driver's polling fallback. Read
//! through `Reflect`, so that pages without a `document` (workers, Node) simply have none.

use js_sys::{Function, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;

/// A `visibilitychange` listener, removed when dropped.
pub struct VisibilityWatch {
    document: JsValue,
    listener: Closure<dyn FnMut()>,
}

fn document() -> Option<JsValue> {
    Reflect::get(&js_sys::global(), &JsValue::from_str("document"))
        .ok()
        .filter(|d| d.is_object())
}

/// Whether `document` is visible (anything but "hidden" counts as visible).
fn visible(document: &JsValue) -> bool {
    Reflect::get(document, &JsValue::from_str("visibilityState"))
        .ok()
        .and_then(|s| s.as_string())
        .is_none_or(|s| s != "hidden")
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

impl VisibilityWatch {
    /// Calls `on_change` now and at every change; `None` without a `document`.
    pub fn new(on_change: Box<dyn Fn(bool)>) -> Option<Self> {
        let document = document()?;
        let add = method(&document, "addEventListener")?;
        on_change(visible(&document));
        let watched = document.clone();
        let listener = Closure::<dyn FnMut()>::new(move || on_change(visible(&watched)));
        add.call2(
            &document,
            &JsValue::from_str("visibilitychange"),
            listener.as_ref(),
        )
        .ok()?;
        Some(VisibilityWatch { document, listener })
    }
}

impl Drop for VisibilityWatch {
    fn drop(&mut self) {
        if let Some(remove) = method(&self.document, "removeEventListener") {
            let _ = remove.call2(
                &self.document,
                &JsValue::from_str("visibilitychange"),
                self.listener.as_ref(),
            );
        }
    }
}
