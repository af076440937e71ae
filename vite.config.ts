import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from the web host (http://127.0.0.1) and from Electron's app://
// protocol, so every asset URL is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    // COPYDESK_RENDERER_DIR lets parallel work build to separate folders (tests read the same variable).
    outDir: process.env.COPYDESK_RENDERER_DIR ? `${process.cwd()}/${process.env.COPYDESK_RENDERER_DIR}` : '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
