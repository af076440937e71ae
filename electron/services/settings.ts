import os from 'node:os';
import path from 'node:path';

export const DEFAULT_PORT = 4317;

/** The library folder: `--library DIR`, else COPYDESK_LIBRARY, else ~/Documents/Copydesk. */
export function resolveLibraryPath(cliValue: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = cliValue || env.COPYDESK_LIBRARY || path.join(os.homedir(), 'Documents', 'Copydesk');
  return path.resolve(chosen.replace(/^~(?=$|[\\/])/, os.homedir()));
}

export interface HostArgs {
  library?: string;
  port?: number;
  open: boolean;
}

/** Parses `--library DIR --port N --no-open` (also `--flag=value`). Unknown flags are an error. */
export function parseHostArgs(argv: string[]): HostArgs {
  const out: HostArgs = { open: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--library') out.library = value();
    else if (flag === '--port') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error('--port needs a port number (0 picks a free one)');
      out.port = n;
    } else if (flag === '--no-open') out.open = false;
    else if (flag === '--open') out.open = true;
    else throw new Error(`Unknown option ${argv[i]}. Use --library DIR, --port N, --no-open.`);
  }
  return out;
}
