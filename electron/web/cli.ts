import { runWebHost } from './run';

runWebHost(process.argv.slice(2)).catch((e) => {
  console.error(`Copydesk could not start: ${(e as Error).message}`);
  process.exit(1);
});
