import type { Site } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import type { HomeBody } from '@/lib/page-model';
import { categoryPath } from '@/lib/urls';
import { ArticleCard } from '../article-list/ArticleCard';
import { ArticleList } from '../article-list/ArticleList';
import { ListSection } from '../article-list/ListSection';
import { MostRead } from '../article-list/MostRead';
import type { Layout } from '../frames/layout';

interface Props {
  body: HomeBody;
  site: Site;
  ui: Ui;
  layout: Layout;
}

/** The front page. Desktop: lead story with highlights beside it, latest news, a block per section. Mobile: one list. */
export function HomeView({ body, site, ui, layout }: Props) {
  const { top, highlights, latest, categories } = body;
  const edition = site.editions[ui.locale];
  const title = (
    <h1 className="visually-hidden">
      {edition.name} - {ui.t('Home.title')}
    </h1>
  );
  if (layout === 'mobile') {
    const items = [top, ...highlights, ...latest].filter((a) => a !== undefined);
    return (
      <>
        {title}
        <ArticleList articles={items} ui={ui} headingLevel={2} imageSizes="96px" />
        <MostRead articles={body.mostRead} ui={ui} id="m-most-read" />
      </>
    );
  }
  return (
    <>
      {title}
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
        <div className="home-latest">
          <ListSection id="home-latest" title={ui.t('Home.latest')} articles={latest} ui={ui} />
          <MostRead articles={body.mostRead} ui={ui} id="home-most-read" />
        </div>
        <div className="home-categories">
          {categories.map(({ category, articles }) => (
            <section key={category.slug} className="category-block" aria-labelledby={`cat-${category.slug}`}>
              <h2 id={`cat-${category.slug}`} className="section-title">
                <a href={ui.href(categoryPath(ui.locale, category.slug))}>{category.name}</a>
              </h2>
              <ArticleList articles={articles} ui={ui} variant="compact" />
              <p className="category-block__more">
                <a href={ui.href(categoryPath(ui.locale, category.slug))}>{ui.t('Home.more', { category: category.name })}</a>
              </p>
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
