//! One agent row. Every server string (names, reason, photo URL) goes into a text node or
//! an attribute, never into HTML.

use leptos::prelude::*;

use crate::format::Lang;
use crate::format::intl::Formatter;
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
fn avatar(row: &AgentRow, name: &str) -> AnyView {
    match photo_url(&row.state) {
        Some(url) => view! {
            <img class="micc-photo" part="avatar" src=url.to_owned() alt=name.to_owned() width="32" height="32"
                loading="lazy" referrerpolicy="no-referrer" />
        }
        .into_any(),
        None => view! {
            <span class="micc-initials" part="avatar" aria-hidden="true">{initials(&row.state)}</span>
        }
        .into_any(),
    }
}

/// One agent. Rendered afresh only when its revision changes (the `<For>` key); the time in
/// state follows the ticker while the row is near the screen, and is brought up to date
/// the moment it comes near.
pub fn agent_row(row: AgentRow, ctx: Ctx) -> impl IntoView {
    let a = &row.state;
    let name = display_name(a);
    let presence = Presence::of(a.current_state.as_ref());
    let entered = row.entered_ms;
    // Without a time stamp nothing ticks: no clock is read.
    let clock = entered.is_some().then(|| ctx.clock.of(&row.key));
    let w = clock.map(|_| seen::row());
    let elapsed = move || {
        clock
            .zip(w)
            .and_then(|(c, w)| {
                // Off screen the text stays as it is: no clock read, no layout for nobody.
                let now = if w.near.get() {
                    c.get()
                } else {
                    let _ = ctx.skew.get();
                    c.get_untracked()
                };
                elapsed_secs(entered, now, 0.0)
            })
            .map_or_else(|| "–".into(), |s| ctx.fmt.with_value(|f| f.duration(s)))
    };
    let acd = a
        .acd_conversations_today
        .map_or_else(|| "–".into(), |n| ctx.fmt.with_value(|f| f.int(n)));
    view! {
        <tr use:watch=w class="micc-agent" part="row" data-key=row.key.clone() data-presence=presence.name()>
            <th scope="row" class="micc-agent-name">
                {avatar(&row, &name)}
                " "
                <span class="micc-agent-display">{name}</span>
            </th>
            <td class=format!("micc-presence micc-presence-{}", presence.name()) part="presence">
                <span class="micc-presence-icon" aria-hidden="true">{presence.glyph()}</span>
                " "
                <span class="micc-presence-text">{words::presence(ctx.lang, presence)}</span>
            </td>
            <td class="micc-reason">{a.reason.clone().unwrap_or_default()}</td>
            <td class="micc-in-state">
                // The timer role on a span: on the cell it would hide the cell from the table.
                <span role="timer">{elapsed}</span>
            </td>
            <td class="micc-media">{words::media(ctx.lang, a.media_type.as_ref())}</td>
            <td class="micc-acd-today">{acd}</td>
        </tr>
    }
}
