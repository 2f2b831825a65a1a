import { useMemo } from 'react';
import type { StoryStep } from '../data/schema/story';
import { useTalk } from '../state/own-talk';
import type { DatasetError } from '../data/dataset-error';
import { useAtlas } from '../state/store';

export type PresentedTalk =
  | { status: 'loading' }
  | { status: 'error'; errors: DatasetError[] }
  | { status: 'ready'; steps: readonly StoryStep[]; own: boolean };

/** The talk being presented: the bundled story, or the reader's own (talk=own). */
export function usePresentedTalk(): PresentedTalk {
  const own = useAtlas((s) => s.ownTalk);
  const story = useAtlas((s) => s.datasets.story);
  const mine = useTalk((s) => s.steps);
  return useMemo((): PresentedTalk => {
    if (own) return { status: 'ready', steps: mine, own: true };
    if (story.status === 'ready') return { status: 'ready', steps: story.data.steps, own: false };
    if (story.status === 'error') return { status: 'error', errors: story.errors };
    return { status: 'loading' };
  }, [own, story, mine]);
}
