// The names and roles the sync server and the app agree on (shared/sync/protocol.ts).
import { describe, expect, it } from 'vitest';
import { ROLES, canWrite, isPartnershipId, isRole, parseDocumentName, partnershipDocumentName } from '../../../shared/sync/protocol';

const ID = '019a4e1c-7a00-7000-8000-00000000a001';

describe('sync document names', () => {
  it('names the two documents of a partnership and reads them back', () => {
    expect(partnershipDocumentName(ID, 'shared')).toBe(`partnership/${ID}`);
    expect(partnershipDocumentName(ID, 'internal')).toBe(`partnership/${ID}/internal`);
    expect(parseDocumentName(`partnership/${ID}`)).toEqual({ partnershipId: ID, part: 'shared' });
    expect(parseDocumentName(`partnership/${ID}/internal`)).toEqual({ partnershipId: ID, part: 'internal' });
  });

  it('reads nothing else as a partnership document, short guessable ids included', () => {
    for (const name of ['', 'partnership/', `partnership/${ID}/other`, `team/${ID}/index`, `partnership/${ID}/internal/x`, 'partnership/1', 'partnership/../../etc', `Partnership/${ID}`])
      expect(parseDocumentName(name), name).toBeUndefined();
    expect(isPartnershipId('abc')).toBe(false);
    expect(isPartnershipId(ID)).toBe(true);
  });
});

describe('roles', () => {
  it('owners and editors write, viewers only read', () => {
    expect(ROLES.filter(canWrite)).toEqual(['owner', 'editor']);
    expect(isRole('viewer')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
