//! The classic ASP.NET SignalR 2 wire format, without IO: protocol version resolution, the
//! negotiate answer, persistent-response frames, hub invocations and their results, and the
//! `connectionData` query parameter. Every string here is what SignalR 2.2 (the last server
//! whose highest protocol is 1.5) puts on the wire, byte for byte where clients may care.

use std::cmp::Ordering;
use std::sync::Arc;

use serde_json::{Map, Value};

/// Lowest and highest protocol a SignalR 2.2 server speaks (`ProtocolResolver`).
pub const PROTOCOL_MIN: &str = "1.2";
pub const PROTOCOL_MAX: &str = "1.5";

/// `PersistentConnection`'s canned answers; note the spaces, SignalR writes them literally.
pub const PONG: &str = "{ \"Response\": \"pong\" }";
pub const STARTED: &str = "{ \"Response\": \"started\" }";
/// A keep-alive on WebSockets (SSE wraps it in `data: `; long polling writes a space).
pub const KEEP_ALIVE: &str = "{}";

/// `Resources.resx` messages of SignalR 2, as its failure answers carry them.
pub mod messages {
    pub const UNKNOWN_TRANSPORT: &str = "Protocol error: Unknown transport.";
    pub const MISSING_TOKEN: &str = "Protocol error: Missing connection token.";
    pub const BAD_TOKEN: &str = "The ConnectionId is in the incorrect format.";
    pub const OTHER_USER: &str = "Unrecognized user identity. The user identity cannot change during an active SignalR connection.";
    pub const NOT_WEBSOCKET: &str = "Not a valid web socket request.";
    pub const DUPLICATE_HUBS: &str = "Duplicate Hub names found.";
    pub const INVALID_CURSOR: &str = "Invalid cursor.";

    pub fn hub_not_resolved(name: &str) -> String {
        format!("'{name}' Hub could not be resolved.")
    }

    /// What a hub method's failure says when detailed errors are off (SignalR's default):
    /// the hub and method as the client spelled them.
    pub fn invocation_failed(hub: &str, method: &str) -> String {
        format!("There was an error invoking Hub method '{hub}.{method}'.")
    }
}

/// A .NET `System.Version`: two to four components; absent ones compare lower than 0.
#[derive(Debug, Clone, PartialEq, Eq)]
struct DotNetVersion(Vec<u32>);

impl DotNetVersion {
    fn parse(s: &str) -> Option<Self> {
        let parts: Vec<&str> = s.trim().split('.').collect();
        if !(2..=4).contains(&parts.len()) {
            return None;
        }
        parts
            .iter()
            .map(|p| {
                let p = p.trim();
                if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                p.parse::<u32>().ok()
            })
            .collect::<Option<Vec<u32>>>()
            .map(DotNetVersion)
    }

    fn key(&self) -> [i64; 4] {
        let mut k = [-1i64; 4];
        for (slot, c) in k.iter_mut().zip(&self.0) {
            *slot = i64::from(*c);
        }
        k
    }

    fn render(&self) -> String {
        self.0
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(".")
    }
}

impl PartialOrd for DotNetVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DotNetVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

/// `ProtocolResolver.Resolve`: the client's `clientProtocol` clamped to what the server
/// speaks; a missing or unparsable one resolves to the lowest (1.2), which the 2.x clients
/// refuse. So a client that forgets the parameter fails exactly as against a real server.
pub fn resolve_protocol(client: Option<&str>) -> String {
    let min = DotNetVersion(vec![1, 2]);
    let max = DotNetVersion(vec![1, 5]);
    match client.and_then(DotNetVersion::parse) {
        Some(v) if v > max => max.render(),
        Some(v) if v < min => min.render(),
        Some(v) => v.render(),
        None => min.render(),
    }
}

/// The timing a server announces in its negotiate answer (seconds on the wire).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    pub keep_alive_timeout: f64,
    pub disconnect_timeout: f64,
    pub connection_timeout: f64,
    pub transport_connect_timeout: f64,
    pub long_poll_delay: f64,
}

/// The negotiate answer: the fields and order of `ProcessNegotiationRequest`.
pub fn negotiate_body(
    url: &str,
    connection_token: &str,
    connection_id: &str,
    timing: &Timing,
    try_websockets: bool,
    protocol: &str,
) -> String {
    let mut m = Map::new();
    m.insert("Url".into(), Value::from(url));
    m.insert("ConnectionToken".into(), Value::from(connection_token));
    m.insert("ConnectionId".into(), Value::from(connection_id));
    m.insert(
        "KeepAliveTimeout".into(),
        Value::from(timing.keep_alive_timeout),
    );
    m.insert(
        "DisconnectTimeout".into(),
        Value::from(timing.disconnect_timeout),
    );
    m.insert(
        "ConnectionTimeout".into(),
        Value::from(timing.connection_timeout),
    );
    m.insert("TryWebSockets".into(), Value::from(try_websockets));
    m.insert("ProtocolVersion".into(), Value::from(protocol));
    m.insert(
        "TransportConnectTimeout".into(),
        Value::from(timing.transport_connect_timeout),
    );
    m.insert("LongPollDelay".into(), Value::from(timing.long_poll_delay));
    Value::Object(m).to_string()
}

/// Flags of a persistent response beyond the cursor and messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FrameFlags {
    /// `S:1`: the first answer of a `connect`, which the client waits for before `start`.
    pub init: bool,
    /// `T:1`: the host is shutting down; the client should reconnect.
    pub reconnect: bool,
    /// `L`: milliseconds a long-polling client waits before its next poll (0: omitted).
    pub long_poll_delay_ms: u64,
}

/// A `PersistentResponse` as `WriteJson` writes it: `C` first, then `S`, `T`, `G` (the
/// groups token, only when the groups changed), `L`, and the raw messages in `M`. SignalR 2
/// writes no `D` (a 1.x disconnect flag the 2.x clients no longer read).
pub fn persistent_frame(
    cursor: &str,
    flags: FrameFlags,
    groups_token: Option<&str>,
    messages: &[Arc<str>],
) -> String {
    let size: usize = messages.iter().map(|m| m.len() + 1).sum();
    let mut out = String::with_capacity(size + cursor.len() + 32);
    out.push_str("{\"C\":");
    out.push_str(&Value::from(cursor).to_string());
    if flags.init {
        out.push_str(",\"S\":1");
    }
    if flags.reconnect {
        out.push_str(",\"T\":1");
    }
    if let Some(g) = groups_token {
        out.push_str(",\"G\":");
        out.push_str(&Value::from(g).to_string());
    }
    if flags.long_poll_delay_ms > 0 {
        out.push_str(&format!(",\"L\":{}", flags.long_poll_delay_ms));
    }
    out.push_str(",\"M\":[");
    for (i, m) in messages.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(m);
    }
    out.push_str("]}");
    out
}

/// A server-to-client hub call (`ClientHubInvocation`): `{"H":hub,"M":method,"A":[arg]}`.
pub fn client_invocation(hub: &str, method: &str, arg: &Value) -> String {
    let mut m = Map::new();
    m.insert("H".into(), Value::from(hub));
    m.insert("M".into(), Value::from(method));
    m.insert("A".into(), Value::Array(vec![arg.clone()]));
    Value::Object(m).to_string()
}

/// A client-to-server hub call as `HubRequestParser` reads it: every field may be missing,
/// and JSON.NET turns numbers and booleans into the strings the .NET types want.
#[derive(Debug, Clone, PartialEq)]
pub struct Invocation {
    pub hub: Option<String>,
    pub method: Option<String>,
    pub id: Option<String>,
    pub args: Vec<Value>,
}

/// A JSON value as JSON.NET converts it to a .NET string (`None` for null).
pub fn dotnet_string(v: &Value) -> Result<Option<String>, String> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        Value::Number(n) => Ok(Some(n.to_string())),
        Value::Bool(b) => Ok(Some(if *b { "True" } else { "False" }.to_owned())),
        other => Err(format!("Unexpected token when reading a string: {other}")),
    }
}

/// Parses a hub invocation; an error is an exception SignalR would let escape (no hub
/// answer: nothing on WebSockets, 500 on `/send`).
pub fn parse_invocation(text: &str) -> Result<Invocation, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| format!("Invalid JSON: {e}"))?;
    let Value::Object(m) = v else {
        return Err("A hub invocation must be a JSON object.".into());
    };
    // JSON.NET matches property names case-insensitively when deserializing.
    let field = |name: &str| {
        m.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    };
    let string = |name: &str| match field(name) {
        None => Ok(None),
        Some(v) => dotnet_string(v),
    };
    let args = match field("A") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a.clone(),
        Some(other) => return Err(format!("'A' must be an array, not {other}")),
    };
    Ok(Invocation {
        hub: string("H")?,
        method: string("M")?,
        id: string("I")?,
        args,
    })
}

/// A hub method's failure as the client sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HubFailure {
    /// A `HubException` (`H:true`): its message always reaches the client.
    Hub(String),
    /// Any other exception: with detailed errors off the client gets a generic message.
    Other(String),
}

/// A `HubResponse`: `I` always (null when the client sent none), `H`/`E` on failure, no
/// `R` for a method without a result. JSON.NET writes its properties in declaration order:
/// S, R, I, P, H, E, T, D.
pub fn hub_response(
    id: Option<&str>,
    result: Option<&Value>,
    failure: Option<&HubFailure>,
) -> String {
    let mut m = Map::new();
    if let Some(r) = result {
        m.insert("R".into(), r.clone());
    }
    m.insert("I".into(), id.map_or(Value::Null, Value::from));
    match failure {
        Some(HubFailure::Hub(msg)) => {
            m.insert("H".into(), Value::Bool(true));
            m.insert("E".into(), Value::from(msg.as_str()));
        }
        Some(HubFailure::Other(msg)) => {
            m.insert("E".into(), Value::from(msg.as_str()));
        }
        None => {}
    }
    Value::Object(m).to_string()
}

/// The hub names of `connectionData` (`[{"name":"queuehub"}]`), as given; an error is the
/// exception SignalR throws (its host answers 500).
pub fn parse_connection_data(data: &str) -> Result<Vec<String>, String> {
    let v: Value =
        serde_json::from_str(data).map_err(|e| format!("Invalid connectionData: {e}"))?;
    let list = match v {
        Value::Null => return Ok(Vec::new()),
        Value::Array(a) => a,
        other => return Err(format!("connectionData must be an array, not {other}")),
    };
    let mut names: Vec<String> = Vec::new();
    for item in list {
        let Value::Object(o) = item else {
            return Err(format!("connectionData items must be objects, not {item}"));
        };
        let name = o
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("name"))
            .map(|(_, v)| dotnet_string(v))
            .transpose()?
            .flatten()
            .unwrap_or_default();
        if names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
            return Err(messages::DUPLICATE_HUBS.into());
        }
        names.push(name);
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_versions_are_clamped_like_protocol_resolver() {
        assert_eq!(resolve_protocol(Some("2.1")), "1.5");
        assert_eq!(resolve_protocol(Some("1.5")), "1.5");
        assert_eq!(resolve_protocol(Some("1.4")), "1.4");
        assert_eq!(resolve_protocol(Some("1.3.0")), "1.3.0");
        assert_eq!(resolve_protocol(Some("1.0")), "1.2");
        // 1.5.0 is above 1.5 for System.Version.
        assert_eq!(resolve_protocol(Some("1.5.0")), "1.5");
        for bad in [
            None,
            Some(""),
            Some("2"),
            Some("abc"),
            Some("1.-5"),
            Some("1.5.0.0.0"),
        ] {
            assert_eq!(resolve_protocol(bad), "1.2", "{bad:?}");
        }
    }

    #[test]
    fn negotiate_has_the_fields_of_signalr_2_in_order() {
        let timing = Timing {
            keep_alive_timeout: 20.0,
            disconnect_timeout: 30.0,
            connection_timeout: 110.0,
            transport_connect_timeout: 5.0,
            long_poll_delay: 0.0,
        };
        let body = negotiate_body("/miccsdk/signalr", "tok+/=", "id-1", &timing, true, "1.5");
        assert_eq!(
            body,
            "{\"Url\":\"/miccsdk/signalr\",\"ConnectionToken\":\"tok+/=\",\"ConnectionId\":\"id-1\",\
             \"KeepAliveTimeout\":20.0,\"DisconnectTimeout\":30.0,\"ConnectionTimeout\":110.0,\
             \"TryWebSockets\":true,\"ProtocolVersion\":\"1.5\",\"TransportConnectTimeout\":5.0,\
             \"LongPollDelay\":0.0}"
        );
    }

    #[test]
    fn persistent_frames_put_the_cursor_first_and_messages_raw() {
        let init = FrameFlags {
            init: true,
            ..FrameFlags::default()
        };
        assert_eq!(
            persistent_frame("d-1-B,0", init, None, &[]),
            "{\"C\":\"d-1-B,0\",\"S\":1,\"M\":[]}"
        );
        let msgs: Vec<Arc<str>> = vec![Arc::from("{\"a\":1}"), Arc::from("{\"b\":2}")];
        assert_eq!(
            persistent_frame("c", FrameFlags::default(), None, &msgs),
            "{\"C\":\"c\",\"M\":[{\"a\":1},{\"b\":2}]}"
        );
        let shutdown = FrameFlags {
            reconnect: true,
            long_poll_delay_ms: 250,
            ..FrameFlags::default()
        };
        assert_eq!(
            persistent_frame("c", shutdown, None, &[]),
            "{\"C\":\"c\",\"T\":1,\"L\":250,\"M\":[]}"
        );
        assert_eq!(
            persistent_frame("c", shutdown, Some("g+/="), &msgs[..1]),
            "{\"C\":\"c\",\"T\":1,\"G\":\"g+/=\",\"L\":250,\"M\":[{\"a\":1}]}"
        );
    }

    #[test]
    fn hub_responses_follow_json_net_order() {
        assert_eq!(hub_response(Some("0"), None, None), "{\"I\":\"0\"}");
        assert_eq!(hub_response(None, None, None), "{\"I\":null}");
        assert_eq!(
            hub_response(Some("3"), None, Some(&HubFailure::Hub("no".into()))),
            "{\"I\":\"3\",\"H\":true,\"E\":\"no\"}"
        );
        assert_eq!(
            hub_response(
                Some("4"),
                Some(&Value::from(7)),
                Some(&HubFailure::Other("x".into()))
            ),
            "{\"R\":7,\"I\":\"4\",\"E\":\"x\"}"
        );
        assert_eq!(
            client_invocation(
                "queueHub",
                "queueStateChanged",
                &serde_json::json!({"id": "q"})
            ),
            "{\"H\":\"queueHub\",\"M\":\"queueStateChanged\",\"A\":[{\"id\":\"q\"}]}"
        );
    }

    #[test]
    fn invocations_parse_like_json_net() {
        let i = parse_invocation(r#"{"H":"queuehub","M":"addStateMonitor","A":[["a"]],"I":0}"#)
            .unwrap();
        assert_eq!(i.hub.as_deref(), Some("queuehub"));
        assert_eq!(i.id.as_deref(), Some("0"));
        assert_eq!(i.args, vec![serde_json::json!(["a"])]);
        let i = parse_invocation(r#"{"h":"x","m":"y"}"#).unwrap();
        assert_eq!((i.hub.as_deref(), i.id, i.args.len()), (Some("x"), None, 0));
        assert!(parse_invocation("nope").is_err());
        assert!(parse_invocation("[1]").is_err());
        assert!(parse_invocation(r#"{"H":{},"M":"x"}"#).is_err());
        assert!(parse_invocation(r#"{"H":"a","M":"x","A":5}"#).is_err());
    }

    #[test]
    fn connection_data_lists_hub_names_and_refuses_duplicates() {
        assert_eq!(
            parse_connection_data(r#"[{"name":"queuehub"},{"Name":"agentHub"}]"#).unwrap(),
            vec!["queuehub", "agentHub"]
        );
        assert_eq!(parse_connection_data("[]").unwrap(), Vec::<String>::new());
        assert_eq!(
            parse_connection_data(r#"[{"name":"a"},{"name":"A"}]"#).unwrap_err(),
            messages::DUPLICATE_HUBS
        );
        assert!(parse_connection_data("{").is_err());
        assert!(parse_connection_data(r#"["queuehub"]"#).is_err());
    }
}
