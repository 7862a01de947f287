// A small static file server for browser tests, so that test pages are served from another
// origin than the simulator, as real deployments are (a page on an intranet server or a
// file, the API on the Mitel server). Binds 127.0.0.1 on a free port; pages are opened as
// http://localhost:PORT, so that the page's host differs from the simulator's 127.0.0.1 too.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { TYPES } from "../../scripts/serve-www.mjs";

const running = new Set();
process.on("exit", () => {
  for (const server of running) server.close();
});

/**
 * Serves `mounts`, an object of URL prefix -> directory (e.g. { "/": www, "/pkg/": pkg }),
 * longest prefix first. Resolves to { url, origin, stop }; `url` uses the host `localhost`.
 */
export async function startStatic(mounts) {
  const table = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
      const mount = table.find(([prefix]) => pathname.startsWith(prefix));
      if (!mount || req.method !== "GET") {
        res.writeHead(mount ? 405 : 404).end();
        return;
      }
      const [prefix, dir] = mount;
      let file = path.resolve(dir, "." + path.sep + pathname.slice(prefix.length));
      if (!file.startsWith(path.resolve(dir))) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  running.add(server);
  const { port } = server.address();
  const origin = `http://localhost:${port}`;
  const stop = () =>
    new Promise((resolve) => {
      running.delete(server);
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
  return { url: origin, origin, port, stop };
}
