interface Props {
  /** The player URL (youtube-nocookie.com), loaded only after the click. */
  embedUrl: string;
  /** The video's page on youtube.com: where the link goes without JavaScript. */
  watchUrl: string;
  title: string;
  /** "Phát video: …", from the server's messages. */
  label: string;
  /** The poster, drawn by the server (our own image, so nothing is asked of YouTube before the click). */
  children: React.ReactNode;
}

/**
 * A click-to-load YouTube player. The page shows our own poster and a play
 * button inside a plain link to the video: no request reaches a third party,
 * and without JavaScript the link opens youtube.com. The desktop script
 * (client/enhance.js) turns a plain click into the privacy-enhanced player,
 * in place, from the data- attributes.
 */
export function YouTubeFacade({ embedUrl, watchUrl, title, label, children }: Props) {
  return (
    <a className="video__facade" href={watchUrl} aria-label={label} data-youtube-embed={embedUrl} data-youtube-title={title}>
      {children}
      <span className="video__play" aria-hidden="true" />
    </a>
  );
}
