import type { Ui } from '@/lib/i18n/ui';
import { searchPath } from '@/lib/urls';

export function SearchForm({ ui, query }: { ui: Ui; query: string }) {
  return (
    <form className="search-form search-form--page" role="search" aria-label={ui.t('Search.label')} action={ui.href(searchPath(ui.locale))} method="get">
      <label htmlFor="search-page-q">{ui.t('Search.label')}</label>
      <input id="search-page-q" type="search" name="q" defaultValue={query} maxLength={100} />
      <button type="submit">{ui.t('Search.submit')}</button>
    </form>
  );
}
