// The page's connect policy at boot (shared/csp.ts): itself and the configured team server's
// WebSocket and HTTP origins, nothing for a missing or malformed address.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, teamConnectPolicy, teamServerOrigins } from '@shared/csp';

describe('the team server in the page policy', () => {
  it('allows the configured server’s ws and http origins (wss and https for a secure one)', () => {
    expect(teamConnectPolicy('ws://127.0.0.1:4430')).toBe("connect-src 'self' ws://127.0.0.1:4430 http://127.0.0.1:4430");
    expect(teamConnectPolicy('WSS://Sync.Example.com/')).toBe("connect-src 'self' wss://sync.example.com https://sync.example.com");
  });

  it('allows only the page itself without a team, or with an address that could widen the policy', () => {
    for (const bad of [undefined, '', 'https://sync.example.com', 'wss://a.example.com/path', "wss://a.example.com 'unsafe-inline'", 'wss://a.example.com;script-src *', 'wss://user@a.example.com']) {
      expect(teamServerOrigins(bad), String(bad)).toBeUndefined();
      expect(teamConnectPolicy(bad)).toBe("connect-src 'self'");
    }
  });

  it('leaves the built policy open to any ws/http origin only in connect-src, for the page to narrow', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self' ws: wss: http: https:");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  });
});
