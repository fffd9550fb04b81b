// Draws the add-in's icons (assets/icon-<size>.png): a blue tile holding a white pie with one
// amber slice, the lump sum and one municipality's share of it. Run `node assets/drawIcons.mjs`
// after changing the design; the PNGs are committed so the build needs no image tools.
import { writeFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const TILE = [0x1f, 0x5b, 0x99];
const PIE = [0xff, 0xff, 0xff];
const SLICE = [0xf2, 0xa9, 0x00];
const SUPERSAMPLE = 4;

/** Colour and coverage of one point in unit coordinates (0..1), or undefined outside the tile. */
function paint(x, y) {
  const r = 0.2; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return undefined;
  const dx = x - 0.5;
  const dy = y - 0.5;
  if (dx * dx + dy * dy > 0.32 * 0.32) return TILE;
  // The slice: a quarter from 12 o'clock clockwise, with a thin gap so it reads as cut out.
  const angle = Math.atan2(dx, -dy);
  if (angle > 0.06 && angle < Math.PI / 2 - 0.06) return SLICE;
  return angle >= 0 && angle <= Math.PI / 2 ? TILE : PIE;
}

function pixels(size) {
  const out = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    out[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = paint(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size
          );
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const n = SUPERSAMPLE * SUPERSAMPLE;
      out[o] = a ? Math.round(r / a) : 0;
      out[o + 1] = a ? Math.round(g / a) : 0;
      out[o + 2] = a ? Math.round(b / a) : 0;
      out[o + 3] = Math.round((255 * a) / n);
    }
  }
  return out;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(6, 9); // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(pixels(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`./icon-${size}.png`, import.meta.url), png(size));
