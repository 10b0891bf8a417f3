// Pure logic of the handoff preview: image URLs for the SVG pages and which blocks remain.
import type { Item } from "../bindings/Item";

/** A `data:` URL for one standalone SVG page (the CSP allows data: images, not blob: ones). */
export function svgDataUrl(svg: string): string {
  return "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
}

/** The report items behind the blocking rule ids, in the order the preview lists the ids. */
export function blockingItems(items: readonly Item[], blocking: readonly string[]): Item[] {
  const out: Item[] = [];
  for (const id of blocking) {
    const item = items.find((i) => i.ruleId === id);
    if (item) out.push(item);
  }
  return out;
}

/** Rule ids still blocking after staff's explicit overrides. */
export function unresolved(blocking: readonly string[], overrides: ReadonlySet<string>): string[] {
  return blocking.filter((id) => !overrides.has(id));
}

/** Zoom steps for the page view, in percent. */
export const ZOOMS = [50, 75, 100, 125, 150, 200] as const;

export function nextZoom(current: number, direction: 1 | -1): number {
  const i = ZOOMS.findIndex((z) => z >= current);
  const at = i < 0 ? ZOOMS.length - 1 : i;
  const next = Math.min(ZOOMS.length - 1, Math.max(0, at + direction));
  return ZOOMS[next] ?? current;
}
