import { describe, expect, it } from "vitest";
import { groupSources, Localizer, localizer } from "./i18n";
import { toAppError } from "./ipc";
import { initialLocales } from "./state";
import type { Settings } from "./bindings/Settings";

describe("the UI reads the same .ftl files as Rust", () => {
  it("loads Japanese and English without a single Fluent error", () => {
    const l10n = localizer();
    expect(l10n.errors).toEqual([]);
    expect(l10n.locales).toEqual(expect.arrayContaining(["ja", "en"]));
    expect(l10n.format("ja", "app-title")).toBe("架け橋");
    expect(l10n.format("en", "app-title")).toBe("Kakehashi");
  });

  it("formats a typed error from Rust with its arguments, in the staff's language", () => {
    const message = { id: "app-error-in-use", args: { path: "/data" } };
    expect(localizer().formatMessage("en", message)).toContain("/data");
    expect(localizer().formatMessage("ja", message)).toContain("使用中");
  });
});

describe("fallbacks never show a blank", () => {
  const l10n = new Localizer({ ja: ["only-ja = 日本語だけ\n"], en: ["x = y\n"] });

  it("falls back to Japanese, then to the id", () => {
    expect(l10n.format("en", "only-ja")).toBe("日本語だけ");
    expect(l10n.format("en", "missing-everywhere")).toBe("missing-everywhere");
  });

  it("negotiates a regional tag to its language and an unknown one to Japanese", () => {
    expect(l10n.negotiate(["en-GB"])).toBe("en");
    expect(l10n.negotiate(["xx"])).toBe("ja");
  });

  it("groups sources by their locale folder", () => {
    const grouped = groupSources({ "../../locales/ja/a.ftl": "a = 1", "../../locales/en/a.ftl": "a = 1", "../other.txt": "" });
    expect(Object.keys(grouped).sort()).toEqual(["en", "ja"]);
  });
});

/** Settings where only the two locales matter (the other fields play no part in choosing them). */
const localesOnly = (staffLocale: string | null, patientLocale: string | null): Settings =>
  ({ staffLocale, patientLocale, idleLockMinutes: 10 }) as unknown as Settings;

describe("locale settings", () => {
  it("uses the saved choice when there is one", () => {
    expect(initialLocales(localesOnly("en", "ja"), "ja")).toEqual({ staff: "en", patient: "ja" });
  });

  it("follows the operating system for staff and pairs Japanese staff with another patient language", () => {
    expect(initialLocales(localesOnly(null, null), "ja")).toEqual({ staff: "ja", patient: "en" });
  });

  it("ignores a saved locale that no longer exists", () => {
    expect(initialLocales(localesOnly("xx", null), "en").staff).toBe("en");
  });
});

describe("errors crossing IPC", () => {
  it("keeps a typed error as it is", () => {
    const typed = { kind: "in-use", message: { id: "app-error-in-use", args: { path: "/d" } } };
    expect(toAppError(typed)).toEqual(typed);
  });

  it("wraps Tauri's own string rejections as an internal error with a message id", () => {
    const wrapped = toAppError("command not allowed");
    expect(wrapped.kind).toBe("internal");
    expect(wrapped.message.id).toBe("app-error-internal");
  });
});
