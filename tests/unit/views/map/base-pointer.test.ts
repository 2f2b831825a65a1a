import { describe, expect, it } from 'vitest';
import { flowsEvents, tipBeside } from '../../../../src/views/map/base-pointer';

describe('tipBeside', () => {
  const view: [number, number] = [800, 600];
  it('puts the tooltip below right of the pointer when it fits', () => {
    expect(tipBeside([100, 100], [200, 80], view)).toEqual([116, 116]);
  });
  it('flips to the other side of the pointer near the right and bottom edges', () => {
    expect(tipBeside([700, 560], [200, 80], view)).toEqual([484, 464]);
  });
  it('never leaves the chart, even when neither side fits', () => {
    const [x, y] = tipBeside([100, 300], [780, 590], view);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + 780).toBeLessThanOrEqual(800);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y + 590).toBeLessThanOrEqual(600);
  });
});

describe('flowsEvents', () => {
  const record = () => {
    const calls: unknown[][] = [];
    const events = flowsEvents({
      hover: (f) => calls.push(['hover', f]),
      selectPairing: (id) => calls.push(['pairing', id]),
      selectProvince: (code) => calls.push(['province', code]),
    });
    return { calls, events };
  };
  const arc = {
    seriesId: 'arcs-policy-driven',
    data: { key: '440000>520000>policy-driven', pairing: 'gd-gz-a' },
  };

  it('selects the first pairing an arc carries, and a province by its name', () => {
    const { calls, events } = record();
    events.click!(arc);
    events.click!({ seriesId: 'labels', data: { adcode: '520000' } });
    // A prefecture's name is not a province to select; nor is the hub's mark anything.
    events.click!({ seriesId: 'labels', data: { adcode: '520300' } });
    events.click!({ seriesId: 'hub', data: { placeId: 'zz' } });
    expect(calls).toEqual([
      ['pairing', 'gd-gz-a'],
      ['province', '520000'],
    ]);
  });

  it('focuses what the pointer is over, and nothing once it leaves', () => {
    const { calls, events } = record();
    events.mouseover!(arc);
    events.mouseover!({ seriesId: 'hub', data: {} });
    events.globalout!({});
    expect(calls).toEqual([
      ['hover', { kind: 'arc', key: '440000>520000>policy-driven' }],
      ['hover', null],
    ]);
  });
});
