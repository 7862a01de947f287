// Shared by the real-time tests: the built package, a simulator, and waiting for things.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../support/sim.mjs";

export const pkg = await import(pathToFileURL(path.join(ROOT, "target/pkg/micc-client/node.mjs")).href);

export const SUPERVISOR = { type: "password", username: "supervisor", password: "supervisor" };

/** Resolves once `check()` is truthy (polled every 25 ms); rejects after `ms` with `what`. */
export async function waitFor(check, ms, what) {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const admin = async (sim, method, route, body) => {
  const r = await fetch(`${sim.url}/admin/${route}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`admin ${route}: HTTP ${r.status}`);
  const text = await r.text();
  return text ? JSON.parse(text) : undefined;
};

/** The simulator's SignalR connections (GET /admin/signalr/connections). */
export const connections = (sim) => admin(sim, "GET", "signalr/connections");

/** Records every state change and detail of a Realtime. */
export function recordStates(rt) {
  const seen = [];
  rt.onStateChange((state, detail) => seen.push({ state, detail, at: Date.now() }));
  return seen;
}

/** A queue state without what changes by itself between two reads. */
export const stable = (q) => q && { id: q.id, name: q.name, dnd: q.isInDoNotDisturb, waiting: q.waitingConversations };
