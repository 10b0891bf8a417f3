// Helpers for the intake scenarios: setup, unlock, typing into fields by their record path.
import { spawnSync } from "node:child_process";
import { Key } from "selenium-webdriver";
import { By, until, choose, launch, screenshot, waitForMainScreen } from "./harness.mjs";

export { waitForExit } from "./harness.mjs";

export const STAFF = "佐藤 花子";
export const PASSPHRASE = "correct horse battery staple";

/** The DOM id of the input for a record field path (mirror of ui/src/logic.ts fieldId). */
export function fieldId(path) {
  return "f-" + path.replace(/\[(\d+)\]/g, ".$1").replace(/[^A-Za-z0-9]+/g, "-").replace(/-+$/, "");
}

export const field = (path) => `#${fieldId(path)}`;

export async function el(driver, css, timeout = 10000) {
  const e = await driver.wait(until.elementLocated(By.css(css)), timeout, `${css} never appeared`);
  await driver.wait(until.elementIsVisible(e), timeout);
  return e;
}

/** Types `text` into the empty input found by `css`, as a keyboard user would. */
export async function type(driver, css, text) {
  const e = await el(driver, css);
  await e.clear();
  await e.sendKeys(text);
  return e;
}

/** Types into the field of a record path. */
export async function fill(driver, path, text) {
  return type(driver, field(path), text);
}

export async function pick(driver, path, value) {
  await el(driver, field(path));
  await choose(driver, field(path), value);
}

export async function valueOf(driver, path) {
  const e = await el(driver, field(path));
  return e.getAttribute("value");
}

export async function click(driver, css) {
  const e = await el(driver, css);
  // Click only once the element has stopped moving (100 ms in place, at most 2 s): content that
  // arrives above it, such as the patient list, would otherwise move it between the moment the
  // driver locates it and the moment the click lands, and the click would land elsewhere.
  await driver.executeAsyncScript(
    `const [e, done] = [arguments[0], arguments[arguments.length - 1]];
     e.scrollIntoView({block: "center"});
     const where = () => JSON.stringify(e.getBoundingClientRect());
     let last = where(), since = performance.now();
     const start = since;
     const tick = () => {
       const now = where();
       if (now !== last) { last = now; since = performance.now(); }
       if (performance.now() - since >= 100 || performance.now() - start > 2000) done();
       else requestAnimationFrame(tick);
     };
     requestAnimationFrame(tick);`,
    e,
  );
  await e.click();
}

/**
 * Presses keys where the focus is, as a person at the keyboard does. Sending them to
 * `switchTo().activeElement()` instead fails with "not focusable" when focus is briefly on the body
 * (e.g. while a panel that has just opened moves focus into itself).
 */
export async function press(driver, ...keys) {
  await driver.actions().sendKeys(...keys).perform();
}

/** Presses `keys` while holding `modifier` (e.g. Key.ALT), where the focus is. */
export async function pressWith(driver, modifier, ...keys) {
  await driver.actions().keyDown(modifier).sendKeys(...keys).keyUp(modifier).perform();
}

export async function tab(driver, name) {
  await click(driver, `[data-testid=tab-${name}]`);
  await el(driver, `[data-testid=panel-${name}]`);
}

export async function addRow(driver, sectionPath) {
  await click(driver, `[data-testid="section-${sectionPath}"] [data-action=add-row]`);
}

/** Waits until the indicator says "saved": only shown after the store's durable write. */
export async function waitSaved(driver, timeout = 15000) {
  await driver.wait(
    async () => (await driver.findElement(By.css("[data-testid=save-state]")).getAttribute("data-state")) === "saved",
    timeout,
    "the record was never saved",
  );
}

export async function screenFor(driver) {
  const main = await waitForMainScreen(driver);
  await driver.wait(async () => (await main.getAttribute("data-screen")) !== "loading", 20000);
  return main.getAttribute("data-screen");
}

/** First run: create the vault, acknowledge the recovery key, arrive at the patient list. */
export async function setUp(driver, shotPrefix = null) {
  await driver.wait(async () => (await screenFor(driver)) === "setup", 20000);
  await type(driver, "[data-testid=setup-staff]", STAFF);
  await type(driver, "[data-testid=setup-passphrase]", PASSPHRASE);
  await type(driver, "[data-testid=setup-confirm]", PASSPHRASE);
  if (shotPrefix) await screenshot(driver, `${shotPrefix}-setup`);
  await click(driver, "[data-testid=setup-submit]");
  const key = await el(driver, "[data-testid=recovery-key]", 30000);
  if (shotPrefix) await screenshot(driver, `${shotPrefix}-recovery-key`);
  const text = (await key.getText()).trim();
  const cont = await el(driver, "[data-testid=recovery-continue]");
  if (await cont.isEnabled()) throw new Error("continuing was possible before acknowledging the recovery key");
  await click(driver, "[data-testid=recovery-ack]");
  await click(driver, "[data-testid=recovery-continue]");
  await el(driver, "[data-testid=patients-screen]");
  return text;
}

/** First run with the staff language chosen: where every intake story starts. */
export async function setUpInLanguage(driver, staffLocale = "ja") {
  await setUp(driver);
  await choose(driver, "[data-testid=staff-locale]", staffLocale);
}

/** From the patient list, opens the intake of a new patient. */
export async function newPatient(driver) {
  await click(driver, "[data-testid=patient-new]");
  await el(driver, "[data-testid=intake-screen]");
}

export async function unlock(driver) {
  await driver.wait(async () => (await screenFor(driver)) === "locked", 20000);
  if (process.env.E2E_DEBUG) console.error("[unlock] locked screen shown");
  await type(driver, "[data-testid=unlock-staff]", STAFF);
  await type(driver, "[data-testid=unlock-passphrase]", PASSPHRASE);
  await click(driver, "[data-testid=unlock-submit]");
  await el(driver, "[data-testid=patients-screen]", 30000);
}

/**
 * Quits the app and launches it again on the same data folder. `quit()` returns only once the
 * previous process has exited: while it still held the single-instance lock, a new process would
 * hand over to it and exit, and the WebDriver session would wait for a window that never comes.
 */
export async function relaunch(driver, dataDir) {
  await driver.quit();
  return launch(dataDir);
}

/** Searches the patient list and opens the only match. */
export async function openBySearch(driver, query) {
  await type(driver, "[data-testid=patient-search]", query);
  await driver.wait(async () => (await driver.findElements(By.css("[data-testid=patient-row]"))).length === 1, 10000, `no single match for ${query}`);
  await click(driver, "[data-testid=patient-row] .patient-open");
  await el(driver, "[data-testid=intake-screen]");
}

// Sends the window manager's "close" request (WM_DELETE_WINDOW) to the app's window, as the
// title bar's close button does. Under the test display there is no window manager, so the
// message is sent straight to the window through libX11.
const CLOSE_WINDOW_PY = String.raw`
import ctypes, ctypes.util, subprocess, sys
title = sys.argv[1]
tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=True).stdout
ids = [int(line.split()[0], 16) for line in tree.splitlines() if title in line and line.strip().startswith("0x")]
if not ids:
    sys.exit("no window titled " + title)
x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
x.XFlush.argtypes = [ctypes.c_void_p]
x.XCloseDisplay.argtypes = [ctypes.c_void_p]
class ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]
class XEvent(ctypes.Union):
    _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]
d = x.XOpenDisplay(None)
if not d:
    sys.exit("no display")
protocols = x.XInternAtom(d, b"WM_PROTOCOLS", 0)
delete = x.XInternAtom(d, b"WM_DELETE_WINDOW", 0)
for wid in ids:
    ev = XEvent()
    ev.xclient.type = 33  # ClientMessage
    ev.xclient.window = wid
    ev.xclient.message_type = protocols
    ev.xclient.format = 32
    ev.xclient.data[0] = delete
    ev.xclient.data[1] = 0  # CurrentTime
    x.XSendEvent(d, wid, 0, 0, ctypes.byref(ev))
x.XFlush(d)
x.XCloseDisplay(d)
print(len(ids))
`;

/** Asks the app window to close the way its close button does (the app may save first). */
export function requestWindowClose(title = "Kakehashi") {
  const r = spawnSync("python3", ["-c", CLOSE_WINDOW_PY, title], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`could not ask the window to close: ${r.stderr || r.stdout}`);
}


/**
 * Answers the native "open file" dialog the app just showed with `path`, the way staff would:
 * the dialog takes focus, a typed "/" opens its location field, Return opens the file. Under the
 * test display there is no window manager, so focus is given to the dialog directly.
 */
export async function chooseFileInDialog(path, appTitle = "Kakehashi") {
  const xdotool = (...args) => spawnSync("xdotool", args, { encoding: "utf8" });
  let dialog = null;
  for (let i = 0; i < 150 && !dialog; i++) {
    const ids = xdotool("search", "--onlyvisible", "--name", ".").stdout.split(/\s+/).filter(Boolean);
    for (const id of ids) {
      const name = xdotool("getwindowname", id).stdout.trim();
      if (name !== "" && !name.includes(appTitle)) dialog = id;
    }
    if (!dialog) await new Promise((r) => setTimeout(r, 100));
  }
  if (!dialog) throw new Error("no file dialog appeared");
  const steps = [
    ["windowfocus", "--sync", dialog],
    ["key", "--clearmodifiers", "ctrl+l"],
    ["type", "--delay", "15", path],
    ["key", "Return"],
  ];
  for (const step of steps) {
    const r = xdotool(...step);
    if (r.status !== 0) throw new Error(`xdotool ${step.join(" ")}: ${r.stderr}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * Replaces whatever the glossary's search box holds (the panel may have filled it) with `text`,
 * key by key as staff type, and waits until the box holds exactly that.
 */
export async function searchGlossary(driver, text) {
  const box = await el(driver, "[data-testid=glossary-search]");
  await box.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  await box.sendKeys(text);
  await driver.wait(async () => (await box.getAttribute("value")) === text, 5000, `the search box never held ${text}`);
}
