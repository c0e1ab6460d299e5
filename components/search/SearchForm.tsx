import type { Category } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import type { SearchSort, SearchTime } from '@/lib/routing/route';
import { searchPath } from '@/lib/urls';

interface Props {
  ui: Ui;
  query: string;
  /** The filters (section and time) as form fields: a plain GET form, no script needed. */
  filters?: { sort: SearchSort; time: SearchTime; section?: string; sections: Category[]; times: SearchTime[] };
}

export function SearchForm({ ui, query, filters }: Props) {
  return (
    <form className="search-form search-form--page" role="search" aria-label={ui.t('Search.label')} action={ui.href(searchPath(ui.locale))} method="get">
      <label htmlFor="search-page-q">{ui.t('Search.label')}</label>
      <input id="search-page-q" type="search" name="q" defaultValue={query} maxLength={100} />
      <button type="submit">{ui.t('Search.submit')}</button>
      {filters && (
        <fieldset className="search-filters">
          <legend>{ui.t('Search.filters')}</legend>
          <label htmlFor="search-page-section">{ui.t('Search.section')}</label>
          <select id="search-page-section" name="section" defaultValue={filters.section ?? ''}>
            <option value="">{ui.t('Search.allSections')}</option>
            {filters.sections.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.parent ? `– ${c.name}` : c.name}
              </option>
            ))}
          </select>
          <label htmlFor="search-page-time">{ui.t('Search.time')}</label>
          <select id="search-page-time" name="time" defaultValue={filters.time}>
            {filters.times.map((time) => (
              <option key={time} value={time}>
                {ui.t(`Search.times.${time}`)}
              </option>
            ))}
          </select>
          {filters.sort !== 'relevance' && <input type="hidden" name="sort" value={filters.sort} />}
          <button type="submit">{ui.t('Search.apply')}</button>
        </fieldset>
      )}
    </form>
  );
}
