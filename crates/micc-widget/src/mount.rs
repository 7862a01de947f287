//! JavaScript entry points for host pages.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::queue_now::QueueNow;

/// Mounts the queue-now panel into `element`, reading from `server` with the bearer `token`
/// the host page obtained (from its own backend: the widget never sees a password).
#[wasm_bindgen(js_name = mountQueueNow)]
pub fn mount_queue_now(element: web_sys::HtmlElement, server: String, token: Option<String>) {
    console_error_panic_hook::set_once();
    // The panel lives as long as the page; host pages remove it by removing the element.
    leptos::mount::mount_to(
        element,
        move || view! { <QueueNow server=server token=token /> },
    )
    .forget();
}
