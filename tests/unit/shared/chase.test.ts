import { describe, expect, it } from 'vitest';
import type { Commitment, Partnership, Stakeholder } from '@shared/domain';
import { chaseText } from '@shared/chase';

const base = { createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z' };
const partnership = { ...base, id: 'p1', name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'at risk', owner: 'Dana', tags: ['INTERNAL-tag'] } as unknown as Partnership;
const owner = { ...base, id: 's2', partnershipId: 'p1', side: 'partner', name: 'Lee Park', title: '', function: 'sales', roles: ['contributor'], approvalAuthority: 'INTERNAL-authority', contact: '', internalNotes: 'INTERNAL-notes' } as unknown as Stakeholder;
const commitment = { ...base, id: 'k1', partnershipId: 'p1', title: 'Share the account list', detail: 'Top 50 accounts', owedBy: 'partner', ownerId: 's2', dueOn: '2027-01-12', status: 'open', source: 'INTERNAL-source', sourceId: 'INTERNAL-id' } as unknown as Commitment;
const iso = { style: 'yyyy-MM-dd', locale: 'en-GB' } as const;

describe('chaseText', () => {
  it('names the commitment, its owner and the day it was due, politely, and signs with the user’s name', () => {
    expect(chaseText(commitment, owner, partnership, { today: '2027-01-20', senderName: 'Dana Ross', dateFormat: iso })).toBe(
      'Hi Lee,\n\nA friendly reminder about “Share the account list”, which Lee Park took on: it was due on 2027-01-12. Could you let me know where it stands, or when we can expect it? If it is already done, thank you, and please just let me know.\n\nBest regards,\nDana Ross\n',
    );
  });

  it('says “is due” on or before the day, and greets the partner’s team when no owner is named', () => {
    const text = chaseText(commitment, undefined, partnership, { today: '2027-01-12', dateFormat: iso });
    expect(text).toMatch(/^Hi Acme Corp team,\n/);
    expect(text).toContain('“Share the account list”, which Acme Corp took on: it is due today, 2027-01-12.');
    expect(text).toMatch(/\n\nBest regards\n$/);
    expect(chaseText(commitment, owner, partnership, { today: '2027-01-02', dateFormat: iso })).toContain('it is due on 2027-01-12.');
  });

  it('carries no internal field, and not even the commitment’s detail', () => {
    const text = chaseText(commitment, owner, partnership, { today: '2027-01-20' });
    expect(text).not.toContain('INTERNAL');
    expect(text).not.toContain('at risk');
    expect(text).not.toContain('Top 50');
  });
});
