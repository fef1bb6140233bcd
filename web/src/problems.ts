/**
 * The one translation of server problems into German or English: by the problem's code (the last segment
 * of its `type`) and its field errors' codes and fields. Pages never show the server's English `detail`
 * or a raw field path (`definition.groups.0.id`); a problem the server explains in both languages
 * (`explanation`, e.g. why someone is not eligible yet) is shown in the page's language.
 */
// .js names: the server's tests type-check this module too (NodeNext); Vite resolves them to the .ts files.
import de from './i18n/problems.de.js';
import en from './i18n/problems.en.js';

/** The parts of a problem document the texts depend on. */
export interface ProblemLike {
  status: number;
  type?: string;
  errors?: { field: string; message?: string; code?: string }[];
  explanation?: { de: string; en: string };
}

type Texts = typeof de;
const TEXTS: Record<'de' | 'en', Texts> = { de, en };
const texts = (lng: string): Texts => (lng === 'en' ? TEXTS.en : TEXTS.de);
const own = <T extends object>(o: T, k: string): k is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(o, k);

/** The problem's code, e.g. `slot-full` ('' for a network error or a body that was no problem document). */
export function problemCode(p: Pick<ProblemLike, 'type'> | null | undefined): string {
  const type = p?.type ?? '';
  return type.includes('/problems/') ? (type.split('/').pop() ?? '') : '';
}

/** Whether the texts know this problem code (the test checks they know every code the server emits). */
export function hasProblemText(code: string, lng: string): boolean {
  return own(texts(lng).code, code);
}

/** Whether the texts know this field error code. */
export function hasFieldText(code: string, lng: string): boolean {
  return own(texts(lng).field, code);
}

/** What went wrong, in the language: the server's own explanation, else the code's text, else the status class's. */
export function problemText(p: ProblemLike, lng: string): string {
  const t = texts(lng);
  if (p.explanation) return lng === 'en' ? p.explanation.en : p.explanation.de;
  const code = problemCode(p);
  if (own(t.code, code)) return t.code[code];
  if (p.status === 0) return t.status.network;
  return p.status >= 500 ? t.status['5xx'] : t.status['4xx'];
}

const CONTAINERS = new Set(['body', 'querystring', 'params', 'headers', 'person', 'definition', '(root)']);

/** The form's label of a field path: `person.birthDate` -> "Geburtsdatum", `definition.groups.0.id` -> "Gruppe 1 – Kennung". */
export function fieldLabel(field: string, lng: string): string {
  const t = texts(lng).label;
  const parts: string[] = [];
  for (const segment of field.split('.')) {
    if (/^\d+$/.test(segment)) {
      if (parts.length) parts[parts.length - 1] += ` ${Number(segment) + 1}`;
    } else if (!CONTAINERS.has(segment) && segment !== 'input' && own(t, segment)) {
      parts.push(t[segment]);
    }
  }
  return parts.length ? parts.join(' – ') : t.input;
}

/** The text of one field error (without its label): a field-specific one if there is, else its code's. */
export function fieldErrorText(e: { field: string; code?: string }, lng: string): string {
  const t = texts(lng);
  const code = e.code ?? 'invalid';
  const name = e.field.split('.').filter((s) => !/^\d+$/.test(s)).pop() ?? '';
  const specific = `${name}.${code}`;
  if (own(t.fieldSpecific, specific)) return t.fieldSpecific[specific];
  return own(t.field, code) ? t.field[code] : t.field.invalid;
}

/** Field error texts by field path (the first error per field), for forms that show them at their inputs. */
export function fieldErrorTexts(p: ProblemLike, lng: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of p.errors ?? []) {
    if (e && typeof e.field === 'string' && !(e.field in out)) out[e.field] = fieldErrorText(e, lng);
  }
  return out;
}

/** Field errors as "label: text" lines, for an alert that lists them. */
export function fieldErrorLines(p: ProblemLike, lng: string): string[] {
  const lines = (p.errors ?? []).filter((e) => e && typeof e.field === 'string').map((e) => `${fieldLabel(e.field, lng)}: ${fieldErrorText(e, lng)}`);
  return [...new Set(lines)];
}

/** A text the server sends in both languages (an explanation, a group's label), in the language ('' for none). */
export function explain(e: { de: string; en: string } | null | undefined, lng: string): string {
  if (!e) return '';
  return lng === 'en' ? e.en : e.de;
}
