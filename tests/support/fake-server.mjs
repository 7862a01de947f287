// A local HTTP server that stands in for the MiCC server in the package's Node tests and
// records what reaches it. Binds 127.0.0.1 on a free port.
import http from "node:http";

/**
 * Starts the server. `handler(req, body, res)` returns `[status, bodyText, headers?]`, or
 * nothing when it answers `res` itself; `reset(handler)` swaps it and empties `seen` (the
 * requests in order: method, url, headers, body, and `closed` when the client hung up
 * before the answer). Resolves to { base, seen, reset, close }.
 */
export async function startFakeServer() {
  const seen = [];
  let handler = () => [200, "{}"];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const entry = { method: req.method, url: req.url, headers: req.headers, body, closed: false };
      seen.push(entry);
      res.on("close", () => (entry.closed = !res.writableFinished));
      const answer = handler(req, body, res);
      if (!answer) return;
      const [status, text, headers] = answer;
      res.writeHead(status, { "content-type": "application/json", ...(headers ?? {}) });
      res.end(text);
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    seen,
    reset(next) {
      seen.length = 0;
      handler = next ?? (() => [200, "{}"]);
    },
    close: () => new Promise((r) => server.close(r)),
  };
}
