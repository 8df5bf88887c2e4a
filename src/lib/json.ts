/** JSON with sorted keys and rounded floats, so the same data always writes the same bytes. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === "number" && !Number.isInteger(v)) return Number(v.toPrecision(12));
    if (v && typeof v === "object" && !Array.isArray(v))
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]])
      );
    return v;
  });
}
