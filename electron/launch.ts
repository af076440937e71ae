import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { electronBinary } from './launch-support';
import { projectRoot } from './services/app-paths';
import { runWebHost } from './web/run';

/**
 * `npm start`: the Electron app when its binary is here; otherwise one line saying why, and
 * the web host instead (in a Chromium app window when Chromium is installed).
 */
const root = projectRoot();
const argv = process.argv.slice(2);
const binary = electronBinary(root);

if (binary) {
  if (!existsSync(path.join(root, 'dist-electron', 'main.cjs')) || !existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const child = spawn(binary, [root, ...argv], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron’s binary is not installed on this machine (it could not be downloaded), so Copydesk starts as a local web app instead.');
  runWebHost(argv).catch((e) => {
    console.error(`Copydesk could not start: ${(e as Error).message}`);
    process.exit(1);
  });
}
