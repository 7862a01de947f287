// Shared by both consumer apps' entries: lists the queue states through a micc-client
// `MiccClient` and shows them in the page's table. The Mitel server is on another origin
// (?server=), as deployed.
const status = document.getElementById("status");
const body = document.getElementById("queues");

function cell(row, className, text) {
  const td = document.createElement("td");
  td.className = className;
  td.textContent = String(text);
  row.append(td);
}

export async function showQueues(MiccClient) {
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
}

export function showFailure(e) {
  status.textContent = `failed: ${e.name} ${e.kind} ${e.message}`;
}
