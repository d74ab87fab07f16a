import type { IntentVersion } from '@shared/domain';
import { capitalise } from '../../format';
import { useDateText } from '../../clock/useDateText';
import { agreementText } from './agreementText';

interface Props {
  readonly versions: readonly IntentVersion[];
  readonly viewedId: string;
  readonly onRead: (version: IntentVersion) => void;
}

/** Every version, newest first, with how it stands and who agreed it. */
export function IntentVersionsTable({ versions, viewedId, onRead }: Props) {
  const { formatDay, formatInstant } = useDateText();
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <section className="intent-block" aria-labelledby="intent-versions-title">
      <h2 id="intent-versions-title">Versions</h2>
      <table className="table intent-versions">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Agreement</th>
            <th scope="col">Last changed</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((v) => (
            <tr key={v.id} aria-current={v.id === viewedId ? 'true' : undefined}>
              <td className="cell-title">v{v.version}</td>
              <td>
                <span className={`intent-status intent-status-${v.status}`}>{capitalise(v.status)}</span>
              </td>
              <td>{v.agreement ? capitalise(agreementText(v.agreement, formatDay)) : '—'}</td>
              <td className="intent-nowrap">{formatInstant(v.updatedAt)}</td>
              <td className="row-actions">
                {v.id === viewedId ? (
                  <span className="intent-quiet">Shown above</span>
                ) : (
                  <button type="button" className="button button-small" aria-label={`Read version ${v.version}`} onClick={() => onRead(v)}>
                    Read
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
