import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de';
import en from './en';

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
  resources: { de: { translation: de }, en: { translation: en } },
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
