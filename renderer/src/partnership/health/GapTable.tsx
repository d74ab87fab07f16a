// The gap chart's numbers, with each gap in words; wide gaps (the ones worth an action)
// are highlighted. Visible, so it also serves as the chart's text alternative.
import type { GapRow } from '@shared/health';
import { isWideGap } from '@shared/health';
import { describeGap } from '@shared/healthView';
import { capitalise } from '../../format';

export function GapTable({ rows }: { readonly rows: readonly GapRow[] }) {
  return (
    <table className="table health-gap-table">
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          <th scope="col">Ours</th>
          <th scope="col">Partner’s</th>
          <th scope="col">Gap</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.dimension} className={isWideGap(r) ? 'health-gap-wide' : undefined}>
            <th scope="row">{capitalise(r.dimension)}</th>
            <td>{r.ours ?? '—'}</td>
            <td>{r.partner ?? '—'}</td>
            <td>{describeGap(r)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
