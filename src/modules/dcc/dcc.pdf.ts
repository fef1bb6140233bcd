/**
 * The printable vaccination certificate: one A4 page with German and English labels (the requested
 * language first), the holder, the vaccination, the certificate identifier, the issuer and the QR code
 * (error correction Q, about 42 mm wide: a diagonal within the 35-60 mm the HCERT specification recommends).
 * Everything shown is read from the signed payload, so the paper says exactly what the QR code says.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { VaccinationDcc } from './dcc.issue.js';
import { qrPng } from './dcc.qr.js';
import { printable, wrapText } from '../../lib/pdf-text.js';

export type PdfLanguage = 'de' | 'en';

export type CertificatePdfInput = {
  language: PdfLanguage;
  hc1: string;
  dcc: VaccinationDcc;
  productName: string;
  manufacturerName?: string;
  issuedAt: Date;
  expiresAt: Date;
  timeZone: string;
};

const A4: [number, number] = [595.28, 841.89];
const MM = 72 / 25.4;
const mm = (v: number) => v * MM;
const QR_MM = 42;
const MARGIN = mm(20);
const GREY = rgb(0.35, 0.35, 0.35);
const INK = rgb(0.05, 0.05, 0.05);
const EU_BLUE = rgb(0.0, 0.2, 0.6);

const VACCINE_TYPES: Record<string, { de: string; en: string }> = {
  '1119349007': { de: 'SARS-CoV-2-mRNA-Impfstoff', en: 'SARS-CoV-2 mRNA vaccine' },
  '1119305005': { de: 'SARS-CoV-2-Antigen-Impfstoff', en: 'SARS-CoV-2 antigen vaccine' },
  J07BX03: { de: 'COVID-19-Impfstoffe', en: 'COVID-19 vaccines' },
};
const COUNTRIES: Record<string, { de: string; en: string }> = {
  DE: { de: 'Deutschland', en: 'Germany' },
  AT: { de: 'Österreich', en: 'Austria' },
};

const LABELS = {
  title: { de: 'EU-Digitales COVID-Zertifikat', en: 'EU Digital COVID Certificate' },
  kind: { de: 'Impfzertifikat', en: 'Vaccination certificate' },
  name: { de: 'Name, Vorname(n)', en: 'Surname(s), forename(s)' },
  standardised: { de: 'Name (standardisiert)', en: 'Name (standardised)' },
  dob: { de: 'Geburtsdatum', en: 'Date of birth' },
  disease: { de: 'Zielkrankheit', en: 'Disease or agent targeted' },
  vaccine: { de: 'Impfstoff', en: 'Vaccine (medicinal product)' },
  type: { de: 'Art des Impfstoffs', en: 'Vaccine or prophylaxis' },
  manufacturer: { de: 'Hersteller / Zulassungsinhaber', en: 'Manufacturer / marketing authorisation holder' },
  dose: { de: 'Dosis / Anzahl in der Serie', en: 'Dose / number in the series' },
  date: { de: 'Datum der Impfung', en: 'Date of vaccination' },
  country: { de: 'Land der Impfung', en: 'Member State of vaccination' },
  issuer: { de: 'Zertifikataussteller', en: 'Certificate issuer' },
  uvci: { de: 'Eindeutige Zertifikatkennung', en: 'Unique certificate identifier' },
  validity: { de: 'Ausgestellt am / Signatur gültig bis', en: 'Issued / signature valid until' },
  scan: {
    de: 'Die Echtheit prüft jede Prüf-App für EU-Digitale COVID-Zertifikate anhand des QR-Codes.',
    en: 'Any verifier app for EU Digital COVID Certificates checks the authenticity from the QR code.',
  },
} as const;

type Fonts = { regular: PDFFont; bold: PDFFont; mono: PDFFont; chars: Set<number> };

const safe = (fonts: Fonts, s: string) => printable(fonts.chars, s);
const wrap = wrapText;

/** "23.11.2026" / "23/11/2026" for a YYYY-MM-DD date. */
function formatDay(day: string, language: PdfLanguage): string {
  const [y, m, d] = day.split('-');
  if (!y || !m || !d) return day;
  return language === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

function formatInstant(at: Date, language: PdfLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);
}

/** Renders the certificate as a one-page A4 PDF. */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  const primary = input.language;
  const secondary: PdfLanguage = primary === 'de' ? 'en' : 'de';
  const v = input.dcc.v[0];
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${LABELS.title[primary]} – ${LABELS.kind[primary]}`);
  pdf.setSubject(v.ci);
  pdf.setCreator('vaxops');
  pdf.setProducer('vaxops');
  pdf.setLanguage(primary === 'de' ? 'de-DE' : 'en-GB');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const fonts: Fonts = {
    regular,
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    mono: await pdf.embedFont(StandardFonts.Courier),
    chars: new Set(regular.getCharacterSet()),
  };
  const page = pdf.addPage(A4);
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;

  // Title band.
  page.drawRectangle({ x: MARGIN, y: y - mm(22), width, height: mm(22), color: EU_BLUE });
  page.drawText(safe(fonts, LABELS.title[primary]), { x: MARGIN + mm(5), y: y - mm(10), size: 18, font: fonts.bold, color: rgb(1, 1, 1) });
  page.drawText(safe(fonts, `${LABELS.title[secondary]} · ${LABELS.kind[primary]} / ${LABELS.kind[secondary]}`), {
    x: MARGIN + mm(5),
    y: y - mm(17),
    size: 10,
    font: fonts.regular,
    color: rgb(1, 1, 1),
  });
  y -= mm(30);

  // The QR code, centred, with the identifier under it.
  const png = await qrPng(input.hc1, 8);
  const image = await pdf.embedPng(png);
  const qrSize = mm(QR_MM);
  page.drawImage(image, { x: (A4[0] - qrSize) / 2, y: y - qrSize, width: qrSize, height: qrSize });
  y -= qrSize + mm(5);
  const uvciSize = 8;
  const uvciWidth = fonts.mono.widthOfTextAtSize(v.ci, uvciSize);
  page.drawText(v.ci, { x: (A4[0] - uvciWidth) / 2, y, size: uvciSize, font: fonts.mono, color: INK });
  y -= mm(10);

  const type = VACCINE_TYPES[v.vp];
  const country = COUNTRIES[v.co];
  const rows: [keyof typeof LABELS, string][] = [
    ['name', `${input.dcc.nam.fn}, ${input.dcc.nam.gn}`],
    ['standardised', `${input.dcc.nam.fnt}<<${input.dcc.nam.gnt}`],
    ['dob', formatDay(input.dcc.dob, primary)],
    ['disease', 'COVID-19'],
    ['vaccine', `${input.productName} (${v.mp})`],
    ['type', type ? `${type[primary]} / ${type[secondary]}` : v.vp],
    ['manufacturer', input.manufacturerName ? `${input.manufacturerName} (${v.ma})` : v.ma],
    ['dose', `${v.dn} / ${v.sd}`],
    ['date', formatDay(v.dt, primary)],
    ['country', country ? `${country[primary]} / ${country[secondary]} (${v.co})` : v.co],
    ['issuer', v.is],
    ['uvci', v.ci],
    ['validity', `${formatInstant(input.issuedAt, primary, input.timeZone)} / ${formatInstant(input.expiresAt, primary, input.timeZone)}`],
  ];
  const labelWidth = mm(70);
  const valueX = MARGIN + labelWidth + mm(4);
  const valueWidth = width - labelWidth - mm(4);
  for (const [key, value] of rows) {
    y = drawRow(page, fonts, { y, labelPrimary: LABELS[key][primary], labelSecondary: LABELS[key][secondary], value, valueX, valueWidth, labelWidth, mono: key === 'uvci' });
  }
  y -= mm(6);
  for (const lang of [primary, secondary]) {
    for (const line of wrap(fonts.regular, 9, safe(fonts, LABELS.scan[lang]), width)) {
      page.drawText(line, { x: MARGIN, y, size: 9, font: fonts.regular, color: GREY });
      y -= 12;
    }
  }
  return pdf.save();
}

function drawRow(
  page: PDFPage,
  fonts: Fonts,
  r: { y: number; labelPrimary: string; labelSecondary: string; value: string; valueX: number; valueWidth: number; labelWidth: number; mono: boolean },
): number {
  const valueFont = r.mono ? fonts.mono : fonts.bold;
  const valueSize = r.mono ? 9 : 11;
  const valueLines = wrap(valueFont, valueSize, safe(fonts, r.value), r.valueWidth);
  const primaryLines = wrap(fonts.regular, 10, safe(fonts, r.labelPrimary), r.labelWidth);
  const secondaryLines = wrap(fonts.regular, 8, safe(fonts, r.labelSecondary), r.labelWidth);
  let ly = r.y;
  for (const line of primaryLines) {
    page.drawText(line, { x: MARGIN, y: ly, size: 10, font: fonts.regular, color: INK });
    ly -= 12;
  }
  for (const line of secondaryLines) {
    page.drawText(line, { x: MARGIN, y: ly, size: 8, font: fonts.regular, color: GREY });
    ly -= 10;
  }
  let vy = r.y;
  for (const line of valueLines) {
    page.drawText(line, { x: r.valueX, y: vy, size: valueSize, font: valueFont, color: INK });
    vy -= 14;
  }
  const bottom = Math.min(ly, vy) - 4;
  page.drawLine({ start: { x: MARGIN, y: bottom + 8 }, end: { x: A4[0] - MARGIN, y: bottom + 8 }, thickness: 0.3, color: rgb(0.8, 0.8, 0.8) });
  return bottom - 6;
}
