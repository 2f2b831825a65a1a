import { pick, type Lang } from '../../i18n';
import type { Quote } from '../../data/schema/common';
import type { RadarT } from './messages';

/** A quotation from the paper: verbatim Chinese, or our English translation, and its locator. */
export function QuoteBlock({ quote, t, lang }: { quote: Quote; t: RadarT; lang: Lang }) {
  return (
    <figure className="radar__quote">
      <blockquote lang={lang === 'en' ? 'en' : 'zh-CN'}>“{pick(quote, lang)}”</blockquote>
      <figcaption>
        {t('radar.locator', { locator: quote.locator })}
        {lang === 'en' && <> {t('radar.translation')}</>}
      </figcaption>
    </figure>
  );
}
