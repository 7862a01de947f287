// The real-time channel (`client.realtime`): classic ASP.NET SignalR 2 hubs of the Mitel CX
// SDK over WebSockets or long polling, with reconnects, snapshots and a polling fallback.
import type { AgentState, ConversationModel, EmployeeState, QueueState } from "./models_generated.js";

/** The connection's state; "polling": no SignalR transport works, REST snapshots stand in. */
export type RealtimeState = "disconnected" | "connecting" | "connected" | "reconnecting" | "polling";

export type RealtimeTransport = "webSockets" | "longPolling";

/** Whether a model came from a REST snapshot (after a (re)subscription or a polling round) or an event. */
export interface EventMeta {
  snapshot: boolean;
}

/** A change of the conversations waiting in subscribed queues. */
export type QueueConversationsChange = { changed: ConversationModel[] } | { removed: string[] };

/** Calls `unsubscribe()` once; later calls do nothing. */
export type Unsubscribe = () => void;

/** How long to wait before reconnect attempt `attempt` (1, 2, ...); null: give up (then polling). */
export interface ReconnectPolicy {
  nextDelay(attempt: number, elapsedMs: number, reason: string): number | null | undefined;
}

export interface RealtimeOptions {
  /** The transport ladder in order (default ["webSockets", "longPolling"]). */
  transports?: RealtimeTransport[];
  /** The polling fallback's interval in ms (default 5000; 0: no fallback, start() rejects instead). Paused while the page is hidden. */
  pollingMs?: number;
  /** While polling, how often real time is tried again, in ms (default 60000). */
  retryRealtimeMs?: number;
  /** Used when negotiate gives no TransportConnectTimeout (default 5000 ms). */
  connectTimeoutMs?: number;
  /** Default: exponential backoff with full jitter, 1 s base, 30 s cap, never giving up. */
  reconnectPolicy?: ReconnectPolicy;
  /** A WebSocket class where there is no global one (Node 20 without --experimental-websocket: e.g. the `ws` package). */
  WebSocket?: unknown;
}

/** Details of a state change (which members are present depends on the change). */
export interface StateDetail {
  from?: RealtimeState;
  transport?: RealtimeTransport;
  /** After a reconnect: the same connection came back with its groups (the server replays what was missed). */
  restored?: boolean;
  reconnect?: boolean;
  reason?: string;
  [detail: string]: unknown;
}

export declare class Realtime {
  readonly state: RealtimeState;
  readonly transport: RealtimeTransport | undefined;
  /** The server's id of the current connection (diagnostics). */
  readonly connectionId: string | undefined;
  /** Connects; resolves once connected or polling. Rejects with the failure when neither is possible. */
  start(): Promise<void>;
  /** Closes the connection (abort sent), stops polling, fails pending invocations. */
  stop(): Promise<void>;
  /** Every state change, and what the connection reports meanwhile (fallbacks, reconnects, slow connection, network). */
  onStateChange(cb: (state: RealtimeState, detail: StateDetail) => void): Unsubscribe;
  /** Queue state of queues given by id, name or reporting number. */
  onQueueState(ids: string | string[], cb: (state: QueueState, meta: EventMeta) => void): Unsubscribe;
  /** The conversations waiting in queues given by id, name or reporting number. */
  onQueueConversations(ids: string | string[], cb: (change: QueueConversationsChange, meta: EventMeta) => void): Unsubscribe;
  /** The signed-in employee's state. */
  onMyState(cb: (state: EmployeeState, meta: EventMeta) => void): Unsubscribe;
  /** The signed-in employee's agent states (one per media), as events. */
  onAgentState(cb: (state: AgentState, meta: EventMeta) => void): Unsubscribe;
  /** How many subscribers a topic ("queueState", "queueConversations", "me") and id have. */
  subscribers(topic: string, id?: string): number;
}

/** The default reconnect policy: full jitter, `min(capMs, baseMs * 2^(attempt-1))` at most. */
export declare function exponentialBackoff(options?: {
  baseMs?: number;
  capMs?: number;
  maxElapsedMs?: number;
  maxAttempts?: number;
  random?: () => number;
}): ReconnectPolicy;
