import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { SOURCE_LABELS, moneyText } from '@shared/exports/reviewValue';
import { useDateText } from '../../clock/useDateText';

/** The quarter's largest won deals; only in an edition that shows amounts and accounts. */
export function WonDealsTable({ review }: { readonly review: QuarterlyReview }) {
  const { formatDay } = useDateText();
  const { wonDeals, currency } = review.value;
  return (
    <table className="table review-table">
      <caption className="review-caption">Largest deals won this quarter</caption>
      <thead>
        <tr>
          <th scope="col" className="review-col-main">Account</th>
          <th scope="col">Amount</th>
          <th scope="col">In {currency}</th>
          <th scope="col">Source</th>
          <th scope="col">Closed</th>
        </tr>
      </thead>
      <tbody>
        {wonDeals.map((d, i) => (
          // Deals are listed without their ids; the order is by amount.
          <tr key={i}>
            <td>{d.account}</td>
            <td>{moneyText(d.amount, d.currency)}</td>
            <td>{d.converted === undefined ? 'No rate' : moneyText(d.converted, currency)}</td>
            <td>{SOURCE_LABELS[d.sourced]}</td>
            <td className="review-nowrap">{formatDay(d.closedOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
