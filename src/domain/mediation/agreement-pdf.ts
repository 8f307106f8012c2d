/**
 * The agreement as a calm, printable A4 PDF: title, date, who, the agreement text as both people
 * confirmed it (commitments kept as written), and a footer saying how it was made. Each person's
 * copy is in their own language; an Arabic copy runs right to left (fontkit shapes each Arabic
 * word; the words of a line are put in visual order here, see agreement-pdf-text.ts).
 *
 * Fonts: pdfkit's built-in Helvetica speaks WinAnsi only, so "Zoë" survives but "Łukasz", Greek
 * or Cyrillic would be garbled. Noto Sans (Latin, Greek, Cyrillic, Vietnamese and Devanagari,
 * which fontkit's Indic shaper composes) is embedded, with
 * Noto Sans Arabic for Arabic script; a character neither font has is left out when it is an
 * emoji or other pictograph, and shown as "?" otherwise, so a document always renders.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { MessageKey, MessageValues } from '../../i18n/catalogue-types.js';
import { type Locale, textDirection } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { fitText, type WriteOptions } from './agreement-pdf-text.js';

export interface AgreementPdfInput {
  title: string;
  topic: string | null;
  resolvedAt: Date;
  participants: { name: string }[];
  summary?: string | null;
  text: string;
  publicUrl?: string;
  /** Who proposed the text (a name); null or absent when the mediator drafted it. */
  proposedBy?: string | null;
  /** Each person's confirmation of this text, oldest first (absent for older agreements). */
  confirmations?: { name: string; at: Date }[];
  /** The language of the person the document is for (each person gets their own). */
  locale: Locale;
}

/** "2 December 2026", "2 de diciembre de 2026" (UTC). */
export function formatDay(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "Sarah confirmed it on 2 December 2026 at 13:05 UTC", in `locale`. */
export function confirmationLine(locale: Locale, c: { name: string; at: Date }): string {
  return translate('pdf', locale, 'confirmed', {
    name: c.name,
    day: formatDay(c.at, locale),
    time: c.at.toISOString().slice(11, 16),
  });
}

const require = createRequire(import.meta.url);
const FONT_FILES = {
  body: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  arabic: require.resolve(
    '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  ),
  arabicBold: require.resolve(
    '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  ),
} as const;

const MARGIN = 64;
const INK = '#1f2933';
const QUIET = '#52606d';
const RULE = '#c5ccd3';
// A list item: "1.", "2)", "-", "•" or "*" at the start of a line.
const LIST_ITEM = /^(\s*)(\d{1,3}[.)]|[-•*–])\s+(.*)$/;

/** Renders the agreement PDF; `compress: false` keeps the content streams readable (tests). */
export function renderAgreementPdf(
  input: AgreementPdfInput,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const { locale } = input;
  const t = (key: MessageKey<'pdf'>, values?: MessageValues) =>
    translate('pdf', locale, key, values);
  const rtl = textDirection(locale) === 'rtl';
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 24, left: MARGIN, right: MARGIN },
    compress: options.compress ?? true,
    bufferPages: true,
    info: {
      Title: t('info.title', { title: input.title }),
      Author: 'Meedi8',
      Subject: input.topic ?? t('info.subject'),
      CreationDate: input.resolvedAt,
    },
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const writeFitted = fitText(doc);
  // Every line of an Arabic document runs right to left, set against the right margin.
  const write: Write = (text, options) =>
    writeFitted(text, rtl ? { ...options, rtl: true } : options);
  const width = doc.page.width - MARGIN * 2;

  doc.fillColor(QUIET);
  write(t('header'), { size: 10 });
  doc.moveDown(0.6).fillColor(INK);
  write(input.title.trim() || t('title.fallback'), { size: 22, bold: true });
  doc.moveDown(0.3).fillColor(QUIET);
  write(t('agreed_on', { day: formatDay(input.resolvedAt, locale) }), { size: 11 });
  doc.moveDown(1.2);

  const names = input.participants.map((p) => p.name.trim()).filter(Boolean);
  const between = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  labelled(doc, write, locale, t('label.between'), names.length > 0 ? between : '—');
  if (input.topic?.trim()) labelled(doc, write, locale, t('label.about'), input.topic.trim());
  if (input.summary?.trim()) {
    labelled(doc, write, locale, t('label.in_short'), input.summary.trim());
  }
  doc.moveDown(0.4);
  rule(doc, width);
  doc.moveDown(1);

  doc.fillColor(INK);
  write(t('what_we_agreed'), { size: 14, bold: true });
  doc.moveDown(0.5);
  for (const line of input.text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      doc.moveDown(0.6);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item && rtl) {
      // Right to left, the marker simply opens the line at the right.
      write(`${item[2]} ${item[3]}`, { size: 11.5, x: MARGIN, width, lineGap: 3 });
      doc.moveDown(0.25);
    } else if (item) {
      const [, , marker = '', rest = ''] = item;
      const itemWidth = width - 30;
      doc.fontSize(11.5);
      // Marker and text start on the same page: break first when the item's first line won't fit.
      if (doc.y + doc.currentLineHeight(true) + 3 > doc.page.height - doc.page.margins.bottom)
        doc.addPage();
      const top = doc.y;
      write(marker, { size: 11.5, x: MARGIN + 6, width: 22, lineGap: 3 });
      const markerBottom = doc.y;
      doc.y = top;
      write(rest, { size: 11.5, x: MARGIN + 30, width: itemWidth, lineGap: 3 });
      doc.y = Math.max(doc.y, markerBottom);
      doc.moveDown(0.25);
    } else {
      write(line.trim(), { size: 11.5, x: MARGIN, width, lineGap: 3 });
      doc.moveDown(0.25);
    }
  }

  if (input.confirmations?.length) {
    doc.moveDown(0.8);
    rule(doc, width);
    doc.moveDown(0.8);
    doc.fillColor(QUIET);
    write(t('how_agreed').toLocaleUpperCase(locale), {
      size: 8.5,
      bold: true,
      characterSpacing: 0.6,
    });
    doc.fillColor(INK);
    const lines = [
      input.proposedBy ? t('proposed_by', { name: input.proposedBy }) : t('drafted_by_ai'),
      ...input.confirmations.map((c) => `${confirmationLine(locale, c)}.`),
    ];
    for (const line of lines) write(line, { size: 11, x: MARGIN, width, lineGap: 2 });
  }

  const footer =
    t(input.confirmations?.length ? 'footer.confirmed' : 'footer.recorded') +
    (input.publicUrl ? ` ${input.publicUrl}` : '');
  footers(doc, write, footer, rtl);
  doc.end();
  return done;
}

/** `meedi8-agreement-2026-03-01.pdf`: the download's file name, by the day it was agreed (UTC). */
export function agreementPdfFilename(resolvedAt: Date): string {
  return `meedi8-agreement-${resolvedAt.toISOString().slice(0, 10)}.pdf`;
}

type Write = (text: string, options: WriteOptions) => void;

function labelled(
  doc: PDFKit.PDFDocument,
  write: Write,
  locale: Locale,
  label: string,
  value: string,
): void {
  doc.fillColor(QUIET);
  write(label.toLocaleUpperCase(locale), { size: 8.5, bold: true, characterSpacing: 0.6 });
  doc.fillColor(INK);
  write(value, { size: 12, lineGap: 2 });
  doc.moveDown(0.7);
}

function rule(doc: PDFKit.PDFDocument, width: number): void {
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .lineWidth(0.7)
    .strokeColor(RULE)
    .stroke();
}

/** Each page's foot: how the document was made (only what the record shows), and its number. */
function footers(doc: PDFKit.PDFDocument, write: Write, line: string, rtl: boolean): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin must not start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 4;
    doc.fillColor(QUIET);
    // The page number sits at the end of the line: the right, or the left right to left.
    write(line, {
      size: 8.5,
      x: rtl ? MARGIN + 60 : MARGIN,
      y,
      width: doc.page.width - MARGIN * 2 - 60,
    });
    write(`${i + 1 - range.start} / ${range.count}`, {
      size: 8.5,
      x: rtl ? MARGIN : doc.page.width - MARGIN - 50,
      y,
      width: 50,
      align: 'right',
    });
    doc.page.margins.bottom = bottom;
  }
}
