//! The table's pieces: sortable headers, one queue row, the totals row. Every server string
//! goes into a text node.

use leptos::prelude::*;

use crate::format::Lang;
use crate::format::intl::Formatter;
use crate::format::strings::{self, column};
use crate::panels::seen::{self, watch};
use crate::store::Row;
use crate::store::ticker::Ticks;

use super::columns::{Column, SortBy, abandon_rate, longest_wait_secs, ticks, toggle};
use super::thresholds::{Breach, Thresholds, breaches};
use super::totals::Totals;

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

/// One queue. Rendered afresh only when its revision changes (the `<For>` key); the longest
/// wait and the threshold marks follow the ticker while the row ticks (conversations wait),
/// and the marks change only when the row's breaches do (one memo per row). Off screen the
/// longest wait stands still (the marks do not), and catches up when the row comes near.
pub fn queue_row(row: Row, ctx: Ctx) -> impl IntoView {
    let q = row.state.clone();
    let s = strings::strings(ctx.lang);
    // A row that does not tick shows the same at any time: it reads no clock at all.
    let tick = ticks(&row).then(|| ctx.ticks.of(&row.key));
    let at = move || tick.map_or_else(|| ctx.now.get_untracked(), |t| t.get());
    let w = tick.map(|_| seen::row());
    let row = std::sync::Arc::new(row);
    let breached = {
        let row = row.clone();
        Memo::new(move |_| ctx.thresholds.with_value(|t| breaches(&row, t, at())))
    };
    let over = move |b: Breach| move || breached.with(|x| x.contains(&b));
    let any_over = move || breached.with(|x| !x.is_empty());
    let longest = {
        let row = row.clone();
        move || {
            // Off screen the wait stands still: no clock read, no layout for nobody.
            let near = w.is_some_and(|w| w.near.get());
            let t = tick.map_or_else(
                || ctx.now.get_untracked(),
                |t| if near { t.get() } else { t.get_untracked() },
            );
            ctx.dur(longest_wait_secs(&row, t))
        }
    };
    let sl = format!(
        "{} / {}",
        ctx.pct(q.service_level_percentage_today.map(|v| v / 100.0)),
        ctx.pct(q.service_level_goal_percentage.map(|v| v / 100.0)),
    );
    let dnd = q
        .is_in_do_not_disturb
        .map_or("–", |d| if d { s.yes } else { s.no });
    view! {
        <tr use:watch=w class="micc-queue" class:micc-over=any_over part=move || if any_over() { "row row-over" } else { "row" }
            data-key=row.key.clone()>
            <th scope="row" class="micc-col-name">
                <span class="micc-queue-name">{q.name.clone().unwrap_or_default()}</span>
                " "
                <span class="micc-reporting">{q.reporting.clone().unwrap_or_default()}</span>
            </th>
            <td class="micc-media">{q.media_type.as_ref().map(|m| m.to_string()).unwrap_or_default()}</td>
            <td class="micc-waiting">{ctx.int(q.waiting_conversations)}{over_mark(over(Breach::Waiting), ctx.lang)}</td>
            <td class="micc-longest">
                // The timer role on a span: on the cell it would hide the cell from the table.
                <span role="timer">{longest}</span>
                {over_mark(over(Breach::LongestWait), ctx.lang)}
            </td>
            <td class="micc-estimated">
                {ctx.dur(q.estimated_wait_time_for_new_conversations.map(|t| t.as_secs_f64()))}
            </td>
            <td class="micc-service-level">{sl}{over_mark(over(Breach::ServiceLevel), ctx.lang)}</td>
            <td class="micc-available">{ctx.int(q.agents_available)}</td>
            <td class="micc-on-acd">{ctx.int(q.agents_on_acd_conversations)}</td>
            <td class="micc-unavailable">{ctx.int(q.agents_unavailable)}</td>
            <td class="micc-idle">{ctx.int(q.agents_idle)}</td>
            <td class="micc-offered">{ctx.int(q.offered_conversations_today)}</td>
            <td class="micc-answered">{ctx.int(q.answered_conversations_today)}</td>
            <td class="micc-abandoned">{ctx.int(q.abandoned_conversations_today)}</td>
            <td class="micc-abandon-rate">{ctx.pct(abandon_rate(&q))}</td>
            <td class="micc-dnd">{dnd}</td>
        </tr>
    }
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
