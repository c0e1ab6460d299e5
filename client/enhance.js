// @ts-check
/**
 * The desktop site's one script (decision 021), served as /media/site/enhance.{hash}.js and
 * loaded with `defer` by the pages that have something to enhance. Every page works without it:
 * it only adds what needs a browser to markup the server already drew (data- hooks):
 *  - "Sao chép liên kết": copies the article's canonical URL and says so in the bar's status;
 *  - "Chia sẻ": the system's share sheet, shown only where the Web Share API exists;
 *  - a YouTube poster: a plain click swaps in the youtube-nocookie player, focused; other
 *    clicks (new tab, middle button) keep following the link to youtube.com.
 * No framework, no build step: plain JavaScript, type-checked by `npm run typecheck` (JSDoc).
 */
(() => {
  /** @param {Element} control @param {string} text */
  const say = (control, text) => {
    const status = control.closest('.share-bar')?.querySelector('[role="status"]');
    if (status) status.textContent = text;
  };

  const canShare = typeof navigator.share === 'function';
  for (const button of document.querySelectorAll('[data-share="native"]')) {
    if (canShare) button.closest('[hidden]')?.removeAttribute('hidden');
  }

  /** @param {HTMLElement} button */
  const copy = async (button) => {
    const { url = '', done = '', failed = '' } = button.dataset;
    try {
      await navigator.clipboard.writeText(url);
      say(button, done);
    } catch {
      say(button, failed);
    }
  };

  /** @param {HTMLElement} button */
  const share = async (button) => {
    const { url = '', title = '' } = button.dataset;
    try {
      await navigator.share({ url, title });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  };

  /** @param {HTMLAnchorElement} facade */
  const play = (facade) => {
    const frame = document.createElement('iframe');
    frame.className = 'video__frame';
    frame.src = facade.dataset.youtubeEmbed ?? '';
    frame.title = facade.dataset.youtubeTitle ?? '';
    frame.allow = 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    facade.replaceWith(frame);
    frame.focus();
  };

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest('button[data-share]');
    if (button instanceof HTMLElement) {
      if (button.dataset.share === 'copy') void copy(button);
      else if (button.dataset.share === 'native') void share(button);
      return;
    }
    const facade = target?.closest('a[data-youtube-embed]');
    if (!(facade instanceof HTMLAnchorElement)) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    play(facade);
  });
})();
