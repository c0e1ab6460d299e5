// The site's mark: a white gate tower with two arches on a red square. The masthead logo
// (make-photos.ts) and the icon set (make-icons.ts) both draw it from here, in the mark's own
// coordinates: the square is 52 units wide at (2, 4).
export const BRAND_RED = '#a50e0e';
export const MARK_BOX = { x: 2, y: 4, size: 52 } as const;

const arch = (cx: number, base: number, w: number, h: number) =>
  `M${cx - w / 2} ${base} V${base - h + w / 2} A${w / 2} ${w / 2} 0 0 1 ${cx + w / 2} ${base - h + w / 2} V${base}Z`;

/** The tower (white) with its arches (cut in red), to be drawn over the red square. */
export const MARK_FIGURE =
  '<rect x="14" y="44" width="28" height="4" fill="#fff"/><rect x="17" y="32" width="22" height="12" fill="#fff"/>' +
  '<rect x="20" y="22" width="16" height="10" fill="#fff"/><path d="M16 22 Q28 14 40 22Z" fill="#fff"/>' +
  `<rect x="27" y="10" width="2" height="8" fill="#fff"/><path d="${arch(28, 44, 6, 9)}" fill="${BRAND_RED}"/>` +
  `<path d="${arch(28, 32, 5, 7)}" fill="${BRAND_RED}"/>`;

/** The mark as the masthead shows it: the rounded red square and the tower. */
export const MARK = `<rect x="${MARK_BOX.x}" y="${MARK_BOX.y}" width="${MARK_BOX.size}" height="${MARK_BOX.size}" fill="${BRAND_RED}" rx="8"/>${MARK_FIGURE}`;
