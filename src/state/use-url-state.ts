import { useShallow } from 'zustand/react/shallow';
import { urlStateOf } from './actions';
import { useAtlas } from './store';
import type { UrlState } from './url-codec';

/**
 * The URL-visible state, for components that build links (Embed, the embed's credit).
 * `urlStateOf` returns a new object on every call; a selector doing that re-renders forever
 * under zustand 5 (React error #185), so its fields are compared one by one: the object only
 * changes when one of them does (`models` is the store's own array, kept while unchanged).
 */
export const useUrlState = (): UrlState => useAtlas(useShallow(urlStateOf));
