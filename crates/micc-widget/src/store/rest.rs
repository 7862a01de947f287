//! A store's REST requests and the models it reads from them, through js/live.js
//! (`RestLink`, `pluck`): the browser's fetch and JSON.parse do the work, and Rust copies out
//! only the members the panels show. Chosen over micc-client's Rust client for size: the
//! client's request machinery and its serde decoders were about half of the widget's wasm
//! (crates/micc-widget/BENCHMARKS.md, size).
//!
//! The readers fill the same typed models the REST client would (`QueueState`, ...), members
//! the widget does not show left `None`, so the panels and the pure store code are unchanged.

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use micc_client::datetime::DateTime;
use micc_client::models::{
    AgentCurrentState, AgentGroupModel, AgentState, EmployeeState, MediaPresence, MediaType,
    PresenceAvailability, Presentity, QueueState, ReasonCodeModel,
};
use micc_client::timespan::TimeSpan;

#[wasm_bindgen(module = "/js/live.js")]
extern "C" {
    /// One per store: the server (normalised) and the embedder's auth.
    #[derive(Clone)]
    pub type RestLink;

    #[wasm_bindgen(constructor)]
    pub fn new(server: &str, auth: &JsValue) -> RestLink;

    #[wasm_bindgen(method)]
    fn get(this: &RestLink, path: &str) -> Promise;

    #[wasm_bindgen(method)]
    fn items(this: &RestLink, path: &str, max: u32) -> Promise;

    #[wasm_bindgen(method)]
    fn put(this: &RestLink, path: &str, body: &JsValue) -> Promise;

    #[wasm_bindgen(method)]
    pub fn stop(this: &RestLink);

    fn pluck(items: &Array, paths: &str) -> Array;
}

/// The message of a rejected request (the adapter rejects with strings).
fn message(e: JsValue) -> String {
    e.as_string()
        .unwrap_or_else(|| "the request failed".to_owned())
}

impl RestLink {
    /// GET `path` (under the API base), parsed.
    pub async fn get_json(&self, path: &str) -> Result<JsValue, String> {
        JsFuture::from(self.get(path)).await.map_err(message)
    }

    /// Every item of the HAL collection at `path`, up to `max`.
    pub async fn all(&self, path: &str, max: u32) -> Result<Array, String> {
        let v = JsFuture::from(self.items(path, max))
            .await
            .map_err(message)?;
        Ok(v.dyn_into().unwrap_or_default())
    }

    /// PUT `body` to `path`: any 2xx is a yes.
    pub async fn put_json(&self, path: &str, body: &JsValue) -> Result<(), String> {
        JsFuture::from(self.put(path, body))
            .await
            .map(|_| ())
            .map_err(message)
    }
}

/// The values `pluck` returned for one object: `paths` of them, each already of the kind its
/// path asked for, or null.
struct Fields<'a> {
    values: &'a Array,
    at: u32,
}

impl Fields<'_> {
    fn value(&self, i: u32) -> JsValue {
        self.values.get(self.at + i)
    }

    fn string(&self, i: u32) -> Option<String> {
        self.value(i).as_string()
    }

    fn int(&self, i: u32) -> Option<i64> {
        // `pluck` passes safe integers only, so the cast is exact.
        self.value(i).as_f64().map(|v| v as i64)
    }

    fn float(&self, i: u32) -> Option<f64> {
        self.value(i).as_f64()
    }

    fn flag(&self, i: u32) -> Option<bool> {
        self.value(i).as_bool()
    }

    fn strings(&self, i: u32) -> Option<Vec<String>> {
        let v = self.value(i);
        v.is_array().then(|| {
            Array::from(&v)
                .iter()
                .filter_map(|s| s.as_string())
                .collect()
        })
    }

    /// An enum by name or number, as the tolerant decoder reads them (unknown values kept).
    fn enumerated<T>(&self, i: u32, by_name: fn(&str) -> T, by_value: fn(i64) -> T) -> Option<T> {
        let v = self.value(i);
        match v.as_string() {
            Some(name) => Some(by_name(&name)),
            None => v.as_f64().map(|n| by_value(n as i64)),
        }
    }

    fn time_span(&self, i: u32) -> Option<TimeSpan> {
        self.string(i).and_then(|s| TimeSpan::parse(&s).ok())
    }

    fn date_time(&self, i: u32) -> Option<DateTime> {
        self.string(i).and_then(|s| DateTime::parse(&s).ok())
    }
}

/// Reads `items` (an array of wire objects) with `paths` (comma-separated, see `pluck` in
/// js/live_adapter.js), one model per object by `build`. The paths are constants, so a hub
/// event costs no string building.
fn read<T>(items: &Array, paths: &str, build: impl Fn(&Fields) -> T) -> Vec<T> {
    let values = pluck(items, paths);
    let n = paths.split(',').count() as u32;
    (0..items.length())
        .map(|k| {
            build(&Fields {
                values: &values,
                at: k * n,
            })
        })
        .collect()
}

fn one<T>(v: &JsValue, read_all: fn(&Array) -> Vec<T>) -> Option<T> {
    read_all(&Array::of1(v)).pop()
}

const QUEUE: &str = concat!(
    "s:id,",
    "s:name,",
    "s:reporting,",
    "e:mediatype,",
    "i:waitingconversations,",
    "t:longestwaitingconversationduration,",
    "t:estimatedwaittimefornewconversations,",
    "f:servicelevelpercentagetoday,",
    "f:servicelevelgoalpercentage,",
    "i:agentsavailable,",
    "i:agentsonacdconversations,",
    "i:agentsunavailable,",
    "i:agentsidle,",
    "i:offeredconversationstoday,",
    "i:answeredconversationstoday,",
    "i:abandonedconversationstoday,",
    "f:abandonedconversationspercentagetoday,",
    "b:isindonotdisturb",
);

/// `queues/state` items (and `queueStateChanged` payloads).
pub fn queue_states(items: &Array) -> Vec<QueueState> {
    read(items, QUEUE, |f| QueueState {
        id: f.string(0),
        name: f.string(1),
        reporting: f.string(2),
        media_type: f.enumerated(3, MediaType::from_name, MediaType::from_value),
        waiting_conversations: f.int(4),
        longest_waiting_conversation_duration: f.time_span(5),
        estimated_wait_time_for_new_conversations: f.time_span(6),
        service_level_percentage_today: f.float(7),
        service_level_goal_percentage: f.float(8),
        agents_available: f.int(9),
        agents_on_acd_conversations: f.int(10),
        agents_unavailable: f.int(11),
        agents_idle: f.int(12),
        offered_conversations_today: f.int(13),
        answered_conversations_today: f.int(14),
        abandoned_conversations_today: f.int(15),
        abandoned_conversations_percentage_today: f.float(16),
        is_in_do_not_disturb: f.flag(17),
        ..QueueState::default()
    })
}

pub fn queue_state(v: &JsValue) -> Option<QueueState> {
    one(v, queue_states)
}

const AGENT: &str = concat!(
    "s:id,",
    "s:firstname,",
    "s:lastname,",
    "s:reporting,",
    "e:mediatype,",
    "e:currentstate,",
    "t:enteredstateon,",
    "s:reason,",
    "s:photourl,",
    "i:acdconversationstoday,",
    "a:presentinagentgroups",
);

/// `agents/states` items.
pub fn agent_states(items: &Array) -> Vec<AgentState> {
    read(items, AGENT, |f| AgentState {
        id: f.string(0),
        first_name: f.string(1),
        last_name: f.string(2),
        reporting: f.string(3),
        media_type: f.enumerated(4, MediaType::from_name, MediaType::from_value),
        current_state: f.enumerated(
            5,
            AgentCurrentState::from_name,
            AgentCurrentState::from_value,
        ),
        entered_state_on: f.date_time(6),
        reason: f.string(7),
        photo_url: f.string(8),
        acd_conversations_today: f.int(9),
        present_in_agent_groups: f.strings(10),
        ..AgentState::default()
    })
}

const EMPLOYEE: &str = concat!(
    "s:id,",
    "s:name,",
    "s:firstname,",
    "s:lastname,",
    "s:reporting,",
    "s:photourl,",
    "t:enteredstateon,",
    "e:presence.aggregate.acdstate,",
    "s:presence.aggregate.reason",
);

fn employee_states(items: &Array) -> Vec<EmployeeState> {
    read(items, EMPLOYEE, |f| {
        let acd_state = f.enumerated(
            7,
            PresenceAvailability::from_name,
            PresenceAvailability::from_value,
        );
        let reason = f.string(8);
        let presence = (acd_state.is_some() || reason.is_some()).then(|| Presentity {
            aggregate: Some(MediaPresence {
                acd_state,
                reason,
                ..MediaPresence::default()
            }),
            ..Presentity::default()
        });
        EmployeeState {
            id: f.string(0),
            name: f.string(1),
            first_name: f.string(2),
            last_name: f.string(3),
            reporting: f.string(4),
            photo_url: f.string(5),
            entered_state_on: f.date_time(6),
            presence,
            ..EmployeeState::default()
        }
    })
}

/// `employees/me/state` (and `employeeStateChanged` payloads).
pub fn employee_state(v: &JsValue) -> Option<EmployeeState> {
    one(v, employee_states)
}

/// `agentgroups` items.
pub fn agent_groups(items: &Array) -> Vec<AgentGroupModel> {
    read(items, "s:id,s:name,s:reporting", |f| AgentGroupModel {
        id: f.string(0),
        name: f.string(1),
        reporting: f.string(2),
        ..AgentGroupModel::default()
    })
}

/// `employees/me/busyreasoncodes` items.
pub fn reason_codes(items: &Array) -> Vec<ReasonCodeModel> {
    read(items, "s:id,s:name,s:reporting,s:type", |f| {
        ReasonCodeModel {
            id: f.string(0),
            name: f.string(1),
            reporting: f.string(2),
            r#type: f.string(3),
            ..ReasonCodeModel::default()
        }
    })
}

/// `ServerTime` of `status`.
pub fn server_time(v: &JsValue) -> Option<DateTime> {
    read(&Array::of1(v), "t:servertime", |f| f.date_time(0))
        .pop()
        .flatten()
}
