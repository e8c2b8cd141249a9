// Interface languages (English, Russian, Kyrgyz) with i18next. Each screen keeps its own catalog
// (a messages.ts beside it) under its own namespace; this file only registers them.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from './catalogs';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
  { code: 'ky', name: 'Кыргызча' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'treaty-desk.language';
const saved = (() => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
})();
const initial: Language = LANGUAGES.some((l) => l.code === saved) ? (saved as Language) : 'en';

const resources: Record<string, Record<string, Record<string, string>>> = {};
for (const [ns, catalog] of Object.entries(catalogs)) {
  for (const [lng, messages] of Object.entries(catalog)) (resources[lng] ??= {})[ns] = messages as Record<string, string>;
}

void i18next.use(initReactI18next).init({
  resources,
  lng: initial,
  // Kyrgyz is complete (the Catalog type and tests/renderer/i18n/catalogs.test.ts hold it so); should a
  // string still be missing at run time, Russian, which officials read, is the safety net.
  fallbackLng: { ky: ['ru', 'en'], default: ['en'] },
  ns: Object.keys(catalogs),
  defaultNS: 'app',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = initial;

export function setLanguage(code: Language): void {
  void i18next.changeLanguage(code);
  document.documentElement.lang = code;
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // A locked-down profile without storage still switches for this session.
  }
}

/** The locale for numbers and dates: a browser without Kyrgyz data (Debian's Chromium) would fall
 * back to English, so Kyrgyz falls back to Russian there, as the interface's strings do. */
const intlLocale = (lng: string) => (lng !== 'ky' ? lng : Intl.DateTimeFormat.supportedLocalesOf(['ky-KG']).length > 0 ? 'ky-KG' : 'ru');

/** Numbers in the user's language (1 234 in Russian, 1,234 in English). */
export const formatNumber = (n: number, lng = i18next.language) => new Intl.NumberFormat(intlLocale(lng)).format(n);
/** Dates and times; Kyrgyz written by Russian rules goes numeric (02.03.2026, 09:00), as Kyrgyz
 * documents write dates, instead of showing Russian month names on a Kyrgyz screen. */
export const formatDateTime = (iso: string, lng = i18next.language) => {
  const locale = intlLocale(lng);
  const dateStyle = lng === 'ky' && locale === 'ru' ? 'short' : 'medium';
  return new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short' }).format(new Date(iso));
};
