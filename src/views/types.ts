import type { DatasetMap, DatasetName } from '../data/datasets';
import type { StoryFocus } from '../data/schema/story';

/**
 * Where a view is shown: a dashboard panel, an embed in someone's page, or a presenter slide
 * (the visual alone, filling a fixed box, the step's claim marked on it).
 */
export type Presentation = 'panel' | 'embed' | 'slide';

/**
 * What every view receives: the datasets it needs, all loaded and valid, and the datasets it
 * can use once they arrive (loaded after the view has drawn, so they never delay it).
 */
export interface ViewProps<N extends DatasetName, O extends DatasetName = never> {
  data: Pick<DatasetMap, N> & Partial<Pick<DatasetMap, O>>;
  /** Where the view is shown (default 'panel'). */
  presentation?: Presentation;
  /** Whether its controls (toggles, exports, details, data table) show; default: only in a panel. */
  controls?: boolean;
  /** On a slide: what the step's caption talks about, to mark on the visual. */
  focus?: StoryFocus;
}

/** Whether a view shows its controls: as asked, else only in a dashboard panel. */
export const showsControls = (p: { presentation?: Presentation; controls?: boolean }) =>
  p.controls ?? (p.presentation ?? 'panel') === 'panel';
