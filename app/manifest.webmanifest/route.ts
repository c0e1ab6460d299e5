import { connection } from 'next/server';
import { manifestResponse } from '@/lib/seo/icons';

/** The Vietnamese edition's web app manifest (the English one is /en/manifest.webmanifest), per request: the names come from the content. */
export async function GET() {
  await connection();
  return manifestResponse('vi');
}
