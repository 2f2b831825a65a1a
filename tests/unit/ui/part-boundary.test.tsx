// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PartBoundary } from '../../../src/ui/ErrorBoundary';
import { lazyRetry } from '../../../src/ui/lazy-retry';
import { useAtlas } from '../../../src/state/store';

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('a part that fails', () => {
  it('says so in place, and "Reload this part" imports its code again', async () => {
    let online = false;
    const load = vi.fn(async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return ({ name }: { name: string }) => <p>{name} is here</p>;
    });
    const Part = lazyRetry(load);
    render(
      <>
        <p>the header</p>
        <PartBoundary>
          <Suspense fallback={<p>loading</p>}>
            <Part name="the part" />
          </Suspense>
        </PartBoundary>
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('这一部分出错了');
    expect(screen.getByText('the header')).toBeTruthy();
    // React renders again after an error by itself; that alone does not import again.
    await act(() => new Promise((ok) => setTimeout(ok, 50)));
    expect(load).toHaveBeenCalledTimes(1);
    online = true;
    await userEvent.click(screen.getByRole('button', { name: '重新加载这一部分' }));
    expect(await screen.findByText('the part is here')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('catches a part that throws while rendering, leaving its neighbours alone', () => {
    const Broken = () => {
      throw new Error('bad data');
    };
    render(
      <>
        <PartBoundary>
          <Broken />
        </PartBoundary>
        <PartBoundary>
          <p>a neighbour</p>
        </PartBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('重新加载这一部分');
    expect(screen.getByText('a neighbour')).toBeTruthy();
  });
});
