// The fields that had no editor before — other spoken languages and names, an imaging study, the
// patient's own question with the interpreter's translation, the finer planned-treatment facts —
// are entered by a coordinator, survive quit / relaunch / unlock, and are shown side by side.
// Along the way: the stale window is a setting (it moves the "stale" mark and survives a
// restart), a glossary term recognised in the patient's words opens the glossary with one click,
// and closing the window with unsaved typing saves it first.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { Key } from "selenium-webdriver";
import { By, choose, freshDataDir, launch, screenshot } from "../lib/harness.mjs";
import { addRow, click, el, field, fill, newPatient, openBySearch, pick, relaunch, requestWindowClose, setUpInLanguage, tab, type, unlock, valueOf, waitForExit, waitSaved } from "../lib/intake.mjs";

const INTERPRETER = "通訳 林";
const QUESTION = "间充质干细胞会不会引起血栓？";
const PLANNED = "2027-03-01";
// 100 days before the planned date: stale with the default 90-day window, current with 120.
const COLLECTED = "2026-11-21";

async function staleFlags(driver) {
  return (await driver.findElements(By.css(`[data-testid="section-screening"] [data-flag=stale]`))).length;
}

/** Checklist items on the screen saying an infection result is too old. */
async function staleChecklistItems(driver) {
  return (await driver.findElements(By.css(`[data-rule="R08-infection-screening-stale"]`))).length;
}

async function setStaleWindow(driver, days) {
  const box = await el(driver, "[data-testid=setting-stale-window]");
  await box.clear();
  await box.sendKeys(String(days), Key.ENTER);
}

describe("every field editable: a Cantonese/Mandarin speaker's intake with imaging and questions", () => {
  const dataDir = freshDataDir("intake-complete");
  let driver;
  before(async () => {
    driver = await launch(dataDir);
    await setUpInLanguage(driver, "ja");
  });
  after(async () => {
    await driver?.quit().catch(() => undefined);
  });

  it("profile: other names, other spoken languages, full contact and referral details", async () => {
    await newPatient(driver);
    await pick(driver, "profile.preferredLanguage", "zh-Hans");
    await fill(driver, "profile.names.native", "陈美玲");
    await fill(driver, "profile.names.latinFamily", "CHEN");
    await fill(driver, "profile.names.latinGiven", "MEILING");
    // One name per line; a comma belongs to the name.
    const other = await fill(driver, "profile.names.other", "Chen, Mei-Ling");
    await other.sendKeys(Key.ENTER, "May Chan");
    await fill(driver, "profile.otherLanguages", "yue, en");
    await fill(driver, "profile.contact.email", "meiling@example.com");
    await fill(driver, "profile.contact.address", "東京都中央区 ホテル 803号室");
    await fill(driver, "profile.contact.emergencyContactName", "陈伟");
    await fill(driver, "profile.contact.emergencyContactRelation", "夫");
    await pick(driver, "profile.referral.source", "medical-tourism-agency");
    await fill(driver, "profile.referral.contact", "+852 0000 0000");
    await fill(driver, "profile.referral.note", "紹介料あり（医療機関が支払う）");
    await waitSaved(driver);
    await screenshot(driver, "intake-complete-1-profile");
  });

  it("history, medications and allergies are shown side by side", async () => {
    await tab(driver, "history");
    await addRow(driver, "history.familyHistory");
    await fill(driver, "history.familyHistory[0].condition.original", "乳腺癌");
    await fill(driver, "history.familyHistory[0].ageAtOnset", "52");
    await waitSaved(driver);
    await screenshot(driver, "intake-complete-2-history");
    await tab(driver, "medications");
    await addRow(driver, "medications");
    await fill(driver, "medications[0].nameAsGiven.original", "二甲双胍");
    await fill(driver, "medications[0].reason.original", "糖尿病");
    await fill(driver, "medications[0].reason.translation.text", "糖尿病");
    await fill(driver, "medications[0].reason.translation.translator", INTERPRETER);
    await waitSaved(driver);
    await screenshot(driver, "intake-complete-3-medications");
    await tab(driver, "allergies");
    await click(driver, `[data-testid="section-allergies"] [data-action=confirm-none]`);
    await waitSaved(driver);
    await screenshot(driver, "intake-complete-4-allergies");
  });

  it("treatment: tissue and route detail, thaw handling, registry name, emergency note", async () => {
    await tab(driver, "treatment");
    await pick(driver, "plannedTreatment.category", "stem-cells");
    await pick(driver, "plannedTreatment.tissueSource", "adipose");
    await fill(driver, "plannedTreatment.tissueSourceDetail", "腹部皮下脂肪");
    await pick(driver, "plannedTreatment.route", "iv-drip");
    await fill(driver, "plannedTreatment.routeDetail", "末梢静脈から 60 分かけて");
    await fill(driver, "plannedTreatment.plannedDate", PLANNED);
    await pick(driver, "plannedTreatment.cryopreserved", "yes");
    await pick(driver, "plannedTreatment.thawedOnSite", "yes");
    await fill(driver, "plannedTreatment.thawHandlingDocumentedBy", "看護師 田中");
    await fill(driver, "plannedTreatment.thawHandlingNote", "37℃の湯浴で解凍、解凍後 30 分以内に投与");
    await pick(driver, "plannedTreatment.riskClass", "class-ii");
    await pick(driver, "plannedTreatment.registry", "verification-type");
    await fill(driver, "plannedTreatment.registryName", "JSRM 再生医療等データ登録");
    await choose(driver, field("plannedTreatment.emergencyCare"), "known");
    await fill(driver, "plannedTreatment.emergencyCare.value.hospital", "中央総合病院");
    await fill(driver, "plannedTreatment.emergencyCare.value.note", "救急外来に直接搬送");
    await waitSaved(driver);
    await screenshot(driver, "intake-complete-6-treatment");
  });

  it("screening and imaging: a CT study with its translated findings; the stale mark follows the setting", async () => {
    await tab(driver, "screening");
    await addRow(driver, "screening");
    await pick(driver, "screening[0].test", "hbsag");
    await pick(driver, "screening[0].value.kind", "qualitative");
    await fill(driver, "screening[0].labCode", "HBS-AG-01");
    await fill(driver, "screening[0].collected", COLLECTED);
    await fill(driver, "screening[0].note", "原本を確認済み");
    await driver.wait(async () => (await staleFlags(driver)) === 1, 5000, "a result 100 days old was not stale with the 90-day default");
    await driver.wait(async () => (await staleChecklistItems(driver)) === 1, 5000, "the checklist did not call the 100-day-old result stale");
    await addRow(driver, "imaging");
    await pick(driver, "imaging[0].modality", "ct");
    await fill(driver, "imaging[0].date", "2026-09");
    await fill(driver, "imaging[0].region", "胸部");
    await fill(driver, "imaging[0].facility", "香港某医院");
    await fill(driver, "imaging[0].summary.original", "双肺未见明显异常");
    await fill(driver, "imaging[0].summary.translation.text", "両肺に明らかな異常なし");
    await fill(driver, "imaging[0].summary.translation.translator", INTERPRETER);
    await waitSaved(driver);
    await screenshot(driver, "intake-complete-5-screening-stale-90");

    // A value outside the range is refused at the field, in the staff language.
    await setStaleWindow(driver, 0);
    const err = await el(driver, "[data-testid=setting-stale-window-error]");
    assert.match(await err.getText(), /有効期間/);
    await setStaleWindow(driver, 120);
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=setting-stale-window-error]"))).length === 0, 5000, "the error stayed after a good value");
    await driver.wait(async () => (await staleFlags(driver)) === 0, 5000, "a 100-day-old result stayed stale with a 120-day window");
    // The checklist judges by the same setting once it next runs (on the next edit).
    await fill(driver, "screening[0].lab", "香港化验所");
    await driver.wait(async () => (await staleChecklistItems(driver)) === 0, 5000, "the checklist still used the old window");
    await screenshot(driver, "intake-complete-5-screening-window-120");
  });

  it("consent: the patient's question with translation; its recognised term opens the glossary", async () => {
    await tab(driver, "consent");
    await addRow(driver, "explanation.questions");
    await fill(driver, "explanation.questions[0].question.original", QUESTION);
    await fill(driver, "explanation.questions[0].question.translation.text", "間葉系幹細胞で血栓ができることはありますか？");
    await fill(driver, "explanation.questions[0].question.translation.translator", INTERPRETER);
    await fill(driver, "explanation.questions[0].answer", "まれに起こり得ます。投与中は医師が観察します。");
    await fill(driver, "explanation.questions[0].answeredBy", "医師 山本");
    await fill(driver, "consent.acquireSpecialCare.scope", "既往歴・服薬・検査結果");
    await waitSaved(driver);
    await screenshot(driver, "intake-complete-7-consent");

    const term = await el(driver, `${field("explanation.questions[0].question")} .glossary-term-link[data-concept=msc]`);
    assert.equal((await term.getText()).trim(), "间充质干细胞");
    await click(driver, `${field("explanation.questions[0].question")} .glossary-term-link[data-concept=msc]`);
    await el(driver, "[data-testid=glossary-panel]");
    const search = await el(driver, "[data-testid=glossary-search]");
    assert.equal(await search.getAttribute("value"), "间充质干细胞");
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=glossary-hit][data-concept=msc]"))).length > 0, 10000, "the glossary did not show the term");
    await screenshot(driver, "intake-complete-7-consent-glossary");
    await click(driver, "[data-testid=glossary-close]");
    // Closing hands focus back to the term that opened the panel (on the next frame); wait for that
    // before moving focus ourselves, or the hand-back lands after it.
    await driver.wait(
      async () =>
        (await driver.findElements(By.css("[data-testid=glossary-panel]"))).length === 0 &&
        (await driver.executeScript("return document.activeElement && document.activeElement.getAttribute('data-concept')")) === "msc",
      5000,
      "closing the glossary did not return focus to the term",
    );

    // The keyboard path: Tab from the patient's words reaches the term; Enter opens it.
    await driver.executeScript(`document.getElementById(arguments[0]).focus()`, field("explanation.questions[0].question.original").slice(1));
    await driver.actions().sendKeys(Key.TAB).perform();
    const focused = await driver.executeScript("return document.activeElement && document.activeElement.getAttribute('data-concept')");
    assert.equal(focused, "msc", "Tab from the text did not reach the recognised term");
    await driver.actions().sendKeys(Key.ENTER).perform();
    await el(driver, "[data-testid=glossary-panel]");
    await click(driver, "[data-testid=glossary-close]");
  });

  it("summary board", async () => {
    await tab(driver, "summary");
    await el(driver, "[data-testid=summary-board]");
    await screenshot(driver, "intake-complete-8-summary");
  });

  it("closing the window with unsaved typing saves it first", async () => {
    await tab(driver, "profile");
    await fill(driver, "profile.contact.phone", "+852 9123 4567");
    const state = await (await el(driver, "[data-testid=save-state]")).getAttribute("data-state");
    assert.equal(state, "dirty", "the typing was already saved; the close would prove nothing");
    requestWindowClose();
    assert.ok(await waitForExit(dataDir), "the app did not close when asked");
  });

  it("after relaunch and unlock every new field, the setting and the typing before the close are intact", async () => {
    const closed = driver;
    driver = await relaunch({ quit: () => closed.quit().catch(() => undefined) }, dataDir);
    await unlock(driver);
    assert.equal(await (await el(driver, "[data-testid=setting-stale-window]")).getAttribute("value"), "120");
    await openBySearch(driver, "CHEN");
    assert.equal(await valueOf(driver, "profile.contact.phone"), "+852 9123 4567");
    assert.equal(await valueOf(driver, "profile.names.other"), "Chen, Mei-Ling\nMay Chan");
    assert.equal(await valueOf(driver, "profile.otherLanguages"), "yue, en");
    assert.equal(await valueOf(driver, "profile.contact.emergencyContactRelation"), "夫");
    assert.equal(await valueOf(driver, "profile.referral.note"), "紹介料あり（医療機関が支払う）");
    await tab(driver, "medications");
    assert.equal(await valueOf(driver, "medications[0].reason.translation.translator"), INTERPRETER);
    await tab(driver, "screening");
    assert.equal(await staleFlags(driver), 0, "the 120-day window did not survive the restart");
    assert.equal(await valueOf(driver, "screening[0].labCode"), "HBS-AG-01");
    assert.equal(await valueOf(driver, "imaging[0].modality"), "ct");
    assert.equal(await valueOf(driver, "imaging[0].region"), "胸部");
    assert.equal(await valueOf(driver, "imaging[0].summary.original"), "双肺未见明显异常");
    assert.equal(await valueOf(driver, "imaging[0].summary.translation.text"), "両肺に明らかな異常なし");
    assert.equal(await valueOf(driver, "imaging[0].summary.translation.translator"), INTERPRETER);
    await tab(driver, "treatment");
    assert.equal(await valueOf(driver, "plannedTreatment.tissueSourceDetail"), "腹部皮下脂肪");
    assert.equal(await valueOf(driver, "plannedTreatment.routeDetail"), "末梢静脈から 60 分かけて");
    assert.equal(await valueOf(driver, "plannedTreatment.thawHandlingNote"), "37℃の湯浴で解凍、解凍後 30 分以内に投与");
    assert.equal(await valueOf(driver, "plannedTreatment.thawHandlingDocumentedBy"), "看護師 田中");
    assert.equal(await valueOf(driver, "plannedTreatment.registryName"), "JSRM 再生医療等データ登録");
    assert.equal(await valueOf(driver, "plannedTreatment.emergencyCare.value.note"), "救急外来に直接搬送");
    await tab(driver, "consent");
    assert.equal(await valueOf(driver, "explanation.questions[0].question.original"), QUESTION);
    assert.equal(await valueOf(driver, "explanation.questions[0].question.translation.translator"), INTERPRETER);
    assert.equal(await valueOf(driver, "explanation.questions[0].answeredBy"), "医師 山本");
    assert.equal(await valueOf(driver, "consent.acquireSpecialCare.scope"), "既往歴・服薬・検査結果");
    await screenshot(driver, "intake-complete-9-after-relaunch");
  });

  it("the patient list marks sample patients, and only them", async () => {
    await click(driver, "[data-testid=back-to-list]");
    await el(driver, "[data-testid=patients-screen]");
    await click(driver, "[data-testid=samples-load]");
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=patient-row]"))).length > 1, 20000, "no samples appeared");
    const rows = await driver.findElements(By.css("[data-testid=patient-row]"));
    let samples = 0;
    for (const row of rows) {
      const name = (await row.findElement(By.css(".patient-open")).getText()).trim();
      const badges = (await row.findElements(By.css("[data-testid=sample-badge]"))).length;
      if (name.includes("陈美玲") || name.includes("CHEN")) assert.equal(badges, 0, "a real patient is marked as a sample");
      else {
        assert.equal(badges, 1, `sample ${name} has no badge`);
        samples += 1;
      }
    }
    assert.ok(samples > 0);
    await screenshot(driver, "intake-complete-10-patient-list-samples");
  });
});
