// The CRM host page's script: embeds the widget frame (another origin) with host.js and hands
// it tokens. ?frame= is the widget frame's origin, ?server= the Mitel server (the simulator);
// both default to this page's origin (the demo's simulator serves pages, packages and API).
// ?queues= is an optional comma-separated list.
import { embedMiccFrame } from "/pkg/micc-widget/host.js";

const params = new URLSearchParams(location.search);
const server = params.get("server") ?? location.origin;
const frameOrigin = new URL(params.get("frame") ?? location.origin).origin;
const queues = params.get("queues");

const iframe = document.getElementById("micc-frame");
// The frame answers only this page's origin.
iframe.src = `${frameOrigin}/frame.html?hosts=${encodeURIComponent(location.origin)}`;

const shared = { server, locale: document.documentElement.lang, density: "compact", pollMs: 1000 };
// The sidebar: the agent's own presence (switch without leaving the CRM), then the queues.
const config = [
  { ...shared, panel: "myPresence" },
  { ...shared, ...(queues ? { queues: queues.split(",") } : {}) },
];

// Diagnostics for the demo and the tests: when the frame asked (no token in here).
window.crm = { tokenCalls: [] };

window.crm.frame = embedMiccFrame(iframe, {
  frameOrigin,
  config,
  // A real CRM asks its own backend, which keeps the credentials; the simulator's
  // /demo/token plays that backend here. The token goes to the frame only, by postMessage.
  getToken: async () => {
    window.crm.tokenCalls.push(Date.now());
    const r = await fetch(`${server}/demo/token`);
    if (!r.ok) throw new Error(`token: HTTP ${r.status}`);
    const t = await r.json();
    return { token: t.access_token, expiresIn: t.expires_in };
  },
});
