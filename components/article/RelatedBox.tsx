import type { ArticleSummary } from '@/lib/content';
import { articlePath } from '@/lib/urls';

/** The inline "Tin liên quan" box an editor places inside the body. */
export function RelatedBox({ items, title, href }: { items: ArticleSummary[]; title: string; href: (path: string) => string }) {
  return (
    <aside className="related-box" aria-label={title}>
      <p className="related-box__title">{title}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={href(articlePath(item))}>{item.title}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
