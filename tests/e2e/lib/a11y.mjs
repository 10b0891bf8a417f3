// Checks of what staff read and reach, run in the real window on whatever the screen shows:
// every control has a name a screen reader can say (its label), text is readable against what is
// actually behind it (WCAG 2.2 AA: 4.5:1, 3:1 for large text), and the element the keyboard is
// on shows a focus ring that stands out from its surroundings (3:1).

// Shared by the checks inside the page: colours, compositing, contrast, visibility.
const PAGE_HELPERS = String.raw`
const parse = (c) => {
  const m = /rgba?\(([^)]+)\)/.exec(c || "");
  if (!m) return null;
  const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
};
const over = (top, bottom) => {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t, b) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
};
const lum = (c) => {
  const ch = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
};
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
const hex = (c) => "#" + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
// What is painted behind an element: its own and its ancestors' backgrounds, composited over white.
// Returns null where a background image makes the answer unknowable from styles alone.
const backdrop = (el) => {
  const layers = [];
  for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.backgroundImage && s.backgroundImage !== "none") return null;
    const c = parse(s.backgroundColor);
    if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
  }
  let bg = { r: 255, g: 255, b: 255, a: 1 };
  for (const c of layers.reverse()) bg = over(c, bg);
  return bg;
};
const opacityOf = (el) => { let o = 1; for (let e = el; e && e.nodeType === 1; e = e.parentElement) o *= Number(getComputedStyle(e).opacity); return o; };
const shown = (el) => {
  if (el.closest("[inert], [aria-hidden=true]")) return false;
  const s = getComputedStyle(el);
  if (s.visibility !== "visible" || s.display === "none") return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};
const describe = (el) => {
  const id = el.id ? "#" + el.id : "";
  const t = el.getAttribute("data-testid");
  return el.tagName.toLowerCase() + id + (t ? "[data-testid=" + t + "]" : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "");
};
`;

/**
 * Controls on the screen without an accessible name, and text below its contrast minimum.
 * Disabled controls are exempt from contrast (WCAG 1.4.3), as is what is under an open panel.
 */
export async function auditScreen(driver) {
  return driver.executeScript(
    PAGE_HELPERS +
      String.raw`
const unlabeled = [];
let controls = 0;
let texts = 0;
for (const el of document.querySelectorAll("input, select, textarea, button, [role=tab], [role=button]")) {
  if (el.type === "hidden" || !shown(el)) continue;
  controls++;
  const byLabels = el.labels ? [...el.labels].map((l) => l.textContent).join(" ") : "";
  const byIds = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent || "").join(" ");
  const own = el.tagName === "BUTTON" || el.getAttribute("role") ? el.textContent : "";
  const name = [byLabels, byIds, el.getAttribute("aria-label") || "", el.getAttribute("title") || "", own].join(" ").trim();
  if (!name) unlabeled.push(describe(el));
}
const lowContrast = [];
const unknown = [];
for (const el of document.querySelectorAll("body *")) {
  const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
  if (!text || !shown(el)) continue;
  if (el.closest(":disabled, [aria-disabled=true]")) continue;
  texts++;
  const s = getComputedStyle(el);
  const bg = backdrop(el);
  if (!bg) { unknown.push(describe(el)); continue; }
  const fg0 = parse(s.color);
  if (!fg0) continue;
  const fg = over({ ...fg0, a: fg0.a * opacityOf(el) }, bg);
  const size = parseFloat(s.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
  const need = large ? 3 : 4.5;
  const r = ratio(fg, bg);
  if (r < need) lowContrast.push(describe(el) + ' "' + text.slice(0, 40) + '" ' + hex(fg) + " on " + hex(bg) + " = " + r.toFixed(2) + ":1 (needs " + need + ")");
}
return { unlabeled, lowContrast, unknown, controls, texts };
`,
  );
}

/**
 * The focus ring of the element the keyboard is on: its outline must be at least 2 px wide and
 * contrast 3:1 with what is behind it (WCAG 2.4.7 and 1.4.11). Returns a problem, or null.
 */
export async function focusRingProblem(driver) {
  return driver.executeScript(
    PAGE_HELPERS +
      String.raw`
const el = document.activeElement;
if (!el || el === document.body) return "focus is on nothing";
const s = getComputedStyle(el);
const width = parseFloat(s.outlineWidth) || 0;
const color = parse(s.outlineColor);
const around = backdrop(el.parentElement || el);
if (s.outlineStyle === "none" || width < 2 || !color) return describe(el) + ": no focus ring (outline " + s.outlineStyle + " " + s.outlineWidth + ")";
if (around) {
  const r = ratio(over(color, around), around);
  if (r < 3) return describe(el) + ": focus ring " + hex(color) + " on " + hex(around) + " = " + r.toFixed(2) + ":1 (needs 3)";
}
return null;
`,
  );
}
