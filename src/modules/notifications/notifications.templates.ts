import { appointmentUid, buildIcs, sequenceAt, type IcsEvent } from './notifications.ics.js';

/** One appointment as the messages show it. Times are ISO 8601 instants. */
export type AppointmentData = {
  start: string;
  /** Optional; the calendar entry lasts 30 minutes when it is not given. */
  end?: string;
  doseNumber: number;
  centerName: string;
  /** Street, postal code and city in one line. */
  centerAddress: string;
  /** Product name as it should be shown (e.g. "Comirnaty"). */
  product: string;
};

/** The data each template needs; `enqueue` checks a message's data against its template at compile time. */
export type TemplateData = {
  'email-confirmation': { confirmUrl: string };
  /** The one-time code that proves control of an e-mail address or mobile number. */
  'verification-code': { code: string; validMinutes: number };
  'booking-confirmation': { bookingCode: string; securityCode: string; appointments: AppointmentData[] };
  'booking-cancelled': { bookingCode: string };
  'appointment-moved': { bookingCode: string; appointment: AppointmentData };
  invitation: { bookUrl: string; expiresAt: string };
  reminder: { bookingCode: string; appointment: AppointmentData };
  /** An EU Digital COVID Certificate sent on request: the PDF (base64) is attached. */
  certificate: { uvci: string; doseNumber: number; seriesDoses: number; product: string; vaccinatedOn: string; pdf: { filename: string; contentBase64: string } };
};

export type TemplateName = keyof TemplateData;
export type Language = 'de' | 'en';
export const TEMPLATE_NAMES = [
  'email-confirmation',
  'verification-code',
  'booking-confirmation',
  'booking-cancelled',
  'appointment-moved',
  'invitation',
  'reminder',
  'certificate',
] as const satisfies readonly TemplateName[];

/** What a rendering needs besides the data: who sends, where the portal is, which time zone. */
export type RenderContext = {
  language: Language;
  /** IANA zone of the tenant; times are shown there (Europe/Berlin for the demo). */
  timeZone: string;
  /** The sending time: DTSTAMP of calendar entries. */
  now: Date;
  senderName: string;
  portalUrl: string;
  /** The recipient's name for the salutation, when known. */
  recipientName?: string;
};

/** A message in a channel-neutral form; the channel renderers below turn it into mail, SMS or letter. */
export type Doc = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** Label/value pairs shown prominently (booking code, security code). */
  facts: [string, string][];
  appointments: { heading: string; rows: [string, string][] }[];
  action?: { label: string; url: string };
  closing: string;
  signature: string;
  sms: string;
  /** Text for a QR code on the printed letter. */
  qr?: string;
  calendar: { filename: string; ics: string }[];
  /** Files attached to the e-mail (base64), e.g. a certificate PDF. */
  attachments?: { filename: string; contentBase64: string; contentType: string }[];
};

const LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };
const DEFAULT_MINUTES = 30;

/** "Montag, 23. November 2026, 09:00 Uhr" / "Monday 23 November 2026, 09:00". */
export function formatWhen(iso: string, language: Language, timeZone: string): string {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat(LOCALE[language], { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  const time = new Intl.DateTimeFormat(LOCALE[language], { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  return language === 'de' ? `${date}, ${time} Uhr` : `${date}, ${time}`;
}

/** "Mo., 23.11.2026, 09:00" / "Mon 23/11/2026, 09:00": for SMS. */
export function formatWhenShort(iso: string, language: Language, timeZone: string): string {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat(LOCALE[language], { timeZone, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
  const time = new Intl.DateTimeFormat(LOCALE[language], { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  return `${date}, ${time}`;
}

/** "23.11.2026" / "23/11/2026" for a calendar day given as YYYY-MM-DD. */
function formatIsoDay(day: string, language: Language): string {
  const [y, m, d] = day.split('-');
  return language === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

/** The local calendar day (YYYY-MM-DD) of an instant in a time zone. */
function localDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** "23. November 2026" / "23 November 2026": the date line of a letter. */
export function formatDate(day: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE[language], { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(day);
}

const T = {
  de: {
    greeting: (name?: string) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
    closing: 'Mit freundlichen Grüßen',
    bookingCode: 'Buchungscode',
    securityCode: 'Sicherheitscode',
    dose: (n: number) => `${n}. Impfung`,
    when: 'Termin',
    where: 'Ort',
    product: 'Impfstoff',
    bring: 'Bitte bringen Sie einen Ausweis und, falls vorhanden, Ihren Impfpass mit. Nennen Sie beim Impfteam Ihren Sicherheitscode.',
    manage: (url: string) => `Wenn Sie einen Termin nicht wahrnehmen können, sagen Sie ihn bitte ab: ${url}`,
    securityFromConfirmation: 'Ihren Sicherheitscode finden Sie in Ihrer Buchungsbestätigung; bitte bringen Sie ihn mit.',
    summary: (a: AppointmentData) => `Impfung (${a.doseNumber}. Dosis) – ${a.product}`,
    icsDescription: (code: string) => `Buchungscode: ${code}. Bitte Ausweis und Impfpass mitbringen.`,
    filename: (n: number) => `impftermin-${n}.ics`,
  },
  en: {
    greeting: (name?: string) => (name ? `Hello ${name},` : 'Hello,'),
    closing: 'Kind regards',
    bookingCode: 'Booking code',
    securityCode: 'Security code',
    dose: (n: number) => `Dose ${n}`,
    when: 'Date and time',
    where: 'Place',
    product: 'Vaccine',
    bring: 'Please bring an identity document and, if you have one, your vaccination card. Tell the vaccination team your security code.',
    manage: (url: string) => `If you cannot keep an appointment, please cancel it: ${url}`,
    securityFromConfirmation: 'Your security code is in your booking confirmation; please bring it with you.',
    summary: (a: AppointmentData) => `Vaccination (dose ${a.doseNumber}) – ${a.product}`,
    icsDescription: (code: string) => `Booking code: ${code}. Please bring an identity document and your vaccination card.`,
    filename: (n: number) => `appointment-${n}.ics`,
  },
} as const;

type Common = (typeof T)[Language];

function appointmentBlock(t: Common, a: AppointmentData, ctx: RenderContext) {
  return {
    heading: t.dose(a.doseNumber),
    rows: [
      [t.when, formatWhen(a.start, ctx.language, ctx.timeZone)],
      [t.where, `${a.centerName}, ${a.centerAddress}`],
      [t.product, a.product],
    ] as [string, string][],
  };
}

function calendarFiles(t: Common, bookingCode: string, appointments: AppointmentData[], ctx: RenderContext) {
  return appointments.map((a) => {
    const start = new Date(a.start);
    const end = a.end ? new Date(a.end) : new Date(start.getTime() + DEFAULT_MINUTES * 60_000);
    const event: IcsEvent = {
      uid: appointmentUid(bookingCode, a.doseNumber),
      start,
      end,
      summary: t.summary(a),
      location: `${a.centerName}, ${a.centerAddress}`,
      description: t.icsDescription(bookingCode),
      sequence: sequenceAt(ctx.now),
    };
    return { filename: t.filename(a.doseNumber), ics: buildIcs([event], ctx.now) };
  });
}

type Body = Omit<Doc, 'greeting' | 'closing' | 'signature' | 'calendar' | 'facts' | 'appointments'> &
  Partial<Pick<Doc, 'calendar' | 'facts' | 'appointments'>>;

type Builders = { [K in TemplateName]: (d: TemplateData[K], ctx: RenderContext) => Body };

const builders: Record<Language, Builders> = {
  de: {
    'email-confirmation': (d) => ({
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      paragraphs: [
        'Sie haben sich für eine Impfung registriert. Bitte bestätigen Sie Ihre E-Mail-Adresse über den folgenden Link.',
        'Wenn Sie sich nicht registriert haben, können Sie diese Nachricht ignorieren.',
      ],
      action: { label: 'E-Mail-Adresse bestätigen', url: d.confirmUrl },
      sms: `Bitte bestätigen Sie Ihre Registrierung: ${d.confirmUrl}`,
    }),
    'verification-code': (d) => ({
      subject: `Ihr Bestätigungscode: ${d.code}`,
      paragraphs: [
        `Ihr Bestätigungscode lautet ${d.code}. Er gilt ${d.validMinutes} Minuten.`,
        'Geben Sie den Code nur im Impfportal ein und nennen Sie ihn niemandem, auch nicht am Telefon. Wenn Sie keinen Code angefordert haben, können Sie diese Nachricht ignorieren.',
      ],
      facts: [['Bestätigungscode', d.code]],
      sms: `${d.code} ist Ihr Bestätigungscode für das Impfportal (${d.validMinutes} Minuten gültig). Nennen Sie ihn niemandem.`,
    }),
    'booking-confirmation': (d, ctx) => ({
      subject: `Ihre Impftermine – Buchung ${d.bookingCode}`,
      paragraphs: [
        d.appointments.length > 1 ? 'Ihre Impftermine sind gebucht:' : 'Ihr Impftermin ist gebucht:',
        T.de.bring,
        T.de.manage(ctx.portalUrl),
      ],
      facts: [
        [T.de.bookingCode, d.bookingCode],
        [T.de.securityCode, d.securityCode],
      ],
      appointments: d.appointments.map((a) => appointmentBlock(T.de, a, ctx)),
      sms: `Impftermin gebucht: ${d.appointments[0] ? `${formatWhenShort(d.appointments[0].start, 'de', ctx.timeZone)} Uhr, ${d.appointments[0].centerName}. ` : ''}Buchungscode ${d.bookingCode}, Sicherheitscode ${d.securityCode}.`,
      qr: d.bookingCode,
      calendar: calendarFiles(T.de, d.bookingCode, d.appointments, ctx),
    }),
    'booking-cancelled': (d, ctx) => ({
      subject: `Ihre Buchung ${d.bookingCode} ist storniert`,
      paragraphs: [
        `Ihre Buchung ${d.bookingCode} und alle zugehörigen Termine sind storniert.`,
        `Einen neuen Termin können Sie jederzeit buchen: ${ctx.portalUrl}`,
      ],
      sms: `Ihre Impfbuchung ${d.bookingCode} ist storniert.`,
    }),
    'appointment-moved': (d, ctx) => ({
      subject: `Ihr Impftermin wurde verlegt – Buchung ${d.bookingCode}`,
      paragraphs: ['Ihr Impftermin wurde verlegt. Der neue Termin:', T.de.manage(ctx.portalUrl)],
      facts: [[T.de.bookingCode, d.bookingCode]],
      appointments: [appointmentBlock(T.de, d.appointment, ctx)],
      sms: `Ihr Impftermin wurde verlegt: ${formatWhenShort(d.appointment.start, 'de', ctx.timeZone)} Uhr, ${d.appointment.centerName}. Buchung ${d.bookingCode}.`,
      calendar: calendarFiles(T.de, d.bookingCode, [d.appointment], ctx),
    }),
    invitation: (d, ctx) => ({
      subject: 'Sie können jetzt einen Impftermin buchen',
      paragraphs: [
        'Sie sind an der Reihe: Sie können jetzt einen Impftermin buchen.',
        `Der Link ist gültig bis ${formatWhen(d.expiresAt, 'de', ctx.timeZone)}. Danach geht der Platz an die nächste Person auf der Warteliste.`,
      ],
      action: { label: 'Termin buchen', url: d.bookUrl },
      sms: `Sie können jetzt einen Impftermin buchen (bis ${formatWhenShort(d.expiresAt, 'de', ctx.timeZone)} Uhr): ${d.bookUrl}`,
      qr: d.bookUrl,
    }),
    reminder: (d, ctx) => ({
      // A letter is printed days ahead: the text names the day, not "tomorrow". The security code is stored
      // only as a keyed hash, so the reminder cannot repeat it: it points to the confirmation that has it.
      subject: `Erinnerung: Ihr Impftermin am ${formatIsoDay(localDay(d.appointment.start, ctx.timeZone), 'de')}`,
      paragraphs: ['wir erinnern Sie an Ihren Impftermin:', T.de.bring, T.de.securityFromConfirmation, T.de.manage(ctx.portalUrl)],
      facts: [[T.de.bookingCode, d.bookingCode]],
      appointments: [appointmentBlock(T.de, d.appointment, ctx)],
      sms: `Erinnerung: Impftermin ${formatWhenShort(d.appointment.start, 'de', ctx.timeZone)} Uhr, ${d.appointment.centerName}. Buchung ${d.bookingCode}.`,
      calendar: calendarFiles(T.de, d.bookingCode, [d.appointment], ctx),
    }),
    certificate: (d) => ({
      subject: `Ihr Impfzertifikat (${d.doseNumber}. Impfung)`,
      paragraphs: [
        'im Anhang finden Sie Ihr EU-Digitales COVID-Zertifikat als PDF. Sie können es ausdrucken oder den QR-Code in eine Corona-App übernehmen.',
        'Bewahren Sie das Zertifikat sorgfältig auf: Es enthält Ihren Namen und Ihr Geburtsdatum.',
      ],
      facts: [
        ['Impfstoff', d.product],
        ['Impfung', `${d.doseNumber} von ${d.seriesDoses}`],
        ['Datum der Impfung', formatIsoDay(d.vaccinatedOn, 'de')],
        ['Zertifikatkennung', d.uvci],
      ],
      sms: 'Ihr Impfzertifikat wurde Ihnen per E-Mail gesendet.',
      attachments: [{ filename: d.pdf.filename, contentBase64: d.pdf.contentBase64, contentType: 'application/pdf' }],
    }),
  },
  en: {
    'email-confirmation': (d) => ({
      subject: 'Please confirm your e-mail address',
      paragraphs: [
        'You registered for a vaccination. Please confirm your e-mail address with the link below.',
        'If you did not register, you can ignore this message.',
      ],
      action: { label: 'Confirm e-mail address', url: d.confirmUrl },
      sms: `Please confirm your registration: ${d.confirmUrl}`,
    }),
    'verification-code': (d) => ({
      subject: `Your confirmation code: ${d.code}`,
      paragraphs: [
        `Your confirmation code is ${d.code}. It is valid for ${d.validMinutes} minutes.`,
        'Enter the code only on the vaccination portal and do not tell it to anyone, not even on the phone. If you did not ask for a code, you can ignore this message.',
      ],
      facts: [['Confirmation code', d.code]],
      sms: `${d.code} is your confirmation code for the vaccination portal (valid ${d.validMinutes} minutes). Do not share it.`,
    }),
    'booking-confirmation': (d, ctx) => ({
      subject: `Your vaccination appointments – booking ${d.bookingCode}`,
      paragraphs: [
        d.appointments.length > 1 ? 'Your vaccination appointments are booked:' : 'Your vaccination appointment is booked:',
        T.en.bring,
        T.en.manage(ctx.portalUrl),
      ],
      facts: [
        [T.en.bookingCode, d.bookingCode],
        [T.en.securityCode, d.securityCode],
      ],
      appointments: d.appointments.map((a) => appointmentBlock(T.en, a, ctx)),
      sms: `Vaccination booked: ${d.appointments[0] ? `${formatWhenShort(d.appointments[0].start, 'en', ctx.timeZone)}, ${d.appointments[0].centerName}. ` : ''}Booking code ${d.bookingCode}, security code ${d.securityCode}.`,
      qr: d.bookingCode,
      calendar: calendarFiles(T.en, d.bookingCode, d.appointments, ctx),
    }),
    'booking-cancelled': (d, ctx) => ({
      subject: `Your booking ${d.bookingCode} is cancelled`,
      paragraphs: [
        `Your booking ${d.bookingCode} and all its appointments are cancelled.`,
        `You can book a new appointment at any time: ${ctx.portalUrl}`,
      ],
      sms: `Your vaccination booking ${d.bookingCode} is cancelled.`,
    }),
    'appointment-moved': (d, ctx) => ({
      subject: `Your vaccination appointment has moved – booking ${d.bookingCode}`,
      paragraphs: ['Your vaccination appointment has moved. The new appointment:', T.en.manage(ctx.portalUrl)],
      facts: [[T.en.bookingCode, d.bookingCode]],
      appointments: [appointmentBlock(T.en, d.appointment, ctx)],
      sms: `Your vaccination appointment has moved: ${formatWhenShort(d.appointment.start, 'en', ctx.timeZone)}, ${d.appointment.centerName}. Booking ${d.bookingCode}.`,
      calendar: calendarFiles(T.en, d.bookingCode, [d.appointment], ctx),
    }),
    invitation: (d, ctx) => ({
      subject: 'You can now book a vaccination appointment',
      paragraphs: [
        'It is your turn: you can now book a vaccination appointment.',
        `The link is valid until ${formatWhen(d.expiresAt, 'en', ctx.timeZone)}. After that, the place passes to the next person on the waiting list.`,
      ],
      action: { label: 'Book an appointment', url: d.bookUrl },
      sms: `You can now book a vaccination appointment (until ${formatWhenShort(d.expiresAt, 'en', ctx.timeZone)}): ${d.bookUrl}`,
      qr: d.bookUrl,
    }),
    reminder: (d, ctx) => ({
      subject: `Reminder: your vaccination appointment on ${formatIsoDay(localDay(d.appointment.start, ctx.timeZone), 'en')}`,
      paragraphs: ['This is a reminder of your vaccination appointment:', T.en.bring, T.en.securityFromConfirmation, T.en.manage(ctx.portalUrl)],
      facts: [[T.en.bookingCode, d.bookingCode]],
      appointments: [appointmentBlock(T.en, d.appointment, ctx)],
      sms: `Reminder: vaccination ${formatWhenShort(d.appointment.start, 'en', ctx.timeZone)}, ${d.appointment.centerName}. Booking ${d.bookingCode}.`,
      calendar: calendarFiles(T.en, d.bookingCode, [d.appointment], ctx),
    }),
    certificate: (d) => ({
      subject: `Your vaccination certificate (dose ${d.doseNumber})`,
      paragraphs: [
        'Please find your EU Digital COVID Certificate attached as a PDF. You can print it or scan its QR code into a COVID certificate app.',
        'Keep the certificate safe: it shows your name and date of birth.',
      ],
      facts: [
        ['Vaccine', d.product],
        ['Dose', `${d.doseNumber} of ${d.seriesDoses}`],
        ['Date of vaccination', formatIsoDay(d.vaccinatedOn, 'en')],
        ['Certificate identifier', d.uvci],
      ],
      sms: 'Your vaccination certificate has been sent to you by e-mail.',
      attachments: [{ filename: d.pdf.filename, contentBase64: d.pdf.contentBase64, contentType: 'application/pdf' }],
    }),
  },
};

/** Renders a template into its channel-neutral form. Throws on an unknown template or language. */
export function renderDoc<K extends TemplateName>(template: K, data: TemplateData[K], ctx: RenderContext): Doc {
  const byLang = builders[ctx.language];
  const build = byLang?.[template] as ((d: TemplateData[K], c: RenderContext) => Body) | undefined;
  if (!build) throw new Error(`unknown template ${String(template)}/${String(ctx.language)}`);
  const body = build(data, ctx);
  const t = T[ctx.language];
  return {
    facts: [],
    appointments: [],
    calendar: [],
    ...body,
    greeting: t.greeting(ctx.recipientName),
    closing: t.closing,
    signature: ctx.senderName,
  };
}

export type RenderedEmail = {
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: string; contentType: string; encoding?: 'base64' }[];
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Plain text and simple, accessible HTML (language set, real headings, a definition list, no images), plus the .ics files. */
export function renderEmail(doc: Doc, language: Language): RenderedEmail {
  const text: string[] = [doc.greeting, ''];
  const html: string[] = [
    '<!doctype html>',
    `<html lang="${language}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(doc.subject)}</title></head>`,
    '<body style="margin:0;padding:16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">',
    '<main style="max-width:600px">',
    `<h1 style="font-size:22px;line-height:1.3">${escapeHtml(doc.subject)}</h1>`,
    `<p>${escapeHtml(doc.greeting)}</p>`,
  ];
  const [first, ...rest] = doc.paragraphs;
  const paragraph = (p: string) => {
    text.push(p, '');
    html.push(`<p>${escapeHtml(p)}</p>`);
  };
  if (first) paragraph(first);
  if (doc.facts.length) {
    html.push('<dl>');
    for (const [k, v] of doc.facts) {
      text.push(`${k}: ${v}`);
      html.push(`<dt>${escapeHtml(k)}</dt><dd style="margin:0 0 8px 0;font-size:20px;font-weight:bold;letter-spacing:1px">${escapeHtml(v)}</dd>`);
    }
    html.push('</dl>');
    text.push('');
  }
  for (const a of doc.appointments) {
    text.push(a.heading);
    html.push(`<h2 style="font-size:18px">${escapeHtml(a.heading)}</h2>`, '<dl>');
    for (const [k, v] of a.rows) {
      text.push(`  ${k}: ${v}`);
      html.push(`<dt>${escapeHtml(k)}</dt><dd style="margin:0 0 8px 0">${escapeHtml(v)}</dd>`);
    }
    html.push('</dl>');
    text.push('');
  }
  if (doc.action) {
    text.push(`${doc.action.label}: ${doc.action.url}`, '');
    html.push(
      `<p><a href="${escapeHtml(doc.action.url)}" style="color:#0b4ea2;font-weight:bold">${escapeHtml(doc.action.label)}</a></p>`,
      `<p style="font-size:14px;word-break:break-all">${escapeHtml(doc.action.url)}</p>`,
    );
  }
  rest.forEach(paragraph);
  text.push(doc.closing, doc.signature);
  html.push(`<p>${escapeHtml(doc.closing)}<br>${escapeHtml(doc.signature)}</p>`, '</main>', '</body>', '</html>');
  return {
    subject: doc.subject,
    text: text.join('\n') + '\n',
    html: html.join('\n') + '\n',
    attachments: [
      ...doc.calendar.map((c) => ({ filename: c.filename, content: c.ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' })),
      ...(doc.attachments ?? []).map((a) => ({ filename: a.filename, content: a.contentBase64, contentType: a.contentType, encoding: 'base64' as const })),
    ],
  };
}

/** Short SMS text: no salutation, no personal data beyond what the recipient needs. */
export function renderSms(doc: Doc): string {
  return doc.sms;
}
