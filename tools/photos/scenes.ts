// The sample photos of the bundled newsroom (tools/make-photos.ts writes them to data/images): one
// function per scene, each drawing a 1200×800 SVG, then the photo story (gallery) whose four
// pictures reuse the street, the lake, the bridge and the orchard.
import { SKIN, HAIR, SUITS, star, leaf, bananaLeaf, roundTree, archPath, shoulders, seatedBack, facing, conicalHat, bike, bikeSide, vendor, tubeHouse, lantern, blossomTree } from './motifs';
import { W, H, R, rnd, pick, type Pt, q, pt, op, rect, circle, ellipse, poly, quad, path, stroke, line, polyline, lin, rad, glow, blur, camera, type Cam } from './svg';

function hoiNghiQuangCanh(): string {
  let s = rect(0, 0, W, H, lin(['#1c100c', '#3a2418']));
  for (let i = 0; i < 12; i++) s += glow(50 + i * 100, 22, 60, '#ffe9b0', 0.6);
  s += poly([0, 0, 160, 70, 160, 440, 0, 540], '#4a2c1c') + poly([W, 0, 1040, 70, 1040, 440, W, 540], '#4a2c1c');
  for (let i = 1; i < 8; i++) { const t = i / 8; s += line(160 * t, 70 * t, 160 * t, 540 - 100 * t, '#2a180f', 3) + line(W - 160 * t, 70 * t, W - 160 * t, 540 - 100 * t, '#2a180f', 3); }
  s += rect(160, 70, 880, 370, lin(['#d01a22', '#8e0b12']));
  for (let x = 160; x < 1040; x += 16) s += rect(x, 70, 8, 370, '#000', op(rnd(0.04, 0.13)));
  s += rect(160, 70, 880, 16, '#d6a21e') + glow(600, 190, 180, '#ffd36b', 0.35);
  s += circle(600, 190, 84, '#e0aa22') + circle(600, 190, 72, '#c8161e') + star(600, 193, 64, '#ffd21f');
  for (const fx of [300, 900]) s += rect(fx - 55, 150, 110, 74, '#da251d', 'stroke="#8a0a0a" stroke-width="3"') + star(fx, 188, 24, '#ffdd00');
  s += poly([160, 440, 1040, 440, W, 540, 0, 540], lin(['#7a2e1c', '#4c1a10']));
  for (let i = 0; i < 13; i++) s += facing(262 + i * 56, 398, 0.62, pick(SUITS.slice(0, 5)));
  s += rect(230, 394, 740, 58, '#f3efe6') + rect(230, 394, 740, 6, '#ffffff');
  for (let x = 240; x < 970; x += 14) s += line(x, 400, x + rnd(-2, 2), 452, '#d6cfbf', 1.5);
  for (let x = 234; x < 968; x += rnd(5, 9)) s += circle(x, 448 + rnd(-12, 6), rnd(4, 8), pick(['#f7d21e', '#e8321e', '#f28c28', '#fff2c8', '#3f7a2a', '#3f7a2a']));
  s += rect(0, 540, W, 260, lin(['#4a1712', '#220a08']));
  const rows = 9;
  for (let i = 0; i < rows; i++) {
    const t = i / (rows - 1), y = 585 + Math.pow(t, 1.35) * 250, sc = 0.5 + t * 1.3, step = 66 * sc;
    for (let x = -rnd(0, step); x < W + step; x += step * rnd(0.95, 1.1)) if (R() > 0.06) s += seatedBack(x, y, sc, pick(SUITS), pick(HAIR));
    s += rect(0, y + 12 * sc, W, 40 * sc, '#7a2019') + rect(0, y + 12 * sc, W, 3 * sc, '#9a3a2c');
  }
  return s;
}

function phatBieu(): { bg: string; x: number } {
  let s = rect(0, 0, W, H, lin(['#b8141d', '#7a0a10']));
  for (let x = 0; x < W; x += 22) s += rect(x, 0, 11, H, '#000', op(rnd(0.05, 0.15)));
  s += `<g ${blur(7)}>${glow(230, 170, 260, '#ffcf5a', 0.35)}${circle(230, 170, 100, '#d9a21e')}${circle(230, 170, 86, '#c0141c')}${star(230, 173, 76, '#ffd21f')}</g>`;
  return { bg: s, x: 680 };
}
function speakerFront(x: number, y: number): string {
  const skin = '#d9a47e';
  let s = path(`M${x - 175} ${y + 260} Q${x - 165} ${y + 95} ${x - 62} ${y + 80} L${x + 62} ${y + 80} Q${x + 165} ${y + 95} ${x + 175} ${y + 260}Z`, '#1d2433');
  s += poly([x - 38, y + 80, x + 38, y + 80, x, y + 190], '#f5f5f5') + poly([x - 10, y + 92, x + 10, y + 92, x + 14, y + 170, x, y + 190, x - 14, y + 170], '#a5121a');
  s += poly([x - 38, y + 80, x - 6, y + 80, x - 40, y + 200, x - 70, y + 95], '#151b27') + poly([x + 38, y + 80, x + 6, y + 80, x + 40, y + 200, x + 70, y + 95], '#151b27');
  s += rect(x - 26, y + 30, 52, 55, '#c8926c') + ellipse(x - 56, y - 5, 10, 18, skin) + ellipse(x + 56, y - 5, 10, 18, skin) + ellipse(x, y - 10, 56, 72, skin);
  s += path(`M${x - 58} ${y - 10} Q${x - 64} ${y - 92} ${x} ${y - 88} Q${x + 64} ${y - 92} ${x + 58} ${y - 10} Q${x + 50} ${y - 55} ${x} ${y - 56} Q${x - 50} ${y - 55} ${x - 58} ${y - 10}Z`, '#1a1512');
  s += ellipse(x - 21, y - 12, 6, 4, '#2a1a12') + ellipse(x + 21, y - 12, 6, 4, '#2a1a12') + line(x - 31, y - 24, x - 11, y - 26, '#2a1a12', 3) + line(x + 11, y - 26, x + 31, y - 24, '#2a1a12', 3);
  s += path(`M${x - 4} ${y - 8} L${x - 9} ${y + 18} L${x + 6} ${y + 18}`, 'none', stroke('#b07a58', 2.5)) + ellipse(x, y + 36, 13, 5, '#7a3030');
  return s;
}
function flowers(cx: number, cy: number, w: number, h: number, n: number): string {
  let s = '';
  for (let i = 0; i < n * 0.5; i++) s += leaf(cx + rnd(-w, w) * 0.5, cy + rnd(-h, h) * 0.3, rnd(0, Math.PI * 2), rnd(20, 40), rnd(6, 10), pick(['#2f6b2a', '#3f8a35', '#245a22']));
  for (let i = 0; i < n; i++) {
    const a = rnd(0, Math.PI), r = Math.sqrt(R()), x = cx + Math.cos(a) * r * w * 0.5, y = cy - Math.sin(a) * r * h;
    const c = pick(['#f7d21e', '#e8321e', '#f28c28', '#fff4d8', '#e0457b', '#f7d21e']);
    s += circle(x, y, rnd(7, 12), c) + circle(x - 2, y - 2, 4, '#fff', op(0.35));
  }
  return s;
}
function hoiNghiPhatBieu1(): string {
  const { bg, x } = phatBieu();
  let s = bg + speakerFront(x, 330);
  s += poly([x - 210, 520, x + 210, 520, x + 180, 800, x - 180, 800], lin(['#8a5a34', '#5e3a1e'])) + rect(x - 230, 500, 460, 26, '#4a2c14');
  for (let i = 0; i < 16; i++) s += line(x - 200 + i * 26, 530, x - 172 + i * 23, 800, '#3e2410', 1.5, op(0.35));
  s += circle(x, 600, 42, '#d9a21e') + circle(x, 600, 34, '#c0141c') + star(x, 603, 28, '#ffd21f');
  for (const dx of [-70, 90]) s += path(`M${x + dx} 505 Q${x + dx * 0.9} 440 ${x + dx * 0.35} 392`, 'none', stroke('#1a1a1a', 5)) + ellipse(x + dx * 0.32, 386, 13, 17, '#222');
  return s + flowers(x, 800, 420, 150, 140);
}
function hoiNghiPhatBieu2(): string {
  let s = rect(0, 0, W, H, lin(['#5c6b7e', '#2b3542']));
  for (let x = 820; x < W; x += 38) s += rect(x, 0, 3, H, '#000', op(0.18));
  s += `<g transform="translate(70 80) skewY(5)">${rect(-10, -10, 700, 390, '#111821')}${rect(0, 0, 680, 370, lin(['#e6eef8', '#9db4d2']))}`;
  s += rect(30, 30, 620, 40, '#1f4e8c', op(0.8));
  for (let i = 0; i < 9; i++) { const h = rnd(60, 200); s += rect(60 + i * 40, 320 - h, 26, h, pick(['#2e6db4', '#e0812c', '#3a9a6a'])); }
  s += polyline([420, 280, 470, 230, 520, 250, 570, 160, 640, 120], '#c0392b', 6) + circle(540, 320, 0.1, '#fff') + `</g>`;
  s += glow(400, 280, 420, '#bcd6ff', 0.2) + poly([95, 800, 205, 800, 190, 690, 110, 690], '#3a3f4a') + flowers(150, 700, 240, 130, 70);
  const x = 860, y = 330;
  s += path(`M${x - 120} 800 Q${x - 130} ${y + 110} ${x - 40} ${y + 80} L${x + 60} ${y + 85} Q${x + 150} ${y + 110} ${x + 160} 800Z`, '#2a2f3a');
  s += poly([x - 38, y + 80, x - 8, y + 80, x - 30, y + 180], '#f2f2f2') + rect(x - 20, y + 25, 46, 60, '#c38c66');
  s += path(`M${x - 48} ${y - 20} Q${x - 50} ${y - 78} ${x + 5} ${y - 82} Q${x + 58} ${y - 80} ${x + 55} ${y - 10} Q${x + 50} ${y + 45} ${x} ${y + 50} Q${x - 30} ${y + 48} ${x - 40} ${y + 20} L${x - 58} ${y + 5} Q${x - 60} ${y - 5} ${x - 48} ${y - 20}Z`, '#d9a47e');
  s += path(`M${x - 46} ${y - 30} Q${x - 40} ${y - 95} ${x + 20} ${y - 88} Q${x + 68} ${y - 80} ${x + 58} ${y - 5} L${x + 40} ${y + 8} Q${x + 36} ${y - 44} ${x - 10} ${y - 48} Q${x - 30} ${y - 46} ${x - 46} ${y - 30}Z`, '#1d1814');
  s += ellipse(x + 22, y - 2, 9, 15, '#c99474') + ellipse(x - 30, y - 14, 4, 3, '#2a1a12') + ellipse(x - 34, y + 24, 8, 3, '#7a3030');
  s += quad([700, 500], [900, 530], [890, 800], [705, 800], lin(['#efe9de', '#cbbfae'])) + quad([900, 530], [1010, 505], [995, 790], [890, 800], lin(['#b6a894', '#8d806e']));
  s += quad([700, 500], [800, 470], [1010, 505], [900, 530], '#f7f3ea') + quad([705, 560], [896, 590], [894, 640], [706, 610], '#1f4e8c');
  s += path(`M760 490 Q750 420 ${x - 72} ${y + 20}`, 'none', stroke('#1a1a1a', 5)) + ellipse(x - 74, y + 18, 12, 15, '#222');
  return s;
}

function phoPhuongHaNoi(): string {
  const pr = camera(600, 400, 560, 1.6);
  let s = rect(0, 0, W, 420, lin(['#8fbfe0', '#eae3cf']));
  for (let x = 520; x < 690; x += rnd(10, 22)) s += rect(x, 400 - rnd(20, 70), rnd(12, 26), 80, pick(['#c9c3b5', '#b9b6ad', '#d4cbb8']));
  s += quad(pr(-20, 0, 1), pr(20, 0, 1), pr(20, 0, 300), pr(-20, 0, 300), '#a39c90');
  s += quad(pr(-4, 0, 1), pr(4, 0, 1), pr(4, 0, 300), pr(-4, 0, 300), lin(['#8a8680', '#4a4846']));
  const colors = ['#e9c46a', '#f4a7a0', '#9ecfd4', '#f6e3b0', '#c8e0a8', '#e3a857', '#d9d4f0', '#f2c6de', '#f0d28a'];
  const awnings = ['#c0392b', '#2e86c1', '#27ae60', '#e67e22', '#8e44ad', '#d4ac0d'];
  const houses: { side: number; z: number; d: number; h: number }[] = [];
  for (const side of [-1, 1]) for (let z = 1; z < 110; ) { const d = rnd(3.2, 5); houses.push({ side, z, d, h: rnd(7, 14) }); z += d; }
  houses.sort((a, b) => b.z - a.z);
  for (const h of houses) s += tubeHouse(pr, h.side, h.z, h.d, h.h, pick(colors), pick(awnings));
  for (let i = 0; i < 10; i++) {
    const a = pr(-6, rnd(6.5, 9), rnd(2.5, 16)), b = pr(6, rnd(6.5, 9), rnd(2.5, 16));
    s += path(`M${pt(a)} Q${q((a[0] + b[0]) / 2)} ${q((a[1] + b[1]) / 2 + rnd(20, 70))} ${pt(b)}`, 'none', stroke('#1d1d1d', rnd(1.2, 2.6)));
  }
  for (let k = 0; k < 6; k++) s += polyline([...pr(-5.2, 7 + k * 0.25, 1.6), ...pr(-5.2, 7.2 + k * 0.25, 90)], '#222', 1.4);
  s += rect(150, 0, 14, 620, '#5d5d5a');
  const actors: { z: number; draw: () => string }[] = [];
  for (let i = 0; i < 16; i++) {
    const X = rnd(-3.3, 3.3), z = rnd(4, 50);
    actors.push({ z, draw: () => { const p = pr(X, 0, z); return bike(p[0], p[1], 560 / z, pick(['#b22222', '#f0f0f0', '#1f3f7f', '#222', '#8a8a8a']), { shirt: pick(['#3a6ea5', '#d35400', '#f1f1f1', '#2c3e50', '#8e44ad', '#27ae60']), helmet: pick(['#e8e8e8', '#c0392b', '#f1c40f', '#2c3e50']), hat: R() < 0.15 }); } });
  }
  for (const side of [-1, 1]) for (let z = 3; z < 40; z += rnd(0.6, 1.1)) actors.push({ z, draw: () => { const p = pr(side * 5, 0, z); return bikeSide(p[0], p[1], 560 / z, pick(['#b22222', '#eee', '#1f3f7f', '#222', '#999', '#7a1f3f'])); } });
  for (const [X, z] of [[-4.2, 5], [3.9, 7.5], [-3.6, 14], [4.1, 22]] as const) actors.push({ z, draw: () => { const p = pr(X, 0, z); return vendor(p[0], p[1], 560 / z); } });
  actors.sort((a, b) => b.z - a.z);
  return s + actors.map((a) => a.draw()).join('');
}

function turtleTower(x: number, y: number, s: number): string {
  const wall = '#d9cba4', shade = '#a89670';
  let g = rect(x - 40 * s, y - 36 * s, 80 * s, 36 * s, wall) + rect(x + 22 * s, y - 36 * s, 18 * s, 36 * s, shade);
  for (const dx of [-24, 0, 24]) g += path(archPath(x + dx * s, y, 12 * s, 24 * s), '#3a3226');
  g += rect(x - 46 * s, y - 42 * s, 92 * s, 6 * s, '#8a7b5e') + rect(x - 28 * s, y - 64 * s, 56 * s, 22 * s, wall) + rect(x + 16 * s, y - 64 * s, 12 * s, 22 * s, shade);
  for (const dx of [-12, 12]) g += path(archPath(x + dx * s, y - 44 * s, 9 * s, 16 * s), '#3a3226');
  g += rect(x - 33 * s, y - 69 * s, 66 * s, 5 * s, '#8a7b5e') + rect(x - 16 * s, y - 84 * s, 32 * s, 15 * s, wall) + path(archPath(x, y - 70 * s, 8 * s, 12 * s), '#3a3226');
  g += path(`M${q(x - 26 * s)} ${q(y - 84 * s)} Q${q(x)} ${q(y - 90 * s)} ${q(x + 26 * s)} ${q(y - 84 * s)} L${q(x + 15 * s)} ${q(y - 96 * s)} Q${q(x)} ${q(y - 99 * s)} ${q(x - 15 * s)} ${q(y - 96 * s)}Z`, '#4a3b2c');
  return g + rect(x - 2 * s, y - 108 * s, 4 * s, 12 * s, '#4a3b2c');
}
function hoGuom(): string {
  const hy = 440;
  let s = rect(0, 0, W, hy, lin(['#1d2550', '#4f3a72@0.45', '#d9736a@0.8', '#f6b77a']));
  s += glow(820, hy - 10, 260, '#ffd9a0', 0.7);
  let shore = '';
  for (let x = 0; x < W; x += rnd(18, 40)) shore += rect(x, hy - rnd(25, 70), rnd(20, 40), 80, '#2a2540');
  for (let x = 0; x < W; x += 14) shore += circle(x, hy - rnd(0, 16), rnd(12, 30), pick(['#1f2a2a', '#233030', '#1a2222']));
  let lights = '';
  for (let x = 20; x < W; x += rnd(40, 90)) lights += glow(x, hy - 6, 14, '#ffd27a', 0.9) + rect(x - 1.5, hy + 2, 3, rnd(30, 90), '#ffd27a', op(0.35));
  s += rect(0, hy, W, H - hy, lin(['#f0a878', '#6a4a78@0.35', '#1a1d3c']));
  s += shore + `<g transform="translate(0 ${2 * hy}) scale(1 -1)" ${op(0.45)}>${shore}</g>` + lights;
  for (let i = 0; i < 420; i++) { const y = hy + 4 + Math.pow(R(), 1.6) * (H - hy); const w = 10 + (y - hy) * rnd(0.1, 0.5); s += rect(rnd(-50, W), y, w, 1 + (y - hy) / 180, pick(['#ffd0a0', '#2a2a50', '#fff']), op(rnd(0.08, 0.3))); }
  const islet = ellipse(640, 480, 170, 14, '#243322') + circle(520, 466, 26, '#2f4a2a') + circle(552, 458, 30, '#2a4026') + circle(750, 462, 28, '#2f4a2a') + circle(780, 470, 18, '#2a4026') + turtleTower(650, 476, 1.6);
  s += islet + `<g transform="translate(0 ${2 * 480}) scale(1 -1)" ${op(0.4)} ${blur(1.5)}>${islet}</g>`;
  for (let i = 0; i < 40; i++) s += circle(rnd(-60, 260), rnd(-40, 200), rnd(30, 70), pick(['#121a16', '#17211b', '#0f1512']));
  s += path('M0 560 Q120 420 170 200 L205 205 Q170 430 40 620Z', '#120d0b');
  for (let i = 0; i < 70; i++) { const x = rnd(950, 1230); s += line(x, -10, x + rnd(-15, 15), rnd(140, 420), pick(['#16241a', '#1d2e20']), rnd(3, 6)); }
  for (let i = 0; i < 26; i++) s += circle(rnd(940, 1250), rnd(-40, 90), rnd(30, 60), '#131d15');
  return s + rect(0, 730, W, 70, lin(['#141414', '#050505'])) + rect(0, 728, W, 5, '#3a3a3a');
}

function cauLongBien(): string {
  const hy = 340;
  let s = rect(0, 0, W, hy, lin(['#b3c3cc', '#ebe3d2']));
  for (let x = 0; x < W; x += rnd(14, 30)) s += rect(x, hy - rnd(6, 26), rnd(10, 24), 30, '#b4b4a8', op(0.6));
  s += rect(0, hy - 6, W, 10, '#9ea38e') + rect(0, hy, W, H - hy, lin(['#b8946a', '#8a6440', '#6a4a2c']));
  for (let i = 0; i < 320; i++) { const y = hy + 4 + Math.pow(R(), 1.5) * (H - hy); s += rect(rnd(-40, W), y, 20 + (y - hy) * rnd(0.1, 0.4), 1 + (y - hy) / 220, pick(['#d9b88c', '#5e4128']), op(rnd(0.15, 0.35))); }
  const pr = camera(600, hy, 800, 14);
  const along = (u: number, off: number): [number, number] => [-70 + u * 330 + off * 0.837, 32 + u * 500 - off * 0.547];
  const P = (u: number, off: number, Y: number) => { const [X, Z] = along(u, off); return pr(X, Y, Z); };
  const spans = 11, iron = '#3d3834';
  for (let k = spans - 1; k >= 0; k--) {
    const u0 = k / spans, u1 = (k + 1) / spans, m = 800 / along(u0, 0)[1], w = Math.max(0.8, 0.32 * m);
    const [a, b] = [P(u0, 0, 0), P(u0, 0, 10)];
    s += quad([a[0] - 1.6 * m, a[1]], [a[0] + 1.6 * m, a[1]], [b[0] + 1.6 * m, b[1]], [b[0] - 1.6 * m, b[1]], '#7b7064') + rect(a[0] - 1.6 * m, a[1], 3.2 * m, 2.2 * m, '#5a4a38', op(0.5));
    for (const off of [-4, 4]) {
      const top: number[] = [];
      const bot: number[] = [], N = 8;
      for (let j = 0; j <= N; j++) { const u = u0 + ((u1 - u0) * j) / N; top.push(...P(u, off, 17 + 6 * Math.sin((Math.PI * j) / N))); bot.push(...P(u, off, 10)); }
      const col = off < 0 ? '#5a534c' : iron;
      s += polyline(top, col, w * 1.6) + polyline(bot, col, w * 1.8);
      for (let j = 0; j < N; j++) s += line(bot[2 * j]!, bot[2 * j + 1]!, top[2 * j + 2]!, top[2 * j + 3]!, col, w) + line(top[2 * j]!, top[2 * j + 1]!, bot[2 * j + 2]!, bot[2 * j + 3]!, col, w) + line(bot[2 * j]!, bot[2 * j + 1]!, top[2 * j]!, top[2 * j + 1]!, col, w * 0.8);
    }
    s += quad(P(u0, -4, 10), P(u1, -4, 10), P(u1, 4, 10), P(u0, 4, 10), '#2e2a27');
  }
  s += path('M0 610 Q300 575 640 640 T1200 660 L1200 800 L0 800Z', lin(['#7d8c48', '#4a5a26']));
  for (let i = 0; i < 500; i++) { const x = rnd(0, W); const y = rnd(640, 800); s += line(x, y, x + rnd(-4, 4), y - (y - 600) * 0.08, pick(['#8a9a50', '#3e4e20']), 1.5, op(0.6)); }
  const plants = Array.from({ length: 46 }, () => ({ x: rnd(-40, W + 40), y: rnd(640, 850) })).sort((a, b) => a.y - b.y);
  for (const { x, y } of plants) {
    const h = (y - 590) * 1.4 + 50, top = y - h * 0.5;
    s += path(`M${q(x - h * 0.05)} ${q(y)} L${q(x - h * 0.03)} ${q(top)} L${q(x + h * 0.03)} ${q(top)} L${q(x + h * 0.05)} ${q(y)}Z`, pick(['#6f7d3a', '#5d6b30', '#7a7a40']));
    for (let i = 0; i < 6; i++) s += bananaLeaf(x, top, -Math.PI / 2 + rnd(-1.4, 1.4), h * rnd(0.5, 0.75), R() < 0.15 ? '#a89a4a' : pick(['#4f8a2a', '#5e9c32', '#3d7a22', '#6aa83a']));
  }
  return s + poly([780, 470, 880, 470, 870, 480, 790, 480], '#3a2a1e');
}

function child(x: number, y: number, s: number, fromBack: boolean): string {
  let c = shoulders(x, y, s * 0.8, '#f7f7f7');
  if (!fromBack) c += poly([x - 10 * s, y - 10 * s, x + 10 * s, y - 10 * s, x, y + 8 * s], '#d62020');
  c += ellipse(x, y - 28 * s, 13 * s, 15 * s, fromBack ? '#1a1512' : pick(SKIN));
  if (!fromBack) c += path(`M${q(x - 14 * s)} ${q(y - 26 * s)} Q${q(x - 15 * s)} ${q(y - 46 * s)} ${q(x)} ${q(y - 45 * s)} Q${q(x + 15 * s)} ${q(y - 46 * s)} ${q(x + 14 * s)} ${q(y - 26 * s)} Q${q(x)} ${q(y - 38 * s)} ${q(x - 14 * s)} ${q(y - 26 * s)}Z`, '#1a1512');
  else c += poly([x - 16 * s, y - 9 * s, x + 16 * s, y - 9 * s, x, y + 6 * s], '#d62020');
  return c;
}
function robot(x: number, y: number, s: number): string {
  const c = pick(['#f39c12', '#2e86de', '#e74c3c', '#16a085']);
  return circle(x - 14 * s, y, 7 * s, '#222') + circle(x + 14 * s, y, 7 * s, '#222') + rect(x - 20 * s, y - 26 * s, 40 * s, 24 * s, c, `rx="${q(4 * s)}"`) +
    rect(x - 13 * s, y - 44 * s, 26 * s, 18 * s, '#dfe6e9', `rx="${q(3 * s)}"`) + circle(x - 6 * s, y - 35 * s, 3.5 * s, '#0a3d62') + circle(x + 6 * s, y - 35 * s, 3.5 * s, '#0a3d62') +
    line(x, y - 44 * s, x, y - 54 * s, '#555', 1.5 * s) + circle(x, y - 55 * s, 3 * s, '#e74c3c');
}
function lopHocStem(): string {
  let s = rect(0, 0, W, 470, lin(['#f3ead0', '#e6dab8'])) + rect(0, 440, W, 30, '#9ab0a0');
  s += poly([0, 0, 140, 40, 140, 470, 0, 560], '#e2d3ae');
  for (const [y0, y1] of [[90, 250], [290, 420]] as const) s += poly([20, y0 - 10, 120, y0 + 10, 120, y1, 20, y1 + 20], lin(['#ffffff', '#cfe6f5'])) + line(70, y0, 70, y1 + 10, '#9a8a6a', 3);
  s += rect(330, 100, 540, 250, '#9aa0a6') + rect(340, 110, 520, 230, '#fbfbf8');
  for (let i = 0; i < 3; i++) s += circle(430 + i * 46, 200 + (i % 2) * 38, 26, 'none', stroke('#2e5fb8', 3, 'stroke-dasharray="6 4"'));
  s += polyline([600, 160, 660, 160, 660, 230, 760, 230, 760, 180, 820, 180], '#c0392b', 3) + rect(700, 270, 60, 40, 'none', stroke('#1d7a45', 3)) + line(620, 290, 690, 290, '#2e5fb8', 3);
  for (let i = 0; i < 5; i++) s += rect(900 + (i % 3) * 90, 120 + Math.floor(i / 3) * 110, 70, 90, pick(['#f6c1a0', '#a8d8ea', '#c3e6a8', '#f7dc6f']), 'stroke="#fff" stroke-width="4"');
  s += glow(600, 30, 90, '#ffffff', 0.5) + ellipse(600, 30, 110, 8, '#555', op(0.6)) + rect(597, 0, 6, 30, '#555');
  const vp: Pt = [620, 300];
  s += rect(0, 470, W, 330, lin(['#cfc7b4', '#a69c86']));
  for (let i = -12; i <= 14; i++) s += line(vp[0] + (i * 60 - vp[0]) * 0.55, 470, i * 100, 800, '#8e846e', 1.5, op(0.5));
  for (let j = 0; j < 8; j++) { const y = 470 + Math.pow(j / 8, 1.8) * 330; s += line(0, y, W, y, '#8e846e', 1.5, op(0.5)); }
  for (const [row, y, sc] of [[0, 520, 0.72], [1, 680, 1.05]] as const) {
    for (let k = 0; k < 3; k++) {
      const cx = 230 + k * 370 + (row ? -40 : 20);
      for (let i = 0; i < 3; i++) s += child(cx - 90 * sc + i * 90 * sc, y - 40 * sc, sc * 1.15, false);
      s += poly([cx - 150 * sc, y - 20 * sc, cx + 150 * sc, y - 20 * sc, cx + 165 * sc, y + 30 * sc, cx - 165 * sc, y + 30 * sc], '#d9b98a') + rect(cx - 165 * sc, y + 30 * sc, 330 * sc, 14 * sc, '#a8875a');
      s += robot(cx - 40 * sc, y + 5 * sc, sc * 1.2) + robot(cx + 70 * sc, y + 12 * sc, sc) + rect(cx + 10 * sc, y + 8 * sc, 30 * sc, 20 * sc, '#2d3436');
      for (let i = 0; i < 2; i++) s += child(cx - 60 * sc + i * 120 * sc, y + 110 * sc, sc * 1.3, true);
    }
  }
  return s;
}

function sanVanDong(): string {
  const pr = camera(600, 100, 700, 25);
  let s = rect(0, 0, W, H, lin(['#0b1430', '#25375c']));
  s += rect(0, 80, W, 380, '#2a2e3a');
  for (let y = 86; y < 460; y += 8) {
    s += rect(0, y, W, 1, '#000', op(0.3));
    for (let x = rnd(0, 8); x < W; x += rnd(6, 10)) if (R() < 0.8) s += rect(x, y + 2, 4 + (y - 80) / 120, 5 + (y - 80) / 100, pick(['#c0392b', '#f1c40f', '#ecf0f1', '#e74c3c', '#34495e', '#d35400', '#bdc3c7']), op(rnd(0.45, 0.9)));
  }
  s += rect(0, 40, W, 45, '#1b1f29') + rect(0, 82, W, 4, '#777');
  const corners = [pr(-48, 0, 11), pr(48, 0, 11), pr(48, 0, 136), pr(-48, 0, 136)];
  s += poly(corners.flat(), '#2e7d32');
  for (let k = 0; k < 21; k++) { const z0 = 20 + k * 5; s += quad(pr(-48, 0, z0), pr(48, 0, z0), pr(48, 0, z0 + 5), pr(-48, 0, z0 + 5), k % 2 ? '#2c7a30' : '#3a9440'); }
  const L = (pts: [number, number][]) => polyline(pts.flatMap(([x, z]) => pr(x, 0, z)), '#f4f4f4', 2.2, op(0.9));
  s += L([[-34, 20], [34, 20], [34, 125], [-34, 125], [-34, 20]]) + L([[-34, 72.5], [34, 72.5]]);
  for (const [z, d] of [[20, 1], [125, -1]] as const) s += L([[-20.16, z], [-20.16, z + 16.5 * d], [20.16, z + 16.5 * d], [20.16, z]]) + L([[-9.16, z], [-9.16, z + 5.5 * d], [9.16, z + 5.5 * d], [9.16, z]]);
  s += L(Array.from({ length: 41 }, (_, i) => [9.15 * Math.cos((i / 40) * 2 * Math.PI), 72.5 + 9.15 * Math.sin((i / 40) * 2 * Math.PI)] as [number, number]));
  const g = pr(-3.66, 2.44, 125), g2 = pr(3.66, 0, 125);
  s += rect(g[0], g[1], g2[0] - g[0], g2[1] - g[1], 'none', stroke('#fff', 2)) + rect(g[0], g[1], g2[0] - g[0], g2[1] - g[1], '#fff', op(0.15));
  const players = Array.from({ length: 22 }, (_, i) => ({ x: rnd(-30, 30), z: rnd(28, 118), c: i % 2 ? '#d62828' : '#f5f5f5' })).sort((a, b) => b.z - a.z);
  for (const p of players) { const [x, y] = pr(p.x, 0, p.z); const m = 700 / p.z; s += ellipse(x + 0.5 * m, y, 0.6 * m, 0.2 * m, '#000', op(0.35)) + rect(x - 0.22 * m, y - 1.5 * m, 0.44 * m, 1.5 * m, p.c, `rx="${q(0.15 * m)}"`) + circle(x, y - 1.7 * m, 0.2 * m, '#5a3a2a'); }
  const ball = pr(rnd(-10, 10), 0, 70);
  s += circle(ball[0], ball[1] - 2, 3, '#fff');
  for (const tx of [70, 1130]) {
    s += rect(tx - 6, 0, 12, 90, '#444') + rect(tx - 70, 10, 140, 60, '#20242e');
    for (let i = 0; i < 4; i++) for (let j = 0; j < 2; j++) s += circle(tx - 52 + i * 35, 25 + j * 30, 10, '#fffbe8');
    s += glow(tx, 40, 240, '#fffbe0', 0.55);
  }
  return s + ellipse(600, 500, 700, 320, rad(['#ffffff/0.12', '#ffffff/0']));
}

function pile(cx: number, base: number, w: number, kind: string): string {
  const spec: Record<string, [string[], number, number]> = {
    orange: [['#f39c12', '#e67e22', '#f5a623'], 11, 1], tomato: [['#d7261e', '#c0392b', '#e74c3c'], 10, 1], lime: [['#6aa632', '#7dbb3c', '#5a9a2a'], 8, 1],
    eggplant: [['#5b2a6e', '#6c3483', '#4a235a'], 9, 1.8], dragon: [['#e0457b', '#d63a6e', '#ec5f90'], 13, 1.3], cabbage: [['#a6c97a', '#9bc26b', '#b8d68c'], 18, 1],
    banana: [['#f4d03f', '#f7dc6f', '#e9c43a'], 9, 2.2], mango: [['#f7c548', '#f0b429', '#e8a33a'], 11, 1.3],
  };
  const [cols, r, stretch] = spec[kind] ?? spec.orange!;
  let s = '';
  for (let row = 0; row * r * 1.5 < w * 0.5; row++) {
    const half = w / 2 - row * r * 1.4;
    for (let x = cx - half; x <= cx + half; x += r * 1.8) {
      const y = base - r - row * r * 1.45 + rnd(-2, 2);
      s += ellipse(x + rnd(-2, 2), y, r * stretch, r, pick(cols), `transform="rotate(${q(rnd(-30, 30))} ${q(x)} ${q(y)})"`) + circle(x - r * 0.3, y - r * 0.35, r * 0.3, '#fff', op(0.3));
    }
  }
  return s;
}
function choNongSan(): string {
  let s = rect(0, 0, W, H, lin(['#3a3028', '#5a4a3a', '#2a221c']));
  for (let i = 0; i < 8; i++) s += rect(i * 160 + rnd(-20, 20), 80, rnd(60, 120), 240, '#000', op(0.2)) + glow(i * 160 + 60, 180, 80, '#ffd080', 0.25);
  const kinds = ['orange', 'tomato', 'lime', 'eggplant', 'dragon', 'cabbage', 'banana', 'mango'];
  for (const [y0, sc, n] of [[300, 0.6, 6], [520, 1, 4]] as const) {
    const sw = W / n;
    if (sc === 1) s += rect(0, 560, W, 240, lin(['#4a3f35', '#2a231d']));
    for (let i = 0; i < n; i++) {
      const x0 = i * sw, c = pick(['#c0392b', '#1f6fb2', '#2e8b57', '#e67e22', '#8e44ad']), vx = x0 + sw * rnd(0.3, 0.7), vs = 1.7 * sc;
      s += rect(x0, y0 - 200 * sc, sw, 200 * sc, '#2e241b') + facing(vx, y0 - 60 * sc, vs, pick(['#c8d8e8', '#e9b8c0', '#d8e0b0', '#8aa6c1']), '#f4f4f4') + conicalHat(vx, y0 - 60 * sc - 43 * vs, 58 * vs);
      let awn = `M${q(x0 - 10)} ${q(y0 - 270 * sc)} L${q(x0 + sw + 10)} ${q(y0 - 270 * sc)} L${q(x0 + sw + 20)} ${q(y0 - 205 * sc)}`;
      for (let k = 6; k >= 0; k--) awn += ` Q${q(x0 + ((k + 0.5) * (sw + 40)) / 7 - 20)} ${q(y0 - 183 * sc)} ${q(x0 + (k * (sw + 40)) / 7 - 20)} ${q(y0 - 205 * sc)}`;
      s += path(awn + 'Z', c) + path(awn + 'Z', lin(['#ffffff/0.25', '#000000/0.2']));
      for (let k = 0; k < 7; k += 2) s += rect(x0 - 20 + (k * (sw + 40)) / 7, y0 - 270 * sc, (sw + 40) / 7, 65 * sc, '#fff', op(0.25));
      s += line(x0 + sw * 0.15, y0 - 200 * sc, x0 + sw * 0.15, y0 - 172 * sc, '#5a4a30', 2 * sc);
      for (let k = 0; k < 5; k++) s += ellipse(x0 + sw * 0.15 + rnd(-8, 8) * sc, y0 - (175 - k * 9) * sc, 5 * sc, 14 * sc, '#f4d03f', `transform="rotate(${q(rnd(-25, 25))} ${q(x0 + sw * 0.15)} ${q(y0 - 175 * sc)})"`);
      s += rect(x0 + 8, y0 - 20 * sc, sw - 16, 120 * sc, '#6b4a2a') + rect(x0 + 8, y0 - 20 * sc, sw - 16, 8 * sc, '#8a6a42');
      for (let k = 0; k < 3; k++) s += pile(x0 + sw * (0.2 + k * 0.3), y0 - 14 * sc, sw * 0.28, pick(kinds));
    }
  }
  for (let i = 0; i < 5; i++) {
    const x = 120 + i * 240 + rnd(-30, 30);
    s += ellipse(x, 760, 130, 40, '#8a6a3a') + ellipse(x, 752, 118, 32, '#a8844c') + pile(x, 765, 200, pick(kinds));
  }
  return s;
}

function container(x: number, y: number, w: number, h: number, c: string): string {
  let s = rect(x, y, w, h, c) + rect(x, y, w, h * 0.12, '#fff', op(0.15)) + rect(x, y + h * 0.88, w, h * 0.12, '#000', op(0.2));
  for (let i = 1; i < w / 6; i++) s += rect(x + i * 6, y + 2, 2, h - 4, '#000', op(0.15));
  return s + rect(x, y, w, h, 'none', stroke('#000', 1, op(0.3)));
}
function cangContainer(): string {
  const hy = 400;
  let s = rect(0, 0, W, hy, lin(['#6fa8d8', '#d9e8f0']));
  for (let i = 0; i < 9; i++) { const cx = rnd(0, W); const cy = rnd(40, 220); for (let k = 0; k < 6; k++) s += ellipse(cx + rnd(-70, 70), cy + rnd(-12, 12), rnd(40, 80), rnd(14, 26), '#fff', op(0.55)); }
  s += rect(0, hy - 20, W, 40, '#6c8ea6') + rect(0, hy + 20, W, H - hy - 20, lin(['#9b978e', '#6e6b66']));
  s += poly([480, 330, 1200, 330, 1200, 405, 520, 405], '#263a5a') + rect(480, 392, 720, 13, '#8e2f2f') + rect(1080, 250, 90, 80, '#ecf0f1') + rect(1090, 262, 70, 10, '#34495e');
  for (let r = 0; r < 4; r++) for (let x = 540; x < 1070; x += 42) if (R() < 0.9) s += container(x, 310 - r * 20, 40, 19, pick(['#c0392b', '#1f5fa8', '#e67e22', '#2e8b57', '#7f8c8d', '#d4ac0d']));
  for (const [cx, col] of [[600, '#c0392b'], [820, '#1f5fa8'], [1040, '#c0392b']] as const) {
    s += line(cx - 40, 420, cx - 30, 150, col, 9) + line(cx + 40, 420, cx + 30, 150, col, 9) + line(cx - 38, 300, cx + 38, 300, col, 6);
    s += rect(cx - 130, 140, 330, 14, col) + line(cx, 150, cx - 10, 60, col, 7) + line(cx - 10, 60, cx - 130, 145, '#555', 2) + line(cx - 10, 60, cx + 190, 145, '#555', 2);
    s += rect(cx + 60, 154, 30, 16, '#333') + line(cx + 75, 170, cx + 75, 250, '#333', 1.5);
  }
  const palette = ['#c0392b', '#1f5fa8', '#e67e22', '#2e8b57', '#7f8c8d', '#d4ac0d', '#8e2f2f', '#16a085', '#ecf0f1'];
  for (const [yb, sc] of [[470, 0.55], [560, 0.75], [690, 1.05]] as const) {
    for (let x = -rnd(0, 60); x < W; x += 135 * sc) {
      const n = Math.floor(rnd(2, 6)), w = 125 * sc, h = 50 * sc;
      for (let k = 0; k < n; k++) s += container(x, yb - (k + 1) * h, w, h, pick(palette));
      s += poly([x, yb - n * h, x + w, yb - n * h, x + w + 10 * sc, yb - n * h - 8 * sc, x + 10 * sc, yb - n * h - 8 * sc], '#ccc', op(0.6));
      if (R() < 0.25) x += 60 * sc;
    }
  }
  return s + rect(0, 760, W, 40, '#5a5752');
}

function congTruongMetro(): string {
  const hy = 470;
  let s = rect(0, 0, W, hy, lin(['#9fbad2', '#e8dcc2']));
  for (const [haze, hmax] of [[0.55, 260], [0.3, 200]] as const) for (let x = -20; x < W; x += rnd(40, 90)) {
    const h = rnd(60, hmax), w = rnd(40, 80);
    s += rect(x, hy - h, w, h + 10, pick(['#9aa3ad', '#b0a898', '#8c96a0', '#c2b8a6']), op(1 - haze * 0.6));
    for (let yy = hy - h + 8; yy < hy - 10; yy += 12) s += rect(x + 5, yy, w - 10, 4, '#5a6470', op(0.25));
  }
  s += rect(0, hy, W, H - hy, lin(['#b59268', '#8a6a46']));
  const pr = camera(600, hy, 700, 6);
  const along = (u: number): [number, number] => [9 - u * 48, 16 + u * 240];
  const girder = (u0: number, u1: number, y0: number) => {
    const [X, Z] = along(u0);
    const [X2, Z2] = along(u1);
    const e = X > 0 ? -4.5 : 4.5;
    return quad(pr(X - 4.5, y0, Z), pr(X2 - 4.5, y0, Z2), pr(X2 + 4.5, y0, Z2), pr(X + 4.5, y0, Z), '#7d776c') +
      quad(pr(X + e, y0, Z), pr(X2 + e, y0, Z2), pr(X2 + e, y0 + 3, Z2), pr(X + e, y0 + 3, Z), lin(['#d8d2c6', '#a9a397'])) + quad(pr(X + e, y0 + 3, Z), pr(X2 + e, y0 + 3, Z2), pr(X2 + e, y0 + 3.6, Z2), pr(X + e, y0 + 3.6, Z), '#e6e1d8');
  };
  const pillars = 10;
  for (let k = pillars; k >= 0; k--) {
    const [X, Z] = along(k / pillars);
    if (k < pillars && k >= 2) s += girder(k / pillars, (k + 1) / pillars, 13.5);
    s += quad(pr(X - 1.2, 0, Z), pr(X + 1.2, 0, Z), pr(X + 1.2, 12, Z), pr(X - 1.2, 12, Z), lin(['#c9c3b8', '#9a948a'], 1, 0)) + quad(pr(X - 4.5, 12, Z), pr(X + 4.5, 12, Z), pr(X + 4.5, 13.5, Z), pr(X - 4.5, 13.5, Z), '#b3ada2');
    if (k < 2) for (let i = 0; i < 9; i++) { const a = pr(X - 4 + i, 13.5, Z); s += line(a[0], a[1], a[0] + rnd(-3, 3), a[1] - 9000 / (Z * Z) - 20, '#6a4030', 2.5); }
    if (k === 1) for (let y = 0; y < 12; y += 2) s += polyline([...pr(X - 2.5, y, Z - 1), ...pr(X + 2.5, y, Z - 1)], '#c0392b', 2) + polyline([...pr(X - 2.5, y, Z - 1), ...pr(X - 2.5, y + 2, Z - 1)], '#c0392b', 2);
  }
  const [hx, hz] = along(0.15);
  const [bx, by] = pr(hx, 22.6, hz);
  s += rect(60, 60, 1000, 12, '#e8b520') + line(200, 60, 60, 72, '#333', 2);
  for (let x = 60; x < 1060; x += 18) s += line(x, 60, x + 9, 72, '#b88c10', 2);
  s += rect(250, 20, 34, 540, 'none', stroke('#e8b520', 4));
  for (let y = 20; y < 560; y += 28) s += line(250, y, 284, y + 28, '#e8b520', 2.5) + line(250, y, 284, y, '#e8b520', 2.5);
  s += rect(60, 70, 70, 40, '#777') + rect(255, 40, 24, 18, '#34495e') + line(bx, 72, bx, by, '#222', 2) + girder(0.115, 0.185, 19);
  for (let x = -10; x < W; x += 48) s += rect(x, 640, 46, 60, x % 96 === 38 ? '#f0f0f0' : '#1f6fb2') + rect(x, 640, 46, 6, '#e67e22');
  for (let i = 0; i < 6; i++) { const x = rnd(350, 1100); const y = rnd(560, 630); const m = 40; s += rect(x - 0.25 * m, y - 1.5 * m, 0.5 * m, 0.8 * m, '#f39c12') + rect(x - 0.2 * m, y - 0.7 * m, 0.4 * m, 0.7 * m, '#2c3e50') + circle(x, y - 1.7 * m, 0.2 * m, '#f1c40f'); }
  s += rect(860, 560, 130, 55, '#e8b520') + rect(900, 520, 70, 45, '#e8b520') + rect(910, 528, 30, 28, '#3d566e') + line(870, 560, 800, 500, '#d4a017', 10) + line(800, 500, 770, 590, '#d4a017', 8);
  return s + rect(850, 612, 150, 20, '#222', `rx="8"`);
}

function leHoiDenLong(): string {
  let s = rect(0, 0, W, H, lin(['#070a1f', '#1a1338', '#2e1a3a']));
  for (let x = -20; x < W; x += rnd(70, 130)) { const h = rnd(200, 380); s += rect(x, H - h, rnd(70, 130), h, '#140e1c'); for (let i = 0; i < 6; i++) s += rect(x + rnd(10, 60), H - h + rnd(20, h - 40), 14, 20, '#f5a142', op(rnd(0.2, 0.6))); }
  for (let i = 0; i < 60; i++) s += circle(rnd(0, W), rnd(0, H), rnd(10, 40), pick(['#ff9f43', '#ff6b6b', '#feca57', '#ff9ff3']), op(rnd(0.05, 0.18)));
  const colors = ['#e8302a', '#f39c12', '#f1c40f', '#e84393', '#2ecc71', '#3498db', '#e8302a', '#ff7f50'];
  for (let k = 0; k < 8; k++) {
    const sc = 0.35 + k * 0.13, y0 = rnd(40, 260) - k * 10, y1 = rnd(40, 260) - k * 10, sag = rnd(60, 160) * sc;
    const pts: number[] = [];
    for (let t = 0; t <= 1.001; t += 0.05) pts.push(-50 + t * 1300, y0 + (y1 - y0) * t + sag * 4 * t * (1 - t));
    s += polyline(pts, '#2b1a10', 1.2);
    for (let t = rnd(0, 0.06); t < 1; t += (55 * sc) / 1300) s += lantern(-50 + t * 1300, y0 + (y1 - y0) * t + sag * 4 * t * (1 - t) + 40 * sc, sc, pick(colors));
  }
  for (let i = 0; i < 50; i++) { const x = rnd(-30, W + 30); const sc = rnd(1.6, 2.3); s += seatedBack(x, 770 + rnd(-20, 30), sc, '#0a0710', '#0a0710'); }
  return s;
}

function nhaHatLon(): string {
  let s = rect(0, 0, W, H, lin(['#3f86d6', '#b5d8f2']));
  for (let i = 0; i < 6; i++) { const cx = rnd(0, W); const cy = rnd(30, 160); for (let k = 0; k < 7; k++) s += ellipse(cx + rnd(-80, 80), cy + rnd(-15, 15), rnd(40, 90), rnd(16, 28), '#fff', op(0.7)); }
  const wall = '#efc25a', trim = '#fbf4e2', roof = '#5f6f7a';
  s += path('M470 360 Q472 215 600 196 Q728 215 730 360Z', roof) + rect(580, 160, 40, 40, trim) + path('M575 162 Q600 128 625 162Z', roof) + line(600, 130, 600, 100, '#333', 3);
  for (let i = 0; i < 9; i++) s += line(490 + i * 27.5, 360, 600 + (i - 4) * 8, 205, '#4a5864', 2);
  for (const [x0, x1, top] of [[110, 380, 430], [820, 1090, 430]] as const) {
    s += poly([x0 + 10, top, x1 - 10, top, x1 - 40, top - 50, x0 + 40, top - 50], roof) + rect(x0, top, x1 - x0, 640 - top, wall) + rect(x0, top, x1 - x0, 10, trim);
    for (let x = x0 + 30; x < x1 - 20; x += 50) s += rect(x, top + 40, 24, 70, '#5b4a3a') + rect(x - 4, top + 34, 32, 6, trim) + path(archPath(x + 12, 630, 30, 80), '#4a3c30');
  }
  s += rect(380, 360, 440, 280, wall) + rect(370, 350, 460, 14, trim) + rect(380, 500, 440, 10, trim);
  for (let x = 372; x < 828; x += 9) s += rect(x, 336, 5, 14, trim);
  s += path(archPath(600, 440, 130, 150), '#4a3c30') + path(archPath(600, 440, 110, 130), '#6a5a48') + rect(530, 290, 140, 12, trim);
  for (const x of [400, 440, 520, 680, 760, 800]) s += rect(x - 9, 370, 18, 130, trim) + rect(x - 13, 366, 26, 8, trim) + rect(x + 4, 370, 5, 130, '#000', op(0.08));
  for (let i = 0; i < 5; i++) s += path(archPath(440 + i * 80, 630, 46, 100), '#3e3228') + path(archPath(440 + i * 80, 630, 40, 94), '#5a4a3c', op(0.6));
  for (let i = 0; i < 6; i++) s += rect(400 - i * 14, 640 + i * 9, 400 + i * 28, 9, i % 2 ? '#d9d2c4' : '#cfc7b8');
  s += rect(0, 694, W, 106, lin(['#bdb5a8', '#8d8578']));
  for (let x = -200; x < 1400; x += 80) s += line(600 + (x - 600) * 0.3, 694, x, 800, '#7d766a', 1, op(0.5));
  for (const [tx, ts] of [[40, 2.4], [1150, 2.6], [150, 1.7], [1060, 1.8]] as const) s += roundTree(tx, 720, ts, ['#2f6b2a', '#3a7d32', '#27592a', '#4a8a3a']);
  for (let i = 0; i < 10; i++) { const x = rnd(250, 950); const y = rnd(715, 780); s += rect(x - 5, y - 30, 10, 22, pick(['#c0392b', '#ecf0f1', '#2c3e50', '#f39c12'])) + circle(x, y - 35, 5, pick(HAIR)) + rect(x - 4, y - 10, 8, 10, '#333'); }
  return s;
}

function ridge(y0: number, amp: number, seed: number): (x: number) => number {
  return (x) => y0 - amp * Math.exp(-(((x - 600 - seed * 200) / 520) ** 2)) + 18 * Math.sin(x / 90 + seed) + 9 * Math.sin(x / 37 + seed * 3);
}
function ruongBacThang(): string {
  let s = rect(0, 0, W, H, lin(['#c9dce4', '#f3eee0']));
  for (const [y0, c, amp] of [[230, '#a9bcc4', 120], [300, '#8fa8a4', 90]] as const) {
    const f = ridge(y0, amp, rnd(-1, 1));
    s += poly([0, H, ...Array.from({ length: 61 }, (_, i) => [i * 20, f(i * 20)]).flat(), W, H], c);
  }
  s += rect(0, 220, W, 160, lin(['#ffffff/0', '#ffffff/0.75', '#ffffff/0']));
  const greens = ['#8fbf3f', '#a3c94a', '#b9d35a', '#7fb23a', '#d2c65a', '#9ccf4f'];
  for (const [top, amp, gap0, n, seed] of [[380, 130, 9, 26, -0.6], [560, 120, 15, 26, 0.8]] as const) {
    const base = ridge(top, amp, seed);
    let y = 0;
    for (let i = 0; i < n; i++) {
      const gap = gap0 * (1 + i * 0.08), ph = rnd(0, 6);
      const f = (x: number) => base(x) + y + 6 * Math.sin(x / 70 + ph);
      const pts = Array.from({ length: 61 }, (_, k) => [k * 20, f(k * 20)]).flat();
      s += poly([0, H, ...pts, W, H], R() < 0.12 ? '#a9c4c8' : pick(greens)) + polyline(pts, '#4d6a24', 1.5 + i * 0.12, op(0.7));
      s += polyline(pts.map((v, k) => (k % 2 ? v + 2 + i * 0.1 : v)), '#e8f0a0', 1, op(0.35));
      y += gap;
    }
    s += rect(0, top - 40, W, 140, lin(['#ffffff/0', '#ffffff/0.45', '#ffffff/0']));
  }
  for (let i = 0; i < 14; i++) s += roundTree(rnd(0, W), rnd(300, 420), rnd(0.3, 0.5), ['#3d6b2a', '#2f5a22']);
  return s + rect(560, 470, 60, 30, '#6b4a2a') + poly([550, 472, 590, 445, 630, 472], '#4a3020');
}

function muaNgapDuong(): string {
  const pr = camera(600, 380, 560, 1.5);
  const mirror: Cam = (X, Y, Z) => pr(X, -Y, Z);
  let s = rect(0, 0, W, H, lin(['#5f6870', '#9aa1a6']));
  const colors = ['#c9b98a', '#b8a0a0', '#9fb3b5', '#c4bfa8', '#a8b39a'];
  const houses: { side: number; z: number; d: number; h: number; c: string; a: string }[] = [];
  for (const side of [-1, 1]) for (let z = 2.5; z < 110; ) { const d = rnd(3.5, 5.5); houses.push({ side, z, d, h: rnd(7, 13), c: pick(colors), a: pick(['#7a3030', '#2e5f80', '#3f6a3f']) }); z += d; }
  houses.sort((a, b) => b.z - a.z);
  let refl = '';
  for (const h of houses) { s += tubeHouse(pr, h.side, h.z, h.d, h.h, h.c, h.a); refl += tubeHouse(mirror, h.side, h.z, h.d, h.h, h.c, h.a); }
  s += quad(pr(-40, 0, 1), pr(40, 0, 1), pr(40, 0, 300), pr(-40, 0, 300), '#6a6252');
  s += `<g ${op(0.5)} ${blur(2)}>${refl}</g>` + quad(pr(-40, 0, 1), pr(40, 0, 1), pr(40, 0, 300), pr(-40, 0, 300), lin(['#8a8474/0.3', '#5c5446/0.7']));
  for (let i = 0; i < 260; i++) { const z = rnd(2, 60); const [x, y] = pr(rnd(-6, 6), 0, z); s += ellipse(x, y, 120 / z, 30 / z, 'none', stroke('#dde', 1, op(rnd(0.2, 0.5)))); }
  const riders = Array.from({ length: 8 }, () => ({ X: rnd(-3.5, 3.5), z: rnd(4, 22) })).sort((a, b) => b.z - a.z);
  for (const { X, z } of riders) {
    const [x, y] = pr(X, 0, z);
    const m = 560 / z;
    s += bike(x, y, m, '#333', { shirt: pick(['#2e86de', '#27ae60', '#f1c40f', '#e74c3c', '#8e44ad', '#e67e22']), helmet: pick(['#ecf0f1', '#c0392b', '#2c3e50']), poncho: true });
    s += rect(x - 0.8 * m, y - 0.38 * m, 1.6 * m, 0.5 * m, '#6f6858', op(0.85)) + path(`M${q(x - 0.9 * m)} ${q(y - 0.2 * m)} Q${q(x)} ${q(y - 0.5 * m)} ${q(x + 0.9 * m)} ${q(y - 0.2 * m)}`, 'none', stroke('#e8e8e0', 0.05 * m, op(0.7)));
    s += glow(x, y - 0.6 * m, 0.4 * m, '#ff4030', 0.6);
  }
  for (let i = 0; i < 1400; i++) { const x = rnd(-50, W + 50); const y = rnd(-50, H); const l = rnd(15, 55); s += line(x, y, x - l * 0.25, y + l, '#e8eef2', rnd(0.8, 1.6), op(rnd(0.12, 0.35))); }
  return s + rect(0, 0, W, H, '#8f979c', op(0.12));
}

function thuVienSach(): string {
  const books = ['#7b1f1f', '#1f3a5f', '#2e5e3a', '#b5852a', '#5a3a22', '#8e2f4f', '#c9b68a', '#3b3b4f', '#a0522d'];
  let s = rect(0, 0, W, H, '#2a1a10');
  for (let col = 0; col < 5; col++) {
    const x0 = 160 + col * 176;
    s += rect(x0, 40, 172, 480, '#1b100a') + rect(x0 - 4, 40, 8, 480, '#5a3820');
    for (let y = 60; y < 500; y += 76) {
      for (let x = x0 + 6; x < x0 + 164; ) { const w = rnd(6, 15); const h = rnd(48, 66); if (x + w > x0 + 166) break; s += rect(x, y + 66 - h, w, h, pick(books)) + rect(x, y + 72 - h, w, 3, '#d9b46a', op(0.5)); x += w + (R() < 0.08 ? 10 : 0.8); }
      s += rect(x0, y + 66, 172, 10, '#6b4426');
    }
  }
  for (const flip of [false, true]) {
    let side = poly([0, 0, 160, 40, 160, 520, 0, 720], '#3a2414');
    const yt = (x: number) => (40 * x) / 160;
    const yb = (x: number) => 720 - (200 * x) / 160;
    for (let f = 0.04; f < 0.94; f += 0.15) {
      for (let x = 0; x < 156; ) { const w = 4 + (160 - x) * 0.08 * rnd(0.8, 1.4); const x2 = Math.min(x + w, 158); const Y = (xx: number, ff: number) => yt(xx) + ff * (yb(xx) - yt(xx)); side += poly([x, Y(x, f + 0.02), x2, Y(x2, f + 0.02), x2, Y(x2, f + 0.13), x, Y(x, f + 0.13)], pick(books)); x = x2 + 0.5; }
      side += poly([0, yt(0) + (f + 0.13) * 720, 160, 40 + (f + 0.13) * 480, 160, 40 + (f + 0.15) * 480, 0, (f + 0.15) * 720], '#6b4426');
    }
    s += flip ? `<g transform="translate(${W} 0) scale(-1 1)">${side}</g>` : side;
  }
  s += rect(160, 520, 880, 280, '#5a3a22') + poly([0, 720, 160, 520, 1040, 520, W, 720, W, H, 0, H], lin(['#6e4a2c', '#3e2614']));
  for (let i = -10; i <= 10; i++) s += line(600 + i * 45, 520, 600 + i * 120, 800, '#2e1c0e', 1.5, op(0.5));
  for (let i = 0; i < 7; i++) s += glow(190 + i * 137, 20, 70, '#ffe7b0', 0.5);
  for (const [y, sc] of [[590, 0.75], [700, 1]] as const) {
    s += poly([600 - 360 * sc, y, 600 + 360 * sc, y, 600 + 390 * sc, y + 30 * sc, 600 - 390 * sc, y + 30 * sc], '#8a5a32') + rect(600 - 390 * sc, y + 30 * sc, 780 * sc, 12 * sc, '#5e3a1e');
    for (const lx of [-240, 0, 240]) { const x = 600 + lx * sc; s += glow(x, y - 10 * sc, 90 * sc, '#fff3c0', 0.5) + line(x, y, x, y - 40 * sc, '#c9a23a', 3 * sc) + path(`M${q(x - 30 * sc)} ${q(y - 38 * sc)} Q${q(x)} ${q(y - 62 * sc)} ${q(x + 30 * sc)} ${q(y - 38 * sc)}Z`, '#1e6b3a'); }
    for (const bx of [-150, 120]) s += poly([600 + (bx - 30) * sc, y + 14 * sc, 600 + (bx + 30) * sc, y + 14 * sc, 600 + (bx + 34) * sc, y + 24 * sc, 600 + (bx - 34) * sc, y + 24 * sc], '#f4efe2');
  }
  s += seatedBack(480, 640, 1.05, '#6a8caf', '#1a1512') + seatedBack(760, 650, 1.1, '#c0504d', '#2b2520');
  return s;
}

function nhaThoTinLanh(): string {
  let s = rect(0, 0, W, H, lin(['#4f8fd0', '#cfe3f0']));
  for (let i = 0; i < 5; i++) { const cx = rnd(0, W); const cy = rnd(40, 200); for (let k = 0; k < 6; k++) s += ellipse(cx + rnd(-70, 70), cy + rnd(-12, 12), rnd(40, 80), rnd(14, 26), '#fff', op(0.75)); }
  const greens = ['#2f6b2a', '#3a7d32', '#27592a', '#4a8a3a', '#567d2e'];
  for (let x = -40; x < W + 40; x += rnd(50, 90)) s += roundTree(x, 560, rnd(1, 1.7), greens);
  s += rect(0, 560, W, 240, lin(['#6aa34a', '#3f7a2c']));
  s += poly([380, 380, 880, 380, 900, 420, 360, 420], '#8e3b2a') + rect(370, 420, 520, 170, '#f3ecdc') + rect(370, 570, 520, 20, '#c9bfa8');
  for (let i = 0; i < 5; i++) s += path(`M${470 + i * 85} 540 V470 Q${485 + i * 85} 440 ${500 + i * 85} 470 V540Z`, '#4a6a8a') + line(485 + i * 85, 455, 485 + i * 85, 540, '#f3ecdc', 2);
  s += rect(380, 280, 80, 310, '#f7f1e4') + rect(440, 280, 20, 310, '#ddd3bd') + poly([370, 280, 470, 280, 420, 150], '#7a2f22') + poly([420, 150, 470, 280, 440, 280], '#5a2018');
  s += path(archPath(420, 360, 30, 50), '#3a3a3a') + line(412, 340, 428, 340, '#777', 2) + line(412, 350, 428, 350, '#777', 2) + path(archPath(420, 590, 44, 80), '#6a3a22');
  s += rect(417, 95, 6, 58, '#f4f4f4') + rect(404, 112, 32, 6, '#f4f4f4');
  s += poly([400, 590, 440, 590, 520, 800, 320, 800], '#d8cdb4');
  for (let x = 0; x < W; x += 16) if (x < 330 || x > 530) s += rect(x, 640, 4, 30, '#f4f4f4');
  s += rect(0, 645, 330, 3, '#f4f4f4') + rect(530, 645, 670, 3, '#f4f4f4');
  for (let i = 0; i < 30; i++) s += circle(rnd(0, W), rnd(600, 640), rnd(14, 26), pick(['#2f6b2a', '#3f7d2a', '#4f8a3a']));
  return s + roundTree(1080, 700, 2.6, greens) + roundTree(90, 720, 2.2, greens);
}

function chartScreen(x: number, y: number, w: number, h: number): string {
  let s = rect(x, y, w, h, lin(['#0f2a44', '#081626'])) + glow(x + w / 2, y + h / 2, w * 0.7, '#2a7fd4', 0.15);
  const kind = Math.floor(rnd(0, 4));
  if (kind === 0) { const pts: number[] = []; let v = rnd(0.3, 0.7); for (let i = 0; i <= 20; i++) { v = Math.min(0.9, Math.max(0.1, v + rnd(-0.12, 0.12))); pts.push(x + 8 + (i * (w - 16)) / 20, y + h - 8 - v * (h - 16)); } s += poly([x + 8, y + h - 8, ...pts, x + w - 8, y + h - 8], '#36d1dc', op(0.2)) + polyline(pts, '#36d1dc', 2); }
  if (kind === 1) for (let i = 0; i < 8; i++) { const bh = rnd(0.2, 0.9) * (h - 20); s += rect(x + 10 + (i * (w - 20)) / 8, y + h - 8 - bh, (w - 20) / 8 - 4, bh, pick(['#f39c12', '#2ecc71', '#3498db'])); }
  if (kind === 2) { const r = h * 0.32; const c = 2 * Math.PI * r; let off = 0; for (const col of ['#e74c3c', '#f1c40f', '#2ecc71', '#3498db']) { const seg = c * rnd(0.15, 0.3); s += circle(x + w / 2, y + h / 2, r, 'none', `stroke="${col}" stroke-width="${q(h * 0.12)}" stroke-dasharray="${q(seg)} ${q(c)}" stroke-dashoffset="${q(-off)}"`); off += seg; } }
  if (kind === 3) { for (let i = 0; i < 6; i++) s += ellipse(x + rnd(0.2, 0.8) * w, y + rnd(0.25, 0.75) * h, rnd(12, 30), rnd(8, 20), '#1e8a6e', op(0.6)); for (let i = 0; i < 8; i++) s += circle(x + rnd(0.1, 0.9) * w, y + rnd(0.2, 0.8) * h, 3, '#ff5e57'); }
  return s;
}
function vanPhongDuLieu(): string {
  let s = rect(0, 0, W, H, lin(['#070c18', '#131d33']));
  s += rect(100, 40, 1000, 400, '#03060c');
  for (let r = 0; r < 3; r++) for (let c = 0; c < 5; c++) s += chartScreen(110 + c * 198, 50 + r * 128, 190, 120);
  s += glow(600, 240, 620, '#3a8ee6', 0.18) + rect(0, 440, W, 360, lin(['#0e1628', '#05080f']));
  s += `<g transform="translate(0 ${2 * 440}) scale(1 -1)" ${op(0.12)} ${blur(3)}>${rect(100, 280, 1000, 160, '#3a8ee6')}</g>`;
  for (const [y, sc] of [[540, 0.75], [690, 1.05]] as const) {
    s += poly([0, y, W, y, W, y + 40 * sc, 0, y + 40 * sc], '#1c2333') + rect(0, y + 40 * sc, W, 60 * sc, '#0c111d');
    for (let x = 90 * sc; x < W; x += 220 * sc) {
      for (const dx of [-45, 45]) { s += rect(x + (dx - 40) * sc, y - 70 * sc, 80 * sc, 52 * sc, '#111') + chartScreen(x + (dx - 36) * sc, y - 66 * sc, 72 * sc, 44 * sc) + rect(x + (dx - 4) * sc, y - 18 * sc, 8 * sc, 20 * sc, '#222'); }
      if (R() < 0.8) s += rect(x - 30 * sc, y - 10 * sc, 60 * sc, 70 * sc, '#0a0a0e', `rx="${q(10 * sc)}"`) + seatedBack(x + rnd(-10, 10) * sc, y + 10 * sc, sc * 1.1, pick(['#2b3445', '#3a4660', '#dcdcdc', '#1e2430']), pick(HAIR));
    }
  }
  return s;
}

function vuonDaoNhatTan(): string {
  let s = rect(0, 0, W, H, lin(['#fbeee6', '#f8e0d4', '#f0d2c4'])) + glow(260, 120, 600, '#fff8e6', 0.9);
  s += rect(0, 470, W, 330, lin(['#c4c891', '#7d8f55']));
  for (let i = -12; i <= 12; i++) s += line(600 + i * 30, 470, 600 + i * 160, 800, '#8a6a4a', 6, op(0.35));
  for (const [y, n, len, haze, lv] of [[480, 18, 80, 0.55, 4], [560, 9, 140, 0.3, 5], [700, 5, 230, 0.05, 5]] as const) for (let i = 0; i < n; i++) s += blossomTree(rnd(-50, W + 50), y + rnd(-10, 20), len * rnd(0.8, 1.2), haze, lv);
  s += `<g ${blur(6)}>${Array.from({ length: 40 }, () => circle(rnd(900, W + 60), rnd(-40, 260), rnd(14, 32), pick(['#f8bbd0', '#f48fb1', '#fce4ec']), op(0.85))).join('')}</g>`;
  return s + rect(0, 0, W, H, '#fff2e8', op(0.12));
}

// ---------- photo story (gallery): a day at the end of the year in the Old Quarter ----------
/** Morning mist over Hồ Gươm: the dusk scene, cooled and veiled, with early walkers on the shore. */
function phoCoHoGuomSuongSom(): string {
  let s = hoGuom() + rect(0, 0, W, H, lin(['#dfe8f0/0.78', '#c9d6e0/0.62@0.55', '#9fb0bf/0.5']));
  s += `<g ${blur(18)}>${Array.from({ length: 14 }, () => ellipse(rnd(-100, W + 100), rnd(380, 520), rnd(160, 320), rnd(18, 40), '#f4f7fa', op(0.55))).join('')}</g>`;
  for (let i = 0; i < 9; i++) { const x = rnd(300, 1100), sc = rnd(0.9, 1.3); s += rect(x - 5 * sc, 700 - 60 * sc, 10 * sc, 60 * sc, '#2a2f38') + circle(x, 700 - 68 * sc, 7 * sc, '#2a2f38') + rect(x - 7 * sc, 700 - 56 * sc, 14 * sc, 28 * sc, pick(['#c0392b', '#2e86c1', '#f1f1f1', '#27ae60'])); }
  return s;
}
/** Hàng Mã before Tết: the street scene with rows of red lanterns strung between the houses. */
function phoCoHangMa(): string {
  let s = phoPhuongHaNoi() + rect(0, 0, W, H, '#7a1a10', op(0.12));
  for (let k = 0; k < 6; k++) {
    const sc = 0.45 + k * 0.18, y = 60 + k * 38, sag = 40 * sc, pts: number[] = [];
    for (let t = 0; t <= 1.001; t += 0.05) pts.push(-40 + t * 1280, y + sag * 4 * t * (1 - t));
    s += polyline(pts, '#2b1a10', 1.2);
    for (let t = rnd(0, 0.05); t < 1; t += (70 * sc) / 1280) s += lantern(-40 + t * 1280, y + sag * 4 * t * (1 - t) + 40 * sc, sc, pick(['#e8302a', '#d62c1f', '#f1c40f', '#e8302a']));
  }
  return s;
}
/** Peach branches going home on the backs of motorbikes, the Nhật Tân orchard behind them. */
function phoCoChoDao(): string {
  let s = vuonDaoNhatTan() + rect(0, 610, W, 190, lin(['#8c8a84', '#5e5c58']));
  for (const [x, sc] of [[260, 1.25], [700, 1.05], [1010, 0.9]] as const) {
    s += bikeSide(x, 760 - (1.25 - sc) * 120, 150 * sc, pick(['#b22222', '#1f3f7f', '#222']));
    s += blossomTree(x - 10 * sc, 700 - (1.25 - sc) * 120, 260 * sc, 0, 4);
  }
  return s;
}
/** Long Biên at sunset: the river scene warmed by a low sun. */
function phoCoLongBienHoangHon(): string {
  return cauLongBien() + rect(0, 0, W, H, lin(['#ff9a3c/0.35', '#d9534f/0.25@0.5', '#3a1f3a/0.35'])) + glow(930, 330, 200, '#ffd27a', 0.8);
}

/** The sample photos, by file name (data/images/{name}.jpg). */
export const SCENES: Record<string, () => string> = {
  'hoi-nghi-quang-canh': hoiNghiQuangCanh, 'hoi-nghi-phat-bieu-1': hoiNghiPhatBieu1, 'hoi-nghi-phat-bieu-2': hoiNghiPhatBieu2,
  'pho-phuong-ha-noi': phoPhuongHaNoi, 'ho-guom': hoGuom, 'cau-long-bien': cauLongBien, 'lop-hoc-stem': lopHocStem, 'san-van-dong': sanVanDong,
  'cho-nong-san': choNongSan, 'cang-container': cangContainer, 'cong-truong-metro': congTruongMetro, 'le-hoi-den-long': leHoiDenLong,
  'nha-hat-lon': nhaHatLon, 'ruong-bac-thang': ruongBacThang, 'mua-ngap-duong': muaNgapDuong, 'thu-vien-sach': thuVienSach,
  'nha-tho-tin-lanh': nhaThoTinLanh, 'van-phong-du-lieu': vanPhongDuLieu, 'vuon-dao-nhat-tan': vuonDaoNhatTan,
  'pho-co-ho-guom-suong-som': phoCoHoGuomSuongSom, 'pho-co-hang-ma': phoCoHangMa, 'pho-co-cho-dao': phoCoChoDao, 'pho-co-long-bien-hoang-hon': phoCoLongBienHoangHon,
};
