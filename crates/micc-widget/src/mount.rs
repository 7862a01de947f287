//! JavaScript entry points for host pages.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::queue_now::QueueNow;

/// Mounts the queue-now panel into `element`, reading from `server`.
#[wasm_bindgen(js_name = mountQueueNow)]
pub fn mount_queue_now(element: web_sys::HtmlElement, server: String) {
    console_error_panic_hook::set_once();
    // The panel lives as long as the page; host pages remove it by removing the element.
    leptos::mount::mount_to(element, move || view! { <QueueNow server=server /> }).forget();
}
