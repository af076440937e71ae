import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from the web host (http://127.0.0.1) and from Electron's app://
// protocol, so every asset URL is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
