//! The status line every panel shows: how data arrives (`data-link`: loading, live,
//! polling, reconnecting, offline, error), "updated N s ago", and a stale warning. One
//! component, so that every panel on a page says the same.

use leptos::prelude::*;

use crate::format::Lang;
use crate::format::intl::Formatter;
use crate::format::strings::{self, Strings};
use crate::store::link::{Link, LinkState};

fn link_label(s: &Strings, link: &Link) -> &'static str {
    match link {
        Link::Loading => s.loading,
        Link::Live => s.live,
        Link::Polling => s.polling,
        Link::Reconnecting => s.reconnecting,
        Link::Offline => s.offline,
        Link::Error(_) => s.error,
    }
}

fn link_name(link: &Link) -> &'static str {
    match link {
        Link::Loading => "loading",
        Link::Live => "live",
        Link::Polling => "polling",
        Link::Reconnecting => "reconnecting",
        Link::Offline => "offline",
        Link::Error(_) => "error",
    }
}

/// The status line: how data arrives, how old it is, and whether it is stale.
pub fn status_line(
    link: ArcRwSignal<LinkState>,
    now: Memo<f64>,
    poll_ms: u32,
    lang: Lang,
    fmt: StoredValue<Formatter, LocalStorage>,
) -> impl IntoView {
    let s = strings::strings(lang);
    let l = link.clone();
    let kind = move || l.with(|l| link_name(&l.link));
    let l = link.clone();
    let text = move || {
        l.with(|st| {
            let mut out = link_label(s, &st.link).to_owned();
            if let Some(age) = st.age_secs(now.get()) {
                out.push_str(" · ");
                out.push_str(s.updated.0);
                out.push_str(&fmt.with_value(|f| f.int(age.min(i64::MAX as u64) as i64)));
                out.push_str(s.updated.1);
            }
            out
        })
    };
    let stale = move || {
        link.with(|st| st.is_stale(now.get(), poll_ms))
            .then(|| view! { <span class="micc-stale">"⚠ " {s.stale}</span> })
    };
    view! {
        <p class="micc-link" part="status" data-link=kind>
            <span class="micc-link-text">{text}</span>
            " "
            {stale}
        </p>
    }
}
