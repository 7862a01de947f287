// The widget frame (www/frame.html): the widget inside a CRM's iframe, configured by the
// host page through postMessage (protocol: iframe-messages.js; the host's half: host.js).
//
// Who is trusted: only the hosts on the frame's allow-list, and of those only the window
// that is this frame's parent. The list comes from the frame's own page, which the deployer
// controls: a `<meta name="micc-hosts">` in frame.html (when set, the URL can only narrow it)
// or else `?hosts=` in the iframe's src. A URL chosen by a hostile page can list that page,
// and that is harmless: the frame holds nothing of its own (no cookie, no stored token, no
// credential); all it has is what its host hands it, so a host it trusts wrongly can only
// show itself what it already had. What the list protects is the other way round: nothing
// the frame says (not even its height) is sent to a window that is not an allowed host, and
// no config or token is taken from one. `?server=` (optional) pins the API server, so that
// a host cannot point the widget, and the token it hands over, elsewhere.
//
// The token lives in this module's memory only: never in storage, the URL or the DOM.
import init, { mount } from "./micc_widget.js";
import {
  VERSION,
  acceptFromHost,
  configOf,
  parseHosts,
  renewAfterMs,
  tokenOf,
} from "./iframe-messages.js";

// How long a token request waits for the host before the widget is told it failed (it then
// shows the error and asks again on its next request).
const TOKEN_WAIT_MS = 15000;

function allowList(doc, params) {
  const meta = parseHosts(doc.querySelector('meta[name="micc-hosts"]')?.content ?? "");
  const url = parseHosts(params.get("hosts") ?? "");
  return meta.length > 0 ? (url.length > 0 ? meta.filter((h) => url.includes(h)) : meta) : url;
}

/** Starts the frame in `win` (the frame page's window); returns its diagnostics object. */
export function startFrame(win = window) {
  const doc = win.document;
  const params = new URLSearchParams(win.location.search);
  const allowed = allowList(doc, params);
  const pinnedServer = params.get("server");
  const root = doc.getElementById("micc-frame") ?? doc.body;
  const parent = win.parent !== win ? win.parent : null;

  // Counters only, for diagnostics and tests: no token and no config in here.
  const state = { allowed: [...allowed], host: null, accepted: 0, ignored: 0, tokenRequests: 0, mounted: 0 };
  let host = null; // the allowed origin the frame is bound to after its first accepted message
  let current = null; // { token, expiresAt (ms), handedOut }
  let waiting = null; // { promise, resolve, reject, timer } while a token request is out
  let renewTimer = null;
  let handles = [];
  let containers = [];
  let ready = init();

  const post = (msg) => {
    // Only to the bound host origin: never "*", and nothing before a host is known.
    if (host !== null) parent.postMessage({ v: VERSION, ...msg }, host);
  };

  const requestToken = () => {
    if (waiting) return waiting.promise;
    let resolve, reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => {}); // a timed-out renewal nobody awaits is not an unhandled rejection
    const timer = win.setTimeout(() => {
      waiting = null;
      reject(new Error("the host page did not hand over a token"));
    }, TOKEN_WAIT_MS);
    waiting = { promise, resolve, reject, timer };
    state.tokenRequests += 1;
    post({ type: "micc:need-token" });
    return promise;
  };

  // The widget's token callback. A token is handed to the widget once; when the widget asks
  // again (its own renewal before expiry, or the server refused the token) the frame takes
  // the fresher one it got since, or asks the host.
  const tokenCallback = async () => {
    const fresh = current && !current.handedOut && Date.now() < current.expiresAt;
    if (!fresh) await requestToken();
    current.handedOut = true;
    const left = Number.isFinite(current.expiresAt)
      ? Math.max(1, (current.expiresAt - Date.now()) / 1000)
      : undefined;
    return left === undefined ? current.token : { token: current.token, expiresIn: left };
  };

  const takeToken = (t) => {
    current = {
      token: t.token,
      expiresAt: t.expiresIn === null ? Infinity : Date.now() + t.expiresIn * 1000,
      handedOut: false,
    };
    win.clearTimeout(renewTimer);
    const after = renewAfterMs(t.expiresIn);
    // Ask before expiry (at 90 % of the lifetime) so that the widget's own renewal finds a
    // fresh token waiting instead of a gap.
    if (after !== null) renewTimer = win.setTimeout(requestToken, after);
    if (waiting) {
      win.clearTimeout(waiting.timer);
      waiting.resolve();
      waiting = null;
    }
  };

  const render = async (configs) => {
    await ready;
    const full = configs.map((c) => {
      // A token only ever comes by micc:token: one in the config is dropped, not used.
      const { token: _t, tokenCallback: _c, ...rest } = c;
      return { ...rest, ...(pinnedServer ? { server: pinnedServer } : {}), tokenCallback };
    });
    // Same number of panels: update in place (the store is kept); otherwise start over.
    if (handles.length === full.length) {
      full.forEach((c, i) => handles[i].update(c));
      return;
    }
    for (const h of handles) h.unmount();
    for (const c of containers) c.remove();
    containers = full.map(() => {
      const div = doc.createElement("div");
      div.className = "micc-frame-panel";
      root.append(div);
      return div;
    });
    handles = full.map((c, i) => mount(containers[i], c));
    state.mounted = handles.length;
  };

  win.addEventListener("message", (event) => {
    const msg = acceptFromHost(event, { parent, allowed, bound: host });
    if (!msg) {
      state.ignored += 1;
      return;
    }
    if (msg.type === "micc:config") {
      const configs = configOf(msg);
      if (!configs) return void (state.ignored += 1);
      state.accepted += 1;
      bind(event.origin);
      render(configs).catch((e) => console.error("micc frame:", e));
    } else if (msg.type === "micc:token") {
      const t = tokenOf(msg);
      if (!t) return void (state.ignored += 1);
      state.accepted += 1;
      bind(event.origin);
      takeToken(t);
    }
  });

  let observer = null;
  let lastHeight = -1;
  const reportHeight = () => {
    const h = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (h !== lastHeight) {
      lastHeight = h;
      post({ type: "micc:height", height: h });
    }
  };
  function bind(origin) {
    if (host !== null) return;
    host = origin;
    state.host = origin;
    // From now on the content height goes to the host as it changes.
    observer = new win.ResizeObserver(reportHeight);
    observer.observe(doc.documentElement);
    reportHeight();
  }

  // "I am here" to the parent, once per allowed origin: the browser delivers it only if the
  // parent is of that origin, and it carries nothing else. Where the browser tells the
  // parent's origin (location.ancestorOrigins: Chromium, Safari), only to that one if allowed,
  // which spares the console a "target origin does not match" line per other host.
  if (parent) {
    const told = win.location.ancestorOrigins?.[0];
    const to = typeof told === "string" ? allowed.filter((o) => o === told) : allowed;
    for (const origin of to) parent.postMessage({ v: VERSION, type: "micc:ready" }, origin);
  }
  win.miccFrame = state;
  return state;
}

startFrame();
