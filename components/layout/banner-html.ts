import { createElement } from 'react';
import type { Banner } from '@/lib/breaking/banner';
import type { Ui } from '@/lib/i18n/ui';
import { renderFragment } from '../document/renderDocument';
import { BreakingBanner } from './BreakingBanner';

/** The banner as HTML, for the step after the page cache that puts it into each answer (pipeline/per-request.ts). */
export function bannerHtml(banner: Banner, ui: Ui): string {
  return renderFragment(createElement(BreakingBanner, { banner, ui }));
}
