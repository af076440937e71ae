import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(): string | null {
  const fromEnv = process.env.COPYDESK_BROWSER;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

/** Opens the URL in Chromium's app mode (a window without browser chrome). Returns false when there is no Chromium. */
export function openInAppWindow(url: string): boolean {
  const browser = findChromium();
  if (!browser) return false;
  const args = [
    `--app=${url}`,
    `--user-data-dir=${path.join(os.homedir(), '.config', 'copydesk-window')}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Chromium refuses to run as root with its sandbox on.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(browser, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
  return true;
}
