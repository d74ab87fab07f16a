// The joint pipeline: totals in the reporting currency, then the opportunities table, with
// the form to add or edit one, and Import from CRM… beside New opportunity.
import { useState } from 'react';
import type { Opportunity, Partnership } from '@shared/domain';
import { convert } from '@shared/value/currency';
import { Dialog } from '../../components/Dialog';
import { CrmImportButton } from '../../imports/CrmImportButton';
import { OpportunityForm } from './OpportunityForm';
import { OpportunityTable } from './OpportunityTable';
import type { ValueData } from './useValueData';
import { useValueActions } from './useValueActions';
import { ValueTotals } from './ValueTotals';

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly opportunity: Opportunity } | undefined;

interface Props {
  readonly partnership: Partnership;
  readonly data: ValueData;
  readonly today: string;
}

export function PipelineSection({ partnership, data, today }: Props) {
  const [editing, setEditing] = useState<Editing>();
  const actions = useValueActions();
  const { opportunities, rates, settings } = data;
  const currency = settings.reportingCurrency;
  const canEdit = !partnership.deletedAt;
  const amountOf = (o: Opportunity) => {
    const converted = convert(o.amount, o.currency, currency, today, rates);
    return converted.ok ? converted.amount : o.amount;
  };
  return (
    <section className="value-section" aria-labelledby="pipeline-title">
      <header className="value-section-head">
        <h2 id="pipeline-title">Joint pipeline</h2>
        {canEdit && (
          <div className="value-toolbar" role="group" aria-label="Pipeline actions">
            <CrmImportButton partnershipId={partnership.id} />
            <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
              New opportunity
            </button>
          </div>
        )}
      </header>
      {opportunities.length === 0 ? (
        <div className="empty value-empty">
          <p>
            No opportunities yet. Add the deals you work on with {partnership.partnerOrg || 'the partner'} — each with its amount, stage and who sourced it — and this tab totals
            what was won this year and what is open, in {currency}.
          </p>
        </div>
      ) : (
        <>
          <ValueTotals opportunities={opportunities} rates={rates} currency={currency} today={today} />
          <OpportunityTable opportunities={opportunities} stages={settings.opportunityStages} amountOf={amountOf} canEdit={canEdit} onEdit={(o) => setEditing({ mode: 'edit', opportunity: o })} onDelete={actions.removeOpportunity} />
        </>
      )}
      {editing && (
        <Dialog title={editing.mode === 'new' ? 'New opportunity' : `Edit ${editing.opportunity.account}`} onClose={() => setEditing(undefined)} wide>
          <OpportunityForm
            partnershipId={partnership.id}
            initial={editing.mode === 'edit' ? editing.opportunity : undefined}
            today={today}
            stages={settings.opportunityStages}
            currency={currency}
            onCancel={() => setEditing(undefined)}
            onSave={async (input) => {
              await actions.saveOpportunity(input, editing.mode === 'edit' ? editing.opportunity : undefined);
              setEditing(undefined);
            }}
          />
        </Dialog>
      )}
    </section>
  );
}
