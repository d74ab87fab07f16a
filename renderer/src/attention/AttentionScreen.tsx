import { useLiveQuery } from 'dexie-react-hooks';
import { rankAttention } from '@shared/attention';
import type { AttentionItem } from '@shared/attention';
import { db } from '../../db/db';
import { listPartnerships } from '../../db/queries';
import { routeHref } from '../router';
import { useToday } from '../useToday';
import { formatDay } from '../format';

export function AttentionScreen() {
  const today = useToday();
  const data = useLiveQuery(async () => ({ partnerships: await listPartnerships(db) }), []);
  const items = data ? rankAttention(data, today) : undefined;
  return (
    <section className="screen" aria-labelledby="attention-title">
      <header className="screen-header">
        <div>
          <h1 id="attention-title">Attention</h1>
          <p className="screen-sub">What needs you now, most urgent first · {formatDay(today)}</p>
        </div>
      </header>
      {items && items.length > 0 && (
        <ol className="attention-list">
          {items.map((item) => (
            <AttentionRow key={item.key} item={item} />
          ))}
        </ol>
      )}
      {items && items.length === 0 && <AttentionEmpty hasPartnerships={(data?.partnerships.length ?? 0) > 0} />}
    </section>
  );
}

function AttentionRow({ item }: { readonly item: AttentionItem }) {
  return (
    <li className={`attention-item attention-${item.reason.replace(' ', '-')}`}>
      <a href={routeHref({ screen: 'partnership', id: item.partnershipId, tab: 'overview' })}>
        <span className="attention-partnership">{item.partnershipName}</span>
        <span className="attention-title">{item.title}</span>
        <span className="attention-detail">{item.detail}</span>
      </a>
    </li>
  );
}

function AttentionEmpty({ hasPartnerships }: { readonly hasPartnerships: boolean }) {
  if (hasPartnerships) {
    return (
      <div className="empty">
        <h2>Nothing needs you right now</h2>
        <p>No renewal is within 90 days and no partnership is marked at risk.</p>
      </div>
    );
  }
  return (
    <div className="empty">
      <h2>Welcome to Steward</h2>
      <p>This screen ranks what needs you across all your partnerships. Start by adding the partnerships you look after.</p>
      <a className="button button-primary" href={routeHref({ screen: 'portfolio' })}>
        Go to the portfolio
      </a>
    </div>
  );
}
