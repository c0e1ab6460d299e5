import { createTranslator } from 'next-intl';
import en from '../../messages/en.json';
import vi from '../../messages/vi.json';
import type { Locale } from '../locale';
import { cacheControl } from './cache-policy';

/**
 * The answer to a request path that cannot name anything (malformed
 * percent-encoding, control characters, absurd length): 400 with one sentence
 * in the reader's edition, plain text so nothing of the request is reflected.
 */
export function badRequest(locale: Locale): Response {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : vi, namespace: 'Errors' });
  return new Response(t('badRequest'), {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl('missingFile') },
  });
}
