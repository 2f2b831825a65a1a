import type { DatasetError } from '../data/dataset-error';
import { CONFIDENCE, type Confidence } from '../data/schema/common';
import type { Reason } from '../data/schema/kit';
import type { Translate } from './index';

const confidenceName = (c: string, t: Translate) =>
  (CONFIDENCE as readonly string[]).includes(c) ? t(`confidence.${c as Confidence}`) : c;

/** One sentence saying why a value was rejected, in the reader's language. */
export function describeReason(reason: Reason, t: Translate): string {
  switch (reason.code) {
    case 'type':
      return t('reason.type', { expected: t(`type.${reason.expected}`) });
    case 'enum':
      return t('reason.enum', { allowed: reason.allowed.slice(0, 8).join(', ') });
    case 'range':
    case 'count':
      return t(`reason.${reason.code}`, { min: reason.min ?? '–', max: reason.max ?? '–' });
    case 'pattern':
      return t('reason.pattern', { format: reason.format });
    case 'too-long':
      return t('reason.too-long', { max: reason.max });
    case 'duplicate':
      return t('reason.duplicate', { value: reason.value.slice(0, 80) });
    case 'unknown-ref':
      return t('reason.unknown-ref', { value: reason.value.slice(0, 80), target: reason.target });
    case 'invalid-json':
      return t('reason.invalid-json', { detail: reason.detail });
    case 'http':
      return t('reason.http', { status: reason.status });
    case 'network':
      return t('reason.network', { detail: reason.detail });
    case 'too-large':
      return t('reason.too-large', { bytes: reason.bytes, max: reason.max });
    case 'inconsistent':
      return t('reason.inconsistent', { detail: reason.detail });
    case 'required':
      return t('reason.required');
    case 'ring-open':
      return t('reason.ring-open');
    case 'too-many-positions':
      return t('reason.too-many-positions', { max: reason.max });
    case 'required-when':
      return t('reason.required-when', { when: reason.when });
    case 'not-cited':
      return t('reason.not-cited', { value: reason.value.slice(0, 80) });
    case 'after-source':
      return t('reason.after-source', {
        year: reason.year,
        source: reason.source.slice(0, 80),
        sourceYear: reason.sourceYear,
      });
    case 'above-sources':
      return t('reason.above-sources', {
        confidence: confidenceName(reason.confidence, t),
        best: confidenceName(reason.best, t),
      });
  }
}

/** "file data/gdp.json, record 110000/2003, field value". */
export function describeWhere(e: DatasetError, t: Translate): string {
  return [
    t('data.error.file', { file: e.file }),
    e.record !== null ? t('data.error.record', { record: e.record }) : null,
    e.field !== null ? t('data.error.field', { field: e.field }) : null,
  ]
    .filter(Boolean)
    .join(t('data.error.separator'));
}

/** "file data/gdp.json, record 110000/2003, field value: should be a number". */
export function describeDatasetError(e: DatasetError, t: Translate): string {
  return `${describeWhere(e, t)}: ${describeReason(e.reason, t)}`;
}
