// The models as data, walked in JavaScript: answers are parsed once, by the engine's own
// JSON.parse, and converted here (camelCase keys, enum names, checked TimeSpans, RFC 3339
// date-times); request bodies go the other way (the reference's names, enum names). Doing
// this in wasm meant shipping a JSON parser and printer in every page and copying each
// answer across the boundary twice. The rules match the Rust typed decoder: keys matched
// exactly, then ignoring case, the first of two spellings wins; enums as integers, names
// (any case) or numeric strings, unknown values kept; unknown keys dropped except in open
// models.
import { ENUMS, MODELS, REQUESTS, RESPONSES } from "./shapes_generated.js";

/** A failure of the answer's shape: `path` is the JSON path, as received. */
export class ShapeError extends Error {
  constructor(path, message) {
    super(message);
    this.path = path;
  }
}

const kindOf = (v) =>
  v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object"
    : typeof v === "string" ? "a string" : typeof v === "number" ? "a number"
    : typeof v === "boolean" ? "a boolean" : typeof v;

const mismatch = (want, v, path) => new ShapeError(path, `expected ${want}, got ${kindOf(v)}`);

// JSON.NET's camelCase (micc_api::camel_case): leading capitals are lowered up to the
// last one before a lower-case letter; a separator ends the word.
const SEPARATOR = /[\u0020\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const isUpper = (c) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
export function camelCase(name) {
  const chars = Array.from(name);
  if (!isUpper(chars[0])) return name;
  let out = "";
  let lowering = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (lowering) {
      if (i === 1 && !isUpper(c)) {
        lowering = false;
      } else if (i > 0 && i + 1 < chars.length && !isUpper(chars[i + 1])) {
        lowering = false;
        if (SEPARATOR.test(chars[i + 1])) {
          out += c.toLowerCase();
          continue;
        }
      }
    }
    out += lowering ? c.toLowerCase() : c;
  }
  return out;
}

// Type codes of shapes_generated.js, decoded once into objects.
const types = new Map();
function typeOf(code) {
  let t = types.get(code);
  if (t) return t;
  const head = code[0];
  if (head === "[" || head === "p") t = { k: head, item: typeOf(code.slice(1)) };
  // An enum type carries its lookups, built once with the type.
  else if (head === "e") t = { k: head, e: enumOf(Number(code.slice(1))) };
  else if (head === "m") t = { k: head, i: Number(code.slice(1)) };
  else t = { k: head };
  types.set(code, t);
  return t;
}

// Per model: field lookup by exact wire name and by lower-case name, with both spellings.
const models = new Map();
function modelOf(i) {
  let m = models.get(i);
  if (m) return m;
  const [name, flags, flat] = MODELS[i] ?? ["?", 2, []];
  m = { name, open: (flags & 1) !== 0, map: (flags & 2) !== 0, exact: new Map(), folded: new Map() };
  for (let f = 0; f + 1 < flat.length; f += 2) {
    const field = { wire: flat[f], js: camelCase(flat[f]), ty: typeOf(flat[f + 1]) };
    m.exact.set(field.wire, field);
    m.exact.set(field.js, field);
    const folded = field.wire.toLowerCase();
    if (!m.folded.has(folded)) m.folded.set(folded, field);
  }
  models.set(i, m);
  return m;
}

// An enum's lookups: by value, by lower-case name, and its names as they are.
function enumOf(i) {
  const [name, flat] = ENUMS[i] ?? ["?", []];
  const e = { name, byValue: new Map(), byName: new Map(), names: new Set() };
  for (let j = 0; j + 1 < flat.length; j += 2) {
    e.names.add(flat[j]);
    if (!e.byValue.has(flat[j + 1])) e.byValue.set(flat[j + 1], flat[j]);
    const folded = flat[j].toLowerCase();
    if (!e.byName.has(folded)) e.byName.set(folded, flat[j]);
  }
  return e;
}

/** How a date-time without an offset is read, and the forms produced. */
export const JS = 0;
export const REQUEST = 1;

/**
 * Converts `value` (already parsed) of the type coded `code`; `ctx.offset` is the
 * "+hh:mm" given to date-times the server sends without an offset.
 */
export function convert(value, code, form, ctx) {
  return walk(value, typeOf(code), form, ctx);
}

// Paths are built only on failure: each level adds its segment to the error as it passes
// (a string per value would cost more than the conversion itself).
function within(e, segment) {
  if (e instanceof ShapeError) e.path = `$${segment}${e.path.slice(1)}`;
  return e;
}

function walk(v, t, form, ctx) {
  if (v === null || v === undefined) return null;
  switch (t.k) {
    case "a": case "o": case "l":
      return v;
    case "s":
      if (typeof v === "string") return v;
      throw mismatch("a string", v, "$");
    case "i":
      if (typeof v === "number" && Number.isInteger(v)) return v;
      throw mismatch("an integer", v, "$");
    case "n":
      if (typeof v === "number") return v;
      throw mismatch("a number", v, "$");
    case "b":
      if (typeof v === "boolean") return v;
      throw mismatch("a boolean", v, "$");
    case "t":
      if (typeof v !== "string") throw mismatch("a TimeSpan string", v, "$");
      if (!isTimeSpan(v)) throw new ShapeError("$", `${quote(v)} is not a .NET TimeSpan`);
      return v;
    case "d": {
      if (typeof v !== "string") throw mismatch("a date-time string", v, "$");
      const rfc = rfc3339(v, ctx.offset);
      if (rfc === null) throw new ShapeError("$", `${quote(v)} is not an ISO 8601 date-time`);
      // Request bodies keep the caller's text: the server reads it as it reads any client's.
      return form === JS ? rfc : v;
    }
    case "e":
      return walkEnum(v, t.e);
    case "[":
      return walkArray(v, t.item, form, ctx);
    case "p":
      return walkPage(v, t.item, form, ctx);
    case "m":
      return walkModel(v, modelOf(t.i), form, ctx);
    default:
      return v;
  }
}

function walkArray(v, item, form, ctx) {
  if (!Array.isArray(v)) throw mismatch("an array", v, "$");
  const out = new Array(v.length);
  let n = 0;
  try {
    for (; n < v.length; n++) out[n] = walk(v[n], item, form, ctx);
  } catch (e) {
    throw within(e, `[${n}]`);
  }
  return out;
}

function walkEnum(v, e) {
  let name;
  if (typeof v === "number") name = e.byValue.get(v);
  else if (typeof v === "string") {
    name = e.byName.get(v) ?? e.byName.get(v.toLowerCase());
    if (name === undefined) {
      const trimmed = v.trim();
      if (/^[+-]?\d+$/.test(trimmed)) name = e.byValue.get(Number(trimmed));
    }
  } else {
    throw new ShapeError("$", `expected a ${e.name} (a name or an integer), got ${kindOf(v)}`);
  }
  // A value this version does not know is passed on as received.
  return name ?? v;
}

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const INTEGER = { k: "i" };

function walkPage(v, item, form, ctx) {
  if (!isObject(v)) throw new ShapeError("$", `expected a HAL collection, got ${kindOf(v)}`);
  const out = {};
  for (const k of Object.keys(v)) {
    const lower = k.toLowerCase();
    if (lower === "count") {
      try {
        out.count = walk(v[k], INTEGER, form, ctx);
      } catch (e) {
        throw within(e, `.${k}`);
      }
    } else if (lower === "_links") out._links = v[k];
    else if (lower === "_embedded") {
      const embedded = {};
      const e = v[k];
      if (isObject(e)) {
        for (const ek of Object.keys(e)) {
          if (ek.toLowerCase() === "items") {
            try {
              embedded.items = walkArray(e[ek], item, form, ctx);
            } catch (err) {
              // Spelled as the canonical names, as the Rust decoder reports them.
              throw within(err, "._embedded.items");
            }
          } else {
            embedded[ek] = e[ek];
          }
        }
      }
      out._embedded = embedded;
    }
  }
  return out;
}

function walkModel(v, m, form, ctx) {
  if (!isObject(v)) throw new ShapeError("$", `expected a ${m.name} object, got ${kindOf(v)}`);
  if (m.map) return v;
  if (form !== JS) return copyModel(v, m, form, ctx);
  // Objects of one answer share their keys, in order: the plan made for the last key list
  // (which fields, checked how) is tried first, comparing keys as it goes (`===` on the
  // engine's interned key strings), so most objects need no lookups and no key arrays.
  const plan = m.plan;
  if (plan !== undefined && plan.fields !== null && convertInPlace(v, plan, ctx)) return v;
  const keys = Object.keys(v);
  if (plan === undefined || !sameKeys(plan.keys, keys)) m.plan = planFor(m, keys);
  if (m.plan.fields === null) return copyModel(v, m, form, ctx);
  // Converting twice is harmless: every conversion maps its own output to itself.
  if (!convertInPlace(v, m.plan, ctx)) return copyModel(v, m, form, ctx);
  return v;
}

function sameKeys(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The fields of `keys` when every key is already a field's JavaScript name (what real
// servers send, in camelCase): the parsed object itself is then converted, with no copy.
// `fields: null` when some key needs renaming or dropping.
function planFor(m, keys) {
  const fields = [];
  for (const k of keys) {
    const f = m.exact.get(k);
    if (f === undefined || f.js !== k) return { keys, fields: null };
    fields.push(f);
  }
  return { keys, fields, kinds: Int8Array.from(fields, (f) => KIND[f.ty.k] ?? OTHER) };
}

// Small-integer kinds of the fields a plan checks inline (a switch on them is cheaper than on
// the type codes' strings).
const [STRING, INTEGER_KIND, BOOLEAN, TIMESPAN, DATETIME, ENUM, PASS, OTHER] = [0, 1, 2, 3, 4, 5, 6, 7];
const KIND = { s: STRING, i: INTEGER_KIND, b: BOOLEAN, t: TIMESPAN, d: DATETIME, e: ENUM, a: PASS, o: PASS, l: PASS };

// Converts `v` in place by `plan`; false (with the fields before the first difference
// converted) when `v`'s keys are not the plan's.
function convertInPlace(v, plan, ctx) {
  const { keys, fields, kinds } = plan;
  let i = 0;
  let key;
  try {
    for (key in v) {
      if (key !== keys[i]) return false;
      const value = v[key];
      const at = i++;
      if (value === null) continue;
      // The common cases are checked here, without a call; what needs converting (or
      // fails) goes through walk().
      switch (kinds[at]) {
        case STRING:
          if (typeof value === "string") continue;
          break;
        case INTEGER_KIND:
          if (Number.isInteger(value)) continue;
          break;
        case BOOLEAN:
          if (typeof value === "boolean") continue;
          break;
        case TIMESPAN:
          if (typeof value === "string" && isTimeSpan(value)) continue;
          break;
        case DATETIME:
          if (typeof value === "string" && RFC3339.test(value)) continue;
          break;
        case ENUM:
          if (fields[at].ty.e.names.has(value)) continue;
          break;
        case PASS:
          continue;
        default:
          break;
      }
      const converted = walk(value, fields[at].ty, JS, ctx);
      if (converted !== value) v[key] = converted;
    }
  } catch (e) {
    throw within(e, `.${key}`);
  }
  return i === keys.length;
}

function copyModel(v, m, form, ctx) {
  const out = {};
  const js = form === JS;
  for (const k of Object.keys(v)) {
    const f = m.exact.get(k) ?? m.folded.get(k.toLowerCase());
    if (f !== undefined) {
      const key = js ? f.js : f.wire;
      // The first of two spellings wins.
      if (Object.hasOwn(out, key)) continue;
      let value;
      try {
        value = walk(v[k], f.ty, form, ctx);
      } catch (e) {
        throw within(e, `.${k}`);
      }
      out[key] = value;
    } else if (m.open) {
      out[js ? camelCase(k) : k] = v[k];
    }
  }
  return out;
}

// Long enough to hold a whole token, so that the client can redact it from the message
// before bounding it (client.js); a value cut inside a token would leak its start.
const quote = (s) => JSON.stringify(s.length > 4096 ? `${s.slice(0, 4096)}…` : s);

// .NET TimeSpan, as micc_client::TimeSpan::parse reads it: [-][d.]hh:mm[:ss[.fffffff]],
// or the general form d:hh:mm:ss[.fffffff] (three colons).
const ASCII_SPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;
const TICKS_MAX = 9223372036854775807n;
// JSON.NET's own form, [-][d.]hh:mm:ss[.fffffff], checked without the general parser.
// The commonest TimeSpans by far, hh:mm:ss[.fffffff], checked by character codes.
const digit = (s, i) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100;
};
function isClock(s) {
  const n = s.length;
  if (n < 8 || n === 9 || n > 16 || s.charCodeAt(2) !== 58 || s.charCodeAt(5) !== 58) return false;
  const hours = digit(s, 0) * 10 + digit(s, 1);
  if (hours < 0 || hours > 23 || digit(s, 3) < 0 || digit(s, 3) > 5 || digit(s, 4) < 0
    || digit(s, 6) < 0 || digit(s, 6) > 5 || digit(s, 7) < 0) return false;
  if (n === 8) return true;
  if (s.charCodeAt(8) !== 46) return false;
  for (let i = 9; i < n; i++) if (digit(s, i) < 0) return false;
  return true;
}

// Up to 7 digits of days: TimeSpan.MaxValue is 10675199.02:48:05.4775807, so they fit.
const CONSTANT_TIMESPAN = /^-?(?:\d{1,7}\.)?(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,7})?$/;
export function isTimeSpan(text) {
  if (isClock(text) || CONSTANT_TIMESPAN.test(text)) return true;
  const trimmed = text.replace(ASCII_SPACE, "");
  const negative = trimmed.startsWith("-");
  const s = negative ? trimmed.slice(1) : trimmed;
  let pos = 0;
  // 1 to `max` digits at `pos`, or null (none, or more than `max`).
  const digits = (max) => {
    const m = /^\d+/.exec(s.slice(pos));
    if (!m || m[0].length > max) return null;
    pos += m[0].length;
    return BigInt(m[0]);
  };
  const first = digits(8);
  if (first === null) return false;
  const colons = s.split(":").length - 1;
  let days = 0n;
  let hours = first;
  if (s[pos] === "." || (s[pos] === ":" && colons === 3)) {
    pos += 1;
    days = first;
    hours = digits(2);
    if (hours === null) return false;
  } else if (s[pos] !== ":") {
    return false;
  }
  if (s[pos] !== ":") return false;
  pos += 1;
  const minutes = digits(2);
  if (minutes === null) return false;
  let seconds = 0n;
  let fraction = 0n;
  if (s[pos] === ":") {
    pos += 1;
    seconds = digits(2);
    if (seconds === null) return false;
    if (s[pos] === ".") {
      pos += 1;
      const start = pos;
      const f = digits(7);
      if (f === null) return false;
      fraction = f * 10n ** BigInt(7 - (pos - start));
    }
  }
  if (pos !== s.length || hours > 23n || minutes > 59n || seconds > 59n) return false;
  const ticks = days * 864000000000n + hours * 36000000000n + minutes * 600000000n
    + seconds * 10000000n + fraction;
  // TimeSpan.MinValue is one tick further from zero than MaxValue.
  return ticks <= (negative ? TICKS_MAX + 1n : TICKS_MAX);
}

// ISO 8601 date-time as micc_client::DateTime::parse reads it, written as RFC 3339 with an
// offset: `offset` ("+hh:mm" or "Z") for a text without one. `null` when it is not one.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Already RFC 3339 with an offset (what JSON.NET sends for UTC and offset times).
const RFC3339 = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,7})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
export function rfc3339(text, offset = "Z") {
  // Days 29 to 31 take the general path, which knows the month's length.
  if (RFC3339.test(text)) return text;
  const m = DATE_TIME.exec(text.replace(ASCII_SPACE, ""));
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (month < 1 || month > 12 || day < 1 || day > days) return null;
  if (hour > 23 || minute > 59 || second > 60) return null;
  let zone = offset;
  if (m[8]) zone = "Z";
  else if (m[9]) {
    const [h, min] = [Number(m[10]), Number(m[11] ?? 0)];
    if (h > 23 || min > 59) return null;
    zone = `${m[9]}${m[10]}:${m[11] ?? "00"}`;
  }
  const fraction = m[7] ? `.${m[7].slice(0, 7)}` : "";
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${fraction}${zone}`;
}

/** The answer type of an operation (`undefined`: unknown id). */
export const responseType = (op) => RESPONSES[op];

/** The type code of a model by its name (`QueueState` → `m<N>`). */
export function modelType(name) {
  const i = MODELS.findIndex((m) => m[0] === name);
  if (i < 0) throw new ShapeError("$", `no model ${name}`);
  return `m${i}`;
}
/** The request body type of an operation (`undefined`: it takes none). */
export const requestType = (op) => REQUESTS[op];
