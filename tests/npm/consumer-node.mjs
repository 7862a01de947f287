// A Node 20 program using the packed micc-client like any npm user would.
import { MiccClient, allItems, odataString } from "micc-client";

const [server] = process.argv.slice(2);
const client = new MiccClient({ server, auth: { type: "password", username: "supervisor", password: "supervisor" } });

const states = await client.queues().states();
const me = await client.employees().me().state();
const voice = await client.queues().list({ odata: { filter: `MediaType eq ${odataString("Voice")}`, orderby: "Name desc" } });
const agents = await allItems((odata) => client.agents().states({ odata }), 10000, 50);
let error;
try {
  await client.queues().state("no-such-queue");
} catch (e) {
  error = { name: e.name, kind: e.kind, status: e.status, isError: e instanceof Error };
}
let invalid;
try {
  await client.queues().state("Sales", { odata: { top: 5 } });
} catch (e) {
  invalid = e.kind;
}
console.log(JSON.stringify({ states, me, voice, agents: agents.length, agentIds: new Set(agents.map((a) => a.id)).size, error, invalid }));
