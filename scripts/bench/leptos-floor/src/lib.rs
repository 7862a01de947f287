//! A live table in Leptos 0.8 with as little of its own as it can have: rows keyed in a
//! `<For>`, each reading a signal of its own as the widget's do, a reactive text cell and
//! attribute, a memo, an effect, a button, and a mount from JavaScript that can unmount.
//! Its size is Leptos' share of any widget of this shape.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[derive(Clone)]
struct Row {
    key: String,
    value: i64,
}

#[component]
fn Table(rows: RwSignal<Vec<Row>>) -> impl IntoView {
    let count = Memo::new(move |_| rows.with(Vec::len));
    let paused = RwSignal::new(false);
    Effect::new(move |_| {
        let _ = count.get();
    });
    view! {
        <section>
            <button type="button" aria-pressed=move || paused.get().to_string()
                on:click=move |_| paused.update(|p| *p = !*p)>{move || count.get().to_string()}</button>
            <table>
                <tbody>
                    <For
                        each=move || { rows.get().into_iter().map(|r| (r.key.clone(), ArcRwSignal::new(r))).collect::<Vec<_>>() }
                        key=|(k, _)| k.clone()
                        children=move |(k, r)| {
                            let r = RwSignal::from(r).read_only();
                            let text = Signal::derive(move || r.with(|r| r.value.to_string()));
                            let class = move || r.with(|r| if r.value > 0 { "on" } else { "off" });
                            view! { <tr data-key=k><th scope="row">{text}</th><td class=class>{text}</td></tr> }
                        }
                    />
                </tbody>
            </table>
        </section>
    }
}

#[wasm_bindgen]
pub struct Handle(Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>);

#[wasm_bindgen]
impl Handle {
    pub fn unmount(&mut self) {
        self.0.take();
    }
}

#[wasm_bindgen]
pub fn mount(el: web_sys::HtmlElement, n: u32) -> Handle {
    let rows = RwSignal::new(
        (0..n)
            .map(|i| Row { key: i.to_string(), value: i64::from(i) })
            .collect(),
    );
    Handle(Some(leptos::mount::mount_to(el, move || view! { <Table rows=rows /> }.into_any())))
}
