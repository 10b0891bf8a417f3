// Every message the two overlays can show exists in Japanese and English, so staff never read a
// raw message id — including the ids built from enum values (domains, locales, severities).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { localizer } from "../i18n";
import type { Domain } from "../bindings/Domain";
import type { MatchKind } from "../bindings/MatchKind";
import type { Severity } from "../bindings/Severity";
import { GLOSSARY_LOCALES } from "./logic";

const sources = ["./GlossaryPanel.tsx", "./GlossaryTerms.tsx", "./ConceptForm.tsx", "./GlossaryTools.tsx", "../handoff/HandoffPanel.tsx"].map((p) =>
  readFileSync(fileURLToPath(new URL(p, import.meta.url)), "utf8"),
);

// Exhaustive lists: adding a value to the Rust enum fails type checking here until it is listed.
const DOMAINS: Record<Domain, true> = {
  "cell-types": true,
  "cell-sources": true,
  products: true,
  procedures: true,
  "manufacturing-quality": true,
  regulation: true,
  "history-conditions": true,
  symptoms: true,
  "drug-classes": true,
  "allergy-reactions": true,
  "screening-tests": true,
  imaging: true,
  "consent-phrases": true,
  "anatomy-routes": true,
};
const MATCHES: Record<MatchKind, true> = { exact: true, prefix: true, substring: true, fuzzy: true };
const SEVERITIES: Record<Severity, true> = { stop: true, missing: true, attention: true, note: true };

describe("the glossary and handoff panels speak both staff languages", () => {
  const l10n = localizer();
  const literal = new Set(sources.flatMap((s) => [...s.matchAll(/"(panels-[a-z0-9-]+)"/g)].map((m) => m[1] ?? "")));
  const built = [
    ...Object.keys(DOMAINS).map((d) => `panels-domain-${d}`),
    ...Object.keys(MATCHES).map((m) => `panels-match-${m}`),
    ...Object.keys(SEVERITIES).map((s) => `panels-severity-${s}`),
    ...GLOSSARY_LOCALES.map((l) => `panels-locale-${l}`),
  ];

  it("finds the literal ids in the components", () => {
    expect(literal.size).toBeGreaterThan(30);
  });

  for (const locale of ["ja", "en"]) {
    it(`has every id in ${locale}`, () => {
      const missing = [...literal, ...built].filter((id) => !l10n.has(locale, id));
      expect(missing).toEqual([]);
    });
  }
});
