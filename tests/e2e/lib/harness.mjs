// Helpers for driving the real Kakehashi window through tauri-driver + WebKitWebDriver.
//
// Every app session gets its own tauri-driver (and so its own WebKitWebDriver) in its own process
// group. Under load the native driver now and then stops answering — a new session never reports
// its window, or ending one never returns; such a driver is ended with its process group instead
// of taking the following scenarios down with it.
import { Builder, By, until } from "selenium-webdriver";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, "../../..");
export const artifacts = resolve(here, "../artifacts");
const application = process.env.KAKEHASHI_APP ?? join(root, "target/debug/kakehashi");
const tauriDriver = process.env.TAURI_DRIVER_BIN ?? join(root, "target/e2e-driver/node_modules/.bin/tauri-driver");
/** How long a session may take to start, and to end, before its driver is given up. */
const SESSION_START_MS = 30000;
const SESSION_END_MS = 20000;

export { By, until };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Resolves to `fallback` after `ms` unless `promise` settles first; the timer never keeps the process alive. */
function within(promise, ms, fallback) {
  let timer;
  const late = new Promise((r) => {
    timer = setTimeout(() => r(fallback), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
const debug = (m) => process.env.E2E_DEBUG && console.error(`[harness ${new Date().toISOString()}] ${m}`);

/** A fresh, private data folder for one scenario. */
export function freshDataDir(name) {
  return mkdtempSync(join(tmpdir(), `kakehashi-e2e-${name}-`));
}

/** Process ids of app instances running on `dataDir`. */
function appProcesses(dataDir) {
  // "--" ends pgrep's options: the pattern itself starts with dashes.
  const found = spawnSync("pgrep", ["-f", "--", `--data-dir ${dataDir}`], { encoding: "utf8" });
  if (found.status !== 0 && found.status !== 1) throw new Error(`pgrep failed: ${found.stderr}`);
  return found.stdout.trim().split(/\s+/).filter(Boolean);
}

/** Waits until no app process runs on `dataDir` any more. */
export async function waitForExit(dataDir, timeout = 20000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (appProcesses(dataDir).length === 0) return true;
    await sleep(100);
  }
  return false;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const running = new Set();
process.on("exit", () => running.forEach(stopDriver));

/** Starts a tauri-driver in a new process group and waits until it answers. */
async function startDriver() {
  const port = await freePort();
  const nativePort = await freePort();
  const proc = spawn(tauriDriver, ["--port", String(port), "--native-port", String(nativePort)], {
    detached: true,
    stdio: ["ignore", "ignore", process.env.E2E_DEBUG ? "inherit" : "ignore"],
  });
  running.add(proc);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/status`)).ok) return { proc, url };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  stopDriver(proc);
  throw new Error(`tauri-driver did not start on port ${port}`);
}

/** Ends a driver with everything it started (WebKitWebDriver, and the app if it still runs). */
function stopDriver(proc) {
  running.delete(proc);
  try {
    process.kill(-proc.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/**
 * Launches the app on `dataDir` and returns a WebDriver session attached to its window. Its
 * `quit()` ends the session, waits for the app to exit and stops the session's driver; it never
 * hangs on a driver that stopped answering.
 */
export async function launch(dataDir) {
  const capabilities = {
    browserName: "wry",
    "tauri:options": { application, args: ["--data-dir", dataDir] },
  };
  for (let attempt = 1; ; attempt++) {
    const { proc, url } = await startDriver();
    const starting = new Builder().usingServer(url).withCapabilities(capabilities).build();
    starting.catch(() => undefined);
    const driver = await within(starting, SESSION_START_MS, null);
    if (driver) {
      const endSession = driver.quit.bind(driver);
      driver.quit = async () => {
        debug("ending the session");
        const ended = await within(endSession().then(() => true, () => true), SESSION_END_MS, false);
        if (!ended) debug("the driver never ended the session");
        if (!(await waitForExit(dataDir, 10000))) {
          debug("the app outlived its session");
          for (const pid of appProcesses(dataDir)) spawnSync("kill", [pid]);
          await waitForExit(dataDir, 10000);
        }
        stopDriver(proc);
        debug("session ended");
      };
      debug("session started");
      return driver;
    }
    debug(`the window never came up (attempt ${attempt})`);
    stopDriver(proc);
    for (const pid of appProcesses(dataDir)) spawnSync("kill", [pid]);
    await waitForExit(dataDir, 10000);
    if (attempt >= 2) throw new Error("the app window never came up");
  }
}

/** Waits until the main screen has rendered real content. */
export async function waitForMainScreen(driver) {
  const main = await driver.wait(until.elementLocated(By.css("[data-testid=main-screen]")), 20000);
  await driver.wait(until.elementIsVisible(main), 10000);
  return main;
}

/** Waits until `css` shows `text` exactly. */
export async function waitForText(driver, css, text, timeout = 10000) {
  const el = await driver.wait(until.elementLocated(By.css(css)), timeout);
  await driver.wait(async () => (await el.getText()).trim() === text, timeout, `${css} never showed ${text}`);
  return el;
}

/** Chooses `value` in the <select> found by `css`, the way a keyboard user would. */
export async function choose(driver, css, value) {
  const select = await driver.findElement(By.css(css));
  await select.findElement(By.css(`option[value="${value}"]`)).click();
}

/** Saves a screenshot as an artifact after the next paint, and returns its pixel statistics. */
export async function screenshot(driver, name) {
  // A screenshot right after a DOM change can show the previous frame: wait for two frames.
  await driver.executeAsyncScript("const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
  const png = Buffer.from(await driver.takeScreenshot(), "base64");
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, `${name}.png`), png);
  return pngStats(png);
}

/**
 * Decodes an 8-bit RGB/RGBA PNG just enough to tell an empty window from a rendered one:
 * the number of distinct colours and the share of pixels that differ from the most common one.
 */
export function pngStats(png) {
  const signature = "89504e470d0a1a0a";
  if (png.subarray(0, 8).toString("hex") !== signature) throw new Error("not a PNG");
  let offset = 8;
  let width = 0, height = 0, colorType = 0, bitDepth = 0;
  const idat = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitDepth = data[8];
      colorType = data[9];
    } else if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  if (bitDepth !== 8 || (colorType !== 2 && colorType !== 6)) throw new Error(`unsupported PNG ${bitDepth}/${colorType}`);
  const bpp = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
      let out;
      switch (filter) {
        case 0: out = v; break;
        case 1: out = v + a; break;
        case 2: out = v + b; break;
        case 3: out = v + ((a + b) >> 1); break;
        case 4: {
          const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
          out = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default: throw new Error(`bad PNG filter ${filter}`);
      }
      pixels[y * stride + x] = out & 0xff;
    }
  }
  const counts = new Map();
  for (let i = 0; i < pixels.length; i += bpp) {
    const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = width * height;
  const dominant = Math.max(...counts.values());
  return { width, height, distinctColors: counts.size, contentFraction: 1 - dominant / total };
}

/** Calls a command the way the window does; resolves to {ok} or {err}. */
export function invoke(driver, command, args = {}) {
  return driver.executeAsyncScript(
    "const done = arguments[arguments.length - 1];" +
      "window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then((ok) => done({ ok }), (err) => done({ err }));",
    command,
    args,
  );
}
