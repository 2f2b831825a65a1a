import { zipStore, type ZipEntry } from '../../lib/zip';

/**
 * The talk as a PowerPoint file (Office Open XML, 16:9), written without a library: a title
 * slide, one slide per step (its visual as an image, title, caption and source as editable
 * text, the speaker notes in the notes pane) and a references slide. Pure: bytes in, bytes out.
 * The package's shape follows what PptxGenJS writes (gitbrent/PptxGenJS, src/gen-xml.ts),
 * trimmed to the parts PowerPoint, WPS and LibreOffice need.
 */

export interface DeckImage {
  png: Uint8Array<ArrayBuffer>;
  /** Pixel size, for the aspect ratio. */
  width: number;
  height: number;
  /** Alternative text of the picture. */
  alt: string;
}

export interface DeckSlide {
  title: string;
  caption: string;
  /** The whole source line, never cut. */
  source: string;
  notes: string;
  image: DeckImage | null;
}

export interface Deck {
  lang: 'zh-CN' | 'en';
  title: string;
  subtitle: string;
  slides: DeckSlide[];
  references: { heading: string; lines: string[] };
}

// 16:9 at 13.333 × 7.5 in, in EMU (914400 per inch).
const W = 12192000;
const H = 6858000;
const IN = 914400;

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.presentationml';

/** Text for XML: escaped, and without the control characters XML 1.0 forbids. */
export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const rels = (items: [string, string][]) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  items
    .map(
      ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
    )
    .join('') +
  '</Relationships>';

interface Run {
  text: string;
  size: number;
  bold?: boolean;
  colour?: string;
}

/** A text box of paragraphs; PowerPoint shrinks the text if it overflows (normAutofit). */
function textBox(
  id: number,
  name: string,
  x: number,
  y: number,
  w: number,
  h: number,
  paras: Run[],
  lang: string,
) {
  const p = paras
    .map(
      (r) =>
        `<a:p><a:pPr><a:spcAft><a:spcPts val="600"/></a:spcAft></a:pPr><a:r><a:rPr lang="${lang}" sz="${r.size * 100}"${r.bold ? ' b="1"' : ''} dirty="0">` +
        `<a:solidFill><a:srgbClr val="${r.colour ?? '000000'}"/></a:solidFill></a:rPr><a:t>${xmlText(r.text)}</a:t></a:r></a:p>`,
    )
    .join('');
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:normAutofit/></a:bodyPr><a:lstStyle/>${p}</p:txBody></p:sp>`
  );
}

function picture(id: number, img: DeckImage, box: { x: number; y: number; w: number; h: number }) {
  // Fitted into the box, centred, its proportions kept.
  const scale = Math.min(box.w / img.width, box.h / img.height);
  const w = Math.round(img.width * scale);
  const h = Math.round(img.height * scale);
  const x = box.x + Math.round((box.w - w) / 2);
  const y = box.y + Math.round((box.h - h) / 2);
  return (
    `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Visual" descr="${xmlText(img.alt)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>` +
    `<p:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
    `<p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
  );
}

const slideXml = (shapes: string) =>
  `${XML}<p:sld ${NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
  `<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>` +
  `${shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;

const notesXml = (text: string, lang: string) =>
  `${XML}<p:notes ${NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
  `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>` +
  `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>` +
  `<p:txBody><a:bodyPr/><a:lstStyle/>${text
    .split(/\r?\n/)
    .map((l) => `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${xmlText(l)}</a:t></a:r></a:p>`)
    .join(
      '',
    )}</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>`;

const CLR_MAP =
  'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" ' +
  'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"';
const EMPTY_TREE =
  '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree>';

function themeXml(font: string) {
  const clr = (name: string, hex: string) => `<a:${name}><a:srgbClr val="${hex}"/></a:${name}>`;
  const fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const line = `<a:ln w="12700">${fill}</a:ln>`;
  const effect = '<a:effectStyle><a:effectLst/></a:effectStyle>';
  return (
    `${XML}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Atlas"><a:themeElements>` +
    `<a:clrScheme name="Atlas">${clr('dk1', '000000')}${clr('lt1', 'FFFFFF')}${clr('dk2', '1D1D1F')}${clr('lt2', 'F6F5F1')}` +
    `${clr('accent1', '0072B2')}${clr('accent2', 'D55E00')}${clr('accent3', '009E73')}${clr('accent4', 'CC79A7')}` +
    `${clr('accent5', '56B4E9')}${clr('accent6', 'E69F00')}${clr('hlink', '0B5CAD')}${clr('folHlink', '6B3FA0')}</a:clrScheme>` +
    `<a:fontScheme name="Atlas"><a:majorFont><a:latin typeface="${font}"/><a:ea typeface="${font}"/><a:cs typeface=""/></a:majorFont>` +
    `<a:minorFont><a:latin typeface="${font}"/><a:ea typeface="${font}"/><a:cs typeface=""/></a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Atlas"><a:fillStyleLst>${fill}${fill}${fill}</a:fillStyleLst>` +
    `<a:lnStyleLst>${line}${line}${line}</a:lnStyleLst><a:effectStyleLst>${effect}${effect}${effect}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${fill}${fill}${fill}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`
  );
}

/** The .pptx file of `deck`. */
export function buildPptx(deck: Deck): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const lang = deck.lang;
  // Microsoft YaHei for Chinese; WPS and LibreOffice substitute what they have.
  const font = lang === 'en' ? 'Calibri' : 'Microsoft YaHei';
  const files: ZipEntry[] = [];
  const add = (name: string, text: string) => files.push({ name, data: enc.encode(text) });

  const margin = Math.round(0.45 * IN);
  const textW = Math.round(4.1 * IN);
  const textX = W - margin - textW;
  const visual = {
    x: margin,
    y: margin,
    w: textX - margin - Math.round(0.3 * IN),
    h: H - 2 * margin,
  };

  type Built = { xml: string; image: Uint8Array | null; notes: string };
  const built: Built[] = [];
  built.push({
    xml: slideXml(
      textBox(
        2,
        'Title',
        margin * 2,
        Math.round(2.2 * IN),
        W - margin * 4,
        Math.round(1.6 * IN),
        [{ text: deck.title, size: 40, bold: true }],
        lang,
      ) +
        textBox(
          3,
          'Subtitle',
          margin * 2,
          Math.round(3.9 * IN),
          W - margin * 4,
          Math.round(1.4 * IN),
          [{ text: deck.subtitle, size: 20, colour: '333333' }],
          lang,
        ),
    ),
    image: null,
    notes: '',
  });
  for (const s of deck.slides) {
    const text = textBox(
      3,
      'Text',
      textX,
      margin,
      textW,
      H - 2 * margin,
      [
        { text: s.title, size: 24, bold: true },
        { text: s.caption, size: 16 },
        { text: s.source, size: 11, colour: '333333' },
      ],
      lang,
    );
    built.push({
      xml: slideXml((s.image ? picture(2, s.image, visual) : '') + text),
      image: s.image?.png ?? null,
      notes: s.notes,
    });
  }
  built.push({
    xml: slideXml(
      textBox(
        2,
        'References',
        margin,
        margin,
        W - 2 * margin,
        H - 2 * margin,
        [
          { text: deck.references.heading, size: 28, bold: true },
          ...deck.references.lines.map((l) => ({ text: l, size: 14 })),
        ],
        lang,
      ),
    ),
    image: null,
    notes: '',
  });

  const n = built.length;
  add(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="png" ContentType="image/png"/>' +
      `<Override PartName="/ppt/presentation.xml" ContentType="${CT}.presentation.main+xml"/>` +
      `<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="${CT}.slideMaster+xml"/>` +
      `<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="${CT}.slideLayout+xml"/>` +
      `<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="${CT}.notesMaster+xml"/>` +
      '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' +
      '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' +
      built
        .map(
          (_, i) =>
            `<Override PartName="/ppt/slides/slide${i + 1}.xml" ContentType="${CT}.slide+xml"/>` +
            `<Override PartName="/ppt/notesSlides/notesSlide${i + 1}.xml" ContentType="${CT}.notesSlide+xml"/>`,
        )
        .join('') +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '</Types>',
  );
  add(
    '_rels/.rels',
    rels([
      [`${REL}/officeDocument`, 'ppt/presentation.xml'],
      [
        'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        'docProps/core.xml',
      ],
    ]),
  );
  add(
    'docProps/core.xml',
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>' +
      xmlText(deck.title) +
      `</dc:title><dc:language>${lang}</dc:language></cp:coreProperties>`,
  );
  // presentation.xml.rels: master, slides, notes master, theme.
  add(
    'ppt/_rels/presentation.xml.rels',
    rels([
      [`${REL}/slideMaster`, 'slideMasters/slideMaster1.xml'],
      ...built.map((_, i): [string, string] => [`${REL}/slide`, `slides/slide${i + 1}.xml`]),
      [`${REL}/notesMaster`, 'notesMasters/notesMaster1.xml'],
      [`${REL}/theme`, 'theme/theme1.xml'],
    ]),
  );
  add(
    'ppt/presentation.xml',
    `${XML}<p:presentation ${NS} saveSubsetFonts="1">` +
      '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>' +
      `<p:notesMasterIdLst><p:notesMasterId r:id="rId${n + 2}"/></p:notesMasterIdLst>` +
      `<p:sldIdLst>${built.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 2}"/>`).join('')}</p:sldIdLst>` +
      `<p:sldSz cx="${W}" cy="${H}"/><p:notesSz cx="${H}" cy="${W}"/></p:presentation>`,
  );
  add(
    'ppt/slideMasters/slideMaster1.xml',
    `${XML}<p:sldMaster ${NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>${EMPTY_TREE}</p:cSld>` +
      `<p:clrMap ${CLR_MAP}/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>`,
  );
  add(
    'ppt/slideMasters/_rels/slideMaster1.xml.rels',
    rels([
      [`${REL}/slideLayout`, '../slideLayouts/slideLayout1.xml'],
      [`${REL}/theme`, '../theme/theme1.xml'],
    ]),
  );
  add(
    'ppt/slideLayouts/slideLayout1.xml',
    `${XML}<p:sldLayout ${NS} type="blank" preserve="1"><p:cSld name="Blank">${EMPTY_TREE}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`,
  );
  add(
    'ppt/slideLayouts/_rels/slideLayout1.xml.rels',
    rels([[`${REL}/slideMaster`, '../slideMasters/slideMaster1.xml']]),
  );
  add(
    'ppt/notesMasters/notesMaster1.xml',
    `${XML}<p:notesMaster ${NS}><p:cSld>${EMPTY_TREE}</p:cSld><p:clrMap ${CLR_MAP}/></p:notesMaster>`,
  );
  add(
    'ppt/notesMasters/_rels/notesMaster1.xml.rels',
    rels([[`${REL}/theme`, '../theme/theme2.xml']]),
  );
  add('ppt/theme/theme1.xml', themeXml(font));
  add('ppt/theme/theme2.xml', themeXml(font));
  built.forEach((b, i) => {
    const k = i + 1;
    add(`ppt/slides/slide${k}.xml`, b.xml);
    add(
      `ppt/slides/_rels/slide${k}.xml.rels`,
      rels([
        [`${REL}/slideLayout`, '../slideLayouts/slideLayout1.xml'],
        ...(b.image ? [[`${REL}/image`, `../media/image${k}.png`] as [string, string]] : []),
        [`${REL}/notesSlide`, `../notesSlides/notesSlide${k}.xml`],
      ]),
    );
    if (b.image) files.push({ name: `ppt/media/image${k}.png`, data: b.image });
    add(`ppt/notesSlides/notesSlide${k}.xml`, notesXml(b.notes, lang));
    add(
      `ppt/notesSlides/_rels/notesSlide${k}.xml.rels`,
      rels([
        [`${REL}/notesMaster`, '../notesMasters/notesMaster1.xml'],
        [`${REL}/slide`, `../slides/slide${k}.xml`],
      ]),
    );
  });
  return zipStore(files);
}
