// The CRM iframe's pure message checks (crates/micc-widget/js/iframe-messages.js) and the host
// helper (host.js) against fake windows: no browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  acceptFromFrame,
  acceptFromHost,
  configOf,
  heightOf,
  parseHosts,
  protocolMessage,
  renewAfterMs,
  tokenFromProvider,
  tokenOf,
} from "../../crates/micc-widget/js/iframe-messages.js";
import { embedMiccFrame } from "../../crates/micc-widget/js/host.js";

test("allow-lists keep http(s) origins only, never a wildcard or a URL with more than an origin", () => {
  assert.deepEqual(parseHosts("https://crm.example, http://localhost:8080  https://crm.example/"), [
    "https://crm.example",
    "http://localhost:8080",
  ]);
  for (const bad of ["*", "https://*.example", "null", "file:///x", "javascript:alert(1)",
    "https://crm.example/path", "https://u:p@crm.example", "https://crm.example?x=1",
    "crm.example", "https://crm.example#h", "data:text/html,x"]) {
    assert.deepEqual(parseHosts(bad), [], bad);
  }
  assert.deepEqual(parseHosts(undefined), []);
  assert.deepEqual(parseHosts(""), []);
  // A default port is the origin without it, as event.origin writes it.
  assert.deepEqual(parseHosts("https://crm.example:443"), []);
  assert.deepEqual(parseHosts("HTTPS://CRM.example"), ["https://crm.example"]);
});

test("only version-1 messages of the expected types pass; junk is null, never an exception", () => {
  const types = ["micc:config"];
  assert.ok(protocolMessage({ v: 1, type: "micc:config" }, types));
  for (const junk of [null, undefined, 1, "micc:config", [], [1], { v: 2, type: "micc:config" },
    { v: "1", type: "micc:config" }, { type: "micc:config" }, { v: 1, type: "micc:token" },
    { v: 1, type: 7 }, Object.create(null)]) {
    assert.equal(protocolMessage(junk, types), null, JSON.stringify(junk));
  }
  const hostile = { get v() { throw new Error("boom"); } };
  assert.equal(protocolMessage(hostile, types), null);
});

test("the frame accepts its parent only, of an allowed origin, and once bound only that origin", () => {
  const parent = {};
  const other = {};
  const allowed = ["https://a.example", "https://b.example"];
  const data = { v: 1, type: "micc:token", token: "t" };
  const ev = (source, origin) => ({ source, origin, data });
  assert.ok(acceptFromHost(ev(parent, "https://a.example"), { parent, allowed }));
  assert.equal(acceptFromHost(ev(other, "https://a.example"), { parent, allowed }), null, "a sibling");
  assert.equal(acceptFromHost(ev(parent, "https://evil.example"), { parent, allowed }), null);
  assert.equal(acceptFromHost(ev(parent, "https://b.example"), { parent, allowed, bound: "https://a.example" }), null);
  // A top-level frame page (no parent) accepts nothing, even from itself.
  assert.equal(acceptFromHost(ev(null, "https://a.example"), { parent: null, allowed }), null);
  assert.equal(acceptFromHost(ev(parent, "https://a.example"), { parent, allowed: [] }), null);
  assert.equal(acceptFromHost(null, { parent, allowed }), null);
  // Host-bound types are not accepted from the host side, and the other way round.
  const need = { source: parent, origin: "https://a.example", data: { v: 1, type: "micc:need-token" } };
  assert.equal(acceptFromHost(need, { parent, allowed }), null);
});

test("the host accepts that iframe's window on the frame's origin only", () => {
  const frameWindow = {};
  const ok = { source: frameWindow, origin: "https://w.example", data: { v: 1, type: "micc:need-token" } };
  const opts = { frameWindow, frameOrigin: "https://w.example" };
  assert.ok(acceptFromFrame(ok, opts));
  assert.equal(acceptFromFrame({ ...ok, source: {} }, opts), null);
  assert.equal(acceptFromFrame({ ...ok, origin: "https://evil.example" }, opts), null);
  assert.equal(acceptFromFrame({ ...ok, data: { v: 1, type: "micc:token", token: "x" } }, opts), null);
  assert.equal(acceptFromFrame(ok, { frameWindow: null, frameOrigin: "https://w.example" }), null);
});

test("tokens, lifetimes, configs and heights are checked", () => {
  assert.deepEqual(tokenOf({ token: "abc.def", expiresIn: 60 }), { token: "abc.def", expiresIn: 60 });
  assert.deepEqual(tokenOf({ token: "abc" }), { token: "abc", expiresIn: null });
  assert.deepEqual(tokenOf({ token: "abc", expiresIn: -5 }), { token: "abc", expiresIn: null });
  assert.deepEqual(tokenOf({ token: "abc", expiresIn: "60" }), { token: "abc", expiresIn: null });
  for (const bad of ["", "a b", "a\nb", "ä", 5, null, "x".repeat(16385)]) {
    assert.equal(tokenOf({ token: bad }), null, String(bad).slice(0, 10));
  }
  assert.deepEqual(tokenFromProvider("t"), { token: "t", expiresIn: null });
  assert.deepEqual(tokenFromProvider({ token: "t", expiresIn: 3600 }), { token: "t", expiresIn: 3600 });
  assert.equal(tokenFromProvider({ access_token: "t" }), null);
  assert.equal(tokenFromProvider(undefined), null);

  assert.equal(renewAfterMs(3600), 3_240_000, "90 %");
  assert.equal(renewAfterMs(3), 2700);
  assert.equal(renewAfterMs(null), null);
  assert.equal(renewAfterMs(Infinity), null);
  assert.equal(renewAfterMs(1e12), 86400 * 900, "capped at a day, within setTimeout's range");

  assert.deepEqual(configOf({ config: { server: "s" } }), [{ server: "s" }]);
  assert.equal(configOf({ config: [{ a: 1 }, { b: 2 }] }).length, 2);
  for (const bad of [undefined, null, "x", [], [1], new Array(9).fill({})]) {
    assert.equal(configOf({ config: bad }), null);
  }
  assert.equal(heightOf({ height: 120.2 }), 121);
  for (const bad of [-1, NaN, Infinity, "100", 1e9]) assert.equal(heightOf({ height: bad }), null);
});

// A fake host window and iframe for host.js.
function fakes(frameOrigin = "https://w.example") {
  const hostWin = new EventTarget();
  const sent = [];
  const frameWindow = { postMessage: (data, target) => sent.push({ data, target }) };
  const iframe = { contentWindow: frameWindow, ownerDocument: { defaultView: hostWin }, style: {} };
  const fromFrame = (data, { source = frameWindow, origin = frameOrigin } = {}) => {
    const e = new Event("message");
    Object.assign(e, { data, source, origin });
    hostWin.dispatchEvent(e);
  };
  return { hostWin, iframe, sent, fromFrame };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test("embedMiccFrame sends the config on ready, answers token requests, sizes the iframe", async () => {
  const { iframe, sent, fromFrame } = fakes();
  let calls = 0;
  const handle = embedMiccFrame(iframe, {
    frameOrigin: "https://w.example/",
    config: { server: "https://mitel.example" },
    getToken: async () => ({ token: `t${++calls}`, expiresIn: 60 }),
  });
  // Sent at once (the frame may be ready already) and on micc:ready.
  fromFrame({ v: 1, type: "micc:ready" });
  assert.equal(sent.length, 2);
  for (const s of sent) {
    assert.equal(s.target, "https://w.example", "never *");
    assert.deepEqual(s.data, { v: 1, type: "micc:config", config: { server: "https://mitel.example" } });
  }
  fromFrame({ v: 1, type: "micc:need-token" });
  fromFrame({ v: 1, type: "micc:need-token" }); // while the first runs: one getToken()
  await tick();
  await tick();
  assert.equal(calls, 1);
  assert.deepEqual(sent[2], { data: { v: 1, type: "micc:token", token: "t1", expiresIn: 60 }, target: "https://w.example" });
  fromFrame({ v: 1, type: "micc:height", height: 311.4 });
  assert.equal(iframe.style.height, "312px");

  // Not from that iframe, not from its origin, not version 1: nothing happens.
  fromFrame({ v: 1, type: "micc:need-token" }, { source: {} });
  fromFrame({ v: 1, type: "micc:need-token" }, { origin: "https://evil.example" });
  fromFrame({ v: 2, type: "micc:need-token" });
  fromFrame({ v: 1, type: "micc:height", height: 5 }, { origin: "https://evil.example" });
  fromFrame("junk");
  await tick();
  assert.equal(calls, 1);
  assert.equal(sent.length, 3);
  assert.equal(iframe.style.height, "312px");

  handle.update({ server: "https://mitel.example", locale: "de" });
  assert.equal(sent.at(-1).data.config.locale, "de");
  handle.destroy();
  fromFrame({ v: 1, type: "micc:need-token" });
  fromFrame({ v: 1, type: "micc:ready" });
  await tick();
  assert.equal(calls, 1);
  assert.equal(sent.length, 4);
});

test("embedMiccFrame refuses a bad frame origin or getToken, and reports a bad token", async () => {
  const { iframe, sent, fromFrame } = fakes();
  assert.throws(() => embedMiccFrame(iframe, { frameOrigin: "*", getToken: () => "t" }), /frameOrigin/);
  assert.throws(() => embedMiccFrame(iframe, { frameOrigin: "https://w.example/pkg", getToken: () => "t" }), /frameOrigin/);
  assert.throws(() => embedMiccFrame(iframe, { frameOrigin: "https://w.example" }), /getToken/);
  assert.throws(() => embedMiccFrame(null, { frameOrigin: "https://w.example", getToken: () => "t" }), /iframe/);
  const errors = [];
  embedMiccFrame(iframe, {
    frameOrigin: "https://w.example",
    getToken: async () => ({ access_token: "wrong shape" }),
    onError: (e) => errors.push(e.message),
  });
  fromFrame({ v: 1, type: "micc:need-token" });
  await tick();
  await tick();
  assert.equal(sent.length, 0, "no config given, no token sent");
  assert.equal(errors.length, 1);
  assert.match(errors[0], /getToken/);
});
