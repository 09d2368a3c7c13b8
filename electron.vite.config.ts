import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The production CSP lives in renderer/index.html and allows no inline script.
 * The dev server needs 'unsafe-inline' for React's refresh preamble, so only `electron-vite dev` relaxes it.
 */
function devCsp(): Plugin {
  return {
    name: 'some-kompass-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'none'", "connect-src 'self' ws:"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        // The app's window and the projector's window each have their own preload.
        input: { index: resolve('electron/preload/index.ts'), projector: resolve('electron/preload/projector.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
      // ... and whole: a sandboxed preload cannot require a chunk shared with the other.
      isolatedEntries: true,
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), devCsp()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
