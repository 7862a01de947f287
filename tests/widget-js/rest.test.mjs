// The widget's REST half (RestLink) and the reader under its Rust models (pluck), as shipped
// in crates/micc-widget/js/live.js, against a stand-in server on 127.0.0.1: no browser.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { RestLink, pluck } from "../../crates/micc-widget/js/live.js";

// One server for the file; each test sets `handle` and reads `seen`.
let handle = () => [404, ""];
const seen = [];
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", async () => {
    seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, body });
    const answer = await handle(req, body);
    if (answer === "hang") return; // never answered
    const [status, text, headers = {}] = answer;
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(typeof text === "string" ? text : JSON.stringify(text));
  });
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;
after(() => server.close());

function reset(h) {
  handle = h;
  seen.length = 0;
}

test("pluck reads members in any case, nested paths, and only the kind asked for", () => {
  const items = [
    { Id: "q1", WAITINGCONVERSATIONS: "7", Presence: { Aggregate: { AcdState: "Busy" } }, Groups: ["g1", 2, "g3"], Dnd: "true", Sl: "80.5" },
    { id: 42, waitingConversations: 1.5, presence: { aggregate: { acdState: 3 } }, groups: "g1", dnd: 1, sl: Infinity },
    { id: { toString: () => "x" }, waitingconversations: 2 ** 60, presence: null, groups: null, dnd: false, sl: "" },
  ];
  const paths = "s:id,i:waitingconversations,e:presence.aggregate.acdstate,a:groups,b:dnd,f:sl";
  assert.deepEqual(pluck(items, paths), [
    "q1", 7, "Busy", ["g1", "g3"], true, 80.5,
    "42", null, 3, null, null, null,
    null, null, null, null, false, null,
  ]);
});

test("pluck finds each member however each object spells it, also when the spelling changes between objects", () => {
  const items = [{ FirstName: "a" }, { firstName: "b" }, { FIRSTNAME: "c", firstname: "c2" }, {}, { FirstName: "e" }];
  assert.deepEqual(pluck(items, "s:firstname"), ["a", "b", "c2", null, "e"]);
});

test("pluck never follows the prototype and takes hostile input as nothing", () => {
  const hostile = JSON.parse('{"__proto__": {"id": "polluted"}, "constructor": "c"}');
  assert.deepEqual(pluck([hostile], "s:id,s:constructor,s:tostring"), [null, "c", null]);
  assert.deepEqual(pluck("not an array", "s:id"), []);
  assert.deepEqual(pluck([null, 5, "x", []], "s:id"), [null, null, null, null]);
  assert.deepEqual(pluck([{ id: "a" }], "z:id"), [null], "an unknown kind is null");
  // A duration or a time is text only: a bare number would parse as days.
  assert.deepEqual(pluck([{ d: 12 }, { d: "00:00:12" }], "t:d"), [null, "00:00:12"]);
});

test("a collection is read page by page from $skip and $top of the next link, on the configured server only", async () => {
  reset((req) => {
    const u = new URL(req.url, base);
    const skip = Number(u.searchParams.get("$skip") ?? 0);
    const items = [skip, skip + 1].map((n) => ({ Id: `a${n}` }));
    const next = skip < 4 ? { href: `https://elsewhere.example/miccsdk/api/v1/agents/states?$skip=${skip + 2}&$top=2` } : undefined;
    return [200, { count: 6, _links: next ? { next } : {}, _embedded: { items } }];
  });
  const rest = new RestLink(base, "tok");
  const items = await rest.items("/agents/states", 100);
  assert.deepEqual(items.map((i) => i.Id), ["a0", "a1", "a2", "a3", "a4", "a5"]);
  assert.deepEqual(seen.map((s) => s.url), [
    "/miccsdk/api/v1/agents/states",
    "/miccsdk/api/v1/agents/states?$skip=2&$top=2",
    "/miccsdk/api/v1/agents/states?$skip=4&$top=2",
  ]);
  assert.ok(seen.every((s) => s.auth === "Bearer tok"));
  // At most `max` items, and no request after it is reached.
  reset(handle);
  assert.equal((await rest.items("/agents/states", 3)).length, 3);
  assert.equal(seen.length, 2);
  // A bare array is a collection too; a page whose next link does not move on ends it.
  reset(() => [200, [{ Id: "x" }]]);
  assert.deepEqual(await rest.items("/queues/state", 10), [{ Id: "x" }]);
  reset(() => [200, { _links: { next: { href: "?$skip=0" } }, _embedded: { items: [{ Id: "y" }] } }]);
  assert.equal((await rest.items("/queues/state", 10)).length, 1);
  assert.equal(seen.length, 1);
});

test("a 401 renews a callback's token once; a fixed token cannot be renewed", async () => {
  let calls = 0;
  reset((req) => (req.headers.authorization === "Bearer t2" ? [200, { ServerTime: "2026-12-01T00:00:00Z" }] : [401, ""]));
  const rest = new RestLink(base, () => ({ token: `t${++calls}`, expiresIn: 3600 }));
  assert.deepEqual(await rest.get("/status"), { ServerTime: "2026-12-01T00:00:00Z" });
  assert.equal(calls, 2);
  // The renewed token is kept until it expires: no call for the next request.
  await rest.get("/status");
  assert.equal(calls, 2);
  reset(() => [401, ""]);
  await assert.rejects(rest.get("/status"), /freshly renewed token \(401\)/);
  await assert.rejects(new RestLink(base, "fixed").get("/status"), /cannot renew it/);
  await assert.rejects(new RestLink(base, () => 42).get("/status"), /authentication failed: the token callback must resolve/);
});

test("the real-time connection's token is the requests' token: one callback answer, asked again once refused", async () => {
  let calls = 0;
  const rest = new RestLink(base, () => ({ token: `t${++calls}`, expiresIn: 3600 }));
  const first = await rest.token();
  assert.equal(first.token, "t1");
  assert.ok(first.until > Date.now(), "renewed before it lapses");
  reset(() => [200, {}]);
  await rest.get("/status");
  assert.equal(seen[0].auth, "Bearer t1");
  assert.equal((await rest.token()).token, "t1");
  assert.equal(calls, 1);
  rest.refused("t0");
  assert.equal((await rest.token()).token, "t1", "another token's refusal keeps this one");
  rest.refused("t1");
  assert.equal((await rest.token()).token, "t2");
  assert.deepEqual(await new RestLink(base, "fixed").token(), { token: "fixed", until: undefined });
});

test("an error never carries the token, even where the server echoes it", async () => {
  const token = "secret-token-0123456789";
  reset((req) => [400, `bad request from ${req.headers.authorization} ${"x".repeat(300)}`]);
  const e = await new RestLink(base, token).get("/queues/state").catch((e) => e);
  assert.equal(typeof e, "string");
  assert.match(e, /^HTTP 400: bad request from Bearer \[redacted\]/);
  assert.ok(!e.includes(token) && !e.includes("secret-token"), e);
  assert.ok(e.length < 260, "the excerpt is bounded");
});

test("transient answers are retried for GETs (Retry-After honoured), not for a refused PUT", async () => {
  let n = 0;
  reset(() => (++n < 2 ? [503, "busy", { "Retry-After": "0" }] : [200, { ok: 1 }]));
  assert.deepEqual(await new RestLink(base, "t").get("/status"), { ok: 1 });
  assert.equal(seen.length, 2);
  reset(() => [502, "bad gateway"]);
  await assert.rejects(new RestLink(base, "t").put("/employees/me/state", { State: "Busy" }), /^HTTP 502/);
  assert.equal(seen.length, 1, "a PUT that may have reached the server is not sent again");
  reset(() => [500, "boom"]);
  await assert.rejects(new RestLink(base, "t").get("/status"), /^HTTP 500: boom/);
  assert.equal(seen.length, 1, "a 500 is not transient");
});

test("a PUT sends its body as JSON and any 2xx is a yes, whatever its body", async () => {
  reset(() => [200, "<html>not the string the reference promises</html>"]);
  await new RestLink(base, "t").put("/employees/me/state", { State: "DoNotDisturb", Reason: "rc-1" });
  assert.equal(seen[0].method, "PUT");
  assert.deepEqual(JSON.parse(seen[0].body), { State: "DoNotDisturb", Reason: "rc-1" });
  reset(() => [204, ""]);
  await new RestLink(base, "t").put("/employees/me/state", { State: "Away" });
});

test("an answer that is not JSON is a decode error; stop() ends a request in flight", async () => {
  reset(() => [200, "<html>"]);
  await assert.rejects(new RestLink(base, "t").get("/status"), /cannot decode the answer/);
  reset(() => "hang");
  const rest = new RestLink(base, "t");
  const pending = rest.get("/status");
  await new Promise((r) => setTimeout(r, 50));
  rest.stop();
  await assert.rejects(pending, (e) => e === "stopped");
  await assert.rejects(rest.get("/status"), (e) => e === "stopped", "a stopped link sends nothing");
});
