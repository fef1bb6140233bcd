import { describe, expect, it } from 'vitest';
import { renderDoc, renderEmail, renderSms, TEMPLATE_NAMES, type RenderContext, type TemplateData, type TemplateName } from './notifications.templates.js';

const appointment = { start: '2026-03-29T07:30:00Z', doseNumber: 2, centerName: 'Halle <Süd> & Co', centerAddress: 'Weg 1, 10115 Berlin', product: 'Spikevax' };
const samples: { [K in TemplateName]: TemplateData[K] } = {
  'email-confirmation': { confirmUrl: 'https://vaxops.example/confirm/t0k3n' },
  'verification-code': { code: '042517', validMinutes: 10 },
  'booking-confirmation': { bookingCode: 'ABCD-EFGH-JK', securityCode: '0042', appointments: [appointment, { ...appointment, doseNumber: 3, start: '2026-04-26T07:30:00Z' }] },
  'booking-cancelled': { bookingCode: 'ABCD-EFGH-JK' },
  'appointment-moved': { bookingCode: 'ABCD-EFGH-JK', appointment },
  invitation: { bookUrl: 'https://vaxops.example/invite/t0k3n', expiresAt: '2026-11-25T17:00:00Z' },
  reminder: { bookingCode: 'ABCD-EFGH-JK', appointment },
  certificate: {
    uvci: 'URN:UVCI:01:DE:DEMO/ABC#X',
    doseNumber: 1,
    seriesDoses: 2,
    product: 'Spikevax',
    vaccinatedOn: '2026-03-20',
    pdf: { filename: 'impfzertifikat.pdf', contentBase64: Buffer.from('%PDF-1.7').toString('base64') },
  },
};
const WITH_CALENDAR: Record<TemplateName, number> = {
  'email-confirmation': 0,
  'verification-code': 0,
  'booking-confirmation': 2,
  'booking-cancelled': 0,
  'appointment-moved': 1,
  invitation: 0,
  reminder: 1,
  certificate: 0,
};
const ctx = (language: 'de' | 'en'): RenderContext => ({
  language,
  timeZone: 'Europe/Berlin',
  now: new Date('2026-03-20T10:00:00Z'),
  senderName: 'Freistaat Demo',
  portalUrl: 'https://vaxops.example',
  recipientName: 'Zoë <b>O’Neil</b>',
});

describe('message templates', () => {
  for (const template of TEMPLATE_NAMES) {
    for (const language of ['de', 'en'] as const) {
      it(`${template} (${language}) renders as mail with ${WITH_CALENDAR[template]} calendar file(s), and as SMS`, () => {
        const doc = renderDoc(template, samples[template] as never, ctx(language));
        const mail = renderEmail(doc, language);
        expect(mail.subject.length).toBeGreaterThan(10);
        expect(mail.html).toContain(`<html lang="${language}">`);
        // Data is escaped in HTML, never markup.
        expect(mail.html).not.toContain('<b>O’Neil</b>');
        expect(mail.html).not.toContain('<Süd>');
        expect(mail.text).toContain(language === 'de' ? 'Guten Tag Zoë <b>O’Neil</b>,' : 'Hello Zoë <b>O’Neil</b>,');
        const calendars = mail.attachments.filter((a) => a.contentType !== 'application/pdf');
        expect(calendars).toHaveLength(WITH_CALENDAR[template]);
        // Only the certificate mail carries a PDF, base64 as given.
        expect(mail.attachments.filter((a) => a.contentType === 'application/pdf')).toEqual(
          template === 'certificate' ? [{ filename: 'impfzertifikat.pdf', content: samples.certificate.pdf.contentBase64, contentType: 'application/pdf', encoding: 'base64' }] : [],
        );
        for (const a of calendars) {
          expect(a.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
          expect(a.content).toContain('BEGIN:VEVENT');
          expect(a.filename).toMatch(/\.ics$/);
        }
        const sms = renderSms(doc);
        expect(sms.length).toBeLessThanOrEqual(160 * 2);
        expect(sms).not.toContain('O’Neil'); // no names in SMS
      });
    }
  }

  it('shows times in Berlin local time, German style for de, also across the DST change', () => {
    // 2026-03-29 07:30Z is 09:30 CEST (summer time began that night).
    const de = renderEmail(renderDoc('reminder', samples.reminder, ctx('de')), 'de');
    expect(de.text).toContain('Sonntag, 29. März 2026, 09:30 Uhr');
    expect(renderSms(renderDoc('reminder', samples.reminder, ctx('de')))).toContain('So., 29.03.2026, 09:30 Uhr');
    const en = renderEmail(renderDoc('reminder', samples.reminder, ctx('en')), 'en');
    expect(en.text).toMatch(/Sunday,? 29 March 2026, 09:30/);
    // The calendar keeps the instant in UTC.
    expect(de.attachments[0].content).toContain('DTSTART:20260329T073000Z');
    expect(de.attachments[0].content).toContain('DTEND:20260329T080000Z');
  });
});
