/** Which frame a page is drawn in: the desktop site or the zero-JavaScript mobile site. */
export type Layout = 'desktop' | 'mobile';
