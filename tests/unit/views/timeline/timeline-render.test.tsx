// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlas } from '../../../../src/state/store';
import { setYear } from '../../../../src/state/actions';
import { crowdedPolicies, phasedModels, sources } from '../../../fixtures/datasets';

// Counts how many documents the timeline formats: each drawn document formats its date once.
const formatted = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../src/views/timeline/format-date', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/views/timeline/format-date')>();
  return {
    ...real,
    formatPolicyDate: (...args: Parameters<typeof real.formatPolicyDate>) => {
      formatted.count++;
      return real.formatPolicyDate(...args);
    },
  };
});
const { default: TimelineView } = await import('../../../../src/views/timeline');

const data = { policies: crowdedPolicies(), models: phasedModels(), sources: sources() };

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
});

describe('timeline rendering', () => {
  it('redraws only the documents a year change affects, not every one', () => {
    act(() => setYear(2010));
    render(<TimelineView data={data} />);
    const docs = screen.getAllByRole('option');
    expect(docs.length).toBe(data.policies.policies.length);

    // 2010 → 2011: no document is in either year; only the tab stop could move (it does not:
    // the first document on or after both years is the same 2016 one).
    formatted.count = 0;
    act(() => setYear(2011));
    expect(formatted.count).toBe(0);

    // 2015 → 2016: the four 2016 documents become current, and the tab stop stays on the first.
    act(() => setYear(2015));
    formatted.count = 0;
    act(() => setYear(2016));
    expect(formatted.count).toBe(4);
    expect(document.querySelectorAll('.timeline__doc.is-current')).toHaveLength(4);
  });
});
