//! The table's pieces: sortable headers, one queue row, the totals row. Every server string
//! goes into a text node.

use crate::reactive::*;

use crate::dom::{El, el};

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
pub fn header(c: Column, sort: RwSignal<SortBy>, lang: Lang) -> El {
    let aria = move || match sort.get() {
        Some((s, d)) if s == c => Some(d.aria().to_owned()),
        _ => None,
    };
    let arrow = move || {
        match sort.get() {
            Some((s, super::columns::Direction::Ascending)) if s == c => "▲",
            Some((s, super::columns::Direction::Descending)) if s == c => "▼",
            _ => "",
        }
        .to_owned()
    };
    el("th")
        .attr("scope", "col")
        .part("header")
        .class(c.class())
        .attr_with("aria-sort", aria)
        .child(
            el("button")
                .attr("type", "button")
                .on("click", move |_| sort.update(|s| *s = toggle(*s, c)))
                .text(column(lang, c))
                .child(
                    el("span")
                        .class("micc-sort-arrow")
                        .attr("aria-hidden", "true")
                        .text_with(arrow),
                ),
        )
}

/// A cell over its threshold gets a visible sign and words for screen readers (never
/// colour alone).
fn over_mark(cell: El, over: impl Fn() -> bool + 'static, lang: Lang) -> El {
    cell.region(move || {
        if !over() {
            return Vec::new();
        }
        vec![
            el("span")
                .class("micc-over-mark")
                .attr("aria-hidden", "true")
                .text(" ⚠")
                .into(),
            el("span")
                .class("micc-sr-only")
                .text(&format!(" ({})", strings::strings(lang).over_threshold))
                .into(),
        ]
    })
}

/// A plain cell of the row: its class and its text.
fn cell(class: &str, f: impl Fn() -> String + 'static) -> El {
    el("td").class(class).text_with(f)
}

/// One queue, built once per key (see panels/live_rows.rs) and changed in place when its
/// data does. The longest wait and the threshold marks follow the ticker while the row
/// ticks (conversations wait), and the marks change only when the row's breaches do (one
/// memo per row). Off screen the longest wait stands still (the marks do not), and catches
/// up when the row comes near.
pub fn queue_row(key: String, row: ArcRwSignal<Row>, ctx: Ctx) -> El {
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
    let t = |f: fn(&Row, &Ctx) -> String| text(row, ctx, f);
    let tr = el("tr")
        .class("micc-queue")
        .class_when("micc-over", any_over)
        .attr_with("part", move || {
            Some(if any_over() { "row row-over" } else { "row" }.to_owned())
        })
        .attr("data-key", &key)
        .child(
            el("th")
                .attr("scope", "row")
                .class("micc-col-name")
                .child(
                    el("span")
                        .class("micc-queue-name")
                        .text_with(t(|r, _| r.state.name.clone().unwrap_or_default())),
                )
                .text(" ")
                .child(
                    el("span")
                        .class("micc-reporting")
                        .text_with(t(|r, _| r.state.reporting.clone().unwrap_or_default())),
                ),
        )
        .child(cell(
            "micc-media",
            t(|r, _| {
                r.state
                    .media_type
                    .as_ref()
                    .map(|m| m.to_string())
                    .unwrap_or_default()
            }),
        ))
        .child(over_mark(
            cell(
                "micc-waiting",
                t(|r, ctx| ctx.int(r.state.waiting_conversations)),
            ),
            over(Breach::Waiting),
            ctx.lang,
        ))
        .child(over_mark(
            // The timer role on a span: on the cell it would hide the cell from the table.
            el("td")
                .class("micc-longest")
                .child(el("span").attr("role", "timer").text_with(longest)),
            over(Breach::LongestWait),
            ctx.lang,
        ))
        .child(cell(
            "micc-estimated",
            t(|r, ctx| {
                ctx.dur(
                    r.state
                        .estimated_wait_time_for_new_conversations
                        .map(|t| t.as_secs_f64()),
                )
            }),
        ))
        .child(over_mark(
            cell("micc-service-level", t(service_level)),
            over(Breach::ServiceLevel),
            ctx.lang,
        ))
        .child(cell(
            "micc-available",
            t(|r, ctx| ctx.int(r.state.agents_available)),
        ))
        .child(cell(
            "micc-on-acd",
            t(|r, ctx| ctx.int(r.state.agents_on_acd_conversations)),
        ))
        .child(cell(
            "micc-unavailable",
            t(|r, ctx| ctx.int(r.state.agents_unavailable)),
        ))
        .child(cell("micc-idle", t(|r, ctx| ctx.int(r.state.agents_idle))))
        .child(cell(
            "micc-offered",
            t(|r, ctx| ctx.int(r.state.offered_conversations_today)),
        ))
        .child(cell(
            "micc-answered",
            t(|r, ctx| ctx.int(r.state.answered_conversations_today)),
        ))
        .child(cell(
            "micc-abandoned",
            t(|r, ctx| ctx.int(r.state.abandoned_conversations_today)),
        ))
        .child(cell(
            "micc-abandon-rate",
            t(|r, ctx| ctx.pct(abandon_rate(&r.state))),
        ))
        .child(cell("micc-dnd", t(do_not_disturb)));
    watch(tr.0.clone(), w);
    tr
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
pub fn totals_row(t: Totals, ctx: Ctx) -> El {
    let s = strings::strings(ctx.lang);
    let td = |class: &str, v: String| el("td").class(class).text(&v);
    el("tr")
        .class("micc-totals")
        .part("totals")
        .child(el("th").attr("scope", "row").text(s.totals))
        .child(el("td"))
        .child(td("micc-waiting", ctx.int(Some(t.waiting))))
        .child(td("micc-longest", ctx.dur(t.longest_wait_secs)))
        .child(el("td"))
        .child(td(
            "micc-service-level",
            ctx.pct(t.service_level.map(|v| v / 100.0)),
        ))
        .child(td("micc-available", ctx.int(Some(t.available))))
        .child(td("micc-on-acd", ctx.int(Some(t.on_acd))))
        .child(td("micc-unavailable", ctx.int(Some(t.unavailable))))
        .child(td("micc-idle", ctx.int(Some(t.idle))))
        .child(td("micc-offered", ctx.int(Some(t.offered))))
        .child(td("micc-answered", ctx.int(Some(t.answered))))
        .child(td("micc-abandoned", ctx.int(Some(t.abandoned))))
        .child(td("micc-abandon-rate", ctx.pct(t.abandon_rate)))
        .child(el("td"))
}
