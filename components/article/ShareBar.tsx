import type { Ui } from '@/lib/i18n/ui';
import { shareLinks } from '@/lib/share/links';

interface Props {
  /** Absolute canonical URL of the article. */
  url: string;
  title: string;
  ui: Ui;
  /** Desktop only: copy-link and Web Share buttons (ShareActions, enhanced by client/enhance.js). */
  actions?: React.ReactNode;
}

/**
 * Plain share links that work with no JavaScript (the mobile site uses them
 * as they are). The visible name is part of the accessible name, as WCAG's
 * label-in-name asks.
 */
export function ShareBar({ url, title, ui, actions }: Props) {
  const links = shareLinks(url, title, ui.t('Share.emailBody', { title, url }));
  return (
    <nav aria-label={ui.t('Share.label')} className="share-bar">
      <ul>
        {links.map(({ network, href }) => {
          // The networks open in a new tab; email opens the mail app.
          const newTab = network !== 'email';
          return (
            <li key={network}>
              <a
                className={`share-bar__link share-bar__link--${network}`}
                href={href}
                aria-label={ui.t(`Share.${network}`)}
                target={newTab ? '_blank' : undefined}
                rel={newTab ? 'noopener noreferrer' : undefined}
              >
                {ui.t(`Share.names.${network}`)}
              </a>
            </li>
          );
        })}
        {actions}
      </ul>
    </nav>
  );
}
