// The physician handoff preview as the patient screen will open it (one window event): the pages
// as they will print, the rule that stops the sheet when allergies were never asked, an explicit
// audited override before anything can be saved, and a real PDF on disk at the end.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Key } from "selenium-webdriver";
import { By, freshDataDir, invoke, launch, screenshot } from "../lib/harness.mjs";
import { el, press, screenFor } from "../lib/intake.mjs";

const ALLERGIES_NOT_ASKED = "R07-allergies-not-asked";

const request = (id, overrides = []) => ({ id, patientLocale: null, recipient: "山田 太郎", clinic: "", interpreter: "", overrides });

function openPanel(driver, recordId) {
  return driver.executeScript("window.dispatchEvent(new CustomEvent('kakehashi:handoff', {detail: {recordId: arguments[0]}}))", recordId);
}

async function closePanel(driver) {
  await (await el(driver, "[data-testid=handoff-close]")).click();
  await driver.wait(async () => (await driver.findElements(By.css("[data-testid=handoff-panel]"))).length === 0, 5000);
}

/** Waits until the pages are drawn and the browser decoded the first one. */
async function waitForPages(driver) {
  await el(driver, "[data-testid=handoff-page]", 30000);
  await driver.wait(
    () => driver.executeScript("const img = document.querySelector('[data-testid=handoff-page]'); return !!img && img.complete && img.naturalWidth > 0;"),
    15000,
    "the page image never decoded",
  );
}

describe("handoff: preview, blocking rules, audited override, PDF", () => {
  const dataDir = freshDataDir("handoff");
  let driver;
  let notAsked; // a sample whose allergies were never asked
  let documented; // a well-documented sample
  let notAskedBlocking;
  let notAskedOverridable;
  let documentedBlocking;
  after(async () => {
    await driver?.quit();
  });

  it("sets up the vault and loads the samples over IPC", async () => {
    driver = await launch(dataDir);
    await driver.wait(async () => (await screenFor(driver)) === "setup", 20000);
    const setup = await invoke(driver, "store_setup", { staff: "Sato", passphrase: "correct horse battery", confirm: "correct horse battery" });
    assert.ok(setup.ok, `setup failed: ${JSON.stringify(setup.err)}`);
    const samples = await invoke(driver, "samples_load");
    assert.ok(samples.ok && samples.ok.length >= 2, `samples: ${JSON.stringify(samples)}`);
    const previews = [];
    for (const s of samples.ok) {
      const p = await invoke(driver, "handoff_preview", { request: request(s.id) });
      assert.ok(p.ok, `preview of ${s.id} failed: ${JSON.stringify(p.err)}`);
      const overridable = p.ok.report.items.filter((i) => p.ok.blocking.includes(i.ruleId) && i.overridable).map((i) => i.ruleId);
      previews.push({ id: s.id, blocking: p.ok.blocking, overridable });
    }
    const first = previews.find((p) => p.blocking.includes(ALLERGIES_NOT_ASKED));
    assert.ok(first, `no sample has allergies not asked: ${JSON.stringify(previews)}`);
    notAsked = first.id;
    notAskedBlocking = first.blocking;
    notAskedOverridable = first.overridable;
    const rest = previews.filter((p) => !p.blocking.includes(ALLERGIES_NOT_ASKED)).sort((a, b) => a.blocking.length - b.blocking.length);
    assert.ok(rest[0], "no sample with allergies documented");
    documented = rest[0].id;
    documentedBlocking = rest[0].blocking;
  });

  it("shows the pages and the allergies-not-asked rule, and keeps Save closed until every block is overridden", async () => {
    await openPanel(driver, notAsked);
    await waitForPages(driver);
    assert.ok((await driver.findElements(By.css("[data-testid=handoff-page]"))).length >= 1);
    const count = await (await el(driver, "[data-testid=handoff-page-count]")).getText();
    assert.match(count, /1\s*\/\s*[1-9]/);
    const total = Number(/\/\s*(\d+)/.exec(count)?.[1] ?? "1");
    if (total > 1) {
      await press(driver, Key.PAGE_DOWN);
      await driver.wait(async () => /^\D*2\s*\//.test(await (await el(driver, "[data-testid=handoff-page-count]")).getText()), 5000, "PageDown did not turn the page");
      await press(driver, Key.PAGE_UP);
    }
    const img = await el(driver, "[data-testid=handoff-page]");
    const before = (await img.getRect()).width;
    await (await el(driver, "[data-testid=handoff-zoom-in]")).click();
    await driver.wait(async () => (await img.getRect()).width > before, 5000, "zoom did not enlarge the page");
    await (await el(driver, "[data-testid=handoff-zoom-out]")).click();
    const rule = await el(driver, `[data-testid=handoff-blocking-item][data-rule="${ALLERGIES_NOT_ASKED}"]`);
    assert.ok((await rule.getText()).length > 20, "the rule shows no title or rationale");
    const shown = await driver.findElements(By.css("[data-testid=handoff-blocking-item]"));
    assert.equal(shown.length, notAskedBlocking.length, "not every blocking rule is listed");
    const save = await el(driver, "[data-testid=handoff-save]");
    assert.equal(await save.isEnabled(), false, "Save was possible without a recipient or overrides");

    await (await el(driver, "[data-testid=handoff-recipient]")).sendKeys("山田 太郎");
    assert.equal(await save.isEnabled(), false, "Save was possible with an unresolved block");
    // Only overridable rules offer the checkbox; the others must be resolved in the record.
    const boxes = await driver.findElements(By.css("[data-testid=handoff-override]"));
    assert.equal(boxes.length, notAskedOverridable.length);
    const box = await rule.findElement(By.css("[data-testid=handoff-override]"));
    await box.click();
    assert.equal(await box.isSelected(), true);
    if (notAskedOverridable.length === notAskedBlocking.length) {
      for (const other of boxes) if (!(await other.isSelected())) await other.click();
      await driver.wait(() => save.isEnabled(), 5000, "Save stayed closed after every item was overridden");
    } else {
      assert.equal(await save.isEnabled(), false, "Save opened while a block that cannot be overridden remains");
      assert.ok((await (await el(driver, "[data-testid=handoff-why]")).getText()).trim().length > 0, "no reason shown for the closed Save");
    }
    await screenshot(driver, "handoff-preview-blocked");
    await closePanel(driver);
  });

  it("refuses to write the PDF while blocked, and writes it once nothing blocks", async () => {
    // A folder of its own: the sheet carries (sample) patient data.
    const path = join(freshDataDir("handoff-pdf"), "handoff.pdf");
    const refused = await invoke(driver, "handoff_save", { request: request(notAsked), path });
    assert.equal(refused.err?.kind, "refused", JSON.stringify(refused));
    assert.equal(refused.err?.message?.id, "app-error-handoff-blocked");
    const target = notAskedOverridable.length === notAskedBlocking.length ? request(notAsked, notAskedBlocking) : request(documented, documentedBlocking);
    const saved = await invoke(driver, "handoff_save", { request: target, path });
    assert.ok(saved.ok, `save failed: ${JSON.stringify(saved.err)}`);
    assert.equal(readFileSync(saved.ok).subarray(0, 4).toString("latin1"), "%PDF");
  });

  it("a well-documented record shows its pages without the allergies rule, and Save opens once the physician is named", async () => {
    await openPanel(driver, documented);
    await waitForPages(driver);
    const rules = await driver.findElements(By.css(`[data-testid=handoff-blocking-item][data-rule="${ALLERGIES_NOT_ASKED}"]`));
    assert.equal(rules.length, 0);
    const save = await el(driver, "[data-testid=handoff-save]");
    assert.equal(await save.isEnabled(), false, "Save was possible without naming the physician");
    await (await el(driver, "[data-testid=handoff-recipient]")).sendKeys("山田 太郎");
    if (documentedBlocking.length === 0) await driver.wait(() => save.isEnabled(), 5000, "Save stayed closed");
    // The preview is redrawn with the physician's name, as the saved sheet will print it.
    await driver.wait(
      () => driver.executeScript("const img = document.querySelector('[data-testid=handoff-page]'); return decodeURIComponent(img.src).includes('山田');"),
      10000,
      "the preview never showed the physician's name",
    );
    await screenshot(driver, "handoff-preview-documented");
    await closePanel(driver);
  });

  it("an error is shown inline, in words", async () => {
    await openPanel(driver, "00000000-0000-0000-0000-000000000000");
    const error = await el(driver, "[data-testid=handoff-error]", 15000);
    const text = (await error.getText()).trim();
    assert.ok(text.length > 0 && !text.startsWith("app-error"), `error shown as: ${text}`);
    await closePanel(driver);
  });
});
