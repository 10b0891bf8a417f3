import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const localesDir = fileURLToPath(new URL("../locales", import.meta.url));

export default defineConfig({
  // Relative asset paths: the app is served from Tauri's custom protocol, never from a web server.
  base: "./",
  clearScreen: false,
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  server: {
    port: 1420,
    strictPort: true,
    // The .ftl files live outside ui/ because Rust embeds the very same files.
    fs: { allow: [".", localesDir] },
  },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
