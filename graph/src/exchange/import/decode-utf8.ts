export interface InvalidUtf8 {
  /** 0-based byte offset of the first byte of the invalid sequence. */
  offset: number;
  /** 1-based line of the file (counting LF bytes before the offset). */
  line: number;
  /** The offending bytes in hex, for the message: `b9 a4`. */
  bytes: string;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; invalid: InvalidUtf8[] };

/** Reports the first invalid sequence of each line, no more than this many in all. */
const MAX_REPORTED = 1_000;

/** Length of the well-formed UTF-8 sequence at `i`, or 0 if the bytes there are not one (RFC 3629, table 3-7 of Unicode). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const continuation = (index: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[index];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(i + 1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // E0 needs A0–BF (no overlongs); ED needs 80–9F (no surrogates).
    const low = b0 === 0xe0 ? 0xa0 : 0x80;
    const high = b0 === 0xed ? 0x9f : 0xbf;
    return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const low = b0 === 0xf0 ? 0x90 : 0x80;
    const high = b0 === 0xf4 ? 0x8f : 0xbf;
    return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
  }
  return 0;
}

function findInvalidSequences(bytes: Uint8Array): InvalidUtf8[] {
  const invalid: InvalidUtf8[] = [];
  let line = 1;
  let lastReportedLine = 0;
  let i = 0;
  while (i < bytes.length && invalid.length < MAX_REPORTED) {
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      if (bytes[i] === 0x0a) line += 1;
      i += length;
      continue;
    }
    if (line !== lastReportedLine) {
      const shown = Array.from(bytes.subarray(i, Math.min(i + 2, bytes.length)), (b) =>
        b.toString(16).padStart(2, '0'),
      );
      invalid.push({ offset: i, line, bytes: shown.join(' ') });
      lastReportedLine = line;
    }
    i += 1;
  }
  return invalid;
}

/**
 * Decodes a file as UTF-8 with the standard's fatal decoder; if it refuses, finds where: one
 * entry per line with invalid bytes (a file saved as GBK by a spreadsheet typically has many).
 * A leading byte-order mark is removed.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, invalid: findInvalidSequences(bytes) };
  }
}
