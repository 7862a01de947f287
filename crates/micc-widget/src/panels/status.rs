//! The status line every panel shows: how data arrives (`data-link`: loading, live,
//! polling, reconnecting, offline, error), "updated N s ago", and a stale warning. One
//! component, so that every panel on a page says the same.

use crate::reactive::*;

use crate::dom::{El, el};

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
) -> El {
    let s = strings::strings(lang);
    let l = link.clone();
    let kind = move || Some(l.with(|l| link_name(&l.link)).to_owned());
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
            .then(|| {
                el("span")
                    .class("micc-stale")
                    .text("⚠ ")
                    .text(s.stale)
                    .into()
            })
            .into_iter()
            .collect()
    };
    el("p")
        .class("micc-link")
        .part("status")
        .attr_with("data-link", kind)
        .child(el("span").class("micc-link-text").text_with(text))
        .text(" ")
        .region(stale)
}

/// A panel's toolbar: its title, the status line, and the pause control (WCAG 2.2.2).
pub fn toolbar(title: &str, status: El, paused: RwSignal<bool>, s: &'static Strings) -> El {
    el("div")
        .class("micc-toolbar")
        .part("toolbar")
        .child(el("h2").part("title").text(title))
        .child(status)
        .child(
            el("button")
                .attr("type", "button")
                .class("micc-pause")
                .part("button")
                .flag_with("aria-pressed", move || paused.get())
                .on("click", move |_| paused.update(|p| *p = !*p))
                .text_with(move || if paused.get() { s.resume } else { s.pause }.to_owned()),
        )
}

/// A retry button: its label and what it does.
pub type Retry<'a> = (&'a str, Box<dyn Fn()>);

/// The row a table shows instead of data (loading, empty, an error with its retry button).
pub fn message_row(text: &str, columns: usize, retry: Option<Retry>) -> El {
    let td = el("td")
        .attr("colspan", &columns.to_string())
        .child(el("span").class("micc-status").text(text))
        .text(" ");
    let td = match retry {
        Some((label, on)) => td.child(
            el("button")
                .attr("type", "button")
                .class("micc-retry")
                .part("button")
                .on("click", move |_| on())
                .text(label),
        ),
        None => td,
    };
    el("tr").class("micc-message").part("message").child(td)
}

/// A presence's glyph, hidden from screen readers (its words follow it as text).
pub fn presence_icon() -> El {
    el("span")
        .class("micc-presence-icon")
        .attr("aria-hidden", "true")
}

/// A panel's root: its class, and `lang` from the panel's locale.
pub fn panel_root(class: &str, fmt: StoredValue<Formatter, LocalStorage>) -> El {
    el("section")
        .class(class)
        .attr("lang", &fmt.with_value(|f| f.locale.clone()))
}
