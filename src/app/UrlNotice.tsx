import { dismissUrlNotice } from '../state/actions';
import { useAtlas } from '../state/store';
import { useT } from '../ui/use-t';

/** Says which parameters of the opening link were ignored and why; dismissible. */
export function UrlNotice() {
  const t = useT();
  const ignored = useAtlas((s) => s.urlNotice);
  if (!ignored || ignored.length === 0) return null;
  return (
    <div className="notice" role="status" aria-live="polite">
      <p className="notice__title">{t('notice.url.title')}</p>
      <ul>
        {ignored.slice(0, 10).map((p, i) => (
          <li key={i}>
            <code>{p.name}</code>
            {p.value && (
              <>
                {' = '}
                <code>{p.value}</code>
              </>
            )}
            {' — '}
            {t(`notice.url.${p.reason}`)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismissUrlNotice}>
        {t('notice.url.dismiss')}
      </button>
    </div>
  );
}
