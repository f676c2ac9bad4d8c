// The one-file build (`npm run build:single`): dist-single/trust-deficit.html with everything inlined. See vite.config.ts.
import { defineConfig } from 'vite';
import { tdConfig } from './vite.config.js';

export default defineConfig(tdConfig({ single: true }));
