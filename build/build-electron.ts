import { build } from 'esbuild';

/** Bundles Electron's main process and preload to CommonJS; npm packages stay external (sharp is native). */
const common = {
  bundle: true,
  platform: 'node' as const,
  format: 'cjs' as const,
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning' as const,
  external: ['electron'],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', packages: 'external' }),
  // The sandboxed preload can require only 'electron': bundle everything else into it.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
]);
