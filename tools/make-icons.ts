// Draws Heard's toolbar icon (a speech bubble with an ear-like curve) into PNGs at the sizes the
// manifests ask for. Run once when the design changes: node --import tsx tools/make-icons.ts
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shape in unit coordinates (0..1): a rounded bubble with a tail, and a white "ear" arc inside.
function coverage(u: number, v: number): { bubble: boolean; ear: boolean } {
  const inRoundRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
  const body = inRoundRect(u, v, 0.06, 0.08, 0.94, 0.78, 0.2);
  const tail = v >= 0.7 && v <= 0.95 && u >= 0.22 && u <= 0.42 && u - 0.22 <= (0.95 - v) * 0.9;
  const d = Math.hypot(u - 0.5, v - 0.43);
  const ear = d >= 0.15 && d <= 0.23 && !(u > 0.5 && v > 0.43);
  const dot = Math.hypot(u - 0.5, v - 0.43) <= 0.06;
  return { bubble: body || tail, ear: ear || dot };
}

mkdirSync('assets/public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const S = 4; // supersampling
  const buf = png(size, (x, y) => {
    let bubble = 0;
    let ear = 0;
    for (let i = 0; i < S; i++)
      for (let j = 0; j < S; j++) {
        const c = coverage((x + (i + 0.5) / S) / size, (y + (j + 0.5) / S) / size);
        if (c.bubble) bubble++;
        if (c.bubble && c.ear) ear++;
      }
    const a = bubble / (S * S);
    const e = ear / Math.max(1, bubble);
    const mix = (p: number, q: number): number => Math.round(p * (1 - e) + q * e);
    return [mix(0x2f, 0xff), mix(0x6f, 0xff), mix(0x5e, 0xff), Math.round(a * 255)];
  });
  writeFileSync(`assets/public/icons/${size}.png`, buf);
}
console.log('icons written');
