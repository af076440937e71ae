import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { appVersion, projectRoot, RENDERER_DIST } from '../services/app-paths';
import { createHostService } from '../services/host';
import { delayedFromEnv } from '../services/host-delays';
import { ArticleLibrary } from '../services/library';
import { DEFAULT_PORT, parseHostArgs, resolveLibraryPath } from '../services/settings';
import { openInAppWindow } from './open-browser';
import { startWebHost, type WebHost } from './server';

/** `npm run web -- --library DIR --port N --no-open`: the web host alone, serving until killed. */
export async function runWebHost(argv: string[]): Promise<void> {
  const args = parseHostArgs(argv);
  const root = projectRoot();
  const appDir = path.join(root, RENDERER_DIST);
  if (!existsSync(path.join(appDir, 'index.html'))) {
    console.error('Building the editor first (npm run build)…');
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('The editor could not be built; run `npm run build` to see why.');
  }
  const library = await ArticleLibrary.open({ root: resolveLibraryPath(args.library) });
  const api = delayedFromEnv(createHostService({ library, host: 'web', appVersion: appVersion(root) }));
  let host: WebHost;
  try {
    host = await startWebHost({ api, library, appDir, port: args.port ?? DEFAULT_PORT });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || args.port !== undefined) throw e;
    host = await startWebHost({ api, library, appDir, port: 0 });
  }
  console.log(`Copydesk running at ${host.url}`);
  console.log(`Library: ${library.root}`);
  if (args.open && !openInAppWindow(host.url)) console.log('Open the address above in a browser (no Chromium found to open it for you).');
  const stop = () => host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
