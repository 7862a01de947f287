//! Reads the host's config object with `Reflect` (a getter that throws, or a value of the
//! wrong type, is a message, not a panic or an exception through the module).

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::config::{self, ServiceLevelInput};
use super::look::{self, Look};
use crate::panels::agent_presence::AgentOptions;
use crate::panels::queue_now::PanelOptions;
use crate::store::shared::Auth;

/// A checked configuration.
pub struct MountConfig {
    pub server: String,
    pub auth: Auth,
    /// Which tabs share the real-time connection besides the server (`shareKey`): the
    /// signed-in user, where one browser may hold several.
    pub share_key: Option<String>,
    pub locale: String,
    pub poll_ms: u32,
    pub panel: PanelOptions,
    /// Set when `panel` is `"agentPresence"`: the agent-presence panel is shown instead.
    pub agents: Option<AgentOptions>,
    /// Set when `panel` is `"myPresence"`: the my-presence control is shown instead.
    pub my_presence: bool,
    /// `theme` and `density`: classes on the element the panel is mounted in.
    pub look: Look,
}

fn get(obj: &JsValue, key: &str) -> Result<Option<JsValue>, String> {
    let v = Reflect::get(obj, &JsValue::from_str(key))
        .map_err(|_| format!("reading config.{key} failed"))?;
    Ok((!v.is_undefined() && !v.is_null()).then_some(v))
}

fn string(obj: &JsValue, key: &str) -> Result<Option<String>, String> {
    get(obj, key)?
        .map(|v| {
            v.as_string()
                .ok_or_else(|| format!("config.{key} must be a string"))
        })
        .transpose()
}

fn number(obj: &JsValue, key: &str, what: &str) -> Result<Option<f64>, String> {
    get(obj, key)?
        .map(|v| v.as_f64().ok_or_else(|| format!("{what} must be a number")))
        .transpose()
}

fn queues(obj: &JsValue) -> Result<Vec<String>, String> {
    let Some(v) = get(obj, "queues")? else {
        return Ok(Vec::new());
    };
    let items: Vec<JsValue> = if let Some(s) = v.as_string() {
        s.split(',').map(|x| JsValue::from_str(x.trim())).collect()
    } else if Array::is_array(&v) {
        Array::from(&v).iter().collect()
    } else {
        return Err("config.queues must be a string or an array of strings".into());
    };
    items
        .into_iter()
        .map(|i| {
            // Reporting numbers may be given as numbers.
            i.as_string()
                .or_else(|| {
                    // Whole numbers only, printed as integers: f64's printer alone is
                    // 14 KB of wasm.
                    i.as_f64()
                        .filter(|n| n.fract() == 0.0 && n.abs() < 9.0e15)
                        .map(|n| (n as i64).to_string())
                })
                .ok_or_else(|| "config.queues must hold strings".to_owned())
        })
        .filter(|r| r.as_ref().map_or(true, |s| !s.is_empty()))
        .collect()
}

fn service_level(t: &JsValue) -> Result<ServiceLevelInput, String> {
    Ok(match get(t, "serviceLevel")? {
        None => ServiceLevelInput::Absent,
        Some(v) if v.as_string().as_deref() == Some("goal") => ServiceLevelInput::Goal,
        Some(v) if v.as_bool() == Some(false) => ServiceLevelInput::Off,
        Some(v) => match v.as_f64() {
            Some(p) => ServiceLevelInput::Percent(p),
            None => ServiceLevelInput::Invalid(
                v.as_string()
                    .map_or_else(|| "that value".into(), |s| crate::format::quoted(&s)),
            ),
        },
    })
}

fn default_locale() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_else(|| "en".into())
}

/// `panel`: `"queueNow"` (the default), `"agentPresence"` with its `agentGroup` (an
/// agent-group id the filter starts on), or `"myPresence"` (no options of its own).
fn agent_options(config: &JsValue) -> Result<Option<AgentOptions>, String> {
    match string(config, "panel")?.as_deref() {
        None | Some("queueNow") | Some("myPresence") => Ok(None),
        Some("agentPresence") => Ok(Some(AgentOptions {
            group: string(config, "agentGroup")?.filter(|g| !g.is_empty()),
        })),
        Some(_) => {
            Err("config.panel must be \"queueNow\", \"agentPresence\" or \"myPresence\"".into())
        }
    }
}

pub fn read(config: &JsValue) -> Result<MountConfig, String> {
    if !config.is_object() {
        return Err("the config must be an object such as {server, token}".into());
    }
    let server = string(config, "server")?.ok_or("config.server is required")?;
    let share_key = string(config, "shareKey")?.filter(|k| !k.is_empty());
    if share_key.as_ref().is_some_and(|k| k.chars().count() > 200) {
        return Err("config.shareKey must be at most 200 characters".into());
    }
    let auth = match get(config, "token")? {
        None => match get(config, "tokenCallback")? {
            None => Auth::None,
            Some(f) => Auth::Callback(
                f.dyn_into::<Function>()
                    .map_err(|_| "config.tokenCallback must be a function")?,
            ),
        },
        Some(t) if t.is_function() => Auth::Callback(t.unchecked_into()),
        Some(t) => Auth::Token(
            t.as_string()
                .ok_or("config.token must be a string or a function")?,
        ),
    };
    let (waiting, longest, sl) = match get(config, "thresholds")? {
        None => (None, None, ServiceLevelInput::Absent),
        Some(t) if t.is_object() => (
            number(&t, "waiting", "thresholds.waiting")?,
            number(&t, "longestWaitSecs", "thresholds.longestWaitSecs")?,
            service_level(&t)?,
        ),
        Some(_) => return Err("config.thresholds must be an object".into()),
    };
    let totals = match get(config, "totals")? {
        None => false,
        Some(v) => v.as_bool().ok_or("config.totals must be true or false")?,
    };
    Ok(MountConfig {
        server,
        share_key,
        auth,
        locale: string(config, "locale")?.unwrap_or_else(default_locale),
        poll_ms: config::poll_ms(number(config, "pollMs", "config.pollMs")?)?,
        panel: PanelOptions {
            queues: queues(config)?,
            thresholds: config::thresholds(waiting, longest, sl)?,
            totals,
        },
        agents: agent_options(config)?,
        my_presence: string(config, "panel")?.as_deref() == Some("myPresence"),
        look: look::look(
            string(config, "theme")?.as_deref(),
            string(config, "density")?.as_deref(),
        )?,
    })
}
