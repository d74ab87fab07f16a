import { defineConfig } from 'vite';
import { rendererConfig } from './config/rendererConfig.ts';

// `npm run web`: the same renderer as the desktop app, in a browser on 127.0.0.1.
export default defineConfig(rendererConfig());
