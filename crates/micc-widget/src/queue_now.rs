//! The queue-now panel: one row per queue with its waiting conversations.

use leptos::prelude::*;
use leptos::task::spawn_local;
use micc_client::models::QueueState;
use micc_client::{ClientConfig, Credentials, MiccClient, WebPlatform};

#[derive(Debug, Clone, PartialEq)]
enum Load {
    Loading,
    Ready(Vec<QueueState>),
    Failed(String),
}

#[component]
pub fn QueueNow(server: String, token: Option<String>) -> impl IntoView {
    let (load, set_load) = signal(Load::Loading);
    spawn_local(async move {
        let credentials = token.map_or(Credentials::None, Credentials::token);
        let result = match MiccClient::new(ClientConfig::new(server, credentials), WebPlatform) {
            Ok(client) => client
                .queues()
                .states()
                .send()
                .await
                .map(|page| page.into_items()),
            Err(e) => Err(e),
        };
        set_load.set(match result {
            Ok(queues) => Load::Ready(queues),
            Err(e) => Load::Failed(e.to_string()),
        });
    });

    view! {
        <section class="micc-queue-now" aria-live="polite">
            <h2>"Queue now"</h2>
            {move || match load.get() {
                Load::Loading => view! { <p class="micc-status">"Loading…"</p> }.into_any(),
                Load::Failed(message) => {
                    view! { <p class="micc-status micc-error">{message}</p> }.into_any()
                }
                Load::Ready(queues) => {
                    view! {
                        <table>
                            <thead>
                                <tr><th>"Queue"</th><th>"Waiting"</th></tr>
                            </thead>
                            <tbody>
                                {queues
                                    .into_iter()
                                    .map(|q| {
                                        view! {
                                            <tr class="micc-queue">
                                                <td class="micc-queue-name">{q.name.unwrap_or_default()}</td>
                                                <td class="micc-waiting">
                                                    {q.waiting_conversations.map(|n| n.to_string()).unwrap_or_else(|| "–".into())}
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
