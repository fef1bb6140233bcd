import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_ERROR_CODES, PROBLEM_CODES } from '../../src/errors.js';
import { fieldErrorLines, fieldErrorText, fieldLabel, hasFieldText, hasProblemText, problemText } from '../../web/src/problems.js';

/** Every string literal the server passes as a problem's code, found in the source (a second check beside the typed list). */
async function codesInSource(): Promise<Set<string>> {
  const found = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) {
        const text = await fs.readFile(p, 'utf8');
        // conflict('…', 'slot-full'), forbidden(…, 'not-eligible', …), new Problem(…, undefined, 'csrf'), notFound('…', 'unknown-person')
        for (const m of text.matchAll(/\b(?:conflict|forbidden|notFound|unauthorized|tooManyRequests|unprocessable)\((?:[^()]|\([^()]*\))*?,\s*'([a-z0-9-]+)'/g)) found.add(m[1]!);
        for (const m of text.matchAll(/new Problem\((?:[^()]|\([^()]*\))*?undefined,\s*'([a-z0-9-]+)'/g)) found.add(m[1]!);
        for (const m of text.matchAll(/\/problems\/([a-z0-9-]+)/g)) found.add(m[1]!);
      }
    }
  };
  await walk(path.resolve('src'));
  return found;
}

describe('the problem texts of the web app', () => {
  it('have a German and an English text for every problem code the server can emit', async () => {
    const fromSource = await codesInSource();
    expect(fromSource.size).toBeGreaterThan(30); // the scan finds the codes (else it proves nothing)
    for (const code of fromSource) expect(PROBLEM_CODES, `code "${code}" thrown in src/ but missing from PROBLEM_CODES`).toContain(code);
    const missing = PROBLEM_CODES.flatMap((code) => (['de', 'en'] as const).filter((l) => !hasProblemText(code, l)).map((l) => `${code} (${l})`));
    expect(missing, 'add these to web/src/i18n/problems.*.ts').toEqual([]);
  });

  it('have a German and an English text for every field error code', () => {
    const missing = FIELD_ERROR_CODES.flatMap((code) => (['de', 'en'] as const).filter((l) => !hasFieldText(code, l)).map((l) => `${code} (${l})`));
    expect(missing, 'add these to web/src/i18n/problems.*.ts').toEqual([]);
  });

  it('speak the page’s language, never the server’s English detail, with a fallback per status class', () => {
    const refused = { status: 409, type: 'https://vaxops.org/problems/slot-full', detail: 'Slot 4711 is fully booked (server wording).' };
    expect(problemText(refused, 'de')).toBe('Dieser Termin ist ausgebucht. Bitte wählen Sie einen anderen.');
    expect(problemText(refused, 'en')).toBe('This slot is fully booked. Please choose another one.');
    // Anna is not eligible yet: the server's own explanation, in her language.
    const notYet = { status: 403, type: 'https://vaxops.org/problems/not-eligible', explanation: { de: 'Gruppe 2 öffnet am 1. März.', en: 'Group 2 opens on 1 March.' } };
    expect(problemText(notYet, 'de')).toBe('Gruppe 2 öffnet am 1. März.');
    expect(problemText(notYet, 'en')).toBe('Group 2 opens on 1 March.');
    // A code this build does not know (a newer server), a fault, no answer at all.
    expect(problemText({ status: 409, type: 'https://vaxops.org/problems/brand-new' }, 'de')).toBe('Das hat nicht geklappt. Bitte prüfen Sie Ihre Eingaben.');
    expect(problemText({ status: 502, type: '' }, 'en')).toBe('Something went wrong on our side. Please try again later.');
    expect(problemText({ status: 0, type: '' }, 'de')).toMatch(/nicht erreichbar/);
  });

  it('name fields by the form’s labels, not by their paths', () => {
    expect(fieldLabel('person.birthDate', 'de')).toBe('Geburtsdatum');
    expect(fieldLabel('definition.groups.0.id', 'de')).toBe('Gruppe 1 – Kennung');
    expect(fieldLabel('definition.groups.2.label.en', 'de')).toBe('Gruppe 3 – Bezeichnung – Englisch');
    expect(fieldLabel('querystring.sneaky', 'en')).toBe('Input');
    expect(fieldErrorText({ field: 'person.phone', code: 'invalid-format' }, 'de')).toBe('Keine gültige Telefonnummer.');
    expect(fieldErrorText({ field: 'administeredAt', code: 'administered-in-future' }, 'en')).toBe('A vaccination cannot be documented in the future.');
    const lines = fieldErrorLines({ status: 422, errors: [{ field: 'definition.groups.0.id', message: 'Group id "a" is used twice.', code: 'duplicate-id' }] }, 'de');
    expect(lines).toEqual(['Gruppe 1 – Kennung: Diese Kennung kommt doppelt vor.']);
    expect(lines.join()).not.toMatch(/definition\.|used twice/);
  });
});
