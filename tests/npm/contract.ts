// The TypeScript contract of the generated declarations, type-checked straight from the
// crate's js/ directory (no package build): request bodies are strict, answers are lenient.
import type {
  AgentState,
  ConversationUpdateModelRequest,
  DirectoryEntryModelRequest,
  MediaType,
  MiccClient,
  RealtimeState,
} from "../../crates/micc-client/js/index.js";

declare const client: MiccClient;

export async function contract(): Promise<void> {
  // Path parameters take numbers as well as strings.
  await client.queues().state(1000);
  await client.queues().state("Sales");
  await client.employees().id(42).state();

  // A request enum is a closed union of the names servers accept.
  const pick: ConversationUpdateModelRequest = { conversationAction: "Pick", id: "c1" };
  // @ts-expect-error: not a ConversationActionType name
  const bad: ConversationUpdateModelRequest = { conversationAction: "Pickk" };
  await client.queues().updateConversation("Sales", "c1", pick);
  // @ts-expect-error: a request body is the request form, not any object
  await client.queues().updateConversation("Sales", "c1", { conversationAction: 7 });

  // Properties the reference requires are required (value types aside).
  const entry: DirectoryEntryModelRequest = { siteId: "s1", name: "Front desk" };
  // @ts-expect-error: siteId is required
  const noSite: DirectoryEntryModelRequest = { name: "Front desk" };
  await client.directory().create(entry);

  // An answer's enum keeps values this version does not know.
  const state: AgentState = await client.agents().state("a1");
  const media: MediaType | null | undefined = state.mediaType;
  const future: MediaType = "Hologram";
  void [bad, noSite, media, future];

  // The real-time channel: typed callbacks, unsubscribe functions, the state union.
  const rt = client.realtime;
  const off = rt.onQueueState(["Sales", "1001"], (q, meta) => {
    const waiting: number | null | undefined = q.waitingConversations;
    const snap: boolean = meta.snapshot;
    void [waiting, snap];
  });
  rt.onQueueConversations("Sales", (change) => {
    if ("removed" in change) void change.removed.map((id: string) => id.length);
    else void change.changed.map((c) => c.conversationId);
  });
  rt.onMyState((me) => void me.id);
  rt.onStateChange((s: RealtimeState, detail) => void [s, detail.restored]);
  // @ts-expect-error: not a state
  const nope: RealtimeState = "open";
  // @ts-expect-error: a callback is required
  rt.onMyState();
  await rt.start();
  off();
  await rt.stop();
  void nope;
}
