// The widget in Chromium against micc-sim on another origin: navigation start to the first
// queue row with data (median of N loads), and a load run (a big simulated center changing
// fast) measuring the main thread's busy share, the longest task and the JS heap at the start
// and the end. Prints a Markdown section. Started by scripts/bench/widget-load.sh.
//   node scripts/bench/widget-load.mjs [--loads 10] [--load-seconds 300] [--rate 100]
//     [--profile FILE] [--pkg DIR]
// --profile: a Chrome CPU profile (CDP `Profiler`) of the load run, written to FILE
// (.cpuprofile, for DevTools) with a summary of the busiest functions (self and total time)
// printed to stderr. --pkg: the package directory served as /pkg/ (default target/pkg; the
// shell script passes a build that keeps the wasm's function names for --profile).
import path from "node:path";
import { writeFileSync, mkdirSync, rmSync } from "node:fs";
import { startSim, ROOT } from "../../tests/support/sim.mjs";
import { startStatic } from "../../tests/support/static.mjs";
import { launchBrowser } from "../../tests/support/browser.mjs";

const opt = { loads: 10, "load-seconds": 300, rate: 100, profile: "", pkg: path.join(ROOT, "target/pkg") };
for (let i = 2; i < process.argv.length; i += 2) {
  const name = process.argv[i].replace(/^--/, "");
  opt[name] = typeof opt[name] === "string" ? process.argv[i + 1] : Number(process.argv[i + 1]);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (v) => `${Math.round(v)} ms`;

// A page as an intranet page is: the queue-now panel mounted on load, its token from the
// page's backend (/demo/token).
const PAGE_DIR = path.join(ROOT, "target/bench-widget-page");
rmSync(PAGE_DIR, { recursive: true, force: true });
mkdirSync(PAGE_DIR, { recursive: true });
writeFileSync(path.join(PAGE_DIR, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>widget bench</title><link rel="stylesheet" href="/pkg/micc-widget/widget.css"><script type="module" src="board.js"></script></head><body><div id="q"></div><div id="a"></div></body></html>`);
writeFileSync(path.join(PAGE_DIR, "board.js"), `import init, { mount } from "/pkg/micc-widget/micc_widget.js";
const q = new URLSearchParams(location.search);
const server = q.get("server");
const [, t] = await Promise.all([init(), fetch(server + "/demo/token").then((r) => r.json())]);
const config = { server, token: t.access_token, locale: "en", pollMs: Number(q.get("pollMs") ?? 5000) };
window.queues = mount(document.getElementById("q"), config);
if (q.get("agents")) window.agents = mount(document.getElementById("a"), { ...config, panel: "agentPresence" });
`);

// Each load's first row and the moments before it (see below), on the page's clock.
async function firstRows(browser, site, sim) {
  const loads = [];
  for (let i = 0; i < opt.loads; i++) {
    const page = await browser.context.newPage();
    // Watches from the very start of the document: the moment a queue row with its
    // waiting count is in the DOM, on the page's own clock (0 = navigation start).
    await page.addInitScript(() => {
      const seen = () => document.querySelector("tr.micc-queue .micc-waiting")?.textContent;
      new MutationObserver((_, obs) => {
        if (seen() && window.firstRow === undefined) {
          window.firstRow = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`${site.url}/index.html?server=${encodeURIComponent(sim.url)}`);
    await page.waitForFunction(() => window.firstRow !== undefined, null, { timeout: 20000 });
    // Where the time went, from Resource Timing (startTime and responseEnd are given for
    // cross-origin requests too): the wasm's arrival, the first queue request's start and
    // its answer's end, on the same clock as the row.
    const load = await page.evaluate(() => {
      const entry = (part) => performance.getEntriesByType("resource").find((e) => e.name.includes(part));
      const wasm = entry("micc_widget_bg.wasm");
      const rest = entry("/queues/state");
      return { first: window.firstRow, wasm: wasm?.responseEnd, request: rest?.startTime, response: rest?.responseEnd };
    });
    loads.push(load);
    await page.close();
  }
  return loads;
}

async function loadRun(browser, site, sim) {
  const token = (await (await fetch(`${sim.url}/demo/token`)).json()).access_token;
  const page = await browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.addInitScript(() => {
    window.longest = 0;
    window.longTasks = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.longTasks++;
        window.longest = Math.max(window.longest, e.duration);
      }
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${site.url}/index.html?server=${encodeURIComponent(sim.url)}&agents=1`);
  await page.waitForSelector("tr.micc-queue", { timeout: 30000 });
  await page.waitForSelector(".micc-agent", { timeout: 30000 });
  const metric = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  // The heap after a full collection: what the page holds, not when the collector last ran
  // (outside the measured span, so its time is not counted as busy).
  const heap = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    return (await metric()).JSHeapUsedSize;
  };
  await page.evaluate(() => { window.longest = 0; window.longTasks = 0; });
  if (opt.profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    await cdp.send("Profiler.start");
  }
  const startHeap = await heap();
  const m0 = await metric();
  const t0 = Date.now();
  // `rate` changes a second, driven through the admin endpoint (queue do-not-disturb toggled,
  // round robin over every queue), on top of the simulated center's own activity.
  const ids = (await (await fetch(`${sim.url}/miccsdk/api/v1/queues/state?$top=2000`, { headers: { authorization: `Bearer ${token}` } })).json())._embedded.items.map((q) => q.id);
  let sent = 0;
  const driver = setInterval(() => {
    const due = Math.floor(((Date.now() - t0) / 1000) * opt.rate) - sent;
    for (let i = 0; i < due; i++, sent++) {
      const id = ids[sent % ids.length];
      fetch(`${sim.url}/admin/queues/${id}/dnd`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ on: Math.floor(sent / ids.length) % 2 === 0 }) }).catch(() => {});
    }
  }, 10);
  await new Promise((r) => setTimeout(r, opt["load-seconds"] * 1000));
  clearInterval(driver);
  const m1 = await metric();
  if (opt.profile) {
    const { profile } = await cdp.send("Profiler.stop");
    writeFileSync(opt.profile, JSON.stringify(profile));
    console.error(summarize(profile));
  }
  const wall = (Date.now() - t0) / 1000;
  const busy = (m1.TaskDuration - m0.TaskDuration) / wall;
  // Where the busy time went, as Chromium's own counters split it (the rest: paint,
  // pre-paint, compositing, parsing, GC outside scripts).
  const share = (name) => (m1[name] - m0[name]) / wall;
  const split = { script: share("ScriptDuration"), style: share("RecalcStyleDuration"), layout: share("LayoutDuration") };
  const endHeap = await heap();
  const { longest, longTasks } = await page.evaluate(() => ({ longest: window.longest, longTasks: window.longTasks }));
  const rows = await page.evaluate(() => document.querySelectorAll("tr.micc-queue").length);
  await page.close();
  return { busy, split, longest, longTasks, startHeap, endHeap, wall, rows, sent };
}

// The busiest functions of a CPU profile: self time (samples on top of the stack) and total
// time (samples with the function anywhere on the stack), in ms and as a share of the run.
function summarize(profile, top = 40) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.split("/").pop() : "";
    return `${f.functionName || "(anonymous)"}${file ? ` ${file}:${f.lineNumber + 1}` : ""}`;
  };
  const self = new Map();
  const total = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    all += dt;
    const n = nodes.get(id);
    self.set(label(n), (self.get(label(n)) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const l = label(nodes.get(at));
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
  });
  const table = (m, title) => [
    `${title} (of ${Math.round(all)} ms sampled)`,
    ...[...m].sort((a, b) => b[1] - a[1]).slice(0, top)
      .map(([l, t]) => `${t.toFixed(0).padStart(8)} ms ${((t / all) * 100).toFixed(1).padStart(5)} %  ${l}`),
  ].join("\n");
  return `${table(self, "self time")}\n\n${table(total, "total time")}`;
}

const sim = await startSim(["--queues", "300", "--agents", "2000", "--page-size", "2000", "--demo-token-user", "supervisor"]);
const site = await startStatic({ "/": PAGE_DIR, "/pkg/": opt.pkg });
const browser = await launchBrowser();
try {
  const loads = await firstRows(browser, site, sim);
  const times = loads.map((l) => l.first);
  const run = opt["load-seconds"] > 0 ? await loadRun(browser, site, sim) : undefined;
  const out = [];
  out.push("### Navigation start to the first queue row with data", "");
  out.push(`${opt.loads} loads of a page that mounts the queue-now panel (300 queues), its token from the page's backend (\`/demo/token\`), the simulator on another origin; the moment a row with its waiting count is in the DOM, on the page's clock.`, "");
  out.push("| loads | median | min | max | budget 300 ms | goal 150 ms |", "|---|---|---|---|---|---|");
  out.push(`| ${times.length} | ${ms(median(times))} | ${ms(Math.min(...times))} | ${ms(Math.max(...times))} | ${median(times) <= 300 ? "met" : "NOT met"} | ${median(times) <= 150 ? "met" : "not met"} |`);
  // Medians of each load's phases (so they need not add up to the median above exactly).
  const phase = (f) => {
    const xs = loads.map(f).filter(Number.isFinite);
    return xs.length === loads.length ? ms(median(xs)) : "not measured";
  };
  out.push("", "Where a load's time goes (medians of each load's phases, Resource Timing on the page's clock):", "");
  out.push("| to the wasm's arrival (page, its modules, the wasm) | then to the first queue request (init, `mount()`) | the request (the simulator's answer) | then to the first row (JSON.parse, reading, 300 rows built) |", "|---|---|---|---|");
  out.push(`| ${phase((p) => p.wasm)} | ${phase((p) => p.request - p.wasm)} | ${phase((p) => p.response - p.request)} | ${phase((p) => p.first - p.response)} |`);
  if (run) {
    out.push("", "### Load run", "");
    out.push(`The queue-now and agent-presence panels (300 queues, 2,000 agents), at the default poll interval (5 s) where real time does not reach, while ${opt.rate} queue changes a second are driven through the admin endpoint (${run.sent} in all) on top of the simulated center's own activity, for ${Math.round(run.wall)} s. Busy share: Chromium's TaskDuration over the wall time (CDP \`Performance.getMetrics\`); long tasks from \`PerformanceObserver\`; heap: \`JSHeapUsedSize\` after a full collection (CDP \`HeapProfiler.collectGarbage\`; the wasm's linear memory is not in it).`, "");
    out.push("| rows | main thread busy | budget 25 % | longest task | long tasks | JS heap start → end |", "|---|---|---|---|---|---|");
    out.push(`| ${run.rows} | ${(run.busy * 100).toFixed(1)} % | ${run.busy <= 0.25 ? "met" : "NOT met"} | ${ms(run.longest)} | ${run.longTasks} | ${(run.startHeap / 1e6).toFixed(1)} MB → ${(run.endHeap / 1e6).toFixed(1)} MB |`);
    const pct = (v) => `${(v * 100).toFixed(1)} %`;
    const { script, style, layout } = run.split;
    out.push("", "Of the busy share (Chromium's ScriptDuration, RecalcStyleDuration, LayoutDuration; the rest is paint, pre-paint, compositing and the like):", "");
    out.push("| script | style | layout | the rest |", "|---|---|---|---|");
    out.push(`| ${pct(script)} | ${pct(style)} | ${pct(layout)} | ${pct(run.busy - script - style - layout)} |`);
  }
  console.log(out.join("\n"));
} finally {
  await browser.close();
  await site.stop();
  await sim.stop();
}
