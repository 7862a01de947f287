//! The agent-presence component: status line, pause control, per-state summary, group
//! filter and name search, and the table of agents.

use std::rc::Rc;

use leptos::prelude::*;

use crate::format::intl::Formatter;
use crate::format::strings;
use crate::store::agents::AgentRow;
use crate::store::link::Link;
use crate::store::shared::{Feed, Interest, Shared};
use crate::store::ticker::{Ticker, Ticks};

use super::super::live_rows::LiveRows;
use super::super::status::status_line;
use super::filter::{in_group, search};
use super::presence::summary;
use super::row::{Ctx, agent_row};
use super::words::{self, Words};

/// The panel's own settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AgentOptions {
    /// The agent-group id the filter starts on; `None` shows every agent.
    pub group: Option<String>,
}

const COLUMNS: usize = 6;

/// The rows shown: (loaded, rows in the selected group, of those the ones searched for).
type Shown = (bool, Vec<AgentRow>, Vec<AgentRow>);

#[component]
pub fn AgentPresence(
    shared: Rc<Shared>,
    ticker: Rc<Ticker>,
    formatter: Formatter,
    options: AgentOptions,
) -> impl IntoView {
    let lang = formatter.lang;
    let s = strings::strings(lang);
    let w: &'static Words = words::words(lang);
    let agents = shared.agents.clone();
    let link = shared.link.clone();
    let skew = shared.skew.clone();
    let poll_ms = shared.poll_ms();
    let tick = ticker.now.clone();
    // The panel's references keep the store and the ticker alive until it is unmounted; the
    // interest keeps agents polled while it shows them.
    let holder = StoredValue::new_local((Interest::new(shared, Feed::Agents), ticker));
    let paused = RwSignal::new(false);
    let group: RwSignal<Option<String>> = RwSignal::new(options.group.clone());
    let query = RwSignal::new(String::new());

    // WCAG 2.2.2: while paused nothing on screen moves (rows nor clocks); the store keeps
    // polling, so resuming shows current data at once. Filter and search still apply.
    let now = Memo::new(move |prev: Option<&f64>| match (paused.get(), prev) {
        (true, Some(p)) => *p,
        _ => tick.get(),
    });
    let skew_ms = Memo::new(move |_| skew.with(|s| s.ms()));
    let ctx = Ctx {
        fmt: StoredValue::new_local(formatter),
        lang,
        clock: Ticks::new(move || now.get() + skew_ms.get()),
        skew: skew_ms,
    };
    let source =
        Memo::new(
            move |prev: Option<&(bool, Vec<AgentRow>)>| match (paused.get(), prev) {
                (true, Some(p)) => p.clone(),
                _ => agents.with(|st| (st.is_loaded(), st.rows().to_vec())),
            },
        );
    let data = Memo::new(move |_| -> Shown {
        let (loaded, rows) = source.get();
        let grouped = group.with(|g| in_group(&rows, g.as_deref()));
        let shown = query.with(|q| search(&grouped, q));
        (loaded, grouped, shown)
    });
    let groups = {
        let agents = holder.with_value(|(i, _)| i.shared().agents.clone());
        Memo::new(move |_| agents.with(|st| st.groups().to_vec()))
    };

    let l = link.clone();
    let live = LiveRows::default();
    let body = move || {
        let link_now = l.with(|l| l.link.clone());
        let message = |text: String, retry: bool| {
            let retry = retry.then(|| {
                view! {
                    <button type="button" class="micc-retry" part="button"
                        on:click=move |_| holder.with_value(|(i, _)| i.shared().retry())>
                        {s.retry}
                    </button>
                }
            });
            view! {
                <tr class="micc-message" part="message">
                    <td colspan=COLUMNS>
                        <span class="micc-status">{text}</span>
                        " "
                        {retry}
                    </td>
                </tr>
            }
            .into_any()
        };
        data.with(|(loaded, grouped, shown)| match (loaded, link_now) {
            (false, Link::Error(e)) => message(e, true),
            (false, _) => message(s.loading.to_owned(), false),
            (true, _) if grouped.is_empty() && query.with(|q| q.trim().is_empty()) => {
                message(w.empty.to_owned(), false)
            }
            (true, _) if shown.is_empty() => message(w.no_match.to_owned(), false),
            (true, _) => ().into_any(),
        })
    };

    // How many agents of the selected group are in each state (the search does not change
    // it: it finds people, the summary describes the group).
    let counts = move || {
        data.with(|(_, grouped, _)| summary(grouped))
            .into_iter()
            .map(|(p, n)| {
                let count = ctx.fmt.with_value(|f| f.int(n as i64));
                view! {
                    <li class=format!("micc-count micc-presence-{}", p.name()) data-presence=p.name()>
                        <span class="micc-presence-icon" aria-hidden="true">{p.glyph()}</span>
                        " "
                        {words::presence(lang, p)}
                        ": "
                        <span class="micc-count-n">{count}</span>
                    </li>
                }
            })
            .collect_view()
    };

    let options_view = move || {
        groups
            .get()
            .into_iter()
            .map(|g| {
                let id = g.id.clone();
                let selected = move || group.with(|s| s.as_deref() == Some(id.as_str()));
                view! { <option value=g.id.clone() selected=selected>{g.name}</option> }
            })
            .collect_view()
    };

    view! {
        <section class="micc-agent-presence" lang=ctx.fmt.with_value(|f| f.locale.clone())>
            <div class="micc-toolbar" part="toolbar">
                <h2 part="title">{w.title}</h2>
                {status_line(link, now, poll_ms, lang, ctx.fmt)}
                <button type="button" class="micc-pause" part="button" aria-pressed=move || paused.get().to_string()
                    on:click=move |_| paused.update(|p| *p = !*p)>
                    {move || if paused.get() { s.resume } else { s.pause }}
                </button>
            </div>
            <ul class="micc-agent-summary" part="summary" aria-label=w.summary>{counts}</ul>
            <div class="micc-agent-filters" part="filters">
                <label class="micc-field micc-group-filter">
                    <span>{w.group}</span>
                    " "
                    <select on:change=move |ev| {
                        let v = event_target_value(&ev);
                        group.set((!v.is_empty()).then_some(v));
                    }>
                        <option value="" selected=move || group.with(Option::is_none)>{w.all_groups}</option>
                        {options_view}
                    </select>
                </label>
                <label class="micc-field micc-agent-search">
                    <span>{w.search}</span>
                    " "
                    <input type="search" autocomplete="off" spellcheck="false"
                        on:input=move |ev| query.set(event_target_value(&ev)) />
                </label>
            </div>
            // Focusable, so a keyboard user can scroll the table sideways in a narrow panel
            // (its rows hold nothing focusable of their own).
            <div class="micc-table-wrap" tabindex="0" role="region" aria-label=w.agents>
                <table part="table">
                    <caption class="micc-sr-only">{w.agents}</caption>
                    <thead>
                        <tr>
                            <th scope="col" part="header">{w.col_agent}</th>
                            <th scope="col" part="header">{w.col_state}</th>
                            <th scope="col" part="header">{w.col_reason}</th>
                            <th scope="col" part="header">{w.col_time}</th>
                            <th scope="col" part="header">{w.col_media}</th>
                            <th scope="col" part="header">{w.col_acd}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {body}
                        <For
                            each=move || data.with(|(_, _, r)| live.sync(r.iter()))
                            key=|(k, _)| k.clone()
                            children=move |(k, r)| agent_row(k, r, ctx)
                        />
                    </tbody>
                </table>
            </div>
        </section>
    }
}
