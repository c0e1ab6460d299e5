// The drawing kit of the sample photos (tools/make-photos.ts): a random generator seeded per scene,
// SVG primitives with coordinates rounded to 0.1 px, gradients, glows and blurs collected into the
// scene's <defs>, a pinhole camera for street perspectives, and sceneSvg, which draws one scene.

/** The canvas of every scene, in px. */
export const W = 1200, H = 800;

// ---------- seeded randomness ----------
export type Rng = () => number;
export function prng(seedText: string): Rng {
  let a = 2166136261;
  for (const ch of seedText) a = Math.imul(a ^ ch.charCodeAt(0), 16777619);
  return () => {
    // mulberry32
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let current: Rng = prng('init');
/** The current scene's generator: sceneSvg seeds it with the scene's name. */
export const R: Rng = () => current();
export const rnd = (a = 0, b = 1) => a + R() * (b - a);
export const pick = <T>(arr: readonly T[]): T => arr[Math.floor(R() * arr.length)] as T;

// ---------- SVG primitives ----------
export type Pt = [number, number];
export const q = (v: number) => String(Math.round(v * 10) / 10);
export const pt = (p: Pt) => `${q(p[0])} ${q(p[1])}`;
const ex = (extra: string) => (extra ? ` ${extra}` : '');
export const op = (o: number) => `opacity="${o.toFixed(2)}"`;
export const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  `<rect x="${q(x)}" y="${q(y)}" width="${q(w)}" height="${q(h)}" fill="${fill}"${ex(extra)}/>`;
export const circle = (cx: number, cy: number, r: number, fill: string, extra = '') =>
  `<circle cx="${q(cx)}" cy="${q(cy)}" r="${q(r)}" fill="${fill}"${ex(extra)}/>`;
export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = '') =>
  `<ellipse cx="${q(cx)}" cy="${q(cy)}" rx="${q(rx)}" ry="${q(ry)}" fill="${fill}"${ex(extra)}/>`;
export const poly = (pts: number[], fill: string, extra = '') => `<polygon points="${pts.map(q).join(' ')}" fill="${fill}"${ex(extra)}/>`;
export const quad = (a: Pt, b: Pt, c: Pt, d: Pt, fill: string, extra = '') => poly([...a, ...b, ...c, ...d], fill, extra);
export const path = (d: string, fill: string, extra = '') => `<path d="${d}" fill="${fill}"${ex(extra)}/>`;
export const stroke = (color: string, w: number, extra = '') => `stroke="${color}" stroke-width="${q(w)}" stroke-linecap="round"${ex(extra)}`;
export const line = (x1: number, y1: number, x2: number, y2: number, color: string, w = 1, extra = '') =>
  `<line x1="${q(x1)}" y1="${q(y1)}" x2="${q(x2)}" y2="${q(y2)}" ${stroke(color, w, extra)}/>`;
export const polyline = (pts: number[], color: string, w: number, extra = '') =>
  `<polyline points="${pts.map(q).join(' ')}" fill="none" ${stroke(color, w, extra)} stroke-linejoin="round"/>`;

// ---------- gradients, glows, filters (collected into <defs>) ----------
let defs: string[] = [];
let defCache = new Map<string, string>();
function def(key: string, make: (id: string) => string): string {
  let id = defCache.get(key);
  if (!id) { id = `d${defCache.size}`; defCache.set(key, id); defs.push(make(id)); }
  return id;
}
// stops: "#rrggbb", "#rrggbb/opacity" or "#rrggbb/opacity@offset"
function stops(list: string[]): string {
  return list
    .map((s, i) => {
      const [main = '', off = String(list.length === 1 ? 0 : i / (list.length - 1))] = s.split('@');
      const [col, o = '1'] = main.split('/');
      return `<stop offset="${off}" stop-color="${col}" stop-opacity="${o}"/>`;
    })
    .join('');
}
export const lin = (list: string[], x2 = 0, y2 = 1) =>
  `url(#${def(`l${list.join()}${x2}${y2}`, (id) => `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${stops(list)}</linearGradient>`)})`;
export const rad = (list: string[]) => `url(#${def(`r${list.join()}`, (id) => `<radialGradient id="${id}">${stops(list)}</radialGradient>`)})`;
export const glow = (cx: number, cy: number, r: number, color: string, o = 1) => circle(cx, cy, r, rad([`${color}/${o}`, `${color}/${o * 0.35}@0.4`, `${color}/0`]));
export const blur = (sd: number) =>
  `filter="url(#${def(`b${sd}`, (id) => `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${sd}"/></filter>`)})"`;
/** Pinhole camera: vanishing point (hx, hy), focal length f in px, eye height camH in metres. */
export const camera = (hx: number, hy: number, f: number, camH: number) => (X: number, Y: number, Z: number): Pt => [hx + (f * X) / Z, hy + (f * (camH - Y)) / Z];
export type Cam = ReturnType<typeof camera>;

// ---------- one scene ----------
/** The scene as SVG: its own generator and <defs>, then the drawing under a vignette. */
export function sceneSvg(name: string, draw: () => string): string {
  current = prng(name);
  defs = [];
  defCache = new Map();
  const body = draw(), vignette = rect(0, 0, W, H, rad(['#000000/0@0.55', '#000000/0.42']));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs.join('')}</defs>${body}${vignette}</svg>`;
}
