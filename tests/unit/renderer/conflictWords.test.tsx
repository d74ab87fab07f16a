// @vitest-environment jsdom
// What a conflict's card says and offers: whose value the merge kept, who changed it and when,
// which button puts the other value back, what cannot be restored field by field, and a long
// value cut with a button that shows it whole.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ValueWriters } from '@shared/sync/fieldText';
import type { SyncConflict } from '../../../renderer/db/sync/rows';
import { conflictWords, recordWords } from '../../../renderer/src/partnership/conflicts/conflictWords';
import { ConflictValue } from '../../../renderer/src/partnership/conflicts/ConflictValue';
import { ConflictActions } from '../../../renderer/src/partnership/conflicts/ConflictActions';

const writers: ValueWriters = { day: (day) => `day ${day}`, instant: (iso) => iso.slice(11, 16), nameOf: () => undefined };
const record = { id: 'c1', partnershipId: 'p1', title: 'Send the deck', dueOn: '2027-03-15', updatedAt: '2026-12-06T10:04:00.000Z' };
const lost: SyncConflict = { id: 'x', partnershipId: 'p1', table: 'commitments', recordId: 'c1', field: 'dueOn', ours: '2027-03-01', theirs: '2027-03-15', kept: 'theirs', by: 'Bob', changedAt: '2026-12-06T10:02:00.000Z', at: '2026-12-06T10:05:00.000Z' };

afterEach(cleanup);

describe('a conflict in words', () => {
  it('names the field and record, who changed it and when, and offers this machine’s lost value back', () => {
    const words = conflictWords(lost, record, writers);
    expect(words).toMatchObject({
      field: 'Due on',
      record: 'Commitment “Send the deck”',
      sentence: 'Changed by Bob at 10:02 while you were offline and had changed it too; the merge kept Bob’s value.',
      kept: { owner: 'Bob’s value', text: 'day 2027-03-15' },
      other: { owner: 'Your value', text: 'day 2027-03-01' },
      state: 'open',
      restoreLabel: 'Restore your value',
      keepLabel: 'Keep Bob’s value',
    });
    expect(words.since).toBeUndefined();
  });

  it('offers the other member’s value when the merge kept ours, and says when it arrived when their time is unknown', () => {
    const kept: SyncConflict = { ...lost, kept: 'ours', ours: '2027-03-15', theirs: '2027-03-01', changedAt: undefined };
    const words = conflictWords(kept, record, writers);
    expect(words.sentence).toBe('Changed by Bob while you were offline and had changed it too (it arrived here at 10:05); the merge kept your value.');
    expect(words).toMatchObject({ kept: { owner: 'Your value' }, other: { owner: 'Bob’s value', text: 'day 2027-03-01' }, restoreLabel: 'Restore Bob’s value', keepLabel: 'Keep your value' });
    expect(conflictWords({ ...kept, by: undefined }, record, writers).restoreLabel).toBe('Restore the other member’s value');
  });

  it('says when the value was restored, and what the field holds when it has changed again since', () => {
    const restored = { ...lost, restoredAt: '2026-12-06T10:07:00.000Z' };
    expect(conflictWords(restored, { ...record, dueOn: '2027-03-01' }, writers)).toMatchObject({ state: 'restored', restoredText: 'Restored your value at 10:07.' });
    expect(conflictWords(restored, { ...record, dueOn: '2027-03-01' }, writers).since).toBeUndefined();
    expect(conflictWords(lost, { ...record, dueOn: '2027-04-30' }, writers).since).toBe('day 2027-04-30');
  });

  it('cannot restore a delete or an activity entry field by field, and says why instead', () => {
    const deleted = conflictWords({ ...lost, field: 'deletedAt', theirs: '2026-12-06T10:02:00.000Z', ours: '2026-12-06T10:03:00.000Z' }, record, writers);
    expect(deleted.state).toBe('not restorable');
    expect(deleted.field).toBe('Deleted');
    expect(deleted.notRestorable).toMatch(/^A delete cannot be undone field by field here\. The record is deleted now/);
    expect(conflictWords({ ...lost, table: 'partnerships', field: 'deletedAt', theirs: '2026-12-06T10:02:00.000Z' }, { id: 'p1', name: 'Contoso' }, writers).notRestorable).toMatch(/archived list/);
    expect(conflictWords({ ...lost, table: 'activity', field: 'description' }, record, writers).state).toBe('not restorable');
    expect(conflictWords(lost, undefined, writers).state).toBe('record gone');
  });

  it('calls a record by its naming field, an intent by its version', () => {
    expect(recordWords('stakeholders', { name: 'Dana Reyes' })).toBe('Stakeholder “Dana Reyes”');
    expect(recordWords('intentVersions', { version: 3, purpose: 'Grow' })).toBe('Intent version 3');
    expect(recordWords('occurrences', { occurrence: '2027-01-11T09:30' })).toBe('Meeting');
  });
});

describe('the card’s controls', () => {
  it('cuts a long value with a button that shows it whole and says it is expanded', () => {
    const text = `${'The renewal uplift we agreed with their channel team '.repeat(4)}last week.`;
    render(<ConflictValue owner="Your value" text={text} isKept={false} />);
    expect(screen.queryByText(text)).toBeNull();
    const more = screen.getByRole('button', { name: 'Show all' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('offers restore and keep on an open conflict, undo and done once restored, and only dismiss when it cannot be restored', () => {
    const run = async () => undefined;
    const { rerender } = render(<ConflictActions words={conflictWords(lost, record, writers)} run={run} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Restore your value', 'Keep Bob’s value']);
    rerender(<ConflictActions words={conflictWords({ ...lost, restoredAt: '2026-12-06T10:07:00.000Z' }, record, writers)} run={run} />);
    expect(screen.getByRole('status').textContent).toBe('Restored your value at 10:07.');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Undo', 'Done']);
    rerender(<ConflictActions words={conflictWords({ ...lost, field: 'deletedAt' }, record, writers)} run={run} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Dismiss']);
  });
});
