/** Actor filter: a multi-select grouped by country, with each actor's role. */
import { toggleId } from '@/view-state/filters';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { Popover } from '@/components/ui/popover';
import { countryName } from '@/lib/country';
import { actorName } from '@/lib/actor-names';

type Props = {
  actors: readonly Actor[];
  selected: readonly string[];
  lang: Lang;
  /** Country codes listed first, in this order (the dataset's two sides). */
  first: readonly string[];
  onChange: (ids: string[]) => void;
};

/** Memoised: only a change of the chosen actors (or the language) redraws the list. */
export const ActorSelect = memo(function ActorSelect({ actors, selected, lang, first, onChange }: Props) {
  const { t } = useTranslation();
  const groups = useMemo(() => {
    const rank = (c: string) => (first.includes(c) ? first.indexOf(c) : first.length);
    const byCountry = new Map<string, Actor[]>();
    for (const a of actors) byCountry.set(a.country, [...(byCountry.get(a.country) ?? []), a]);
    return [...byCountry.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  }, [actors, first]);
  const names = selected.map((id) => {
    const a = actors.find((x) => x.id === id);
    return a ? actorName(a, lang) : id;
  });
  const toggle = (id: string) => onChange(toggleId(selected, id));

  return (
    <Popover
      label={names.length ? names.join(', ') : t('filters.allActors')}
      buttonLabel={`${t('filters.actors')}: ${names.length ? names.join(', ') : t('filters.allActors')}`}
    >
      {groups.map(([country, list]) => (
        <fieldset key={country} className="mb-2">
          <legend className="px-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {countryName(country, lang)}
          </legend>
          {list.map((a) => (
            <label
              key={a.id}
              className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 hover:bg-slate-100"
            >
              <input
                type="checkbox"
                className="mt-1"
                checked={selected.includes(a.id)}
                onChange={() => toggle(a.id)}
              />
              <span className="text-sm">
                <span className="font-medium">{actorName(a, lang)}</span>
                <span className="block text-xs text-slate-600">{a.role[lang]}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </Popover>
  );
});
