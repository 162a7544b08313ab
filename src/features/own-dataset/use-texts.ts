/**
 * This feature's texts load with its code (not with the first paint): they are added to
 * i18next the first time one of its parts renders.
 */
import { useTranslation } from 'react-i18next';
import en from './texts.en.json';
import es from './texts.es.json';

export const NS = 'own-dataset';
export const TEXTS = { en, es };

export function useTexts() {
  const { i18n } = useTranslation();
  for (const [lang, texts] of Object.entries(TEXTS))
    if (!i18n.hasResourceBundle(lang, NS)) i18n.addResourceBundle(lang, NS, texts);
  return useTranslation(NS);
}
