// The host page's half of the CRM iframe (the frame's half: frame.js). The host keeps the
// credentials (its backend); the frame gets a token only when it asks, and only ever through
// postMessage to the frame's origin.
//
//   import { embedMiccFrame } from "https://widget.example/pkg/micc-widget/host.js";
//   const frame = embedMiccFrame(document.querySelector("iframe#micc"), {
//     frameOrigin: "https://widget.example",
//     config: { server: "https://mitel.example", queues: ["Sales"], density: "compact" },
//     getToken: async () => (await fetch("/crm/micc-token")).json(), // {token, expiresIn} or a string
//   });
//   frame.update({ ...config, locale: "de" });  frame.destroy();
import {
  VERSION,
  acceptFromFrame,
  heightOf,
  parseHosts,
  tokenFromProvider,
} from "./iframe-messages.js";

/**
 * Connects `iframe` (whose src is the widget frame on `frameOrigin`) to this page: sends it
 * `config` when it is ready, answers its token requests with `getToken()`, and sets the
 * iframe's height to the frame's content height. Returns `{ update(config), destroy() }`.
 */
export function embedMiccFrame(iframe, { frameOrigin, config, getToken, onError } = {}) {
  const [origin] = parseHosts(String(frameOrigin ?? ""));
  if (!iframe || typeof iframe.contentWindow === "undefined") {
    throw new TypeError("embedMiccFrame: the first argument must be an iframe element");
  }
  if (!origin) throw new TypeError("embedMiccFrame: frameOrigin must be an origin such as https://widget.example");
  if (typeof getToken !== "function") throw new TypeError("embedMiccFrame: getToken must be a function");
  const report = typeof onError === "function" ? onError : (e) => console.error("micc frame host:", e);

  let current = config;
  let destroyed = false;
  let asking = null;
  const win = iframe.ownerDocument.defaultView;

  // Always to the iframe's own window and the frame's origin: if the iframe was navigated
  // elsewhere, the browser drops the message instead of handing a token to another site.
  const send = (msg) => iframe.contentWindow?.postMessage({ v: VERSION, ...msg }, origin);
  const sendConfig = () => {
    if (current !== undefined) send({ type: "micc:config", config: current });
  };

  const answerTokenRequest = () => {
    // One getToken() at a time; a second request while it runs gets the same answer.
    if (asking) return;
    asking = (async () => {
      try {
        const t = tokenFromProvider(await getToken());
        if (!t) throw new Error("getToken must resolve to a token string or {token, expiresIn}");
        if (!destroyed) {
          send({ type: "micc:token", token: t.token, ...(t.expiresIn === null ? {} : { expiresIn: t.expiresIn }) });
        }
      } catch (e) {
        report(e);
      } finally {
        asking = null;
      }
    })();
  };

  const onMessage = (event) => {
    const msg = acceptFromFrame(event, { frameWindow: iframe.contentWindow, frameOrigin: origin });
    if (!msg || destroyed) return;
    if (msg.type === "micc:ready") sendConfig();
    else if (msg.type === "micc:need-token") answerTokenRequest();
    else if (msg.type === "micc:height") {
      const h = heightOf(msg);
      if (h !== null) iframe.style.height = `${h}px`;
    }
  };
  win.addEventListener("message", onMessage);
  // The frame may have loaded (and said ready) before this ran: the config goes out now
  // too; a frame not listening yet asks again with micc:ready.
  sendConfig();

  return {
    update(next) {
      current = next;
      if (!destroyed) sendConfig();
    },
    destroy() {
      destroyed = true;
      win.removeEventListener("message", onMessage);
    },
  };
}
