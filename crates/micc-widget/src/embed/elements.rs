//! `<micc-queue-now>` and `<micc-agent-presence>`: the Rust half of the custom elements.
//! js/elements.js defines the classes (wasm-bindgen cannot subclass `HTMLElement`); each
//! connected element asks `create` for an [`ElementPanel`] mounted in a container in its
//! open shadow root, calls `refresh()` when an attribute or property changes and `free()`
//! when it is disconnected (which unmounts: nothing is kept with `.forget()`).
//!
//! The config is the element's `config` property (an object as `mount` takes), overridden
//! by its attributes (embed/attributes.rs), with the token from its `tokenProvider` or
//! `token` property. Tokens are never read from attributes.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;

use super::attributes::{self, Key, Value};
use super::look::Look;
use super::mount::{MountHandle, error_view, mount};
use super::styles::{WIDGET_CSS, apply_look};
use crate::store::shared::Shared;

/// (tag, the `panel` it shows).
const ELEMENTS: [(&str, &str); 3] = [
    ("micc-queue-now", "queueNow"),
    ("micc-agent-presence", "agentPresence"),
    ("micc-my-presence", "myPresence"),
];

#[wasm_bindgen(module = "/js/elements.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElements, catch)]
    fn define_js(
        css: &str,
        elements: &Array,
        observed: &Array,
        create: &Function,
    ) -> Result<(), JsValue>;
    #[wasm_bindgen(js_name = sharedSheet)]
    fn shared_sheet_js() -> JsValue;
}

type Create = Closure<dyn Fn(web_sys::HtmlElement, web_sys::HtmlElement, String) -> JsValue>;

thread_local! {
    /// The callback the element classes call; made once and kept for the page's life,
    /// since the classes cannot be undefined.
    static CREATE: RefCell<Option<Create>> = const { RefCell::new(None) };
    /// The stores element panels read, weakly (tests check they are freed on removal).
    static STORES: RefCell<Vec<Weak<Shared>>> = const { RefCell::new(Vec::new()) };
}

/// What is on screen in the element: a panel, or the message of a bad attribute.
enum Shown {
    Panel(MountHandle),
    Error(#[allow(dead_code)] crate::dom::Mounted),
}

/// The panel inside one element's shadow root.
#[wasm_bindgen]
pub struct ElementPanel {
    host: web_sys::HtmlElement,
    container: web_sys::HtmlElement,
    panel: String,
    shown: Option<Shown>,
}

#[wasm_bindgen]
impl ElementPanel {
    /// Re-reads the attributes and properties and updates the panel (keeping the store
    /// when server and auth are unchanged).
    pub fn refresh(&mut self) {
        match (element_config(&self.host, &self.panel), self.shown.as_mut()) {
            (Ok(config), Some(Shown::Panel(handle))) => handle.update(config),
            (result, _) => {
                // The old view goes first, so the container holds one panel.
                self.shown = None;
                self.shown = Some(show(&self.container, result));
            }
        }
        self.note_store();
    }
}

impl ElementPanel {
    fn note_store(&self) {
        if let Some(Shown::Panel(h)) = &self.shown
            && let Some(s) = h.store()
        {
            STORES.with(|st| {
                let mut st = st.borrow_mut();
                st.retain(|w| w.strong_count() > 0);
                if !st.iter().any(|w| w.ptr_eq(&Rc::downgrade(&s))) {
                    st.push(Rc::downgrade(&s));
                }
            });
        }
    }
}

/// The message of a bad attribute.
fn show_error(container: &web_sys::HtmlElement, message: String) -> Shown {
    apply_look(container, Look::default());
    Shown::Error(crate::dom::mount(
        container,
        Box::new(move || error_view(message)),
    ))
}

fn show(container: &web_sys::HtmlElement, config: Result<JsValue, String>) -> Shown {
    match config.map(|c| mount(container.clone().into(), c)) {
        Ok(Ok(h)) => Shown::Panel(h),
        Ok(Err(_)) => show_error(
            container,
            "the element's container is not an element".into(),
        ),
        Err(message) => show_error(container, message),
    }
}

fn create(host: web_sys::HtmlElement, container: web_sys::HtmlElement, panel: String) -> JsValue {
    console_error_panic_hook::set_once();
    let shown = show(&container, element_config(&host, &panel));
    let p = ElementPanel {
        host,
        container,
        panel,
        shown: Some(shown),
    };
    p.note_store();
    p.into()
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), value);
}

fn prop(host: &web_sys::HtmlElement, key: &str) -> Option<JsValue> {
    Reflect::get(host, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// The `mount` config of `host`: its `config` property, then its attributes, then its
/// token properties, and the panel its tag names.
fn element_config(host: &web_sys::HtmlElement, panel: &str) -> Result<JsValue, String> {
    let out = Object::new();
    let base = prop(host, "config");
    if let Some(base) = base.as_ref().filter(|b| b.is_object()) {
        let _ = Object::assign(&out, base.unchecked_ref());
    } else if base.is_some() {
        return Err("the element's config property must be an object".into());
    }
    // A copy, so attributes never write into the host's own thresholds object.
    let thresholds = Object::new();
    let given = Reflect::get(&out, &"thresholds".into()).unwrap_or(JsValue::UNDEFINED);
    if given.is_object() {
        let _ = Object::assign(&thresholds, given.unchecked_ref());
    }
    let names = host.get_attribute_names();
    let pairs: Vec<(String, String)> = names
        .iter()
        .filter_map(|n| n.as_string())
        .filter_map(|n| host.get_attribute(&n).map(|v| (n, v)))
        .collect();
    let mut touched = false;
    for (key, value) in attributes::parse(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())))? {
        let value = match value {
            Value::Str(s) => JsValue::from_str(&s),
            Value::Num(n) => JsValue::from_f64(n),
            Value::Bool(b) => JsValue::from_bool(b),
        };
        match key {
            Key::Top(k) => set(&out, k, &value),
            Key::Threshold(k) => {
                set(&thresholds, k, &value);
                touched = true;
            }
        }
    }
    if touched {
        set(&out, "thresholds", &thresholds);
    }
    // `mount` takes a function as `token` for a token callback.
    if let Some(t) = prop(host, "tokenProvider").or_else(|| prop(host, "token")) {
        set(&out, "token", &t);
    }
    set(&out, "panel", &JsValue::from_str(panel));
    Ok(out.into())
}

/// Defines `<micc-queue-now>` and `<micc-agent-presence>` (tags already defined, by an
/// earlier call or another script, are left as they are). The drop-in script
/// js/micc-elements.js calls it after `init()`.
#[wasm_bindgen(js_name = defineElements)]
pub fn define_elements() -> Result<(), JsError> {
    let elements: Array = ELEMENTS
        .iter()
        .map(|(tag, panel)| Array::of2(&(*tag).into(), &(*panel).into()))
        .collect();
    let observed: Array = attributes::observed()
        .into_iter()
        .map(JsValue::from_str)
        .collect();
    CREATE.with(|c| {
        let mut c = c.borrow_mut();
        let create = c.get_or_insert_with(|| Closure::new(create));
        define_js(
            WIDGET_CSS,
            &elements,
            &observed,
            create.as_ref().unchecked_ref(),
        )
        .map_err(|e| {
            JsError::new(
                &e.as_string()
                    .unwrap_or_else(|| "defining the elements failed".into()),
            )
        })
    })
}

/// The page's shared stylesheet (`null` before [`define_elements`]).
pub fn shared_sheet() -> JsValue {
    shared_sheet_js()
}

/// The stores that element panels have read and that are still alive.
pub fn live_stores() -> Vec<Rc<Shared>> {
    STORES.with(|st| st.borrow().iter().filter_map(Weak::upgrade).collect())
}
