// A CSV to start from for each kind of import: every column Steward reads, named as
// the automatic mapping expects, with one example row.
import { toCsv } from '../exports/csv';
import type { ImportKind } from './fields';
import { IMPORT_FIELDS } from './fields';

export function importTemplateCsv(kind: ImportKind): string {
  const fields = IMPORT_FIELDS[kind];
  // With a BOM so that Excel opens it as UTF-8; the importer drops it again.
  return toCsv(
    fields.map((f) => f.label),
    [fields.map((f) => f.example)],
    { bom: true },
  );
}

export function importTemplateName(kind: ImportKind): string {
  return `steward-${kind}-template.csv`;
}
