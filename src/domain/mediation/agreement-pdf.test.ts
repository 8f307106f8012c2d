import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/helpers/pdf-text.js';
import { agreementPdfFilename, renderAgreementPdf } from './agreement-pdf.js';
import { splitRuns, visualRuns } from './agreement-pdf-text.js';

const base = {
  title: 'Chores at home',
  topic: 'Who does what',
  resolvedAt: new Date('2026-03-01T10:00:00Z'),
  participants: [{ name: 'Zoë' }, { name: 'José' }],
  text: 'Zoë and José agree that:\n1. Zoë does the laundry on Mondays.\n2. José cooks on weekdays.',
  publicUrl: 'https://meedi8.example',
  locale: 'en-GB' as const,
};

describe('renderAgreementPdf', () => {
  it('writes an A4 PDF with the title, date, people, commitments as written and the footer', async () => {
    const pdf = await renderAgreementPdf(
      {
        ...base,
        summary: 'They split the chores by day.',
        confirmations: [
          { name: 'Zoë', at: new Date('2026-03-01T09:05:00Z') },
          { name: 'José', at: new Date('2026-03-01T10:30:00Z') },
        ],
      },
      { compress: false },
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    const text = pdfText(pdf);
    for (const expected of [
      'Chores at home',
      'Agreed on 1 March 2026',
      'Zoë and José',
      'Who does what',
      'They split the chores by day.',
      'What we agreed',
      '1.',
      'Zoë does the laundry on Mondays.',
      '2.',
      'José cooks on weekdays.',
      'Drafted by Meedi8’s AI mediator from what was said.',
      'Zoë confirmed it on 1 March 2026 at 09:05 UTC.',
      'José confirmed it on 1 March 2026 at 10:30 UTC.',
      'Confirmed in Meedi8 by each person named above. https://meedi8.example',
      '1 / 1',
    ]) {
      expect(text).toContain(expected);
    }
    // Embedded fonts, not pdfkit's WinAnsi-only Helvetica.
    expect(pdf.toString('latin1')).toContain('NotoSans-Regular');
    expect(pdf.toString('latin1')).not.toContain('/Helvetica');
  });

  it('keeps Latin-1 and other scripts, drops emoji quietly and never throws', async () => {
    const pdf = await renderAgreementPdf(
      {
        ...base,
        participants: [{ name: 'Zoë 😊' }, { name: 'محمد علي' }],
        text: 'Łukasz, Ἀθηνᾶ and Дмитрий help on Sundays 👍🏽.\nFamily 👨‍👩‍👧 dinner: 中文',
      },
      { compress: false },
    );
    const text = pdfText(pdf);
    expect(text).toContain('Łukasz, Ἀθηνᾶ and Дмитрий help on Sundays.');
    expect(text).toContain('Zoë and');
    expect(text).toContain('Family dinner: ??');
    // Arabic is shaped in its own embedded font (glyphs in visual order, so not compared as text).
    expect(pdf.toString('latin1')).toContain('NotoSansArabic-Regular');
    expect(text).not.toMatch(/Zoë and \?/);
  });

  it('starts a new page for a long agreement and numbers every page', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `${i + 1}. Commitment number ${i + 1}.`);
    const pdf = await renderAgreementPdf({ ...base, text: long.join('\n') }, { compress: false });
    const text = pdfText(pdf);
    expect(text).toContain('80. Commitment number 80.');
    expect(text).toContain('1 / 3');
    expect(text).toContain('3 / 3');
    expect(text).not.toContain('4 / ');
    // A list marker never ends up on one page and its text on the next.
    for (let i = 1; i <= 80; i++) expect(text).toContain(`${i}. Commitment number ${i}.`);
  });

  it('compresses by default (and still reads back)', async () => {
    const pdf = await renderAgreementPdf(base);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
    expect(pdf.toString('latin1')).not.toContain('Mondays');
    expect(pdfText(pdf)).toContain('Zoë does the laundry on Mondays.');
  });
});

describe('splitRuns', () => {
  const latinOnly = (face: string, cp: number) => face.startsWith('arabic') || cp < 0x250;

  it('sends characters the main font lacks to the Arabic font, last word first', () => {
    expect(splitRuns('Ali علي محمد!', false, (face, cp) => latinOnly(face, cp))).toEqual([
      { face: 'body', text: 'Ali ' },
      { face: 'arabic', text: 'محمد' },
      { face: 'body', text: ' ' },
      { face: 'arabic', text: 'علي' },
      { face: 'body', text: '!' },
    ]);
  });

  it('replaces unknown letters with ? and removes emoji sequences without leaving gaps', () => {
    expect(splitRuns('Hi 🙏🏽, 中 ok 👍', true, latinOnly)).toEqual([
      { face: 'bold', text: 'Hi, ? ok' },
    ]);
  });
});

describe('agreementPdfFilename', () => {
  it('names the file by the day it was agreed', () => {
    expect(agreementPdfFilename(new Date('2026-03-01T23:30:00Z'))).toBe(
      'meedi8-agreement-2026-03-01.pdf',
    );
  });
});

describe('renderAgreementPdf in each person’s language', () => {
  const confirmations = [{ name: 'Joana', at: new Date('2026-03-01T09:05:00Z') }];

  it('prints a Portuguese reader’s copy in Portuguese', async () => {
    const pdf = await renderAgreementPdf(
      { ...base, locale: 'pt-BR', confirmations },
      { compress: false },
    );
    const text = pdfText(pdf);
    for (const expected of [
      'Meedi8 · acordo de mediação',
      'Acordado em 1 de março de 2026',
      'Zoë e José',
      'O que combinamos',
      'Joana confirmou em 1 de março de 2026 às 09:05 UTC.',
      'Confirmado na Meedi8 por cada pessoa citada acima.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('What we agreed');
  });

  it('lays an Arabic reader’s copy out right to left in the Arabic font', async () => {
    const pdf = await renderAgreementPdf(
      { ...base, locale: 'ar', confirmations, text: 'نتفق على ما يلي:\n1. يطبخ José يوم الأحد.' },
      { compress: false },
    );
    expect(pdf.toString('latin1')).toContain('NotoSansArabic');
    // Latin names keep their own order inside the right-to-left lines.
    expect(pdfText(pdf)).toContain('José');
    expect(pdfText(pdf)).toContain('1 / 1');
  });

  it('prints a Hindi reader’s copy in Devanagari (Noto Sans has it; fontkit composes it)', async () => {
    const pdf = await renderAgreementPdf(
      { ...base, locale: 'hi', text: 'हम सहमत हैं कि José रविवार को खाना बनाएगा।' },
      { compress: false },
    );
    const text = pdfText(pdf);
    expect(text).toContain('Meedi8 · मध्यस्थता समझौता');
    expect(text).toContain('José');
    expect(text).not.toContain('?');
    expect(text).not.toContain('What we agreed');
  });
});

describe('visualRuns (a right-to-left line)', () => {
  const has = (face: string, cp: number) => (face.startsWith('arabic') ? cp >= 0x600 : cp < 0x250);

  it('puts the words last first, keeps a Latin stretch in its order, and punctuation with the paragraph', () => {
    const texts = visualRuns('Meedi8 · اتفاق وساطة مع Sam Lee', false, has).map((r) => r.text);
    expect(texts.join('')).toBe('Sam Lee مع وساطة اتفاق · Meedi8');
  });
});
