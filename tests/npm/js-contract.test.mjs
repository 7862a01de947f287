// The JavaScript contract of the built package (Node entry): answers parsed once and
// converted by the models' table (camelCase, enum names, RFC 3339 date-times, checked
// TimeSpans), request bodies in the server's names, AbortSignal on every call, and one
// MiccError class with an isMiccError guard. A local HTTP server stands in for the MiCC
// server. Needs `bash scripts/build-client-pkg.sh` first.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../support/sim.mjs";
import { startFakeServer } from "../support/fake-server.mjs";

const pkg = await import(pathToFileURL(path.join(ROOT, "target/pkg/micc-client/node.mjs")).href);
const { MiccClient, MiccError, isMiccError, allItems } = pkg;

// Each test sets how the stand-in server answers (`reset`) and reads what reached it (`seen`).
const fake = await startFakeServer();
const { base, seen, reset } = fake;
after(() => fake.close());

const client = (extra = {}) =>
  new MiccClient({ server: base, auth: { type: "token", token: "tok-host" }, retry: { baseDelayMs: 1 }, ...extra });

async function rejection(f) {
  try {
    await f();
  } catch (e) {
    return e;
  }
  assert.fail("expected a rejection");
}

test("answers get camelCase names, enum names and RFC 3339 date-times", async () => {
  reset(() => [200, JSON.stringify({
    count: 2,
    _links: { self: { href: "/x" } },
    _embedded: {
      items: [
        {
          ID: "a1", firstName: "Ann", CurrentState: 9, availableState: "busy", mediaType: "Voice",
          EnteredStateOn: "2026-12-01T09:30:00.1234567", LastLoginTime: "2026-12-01T08:00:00+01:00",
          AcdDurationToday: "01:02:03", Extra: "dropped",
        },
        { Id: "a2", CurrentState: 77, MediaServerType: "SomethingNew", LastLogoffTime: "2026-12-01T07:00:00Z" },
      ],
    },
  })]);
  const page = await client().agents().states();
  assert.equal(page.count, 2);
  assert.deepEqual(page._links, { self: { href: "/x" } });
  const [a, b] = page._embedded.items;
  assert.deepEqual(a, {
    id: "a1", firstName: "Ann", currentState: "DoNotDisturb", availableState: "Busy", mediaType: "Voice",
    enteredStateOn: "2026-12-01T09:30:00.1234567Z", lastLoginTime: "2026-12-01T08:00:00+01:00",
    acdDurationToday: "01:02:03",
  });
  // Values this version does not know are kept as received.
  assert.equal(b.currentState, 77);
  assert.equal(b.mediaServerType, "SomethingNew");
  assert.equal(b.lastLogoffTime, "2026-12-01T07:00:00Z");
});

test("a date-time without an offset takes the server's configured offset", async () => {
  reset(() => [200, JSON.stringify({ Id: "q", LongestWaitingStartedTime: "2026-12-01T10:00:00" })]);
  const east = await client({ serverUtcOffsetMinutes: 60 }).queues().state("q");
  assert.equal(east.longestWaitingStartedTime, "2026-12-01T10:00:00+01:00");
  const west = await client({ serverUtcOffsetMinutes: -330 }).queues().state("q");
  assert.equal(west.longestWaitingStartedTime, "2026-12-01T10:00:00-05:30");
  for (const bad of [1e300, 1440, 0.5, "60"]) {
    const e = await rejection(() => client({ serverUtcOffsetMinutes: bad }));
    assert.ok(isMiccError(e), String(e));
    assert.equal(e.kind, "invalid-argument");
  }
});

test("a malformed answer is a decode error with its JSON path", async () => {
  const cases = [
    [{ Id: "q", AgentsIdle: "three" }, "$.AgentsIdle", /expected an integer/],
    [{ Id: "q", AbandonedConversationsAverageDurationToday: "3 minutes" }, "$.AbandonedConversationsAverageDurationToday", /TimeSpan/],
    [{ Id: "q", TimeOfLastReceivedUpdate: "2026-02-30T10:00:00" }, "$.TimeOfLastReceivedUpdate", /ISO 8601/],
    [[1, 2], "$", /expected a QueueState object/],
  ];
  for (const [body, where, why] of cases) {
    reset(() => [200, JSON.stringify(body)]);
    const e = await rejection(() => client().queues().state("q"));
    assert.ok(e instanceof MiccError, String(e));
    assert.equal(e.kind, "decode");
    assert.equal(e.path, where);
    assert.match(e.message, why);
  }
  reset(() => [200, "{not json"]);
  const e = await rejection(() => client().queues().state("q"));
  assert.equal(e.kind, "decode");
  assert.equal(e.path, "$");
});

test("error texts of decode failures never show the token in use", async () => {
  const token = `tok-${"x".repeat(200)}`;
  const bodies = [
    `{"Id": 5, "note": "${token}"}`,
    // The failing value itself is the token, longer than any excerpt.
    `{"Id": "q", "AbandonedConversationsAverageDurationToday": "${token}"}`,
    `{"Id": "q", "TimeOfLastReceivedUpdate": "${token}"}`,
  ];
  for (const body of bodies) {
    reset(() => [200, body]);
    const e = await rejection(() => new MiccClient({ server: base, auth: { type: "token", token } }).queues().state("q"));
    assert.equal(e.kind, "decode");
    assert.ok(!e.message.includes(token.slice(0, 30)), e.message);
    assert.ok(e.message.length <= 1100, `bounded: ${e.message.length}`);
  }
});

test("request bodies are sent in the server's names, with enum names", async () => {
  reset(() => [200, ""]);
  await client().employees().me().setState({ state: 3 });
  assert.equal(JSON.parse(seen.at(-1).body).State, "DoNotDisturb");
  const e = await rejection(() => client().employees().me().setState({ state: { no: 1 } }));
  assert.ok(isMiccError(e));
  assert.equal(e.kind, "invalid-argument");
  assert.match(e.message, /body at \$\.state/);
  // Unknown properties are not sent (a cycle through one does not matter).
  const cyclic = { state: "busy" };
  cyclic.self = cyclic;
  await client().employees().me().setState(cyclic);
  assert.deepEqual(JSON.parse(seen.at(-1).body), { State: "Busy" });
  const sent = seen.length;
  const hostile = [{ state: "Busy", reason: 10n }, { get state() { throw new Error("getter"); } }];
  for (const body of hostile) {
    const e = await rejection(() => client().employees().me().setState(body));
    assert.ok(isMiccError(e), String(e));
    assert.equal(e.kind, "invalid-argument");
  }
  assert.equal(seen.length, sent, "nothing was sent");
});

test("an AbortSignal cancels the call and the request", async () => {
  // The server never answers: only the abort ends the call.
  reset(() => undefined);
  const controller = new AbortController();
  const call = client().queues().state("Sales", { signal: controller.signal });
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(seen.length, 1, "the request reached the server");
  const reason = new Error("user navigated away");
  controller.abort(reason);
  const e = await rejection(() => call);
  assert.ok(e instanceof MiccError);
  assert.equal(e.kind, "aborted");
  assert.equal(e.cause, reason);
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(seen[0].closed, true, "the connection was closed by the client");
});

test("an aborted signal sends nothing; a signal that is not one is refused", async () => {
  reset(() => [200, "{}"]);
  const e = await rejection(() => client().queues().state("Sales", { signal: AbortSignal.abort() }));
  assert.equal(e.kind, "aborted");
  assert.equal(seen.length, 0);
  const bad = await rejection(() => client().queues().state("Sales", { signal: { aborted: true } }));
  assert.equal(bad.kind, "invalid-argument");
  // A signal that never fires leaves the call alone.
  reset(() => [200, JSON.stringify({ Id: "q" })]);
  const state = await client().queues().state("Sales", { signal: new AbortController().signal });
  assert.equal(state.id, "q");
});

test("an abort during the retry wait stops the retries", async () => {
  reset(() => [503, "busy"]);
  const controller = new AbortController();
  const c = client({ retry: { baseDelayMs: 400, maxDelayMs: 400, maxRetries: 5 } });
  const call = c.queues().state("Sales", { signal: controller.signal });
  await new Promise((r) => setTimeout(r, 50));
  controller.abort();
  const e = await rejection(() => call);
  assert.equal(e.kind, "aborted");
  const sent = seen.length;
  await new Promise((r) => setTimeout(r, 900));
  assert.equal(seen.length, sent, "no retry after the abort");
});

test("every failure is a MiccError, from the constructor to the answer", async () => {
  const sync = (() => {
    try {
      new MiccClient({ server: 5 });
    } catch (e) {
      return e;
    }
  })();
  assert.ok(sync instanceof MiccError);
  assert.ok(sync instanceof Error);
  assert.equal(sync.kind, "invalid-argument");
  reset(() => [404, "{}"]);
  const status = await rejection(() => client().queues().state("nope"));
  assert.ok(status instanceof MiccError);
  assert.equal(status.kind, "status");
  assert.equal(status.status, 404);
  assert.ok(isMiccError(status));
  // The guard also knows an error of another copy of the package, and nothing else.
  const foreign = Object.assign(new Error("x"), { name: "MiccError", kind: "network" });
  assert.ok(isMiccError(foreign));
  assert.ok(!isMiccError(new Error("x")));
  assert.ok(!isMiccError({ name: "MiccError", kind: "network" }));
  assert.ok(!isMiccError(null));
});

test("allItems follows the server's next links", async () => {
  // Pages of 2 out of 5, the next link carrying the server's own $skip and $top.
  const all = ["a", "b", "c", "d", "e"];
  reset((req) => {
    const u = new URL(req.url, base);
    const skip = Number(u.searchParams.get("$skip") ?? 0);
    const top = Number(u.searchParams.get("$top") ?? 2);
    const items = all.slice(skip, skip + Math.min(top, 2)).map((Id) => ({ Id }));
    const next = skip + items.length < all.length
      ? { next: { href: `/miccsdk/api/v1/queues?$skip=${skip + items.length}&$top=2` } }
      : {};
    return [200, JSON.stringify({ count: all.length, _links: next, _embedded: { items } })];
  });
  const c = client();
  const asked = [];
  const items = await allItems((o) => {
    asked.push(o);
    return c.queues().list({ odata: o });
  }, 100, 50);
  assert.deepEqual(items.map((q) => q.id), all);
  assert.deepEqual(asked.slice(1), [{ skip: 2, top: 2 }, { skip: 4, top: 2 }]);
});
