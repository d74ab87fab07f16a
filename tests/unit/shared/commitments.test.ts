import { describe, expect, it } from 'vitest';
import { commitmentState, compareCommitments, countBySide, groupByOwedBy, reciprocity } from '@shared/commitments';
import type { Commitment, CommitmentId } from '@shared/domain';

const TODAY = '2027-03-10';

let serial = 0;
function commitment(overrides: Partial<Commitment> = {}): Commitment {
  serial += 1;
  return {
    id: `c${String(serial).padStart(3, '0')}` as CommitmentId,
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    partnershipId: 'p1',
    title: `Commitment ${serial}`,
    detail: '',
    owedBy: 'us',
    ownerId: '',
    dueOn: '2027-04-01',
    status: 'open',
    source: 'manual',
    sourceId: '',
    ...overrides,
  };
}

describe('commitmentState', () => {
  it('is overdue when open and due before today', () => {
    expect(commitmentState(commitment({ dueOn: '2027-03-09' }), TODAY)).toBe('overdue');
  });

  it('is due soon from the due day itself up to the due-soon horizon', () => {
    expect(commitmentState(commitment({ dueOn: TODAY }), TODAY)).toBe('due soon');
    expect(commitmentState(commitment({ dueOn: '2027-03-17' }), TODAY)).toBe('due soon');
    expect(commitmentState(commitment({ dueOn: '2027-03-18' }), TODAY)).toBe('open');
  });

  it('uses the given due-soon horizon', () => {
    expect(commitmentState(commitment({ dueOn: '2027-03-12' }), TODAY, 1)).toBe('open');
    expect(commitmentState(commitment({ dueOn: '2027-03-11' }), TODAY, 1)).toBe('due soon');
  });

  it('tells done on time from done late, on the due day counting as on time', () => {
    expect(commitmentState(commitment({ status: 'done', dueOn: '2027-03-01', doneOn: '2027-03-01' }), TODAY)).toBe('done on time');
    expect(commitmentState(commitment({ status: 'done', dueOn: '2027-03-01', doneOn: '2027-03-02' }), TODAY)).toBe('done late');
  });

  it('never claims lateness for a done commitment without a done date', () => {
    expect(commitmentState(commitment({ status: 'done', dueOn: '2027-01-01' }), TODAY)).toBe('done on time');
  });

  it('is dropped whatever the dates', () => {
    expect(commitmentState(commitment({ status: 'dropped', dueOn: '2027-01-01' }), TODAY)).toBe('dropped');
  });
});

describe('countBySide', () => {
  it('counts open, overdue and due soon for each side, ignoring closed and deleted ones', () => {
    const counts = countBySide(
      [
        commitment({ owedBy: 'us', dueOn: '2027-03-01' }),
        commitment({ owedBy: 'us', dueOn: '2027-03-12' }),
        commitment({ owedBy: 'us', dueOn: '2027-06-01' }),
        commitment({ owedBy: 'partner', dueOn: '2027-02-01' }),
        commitment({ owedBy: 'partner', dueOn: '2027-02-01', deletedAt: '2027-03-01T00:00:00.000Z' }),
        commitment({ owedBy: 'partner', dueOn: '2027-02-01', status: 'done', doneOn: '2027-02-05' }),
        commitment({ owedBy: 'joint', dueOn: '2027-02-01', status: 'dropped' }),
      ],
      TODAY,
    );
    expect(counts).toEqual({
      us: { open: 3, overdue: 1, dueSoon: 1 },
      partner: { open: 1, overdue: 1, dueSoon: 0 },
      joint: { open: 0, overdue: 0, dueSoon: 0 },
    });
  });

  it('gives zero counts for every side when there are no commitments', () => {
    const zero = { open: 0, overdue: 0, dueSoon: 0 };
    expect(countBySide([], TODAY)).toEqual({ us: zero, partner: zero, joint: zero });
  });
});

describe('groupByOwedBy', () => {
  it('puts joint commitments in their own group, never on both sides', () => {
    const list = [commitment({ owedBy: 'joint', title: 'J' }), commitment({ owedBy: 'us', title: 'U' }), commitment({ owedBy: 'partner', title: 'P' })];
    const groups = groupByOwedBy(list, TODAY);
    expect(groups.us.map((c) => c.title)).toEqual(['U']);
    expect(groups.partner.map((c) => c.title)).toEqual(['P']);
    expect(groups.joint.map((c) => c.title)).toEqual(['J']);
  });

  it('leaves out deleted commitments and lists the most pressing first', () => {
    const list = [
      commitment({ title: 'dropped', status: 'dropped', dueOn: '2027-01-01' }),
      commitment({ title: 'done', status: 'done', dueOn: '2027-01-01', doneOn: '2027-01-01' }),
      commitment({ title: 'later', dueOn: '2027-05-01' }),
      commitment({ title: 'soon', dueOn: '2027-03-11' }),
      commitment({ title: 'overdue', dueOn: '2027-03-01' }),
      commitment({ title: 'deleted', dueOn: '2027-01-01', deletedAt: '2027-02-01T00:00:00.000Z' }),
    ];
    expect(groupByOwedBy(list, TODAY).us.map((c) => c.title)).toEqual(['overdue', 'soon', 'later', 'done', 'dropped']);
  });
});

describe('compareCommitments', () => {
  it('breaks ties on the same state and day by title, then id', () => {
    const a = commitment({ title: 'Same', dueOn: '2027-05-01' });
    const b = commitment({ title: 'Same', dueOn: '2027-05-01' });
    expect(compareCommitments(a, b, TODAY)).toBeLessThan(0);
    expect(compareCommitments(b, a, TODAY)).toBeGreaterThan(0);
  });
});

describe('reciprocity', () => {
  it('sorts the commitments due in the window into on time, late, open and dropped per side', () => {
    const list = [
      commitment({ owedBy: 'us', dueOn: '2027-01-01', status: 'done', doneOn: '2026-12-30' }),
      commitment({ owedBy: 'us', dueOn: '2027-02-01', status: 'done', doneOn: '2027-02-10' }),
      commitment({ owedBy: 'us', dueOn: '2027-03-31', status: 'open' }),
      commitment({ owedBy: 'partner', dueOn: '2027-02-15', status: 'dropped' }),
      commitment({ owedBy: 'partner', dueOn: '2027-02-15', status: 'open' }),
      commitment({ owedBy: 'joint', dueOn: '2027-03-01', status: 'done', doneOn: '2027-03-01' }),
    ];
    expect(reciprocity(list, '2027-01-01', '2027-03-31')).toEqual({
      us: { total: 3, onTime: 1, late: 1, open: 1, dropped: 0 },
      partner: { total: 2, onTime: 0, late: 0, open: 1, dropped: 1 },
      joint: { total: 1, onTime: 1, late: 0, open: 0, dropped: 0 },
    });
  });

  it('includes both window ends and leaves out commitments due outside it or deleted', () => {
    const list = [
      commitment({ dueOn: '2026-12-31' }),
      commitment({ dueOn: '2027-01-01' }),
      commitment({ dueOn: '2027-03-31' }),
      commitment({ dueOn: '2027-04-01' }),
      commitment({ dueOn: '2027-02-01', deletedAt: '2027-02-02T00:00:00.000Z' }),
    ];
    expect(reciprocity(list, '2027-01-01', '2027-03-31').us.total).toBe(2);
  });
});
