// REST as public pages written against real servers use it: a standalone page on another
// origin than the server, jQuery's $.ajax with an `application/json` content type and a
// hand-written JSON.NET-style string body (single quotes, unquoted names), exactly the
// patterns of wire-facts.md. Each write must be accepted by micc-sim and take effect, which
// the test checks through the API afterwards.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startSim, ROOT } from "../support/sim.mjs";
import { launchBrowser } from "../support/browser.mjs";
import { startStatic } from "../support/static.mjs";

let sim;
let quiet;
let site;
let browser;
let www;

// The page's side: a login and one request helper in the samples' style.
const HARNESS = `
window.miccLogin = function (server, username, password) {
  return new Promise(function (resolve, reject) {
    $.ajax({
      type: "POST",
      url: server + "/authorizationserver/token",
      data: "grant_type=password&username=" + username + "&password=" + password,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    }).done(function (data) {
      window.server = server;
      window.bearer = data.access_token;
      resolve(true);
    }).fail(function (xhr) { reject(new Error("login " + xhr.status + " " + xhr.responseText)); });
  });
};
// A trusted kiosk's way in: client credentials on behalf of an employee (Impersonate).
window.miccLoginAs = function (server, username) {
  return new Promise(function (resolve, reject) {
    $.ajax({
      type: "POST",
      url: server + "/authorizationserver/token",
      data: "grant_type=client_credentials&client_id=wallboard&client_secret=wallboard-secret",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Impersonate: username },
    }).done(function (data) {
      window.server = server;
      window.bearer = data.access_token;
      resolve(true);
    }).fail(function (xhr) { reject(new Error("login " + xhr.status + " " + xhr.responseText)); });
  });
};
window.miccRequest = function (method, sub, body) {
  return new Promise(function (resolve) {
    $.ajax({
      type: method,
      url: window.server + "/miccsdk/api/v1/" + sub,
      headers: { Authorization: "Bearer " + window.bearer, "content-type": "application/json" },
      data: body,
    }).done(function (data, _s, xhr) {
      resolve({ status: xhr.status, data: data === undefined ? null : data });
    }).fail(function (xhr) {
      resolve({ status: xhr.status, text: xhr.responseText });
    });
  });
};
`;

before(async () => {
  www = mkdtempSync(path.join(tmpdir(), "micc-samples-"));
  copyFileSync(path.join(ROOT, "tests/node_modules/jquery/dist/jquery.js"), path.join(www, "jquery.js"));
  writeFileSync(path.join(www, "harness.js"), HARNESS);
  writeFileSync(
    path.join(www, "index.html"),
    `<!doctype html><html><head><meta charset="utf-8"><title>samples</title>
<script src="jquery.js"></script><script src="harness.js"></script></head><body></body></html>`,
  );
  // Frozen clocks (at the harness's busy hour): what a write did is still there when the test
  // reads it. Presence is written in a world without arrivals, where nobody is on a
  // conversation: the aggregate presence is Busy while every media of an agent is occupied.
  sim = await startSim(["--speed", "0"]);
  quiet = await startSim(["--speed", "0", "--arrival-scale", "0"]);
  site = await startStatic({ "/": www });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await sim?.stop();
  await quiet?.stop();
  if (www) rmSync(www, { recursive: true, force: true });
});

/** A page on the site's origin, signed in as `user` against `server`'s origin. */
async function pageAs(user, server = sim, { impersonate = false } = {}) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Not the simulator's origin: this is the cross-origin deployment of the samples.
  await page.goto(`${site.url}/index.html`);
  assert.notEqual(new URL(site.url).origin, new URL(server.url).origin);
  if (impersonate) await page.evaluate(([s, u]) => miccLoginAs(s, u), [server.url, user]);
  else await page.evaluate(([s, u]) => miccLogin(s, u, u), [server.url, user]);
  const request = (method, sub, body = null) =>
    page.evaluate(([m, p, b]) => miccRequest(m, p, b), [method, sub, body]);
  return { page, request, errors };
}

function items(answer) {
  assert.equal(answer.status, 200, JSON.stringify(answer));
  return answer.data._embedded.items;
}

test("Busy and Do Not Disturb with a reason code id, then Available with 'reason': 'undefined'", async () => {
  const { request, errors, page } = await pageAs("agent", quiet);
  const codes = items(await request("GET", "employees/me/busyreasoncodes"));
  const busy = codes.find((c) => c.type === "Busy");
  const dnd = codes.find((c) => c.type === "Dnd");
  assert.ok(busy && dnd, "the agent has Busy and Dnd reason codes");

  for (const [state, code] of [["Busy", busy], ["DoNotDisturb", dnd]]) {
    const put = await request("PUT", "employees/me/state", `{
        'state': '${state}',
        'reason': '${code.id}'
    }`);
    assert.ok(put.status >= 200 && put.status < 300, JSON.stringify(put));
    const now = await request("GET", "employees/me/state");
    assert.equal(now.status, 200);
    assert.equal(now.data.presence.aggregate.acdState, state === "Busy" ? "Busy" : "DoNotDisturb");
    // The reason is the code the page chose, whichever way the server names it.
    assert.ok(
      [code.id, code.name].includes(now.data.presence.aggregate.reason),
      `reason ${now.data.presence.aggregate.reason} is ${code.name}`,
    );
  }

  const available = await request("PUT", "employees/me/state", `{
        'state': 'Available',
        'reason': 'undefined'
    }`);
  assert.ok(available.status >= 200 && available.status < 300, JSON.stringify(available));
  const now = await request("GET", "employees/me/state");
  assert.equal(now.data.presence.aggregate.acdState, "Available");
  assert.notEqual(now.data.presence.aggregate.reason, "undefined");
  assert.deepEqual(errors, []);
  await page.close();
});

test("agent-group presence: the page's read, changed and sent back, for one group and for all", async () => {
  const { request, page } = await pageAs("agent", quiet);
  const groups = items(await request("GET", "employees/me/agentgrouppresence"));
  assert.ok(groups.length > 0);
  for (const g of groups) {
    assert.ok(g.id && g.name !== undefined && Array.isArray(g.statuses), JSON.stringify(g));
    for (const s of g.statuses) assert.ok(["Present", "NotPresent"].includes(s.status), JSON.stringify(s));
  }
  const first = groups[0];
  const flipped = first.statuses[0].status === "Present" ? "NotPresent" : "Present";
  // One group, as the sample's join/leave buttons send it.
  const one = {
    id: first.id,
    name: first.name,
    reporting: first.reporting,
    statuses: first.statuses.map((s) => ({ id: s.id, type: s.type, status: flipped })),
  };
  const put = await request("PUT", `employees/me/agentgrouppresence/${first.id}`, JSON.stringify(one));
  assert.ok(put.status >= 200 && put.status < 300, JSON.stringify(put));
  let after = items(await request("GET", "employees/me/agentgrouppresence"));
  assert.ok(after.find((g) => g.id === first.id).statuses.every((s) => s.status === flipped));
  // The agent state says the same through presentInAgentGroups (agent-group ids).
  const agentId = first.statuses[0].id;
  const agent = await request("GET", `agents/${agentId}/state`);
  assert.equal(agent.status, 200);
  assert.equal(agent.data.presentInAgentGroups.includes(first.id), flipped === "Present");

  // The whole collection back, every group and media made present ("Join All").
  const all = {
    _embedded: {
      items: after.map((g) => ({ ...g, statuses: g.statuses.map((s) => ({ ...s, status: "Present" })) })),
    },
  };
  const putAll = await request("PUT", "employees/me/agentgrouppresence", JSON.stringify(all));
  assert.ok(putAll.status >= 200 && putAll.status < 300, JSON.stringify(putAll));
  after = items(await request("GET", "employees/me/agentgrouppresence"));
  assert.ok(after.every((g) => g.statuses.every((s) => s.status === "Present")), JSON.stringify(after));
  await page.close();
});

/** The simulator's API from the test itself (not the page): reads and admin actions. */
async function api(server, token, sub) {
  const res = await fetch(`${server.url}/miccsdk/api/v1/${sub}`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200, sub);
  return res.json();
}
async function admin(server, sub, body) {
  const res = await fetch(`${server.url}/admin/${sub}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  assert.ok(res.ok, `admin ${sub}: ${res.status}`);
}
async function supervisorToken(server) {
  const res = await fetch(`${server.url}/authorizationserver/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=password&username=supervisor&password=supervisor",
  });
  return (await res.json()).access_token;
}

/** Everyone steps away, so work waits in every queue instead of being routed at once. */
let everyoneAway;
function stepAway() {
  everyoneAway ??= (async () => {
    const token = await supervisorToken(sim);
    const people = (await api(sim, token, "employees?$top=500"))._embedded.items;
    for (const e of people) await admin(sim, `employees/${e.username}/state`, { presence: "Away" });
    await admin(sim, "clock/advance", { seconds: 900 });
    return token;
  })();
  return everyoneAway;
}

/**
 * An employee with an agent of `media` and a conversation waiting in one of their queues:
 * { username, queue, conversation }. The clock moves on until something waits.
 */
async function waitingWork(media, skip = []) {
  const token = await stepAway();
  for (let round = 0; round < 8; round++) {
    const agents = (await api(sim, token, "agents/states?$top=500"))._embedded.items.filter(
      (a) => a.mediaType === media && a.currentActive === 0,
    );
    for (const a of agents) {
      const emp = await api(sim, token, `employees/${a.employeeRefId}`);
      if (skip.includes(emp.username)) continue;
      const queues = (await api(sim, token, `employees/${emp.id}/queues`))._embedded.items;
      for (const q of queues.filter((q) => q.mediaType === media)) {
        const waiting = (await api(sim, token, `queues/${q.id}/conversations`))._embedded.items;
        if (waiting.length > 0) return { username: emp.username, queue: q, conversation: waiting[0] };
      }
    }
    await admin(sim, "clock/advance", { seconds: 600 });
  }
  assert.fail(`no ${media} conversation waits for an agent of that media`);
}

test("Pick from the queue, then Accept as me with tags, for queued email, SMS and open media", async () => {
  for (const media of ["Email", "Sms", "OpenMedia"]) {
    const { username, queue, conversation } = await waitingWork(media);
    const { request, page, errors } = await pageAs(username, sim, { impersonate: true });
    const id = conversation.conversationId;
    const pick = await request("PUT", `queues/${queue.id}/conversations/${id}`, `{
            conversationAction: 'Pick',
            id: '${id}'
            }`);
    assert.ok(pick.status >= 200 && pick.status < 300, `${media} pick: ${JSON.stringify(pick)}`);
    const tags = [{ key: "emailAcceptType", value: "ReplyAll" }];
    const accept = await request("PUT", `employees/me/conversations/${id}`, `{
            conversationAction: 'Accept',
            id: '${id}',
            tags: ${JSON.stringify(tags)}
            }`);
    assert.ok(accept.status >= 200 && accept.status < 300, `${media} accept: ${JSON.stringify(accept)}`);
    const waiting = items(await request("GET", `queues/${queue.id}/conversations`));
    assert.ok(!waiting.some((c) => c.conversationId === id), `${media} item left the queue`);
    const mine = items(await request("GET", "employees/me/conversations"));
    const accepted = mine.find((c) => c.conversationId === id);
    assert.ok(accepted, `${media} item is in my inbox`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("NoReply and Junk close queued email, SMS and open media and remove them from the queue", async () => {
  const used = [];
  for (const media of ["Email", "Sms", "OpenMedia"]) {
    for (const action of ["NoReply", "Junk"]) {
      const { username, queue, conversation } = await waitingWork(media, used);
      const { request, page } = await pageAs(username, sim, { impersonate: true });
      const id = conversation.conversationId;
      const before = (await request("GET", `queues/${queue.id}/state`)).data.waitingConversations;
      const put = await request("PUT", `queues/${queue.id}/conversations/${id}`, `{
            conversationAction: '${action}',
            id: '${id}'
            }`);
      assert.ok(put.status >= 200 && put.status < 300, `${media} ${action}: ${JSON.stringify(put)}`);
      const left = items(await request("GET", `queues/${queue.id}/conversations`));
      assert.ok(!left.some((c) => c.conversationId === id), `${media} ${action} removed it`);
      const after = (await request("GET", `queues/${queue.id}/state`)).data.waitingConversations;
      assert.equal(after, before - 1, `${media} ${action}: the waiting count drops by one`);
      await page.close();
    }
  }
});

test("an open-media item posted as the node sample does is created and waits in its queue", async () => {
  await stepAway();
  const { request, page } = await pageAs("supervisor");
  const queues = items(await request("GET", "openmedia/queues"));
  assert.ok(queues.length > 0, "an open-media queue exists");
  const post = await request("POST", "openmedia", `{
      queueId: '${queues[0].id}',
      subject: 'Callback request',
      fromAddress: 'web-form',
      fromName: 'Pat'
  }`);
  assert.equal(post.status, 201, JSON.stringify(post));
  const waiting = items(await request("GET", `queues/${queues[0].id}/conversations`));
  assert.ok(waiting.some((c) => c.subject === "Callback request"), JSON.stringify(waiting.map((c) => c.subject)));
  await page.close();
});

test("what JSON.NET refuses is still a 400 naming the path; an unreadable media type is a 415", async () => {
  const { request, page } = await pageAs("agent");
  const bad = await request("PUT", "employees/me/state", `{ 'state': }`);
  assert.equal(bad.status, 400, JSON.stringify(bad));
  const text = await page.evaluate(
    () =>
      new Promise((resolve) =>
        $.ajax({
          type: "PUT",
          url: window.server + "/miccsdk/api/v1/employees/me/state",
          headers: { Authorization: "Bearer " + window.bearer, "content-type": "text/plain" },
          data: "{'state':'Busy'}",
        }).always((_a, _b, c) => resolve((c && c.status) || _a.status)),
      ),
  );
  assert.equal(text, 415);
  await page.close();
});
