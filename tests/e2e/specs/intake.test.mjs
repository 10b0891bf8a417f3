// A full intake with a Chinese-speaking patient through an interpreter (staff ja | patient
// zh-Hans), then quit, relaunch, unlock: every value is still there, and the three states of each
// section come back exactly as they were left.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { By, choose, freshDataDir, launch, screenshot } from "../lib/harness.mjs";
import { addRow, click, el, field, fill, newPatient, openBySearch, pick, relaunch, setUpInLanguage, tab, unlock, valueOf, waitSaved } from "../lib/intake.mjs";

const INTERPRETER = "通訳 李明";

async function state(driver, sectionPath) {
  return (await el(driver, `[data-testid="section-${sectionPath}"]`)).getAttribute("data-state");
}

describe("intake in Japanese | Simplified Chinese", () => {
  const dataDir = freshDataDir("intake-zh");
  let driver;
  before(async () => {
    driver = await launch(dataDir);
    await setUpInLanguage(driver, "ja");
  });
  after(async () => {
    await driver?.quit();
  });

  it("profile: the patient's preferred language becomes the patient locale", async () => {
    await newPatient(driver);
    await pick(driver, "profile.preferredLanguage", "zh-Hans");
    const picker = await el(driver, "[data-testid=patient-locale]");
    await driver.wait(async () => (await picker.getAttribute("value")) === "zh-Hans", 5000);
    await fill(driver, "profile.names.native", "王秀英");
    await pick(driver, "profile.names.nativeLang", "zh-Hans");
    await fill(driver, "profile.names.latinFamily", "WANG");
    await fill(driver, "profile.names.latinGiven", "XIUYING");
    await fill(driver, "profile.names.katakana", "ワン シュウエイ");
    await fill(driver, "profile.dateOfBirth", "1968-04");
    await pick(driver, "profile.sex", "female");
    await fill(driver, "profile.nationality", "CN");
    await pick(driver, "profile.japaneseAbility", "none");
    await fill(driver, "patientStatement.original", "膝关节疼痛五年");
    await fill(driver, "patientStatement.translation.text", "5年前から膝の痛み");
    await fill(driver, "patientStatement.translation.translator", INTERPRETER);
    // Every label is side by side: staff Japanese | patient language (shown here with English,
    // whose translation exists; a locale still untranslated falls back to the Japanese words once).
    await choose(driver, "[data-testid=patient-locale]", "en");
    const label = await el(driver, `label[for="${field("profile.sex").slice(1)}"]`);
    await driver.wait(async () => (await label.findElements(By.css(".bi-patient"))).length === 1, 5000, "the sex label has no patient-language half");
    assert.equal((await label.findElement(By.css(".bi-staff")).getText()).trim(), "性別");
    assert.equal((await label.findElement(By.css(".bi-patient")).getText()).trim(), "Sex");
    await screenshot(driver, "intake-zh-1-profile-ja-en");
    await choose(driver, "[data-testid=patient-locale]", "zh-Hans");
    await waitSaved(driver);
    await screenshot(driver, "intake-zh-1-profile");
  });

  it("history: conditions confirmed none, surgeries left not asked", async () => {
    await tab(driver, "history");
    assert.equal(await state(driver, "history.conditions"), "not-asked");
    await click(driver, `[data-testid="section-history.conditions"] [data-action=confirm-none]`);
    assert.equal(await state(driver, "history.conditions"), "confirmed-none");
    assert.equal(await state(driver, "history.surgeries"), "not-asked");
    await waitSaved(driver);
    await screenshot(driver, "intake-zh-2-history");
  });

  it("medications: two medicines in the patient's words with the interpreter's translation", async () => {
    await tab(driver, "medications");
    await addRow(driver, "medications");
    await fill(driver, "medications[0].nameAsGiven.original", "阿司匹林肠溶片");
    await fill(driver, "medications[0].nameAsGiven.translation.text", "アスピリン腸溶錠");
    await fill(driver, "medications[0].nameAsGiven.translation.translator", INTERPRETER);
    await fill(driver, "medications[0].genericName", "aspirin");
    await fill(driver, "medications[0].dose.value", "100");
    await fill(driver, "medications[0].dose.unit", "mg");
    await pick(driver, "medications[0].antiplatelet", "yes");
    await addRow(driver, "medications");
    await fill(driver, "medications[1].nameAsGiven.original", "华法林钠片");
    await fill(driver, "medications[1].genericName", "warfarin");
    await fill(driver, "medications[1].dose.value", "2.5");
    await fill(driver, "medications[1].dose.unit", "mg");
    await pick(driver, "medications[1].anticoagulant", "yes");
    await waitSaved(driver);
    assert.equal(await state(driver, "medications"), "entries");
    await screenshot(driver, "intake-zh-3-medications");
  });

  it("allergies: penicillin with anaphylaxis", async () => {
    await tab(driver, "allergies");
    await addRow(driver, "allergies");
    await fill(driver, "allergies[0].substance.original", "青霉素");
    await fill(driver, "allergies[0].substance.translation.text", "ペニシリン");
    await fill(driver, "allergies[0].substance.translation.translator", INTERPRETER);
    await pick(driver, "allergies[0].category", "drug");
    await pick(driver, "allergies[0].severity", "anaphylaxis");
    await fill(driver, "allergies[0].reaction.original", "呼吸困难，全身荨麻疹");
    await click(driver, `#${"f-allergies-0-groups-antibiotic"}`);
    await waitSaved(driver);
    await screenshot(driver, "intake-zh-4-allergies");
  });

  it("planned treatment: stem cells by IV drip on a planned date", async () => {
    await tab(driver, "treatment");
    await pick(driver, "plannedTreatment.category", "stem-cells");
    await pick(driver, "plannedTreatment.origin", "autologous");
    await pick(driver, "plannedTreatment.tissueSource", "adipose");
    await pick(driver, "plannedTreatment.route", "iv-drip");
    await fill(driver, "plannedTreatment.plannedDate", "2026-12-01");
    await fill(driver, "plannedTreatment.physician", "山田 医師");
    await waitSaved(driver);
    await screenshot(driver, "intake-zh-6-treatment");
  });

  it("screening: one abnormal and one stale result are flagged", async () => {
    await tab(driver, "screening");
    await addRow(driver, "screening");
    await pick(driver, "screening[0].test", "cea");
    await fill(driver, "screening[0].value.value", "12.4");
    await fill(driver, "screening[0].value.unit", "ng/mL");
    await fill(driver, "screening[0].referenceRange.high", "5.0");
    await fill(driver, "screening[0].collected", "2026-11-10");
    await addRow(driver, "screening");
    await pick(driver, "screening[1].test", "hbsag");
    await pick(driver, "screening[1].value.kind", "qualitative");
    await pick(driver, "screening[1].value.result", "negative");
    await fill(driver, "screening[1].collected", "2026-05-01");
    await waitSaved(driver);
    const rows = await driver.findElements(By.css(`[data-testid="screening-row"]`));
    assert.equal(rows.length, 2);
    assert.equal(await rows[0].findElement(By.css("[data-flag]")).getAttribute("data-flag"), "high");
    assert.equal((await rows[0].findElements(By.css("[data-flag=stale]"))).length, 0, "a recent result is not stale");
    assert.equal((await rows[1].findElements(By.css("[data-flag=stale]"))).length, 1, "a May result before a December treatment is stale");
    await screenshot(driver, "intake-zh-5-screening");
  });

  it("explanation and consent: teach-back confirmed in the patient's words", async () => {
    await tab(driver, "consent");
    await addRow(driver, "explanation.items");
    await pick(driver, "explanation.items[0].topic", "risks");
    await fill(driver, "explanation.items[0].interpreter", INTERPRETER);
    await pick(driver, "explanation.items[0].teachBack", "confirmed");
    await fill(driver, "explanation.items[0].teachBackWords.original", "静脉输注可能引起肺栓塞，可能危及生命");
    await pick(driver, "consent.acquireSpecialCare.decision", "given");
    await fill(driver, "consent.acquireSpecialCare.date", "2026-11-21");
    await waitSaved(driver);
    await screenshot(driver, "intake-zh-7-consent");
  });

  it("the summary board shows completion, the screening grid and the checklist; an item jumps to its field", async () => {
    await tab(driver, "summary");
    const grid = await el(driver, "[data-testid=screening-grid]");
    assert.equal(await grid.findElement(By.css("[data-test=cea]")).getAttribute("data-status"), "abnormal");
    assert.equal(await grid.findElement(By.css("[data-test=hbsag]")).getAttribute("data-status"), "stale");
    assert.equal(await grid.findElement(By.css("[data-test=hiv-ag-ab]")).getAttribute("data-status"), "missing");
    const items = await driver.wait(async () => {
      const found = await driver.findElements(By.css("[data-testid=checklist] .check-item"));
      return found.length > 0 ? found : null;
    }, 10000, "the checklist never showed an item");
    await screenshot(driver, "intake-zh-8-summary");
    const rule = await items[0].getAttribute("data-rule");
    await items[0].findElement(By.css("button.link")).click();
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=panel-summary]"))).length === 0, 5000, `jumping from ${rule} stayed on the summary`);
    await driver.wait(
      () => driver.executeScript("const p = document.getElementById('tab-panel'); return p !== null && p !== document.activeElement && p.contains(document.activeElement);"),
      5000,
      `focus did not land on a field in the section for ${rule}`,
    );
  });

  it("after quit, relaunch and unlock, every value and every section state is intact", async () => {
    driver = await relaunch(driver, dataDir);
    await unlock(driver);
    await openBySearch(driver, "ワン");
    const picker = await el(driver, "[data-testid=patient-locale]");
    assert.equal(await picker.getAttribute("value"), "zh-Hans", "the patient's preferred language is the patient locale again");
    assert.equal(await valueOf(driver, "profile.names.native"), "王秀英");
    assert.equal(await valueOf(driver, "profile.dateOfBirth"), "1968-04");
    assert.equal(await valueOf(driver, "profile.sex"), "female");
    assert.equal(await valueOf(driver, "patientStatement.original"), "膝关节疼痛五年");
    assert.equal(await valueOf(driver, "patientStatement.translation.translator"), INTERPRETER);
    await tab(driver, "history");
    assert.equal(await state(driver, "history.conditions"), "confirmed-none");
    assert.equal(await state(driver, "history.surgeries"), "not-asked");
    assert.equal(await state(driver, "history.familyHistory"), "not-asked");
    await tab(driver, "medications");
    assert.equal(await state(driver, "medications"), "entries");
    assert.equal(await valueOf(driver, "medications[0].nameAsGiven.original"), "阿司匹林肠溶片");
    assert.equal(await valueOf(driver, "medications[0].nameAsGiven.translation.text"), "アスピリン腸溶錠");
    assert.equal(await valueOf(driver, "medications[0].dose.value"), "100");
    assert.equal(await valueOf(driver, "medications[0].antiplatelet"), "yes");
    assert.equal(await valueOf(driver, "medications[1].nameAsGiven.original"), "华法林钠片");
    assert.equal(await valueOf(driver, "medications[1].dose.value"), "2.5");
    assert.equal(await valueOf(driver, "medications[1].anticoagulant"), "yes");
    await tab(driver, "allergies");
    assert.equal(await valueOf(driver, "allergies[0].substance.original"), "青霉素");
    assert.equal(await valueOf(driver, "allergies[0].severity"), "anaphylaxis");
    assert.equal(await valueOf(driver, "allergies[0].reaction.original"), "呼吸困难，全身荨麻疹");
    assert.ok(await (await el(driver, "#f-allergies-0-groups-antibiotic")).isSelected());
    await tab(driver, "screening");
    assert.equal(await valueOf(driver, "screening[0].test"), "cea");
    assert.equal(await valueOf(driver, "screening[0].value.value"), "12.4");
    assert.equal(await valueOf(driver, "screening[0].referenceRange.high"), "5.0");
    assert.equal(await valueOf(driver, "screening[1].value.result"), "negative");
    assert.equal(await valueOf(driver, "screening[1].collected"), "2026-05-01");
    await tab(driver, "treatment");
    assert.equal(await valueOf(driver, "plannedTreatment.category"), "stem-cells");
    assert.equal(await valueOf(driver, "plannedTreatment.route"), "iv-drip");
    assert.equal(await valueOf(driver, "plannedTreatment.plannedDate"), "2026-12-01");
    await tab(driver, "consent");
    assert.equal(await valueOf(driver, "explanation.items[0].teachBack"), "confirmed");
    assert.equal(await valueOf(driver, "explanation.items[0].teachBackWords.original"), "静脉输注可能引起肺栓塞，可能危及生命");
    assert.equal(await valueOf(driver, "consent.acquireSpecialCare.decision"), "given");
  });
});

/** Profile and allergy in a given patient locale; returns nothing, leaves the record saved. */
async function profileAndAllergy(driver, p) {
  await click(driver, "[data-testid=back-to-list]");
  await newPatient(driver);
  await pick(driver, "profile.preferredLanguage", p.locale);
  const picker = await el(driver, "[data-testid=patient-locale]");
  await driver.wait(async () => (await picker.getAttribute("value")) === p.locale, 5000);
  await fill(driver, "profile.names.native", p.native);
  await pick(driver, "profile.names.nativeLang", p.locale);
  await fill(driver, "profile.names.latinFamily", p.family);
  await fill(driver, "profile.names.katakana", p.katakana);
  await pick(driver, "profile.sex", p.sex);
  await fill(driver, "profile.nationality", p.country);
  await screenshot(driver, `intake-${p.locale}-1-profile`);
  await tab(driver, "allergies");
  await addRow(driver, "allergies");
  await fill(driver, "allergies[0].substance.original", p.substance);
  await fill(driver, "allergies[0].substance.translation.text", p.substanceJa);
  await fill(driver, "allergies[0].substance.translation.translator", p.interpreter);
  await pick(driver, "allergies[0].severity", "anaphylaxis");
  await waitSaved(driver);
  await screenshot(driver, `intake-${p.locale}-4-allergies`);
}

async function checkProfileAndAllergy(driver, p) {
  await click(driver, "[data-testid=back-to-list]");
  await openBySearch(driver, p.family);
  assert.equal(await (await el(driver, "[data-testid=patient-locale]")).getAttribute("value"), p.locale);
  assert.equal(await valueOf(driver, "profile.names.native"), p.native);
  assert.equal(await valueOf(driver, "profile.names.katakana"), p.katakana);
  assert.equal(await valueOf(driver, "profile.sex"), p.sex);
  assert.equal(await valueOf(driver, "profile.nationality"), p.country);
  await tab(driver, "allergies");
  assert.equal(await valueOf(driver, "allergies[0].substance.original"), p.substance);
  assert.equal(await valueOf(driver, "allergies[0].substance.translation.text"), p.substanceJa);
  assert.equal(await valueOf(driver, "allergies[0].substance.translation.translator"), p.interpreter);
  assert.equal(await valueOf(driver, "allergies[0].severity"), "anaphylaxis");
}

const KOREAN = { locale: "ko", native: "김민준", family: "KIM", katakana: "キム ミンジュン", sex: "male", country: "KR", substance: "요오드 조영제", substanceJa: "ヨード造影剤", interpreter: "通訳 朴" };
const VIETNAMESE = { locale: "vi", native: "Nguyễn Thị Lan", family: "NGUYEN", katakana: "グエン ティ ラン", sex: "female", country: "VN", substance: "Thuốc kháng sinh penicillin", substanceJa: "ペニシリン系抗菌薬", interpreter: "通訳 ファム" };

describe("intake with Korean and Vietnamese as patient locale", () => {
  const dataDir = freshDataDir("intake-ko-vi");
  let driver;
  before(async () => {
    driver = await launch(dataDir);
    await setUpInLanguage(driver, "ja");
    await newPatient(driver);
  });
  after(async () => {
    await driver?.quit();
  });

  it("records profile and allergy in ja | ko and in ja | vi", async () => {
    await profileAndAllergy(driver, KOREAN);
    await profileAndAllergy(driver, VIETNAMESE);
  });

  it("after quit, relaunch and unlock, both are intact", async () => {
    driver = await relaunch(driver, dataDir);
    await unlock(driver);
    await openBySearch(driver, "キム");
    await checkProfileAndAllergy(driver, KOREAN);
    await checkProfileAndAllergy(driver, VIETNAMESE);
  });
});
