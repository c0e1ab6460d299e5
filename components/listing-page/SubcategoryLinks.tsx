import type { Category } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { categoryPath } from '@/lib/urls';

export function SubcategoryLinks({ categories, ui }: { categories: Category[]; ui: Ui }) {
  return (
    <nav className="subcategories" aria-label={ui.t('Category.subcategories')}>
      <ul>
        {categories.map((c) => (
          <li key={c.slug}>
            <a href={ui.href(categoryPath(ui.locale, c.slug))}>{c.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
