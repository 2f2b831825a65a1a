import { useMemo } from 'react';
import { translator, type Translate } from '../i18n';
import { useAtlas } from '../state/store';

/** The translator for the current language. */
export function useT(): Translate {
  const lang = useAtlas((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
