/**
 * The differential fuzz's inputs: a start article, its workspace files, a menu of snippets and a seeded generator of
 * incremental edits. Pure: the same seed and the same texts give the same edits, so a failure replays from its seed.
 *
 * Edits are offsets into the client's copy of the text, always on places an LSP position can name: never between
 * the halves of a surrogate pair and never between "\r" and "\n" (emoji, CJK and CRLF are inserted whole).
 */
import { seededRandom } from '../../bench/corpus';
import { nextBoundary, previousBoundary, snapOffset } from './text';

export { seededRandom };

/** The workspace config: every built-in pack, plus settings that give the config-dependent paths work. */
export const CONFIG = ['rules:', '  citations/placeholder: hint', '  overclaim/hype-adjectives: info', 'vocabulary:', '  accept: ["miracle (berry|berries)"]', '  reject: [superfood]', ''].join('\n');

/** references.bib next to the article: study designs that the evidence rules grade differently. */
export const BIBLIOGRAPHY = `% Bibliography of the fuzz workspace.
@article{smith2020,
  author  = {Smith, Jane and Roe, Richard},
  title   = {Cure rates of a new hepatitis C regimen: a randomised controlled trial},
  journal = {Journal of Hepatology},
  year    = {2020},
  doi     = {10.1000/jh.2020.1}
}

@article{lee2019meta,
  author  = {Lee, Min-jun and Park, Soo},
  title   = {Statins for primary prevention of cardiovascular disease: a systematic review and meta-analysis},
  journal = {BMJ},
  year    = {2019},
  studydesign = {meta-analysis}
}

@article{chen2018cohort,
  author  = {Chen, Wei and 王, 芳},
  title   = {Coffee consumption and liver cancer: a prospective cohort study},
  journal = {Hepatology},
  year    = {2018}
}

@article{wong2021mice,
  author  = {Wong, Kai},
  title   = {Curcumin reduces joint inflammation in mice},
  journal = {Journal of Inflammation},
  year    = {2021},
  keywords = {mice, animal model}
}

@misc{who2023,
  author = {{World Health Organization}},
  title  = {Hypertension fact sheet},
  year   = {2023},
  url    = {https://www.who.int/news-room/fact-sheets/detail/hypertension}
}
`;

/** A realistic health article with every construct the fuzz edits around. */
export const START_DOCUMENT = `---
title: Statins, coffee and your heart — what the evidence says
audience: patient
tags: [cardiology, nutrition]
---

# Statins, coffee and your heart

Heart disease is the leading cause of death worldwide [@who2023]. Statins lower LDL cholesterol by 45% on average and
reduce heart attacks in people at high risk [@lee2019meta]. Statins cure heart disease.

This revolutionary supplement is clinically proven to boost your immune system, with no side effects (ref).
Studies show that coffee protects your liver [@chen2018cohort, p. 4].

## What helps

- Regular exercise lowers blood pressure.
  - Brisk walking for 30 minutes a day reduces the risk of stroke by 27%.
  - Swimming is gentle on the joints.
- A Mediterranean diet may reduce cardiovascular events [@smith2020; @lee2019meta].
- Turmeric cures arthritis, as @wong2021mice showed.

1. Take your medicine as prescribed.
2. Never exceed the stated dose.
3. See your doctor if chest pain lasts more than a few minutes.

| Option | What the advert says |
| --- | --- |
| Statins | Guaranteed results in 7 days |
| Red yeast rice | A natural remedy, so it is completely safe |

\`\`\`python
# Code is not prose: "cures cancer" here is never flagged.
dose_mg = 40
\`\`\`

> "This tea cured my high blood pressure in one week," says one reader.

<!-- claimlint-disable-next-line overclaim/cure-claims -- quoting the advert -->
The advert said that the tea cures hypertension.

<!-- claimlint-disable overclaim -->
Detox teas flush toxins from your body and melt fat overnight.
<!-- claimlint-enable overclaim -->

<!-- claimlint-disable-next-line overclaim/miracle-claims -->
Salt is fine in moderation.

Coffee drinkers had a 40% lower risk of liver cancer in one cohort [PubMed][1], and 1 in 3 adults has high blood
pressure.[^bp] See also [the trial][trial] and @nobody2000 for the other view.

心脏病是全球主要死因。他汀类药物可以降低胆固醇 🫀💊 — 但不能治愈心脏病 👩‍⚕️.

The formula $LDL = TC - HDL - TG/5$ is an estimate; <span>HTML</span> and \`inline code\` are not prose either.

## References

[^bp]: World Health Organization. Hypertension fact sheet. 2023.

[1]: https://pubmed.ncbi.nlm.nih.gov/12345678/
[trial]: https://doi.org/10.1000/jh.2020.1
`;

/** Text the fuzz inserts, grouped by what it exercises. */
export const SNIPPETS: Record<string, readonly string[]> = {
  claims: [
    'Statins cure heart disease.',
    ' Turmeric cures arthritis.',
    'This supplement is clinically proven to boost your immune system.',
    ' Vitamin C prevents colds.',
    'Studies show that fasting reverses type 2 diabetes. ',
    'Our protocol works for everyone, with no side effects.',
    ' Coffee causes cancer.',
    'Red wine lowers the risk of heart attacks by 45%.',
    'A detox tea flushes toxins from your liver.',
    'Ice baths permanently fix muscle soreness.',
    'This miracle berry is a superfood.',
    'The single most effective treatment',
    'guaranteed results',
    ' is completely safe',
    'Doctors recommend this revolutionary breakthrough.',
  ],
  hedges: [
    ' may help',
    ' might reduce',
    'In a small trial, ',
    'There is no cure for ITBS.',
    'Some studies suggest that ',
    ' is thought to',
    'Myth: ',
    'Does coffee cause cancer?',
    'If a product claims to cure ',
  ],
  citations: [
    ' [@smith2020]',
    ' [@lee2019meta; @chen2018cohort, p. 33]',
    ' [@nobody2000]',
    ' [@smi',
    '[@',
    '@wong2021mice says ',
    ' [-@who2023]',
    ' (ref)',
    ' [citation needed]',
    ' [1]',
    ' [2–4]',
    '[^bp]',
    '[^new]',
    '\n[^new]: A new footnote.\n',
    '^[an inline note]',
    ' (Smith et al., 2020)',
    ' doi:10.1000/jh.2020.1',
    ' [PubMed][1]',
    '\n[2]: https://www.nejm.org/doi/full/10.1056/NEJM\n',
    ' https://pubmed.ncbi.nlm.nih.gov/999/',
    ' [link](https://example.com/article)',
    ' TODO cite',
  ],
  numbers: ['45%', ' 3 times', 'XX%', '1 in 5 adults', ' 100-fold', ' twice', ' 0.5 mg', '2,000 IU', ' p < 0.05'],
  blocks: [
    '\n```\n',
    '```',
    '\n```js\nconst cure = true; // cures everything\n```\n',
    '~~~\n',
    '\n---\n',
    '---\n',
    '***',
    '\n- ',
    '\n  - ',
    '\n    - ',
    '\n1. ',
    '* ',
    '+ ',
    '> ',
    '\n> ',
    '# ',
    '## Heading\n',
    '\n| a | b |\n| --- | --- |\n| Cures cancer | yes |\n',
    '| row | cures everything |\n',
    '| --- |',
    ' | ',
    '$x^2$',
    '$$\n',
    '<div>',
    '</div>',
    '`code`',
    '`',
    '**',
    '_',
    '~~',
    '![img](a.png)',
    '- [ ] a task ',
    '    indented code\n',
    '\\',
    '&amp;',
    ':',
    '[',
    ']',
    '(',
    ')',
  ],
  directives: [
    '<!-- claimlint-disable-next-line overclaim/cure-claims -->\n',
    '<!-- claimlint-disable overclaim -->',
    '<!-- claimlint-enable overclaim -->',
    '<!-- claimlint-disable-line -->',
    '<!-- claimlint-disable-file citations/needs-citation -->\n',
    '<!-- claimlint-disable-next-line nonexistent/rule -->\n',
    '<!-- claimlint-frobnicate -->',
    '<!-- claimlint-disable overclaim/cure-claims -- quoting -->',
    '<!-- ',
    ' -->',
  ],
  frontMatter: ['audience: professional\n', 'mode: product\n', 'audience: nobody\n', 'bibliography: references.bib\n', 'bibliography: missing.bib\n', 'title: x\n'],
  lineBreaks: ['\r\n', '\n', '\n\n', '\r\n\r\n', '  \n'],
  unicode: ['😀', '👩‍⚕️', '🇬🇧', '🩺 ', '🫀', '中文健康文章。', '他汀类药物可以治愈心脏病。', '研究表明', 'é', 'e\u0301', '\u00a0', '\u200b', '\t', '“quoted claim”', '—', '…', '𝑥', '\ufeff', 'Ω'],
  words: [' ', ' the', ' and', '.', ',', '?', '!', '"', "'", ' cures', ' heart', ' disease', ' proven', ' risk', ' may', ' not', ' never', ' always', ' all', ' every'],
};

const ASCII = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?-()[]{}<>*_`#|@^~$%&"\'/\\=+';

/** One change of a didChange notification, as offsets into the text it applies to. */
export interface Change {
  start: number;
  end: number;
  text: string;
}

/** One didChange notification: incremental changes applied in order, or the whole text replaced. */
export type Step = { kind: string; changes: Change[] } | { kind: string; full: string };

/** Applies one change to `text`. */
export function applyChange(text: string, change: Change): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

/** Applies a step to `text`. */
export function applyStep(text: string, step: Step): string {
  if ('full' in step) return step.full;
  return step.changes.reduce(applyChange, text);
}

/** A fix of the engine, as offset edits of the text it was computed for (non-overlapping, as in a TextDocumentEdit). */
export type FixEdits = ReadonlyArray<{ start: number; end: number; newText: string }>;

export interface GeneratorOptions {
  seed: number;
  /** The text to start from (and to go back to now and then). */
  start: string;
  /** The engine's fixes for a text, for the "apply a quick fix" edit. */
  fixesOf?: (text: string) => FixEdits[];
}

/**
 * A seeded generator of edits. `next(text)` returns the didChange that follows `text`; typing bursts keep state
 * between calls (one character per notification, as an editor sends them).
 */
export function editGenerator(options: GeneratorOptions) {
  const random = seededRandom(options.seed);
  const int = (below: number): number => Math.floor(random() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const groups = Object.keys(SNIPPETS);
  const snippet = (): string => (random() < 0.1 ? randomAscii() : pick(SNIPPETS[pick(groups)]!));
  const randomAscii = (): string => Array.from({ length: 1 + int(6) }, () => ASCII[int(ASCII.length)]).join('');
  const anywhere = (text: string): number => snapOffset(text, int(text.length + 1));
  const lineStart = (text: string): number => {
    const offsets = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) offsets.push(i + 1);
    return pick(offsets);
  };
  /** A span of up to `max` code points from `from`. */
  const spanFrom = (text: string, from: number, max: number): number => {
    let end = from;
    for (let n = 1 + int(max); n > 0 && end < text.length; n--) end = nextBoundary(text, end);
    return end;
  };
  const lineAround = (text: string, offset: number): Change => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    return { start, end: newline === -1 ? text.length : newline + 1, text: '' };
  };

  let typing: { cursor: number; rest: string } | undefined;

  function typeNext(text: string): Step {
    const state = typing!;
    const cursor = snapOffset(text, state.cursor);
    const char = String.fromCodePoint(state.rest.codePointAt(0)!);
    state.rest = state.rest.slice(char.length);
    state.cursor = cursor + char.length;
    if (state.rest.length === 0) typing = undefined;
    return { kind: 'type', changes: [{ start: cursor, end: cursor, text: char }] };
  }

  function quickFix(text: string): Step | undefined {
    // A fix that only edits other files (a bibliography stub) changes nothing here: editors send no empty didChange.
    const fixes = (options.fixesOf?.(text) ?? []).filter((edits) => edits.length > 0);
    if (fixes.length === 0) return undefined;
    const edits = [...pick(fixes)].sort((a, b) => b.start - a.start);
    // Only fixes an editor could apply: edits on nameable places that do not overlap.
    for (const [index, edit] of edits.entries()) {
      if (snapOffset(text, edit.start) !== edit.start || snapOffset(text, edit.end) !== edit.end) return undefined;
      if (index > 0 && edit.end > edits[index - 1]!.start) return undefined;
    }
    // Applied from the end, each edit's offsets stay valid for the text the previous ones left.
    return { kind: 'quick fix', changes: edits.map((edit) => ({ start: edit.start, end: edit.end, text: edit.newText })) };
  }

  function one(text: string): Step {
    const size = text.length / Math.max(1, options.start.length);
    // Keep the document article-sized: shrink when it has grown, grow when it has been eaten.
    const roll = random() + (size > 2.5 ? 0.25 : 0) - (size < 0.4 ? 0.25 : 0);
    if (random() < 0.003) return { kind: 'reset', full: options.start };
    if (random() < 0.005) return { kind: 'full text', full: text };
    if (roll < 0.3) {
      const at = anywhere(text);
      return { kind: 'insert', changes: [{ start: at, end: at, text: snippet() }] };
    }
    if (roll < 0.4) {
      const at = lineStart(text);
      return { kind: 'insert at line start', changes: [{ start: at, end: at, text: snippet() }] };
    }
    if (roll < 0.412) {
      // A burst of typing, one character per notification (about a quarter of all edits, as bursts are long).
      const at = anywhere(text);
      typing = { cursor: at, rest: pick([...SNIPPETS.claims!, ...SNIPPETS.citations!, ...SNIPPETS.hedges!]) };
      return typeNext(text);
    }
    if (roll < 0.52) {
      const at = anywhere(text);
      return { kind: 'replace', changes: [{ start: at, end: spanFrom(text, at, 12), text: snippet() }] };
    }
    if (roll < 0.57) {
      const from = lineAround(text, anywhere(text));
      const copy = text.slice(from.start, from.end);
      const at = lineStart(text);
      return { kind: 'duplicate line', changes: [{ start: at, end: at, text: copy }] };
    }
    if (roll < 0.64) {
      // Several changes in one notification, as multi-cursor edits send them; each applies to the previous result.
      const changes: Change[] = [];
      let current = text;
      for (let n = 2 + int(3); n > 0; n--) {
        const at = anywhere(current);
        const change = random() < 0.6 ? { start: at, end: at, text: snippet() } : { start: at, end: spanFrom(current, at, 5), text: '' };
        changes.push(change);
        current = applyChange(current, change);
      }
      return { kind: 'multi-change', changes };
    }
    if (roll < 0.7) {
      const fix = quickFix(text);
      if (fix) return fix;
    }
    if (roll < 0.77) {
      const at = anywhere(text);
      return { kind: 'backspace', changes: [{ start: previousBoundary(text, at), end: at, text: '' }] };
    }
    if (roll < 0.84 || size > 2.5) {
      const line = lineAround(text, anywhere(text));
      return { kind: 'delete line', changes: [line] };
    }
    const at = anywhere(text);
    return { kind: 'delete', changes: [{ start: at, end: spanFrom(text, at, 25), text: '' }] };
  }

  return {
    next(text: string): Step {
      return typing ? typeNext(text) : one(text);
    },
  };
}

/** Sentences the typing mode types into one paragraph, character by character. */
export const TYPING_TEXT = [
  ...SNIPPETS.claims!.map((claim) => claim.trim()),
  'Most people recover within six weeks [@smith2020].',
  'A 2019 meta-analysis found that statins reduce heart attacks [@lee2019meta].',
  'Coffee drinkers 🫀 had a lower risk of liver cancer in one cohort (ref).',
  '他汀类药物可以降低胆固醇。',
].join(' ');

/** The typing mode: characters one at a time at the end of one paragraph of `start`, cycling through TYPING_TEXT. */
export function typingGenerator(start: string) {
  const anchor = 'Statins cure heart disease.';
  if (!start.includes(anchor)) throw new Error(`the typing mode types after "${anchor}", which the start text lacks`);
  let cursor = start.indexOf(anchor) + anchor.length;
  const stream = `${TYPING_TEXT} `;
  let index = 0;
  return {
    next(): Step {
      const char = String.fromCodePoint(stream.codePointAt(index)!);
      index = (index + char.length) % stream.length;
      const change = { start: cursor, end: cursor, text: char };
      cursor += char.length;
      return { kind: 'type', changes: [change] };
    },
  };
}
