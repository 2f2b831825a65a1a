import { useRef, useState, type ChangeEvent } from 'react';
import type { StoryStep } from '../data/schema/story';
import { pickOr } from '../i18n';
import { describeReason } from '../i18n/describe';
import { ensureDatasets } from '../state/load-datasets';
import { edit, readTalk, redo, talkFile, talkIsValid, undo, useTalk } from '../state/own-talk';
import { startPresenting } from '../state/story-actions';
import { useAtlas } from '../state/store';
import { download } from '../ui/export';
import { useT } from '../ui/use-t';
import { talkMessages } from './talk-messages';
import { viewById } from './views';
import './talk.css';

type Field = 'title' | 'caption' | 'notes';
const FIELDS: readonly Field[] = ['title', 'caption', 'notes'];
const LANG_KEYS = [
  ['zh', 'zh-CN'],
  ['en', 'en'],
] as const;

/**
 * "My talk": the reader's own talk, made of steps captured from the dashboard. The steps on one
 * side (select one), the selected step's words in both languages on the other; every edit can be
 * undone; the talk plays in presenter mode, saves as a story file and opens one.
 */
export function TalkEditor() {
  const t = useT(talkMessages);
  const lang = useAtlas((s) => s.lang);
  const steps = useTalk((s) => s.steps);
  const canUndo = useTalk((s) => s.past.length > 0);
  const canRedo = useTalk((s) => s.future.length > 0);
  const [selected, setSelected] = useState(0);
  const [report, setReport] = useState<{ text: string; lines: string[] } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const at = Math.min(selected, Math.max(0, steps.length - 1));
  const step: StoryStep | undefined = steps[at];
  // A title or caption blank in both languages: Play and Save wait until it is written.
  const valid = talkIsValid(steps);

  const move = (by: -1 | 1) => {
    edit({ kind: 'move', index: at, by });
    setSelected(at + by);
  };

  const open = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setReport({ text: t('talk.notTalk', { file: file.name, why: t('talk.json') }), lines: [] });
      return;
    }
    const read = readTalk(json);
    const why = read.issues.map((i) => ({
      n: typeof i.path[1] === 'number' ? i.path[1] + 1 : 0,
      why: describeReason(i.reason, t),
    }));
    if (!read.steps.length) {
      setReport({
        text: t('talk.notTalk', { file: file.name, why: why[0]?.why ?? t('talk.noSteps') }),
        lines: [],
      });
      return;
    }
    edit({ kind: 'replace', steps: read.steps });
    setSelected(0);
    const leftOut = new Map(why.filter((w) => w.n).map((w) => [w.n, w.why]));
    setReport({
      text: t('talk.opened', { count: read.steps.length, file: file.name }),
      lines: leftOut.size
        ? [
            t('talk.leftOut', { count: leftOut.size }),
            ...[...leftOut].map(([n, w]) => t('talk.leftOutItem', { n, why: w })),
          ]
        : [],
    });
  };

  const fromBundled = async () => {
    await ensureDatasets(['story']);
    const story = useAtlas.getState().datasets.story;
    if (story.status !== 'ready') return;
    edit({ kind: 'replace', steps: story.data.steps });
    setSelected(0);
    setReport({ text: t('talk.replaced'), lines: [] });
  };

  return (
    <div className="talk">
      <p className="talk__stored">{t('talk.stored')}</p>
      <div className="talk__toolbar" role="toolbar" aria-label={t('talk.toolbar')}>
        <button type="button" onClick={undo} disabled={!canUndo}>
          {t('talk.undo')}
        </button>
        <button type="button" onClick={redo} disabled={!canRedo}>
          {t('talk.redo')}
        </button>
        <button
          type="button"
          onClick={() => startPresenting({ own: true, step: at + 1 })}
          disabled={!step || !valid}
        >
          {t('talk.play')}
        </button>
        <button
          type="button"
          disabled={!steps.length || !valid}
          onClick={() =>
            download(
              new Blob([`${JSON.stringify(talkFile(steps), null, 2)}\n`], {
                type: 'application/json',
              }),
              'my-talk.json',
            )
          }
        >
          {t('talk.save')}
        </button>
        <button type="button" onClick={() => fileRef.current?.click()}>
          {t('talk.load')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => void open(e)}
        />
        <button type="button" onClick={() => void fromBundled()}>
          {t('talk.bundled')}
        </button>
        <button
          type="button"
          disabled={!steps.length}
          onClick={() => {
            edit({ kind: 'replace', steps: [] });
            setReport({ text: t('talk.cleared'), lines: [] });
          }}
        >
          {t('talk.clear')}
        </button>
      </div>
      <div role="status" className="talk__report">
        {report && (
          <>
            <p>{report.text}</p>
            {report.lines.map((l) => (
              <p key={l}>{l}</p>
            ))}
          </>
        )}
      </div>
      {!step ? (
        <p>{t('talk.empty')}</p>
      ) : (
        <div className="talk__body">
          <nav aria-label={t('talk.steps')}>
            <p className="talk__count">{t('talk.count', { count: steps.length })}</p>
            <ol className="talk__steps">
              {steps.map((s, i) => (
                <li key={s.id}>
                  <button
                    type="button"
                    aria-current={i === at ? 'step' : undefined}
                    onClick={() => setSelected(i)}
                  >
                    <span className="talk__step-title">{pickOr(s.title, lang).text}</span>
                    <span className="talk__where">
                      {t('talk.where', {
                        view: t(viewById(s.view).title),
                        year: s.state.year ?? '',
                      })}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <section className="talk__step" aria-label={pickOr(step.title, lang).text}>
            <div className="talk__step-tools" role="toolbar" aria-label={t('talk.stepTools')}>
              <button type="button" onClick={() => move(-1)} disabled={at === 0}>
                {t('talk.up')}
              </button>
              <button type="button" onClick={() => move(1)} disabled={at === steps.length - 1}>
                {t('talk.down')}
              </button>
              <button
                type="button"
                disabled={steps.length >= 100}
                onClick={() => {
                  edit({ kind: 'duplicate', index: at });
                  setSelected(at + 1);
                }}
              >
                {t('talk.duplicate')}
              </button>
              <button type="button" onClick={() => edit({ kind: 'remove', index: at })}>
                {t('talk.remove')}
              </button>
            </div>
            {FIELDS.map((field) => (
              <fieldset key={field} className="talk__field">
                <legend>{t(`talk.field.${field}`)}</legend>
                {field !== 'notes' && !step[field].zh.trim() && !step[field].en.trim() && (
                  <p className="talk__needed">{t('talk.needed')}</p>
                )}
                {LANG_KEYS.map(([key, l]) => {
                  const Input = field === 'title' ? 'input' : 'textarea';
                  return (
                    <label key={key} lang={l}>
                      <span>{t(`talk.lang.${key}`)}</span>
                      <Input
                        value={step[field]?.[key] ?? ''}
                        lang={l}
                        onChange={(e) =>
                          edit({
                            kind: 'text',
                            index: at,
                            field,
                            lang: key,
                            value: e.target.value,
                          })
                        }
                      />
                    </label>
                  );
                })}
              </fieldset>
            ))}
          </section>
        </div>
      )}
    </div>
  );
}
