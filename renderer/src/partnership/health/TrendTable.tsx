// The trend chart's data as a table, for screen readers (the chart is a picture).
import type { ChartDimension, TrendRow } from '@shared/healthView';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';

export function TrendTable({ dimensions, rows }: { readonly dimensions: readonly ChartDimension[]; readonly rows: readonly TrendRow[] }) {
  const { formatDay } = useDateText();
  return (
    <div className="visually-hidden">
      <table>
        <caption>Scores by check, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {dimensions.map((d) => (
              <th key={d.key} scope="col">
                {capitalise(d.name)}
              </th>
            ))}
            <th scope="col">Overall</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{formatDay(row.assessedOn)}</th>
              {dimensions.map((d) => (
                <td key={d.key}>{row.scores[d.key] ?? '—'}</td>
              ))}
              <td>{row.overall}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
