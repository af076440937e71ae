/**
 * `newsroom user add NAME --role reporter|editor|viewer --data DIR` (prints the token alone on its
 * last line), `newsroom user list --data DIR`, `newsroom user remove NAME --data DIR`.
 * Shared by `npm run newsroom -- user …` and `npm run copydesk -- newsroom user …`.
 */
import { NEWSROOM_ROLES, type NewsroomRole } from '../../shared/newsroom/protocol';
import { addUser, readAccounts, removeUser } from './accounts';

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const USER_USAGE = `Usage:
  newsroom user add NAME --role ${NEWSROOM_ROLES.join('|')} --data DIR   prints the new token on its last line
  newsroom user list --data DIR
  newsroom user remove NAME --data DIR`;

/** Splits `--flag value` options from positional words. */
export function parseOptions(argv: string[], withValue: string[]): { words: string[]; options: Map<string, string> } {
  const words: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (withValue.includes(name)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new Error(`${name} needs a value.`);
      options.set(name, value);
    } else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}.`);
    else words.push(arg);
  }
  return { words, options };
}

/** `user …` (argv starts after "user"); returns the exit status. */
export async function userCommand(argv: string[], io: CommandIo): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv, ['--role', '--data']);
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n${USER_USAGE}\n`);
    return 2;
  }
  const { words, options } = parsed;
  const dataDir = options.get('--data');
  const [action, name] = words;
  if (!dataDir || !action) {
    io.stderr.write(`${dataDir ? '' : 'The data folder is needed: --data DIR.\n'}${USER_USAGE}\n`);
    return 2;
  }
  try {
    if (action === 'add' && name && words.length === 2) {
      const role = options.get('--role') as NewsroomRole | undefined;
      if (!role || !(NEWSROOM_ROLES as readonly string[]).includes(role)) {
        io.stderr.write(`--role must be one of ${NEWSROOM_ROLES.join(', ')}.\n${USER_USAGE}\n`);
        return 2;
      }
      const token = await addUser(dataDir, name, role);
      io.stderr.write(`Added ${role} "${name}". Their token follows; it is shown only this once.\n`);
      io.stdout.write(`${token}\n`);
      return 0;
    }
    if (action === 'list' && words.length === 1) {
      for (const a of await readAccounts(dataDir)) io.stdout.write(`${a.name}\t${a.role}\t${a.created}\n`);
      return 0;
    }
    if (action === 'remove' && name && words.length === 2) {
      if (!(await removeUser(dataDir, name))) {
        io.stderr.write(`There is no account named "${name}".\n`);
        return 1;
      }
      io.stderr.write(`Removed "${name}"; their token no longer works.\n`);
      return 0;
    }
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
  io.stderr.write(`${USER_USAGE}\n`);
  return 2;
}

/** `copydesk newsroom user …`. */
export async function newsroomCommand(argv: string[], io: CommandIo): Promise<number> {
  if (argv[0] === 'user') return userCommand(argv.slice(1), io);
  io.stderr.write(`${USER_USAGE}\n(To start a server: npm run newsroom -- --data DIR [--port N] [--host H] [--redis URL] [--postgres URL])\n`);
  return 2;
}
