interface Props {
  url: string;
  title: string;
  /** Strings come from the server's next-intl messages (Share namespace). */
  labels: { copy: string; copied: string; copyFailed: string; native: string };
}

/**
 * The two share actions that need the browser: copy the canonical link, and
 * the system's own share sheet. Plain markup with data- hooks that the desktop
 * script (client/enhance.js) brings to life. Without JavaScript neither is
 * shown: the copy button only under `(scripting: enabled)` (styles/desktop.css),
 * so it is laid out with the page and never shifts it; the share-sheet button
 * stays `hidden` until the script finds the Web Share API.
 */
export function ShareActions({ url, title, labels }: Props) {
  return (
    <>
      <li className="share-bar__js">
        <button type="button" className="share-bar__link" data-share="copy" data-url={url} data-done={labels.copied} data-failed={labels.copyFailed}>
          {labels.copy}
        </button>
      </li>
      <li className="share-bar__js" hidden>
        <button type="button" className="share-bar__link" data-share="native" data-url={url} data-title={title}>
          {labels.native}
        </button>
      </li>
      <li className="share-bar__status">
        <span role="status" />
      </li>
    </>
  );
}
