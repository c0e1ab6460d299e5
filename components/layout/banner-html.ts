import { createElement } from 'react';
import { createRequire } from 'node:module';
import type { Banner } from '@/lib/breaking/banner';
import type { Ui } from '@/lib/i18n/ui';
import { BreakingBanner } from './BreakingBanner';

// The bundler refuses a static import of react-dom/server in app code (components/document/renderDocument.ts).
const require = createRequire(import.meta.url);
const { renderToStaticMarkup } = require('react-dom/server') as typeof import('react-dom/server');

/**
 * The banner as HTML, for a step after the page cache that puts it into a cached page
 * (lib/breaking/delivery.ts insertBanner); the frames never import this.
 */
export function bannerHtml(banner: Banner, ui: Ui): string {
  return renderToStaticMarkup(createElement(BreakingBanner, { banner, ui }));
}
