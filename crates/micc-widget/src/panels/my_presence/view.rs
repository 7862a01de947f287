//! The my-presence component: the current state, the buttons and reason selects in one
//! `<fieldset>`, a polite status region for "changing…" / "now …", and an alert for a
//! refusal.
//!
//! While a change is in flight (or the state is not known yet) the buttons are
//! `aria-disabled` and do nothing (the state machine takes no second change), and the
//! selects are `disabled`. Not `disabled` on the buttons: a focused button that becomes
//! disabled loses the focus to the page, and a keyboard user would start over from the top
//! after every change.
//!
//! A refusal uses `role="alert"`: the user's own action failed and the state on screen just
//! went back, so they must hear it at once, and it is rare and user-caused, so it never
//! interrupts for nothing. Pending and confirmed are ordinary progress: a polite status.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::reactive::*;
use futures_util::future::{AbortHandle, abortable};
use js_sys::{Object, Reflect};

use crate::dom::{El, el, target_value, text_node};
use micc_client::models::EmployeeStateUpdateModel;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::spawn_local;
use web_sys::Node;

use crate::format::Lang;
use crate::format::intl::Formatter;
use crate::format::strings;
use crate::store::me::{Choice, MeState, Phase, Reason, ReasonFor, Shown};
use crate::store::shared::{Feed, Interest, Shared};
use crate::store::ticker::Ticker;

use super::super::agent_presence::presence::Presence;
use super::super::agent_presence::words::presence as presence_words;
use super::super::status::{panel_root, presence_icon, status_line};
use super::presence;
use super::words::{self, Words};

/// The change in flight. Dropped with the control (unmount): the request is aborted, so
/// nothing writes into a control that is gone.
#[derive(Default)]
struct InFlight(RefCell<Option<AbortHandle>>);

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Some(a) = self.0.borrow_mut().take() {
            a.abort();
        }
    }
}

/// "Busy (Lunch)": the state in words and its reason, as text.
fn state_text(lang: Lang, s: &Shown) -> String {
    let mut out = presence_words(lang, presence(s.kind)).to_owned();
    if let Some(r) = &s.reason {
        out.push_str(" (");
        out.push_str(r);
        out.push(')');
    }
    out
}

fn status_text(w: &Words, lang: Lang, m: &MeState) -> String {
    match (m.phase(), m.shown()) {
        (Phase::Pending { wanted }, _) => {
            format!("{}{}{}", w.pending.0, state_text(lang, wanted), w.pending.1)
        }
        (Phase::Confirmed { shown }, _) => format!(
            "{}{}{}",
            w.confirmed.0,
            state_text(lang, shown),
            w.confirmed.1
        ),
        _ => String::new(),
    }
}

fn alert_text(w: &Words, lang: Lang, m: &MeState) -> String {
    match (m.phase(), m.shown()) {
        (Phase::RolledBack { message }, shown) => {
            let mut out = format!("{}{message}", w.refused);
            if let Some(s) = shown {
                out.push_str(". ");
                out.push_str(w.still);
                out.push_str(&state_text(lang, s));
                out.push('.');
            }
            out
        }
        _ => String::new(),
    }
}

/// The reason a busy or do-not-disturb button sends: the one selected (`""` is "no
/// reason"), or the first of the list while the user chose none.
fn picked(list: &[Reason], selected: Option<&str>) -> Option<Reason> {
    match selected {
        None => list.first().cloned(),
        Some(id) => list.iter().find(|r| r.id == id).cloned(),
    }
}

/// Sends `choice` if the control may (state known, nothing in flight), showing it at once.
fn send(holder: StoredValue<Holder, LocalStorage>, choice: Choice) {
    let Some((me, rest, weak)) = holder.with_value(|h| {
        let shared = h.interest.shared();
        Some((
            shared.me.clone(),
            shared.rest()?.clone(),
            Rc::downgrade(shared),
        ))
    }) else {
        return;
    };
    let Some(body) = me.try_update(|m| m.choose(&choice)).flatten() else {
        return;
    };
    let (task, abort) = abortable(async move {
        // Any 2xx is a yes, whatever its body (the change was made; rolling it back on
        // screen would show a state the server no longer has).
        let result = rest
            .put_json("/employees/me/state", &request_object(&body))
            .await;
        me.update(|m| {
            m.on_answer(result);
        });
        // Poll at once: the server's own view (reason name, per-media effects) replaces
        // the optimistic one without waiting for the interval.
        if let Some(s) = Weak::upgrade(&weak) {
            s.retry();
        }
    });
    holder.with_value(|h| *h.in_flight.0.borrow_mut() = Some(abort));
    spawn_local(async move {
        let _ = task.await;
    });
}

/// The body of `PUT employees/me/state` as a JavaScript object: the state by name and the
/// reason code by id (store/me.rs, `Choice::request`).
fn request_object(body: &EmployeeStateUpdateModel) -> JsValue {
    let o = Object::new();
    let set = |k: &str, v: &str| {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    };
    if let Some(state) = body.state.as_ref().and_then(|s| s.name()) {
        set("State", state);
    }
    if let Some(reason) = &body.reason {
        set("Reason", reason);
    }
    o.into()
}

struct Holder {
    interest: Interest,
    _ticker: Rc<Ticker>,
    in_flight: InFlight,
}

/// One "switch to" button: glyph (hidden from screen readers) and words.
fn choice_button(
    lang: Lang,
    p: Presence,
    name: &'static str,
    locked: Signal<bool>,
    on: Box<dyn Fn()>,
) -> El {
    el("button")
        .attr("type", "button")
        .class(&format!("micc-my-choice micc-presence-{}", p.name()))
        .attr("data-choice", name)
        .flag_with("aria-disabled", move || locked.get())
        .on("click", move |_| {
            if !locked.get_untracked() {
                on()
            }
        })
        .child(presence_icon().text(p.glyph()))
        .text(" ")
        .text(presence_words(lang, p))
}

/// The reason select of one kind (left out when the employee has no code of that kind).
fn reason_select(
    option: El,
    w: &'static Words,
    label: &'static str,
    class: &'static str,
    codes: Memo<Vec<Reason>>,
    selected: RwSignal<Option<String>>,
    locked: Signal<bool>,
) -> El {
    option.region(move || {
        let list = codes.get();
        if list.is_empty() {
            return Vec::new();
        }
        let chosen = picked(&list, selected.get_untracked().as_deref()).map(|r| r.id);
        let none = chosen.is_none();
        let options = list.into_iter().map(|r| {
            let o = el("option").attr("value", &r.id);
            let o = if chosen.as_deref() == Some(r.id.as_str()) {
                o.attr("selected", "")
            } else {
                o
            };
            o.text(&r.name)
        });
        let no_reason = el("option").attr("value", "");
        let no_reason = if none {
            no_reason.attr("selected", "")
        } else {
            no_reason
        };
        vec![
            el("label")
                .class(&format!("micc-field {class}"))
                .child(el("span").text(label))
                .text(" ")
                .child(
                    el("select")
                        .present_with("disabled", move || locked.get())
                        .on("change", move |ev| selected.set(Some(target_value(ev))))
                        .children(options)
                        .child(no_reason.text(w.no_reason)),
                )
                .into(),
        ]
    })
}

/// The my-presence control, reading `shared` and ticking with `ticker`.
pub fn my_presence(shared: Rc<Shared>, ticker: Rc<Ticker>, formatter: Formatter) -> El {
    let lang = formatter.lang;
    let s = strings::strings(lang);
    let w: &'static Words = words::words(lang);
    let me = shared.me.clone();
    let link = shared.link.clone();
    let poll_ms = shared.poll_ms();
    let tick = ticker.now.clone();
    // The control's references keep the store and the ticker alive until it is unmounted;
    // the interest keeps `employees/me/state` polled while it shows it.
    let holder = StoredValue::new_local(Holder {
        interest: Interest::new(shared, Feed::Me),
        _ticker: ticker,
        in_flight: InFlight::default(),
    });
    let now = Memo::new(move |_| tick.get());
    let fmt = StoredValue::new_local(formatter);
    let busy_pick: RwSignal<Option<String>> = RwSignal::new(None);
    let dnd_pick: RwSignal<Option<String>> = RwSignal::new(None);

    let m = me.clone();
    let codes = move |kind: ReasonFor| {
        let m = m.clone();
        Memo::new(move |_| {
            m.with(|m| {
                m.reasons()
                    .iter()
                    .filter(|r| r.kind == kind)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let busy_codes = codes(ReasonFor::Busy);
    let dnd_codes = codes(ReasonFor::DoNotDisturb);

    let m = me.clone();
    let shown = Memo::new(move |_| m.with(|m| m.shown().cloned()));
    let m = me.clone();
    let pending = Memo::new(move |_| m.with(MeState::is_pending));
    let m = me.clone();
    let load_error = Memo::new(move |_| m.with(|m| m.error().map(str::to_owned)));

    let current = move || match shown.get() {
        Some(st) => {
            let p = presence(st.kind);
            let mut out: Vec<Node> = vec![
                presence_icon().text(p.glyph()).into(),
                text_node(" "),
                el("span")
                    .class("micc-presence-text")
                    .text(presence_words(lang, p))
                    .into(),
            ];
            if let Some(r) = st.reason {
                out.push(text_node(" · "));
                out.push(el("span").class("micc-my-reason").text(&r).into());
            }
            out
        }
        None => match load_error.get() {
            Some(e) => vec![
                el("span").class("micc-status micc-error").text(&e).into(),
                text_node(" "),
                el("button")
                    .attr("type", "button")
                    .class("micc-retry")
                    .on("click", move |_| {
                        holder.with_value(|h| h.interest.shared().retry())
                    })
                    .text(s.retry)
                    .into(),
            ],
            None => vec![el("span").class("micc-status").text(s.loading).into()],
        },
    };
    let locked = Signal::derive(move || pending.get() || shown.with(Option::is_none));
    let state_name = move || shown.with(|st| st.as_ref().map_or("", |s| presence(s.kind).name()));

    let m = me.clone();
    let status = move || m.with(|m| status_text(w, lang, m));
    let m = me.clone();
    let alert = move || m.with(|m| alert_text(w, lang, m));

    let choose_busy = move |kind: ReasonFor| {
        let (codes, pick) = match kind {
            ReasonFor::Busy => (busy_codes, busy_pick),
            ReasonFor::DoNotDisturb => (dnd_codes, dnd_pick),
        };
        let reason = codes.with_untracked(|l| picked(l, pick.get_untracked().as_deref()));
        match kind {
            ReasonFor::Busy => Choice::Busy(reason),
            ReasonFor::DoNotDisturb => Choice::DoNotDisturb(reason),
        }
    };

    let option = || el("div").class("micc-my-option");
    panel_root("micc-my-presence", fmt)
        .child(
            el("div")
                .class("micc-toolbar")
                .child(el("h2").text(w.title))
                .child(status_line(link, now, poll_ms, lang, fmt)),
        )
        .child(
            el("p")
                .attr_with("class", move || {
                    Some(format!("micc-my-state micc-presence-{}", state_name()))
                })
                .attr_with("data-presence", move || Some(state_name().to_owned()))
                .flag_with("aria-busy", move || pending.get())
                .child(el("span").class("micc-my-label").text(w.current))
                .text(": ")
                .region(current),
        )
        .child(
            el("fieldset")
                .class("micc-my-change")
                .flag_with("aria-busy", move || pending.get())
                .child(el("legend").text(w.change_to))
                .child(option().child(choice_button(
                    lang,
                    Presence::Available,
                    "available",
                    locked,
                    Box::new(move || send(holder, Choice::Available)),
                )))
                .child(reason_select(
                    option().child(choice_button(
                        lang,
                        Presence::Busy,
                        "busy",
                        locked,
                        Box::new(move || send(holder, choose_busy(ReasonFor::Busy))),
                    )),
                    w,
                    w.busy_reason,
                    "micc-my-busy-reason",
                    busy_codes,
                    busy_pick,
                    locked,
                ))
                .child(reason_select(
                    option().child(choice_button(
                        lang,
                        Presence::DoNotDisturb,
                        "dnd",
                        locked,
                        Box::new(move || send(holder, choose_busy(ReasonFor::DoNotDisturb))),
                    )),
                    w,
                    w.dnd_reason,
                    "micc-my-dnd-reason",
                    dnd_codes,
                    dnd_pick,
                    locked,
                ))
                .child(option().child(choice_button(
                    lang,
                    Presence::Away,
                    "away",
                    locked,
                    Box::new(move || send(holder, Choice::Away)),
                ))),
        )
        .child(
            el("p")
                .class("micc-my-status")
                .attr("role", "status")
                .text_with(status),
        )
        .child(
            el("p")
                .class("micc-my-alert")
                .attr("role", "alert")
                .text_with(alert),
        )
}
