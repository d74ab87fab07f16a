import { describe, expect, it } from 'vitest';
import { buildBrief } from '@shared/brief/brief';
import { briefIcs } from '@shared/exports/briefCalendar';
import { briefMarkdown } from '@shared/exports/briefMarkdown';
import { CTX, NEXT, cadence, emptyInput, prep, storyInput } from './fixtures';

const target = { kind: 'cadence', cadenceId: 'cad1', occurrence: NEXT } as const;
const withPrep = () => ({ ...storyInput(), meetingPreps: [prep('m1', { agenda: ['Pipeline, Q1', 'Pricing'], notes: 'INTERNAL prep note' })] });

describe('briefMarkdown', () => {
  it('writes the partner pre-read: the agenda numbered, open items by side, nothing internal', () => {
    const text = briefMarkdown(buildBrief(withPrep(), CTX, target, 'partner')!);
    expect(text).toContain('# Pre-read: Weekly ops sync');
    expect(text).toContain('1. Pipeline, Q1\n2. Pricing');
    expect(text).toContain('When: 7 Dec 2026, 14:00 (Europe/London); 7 Dec 2026, 09:00 (America/New\\_York)');
    expect(text).toContain('### They owe');
    expect(text).toContain('| Commitment c-overdue | Raj Patel | 20 Nov 2026 | Overdue |');
    expect(text).toContain('Carried over from the last meeting'.toLowerCase());
    expect(text).not.toMatch(/INTERNAL|Who attends|Preparation notes|Health/);
  });

  it('writes the internal edition with attendees, health moves and the notes', () => {
    const text = briefMarkdown(buildBrief(withPrep(), CTX, target, 'internal')!);
    expect(text).toContain('Internal — do not share');
    expect(text).toContain('Our side: Dana Lee (Dana Lee title)');
    expect(text).toContain('Ours trust: 4 → 2/5');
    expect(text).toContain('INTERNAL prep note');
  });

  it('says so plainly for an empty partnership’s first meeting', () => {
    const text = briefMarkdown(buildBrief({ ...emptyInput(), cadences: [{ ...cadence, agendaTemplate: '' }] }, CTX, target, 'partner')!);
    expect(text).toContain('No agenda yet.');
    expect(text).toContain('This is the first meeting');
    expect(text).toContain('Nothing to compare yet');
  });
});

describe('briefIcs', () => {
  it('is one event in the cadence’s zone with the agenda in its description and a stable UID', () => {
    const ics = briefIcs(buildBrief(withPrep(), CTX, target, 'partner')!, CTX.now);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DTSTART;TZID=America/New_York:20261207T090000');
    expect(unfolded).toContain('DURATION:PT45M');
    expect(unfolded).toContain('UID:brief-cad1-20261207T140000Z@steward.local');
    expect(unfolded).toContain('DESCRIPTION:Where: Video call\\nAgenda:\\n1. Pipeline\\, Q1\\n2. Pricing');
    expect(unfolded).toContain('BEGIN:VTIMEZONE');
    const event = unfolded.slice(unfolded.indexOf('BEGIN:VEVENT'));
    expect(event).not.toMatch(/RRULE|ATTENDEE/);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
});
