import type { ArticleSummary, Category, Site } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { homePath } from '@/lib/urls';
import { PageShell } from '../layout/PageShell';
import { SearchForm } from '../listing/SearchForm';
import { ListSection } from '../lists/ListSection';

interface Props {
  ui: Ui;
  site: Site;
  menu: Category[];
  latest: ArticleSummary[];
  versionLink?: { href: string; label: string };
}

export function NotFoundView({ ui, site, menu, latest, versionLink }: Props) {
  return (
    <PageShell site={site} menu={menu} ui={ui} versionLink={versionLink}>
      <div className="not-found">
        <h1>{ui.t('NotFound.title')}</h1>
        <p>{ui.t('NotFound.body')}</p>
        <p>
          <a href={ui.href(homePath(ui.locale))}>{ui.t('NotFound.home')}</a>
        </p>
        <SearchForm ui={ui} query="" />
        {latest.length > 0 && <ListSection id="nf-latest" title={ui.t('NotFound.latest')} articles={latest} ui={ui} variant="compact" />}
      </div>
    </PageShell>
  );
}
