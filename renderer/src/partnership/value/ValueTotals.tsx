// Won this year and the open pipeline, per source and in all, in the reporting currency;
// an amount without a rate is left out and the missing rate is named, never assumed 1.
import type { ExchangeRate, Opportunity } from '@shared/domain';
import type { MoneyTotal } from '@shared/value/currency';
import { missingRatesOf, valueBySource } from '@shared/value/sourceTotals';
import { useDateText } from '../../clock/useDateText';
import { routeHref } from '../../router';
import { formatMoney } from './valueFormat';
import { SOURCE_TOTAL_LABELS } from './valueLabels';

interface Props {
  readonly opportunities: readonly Opportunity[];
  readonly rates: readonly ExchangeRate[];
  readonly currency: string;
  readonly today: string;
}

export function ValueTotals({ opportunities, rates, currency, today }: Props) {
  const { formatDay } = useDateText();
  const rows = valueBySource(opportunities, today, currency, rates);
  const missing = missingRatesOf(rows.flatMap((r) => [r.won, r.open]));
  return (
    <section className="value-totals" aria-labelledby="value-totals-title">
      <h3 id="value-totals-title">Totals in {currency}</h3>
      <table className="table value-totals-table">
        <thead>
          <tr>
            <th scope="col">Sourced</th>
            <th scope="col" className="value-num">
              Won this year
            </th>
            <th scope="col" className="value-num">
              Open pipeline
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.source} className={r.source === 'all' ? 'value-total-row' : undefined}>
              <th scope="row">{SOURCE_TOTAL_LABELS[r.source]}</th>
              <td className="value-num">{moneyText(r.won)}</td>
              <td className="value-num">{moneyText(r.open)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <div className="value-missing" role="note">
          {missing.map((m) => (
            <p key={`${m.from}-${m.to}`}>
              No {m.from}→{m.to} rate on or before {formatDay(m.day)}: amounts in {m.from} are left out of these totals.
            </p>
          ))}
          <a href={routeHref({ screen: 'settings' })}>Add exchange rates in Settings</a>
        </div>
      )}
    </section>
  );
}

/** "$1,200" or "$1,200 + 2 not converted". */
function moneyText(total: MoneyTotal): string {
  const sum = formatMoney(total.amount, total.currency);
  return total.unconverted > 0 ? `${sum} + ${total.unconverted} not converted` : sum;
}
