import { useEffect, useRef } from 'react';

/**
 * Keeps the audience window and the speaker window in step through a BroadcastChannel. The
 * messages are tiny and validated: anything else on the channel is ignored.
 */
const CHANNEL = 'atlas-presenter';
type Message = { type: 'step'; step: number } | { type: 'goto'; step: number } | { type: 'ask' };

function isMessage(v: unknown): v is Message {
  if (!v || typeof v !== 'object') return false;
  const m = v as Record<string, unknown>;
  if (m.type === 'ask') return true;
  return (
    (m.type === 'step' || m.type === 'goto') &&
    typeof m.step === 'number' &&
    Number.isInteger(m.step) &&
    m.step >= 1 &&
    m.step <= 999
  );
}

const channel = () =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

/** The audience window announces its step. */
export function postStep(step: number) {
  const c = channel();
  c?.postMessage({ type: 'step', step } satisfies Message);
  c?.close();
}

/** The speaker window asks the audience window to go to a step. */
export function postGoto(step: number) {
  const c = channel();
  c?.postMessage({ type: 'goto', step } satisfies Message);
  c?.close();
}

/**
 * A window that starts following the talk late (a preview whose page is still loading missed
 * the moves so far) asks the audience window to say its step again.
 */
export function askStep() {
  const c = channel();
  c?.postMessage({ type: 'ask' } satisfies Message);
  c?.close();
}

function useChannel(type: Message['type'], onStep: (step: number) => void) {
  const handler = useRef(onStep);
  useEffect(() => {
    handler.current = onStep;
  });
  useEffect(() => {
    const c = channel();
    if (!c) return;
    c.onmessage = (e: MessageEvent) => {
      if (!isMessage(e.data) || e.data.type !== type) return;
      handler.current('step' in e.data ? e.data.step : 0);
    };
    return () => c.close();
  }, [type]);
}

/** In the audience window: react to the speaker window's requests. */
export const useSpeakerChannel = (onGoto: (step: number) => void) => useChannel('goto', onGoto);
/** In the audience window: say the step again when a follower asks. */
export const useAskChannel = (onAsk: () => void) => useChannel('ask', onAsk);
/** In the speaker window: follow the audience window. */
export const useAudienceChannel = (onStep: (step: number) => void) => useChannel('step', onStep);
