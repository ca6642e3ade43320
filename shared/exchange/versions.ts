// Comparing app versions ("0.1.0", "1.2.10"): a backup made by a newer app is not restored here.

/** Negative when a is older than b, 0 when equal, positive when newer; unparsable parts count as 0. */
export function compareAppVersions(a: string, b: string): number {
  const parts = (v: string) => v.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
