//! `GET /miccsdk/signalr/hubs` (and `/js`): the hub proxy script SignalR 2 generates from
//! its hubs (`DefaultJavaScriptProxyGenerator` over `Scripts/hubs.js`). Pages that include
//! it get `$.connection.hub` and `$.connection.queueHub.server.addStateMonitor(...)`. It
//! describes hubs only, so like SignalR's it needs no token.

use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::hubs::HUBS;

/// The version the script announces: the 2.2 line, whose servers speak protocol 1.5.
const VERSION: &str = "2.2.2";

const TEMPLATE: &str = r#"/*!
 * ASP.NET SignalR JavaScript Library v{version}
 * http://signalr.net/
 *
 * Copyright (c) .NET Foundation. All rights reserved.
 * Licensed under the Apache License, Version 2.0. See License.txt in the project root for license information.
 *
 */

/// <reference path="..\..\SignalR.Client.JS\Scripts\jquery-1.6.4.js" />
/// <reference path="jquery.signalR.js" />
(function ($, window, undefined) {
    /// <param name="$" type="jQuery" />
    "use strict";

    if (typeof ($.signalR) !== "function") {
        throw new Error("SignalR: SignalR is not loaded. Please ensure jquery.signalR-x.js is referenced before ~/signalr/js.");
    }

    var signalR = $.signalR;

    function makeProxyCallback(hub, callback) {
        return function () {
            // Call the client hub method
            callback.apply(hub, $.makeArray(arguments));
        };
    }

    function registerHubProxies(instance, shouldSubscribe) {
        var key, hub, memberKey, memberValue, subscriptionMethod;

        for (key in instance) {
            if (instance.hasOwnProperty(key)) {
                hub = instance[key];

                if (!(hub.hubName)) {
                    // Not a client hub
                    continue;
                }

                if (shouldSubscribe) {
                    // We want to subscribe to the hub events
                    subscriptionMethod = hub.on;
                } else {
                    // We want to unsubscribe from the hub events
                    subscriptionMethod = hub.off;
                }

                // Loop through all members on the hub and find client hub functions to subscribe/unsubscribe
                for (memberKey in hub.client) {
                    if (hub.client.hasOwnProperty(memberKey)) {
                        memberValue = hub.client[memberKey];

                        if (!$.isFunction(memberValue)) {
                            // Not a client hub function
                            continue;
                        }

                        // Use the actual user-provided callback as the "identity" value for the registration.
                        subscriptionMethod.call(hub, memberKey, makeProxyCallback(hub, memberValue), memberValue);
                    }
                }
            }
        }
    }

    $.hubConnection.prototype.createHubProxies = function () {
        var proxies = {};
        this.starting(function () {
            // Register the hub proxies as subscribed
            // (instance, shouldSubscribe)
            registerHubProxies(proxies, true);

            this._registerSubscribedHubs();
        }).disconnected(function () {
            // Unsubscribe all hub proxies when we "disconnect".  This is to ensure that we do not re-add functional call backs.
            // (instance, shouldSubscribe)
            registerHubProxies(proxies, false);
        });

    /*hubs*/

        return proxies;
    };

    signalR.hub = $.hubConnection("{serviceUrl}", { useDefaultPath: false });
    $.extend(signalR, signalR.hub.createHubProxies());

}(window.jQuery, window));
"#;

/// The proxies of every hub, formatted as `GenerateType` writes them.
fn hub_proxies() -> String {
    let mut out = String::new();
    for (i, hub) in HUBS.iter().enumerate() {
        if i > 0 {
            out.push_str(";\n\n    ");
        }
        let name = hub.name;
        out.push_str(&format!(
            "    proxies['{name}'] = this.createHubProxy('{name}'); \n        proxies['{name}'].client = {{ }};\n        proxies['{name}'].server = {{"
        ));
        for (j, m) in hub.methods.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str(&format!(
                "\n\n            {}: function ({}) {{\n                return proxies['{name}'].invoke.apply(proxies['{name}'], $.merge([\"{}\"], $.makeArray(arguments)));\n             }}",
                m.name,
                m.params.join(", "),
                m.name
            ));
        }
        out.push_str("\n        }");
    }
    out.push(';');
    out
}

/// The script for a hub connection at `service_url` (the path without `/hubs`).
pub fn script(service_url: &str) -> String {
    // JavaScriptEncode: the URL as a JSON string without its quotes.
    let encoded = serde_json::Value::from(service_url).to_string();
    let encoded = encoded
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or("");
    TEMPLATE
        .replace("{version}", VERSION)
        .replace("/*hubs*/", &hub_proxies())
        .replace("{serviceUrl}", encoded)
}

pub fn response(service_url: &str) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "application/javascript; charset=UTF-8",
        )],
        script(service_url),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_declares_every_hub_and_method() {
        let s = script("/miccsdk/signalr");
        assert!(s.contains("$.hubConnection(\"/miccsdk/signalr\", { useDefaultPath: false })"));
        for hub in &HUBS {
            assert!(s.contains(&format!(
                "proxies['{}'] = this.createHubProxy('{}');",
                hub.name, hub.name
            )));
            for m in hub.methods {
                assert!(s.contains(&format!("{}: function ({})", m.name, m.params.join(", "))));
            }
        }
        assert!(!s.contains("/*hubs*/"));
        assert!(script("/a\"b").contains("\"/a\\\"b\""));
    }
}
