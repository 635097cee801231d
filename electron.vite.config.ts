import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The renderer's boot script (src/renderer/src/boot.ts) as its own small entry, loaded by a script tag
 * ahead of the application's: the first screen's requests leave while the rest of the code is still
 * arriving and being evaluated. (main.tsx also imports it, which in the built page finds it already run.)
 */
function bootScript(): Plugin {
  return {
    name: 'normdesk-boot-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const boot = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'boot',
        );
        if (!boot) throw new Error('The renderer build has no boot chunk.');
        // After the Content-Security-Policy (which covers only what follows it), before the app's script.
        const tag = `<script type="module" crossorigin src="./${boot.fileName}"></script>\n    `;
        return html.replace('<script type="module"', `${tag}<script type="module"`);
      },
    },
  };
}

/**
 * One build for every entry: the Electron main process (index), the local browser host (web) and the
 * command line (cli) share src/main; the preload bridge and the renderer are built separately.
 */
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          compareWorker: resolve(__dirname, 'src/main/compare/worker.ts'),
          docxWorker: resolve(__dirname, 'src/main/import/docxWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() packages: bundle zod and the contract into the one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(__dirname, 'src/main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), bootScript()],
    build: {
      // The page is parsed on every start of the app: a minified bundle paints the registry sooner.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          boot: resolve(__dirname, 'src/renderer/src/boot.ts'),
        },
      },
      chunkSizeWarningLimit: 4000,
    },
  },
});
