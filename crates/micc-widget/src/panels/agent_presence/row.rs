//! One agent row. Every server string (names, reason, photo URL) goes into a text node or
//! an attribute, never into HTML.

use crate::reactive::*;

use crate::dom::{El, el};

use crate::format::Lang;
use crate::format::intl::Formatter;
use crate::panels::live_rows::text;
use crate::panels::seen::{self, watch};
use crate::panels::status::presence_icon;
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
/// Built again when the row's avatar changes (not on every change of the row).
fn avatar((url, name, initials): &Look) -> El {
    match url {
        Some(url) => el("img")
            .class("micc-photo")
            .part("avatar")
            .attr("src", url)
            .attr("alt", name)
            .attr("width", "32")
            .attr("height", "32")
            .attr("loading", "lazy")
            .attr("referrerpolicy", "no-referrer"),
        None => el("span")
            .class("micc-initials")
            .part("avatar")
            .attr("aria-hidden", "true")
            .text(initials),
    }
}

/// What the avatar shows: the photo's URL, the name, the initials.
type Look = (Option<String>, String, String);

fn presence_of(r: &AgentRow) -> Presence {
    Presence::of(r.state.current_state.as_ref())
}

/// One agent, built once per key (see panels/live_rows.rs) and changed in place when its
/// data does. The time in state follows the ticker while the row is near the screen, and
/// is brought up to date the moment it comes near.
pub fn agent_row(key: String, row: ArcRwSignal<AgentRow>, ctx: Ctx) -> El {
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
    let t = |f: fn(&AgentRow, &Ctx) -> String| text(row, ctx, f);
    let some = |f: fn(&AgentRow, &Ctx) -> String| {
        let f = t(f);
        move || Some(f())
    };
    // The avatar's inputs, so that the image is not built again for other changes.
    let look: Memo<Look> = Memo::new(move |_| {
        row.with(|r| {
            (
                photo_url(&r.state).map(str::to_owned),
                display_name(&r.state),
                initials(&r.state),
            )
        })
    });
    let tr = el("tr")
        .class("micc-agent")
        .part("row")
        .attr("data-key", &key)
        .attr_with(
            "data-presence",
            some(|r, _| presence_of(r).name().to_owned()),
        )
        .child(
            el("th")
                .class("micc-agent-name")
                .attr("scope", "row")
                .region(move || vec![look.with(avatar).into()])
                .text(" ")
                .child(
                    el("span")
                        .class("micc-agent-display")
                        .text_with(t(|r, _| display_name(&r.state))),
                ),
        )
        .child(
            el("td")
                .attr_with(
                    "class",
                    some(|r, _| format!("micc-presence micc-presence-{}", presence_of(r).name())),
                )
                .part("presence")
                .child(presence_icon().text_with(t(|r, _| presence_of(r).glyph().to_owned())))
                .text(" ")
                .child(
                    el("span")
                        .class("micc-presence-text")
                        .text_with(t(|r, ctx| {
                            words::presence(ctx.lang, presence_of(r)).to_owned()
                        })),
                ),
        )
        .child(
            el("td")
                .class("micc-reason")
                .text_with(t(|r, _| r.state.reason.clone().unwrap_or_default())),
        )
        .child(
            // The timer role on a span: on the cell it would hide the cell from the table.
            el("td")
                .class("micc-in-state")
                .child(el("span").attr("role", "timer").text_with(elapsed)),
        )
        .child(el("td").class("micc-media").text_with(t(|r, ctx| {
            words::media(ctx.lang, r.state.media_type.as_ref())
        })))
        .child(el("td").class("micc-acd-today").text_with(t(|r, ctx| {
            r.state
                .acd_conversations_today
                .map_or_else(|| "–".into(), |n| ctx.fmt.with_value(|f| f.int(n)))
        })));
    watch(tr.0.clone(), w);
    tr
}
