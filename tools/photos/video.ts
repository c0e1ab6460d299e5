// The videos of the sample articles (tools/make-photos.ts): the posters, drawn as the photos are and
// cut to 16:9, and the frames of the sample MP4 (a train crossing the viaduct).
import { SKIN, archPath, facing } from './motifs';
import { W, H, R, rnd, pick, q, op, rect, circle, ellipse, path, stroke, line, lin, rad, glow } from './svg';

/** Bát Tràng: a potter at the wheel, glazed vases drying on the shelves, the kiln's glow behind. */
function gomBatTrang(): string {
  let s = rect(0, 0, W, H, lin(['#3b2a1e', '#5a402c', '#2a1d14'])) + glow(980, 330, 360, '#ff9b45', 0.55);
  s += path(archPath(980, 560, 300, 330), '#1a0f08') + path(archPath(980, 560, 240, 270), rad(['#ffd27a', '#ff7b2a@0.5', '#7a2a0a']));
  const glazes = ['#2f5d8a', '#e8e2d0', '#5c7a4a', '#8a3b2a', '#c8a96a', '#3a6e8c'];
  for (const y of [180, 330, 480]) {
    s += rect(40, y, 640, 14, '#6b4a2a') + rect(40, y + 14, 640, 6, '#000', op(0.3));
    for (let x = 70; x < 660; x += rnd(56, 80)) {
      const h = rnd(60, 110), w = h * rnd(0.45, 0.65), c = pick(glazes);
      s += path(`M${q(x - w * 0.2)} ${q(y)} Q${q(x - w)} ${q(y - h * 0.45)} ${q(x - w * 0.25)} ${q(y - h * 0.85)} L${q(x - w * 0.2)} ${q(y - h)} L${q(x + w * 0.2)} ${q(y - h)} L${q(x + w * 0.25)} ${q(y - h * 0.85)} Q${q(x + w)} ${q(y - h * 0.45)} ${q(x + w * 0.2)} ${q(y)}Z`, c);
      s += ellipse(x - w * 0.25, y - h * 0.5, w * 0.12, h * 0.22, '#fff', op(0.25));
      if (R() < 0.5) s += path(`M${q(x - w * 0.6)} ${q(y - h * 0.5)} Q${q(x)} ${q(y - h * 0.35)} ${q(x + w * 0.6)} ${q(y - h * 0.5)}`, 'none', stroke('#1e3a5a', 3, op(0.7)));
    }
  }
  s += rect(0, 600, W, 200, lin(['#4a3526', '#2a1d14']));
  s += ellipse(420, 690, 150, 36, '#3a2a1e') + rect(390, 650, 60, 40, '#5a4030') + ellipse(420, 650, 110, 22, '#7a5a40');
  s += path('M380 650 Q370 600 395 560 L445 560 Q470 600 460 650Z', '#b07a50') + ellipse(420, 560, 26, 7, '#8a5a38');
  s += facing(560, 560, 3.2, '#3d4f5e', '#d8d0c0') + rect(470, 600, 70, 18, pick(SKIN), `rx="9" transform="rotate(-12 540 610)"`);
  return s;
}

/** A frame of the sample video: a Cát Linh–Hà Đông style train crossing the viaduct at time t (0..1). */
export function metroFrame(t: number): string {
  let s = rect(0, 0, W, H, lin(['#8fb6d8', '#e9e0c8']));
  for (let x = -20; x < W; x += rnd(50, 110)) {
    const h = rnd(120, 330), w = rnd(50, 100);
    s += rect(x, 520 - h, w, h, pick(['#9aa3ad', '#b0a898', '#8c96a0', '#c2b8a6']), op(0.8));
    for (let yy = 520 - h + 10; yy < 510; yy += 16) s += rect(x + 6, yy, w - 12, 5, '#5a6470', op(0.25));
  }
  s += rect(0, 520, W, 280, lin(['#7d8f55', '#556b3a']));
  for (let x = 60; x < W; x += 220) s += rect(x, 470, 46, 260, lin(['#d8d2c6', '#a9a397'], 1, 0)) + rect(x - 30, 455, 106, 20, '#b3ada2');
  s += rect(0, 420, W, 38, lin(['#e6e1d8', '#b8b2a6'])) + rect(0, 414, W, 8, '#8c877c');
  const x0 = -900 + t * 2300;
  for (let car = 0; car < 3; car++) {
    const x = x0 + car * 300;
    s += rect(x, 330, 290, 86, '#f4f4f2', 'rx="18"') + rect(x, 392, 290, 10, '#1e8a4a') + rect(x, 402, 290, 8, '#1f4e9a');
    for (let w = 0; w < 5; w++) s += rect(x + 22 + w * 52, 346, 38, 30, '#2b3a4a', 'rx="4"');
    s += circle(x + 50, 414, 9, '#333') + circle(x + 240, 414, 9, '#333');
  }
  s += line(0, 300, W, 300, '#444', 2);
  for (let x = 30; x < W; x += 220) s += line(x, 300, x, 414, '#666', 3);
  return s + rect(0, 730, W, 70, lin(['#3a3a36', '#222']));
}

/** Video posters, 16:9 (1200×675, the middle of the drawing), under images/media next to the videos. */
export const POSTERS: Record<string, () => string> = { 'media/gom-bat-trang': gomBatTrang, 'media/metro-chay-thu': () => metroFrame(0.45) };
export const POSTER_TOP = 62, POSTER_HEIGHT = 675;
