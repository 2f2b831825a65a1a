import { useEffect, useState } from 'react';
import { fetchDataFile } from '../../data/fetch-file';
import { CHINA_GEO_FILE, prefectureGeoFile, type DrillProvince } from '../../data/geo-files';
import { echarts } from '../../ui/echarts-core';
import {
  chinaCollection,
  drillCollection,
  mapName,
  parseChinaGeo,
  parsePrefectureGeo,
  readGeoText,
  type ChinaGeo,
  type GeoResult,
  type GeoState,
  type PrefectureGeo,
} from './geo';

type Result<T> = Exclude<GeoState<T>, { status: 'loading' }>;

const cache = new Map<string, Promise<Result<unknown>>>();

/** Fetches (once) and checks a geometry file relative to the page's base URL. Never throws. */
function load<T>(file: string, parse: (json: unknown) => GeoResult<T>): Promise<Result<T>> {
  let p = cache.get(file) as Promise<Result<T>> | undefined;
  if (!p) {
    p = fetchDataFile(file, document.baseURI).then((res): Result<T> => {
      if (!res.ok) {
        const reason =
          res.status !== undefined
            ? ({ code: 'http', status: res.status } as const)
            : ({ code: 'network', detail: res.detail ?? '' } as const);
        return { status: 'error', errors: [{ file, record: null, field: null, reason }] };
      }
      const read = readGeoText(file, res.text, parse);
      return read.ok
        ? { status: 'ready', geo: read.geo }
        : { status: 'error', errors: read.errors };
    });
    cache.set(file, p);
  }
  return p;
}

function useLoaded<T>(file: string | null, parse: (json: unknown) => GeoResult<T>): GeoState<T> {
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
  const state = useLoaded(province ? prefectureGeoFile(province) : null, parsePrefectureGeo);
  if (province && china && state.status === 'ready') {
    const name = mapName(province);
    if (!registered.has(name)) {
      echarts.registerMap(name, drillCollection(china, province, state.geo) as never);
      registered.add(name);
    }
  }
  return state;
}
