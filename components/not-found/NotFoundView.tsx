import type { Ui } from '@/lib/i18n/ui';
import type { NotFoundBody } from '@/lib/page-model';
import { homePath } from '@/lib/urls';
import { ListSection } from '../article-list/ListSection';
import { SearchForm } from '../search/SearchForm';

/** The 404 page, the same in both frames: what happened, a way home, search, the latest news. */
export function NotFoundView({ body, ui }: { body: NotFoundBody; ui: Ui }) {
  return (
    <div className="not-found">
      <h1>{ui.t('NotFound.title')}</h1>
      <p>{ui.t('NotFound.body')}</p>
      <p>
        <a href={ui.href(homePath(ui.locale))}>{ui.t('NotFound.home')}</a>
      </p>
      <SearchForm ui={ui} query="" />
      {body.latest.length > 0 && <ListSection id="nf-latest" title={ui.t('NotFound.latest')} articles={body.latest} ui={ui} variant="compact" />}
    </div>
  );
}
