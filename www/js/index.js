// The index page: links to the other pages and, as the `mount()` example, a queue-now and an
// agent-presence panel mounted into the page's own DOM (styled by demo.css).
import init, { mount } from "/pkg/micc-widget/micc_widget.js";
import { serverUrl, demoTokenProvider, keepServerInLinks, showServer } from "./server.js";

const server = serverUrl();
keepServerInLinks();
showServer(server);

await init();
const tokenCallback = demoTokenProvider(server);
const locale = document.documentElement.lang;
// mount() returns a handle: handle.update({...}) changes the config, handle.unmount() removes
// the panel and stops its polling. The two panels share one store (same server and auth).
window.queueNow = mount(document.getElementById("queue-now"), {
  server,
  tokenCallback,
  locale,
  pollMs: 5000,
  thresholds: { longestWaitSecs: 120 },
  totals: true,
});
window.agentPresence = mount(document.getElementById("agent-presence"), {
  server,
  tokenCallback,
  locale,
  pollMs: 5000,
  panel: "agentPresence",
});
