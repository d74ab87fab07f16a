import type { ImportPlan } from '@shared/imports/planImport';

/** "42 valid, 3 with errors", and a word on formula-looking cells when there are any. */
export function ImportSummary({ plan }: { readonly plan: ImportPlan }) {
  return (
    <div className="import-summary" role="status">
      <p className="import-counts">
        {plan.kind === 'opportunities' ? (
          <>
            <span className="import-count import-count-ok">{plan.actions.create.toLocaleString()} new</span>
            <span className="import-count import-count-ok">{plan.actions.update.toLocaleString()} updated</span>
            <span className="import-count import-count-same">{plan.actions.unchanged.toLocaleString()} unchanged</span>
          </>
        ) : (
          <span className="import-count import-count-ok">{plan.validCount.toLocaleString()} valid</span>
        )}
        {plan.invalidCount > 0 && <span className="import-count import-count-bad">{plan.invalidCount.toLocaleString()} with errors</span>}
      </p>
      {plan.formulaCells > 0 && (
        <p className="import-note">
          {plan.formulaCells === 1 ? '1 cell starts' : `${plan.formulaCells} cells start`} with =, +, - or @. Steward keeps such text as plain text and never
          runs it; its exports put a ' in front so spreadsheets will not run it either.
        </p>
      )}
    </div>
  );
}
