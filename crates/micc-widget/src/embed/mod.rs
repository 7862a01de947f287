//! How host pages embed the widget: `mount(element, config)` from JavaScript (and the older
//! `mountQueueNow`), and the custom elements `<micc-queue-now>` / `<micc-agent-presence>`
//! (elements.rs, js/elements.js) in Shadow DOM with the crate's stylesheet (styles.rs). The
//! CRM iframe bridge comes later.

pub mod attributes;
pub mod config;
#[cfg(target_arch = "wasm32")]
pub mod elements;
pub mod look;
#[cfg(target_arch = "wasm32")]
pub mod mount;
#[cfg(target_arch = "wasm32")]
mod read;
#[cfg(target_arch = "wasm32")]
pub mod styles;
