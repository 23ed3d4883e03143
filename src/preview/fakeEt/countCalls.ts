/**
 * Counts the calls a door makes into an ET-shaped object model. In WPS every property read or
 * write and every method call on `window.Application`'s objects crosses from the page into the
 * host, so the number of calls is what a read costs there. This wraps any object graph (the fake
 * ET host in tests and the bench) and counts each property get, property set and method call
 * reached through it; arrays and other values handed back are data, counted once with their get.
 */
export interface CallCounter<T> {
  /** The wrapped root: use it in place of the original. */
  readonly root: T;
  /** Calls made through `root` since the start or the last reset. */
  count(): number;
  /** Calls per member name ('Range', 'MergeCells', 'Value2' …). */
  byMember(): Map<string, number>;
  reset(): void;
}

export function countCalls<T extends object>(target: T): CallCounter<T> {
  let total = 0;
  const members = new Map<string, number>();
  const tally = (name: string): void => {
    total += 1;
    members.set(name, (members.get(name) ?? 0) + 1);
  };
  const wrapped = new WeakMap<object, unknown>();

  function wrap(value: unknown): unknown {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date)
      return value;
    const known = wrapped.get(value);
    if (known) return known;
    const proxy = new Proxy(value, {
      get(obj, prop, receiver) {
        if (typeof prop === 'symbol') return Reflect.get(obj, prop, receiver) as unknown;
        // The raw object as `this`, so what the host does inside is not counted as the door's calls.
        const member: unknown = Reflect.get(obj, prop, obj);
        if (typeof member === 'function') {
          return (...args: unknown[]): unknown => {
            tally(prop);
            const unwrapped = args.map((a) => (typeof a === 'object' && a !== null ? (raw.get(a) ?? a) : a));
            return wrap((member as (...a: unknown[]) => unknown).apply(obj, unwrapped));
          };
        }
        tally(prop);
        return wrap(member);
      },
      set(obj, prop, v: unknown) {
        if (typeof prop !== 'symbol') tally(prop);
        return Reflect.set(obj, prop, typeof v === 'object' && v !== null ? (raw.get(v) ?? v) : v, obj);
      },
    });
    wrapped.set(value, proxy);
    raw.set(proxy, value);
    return proxy;
  }
  const raw = new WeakMap<object, object>();

  return {
    root: wrap(target) as T,
    count: () => total,
    byMember: () => new Map(members),
    reset: () => {
      total = 0;
      members.clear();
    },
  };
}
