//! The agent-presence component: status line, pause control, per-state summary, group
//! filter and name search, and the table of agents.

use std::rc::Rc;

use crate::reactive::*;

use crate::dom::{El, el, target_value};

use crate::format::intl::Formatter;
use crate::format::strings;
use crate::store::agents::AgentRow;
use crate::store::link::Link;
use crate::store::shared::{Feed, Interest, Shared};
use crate::store::ticker::{Ticker, Ticks};

use super::super::live_rows::live_rows;
use super::super::status::{message_row, panel_root, presence_icon, status_line, toolbar};
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

/// The agent-presence panel, reading `shared` and ticking with `ticker`.
pub fn agent_presence(
    shared: Rc<Shared>,
    ticker: Rc<Ticker>,
    formatter: Formatter,
    options: AgentOptions,
) -> El {
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
    let body = move || {
        let link_now = l.with(|l| l.link.clone());
        let text = data.with(|(loaded, grouped, shown)| match (loaded, link_now) {
            (false, Link::Error(e)) => Some((e, true)),
            (false, _) => Some((s.loading.to_owned(), false)),
            (true, _) if grouped.is_empty() && query.with(|q| q.trim().is_empty()) => {
                Some((w.empty.to_owned(), false))
            }
            (true, _) if shown.is_empty() => Some((w.no_match.to_owned(), false)),
            (true, _) => None,
        });
        text.map(|(text, retry)| {
            let on: Box<dyn Fn()> =
                Box::new(move || holder.with_value(|(i, _)| i.shared().retry()));
            message_row(&text, COLUMNS, retry.then_some((s.retry, on))).into()
        })
        .into_iter()
        .collect()
    };

    // How many agents of the selected group are in each state (the search does not change
    // it: it finds people, the summary describes the group).
    let counts = move || {
        data.with(|(_, grouped, _)| summary(grouped))
            .into_iter()
            .map(|(p, n)| {
                let count = ctx.fmt.with_value(|f| f.int(n as i64));
                el("li")
                    .class(&format!("micc-count micc-presence-{}", p.name()))
                    .attr("data-presence", p.name())
                    .child(presence_icon().text(p.glyph()))
                    .text(" ")
                    .text(words::presence(lang, p))
                    .text(": ")
                    .child(el("span").class("micc-count-n").text(&count))
                    .into()
            })
            .collect()
    };

    let options_view = move || {
        groups
            .get()
            .into_iter()
            .map(|g| {
                let id = g.id.clone();
                el("option")
                    .attr("value", &g.id)
                    .present_with("selected", move || {
                        group.with(|s| s.as_deref() == Some(id.as_str()))
                    })
                    .text(&g.name)
                    .into()
            })
            .collect()
    };

    let th = |label: &str| el("th").attr("scope", "col").part("header").text(label);
    let tbody = el("tbody").region(body);
    live_rows(
        &tbody,
        move || data.with(|(_, _, r)| r.clone()),
        move |k, r| agent_row(k, r, ctx),
    );
    panel_root("micc-agent-presence", ctx.fmt)
        .child(toolbar(
            w.title,
            status_line(link, now, poll_ms, lang, ctx.fmt),
            paused,
            s,
        ))
        .child(
            el("ul")
                .class("micc-agent-summary")
                .part("summary")
                .attr("aria-label", w.summary)
                .region(counts),
        )
        .child(
            el("div")
                .class("micc-agent-filters")
                .part("filters")
                .child(
                    el("label")
                        .class("micc-field micc-group-filter")
                        .child(el("span").text(w.group))
                        .text(" ")
                        .child(
                            el("select")
                                .on("change", move |ev| {
                                    let v = target_value(ev);
                                    group.set((!v.is_empty()).then_some(v));
                                })
                                .child(
                                    el("option")
                                        .attr("value", "")
                                        .present_with("selected", move || {
                                            group.with(Option::is_none)
                                        })
                                        .text(w.all_groups),
                                )
                                .region(options_view),
                        ),
                )
                .child(
                    el("label")
                        .class("micc-field micc-agent-search")
                        .child(el("span").text(w.search))
                        .text(" ")
                        .child(
                            el("input")
                                .attr("type", "search")
                                .attr("autocomplete", "off")
                                .attr("spellcheck", "false")
                                .on("input", move |ev| query.set(target_value(ev))),
                        ),
                ),
        )
        .child(
            // Focusable, so a keyboard user can scroll the table sideways in a narrow panel
            // (its rows hold nothing focusable of their own).
            el("div")
                .class("micc-table-wrap")
                .attr("tabindex", "0")
                .attr("role", "region")
                .attr("aria-label", w.agents)
                .child(
                    el("table")
                        .part("table")
                        .child(el("caption").class("micc-sr-only").text(w.agents))
                        .child(el("thead").child(el("tr").children([
                            th(w.col_agent),
                            th(w.col_state),
                            th(w.col_reason),
                            th(w.col_time),
                            th(w.col_media),
                            th(w.col_acd),
                        ])))
                        .child(tbody),
                ),
        )
}
