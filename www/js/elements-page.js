// The custom-element pages (intranet, wall): point every <micc-*> element at the API and
// give it a token provider, then load the drop-in script that defines the elements. The
// order matters only for tidiness: attributes and properties set before the upgrade are
// picked up, so the elements mount once, already configured.
import { serverUrl, demoTokenProvider, keepServerInLinks, showServer } from "./server.js";

const server = serverUrl();
keepServerInLinks();
showServer(server);
const tokenProvider = demoTokenProvider(server);
for (const el of document.querySelectorAll("micc-queue-now, micc-agent-presence")) {
  el.setAttribute("server", server);
  // The token is a property, never an attribute (attributes are readable by any selector).
  el.tokenProvider = tokenProvider;
}
await import("/pkg/micc-widget/micc-elements.js");
