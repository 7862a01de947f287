//! The queue-now component: status line, pause control, live region and the table.

use std::rc::Rc;

use crate::reactive::*;

use crate::dom::{El, el};

use crate::format::Lang;
use crate::format::intl::Formatter;
use crate::format::strings;
use crate::store::Row;
use crate::store::link::Link;
use crate::store::shared::{Feed, Interest, Shared};
use crate::store::ticker::{Ticker, Ticks};

use super::super::live_rows::live_rows;
use super::super::status::{message_row, panel_root, status_line, toolbar};
use super::cells::{Ctx, header, queue_row, totals_row};
use super::columns::{Column, SortBy, sort_rows};
use super::selection::select;
use super::thresholds::{BreachMap, Thresholds, breach_map, crossings};
use super::totals::totals;
use super::words;

/// How many rows the first data renders before the rest (a wall screen's worth).
const FIRST_ROWS: usize = 40;

/// A panel's own settings (the store's are the server, auth and poll interval).
#[derive(Debug, Clone, PartialEq)]
pub struct PanelOptions {
    /// Queue ids, names or reporting numbers; empty shows every queue.
    pub queues: Vec<String>,
    pub thresholds: Thresholds,
    pub totals: bool,
}

/// The queue-now panel, reading `shared` and ticking with `ticker`.
pub fn queue_now(
    shared: Rc<Shared>,
    ticker: Rc<Ticker>,
    formatter: Formatter,
    options: PanelOptions,
) -> El {
    let lang: Lang = formatter.lang;
    let s = strings::strings(lang);
    let rows = shared.rows.clone();
    let link = shared.link.clone();
    let poll_ms = shared.poll_ms();
    let tick = ticker.now.clone();
    // The panel's references keep the store and the ticker alive until it is unmounted; the
    // interest keeps queues polled while it shows them.
    let interest = Interest::new(shared.clone(), Feed::Queues);
    let holder = StoredValue::new_local((shared, ticker, interest));
    let paused = RwSignal::new(false);
    let sort: RwSignal<SortBy> = RwSignal::new(None);
    let announcement = RwSignal::new(String::new());

    // WCAG 2.2.2: while paused nothing on screen moves (rows nor clocks); the store keeps
    // polling, so resuming shows current data at once.
    let now = Memo::new(move |prev: Option<&f64>| match (paused.get(), prev) {
        (true, Some(p)) => *p,
        _ => tick.get(),
    });
    let ctx = Ctx {
        fmt: StoredValue::new_local(formatter),
        lang,
        now,
        ticks: Ticks::new(move || now.get()),
        thresholds: StoredValue::new(options.thresholds.clone()),
    };
    let wanted = StoredValue::new(options.queues.clone());
    // The shown rows: selected, sorted, frozen while paused (a sort still applies). One
    // memo, so rows, totals and crossings read the same list.
    let data = Memo::new(move |prev: Option<&(bool, Vec<Row>)>| {
        let by = sort.get();
        // Only the longest-wait order changes with the clock alone.
        let t = if matches!(by, Some((Column::LongestWait, _))) {
            now.get()
        } else {
            now.get_untracked()
        };
        let (loaded, mut r) = match (paused.get(), prev) {
            (true, Some(p)) => p.clone(),
            _ => rows.with(|st| (st.is_loaded(), wanted.with_value(|w| select(st.rows(), w)))),
        };
        sort_rows(&mut r, by, t);
        (loaded, r)
    });

    // The first data renders a screenful of rows at once and the rest in the next task, so
    // the top of a big board shows without waiting for the rows nobody sees yet (300 rows
    // take some 50 ms to build).
    let limit = RwSignal::new(FIRST_ROWS);
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let (loaded, many) = data.with(|(l, r)| (*l, r.len() > FIRST_ROWS));
        if loaded && many {
            wasm_bindgen_futures::spawn_local(async move {
                gloo_timers::future::TimeoutFuture::new(0).await;
                limit.try_set(usize::MAX);
            });
        } else if loaded {
            limit.set(usize::MAX);
        }
        loaded
    });

    // Crossings are announced once through the polite live region; ordinary updates are
    // not. The first data is the baseline (see thresholds::crossings).
    let previous: StoredValue<Option<BreachMap>> = StoredValue::new(None);
    Effect::new(move |_| {
        let (loaded, rows) = data.get();
        if !loaded {
            return;
        }
        let t_now = now.get();
        let map = ctx.thresholds.with_value(|t| breach_map(&rows, t, t_now));
        let crossed = previous.with_value(|p| crossings(p.as_ref(), &map, &rows));
        previous.set_value(Some(map));
        if crossed.is_empty() {
            return;
        }
        let text = crossed
            .iter()
            .filter_map(|(key, breach)| {
                let row = rows.iter().find(|r| &r.key == key)?;
                let name = row.state.name.clone().unwrap_or_else(|| key.clone());
                let limit = ctx
                    .thresholds
                    .with_value(|t| limit_text(t, *breach, row, &ctx));
                Some(words::crossing(lang, &name, *breach, &limit))
            })
            .collect::<Vec<_>>()
            .join(". ");
        announcement.set(text);
    });

    let l = link.clone();
    let body = move || {
        let (loaded, _) = data.get();
        let link_now = l.with(|l| l.link.clone());
        let text = match (loaded, link_now) {
            (false, Link::Error(e)) => Some((e, true)),
            (false, _) => Some((s.loading.to_owned(), false)),
            (true, _) if data.with(|(_, r)| r.is_empty()) => Some((s.empty.to_owned(), false)),
            (true, _) => None,
        };
        text.map(|(text, retry)| {
            message_row(
                &text,
                Column::ALL.len(),
                retry.then_some((
                    s.retry,
                    Box::new(move || holder.with_value(|(shared, _, _)| shared.retry()))
                        as Box<dyn Fn()>,
                )),
            )
            .into()
        })
        .into_iter()
        .collect()
    };
    let foot = move || {
        options
            .totals
            .then(|| {
                let t = data.with(|(_, r)| totals(r, now.get()));
                el("tfoot").child(totals_row(t, ctx)).into()
            })
            .into_iter()
            .collect()
    };

    let tbody = el("tbody").region(body);
    live_rows(
        &tbody,
        move || {
            let n = limit.get();
            data.with(|(_, r)| r.iter().take(n).cloned().collect())
        },
        move |k, r| queue_row(k, r, ctx),
    );
    panel_root("micc-queue-now", ctx.fmt)
        .child(toolbar(
            s.title,
            status_line(link, now, poll_ms, ctx.lang, ctx.fmt),
            paused,
            s,
        ))
        .child(
            el("div")
                .class("micc-announce micc-sr-only")
                .attr("role", "status")
                .attr("aria-live", "polite")
                .attr("aria-atomic", "true")
                .text_with(move || announcement.get()),
        )
        .child(
            el("div").class("micc-table-wrap").child(
                el("table")
                    .part("table")
                    .child(el("thead").child(
                        el("tr").children(Column::ALL.into_iter().map(|c| header(c, sort, lang))),
                    ))
                    .child(tbody)
                    .region(foot),
            ),
        )
}

/// The limit an announcement names, formatted for the locale.
fn limit_text(t: &Thresholds, b: super::thresholds::Breach, row: &Row, ctx: &Ctx) -> String {
    use super::thresholds::{Breach, ServiceLevelRule};
    ctx.fmt.with_value(|f| match b {
        Breach::Waiting => f.int(t.waiting.unwrap_or(0)),
        Breach::LongestWait => f.duration(t.longest_wait_secs.unwrap_or(0.0)),
        Breach::ServiceLevel => {
            let goal = match t.service_level {
                ServiceLevelRule::Percent(p) => Some(p),
                _ => row.state.service_level_goal_percentage,
            };
            f.percent(goal.unwrap_or(0.0) / 100.0)
        }
    })
}
