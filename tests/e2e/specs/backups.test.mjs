// Backups as a clinic lives them: after a day's intake the coordinator opens "Data & backups",
// makes a backup, checks it opens with the passphrase, restores it into a new folder, and locks —
// which leaves an automatic backup behind, as quitting does. When the store is later damaged, the
// unlock screen says so and offers the newest backup instead of starting empty.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { By, freshDataDir, invoke, launch, screenshot } from "../lib/harness.mjs";
import { PASSPHRASE, STAFF, click, el, relaunch, requestWindowClose, screenFor, setUp, type, unlock, waitForExit } from "../lib/intake.mjs";

const backupsIn = (dataDir) => {
  const dir = join(dataDir, "backups");
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".kkbak")) : [];
};

// The coordinator goes on working: the samples are loaded once more through the app's command
// (the button itself is tested in the store scenario; here only the change matters), and the app
// has noted the change before the lock or quit that follows.
const changeSomething = async (driver) => {
  const loaded = await invoke(driver, "samples_load");
  assert.ok(loaded.ok, JSON.stringify(loaded.err));
  assert.equal((await invoke(driver, "backup_status")).ok?.pendingChanges, true, "the change was not noted");
};

describe("backups: back up from the screen, verify, restore into a new folder, automatic backup at lock", () => {
  const dataDir = freshDataDir("backups");
  const elsewhere = freshDataDir("backups-elsewhere");
  let driver;
  let patients = 0;
  let made; // path of the backup made from the screen
  after(async () => {
    await driver?.quit();
  });

  it("sets up the vault and loads the sample patients", async () => {
    driver = await launch(dataDir);
    await setUp(driver);
    await click(driver, "[data-testid=samples-load]");
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=patient-row]"))).length >= 3, 30000, "the samples never appeared");
    patients = (await driver.findElements(By.css("[data-testid=patient-row]"))).length;
  });

  it("makes a backup from the Data & backups screen and lists it", async () => {
    await click(driver, "[data-testid=open-data]");
    await el(driver, "[data-testid=data-screen]");
    await el(driver, "[data-testid=backups-empty]");
    await click(driver, "[data-testid=backup-now]");
    const result = await el(driver, "[data-testid=backup-result]", 30000);
    assert.match(await result.getText(), new RegExp(`${patients}`), "the result names the patient count");
    await driver.wait(async () => (await driver.findElements(By.css("[data-testid=backup-row]"))).length === 1, 10000, "the new backup is not listed");
    made = await (await el(driver, "[data-testid=backup-row]")).getAttribute("data-path");
    assert.ok(existsSync(made), `${made} is on disk`);
    assert.deepEqual(backupsIn(dataDir).length, 1);
    await driver.executeScript("window.scrollTo(0, 0)");
    await screenshot(driver, "backups-data-screen");
  });

  it("refuses a wrong passphrase at its field, then verifies with the right one and counts the patients", async () => {
    await click(driver, "[data-testid=backup-select]");
    await type(driver, "[data-testid=backup-passphrase]", "not the passphrase at all");
    await click(driver, "[data-testid=verify-run]");
    await el(driver, "#data-passphrase-error", 30000);
    assert.equal(await (await el(driver, "[data-testid=backup-passphrase]")).getAttribute("aria-invalid"), "true");

    await type(driver, "[data-testid=backup-passphrase]", PASSPHRASE);
    await click(driver, "[data-testid=verify-run]");
    const ok = await el(driver, "[data-testid=verify-result]", 30000);
    assert.equal(await ok.getAttribute("data-patients"), String(patients));
    await driver.wait(async () => (await (await el(driver, "[data-testid=backup-row-patients]")).getText()).trim() === String(patients), 5000, "the list shows the verified count");
    const stats = await screenshot(driver, "backups-verified");
    assert.ok(stats.distinctColors > 20 && stats.contentFraction > 0.1, `the screen looks empty: ${JSON.stringify(stats)}`);
  });

  it("restores the backup into a new folder, and refuses a folder that is not empty", async () => {
    const refused = await invoke(driver, "backup_restore", { path: made, target: dataDir, staff: STAFF, key: { kind: "passphrase", passphrase: PASSPHRASE } });
    assert.equal(refused.err?.kind, "invalid-input", JSON.stringify(refused));
    assert.equal(refused.err.fields[0].field, "target");

    const target = join(elsewhere, "restored");
    const restored = await invoke(driver, "backup_restore", { path: made, target, staff: STAFF, key: { kind: "passphrase", passphrase: PASSPHRASE } });
    assert.ok(restored.ok, JSON.stringify(restored));
    assert.equal(restored.ok.records, patients);
    assert.ok(existsSync(join(target, "store", "db")), "the restored store is on disk");
  });

  it("exports unencrypted only after the warning is confirmed", async () => {
    const run = await el(driver, "[data-testid=export-run]");
    assert.equal(await run.isEnabled(), false, "the export button waits for the acknowledgement");
    assert.ok((await (await el(driver, "[data-testid=export-warning]")).getText()).length > 20);
    const path = join(elsewhere, "export.json");
    const refused = await invoke(driver, "export_plaintext", { acknowledged: false, path });
    assert.equal(refused.err?.kind, "refused");
    assert.equal(existsSync(path), false);
    const done = await invoke(driver, "export_plaintext", { acknowledged: true, path });
    assert.equal(done.ok?.patients, patients, JSON.stringify(done));
    assert.equal(JSON.parse(readFileSync(path, "utf8")).patients.length, patients);
  });

  it("backup settings out of range are refused at their fields", async () => {
    await type(driver, "[data-testid=setting-backupKeep]", "0");
    await type(driver, "[data-testid=setting-backupDir]", "relative/backups");
    await click(driver, "[data-testid=settings-save]");
    await el(driver, "#data-backupKeep-error");
    await el(driver, "#data-backupDir-error");
    assert.equal((await invoke(driver, "settings_get")).ok.backupKeep, 10, "nothing was saved");
    await type(driver, "[data-testid=setting-backupKeep]", "10");
    await (await el(driver, "[data-testid=setting-backupDir]")).clear();
    await type(driver, "[data-testid=setting-backupDir]", " ");
    await click(driver, "[data-testid=settings-save]");
    await driver.wait(async () => (await driver.findElements(By.css("#data-backupKeep-error"))).length === 0, 10000, "the corrected settings were refused");
  });

  it("locking after the day's changes leaves an automatic backup behind", async () => {
    // The backup made by hand holds everything so far; the coordinator goes on working.
    await click(driver, "[data-testid=data-back]");
    await changeSomething(driver);
    const before = backupsIn(dataDir).length;
    await click(driver, "[data-testid=lock]");
    await driver.wait(async () => (await screenFor(driver)) === "locked", 30000);
    assert.equal(backupsIn(dataDir).length, before + 1, "one more backup after the lock");
    const listed = await invoke(driver, "backup_list");
    assert.equal(listed.ok?.length, before + 1, "the folder can be listed while locked");
  });

  it("an automatic backup that cannot be written is shown to staff, not swallowed", async () => {
    await unlock(driver);
    // The backups "folder" is a file: nothing can be written there.
    const blocker = join(elsewhere, "not-a-folder");
    writeFileSync(blocker, "x");
    const settings = (await invoke(driver, "settings_get")).ok;
    assert.ok((await invoke(driver, "settings_set", { settings: { ...settings, backupDir: blocker } })).ok);
    await changeSomething(driver);
    await click(driver, "[data-testid=lock]");
    await driver.wait(async () => (await screenFor(driver)) === "locked", 30000);
    const notice = await el(driver, "[data-testid=backup-failed-notice]", 10000);
    assert.ok((await notice.getText()).includes(blocker), "the notice names the folder");
    await screenshot(driver, "backups-auto-failed");
    assert.ok((await invoke(driver, "settings_set", { settings: { ...settings, backupDir: null } })).ok);
  });

  it("quitting with changes not yet backed up leaves an automatic backup behind", async () => {
    // The failed attempt above left the changes pending; the folder is the default one again.
    await unlock(driver);
    assert.equal((await invoke(driver, "backup_status")).ok?.pendingChanges, true);
    const before = backupsIn(dataDir).length;
    requestWindowClose();
    assert.ok(await waitForExit(dataDir), "the app did not quit when its window was closed");
    assert.equal(backupsIn(dataDir).length, before + 1, "one more backup after quitting");
  });

  it("when the store is damaged, the unlock screen says so and restores the newest backup into a new folder", async () => {
    await driver.quit();
    driver = null;
    const db = join(dataDir, "store", "db");
    writeFileSync(db, Buffer.alloc(statSync(db).size, 0xa5));
    driver = await relaunch({ quit: async () => undefined }, dataDir);
    await driver.wait(async () => (await screenFor(driver)) === "open-failed", 30000);
    await el(driver, "[data-testid=open-failed-message]");
    await screenshot(driver, "backups-open-failed");
    const offered = await (await el(driver, "[data-testid=selected-backup]")).getText();
    assert.match(offered, /\.kkbak$/);
    await type(driver, "[data-testid=backup-passphrase]", PASSPHRASE);
    await click(driver, "[data-testid=verify-run]");
    await el(driver, "[data-testid=verify-result]", 30000);
    await type(driver, "[data-testid=restore-staff]", STAFF);
    const target = join(elsewhere, "after-damage");
    await type(driver, "[data-testid=restore-target]", target);
    await click(driver, "[data-testid=restore-run]");
    await el(driver, "[data-testid=restore-result]", 30000);
    assert.ok(existsSync(join(target, "store", "db")));
    await screenshot(driver, "backups-open-failed-restored");
    assert.ok(statSync(db).size > 0, "the damaged store is left where it was");
  });
});
