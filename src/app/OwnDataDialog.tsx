import { useState } from 'react';
import { loadDatasets } from '../state/load-datasets';
import { loadOwnData, type OwnDataReport } from '../state/own-data';
import { useT } from '../ui/use-t';
import { OwnDataReport as Report } from './OwnDataReport';

/**
 * Load your own data: drop or pick dataset files (same names and schemas as data/*.json) and
 * see the atlas redraw from them. Read locally with FileReader; nothing leaves the browser and
 * nothing persists — reloading the page returns to the bundled data. (The dialog's content; the
 * frame is the shell's `Dialog`.)
 */
export function OwnDataContent() {
  const t = useT();
  const [report, setReport] = useState<OwnDataReport | null>(null);
  const [over, setOver] = useState(false);

  // Every file picked is listed with its outcome; only those named like a dataset are read.
  const read = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setReport(await loadOwnData([...list]));
  };

  return (
    <>
      <p>{t('own.help')}</p>
      <label
        className={`dropzone${over ? ' dropzone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void read(e.dataTransfer.files);
        }}
      >
        {t('own.pick')}
        <input
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => void read(e.target.files)}
        />
      </label>
      {report && <Report report={report} />}
      <button
        type="button"
        onClick={() => void loadDatasets(document.baseURI).then(() => setReport(null))}
      >
        {t('own.restore')}
      </button>
    </>
  );
}
