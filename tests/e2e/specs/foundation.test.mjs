// The foundation, as staff first meet it: the window opens on its main screen, the staff
// language can be switched, and the window cannot call what it was not granted.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { By, choose, freshDataDir, launch, screenshot, waitForMainScreen, waitForText } from "../lib/harness.mjs";

describe("first launch", () => {
  let driver;
  before(async () => {
    driver = await launch(freshDataDir("foundation"));
  });
  after(async () => {
    await driver?.quit();
  });

  it("opens on the main screen with real, painted content", async () => {
    const main = await waitForMainScreen(driver);
    assert.ok((await main.getText()).trim().length > 20, "the main screen has no text");
    const sections = await driver.findElements(By.css("[data-testid=section-list] li"));
    assert.equal(sections.length, 7, "all seven intake sections are listed");
    const stats = await screenshot(driver, "foundation-main-ja");
    assert.ok(stats.width >= 800 && stats.height >= 500, `window too small: ${stats.width}x${stats.height}`);
    // An empty or white window has one or two colours; text, a header bar and a card give many.
    assert.ok(stats.distinctColors > 20, `only ${stats.distinctColors} colours: the window looks empty`);
    assert.ok(stats.contentFraction > 0.05, `only ${(stats.contentFraction * 100).toFixed(1)}% of pixels differ from the background`);
  });

  it("switches the staff language between Japanese and English", async () => {
    await choose(driver, "[data-testid=staff-locale]", "ja");
    await waitForText(driver, "[data-testid=app-title]", "架け橋");
    await choose(driver, "[data-testid=staff-locale]", "en");
    await waitForText(driver, "[data-testid=app-title]", "Kakehashi");
    const label = await driver.findElement(By.css("label[for=picker-staff-locale]")).getText();
    assert.equal(label.trim(), "Staff language");
    await screenshot(driver, "foundation-main-en");
    await choose(driver, "[data-testid=staff-locale]", "ja");
    await waitForText(driver, "[data-testid=app-title]", "架け橋");
    assert.equal((await driver.findElement(By.css("label[for=picker-staff-locale]")).getText()).trim(), "職員の言語");
  });

  it("shows each section side by side in the staff and patient languages", async () => {
    await choose(driver, "[data-testid=staff-locale]", "ja");
    await choose(driver, "[data-testid=patient-locale]", "en");
    const first = await driver.findElement(By.css("[data-testid=section-list] li:first-child"));
    await driver.wait(async () => (await first.findElements(By.css(".bi-patient"))).length === 1, 5000);
    assert.equal((await first.findElement(By.css(".bi-staff")).getText()).trim(), "プロフィール");
    assert.equal((await first.findElement(By.css(".bi-patient")).getText()).trim(), "Profile");
  });

  it("may call the commands it was granted", async () => {
    const result = await driver.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      window.__TAURI_INTERNALS__.invoke("app_info").then((v) => done({ ok: v }), (e) => done({ err: String(e) }));
    `);
    assert.ok(result.ok, `app_info was refused: ${result.err}`);
    assert.ok(result.ok.locales.includes("ja"));
  });

  it("is refused a command that its capability does not grant", async () => {
    const result = await driver.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      window.__TAURI_INTERNALS__
        .invoke("plugin:window|set_title", { label: "main", value: "hijacked" })
        .then(() => done({ ok: true }), (e) => done({ err: String(e) }));
    `);
    assert.equal(result.ok, undefined, "set_title should have been refused");
    assert.match(result.err, /not allowed|denied|not found/i);
    assert.notEqual(await driver.getTitle(), "hijacked");
  });
});
