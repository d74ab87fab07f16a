// CSV import's write path. The preview is never trusted: the plan is built again
// inside the write's own transaction, against what is stored at that moment, and
// one error anywhere means nothing is written. The records go through the repository
// write path (records.ts createRecords), so each gets its activity entry.
import type { Table } from 'dexie';
import type { Opportunity, OpportunityId, RecordBase } from '@shared/domain';
import { describeChange } from '@shared/changes';
import type { CsvTable } from '@shared/imports/csvParse';
import type { ImportKind } from '@shared/imports/fields';
import { KIND_LABELS } from '@shared/imports/fields';
import type { ImportReference } from '@shared/imports/lookups';
import type { ImportOptions, ImportPlan, RowError } from '@shared/imports/planImport';
import { planImport } from '@shared/imports/planImport';
import type { DbContext } from './context';
import { requireOpenPartnership } from './children';
import { commitmentSpec } from './commitments';
import { partnershipSpec } from './partnerships';
import type { RecordSpec } from './records';
import { activityEntry, createRecords, deleteRecords } from './records';
import { readSettingsButZone } from './settings';
import { stakeholderSpec } from './stakeholders';
import type { StewardDb } from './schema';
import { addRecords, putRecords, writeTransaction } from './writePath';
import { opportunitySpec } from './value';

export class ImportRejectedError extends Error {
  constructor(readonly errors: readonly RowError[]) {
    super(errors.length === 0 ? 'The file has no rows to import.' : `Nothing was imported: ${errors.length === 1 ? '1 problem was' : `${errors.length} problems were`} found in the file.`);
    this.name = 'ImportRejectedError';
  }
}

export interface ImportRequest {
  readonly table: CsvTable;
  readonly options: ImportOptions;
  /** For the activity log: “Imported 12 commitments from “q1.csv””. */
  readonly fileName: string;
}

export interface ImportResult {
  readonly kind: ImportKind;
  /** The new records' ids, in file order (Undo removes them). */
  readonly ids: readonly string[];
  /** The partnerships the records belong to (for partnerships, the new ones). */
  readonly partnershipIds: readonly string[];
  /** Opportunities: the records a re-import changed, as they were before it (Undo puts them back). */
  readonly replaced: readonly Opportunity[];
  /** How many rows matched a stored opportunity that was already the same. */
  readonly unchangedCount: number;
  /** When the import wrote: Undo restores only what has not changed since. */
  readonly at: string;
}

// The specs differ in their record type; here they are only asked to create and delete.
type AnySpec = RecordSpec<typeof partnershipSpec.schema | typeof stakeholderSpec.schema | typeof commitmentSpec.schema | typeof opportunitySpec.schema, RecordBase>;
const SPECS = { partnerships: partnershipSpec, stakeholders: stakeholderSpec, commitments: commitmentSpec, opportunities: opportunitySpec } as unknown as Readonly<Record<ImportKind, AnySpec>>;

function tablesOf(db: StewardDb): Table[] {
  return [db.partnerships, db.stakeholders, db.commitments, db.opportunities, db.settings, db.activity];
}

/**
 * What a plan is checked against; reads only what the kind needs (opportunities: those of
 * the partnership imported into, to update by external id). Call inside a transaction, or alone.
 */
export async function loadImportReference(ctx: Pick<DbContext, 'db'>, kind: ImportKind, partnershipId?: string): Promise<ImportReference> {
  const [partnerships, stakeholders, commitments, opportunities, settings] = await Promise.all([
    ctx.db.partnerships.toArray(),
    kind === 'stakeholders' || kind === 'commitments' ? ctx.db.stakeholders.toArray() : [],
    kind === 'commitments' ? ctx.db.commitments.toArray() : [],
    kind === 'opportunities' && partnershipId !== undefined ? ctx.db.opportunities.where('partnershipId').equals(partnershipId).toArray() : [],
    readSettingsButZone(ctx),
  ]);
  const reference = { partnerships, stakeholders, commitments, organisationName: settings.organisationName };
  return kind === 'opportunities' ? { ...reference, opportunities, stages: settings.opportunityStages, reportingCurrency: settings.reportingCurrency } : reference;
}

function summary(kind: ImportKind, count: number, fileName: string): string {
  const noun = count === 1 ? KIND_LABELS[kind].singular : KIND_LABELS[kind].plural;
  return `Imported ${count} ${noun} from “${fileName}”`;
}

/** An import's line in the partnership's history; for opportunities “Imported opportunities from “q1.csv”: 10 new, 2 updated, 0 unchanged”. */
function importSummary(plan: ImportPlan, count: number, fileName: string): string {
  if (plan.kind !== 'opportunities') return summary(plan.kind, count, fileName);
  return `Imported opportunities from “${fileName}”: ${plan.actions.create} new, ${plan.actions.update} updated, ${plan.actions.unchanged} unchanged`;
}

/** A re-import's changes to stored opportunities, each logged with what changed; returns them as they were. */
async function updateOpportunities(ctx: DbContext, plan: ImportPlan, at: string): Promise<Opportunity[]> {
  const rows = plan.rows.filter((r) => r.action === 'update' && r.input && r.existingId);
  const before = await ctx.db.opportunities.bulkGet(rows.map((r) => r.existingId as OpportunityId));
  const replaced: Opportunity[] = [];
  const entries = rows.map((row, i) => {
    const old = before[i]!;
    const after = { ...opportunitySpec.toFields(opportunitySpec.schema.parse(row.input)), id: old.id, createdAt: old.createdAt, updatedAt: at } as Opportunity;
    replaced.push(old);
    const change = describeChange(old as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>);
    return { after, entry: activityEntry(ctx, 'opportunity', old.id, old.partnershipId, 'update', `Updated ${opportunitySpec.label(after)} from an import: ${change}`) };
  });
  await putRecords(ctx.db, 'opportunities', entries.map((e) => e.after));
  await addRecords(ctx.db, 'activity', entries.map((e) => e.entry));
  return replaced;
}

/** Writes every row of the file, or nothing: throws ImportRejectedError when any row has a problem. */
export async function importCsv(ctx: DbContext, request: ImportRequest): Promise<ImportResult> {
  const { kind } = request.options;
  const spec = SPECS[kind];
  // One instant for every change: Undo recognises an updated row as untouched since by it.
  const at = ctx.now().toISOString();
  return writeTransaction(ctx.db, tablesOf(ctx.db), async () => {
    const plan = planImport(request.table, request.options, await loadImportReference(ctx, kind, request.options.partnershipId));
    const inputs = plan.rows.flatMap((r) => (r.input && r.action === 'create' ? [r.input] : []));
    const changes = inputs.length + plan.actions.update;
    if (plan.errors.length > 0 || plan.validCount === 0) throw new ImportRejectedError(plan.errors);
    if (changes === 0) return { kind, ids: [], partnershipIds: [], replaced: [], unchangedCount: plan.actions.unchanged, at };
    const parents = new Map<string, number>();
    for (const input of inputs) if ('partnershipId' in input) parents.set(input.partnershipId, (parents.get(input.partnershipId) ?? 0) + 1);
    for (const partnershipId of parents.keys()) await requireOpenPartnership(ctx.db, partnershipId);
    const ids = inputs.length === 0 ? [] : (await createRecords(ctx, spec, inputs)).map((r) => r.id);
    const replaced = kind === 'opportunities' ? await updateOpportunities(ctx, plan, at) : [];
    for (const old of replaced) parents.set(old.partnershipId, (parents.get(old.partnershipId) ?? 0) + 1);
    // Each new partnership's history, or each partnership imported into, says where the records came from.
    const entries =
      kind === 'partnerships'
        ? ids.map((id) => activityEntry(ctx, 'partnership', id, id, 'import', summary(kind, 1, request.fileName)))
        : [...parents].map(([partnershipId, count]) => activityEntry(ctx, spec.entity, '', partnershipId, 'import', importSummary(plan, count, request.fileName)));
    await addRecords(ctx.db, 'activity', entries);
    const partnershipIds = kind === 'partnerships' ? ids : [...parents.keys()];
    return { kind, ids, partnershipIds, replaced, unchangedCount: plan.actions.unchanged, at };
  });
}

/** How many changed opportunities Undo left as they are, because they were edited after the import. */
export interface UndoOutcome {
  readonly keptEdited: number;
}

/**
 * Undo: soft-deletes every record an import created (partnerships are archived) and puts each
 * opportunity it changed back exactly as it was, in one transaction. One edited since the
 * import keeps the edit: putting the old values back would lose it without a word.
 */
export async function undoImport(ctx: DbContext, result: ImportResult): Promise<UndoOutcome> {
  return writeTransaction(ctx.db, tablesOf(ctx.db), async () => {
    if (result.ids.length > 0) await deleteRecords(ctx, SPECS[result.kind], result.ids);
    if (result.replaced.length === 0) return { keptEdited: 0 };
    const current = await ctx.db.opportunities.bulkGet(result.replaced.map((o) => o.id));
    const restorable = result.replaced.filter((_, i) => current[i] !== undefined && current[i].updatedAt === result.at && !current[i].deletedAt);
    await putRecords(ctx.db, 'opportunities', restorable);
    await addRecords(ctx.db, 'activity', restorable.map((old) => activityEntry(ctx, 'opportunity', old.id, old.partnershipId, 'update', `Undid an import: ${opportunitySpec.label(old)} is back as it was`)));
    return { keptEdited: result.replaced.length - restorable.length };
  });
}
