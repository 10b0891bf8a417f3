// Readable and reachable, screen by screen, in the real window: every control has a label, text
// is readable against what is behind it, and wherever the keyboard goes a focus ring shows it.
// Run on the first-run screen, the patient list with the sample patients, every intake section
// of a sample patient, the glossary panel and the physician handoff preview.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import { By, freshDataDir, launch, screenshot } from "../lib/harness.mjs";
import { auditScreen, focusRingProblem } from "../lib/a11y.mjs";
import { click, el, press, pressWith, screenFor, setUp, tab } from "../lib/intake.mjs";

const SECTIONS = ["profile", "history", "medications", "allergies", "screening", "treatment", "consent", "summary"];

/** Fails with every problem the screen has, named by element. */
async function assertReadable(driver, where) {
  const { unlabeled, lowContrast, controls, texts } = await auditScreen(driver);
  assert.ok(controls > 0 && texts > 3, `${where}: only ${controls} controls and ${texts} texts were checked`);
  const problems = [...unlabeled.map((u) => `no label: ${u}`), ...lowContrast.map((c) => `low contrast: ${c}`)];
  assert.deepEqual(problems, [], `${where}:\n  ${problems.join("\n  ")}`);
}

/** Walks `stops` Tab stops from where focus is; each must show its focus ring. */
async function assertFocusRings(driver, where, stops) {
  const problems = [];
  for (let i = 0; i < stops; i++) {
    await press(driver, Key.TAB);
    const problem = await focusRingProblem(driver);
    if (problem) problems.push(problem);
  }
  assert.deepEqual([...new Set(problems)], [], `${where}:\n  ${[...new Set(problems)].join("\n  ")}`);
}

describe("readable and reachable: labels, contrast and focus rings on every screen", () => {
  const dataDir = freshDataDir("a11y");
  let driver;
  before(async () => {
    driver = await launch(dataDir);
  });
  after(async () => {
    await driver?.quit();
  });

  it("the checks notice an unlabeled field, grey-on-white text and a missing focus ring", async () => {
    await driver.wait(async () => (await screenFor(driver)) === "setup", 20000);
    await driver.executeScript(`
      const probe = document.createElement("div");
      probe.id = "a11y-probe";
      probe.innerHTML = '<p>faint</p><input id="a11y-probe-input"><button id="a11y-probe-button">ok</button>';
      // Styled through the DOM: the app's content security policy refuses inline style attributes.
      Object.assign(probe.querySelector("p").style, { color: "#b0b0b0", background: "#ffffff" });
      probe.querySelector("button").style.outline = "none";
      document.body.prepend(probe);`);
    const { unlabeled, lowContrast } = await auditScreen(driver);
    assert.ok(unlabeled.some((u) => u.includes("a11y-probe-input")), `unlabeled: ${unlabeled}`);
    assert.ok(lowContrast.some((c) => c.includes('"faint"')), `low contrast: ${lowContrast}`);
    await driver.executeScript("document.getElementById('a11y-probe-button').focus()");
    assert.match(String(await focusRingProblem(driver)), /a11y-probe-button: no focus ring/);
    await driver.executeScript("document.getElementById('a11y-probe').remove()");
  });

  it("first-run setup", async () => {
    await assertReadable(driver, "setup");
    await assertFocusRings(driver, "setup", 6);
  });

  it("the patient list with the sample patients", async () => {
    await setUp(driver);
    await click(driver, "[data-testid=samples-load]");
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=patient-row]"))).length >= 3, 20000, "the samples never appeared");
    await assertReadable(driver, "patient list");
    await assertFocusRings(driver, "patient list", 8);
  });

  it("every intake section of a sample patient", async () => {
    await click(driver, "[data-testid=patient-row] .patient-open");
    await el(driver, "[data-testid=intake-screen]");
    for (const section of SECTIONS) {
      await tab(driver, section);
      await assertReadable(driver, `intake: ${section}`);
    }
    await tab(driver, "allergies");
    await assertFocusRings(driver, "intake: allergies", 20);
    await screenshot(driver, "a11y-focus-ring");
  });

  it("the glossary panel with results", async () => {
    await pressWith(driver, Key.CONTROL, "k");
    const box = await el(driver, "[data-testid=glossary-search]");
    await box.sendKeys("stem");
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=glossary-hit]"))).length > 0, 10000, "no results");
    await assertReadable(driver, "glossary");
    await assertFocusRings(driver, "glossary", 6);
    await press(driver, Key.ESCAPE);
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=glossary-panel]"))).length === 0, 5000);
  });

  it("the physician handoff preview", async () => {
    await click(driver, "[data-testid=open-handoff]");
    await el(driver, "[data-testid=handoff-page]", 30000);
    await assertReadable(driver, "handoff");
    await assertFocusRings(driver, "handoff", 8);
  });
});
