import { useMemo } from 'react';
import { translator, type Catalogue, type CoreKey, type Translate } from '../i18n';
import { useAtlas } from '../state/store';

/** The translator for the current language: the shell's strings, and a view's when given. */
export function useT<K extends string = never>(catalogue?: Catalogue<K>): Translate<CoreKey | K> {
  const lang = useAtlas((s) => s.lang);
  return useMemo(() => translator(lang, catalogue), [lang, catalogue]);
}
