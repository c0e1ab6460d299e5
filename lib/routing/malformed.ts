/** Longest path the portal answers; the longest real URL (an article) is far below it. */
export const MAX_PATH_LENGTH = 2048;

/**
 * Why a request path cannot name anything, before any route sees it:
 * invalid percent-encoding (Next answers 500 when it decodes route
 * parameters from such a path), an encoded NUL or control character, or an
 * absurd length. undefined: the path is well-formed.
 */
export function malformedPath(pathname: string): 'encoding' | 'control' | 'length' | undefined {
  if (pathname.length > MAX_PATH_LENGTH) return 'length';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'encoding';
  }
  return /[\u0000-\u001f\u007f]/.test(decoded) ? 'control' : undefined;
}
