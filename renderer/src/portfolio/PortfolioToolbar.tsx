import type { PortfolioFilter, PortfolioSort } from '@shared/portfolio';
import { PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from '@shared/domain';
import { capitalise } from '../format';

interface Props {
  readonly filter: PortfolioFilter;
  readonly sort: PortfolioSort;
  readonly tags: readonly string[];
  readonly onFilter: (filter: PortfolioFilter) => void;
  readonly onSort: (sort: PortfolioSort) => void;
}

const SORTS: Record<PortfolioSort, string> = { name: 'Name', renewal: 'Renewal date', status: 'Status', updated: 'Recently changed', won: 'Won this year', pipeline: 'Open pipeline' };

export function PortfolioToolbar({ filter, sort, tags, onFilter, onSort }: Props) {
  return (
    <div className="toolbar" role="search">
      <input
        type="search"
        className="search"
        placeholder="Search partnerships, intents, notes, commitments…"
        aria-label="Search partnerships"
        value={filter.query}
        onChange={(e) => onFilter({ ...filter, query: e.target.value })}
      />
      <label className="inline-label">
        Status
        <select value={filter.status} onChange={(e) => onFilter({ ...filter, status: e.target.value as PortfolioFilter['status'] })}>
          <option value="all">All</option>
          {PARTNERSHIP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {capitalise(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-label">
        Type
        <select value={filter.type} onChange={(e) => onFilter({ ...filter, type: e.target.value as PortfolioFilter['type'] })}>
          <option value="all">All</option>
          {PARTNERSHIP_TYPES.map((t) => (
            <option key={t} value={t}>
              {capitalise(t)}
            </option>
          ))}
        </select>
      </label>
      {tags.length > 0 && (
        <label className="inline-label">
          Tag
          <select value={filter.tag} onChange={(e) => onFilter({ ...filter, tag: e.target.value })}>
            <option value="all">All</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="inline-label">
        Sort
        <select value={sort} onChange={(e) => onSort(e.target.value as PortfolioSort)}>
          {Object.entries(SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
