import { describe, expect, it } from "vitest";
import { blockingItems, nextZoom, svgDataUrl, unresolved } from "./logic";
import type { Item } from "../bindings/Item";

const item = (ruleId: string): Item => ({
  ruleId,
  severity: "stop",
  blocks: "handoff",
  overridable: true,
  title: { id: `${ruleId}-title` },
  rationale: { id: `${ruleId}-why` },
  source: { kind: "seed", reference: "x" } as Item["source"],
  fields: [],
  resolves: { id: `${ruleId}-fix` },
});

describe("the physician's pages are shown as images", () => {
  it("encodes the whole SVG, Japanese, '#' and quotes included, into a data URL", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text fill="#000">アレルギー未確認 100%</text></svg>`;
    const url = svgDataUrl(svg);
    expect(url.startsWith("data:image/svg+xml;charset=utf-8,")).toBe(true);
    expect(url).not.toContain("#");
    expect(decodeURIComponent(url.slice("data:image/svg+xml;charset=utf-8,".length))).toBe(svg);
  });
});

describe("blocking items stay until staff override each one", () => {
  it("lists the report items behind the blocking ids", () => {
    const items = [item("R01"), item("R07-allergies-not-asked"), item("R13")];
    expect(blockingItems(items, ["R07-allergies-not-asked", "missing-id"]).map((i) => i.ruleId)).toEqual(["R07-allergies-not-asked"]);
  });

  it("counts only explicit overrides as resolved", () => {
    expect(unresolved(["R07", "R13"], new Set(["R07"]))).toEqual(["R13"]);
    expect(unresolved(["R07"], new Set())).toEqual(["R07"]);
  });

  it("zooms in steps and stops at the ends", () => {
    expect(nextZoom(100, 1)).toBe(125);
    expect(nextZoom(100, -1)).toBe(75);
    expect(nextZoom(200, 1)).toBe(200);
    expect(nextZoom(50, -1)).toBe(50);
  });
});
