// The JavaScript half of every call: request bodies and answers are converted here with the
// models' table (convert.js), JSON is parsed and printed by the engine, and every failure
// is a MiccError. The wasm module (WasmClient) keeps what must not be left to the page:
// the token lifecycle, retries, timeouts, header and URL checks, redaction.
import { convert, JS, modelType, REQUEST, requestType, responseType, ShapeError } from "./convert.js";
import { Realtime } from "./realtime.js";

/**
 * Every failure of the client. `kind`: "network", "timeout", "status", "decode", "auth",
 * "invalid-argument" or "aborted"; `status` for "status", `path` for "decode".
 */
export class MiccError extends Error {
  constructor(kind, message, details) {
    super(message, details?.cause === undefined ? undefined : { cause: details.cause });
    this.name = "MiccError";
    this.kind = kind;
    if (details?.status !== undefined) this.status = details.status;
    if (details?.path !== undefined) this.path = details.path;
  }
}

/** Whether `e` is a MiccError (also one made by another copy of this package). */
export function isMiccError(e) {
  return e instanceof MiccError
    || (e instanceof Error && e.name === "MiccError" && typeof e.kind === "string");
}

// The wasm module throws plain Errors named MiccError: give them the class.
function adopt(e) {
  if (e instanceof Error && e.name === "MiccError" && !(e instanceof MiccError)) {
    Object.setPrototypeOf(e, MiccError.prototype);
  }
  return e;
}

const invalid = (message, cause) =>
  new MiccError("invalid-argument", `invalid argument: ${message}`, { cause });

// A date-time the server sends without an offset is its local time; the host says which
// offset that is (`serverUtcOffsetMinutes`, default 0: UTC).
function offsetOf(options) {
  let minutes;
  try {
    minutes = options?.serverUtcOffsetMinutes;
  } catch (e) {
    throw invalid("options.serverUtcOffsetMinutes could not be read", e);
  }
  if (minutes === undefined || minutes === null || minutes === 0) return "Z";
  if (!Number.isInteger(minutes) || Math.abs(minutes) > 23 * 60 + 59) {
    throw invalid("options.serverUtcOffsetMinutes must be a whole number from -1439 to 1439");
  }
  const abs = Math.abs(minutes);
  const pad = (n) => String(n).padStart(2, "0");
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Wraps the wasm `WasmClient` into the class the generated facade drives (`call`). */
export function withConversion(WasmClient) {
  return class ConvertingClient {
    #wasm;
    #ctx;
    #server;
    #realtimeOptions;
    #realtime;
    constructor(options) {
      this.#ctx = { offset: offsetOf(options) };
      try {
        this.#server = options?.server;
        this.#realtimeOptions = options?.realtime;
      } catch (e) {
        throw invalid("options could not be read", e);
      }
      try {
        this.#wasm = new WasmClient(options);
      } catch (e) {
        throw adopt(e);
      }
    }

    async call(operation, args, options) {
      let body;
      try {
        body = options?.body;
      } catch (e) {
        throw invalid("options.body could not be read", e);
      }
      let text;
      if (body !== undefined && body !== null) {
        const type = requestType(operation);
        if (type === undefined) throw invalid(`${operation} takes no body`);
        try {
          text = JSON.stringify(convert(body, type, REQUEST, this.#ctx));
        } catch (e) {
          if (e instanceof ShapeError) throw invalid(`body at ${e.path}: ${e.message}`);
          throw invalid("the body cannot be sent as JSON", e);
        }
      }
      let raw;
      try {
        raw = await this.#wasm.call(operation, args, options, text);
      } catch (e) {
        throw adopt(e);
      }
      return this.#answer(operation, raw);
    }

    #answer(operation, raw) {
      const type = responseType(operation);
      if (type === undefined) throw invalid(`no model for ${operation}`);
      // An operation that answers a string (or nothing) also succeeds with no content or
      // a bare OK.
      if (type === "s") {
        const t = raw.trim();
        if (t === "") return "";
        if (t.toLowerCase() === "ok") return "OK";
      }
      // The message may quote a value of the body, which may hold the token in use: it is
      // redacted and bounded by the wasm module, as the body's excerpt is.
      const failed = (path, message) => new MiccError(
        "decode",
        `cannot decode the answer at ${path}: ${this.#wasm.excerpt(message)} (body starts: ${this.#wasm.excerpt(raw)})`,
        { path },
      );
      let value;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        throw failed("$", String(e?.message ?? e).slice(0, 300));
      }
      try {
        return convert(value, type, JS, this.#ctx);
      } catch (e) {
        if (e instanceof ShapeError) throw failed(e.path, e.message);
        throw e;
      }
    }

    /** The real-time channel: one per client, made on first use (realtime.js). */
    get realtime() {
      this.#realtime ??= new Realtime({
        server: this.#server,
        token: async () => {
          try {
            const [token, until] = await this.#wasm.bearer();
            return { token, until };
          } catch (e) {
            throw adopt(e);
          }
        },
        refused: (token) => this.#wasm.tokenRefused(token),
        rest: (topic, id) => this.#snapshot(topic, id),
        convert: (value, model) => convert(value, modelType(model), JS, this.#ctx),
        options: this.#realtimeOptions,
      });
      return this.#realtime;
    }

    // A snapshot's REST reads, as the events they stand for: `[method, payload]` pairs with
    // the payloads as received (realtime.js converts them as it converts events).
    async #snapshot(topic, id) {
      const read = async (op, args) => JSON.parse(await this.#wasm.call(op, args, {}, undefined));
      const items = (page) => page?._embedded?.items ?? [];
      if (topic === "queueState") return [["queueStateChanged", await read("Queue_GetQueueState", [id])]];
      if (topic === "queueConversations") {
        return [["queueConversationChanged", items(await read("Queue_GetQueueConversations", [id]))]];
      }
      return [["employeeStateChanged", await read("Employee_GetEmployeeState", ["me"])]];
    }

    setToken(token, expiresIn) {
      try {
        this.#wasm.setToken(token, expiresIn);
      } catch (e) {
        throw adopt(e);
      }
    }

    setCredentials(auth) {
      try {
        this.#wasm.setCredentials(auth);
      } catch (e) {
        throw adopt(e);
      }
    }

    /** A bounded excerpt of a body, with the secrets in use hidden. */
    excerpt(text) {
      return this.#wasm.excerpt(String(text));
    }
  };
}
