import type { RowError } from '@shared/imports/planImport';
import { describeRowError } from '@shared/imports/planImport';

const SHOWN = 200;

/** Every problem, one line each: "Row 7, Due date: Enter a date as YYYY-MM-DD." */
export function RowErrorList({ errors }: { readonly errors: readonly RowError[] }) {
  return (
    <section className="import-errors" aria-labelledby="import-errors-title">
      <h4 id="import-errors-title">
        {errors.length === 1 ? '1 problem to fix' : `${errors.length.toLocaleString()} problems to fix`} in the file, then choose it again
      </h4>
      {/* Scrolls when long; focusable so the keyboard can scroll it too. */}
      <div className="import-errors-scroll" tabIndex={0} role="region" aria-label="Problems in the file">
        <ul>
          {errors.slice(0, SHOWN).map((error, i) => (
            <li key={i}>{describeRowError(error)}</li>
          ))}
        </ul>
        {errors.length > SHOWN && <p className="muted">…and {(errors.length - SHOWN).toLocaleString()} more.</p>}
      </div>
    </section>
  );
}
