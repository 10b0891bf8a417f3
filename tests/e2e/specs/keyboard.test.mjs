// A coordinator who works from the keyboard: Alt+→ / Alt+← move between sections, Alt+N adds a
// row to the list being worked in and puts the caret in it, removing a row leaves the caret in
// the list, and Ctrl+S saves. The letters are typed where the focus is, without any click.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import { By, freshDataDir, launch } from "../lib/harness.mjs";
import { click, el, field, fieldId, fill, newPatient, press, pressWith, setUpInLanguage, valueOf, waitSaved } from "../lib/intake.mjs";

const activeId = (driver) => driver.executeScript("return document.activeElement && document.activeElement.id");

/** Waits until the caret is in the field of `path`, naming where it is otherwise. */
async function caretIn(driver, path) {
  const want = fieldId(path);
  await driver.wait(async () => (await activeId(driver)) === want, 5000).catch(async () => {
    const where = await driver.executeScript("const a = document.activeElement; return a ? a.outerHTML.slice(0, 160) : 'none'");
    throw new Error(`the caret is not in ${path}; focus is on ${where}`);
  });
}

async function shownPanel(driver, name) {
  await driver.wait(async () => (await driver.findElements(By.css(`[data-testid=panel-${name}]`))).length === 1, 5000, `the ${name} section is not shown`);
}

const state = async (driver, sectionPath) => (await el(driver, `[data-testid="section-${sectionPath}"]`)).getAttribute("data-state");

describe("keyboard only: sections, rows and saving without the mouse", () => {
  const dataDir = freshDataDir("keyboard");
  let driver;
  before(async () => {
    driver = await launch(dataDir);
    await setUpInLanguage(driver, "ja");
    await newPatient(driver);
    await fill(driver, "profile.names.native", "Keyboard Test");
  });
  after(async () => {
    await driver?.quit();
  });

  it("Alt+→ moves to the next section and Alt+← back", async () => {
    await pressWith(driver, Key.ALT, Key.ARROW_RIGHT);
    await shownPanel(driver, "history");
    await pressWith(driver, Key.ALT, Key.ARROW_RIGHT);
    await shownPanel(driver, "medications");
    await pressWith(driver, Key.ALT, Key.ARROW_LEFT);
    await shownPanel(driver, "history");
    await pressWith(driver, Key.ALT, Key.ARROW_RIGHT);
    await shownPanel(driver, "medications");
  });

  it("Alt+N adds a medication with the caret in it, and again for the next one", async () => {
    await pressWith(driver, Key.ALT, "n");
    await caretIn(driver, "medications[0].nameAsGiven.original");
    await press(driver, "aspirin");
    await pressWith(driver, Key.ALT, "n");
    await caretIn(driver, "medications[1].nameAsGiven.original");
    await press(driver, "warfarin");
    assert.equal(await valueOf(driver, "medications[0].nameAsGiven.original"), "aspirin");
    assert.equal(await valueOf(driver, "medications[1].nameAsGiven.original"), "warfarin");
  });

  it("removing a row leaves the caret on the row that took its place; Ctrl+S saves", async () => {
    await click(driver, `#${fieldId("medications[0]")} .entry-head button`);
    await caretIn(driver, "medications[0].nameAsGiven.original");
    assert.equal(await valueOf(driver, "medications[0].nameAsGiven.original"), "warfarin");
    assert.equal((await driver.findElements(By.css(field("medications[1]")))).length, 0, "the removed row is still shown");
    await pressWith(driver, Key.CONTROL, "s");
    await waitSaved(driver);
  });

  it("in a section with several lists, Alt+N adds to the list being worked in", async () => {
    await pressWith(driver, Key.ALT, Key.ARROW_LEFT);
    await shownPanel(driver, "history");
    await driver.executeScript("document.getElementById(arguments[0]).focus()", fieldId("history.surgeries"));
    await pressWith(driver, Key.ALT, "n");
    await caretIn(driver, "history.surgeries[0].procedure.original");
    assert.equal(await state(driver, "history.surgeries"), "entries");
    assert.equal(await state(driver, "history.conditions"), "not-asked", "the row went to another list");
    // Removing the only row leaves the list "not asked" and the caret on the list itself.
    await click(driver, `#${fieldId("history.surgeries[0]")} .entry-head button`);
    await driver.wait(async () => (await activeId(driver)) === fieldId("history.surgeries"), 5000, "focus left the list");
    assert.equal(await state(driver, "history.surgeries"), "not-asked");
  });
});
