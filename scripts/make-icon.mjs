// Draws resources/icon.png (512×512): a deep-blue rounded square with a white headset around a
// small bar chart — a contact center, supervised. Node built-ins only, so anyone can regenerate it:
//   node scripts/make-icon.mjs [output.png]
import { writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const SIZE = 512
// 4×4 samples per pixel give smooth edges without an anti-aliasing library.
const SAMPLES = 4

const BLUE_TOP = [0x23, 0x4f, 0xc4]
const BLUE_BOTTOM = [0x12, 0x2b, 0x7a]
const WHITE = [0xff, 0xff, 0xff]

// Signed distances (negative inside) of the shapes, in pixels of the 512 canvas.
function roundedRect(x, y, cx, cy, halfWidth, halfHeight, radius) {
  const qx = Math.abs(x - cx) - halfWidth + radius
  const qy = Math.abs(y - cy) - halfHeight + radius
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0))
  return outside + Math.min(Math.max(qx, qy), 0) - radius
}

function circle(x, y, cx, cy, r) {
  return Math.hypot(x - cx, y - cy) - r
}

/** The upper half of a ring: the headband. */
function upperArc(x, y, cx, cy, radius, thickness) {
  if (y > cy) return Math.min(circle(x, y, cx - radius, cy, thickness / 2), circle(x, y, cx + radius, cy, thickness / 2))
  return Math.abs(Math.hypot(x - cx, y - cy) - radius) - thickness / 2
}

const background = (x, y) => roundedRect(x, y, 256, 256, 240, 240, 104)

function glyph(x, y) {
  const band = upperArc(x, y, 256, 262, 150, 30)
  const leftCup = roundedRect(x, y, 118, 300, 30, 60, 26)
  const rightCup = roundedRect(x, y, 394, 300, 30, 60, 26)
  // The microphone boom: the lower part of a ring, curving from the right cup to the mouthpiece.
  const boom = Math.max(Math.abs(Math.hypot(x - 300, y - 330) - 96) - 9, 356 - y, x - 394)
  const mouth = roundedRect(x, y, 268, 424, 34, 14, 14)
  // Three rising bars between the cups.
  const bars = Math.min(
    roundedRect(x, y, 206, 330, 17, 40, 8),
    roundedRect(x, y, 256, 306, 17, 64, 8),
    roundedRect(x, y, 306, 280, 17, 90, 8)
  )
  return Math.min(band, leftCup, rightCup, boom, mouth, bars)
}

function pixel(px, py) {
  let inBackground = 0
  let inGlyph = 0
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES
      const y = py + (sy + 0.5) / SAMPLES
      if (background(x, y) <= 0) {
        inBackground++
        if (glyph(x, y) <= 0) inGlyph++
      }
    }
  }
  const samples = SAMPLES * SAMPLES
  const alpha = inBackground / samples
  if (alpha === 0) return [0, 0, 0, 0]
  const t = py / (SIZE - 1)
  const blue = BLUE_TOP.map((top, i) => top + (BLUE_BOTTOM[i] - top) * t)
  const white = inGlyph / inBackground
  const rgb = blue.map((b, i) => Math.round(b + (WHITE[i] - b) * white))
  return [...rgb, Math.round(alpha * 255)]
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buffer) {
  let c = 0xffffffff
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

export function renderIcon() {
  // Each row starts with filter byte 0 (None); RGBA, 8 bits per channel.
  const raw = Buffer.alloc(SIZE * (1 + SIZE * 4))
  for (let y = 0; y < SIZE; y++) {
    const row = y * (1 + SIZE * 4)
    for (let x = 0; x < SIZE; x++) {
      const [r, g, b, a] = pixel(x, y)
      raw.set([r, g, b, a], row + 1 + x * 4)
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.set([8, 6, 0, 0, 0], 8) // bit depth 8, colour type RGBA, deflate, adaptive filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

const here = dirname(fileURLToPath(import.meta.url))
const output = resolve(process.argv[2] ?? resolve(here, '../resources/icon.png'))
writeFileSync(output, renderIcon())
console.log(`wrote ${output}`)
