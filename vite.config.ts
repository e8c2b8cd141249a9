// Builds the renderer once for both Electron (file://, hence relative asset paths) and browser mode.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// TREATY_DESK_DIST lets parallel checkouts or test runs build side by side (default: dist).
const dist = process.env.TREATY_DESK_DIST ?? 'dist';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: `${dist.startsWith('/') ? '' : '../'}${dist}/renderer`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // zod ships comments that Rollup cannot place; they are harmless and would drown real warnings.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
        warn(warning);
      },
    },
  },
});
