//! One agent row. Every server string (names, reason, photo URL) goes into a text node or
//! an attribute, never into HTML.

use leptos::prelude::*;

use crate::format::Lang;
use crate::format::intl::Formatter;
use crate::panels::live_rows::text;
use crate::panels::seen::{self, watch};
use crate::store::agents::AgentRow;
use crate::store::skew::elapsed_secs;
use crate::store::ticker::Ticks;

use super::person::{display_name, initials, photo_url};
use super::presence::Presence;
use super::words;

/// What every row needs; `Copy`, so closures capture it freely.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub fmt: StoredValue<Formatter, LocalStorage>,
    pub lang: Lang,
    /// The server's time in ms: the page ticker's (frozen while paused) plus the clock
    /// skew, as the rows read it (spread over memos, see store/ticker.rs).
    pub clock: Ticks<f64>,
    /// The clock skew in ms (part of `clock`): rows off screen, which do not tick, still
    /// take its corrections.
    pub skew: Memo<f64>,
}

/// The photo when its URL is http(s), else the initials. The initials are hidden from
/// screen readers (the name follows them as text); the photo's alt text is the name.
/// Built again when the row changes; Leptos then patches the same element (and writes no
/// attribute that stayed the same).
fn avatar(row: &AgentRow) -> AnyView {
    match photo_url(&row.state) {
        Some(url) => view! {
            <img class="micc-photo" part="avatar" src=url.to_owned() alt=display_name(&row.state) width="32" height="32"
                loading="lazy" referrerpolicy="no-referrer" />
        }
        .into_any(),
        None => view! {
            <span class="micc-initials" part="avatar" aria-hidden="true">{initials(&row.state)}</span>
        }
        .into_any(),
    }
}

fn presence_of(r: &AgentRow) -> Presence {
    Presence::of(r.state.current_state.as_ref())
}

/// One agent, built once per key (see panels/live_rows.rs) and changed in place when its
/// data does. The time in state follows the ticker while the row is near the screen, and
/// is brought up to date the moment it comes near.
pub fn agent_row(key: String, row: ArcRwSignal<AgentRow>, ctx: Ctx) -> impl IntoView {
    let row = RwSignal::from(row).read_only();
    let clock = ctx.clock.of(&key);
    let w = seen::row();
    let elapsed = move || {
        // Without a time stamp nothing ticks: no clock is read.
        row.with(|r| r.entered_ms)
            .and_then(|entered| {
                // Off screen the text stays as it is: no clock read, no layout for nobody.
                let now = if w.near.get() {
                    clock.get()
                } else {
                    ctx.skew.track();
                    clock.get_untracked()
                };
                elapsed_secs(Some(entered), now, 0.0)
            })
            .map_or_else(|| "–".into(), |s| ctx.fmt.with_value(|f| f.duration(s)))
    };
    view! {
        <tr use:watch=w class="micc-agent" part="row" data-key=key data-presence=text(row, ctx, |r, _| presence_of(r).name().to_owned())>
            <th scope="row" class="micc-agent-name">
                {move || row.with(avatar)}
                " "
                <span class="micc-agent-display">{text(row, ctx, |r, _| display_name(&r.state))}</span>
            </th>
            <td class=text(row, ctx, |r, _| format!("micc-presence micc-presence-{}", presence_of(r).name())) part="presence">
                <span class="micc-presence-icon" aria-hidden="true">{text(row, ctx, |r, _| presence_of(r).glyph().to_owned())}</span>
                " "
                <span class="micc-presence-text">{text(row, ctx, |r, ctx| words::presence(ctx.lang, presence_of(r)).to_owned())}</span>
            </td>
            <td class="micc-reason">{text(row, ctx, |r, _| r.state.reason.clone().unwrap_or_default())}</td>
            <td class="micc-in-state">
                // The timer role on a span: on the cell it would hide the cell from the table.
                <span role="timer">{elapsed}</span>
            </td>
            <td class="micc-media">{text(row, ctx, |r, ctx| words::media(ctx.lang, r.state.media_type.as_ref()))}</td>
            <td class="micc-acd-today">{text(row, ctx, |r, ctx| {
                r.state.acd_conversations_today.map_or_else(|| "–".into(), |n| ctx.fmt.with_value(|f| f.int(n)))
            })}</td>
        </tr>
    }
}
