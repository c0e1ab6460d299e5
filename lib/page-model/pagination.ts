import type { Page } from '../content';

/** Numbered page links around the current one: 1 … 4 5 [6] 7 8 … 20, with previous/next. */
export interface PageLinks {
  current: number;
  /** null is a gap (…). */
  items: ({ page: number; path: string } | null)[];
  previous?: string;
  next?: string;
}

export function pageLinks(list: Page<unknown>, pathOf: (page: number) => string): PageLinks {
  const { page, pageCount } = list;
  if (pageCount <= 1) return { current: page, items: [] };
  return {
    current: page,
    items: pageWindow(page, pageCount).map((p) => (p === null ? null : { page: p, path: pathOf(p) })),
    previous: page > 1 ? pathOf(page - 1) : undefined,
    next: page < pageCount ? pathOf(page + 1) : undefined,
  };
}

/** 1 … 4 5 [6] 7 8 … 20 */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= radius) out.push(p);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
