'use client';

import { useState, useSyncExternalStore } from 'react';

interface Props {
  url: string;
  title: string;
  /** Strings come from the server's next-intl messages (Share namespace). */
  labels: { copy: string; copied: string; copyFailed: string; native: string };
}

const noSubscription = () => () => {};
const hasWebShare = () => typeof navigator.share === 'function';
const onServer = () => false;

/**
 * The two share actions that need the browser: copy the canonical link, and
 * the phone's own share sheet (shown only where the Web Share API exists).
 */
export function ShareActions({ url, title, labels }: Props) {
  const canShare = useSyncExternalStore(noSubscription, hasWebShare, onServer);
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  async function share() {
    try {
      await navigator.share({ url, title });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  return (
    <>
      <li>
        <button type="button" className="share-bar__link" onClick={copy}>
          {labels.copy}
        </button>
      </li>
      {canShare && (
        <li>
          <button type="button" className="share-bar__link" onClick={share}>
            {labels.native}
          </button>
        </li>
      )}
      <li className="share-bar__status">
        <span role="status">{status}</span>
      </li>
    </>
  );
}
