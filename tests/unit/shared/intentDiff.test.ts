import { describe, expect, it } from 'vitest';
import type { IntentContent, IntentStatus, IntentVersion, IntentVersionId } from '@shared/domain';
import {
  diffIntent,
  intentChangedSinceAgreed,
  isIntentNeverAgreed,
  latestAgreedVersion,
  pendingDraft,
  renderGoal,
  renderTradeoff,
} from '@shared/intentDiff';

function content(overrides: Partial<IntentContent> = {}): IntentContent {
  return {
    purpose: 'Grow joint revenue in EMEA',
    goals: [{ statement: 'Launch the integration', metric: 'customers live', target: '20', dueBy: '2027-06-30' }],
    valueExchange: { weGive: 'Engineering time', weGet: 'Pipeline', theyGive: 'Leads', theyGet: 'A connector' },
    scope: { inScope: 'Mid-market', outOfScope: 'Public sector' },
    tradeoffs: [{ term: 'Exclusivity', weightUs: 4, weightThem: 2, agreedPosition: 'Exclusive in DACH only' }],
    nonNegotiables: 'Our brand comes first',
    successCriteria: '20 live customers',
    exitConditions: 'Either side with 90 days notice',
    internalNotes: 'Their VP is leaving',
    ...overrides,
  };
}

function version(n: number, status: IntentStatus, overrides: Partial<IntentContent> & Partial<IntentVersion> = {}): IntentVersion {
  return {
    ...content(),
    id: `v${n}` as IntentVersionId,
    createdAt: `2027-01-0${n}T00:00:00.000Z`,
    updatedAt: `2027-01-0${n}T00:00:00.000Z`,
    partnershipId: 'p1',
    version: n,
    status,
    ...overrides,
  };
}

describe('renderGoal and renderTradeoff', () => {
  it('renders a goal on one line, leaving out blank parts', () => {
    expect(renderGoal({ statement: 'Launch', metric: 'customers live', target: '20', dueBy: '2027-06-30' })).toBe('Launch — customers live: 20 by 2027-06-30');
    expect(renderGoal({ statement: 'Launch', metric: '', target: '20', dueBy: '' })).toBe('Launch — 20');
    expect(renderGoal({ statement: 'Launch', metric: '', target: '', dueBy: '2027-06-30' })).toBe('Launch — by 2027-06-30');
    expect(renderGoal({ statement: 'Launch', metric: '', target: '' })).toBe('Launch');
  });

  it('renders a tradeoff with our weights, or without them for the partner', () => {
    const tradeoff = { term: 'Exclusivity', weightUs: 4, weightThem: 2, agreedPosition: 'DACH only' };
    expect(renderTradeoff(tradeoff)).toBe('Exclusivity — DACH only (weights us 4 / them 2)');
    expect(renderTradeoff(tradeoff, true)).toBe('Exclusivity — DACH only');
    expect(renderTradeoff({ ...tradeoff, agreedPosition: '' }, true)).toBe('Exclusivity');
  });
});

describe('diffIntent', () => {
  it('is empty when nothing changed', () => {
    expect(diffIntent(content(), content())).toEqual([]);
  });

  it('reports a changed text section with its label and visibility', () => {
    expect(diffIntent(content(), content({ purpose: 'Grow joint revenue in EMEA and APAC' }))).toEqual([
      {
        section: 'purpose',
        label: 'Purpose',
        visibility: 'shared',
        kind: 'changed',
        before: 'Grow joint revenue in EMEA',
        after: 'Grow joint revenue in EMEA and APAC',
      },
    ]);
  });

  it('calls a section added when it was blank and removed when it becomes blank', () => {
    const changes = diffIntent(content({ successCriteria: '' }), content({ exitConditions: '  ' }));
    expect(changes.map((c) => [c.section, c.kind])).toEqual([
      ['successCriteria', 'added'],
      ['exitConditions', 'removed'],
    ]);
  });

  it('ignores whitespace-only differences', () => {
    expect(diffIntent(content(), content({ purpose: ' Grow joint revenue in EMEA ' }))).toEqual([]);
  });

  it('diffs goals item by item, matched by statement whatever the case', () => {
    const older = content({
      goals: [
        { statement: 'Launch the integration', metric: 'customers live', target: '20', dueBy: '2027-06-30' },
        { statement: 'Train the sales team', metric: '', target: '', dueBy: '' },
      ],
    });
    const newer = content({
      goals: [
        { statement: 'launch the integration', metric: 'customers live', target: '30', dueBy: '2027-06-30' },
        { statement: 'Co-market at the summit', metric: '', target: '', dueBy: '2027-09-01' },
      ],
    });
    const [goals] = diffIntent(older, newer);
    expect(goals).toMatchObject({ section: 'goals', label: 'Shared goals', visibility: 'shared', kind: 'changed' });
    expect(goals?.items).toEqual([
      { kind: 'changed', before: 'Launch the integration — customers live: 20 by 2027-06-30', after: 'launch the integration — customers live: 30 by 2027-06-30' },
      { kind: 'added', before: '', after: 'Co-market at the summit — by 2027-09-01' },
      { kind: 'removed', before: 'Train the sales team', after: '' },
    ]);
    expect(goals?.before).toBe('Launch the integration — customers live: 20 by 2027-06-30\nTrain the sales team');
  });

  it('ignores goals that only moved position', () => {
    const a = { statement: 'A', metric: '', target: '', dueBy: '' };
    const b = { statement: 'B', metric: '', target: '', dueBy: '' };
    expect(diffIntent(content({ goals: [a, b] }), content({ goals: [b, a] }))).toEqual([]);
  });

  it('marks the whole list added when the older version had no goals', () => {
    const [goals] = diffIntent(content({ goals: [] }), content());
    expect(goals?.kind).toBe('added');
    expect(goals?.items).toEqual([{ kind: 'added', before: '', after: 'Launch the integration — customers live: 20 by 2027-06-30' }]);
  });

  it('diffs value exchange and scope part by part with their own labels', () => {
    const newer = content({
      valueExchange: { weGive: 'Engineering time and MDF', weGet: 'Pipeline', theyGive: 'Leads', theyGet: 'A connector' },
      scope: { inScope: 'Mid-market', outOfScope: '' },
    });
    expect(diffIntent(content(), newer)).toEqual([
      {
        section: 'valueExchange',
        field: 'weGive',
        label: 'Value exchange — what we give',
        visibility: 'shared',
        kind: 'changed',
        before: 'Engineering time',
        after: 'Engineering time and MDF',
      },
      { section: 'scope', field: 'outOfScope', label: 'Scope — out of scope', visibility: 'shared', kind: 'removed', before: 'Public sector', after: '' },
    ]);
  });

  it('diffs tradeoffs by term, showing our weights in the internal edition', () => {
    const newer = content({ tradeoffs: [{ term: 'EXCLUSIVITY', weightUs: 5, weightThem: 2, agreedPosition: 'Exclusive in DACH only' }] });
    const [tradeoffs] = diffIntent(content(), newer);
    expect(tradeoffs?.label).toBe('Agreed tradeoffs');
    expect(tradeoffs?.items).toEqual([
      { kind: 'changed', before: 'Exclusivity — Exclusive in DACH only (weights us 4 / them 2)', after: 'EXCLUSIVITY — Exclusive in DACH only (weights us 5 / them 2)' },
    ]);
  });

  it('reports internal sections as internal, in charter order', () => {
    const changes = diffIntent(content(), content({ internalNotes: 'Their VP stays', nonNegotiables: 'None', purpose: 'New' }));
    expect(changes.map((c) => [c.section, c.visibility])).toEqual([
      ['purpose', 'shared'],
      ['nonNegotiables', 'internal'],
      ['internalNotes', 'internal'],
    ]);
  });

  describe('partner-safe', () => {
    it('leaves out internal sections', () => {
      const newer = content({ internalNotes: 'Changed', nonNegotiables: 'Changed', successCriteria: '25 live customers' });
      expect(diffIntent(content(), newer, { partnerSafe: true }).map((c) => c.section)).toEqual(['successCriteria']);
    });

    it('never shows tradeoff weights, and hides a change only to the weights', () => {
      const weightsOnly = content({ tradeoffs: [{ term: 'Exclusivity', weightUs: 1, weightThem: 5, agreedPosition: 'Exclusive in DACH only' }] });
      expect(diffIntent(content(), weightsOnly, { partnerSafe: true })).toEqual([]);

      const positionToo = content({ tradeoffs: [{ term: 'Exclusivity', weightUs: 1, weightThem: 5, agreedPosition: 'Exclusive in Austria only' }] });
      const changes = diffIntent(content(), positionToo, { partnerSafe: true });
      expect(changes).toEqual([
        {
          section: 'tradeoffs',
          label: 'Agreed tradeoffs',
          visibility: 'shared',
          kind: 'changed',
          before: 'Exclusivity — Exclusive in DACH only',
          after: 'Exclusivity — Exclusive in Austria only',
          items: [{ kind: 'changed', before: 'Exclusivity — Exclusive in DACH only', after: 'Exclusivity — Exclusive in Austria only' }],
        },
      ]);
      expect(JSON.stringify(changes)).not.toContain('weights');
    });
  });
});

describe('intent versions', () => {
  it('finds the agreed version in force and a newer draft', () => {
    const versions = [version(1, 'superseded'), version(2, 'agreed'), version(3, 'draft', { purpose: 'Changed' })];
    expect(latestAgreedVersion(versions)?.id).toBe('v2');
    expect(pendingDraft(versions)?.id).toBe('v3');
  });

  it('is changed since agreed when a newer draft differs from the agreed version', () => {
    expect(intentChangedSinceAgreed([version(1, 'agreed'), version(2, 'draft', { purpose: 'Changed' })])).toBe(true);
  });

  it('is not changed when the newer draft says the same thing', () => {
    expect(intentChangedSinceAgreed([version(1, 'agreed'), version(2, 'draft')])).toBe(false);
  });

  it('is not changed when the only draft is older than the agreed version, or deleted', () => {
    expect(intentChangedSinceAgreed([version(1, 'draft', { purpose: 'Old idea' }), version(2, 'agreed')])).toBe(false);
    const deleted = version(2, 'draft', { purpose: 'Changed', deletedAt: '2027-02-01T00:00:00.000Z' });
    expect(intentChangedSinceAgreed([version(1, 'agreed'), deleted])).toBe(false);
  });

  it('compares the newest draft when there are several', () => {
    const versions = [version(1, 'agreed'), version(2, 'draft', { purpose: 'Changed' }), version(3, 'draft')];
    expect(intentChangedSinceAgreed(versions)).toBe(false);
  });

  it('counts internal changes too, since it feeds our own review', () => {
    expect(intentChangedSinceAgreed([version(1, 'agreed'), version(2, 'draft', { internalNotes: 'New worry' })])).toBe(true);
  });

  it('is never agreed with no versions or only drafts, and agreed once any version was', () => {
    expect(isIntentNeverAgreed([])).toBe(true);
    expect(isIntentNeverAgreed([version(1, 'draft')])).toBe(true);
    expect(isIntentNeverAgreed([version(1, 'agreed', { deletedAt: '2027-02-01T00:00:00.000Z' })])).toBe(true);
    expect(isIntentNeverAgreed([version(1, 'superseded'), version(2, 'draft')])).toBe(false);
    expect(isIntentNeverAgreed([version(1, 'agreed')])).toBe(false);
    expect(intentChangedSinceAgreed([version(1, 'draft', { purpose: 'x' })])).toBe(false);
  });
});
