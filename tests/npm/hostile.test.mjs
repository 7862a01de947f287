// Hostile host input through the JavaScript API of the built package (Node entry): numbers,
// strings, wrong types and getters that throw end in a MiccError, never in a trap of the wasm
// module or an exception thrown through it; and the auth, retry and write behaviour a host sees.
// A small local HTTP server stands in for the MiCC server and records what reaches it.
// Needs `bash scripts/build-client-pkg.sh` first.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../support/sim.mjs";
import { startFakeServer } from "../support/fake-server.mjs";

const { MiccClient } = await import(pathToFileURL(path.join(ROOT, "target/pkg/micc-client/node.mjs")).href);

// Each test sets how the stand-in server answers (`reset`) and reads what reached it (`seen`).
const fake = await startFakeServer();
const { base, seen, reset } = fake;
after(() => fake.close());

const TOKEN = (req, body) =>
  req.url.endsWith("/authorizationserver/token")
    ? [200, JSON.stringify({ access_token: "tok-good", token_type: "bearer", expires_in: 3600 })]
    : null;

/** Asserts `f` throws (or rejects with) a MiccError of `kind`; returns it. */
async function miccError(f, kind) {
  let caught;
  try {
    await f();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught, "expected an error");
  assert.equal(caught.name, "MiccError", `${caught.name}: ${caught.message}`);
  assert.equal(caught.kind, kind, caught.message);
  assert.ok(caught.message.length <= 1100, `bounded: ${caught.message.length}`);
  return caught;
}

const tokenClient = (extra = {}) => new MiccClient({ server: base, auth: { type: "token", token: "tok-host" }, ...extra });

test("numbers out of range are typed errors, not traps", async () => {
  for (const timeoutMs of [1e300, 3e9, 2 ** 31, -1, NaN, Infinity, 1.5, "5000", {}]) {
    await miccError(() => tokenClient({ timeoutMs }), "invalid-argument");
  }
  for (const retry of [{ maxRetries: 1e300 }, { maxRetries: -1 }, { maxRetries: 2.5 }, { baseDelayMs: 3e9 }, { maxDelayMs: NaN }, { maxDelayMs: "1" }]) {
    await miccError(() => tokenClient({ retry }), "invalid-argument");
  }
  tokenClient({ timeoutMs: 2 ** 31 - 1, retry: { maxRetries: 0, baseDelayMs: 0 } });
  tokenClient({ timeoutMs: 0 });
  reset(() => [200, "{}"]);
  const c = tokenClient();
  for (const top of [1e300, -1, NaN, 2.5, "5"]) {
    await miccError(() => c.queues().states({ odata: { top } }), "invalid-argument");
  }
  assert.equal(seen.length, 0, "nothing was sent");
});

test("a whole number as a path parameter is requested as an integer", async () => {
  reset(() => [200, JSON.stringify({ id: "q1000", name: "Sales" })]);
  const c = tokenClient();
  const q = await c.queues().state(1000);
  assert.equal(q.name, "Sales");
  await c.queues().state(-7);
  assert.deepEqual(seen.map((r) => r.url), ["/miccsdk/api/v1/queues/1000/state", "/miccsdk/api/v1/queues/-7/state"]);
  for (const bad of [1.5, NaN, Infinity, 2 ** 60, {}, [], null, undefined, ".", ".."]) {
    await miccError(() => c.queues().state(bad), "invalid-argument");
  }
  assert.equal(seen.length, 2);
});

test("strings no header can carry, and wrong types, are typed errors", async () => {
  for (const impersonate of ["Zoë ☃", "agent\r\nX-Admin: 1"]) {
    await miccError(
      () => new MiccClient({ server: base, auth: { type: "clientCredentials", clientId: "a", clientSecret: "s", impersonate } }),
      "invalid-argument",
    );
  }
  const e = await miccError(() => new MiccClient({ server: base, auth: { type: "token", token: "tok\r\n☃-secret" } }), "invalid-argument");
  assert.ok(!e.message.includes("☃-secret"), "never the token itself");
  await miccError(() => new MiccClient({ server: "x".repeat(1_000_000) }), "invalid-argument");
  await miccError(() => new MiccClient({ server: `${base}/a/../b` }), "invalid-argument");
  for (const options of [5, "x", null, undefined, [], { server: 5 }, { server: base, auth: 5 }, { server: base, auth: { type: 7 } }]) {
    await miccError(() => new MiccClient(options), "invalid-argument");
  }
  await miccError(() => new MiccClient({ server: base, auth: { type: "provider", getToken: "nope" } }), "invalid-argument");
  await miccError(() => new MiccClient({ server: base, auth: { type: "token", token: "t", refresh: 5 } }), "invalid-argument");
  const c = tokenClient();
  await miccError(() => c.setToken(5), "invalid-argument");
  await miccError(() => c.setToken("ok", -1), "invalid-argument");
  await miccError(() => c.setToken("bad\n"), "invalid-argument");
  await miccError(() => c.queues().state("Sales", { odata: "x" }), "invalid-argument");
});

test("getters that throw are typed errors", async () => {
  const throwing = { get server() { throw new Error("boom"); } };
  await miccError(() => new MiccClient(throwing), "invalid-argument");
  await miccError(() => new MiccClient({ server: base, get timeoutMs() { throw new Error("boom"); } }), "invalid-argument");
  await miccError(() => new MiccClient({ server: base, get auth() { throw new Error("boom"); } }), "invalid-argument");
  const c = tokenClient();
  await miccError(() => c.queues().states({ get odata() { throw new Error("boom"); } }), "invalid-argument");

  reset((req) => [200, JSON.stringify({ id: "q1" })]);
  const evil = new Error("x");
  Object.defineProperty(evil, "message", { get() { throw new Error("inner"); } });
  for (const getToken of [
    async () => ({ get token() { throw new Error("boom"); } }),
    async () => { throw evil; },
    () => { throw new Error("sync failure"); },
    async () => 42,
    () => ({ then() { throw new Error("bad thenable"); } }),
  ]) {
    const p = new MiccClient({ server: base, auth: { type: "provider", getToken } });
    await miccError(() => p.queues().state("Sales"), "auth");
  }
  assert.equal(seen.length, 0);
});

test("a token no header can carry is an auth error and the client recovers", async () => {
  reset(() => [200, JSON.stringify({ id: "q1", name: "Sales" })]);
  let n = 0;
  const c = new MiccClient({ server: base, auth: { type: "provider", getToken: async () => (++n === 1 ? "bad ☃ token" : "tok-fine") } });
  await miccError(() => c.queues().state("Sales"), "auth");
  assert.equal((await c.queues().state("Sales")).name, "Sales");
  assert.equal(seen.length, 1);
  assert.equal(seen[0].headers.authorization, "Bearer tok-fine");
});

test("error texts never show the token in use", async () => {
  reset((req, body) => TOKEN(req, body) ?? [200, JSON.stringify({ name: "echo tok-good", waitingConversations: "many" })]);
  const c = new MiccClient({ server: base, auth: { type: "password", username: "agent", password: "pw-secret-1" } });
  const e = await miccError(() => c.queues().state("Sales"), "decode");
  assert.ok(!e.message.includes("tok-good"), e.message);
  reset(() => [404, JSON.stringify({ message: "no queue for tok-host" })]);
  const e2 = await miccError(() => tokenClient().queues().state("Nope"), "status");
  assert.ok(!e2.message.includes("tok-host"), e2.message);
});

test("a refused password is sent once; setCredentials sends the new one", async () => {
  let refuse = true;
  reset((req, body) =>
    req.url.endsWith("/token")
      ? refuse
        ? [400, JSON.stringify({ error: "invalid_grant", error_description: "The user name or password is incorrect." })]
        : TOKEN(req, body)
      : [200, JSON.stringify({ id: "q1" })],
  );
  const c = new MiccClient({ server: base, auth: { type: "password", username: "agent", password: "wrong" } });
  const first = await miccError(() => c.queues().state("Sales"), "auth");
  for (let i = 0; i < 3; i++) {
    const again = await miccError(() => c.queues().state("Sales"), "auth");
    assert.equal(again.message, first.message);
  }
  assert.equal(seen.filter((r) => r.url.endsWith("/token")).length, 1);
  refuse = false;
  c.setCredentials({ type: "password", username: "agent", password: "right" });
  await c.queues().state("Sales");
  assert.match(seen.filter((r) => r.url.endsWith("/token"))[1].body, /password=right/);
});

test("setToken and an initial token with a refresh callback", async () => {
  reset((req) => (req.headers.authorization === "Bearer tok-old" || req.headers.authorization === "Bearer init" ? [401, "{}"] : [200, JSON.stringify({ id: "q1" })]));
  const c = tokenClient();
  await c.queues().state("Sales");
  c.setToken("tok-new", 600);
  await c.queues().state("Sales");
  assert.deepEqual(seen.map((r) => r.headers.authorization), ["Bearer tok-host", "Bearer tok-new"]);

  seen.length = 0;
  let asked = 0;
  const r = new MiccClient({ server: base, auth: { type: "token", token: "init", expiresIn: 300, refresh: async () => ({ token: `r${++asked}`, expiresIn: 300 }) } });
  await r.queues().state("Sales");
  assert.equal(asked, 1, "the refused initial token was refreshed once");
  assert.deepEqual(seen.map((x) => x.headers.authorization), ["Bearer init", "Bearer r1"]);
  const failing = new MiccClient({ server: base, auth: { type: "token", token: "init", refresh: async () => { throw new Error("backend said no"); } } });
  const e = await miccError(() => failing.queues().state("Sales"), "auth");
  assert.match(e.message, /backend said no/);
});

test("passwords and secrets are refused over plain http except to loopback", async () => {
  for (const auth of [{ type: "password", username: "a", password: "p" }, { type: "clientCredentials", clientId: "a", clientSecret: "s" }]) {
    await miccError(() => new MiccClient({ server: "http://cc.example", auth }), "invalid-argument");
    new MiccClient({ server: "https://cc.example", auth });
    new MiccClient({ server: "http://localhost:8080", auth });
    new MiccClient({ server: "http://[::1]:8080", auth });
  }
  new MiccClient({ server: "http://cc.example", auth: { type: "token", token: "t" } });
});

test("a server behind a path prefix", async () => {
  reset((req, body) => TOKEN(req, body) ?? [200, JSON.stringify({ id: "q1" })]);
  const c = new MiccClient({ server: `${base}/mitel/`, auth: { type: "password", username: "agent", password: "agent" } });
  await c.queues().state("Sales");
  assert.deepEqual(seen.map((r) => r.url), ["/mitel/authorizationserver/token", "/mitel/miccsdk/api/v1/queues/Sales/state"]);
});

test("writes send enum names, and succeed without content", async () => {
  const answers = [[204, ""], [200, ""], [200, "OK"], [200, '"OK"']];
  reset(() => answers.shift() ?? [200, '""']);
  const c = tokenClient();
  const results = [];
  for (let i = 0; i < 4; i++) {
    results.push(await c.queues().updateConversation("Sales", "c-1", { conversationAction: "pick", id: "c-1" }));
  }
  assert.deepEqual(results, ["", "", "OK", "OK"]);
  assert.deepEqual(JSON.parse(seen[0].body), { ConversationAction: "Pick", Id: "c-1" });
  await c.employees().me().setState({ state: 3 });
  assert.equal(JSON.parse(seen.at(-1).body).State, "DoNotDisturb");
});

test("a conversation action is not sent again after a timeout; a read is", async () => {
  // Holds the first answer past the client's timeout.
  let first = true;
  reset((req, body, res) => {
    const answer = () => { res.writeHead(200, { "content-type": "application/json" }); res.end('{"id":"q1"}'); };
    if (first) { first = false; setTimeout(answer, 400); } else answer();
  });
  const c = tokenClient({ timeoutMs: 150, retry: { baseDelayMs: 1 } });
  await miccError(() => c.queues().updateConversation("Sales", "c-1", { conversationAction: "Pick" }), "timeout");
  assert.equal(seen.length, 1, "sent once");
  first = true;
  seen.length = 0;
  await c.queues().state("Sales");
  assert.equal(seen.length, 2, "the read was retried");
});
