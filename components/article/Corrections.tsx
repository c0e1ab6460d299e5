import type { Article } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';

/**
 * "Đính chính": the corrections the newsroom made to the article, newest first (the content layer
 * sorts them), each with its time in Hà Nội. The same notice on desktop and mobile.
 */
export function Corrections({ article, ui }: { article: Article; ui: Ui }) {
  const { corrections } = article;
  if (!corrections || corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title" className="corrections__title">
        {ui.t('Article.corrections')}
      </h2>
      <ul className="corrections__list">
        {corrections.map((correction) => (
          <li key={`${correction.at}/${correction.text}`}>
            <time dateTime={correction.at}>{ui.timeDate(correction.at)}</time> {correction.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
