// CSV import's write path. The preview is never trusted: the plan is built again
// inside the write's own transaction, against what is stored at that moment, and
// one error anywhere means nothing is written. The records go through the repository
// write path (records.ts createRecords), so each gets its activity entry.
import type { Table } from 'dexie';
import type { RecordBase } from '@shared/domain';
import type { CsvTable } from '@shared/imports/csvParse';
import type { ImportKind } from '@shared/imports/fields';
import { KIND_LABELS } from '@shared/imports/fields';
import type { ImportReference } from '@shared/imports/lookups';
import type { ImportOptions, RowError } from '@shared/imports/planImport';
import { planImport } from '@shared/imports/planImport';
import type { DbContext } from './context';
import { requireOpenPartnership } from './children';
import { commitmentSpec } from './commitments';
import { partnershipSpec } from './partnerships';
import type { RecordSpec } from './records';
import { activityEntry, createRecords, deleteRecords } from './records';
import { readSettings } from './settings';
import { stakeholderSpec } from './stakeholders';
import type { StewardDb } from './schema';
import { writeTransaction } from './excerpts';

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
}

// The specs differ in their record type; here they are only asked to create and delete.
type AnySpec = RecordSpec<typeof partnershipSpec.schema | typeof stakeholderSpec.schema | typeof commitmentSpec.schema, RecordBase>;
const SPECS = { partnerships: partnershipSpec, stakeholders: stakeholderSpec, commitments: commitmentSpec } as unknown as Readonly<Record<ImportKind, AnySpec>>;

function tablesOf(db: StewardDb): Table[] {
  return [db.partnerships, db.stakeholders, db.commitments, db.settings, db.activity];
}

/** What a plan is checked against; reads only what the kind needs. Call inside a transaction, or alone. */
export async function loadImportReference(ctx: Pick<DbContext, 'db'>, kind: ImportKind): Promise<ImportReference> {
  const [partnerships, stakeholders, commitments, settings] = await Promise.all([
    ctx.db.partnerships.toArray(),
    kind === 'partnerships' ? [] : ctx.db.stakeholders.toArray(),
    kind === 'commitments' ? ctx.db.commitments.toArray() : [],
    readSettings(ctx),
  ]);
  return { partnerships, stakeholders, commitments, organisationName: settings.organisationName };
}

function summary(kind: ImportKind, count: number, fileName: string): string {
  const noun = count === 1 ? KIND_LABELS[kind].singular : KIND_LABELS[kind].plural;
  return `Imported ${count} ${noun} from “${fileName}”`;
}

/** Writes every row of the file, or nothing: throws ImportRejectedError when any row has a problem. */
export async function importCsv(ctx: DbContext, request: ImportRequest): Promise<ImportResult> {
  const { kind } = request.options;
  const spec = SPECS[kind];
  return writeTransaction(ctx.db, tablesOf(ctx.db), async () => {
    const plan = planImport(request.table, request.options, await loadImportReference(ctx, kind));
    const inputs = plan.rows.flatMap((r) => (r.input ? [r.input] : []));
    if (plan.errors.length > 0 || inputs.length === 0) throw new ImportRejectedError(plan.errors);
    const parents = new Map<string, number>();
    for (const input of inputs) if ('partnershipId' in input) parents.set(input.partnershipId, (parents.get(input.partnershipId) ?? 0) + 1);
    for (const partnershipId of parents.keys()) await requireOpenPartnership(ctx.db, partnershipId);
    const ids = (await createRecords(ctx, spec, inputs)).map((r) => r.id);
    // Each new partnership's history, or each partnership imported into, says where the records came from.
    const entries =
      kind === 'partnerships'
        ? ids.map((id) => activityEntry(ctx, 'partnership', id, id, 'import', summary(kind, 1, request.fileName)))
        : [...parents].map(([partnershipId, count]) => activityEntry(ctx, spec.entity, '', partnershipId, 'import', summary(kind, count, request.fileName)));
    await ctx.db.activity.bulkAdd(entries);
    return { kind, ids, partnershipIds: kind === 'partnerships' ? ids : [...parents.keys()] };
  });
}

/** Undo: soft-deletes every record an import created, in one transaction (partnerships are archived). */
export async function undoImport(ctx: DbContext, result: ImportResult): Promise<void> {
  await deleteRecords(ctx, SPECS[result.kind], result.ids);
}
