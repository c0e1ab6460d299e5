import type { Ui } from '@/lib/i18n/ui';
import type { KeyEvent } from '@/lib/page-model';

/** "Diễn biến chính": the newest key updates, each a link to its place (on this page, or the page that holds it). */
export function KeyEvents({ events, ui }: { events: KeyEvent[]; ui: Ui }) {
  if (events.length === 0) return null;
  return (
    <nav className="key-events" aria-labelledby="key-events-title">
      <h2 className="key-events__title" id="key-events-title">
        {ui.t('Live.keyEvents')}
      </h2>
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            <a href={event.path.startsWith('#') ? event.path : ui.href(event.path)}>
              <time dateTime={event.at}>{event.time}</time> {event.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
