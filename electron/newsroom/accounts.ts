/**
 * Newsroom accounts: a name, a role and a token, kept in DIR/accounts.json. Only a SHA-256 of each
 * token is stored, so a copy of the data folder does not hand out working tokens; a token is shown
 * once, when it is made. The file is read on every check, so an account added or removed with the
 * CLI counts at once on a running server (and on every instance sharing the folder).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type NewsroomRole, newsroomRoleSchema } from '../../shared/newsroom/protocol';
import { writeFileAtomic } from '../services/fs/atomic-write';

const accountSchema = z.object({
  name: z.string().min(1).max(100),
  role: newsroomRoleSchema,
  tokenSha256: z.string().regex(/^[0-9a-f]{64}$/),
  created: z.string(),
});
export type NewsroomAccount = z.infer<typeof accountSchema>;
const accountsFileSchema = z.object({ accounts: z.array(accountSchema) });

/** Account names: what people type in a CLI and see beside a cursor. */
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._'-]{0,99}$/u;

export const accountsFile = (dataDir: string) => path.join(dataDir, 'accounts.json');

export async function readAccounts(dataDir: string): Promise<NewsroomAccount[]> {
  let text: string;
  try {
    text = await fsp.readFile(accountsFile(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const parsed = accountsFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${accountsFile(dataDir)} is not a valid accounts file: ${parsed.error.issues[0]?.message}`);
  return parsed.data.accounts;
}

async function writeAccounts(dataDir: string, accounts: NewsroomAccount[]): Promise<void> {
  await fsp.mkdir(dataDir, { recursive: true });
  await writeFileAtomic(accountsFile(dataDir), `${JSON.stringify({ accounts }, null, 2)}\n`, { mode: 0o600 });
}

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/** A new token: 32 random bytes, URL-safe, with a prefix that says what it is when it turns up in a paste. */
export const newToken = () => `cdn_${randomBytes(32).toString('base64url')}`;

/** Adds an account and returns its token (the only time it is shown). Throws when the name is taken or not a valid name. */
export async function addUser(dataDir: string, name: string, role: NewsroomRole): Promise<string> {
  if (!NAME.test(name)) throw new Error(`"${name}" is not a valid account name: use letters, digits, spaces, . _ ' - (up to 100).`);
  newsroomRoleSchema.parse(role);
  const accounts = await readAccounts(dataDir);
  if (accounts.some((a) => a.name === name)) throw new Error(`An account named "${name}" already exists.`);
  const token = newToken();
  accounts.push({ name, role, tokenSha256: hashToken(token).toString('hex'), created: new Date().toISOString() });
  await writeAccounts(dataDir, accounts);
  return token;
}

/** Removes an account; its token stops working at once. Returns whether there was one. */
export async function removeUser(dataDir: string, name: string): Promise<boolean> {
  const accounts = await readAccounts(dataDir);
  const kept = accounts.filter((a) => a.name !== name);
  if (kept.length === accounts.length) return false;
  await writeAccounts(dataDir, kept);
  return true;
}

/**
 * The accounts file as last read, by data folder: every request is authenticated, and the CLI that
 * adds and removes accounts runs in another process, so each lookup checks the file (one stat: a
 * write replaces it, changing its inode and time) and reads it again only when it changed.
 */
const known = new Map<string, { stamp: string; accounts: NewsroomAccount[] }>();

async function currentAccounts(dataDir: string): Promise<NewsroomAccount[]> {
  const st = await fsp.stat(accountsFile(dataDir)).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (!st) {
    known.delete(dataDir);
    return [];
  }
  const stamp = `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  const cached = known.get(dataDir);
  if (cached?.stamp === stamp) return cached.accounts;
  const accounts = await readAccounts(dataDir);
  known.set(dataDir, { stamp, accounts });
  return accounts;
}

/** The account a token belongs to, or null. Every stored hash is compared, in constant time each. */
export async function accountForToken(dataDir: string, token: string | null | undefined): Promise<NewsroomAccount | null> {
  if (!token) return null;
  const hash = hashToken(token);
  let found: NewsroomAccount | null = null;
  for (const account of await currentAccounts(dataDir)) {
    if (timingSafeEqual(hash, Buffer.from(account.tokenSha256, 'hex'))) found = account;
  }
  return found;
}

/** On a first start (no account yet): an admin account; returns its token, or null when accounts exist. */
export async function ensureAdmin(dataDir: string): Promise<string | null> {
  if ((await readAccounts(dataDir)).length > 0) return null;
  return addUser(dataDir, 'admin', 'admin');
}
