import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Folders say where code runs: shared/ is pure, renderer/ is browser-only, services are Electron-free. */

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (/\.(ts|tsx)$/.test(name)) out.push(full);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|crypto$|child_process$|http$|net$|url$|stream$|worker_threads$)/;

describe('code layout', () => {
  it('shared/ imports neither Electron, Node nor React/DOM code', () => {
    for (const file of sources(path.join(root, 'shared'))) {
      for (const spec of imports(file)) {
        expect(NODE_BUILTINS.test(spec) || spec === 'electron' || spec.startsWith('react') || spec.includes('/renderer/') || spec.includes('/electron/'), `${path.relative(root, file)} imports ${spec}`).toBe(false);
      }
    }
  });

  it('renderer/ imports neither Electron nor Node', () => {
    for (const file of sources(path.join(root, 'renderer'))) {
      for (const spec of imports(file)) {
        expect(NODE_BUILTINS.test(spec) || spec === 'electron' || spec.includes('/electron/'), `${path.relative(root, file)} imports ${spec}`).toBe(false);
      }
    }
  });

  it('the services under electron/services never import electron, so they run in plain Node', () => {
    for (const file of sources(path.join(root, 'electron', 'services'))) {
      expect(imports(file), path.relative(root, file)).not.toContain('electron');
    }
  });
});
