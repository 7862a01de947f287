// The consumer app both bundlers build: it lists the queue states through micc-client and
// shows them in a table. The Mitel server is on another origin (?server=), as deployed.
import { MiccClient, ready } from "micc-client";

const status = document.getElementById("status");
const body = document.getElementById("queues");

function cell(row, className, text) {
  const td = document.createElement("td");
  td.className = className;
  td.textContent = String(text);
  row.append(td);
}

try {
  await ready;
  const server = new URLSearchParams(location.search).get("server") ?? location.origin;
  const client = new MiccClient({ server, auth: { type: "password", username: "supervisor", password: "supervisor" } });
  const states = await client.queues().states();
  for (const q of states._embedded.items) {
    const row = document.createElement("tr");
    row.dataset.id = q.id;
    cell(row, "name", q.name);
    cell(row, "media", q.mediaType);
    cell(row, "waiting", q.waitingConversations);
    body.append(row);
  }
  status.dataset.count = String(states.count);
  status.textContent = "done";
} catch (e) {
  status.textContent = `failed: ${e.name} ${e.kind} ${e.message}`;
}
