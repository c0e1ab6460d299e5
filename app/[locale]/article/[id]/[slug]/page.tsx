import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { ShareActions } from '@/components/article/ShareActions';
import { ShareBar } from '@/components/article/ShareBar';
import { JsonLd } from '@/components/seo/JsonLd';
import { mobileVersionLink, pageContext } from '@/lib/pages/context';
import { pageMetadata } from '@/lib/seo/metadata';
import { articlePreview } from '@/lib/seo/open-graph';
import { articleStructuredData } from '@/lib/seo/structured-data';
import { absoluteUrl, articlePath } from '@/lib/urls';

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<'/[locale]/article/[id]/[slug]'>;

/** The id decides which article; the proxy has already redirected stale slugs (lib/routing/check.ts). */
async function load(props: Props) {
  const params = await props.params;
  const ctx = await pageContext(params.locale);
  const id = /^\d{1,15}$/.test(params.id) ? Number(params.id) : NaN;
  const article = ctx.content.getArticle(id);
  if (!article) notFound();
  return { ...ctx, article };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { content, locale, article } = await load(props);
  return pageMetadata({
    site: content.site,
    locale,
    title: article.title,
    description: article.sapo,
    path: articlePath(article),
    preview: articlePreview(content.site, article),
  });
}

export default async function ArticlePage(props: Props) {
  const { ui, locale, content, article } = await load(props);
  const url = absoluteUrl(articlePath(article));
  const labels = { copy: ui.t('Share.copy'), copied: ui.t('Share.copied'), copyFailed: ui.t('Share.copyFailed', { url }), native: ui.t('Share.native') };
  return (
    <>
      <JsonLd data={articleStructuredData(content.site, article, ui)} />
      <ArticleView
        ui={ui}
        site={content.site}
        menu={content.menu(locale)}
        article={article}
        sameCategory={content.related(article, 6)}
        latest={content.latest(locale, 8, { exclude: [article.id] })}
        extras={<ShareBar url={url} title={article.title} ui={ui} actions={<ShareActions url={url} title={article.title} labels={labels} />} />}
        versionLink={mobileVersionLink(ui, articlePath(article))}
      />
    </>
  );
}
