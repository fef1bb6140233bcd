import type { PDFFont } from 'pdf-lib';

/**
 * Text for pdf-lib's standard fonts (WinAnsi): characters the font lacks would make pdf-lib throw, so a
 * letter with an accent the font lacks loses the accent (č -> c), a tab becomes a space, anything else '?'.
 * The exact spelling stays where it matters (the certificate's QR code, the database).
 */
export function printable(chars: ReadonlySet<number>, s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    if (ch === '\t') out += ' ';
    else if (chars.has(ch.codePointAt(0)!)) out += ch;
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base && [...base].every((c) => chars.has(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}

/** Splits text into lines no wider than `width`: at spaces, inside words (long URLs) when needed; "\n" starts a paragraph. */
export function wrapText(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      // A single character wider than the line stays whole (cutting it would loop forever).
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
