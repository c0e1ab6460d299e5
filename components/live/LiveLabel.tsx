import type { LiveStatus } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';

/** "Trực tiếp" while the coverage goes on, "Đã kết thúc" once ended (on cards: only while live). */
export function LiveLabel({ status, ui }: { status: LiveStatus; ui: Ui }) {
  return <span className={`live-label live-label--${status}`}>{ui.t(status === 'live' ? 'Live.label' : 'Live.ended')}</span>;
}
