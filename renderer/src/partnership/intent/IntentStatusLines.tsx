import type { IntentOverview } from '@shared/intentView';
import { useDateText } from '../../clock/useDateText';
import { agreementText } from './agreementText';

/** Where the charter stands: the version in force and who agreed it, and any draft under way. */
export function IntentStatusLines({ overview }: { readonly overview: IntentOverview }) {
  const { agreed, draft, isNeverAgreed, isDraftChanged } = overview;
  const { formatDay } = useDateText();
  return (
    <ul className="intent-status-lines">
      {agreed?.agreement && (
        <li>
          <span className="intent-status intent-status-agreed">Agreed v{agreed.version}</span> {agreementText(agreed.agreement, formatDay)}
        </li>
      )}
      {isNeverAgreed && (
        <li>
          <span className="intent-status intent-status-never">Never agreed</span>{' '}
          {draft ? `Draft v${draft.version} is waiting for both sides to agree it.` : 'Both sides have yet to agree a version.'}
        </li>
      )}
      {draft && agreed && (
        <li>
          <span className="intent-status intent-status-draft">Draft v{draft.version}</span> —{' '}
          {isDraftChanged ? 'changed since the agreed version' : 'no changes from the agreed version yet'}
        </li>
      )}
    </ul>
  );
}
