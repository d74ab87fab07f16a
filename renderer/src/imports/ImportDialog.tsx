// Import from a CSV file in three steps: choose the kind and the file, match its
// columns to Steward's fields, then check every row and import all of them or none.
import type { ImportKind } from '@shared/imports/fields';
import { Dialog } from '../components/Dialog';
import { ChooseFileStep } from './ChooseFileStep';
import { ImportSteps } from './ImportSteps';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useImportWizard } from './useImportWizard';
import './imports.css';

interface Props {
  readonly kind: ImportKind;
  /** Stakeholders and commitments opened from a partnership start with it chosen. */
  readonly partnershipId?: string;
  readonly onClose: () => void;
}

export function ImportDialog({ kind, partnershipId, onClose }: Props) {
  const wizard = useImportWizard(kind, partnershipId);
  return (
    <Dialog title={kind === 'opportunities' ? 'Import opportunities from a CRM export' : 'Import from a CSV file'} onClose={onClose} wide>
      <div className="dialog-body import-wizard">
        <ImportSteps step={wizard.step} />
        {wizard.step === 'file' && <ChooseFileStep wizard={wizard} onCancel={onClose} />}
        {wizard.step === 'mapping' && <MappingStep wizard={wizard} />}
        {wizard.step === 'preview' && <PreviewStep wizard={wizard} onDone={onClose} />}
      </div>
    </Dialog>
  );
}
