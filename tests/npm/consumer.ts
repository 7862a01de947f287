// Type-checks the package's declarations the way a TypeScript user meets them.
import { MiccClient, MiccError, isMiccError, allItems, odataString, type QueueState, type HalPage, type MiccErrorKind } from "micc-client";

async function main(): Promise<void> {
  const client = new MiccClient({ server: "http://127.0.0.1:1", auth: { type: "token", token: "t" } });
  const sales: QueueState = await client.queues().state("Sales");
  const waiting: number | null | undefined = sales.waitingConversations;
  const page: HalPage<QueueState> = await client.queues().states({ odata: { top: 10, filter: `Name eq ${odataString("Sales")}` } });
  const state = await client.employees().me().state();
  const acd: string | number | null | undefined = state.presence?.aggregate?.acdState;
  const all = await allItems((odata) => client.agents().states({ odata }), 100);
  const controller = new AbortController();
  try {
    await client.status({ signal: controller.signal });
  } catch (e) {
    if (isMiccError(e)) {
      const kind: MiccErrorKind = e.kind;
      const status: number | undefined = e.status;
      void kind;
      void status;
    }
    if (e instanceof MiccError && e.kind === "aborted") return;
  }
  void waiting;
  void page;
  void acd;
  void all;
}

void main;
