/**
 * Test helpers for certificates: read a QR code back from a PNG, from the image inside a PDF, and from a
 * PDF attached to a raw e-mail. Small on purpose (PNG and PDF readers for what vaxops writes).
 */
import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';

// jsqr is CommonJS: its function is module.exports and module.exports.default; under NodeNext types only the latter is callable.
const jsQR = jsQRModule.default;

type Pixels = { width: number; height: number; rgba: Uint8ClampedArray };

/** Decodes an 8-bit, non-interlaced PNG (grey, RGB, grey+alpha or RGBA) into RGBA pixels. */
export function decodePng(png: Buffer): Pixels {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs');
      colorType = data[9]!;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels) throw new Error(`PNG colour type ${colorType} is not supported here`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, rgba: toRgba(out, width * height, channels) };
}

function toRgba(data: Uint8Array, pixels: number, channels: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(pixels * 4);
  for (let i = 0; i < pixels; i++) {
    const s = i * channels;
    const grey = channels <= 2;
    rgba[i * 4] = data[s]!;
    rgba[i * 4 + 1] = grey ? data[s]! : data[s + 1]!;
    rgba[i * 4 + 2] = grey ? data[s]! : data[s + 2]!;
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}

/** The text of the QR code in a PNG, or null. */
export function qrTextOfPng(png: Buffer): string | null {
  const { width, height, rgba } = decodePng(png);
  return jsQR(rgba, width, height)?.data ?? null;
}

/** The texts of the QR codes in the colour images of a PDF (images as pdf-lib embeds them: Flate, 8-bit RGB or grey). */
export async function qrTextsOfPdf(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const found: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const dict = obj.dict;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const width = (dict.get(PDFName.of('Width')) as PDFNumber).asNumber();
    const height = (dict.get(PDFName.of('Height')) as PDFNumber).asNumber();
    const space = dict.get(PDFName.of('ColorSpace'));
    const channels = space === PDFName.of('DeviceRGB') ? 3 : space === PDFName.of('DeviceGray') ? 1 : 0;
    if (!channels || dict.get(PDFName.of('Filter')) !== PDFName.of('FlateDecode')) continue;
    const data = inflateSync(Buffer.from(obj.contents));
    if (data.length !== width * height * channels) continue;
    const code = jsQR(toRgba(data, width * height, channels), width, height);
    if (code) found.push(code.data);
  }
  return found;
}

/** The text of every page of a PDF (pdf.js), pages joined by a form feed. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\f');
}

/** The attachments of a raw RFC 822 mail with the given content type, decoded from base64. */
export function attachmentsOf(raw: string, contentType: string): { filename: string | null; content: Buffer }[] {
  const out: { filename: string | null; content: Buffer }[] = [];
  const walk = (part: string) => {
    const split = part.indexOf('\r\n\r\n');
    const head = part.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
    const body = part.slice(split + 4);
    const type = /^content-type:\s*([^\r\n]+)/im.exec(head)?.[1] ?? 'text/plain';
    const boundary = /boundary="?([^";\r\n]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      for (const p of body.split(`--${boundary}`).slice(1, -1)) walk(p.replace(/^\r\n/, ''));
      return;
    }
    if (!type.toLowerCase().startsWith(contentType)) return;
    const filename = /filename="?([^";\r\n]+)"?/i.exec(head)?.[1] ?? /name="?([^";\r\n]+)"?/i.exec(type)?.[1] ?? null;
    out.push({ filename, content: Buffer.from(body.replace(/\s+/g, ''), 'base64') });
  };
  walk(raw);
  return out;
}
