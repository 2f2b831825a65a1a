import { useMemo, useState } from 'react';
import { RadarChart } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { showsControls, type ViewProps } from '../types';
import { embedChartHeight } from '../../modes/embed/layout';
import { pick } from '../../i18n';
import type { ModelId } from '../../data/schema/common';
import { setModels, toggleModel } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { Chart, type ChartEvents } from '../../ui/Chart';
import { DataAndSources, EmbedSource, type Column } from '../../ui/DataAndSources';
import type { ExportField } from '../../ui/export';
import { echarts } from '../../ui/echarts-core';
import { useMotion } from '../../ui/use-media';
import { useT } from '../../ui/use-t';
import {
  buildRadarOption,
  dimensionLabel,
  highlightedModels,
  radarRows,
  summariseRadar,
  type RadarRow,
} from './build-radar-option';
import { DimensionRubric } from './DimensionRubric';
import { ModelCards } from './ModelCards';
import { ModelSwatch } from './ModelSwatch';
import './radar.css';
import { useWidth } from '../../ui/use-width';
import { radarMessages } from './messages';
import { radarTakeaway } from './takeaway';
import { Takeaway } from '../../ui/Takeaway';

echarts.use([RadarChart, RadarComponent, LegendComponent, TooltipComponent]);

type Props = ViewProps<'models' | 'pairings' | 'policies' | 'provinces' | 'sources'>;

/**
 * The three collaboration models compared on the paper's dimensions, with each score's rubric
 * and quoted rationale one click away, model toggles that drive the shared selection (the map
 * filters and the timeline highlights through the store), and the models' phase cards.
 */
export default function RadarView(props: Props) {
  const { data } = props;
  // On a slide: the radar alone, filling its box, the step's dimensions marked.
  const slide = props.presentation === 'slide';
  // In an embed: the takeaway, the models' keys, the radar and the source line.
  const embed = props.presentation === 'embed';
  const controls = showsControls(props);
  const dimensions = props.focus?.dimensions;
  const t = useT(radarMessages);
  const lang = useAtlas((s) => s.lang);
  const theme = useAtlas((s) => s.theme);
  const selected = useAtlas((s) => s.models);
  const programme = useAtlas((s) => s.programme);
  const policy = useAtlas((s) => s.policy);
  const pairing = useAtlas((s) => s.pairing);
  // No animation when the reader asks for none or an export waits for a still frame.
  const reducedMotion = !useMotion();
  const [width, boxRef] = useWidth(640);
  const [openDim, setOpenDim] = useState<string | null>(null);
  const [tab, setTab] = useState<ModelId | null>(null);
  const compact = width < 520;
  const projector = theme === 'projector';
  const file = data.models;

  const option = useMemo(
    () =>
      buildRadarOption(file, { models: selected, dimensions }, t, lang, {
        projector,
        reducedMotion,
        compact,
      }),
    [file, selected, dimensions, t, lang, projector, reducedMotion, compact],
  );
  const highlighted = useMemo(
    () => highlightedModels(file, { models: selected }),
    [file, selected],
  );
  const summary = useMemo(() => summariseRadar(file, t, lang), [file, t, lang]);
  const takeaway = useMemo(
    () => radarTakeaway(file, { models: selected }, t, lang),
    [file, selected, t, lang],
  );

  // Stable across selection changes: clicking a model's polygon toggles it in the store.
  const events = useMemo<ChartEvents>(
    () => ({
      click: (raw) => {
        const id = (raw as { data?: { modelId?: ModelId } }).data?.modelId;
        if (id) toggleModel(id);
      },
    }),
    [],
  );

  const rows = useMemo(() => radarRows(file), [file]);
  const missing = t('missing.value');
  const columns = useMemo<Column<RadarRow>[]>(
    () => [
      { key: 'model', header: t('radar.col.model'), cell: (r) => pick(r.model.name, lang) },
      {
        key: 'dimension',
        header: t('radar.col.dimension'),
        cell: (r) => dimensionLabel(r.dimension, t, lang),
      },
      {
        key: 'score',
        header: t('radar.col.score'),
        cell: (r) => (r.score ? String(r.score.score) : missing),
      },
      {
        key: 'confidence',
        header: t('radar.col.confidence'),
        cell: (r) => (r.score ? t(`confidence.${r.score.confidence}`) : missing),
      },
      {
        key: 'reason',
        header: t('radar.col.reason'),
        cell: (r) => (r.score ? pick(r.score.reason, lang) : missing),
      },
      {
        key: 'quote',
        header: t('radar.col.quote'),
        cell: (r) => (r.score ? `“${pick(r.score.quote, lang)}”` : missing),
      },
      {
        key: 'locator',
        header: t('radar.col.locator'),
        cell: (r) => (r.score ? r.score.quote.locator : missing),
      },
      {
        key: 'note',
        header: t('radar.col.note'),
        cell: (r) => (r.score?.note ? pick(r.score.note, lang) : ''),
      },
    ],
    [t, lang, missing],
  );
  // The data file: the score as a number (empty where the atlas gives none), codes beside labels.
  const fields = useMemo<ExportField<RadarRow>[]>(() => {
    const code = (field: string) => t('export.code', { field });
    return [
      { key: 'model_code', header: code(t('radar.col.model')), value: (r) => r.model.id },
      { key: 'model', header: t('radar.col.model'), value: (r) => pick(r.model.name, lang) },
      {
        key: 'dimension_code',
        header: code(t('radar.col.dimension')),
        value: (r) => r.dimension.id,
      },
      {
        key: 'dimension',
        header: t('radar.col.dimension'),
        value: (r) => pick(r.dimension.name, lang),
      },
      { key: 'score', header: t('radar.col.score'), value: (r) => r.score?.score ?? null },
      {
        key: 'confidence_code',
        header: code(t('radar.col.confidence')),
        value: (r) => r.score?.confidence ?? null,
      },
      {
        key: 'confidence',
        header: t('radar.col.confidence'),
        value: (r) => (r.score ? t(`confidence.${r.score.confidence}`) : null),
      },
      {
        key: 'reason',
        header: t('radar.col.reason'),
        value: (r) => (r.score ? pick(r.score.reason, lang) : null),
      },
      {
        key: 'quote',
        header: t('radar.col.quote'),
        value: (r) => (r.score ? pick(r.score.quote, lang) : null),
      },
      {
        key: 'locator',
        header: t('radar.col.locator'),
        value: (r) => r.score?.quote.locator ?? null,
      },
      {
        key: 'source_id',
        header: t('export.sourceIds'),
        value: (r) => r.score?.quote.sourceId ?? null,
      },
      {
        key: 'note',
        header: t('radar.col.note'),
        value: (r) => (r.score?.note ? pick(r.score.note, lang) : null),
      },
    ];
  }, [t, lang]);
  const sourceIds = useMemo(() => {
    const ids = new Set<string>();
    for (const m of file.models) for (const s of m.sourceIds) ids.add(s);
    for (const s of file.scores) ids.add(s.quote.sourceId);
    for (const d of file.dimensions) ids.add(d.basis.sourceId);
    return [...ids];
  }, [file]);
  const sourceName = (id: string) => {
    const s = data.sources.sources.find((x) => x.id === id);
    return s ? `${pick(s.publisher, lang)}《${pick(s.title, lang)}》` : id;
  };

  const label = t('radar.chart', { count: file.dimensions.length, summary });
  const openDimension = file.dimensions.find((d) => d.id === openDim) ?? null;
  const activeTab = tab ?? highlighted[0] ?? file.models[0]!.id;
  const height = embed
    ? embedChartHeight('radar', window.innerWidth)
    : projector
      ? compact
        ? 480
        : 620
      : compact
        ? 320
        : 420;

  return (
    <div
      className={`radar${compact ? ' radar--compact' : ''}${slide ? ' slide-col' : ''}`}
      ref={boxRef}
    >
      {(controls || embed) && <Takeaway text={takeaway} view="radar" />}
      {controls ? (
        <>
          <div className="radar__toggles" role="group" aria-label={t('radar.toggles')}>
            <button
              type="button"
              aria-pressed={selected.length === 0}
              onClick={() => setModels([])}
              data-testid="radar-all"
            >
              {t('radar.all')}
            </button>
            {file.models.map((m) => (
              <button
                key={m.id}
                type="button"
                aria-pressed={selected.includes(m.id)}
                data-model={m.id}
                onClick={() => toggleModel(m.id)}
              >
                <ModelSwatch model={m.id} />
                {pick(m.name, lang)}
              </button>
            ))}
          </div>
          <p className="radar__help">{t('radar.highlight.help')}</p>
        </>
      ) : (
        embed && (
          // The models' keys, as a legend: without controls nothing here filters.
          <p className="radar__keys">
            {file.models.map((m) => (
              <span key={m.id} className="radar__key">
                <ModelSwatch model={m.id} />
                {pick(m.name, lang)}
              </span>
            ))}
          </p>
        )
      )}
      <p className="radar__reading" data-testid="radar-reading">
        {t('radar.reading')}
      </p>
      <div
        className={slide ? 'radar__chart slide-fill' : 'radar__chart'}
        data-testid="radar-chart"
        data-selected-models={highlighted.join(',')}
        data-series={option.series.map((s) => s.id).join(',')}
      >
        <Chart
          option={option}
          label={label}
          events={events}
          height={slide ? '100%' : height}
          className={slide ? 'chart-fill' : undefined}
          replaceMerge={['series']}
          exportMeta={
            controls
              ? {
                  view: 'radar',
                  title: t('view.radar'),
                  caption: `${t('radar.reading')} ${summary}`,
                  source: sourceIds.map(sourceName).join('; '),
                }
              : undefined
          }
        />
      </div>
      {controls && !embed && (
        <p className="radar__summary" data-testid="radar-summary">
          {summary}
        </p>
      )}
      {controls && (
        <div className="radar__dims" role="group" aria-label={t('radar.dimensions')}>
          {file.dimensions.map((d) => (
            <button
              key={d.id}
              type="button"
              aria-expanded={openDim === d.id}
              aria-controls={openDim === d.id ? `radar-rubric-${d.id}` : undefined}
              data-dimension={d.id}
              onClick={() => setOpenDim(openDim === d.id ? null : d.id)}
            >
              <span aria-hidden="true">ⓘ </span>
              {pick(d.name, lang)}
              {d.origin === 'atlas' && (
                <span className="radar__added" title={t('radar.dimension.addedLong')}>
                  {t('radar.dimension.added')}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
      {controls && openDimension && (
        <DimensionRubric
          file={file}
          dimension={openDimension}
          id={`radar-rubric-${openDimension.id}`}
          onClose={() => {
            const id = openDimension.id;
            setOpenDim(null);
            boxRef.current?.querySelector<HTMLButtonElement>(`[data-dimension="${id}"]`)?.focus();
          }}
          t={t}
          lang={lang}
        />
      )}
      {/* An embed shows the models' cards only once the reader has selected a model. */}
      {(embed ? selected.length > 0 : controls) && (
        <ModelCards
          models={file.models}
          pairings={data.pairings}
          policies={data.policies}
          provinces={data.provinces.provinces}
          active={activeTab}
          onActivate={setTab}
          programme={programme}
          pairing={pairing}
          policy={policy}
          t={t}
          lang={lang}
        />
      )}
      {embed ? (
        <EmbedSource sourceIds={sourceIds} sources={data.sources.sources} />
      ) : (
        controls && (
          <DataAndSources
            title={t('view.radar')}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.key}
            fields={fields}
            sourceIds={sourceIds}
            view="radar"
          />
        )
      )}
    </div>
  );
}
