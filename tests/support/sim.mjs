// Starts micc-sim on a free loopback port for a test and stops it afterwards, also on failure.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const running = new Set();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

// 2026-01-01T10:00:00Z: a busy hour of the simulated day (arrivals follow the local hour,
// so "now" at night would leave the queues quiet). A test may pass its own --start-time.
export const BUSY_START = "1767261600000";

/** Starts the simulator with extra CLI args; resolves to { url, stop }. */
export async function startSim(args = []) {
  const bin = process.env.MICC_SIM_BIN ?? path.join(ROOT, "target/debug/micc-sim");
  const start = args.includes("--start-time") ? [] : ["--start-time", BUSY_START];
  // A free port unless the test names one (a restart on the same port).
  const port = args.includes("--port") ? [] : ["--port", "0"];
  const child = spawn(bin, [...port, ...start, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const url = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`micc-sim did not start: ${stderr}`)), 15000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/[0-9.:]+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`micc-sim exited with ${code}: ${stderr}`));
    });
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    // A graceful stop waits for open connections (a test that failed before closing its
    // WebSocket): after a while it is not graceful.
    const force = setTimeout(() => child.kill("SIGKILL"), 3000);
    await exited;
    clearTimeout(force);
    running.delete(child);
  };
  return { url, stop };
}
