import { describe, expect, it } from "vitest";
import { columnsFor, conceptOf, draftOf, glossaryLocale, pieces } from "./logic";
import type { TermInText } from "../bindings/TermInText";
import type { Concept } from "../bindings/Concept";

const mention = (start: number, end: number, text: string): TermInText => ({
  conceptId: "c",
  start,
  end,
  matched: { locale: "ja", kind: "preferred", text },
  userTerm: false,
});

describe("the interpreter sees staff and patient languages first", () => {
  it("maps app locale tags onto glossary locales", () => {
    expect(glossaryLocale("zh-Hans")).toBe("zh-Hans");
    expect(glossaryLocale("zh-CN")).toBe("zh-Hans");
    expect(glossaryLocale("zh-TW")).toBe("zh-Hant");
    expect(glossaryLocale("zh-Hant-HK")).toBe("zh-Hant");
    expect(glossaryLocale("ko-KR")).toBe("ko");
    expect(glossaryLocale("fr")).toBeNull();
    expect(glossaryLocale(null)).toBeNull();
  });

  it("puts staff then patient first and the other four only when expanded", () => {
    expect(columnsFor("ja", "zh-Hans", false)).toEqual(["ja", "zh-Hans"]);
    expect(columnsFor("ja", "zh-Hans", true)).toEqual(["ja", "zh-Hans", "en", "zh-Hant", "ko", "vi"]);
    expect(columnsFor("ja", "ja", false)).toEqual(["ja"]);
    expect(columnsFor("fr", "xx", false)).toEqual(["ja", "en"]);
  });
});

describe("recognised terms in free text keep every character", () => {
  it("cuts at UTF-16 offsets, astral characters included", () => {
    // "𠮷" is two UTF-16 code units: offsets after it must still land on the term.
    const text = "𠮷野 間葉系幹細胞を点滴";
    const start = text.indexOf("間");
    const out = pieces(text, [mention(start, start + 6, "間葉系幹細胞")]);
    expect(out.map((p) => p.text)).toEqual(["𠮷野 ", "間葉系幹細胞", "を点滴"]);
    expect(out[1]?.term?.conceptId).toBe("c");
    expect(out.map((p) => p.text).join("")).toBe(text);
  });

  it("skips overlapping and out-of-range mentions without losing text", () => {
    const text = "stem cell therapy";
    const out = pieces(text, [mention(0, 9, "stem cell"), mention(5, 9, "cell"), mention(10, 99, "x"), mention(3, 3, "")]);
    expect(out.map((p) => p.text)).toEqual(["stem cell", " therapy"]);
    expect(out.map((p) => p.text).join("")).toBe(text);
  });

  it("returns the text unchanged when nothing is recognised", () => {
    expect(pieces("なし", [])).toEqual([{ text: "なし" }]);
    expect(pieces("", [])).toEqual([]);
  });
});

describe("the user-concept form", () => {
  it("starts empty and needing review, and leaves out empty columns and blank lines", () => {
    const draft = draftOf(null);
    expect(draft.review).toBe("needs-review");
    draft.locales.ja.preferred = " 院内用語 ";
    draft.locales.ja.reading = "いんないようご";
    draft.locales.ja.synonyms = "略語\n\n  別名 \n";
    const c = conceptOf(draft);
    expect(Object.keys(c.terms)).toEqual(["ja"]);
    expect(c.terms.ja).toEqual({ preferred: "院内用語", reading: "いんないようご", synonyms: ["略語", "別名"], avoid: [] });
    expect(c.origin).toBe("user");
  });

  it("copies a built-in concept with its id, every term, and marks the copy for review", () => {
    const builtIn: Concept = {
      id: "iv-drip",
      domain: "procedures",
      review: "verified",
      source: "x",
      related: [],
      definition: { ja: "点滴の定義" },
      terms: { ja: { preferred: "点滴", reading: "てんてき", synonyms: ["点滴静注"], avoid: [] }, en: { preferred: "IV drip", synonyms: [], avoid: ["drip"] } },
      origin: "built-in",
    };
    const draft = draftOf(builtIn);
    expect(draft.fixedId).toBe(true);
    expect(draft.review).toBe("needs-review");
    const back = conceptOf(draft);
    expect(back.id).toBe("iv-drip");
    expect(back.terms.en?.avoid).toEqual(["drip"]);
    expect(back.definition.ja).toBe("点滴の定義");
  });
});
