/** Texts of the footer and the legal pages (de); the pages' contents come from the organisation's settings. */
const texts = {
  footerNav: 'Rechtliches und Service',
  imprint: 'Impressum',
  privacy: 'Datenschutz',
  privacyTitle: 'Datenschutzerklärung',
  accessibility: 'Barrierefreiheit',
  accessibilityTitle: 'Erklärung zur Barrierefreiheit',
  staff: 'Personal',
  staffHint: 'Anmeldung für Mitarbeitende der Impfzentren',
  hotline: 'Hotline',
  hotlineCall: 'Hotline anrufen: {{number}}',
  sample: 'Musterangaben',
  sampleNote: 'Diese Seite zeigt Musterangaben. Die Organisation hat ihren eigenen Text noch nicht hinterlegt.',
  loadError: 'Der Text konnte nicht geladen werden.',
};
export default texts;
