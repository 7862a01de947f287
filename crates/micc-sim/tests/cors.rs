//! CORS as deployed (`--cors`): `any` echoes every origin, `null` included, with
//! credentials and grants preflights what they ask; `allow-list` does so for the listed
//! origins only; `none` sends no CORS headers. The modes cover REST, the token endpoint,
//! `api/account` and SignalR; WebSocket upgrades check `Origin` themselves. The admin
//! endpoint keeps its loopback-only rule.

mod common;
#[path = "support/signalr_client.rs"]
mod signalr_client;

use axum::http::{HeaderMap, Method, StatusCode};
use micc_sim::Config;
use micc_sim::cors::CorsMode;
use signalr_client::*;
use tokio_tungstenite::tungstenite;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

const PAGE: &str = "https://wallboard.example.com";
const OTHER: &str = "http://localhost:3000";

fn mode(cors: CorsMode, listed: &[&str]) -> Config {
    Config {
        cors,
        allowed_origins: listed.iter().map(|s| (*s).to_owned()).collect(),
        ..frozen()
    }
}

fn header<'a>(h: &'a HeaderMap, name: &str) -> Option<&'a str> {
    h.get(name).and_then(|v| v.to_str().ok())
}

/// The CORS answer headers of a GET of `uri` from `origin`.
async fn get_from(l: &Live, uri: &str, origin: &str, token: &str) -> HeaderMap {
    let auth = format!("Bearer {token}");
    l.sim
        .send(
            Method::GET,
            uri,
            &[("origin", origin), ("authorization", &auth)],
            None,
        )
        .await
        .headers
}

async fn preflight(l: &Live, uri: &str, origin: &str, method: &str, headers: &str) -> HeaderMap {
    let a = l
        .sim
        .send(
            Method::OPTIONS,
            uri,
            &[
                ("origin", origin),
                ("access-control-request-method", method),
                ("access-control-request-headers", headers),
            ],
            None,
        )
        .await;
    a.headers
}

/// Every part of the API a page reads from: REST (any casing), `api/account`, SignalR.
fn api_uris(token: &str) -> Vec<String> {
    vec![
        "/miccsdk/api/v1/queues/state".to_owned(),
        "/MiccSdk/api/v1/employees/me/state".to_owned(),
        "/authorizationserver/api/account".to_owned(),
        format!(
            "/miccsdk/signalr/negotiate?clientProtocol=2.1&sessionid={}",
            enc(&format!("Bearer {token}"))
        ),
    ]
}

#[tokio::test]
async fn any_mode_echoes_every_origin_with_credentials() {
    let l = live(mode(CorsMode::Any, &[])).await;
    let t = l.supervisor().await;
    for uri in api_uris(&t) {
        for origin in [PAGE, OTHER, "null"] {
            let h = get_from(&l, &uri, origin, &t).await;
            assert_eq!(
                header(&h, "access-control-allow-origin"),
                Some(origin),
                "{uri}"
            );
            assert_eq!(
                header(&h, "access-control-allow-credentials"),
                Some("true"),
                "{uri}"
            );
            assert!(
                h.get_all("vary")
                    .iter()
                    .any(|v| v.to_str().unwrap_or("").contains("origin")),
                "{uri}"
            );
        }
    }
    // The token endpoint from a file:// page.
    let a = l
        .sim
        .send(
            Method::POST,
            "/authorizationserver/token",
            &[
                ("origin", "null"),
                ("content-type", "application/x-www-form-urlencoded"),
            ],
            Some("grant_type=password&username=agent&password=agent".into()),
        )
        .await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(
        header(&a.headers, "access-control-allow-origin"),
        Some("null")
    );
    assert_eq!(
        header(&a.headers, "access-control-allow-credentials"),
        Some("true")
    );
}

#[tokio::test]
async fn any_mode_grants_preflights_what_they_ask() {
    let l = live(mode(CorsMode::Any, &[])).await;
    let asked = "authorization,content-type,impersonate,x-requested-with";
    for (uri, method) in [
        ("/miccsdk/api/v1/employees/me/state", "PUT"),
        ("/miccsdk/api/v1/queues/q/conversations/c", "PUT"),
        ("/miccsdk/api/v1/openmedia", "POST"),
        ("/miccsdk/api/v1/directory/x", "DELETE"),
        ("/authorizationserver/token", "POST"),
        ("/miccsdk/signalr/send?transport=longPolling", "POST"),
    ] {
        let h = preflight(&l, uri, PAGE, method, asked).await;
        assert_eq!(
            header(&h, "access-control-allow-origin"),
            Some(PAGE),
            "{uri}"
        );
        assert_eq!(header(&h, "access-control-allow-credentials"), Some("true"));
        assert_eq!(header(&h, "access-control-allow-methods"), Some(method));
        assert_eq!(header(&h, "access-control-allow-headers"), Some(asked));
    }
    let h = preflight(
        &l,
        "/miccsdk/api/v1/queues/state",
        "null",
        "GET",
        "authorization",
    )
    .await;
    assert_eq!(header(&h, "access-control-allow-origin"), Some("null"));
}

#[tokio::test]
async fn allow_list_mode_answers_only_listed_origins() {
    let l = live(mode(CorsMode::AllowList, &[PAGE])).await;
    let t = l.supervisor().await;
    for uri in api_uris(&t) {
        let h = get_from(&l, &uri, PAGE, &t).await;
        assert_eq!(header(&h, "access-control-allow-origin"), Some(PAGE));
        assert_eq!(header(&h, "access-control-allow-credentials"), Some("true"));
        for refused in [OTHER, "null", "https://wallboard.example.com.evil"] {
            let h = get_from(&l, &uri, refused, &t).await;
            assert_eq!(header(&h, "access-control-allow-origin"), None, "{refused}");
            assert_eq!(header(&h, "access-control-allow-credentials"), None);
        }
    }
    let h = preflight(
        &l,
        "/miccsdk/api/v1/employees/me/state",
        OTHER,
        "PUT",
        "authorization",
    )
    .await;
    assert_eq!(header(&h, "access-control-allow-origin"), None);
    assert_eq!(header(&h, "access-control-allow-methods"), None);
    let h = preflight(
        &l,
        "/miccsdk/api/v1/employees/me/state",
        PAGE,
        "PUT",
        "authorization",
    )
    .await;
    assert_eq!(header(&h, "access-control-allow-origin"), Some(PAGE));
}

#[tokio::test]
async fn none_mode_sends_no_cors_headers_at_all() {
    let l = live(mode(CorsMode::None, &[PAGE])).await;
    let t = l.supervisor().await;
    for uri in api_uris(&t) {
        for origin in [PAGE, OTHER, "null"] {
            let h = get_from(&l, &uri, origin, &t).await;
            assert!(
                !h.keys().any(|k| k.as_str().starts_with("access-control-")),
                "{uri}: {h:?}"
            );
        }
    }
    let h = preflight(
        &l,
        "/miccsdk/api/v1/employees/me/state",
        PAGE,
        "PUT",
        "authorization",
    )
    .await;
    assert!(
        !h.keys().any(|k| k.as_str().starts_with("access-control-")),
        "{h:?}"
    );
    // Same-origin calls (a proxy in front) still work.
    let a = l.sim.api(Method::GET, "/queues/state", &t, None).await;
    assert_eq!(a.status, StatusCode::OK);
}

#[tokio::test]
async fn the_admin_endpoint_keeps_its_loopback_rule() {
    let l = live(mode(CorsMode::Any, &[])).await;
    let a = l
        .sim
        .send(
            Method::GET,
            "/admin/signalr/connections",
            &[("origin", OTHER)],
            None,
        )
        .await;
    assert_eq!(
        header(&a.headers, "access-control-allow-origin"),
        Some(OTHER)
    );
    assert_eq!(header(&a.headers, "access-control-allow-credentials"), None);
    for foreign in [PAGE, "null"] {
        let a = l
            .sim
            .send(
                Method::GET,
                "/admin/signalr/connections",
                &[("origin", foreign)],
                None,
            )
            .await;
        assert_eq!(header(&a.headers, "access-control-allow-origin"), None);
    }
}

/// Opens a WebSocket `connect` of a fresh connection with `origin` (none: no header);
/// the HTTP status of a refusal, or 101.
async fn ws_status(l: &Live, origin: Option<&str>) -> u16 {
    let t = l.supervisor().await;
    let c = l.negotiate(&t).await;
    let url = format!(
        "ws://{}/miccsdk/signalr/connect?{}",
        l.addr,
        c.query("webSockets")
    );
    let mut req = url.into_client_request().unwrap();
    if let Some(o) = origin {
        req.headers_mut().insert("origin", o.parse().unwrap());
    }
    match tokio_tungstenite::connect_async(req).await {
        Ok((_, res)) => res.status().as_u16(),
        Err(tungstenite::Error::Http(res)) => res.status().as_u16(),
        Err(e) => panic!("{e}"),
    }
}

#[tokio::test]
async fn websocket_upgrades_check_the_origin_by_mode() {
    let any = live(mode(CorsMode::Any, &[])).await;
    for origin in [Some(PAGE), Some("null"), None] {
        assert_eq!(ws_status(&any, origin).await, 101, "{origin:?}");
    }
    let list = live(mode(CorsMode::AllowList, &[PAGE])).await;
    let own = format!("http://{}", list.addr);
    assert_eq!(ws_status(&list, Some(PAGE)).await, 101);
    assert_eq!(ws_status(&list, Some(&own)).await, 101, "same origin");
    assert_eq!(ws_status(&list, None).await, 101, "not a browser");
    assert_eq!(ws_status(&list, Some(OTHER)).await, 403);
    assert_eq!(ws_status(&list, Some("null")).await, 403);
    let none = live(mode(CorsMode::None, &[PAGE])).await;
    let own = format!("http://{}", none.addr);
    assert_eq!(ws_status(&none, Some(PAGE)).await, 403);
    assert_eq!(
        ws_status(&none, Some(&own)).await,
        101,
        "behind a same-origin proxy"
    );
    assert_eq!(ws_status(&none, None).await, 101);
}
