import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '@/view-state/defaults';

type Props = { lang: Lang; onChange: (lang: Lang) => void };

export function LanguageSwitch({ lang, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div
      role="group"
      aria-label={t('header.language')}
      className="flex rounded-md border border-slate-500 p-0.5"
    >
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === lang}
          onClick={() => l !== lang && onChange(l)}
          className={`min-h-8 min-w-9 rounded px-2 text-sm font-semibold whitespace-nowrap ${
            l === lang ? 'bg-white text-slate-900' : 'text-slate-200 hover:bg-slate-700'
          }`}
        >
          {/* The name starts with the visible code (WCAG 2.5.3), then says the language in full. */}
          {l.toUpperCase()}
          <span className="sr-only"> {t(`header.langName.${l}`)}</span>
        </button>
      ))}
    </div>
  );
}
