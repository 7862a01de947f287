// Decoding speed of the micc-client package's JavaScript path in headless Chromium, against
// micc-sim at MICC_SIM_URL (the page on another origin, as deployed). Prints markdown rows:
// - the answer text of a 2,000-item agents/states page and a 300-item queues/state page:
//   JSON.parse alone vs JSON.parse plus the models' conversion (js/convert.js);
// - a whole call, `client.agents().states()` of the built package (fetch, token, wasm,
//   conversion) vs `fetch` + `text()` + `JSON.parse` of the same URL by hand.
// Runs are interleaved (one of each per round) so that the machine's noise hits both sides;
// medians of 21 rounds after 3 warm-ups, and the median of the per-round ratios.
// Run by scripts/bench/client-decode.sh after `bash scripts/build-client-pkg.sh`.
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
    const { MiccClient, ready } = await import("/web.js");
    await ready;
    const auth = { type: "clientCredentials", clientId: "wallboard", clientSecret: "wallboard-secret" };
    const client = new MiccClient({ server: sim, auth });
    const token = (await (await fetch(`${sim}/authorizationserver/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials&client_id=wallboard&client_secret=wallboard-secret",
    })).json()).access_token;
    const get = (url) => fetch(sim + url, { headers: { authorization: `Bearer ${token}` } });
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    // Interleaved rounds of two async or sync functions; returns [median a, median b, median ratio b/a].
    const pair = async (a, b) => {
      const as = [];
      const bs = [];
      for (let i = 0; i < 24; i++) {
        let t = performance.now();
        await a();
        const ta = performance.now() - t;
        t = performance.now();
        await b();
        const tb = performance.now() - t;
        if (i >= 3) {
          as.push(ta);
          bs.push(tb);
        }
      }
      return [median(as), median(bs), median(bs.map((x, i) => x / as[i]))];
    };
    const out = [];
    for (const [name, url, op] of [
      ["agents/states", "/miccsdk/api/v1/agents/states", "Agent_GetAgentStates"],
      ["queues/state", "/miccsdk/api/v1/queues/state", "Queue_GetQueueStates"],
    ]) {
      const text = await (await get(url)).text();
      const items = JSON.parse(text)._embedded.items.length;
      const ctx = { offset: "Z" };
      const type = responseType(op);
      const [parse, both, ratio] = await pair(() => JSON.parse(text), () => convert(JSON.parse(text), type, JS, ctx));
      out.push([`${name}: JSON.parse + convert.js vs JSON.parse`, items, text.length, both, parse, ratio]);
    }
    const text = await (await get("/miccsdk/api/v1/agents/states")).text();
    await client.agents().states();
    const [byHand, viaClient, ratio] = await pair(
      async () => JSON.parse(await (await get("/miccsdk/api/v1/agents/states")).text()),
      () => client.agents().states(),
    );
    out.push(["agents/states: client.agents().states() vs fetch + JSON.parse", 2000, text.length, viaClient, byHand, ratio]);
    return out;
  }, sim);
  for (const [name, items, bytes, ours, base, ratio] of rows) {
    console.log(`| ${name} | ${items} | ${bytes} | ${ours.toFixed(2)} | ${base.toFixed(2)} | ${ratio.toFixed(2)} |`);
  }
} finally {
  await close();
  await pages.stop();
}
