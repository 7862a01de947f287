// The real-time figures of micc-client in headless Chromium (run by scripts/bench/realtime.sh,
// which builds the package and the simulator first). Prints Markdown tables on stdout,
// progress on stderr.
//
// A board page (realtime-page/index.html, served from another origin than the simulator)
// loads the built package and subscribes 20 queues with client.realtime.onQueueState. This
// process drives queue-state changes through the simulator's admin endpoint
// (POST /admin/queues/{id}/dnd, toggled, round robin over the 20 queues) and matches every
// change to its callback in the page. One clock: Date.now() here just before each admin
// request is written, Date.now() in the page's callback; both read the same system clock.
//
//   MICC_SIM_BIN=target/sim/micc-sim node scripts/bench/realtime.mjs \
//     [--measure 12] [--warmup 2] [--rates 20,200] [--wire-seconds 30] [--wire-rates 2,20]
//     [--drops 12] [--only latency|drops]   (--only: try one part alone; prints no record)
import http from "node:http";
import path from "node:path";
import { startSim, ROOT } from "../../tests/support/sim.mjs";
import { startStatic } from "../../tests/support/static.mjs";
import { launchBrowser } from "../../tests/support/browser.mjs";
import { startCountingProxy, diff } from "./counting-proxy.mjs";

const opt = { measure: 12, warmup: 2, "wire-seconds": 30, "wire-rates": "2,20", drops: 12, rates: "20,200", only: "" };
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i].replace(/^--/, "");
  if (!(k in opt) || process.argv[i + 1] === undefined) {
    console.error(`unknown or incomplete argument ${process.argv[i]}`);
    process.exit(2);
  }
  opt[k] = typeof opt[k] === "number" ? Number(process.argv[i + 1]) : process.argv[i + 1];
}
const RATES = opt.rates.split(",").map(Number);
const WIRE_RATES = opt["wire-rates"].split(",").map(Number);
const BOARD = 20;

const log = (...a) => console.error("[realtime]", ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Keep-alive connections to the admin endpoint, as a load generator would hold them.
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
function request(base, method, p, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(p, base), { method, agent, headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * p))];
}
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : "n/a");
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const int = (n) => Math.round(n).toLocaleString("en-US");

/**
 * Drives changes at `rate` a second for `seconds` over the board's queues; resolves to the
 * list of changes [{ id, on, t }] (t: Date.now() just before the request was written).
 */
async function drive(sim, ids, dnd, rate, seconds) {
  const changes = [];
  const pending = [];
  let failed = 0;
  const start = Date.now();
  let n = 0;
  while (Date.now() - start < seconds * 1000) {
    const due = Math.floor(((Date.now() - start) * rate) / 1000) + 1;
    while (n < due) {
      const id = ids[n % ids.length];
      dnd[id] = !dnd[id];
      const on = dnd[id];
      n += 1;
      const t = Date.now();
      changes.push({ id, on, t });
      pending.push(
        request(sim, "POST", `/admin/queues/${encodeURIComponent(id)}/dnd`, JSON.stringify({ on })).then(
          (r) => r.status === 204 || (failed += 1),
          () => (failed += 1),
        ),
      );
    }
    await sleep(Math.max(1, Math.min(20, 1000 / rate / 2)));
  }
  await Promise.all(pending);
  if (failed) throw new Error(`${failed} admin requests failed`);
  return changes;
}

/**
 * Matches changes to the page's receipts queue by queue, in order: a change's receipt is the
 * next event of its queue, received after the change was requested, carrying its state.
 */
function match(changes, receipts, from, to) {
  const byQueue = new Map();
  for (const r of receipts) {
    if (r[3]) continue; // snapshots
    if (!byQueue.has(r[1])) byQueue.set(r[1], []);
    byQueue.get(r[1]).push(r);
  }
  const pos = new Map();
  const latencies = [];
  let lost = 0;
  for (const c of changes) {
    const list = byQueue.get(c.id) ?? [];
    let j = pos.get(c.id) ?? 0;
    while (j < list.length && list[j][0] < c.t) j += 1;
    const r = list[j];
    const counted = c.t >= from && c.t < to;
    if (r && r[2] === c.on) {
      pos.set(c.id, j + 1);
      if (counted) latencies.push(r[0] - c.t);
    } else if (counted) {
      lost += 1;
    }
  }
  latencies.sort((a, b) => a - b);
  return { latencies, lost };
}

async function openBoard(context, site, server, mode, ids, extra = "") {
  const page = await context.newPage();
  page.on("pageerror", (e) => log(`${mode} page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && log(`${mode} console: ${m.text()}`));
  const url = `${site}/?server=${encodeURIComponent(server)}&mode=${mode}&ids=${encodeURIComponent(ids.join(","))}${extra}`;
  await page.goto(url);
  await page.waitForFunction(() => window.bench && (window.bench.ready || window.bench.error), null, { timeout: 30000 });
  const error = await page.evaluate(() => window.bench.error);
  if (error) throw new Error(`${mode} board failed: ${error}`);
  return page;
}

const transportName = { ws: "WebSockets", lp: "long polling" };

async function latency(context, site, sim, ids, dnd) {
  const rows = [];
  for (const mode of ["ws", "lp"]) {
    const page = await openBoard(context, site, sim, mode, ids);
    const transport = await page.evaluate(() => window.bench.client.realtime.transport);
    if (transport !== (mode === "ws" ? "webSockets" : "longPolling")) throw new Error(`${mode}: connected over ${transport}`);
    for (const rate of RATES) {
      log(`latency: ${transportName[mode]} at ${rate}/s`);
      await page.evaluate(() => (window.bench.log = []));
      const changes = await drive(sim, ids, dnd, rate, opt.warmup + opt.measure);
      await sleep(1000); // the last changes' events
      const receipts = await page.evaluate(() => window.bench.log.splice(0));
      const from = changes[0].t + opt.warmup * 1000;
      const { latencies, lost } = match(changes, receipts, from, from + opt.measure * 1000);
      rows.push({ transport: transportName[mode], rate, n: latencies.length, lost, p50: percentile(latencies, 0.5), p90: percentile(latencies, 0.9), p99: percentile(latencies, 0.99), max: latencies.at(-1) });
    }
    await page.close();
  }
  return rows;
}

async function wire(context, site, sim, ids, dnd) {
  const results = [];
  for (const rate of WIRE_RATES) {
    // One proxy per board, so that each count is that board's alone.
    const boards = [];
    try {
      for (const mode of ["ws", "lp", "poll"]) {
        const board = { mode, proxy: await startCountingProxy(sim) };
        boards.push(board);
        board.page = await openBoard(context, site, board.proxy.url, mode, ids);
      }
      log(`wire: three boards at ${rate} changes/s for ${opt["wire-seconds"]} s`);
      await sleep(1000);
      const before = boards.map((b) => b.proxy.counts());
      await drive(sim, ids, dnd, rate, opt["wire-seconds"]);
      const after = boards.map((b) => b.proxy.counts());
      boards.forEach((b, i) => results.push({ rate, mode: b.mode, setup: before[i], window: diff(before[i], after[i]) }));
    } finally {
      for (const b of boards) {
        await b.page?.close().catch(() => {});
        await b.proxy.stop();
      }
    }
  }
  return results;
}

// Drops the board's WebSocket, changes 5 queues while it is away, and times how long until
// the board's last state of every queue equals the simulator's.
async function drops(context, site, sim, ids, dnd, policy) {
  const page = await openBoard(context, site, sim, "ws", ids, policy ? `&policy=${policy}` : "");
  await page.evaluate(() => (window.bench.keepText = true));
  // Every queue once, so that the board's last model of each has its text to compare.
  for (const id of ids) {
    dnd[id] = !dnd[id];
    await request(sim, "POST", `/admin/queues/${encodeURIComponent(id)}/dnd`, JSON.stringify({ on: dnd[id] }));
  }
  await sleep(500);
  const times = [];
  // The recovery without the reconnect policy's waits: what the client and server take.
  const overheads = [];
  let restored = 0;
  let unmatched = 0;
  try {
    for (let i = 0; i < opt.drops; i += 1) {
      await page.waitForFunction(() => window.bench.client.realtime.state === "connected", null, { timeout: 30000 });
      // A settled board: every queue's last model is one with its text.
      for (const id of ids.slice(0, 5)) {
        dnd[id] = !dnd[id];
        await request(sim, "POST", `/admin/queues/${encodeURIComponent(id)}/dnd`, JSON.stringify({ on: dnd[id] }));
      }
      await sleep(300);
      await page.evaluate(() => {
        window.bench.states = [];
        window.bench.waits.length = 0;
      });
      const t0 = Date.now();
      const r = await request(sim, "POST", "/admin/signalr/drop", "{}");
      if (r.status < 200 || r.status > 299) throw new Error(`drop: ${r.status} ${r.text}`);
      // Changes while the board is away: replayed or read again after the reconnect.
      // All at once, so that the harness's own requests hold up the match as little as they can.
      const changed = ids.slice(5 + (i % 3) * 5, 10 + (i % 3) * 5);
      await Promise.all(changed.map((id) => {
        dnd[id] = !dnd[id];
        return request(sim, "POST", `/admin/queues/${encodeURIComponent(id)}/dnd`, JSON.stringify({ on: dnd[id] }));
      }));
      const want = await page.evaluate(() => window.bench.expected());
      const deadline = Date.now() + 15000;
      let at;
      while (Date.now() < deadline) {
        at = await page.evaluate(([w, s]) => window.bench.matchedAt(w, s), [want, t0]);
        if (at !== undefined) break;
        await sleep(20);
      }
      const [states, waits] = await page.evaluate(() => [window.bench.states, window.bench.waits]);
      const waited = waits.reduce((sum, [, , d]) => sum + (d ?? 0), 0);
      if (at === undefined) {
        unmatched += 1;
      } else {
        times.push(at - t0);
        overheads.push(at - t0 - waited);
      }
      if (states.some(([, s, rest]) => s === "connected" && rest === true)) restored += 1;
      log(`drop ${i + 1}: ${at === undefined ? "no match" : `${at - t0} ms`}; ${states.map(([t, s, rest]) => `+${t - t0} ${s}${rest === null ? "" : ` restored=${rest}`}`).join(", ")}; waits ${waits.map(([, a, d]) => `#${a} ${d} ms`).join(", ")}`);
      await sleep(500);
    }
  } finally {
    await page.close();
  }
  times.sort((a, b) => a - b);
  overheads.sort((a, b) => a - b);
  return { overP50: percentile(overheads, 0.5), overP99: percentile(overheads, 0.99), n: times.length, unmatched, restored, p50: percentile(times, 0.5), p99: percentile(times, 0.99), min: times[0], max: times.at(-1), policy };
}

async function main() {
  const cleanups = [];
  const cleanup = async () => {
    for (const f of cleanups.splice(0).reverse()) await f().catch((e) => log(`cleanup: ${e.message}`));
  };
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => cleanup().finally(() => process.exit(130)));
  try {
    // A frozen clock: the only queue changes are the driven ones.
    const simArgs = ["--queues", "40", "--agents", "200", "--speed", "0"];
    const sim = await startSim(simArgs);
    cleanups.push(sim.stop);
    const site = await startStatic({
      "/": path.join(ROOT, "scripts/bench/realtime-page"),
      "/pkg/": path.join(ROOT, "target/pkg/micc-client"),
    });
    cleanups.push(site.stop);
    const browser = await launchBrowser();
    cleanups.push(browser.close);

    const auth = await request(sim.url, "POST", "/authorizationserver/token", "grant_type=password&username=supervisor&password=supervisor", {
      "content-type": "application/x-www-form-urlencoded",
    });
    const token = JSON.parse(auth.text).access_token;
    const states = JSON.parse((await request(sim.url, "GET", "/miccsdk/api/v1/queues/state", undefined, { authorization: `Bearer ${token}` })).text);
    const items = states?._embedded?.items ?? [];
    if (items.length < BOARD) throw new Error(`the simulator has ${items.length} queues`);
    const board = items.slice(0, BOARD);
    const ids = board.map((q) => q.id);
    const dnd = Object.fromEntries(board.map((q) => [q.id, q.isInDoNotDisturb === true]));

    if (opt.only === "latency") {
      // Trying the latency alone (not a record).
      console.log(report(await latency(browser.context, site.url, sim.url, ids, dnd), [], [], simArgs).split("### On the wire")[0]);
      return;
    }
    if (opt.only === "drops") {
      // Trying the recovery alone (not a record).
      for (const policy of [undefined, "immediate"]) console.log(await drops(browser.context, site.url, sim.url, ids, dnd, policy));
      return;
    }
    const lat = await latency(browser.context, site.url, sim.url, ids, dnd);
    const wir = await wire(browser.context, site.url, sim.url, ids, dnd);
    log("drops: default reconnect policy");
    const drp = [await drops(browser.context, site.url, sim.url, ids, dnd)];
    log("drops: first reconnect attempt at once");
    drp.push(await drops(browser.context, site.url, sim.url, ids, dnd, "immediate"));
    console.log(report(lat, wir, drp, simArgs));
  } finally {
    await cleanup();
    agent.destroy();
  }
}

function report(lat, wir, drp, simArgs) {
  const out = [];
  out.push(`Simulator: \`${simArgs.join(" ")}\`; the board's 20 queues are the first 20 of \`queues/state\`.`, "");
  out.push("### Latency: state change in the simulator to the onQueueState callback", "");
  out.push(`Each row: ${opt.measure} s measured after a ${opt.warmup} s warm-up; n matched changes, lost = changes whose event never came.`, "");
  out.push("| transport | changes/s | n | lost | p50 | p90 | p99 | max |", "|---|---|---|---|---|---|---|---|");
  for (const r of lat) out.push(`| ${r.transport} | ${r.rate} | ${r.n} | ${r.lost} | ${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.p99)} | ${ms(r.max)} |`);
  const ws = lat.filter((r) => r.transport === "WebSockets");
  const worst = Math.max(...ws.map((r) => r.p99));
  out.push("", `Goal p99 < 50 ms over WebSockets: ${worst < 50 ? "met" : "NOT met"} (worst p99 ${ms(worst)}).`, "");

  out.push("### On the wire: a 20-queue board for a minute", "");
  out.push(`Three boards open at once against the same simulator while the changes run, each through its own counting TCP proxy (\`scripts/bench/counting-proxy.mjs\`): bytes are TCP payload both ways (HTTP heads and bodies, WebSocket frames with their framing, CORS preflights, token requests); requests are HTTP requests (preflights included; a WebSocket upgrade is one). Measured over ${opt["wire-seconds"]} s, scaled to a minute; "to load" is what the board needed before that (token, negotiate, connect, start, monitors, 20 snapshots; or the first polling round).`, "");
  const per = 60 / opt["wire-seconds"];
  const name = { ws: "real time, WebSockets", lp: "real time, long polling", poll: "polling every 5 s" };
  out.push("| changes/s | board | requests/min | of which OPTIONS | WS messages/min (in) | KB/min (up + down) | to load: requests, KB |", "|---|---|---|---|---|---|---|");
  for (const r of wir) {
    const w = r.window;
    out.push(`| ${r.rate} | ${name[r.mode]} | ${int(w.requests * per)} | ${int((w.byMethod.OPTIONS ?? 0) * per)} | ${int(w.wsMessagesDown * per)} | ${kb((w.bytesUp + w.bytesDown) * per)} (${kb(w.bytesUp * per)} + ${kb(w.bytesDown * per)}) | ${r.setup.requests}, ${kb(r.setup.bytesUp + r.setup.bytesDown)} |`);
  }
  out.push("");
  for (const rate of wir.length ? WIRE_RATES : []) {
    const of = (m) => wir.find((r) => r.rate === rate && r.mode === m).window;
    const [w, l, p] = [of("ws"), of("lp"), of("poll")];
    const bytes = (x) => x.bytesUp + x.bytesDown;
    const reqs = (x) => (x.requests === 0 ? "no requests" : `${(x.requests / p.requests).toFixed(2)}× the requests`);
    out.push(`At ${rate} changes/s, against polling: WebSockets ${reqs(w)} and ${(bytes(w) / bytes(p)).toFixed(2)}× the bytes; long polling ${reqs(l)} and ${(bytes(l) / bytes(p)).toFixed(2)}× the bytes.`);
  }
  if (wir.length) {
    // Bytes a change costs a WebSocket board, against what polling costs a minute whatever changes.
    const top = Math.max(...WIRE_RATES);
    const of = (m) => wir.find((r) => r.rate === top && r.mode === m).window;
    const perChange = (of("ws").bytesUp + of("ws").bytesDown) / (top * opt["wire-seconds"]);
    const pollPerSecond = (of("poll").bytesUp + of("poll").bytesDown) / opt["wire-seconds"];
    out.push("", `A change costs a WebSocket board about ${int(perChange)} bytes (one QueueState frame); polling costs ${kb(pollPerSecond * 60)} a minute whatever changes, so WebSockets carry fewer bytes below about ${(pollPerSecond / perChange).toFixed(1)} changes/s over the board's 20 queues (and show every change at once rather than up to 5 s late).`);
  }
  out.push("", "### A dropped WebSocket until the board matches the simulator again", "");
  out.push("`POST /admin/signalr/drop {}` cuts the board's WebSocket; right after it answers, 5 queues change (5 admin requests at once) while the board is away. Time from the drop request to the first callback after which every queue's last QueueState equals `GET queues/{id}/state` (read with the same client; links left out). \"restored\": the same connection came back with its groups (the server replayed the missed messages) rather than a new one with snapshots.", "");
  out.push("| reconnect policy | n | not matched in 15 s | restored | p50 | p99 | min | max | without the policy's waits: p50, p99 |", "|---|---|---|---|---|---|---|---|---|");
  for (const d of drp) {
    const label = d.policy === "immediate" ? "a page's own policy (reconnectPolicy): first attempt at once, then full jitter" : "default (first retry at once, then full jitter, 1 s base)";
    out.push(`| ${label} | ${d.n} | ${d.unmatched} | ${d.restored} | ${ms(d.p50)} | ${ms(d.p99)} | ${ms(d.min)} | ${ms(d.max)} | ${ms(d.overP50)}, ${ms(d.overP99)} |`);
  }
  return out.join("\n");
}

main().catch((e) => {
  console.error(e?.stack ?? e);
  process.exitCode = 1;
});
