// What a real page does with the package: a client on another origin's server, the
// real-time channel, a board of queue states. The test reads `window.board`.
import { MiccClient, ready } from "/pkg/micc-client/web.js";

const board = {
  queues: {},
  states: [],
  events: 0,
  snapshots: 0,
  async start(server, queues, realtime = {}) {
    await ready;
    // The page's backend hands out tokens (the simulator's /demo/token plays it): asked
    // again whenever the client needs a new one (expiry, refusal, a restarted server).
    const getToken = async () => {
      const t = await (await fetch(`${server}/demo/token`)).json();
      return { token: t.access_token, expiresIn: t.expires_in };
    };
    const client = new MiccClient({ server, auth: { type: "provider", getToken }, realtime });
    const rt = client.realtime;
    board.rt = rt;
    rt.onStateChange((state, detail) => board.states.push({ state, detail: JSON.parse(JSON.stringify(detail ?? {})), at: Date.now() }));
    rt.onMyState((me) => (board.me = me));
    rt.onQueueState(queues, (q, meta) => {
      board.queues[q.name] = q;
      if (meta.snapshot) board.snapshots++;
      else board.events++;
    });
    await rt.start();
    return { state: rt.state, role: rt.role, transport: rt.transport };
  },
  info: () => ({ state: board.rt?.state, role: board.rt?.role, transport: board.rt?.transport, connectionId: board.rt?.connectionId }),
  stop: () => board.rt?.stop(),
};
window.board = board;
