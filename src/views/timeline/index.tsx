import type { ViewProps } from '../types';
import { useT } from '../../ui/use-t';

/** Placeholder until the timeline view is built: the panel and its data gate are already real. */
export default function Placeholder(_props: ViewProps<never>) {
  const t = useT();
  return <p className="view-placeholder">{t('view.notBuilt')}</p>;
}
