import { previewResponse } from '@/lib/media/preview-response';

/** Link preview images, 1200×630 JPEG (lib/media/preview*.ts, decision 006). */
export async function GET(_request: Request, { params }: RouteContext<'/media/og/[file]'>) {
  return previewResponse((await params).file);
}
