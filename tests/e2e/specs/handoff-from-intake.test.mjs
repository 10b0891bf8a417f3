// From a patient's intake to the physician's sheet: the button saves what is on screen and opens
// the preview of exactly what will print.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { By, freshDataDir, launch, screenshot } from "../lib/harness.mjs";
import { click, el, openBySearch, setUp, type } from "../lib/intake.mjs";

describe("handoff sheet from the intake screen", () => {
  let driver;
  before(async () => {
    driver = await launch(freshDataDir("handoff-intake"));
  });
  after(async () => {
    await driver?.quit();
  });

  it("opens the preview of a documented patient and allows printing once a physician is named", async () => {
    await setUp(driver);
    await click(driver, "[data-testid=samples-load]");
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=patient-row]"))).length >= 6, 30000);
    await openBySearch(driver, "りん");
    await click(driver, "[data-testid=open-handoff]");
    await el(driver, "[data-testid=handoff-panel]", 20000);
    await driver.wait(async () => (await driver.findElements(By.css(".handoff-pages img"))).length >= 1, 30000, "no page was drawn");
    await type(driver, "[data-testid=handoff-recipient]", "田中 医師");
    const save = await el(driver, "[data-testid=handoff-save]");
    await driver.wait(async () => save.isEnabled(), 15000, "printing stayed blocked for a documented patient");
    const stats = await screenshot(driver, "handoff-from-intake");
    assert.ok(stats.distinctColors > 20);
  });
});
