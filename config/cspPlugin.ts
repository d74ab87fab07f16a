import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../shared/csp.ts';

// Puts the page's CSP <meta> into index.html: the strict policy in every build,
// the dev policy only under the dev server.
export function cspPlugin(): Plugin {
  let isServe = false;
  return {
    name: 'steward-csp',
    configResolved(config) {
      isServe = config.command === 'serve';
    },
    transformIndexHtml() {
      const policy = isServe ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
