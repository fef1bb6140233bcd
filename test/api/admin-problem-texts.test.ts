import { describe, expect, it } from 'vitest';
import { fieldErrorLines, fieldErrorTexts } from '../../web/src/problems.js';

// The refusals of the admin's sections as the server sends them (invitations.test.ts, planning.test.ts,
// eligibility.test.ts check the codes), in the admin's language: never zod's English, never a raw path.
const problem = (errors: { field: string; code: string; message: string }[]) => ({ status: 422, type: 'https://vaxops.org/problems/validation', errors });

describe('texts of the admin sections’ field errors', () => {
  it('a wave that is too big or not a number says so in German and English', () => {
    const tooBig = problem([{ field: 'size', code: 'too-big', message: 'Too big: expected number to be <=100000' }]);
    expect(fieldErrorTexts(tooBig, 'de')).toEqual({ size: 'Höchstens 100.000 Personen pro Welle.' });
    expect(fieldErrorTexts(tooBig, 'en')).toEqual({ size: 'At most 100,000 people per wave.' });
    const notANumber = problem([{ field: 'size', code: 'invalid-type', message: 'Invalid input: expected number, received string' }]);
    expect(fieldErrorLines(notANumber, 'de')).toEqual(['Anzahl: Bitte eine ganze Zahl ab 1 eingeben.']);
    expect(fieldErrorLines(notANumber, 'en')).toEqual(['Number: Please enter a whole number of 1 or more.']);
  });

  it('a plan below the bookings and a wrong group id are named by the form’s words', () => {
    expect(fieldErrorLines(problem([{ field: 'doses', code: 'below-booked', message: 'Fewer doses than already booked' }]), 'de')).toEqual(['Dosen: Weniger Dosen geplant, als schon gebucht sind.']);
    const groupId = problem([{ field: 'definition.groups.0.id', code: 'invalid-format', message: 'Lower-case letters, digits and dashes.' }]);
    expect(fieldErrorLines(groupId, 'de')).toEqual(['Gruppe 1 – Kennung: Das Format stimmt nicht.']);
    expect(fieldErrorLines(groupId, 'en')).toEqual(['Group 1 – Id: The format is not right.']);
  });
});
