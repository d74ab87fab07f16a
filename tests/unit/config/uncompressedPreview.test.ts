// The preview server hands the built renderer to the e2e tests as the desktop app reads it:
// uncompressed, whatever encodings the browser accepts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { preview } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { uncompressedPreview } from '../../../config/uncompressedPreview';

const dist = mkdtempSync(join(tmpdir(), 'steward-preview-'));
const script = `export const rows = ${JSON.stringify(Array.from({ length: 4000 }, (_, i) => ({ id: i, name: `row ${i}` })))};\n`;
writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" src="./app.js"></script>');
writeFileSync(join(dist, 'app.js'), script);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** The bundle as a browser accepting gzip and brotli gets it from a preview server with these plugins. */
async function fetchBundle(plugins: Plugin[]): Promise<{ encoding: string | null; body: string }> {
  const server = await preview({ configFile: false, logLevel: 'silent', root: dist, plugins, build: { outDir: dist }, preview: { host: '127.0.0.1', port: 0 } });
  try {
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('the preview server has no port');
    const response = await fetch(`http://127.0.0.1:${address.port}/app.js`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    return { encoding: response.headers.get('content-encoding'), body: await response.text() };
  } finally {
    await server.close();
  }
}

describe('the preview server', () => {
  it('gzips the bundle by itself, which is what the plugin turns off', async () => {
    const plain = await fetchBundle([]);
    expect(plain.encoding).toBe('gzip');
    expect(plain.body).toBe(script);
  });

  it('with uncompressedPreview, sends the bundle as it is on disk', async () => {
    const served = await fetchBundle([uncompressedPreview()]);
    expect(served.encoding).toBeNull();
    expect(served.body).toBe(script);
  });
});
