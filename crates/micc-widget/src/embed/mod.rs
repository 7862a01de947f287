//! How host pages embed the widget: `mount(element, config)` from JavaScript (and the older
//! `mountQueueNow`). Custom elements and the CRM iframe bridge come later.

pub mod config;
#[cfg(target_arch = "wasm32")]
pub mod mount;
#[cfg(target_arch = "wasm32")]
mod read;
