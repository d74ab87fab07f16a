import { useId } from 'react';
import type { OpportunitySource } from '@shared/domain';
import { OPPORTUNITY_SOURCES } from '@shared/domain';
import type { CrmChoices } from './useCrmChoices';

const SOURCE_LABELS: Readonly<Record<OpportunitySource, string>> = { us: 'Sourced by us', partner: 'Sourced by the partner', joint: 'Sourced jointly', influenced: 'Influenced by the partner' };
const CURRENCY = /^[A-Za-z]{3}$/;

/** What rows without a currency or a source become; a CRM export rarely says who sourced a deal. */
export function OpportunityDefaults({ crm, hasCurrencyColumn }: { readonly crm: CrmChoices; readonly hasCurrencyColumn: boolean }) {
  const id = useId();
  const isBadCurrency = !CURRENCY.test(crm.currency);
  return (
    <div className="import-defaults">
      <div className="field">
        <label htmlFor={`${id}-currency`}>{hasCurrencyColumn ? 'Currency of rows without one' : 'Currency of every amount'}</label>
        <input
          id={`${id}-currency`}
          className="import-currency"
          value={crm.currency}
          maxLength={3}
          aria-invalid={isBadCurrency}
          aria-describedby={`${id}-currency-hint`}
          onChange={(e) => crm.setCurrency(e.target.value.toUpperCase())}
        />
        <p id={`${id}-currency-hint`} className={isBadCurrency ? 'field-error' : 'field-hint'}>
          A three-letter code such as USD or EUR.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sourced`}>Rows that do not say who sourced them</label>
        <select id={`${id}-sourced`} value={crm.sourced} onChange={(e) => crm.setSourced(e.target.value as OpportunitySource)}>
          {OPPORTUNITY_SOURCES.map((s) => (
            <option key={s} value={s}>
              {SOURCE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
