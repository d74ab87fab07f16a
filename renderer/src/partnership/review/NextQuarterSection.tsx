import type { QuarterlyReview } from '@shared/exports/quarterlyReview';
import { CommitmentTable } from './CommitmentTable';
import { groupMeetings, shortDay } from './reviewFormat';
import { ReviewSection } from './ReviewSection';
import { useDateText } from '../../clock/useDateText';

/** The plan: next quarter's meetings per cadence (local time in its zone) and what falls due. */
export function NextQuarterSection({ review }: { readonly review: QuarterlyReview }) {
  const { format } = useDateText();
  const { quarter, occurrences, commitmentsDue } = review.nextQuarter;
  const groups = groupMeetings(occurrences);
  return (
    <ReviewSection id="next" title={`Next quarter (${quarter.replace('-', ' ')})`}>
      <h3>Planned meetings</h3>
      {groups.length === 0 ? (
        <p className="review-empty">No meetings are planned.</p>
      ) : (
        <table className="table review-table review-meetings">
          <thead>
            <tr>
              <th scope="col">Cadence</th>
              <th scope="col">Meetings</th>
              <th scope="col">When (local time)</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.cadenceName}>
                <th scope="row">{g.cadenceName}</th>
                <td>{g.days.length}</td>
                <td>
                  {g.commonTime
                    ? `${g.days.map((d) => shortDay(d, format)).join(', ')} · ${g.commonTime}`
                    : g.days.map((d, i) => `${shortDay(d, format)} ${g.times[i] ?? ''}`).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="review-subhead">Commitments due</h3>
      {commitmentsDue.length === 0 ? (
        <p className="review-empty">No commitments fall due next quarter.</p>
      ) : (
        <CommitmentTable items={commitmentsDue} showSource={review.edition === 'internal'} caption="Commitments due next quarter" />
      )}
    </ReviewSection>
  );
}
