/**
 * Real Redis and PostgreSQL processes for the scale-out test, on free ports in a temp folder.
 * Missing binaries are an error, not a skip: CI installs them (.ci/run). PostgreSQL refuses to
 * run as root, so as root it runs as the `postgres` OS user (runuser), as CI does.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { waitFor } from './newsroom-helpers';
import { freePort } from '../support/free-port';

function which(cmd: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });

export interface Service {
  url: string;
  stop(): Promise<void>;
}

export async function startRedis(dir: string): Promise<Service> {
  const bin = which('redis-server');
  if (!bin) throw new Error('redis-server is not installed: the newsroom scale-out test needs it (apt-get install redis-server; .ci/run installs it).');
  const port = await freePort();
  const child: ChildProcess = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await waitFor(() => canConnect(port), 'redis-server to accept connections', 20_000).catch((e) => {
    child.kill('SIGKILL');
    throw e;
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export function postgresBinDir(): string {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : [];
  const found = versions
    .map((v) => `/usr/lib/postgresql/${v}/bin/postgres`)
    .filter((f) => existsSync(f))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const local = which('postgres');
  const bin = found.at(-1) ?? local;
  if (!bin)
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres): the newsroom scale-out test needs it (apt-get install postgresql; .ci/run installs it).',
    );
  return path.dirname(bin);
}

export async function startPostgres(dir: string): Promise<Service> {
  const bin = postgresBinDir();
  const root = process.getuid?.() === 0;
  const data = path.join(dir, 'pgdata');
  const sockets = path.join(dir, 'pgsock');
  mkdirSync(data);
  mkdirSync(sockets);
  // As root, everything runs as `postgres`, which must be able to reach its folders.
  const as = (cmd: string, args: string[]) =>
    (root ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args]) as [string, string[]];
  if (root) {
    const { uid, gid } = JSON.parse(
      execFileSync('sh', ['-c', 'printf \'{"uid":%s,"gid":%s}\' "$(id -u postgres)" "$(id -g postgres)"'], { encoding: 'utf8' }),
    ) as { uid: number; gid: number };
    chmodSync(dir, 0o755);
    for (const d of [data, sockets]) chownSync(d, uid, gid);
  }
  const port = await freePort();
  execFileSync(...as('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']), { stdio: 'ignore' });
  const child: ChildProcess = spawn(...as('postgres', ['-D', data, '-p', String(port), '-k', sockets, '-c', 'listen_addresses=127.0.0.1']), {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    // runuser passes the signal on; postgres's "fast" shutdown is SIGINT.
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    // Still there (a SIGKILL to runuser would not reach postgres): pg_ctl stops it.
    if (existsSync(path.join(data, 'postmaster.pid'))) {
      try {
        execFileSync(...as('pg_ctl', ['-D', data, 'stop', '-m', 'immediate']), { stdio: 'ignore' });
      } catch {
        // already stopped
      }
    }
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error('postgres exited');
      const c = new pg.Client({ connectionString: url });
      try {
        await c.connect();
        await c.query('SELECT 1');
        return true;
      } finally {
        await c.end().catch(() => {});
      }
    },
    'postgres to accept connections',
    30_000,
  ).catch(async (e) => {
    await stop();
    throw e;
  });
  return { url, stop };
}
