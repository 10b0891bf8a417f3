// An interpreter mid-sentence on the very first screen (setup): Ctrl+K, type the term the way it
// sounds, and read it in Japanese and in the patient's Chinese side by side; then unaccented
// Vietnamese finds the accented term. Esc returns to the field they were typing in.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import { By, freshDataDir, launch, screenshot } from "../lib/harness.mjs";
import { el, press, screenFor, searchGlossary } from "../lib/intake.mjs";

const activeTestId = (driver) => driver.executeScript("return document.activeElement && document.activeElement.getAttribute('data-testid')");

/** The first hit for `conceptId`, once the list shows it. */
async function hitFor(driver, conceptId) {
  return driver.wait(async () => {
    const hits = await driver.findElements(By.css(`[data-testid=glossary-hit][data-concept="${conceptId}"]`));
    return hits[0] ?? false;
  }, 10000, `no hit for ${conceptId}`);
}

/** Waits until the glossary's search box holds the focus, naming where it is otherwise. */
async function focusInSearch(driver) {
  await driver.wait(async () => (await activeTestId(driver)) === "glossary-search", 5000, "focus never reached the search box").catch(async (e) => {
    const where = await driver.executeScript("const a = document.activeElement; return a ? a.outerHTML.slice(0, 200) : 'none'");
    throw new Error(`${e.message}; focus is on ${where}`);
  });
}

async function columnText(hit, locale) {
  return (await hit.findElement(By.css(`[data-locale="${locale}"]`)).getText()).trim();
}

describe("glossary: one shortcut from anywhere, every script finds the term", () => {
  const dataDir = freshDataDir("glossary");
  let driver;
  after(async () => {
    await driver?.quit();
  });

  it("opens with Ctrl+K on the first-run setup screen with focus in the search box", async () => {
    driver = await launch(dataDir);
    await driver.wait(async () => (await screenFor(driver)) === "setup", 20000);
    await driver.executeScript(
      "window.dispatchEvent(new CustomEvent('kakehashi:locales', {detail: {staff: 'ja', patient: 'zh-Hans'}}))",
    );
    const staffField = await el(driver, "[data-testid=setup-staff]");
    await staffField.click();
    await driver.actions().keyDown(Key.CONTROL).sendKeys("k").keyUp(Key.CONTROL).perform();
    await el(driver, "[data-testid=glossary-panel]");
    assert.equal(await driver.executeScript("return document.getElementById('app').inert"), true, "the screen under the panel is still reachable");
    await focusInSearch(driver);
  });

  it("finds 間葉系幹細胞 from hiragana, with the Chinese term beside it", async () => {
    await searchGlossary(driver, "かんようけいかんさいぼう");
    const hit = await hitFor(driver, "msc");
    const ja = await columnText(hit, "ja");
    const zh = await columnText(hit, "zh-Hans");
    assert.ok(ja.includes("間葉系幹細胞"), `Japanese column: ${ja}`);
    assert.ok(zh.includes("间充质干细胞"), `Chinese column: ${zh}`);
    // The other four languages wait one keystroke away.
    assert.equal((await hit.findElements(By.css("[data-locale=vi]"))).length, 0);
    const marked = await hit.findElements(By.css("[data-testid=glossary-match]"));
    assert.ok(marked.length >= 1, "the matched term is not highlighted");
    const stats = await screenshot(driver, "glossary-kana-zh");
    assert.ok(stats.distinctColors > 20, "the screenshot looks empty");
  });

  it("finds tế bào gốc from unaccented Vietnamese and Tab shows all six languages", async () => {
    await searchGlossary(driver, "te bao goc");
    const hit = await hitFor(driver, "stem-cell");
    await press(driver, Key.TAB);
    await driver.wait(async () => (await hit.findElements(By.css("[data-locale=vi]"))).length === 1, 5000, "Tab did not show the other languages");
    assert.equal(await activeTestId(driver), "glossary-search", "Tab moved focus out of the search box");
    const vi = await columnText(hit, "vi");
    assert.ok(vi.includes("tế bào gốc"), `Vietnamese column: ${vi}`);
    const mark = await hit.findElement(By.css("[data-locale=vi] [data-testid=glossary-match]"));
    assert.equal((await mark.getText()).trim(), "tế bào gốc");
    for (const locale of ["ja", "en", "zh-Hans", "zh-Hant", "ko", "vi"]) {
      assert.equal((await hit.findElements(By.css(`[data-locale="${locale}"]`))).length, 1, `no ${locale} column`);
    }
    // A term to avoid is shown as such, not as a synonym.
    const avoid = await hit.findElements(By.css("[data-locale=ko] [data-testid=glossary-avoid]"));
    assert.equal(avoid.length, 1, "the Korean term to avoid is not marked");
    await screenshot(driver, "glossary-vi-all-locales");
  });

  it("marks a concept that needs review and shows a test's LOINC code", async () => {
    await searchGlossary(driver, "あるこーるかびん");
    const unsure = await hitFor(driver, "alcohol-sensitivity");
    assert.ok((await unsure.findElements(By.css("[data-testid=glossary-review]"))).length >= 1, "needs-review is not visible");
    await searchGlossary(driver, "HBs抗原");
    const test = await hitFor(driver, "hbsag");
    assert.equal((await (await test.findElement(By.css("[data-testid=glossary-loinc]"))).getText()).trim(), "LOINC 5196-1");
  });

  it("Esc closes the panel and returns focus to the field being typed in", async () => {
    await press(driver, Key.ESCAPE);
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=glossary-panel]"))).length === 0, 5000, "the panel stayed open");
    await driver.wait(async () => (await activeTestId(driver)) === "setup-staff", 5000, "focus did not return");
  });

  it("F2 opens it too, and what is typed right after the key lands in the search box", async () => {
    // No pause between the shortcut and the letters: an interpreter mid-sentence does not wait.
    await press(driver, Key.F2, "mesenchymal");
    await el(driver, "[data-testid=glossary-panel]");
    await focusInSearch(driver);
    const box = await el(driver, "[data-testid=glossary-search]");
    await driver.wait(async () => (await box.getAttribute("value")) === "mesenchymal", 5000).catch(async () => {
      throw new Error(`the search box holds "${await box.getAttribute("value")}" instead of "mesenchymal"`);
    });
    await hitFor(driver, "msc");
    await press(driver, Key.ESCAPE);
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=glossary-panel]"))).length === 0, 5000, "Esc did not close the panel opened by F2");
    assert.equal(await (await el(driver, "[data-testid=setup-staff]")).getAttribute("value"), "", "letters typed after F2 reached the field under the panel");
  });

  it("the main app can open it on a query", async () => {
    await driver.executeScript("window.dispatchEvent(new CustomEvent('kakehashi:glossary', {detail: {query: 'MSC'}}))");
    await hitFor(driver, "msc");
    assert.equal(await (await el(driver, "[data-testid=glossary-search]")).getAttribute("value"), "MSC");
  });
});
