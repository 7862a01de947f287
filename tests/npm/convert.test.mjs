// The package's JavaScript conversion of answers and request bodies (js/convert.js), held to
// the same rules as the Rust typed decoder: the shared scalar corpus, JSON.NET's camelCase,
// keys in any case (the first of two spellings wins), enums in both wire forms, open models,
// HAL pages, and JSON paths in errors. Runs on the source files; no build needed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../support/sim.mjs";

const { convert, camelCase, isTimeSpan, rfc3339, responseType, requestType, JS, REQUEST, ShapeError } =
  await import(path.join(ROOT, "crates/micc-client/js/convert.js"));
const shapes = await import(path.join(ROOT, "crates/micc-client/js/shapes_generated.js"));
const { MODELS } = shapes;

const corpus = JSON.parse(readFileSync(path.join(ROOT, "crates/micc-client/tests/fixtures/scalar-corpus.json"), "utf8"));
const ctx = { offset: "Z" };
const model = (name) => `m${MODELS.findIndex((m) => m[0] === name)}`;

test("TimeSpans are read as the shared corpus says (as the Rust reader does)", () => {
  for (const [text, valid] of corpus.timeSpans) assert.equal(isTimeSpan(text), valid, JSON.stringify(text));
});

test("date-times are read and written as RFC 3339 as the shared corpus says", () => {
  for (const [text, rfc] of corpus.dateTimes) assert.equal(rfc3339(text, "Z"), rfc, JSON.stringify(text));
  assert.equal(rfc3339("2026-12-01T10:00:00", "-03:30"), "2026-12-01T10:00:00-03:30");
  assert.equal(rfc3339("2026-12-01T10:00:00+01:00", "-03:30"), "2026-12-01T10:00:00+01:00");
});

test("camelCase follows JSON.NET (as micc_api::camel_case)", () => {
  const cases = [
    ["WaitingConversations", "waitingConversations"], ["ANI", "ani"], ["DNIS", "dnis"],
    ["IsEnabledForSMS", "isEnabledForSMS"], ["URLValue", "urlValue"], ["Id", "id"], ["id", "id"],
    ["ID", "id"], ["_links", "_links"], ["count", "count"], ["CoacherDN", "coacherDN"],
    ["SX200ACD", "sX200ACD"], ["CTIServer", "ctiServer"], ["A", "a"], ["", ""], ["FOO bar", "foo bar"],
  ];
  for (const [pascal, camel] of cases) assert.equal(camelCase(pascal), camel, pascal);
});

test("keys in any case; the first of two spellings wins; unknown keys are dropped", () => {
  const ty = model("QueueState");
  const out = convert({ NAME: "Sales", name: "ignored", WaitingConversations: 3, extra: 1 }, ty, JS, ctx);
  assert.deepEqual(out, { name: "Sales", waitingConversations: 3 });
  // The same object in the servers' camelCase is converted in place, without a copy.
  const camel = { name: "Sales", waitingConversations: 3, mediaType: 1 };
  const same = convert(camel, ty, JS, ctx);
  assert.equal(same, camel);
  assert.equal(same.mediaType, "Voice");
});

test("objects of one answer with different key lists are each converted by their own keys", () => {
  const ty = `p${model("AgentState")}`;
  const page = {
    count: 3,
    _embedded: {
      items: [
        { id: "a", currentState: 9, acdDurationToday: "00:01:00" },
        { id: "b", acdDurationToday: "00:02:00", currentState: 2 },
        { id: "c", currentState: "busy", reason: null, Extra: true },
      ],
    },
  };
  const out = convert(page, ty, JS, ctx);
  assert.deepEqual(out._embedded.items, [
    { id: "a", currentState: "DoNotDisturb", acdDurationToday: "00:01:00" },
    { id: "b", acdDurationToday: "00:02:00", currentState: "Idle" },
    { id: "c", currentState: "busy", reason: null },
  ]);
  assert.throws(
    () => convert({ _embedded: { items: [{ id: "a" }, { id: "b", currentState: [] }] } }, ty, JS, ctx),
    (e) => e instanceof ShapeError && e.path === "$._embedded.items[1].currentState",
  );
});

test("enums: integers, names in any case and numeric strings; unknown values kept", () => {
  const ty = model("AgentState");
  const states = [9, "DONOTDISTURB", " 9 ", "9", 99, "Brand new"].map(
    (s) => convert({ currentState: s }, ty, JS, ctx).currentState,
  );
  assert.deepEqual(states, ["DoNotDisturb", "DoNotDisturb", "DoNotDisturb", "DoNotDisturb", 99, "Brand new"]);
  assert.throws(() => convert({ currentState: true }, ty, JS, ctx), /AgentCurrentState/);
});

test("request bodies: the reference's names and enum names", () => {
  const ty = requestType("Employee_UpdateEmployeeState");
  assert.deepEqual(convert({ state: 3, reason: "12", extra: 1 }, ty, REQUEST, ctx), { State: "DoNotDisturb", Reason: "12" });
  assert.deepEqual(convert({ STATE: "away" }, ty, REQUEST, ctx), { State: "Away" });
  const action = requestType("Queue_UpdateQueueConversation");
  for (const given of ["pick", "Pick", 9]) {
    assert.deepEqual(convert({ conversationAction: given, id: "c-1" }, action, REQUEST, ctx), { ConversationAction: "Pick", Id: "c-1" }, String(given));
  }
  // A value this version does not know goes out as it was given.
  assert.deepEqual(convert({ conversationAction: "Snooze" }, action, REQUEST, ctx), { ConversationAction: "Snooze" });
  assert.equal(requestType("Queue_GetQueueState"), undefined);
  assert.equal(responseType("Queue_GetQueueState"), model("QueueState"));
});

test("every operation has an answer type and every type code resolves", () => {
  const ops = Object.keys(shapes.RESPONSES);
  assert.ok(ops.length >= 130, `${ops.length} operations`);
  for (const op of ops) assert.doesNotThrow(() => convert(null, responseType(op), JS, ctx), op);
});

test("wrong kinds are errors with the path as received", () => {
  const ty = model("QueueState");
  const cases = [
    [{ WaitingConversations: "3" }, "$.WaitingConversations", /expected an integer, got a string/],
    [{ waitingConversations: 1.5 }, "$.waitingConversations", /expected an integer, got a number/],
    [{ name: 5 }, "$.name", /expected a string, got a number/],
    [{ abandonedConversationsAverageDurationToday: "soon" }, "$.abandonedConversationsAverageDurationToday", /TimeSpan/],
    [{ longestWaitingStartedTime: 0 }, "$.longestWaitingStartedTime", /date-time/],
    ["Sales", "$", /expected a QueueState object, got a string/],
  ];
  for (const [value, where, why] of cases) {
    assert.throws(() => convert(value, ty, JS, ctx), (e) => e instanceof ShapeError && e.path === where && why.test(e.message), where);
  }
});

test("every model's samples convert as the typed Rust models decode them (shared fixture)", () => {
  const { cases } = JSON.parse(readFileSync(path.join(ROOT, "crates/micc-client/tests/fixtures/shape-samples.json"), "utf8"));
  assert.ok(cases.length >= 100, `${cases.length} samples`);
  const wrong = [];
  for (const c of cases) {
    // convert() may reuse the parsed object: give each form its own copy.
    const js = convert(structuredClone(c.input), c.type, JS, ctx);
    try {
      assert.deepEqual(js, c.js);
    } catch {
      wrong.push(`${c.model} (JavaScript form): ${JSON.stringify(js).slice(0, 300)}`);
    }
    const request = convert(structuredClone(c.input), c.type, REQUEST, ctx);
    try {
      assert.deepEqual(request, c.request);
    } catch {
      wrong.push(`${c.model} (request form): ${JSON.stringify(request).slice(0, 300)}`);
    }
  }
  assert.deepEqual(wrong, []);
});
