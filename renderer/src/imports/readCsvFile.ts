// A chosen file as a parsed CSV table. The size is checked before reading, so a
// huge file is refused at once instead of being loaded into memory first.
import type { CsvResult } from '@shared/imports/csvParse';
import { CSV_LIMITS, decodeCsvBytes, parseCsv, tooBigMessage } from '@shared/imports/csvParse';

export async function readCsvFile(file: File): Promise<CsvResult> {
  if (file.size > CSV_LIMITS.maxBytes) return { ok: false, error: tooBigMessage(file.size) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: `Could not read “${file.name}”. It may have been moved or deleted; choose it again.` };
  }
  const decoded = decodeCsvBytes(bytes);
  return decoded.ok ? parseCsv(decoded.text) : decoded;
}
