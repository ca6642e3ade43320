// A schema built the first time something reads it. Every zod instance binds its methods as it is
// made, so the record schemas and the exchange format cost tens of milliseconds when the app
// starts, yet nothing on the opening screen parses a record: writes, opened meetings and imports
// do, later. The stand-in forwards every read to the schema, so callers use it as the schema.
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = () => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
