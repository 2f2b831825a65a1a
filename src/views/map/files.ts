/** The national geometry the map draws on (the shell fetches it early, see ViewDef.preload). */
export const CHINA_GEO_FILE = 'data/geo/china.json';
