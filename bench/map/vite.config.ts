// Builds the map bench page with the game's own Vite settings (Phaser's Canvas-only core), into a temporary folder.
import { fileURLToPath } from 'node:url';
import { mergeConfig, type UserConfig } from 'vite';
import base from '../../vite.config.ts';

export const BENCH_OUT = '/tmp/trust-deficit-map-bench';

export default mergeConfig(base, {
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  build: { outDir: BENCH_OUT, emptyOutDir: true, sourcemap: false, reportCompressedSize: true },
} satisfies UserConfig);
