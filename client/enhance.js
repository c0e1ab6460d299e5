// @ts-check
/**
 * The desktop site's one script (decision 021), served as /media/site/enhance.{hash}.js and
 * loaded with `defer` by the pages that have something to enhance. Every page works without it:
 * it only adds what needs a browser to markup the server already drew (data- hooks):
 *  - "Sao chép liên kết": copies the article's canonical URL and says so in the bar's status;
 *  - "Chia sẻ": the system's share sheet, shown only where the Web Share API exists;
 *  - a YouTube poster: a plain click swaps in the youtube-nocookie player, focused; other
 *    clicks (new tab, middle button) keep following the link to youtube.com;
 *  - a live page (page 1, while live): every 15 s it asks the live check (app/live, cached 5 s by
 *    the tier) for newer updates. When the top of the updates is below the screen they are added
 *    at once (nothing the reader sees moves); otherwise a fixed button says "n cập nhật mới" and
 *    adds them on click, then shows them. Too many, or a page too old to patch: the button
 *    reloads page 1.
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

  const list = document.querySelector('[data-live-check]');
  const button = document.querySelector('button[data-live-new]');
  if (list instanceof HTMLElement && button instanceof HTMLButtonElement) {
    const lang = document.documentElement.lang;
    const plural = new Intl.PluralRules(lang);
    const pageOne = document.querySelector('a.live__refresh')?.getAttribute('href') ?? location.pathname;
    let check = list.dataset.liveCheck ?? '';
    /** @type {string[]} */
    let waiting = [];
    let count = 0;
    let reload = false;

    const add = () => {
      // Each answer's updates are newer than the last: added in order, each on top.
      for (const html of waiting) list.insertAdjacentHTML('afterbegin', html);
      waiting = [];
      count = 0;
      button.hidden = true;
    };

    /** @param {number} n */
    const offer = (n) => {
      const { one = '', other = '' } = button.dataset;
      button.textContent = (plural.select(n) === 'one' ? one : other).replace('{n}', n.toLocaleString(lang));
      button.hidden = false;
    };

    button.addEventListener('click', () => {
      if (reload) {
        location.assign(pageOne);
        return;
      }
      add();
      list.firstElementChild?.scrollIntoView({ block: 'start' });
    });

    const poll = async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(check, { headers: { Accept: 'application/json' } });
        if (!response.ok) return;
        /** @type {{ status: string, newest?: string, count: number, html?: string }} */
        const answer = await response.json();
        if (answer.count > 0 && answer.newest) {
          if (answer.html === undefined) reload = true;
          else waiting.push(answer.html);
          count += answer.count;
          check = check.replace(/[^/]*$/, answer.newest);
          if (!reload && list.getBoundingClientRect().top >= innerHeight) add();
          else offer(count);
        }
        if (answer.status !== 'live') clearInterval(timer);
      } catch {
        // Offline for a moment: the next poll asks again.
      }
    };
    const timer = setInterval(() => void poll(), 15_000);
  }
})();
