/**
 * Bytes → text, with a message for anything that is not plain UTF-8. Pure.
 */
import type { VFile } from 'vfile'

/** Characters of Windows-1252 at 0x80–0x9F (the rest of the range is Latin-1). */
const CP1252 =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/**
 * Decode a dump's bytes. Returns null (with a fatal message on `file`) when
 * the bytes are not text.
 */
export function fromBytes(bytes: Uint8Array, file: VFile): string | null {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const littleEndian = bytes[0] === 0xff
    warn(file, `Found a UTF-16 ${littleEndian ? 'LE' : 'BE'} byte order mark, expected UTF-8; decoded as UTF-16`, 'encoding-utf16')
    return new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2))
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    const place = placeOfByte(bytes, nul)
    fatal(file, `Found a NUL byte at byte ${nul}, expected text: this looks like a binary file`, 'encoding-binary', place)
    return null
  }
  let start = 0
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start))
  } catch {
    const bad = firstInvalidUtf8(bytes, start)
    const place = placeOfByte(bytes, bad)
    if (looksLikeCp1252(bytes)) {
      warn(file, `Found byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} that is not UTF-8, expected UTF-8; decoded as Windows-1252 (Latin-1)`, 'encoding-cp1252', place)
      return decodeCp1252(bytes)
    }
    fatal(file, `Found byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} that is not UTF-8, expected UTF-8 text (save the file as UTF-8)`, 'encoding-invalid', place)
    return null
  }
}

/**
 * Windows-1252 is likely when the invalid bytes are mostly French accented
 * letters (0xC0–0xFF) standing between ASCII letters, and no byte is a
 * C0 control other than tab / newline / return.
 */
function looksLikeCp1252(bytes: Uint8Array): boolean {
  let high = 0
  let letterLike = 0
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false
    if (byte >= 0x80) {
      high++
      const prev = bytes[i - 1] ?? 0x20
      const next = bytes[i + 1] ?? 0x20
      const isAsciiAround = (b: number) => b < 0x80
      if (byte >= 0xc0 && isAsciiAround(prev) && isAsciiAround(next)) letterLike++
      else if (byte >= 0x80 && byte <= 0x9f && isAsciiAround(prev) && isAsciiAround(next)) letterLike++
    }
  }
  return high > 0 && letterLike / high >= 0.8
}

function decodeCp1252(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252[byte - 0x80] : String.fromCharCode(byte)
  return out
}

function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += need + 1
  }
  return Math.max(start, bytes.length - 1)
}

/** Line and column (1-based, counted in bytes for the column) of a byte. */
function placeOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < index && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: index - lineStart + 1 }
}

function warn(file: VFile, reason: string, ruleId: string, place?: { line: number; column: number }): void {
  file.message(reason, { ruleId, source: 'chronique', place })
}

function fatal(file: VFile, reason: string, ruleId: string, place?: { line: number; column: number }): void {
  const message = file.message(reason, { ruleId, source: 'chronique', place })
  message.fatal = true
}
