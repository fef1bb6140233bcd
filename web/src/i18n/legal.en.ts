/** Texts of the footer and the legal pages (en); the pages' contents come from the organisation's settings. */
const texts: typeof import('./legal.de').default = {
  footerNav: 'Legal and service',
  imprint: 'Imprint',
  privacy: 'Privacy',
  privacyTitle: 'Privacy notice',
  accessibility: 'Accessibility',
  accessibilityTitle: 'Accessibility statement',
  staff: 'Staff',
  staffHint: 'Sign-in for staff of the vaccination centers',
  hotline: 'Hotline',
  hotlineCall: 'Call the hotline: {{number}}',
  sample: 'Sample information',
  sampleNote: 'This page shows sample information. The organisation has not provided its own text yet.',
  loadError: 'The text could not be loaded.',
};
export default texts;
