// The encrypted store as a coordinator first meets it: set up on first run, register a patient,
// quit, come back the next day, unlock and find the patient by typing the name in hiragana.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { By, freshDataDir, launch, screenshot } from "../lib/harness.mjs";
import { click, el, fill, openBySearch, relaunch, setUp, tab, unlock, valueOf, waitSaved } from "../lib/intake.mjs";

describe("store: first run, a patient, quit, relaunch, unlock, find by kana", () => {
  const dataDir = freshDataDir("store");
  let driver;
  after(async () => {
    await driver?.quit();
  });

  it("sets up the vault and shows the recovery key once", async () => {
    driver = await launch(dataDir);
    const key = await setUp(driver, "store");
    assert.ok(key.length >= 16, `recovery key looks too short: ${key}`);
    await screenshot(driver, "store-patients-empty");
  });

  it("registers a patient whose save is durable before it says saved", async () => {
    await el(driver, "[data-testid=patient-new]");
    await driver.findElement(By.css("[data-testid=patient-new]")).click();
    await el(driver, "[data-testid=intake-screen]");
    assert.equal(await driver.findElement(By.css("[data-testid=save-state]")).getAttribute("data-state"), "new");
    await fill(driver, "profile.names.native", "Nguyễn Thị Lan");
    await fill(driver, "profile.names.latinFamily", "NGUYEN");
    await fill(driver, "profile.names.latinGiven", "THI LAN");
    await fill(driver, "profile.names.katakana", "グエン ティ ラン");
    await waitSaved(driver);
  });

  it("after a relaunch and unlock, finds the patient by hiragana and every name form is intact", async () => {
    driver = await relaunch(driver, dataDir);
    await unlock(driver);
    await openBySearch(driver, "ぐえん");
    await tab(driver, "profile");
    assert.equal(await valueOf(driver, "profile.names.native"), "Nguyễn Thị Lan");
    assert.equal(await valueOf(driver, "profile.names.katakana"), "グエン ティ ラン");
    assert.equal(await valueOf(driver, "profile.names.latinFamily"), "NGUYEN");
    await screenshot(driver, "store-found-by-kana");
  });

  it("loads the fictional sample patients in one click, with progress while it works", async () => {
    await click(driver, "[data-testid=back-to-list]");
    await click(driver, "[data-testid=samples-load]");
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=patient-row]"))).length >= 3, 20000, "the samples never appeared");
    await screenshot(driver, "store-samples");
  });
});
