// The counting proxy of scripts/bench/realtime.mjs: it must forward bytes unchanged and count
// exactly what crossed it (requests by method, bodies skipped, WebSocket messages after an
// upgrade, bytes each way), whatever the TCP segmentation.
import { test } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import { startCountingProxy, diff } from "../../scripts/bench/counting-proxy.mjs";

// A server that writes `reply(all received so far)` for every chunk it receives and records
// what it got.
async function rawServer(reply) {
  const got = [];
  const server = net.createServer((s) => {
    s.on("error", () => {});
    s.on("data", (d) => {
      got.push(d);
      const out = reply(Buffer.concat(got));
      if (out) s.write(out);
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${server.address().port}`, got, stop: () => new Promise((r) => server.close(r)) };
}

const frame = (opcode, payload, { mask = false, fin = true } = {}) => {
  const body = Buffer.from(payload);
  const len = body.length;
  const head = len < 126 ? Buffer.from([(fin ? 0x80 : 0) | opcode, (mask ? 0x80 : 0) | len])
    : Buffer.from([(fin ? 0x80 : 0) | opcode, (mask ? 0x80 : 0) | 126, len >> 8, len & 0xff]);
  if (!mask) return Buffer.concat([head, body]);
  const key = Buffer.from([1, 2, 3, 4]);
  return Buffer.concat([head, key, Buffer.from(body.map((b, i) => b ^ key[i % 4]))]);
};

async function through(proxyUrl, chunks, expectDown) {
  const { port } = new URL(proxyUrl);
  const s = net.connect(Number(port), "127.0.0.1");
  await new Promise((r) => s.once("connect", r));
  let down = 0;
  const done = new Promise((r) => s.on("data", (d) => ((down += d.length) >= expectDown) && r()));
  for (const c of chunks) {
    s.write(c);
    await new Promise((r) => setTimeout(r, 5));
  }
  await done;
  s.destroy();
  return down;
}

test("HTTP requests are counted by method, bodies skipped, bytes exact, across odd segmentation", async (t) => {
  const answer = Buffer.from("HTTP/1.1 204 No Content\r\n\r\n");
  let answered = false;
  // One answer, once the last request's head is in.
  const server = await rawServer((all) => (!answered && all.includes("GET /c") && all.toString().endsWith("\r\n\r\n") ? ((answered = true), answer) : null));
  const proxy = await startCountingProxy(server.url);
  t.after(async () => {
    await proxy.stop();
    await server.stop();
  });
  // A body that looks like a request head must not be counted as one.
  const body = "GET /not-a-request HTTP/1.1\r\n\r\n";
  const wire = Buffer.from(
    "OPTIONS /a HTTP/1.1\r\nHost: x\r\n\r\n"
      + `POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n${body}`
      + "GET /c HTTP/1.1\r\nHost: x\r\n\r\n",
  );
  const before = proxy.counts();
  // Split inside a head, inside the body, and across the end of a head.
  const cuts = [10, 40, 75, 90, wire.length];
  const chunks = cuts.map((c, i) => wire.subarray(i ? cuts[i - 1] : 0, c));
  await through(proxy.url, chunks, answer.length);
  await new Promise((r) => setTimeout(r, 50));
  const n = diff(before, proxy.counts());
  assert.equal(n.requests, 3);
  assert.deepEqual(n.byMethod, { OPTIONS: 1, POST: 1, GET: 1 });
  assert.equal(n.bytesUp, wire.length);
  assert.equal(Buffer.concat(server.got).toString(), wire.toString(), "forwarded unchanged");
  assert.ok(n.bytesDown >= answer.length);
  assert.equal(n.wsUpgrades, 0);
});

test("after an upgrade, WebSocket messages are counted each way and nothing more as requests", async (t) => {
  const big = "x".repeat(300); // a 16-bit length
  const head101 = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n";
  const downstream = Buffer.concat([Buffer.from(head101), frame(1, "one"), frame(1, big), frame(9, ""), frame(1, "par", { fin: false }), frame(0, "t")]);
  let sent = false;
  // The 101 once the upgrade's head is in, as a server answers.
  const server = await rawServer((all) => {
    if (sent || !all.includes("\r\n\r\n")) return null;
    sent = true;
    return downstream;
  });
  const proxy = await startCountingProxy(server.url);
  t.after(async () => {
    await proxy.stop();
    await server.stop();
  });
  const up = Buffer.concat([
    Buffer.from("GET /signalr/connect HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"),
    frame(1, "GET /x HTTP/1.1\r\n\r\n", { mask: true }),
    frame(1, big, { mask: true }),
    frame(10, "", { mask: true }),
  ]);
  const cuts = [20, 95, 100, 130, up.length];
  await through(proxy.url, cuts.map((c, i) => up.subarray(i ? cuts[i - 1] : 0, c)), downstream.length);
  await new Promise((r) => setTimeout(r, 50));
  const n = proxy.counts();
  assert.equal(n.requests, 1);
  assert.equal(n.wsUpgrades, 1);
  assert.equal(n.wsMessagesUp, 2, "two text messages, the pong not counted");
  assert.equal(n.wsMessagesDown, 3, "one, big and the fragmented message once; the ping not counted");
  assert.equal(n.bytesUp, up.length);
  assert.equal(n.bytesDown, downstream.length);
});
