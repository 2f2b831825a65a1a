import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { showsControls, type ViewProps } from '../types';
import { selectPairing, selectProvince, setDrill, setOverlay, setShade } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { embedChartHeight } from '../../modes/embed/layout';
import { DataAndSources, EmbedSource, type Column } from '../../ui/DataAndSources';
import { DatasetErrorSlot } from '../../ui/DatasetErrorSlot';
import { Fold } from '../../ui/Fold';
import { lazyRetry } from '../../ui/lazy-retry';
import { Takeaway } from '../../ui/Takeaway';
import { useFirstScreenRoom } from '../../ui/use-first-screen-room';
import { YearSlider } from '../../ui/YearSlider';
import { useMotion } from '../../ui/use-media';
import { usePanelReport } from '../../ui/use-panel-load';
import { useT } from '../../ui/use-t';
import { useWidth } from '../../ui/use-width';
import { CompareControl } from './CompareControl';
import type { Arc, Focus } from './flows';
import { MapChart } from './MapChart';
import { MapDetail } from './MapDetail';
import { MapLegend } from './MapLegend';
import { mapMessages } from './messages';
import { createMapModel, type MapColumn } from './model';
import { useChinaGeo, usePrefectureGeo } from './use-geo';
import './map.css';

/** The comparisons (compare=, diff=): their code loads only when a link or control asks. */
const Comparison = lazyRetry(() => import('./compare/Comparison').then((m) => m.default));

/** Room kept under the map on the first screen for the year slider (and a margin). */
const SLIDER_ROOM = 84;

// GDP (for shading), the hub places and the bibliography arrive after the first draw.
type Props = ViewProps<'provinces' | 'pairings', 'gdp' | 'hub' | 'sources' | 'descriptions'>;

const sameFocus = (a: Focus, b: Focus) =>
  a === b ||
  (!!a &&
    !!b &&
    (a.kind === 'province'
      ? b.kind === 'province' && a.adcode === b.adcode
      : b.kind === 'arc' && a.key === b.key));

/**
 * The collaboration-flow map: provinces, east→west arcs by model, detail of the selection. The
 * layout of what `mapModel` derives; the hover is its only state of its own.
 */
export default function MapView(props: Props) {
  const { data, presentation = 'panel' } = props;
  // On a slide: the map, its compact legend and credit; no toolbar, details or table.
  const slide = presentation === 'slide';
  // In an embed: the takeaway, the map, a compact legend and the source line; controls opt-in.
  const embed = presentation === 'embed';
  const shown = showsControls(props);
  const col = slide ? ' slide-col' : '';
  const t = useT(mapMessages);
  const lang = useAtlas((s) => s.lang);
  const projector = useAtlas((s) => s.theme === 'projector');
  const year = useAtlas((s) => s.year);
  const models = useAtlas((s) => s.models);
  const programme = useAtlas((s) => s.programme);
  const province = useAtlas((s) => s.province);
  const pairing = useAtlas((s) => s.pairing);
  const shade = useAtlas((s) => s.shade);
  const hub = useAtlas((s) => s.overlay === 'hub');
  const drill = useAtlas((s) => s.drill);
  const compare = useAtlas((s) => s.compare);
  const diff = useAtlas((s) => s.diff);
  const comparing = compare.length > 0 || diff !== null;
  const onDashboard = useAtlas((s) => s.mode === 'dashboard');
  const motion = useMotion();
  const [width, boxRef] = useWidth(800);
  // On the dashboard the map and the year slider under it fit the first screen together.
  const stageRef = useRef<HTMLDivElement>(null);
  const room = useFirstScreenRoom(boxRef, SLIDER_ROOM);

  const [hover, setHoverState] = useState<Focus>(null);
  // Stable: the base layer's pointer keeps the first one it is given.
  const setHover = useCallback(
    (f: Focus) => setHoverState((prev) => (sameFocus(prev, f) ? prev : f)),
    [],
  );
  // Hover is transient (not in the URL) and belongs to the map it was made on: a drill-down
  // in or out, from a button or from Back, drops it.
  const [hoverDrill, setHoverDrill] = useState(drill);
  if (hoverDrill !== drill) {
    setHoverDrill(drill);
    setHoverState(null);
  }

  const china = useChinaGeo();
  const prefectures = usePrefectureGeo(drill, china.status === 'ready' ? china.geo : null);
  // Without geometry the map has drawn all it will (its message): it tells the load scheduler
  // it failed, so the panels waiting for the first screen need not wait for its chart.
  const geoFailed = china.status === 'error';
  const report = usePanelReport();
  useEffect(() => {
    if (geoFailed) report.failed();
  }, [geoFailed, report]);

  const [mapModel] = useState(createMapModel);
  const model = mapModel(
    { ...data, china, prefectures: drill ? prefectures : null },
    { year, models, programme, province, pairing, shade, hub, drill },
    {
      lang,
      t,
      projector,
      width,
      motion,
      hover,
      room: onDashboard ? room : null,
      fill: slide,
      height: embed ? embedChartHeight('map', window.innerWidth) : undefined,
    },
  );

  const columns = useMemo(
    () => tableColumns(model.table.columns, setHover),
    [model.table.columns, setHover],
  );
  const { controls } = model;

  return (
    <div className={`map-view${projector ? ' map-view--projector' : ''}${col}`}>
      {(shown || embed) && !comparing && <Takeaway text={model.takeaway} view="map" />}
      {shown && (
        <Fold label={t('map.options')} bodyClassName="map-toolbar">
          <div className="map-segmented" role="group" aria-label={t('map.shade.label')}>
            <span className="map-toolbar__label" aria-hidden="true">
              {t('map.shade.label')}
            </span>
            {controls.shades.map((s) => (
              <button
                key={s.shade}
                type="button"
                aria-pressed={shade === s.shade}
                disabled={s.disabled}
                onClick={() => setShade(s.shade)}
              >
                {s.label}
              </button>
            ))}
          </div>
          <CompareControl t={t} />
          {/* Shown (disabled) while the hub places load, so the controls below do not move. */}
          {!comparing && controls.hub !== 'hidden' && (
            <label className="map-toggle">
              <input
                type="checkbox"
                disabled={controls.hub === 'disabled'}
                checked={hub}
                onChange={(e) => setOverlay(e.target.checked ? 'hub' : null)}
              />{' '}
              {t('map.hub.toggle')}
            </label>
          )}
          {!comparing && (
            <div className="map-drill" role="group" aria-label={t('map.drill.label')}>
              {drill ? (
                <button type="button" className="map-drill__back" onClick={() => setDrill(null)}>
                  ← {t('map.drill.back')}
                </button>
              ) : (
                controls.drills.map((d) => (
                  <button key={d.province} type="button" onClick={() => setDrill(d.province)}>
                    {d.label}
                  </button>
                ))
              )}
            </div>
          )}
        </Fold>
      )}

      {comparing ? (
        china.status === 'ready' ? (
          <Suspense
            fallback={
              <p className="map-geo-loading" role="status">
                {t('map.geo.loading')}
              </p>
            }
          >
            <Comparison data={{ ...data, china }} compare={compare} diff={diff} controls={shown} />
          </Suspense>
        ) : china.status === 'error' ? (
          <DatasetErrorSlot title={t('map.geo.error')} errors={[...china.errors]} />
        ) : (
          <p className="map-geo-loading" role="status">
            {t('map.geo.loading')}
          </p>
        )
      ) : (
        <>
          {/* On a slide the caption speaks, in an embed the takeaway; the summary stays for
              screen readers on a slide, and is in the full atlas for an embed's readers. */}
          {!embed && (
            <p className={slide ? 'visually-hidden' : 'map-summary'} data-testid="map-summary">
              {model.summary}
            </p>
          )}
          {model.note && <p className="map-note">{model.note}</p>}

          <div className={`map-main${col}`}>
            <div className={`map-stage${col}`} ref={stageRef}>
              <div
                ref={boxRef}
                className={slide ? 'map-chart slide-fill' : 'map-chart'}
                data-testid="map-chart"
                data-arcs={model.arcs.length}
                data-arc-keys={model.arcs.map((a) => a.key).join(' ')}
                data-year={year}
                data-focus={model.focusKey}
                data-highlighted={
                  model.highlight ? [...model.highlight.regions].sort().join(',') : ''
                }
                data-drill={model.drilled ?? ''}
                data-shade={shade}
                data-motion={motion ? 'on' : 'off'}
                data-hub={model.hubPlaces}
              >
                {model.geo.status === 'error' && (
                  <DatasetErrorSlot title={t('map.geo.error')} errors={[...model.geo.errors]} />
                )}
                {model.drillGeo?.status === 'error' && (
                  <DatasetErrorSlot
                    title={t('map.geo.error')}
                    errors={[...model.drillGeo.errors]}
                  />
                )}
                {(model.geo.status === 'loading' || model.drillGeo?.status === 'loading') && (
                  <p className="map-geo-loading" role="status">
                    {t('map.geo.loading')}
                  </p>
                )}
                {model.layers && (
                  <MapChart model={model} onHover={setHover} exports={shown}>
                    {onDashboard && <YearSlider keepInView={stageRef} testId="map-year-slider" />}
                  </MapChart>
                )}
              </div>
              <MapLegend
                {...model.legend}
                models={models}
                variant={slide ? 'slide' : embed ? 'embed' : undefined}
              />
              {embed ? (
                <EmbedSource sourceIds={model.table.sourceIds} sources={data.sources?.sources} />
              ) : (
                <p className="map-credit">{model.credit}</p>
              )}
            </div>
            {/* An embed shows the details pane only once the reader has selected something. */}
            {(embed ? !!(province || pairing) : shown) && (
              <MapDetail
                level={embed ? 2 : 3}
                pairings={data.pairings}
                descriptions={data.descriptions}
                provinces={data.provinces.provinces}
                sources={data.sources?.sources ?? []}
                gdp={model.detail.gdp}
                filters={model.detail.filters}
                overview={model.detail.overview}
                province={province}
                pairing={pairing}
                t={t}
                lang={lang}
              />
            )}
          </div>

          {shown && !embed && (
            <details className="map-provinces">
              <summary>{t('map.provinces.title')}</summary>
              <ul>
                {model.provinceList.map((p) => (
                  <li key={p.adcode}>
                    <button
                      type="button"
                      aria-pressed={province === p.adcode}
                      onClick={() => selectProvince(province === p.adcode ? null : p.adcode)}
                      onFocus={() => setHover({ kind: 'province', adcode: p.adcode })}
                      onBlur={() => setHover(null)}
                      onMouseEnter={() => setHover({ kind: 'province', adcode: p.adcode })}
                      onMouseLeave={() => setHover(null)}
                    >
                      {p.label}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}

          {shown && !embed && (
            <DataAndSources
              title={t('view.map')}
              columns={columns}
              rows={model.arcs as Arc[]}
              rowKey={(a) => a.key}
              sourceIds={model.table.sourceIds}
              fields={model.table.fields}
              view="map"
            />
          )}
        </>
      )}
    </div>
  );
}

/** The table's columns; the western end is a button that selects the arc's first pairing. */
function tableColumns(columns: readonly MapColumn[], setHover: (f: Focus) => void): Column<Arc>[] {
  return columns.map((c) =>
    c.key !== 'west'
      ? { key: c.key, header: c.header, cell: c.text, text: c.text }
      : {
          key: c.key,
          header: c.header,
          text: c.text,
          cell: (a) => (
            <button
              type="button"
              className="map-linkbutton"
              onClick={() => selectPairing(a.pairingIds[0]!)}
              onFocus={() => setHover({ kind: 'arc', key: a.key })}
              onBlur={() => setHover(null)}
            >
              {c.text(a)}
            </button>
          ),
        },
  );
}
