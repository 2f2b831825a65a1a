import { Suspense } from 'react';
import { DATASET_NAMES, type DatasetName } from '../data/datasets';
import { useAtlas, type DataSlice } from '../state/store';
import { PartBoundary } from '../ui/ErrorBoundary';
import { DataNotice } from './lazy-parts';

/** Whether any of `only` (default: every dataset) failed or had records left out. */
function anyProblem(datasets: DataSlice['datasets'], only: readonly DatasetName[]): boolean {
  return only.some((n) => {
    const d = datasets[n];
    return d.status === 'error' || (d.status === 'ready' && (d.leftOut?.length ?? 0) > 0);
  });
}

/**
 * Where the notice about the data goes (the top of the dashboard or of an embed). Its code
 * and strings load only once something is wrong with the data: a whole first screen does
 * not pay for them. A failure to load them stays in the slot.
 */
export function DataNoticeSlot({ only }: { only?: readonly DatasetName[] }) {
  const show = useAtlas((s) => anyProblem(s.datasets, only ?? DATASET_NAMES));
  if (!show) return null;
  return (
    <PartBoundary>
      <Suspense fallback={null}>
        <DataNotice only={only} />
      </Suspense>
    </PartBoundary>
  );
}
