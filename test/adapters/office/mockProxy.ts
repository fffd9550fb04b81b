import { OfficeMockObject } from "office-addin-mock";
import { isValidError } from "office-addin-mock/lib/possibleErrors";

export type Proxy = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An operation of a batch: applied in order at sync, with the bytes it sends and receives. */
export interface Op {
  readonly apply: () => void;
  /** Characters the request carries for it (values, formats, XML, names). */
  readonly size: number;
}

/** What an object of the mock's object model offers. */
export interface ObjectSpec {
  /** Scalar properties, computed when the load is applied (in order with the batch's writes). */
  readonly props?: Readonly<Record<string, () => unknown>>;
  /** Navigation properties: other objects, at hand without a load. */
  readonly nav?: Readonly<Record<string, () => Proxy>>;
  readonly methods?: Readonly<Record<string, (...args: any[]) => unknown>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Writable properties: each write queues an operation. */
  readonly writes?: Readonly<Record<string, (value: unknown) => Op>>;
  /** For a collection: its items as of the moment the load is applied. */
  readonly items?: () => Proxy[];
}

/** The queue and counters a batch's objects share. */
export interface Batch {
  enqueue(op: Op): void;
  /** Characters the current sync's response carries. */
  received(size: number): void;
  track(target: { sync: () => Promise<void> }): void;
}

/** Bytes a loaded value brings back (UTF-8 JSON, as Excel on the web counts them); objects are not sent. */
const size = (value: unknown): number =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? 0
    : Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");

/**
 * An object of the mock's Office.js model on an office-addin-mock OfficeMockObject: a property
 * reads only after load() and sync() (earlier it throws, as Office.js does); a load is an
 * operation of the batch, so it sees the writes queued before it and nothing after, and the
 * characters it brings back count against the response; a write or a method that changes the
 * workbook is queued and applied at sync.
 */
export function mockObject(batch: Batch, spec: ObjectSpec): Proxy {
  const target = new OfficeMockObject({}) as unknown as {
    setValue(name: string, value: unknown): void;
    load(name: string): void;
    sync(): Promise<void>;
  };
  batch.track(target);
  const props = spec.props ?? {};
  // A navigation property is one object, as in Office.js: what is loaded on it is read on it.
  const navigated = new Map<string, Proxy>();
  const nav = (name: string): Proxy => {
    let next = navigated.get(name);
    if (!next) navigated.set(name, (next = spec.nav![name]!()));
    return next;
  };
  for (const name of Object.keys(props)) target.setValue(name, undefined);
  if (spec.items) target.setValue("items", undefined);
  /** The collection's items, made once per load call with every property asked of them. */
  const loadItems = (paths: ReadonlyArray<string>): void => {
    target.load("items");
    batch.enqueue({
      apply: () => {
        const items = spec.items!();
        target.setValue("items", items);
        target.load("items");
        if (paths.length) for (const item of items) item.load(paths.join(","));
      },
      size: 0,
    });
  };
  const loadPath = (path: string): void => {
    const [head, ...rest] = path.split("/");
    if (!head) return;
    if (head in props) {
      target.load(head);
      batch.enqueue({
        apply: () => {
          const value = props[head]!();
          batch.received(size(value));
          target.setValue(head, value);
          target.load(head);
        },
        size: 0,
      });
    } else if (spec.nav && head in spec.nav) {
      nav(head).load(rest.length ? rest.join("/") : "*");
    } else throw new Error(`PropertyNotFound: the mock has no ${head} to load`);
  };
  const self: Proxy = new Proxy(target as object, {
    get: (t, prop) => {
      if (prop === "load")
        return (what?: string | string[]) => {
          const paths = Array.isArray(what) ? what : String(what ?? "*").split(",");
          // As in Office.js, a loaded ...OrNullObject always answers isNullObject.
          if ("isNullObject" in props) paths.push("isNullObject");
          const trimmed = paths.map((x) => x.trim()).filter(Boolean);
          const itemPaths = trimmed.filter((p) => p === "items" || p.startsWith("items/"));
          if (itemPaths.length && spec.items)
            loadItems(itemPaths.map((p) => p.slice("items/".length)).filter(Boolean));
          for (const p of trimmed.filter((x) => !itemPaths.includes(x))) {
            if (p === "*") for (const name of Object.keys(props)) loadPath(name);
            else loadPath(p);
          }
          return self;
        };
      if (typeof prop !== "string") return Reflect.get(t, prop);
      if (spec.methods && prop in spec.methods) return spec.methods[prop];
      if (spec.nav && prop in spec.nav) return nav(prop);
      if (prop in props || (prop === "items" && spec.items)) {
        const value = Reflect.get(t, prop);
        if (value === undefined || (typeof value === "string" && isValidError(value)))
          throw new Error(`PropertyNotLoaded: ${prop}`);
        return value;
      }
      if (prop === "toJSON" || prop === "then") return undefined;
      throw new Error(`the mock has no ${prop}`);
    },
    set: (_t, prop, value) => {
      const write = spec.writes?.[String(prop)];
      if (!write) throw new Error(`the mock does not write ${String(prop)}`);
      batch.enqueue(write(value));
      return true;
    },
  });
  return self;
}

/** A ClientResult: `value` after the sync that ran it. */
export function clientResult(batch: Batch, compute: () => unknown): Proxy {
  const result = mockObject(batch, { props: { value: compute } });
  result.load("value");
  return result;
}
