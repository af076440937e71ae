import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './services/app-paths';

/**
 * Where the Electron binary is, without asking the `electron` package (whose require() tries
 * to download the binary when it is missing): ELECTRON_PATH, else the installed package's
 * path.txt. Null when there is none, e.g. on a machine that could not download it.
 */
export function electronBinary(root = projectRoot()): string | null {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathTxt = path.join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const binary = path.join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
