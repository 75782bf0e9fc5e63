// Draws the toolbar icons (16/32/48/128 px PNG) from simple shapes, so they are crisp at every size
// without an image editor: an orange rounded square (Xiaomi's colour) with a white speech-card and
// a small clock hand ("context: what changed since"). Run: node test/tools/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4;

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Signed-distance helpers in unit coordinates (0..1). */
const roundedRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r, qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by, w) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - w;
};

/** Colour of one sample point, or null for transparent. */
function sample(x, y, disabled) {
  if (roundedRect(x, y, 0.5, 0.5, 0.47, 0.47, 0.2) > 0) return null;
  const base = disabled ? [150, 150, 150] : [255, 105, 0];
  // White ring (a dial) with a hand pointing to "now".
  const d = Math.hypot(x - 0.5, y - 0.5);
  const ring = Math.abs(d - 0.27) - 0.06;
  const hand1 = segment(x, y, 0.5, 0.5, 0.5, 0.33, 0.045);
  const hand2 = segment(x, y, 0.5, 0.5, 0.63, 0.58, 0.045);
  if (ring <= 0 || hand1 <= 0 || hand2 <= 0) return [255, 255, 255];
  return base;
}

function draw(size, disabled) {
  const out = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, disabled);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a++;
        }
      }
      const i = (py * size + px) * 4;
      if (a) { out[i] = r / a; out[i + 1] = g / a; out[i + 2] = b / a; out[i + 3] = Math.round((a / (n * n)) * 255); }
    }
  }
  return out;
}

mkdirSync('icons', { recursive: true });
for (const size of SIZES) {
  writeFileSync(`icons/icon-${size}.png`, png(size, draw(size, false)));
  writeFileSync(`icons/icon-${size}-off.png`, png(size, draw(size, true)));
}
console.log(`wrote icons/icon-{${SIZES.join(',')}}.png and -off variants`);
