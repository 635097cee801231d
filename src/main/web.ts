import { join } from 'node:path';
import { openApp } from './app';
import { resolveDataDir } from './dataDir';
import { startHost } from './host/server';

/**
 * `npm run web`: the same renderer and API handlers as the Electron app, served on 127.0.0.1 for a
 * browser on this machine (DESIGN §4).
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv, process.env);
  const portFlag = argv.indexOf('--port');
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : Number(process.env.NORMDESK_PORT ?? 0);
  const app = openApp(dataDir);
  const host = await startHost({
    dispatcher: app.dispatcher,
    rendererDir: join(__dirname, '../renderer'),
    port: Number.isInteger(port) && port > 0 ? port : 0,
  });
  console.log(`NormDesk 已启动（数据目录：${dataDir}）`);
  console.log(`请在浏览器中打开：${host.url}`);
  const stop = () => {
    void host.close().then(() => {
      app.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
