import { manifestResponse } from '@/lib/seo/icons';

/** The Vietnamese edition's web app manifest (the English one is /en/manifest.webmanifest). */
export const dynamic = 'force-dynamic';

export function GET() {
  return manifestResponse('vi');
}
