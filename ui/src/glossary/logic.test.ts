import { describe, expect, it } from "vitest";
import { columnsFor, glossaryLocale, pieces } from "./logic";
import type { TermInText } from "../bindings/TermInText";

const mention = (start: number, end: number, text: string): TermInText => ({
  conceptId: "c",
  start,
  end,
  matched: { locale: "ja", kind: "preferred", text },
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
