#!/usr/bin/env node
// The demo's page server: www/ at / and the built packages (target/pkg) at /pkg/, on an
// origin of its own (http://localhost:PORT), while the API stays on the simulator's
// (http://127.0.0.1:PORT'), as an intranet web server and the Mitel server are deployed.
//
//   node scripts/serve-www.mjs [--port 8081] [--host 127.0.0.1] [--www DIR] [--pkg DIR] [--csp POLICY]
//
// Prints "serving http://localhost:PORT" once listening. GET and HEAD only; no directory
// listings; paths cannot leave their directory. `--csp` (or `serveWww({ csp })`) sends a
// Content-Security-Policy header with every page, as the e2e tests do.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Content types by file extension (the tests' static server uses the same table). */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** Resolves `rel` inside `dir`, or null when it would leave it. */
function inside(dir, rel) {
  const base = path.resolve(dir);
  const file = path.resolve(base, "." + path.sep + rel);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

/**
 * Starts the server. `www` and `pkg` are directories; `csp` an optional policy string.
 * Resolves to { url, origin, port, stop }; `url` uses the host name `localhost`, so that the
 * pages' origin differs from a simulator on 127.0.0.1 even on the same port range.
 */
export async function serveWww({
  www = path.join(ROOT, "www"),
  pkg = path.join(ROOT, "target/pkg"),
  port = 0,
  host = "127.0.0.1",
  csp,
} = {}) {
  const mounts = [
    ["/pkg/", pkg],
    ["/", www],
  ];
  const server = createServer(async (req, res) => {
    const security = {
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      ...(csp ? { "content-security-policy": csp } : {}),
    };
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { allow: "GET, HEAD", ...security }).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const [prefix, dir] = mounts.find(([p]) => pathname.startsWith(p)) ?? ["/", www];
      let file = inside(dir, pathname.slice(prefix.length));
      if (!file) {
        res.writeHead(403, security).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "content-length": body.length,
        // A demo and its tests: every load shows the package just built.
        "cache-control": "no-store",
        ...security,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      // A missing file or a malformed %-escape: nothing to serve.
      if (!res.headersSent) res.writeHead(404, { "content-type": "text/plain; charset=utf-8", ...security });
      res.end("not found\n");
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const bound = server.address().port;
  const origin = `http://localhost:${bound}`;
  const stop = () =>
    new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
  return { url: origin, origin, port: bound, stop };
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === "--port") opts.port = Number(value);
    else if (flag === "--host") opts.host = value;
    else if (flag === "--www") opts.www = path.resolve(value);
    else if (flag === "--pkg") opts.pkg = path.resolve(value);
    else if (flag === "--csp") opts.csp = value;
    else throw new Error(`unknown option ${flag}`);
  }
  if (opts.port !== undefined && !(Number.isInteger(opts.port) && opts.port >= 0 && opts.port < 65536)) {
    throw new Error(`--port: not a port number`);
  }
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve-www: ${e.message}`);
    process.exit(2);
  }
  const site = await serveWww(opts);
  console.log(`serving ${site.url}`);
  const quit = () => site.stop().then(() => process.exit(0));
  process.on("SIGTERM", quit);
  process.on("SIGINT", quit);
}
