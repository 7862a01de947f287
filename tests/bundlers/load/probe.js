// Shared by the load pages: how an error looks from the page, and where results go.
export function describe(e) {
  return { name: e?.name, kind: e?.kind, message: String(e?.message), isError: e instanceof Error };
}

/** Runs `f`, sync or async; resolves to "ok" or the description of what it threw. */
export async function outcome(f) {
  try {
    await f();
    return "ok";
  } catch (e) {
    return describe(e);
  }
}

export const server = new URLSearchParams(location.search).get("server");
export const auth = { type: "password", username: "supervisor", password: "supervisor" };

// Anything that escapes the page's own try/catch is a defect the test reports.
export const uncaught = [];
addEventListener("error", (e) => uncaught.push(String(e.message)));
addEventListener("unhandledrejection", (e) => uncaught.push(String(e.reason?.message ?? e.reason)));
