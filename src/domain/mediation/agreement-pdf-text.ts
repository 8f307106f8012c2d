/**
 * Writing any text into the agreement PDF with the fonts it embeds: each character goes to the
 * first font that has it (Noto Sans, then Noto Sans Arabic); emoji and other pictographs no font
 * has are left out, anything else unknown becomes "?". pdfkit writes the pieces as one
 * continued paragraph, so wrapping still works across font changes.
 */

/** pdfkit's fonts for the agreement, by the name they are registered under. */
export type Face = 'body' | 'bold' | 'arabic' | 'arabicBold';

export interface WriteOptions extends PDFKit.Mixins.TextOptions {
  size: number;
  bold?: boolean;
  x?: number;
  y?: number;
  /**
   * A right-to-left paragraph (an Arabic document): broken into lines here, each line laid out
   * in visual order and set against the right edge.
   */
  rtl?: boolean;
}

/** A piece of text in one font. */
export interface Run {
  face: Face;
  text: string;
}

// Parts of emoji sequences: joiners, variation selectors, skin tones, flags, keycaps, tags.
const EMOJI_PART =
  /[\u200d\ufe0e\ufe0f\u20e3\u{1f3fb}-\u{1f3ff}\u{1f1e6}-\u{1f1ff}\u{e0020}-\u{e007f}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;

/** Splits text into runs by font; `has(face, codePoint)` says whether a font has a glyph. */
export function splitRuns(
  text: string,
  bold: boolean,
  has: (face: Face, codePoint: number) => boolean,
): Run[] {
  const primary: Face = bold ? 'bold' : 'body';
  const arabic: Face = bold ? 'arabicBold' : 'arabic';
  const runs: Run[] = [];
  const push = (face: Face, ch: string) => {
    const last = runs[runs.length - 1];
    // Spaces stay in the run they follow, so an Arabic phrase is one run.
    if (last && (last.face === face || ch === ' ')) last.text += ch;
    else runs.push({ face, text: ch });
  };
  for (const ch of withoutMissingPictographs(text, primary, has)) {
    const cp = ch.codePointAt(0) ?? 0x3f;
    if (ch === ' ' || has(primary, cp)) push(primary, ch);
    else if (ARABIC.test(ch) && has(arabic, cp)) push(arabic, ch);
    else push(primary, '?');
  }
  return rightToLeftWords(runs, arabic);
}

// A dropped emoji must not leave "Sundays ." or a double space behind.
function withoutMissingPictographs(
  text: string,
  face: Face,
  has: (face: Face, codePoint: number) => boolean,
): string {
  let marked = '';
  for (const ch of text.replace(/\t/g, '    ')) {
    const cp = ch.codePointAt(0) ?? 0x3f;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    // Joiners and selectors only ever glue emoji here; pictographs go when no font draws them.
    const missing = EMOJI_PART.test(ch) || (!has(face, cp) && PICTOGRAPH.test(ch));
    marked += missing ? '\uffff' : ch;
  }
  return marked
    .replace(/ *\uffff+(?=[.,;:!?)]|$)/g, '')
    .replace(/( ?)\uffff+ ?/g, '$1')
    .replace(/\uffff/g, '');
}

// pdfkit lays words out left to right (and drops the spaces inside a right-to-left run), so an
// Arabic phrase is written word by word, last word first, with the spaces in the main font.
function rightToLeftWords(runs: Run[], arabic: Face): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.face !== arabic) {
      out.push(run);
      continue;
    }
    const lead = /^ */.exec(run.text)?.[0] ?? '';
    const trail = / *$/.exec(run.text)?.[0] ?? '';
    const space: Face = arabic === 'arabic' ? 'body' : 'bold';
    if (lead) out.push({ face: space, text: lead });
    run.text
      .trim()
      .split(/ +/)
      .reverse()
      .forEach((word, i) => {
        if (i > 0) out.push({ face: space, text: ' ' });
        out.push({ face: arabic, text: word });
      });
    if (trail) out.push({ face: space, text: trail });
  }
  return out;
}

/** A word with Arabic letters: written right to left, its neutral characters with it. */
const ARABIC_WORD = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const isLtr = (word: string) => !ARABIC_WORD.test(word) && /[\p{L}\p{N}]/u.test(word);

/**
 * One line of a right-to-left paragraph as runs in visual (left to right) order: the words go
 * last first, except that a stretch of left-to-right words (names, numbers, a link) keeps its
 * own order. Each Arabic word is one run in the Arabic font (its punctuation too, when the font
 * has it), which fontkit shapes and lays out right to left.
 */
export function visualRuns(
  line: string,
  bold: boolean,
  has: (face: Face, codePoint: number) => boolean,
): Run[] {
  const primary: Face = bold ? 'bold' : 'body';
  const arabic: Face = bold ? 'arabicBold' : 'arabic';
  const units: string[][] = [];
  for (const word of line.trim().split(/ +/).filter(Boolean)) {
    const last = units.at(-1);
    // Punctuation alone follows the paragraph (right to left); Latin words and numbers keep
    // their own order together.
    const ltr = isLtr(word);
    if (ltr && last && isLtr(last[0]!)) last.push(word);
    else units.push([word]);
  }
  const runs: Run[] = [];
  units.reverse().forEach((unit, i) => {
    if (i > 0) runs.push({ face: primary, text: ' ' });
    const text = unit.join(' ');
    if (!ARABIC_WORD.test(text)) {
      runs.push(...splitRuns(text, bold, has));
      return;
    }
    // An Arabic word: every character its font has stays in it; the rest (rare) go before it.
    const own = Array.from(text)
      .filter((ch) => has(arabic, ch.codePointAt(0) ?? 0))
      .join('');
    const rest = Array.from(text)
      .filter((ch) => !has(arabic, ch.codePointAt(0) ?? 0))
      .join('');
    if (rest) runs.push(...splitRuns(rest, bold, has));
    if (own) runs.push({ face: arabic, text: own });
  });
  return runs;
}

type FontkitFont = { hasGlyphForCodePoint(codePoint: number): boolean };

/** A writer for one document: `write(text, options)` as pdfkit's `text()` with font fallback. */
export function fitText(doc: PDFKit.PDFDocument) {
  const fonts = new Map<Face, FontkitFont | null>();
  const has = (face: Face, codePoint: number): boolean => {
    if (!fonts.has(face)) {
      doc.font(face);
      // pdfkit keeps the fontkit font of an embedded TTF on its (untyped) current font.
      const current = (doc as unknown as { _font?: { font?: Partial<FontkitFont> } })._font?.font;
      fonts.set(
        face,
        typeof current?.hasGlyphForCodePoint === 'function' ? (current as FontkitFont) : null,
      );
    }
    const font = fonts.get(face);
    return font ? font.hasGlyphForCodePoint(codePoint) : codePoint < 0x100;
  };

  const widthOf = (runs: Run[], size: number, spacing: number): number =>
    runs.reduce((sum, run) => {
      doc.font(run.face).fontSize(size);
      return sum + doc.widthOfString(run.text, { characterSpacing: spacing });
    }, 0);

  /** A right-to-left paragraph: lines broken by width, each drawn right-aligned. */
  const writeRtl = (text: string, options: WriteOptions): void => {
    const { size, bold = false, lineGap = 0, characterSpacing = 0 } = options;
    const left = options.x ?? doc.page.margins.left;
    const width = options.width ?? doc.page.width - doc.page.margins.right - left;
    if (options.y !== undefined) doc.y = options.y;
    const lines: string[] = [];
    for (const word of text.trim().split(/\s+/).filter(Boolean)) {
      const current = lines.at(-1);
      const longer = current === undefined ? word : `${current} ${word}`;
      const fits = widthOf(visualRuns(longer, bold, has), size, characterSpacing) <= width;
      if (current === undefined || !fits) lines.push(word);
      else lines[lines.length - 1] = longer;
    }
    if (lines.length === 0) lines.push('');
    for (const line of lines) {
      doc.fontSize(size);
      const height = doc.currentLineHeight(true) + lineGap;
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const runs = visualRuns(line, bold, has);
      const top = doc.y;
      let at = left + width - widthOf(runs, size, characterSpacing);
      for (const run of runs) {
        doc.font(run.face).fontSize(size);
        doc.text(run.text, at, top, { lineBreak: false, characterSpacing });
        at += doc.widthOfString(run.text, { characterSpacing });
      }
      doc.x = left;
      doc.y = top + height;
    }
  };

  return (text: string, options: WriteOptions): void => {
    if (options.rtl) {
      writeRtl(text, options);
      return;
    }
    const { size, bold = false, x, y, rtl: _rtl, ...textOptions } = options;
    const runs = splitRuns(text, bold, has);
    if (runs.length === 0) runs.push({ face: bold ? 'bold' : 'body', text: ' ' });
    doc.fontSize(size);
    runs.forEach((run, i) => {
      doc.font(run.face);
      const opts = { ...textOptions, continued: i < runs.length - 1 };
      if (i === 0 && x !== undefined) doc.text(run.text, x, y ?? doc.y, opts);
      else doc.text(run.text, opts);
    });
  };
}
