import type { IntentContent } from '@shared/domain';
import { GoalsTable } from './GoalsTable';
import { IntentSectionCard } from './IntentSectionCard';
import { IntentText } from './IntentText';
import { ScopeView } from './ScopeView';
import { TradeoffsTable } from './TradeoffsTable';
import { ValueExchangeTable } from './ValueExchangeTable';

const SHORT_SECTIONS = ['nonNegotiables', 'successCriteria', 'exitConditions', 'internalNotes'] as const;

/** The charter section by section, in the order the partnership reads it. */
export function IntentReading({ content, partnerOrg }: { readonly content: IntentContent; readonly partnerOrg: string }) {
  return (
    <div className="intent-reading">
      <IntentSectionCard section="purpose" isWide>
        <IntentText text={content.purpose} />
      </IntentSectionCard>
      <IntentSectionCard section="goals" isWide>
        <GoalsTable goals={content.goals} />
      </IntentSectionCard>
      <IntentSectionCard section="valueExchange" isWide>
        <ValueExchangeTable value={content.valueExchange} partnerOrg={partnerOrg} />
      </IntentSectionCard>
      <IntentSectionCard section="scope" isWide>
        <ScopeView scope={content.scope} />
      </IntentSectionCard>
      <IntentSectionCard section="tradeoffs" isWide>
        <TradeoffsTable tradeoffs={content.tradeoffs} />
      </IntentSectionCard>
      {SHORT_SECTIONS.map((section) => (
        <IntentSectionCard key={section} section={section}>
          <IntentText text={content[section]} />
        </IntentSectionCard>
      ))}
    </div>
  );
}
