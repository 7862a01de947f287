//! The table's pieces: sortable headers, one queue row, the totals row. Every server string
//! goes into a text node.

use leptos::prelude::*;

use crate::format::Lang;
use crate::format::intl::Formatter;
use crate::format::strings;
use crate::panels::live_rows::text;
use crate::panels::seen::{self, watch};
use crate::store::Row;
use crate::store::ticker::Ticks;

use super::columns::{Column, SortBy, abandon_rate, longest_wait_secs, ticks, toggle};
use super::thresholds::{Breach, Thresholds, breaches};
use super::totals::Totals;
use super::words::column;

/// What every cell needs; `Copy`, so closures capture it freely.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub fmt: StoredValue<Formatter, LocalStorage>,
    pub lang: Lang,
    /// The time durations are shown at: the page ticker's, frozen while paused.
    pub now: Memo<f64>,
    /// `now` as the rows read it (spread over memos, see store/ticker.rs).
    pub ticks: Ticks<f64>,
    pub thresholds: StoredValue<Thresholds>,
}

impl Ctx {
    fn int(&self, v: Option<i64>) -> String {
        v.map_or_else(|| "–".into(), |v| self.fmt.with_value(|f| f.int(v)))
    }
    fn pct(&self, fraction: Option<f64>) -> String {
        fraction
            .filter(|f| f.is_finite())
            .map_or_else(|| "–".into(), |v| self.fmt.with_value(|f| f.percent(v)))
    }
    fn dur(&self, secs: Option<f64>) -> String {
        secs.map_or_else(|| "–".into(), |s| self.fmt.with_value(|f| f.duration(s)))
    }
}

/// A column header per the WAI-ARIA sortable-table pattern: a button, `aria-sort` on the
/// sorted column only.
pub fn header(c: Column, sort: RwSignal<SortBy>, lang: Lang) -> impl IntoView {
    let aria = move || match sort.get() {
        Some((s, d)) if s == c => Some(d.aria()),
        _ => None,
    };
    let arrow = move || match sort.get() {
        Some((s, super::columns::Direction::Ascending)) if s == c => "▲",
        Some((s, super::columns::Direction::Descending)) if s == c => "▼",
        _ => "",
    };
    view! {
        <th scope="col" part="header" class=c.class() aria-sort=aria>
            <button type="button" on:click=move |_| sort.update(|s| *s = toggle(*s, c))>
                {column(lang, c)}
                <span class="micc-sort-arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

/// A marker for a cell over its threshold: a visible sign and words for screen readers
/// (never colour alone).
fn over_mark(over: impl Fn() -> bool + Send + Sync + 'static, lang: Lang) -> impl IntoView {
    move || {
        over().then(|| {
            view! {
                <span class="micc-over-mark" aria-hidden="true">" ⚠"</span>
                <span class="micc-sr-only">{format!(" ({})", strings::strings(lang).over_threshold)}</span>
            }
        })
    }
}

/// One queue, built once per key (see panels/live_rows.rs) and changed in place when its
/// data does. The longest wait and the threshold marks follow the ticker while the row
/// ticks (conversations wait), and the marks change only when the row's breaches do (one
/// memo per row). Off screen the longest wait stands still (the marks do not), and catches
/// up when the row comes near.
pub fn queue_row(key: String, row: ArcRwSignal<Row>, ctx: Ctx) -> impl IntoView {
    let row = RwSignal::from(row).read_only();
    let tick = ctx.ticks.of(&key);
    let w = seen::row();
    // A row that does not tick shows the same at any time: it reads no clock at all.
    let at = move |r: &Row| {
        if ticks(r) {
            tick.get()
        } else {
            ctx.now.get_untracked()
        }
    };
    let breached =
        Memo::new(move |_| row.with(|r| ctx.thresholds.with_value(|t| breaches(r, t, at(r)))));
    let over = move |b: Breach| move || breached.with(|x| x.contains(&b));
    let any_over = move || breached.with(|x| !x.is_empty());
    let longest = move || {
        row.with(|r| {
            // Off screen the wait stands still: no clock read, no layout for nobody.
            let t = if w.near.get() {
                at(r)
            } else {
                untrack(|| at(r))
            };
            ctx.dur(longest_wait_secs(r, t))
        })
    };
    view! {
        <tr use:watch=w class="micc-queue" class:micc-over=any_over part=move || if any_over() { "row row-over" } else { "row" }
            data-key=key>
            <th scope="row" class="micc-col-name">
                <span class="micc-queue-name">{text(row, ctx, |r, _| r.state.name.clone().unwrap_or_default())}</span>
                " "
                <span class="micc-reporting">{text(row, ctx, |r, _| r.state.reporting.clone().unwrap_or_default())}</span>
            </th>
            <td class="micc-media">{text(row, ctx, |r, _| r.state.media_type.as_ref().map(|m| m.to_string()).unwrap_or_default())}</td>
            <td class="micc-waiting">{text(row, ctx, |r, ctx| ctx.int(r.state.waiting_conversations))}{over_mark(over(Breach::Waiting), ctx.lang)}</td>
            <td class="micc-longest">
                // The timer role on a span: on the cell it would hide the cell from the table.
                <span role="timer">{longest}</span>
                {over_mark(over(Breach::LongestWait), ctx.lang)}
            </td>
            <td class="micc-estimated">
                {text(row, ctx, |r, ctx| ctx.dur(r.state.estimated_wait_time_for_new_conversations.map(|t| t.as_secs_f64())))}
            </td>
            <td class="micc-service-level">{text(row, ctx, service_level)}{over_mark(over(Breach::ServiceLevel), ctx.lang)}</td>
            <td class="micc-available">{text(row, ctx, |r, ctx| ctx.int(r.state.agents_available))}</td>
            <td class="micc-on-acd">{text(row, ctx, |r, ctx| ctx.int(r.state.agents_on_acd_conversations))}</td>
            <td class="micc-unavailable">{text(row, ctx, |r, ctx| ctx.int(r.state.agents_unavailable))}</td>
            <td class="micc-idle">{text(row, ctx, |r, ctx| ctx.int(r.state.agents_idle))}</td>
            <td class="micc-offered">{text(row, ctx, |r, ctx| ctx.int(r.state.offered_conversations_today))}</td>
            <td class="micc-answered">{text(row, ctx, |r, ctx| ctx.int(r.state.answered_conversations_today))}</td>
            <td class="micc-abandoned">{text(row, ctx, |r, ctx| ctx.int(r.state.abandoned_conversations_today))}</td>
            <td class="micc-abandon-rate">{text(row, ctx, |r, ctx| ctx.pct(abandon_rate(&r.state)))}</td>
            <td class="micc-dnd">{text(row, ctx, do_not_disturb)}</td>
        </tr>
    }
}

/// Today's service level against the queue's goal.
fn service_level(r: &Row, ctx: &Ctx) -> String {
    let q = &r.state;
    format!(
        "{} / {}",
        ctx.pct(q.service_level_percentage_today.map(|v| v / 100.0)),
        ctx.pct(q.service_level_goal_percentage.map(|v| v / 100.0)),
    )
}

fn do_not_disturb(r: &Row, c: &Ctx) -> String {
    let s = strings::strings(c.lang);
    r.state
        .is_in_do_not_disturb
        .map_or("–", |d| if d { s.yes } else { s.no })
        .to_owned()
}

/// The totals row, in the table's footer.
pub fn totals_row(t: Totals, ctx: Ctx) -> impl IntoView {
    let s = strings::strings(ctx.lang);
    view! {
        <tr class="micc-totals" part="totals">
            <th scope="row">{s.totals}</th>
            <td></td>
            <td class="micc-waiting">{ctx.int(Some(t.waiting))}</td>
            <td class="micc-longest">{ctx.dur(t.longest_wait_secs)}</td>
            <td></td>
            <td class="micc-service-level">{ctx.pct(t.service_level.map(|v| v / 100.0))}</td>
            <td class="micc-available">{ctx.int(Some(t.available))}</td>
            <td class="micc-on-acd">{ctx.int(Some(t.on_acd))}</td>
            <td class="micc-unavailable">{ctx.int(Some(t.unavailable))}</td>
            <td class="micc-idle">{ctx.int(Some(t.idle))}</td>
            <td class="micc-offered">{ctx.int(Some(t.offered))}</td>
            <td class="micc-answered">{ctx.int(Some(t.answered))}</td>
            <td class="micc-abandoned">{ctx.int(Some(t.abandoned))}</td>
            <td class="micc-abandon-rate">{ctx.pct(t.abandon_rate)}</td>
            <td></td>
        </tr>
    }
}
