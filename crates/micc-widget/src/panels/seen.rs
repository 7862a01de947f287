//! Which rows of a table are on screen or near it, so that only those tick. A timer that
//! changes its text every second costs style, layout and paint work even where nobody can
//! see it: under the load run (2,000 agents, most of them scrolled away) that was about a
//! quarter of the main thread. js/seen.js watches each row from the moment its `<tr>` is
//! built and says whether it is within half a screen of the viewport (and a table far
//! away costs one observation, not one per row). Rows stay in the DOM as they are (screen
//! readers and find in page see every row); an off-screen row keeps the text it last
//! showed, reads the clock no more (agent rows still follow a new clock-skew estimate), and
//! reads it again the moment it comes near.
//!
//! One watcher for the page, made on first use and kept for the page's life (as the
//! custom elements' callback is): with no row left it observes nothing.

use std::cell::RefCell;

use crate::reactive::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/seen.js")]
extern "C" {
    type Watcher;

    #[wasm_bindgen(constructor)]
    fn new(report: &js_sys::Function) -> Watcher;

    #[wasm_bindgen(method)]
    fn watch(this: &Watcher, el: &web_sys::Element, id: u32);

    #[wasm_bindgen(method)]
    fn unwatch(this: &Watcher, id: u32);
}

/// The rows watched, by id (their "near the screen" flag, `None` for a free id), and the
/// free ids.
type Slots = (Vec<Option<RwSignal<bool>>>, Vec<u32>);

struct Seen {
    watcher: Watcher,
    slots: RefCell<Slots>,
    /// Takes `id * 2 + 1` for a row now near the screen, `id * 2` for one no longer near
    /// (a number, so the closure type is one the crate already has).
    _report: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    static SEEN: Seen = {
        let report = Closure::<dyn FnMut(JsValue)>::new(|v: JsValue| {
            let v = v.as_f64().map_or(u32::MAX, |v| v as u32);
            let flag = SEEN.with(|s| s.slots.borrow().0.get(v as usize >> 1).copied().flatten());
            if let Some(flag) = flag {
                flag.set(v & 1 == 1);
            }
        });
        Seen {
            watcher: Watcher::new(report.as_ref().unchecked_ref()),
            slots: RefCell::default(),
            _report: report,
        }
    };
}

/// A watched row: whether it is near the screen (false until the watcher first says, a
/// frame after the row is in the DOM), and its id (`use:watch=` on its `<tr>`).
#[derive(Clone, Copy)]
pub struct Watch {
    pub near: RwSignal<bool>,
    id: u32,
}

/// A new row. Called in the row's reactive owner: the row is forgotten with it.
pub fn row() -> Watch {
    let near = RwSignal::new(false);
    let id = SEEN.with(|s| {
        let (slots, free) = &mut *s.slots.borrow_mut();
        let id = free.pop().unwrap_or_else(|| {
            slots.push(None);
            slots.len() as u32 - 1
        });
        slots[id as usize] = Some(near);
        id
    });
    on_cleanup(move || {
        SEEN.with(|s| {
            s.watcher.unwatch(id);
            let (slots, free) = &mut *s.slots.borrow_mut();
            slots[id as usize] = None;
            free.push(id);
        });
    });
    Watch { near, id }
}

/// The directive that starts watching a row's `<tr>` when it is built.
pub fn watch(el: web_sys::Element, w: Watch) {
    SEEN.with(|s| s.watcher.watch(&el, w.id));
}
