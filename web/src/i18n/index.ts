import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de';
import en from './en';
import consoleDe from './console.de';
import consoleEn from './console.en';
import dccDe from './dcc.de';
import dccEn from './dcc.en';
import portalDe from './portal.de';
import portalEn from './portal.en';
import legalDe from './legal.de';
import legalEn from './legal.en';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'vaxops.lang';

function storedLanguage(): Language {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    if (v === 'de' || v === 'en') return v;
  } catch {
    /* localStorage unavailable */
  }
  return 'de';
}

function applyHtmlLang(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

void i18n.use(initReactI18next).init({
  // portal.* (citizen pages), console.* (staff console sections) and dcc.* (COVID certificates) live in files of their own.
  resources: {
    de: { translation: { ...de, portal: portalDe, console: consoleDe, dcc: dccDe, legal: legalDe } },
    en: { translation: { ...en, portal: portalEn, console: consoleEn, dcc: dccEn, legal: legalEn } },
  },
  lng: storedLanguage(),
  fallbackLng: 'de',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

applyHtmlLang(i18n.language);
i18n.on('languageChanged', (lng) => {
  applyHtmlLang(lng);
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    /* ignore */
  }
});

/** Locale tag for Intl formatting. */
export function intlLocale(lng: string): string {
  return lng === 'en' ? 'en-GB' : 'de-DE';
}

export default i18n;
