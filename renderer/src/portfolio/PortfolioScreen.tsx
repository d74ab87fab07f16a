import { useState } from 'react';
import type { Partnership } from '@shared/domain';
import type { PortfolioFilter, PortfolioSort } from '@shared/portfolio';
import { filterPartnerships, sortPartnerships, tagsInUse } from '@shared/portfolio';
import { Dialog } from '../components/Dialog';
import { CalendarExportButton } from '../exports/CalendarExportButton';
import { navigate } from '../router';
import { useShortcut } from '../useShortcut';
import { useToday } from '../useToday';
import { PartnershipForm } from './PartnershipForm';
import { PortfolioEmpty } from './PortfolioEmpty';
import { PortfolioTable } from './PortfolioTable';
import { ArchivedSwitch } from './ArchivedSwitch';
import { ImportCsvButton } from '../imports/ImportCsvButton';
import { PortfolioToolbar } from './PortfolioToolbar';
import { ColumnsMenu } from './ColumnsMenu';
import { usePortfolioColumns } from './usePortfolioColumns';
import { usePartnershipActions } from './usePartnershipActions';
import { usePortfolio, usePortfolioValue, useRecordSearch } from './usePortfolio';
import { VALUE_COLUMNS } from './portfolioColumns';
import { figuresOf } from './portfolioValue';
import './portfolio.css';

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly partnership: Partnership } | undefined;

const NO_FILTER: PortfolioFilter = { query: '', status: 'all', type: 'all', tag: 'all' };

export function PortfolioScreen() {
  const [isArchived, setArchived] = useState(false);
  const [filter, setFilter] = useState<PortfolioFilter>(NO_FILTER);
  const [sort, setSort] = useState<PortfolioSort>('name');
  const [editing, setEditing] = useState<Editing>();
  const data = usePortfolio(isArchived);
  const recordHits = useRecordSearch(filter.query);
  const today = useToday();
  const actions = usePartnershipActions();
  const [widthRef, columns] = usePortfolioColumns();
  useShortcut('n', () => setEditing({ mode: 'new' }));

  const value = usePortfolioValue(!isArchived && (sort === 'won' || sort === 'pipeline' || columns.shown.some((c) => VALUE_COLUMNS.includes(c))));
  const partnerships = data?.partnerships;
  const shown = partnerships ? sortPartnerships(filterPartnerships(partnerships, filter, new Set(recordHits.keys())), sort, figuresOf(value)) : [];
  const isFiltered = filter.query !== '' || filter.status !== 'all' || filter.type !== 'all' || filter.tag !== 'all';

  return (
    <section ref={widthRef} className="screen screen-wide" aria-labelledby="portfolio-title">
      <header className="screen-header">
        <div>
          <h1 id="portfolio-title">Portfolio</h1>
          <p className="screen-sub">{partnerships ? summary(partnerships.length, isArchived) : 'Loading…'}</p>
        </div>
        <div className="portfolio-header-actions">
          <ArchivedSwitch isArchived={isArchived} onArchived={setArchived} />
          {!isArchived && (partnerships?.length ?? 0) > 0 && <CalendarExportButton />}
          {!isArchived && <ImportCsvButton kind="partnerships" />}
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })} aria-keyshortcuts="N">
            New partnership
          </button>
        </div>
      </header>
      <div className="portfolio-controls">
        <PortfolioToolbar filter={filter} sort={sort} tags={tagsInUse(partnerships ?? [])} onFilter={setFilter} onSort={setSort} />
        <ColumnsMenu columns={columns} />
      </div>
      {data && shown.length > 0 && (
        <PortfolioTable
          partnerships={shown}
          summaries={data.summaries}
          value={value}
          recordHits={filter.query ? recordHits : undefined}
          today={today}
          columns={columns.shown}
          widths={columns.widths}
          onEdit={(p) => setEditing({ mode: 'edit', partnership: p })}
          onArchive={actions.archive}
          onRestore={actions.restore}
        />
      )}
      {data && shown.length === 0 && (
        <PortfolioEmpty kind={isFiltered ? 'no-match' : isArchived ? 'no-archived' : 'first-run'} onCreate={() => setEditing({ mode: 'new' })} onClearFilter={() => setFilter(NO_FILTER)} />
      )}
      {editing && (
        <Dialog title={editing.mode === 'new' ? 'New partnership' : `Edit ${editing.partnership.name}`} onClose={() => setEditing(undefined)} wide>
          <PartnershipForm
            initial={editing.mode === 'edit' ? editing.partnership : undefined}
            onCancel={() => setEditing(undefined)}
            onSave={async (input) => {
              if (editing.mode === 'edit') {
                await actions.update(editing.partnership.id, input);
                return setEditing(undefined);
              }
              const created = await actions.create(input);
              setEditing(undefined);
              // A new partnership opens in its workspace: setting it up is what comes next.
              navigate({ screen: 'partnership', id: created.id, tab: 'overview' });
            }}
          />
        </Dialog>
      )}
    </section>
  );
}

function summary(count: number, isArchived: boolean): string {
  const noun = count === 1 ? 'partnership' : 'partnerships';
  return isArchived ? `${count} archived ${noun}` : `${count} ${noun} you look after`;
}
