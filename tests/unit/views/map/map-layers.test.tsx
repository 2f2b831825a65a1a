// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlas } from '../../../../src/state/store';
import { selectProvince, setYear } from '../../../../src/state/actions';
import { gdp, hub, pairing, pairings, provinces, sources } from '../../../fixtures/datasets';
import { chinaGeoJson } from './geo-fixtures';

// What the map hands its chart on each render (the chart itself needs a real browser).
type ChartProps = {
  option: { series: { id: string; data?: unknown[] }[] };
  baseOption?: object;
  overlayOption?: object;
};
const drawn: ChartProps[] = [];
vi.mock('../../../../src/ui/Chart', () => ({
  Chart: (props: ChartProps) => {
    drawn.push(props);
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
const arcCount = (p: ChartProps) =>
  p.option.series.filter((s) => s.id.startsWith('arcs-')).flatMap((s) => s.data ?? []).length;

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
    await waitFor(() => expect(last().baseOption).toBeTruthy());
    const before = last();
    expect(arcCount(before)).toBe(2);

    act(() => setYear(2021));
    const after = last();
    expect(arcCount(after)).toBe(1);
    expect(after.option).not.toBe(before.option);
    expect(after.baseOption).toBe(before.baseOption);
    // Every place is named whatever the year: the names layer is not redrawn either.
    expect(before.overlayOption).toBeTruthy();
    expect(after.overlayOption).toBe(before.overlayOption);
    expect(screen.getByTestId('map-chart').getAttribute('data-year')).toBe('2021');
  });

  it('redraws the base when what it shows changes: a selection, or shading by a yearly value', async () => {
    act(() => setYear(2016));
    render(<MapView data={data} />);
    await waitFor(() => expect(last().baseOption).toBeTruthy());
    const first = last().baseOption;

    act(() => selectProvince('520000'));
    const selected = last().baseOption;
    expect(selected).not.toBe(first);

    await userEvent.click(screen.getByRole('button', { name: /GDP/ }));
    const byGdp = last().baseOption;
    expect(byGdp).not.toBe(selected);
    act(() => setYear(2017));
    expect(last().baseOption).not.toBe(byGdp);
  });
});
