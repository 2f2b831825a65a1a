import { describe, expect, it, vi } from 'vitest';
import { fetchDataFile, prefetchDataFile } from '../../../src/data/fetch-file';

const base = 'https://example.org/atlas/';

describe('prefetchDataFile', () => {
  it('starts a read that the first fetchDataFile of that file takes over, and only that one', async () => {
    const fetchImpl = vi.fn(async () => new Response('{"a":1}'));
    prefetchDataFile('data/geo/china.json', base, fetchImpl);
    prefetchDataFile('data/geo/china.json', base, fetchImpl);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl).toHaveBeenCalledWith('https://example.org/atlas/data/geo/china.json');

    const other = vi.fn(async () => new Response('unused'));
    await expect(fetchDataFile('data/geo/china.json', base, other)).resolves.toEqual({
      ok: true,
      text: '{"a":1}',
    });
    expect(other).not.toHaveBeenCalled();
    // Taken: a later read fetches afresh.
    await fetchDataFile('data/geo/china.json', base, other);
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed early read as the failure it was', async () => {
    const fetchImpl = vi.fn(async () => new Response('', { status: 404 }));
    prefetchDataFile('data/geo/missing.json', base, fetchImpl);
    await expect(fetchDataFile('data/geo/missing.json', base)).resolves.toEqual({
      ok: false,
      status: 404,
    });
  });
});
