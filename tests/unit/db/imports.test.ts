import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '@shared/imports/csvParse';
import type { ImportKind } from '@shared/imports/fields';
import { guessMapping } from '@shared/imports/fields';
import type { ImportOptions } from '@shared/imports/planImport';
import type { CommitmentId } from '@shared/domain';
import { ImportRejectedError, importCsv, undoImport } from '../../../renderer/db/imports';
import { archivePartnership, createPartnership } from '../../../renderer/db/partnerships';
import { createStakeholder } from '../../../renderer/db/stakeholders';
import type { TestContext } from './testDb';
import { createTestContext } from './testDb';

let ctx: TestContext;
afterEach(async () => {
  await ctx.db.delete();
});

function request(kind: ImportKind, text: string, extra: Partial<ImportOptions> = {}) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const options: ImportOptions = { kind, mapping: guessMapping(kind, parsed.table.header), dateOrder: 'dmy', ...extra };
  return { table: parsed.table, options, fileName: 'import.csv' };
}

async function rejection(promise: Promise<unknown>): Promise<ImportRejectedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportRejectedError)) throw new Error(`expected the import to be rejected, got ${String(error)}`);
  return error;
}

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' };

describe('importCsv', () => {
  it('writes every partnership with its create and import entries, in one go', async () => {
    ctx = createTestContext();
    const result = await importCsv(ctx, request('partnerships', 'Name,Partner,Type,Tags\nAcme co-sell,Acme Corp,co-sell,emea\nGlobex,Globex Inc,,\n'));
    expect(result.kind).toBe('partnerships');
    expect(result.ids).toHaveLength(2);
    const stored = await ctx.db.partnerships.orderBy('name').toArray();
    expect(stored.map((p) => [p.name, p.type, p.tags])).toEqual([
      ['Acme co-sell', 'co-sell', ['emea']],
      ['Globex', 'other', []],
    ]);
    const log = await ctx.db.activity.toArray();
    expect(log.filter((a) => a.action === 'create').map((a) => a.description).sort()).toEqual(['Created partnership “Acme co-sell”', 'Created partnership “Globex”']);
    expect(log.filter((a) => a.action === 'import').map((a) => [a.entityId, a.description])).toEqual(
      expect.arrayContaining(result.ids.map((id) => [id, 'Imported 1 partnership from “import.csv”'])),
    );
  });

  it('writes nothing at all when one row fails, and says which', async () => {
    ctx = createTestContext();
    const p = await createPartnership(ctx, acme);
    const before = await ctx.db.activity.count();
    const text = 'Partnership,Title,Owed by,Due on\nAcme co-sell,Fine,us,2027-03-01\nAcme co-sell,Also fine,partner,2027-03-02\nAcme co-sell,Bad,us,2027-02-30\n';
    const error = await importCsv(ctx, request('commitments', text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).errors).toEqual([{ row: 4, column: 'Due on', message: 'Enter a date as YYYY-MM-DD.' }]);
    expect((error as Error).message).toBe('Nothing was imported: 1 problem was found in the file.');
    expect(await ctx.db.commitments.where('partnershipId').equals(p.id).count()).toBe(0);
    expect(await ctx.db.activity.count()).toBe(before);
  });

  it('rolls back the rows already written when a later write of the same import fails', async () => {
    ctx = createTestContext();
    await createPartnership(ctx, acme);
    // The records and their create entries are written first; the import entry comes last.
    const bulkAdd = ctx.db.activity.bulkAdd.bind(ctx.db.activity);
    let calls = 0;
    vi.spyOn(ctx.db.activity, 'bulkAdd').mockImplementation((...args: Parameters<typeof bulkAdd>) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return bulkAdd(...args);
    });
    const text = 'Partnership,Name,Side\nAcme co-sell,Ana,partner\nAcme co-sell,Ben,us\nAcme co-sell,Cy,us\n';
    await expect(importCsv(ctx, request('stakeholders', text))).rejects.toThrow('disk full');
    expect(await ctx.db.stakeholders.count()).toBe(0);
    expect(await ctx.db.activity.count()).toBe(1);
  });

  it('checks again inside the transaction: a partnership archived after the preview refuses the import', async () => {
    ctx = createTestContext();
    const p = await createPartnership(ctx, acme);
    const req = request('stakeholders', 'Name,Side\nAna,partner\n', { partnershipId: p.id });
    await archivePartnership(ctx, p.id);
    const error = await rejection(importCsv(ctx, req));
    expect(error.errors).toEqual([{ row: 2, column: 'Partnership', message: 'The partnership “Acme co-sell” is archived: restore it before importing into it.' }]);
    expect(await ctx.db.stakeholders.count()).toBe(0);
  });

  it('refuses a second import of the same rows as duplicates', async () => {
    ctx = createTestContext();
    const p = await createPartnership(ctx, acme);
    const req = request('stakeholders', 'Name,Side\nAna,partner\n', { partnershipId: p.id });
    await importCsv(ctx, req);
    const error = await rejection(importCsv(ctx, req));
    expect(error.errors.map((e) => e.message)).toEqual(['“Ana” is already a stakeholder of “Acme co-sell”.']);
    expect(await ctx.db.stakeholders.count()).toBe(1);
  });

  it('links commitment owners, logs one import entry per partnership, and Undo soft-deletes them all', async () => {
    ctx = createTestContext();
    const p = await createPartnership(ctx, acme);
    const lee = await createStakeholder(ctx, { partnershipId: p.id, side: 'partner', name: 'Lee Chen', function: 'executive', roles: ['sponsor'] });
    const text = 'Title,Owed by,Owner,Due date\nShare roadmap,them,lee chen,14/03/2027\nSend deck,us,,2027-03-20\n';
    const result = await importCsv(ctx, request('commitments', text, { partnershipId: p.id }));
    const stored = await ctx.db.commitments.bulkGet(result.ids as CommitmentId[]);
    expect(stored.map((c) => [c?.title, c?.owedBy, c?.ownerId, c?.dueOn, c?.source])).toEqual([
      ['Share roadmap', 'partner', lee.id, '2027-03-14', 'manual'],
      ['Send deck', 'us', '', '2027-03-20', 'manual'],
    ]);
    const imports = await ctx.db.activity.where('entityId').equals('').toArray();
    expect(imports.map((a) => [a.action, a.entity, a.partnershipId, a.description])).toEqual([['import', 'commitment', p.id, 'Imported 2 commitments from “import.csv”']]);
    ctx.advance(1000);
    await undoImport(ctx, result);
    const after = await ctx.db.commitments.bulkGet(result.ids as CommitmentId[]);
    expect(after.map((c) => c?.deletedAt)).toEqual(['2027-01-14T09:00:01.000Z', '2027-01-14T09:00:01.000Z']);
    const deletes = (await ctx.db.activity.toArray()).filter((a) => a.action === 'delete');
    expect(deletes.map((a) => a.description).sort()).toEqual(['Deleted commitment “Send deck”', 'Deleted commitment “Share roadmap”']);
  });
});
