import { TextInput, type TextInputProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isoDay, isValidIsoDate } from '../../format';

/**
 * The person inputs shared by the portal registration, the booking page and the call-center registration:
 * one definition of each input (name, type, autofill hint, limits) and of the client-side checks.
 */
export const PERSON_FIELDS = ['givenName', 'familyName', 'birthDate', 'postalCode', 'street', 'city', 'email', 'phone'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
export type PersonValues = Record<PersonField, string>;
export type PersonErrors = Partial<Record<PersonField, string>>;

/** Fields the API requires for every person; the rest are optional. */
export const REQUIRED_PERSON_FIELDS: readonly PersonField[] = ['givenName', 'familyName', 'birthDate', 'postalCode'];

export const EMPTY_PERSON: PersonValues = {
  givenName: '',
  familyName: '',
  birthDate: '',
  postalCode: '',
  street: '',
  city: '',
  email: '',
  phone: '',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()/-]{6,}$/;

export interface PersonCheckOptions {
  /** Message for an empty required field. */
  requiredMessage: string;
  /** Also refuse birth dates in the future or before 1900 (as the API does). */
  birthDateRange?: boolean;
  /** Also check the phone number's format (as the API does). */
  phone?: boolean;
  /**
   * Letters: without an e-mail address and phone number the person is reached by post, so street and city
   * are required (message for them). Leave out where the form does not ask for the address.
   */
  addressForLetters?: string;
}

/** Whether the person is reached by post: no e-mail address and no phone number given. */
export const needsPostalAddress = (v: Pick<PersonValues, 'email' | 'phone'>) => !v.email.trim() && !v.phone.trim();

/**
 * Client-side checks of the person fields; errors are keyed by field in the order of PERSON_FIELDS, so the
 * first key is the field to focus. Fields a form does not show are empty and produce no error.
 */
export function validatePerson(v: PersonValues, t: TFunction, opts: PersonCheckOptions): PersonErrors {
  const errs = checkPerson(v, t, opts);
  const ordered: PersonErrors = {};
  for (const f of PERSON_FIELDS) if (errs[f]) ordered[f] = errs[f];
  return ordered;
}

function checkPerson(v: PersonValues, t: TFunction, opts: PersonCheckOptions): PersonErrors {
  const errs: PersonErrors = {};
  if (!v.givenName.trim()) errs.givenName = opts.requiredMessage;
  if (!v.familyName.trim()) errs.familyName = opts.requiredMessage;
  if (!v.birthDate.trim()) errs.birthDate = opts.requiredMessage;
  else if (!isValidIsoDate(v.birthDate) || (opts.birthDateRange && (v.birthDate > isoDay() || v.birthDate < '1900-01-01')))
    errs.birthDate = t('booking.errors.birthDate');
  if (!v.postalCode.trim()) errs.postalCode = opts.requiredMessage;
  else if (!/^\d{5}$/.test(v.postalCode.trim())) errs.postalCode = t('booking.errors.postalCode');
  if (v.email.trim() && !EMAIL.test(v.email.trim())) errs.email = t('booking.errors.email');
  if (opts.phone && v.phone.trim() && !PHONE.test(v.phone.trim())) errs.phone = t('portal.register.errors.phone');
  if (opts.addressForLetters && needsPostalAddress(v)) {
    if (!v.street.trim()) errs.street = opts.addressForLetters;
    if (!v.city.trim()) errs.city = opts.addressForLetters;
  }
  return errs;
}

/** The person as sent to the API: the given fields trimmed, empty optional ones left out. */
export function personPayload<F extends PersonField>(v: PersonValues, fields: readonly F[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const f of fields) if (v[f].trim()) out[f] = v[f].trim();
  return out;
}

/** Per input: what the browser needs to know (autofill hint, keyboard, limits). */
const INPUTS: Record<PersonField, Partial<TextInputProps> & { autoComplete: string }> = {
  givenName: { autoComplete: 'given-name' },
  familyName: { autoComplete: 'family-name' },
  birthDate: { type: 'date', autoComplete: 'bday', min: '1900-01-01', max: '9999-12-31' },
  postalCode: { autoComplete: 'postal-code', inputMode: 'numeric', maxLength: 5 },
  street: { autoComplete: 'street-address' },
  city: { autoComplete: 'address-level2' },
  email: { type: 'email', autoComplete: 'email' },
  phone: { type: 'tel', autoComplete: 'tel' },
};

/** Labels for citizens (the optional fields say so) and for staff (console texts). */
const CITIZEN_LABELS: Record<PersonField, string> = {
  givenName: 'booking.givenName',
  familyName: 'booking.familyName',
  birthDate: 'booking.birthDate',
  postalCode: 'booking.postalCode',
  street: 'portal.register.street',
  city: 'portal.register.city',
  email: 'booking.email',
  phone: 'booking.phone',
};

/** Labels of optional fields where a form requires them (they do not say "optional"). */
const REQUIRED_LABELS: Partial<Record<PersonField, string>> = {
  street: 'portal.letters.street',
  city: 'portal.letters.city',
};

interface Props {
  /** The inputs to show, in this order (the caller lays them out, e.g. in a SimpleGrid). */
  fields: readonly PersonField[];
  values: PersonValues;
  onChange: (field: PersonField, value: string) => void;
  /** The error shown below an input: the client check or the server's answer. */
  error: (field: PersonField) => string | undefined;
  /**
   * 'citizen': the portal's labels and autofill from the citizen's browser;
   * 'staff': the console's labels and no autofill (an agent types a caller's data).
   */
  audience: 'citizen' | 'staff';
  /** Fields required in this form besides the ones every person needs (e.g. the address for letters). */
  alsoRequired?: readonly PersonField[];
}

/** Text inputs for a person's name, birth date, address and contact, with `name` = field id. */
export function PersonFields({ fields, values, onChange, error, audience, alsoRequired = [] }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((f) => (
        <TextInput
          key={f}
          {...INPUTS[f]}
          {...(audience === 'staff' ? { autoComplete: 'off' } : {})}
          label={t(audience === 'staff' ? `console.agent.person.${f}` : alsoRequired.includes(f) && f in REQUIRED_LABELS ? REQUIRED_LABELS[f]! : CITIZEN_LABELS[f])}
          name={f}
          required={REQUIRED_PERSON_FIELDS.includes(f) || alsoRequired.includes(f)}
          value={values[f]}
          onChange={(e) => onChange(f, e.currentTarget.value)}
          error={error(f)}
        />
      ))}
    </>
  );
}
