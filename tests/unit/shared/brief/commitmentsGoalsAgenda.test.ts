import { describe, expect, it } from 'vitest';
import { openCommitmentsBySide } from '@shared/brief/commitmentLines';
import { goalStatus } from '@shared/brief/goals';
import { draftAgenda, moveItem, templateLines } from '@shared/brief/agenda';
import { sinceLastMeeting } from '@shared/brief/since';
import { emptyInput, storyInput, version } from './fixtures';

const TODAY = '2026-12-04';

describe('openCommitmentsBySide', () => {
  it('groups open commitments by side, overdue first, joint ones their own group, follow-ups of the last meeting marked', () => {
    const open = openCommitmentsBySide(storyInput(), 'p1', TODAY, 't-last');
    expect(open.partner.map((c) => [c.id, c.state])).toEqual([
      ['c-overdue', 'overdue'],
      ['c-later', 'open'],
    ]);
    expect(open.partner[0]?.ownerName).toBe('Raj Patel');
    expect(open.us.map((c) => [c.id, c.isCarriedOver])).toEqual([
      ['c-follow-us', true],
      ['c-new', false],
    ]);
    expect(open.joint.map((c) => c.id)).toEqual(['c-joint']);
  });

  it('marks nothing carried over at a first meeting, and is empty for an empty partnership', () => {
    expect(openCommitmentsBySide(storyInput(), 'p1', TODAY).us.some((c) => c.isCarriedOver)).toBe(false);
    expect(openCommitmentsBySide(emptyInput(), 'p1', TODAY)).toEqual({ us: [], partner: [], joint: [] });
  });
});

describe('goalStatus', () => {
  it('reads the goals of the agreed version with how their due day stands', () => {
    const goals = goalStatus(storyInput().intentVersions, TODAY);
    expect(goals).toMatchObject({ version: 2, isAgreed: true, goals: [{ statement: 'Ten joint deals', timing: 'due soon' }] });
    expect(goalStatus([version(1, undefined, { goals: [{ statement: 'G', metric: '', target: '', dueBy: '2026-01-01' }, { statement: 'H', metric: '', target: '', dueBy: '' }] })], TODAY)).toMatchObject({
      isAgreed: false,
      goals: [{ timing: 'past due' }, { timing: 'no due date' }],
    });
  });

  it('is empty without an intent', () => {
    expect(goalStatus([], TODAY)).toEqual({ isAgreed: false, goals: [] });
  });
});

describe('draftAgenda', () => {
  it('reads template lines without list marks or blanks', () => {
    expect(templateLines('- Pipeline review\n\n2. Blockers\n* Wins\n[ ] Next steps\r\n   ')).toEqual(['Pipeline review', 'Blockers', 'Wins', 'Next steps']);
  });

  it('starts from the template, then follow-ups, overdue items, charter changes, gaps and goals coming due, each once', () => {
    const input = storyInput();
    const open = openCommitmentsBySide(input, 'p1', TODAY, 't-last');
    const since = sinceLastMeeting(input, 'p1', TODAY, 'Europe/London', input.touchpoints.find((t) => t.id === 't-last'), true);
    const agenda = draftAgenda({ template: '- Pipeline review\n2. Blockers\n* pipeline review', open, since, goals: goalStatus(input.intentVersions, TODAY) });
    expect(agenda).toEqual([
      'Pipeline review',
      'Blockers',
      'Follow-up from the last meeting: Commitment c-follow-us (Dana Lee, we owe)',
      'Overdue: Commitment c-overdue (Raj Patel, they owe, due 20 Nov 2026)',
      'Charter changes since the last meeting: Purpose; Agreed tradeoffs',
      'How we each see trust: we score it 2/5, you 4/5',
      'Goal check: Ten joint deals (due 20 Dec 2026)',
    ]);
  });

  it('writes due dates in the user’s date format, as the rest of the brief does', () => {
    const input = storyInput();
    const open = openCommitmentsBySide(input, 'p1', TODAY, 't-last');
    const since = sinceLastMeeting(input, 'p1', TODAY, 'Europe/London', input.touchpoints.find((t) => t.id === 't-last'), true);
    const goals = goalStatus(input.intentVersions, TODAY);
    const dated = (format: Parameters<typeof draftAgenda>[0]['format']) => draftAgenda({ template: '', open, since, goals, format }).filter((item) => item.includes('(due') || item.includes(', due'));
    expect(dated({ style: 'MMM d, yyyy', locale: 'en-US' })).toEqual(['Overdue: Commitment c-overdue (Raj Patel, they owe, due Nov 20, 2026)', 'Goal check: Ten joint deals (due Dec 20, 2026)']);
    expect(dated({ style: 'yyyy-MM-dd', locale: 'en-GB' })).toEqual(['Overdue: Commitment c-overdue (Raj Patel, they owe, due 2026-11-20)', 'Goal check: Ten joint deals (due 2026-12-20)']);
  });

  it('is empty for an empty partnership with no template', () => {
    const input = emptyInput();
    const since = sinceLastMeeting(input, 'p1', TODAY, 'UTC', undefined);
    expect(draftAgenda({ template: '', open: openCommitmentsBySide(input, 'p1', TODAY), since, goals: goalStatus([], TODAY) })).toEqual([]);
  });

  it('moves an item up or down, and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
