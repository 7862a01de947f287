//! The widget's DOM builder: elements made with `document.createElement`, static parts set
//! once, dynamic parts (text, attributes, classes, child regions, keyed rows) each driven by
//! one of Leptos' render effects, on Leptos' reactive owners.
//!
//! Why not Leptos' own views (tachys): every view type there carries its own copy of the
//! build, rebuild, mount and unmount code, so the widget's wasm grew with every cell and
//! button (scripts/bench/widget-parts.sh measured 110 KB gzipped for the views alone, over
//! a 150 KB budget for the whole package). Here every dynamic part goes through one
//! type-erased effect (`Box<dyn FnMut()>`), so a new cell costs its closure and a few calls,
//! not another instantiation of a renderer.
//!
//! Ownership follows Leptos: an effect or listener made while building belongs to the
//! current reactive owner and is dropped with it (a panel's unmount, a region's next run, a
//! keyed row's removal). Server strings only ever reach text nodes and attribute values.

mod keyed;

use crate::reactive::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, Event, Node};

pub use keyed::keyed;

thread_local! {
    static DOCUMENT: web_sys::Document = web_sys::window()
        .and_then(|w| w.document())
        .expect("the widget runs in a page with a document");
}

/// An element being built (and, once built, a handle to it).
pub struct El(pub Element);

impl From<El> for Node {
    fn from(e: El) -> Node {
        e.0.into()
    }
}

/// A new `<tag>`.
pub fn el(tag: &str) -> El {
    El(DOCUMENT
        .with(|d| d.create_element(tag))
        .expect("an element tag the widget names"))
}

/// A text node holding `s` (as text: never parsed as HTML).
pub fn text_node(s: &str) -> Node {
    DOCUMENT.with(|d| d.create_text_node(s)).into()
}

fn marker() -> Node {
    DOCUMENT.with(|d| d.create_comment("")).into()
}

impl El {
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    pub fn class(self, class: &str) -> El {
        self.attr("class", class)
    }

    /// `part` (for `::part` theming from the host page).
    pub fn part(self, part: &str) -> El {
        self.attr("part", part)
    }

    pub fn text(self, s: &str) -> El {
        let _ = self.0.append_child(&text_node(s));
        self
    }

    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    pub fn children(self, children: impl IntoIterator<Item = El>) -> El {
        for c in children {
            let _ = self.0.append_child(&c.0);
        }
        self
    }

    /// A text node whose text follows `f`, written only when it differs.
    pub fn text_with(self, f: impl Fn() -> String + 'static) -> El {
        self.text_boxed(Box::new(f))
    }

    fn text_boxed(self, f: Box<dyn Fn() -> String>) -> El {
        let node = text_node("");
        let _ = self.0.append_child(&node);
        let mut last: Option<String> = None;
        effect(Box::new(move || {
            let s = f();
            if last.as_deref() != Some(s.as_str()) {
                node.set_node_value(Some(&s));
                last = Some(s);
            }
        }));
        self
    }

    /// An attribute following `f` (`None` removes it), written only when it changes.
    pub fn attr_with(self, name: &'static str, f: impl Fn() -> Option<String> + 'static) -> El {
        self.attr_boxed(name, Box::new(f))
    }

    fn attr_boxed(self, name: &'static str, f: Box<dyn Fn() -> Option<String>>) -> El {
        let e = self.0.clone();
        let mut last: Option<Option<String>> = None;
        effect(Box::new(move || {
            let v = f();
            if last.as_ref() != Some(&v) {
                let _ = match &v {
                    Some(v) => e.set_attribute(name, v),
                    None => e.remove_attribute(name),
                };
                last = Some(v);
            }
        }));
        self
    }

    /// `"true"` or `"false"` as `f` says (`aria-pressed`, `aria-busy`, ...).
    pub fn flag_with(self, name: &'static str, f: impl Fn() -> bool + 'static) -> El {
        self.attr_with(name, move || {
            Some(if f() { "true" } else { "false" }.to_owned())
        })
    }

    /// A boolean attribute (`disabled`, `selected`): present while `f` is true.
    pub fn present_with(self, name: &'static str, f: impl Fn() -> bool + 'static) -> El {
        self.attr_with(name, move || f().then(String::new))
    }

    /// `class` on the element while `f` is true.
    pub fn class_when(self, class: &'static str, f: impl Fn() -> bool + 'static) -> El {
        let list = self.0.class_list();
        let f: Box<dyn Fn() -> bool> = Box::new(f);
        let mut last: Option<bool> = None;
        effect(Box::new(move || {
            let on = f();
            if last != Some(on) {
                let _ = list.toggle_with_force(class, on);
                last = Some(on);
            }
        }));
        self
    }

    /// Calls `f` on each `event` (untracked, as event handlers are).
    pub fn on(self, event: &'static str, f: impl Fn(&Event) + 'static) -> El {
        listen(&self.0, event, Box::new(f));
        self
    }

    /// A region of children worked out again whenever what `f` reads changes. What the
    /// previous run built (effects, listeners) is disposed before the next one builds.
    pub fn region(self, f: impl Fn() -> Vec<Node> + 'static) -> El {
        region(&self.0, Box::new(f));
        self
    }
}

/// A render effect that lives as long as the current owner (or, made inside a region's
/// run, until that region's next run): the one instantiation every dynamic part shares.
fn effect(mut f: Box<dyn FnMut()>) {
    let e = RenderEffect::new(move |_: Option<()>| f());
    StoredValue::new_local(e);
}

struct Listener {
    target: Element,
    event: &'static str,
    callback: Closure<dyn FnMut(Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(
            self.event,
            self.callback.as_ref().unchecked_ref(),
        );
    }
}

fn listen(target: &Element, event: &'static str, f: Box<dyn Fn(&Event)>) {
    let callback = Closure::<dyn FnMut(Event)>::new(move |e: Event| untrack(|| f(&e)));
    let _ = target.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    StoredValue::new_local(Listener {
        target: target.clone(),
        event,
        callback,
    });
}

fn region(parent: &Element, f: Box<dyn Fn() -> Vec<Node>>) {
    let end = marker();
    let _ = parent.append_child(&end);
    let mut shown: Vec<Node> = Vec::new();
    effect(Box::new(move || {
        for old in shown.drain(..) {
            if let Some(p) = old.parent_node() {
                let _ = p.remove_child(&old);
            }
        }
        shown = f();
        if let Some(p) = end.parent_node() {
            for e in &shown {
                let _ = p.insert_before(e, Some(&end));
            }
        }
    }));
}

/// The value of an event's target (an `<input>` or `<select>`), or `""`.
pub fn target_value(ev: &Event) -> String {
    ev.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// A built panel in `parent`: removed, and its owner disposed (effects, listeners, the
/// store and ticker it holds), when dropped.
pub struct Mounted {
    owner: Owner,
    node: Element,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.node.remove();
        self.owner.cleanup();
    }
}

/// Builds `f` in a new root owner and appends it to `parent`.
pub fn mount(parent: &Element, f: Box<dyn FnOnce() -> El>) -> Mounted {
    // Leptos' render effects run again on its executor (wasm-bindgen-futures here); a
    // second init is an error that only says it is already set.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let node = owner.with(|| untrack(f)).0;
    let _ = parent.append_child(&node);
    Mounted { owner, node }
}
