// Decoding speed of the micc-client package's JavaScript path in headless Chromium: the
// answer text of a 2,000-item agents/states page and a 300-item queues/state page (from
// micc-sim at MICC_SIM_URL), JSON.parse alone vs JSON.parse plus the models' conversion
// (js/convert.js), medians of 21 runs in the same page. Prints markdown table rows.
// Run by scripts/bench/client-decode.sh.
import path from "node:path";
import { ROOT } from "../../tests/support/sim.mjs";
import { launchBrowser } from "../../tests/support/browser.mjs";
import { startStatic } from "../../tests/support/static.mjs";

const sim = process.env.MICC_SIM_URL;
const pages = await startStatic({ "/": path.join(ROOT, "target/pkg/micc-client") });
const { context, close } = await launchBrowser();
try {
  const page = await context.newPage();
  await page.goto(`${pages.url}/package.json`);
  const rows = await page.evaluate(async (sim) => {
    const { convert, JS, responseType } = await import("/convert.js");
    const token = (await (await fetch(`${sim}/authorizationserver/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials&client_id=wallboard&client_secret=wallboard-secret",
    })).json()).access_token;
    const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const time = (f) => {
      f();
      const xs = [];
      for (let i = 0; i < 21; i++) {
        const t = performance.now();
        f();
        xs.push(performance.now() - t);
      }
      return median(xs);
    };
    const out = [];
    for (const [name, url, type] of [
      ["agents/states", "/miccsdk/api/v1/agents/states", responseType("Agent_GetAgentStates")],
      ["queues/state", "/miccsdk/api/v1/queues/state", responseType("Queue_GetQueueStates")],
    ]) {
      const text = await (await fetch(sim + url, { headers: { authorization: `Bearer ${token}` } })).text();
      const items = JSON.parse(text)._embedded.items.length;
      const ctx = { offset: "Z" };
      const parse = time(() => JSON.parse(text));
      const both = time(() => convert(JSON.parse(text), type, JS, ctx));
      out.push([name, items, text.length, both, parse, both / parse]);
    }
    return out;
  }, sim);
  for (const [name, items, bytes, both, parse, ratio] of rows) {
    console.log(`| ${name} (JS package: JSON.parse + convert.js) | ${items} | ${bytes} | ${both.toFixed(2)} | ${parse.toFixed(2)} | ${ratio.toFixed(2)} |`);
  }
} finally {
  await close();
  await pages.stop();
}
