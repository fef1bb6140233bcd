import { z } from 'zod';

/*
 * The legal basics every German public portal carries (TMG/DDG § 5 imprint, GDPR Art. 13 privacy notice,
 * BITV 2.0 § 7 accessibility statement) and the hotline number: per organisation, in German and English.
 * Texts are plain text; a blank line starts a new paragraph, a line starting with "## " a heading. What an
 * organisation has not set yet falls back to the sample texts below, which name it and say they are samples.
 */

const Text = z.string().trim().min(1).max(20_000);
const Texts = z.strictObject({ de: Text, en: Text });

/** What an admin may set (each part optional: the rest stays as it was). */
export const LegalInput = z.strictObject({
  hotline: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()/-]{3,30}$/, 'Not a valid phone number.')
    .nullable()
    .optional(),
  hotlineHours: Texts.nullable().optional(),
  imprint: Texts.nullable().optional(),
  privacy: Texts.nullable().optional(),
  accessibility: Texts.nullable().optional(),
});
export type LegalInput = z.infer<typeof LegalInput>;

/** What the portal shows. */
export const Legal = z.object({
  hotline: z.string().nullable().describe('Telephone number of the hotline (call center), shown in the footer'),
  hotlineHours: Texts.nullable(),
  imprint: Texts,
  privacy: Texts,
  accessibility: Texts,
  /** True where a text is the built-in sample (the organisation has not set its own). */
  samples: z.object({ imprint: z.boolean(), privacy: z.boolean(), accessibility: z.boolean() }),
});
export type Legal = z.infer<typeof Legal>;

const sampleImprint = (name: string) => ({
  de: `## Herausgeber
${name}
Ministerium für Gesundheit
Musterstraße 1
10115 Demostadt

## Vertreten durch
Die Ministerin für Gesundheit

## Kontakt
E-Mail: impfportal@demo.example
Telefon: siehe Hotline unten auf jeder Seite

## Verantwortlich für den Inhalt
Referat Impfkampagne, Anschrift wie oben

## Hinweis
Dies sind Musterangaben der Demo. Die Organisation trägt ihr eigenes Impressum in den Einstellungen ein (PUT /api/v1/admin/settings, Feld „legal“).`,
  en: `## Published by
${name}
Ministry of Health
Musterstraße 1
10115 Demostadt, Germany

## Represented by
The Minister of Health

## Contact
E-mail: impfportal@demo.example
Telephone: see the hotline at the foot of every page

## Responsible for the content
Vaccination campaign unit, address as above

## Note
This is sample information of the demo. The organisation enters its own imprint in its settings (PUT /api/v1/admin/settings, field "legal").`,
});

const samplePrivacy = (name: string) => ({
  de: `## Verantwortlicher
${name}, Ministerium für Gesundheit, Musterstraße 1, 10115 Demostadt. Datenschutzbeauftragte: datenschutz@demo.example.

## Welche Daten wir verarbeiten und wozu
Für die Registrierung, die Terminbuchung und die Einladung: Name, Geburtsdatum, Postleitzahl und Anschrift, E-Mail-Adresse oder Telefonnummer, Angaben zur Priorisierung. Im Impfzentrum: die Dokumentation der Impfung und das digitale COVID-Zertifikat der EU.

## Rechtsgrundlagen
Art. 6 Abs. 1 Buchst. c und e sowie Art. 9 Abs. 2 Buchst. h und i DSGVO in Verbindung mit der Coronavirus-Impfverordnung und dem Infektionsschutzgesetz.

## Empfänger
Die Impfzentren und die Hotline der Organisation, soweit sie die Angaben für Ihren Termin brauchen; das Robert Koch-Institut erhält die Impfsurveillance ohne Namen. Eine Übermittlung in Drittländer findet nicht statt.

## Speicherdauer
Termin- und Registrierungsdaten werden gelöscht, wenn sie für die Impfkampagne nicht mehr gebraucht werden; die Impfdokumentation so lange, wie es das Gesetz vorschreibt.

## Sicherheit
Personenbezogene Daten werden verschlüsselt gespeichert; jeder Zugriff auf Gesundheitsdaten wird protokolliert.

## Cookies und Speicher im Browser
Das Portal setzt für Bürgerinnen und Bürger nur technisch notwendige Cookies (Sitzung nach der Bestätigung Ihrer E-Mail-Adresse oder Telefonnummer). Die gewählte Sprache wird im Browser gespeichert. Es gibt keine Analyse- oder Werbedienste.

## Ihre Rechte
Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung, auf Widerspruch und auf Beschwerde bei der Datenschutzaufsichtsbehörde des Landes.

## Hinweis
Dies sind Musterangaben der Demo. Die Organisation trägt ihre eigene Datenschutzerklärung in den Einstellungen ein.`,
  en: `## Controller
${name}, Ministry of Health, Musterstraße 1, 10115 Demostadt, Germany. Data protection officer: datenschutz@demo.example.

## What we process and why
For registration, booking and invitations: name, date of birth, postal code and address, e-mail address or phone number, details for prioritisation. At the center: the record of the vaccination and the EU Digital COVID Certificate.

## Legal basis
Art. 6(1)(c) and (e) and Art. 9(2)(h) and (i) GDPR with the German Coronavirus Vaccination Ordinance and the Infection Protection Act.

## Recipients
The vaccination centers and the hotline of the organisation, as far as they need the details for your appointment; the Robert Koch Institute receives vaccination surveillance data without names. No data is transferred to third countries.

## How long we keep data
Appointment and registration data are deleted when the campaign no longer needs them; vaccination records as long as the law requires.

## Security
Personal data is stored encrypted; every access to health data is logged.

## Cookies and browser storage
For citizens the portal sets only technically necessary cookies (a session after you confirm your e-mail address or phone number). The language you choose is stored in your browser. There are no analytics or advertising services.

## Your rights
You have the right of access, rectification, erasure and restriction of processing, to object, and to lodge a complaint with the state's data protection authority.

## Note
This is sample information of the demo. The organisation enters its own privacy notice in its settings.`,
});

const sampleAccessibility = (name: string) => ({
  de: `## Geltungsbereich
Diese Erklärung gilt für das Impfportal von ${name} (Terminbuchung, Registrierung, Nachweisprüfung).

## Stand der Vereinbarkeit
Das Portal ist mit den Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) weitgehend vereinbar. Es wird bei jeder Änderung automatisch mit axe-core geprüft (Deutsch und Englisch, Bildschirmbreiten 1280 und 360 Pixel) und ist mit der Tastatur bedienbar.

## Nicht barrierefreie Inhalte
Das Impfzertifikat als PDF-Datei ist noch nicht vollständig barrierefrei (getaggtes PDF). Die Angaben im Zertifikat stehen auch auf der Seite „Meine Termine“.

## Barriere melden
Wenn Ihnen Barrieren auffallen, schreiben Sie an barrierefreiheit@demo.example oder rufen Sie die Hotline an.

## Schlichtungsverfahren
Wenn Ihre Meldung nicht zufriedenstellend beantwortet wird, können Sie sich an die Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz wenden (www.schlichtungsstelle-bgg.de).

## Hinweis
Dies sind Musterangaben der Demo; erstellt am 7. Dezember 2026.`,
  en: `## Scope
This statement applies to the vaccination portal of ${name} (booking, registration, certificate check).

## Compliance status
The portal largely complies with the German Accessible Information Technology Ordinance (BITV 2.0). Every change is checked automatically with axe-core (German and English, screen widths 1280 and 360 pixels), and it can be used with the keyboard.

## Content that is not accessible
The vaccination certificate as a PDF file is not yet fully accessible (tagged PDF). The details of the certificate are also shown on the "My booking" page.

## Report a barrier
If you come across a barrier, write to barrierefreiheit@demo.example or call the hotline.

## Conciliation
If your report is not answered satisfactorily, you can turn to the conciliation body under § 16 of the German Disability Equality Act (www.schlichtungsstelle-bgg.de).

## Note
This is sample information of the demo; prepared on 7 December 2026.`,
});

/** The sample hotline number (made up for the demo). */
export const SAMPLE_HOTLINE = '0800 555 0116';

/** The legal texts of an organisation: what it set, the samples for the rest. */
export function legalOf(tenantName: string, stored: unknown): Legal {
  const s = LegalInput.safeParse(stored ?? {});
  const set: LegalInput = s.success ? s.data : {};
  return {
    hotline: set.hotline === undefined ? SAMPLE_HOTLINE : set.hotline,
    hotlineHours: set.hotlineHours === undefined ? { de: 'Mo–So 7–20 Uhr', en: 'Mon–Sun 7 am – 8 pm' } : set.hotlineHours,
    imprint: set.imprint ?? sampleImprint(tenantName),
    privacy: set.privacy ?? samplePrivacy(tenantName),
    accessibility: set.accessibility ?? sampleAccessibility(tenantName),
    samples: { imprint: !set.imprint, privacy: !set.privacy, accessibility: !set.accessibility },
  };
}

/** The stored value after an admin's change: the given parts replace (null: back to the sample), the rest stays. */
export function mergeLegal(stored: unknown, change: LegalInput): LegalInput {
  const s = LegalInput.safeParse(stored ?? {});
  const merged: Record<string, unknown> = { ...(s.success ? s.data : {}) };
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined) continue;
    if (v === null && k !== 'hotline' && k !== 'hotlineHours') delete merged[k];
    else merged[k] = v;
  }
  return merged as LegalInput;
}
