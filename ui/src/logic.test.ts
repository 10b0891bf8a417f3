import { describe, expect, it } from "vitest";
import type { ScreeningResult } from "./bindings/ScreeningResult";
import type { Section } from "./bindings/Section";
import {
  abnormality,
  addEntry,
  confirmNone,
  Debouncer,
  fieldId,
  fieldIdCandidates,
  freshness,
  gridStatus,
  patientLocaleFor,
  removeEntry,
  SaveTracker,
  sectionState,
  tabOfField,
  type Timers,
  updateEntry,
} from "./logic";

describe("a section keeps 'not asked' and 'confirmed none' apart", () => {
  it("starts not asked and becomes a list when the first medicine is added", () => {
    const s: Section<string> = { kind: "not-asked" };
    expect(sectionState(s)).toBe("not-asked");
    const one = addEntry(s, "warfarin");
    expect(one).toEqual({ kind: "entries", entries: ["warfarin"] });
  });

  it("becomes confirmed none only when staff confirm it, with who confirmed", () => {
    const s = confirmNone<string>("Sato", new Date(2026, 10, 21, 10, 15, 0));
    expect(s.kind).toBe("confirmed-none");
    expect(s.kind === "confirmed-none" && s.confirmedBy).toBe("Sato");
    expect(s.kind === "confirmed-none" && s.confirmedAt).toMatch(/^2026-11-21T10:15:00[+-]\d\d:\d\d$/);
  });

  it("returns to not asked, never to confirmed none, when the last entry is removed", () => {
    const s = addEntry<string>({ kind: "not-asked" }, "penicillin");
    expect(removeEntry(s, 0)).toEqual({ kind: "not-asked" });
    const two = addEntry(s, "latex");
    expect(removeEntry(two, 0)).toEqual({ kind: "entries", entries: ["latex"] });
  });

  it("an entry added after confirming none replaces the confirmation", () => {
    const s = addEntry(confirmNone<string>("Sato"), "aspirin");
    expect(s).toEqual({ kind: "entries", entries: ["aspirin"] });
  });

  it("edits one entry without touching the others", () => {
    const s = addEntry(addEntry<string>({ kind: "not-asked" }, "a"), "b");
    expect(updateEntry(s, 1, "B")).toEqual({ kind: "entries", entries: ["a", "B"] });
  });
});

describe("a field path from Rust finds its input", () => {
  it("turns a path into the id of its input", () => {
    expect(fieldId("medications[1].dose.unit")).toBe("f-medications-1-dose-unit");
    expect(fieldId("profile.names.native")).toBe("f-profile-names-native");
  });

  it("falls back from the exact field to its row and its section", () => {
    expect(fieldIdCandidates("allergies[0].severity")).toEqual(["f-allergies-0-severity", "f-allergies-0", "f-allergies"]);
    expect(fieldIdCandidates("plannedTreatment.committee.value.name")[3]).toBe("f-plannedTreatment");
  });

  it("knows which tab holds a field", () => {
    expect(tabOfField("medications[1].dose.unit")).toBe("medications");
    expect(tabOfField("plannedTreatment.route")).toBe("treatment");
    expect(tabOfField("explanation.items[0].teachBack")).toBe("consent");
    expect(tabOfField("consent.acquireSpecialCare.date")).toBe("consent");
    expect(tabOfField("history.pregnancy")).toBe("history");
    expect(tabOfField("profile.interpreter.languages[0]")).toBe("profile");
    expect(tabOfField("screening[2].collected")).toBe("screening");
  });
});

class FakeTimers implements Timers {
  now = 0;
  private queue: { at: number; fn: () => void; id: number }[] = [];
  private next = 1;
  set(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.queue.push({ at: this.now + ms, fn, id });
    return id;
  }
  clear(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle);
  }
  advance(ms: number): void {
    this.now += ms;
    const due = this.queue.filter((t) => t.at <= this.now);
    this.queue = this.queue.filter((t) => t.at > this.now);
    for (const t of due) t.fn();
  }
}

describe("autosave waits for a pause in typing", () => {
  it("saves once, 1.5 s after the last keystroke", () => {
    const timers = new FakeTimers();
    let saves = 0;
    const d = new Debouncer(() => saves++, 1500, timers);
    for (let i = 0; i < 10; i++) {
      d.poke();
      timers.advance(500);
    }
    expect(saves).toBe(0);
    timers.advance(1000);
    expect(saves).toBe(1);
    expect(d.pending).toBe(false);
  });

  it("saves at once when staff move to another section", () => {
    const timers = new FakeTimers();
    let saves = 0;
    const d = new Debouncer(() => saves++, 1500, timers);
    d.poke();
    d.flush();
    expect(saves).toBe(1);
    timers.advance(5000);
    expect(saves).toBe(1);
  });
});

describe("the save indicator says saved only after the durable save of what is on screen", () => {
  it("goes new → dirty → saving → saved", () => {
    const t = new SaveTracker(false);
    expect(t.state.kind).toBe("new");
    t.edit();
    expect(t.state.kind).toBe("dirty");
    const v = t.begin();
    expect(t.state.kind).toBe("saving");
    t.succeeded(v ?? -1, "10:00");
    expect(t.state).toEqual({ kind: "saved", at: "10:00" });
    expect(t.dirty).toBe(false);
  });

  it("a new patient nobody typed into has nothing to save", () => {
    const t = new SaveTracker(false);
    expect(t.dirty).toBe(false);
    expect(t.begin()).toBeNull();
    expect(t.state.kind).toBe("new");
  });

  it("stays dirty when staff typed while the save was in flight", () => {
    const t = new SaveTracker(true);
    t.edit();
    const v = t.begin();
    t.edit();
    t.succeeded(v ?? -1, "10:00");
    expect(t.state.kind).toBe("dirty");
    expect(t.dirty).toBe(true);
  });

  it("a rejected save keeps the edit unsaved", () => {
    const t = new SaveTracker(true);
    t.edit();
    t.begin();
    t.rejected(2);
    expect(t.state).toEqual({ kind: "rejected", count: 2 });
    expect(t.dirty).toBe(true);
    expect(t.begin()).not.toBeNull();
  });
});

function result(over: Partial<ScreeningResult> & Pick<ScreeningResult, "value">): ScreeningResult {
  return {
    test: { kind: "catalog", id: "cea" },
    loinc: "",
    labCode: "",
    referenceRange: { low: null, high: "5.0", text: "" },
    collected: "2026-11-01",
    lab: "",
    note: "",
    ...over,
  };
}

describe("screening results are flagged for the physician", () => {
  it("flags a tumour marker above its range as high", () => {
    expect(abnormality(result({ value: { kind: "numeric", value: "12.4", unit: "ng/mL", comparator: "eq", interpretation: null } }))).toBe("high");
    expect(abnormality(result({ value: { kind: "numeric", value: "3.1", unit: "ng/mL", comparator: "eq", interpretation: null } }))).toBe("normal");
  });

  it("reads '< 0.5' under an upper limit as normal and a positive serology as abnormal", () => {
    expect(abnormality(result({ value: { kind: "numeric", value: "0.5", unit: "ng/mL", comparator: "lt", interpretation: null } }))).toBe("normal");
    expect(abnormality(result({ value: { kind: "qualitative", result: "positive", text: "(+)" } }))).toBe("abnormal");
    expect(abnormality(result({ value: { kind: "qualitative", result: "negative", text: "(-)" } }))).toBe("normal");
  });

  it("cannot judge a value that is not a number", () => {
    expect(abnormality(result({ value: { kind: "numeric", value: "", unit: "", comparator: "eq", interpretation: null } }))).toBe("not-determined");
  });

  it("marks a result older than the window before the planned date as stale", () => {
    expect(freshness("2026-07-01", "2026-12-01", 90, "2026-11-21")).toBe("stale");
    expect(freshness("2026-09-15", "2026-12-01", 90, "2026-11-21")).toBe("fresh");
    expect(freshness("2026-09-02", "2026-12-01", 90, "2026-11-21")).toBe("fresh");
    expect(freshness("2026-09-01", "2026-12-01", 90, "2026-11-21")).toBe("stale");
    expect(freshness(null, "2026-12-01", 90, "2026-11-21")).toBe("no-date");
  });

  it("honours a configured window", () => {
    expect(freshness("2026-10-01", "2026-12-01", 30, "2026-11-21")).toBe("stale");
  });

  it("fills the summary grid: abnormal over stale over done, missing when absent", () => {
    const high = result({ value: { kind: "numeric", value: "12", unit: "ng/mL", comparator: "eq", interpretation: null } });
    const old = result({ test: { kind: "catalog", id: "afp" }, collected: "2026-01-01", value: { kind: "numeric", value: "2", unit: "ng/mL", comparator: "eq", interpretation: null }, referenceRange: { low: null, high: "10", text: "" } });
    const all = [high, old];
    expect(gridStatus(all, "cea", "2026-12-01", 90, "2026-11-21")).toBe("abnormal");
    expect(gridStatus(all, "afp", "2026-12-01", 90, "2026-11-21")).toBe("stale");
    expect(gridStatus(all, "psa", "2026-12-01", 90, "2026-11-21")).toBe("missing");
  });
});

describe("the patient's preferred language picks the patient locale", () => {
  it("maps regional and script tags", () => {
    expect(patientLocaleFor("zh-CN")).toBe("zh-Hans");
    expect(patientLocaleFor("zh-TW")).toBe("zh-Hant");
    expect(patientLocaleFor("zh-Hans")).toBe("zh-Hans");
    expect(patientLocaleFor("ko-KR")).toBe("ko");
    expect(patientLocaleFor("vi")).toBe("vi");
    expect(patientLocaleFor("ru")).toBeNull();
    expect(patientLocaleFor("")).toBeNull();
  });
});
