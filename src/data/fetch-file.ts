/**
 * Reads a data file (JSON text) relative to the app's base URL. The offline single-file build
 * carries every file inside the page (`<script type="application/json" id="atlas-embedded-data">`,
 * a map from path to text), so it works from file:// with no network; otherwise it fetches.
 */
export type FileResult = { ok: true; text: string } | { ok: false; status?: number; detail?: string };

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

export async function fetchDataFile(
  path: string,
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<FileResult> {
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
