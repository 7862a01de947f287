// Where the API is and how a page gets a token, shared by every demo page.
//
// The pages and the API live on different origins, as deployed: the pages on an intranet
// web server, the API on the Mitel server. A page is told the API's address by `?server=`
// (the demo prints such links) or by `<meta name="micc-server" content="…">`; without either
// it is the page's own origin (micc-sim --www serves the pages itself).

/** The API's base URL, without a trailing slash. Only http(s) URLs are taken. */
export function serverUrl(loc = window.location, doc = document) {
  const given =
    new URLSearchParams(loc.search).get("server") ??
    doc.querySelector('meta[name="micc-server"]')?.getAttribute("content") ??
    loc.origin;
  let url;
  try {
    url = new URL(given, loc.href);
  } catch {
    url = new URL(loc.origin);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") url = new URL(loc.origin);
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

/**
 * A token provider for the widget and the client: an intranet page asks its own backend,
 * which keeps the credentials; the simulator's /demo/token plays that backend here. No
 * password reaches the browser.
 */
export function demoTokenProvider(server) {
  return async () => {
    const res = await fetch(`${server}/demo/token`);
    if (!res.ok) throw new Error(`token: HTTP ${res.status}`);
    const body = await res.json();
    return { token: String(body.access_token), expiresIn: Number(body.expires_in) || undefined };
  };
}

/** Links between the pages keep `?server=` so that every page talks to the same API. */
export function keepServerInLinks(doc = document, loc = window.location) {
  const server = new URLSearchParams(loc.search).get("server");
  if (!server) return;
  for (const a of doc.querySelectorAll("a[data-keep-server]")) {
    const target = new URL(a.getAttribute("href") ?? "", loc.href);
    target.searchParams.set("server", server);
    a.href = target.href;
  }
}

/** Shows the API's address wherever the page has an element with `data-server`. */
export function showServer(server, doc = document) {
  for (const el of doc.querySelectorAll("[data-server]")) el.textContent = server;
}
