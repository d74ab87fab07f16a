import type { WizardStep } from './useImportWizard';

const STEPS: readonly { readonly id: WizardStep; readonly label: string }[] = [
  { id: 'file', label: 'Choose a file' },
  { id: 'mapping', label: 'Match columns' },
  { id: 'preview', label: 'Check and import' },
];

/** Where the user is in the wizard: three numbered steps, the current one marked. */
export function ImportSteps({ step }: { readonly step: WizardStep }) {
  const current = STEPS.findIndex((s) => s.id === step);
  return (
    <ol className="import-steps" aria-label="Import steps">
      {STEPS.map((s, i) => (
        <li key={s.id} className={i < current ? 'import-step-done' : undefined} aria-current={i === current ? 'step' : undefined}>
          <span className="import-step-number" aria-hidden="true">
            {i < current ? '✓' : i + 1}
          </span>
          {s.label}
        </li>
      ))}
    </ol>
  );
}
