// A bundler app on the micc-widget package: the queue-now panel mounted from JavaScript,
// against the server given as ?server=, signed in by the app's own backend (here: the
// password grant, standing in for it).
import init, { mount } from "micc-widget";

const status = document.getElementById("status");
try {
  const server = new URLSearchParams(location.search).get("server");
  const [, t] = await Promise.all([
    init(),
    fetch(`${server}/authorizationserver/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=password&username=supervisor&password=supervisor",
    }).then((r) => r.json()),
  ]);
  const panel = document.createElement("div");
  document.body.append(panel);
  window.handle = mount(panel, { server, token: t.access_token, locale: "en" });
  const started = Date.now();
  while (!panel.querySelector("tr.micc-queue") && Date.now() - started < 20000) {
    await new Promise((r) => setTimeout(r, 50));
  }
  status.dataset.count = String(panel.querySelectorAll("tr.micc-queue").length);
  status.textContent = "done";
} catch (e) {
  status.textContent = `failed: ${e?.message ?? e}`;
}
