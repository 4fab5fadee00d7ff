#!/usr/bin/env node
/**
 * Draws the add-in's ribbon and store icons (assets/icon-{16,32,64,80}.png, plus
 * check/refresh button icons) without any image library: shapes are rendered
 * with 4×4 supersampling and written as PNG with Node's zlib. The PNGs are
 * committed; rerun this only to change the artwork: `node scripts/make-icons.js`.
 */
'use strict';
/* global Buffer */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function png(size, rgba) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a 0..1 coordinate space; later shapes paint over earlier ones.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const dx = x - (ax + t * vx);
  const dy = y - (ay + t * vy);
  return dx * dx + dy * dy <= (w / 2) * (w / 2);
};
const ring = (cx, cy, r, w, from, to) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  let a = (Math.atan2(y - cy, x - cx) * 180) / Math.PI;
  if (a < 0) a += 360;
  return Math.abs(d - r) <= w / 2 && a >= from && a <= to;
};
const tri = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by);
  const d2 = s(bx, by, cx, cy);
  const d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const BLUE = [0x1f, 0x6f, 0xb2, 255];
const WHITE = [255, 255, 255, 255];
const RED = [0xc0, 0x39, 0x2b, 255];
const GREEN = [0x21, 0x7a, 0x3c, 255];
const LIGHT = [0xd6, 0xe6, 0xf5, 255];

const ICONS = {
  // The ledger: a sheet with lines and a red seal-like check (销号).
  icon: [
    [roundRect(0.06, 0.06, 0.94, 0.94, 0.16), BLUE],
    [roundRect(0.22, 0.17, 0.78, 0.85, 0.06), WHITE],
    [segment(0.32, 0.34, 0.68, 0.34, 0.07), BLUE],
    [segment(0.32, 0.5, 0.58, 0.5, 0.07), BLUE],
    [segment(0.32, 0.66, 0.5, 0.66, 0.07), BLUE],
    [segment(0.52, 0.68, 0.62, 0.78, 0.09), RED],
    [segment(0.62, 0.78, 0.84, 0.52, 0.09), RED],
  ],
  check: [
    [roundRect(0.1, 0.06, 0.82, 0.94, 0.08), LIGHT],
    [segment(0.24, 0.3, 0.66, 0.3, 0.08), BLUE],
    [segment(0.24, 0.48, 0.56, 0.48, 0.08), BLUE],
    [segment(0.46, 0.7, 0.6, 0.84, 0.11), GREEN],
    [segment(0.6, 0.84, 0.92, 0.5, 0.11), GREEN],
  ],
  refresh: [
    [ring(0.5, 0.5, 0.32, 0.13, 20, 300), BLUE],
    [tri(0.6, 0.02, 0.98, 0.2, 0.64, 0.42), BLUE],
  ],
};

function render(shapes, size) {
  const out = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let c = null;
          for (const [f, col] of shapes) if (f(x, y)) c = col;
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 255;
          }
        }
      }
      const n = S * S;
      const i = (py * size + px) * 4;
      const alpha = a / n;
      // Colour averaged over covered samples only (straight alpha), so edges do not darken.
      const covered = a / 255 || 1;
      out[i] = Math.round(r / covered);
      out[i + 1] = Math.round(g / covered);
      out[i + 2] = Math.round(b / covered);
      out[i + 3] = Math.round(alpha);
    }
  }
  return out;
}

const dir = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const [name, shapes] of Object.entries(ICONS)) {
  for (const size of [16, 32, 64, 80]) {
    fs.writeFileSync(path.join(dir, `${name}-${size}.png`), png(size, render(shapes, size)));
  }
}
console.log(`icons written to ${dir}`);
