import { describe, expect, it } from 'vitest';
import { buildBrief } from '@shared/brief/brief';
import { CTX, NEXT, cadence, emptyInput, prep, storyInput } from './fixtures';

const target = { kind: 'cadence', cadenceId: 'cad1', occurrence: NEXT } as const;

describe('buildBrief', () => {
  it('assembles every section, with the draft agenda while none is saved', () => {
    const brief = buildBrief(storyInput(), CTX, target, 'internal');
    expect(brief).toMatchObject({ edition: 'internal', today: '2026-12-04', partnership: { name: 'Acme co-sell' }, agenda: { isSaved: false } });
    expect(brief?.agenda.items).toEqual(brief?.agenda.draft);
    expect(brief?.agenda.items[0]).toBe('Pipeline review');
    expect(brief?.notes).toBeUndefined();
  });

  it('shows the saved agenda and notes of this occurrence (the same instant however it is written)', () => {
    const input = { ...storyInput(), meetingPreps: [prep('m1', { occurrence: '2026-12-07T14:00:00Z', agenda: ['Only this'], notes: 'INTERNAL prep note' })] };
    const brief = buildBrief(input, CTX, target, 'internal');
    expect(brief).toMatchObject({ prepId: 'm1', notes: 'INTERNAL prep note', agenda: { items: ['Only this'], isSaved: true } });
  });

  it('takes every internal fact out of the partner edition', () => {
    const input = { ...storyInput(), meetingPreps: [prep('m1', { agenda: ['Only this'], notes: 'INTERNAL prep note' })] };
    const brief = buildBrief(input, CTX, target, 'partner');
    const text = JSON.stringify(brief);
    expect(text).not.toMatch(/INTERNAL|rationale|"source"|weights|attendees/);
    expect(brief?.since.health).toEqual([]);
    expect(brief?.since.decisions.map((d) => d.statement)).toEqual(['Add a second region']);
    expect(brief?.open.partner.map((c) => c.id)).toEqual(['c-overdue', 'c-later']);
    expect(brief?.agenda.items).toEqual(['Only this']);
  });

  it('drafts the agenda in the date format of its context (Settings)', () => {
    const brief = buildBrief(storyInput(), { ...CTX, dateFormat: { style: 'MMM d, yyyy', locale: 'en-US' } }, target, 'partner');
    expect(brief?.agenda.draft).toContain('Overdue: Commitment c-overdue (Raj Patel, they owe, due Nov 20, 2026)');
  });

  it('builds for an empty partnership’s first meeting', () => {
    const brief = buildBrief({ ...emptyInput(), cadences: [{ ...cadence, agendaTemplate: '' }] }, CTX, target, 'internal');
    expect(brief?.meeting.previous).toBeUndefined();
    expect(brief?.since.since).toBeUndefined();
    expect(brief?.open).toEqual({ us: [], partner: [], joint: [] });
    expect(brief?.goals.goals).toEqual([]);
    expect(brief?.agenda.items).toEqual([]);
  });

  it('is undefined for an unknown partnership or meeting', () => {
    expect(buildBrief(storyInput(), { ...CTX, partnershipId: 'nope' }, target, 'internal')).toBeUndefined();
    expect(buildBrief(storyInput(), CTX, { kind: 'adhoc', prepId: 'nope' }, 'internal')).toBeUndefined();
  });
});
