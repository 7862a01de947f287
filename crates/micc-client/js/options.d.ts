import type { RealtimeOptions } from "./realtime.js";
import type { HalPage } from "./models_generated.js";

/**
 * How the client obtains bearer tokens. In a browser, prefer "token" or "provider" with tokens
 * your own backend obtained: a password or secret passed here is readable by every script of the
 * page. Passwords and secrets are refused over plain http:// except to this machine; one the token
 * endpoint refuses is not sent again until setCredentials (a directory account locks after a few
 * failed logins).
 */
export type AuthOptions =
  | { type: "none" }
  | { type: "password"; username: string; password: string }
  | { type: "clientCredentials"; clientId: string; clientSecret: string; impersonate?: string }
  /**
   * A token the host obtained (expiresIn: its lifetime in seconds, if known). Without `refresh` it
   * cannot be renewed (a refusal rejects with kind "auth"; give a new one with setToken); with
   * `refresh`, that callback is asked for a new token when it lapses or is refused.
   */
  | { type: "token"; token: string; expiresIn?: number; refresh?: () => Promise<string | { token: string; expiresIn?: number }> }
  /** Called whenever a fresh token is needed: how a CRM iframe hands over tokens. */
  | { type: "provider"; getToken: () => Promise<string | { token: string; expiresIn?: number }> };

export interface RetryOptions {
  /** 0 to 20 (default 3). */
  maxRetries?: number;
  /** Whole milliseconds, at most 2147483647 (the longest timer browsers keep). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Also retry operations that are not idempotent (conversation actions, POSTs, DELETEs) after failures that may have reached the server. */
  retryNonIdempotent?: boolean;
}

export interface ClientOptions {
  /** Scheme and authority, e.g. "https://micc.example.com", optionally with a reverse proxy's path prefix ("https://intranet/mitel/"). */
  server: string;
  auth?: AuthOptions;
  /** Per-request timeout in whole milliseconds, 1 to 2147483647 (default 30000; 0: none). */
  timeoutMs?: number;
  retry?: RetryOptions;
  /**
   * The server's offset from UTC in minutes (-1439 to 1439, default 0). Date-times reach
   * JavaScript as RFC 3339 texts with an offset; one the server sends without an offset is
   * its local time, and is given this offset.
   */
  serverUtcOffsetMinutes?: number;
  /** How `client.realtime` connects (see realtime.d.ts). */
  realtime?: RealtimeOptions;
}

/** OData system query options (collection operations take all; single entities $expand and $select). */
export interface ODataOptions {
  /** A $filter expression, e.g. "MediaType eq 'Voice'". Quote strings with odataString(). */
  filter?: string;
  orderby?: string | string[];
  top?: number;
  skip?: number;
  expand?: string | string[];
  select?: string | string[];
  search?: string;
  count?: boolean;
}

export interface CallOptions {
  /** The operation's own query parameters. */
  query?: { [name: string]: string | number | boolean };
  odata?: Pick<ODataOptions, "expand" | "select">;
  /**
   * Cancels the call: the request is aborted, a retry wait ends, and the call rejects with a
   * MiccError of kind "aborted" whose `cause` is the signal's reason.
   */
  signal?: AbortSignal;
}

export interface CollectionOptions {
  query?: { [name: string]: string | number | boolean };
  odata?: ODataOptions;
  signal?: AbortSignal;
}

export type MiccErrorKind =
  | "network" | "timeout" | "status" | "decode" | "auth" | "invalid-argument" | "aborted" | "load";

/** What every failure of the client throws or rejects with. */
export declare class MiccError extends Error {
  name: "MiccError";
  kind: MiccErrorKind;
  /** The HTTP status, for kind "status". */
  status?: number;
  /** The JSON path that did not decode (as received), for kind "decode". */
  path?: string;
}

/** Whether `e` is a MiccError, also one made by another copy of this package. */
export declare function isMiccError(e: unknown): e is MiccError;

/** An OData string literal: quoted, inner quotes doubled. */
export declare function odataString(value: string): string;

/**
 * Every item of a collection, page after page (at most maxItems). A page's `next` link,
 * when the server gives one, sets the next page's $skip and $top.
 */
export declare function allItems<T>(
  fetchPage: (odata: { top?: number; skip?: number }) => Promise<HalPage<T>>,
  maxItems?: number,
  pageSize?: number,
): Promise<T[]>;

