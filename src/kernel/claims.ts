// No imports here: the web app shares this list without pulling in the server's schema library.

/** Priority claims a person can make at registration (German vaccination ordinance of 2021). */
export const CLAIMS = [
  'care_home_resident',
  'care_home_staff',
  'icu_staff',
  'trisomy21',
  'dementia',
  'organ_transplant',
  'care_contact',
  'police_high_exposure',
  'chronic_condition',
  'teacher',
  'retail',
  'critical_infrastructure',
] as const;
export type Claim = (typeof CLAIMS)[number];
