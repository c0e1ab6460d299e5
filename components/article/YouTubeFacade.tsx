'use client';

import { useEffect, useRef, useState } from 'react';

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
 * A click-to-load YouTube player. Until the reader clicks, the page shows our
 * own poster and a play button inside a plain link to the video: no request
 * reaches a third party. The click swaps in the privacy-enhanced player.
 */
export function YouTubeFacade({ embedUrl, watchUrl, title, label, children }: Props) {
  const [playing, setPlaying] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    if (playing) frame.current?.focus();
  }, [playing]);

  if (playing) {
    return (
      <iframe
        ref={frame}
        className="video__frame"
        src={embedUrl}
        title={title}
        allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    );
  }
  return (
    <a
      className="video__facade"
      href={watchUrl}
      aria-label={label}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        setPlaying(true);
      }}
    >
      {children}
      <span className="video__play" aria-hidden="true" />
    </a>
  );
}
