// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlas } from '../../../../src/state/store';
import { selectProvince, setYear } from '../../../../src/state/actions';
import { gdp, hub, pairing, pairings, provinces, sources } from '../../../fixtures/datasets';
import { chinaGeoJson } from './geo-fixtures';
import { buildMapLayers } from '../../../../src/views/map/build-map-option';
import type { MapModel } from '../../../../src/views/map/model';

// The layers the map's chart would draw on each render (the chart itself needs a real browser).
type Drawn = NonNullable<ReturnType<typeof buildMapLayers>>;
const drawn: Drawn[] = [];
const tip = () => '';
vi.mock('../../../../src/views/map/MapChart', () => ({
  MapChart: ({ model }: { model: MapModel }) => {
    drawn.push(buildMapLayers(model, tip)!);
    return null;
  },
}));
const { default: MapView } = await import('../../../../src/views/map');

const data = {
  provinces: provinces(),
  pairings: pairings([
    pairing(),
    pairing({
      id: 'gd-gz',
      east: { adcode: '440000', place: null, institution: null },
      west: { adcode: '520000', place: null, institution: null },
      startYear: 2016,
      endYear: 2020,
    }),
  ]),
  gdp: gdp([['520000', 2016, null]]),
  hub: hub(),
  sources: sources(),
};
const last = () => drawn[drawn.length - 1]!;
const arcCount = (p: Drawn) =>
  (p.flows.series as { id: string; data?: unknown[] }[])
    .filter((s) => s.id.startsWith('arcs-'))
    .flatMap((s) => s.data ?? []).length;

beforeEach(() => {
  drawn.length = 0;
  useAtlas.setState(useAtlas.getInitialState(), true);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(chinaGeoJson()))),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('map layers', () => {
  it('keeps the base layer (provinces) as it is when only the year changes', async () => {
    act(() => setYear(2016));
    render(<MapView data={data} />);
    await waitFor(() => expect(drawn.length).toBeGreaterThan(0));
    const before = last();
    expect(arcCount(before)).toBe(2);

    act(() => setYear(2021));
    const after = last();
    expect(arcCount(after)).toBe(1);
    expect(after.flows).not.toBe(before.flows);
    expect(after.base).toBe(before.base);
    // Every place is named whatever the year: the names layer is not redrawn either.
    expect(after.names).toBe(before.names);
    expect(screen.getByTestId('map-chart').getAttribute('data-year')).toBe('2021');
  });

  it('redraws the base when what it shows changes: a selection, or shading by a yearly value', async () => {
    act(() => setYear(2016));
    render(<MapView data={data} />);
    await waitFor(() => expect(drawn.length).toBeGreaterThan(0));
    const first = last().base;

    act(() => selectProvince('520000'));
    const selected = last().base;
    expect(selected).not.toBe(first);

    await userEvent.click(screen.getByRole('button', { name: /GDP/ }));
    const byGdp = last().base;
    expect(byGdp).not.toBe(selected);
    act(() => setYear(2017));
    expect(last().base).not.toBe(byGdp);
  });
});
