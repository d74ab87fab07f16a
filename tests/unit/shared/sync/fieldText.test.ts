// A conflict's field and values in the app's words: the forms' labels, days and instants in the
// user's format, enum values as the screens say them, ids as names, long text cut at a word.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { BACKUP_TABLE_SCHEMAS } from '@shared/backup/format';
import { SYNCED_TABLES } from '@shared/sync/fields';
import type { ValueWriters } from '@shared/sync/fieldText';
import { FIELD_LABELS, fieldLabel, shortened, valueText } from '@shared/sync/fieldText';

const writers: ValueWriters = {
  day: (day) => `day(${day})`,
  instant: (iso) => `instant(${iso})`,
  nameOf: (id) => ({ s1: 'Dana Reyes', s2: 'Lee Chen', g1: 'Grow joint pipeline' })[id],
};

/** The object schema under a backup table's schema (some are refined or extended). */
function shapeOf(schema: z.ZodType): Record<string, unknown> {
  const def = schema as unknown as { shape?: Record<string, unknown>; _zod?: { def?: { in?: z.ZodType; schema?: z.ZodType } } };
  if (def.shape) return def.shape;
  const inner = def._zod?.def?.in ?? def._zod?.def?.schema;
  return inner ? shapeOf(inner) : {};
}

describe('field labels', () => {
  it('names every stored field of every synced table the way its form does, none left to the fallback', () => {
    const envelope = new Set(['id', 'partnershipId', 'createdAt', 'updatedAt', 'deletedAt']);
    const missing = SYNCED_TABLES.filter((t) => t !== 'activity').flatMap((table) =>
      Object.keys(shapeOf(BACKUP_TABLE_SCHEMAS[table]))
        .filter((field) => !envelope.has(field) && FIELD_LABELS[table][field] === undefined)
        .map((field) => `${table}.${field}`),
    );
    expect(missing).toEqual([]);
    // The check above really read every table's schema.
    expect(SYNCED_TABLES.filter((table) => Object.keys(shapeOf(BACKUP_TABLE_SCHEMAS[table])).length < 3)).toEqual([]);
    expect(Object.keys(shapeOf(BACKUP_TABLE_SCHEMAS.commitments))).toContain('dueOn');
  });

  it('uses the forms’ words, the envelope’s own, and plain words for a field nobody labelled', () => {
    expect(fieldLabel('commitments', 'dueOn')).toBe('Due on');
    expect(fieldLabel('partnerships', 'owner')).toBe('Our owner');
    expect(fieldLabel('intentVersions', 'goals')).toBe('Shared goals');
    expect(fieldLabel('stakeholders', 'deletedAt')).toBe('Deleted');
    expect(fieldLabel('commitments', 'someNewField')).toBe('Some new field');
  });
});

describe('values in words', () => {
  it('writes days and instants with the user’s format, and a cadence’s local start as its day and time', () => {
    expect(valueText('commitments', 'dueOn', '2027-03-15', writers)).toBe('day(2027-03-15)');
    expect(valueText('opportunities', 'closedOn', '2027-03-15', writers)).toBe('day(2027-03-15)');
    expect(valueText('activity', 'at', '2027-03-15T09:30:00.000Z', writers)).toBe('instant(2027-03-15T09:30:00.000Z)');
    expect(valueText('cadences', 'start', '2027-01-11T09:30', writers)).toBe('day(2027-01-11) 09:30');
  });

  it('says enum values as the screens do, and leaves values that are words already', () => {
    expect(valueText('commitments', 'owedBy', 'partner', writers)).toBe('They owe');
    expect(valueText('stakeholders', 'side', 'us', writers)).toBe('Our side');
    expect(valueText('healthChecks', 'perspective', 'partner', writers)).toBe('Partner’s');
    expect(valueText('opportunities', 'sourced', 'influenced', writers)).toBe('Influenced');
    expect(valueText('partnerships', 'status', 'at risk', writers)).toBe('at risk');
    expect(valueText('partnerships', 'shareOpportunityAmounts', true, writers)).toBe('Yes');
    expect(valueText('cadences', 'durationMinutes', 45, writers)).toBe('45');
  });

  it('names people, goals and cadences by their ids, and says so when one is gone', () => {
    expect(valueText('commitments', 'ownerId', 's1', writers)).toBe('Dana Reyes');
    expect(valueText('cadences', 'participantIds', ['s1', 's2'], writers)).toBe('Dana Reyes, Lee Chen');
    expect(valueText('commitments', 'goalId', 'g1', writers)).toBe('Grow joint pipeline');
    expect(valueText('touchpoints', 'attendeeIds', ['s9'], writers)).toBe('someone no longer listed');
    // A CRM id is text, not one of ours.
    expect(valueText('opportunities', 'externalId', 'SF-0042', writers)).toBe('SF-0042');
  });

  it('writes lists and objects as readable text, and nothing as "(empty)"', () => {
    expect(valueText('partnerships', 'tags', ['cloud', 'emea'], writers)).toBe('cloud, emea');
    expect(valueText('healthChecks', 'scores', [{ dimension: 'trust', score: 4, comment: 'Better since the QBR' }, { dimension: 'execution', score: 2, comment: '' }], writers)).toBe('trust 4 (Better since the QBR); execution 2');
    expect(valueText('intentVersions', 'goals', [{ id: 'g1', statement: 'Grow pipeline', metric: 'ARR', target: '', dueBy: '2027-06-30' }], writers)).toBe('statement: Grow pipeline, metric: ARR, due by: day(2027-06-30)');
    expect(valueText('intentVersions', 'agreement', { agreedOn: '2027-01-10', agreedByUs: 'Ana', agreedByPartner: 'Raj' }, writers)).toBe('agreed on: day(2027-01-10), agreed by us: Ana, agreed by partner: Raj');
    for (const nothing of [undefined, null, '', []]) expect(valueText('commitments', 'detail', nothing, writers)).toBe('(empty)');
  });
});

describe('long values', () => {
  it('cuts a long text at a word with an ellipsis, and leaves a short one alone', () => {
    const long = 'Send the sheet with the partner discount tiers for every region, the co-marketing fund rules, and the renewal uplift we agreed with their channel team last week.';
    const cut = shortened(long)!;
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(141);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.slice(0, -1).endsWith(' ')).toBe(false);
    expect(long.charAt(cut.length - 1)).toBe(' ');
    expect(shortened('Short enough.')).toBeUndefined();
    expect(shortened('x'.repeat(200), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
