// What several sample photos draw (tools/make-photos.ts): people seated, facing and seen from behind,
// motorbikes, a street vendor, tube houses, trees and leaves, peach blossom, lanterns, a star.
import { R, rnd, pick, type Pt, q, pt, op, rect, circle, ellipse, poly, quad, path, stroke, line, rad, glow, type Cam } from './svg';

export const SKIN = ['#e0b08c', '#d19c76', '#c68a64', '#e8bf9c'], HAIR = ['#16120f', '#221a14', '#2b2520', '#4a443e', '#8c8680'];
export const SUITS = ['#1c2330', '#22252b', '#2d3442', '#1a1a1d', '#3a3f4a', '#f2f2f0'];
export function star(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) { const rr = i % 2 ? r * 0.4 : r, a = -Math.PI / 2 + (i * Math.PI) / 5; pts.push(cx + rr * Math.cos(a), cy + rr * Math.sin(a)); }
  return poly(pts, fill, extra);
}
export function leaf(x: number, y: number, ang: number, len: number, wid: number, fill: string, extra = ''): string {
  const t: Pt = [x + Math.cos(ang) * len, y + Math.sin(ang) * len], px = -Math.sin(ang) * wid, py = Math.cos(ang) * wid;
  const m: Pt = [(x + t[0]) / 2, (y + t[1]) / 2];
  return path(`M${pt([x, y])} Q${pt([m[0] + px, m[1] + py])} ${pt(t)} Q${pt([m[0] - px, m[1] - py])} ${pt([x, y])}Z`, fill, extra);
}
/** An arching banana leaf with a pale midrib. */
export function bananaLeaf(x: number, y: number, ang: number, len: number, fill: string): string {
  const c: Pt = [x + Math.cos(ang) * len * 0.6, y + Math.sin(ang) * len * 0.6 - len * 0.3];
  const t: Pt = [x + Math.cos(ang) * len, y + Math.sin(ang) * len + len * 0.25], w = len * 0.2, px = -Math.sin(ang) * w, py = Math.cos(ang) * w;
  return path(`M${q(x)} ${q(y)} Q${pt([c[0] + px, c[1] + py])} ${pt(t)} Q${pt([c[0] - px, c[1] - py])} ${q(x)} ${q(y)}Z`, fill) + path(`M${q(x)} ${q(y)} Q${pt(c)} ${pt(t)}`, 'none', stroke('#d8e4a0', Math.max(1, len * 0.012), op(0.6)));
}
export function roundTree(x: number, y: number, s: number, greens: readonly string[]): string {
  let out = path(`M${q(x - 6 * s)} ${q(y)} L${q(x - 3 * s)} ${q(y - 70 * s)} L${q(x + 3 * s)} ${q(y - 70 * s)} L${q(x + 6 * s)} ${q(y)}Z`, '#4a3426');
  for (let i = 0; i < 18; i++) out += circle(x + rnd(-40, 40) * s, y - 95 * s + rnd(-40, 30) * s, rnd(18, 32) * s, pick(greens));
  return out;
}
export const archPath = (cx: number, base: number, w: number, h: number) =>
  `M${q(cx - w / 2)} ${q(base)} V${q(base - h + w / 2)} A${q(w / 2)} ${q(w / 2)} 0 0 1 ${q(cx + w / 2)} ${q(base - h + w / 2)} V${q(base)}Z`;
/** Rounded shoulders of a seated person; y is roughly the shoulder line. */
export const shoulders = (x: number, y: number, s: number, fill: string) =>
  path(`M${q(x - 38 * s)} ${q(y + 36 * s)} Q${q(x - 38 * s)} ${q(y - 6 * s)} ${q(x - 14 * s)} ${q(y - 12 * s)} L${q(x + 14 * s)} ${q(y - 12 * s)} Q${q(x + 38 * s)} ${q(y - 6 * s)} ${q(x + 38 * s)} ${q(y + 36 * s)}Z`, fill);
export const seatedBack = (x: number, y: number, s: number, suit: string, hair: string) =>
  shoulders(x, y, s, suit) + rect(x - 6 * s, y - 22 * s, 12 * s, 12 * s, '#b98466') + ellipse(x, y - 33 * s, 14 * s, 17 * s, hair);
export function facing(x: number, y: number, s: number, suit: string, shirt = '#f4f4f4', hair = '#1a1614'): string {
  const skin = pick(SKIN);
  return (
    shoulders(x, y, s, suit) + poly([x - 10 * s, y - 12 * s, x + 10 * s, y - 12 * s, x, y + 14 * s], shirt) +
    rect(x - 6 * s, y - 22 * s, 12 * s, 12 * s, skin) + ellipse(x, y - 33 * s, 13 * s, 16 * s, skin) +
    path(`M${q(x - 13.5 * s)} ${q(y - 31 * s)} Q${q(x - 15 * s)} ${q(y - 51 * s)} ${q(x)} ${q(y - 50 * s)} Q${q(x + 15 * s)} ${q(y - 51 * s)} ${q(x + 13.5 * s)} ${q(y - 31 * s)} Q${q(x)} ${q(y - 43 * s)} ${q(x - 13.5 * s)} ${q(y - 31 * s)}Z`, hair)
  );
}
export const conicalHat = (x: number, y: number, w: number) =>
  poly([x - w / 2, y, x + w / 2, y, x, y - w * 0.42], '#e8d49c') + poly([x, y, x + w / 2, y, x, y - w * 0.42], '#c9ae6e', op(0.6));
/** Motorbike seen from behind, optionally with a rider (shirt or rain poncho). m = pixels per metre. */
export function bike(x: number, y: number, m: number, body: string, rider?: { shirt: string; helmet: string; poncho?: boolean; hat?: boolean }): string {
  let s = ellipse(x, y, 0.5 * m, 0.07 * m, '#000', op(0.3)) + rect(x - 0.06 * m, y - 0.6 * m, 0.12 * m, 0.6 * m, '#141414', `rx="${q(0.05 * m)}"`);
  s += poly([x - 0.22 * m, y - 0.5 * m, x + 0.22 * m, y - 0.5 * m, x + 0.17 * m, y - 0.95 * m, x - 0.17 * m, y - 0.95 * m], body);
  s += rect(x - 0.08 * m, y - 0.6 * m, 0.16 * m, 0.07 * m, '#e8392b');
  if (!rider) return s;
  s += rect(x - 0.3 * m, y - 0.95 * m, 0.13 * m, 0.45 * m, '#2b2b3a') + rect(x + 0.17 * m, y - 0.95 * m, 0.13 * m, 0.45 * m, '#2b2b3a');
  if (rider.poncho) s += path(`M${q(x - 0.1 * m)} ${q(y - 1.56 * m)} Q${q(x - 0.34 * m)} ${q(y - 1.52 * m)} ${q(x - 0.36 * m)} ${q(y - 1.3 * m)} L${q(x - 0.55 * m)} ${q(y - 0.62 * m)} Q${q(x)} ${q(y - 0.55 * m)} ${q(x + 0.55 * m)} ${q(y - 0.62 * m)} L${q(x + 0.36 * m)} ${q(y - 1.3 * m)} Q${q(x + 0.34 * m)} ${q(y - 1.52 * m)} ${q(x + 0.1 * m)} ${q(y - 1.56 * m)}Z`, rider.shirt) + path(`M${q(x - 0.36 * m)} ${q(y - 1.3 * m)} L${q(x - 0.55 * m)} ${q(y - 0.62 * m)} L${q(x - 0.3 * m)} ${q(y - 0.6 * m)}Z`, '#000', op(0.18));
  else {
    s += line(x - 0.2 * m, y - 1.42 * m, x - 0.42 * m, y - 1.12 * m, rider.shirt, 0.1 * m) + line(x + 0.2 * m, y - 1.42 * m, x + 0.42 * m, y - 1.12 * m, rider.shirt, 0.1 * m);
    s += path(`M${q(x - 0.24 * m)} ${q(y - 0.9 * m)} L${q(x + 0.24 * m)} ${q(y - 0.9 * m)} L${q(x + 0.21 * m)} ${q(y - 1.5 * m)} Q${q(x)} ${q(y - 1.58 * m)} ${q(x - 0.21 * m)} ${q(y - 1.5 * m)}Z`, rider.shirt);
  }
  s += rider.hat ? circle(x, y - 1.66 * m, 0.12 * m, '#2a1d16') + conicalHat(x, y - 1.68 * m, 0.6 * m) : circle(x, y - 1.68 * m, 0.15 * m, rider.helmet);
  return s;
}
/** Parked motorbike seen side-on (parked across the pavement). */
export function bikeSide(x: number, y: number, m: number, body: string): string {
  let s = ellipse(x, y, 0.9 * m, 0.08 * m, '#000', op(0.3));
  for (const dx of [-0.6, 0.6]) s += circle(x + dx * m, y - 0.28 * m, 0.28 * m, '#151515') + circle(x + dx * m, y - 0.28 * m, 0.12 * m, '#8a8a8a');
  s += path(`M${q(x - 0.8 * m)} ${q(y - 0.5 * m)} Q${q(x - 0.3 * m)} ${q(y - 0.95 * m)} ${q(x + 0.3 * m)} ${q(y - 0.72 * m)} L${q(x + 0.55 * m)} ${q(y - 0.42 * m)} L${q(x - 0.25 * m)} ${q(y - 0.32 * m)}Z`, body);
  return s + rect(x - 0.7 * m, y - 0.98 * m, 0.6 * m, 0.13 * m, '#1c1c1c', `rx="${q(0.05 * m)}"`) + line(x + 0.4 * m, y - 0.62 * m, x + 0.5 * m, y - 1.12 * m, '#333', 0.06 * m) + line(x + 0.38 * m, y - 1.12 * m, x + 0.65 * m, y - 1.1 * m, '#222', 0.05 * m);
}
/** Street vendor with conical hat and a shoulder pole with two baskets. */
export function vendor(x: number, y: number, m: number): string {
  let s = ellipse(x, y, 0.9 * m, 0.08 * m, '#000', op(0.25)) + rect(x - 0.14 * m, y - 0.8 * m, 0.1 * m, 0.8 * m, '#2d2a33') + rect(x + 0.04 * m, y - 0.8 * m, 0.1 * m, 0.8 * m, '#2d2a33');
  s += rect(x - 0.2 * m, y - 1.42 * m, 0.4 * m, 0.66 * m, pick(['#c8d8e8', '#e9b8c0', '#d8e0b0', '#8aa6c1']), `rx="${q(0.08 * m)}"`);
  s += circle(x, y - 1.55 * m, 0.12 * m, pick(SKIN)) + conicalHat(x, y - 1.6 * m, 0.62 * m);
  s += line(x - 0.95 * m, y - 1.3 * m, x + 0.95 * m, y - 1.38 * m, '#7a5a30', 0.05 * m);
  for (const side of [-1, 1]) {
    const bx = x + side * 0.85 * m;
    s += line(bx, y - 1.33 * m, bx - 0.2 * m, y - 0.5 * m, '#555', 0.02 * m) + line(bx, y - 1.33 * m, bx + 0.2 * m, y - 0.5 * m, '#555', 0.02 * m);
    for (let i = 0; i < 7; i++) s += circle(bx + rnd(-0.2, 0.2) * m, y - 0.52 * m - rnd(0, 0.1) * m, 0.08 * m, pick(['#f08a24', '#e8c420', '#d23a2a', '#6aa632']));
    s += poly([bx - 0.28 * m, y - 0.5 * m, bx + 0.28 * m, y - 0.5 * m, bx + 0.2 * m, y - 0.2 * m, bx - 0.2 * m, y - 0.2 * m], '#9a7040');
  }
  return s;
}
/** A tube house facade along a street; pass a mirrored camera to draw its reflection. */
export function tubeHouse(pr: Cam, side: number, z: number, d: number, h: number, c: string, awning: string): string {
  const X = side * 6, z2 = z + d;
  let s = quad(pr(X, 0, z), pr(X + side * 14, 0, z), pr(X + side * 14, h, z), pr(X, h, z), c) + quad(pr(X, 0, z), pr(X + side * 14, 0, z), pr(X + side * 14, h, z), pr(X, h, z), '#000', op(0.3));
  s += quad(pr(X, 0, z), pr(X, 0, z2), pr(X, h, z2), pr(X, h, z), c) + quad(pr(X, h, z), pr(X, h, z2), pr(X - side * 0.4, h + 0.3, z2), pr(X - side * 0.4, h + 0.3, z), '#5a4a3a');
  s += quad(pr(X, 0, z + 0.3), pr(X, 0, z2 - 0.3), pr(X, 2.6, z2 - 0.3), pr(X, 2.6, z + 0.3), '#2e2620');
  s += quad(pr(X, 3, z + 0.1), pr(X, 3, z2 - 0.1), pr(X - side * 1.4, 2.4, z2 - 0.1), pr(X - side * 1.4, 2.4, z + 0.1), awning);
  for (let Y = 3.8; Y + 2.2 < h; Y += 3.2) {
    const a = z + d * 0.25, b = z2 - d * 0.25;
    s += quad(pr(X, Y, a), pr(X, Y, b), pr(X, Y + 2, b), pr(X, Y + 2, a), '#3b3430');
    s += quad(pr(X, Y, a - 0.45), pr(X, Y, a), pr(X, Y + 2, a), pr(X, Y + 2, a - 0.45), '#2f6f4f') + quad(pr(X, Y, b), pr(X, Y, b + 0.45), pr(X, Y + 2, b + 0.45), pr(X, Y + 2, b), '#2f6f4f');
    const bx = X - side * 0.9;
    s += quad(pr(X, Y - 0.15, z + 0.2), pr(X, Y - 0.15, z2 - 0.2), pr(bx, Y - 0.15, z2 - 0.2), pr(bx, Y - 0.15, z + 0.2), '#6b5d50');
    s += quad(pr(bx, Y - 0.15, z + 0.2), pr(bx, Y - 0.15, z2 - 0.2), pr(bx, Y + 0.9, z2 - 0.2), pr(bx, Y + 0.9, z + 0.2), '#1f1f1f', 'fill-opacity="0.5"');
    if (R() < 0.5) for (let i = 0; i < 4; i++) { const p = pr(bx, Y + 1, z + rnd(0.4, d - 0.4)); s += circle(p[0], p[1], (6 * 1) / Math.max(z / 8, 0.6), pick(['#3f8a3a', '#5aa14a', '#e0457b'])); }
  }
  return s;
}
/** A glowing paper lantern hanging from its string; s scales it, c is its colour. */
export function lantern(x: number, y: number, s: number, c: string): string {
  return glow(x, y, 70 * s, c, 0.5) + line(x, y - 40 * s, x, y - 28 * s, '#222', 1.2) + rect(x - 9 * s, y - 30 * s, 18 * s, 5 * s, '#b8860b') +
    ellipse(x, y, 22 * s, 27 * s, rad(['#fff6cc', `${c}@0.55`, '#3a0a0a'])) + ellipse(x, y, 11 * s, 27 * s, 'none', stroke('#000', 1, op(0.25))) +
    rect(x - 9 * s, y + 25 * s, 18 * s, 5 * s, '#b8860b') + line(x, y + 30 * s, x, y + 48 * s, c, 2 * s);
}
/** A peach tree in blossom, branching at random `levels` deep; haze fades it into the distance. */
export function blossomTree(x: number, y: number, len: number, haze: number, levels: number): string {
  const petals = ['#f7a1c4', '#f48fb1', '#ff80ab', '#fce4ec', '#f06292', '#f8bbd0'];
  let br = '';
  let fl = '';
  const bloom = (bx: number, by: number, count: number, spread: number) => {
    for (let i = 0; i < count; i++) fl += circle(bx + rnd(-1, 1) * spread, by + rnd(-1, 0.6) * spread, rnd(0.025, 0.045) * len, pick(petals));
  };
  const grow = (x0: number, y0: number, ang: number, l: number, w: number, depth: number) => {
    const x1 = x0 + Math.cos(ang) * l, y1 = y0 + Math.sin(ang) * l;
    br += path(`M${q(x0)} ${q(y0)} Q${q((x0 + x1) / 2 + rnd(-0.2, 0.2) * l)} ${q((y0 + y1) / 2)} ${q(x1)} ${q(y1)}`, 'none', stroke('#4a2e24', w));
    if (depth <= 2) for (let i = 0; i < 3; i++) { const t = R(); bloom(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, 3, l * 0.25); }
    if (depth === 0) return bloom(x1, y1, 8, l * 0.5);
    for (let i = 0, k = R() < 0.5 ? 3 : 2; i < k; i++) grow(x1, y1, ang + rnd(-0.85, 0.85), l * rnd(0.65, 0.8), w * 0.65, depth - 1);
  };
  grow(x, y, -Math.PI / 2 + rnd(-0.2, 0.2), len * 0.5, len * 0.1, levels);
  return `<g ${op(1 - haze)}>${br}${fl}</g>`;
}
