/**
 * Share targets for an article. Every link carries the canonical URL (from
 * SITE_URL), never the address the reader arrived at, so tracking parameters
 * and mobile paths are not passed on.
 */
export type ShareNetwork = 'facebook' | 'zalo' | 'x' | 'email';

export interface ShareLink {
  network: ShareNetwork;
  href: string;
}

export function shareLinks(url: string, title: string, emailBody: string): ShareLink[] {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  // Zalo's web share page takes the URL as base64 JSON in "d" (no SDK, no Official Account).
  const zalo = Buffer.from(JSON.stringify({ url }), 'utf8').toString('base64');
  return [
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}` },
    { network: 'zalo', href: `https://button-share.zalo.me/share_external?${q({ layout: '1', color: 'blue', customize: 'false', d: zalo, shareType: '0' })}` },
    { network: 'x', href: `https://x.com/intent/post?${q({ url, text: title })}` },
    // mailto wants %20 for spaces, not "+".
    { network: 'email', href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(emailBody)}` },
  ];
}
