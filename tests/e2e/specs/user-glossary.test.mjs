// A coordinator adds the clinic's own word to the glossary from the panel, finds it by typing its
// reading, quits, comes back the next day, unlocks and still finds it; then a small TBX file is
// read, shown as a preview and imported only after the confirmation.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Key } from "selenium-webdriver";
import { By, freshDataDir, invoke, launch, screenshot } from "../lib/harness.mjs";
import { chooseFileInDialog, click, el, relaunch, searchGlossary, setUp, type, unlock } from "../lib/intake.mjs";

async function openGlossary(driver) {
  await driver.executeScript("window.dispatchEvent(new CustomEvent('kakehashi:locales', {detail: {staff: 'ja', patient: 'zh-Hans'}}))");
  await driver.actions().keyDown(Key.CONTROL).sendKeys("k").keyUp(Key.CONTROL).perform();
  await el(driver, "[data-testid=glossary-panel]");
}

/** The hit whose Japanese column shows `ja`, once the list shows it. */
async function hitShowing(driver, ja) {
  return driver.wait(async () => {
    try {
      for (const hit of await driver.findElements(By.css("[data-testid=glossary-hit]"))) {
        const col = await hit.findElements(By.css('[data-locale="ja"]'));
        if (col[0] && (await col[0].getText()).includes(ja)) return hit;
      }
    } catch (e) {
      // The list re-renders as results arrive; look again.
      if (e.name !== "StaleElementReferenceError") throw e;
    }
    return false;
  }, 10000, `no hit showing ${ja}`);
}

const TERM = "細胞培養加工室ひまわり";
// Line 3 names a domain that does not exist: the preview reports it, the rest may be imported.
const CSV_WITH_A_BAD_LINE = "id,domain,review,ja,zh-Hans\r\nclinic-parking,procedures,needs-review,駐車場案内,停车指引\r\nclinic-bad,no-such-domain,needs-review,受付窓口,前台\r\n";
const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="ja"><text><body>
<termEntry id="clinic-shuttle">
  <langSet xml:lang="ja"><tig><term>送迎シャトル便</term></tig></langSet>
  <langSet xml:lang="zh-Hans"><tig><term>接送班车</term></tig></langSet>
</termEntry>
</body></text></martif>
`;

describe("user glossary: add in the panel, find by typing, kept across a relaunch, import with preview", () => {
  const dataDir = freshDataDir("user-glossary");
  let driver;
  after(async () => {
    await driver?.quit();
  });

  it("adds a term through the form and finds it by its reading, marked as a user term", async () => {
    driver = await launch(dataDir);
    await setUp(driver);
    await openGlossary(driver);
    await click(driver, "[data-testid=glossary-add]");
    await el(driver, "[data-testid=glossary-form]");
    await type(driver, "[data-testid=glossary-form-preferred-ja]", TERM);
    await type(driver, "[data-testid=glossary-form-reading-ja]", "さいぼうばいようかこうしつ");
    await type(driver, "[data-testid=glossary-form-preferred-zh-Hans]", "向日葵细胞培养室");
    await type(driver, "[data-testid=glossary-form-preferred-en]", "Himawari cell processing room");
    await type(driver, "[data-testid=glossary-form-source]", "当院の施設名");
    assert.equal(await (await el(driver, "[data-testid=glossary-form-review]")).getAttribute("value"), "needs-review");
    await screenshot(driver, "user-glossary-form");
    await click(driver, "[data-testid=glossary-form-save]");
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=glossary-form]"))).length === 0, 10000, "the form never closed");

    await searchGlossary(driver, "さいぼうばいようかこうしつ");
    const hit = await hitShowing(driver, TERM);
    assert.equal((await hit.findElements(By.css("[data-testid=glossary-user-term]"))).length, 1, "not marked as a user term");
    const zh = await hit.findElement(By.css('[data-locale="zh-Hans"]')).getText();
    assert.ok(zh.includes("向日葵细胞培养室"), `Chinese column: ${zh}`);
    await screenshot(driver, "user-glossary-found");
  });

  it("after quitting and unlocking again, the term is still found", async () => {
    driver = await relaunch(driver, dataDir);
    await unlock(driver);
    await openGlossary(driver);
    await searchGlossary(driver, "向日葵");
    await hitShowing(driver, TERM);
  });

  it("imports a small TBX only after the preview is confirmed", async () => {
    const file = join(dataDir, "..", `kakehashi-e2e-user-glossary-${process.pid}.tbx`);
    writeFileSync(file, TBX);
    const preview = await invoke(driver, "glossary_import_preview", { path: file });
    assert.ok(preview.ok, `preview failed: ${JSON.stringify(preview.err)}`);
    assert.deepEqual(preview.ok.newIds, ["clinic-shuttle"]);
    assert.equal(preview.ok.problems.length, 0);
    await searchGlossary(driver, "送迎シャトル");
    await driver.sleep(500);
    assert.equal((await driver.findElements(By.css('[data-testid=glossary-hit][data-concept="clinic-shuttle"]'))).length, 0, "previewing stored the term");

    const done = await invoke(driver, "glossary_import_commit", { token: preview.ok.token, acceptPartial: false });
    assert.ok(done.ok, `import failed: ${JSON.stringify(done.err)}`);
    assert.equal(done.ok.imported, 1);
    await searchGlossary(driver, "接送班车");
    await driver.wait(
      async () => (await driver.findElements(By.css('[data-testid=glossary-hit][data-concept="clinic-shuttle"]'))).length === 1,
      10000,
      "the imported term is not found",
    );
    await screenshot(driver, "user-glossary-imported");

    const out = join(dataDir, "..", `kakehashi-e2e-user-glossary-${process.pid}.csv`);
    const exported = await invoke(driver, "glossary_export", { format: "csv", path: out });
    assert.ok(exported.ok, `export failed: ${JSON.stringify(exported.err)}`);
    const csv = readFileSync(out, "utf8");
    rmSync(out);
    rmSync(file);
    assert.ok(csv.includes("送迎シャトル便") && csv.includes(TERM), "the export lacks the user terms");
  });

  it("imports a CSV chosen in the file dialog: the preview names the bad line, and only the rest is stored once confirmed", async () => {
    const file = join(dataDir, "..", `kakehashi-e2e-user-glossary-${process.pid}.csv`);
    writeFileSync(file, CSV_WITH_A_BAD_LINE);
    await click(driver, "[data-testid=glossary-import]");
    await chooseFileInDialog(file);
    const review = await el(driver, "[data-testid=glossary-import-review]", 30000);
    const problems = await (await el(driver, "[data-testid=glossary-import-problems]")).getText();
    assert.equal((problems.match(/3 行目/g) ?? []).length, 1, `the problem names line 3, once: ${problems}`);
    assert.match(problems, /no-such-domain/, `the problem names the bad value: ${problems}`);
    const counts = await (await el(driver, "[data-testid=glossary-import-counts]")).getText();
    assert.match(counts, /新規: 1 件/, `only the good row is counted as new: ${counts}`);
    await screenshot(driver, "user-glossary-import-review");
    // Nothing is stored while the preview is on screen.
    assert.equal((await invoke(driver, "glossary_search", { query: "駐車場案内" })).ok.filter((h) => h.concept.id === "clinic-parking").length, 0);
    assert.equal((await review.findElements(By.css("[data-testid=glossary-import-confirm]"))).length, 0, "an import with problems is offered whole");
    await click(driver, "[data-testid=glossary-import-confirm-partial]");
    await el(driver, "[data-testid=glossary-tools-done]", 30000);
    await searchGlossary(driver, "停车指引");
    await hitShowing(driver, "駐車場案内");
    await searchGlossary(driver, "受付窓口");
    await driver.sleep(500);
    assert.equal((await driver.findElements(By.css('[data-testid=glossary-hit][data-concept="clinic-bad"]'))).length, 0, "the bad line was stored");
    rmSync(file);
  });

  it("an edit with a reading that is not kana is refused beside the field; delete asks first", async () => {
    await searchGlossary(driver, "向日葵");
    const hit = await hitShowing(driver, TERM);
    await (await hit.findElement(By.css("[data-testid=glossary-edit]"))).click();
    const reading = await el(driver, "[data-testid=glossary-form-reading-ja]");
    await reading.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
    await reading.sendKeys("himawari");
    await driver.wait(async () => (await reading.getAttribute("value")) === "himawari", 5000, "the reading was not typed");
    await click(driver, "[data-testid=glossary-form-save]");
    const error = await el(driver, "[data-testid='glossary-form-error-terms.ja.reading']").catch(async (e) => {
      await screenshot(driver, "user-glossary-reading-failed");
      throw e;
    });
    assert.ok((await error.getText()).includes("himawari"), `error beside the reading: ${await error.getText()}`);
    await screenshot(driver, "user-glossary-reading-refused");
    await click(driver, "[data-testid=glossary-form-cancel]");

    await searchGlossary(driver, "向日葵");
    const again = await hitShowing(driver, TERM);
    await (await again.findElement(By.css("[data-testid=glossary-delete]"))).click();
    const yes = await again.findElement(By.css("[data-testid=glossary-delete-yes]"));
    await screenshot(driver, "user-glossary-delete-confirm");
    await yes.click();
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=glossary-user-term]"))).length === 0, 10000, "the deleted term is still listed");
  });
});
