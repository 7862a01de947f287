// The CRM iframe's message protocol, both halves (frame.js in the widget frame, host.js in
// the host page), as pure checks that run in Node too (tests/iframe/messages.test.mjs).
//
// Every message is a plain object `{ v: 1, type: "micc:…", … }`:
//   frame -> host  micc:ready       the frame has loaded and wants its configuration
//   frame -> host  micc:need-token  the frame wants a (fresh) token
//   frame -> host  micc:height      { height } the frame's content height in CSS pixels
//   host -> frame  micc:config      { config } the mount config (never a token in it)
//   host -> frame  micc:token       { token, expiresIn? } a bearer token, its lifetime in s
// Anything else (another version, another type, junk, a wrong shape) is ignored.

export const VERSION = 1;

export const FROM_FRAME = ["micc:ready", "micc:need-token", "micc:height"];
export const FROM_HOST = ["micc:config", "micc:token"];

// A token is sent as an Authorization header value: nothing a header cannot carry, and not
// absurdly long (a message is not a place for megabytes).
const MAX_TOKEN = 16384;
// setTimeout's limit is 2^31 ms; a day is longer than any bearer token lives anyway.
const MAX_LIFETIME_S = 86400;
const MAX_HEIGHT = 100000;

/**
 * The origins of an allow-list such as "https://crm.example, http://localhost:8080".
 * Only http(s) origins written as origins (scheme, host, optional port; no path, user,
 * query or wildcard; written as event.origin writes them, so without a default port) are
 * kept: "*" or a pattern would turn the list into "anyone".
 */
export function parseHosts(list) {
  if (typeof list !== "string") return [];
  const out = [];
  for (const raw of list.split(/[\s,]+/)) {
    if (!raw) continue;
    let url;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") continue;
    // new URL("https://a.example/") has the path "/": allowed; anything more is not an origin.
    if (url.hostname.includes("*")) continue; // URL accepts it; no origin is ever "*.x"
    if (url.username || url.password || url.search || url.hash || url.pathname !== "/") continue;
    if (raw.replace(/\/$/, "").toLowerCase() !== url.origin.toLowerCase()) continue;
    if (!out.includes(url.origin)) out.push(url.origin);
  }
  return out;
}

/** A message of protocol version 1 and one of `types`, or null. */
export function protocolMessage(data, types) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  let v, type;
  try {
    // A getter on a hostile object may throw: that is junk too.
    v = data.v;
    type = data.type;
  } catch {
    return null;
  }
  if (v !== VERSION || typeof type !== "string" || !types.includes(type)) return null;
  return data;
}

/**
 * The frame's check of a message event: from its own parent window (`event.source`, so a
 * sibling frame or a popup of an allowed origin is not the host) and from an allowed origin
 * (and, once bound, the host origin it is bound to). Returns the message or null.
 */
export function acceptFromHost(event, { parent, allowed, bound = null }) {
  if (!event || event.source !== parent || parent == null) return null;
  if (!allowed.includes(event.origin)) return null;
  if (bound !== null && event.origin !== bound) return null;
  return protocolMessage(event.data, FROM_HOST);
}

/** The host's check: from that iframe's window and the frame's origin. */
export function acceptFromFrame(event, { frameWindow, frameOrigin }) {
  if (!event || frameWindow == null || event.source !== frameWindow) return null;
  if (event.origin !== frameOrigin) return null;
  return protocolMessage(event.data, FROM_FRAME);
}

/** A lifetime in seconds, or null when absent or unusable. */
export function lifetime(expiresIn) {
  if (typeof expiresIn !== "number" || !Number.isFinite(expiresIn) || expiresIn <= 0) return null;
  return Math.min(expiresIn, MAX_LIFETIME_S);
}

/** `{ token, expiresIn }` of a micc:token message (expiresIn null when unknown), or null. */
export function tokenOf(msg) {
  const token = msg?.token;
  if (typeof token !== "string" || token.length === 0 || token.length > MAX_TOKEN) return null;
  // Printable ASCII without spaces: what a bearer token is, and what a header can carry.
  if (!/^[\x21-\x7e]+$/.test(token)) return null;
  return { token, expiresIn: lifetime(msg.expiresIn) };
}

/** The token a host's getToken() gave (a string or `{ token, expiresIn }`), or null. */
export function tokenFromProvider(value) {
  if (typeof value === "string") return tokenOf({ token: value });
  if (value !== null && typeof value === "object") {
    return tokenOf({ token: value.token, expiresIn: value.expiresIn });
  }
  return null;
}

/** When to ask for a fresh token: at 90 % of its lifetime (ms), or null when it has none. */
export function renewAfterMs(expiresIn) {
  const s = lifetime(expiresIn);
  return s === null ? null : Math.round(s * 900);
}

/** The config of a micc:config message: a plain object, or a list of at most 8. Else null. */
export function configOf(msg) {
  const c = msg?.config;
  const plain = (x) => x !== null && typeof x === "object" && !Array.isArray(x);
  if (plain(c)) return [c];
  if (Array.isArray(c) && c.length > 0 && c.length <= 8 && c.every(plain)) return c;
  return null;
}

/** A height in whole CSS pixels from a micc:height message, or null. */
export function heightOf(msg) {
  const h = msg?.height;
  if (typeof h !== "number" || !Number.isFinite(h) || h < 0 || h > MAX_HEIGHT) return null;
  return Math.ceil(h);
}
