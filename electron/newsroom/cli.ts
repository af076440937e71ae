/**
 * `npm run newsroom -- --data DIR [--port N] [--host H] [--redis redis://…] [--postgres postgres://…]`
 * starts a newsroom server; `npm run --silent newsroom -- user add|list|remove …` manages accounts.
 * The ready line ("Copydesk newsroom at ws://HOST:PORT") goes to stdout, after the admin token on a
 * first start; log lines go to stderr.
 */
import { newsroomReadyLine } from '../../shared/newsroom/protocol';
import { startNewsroom } from './server';
import { parseOptions, USER_USAGE, userCommand } from './user-command';

const USAGE = `Usage: npm run newsroom -- --data DIR [--port N (0 = any free port)] [--host 127.0.0.1] [--redis redis://HOST:PORT] [--postgres postgres://…]\n${USER_USAGE}`;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'user') return userCommand(argv.slice(1), process);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const { words, options } = parseOptions(argv, ['--data', '--port', '--host', '--redis', '--postgres', '--auto-revision-seconds']);
  const dataDir = options.get('--data');
  const port = Number(options.get('--port') ?? 0);
  if (!dataDir || words.length || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(USAGE);
    return 2;
  }
  const autoRevision = options.get('--auto-revision-seconds');
  const running = await startNewsroom({
    dataDir,
    port,
    host: options.get('--host'),
    redis: options.get('--redis'),
    postgres: options.get('--postgres'),
    ...(autoRevision ? { autoRevisionMs: Number(autoRevision) * 1000 } : {}),
  });
  if (running.adminToken) {
    console.log('First start: an "admin" account was made. Its token (shown only this once; add other accounts with `newsroom user add`):');
    console.log(running.adminToken);
  }
  console.log(newsroomReadyLine(running.port, running.host));
  const stop = (signal: string) => {
    process.stderr.write(`${new Date().toISOString()} newsroom: ${signal}: storing open stories and stopping\n`);
    running.stop().then(
      () => process.exit(0),
      (e) => {
        console.error(`newsroom: stopping failed: ${(e as Error).message}`);
        process.exit(1);
      },
    );
  };
  // `kill -USR2 PID`: one log line with what the server holds now.
  process.on('SIGUSR2', () => {
    const s = running.stats();
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    process.stderr.write(
      `${new Date().toISOString()} newsroom: stats: ${s.openStories} stories open, ${s.connections} connections, rss ${mb(s.rssBytes)} MiB, heap ${mb(s.heapUsedBytes)} MiB\n`,
    );
  });
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return -1; // keep running
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e) => {
    console.error(`Copydesk newsroom could not start: ${(e as Error).message}`);
    process.exit(1);
  },
);
