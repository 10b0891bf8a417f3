import { render } from "preact";
import { App } from "./app";
import { uiReady } from "./ipc";

const root = document.getElementById("app");
if (root) {
  render(<App />, root);
  // Two frames: the first schedules the paint of the initial render, the second runs after it.
  requestAnimationFrame(() => requestAnimationFrame(() => void uiReady().catch(() => undefined)));
}
