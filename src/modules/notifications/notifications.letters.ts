import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { printable, wrapText } from '../../lib/pdf-text.js';
import QRCode from 'qrcode';
import type { Doc, Language } from './notifications.templates.js';

/** Postal recipient of a letter. */
export type LetterAddress = { name?: string; street?: string; postalCode?: string; city?: string };

export type Letter = { language: Language; to: LetterAddress; doc: Doc };

export type LetterBatchOptions = {
  senderName: string;
  /** One line under the sender name in the letterhead and in the return-address line (e.g. the portal URL). */
  senderLine?: string;
  /** The date printed on every letter, already formatted per language. */
  dateLine: (language: Language) => string;
  title: string;
};

// A4 in points, and millimetres to points.
export const A4: [number, number] = [595.28, 841.89];
const MM = 72 / 25.4;
const mm = (v: number) => v * MM;
/** y in PDF space (origin bottom left) from a distance in mm from the top edge. */
const fromTop = (v: number) => A4[1] - mm(v);

// DIN 5008 form B (window envelope DL/C6 long): address field 20 mm from the left, 45 mm from the top,
// 85 x 45 mm; its top 17.7 mm hold the return address line, the 27.3 mm below the recipient.
const ADDRESS = { left: 20, top: 45, width: 85, height: 45, notesHeight: 17.7, inset: 5 };
const INFO = { left: 125, top: 50 };
const QR = { left: 170, top: 50, size: 25 };
const BODY = { left: 25, right: 20, top: 100, bottom: 25, continueTop: 25 };
const FOLD_MARKS = [105, 210];
const PUNCH_MARK = 148.5;

const SIZE = { body: 11, small: 7, address: 10, subject: 12, head: 16 };
const LEADING = { body: 15, address: 12.5 };

type Fonts = { regular: PDFFont; bold: PDFFont; chars: Set<number> };

const safeText = (fonts: Fonts, s: string) => printable(fonts.chars, s);
const wrap = wrapText;

/** Writes flowing text from top to bottom, starting new pages when one is full. */
class Flow {
  y: number;
  constructor(
    public page: PDFPage,
    private readonly fonts: Fonts,
    private readonly newPage: () => PDFPage,
  ) {
    this.y = fromTop(BODY.top);
  }

  private get width() {
    return A4[0] - mm(BODY.left) - mm(BODY.right);
  }

  private ensure(height: number) {
    if (this.y - height < mm(BODY.bottom)) {
      this.page = this.newPage();
      this.y = fromTop(BODY.continueTop);
    }
  }

  text(s: string, opts: { bold?: boolean; size?: number; indent?: number } = {}) {
    const font = opts.bold ? this.fonts.bold : this.fonts.regular;
    const size = opts.size ?? SIZE.body;
    const leading = size * (LEADING.body / SIZE.body);
    const indent = mm(opts.indent ?? 0);
    for (const line of wrap(font, size, safeText(this.fonts, s), this.width - indent)) {
      this.ensure(leading);
      this.y -= leading;
      this.page.drawText(line, { x: mm(BODY.left) + indent, y: this.y, size, font, color: rgb(0, 0, 0) });
    }
  }

  gap(pt = LEADING.body * 0.6) {
    this.y -= pt;
  }
}

function drawMarks(page: PDFPage) {
  for (const at of [...FOLD_MARKS, PUNCH_MARK]) {
    const y = fromTop(at);
    page.drawLine({ start: { x: mm(4), y }, end: { x: mm(at === PUNCH_MARK ? 10 : 8), y }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
  }
}

async function drawFirstPage(pdf: PDFDocument, page: PDFPage, fonts: Fonts, letter: Letter, opts: LetterBatchOptions) {
  const s = (t: string) => safeText(fonts, t);
  drawMarks(page);

  // Letterhead.
  page.drawText(s(opts.senderName), { x: mm(BODY.left), y: fromTop(20), size: SIZE.head, font: fonts.bold });
  if (opts.senderLine) page.drawText(s(opts.senderLine), { x: mm(BODY.left), y: fromTop(26), size: 9, font: fonts.regular });

  // Address field: return-address line at the foot of the notes zone, then the recipient.
  const returnLine = s([opts.senderName, opts.senderLine].filter(Boolean).join(' · '));
  const ax = mm(ADDRESS.left + ADDRESS.inset);
  const returnY = fromTop(ADDRESS.top + ADDRESS.notesHeight) + 3;
  page.drawText(returnLine, { x: ax, y: returnY, size: SIZE.small, font: fonts.regular });
  const rw = Math.min(fonts.regular.widthOfTextAtSize(returnLine, SIZE.small), mm(ADDRESS.width - 2 * ADDRESS.inset));
  page.drawLine({ start: { x: ax, y: returnY - 1.5 }, end: { x: ax + rw, y: returnY - 1.5 }, thickness: 0.3 });

  const to = letter.to;
  const lines = [to.name, to.street, [to.postalCode, to.city].filter(Boolean).join(' ')].filter((l): l is string => !!l && l.trim() !== '');
  let y = fromTop(ADDRESS.top + ADDRESS.notesHeight);
  const addressWidth = mm(ADDRESS.width - 2 * ADDRESS.inset);
  for (const line of lines.flatMap((l) => wrap(fonts.regular, SIZE.address, s(l), addressWidth)).slice(0, 6)) {
    y -= LEADING.address;
    page.drawText(line, { x: ax, y, size: SIZE.address, font: fonts.regular });
  }

  // Information block: the date, and the QR code of the booking code or link.
  page.drawText(s(opts.dateLine(letter.language)), { x: mm(INFO.left), y: fromTop(INFO.top) - SIZE.body, size: SIZE.body - 1, font: fonts.regular });
  if (letter.doc.qr) {
    const png = await QRCode.toBuffer(letter.doc.qr, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
    const img = await pdf.embedPng(png);
    const size = mm(QR.size);
    page.drawImage(img, { x: mm(QR.left), y: fromTop(QR.top) - size, width: size, height: size });
  }
}

/** Renders letters into one PDF: each letter starts on a new A4 page (DIN 5008 form B, window envelope). */
export async function renderLetters(letters: Letter[], opts: LetterBatchOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(opts.title);
  pdf.setAuthor(opts.senderName);
  pdf.setProducer('vaxops');
  pdf.setCreator('vaxops');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const fonts: Fonts = { regular, bold, chars: new Set(regular.getCharacterSet()) };

  for (const letter of letters) {
    const first = pdf.addPage(A4);
    await drawFirstPage(pdf, first, fonts, letter, opts);
    const flow = new Flow(first, fonts, () => {
      const p = pdf.addPage(A4);
      drawMarks(p);
      return p;
    });
    const d = letter.doc;
    flow.text(d.subject, { bold: true, size: SIZE.subject });
    flow.gap(LEADING.body);
    flow.text(d.greeting);
    flow.gap();
    const [firstParagraph, ...rest] = d.paragraphs;
    if (firstParagraph) {
      flow.text(firstParagraph);
      flow.gap();
    }
    for (const [k, v] of d.facts) flow.text(`${k}: ${v}`, { bold: true });
    if (d.facts.length) flow.gap();
    for (const a of d.appointments) {
      flow.text(a.heading, { bold: true });
      for (const [k, v] of a.rows) flow.text(`${k}: ${v}`, { indent: 5 });
      flow.gap();
    }
    if (d.action) {
      flow.text(`${d.action.label}:`);
      flow.text(d.action.url, { bold: true });
      flow.gap();
    }
    for (const p of rest) {
      flow.text(p);
      flow.gap();
    }
    flow.gap();
    flow.text(d.closing);
    flow.text(d.signature);
  }
  return pdf.save();
}
