import { describe, expect, it } from 'vitest';
import type { Commitment, Decision, Partnership, PortfolioSnapshot, Stakeholder, Touchpoint } from '@shared/domain';
import { emptyPortfolioSnapshot } from '@shared/domain';
import { buildMeetingRecap, meetingRecapMarkdown, meetingRecapText } from '@shared/exports/meetingRecap';

const base = { createdAt: '2027-01-14T10:00:00.000Z', updatedAt: '2027-01-14T10:00:00.000Z' };
const partnership = { ...base, id: 'p1', name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'at risk', owner: 'Dana', tags: ['secret-tag'] } as unknown as Partnership;
const person = (id: string, name: string, side: 'us' | 'partner') =>
  ({ ...base, id, partnershipId: 'p1', side, name, title: '', function: 'sales', roles: ['contributor'], approvalAuthority: 'signs $1m', contact: '', internalNotes: 'hard to reach' }) as unknown as Stakeholder;
const touchpoint = {
  ...base,
  id: 't1',
  partnershipId: 'p1',
  kind: 'meeting',
  occurredOn: '2027-01-14',
  title: 'Ops sync',
  attendeeIds: ['s1', 's2'],
  summary: 'Reviewed the pipeline.',
  internalNotes: 'They seem stretched.',
  cadenceId: 'c1',
  occurrence: '2027-01-14T08:00:00.000Z',
} as unknown as Touchpoint;
const decision = (id: string, statement: string, at: string) =>
  ({ ...base, createdAt: at, id, partnershipId: 'p1', decidedOn: '2027-01-14', statement, rationale: 'cheaper for us', touchpointId: 't1' }) as unknown as Decision;
const commitment = (id: string, title: string, owedBy: Commitment['owedBy'], dueOn: string, ownerId = '') =>
  ({ ...base, id, partnershipId: 'p1', title, detail: '', owedBy, ownerId, dueOn, status: 'open', source: 'touchpoint', sourceId: 't1' }) as unknown as Commitment;

function snapshot(extra: Partial<PortfolioSnapshot> = {}): PortfolioSnapshot {
  return {
    ...emptyPortfolioSnapshot(),
    partnerships: [partnership],
    stakeholders: [person('s1', 'Dana Ross', 'us'), person('s2', 'Lee Park', 'partner')],
    touchpoints: [touchpoint],
    decisions: [decision('d2', 'Share the pipeline weekly', '2027-01-14T10:00:02.000Z'), decision('d1', 'Co-fund the March webinar', '2027-01-14T10:00:01.000Z')],
    commitments: [
      commitment('k1', 'Name a speaker', 'partner', '2027-01-28', 's2'),
      commitment('k2', 'Draft the invite', 'us', '2027-01-21', 's1'),
      { ...commitment('k3', 'Older, unrelated', 'us', '2027-01-02'), sourceId: 'other' },
    ],
    ...extra,
  };
}

describe('buildMeetingRecap', () => {
  it('lists decisions in the order taken and follow-ups by side with owners and dates', () => {
    const recap = buildMeetingRecap(snapshot(), 't1', { edition: 'partner', ourName: 'Northwind' })!;
    expect(recap.decisions.map((d) => d.statement)).toEqual(['Co-fund the March webinar', 'Share the pipeline weekly']);
    expect(recap.sides.map((s) => s.heading)).toEqual(['Northwind owes', 'Acme Corp owes']);
    expect(recap.sides[0]!.followUps).toEqual([{ title: 'Draft the invite', detail: '', owner: 'Dana Ross', dueOn: '2027-01-21', status: 'open' }]);
    expect(recap.sides[1]!.followUps[0]).toMatchObject({ title: 'Name a speaker', owner: 'Lee Park' });
  });

  it('leaves every internal field out of the partner edition, in the model, the Markdown and the text', () => {
    const recap = buildMeetingRecap(snapshot(), 't1', { edition: 'partner' })!;
    const all = [JSON.stringify(recap), meetingRecapMarkdown(recap), meetingRecapText(recap)].join('\n');
    for (const internal of ['cheaper for us', 'They seem stretched', 'at risk', 'secret-tag', 'signs $1m', 'hard to reach', 'Older, unrelated']) expect(all).not.toContain(internal);
    expect(recap.attendees).toBeUndefined();
    expect(meetingRecapMarkdown(recap)).toContain('**Partner edition**');
  });

  it('carries rationales, attendees and internal notes in the internal edition', () => {
    const recap = buildMeetingRecap(snapshot(), 't1', { edition: 'internal' })!;
    const md = meetingRecapMarkdown(recap);
    expect(md).toContain('- Co-fund the March webinar — cheaper for us');
    expect(md).toContain('## Attendees (internal)\n\n- Dana Ross\n- Lee Park');
    expect(md).toContain('## Internal notes\n\nThey seem stretched.');
    expect(meetingRecapText(recap)).toContain('Internal notes (do not share)\nThey seem stretched.');
  });

  it('says so for a meeting with no decisions and no follow-ups', () => {
    const recap = buildMeetingRecap(snapshot({ decisions: [], commitments: [] }), 't1', { edition: 'partner' })!;
    expect(recap.decisions).toEqual([]);
    expect(recap.sides).toEqual([]);
    const md = meetingRecapMarkdown(recap, { style: 'yyyy-MM-dd', locale: 'en-GB' });
    expect(md).toBe(
      '# Recap: Ops sync\n\n**Partner edition** · Acme co-sell · 2027-01-14\n\n## Summary\n\nReviewed the pipeline.\n\n## Decisions\n\nNo decisions were taken in this meeting.\n\n## Follow-ups\n\nNo follow-ups were agreed in this meeting.\n',
    );
    expect(meetingRecapText(recap, { style: 'yyyy-MM-dd', locale: 'en-GB' })).toBe(
      'Recap: Ops sync (2027-01-14)\n\nSummary\nReviewed the pipeline.\n\nDecisions\nNo decisions were taken in this meeting.\n\nFollow-ups\nNo follow-ups were agreed in this meeting.\n',
    );
  });

  it('writes the follow-ups as a table per side and a plain-text line each', () => {
    const recap = buildMeetingRecap(snapshot(), 't1', { edition: 'partner' })!;
    expect(meetingRecapMarkdown(recap, { style: 'yyyy-MM-dd', locale: 'en-GB' })).toContain('### Our side owes\n\n| What | Owner | Due | Status |\n| --- | --- | --- | --- |\n| Draft the invite | Dana Ross | 2027-01-21 | open |');
    expect(meetingRecapText(recap, { style: 'yyyy-MM-dd', locale: 'en-GB' })).toContain('Acme Corp owes:\n- Name a speaker, Lee Park: due 2027-01-28');
  });

  it('names each side by its organisation, “Our side” when ours is not set, never a bare “We”', () => {
    const joint = { ...commitment('k4', 'Run the webinar', 'joint', '2027-02-01', 's1') };
    const headings = (ourName?: string) => buildMeetingRecap(snapshot({ commitments: [...snapshot().commitments, joint] }), 't1', { edition: 'partner', ...(ourName === undefined ? {} : { ourName }) })!.sides.map((s) => s.heading);
    expect(headings('Northwind')).toEqual(['Northwind owes', 'Acme Corp owes', 'Northwind and Acme Corp owe together']);
    expect(headings()).toEqual(['Our side owes', 'Acme Corp owes', 'Our side and Acme Corp owe together']);
    expect(headings('  ')).toEqual(['Our side owes', 'Acme Corp owes', 'Our side and Acme Corp owe together']);
  });

  it('finds nothing for a deleted touchpoint or one of a deleted partnership', () => {
    expect(buildMeetingRecap(snapshot({ touchpoints: [{ ...touchpoint, deletedAt: base.updatedAt }] }), 't1', { edition: 'partner' })).toBeUndefined();
    expect(buildMeetingRecap(snapshot({ partnerships: [{ ...partnership, deletedAt: base.updatedAt }] }), 't1', { edition: 'partner' })).toBeUndefined();
  });
});
