import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { newsroomReadyLine } from '../../shared/newsroom';
import { readAccounts } from '../../electron/newsroom/accounts';
import { tempDir, waitFor } from './newsroom-helpers';

/** The newsroom from the command line: accounts (the token alone on the last line) and a server that says when it is ready. */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const npm = (args: string[]) => spawnSync('npm', ['run', '--silent', ...args], { encoding: 'utf8', timeout: 60_000 });
/** The same CLI without npm's start-up time, and with signals reaching the server itself. */
const TSX = [process.execPath, '--import', 'tsx'];
const cli = (args: string[]) => spawnSync(TSX[0], [...TSX.slice(1), 'electron/newsroom/cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('newsroom CLI', () => {
  it('user add prints the new token alone on its last line (npm run newsroom and copydesk newsroom); list and remove', async () => {
    const tmp = await tempDir();
    cleanups.push(tmp.remove);
    const added = npm(['newsroom', '--', 'user', 'add', 'Ann Reporter', '--role', 'reporter', '--data', tmp.dir]);
    expect(added.status).toBe(0);
    const lines = added.stdout.trimEnd().split('\n');
    const token = lines[lines.length - 1];
    expect(token).toMatch(/^cdn_[A-Za-z0-9_-]{43}$/);
    const viaCopydesk = npm(['copydesk', '--', 'newsroom', 'user', 'add', 'vic', '--role', 'viewer', '--data', tmp.dir]);
    expect(viaCopydesk.status).toBe(0);
    const token2 = viaCopydesk.stdout.trimEnd().split('\n').at(-1);
    expect(token2).toMatch(/^cdn_/);
    expect(token2).not.toBe(token);
    // Only hashes are stored.
    const accounts = await readAccounts(tmp.dir);
    expect(accounts.map((a) => [a.name, a.role])).toEqual([
      ['Ann Reporter', 'reporter'],
      ['vic', 'viewer'],
    ]);
    expect(JSON.stringify(accounts)).not.toContain(token.slice(4));
    expect(cli(['user', 'add', 'vic', '--role', 'editor', '--data', tmp.dir]).status).toBe(1);
    expect(cli(['user', 'add', 'x', '--role', 'boss', '--data', tmp.dir]).status).toBe(2);
    const list = cli(['user', 'list', '--data', tmp.dir]);
    expect(list.stdout).toMatch(/^Ann Reporter\treporter\t/m);
    expect(list.stdout).not.toContain('cdn_');
    expect(npm(['copydesk', '--', 'newsroom', 'user', 'remove', 'vic', '--data', tmp.dir]).status).toBe(0);
    expect((await readAccounts(tmp.dir)).map((a) => a.name)).toEqual(['Ann Reporter']);
  }, 120_000);

  it('the server prints the admin token on first start only, then the ready line with the real port, and stops on SIGTERM', async () => {
    const tmp = await tempDir();
    cleanups.push(tmp.remove);
    const start = async () => {
      const child: ChildProcess = spawn(TSX[0], [...TSX.slice(1), 'electron/newsroom/cli.ts', '--data', tmp.dir, '--port', '0'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout?.on('data', (d) => {
        out += d;
      });
      cleanups.push(() => {
        if (child.exitCode === null) child.kill('SIGKILL');
      });
      const ready = await waitFor(() => /Copydesk newsroom at ws:\/\/127\.0\.0\.1:(\d+)/.exec(out), 'the ready line', 60_000);
      return { child, out: () => out, port: Number(ready[1]) };
    };
    const first = await start();
    expect(first.port).toBeGreaterThan(0);
    const lines = first.out().trimEnd().split('\n');
    expect(lines.at(-1)).toBe(newsroomReadyLine(first.port));
    const admin = lines.find((l) => l.startsWith('cdn_'));
    expect(admin).toBeTruthy();
    const me = await fetch(`http://127.0.0.1:${first.port}/api/me`, { headers: { Authorization: `Bearer ${admin}` } });
    expect(await me.json()).toEqual({ name: 'admin', role: 'admin' });
    const exited = new Promise<number | null>((resolve) => first.child.once('exit', (code) => resolve(code)));
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const second = await start();
    expect(second.out()).not.toContain('cdn_');
    second.child.kill('SIGTERM');
  }, 120_000);
});
