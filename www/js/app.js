// A plain-JavaScript live board on the micc-client package (no widget, no framework): a REST
// snapshot of every queue, then real-time updates through client.realtime.onQueueState.
// Server strings go into the page as text (textContent), never as HTML.
import { MiccClient, allItems, ready } from "/pkg/micc-client/web.js";
import { serverUrl, demoTokenProvider, keepServerInLinks, showServer } from "./server.js";

const server = serverUrl();
keepServerInLinks();
showServer(server);

const status = document.getElementById("link");
const alertBox = document.getElementById("problem");
const body = document.getElementById("board-rows");
const updated = document.getElementById("updated");
const number = new Intl.NumberFormat(document.documentElement.lang);

const STATES = {
  connecting: "Connecting…",
  connected: "Live",
  reconnecting: "Reconnecting…",
  polling: "Polling (no real-time transport)",
  disconnected: "Offline",
};

function showState(state) {
  status.dataset.link = state;
  status.textContent = STATES[state] ?? state;
}

function fail(message) {
  alertBox.hidden = false;
  alertBox.textContent = message;
}

/** The row of a queue, made on first sight; cells are found by their class. */
const rows = new Map();
function rowFor(id) {
  let tr = rows.get(id);
  if (tr) return tr;
  tr = document.createElement("tr");
  tr.className = "board-queue";
  tr.dataset.queueId = id;
  const name = document.createElement("th");
  name.scope = "row";
  name.className = "board-name";
  tr.append(name);
  for (const cls of ["board-reporting", "board-media", "board-waiting", "board-longest", "board-available", "board-dnd"]) {
    const td = document.createElement("td");
    td.className = cls;
    tr.append(td);
  }
  rows.set(id, tr);
  body.append(tr);
  return tr;
}

function cell(tr, cls, text) {
  const el = tr.querySelector(`.${cls}`);
  if (el && el.textContent !== text) el.textContent = text;
}

/** Writes one QueueState into its row. */
function render(q) {
  if (!q?.id) return;
  const tr = rowFor(q.id);
  cell(tr, "board-name", q.name ?? "");
  cell(tr, "board-reporting", q.reporting ?? "");
  cell(tr, "board-media", q.mediaType ?? "");
  cell(tr, "board-waiting", q.waitingConversations == null ? "–" : number.format(q.waitingConversations));
  cell(tr, "board-longest", q.longestWaitingConversationDuration ?? "–");
  cell(tr, "board-available", q.agentsAvailable == null ? "–" : number.format(q.agentsAvailable));
  const dnd = q.isInDoNotDisturb === true;
  cell(tr, "board-dnd", dnd ? "⛔ Do not disturb" : "Open");
  tr.classList.toggle("board-over", dnd);
  updated.textContent = new Date().toLocaleTimeString(document.documentElement.lang);
}

try {
  await ready;
  const client = new MiccClient({ server, auth: { type: "provider", getToken: demoTokenProvider(server) } });
  const queues = await allItems((odata) => client.queues().states({ odata }), 1000);
  for (const q of queues) render(q);
  document.getElementById("board").setAttribute("aria-busy", "false");
  const rt = client.realtime;
  showState(rt.state);
  rt.onStateChange((state) => showState(state));
  // One subscription for every queue; events and the snapshots after (re)subscribing land here.
  rt.onQueueState(
    queues.map((q) => q.id).filter(Boolean),
    (q) => render(q),
  );
  await rt.start();
  window.miccClient = client;
} catch (e) {
  showState("disconnected");
  fail(`The board could not load: ${e?.message ?? e}`);
}
