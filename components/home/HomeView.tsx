import type { Category, Site } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import type { HomeSections } from '@/lib/pages/home';
import { categoryPath } from '@/lib/urls';
import { PageShell } from '../layout/PageShell';
import { ArticleCard } from '../lists/ArticleCard';
import { ArticleList } from '../lists/ArticleList';
import { ListSection } from '../lists/ListSection';

interface Props {
  ui: Ui;
  site: Site;
  menu: Category[];
  sections: HomeSections;
  versionLink?: { href: string; label: string };
}

export function HomeView({ ui, site, menu, sections, versionLink }: Props) {
  const { top, highlights, latest, categories } = sections;
  const edition = site.editions[ui.locale];
  return (
    <PageShell site={site} menu={menu} ui={ui} versionLink={versionLink}>
      <h1 className="visually-hidden">
        {edition.name} - {ui.t('Home.title')}
      </h1>
      <div className="home-top">
        {top && (
          <section className="home-top__lead" aria-label={ui.t('Home.topStory')}>
            <ArticleCard article={top} ui={ui} variant="lead" headingLevel={2} imageSizes="(min-width: 1000px) 640px, 100vw" priority />
          </section>
        )}
        <div className="home-top__side">
          <ArticleList articles={highlights} ui={ui} variant="compact" headingLevel={2} />
        </div>
      </div>
      <div className="home-columns">
        <ListSection className="home-latest" id="home-latest" title={ui.t('Home.latest')} articles={latest} ui={ui} />
        <div className="home-categories">
          {categories.map(({ category, articles }) => (
            <section key={category.slug} className="category-block" aria-labelledby={`cat-${category.slug}`}>
              <h2 id={`cat-${category.slug}`} className="section-title">
                <a href={categoryPath(ui.locale, category.slug)}>{category.name}</a>
              </h2>
              <ArticleList articles={articles} ui={ui} variant="compact" />
              <p className="category-block__more">
                <a href={categoryPath(ui.locale, category.slug)}>{ui.t('Home.more', { category: category.name })}</a>
              </p>
            </section>
          ))}
        </div>
      </div>
    </PageShell>
  );
}
