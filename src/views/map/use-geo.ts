import { useEffect, useState } from 'react';
import { fetchDataFile } from '../../data/fetch-file';
import { CHINA_GEO_FILE } from './files';
import { echarts } from '../../ui/echarts-core';
import {
  chinaCollection,
  drillCollection,
  mapName,
  parseChinaGeo,
  parsePrefectureGeo,
  type ChinaGeo,
  type DrillProvince,
  type PrefectureGeo,
} from './geo';

/** Loading state of one geometry file. */
export type GeoState<T> =
  | { status: 'loading' }
  | { status: 'ready'; geo: T }
  | { status: 'error'; file: string; reason: 'invalid' | 'missing' };

type Result<T> = Exclude<GeoState<T>, { status: 'loading' }>;

const cache = new Map<string, Promise<Result<unknown>>>();

/** Fetches (once) and checks a geometry file relative to the page's base URL. */
function load<T>(file: string, parse: (json: unknown) => T | null): Promise<Result<T>> {
  let p = cache.get(file) as Promise<Result<T>> | undefined;
  if (!p) {
    p = fetchDataFile(file, document.baseURI).then((res): Result<T> => {
      if (!res.ok) return { status: 'error', file, reason: 'missing' };
      let json: unknown;
      try {
        json = JSON.parse(res.text);
      } catch {
        return { status: 'error', file, reason: 'invalid' };
      }
      const geo = parse(json);
      return geo ? { status: 'ready', geo } : { status: 'error', file, reason: 'invalid' };
    });
    cache.set(file, p);
  }
  return p;
}

function useLoaded<T>(file: string | null, parse: (json: unknown) => T | null): GeoState<T> {
  const [state, setState] = useState<{ file: string | null; result: GeoState<T> }>({
    file: null,
    result: { status: 'loading' },
  });
  useEffect(() => {
    if (!file) return;
    let live = true;
    load(file, parse).then((result) => {
      if (live) setState({ file, result });
    });
    return () => {
      live = false;
    };
  }, [file, parse]);
  return state.file === file ? state.result : { status: 'loading' };
}

const registered = new Set<string>();

/** data/geo/china.json, registered with ECharts as `atlas-china` once it is valid. */
export function useChinaGeo(): GeoState<ChinaGeo> {
  const state = useLoaded(CHINA_GEO_FILE, parseChinaGeo);
  if (state.status === 'ready' && !registered.has('atlas-china')) {
    // registerMap is idempotent for one name; the set only saves re-parsing the regions.
    echarts.registerMap('atlas-china', chinaCollection(state.geo) as never);
    registered.add('atlas-china');
  }
  return state;
}

/** data/geo/<adcode>.json for a drill-down, registered (with the other provinces) as `atlas-<adcode>`. */
export function usePrefectureGeo(
  province: DrillProvince | null,
  china: ChinaGeo | null,
): GeoState<PrefectureGeo> {
  const state = useLoaded(province ? `data/geo/${province}.json` : null, parsePrefectureGeo);
  if (province && china && state.status === 'ready') {
    const name = mapName(province);
    if (!registered.has(name)) {
      echarts.registerMap(name, drillCollection(china, province, state.geo) as never);
      registered.add(name);
    }
  }
  return state;
}
