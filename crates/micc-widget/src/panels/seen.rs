//! Which rows of a table are on screen or near it, so that only those tick. A timer that
//! changes its text every second costs style, layout and paint work even where nobody can
//! see it: under the load run (2,000 agents, most of them scrolled away) that was about a
//! quarter of the main thread. js/seen.js keeps one IntersectionObserver per panel; each
//! row is watched from the moment its `<tr>` is built and told whether it is within half a
//! screen of the viewport. Rows stay in the DOM, as they are (screen readers and find in
//! page see every row); an off-screen row keeps the text it last showed, reads the clock
//! no more, and reads it again the moment it comes near.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
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

    #[wasm_bindgen(method)]
    fn stop(this: &Watcher);
}

/// The rows watched, by id (their "near the screen" flag, `None` for a free id), and the
/// free ids.
type Slots = Rc<RefCell<(Vec<Option<RwSignal<bool>>>, Vec<u32>)>>;

/// A panel's observer; it stops when the panel drops it.
pub struct Seen {
    observer: Watcher,
    slots: Slots,
    _report: Closure<dyn FnMut(Vec<u32>)>,
}

impl Drop for Seen {
    fn drop(&mut self) {
        self.observer.stop();
    }
}

impl Default for Seen {
    fn default() -> Seen {
        let slots = Slots::default();
        let s = slots.clone();
        let report = Closure::<dyn FnMut(Vec<u32>)>::new(move |changes: Vec<u32>| {
            let s = s.borrow();
            for c in changes {
                if let Some(Some(near)) = s.0.get((c >> 1) as usize) {
                    near.set(c & 1 == 1);
                }
            }
        });
        Seen {
            observer: Watcher::new(report.as_ref().unchecked_ref()),
            slots,
            _report: report,
        }
    }
}

/// A watched row: whether it is near the screen (false until the observer first says, a
/// frame after the row is in the DOM), and what its `<tr>` is watched with (`use:watch=`).
#[derive(Clone, Copy)]
pub struct Watch {
    pub near: RwSignal<bool>,
    seen: StoredValue<Seen, LocalStorage>,
    id: u32,
}

/// A new row of the panel whose observer is `seen`. Called in the row's reactive owner:
/// the row is forgotten with it.
pub fn row(seen: StoredValue<Seen, LocalStorage>) -> Watch {
    let near = RwSignal::new(false);
    let id = seen.with_value(|s| {
        let (slots, free) = &mut *s.slots.borrow_mut();
        let id = free.pop().unwrap_or_else(|| {
            slots.push(None);
            slots.len() as u32 - 1
        });
        slots[id as usize] = Some(near);
        id
    });
    on_cleanup(move || {
        // The panel may be going too (its observer dropped before its rows).
        seen.try_with_value(|s| {
            s.observer.unwatch(id);
            let (slots, free) = &mut *s.slots.borrow_mut();
            slots[id as usize] = None;
            free.push(id);
        });
    });
    Watch { near, seen, id }
}

/// The directive that starts watching a row's `<tr>` when it is built (a row that does not
/// tick has nothing to watch).
pub fn watch(el: web_sys::Element, w: Option<Watch>) {
    if let Some(w) = w {
        w.seen.with_value(|s| s.observer.watch(&el, w.id));
    }
}
