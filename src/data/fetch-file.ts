/**
 * Reads a data file (JSON text) relative to the app's base URL. The offline single-file build
 * carries every file inside the page (`<script type="application/json" id="atlas-embedded-data">`,
 * a map from path to text), so it works from file:// with no network; otherwise it fetches.
 */
export type FileResult =
  { ok: true; text: string } | { ok: false; status?: number; detail?: string };

let embedded: Record<string, string> | null | undefined;

function embeddedFiles(): Record<string, string> | null {
  if (embedded !== undefined) return embedded;
  embedded = null;
  if (typeof document === 'undefined') return embedded;
  const el = document.getElementById('atlas-embedded-data');
  if (!el?.textContent) return embedded;
  try {
    const parsed: unknown = JSON.parse(el.textContent);
    if (parsed && typeof parsed === 'object') embedded = parsed as Record<string, string>;
  } catch {
    embedded = null;
  }
  return embedded;
}

/** Files asked for early (see prefetchDataFile), by absolute URL, until their first reader. */
const early = new Map<string, Promise<FileResult>>();

/**
 * Starts reading a file that code not yet loaded will ask for (the map's geometry, while the
 * map's own code is still on its way), so the two arrive together rather than one after the
 * other. The first fetchDataFile of that file gets this read.
 */
export function prefetchDataFile(path: string, baseUrl: string, fetchImpl: typeof fetch = fetch) {
  const url = new URL(path, baseUrl).toString();
  if (!early.has(url)) early.set(url, read(path, baseUrl, fetchImpl));
}

export async function fetchDataFile(
  path: string,
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<FileResult> {
  const url = new URL(path, baseUrl).toString();
  const started = early.get(url);
  if (started) {
    early.delete(url);
    return started;
  }
  return read(path, baseUrl, fetchImpl);
}

async function read(path: string, baseUrl: string, fetchImpl: typeof fetch): Promise<FileResult> {
  const inPage = embeddedFiles()?.[path];
  if (typeof inPage === 'string') return { ok: true, text: inPage };
  try {
    const res = await fetchImpl(new URL(path, baseUrl).toString());
    if (!res.ok) return { ok: false, status: res.status };
    return { ok: true, text: await res.text() };
  } catch (e) {
    return { ok: false, detail: (e instanceof Error ? e.message : String(e)).slice(0, 200) };
  }
}
