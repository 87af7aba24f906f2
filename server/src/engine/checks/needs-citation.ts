/**
 * `check: needs-citation`: a sentence that makes a checkable claim (citations/claims.ts)
 * that no citation covers (citations/coverage.ts: by default a citation covers its
 * sentence and the earlier sentences of its paragraph, back to the previous one).
 * Highlights the sentence's strongest trigger, once per sentence. Never flags what is
 * not the writer's own claim (citations/frames.ts): block quotes, text in quotation
 * marks, myth and reported-claim frames, research agendas, worked examples, captions,
 * table headers, list titles, headings and footnotes; in a paragraph that poses a
 * question, or an unpunctuated list item, only numbers and named studies count.
 * The fix "Insert citation…" is ranked on demand by the editor (citations/suggest.ts);
 * the finding carries where a citation would go.
 */
import { claimTriggers, explainsOrTeaches, isOwnStatement, mechanismTrigger, namesAnIntervention, strongestFirst, TOPIC_LABEL, type ClaimKind } from '../citations/claims';
import { coverageOf } from '../citations/coverage';
import { isCitationWorthy, worthinessModel, worthinessScore, type WorthinessModel } from '../citations/worthiness';
import { AGENDA, CAPTION, EXAMPLE, REPORTED_CLAIM, SUMMARY_HEADING } from '../citations/frames';
import { sectionHeadings } from '../markdown/sections';
import { hedgeRewrites } from '../claims/hedge';
import { citationInsertOffset, citationPlaceholderAt, hedgeInCase, inTitle, reportedAsProven, sameClause } from '../fixes';
import type { PreparedChunk } from '../document';
import { lexiconForms } from '../lexicon/index';
import { sourceRange } from '../markdown/prose';
import type { TextRange } from '../types';
import type { CheckKind, OptionSchema } from './kind';

/** An uncited-claim candidate in one chunk (chunk-relative offsets). */
interface ClaimSentence {
  kind: ClaimKind;
  trigger: TextRange;
  /** The sentence's other triggers, strongest first. */
  others: Array<{ kind: ClaimKind; range: TextRange }>;
  sentence: TextRange;
  block: TextRange;
  insertAt: number;
  /** A paragraph-level claim (the worthiness model): any citation in its paragraph or list covers it. */
  paragraphLevel?: boolean;
  /** The low-certainty rewrite of an efficacy claim (sentence-relative), once asked for; null when there is none. */
  lowRewrite?: { range: TextRange; text: string } | null;
}

// The body at work as the subject: "The thyroid gland …", "Your liver …", or "It …" in a paragraph that opens with one.
const BODY_SUBJECT =
  /^[\W_]*(?:the|your|our|this|these)\s+(?:[\w-]+\s+){0,2}?(?:glands?|organs?|thyroid|liver|kidneys?|heart|brain|gut|stomach|pancreas|adrenals?|lungs?|skin|immune system|nervous system|hormones?|cells?|body)\b/i;
const COUNT_AFTER = /^\s+(?:(?:about|around|over|nearly|almost|up to|more than)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds|thousands|millions)\b)/i;
// A paragraph that opens as a warning, or a sentence that sends the reader to a doctor before trying something.
const WARNING =
  /^[\W_]*(?:⚠️?\s*)?(?:(?:medical |safety |important |health )?(?:warning|notice|caution|disclaimer)|important|please note|note)\b\s*[:!-]|\b(?:consult|ask|see|talk to|speak to|check with) (?:your|a) (?:physician|doctor|gp|healthcare (?:provider|professional)|pharmacist)\b/i;
// What ageing or a life stage does to the body ("Aging causes fat to collect around the belly") is physiology too.
// A named hormone or messenger ("oxytocin also helps return the uterus to its normal size") is the body at work too;
// not one sold as a treatment (testosterone, oestrogen, melatonin, insulin).
const LIFE_STAGE_SUBJECT =
  /^[\W_]*(?:aging|ageing|getting older|growing older|menopause|perimenopause|puberty|pregnancy|amino acids|proteins|enzymes|hormones|neurotransmitters|cells|oxytocin|cortisol|serotonin|dopamine|adrenaline|epinephrine|leptin|ghrelin|glucagon|prolactin)\b/i;
// "In addition to stabilizing your mood, ": a fronted phrase before the subject.
const FRONTED_ADDITION = /^\W*(?:in addition to|besides|apart from|along with|as well as|aside from)\b[^,]*,\s*/i;
const PRONOUN_SUBJECT = /^[\W_]*(?:it|they)\b/i;
// A side effect told as a possibility ("which can cause side effects for some"), not a claimed mechanism ("dysfunction of
// these vertebrae can cause sensitisation", which "may" rightly softens).
const SIDE_EFFECT_AFTER_CAN =
  /\bcan\s+(?:\w+\s+)?(?:cause|lead to|trigger)\s+(?:some\s+|mild\s+|minor\s+|serious\s+|temporary\s+)?(?:side[ -]effects|adverse|discomfort|bleeding|irritation|allergic|reactions?|nausea|dizziness|bruising|soreness|redness|swelling)\b/i;
// A condition as the subject: "Rheumatoid arthritis also …", "Osteoarthritis …", "Tinnitus …".
const CONDITION_NAMED =
  /^[\W_]*(?:[\p{L}-]+\s+){0,2}(?:[\p{L}-]*itis|arthritis|tinnitus|diabetes|asthma|eczema|psoriasis|migraines?|cancer|syndrome|disease|disorder|infection)\s+(?:(?:also|often|usually|typically|can|may|still)\s+)?$/iu;

/**
 * Textbook physiology ("It also helps to control growth, metabolism and mood", of the thyroid gland): the body's own
 * work, with no treatment named. A citation may be asked for, but "may help to control" would cast doubt on what is
 * known (judged unfaithful on a real page), so no hedge is offered.
 */
function describesTheBody(claim: ClaimSentence, chunkText: string): boolean {
  const sentence = chunkText.slice(claim.sentence.start, claim.sentence.end);
  const subject = chunkText.slice(claim.sentence.start, claim.trigger.start);
  // After a fronted phrase too: "In addition to stabilizing your mood, oxytocin also helps …".
  const fronted = FRONTED_ADDITION.exec(subject);
  if (LIFE_STAGE_SUBJECT.test(fronted ? subject.slice(fronted[0].length) : subject)) return true;
  if (namesAnIntervention(sentence)) return false;
  if (BODY_SUBJECT.test(subject)) return true;
  return PRONOUN_SUBJECT.test(subject) && BODY_SUBJECT.test(chunkText.slice(claim.block.start, claim.sentence.start)) && !namesAnIntervention(chunkText.slice(claim.block.start, claim.sentence.start));
}

/** An efficacy claim's low-certainty wording, computed once per memoised claim (every keystroke asks again). */
function lowRewriteOf(claim: ClaimSentence, chunkText: string): { range: TextRange; text: string } | undefined {
  if (claim.lowRewrite === undefined && describesTheBody(claim, chunkText)) claim.lowRewrite = null;
  // "⚠️ Medical Notice: Cold water immersion causes …": a warning states a harm to take seriously; "may cause" would
  // soften the warning, not an overclaim (judged unfaithful on a real page).
  if (claim.lowRewrite === undefined && WARNING.test(chunkText.slice(claim.block.start, claim.sentence.end))) claim.lowRewrite = null;
  // "heparin, which can cause side effects": a harm already told as a possibility would only be softened by "may", which
  // understates a risk.
  if (claim.lowRewrite === undefined && SIDE_EFFECT_AFTER_CAN.test(chunkText.slice(claim.sentence.start, claim.trigger.end + 40))) claim.lowRewrite = null;
  // "Rheumatoid arthritis also affects the joints": what a condition does is the premise of the copy, not its claim.
  if (claim.lowRewrite === undefined && CONDITION_NAMED.test(chunkText.slice(claim.sentence.start, claim.trigger.start))) claim.lowRewrite = null;
  // "Asthma kills nine people per day": a count of cases is a statistic to source, not an effect to hedge.
  if (claim.lowRewrite === undefined && COUNT_AFTER.test(chunkText.slice(claim.trigger.end, claim.trigger.end + 40))) claim.lowRewrite = null;
  // "Type of headaches we treat": what a clinic treats is its service, which "we may treat" would cast in doubt.
  if (claim.lowRewrite === undefined && /\b(?:we|I)\s+(?:also\s+)?$/i.test(chunkText.slice(claim.sentence.start, claim.trigger.start))) claim.lowRewrite = null;
  if (claim.lowRewrite === undefined) {
    const low = hedgeRewrites(chunkText.slice(claim.sentence.start, claim.sentence.end)).find((rewrite) => rewrite.level === 'low');
    const words = low && { start: claim.sentence.start + low.range.start, end: claim.sentence.start + low.range.end };
    // The hedge must soften the claim's own clause, in the case of the words it replaces.
    claim.lowRewrite =
      low && words && sameClause(chunkText, words, claim.trigger) && !reportedAsProven(chunkText.slice(claim.sentence.start, words.start))
        ? { range: low.range, text: hedgeInCase(chunkText.slice(words.start, words.end), low.text, inTitle(chunkText, words)) }
        : null;
  }
  return claim.lowRewrite ?? undefined;
}

/**
 * What the worthiness model adds (option `paragraphModel`): `claims` (the default), in a paragraph the model judges
 * one writers cite but that has no trigger, the most claim-like sentence that states a mechanism or an effect as
 * fact; `all`, also the most claim-like sentence of every other such paragraph, with a message about the paragraph
 * (more recall, but an editor accepted 13 of 44 such findings on the wiki's drafts: topic sentences, framing and
 * textbook facts; bench/data/judged-findings.jsonl); `off`, nothing.
 */
export type ParagraphModel = 'claims' | 'all' | 'off';

const OPTIONS = {
  paragraphModel: {
    enum: ['claims', 'all', 'off'] satisfies ParagraphModel[],
    default: 'claims' as ParagraphModel,
    description:
      'What the citation-worthiness model adds where no trigger fires: `claims`, the sentence of a citation-worthy paragraph that states a mechanism or an effect as fact; `all`, also the most claim-like sentence of every other such paragraph (more findings an editor rejects); `off`, nothing.',
  },
} satisfies Record<string, OptionSchema>;

// Claim detection depends on the chunk's text, the worthiness model and the option only, so it is memoised per
// (memoised) chunk.
const claimMemo = new WeakMap<PreparedChunk, { model: WorthinessModel; paragraphs: ParagraphModel; promotional: boolean; claims: ClaimSentence[] }>();

function claimSentences(chunk: PreparedChunk, paragraphs: ParagraphModel, promotional: boolean): ClaimSentence[] {
  const model = worthinessModel();
  const hit = claimMemo.get(chunk);
  if (hit?.model === model && hit.paragraphs === paragraphs && hit.promotional === promotional) return hit.claims;
  const claims: ClaimSentence[] = [];
  chunk.blocks.forEach((block, blockIndex) => {
    // Promotional copy makes claims in its headings ("Reduces Risk of Heart Disease"); elsewhere a heading names a topic,
    // as it does anywhere when it asks or introduces a list ("Why You Can …", "Conditions caused by deficiency:").
    const heading = block.context.heading;
    if (heading && (!promotional || TOPIC_LABEL.test(block.text) || /:\W*$/.test(block.text))) return;
    if (block.context.footnote || block.context.blockquote || block.tableHeader || CAPTION.test(block.text)) return;
    const quoted = quotedSpans(block.text);
    // A list item without a full stop is an outline entry (a topic, an option, a position to weigh), not a sentence:
    // only a statistic or a named study in it needs its own source.
    // A source named after the full stop ("… domain. (NICE, PubMed)") does not make a sentence an outline entry.
    const fragment = heading || (block.context.list && !/[.!?…]["”’')\]*_]*(?:\s*\([^()]*\))?\s*$/.test(block.text));
    // A title in a list ("VO2max Predicts Mortality"): most words capitalised, no full stop.
    if (fragment && !promotional && isTitleCase(block.text)) return;
    // A paragraph that poses a question frames a topic; only a number in it needs its own source.
    const framing = /\?["”’')\]*_]*\s*$/.test(block.text);
    const before = claims.length;
    // Sentences that are not reported claims or agendas, for the worthiness model if no trigger fires.
    const sentences: Array<{ range: TextRange; text: string }> = [];
    for (const sentence of chunk.sentences(blockIndex)) {
      const text = block.text.slice(sentence.range.start, sentence.range.end);
      if (AGENDA.test(text)) continue;
      // A reported claim is not the writer's, but the evidence they rebut it with is: "Modern evidence does not
      // support the idea that …" appeals to evidence before the frame.
      const reported = REPORTED_CLAIM.exec(text);
      if (!reported) sentences.push({ range: sentence.range, text });
      const example = EXAMPLE.test(text);
      const triggers = strongestFirst(
        claimTriggers(text, promotional).filter(
          (trigger) =>
            // In promotional copy a list of benefits ("- Boosts immunity") asserts each one.
            (!fragment || trigger.kind === 'statistic' || trigger.kind === 'research' || promotional) &&
            (!framing || trigger.kind === 'statistic') &&
            !(example && (trigger.kind === 'statistic' || trigger.kind === 'efficacy' || trigger.kind === 'epidemiology')) &&
            !quoted.some((span) => span.start <= sentence.range.start + trigger.range.start && sentence.range.start + trigger.range.end <= span.end) &&
            (!reported || (trigger.kind === 'research' && trigger.range.end <= reported.index)),
        ),
      );
      // "Clinically observed benefits:" then "- Enhanced mental energy, clarity, and attention": in promotional copy an
      // item of a list of benefits asserts one, though it reads like a label.
      const leadIn = triggers.length === 0 && promotional && fragment && !heading ? leadInOf(chunk, blockIndex) : '';
      const item = leadIn === '' ? null : listItemClaim(leadIn, text);
      if (item) {
        const start = item.index + item[0].indexOf(item[1]!);
        triggers.push({ kind: 'efficacy', range: { start, end: start + item[1]!.length } });
      }
      if (triggers.length === 0) continue;
      const trigger = triggers[0]!;
      claims.push({
        kind: trigger.kind,
        trigger: sourceRange(block, sentence.range.start + trigger.range.start, sentence.range.start + trigger.range.end),
        others: triggers.slice(1).map((other) => ({ kind: other.kind, range: sourceRange(block, sentence.range.start + other.range.start, sentence.range.start + other.range.end) })),
        sentence: sourceRange(block, sentence.range.start, sentence.range.end),
        block: block.range,
        insertAt: citationInsertOffset(block.text, sentence.range, (i) => block.offsets[i]!),
      });
    }
    // No trigger words, yet the paragraph reads like those careful writers cite.
    // A paragraph that explains how a test works ("It measures how quickly red cells settle"), or that the writer marks
    // as standard teaching ("SLE classically elevates ESR"), describes rather than claims.
    const explains = sentences.some(({ text }) => explainsOrTeaches(text));
    if (paragraphs !== 'off' && claims.length === before && !fragment && !framing && !block.context.table && !explains && sentences.length > 0 && isCitationWorthy(block.text)) {
      // Sentences that may carry the paragraph's claim: the writer's own statements, not examples or quotations.
      const candidates = sentences.filter(({ range, text }) => isOwnStatement(text) && !EXAMPLE.test(text) && !quoted.some((span) => span.start <= range.start && range.end <= span.end));
      const claim = candidates.length > 0 ? paragraphClaim(candidates, paragraphs) : undefined;
      if (claim)
        claims.push({
          kind: claim.kind,
          trigger: sourceRange(block, claim.range.start, claim.range.end),
          others: [],
          sentence: sourceRange(block, claim.sentence.start, claim.sentence.end),
          block: block.range,
          insertAt: citationInsertOffset(block.text, claim.sentence, (i) => block.offsets[i]!),
          paragraphLevel: true,
        });
    }
  });
  claimMemo.set(chunk, { model, paragraphs, promotional, claims });
  return claims;
}

// A benefit named as a change: "Increased memory retention", "Reduced brain fog", "Better sleep".
const BENEFIT_ITEM = /^\W*((?:increased|enhanced|reduced|improved|boosted|better|more|less|lower|higher|faster|deeper|stronger|healthier|clearer|greater|fewer)\b)/i;
// Verbs of cosmetic and wellness copy that the shared effect-verb lexicon leaves out (they are rarely causal claims in
// research prose).
const COSMETIC_VERB = /^(?:balance|cleanse|tighten|firm|brighten|support|soothe|calm|lift)$/i;

/**
 * After a lead-in that names the product's powers ("Microcurrent can:"), an item that opens with the base form of an
 * effect verb of the shared lexicon ("- Calm inflammation"), as a match whose group 1 is the verb.
 */
function powerItem(text: string): RegExpExecArray | null {
  const opening = /^\W*(\p{L}+)\b/u.exec(text);
  if (!opening) return null;
  const word = opening[1]!.toLowerCase();
  return lexiconForms('effect-verbs').get(word) === word || COSMETIC_VERB.test(word) ? opening : null;
}
/**
 * The words of a list item that state a benefit, given the list's lead-in: a change after a lead-in that announces
 * benefits ("- Better sleep"), an effect verb after one that names the product's powers ("- Calm inflammation"), the
 * whole item after one that names the conditions a product helps ("What conditions does B12 help address?" then
 * "- Asthma"). Group 1 of the match holds the words.
 */
function listItemClaim(leadIn: string, item: string): RegExpExecArray | null {
  if (HEDGED_LEAD_IN.test(leadIn)) return null;
  if (BENEFITS_LEAD_IN.test(leadIn)) return BENEFIT_ITEM.exec(item) ?? (/\b(?:benefits?|advantages?)\b/i.test(leadIn) ? powerItem(item) : null);
  if (POWERS_LEAD_IN.test(leadIn)) return powerItem(item);
  if (CONDITIONS_LEAD_IN.test(leadIn)) return CONDITION_ITEM.exec(item);
  return null;
}
// A lead-in that hedges or reports ("may help", "has been claimed to help") does not assert its items.
const HEDGED_LEAD_IN = /\b(?:may|might|could|claimed|said|believed|thought)\b/i;
// "What conditions does B12 help address?", "especially effective for chronic and complex conditions such as:",
// "Conditions it helps:"; not "Conditions we treat" (a clinic's services) or "Symptoms include:" (a description).
const CONDITIONS_LEAD_IN =
  /(?:\b(?:conditions?|disorders?|ailments?|illnesses|diseases|complaints|concerns)\b[^.!]{0,60}?\b(?:help(?:s|ed)?|address(?:es|ed)?|reliev\w*|improv\w*|benefit\w*|respond\w*|effective)\b|\b(?:effective|beneficial|helpful|good|used)\s+(?:for|against|to treat|in treating)\b[^.!?]{0,60}?(?:\b(?:conditions?|disorders?|ailments?|illnesses|diseases|complaints)\b[^.!?]{0,20})?|\bhelps?\s+(?:with|treat|relieve|ease)\b[^.!?]{0,40}?)[:?]\W*$/i;
// A short item that names a condition ("- Chronic Fatigue Syndrome", "- Digestive disorders including IBS").
const CONDITION_ITEM = /^\W*(\p{L}[^.!?:;]{0,60}?)[\s.,;:!?*_]*$/u;
const POWERS_LEAD_IN = /\b(?:can|will|helps?(?: to| you)?|may help(?: to)?)\s*:\W*$/i;
// The paragraph before a list that announces benefits ("Clinically observed benefits:", "Benefits include:").
// A question heading asks the same ("What are the benefits of B12 injections?").
const BENEFITS_LEAD_IN = /\b(?<!side[ -])(?:benefits?|advantages?|results|effects|improves|helps with|include|includes)\b(?![^:?]*\bside[ -]effects\b)[^.!?]{0,40}[:?]\W*$/i;

/** The text of the last block before the list that holds block `index` (its lead-in), or ''. */
function leadInOf(chunk: PreparedChunk, index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const block = chunk.blocks[i]!;
    if (!block.context.list) return block.text.trimEnd();
  }
  return '';
}

/**
 * The claim a citation-worthy paragraph makes, from its candidate sentences (block offsets), most claim-like first:
 * the first that states a mechanism or an effect as fact, on those words; failing that, with `all`, the first, on
 * the whole sentence (without its final punctuation).
 */
function paragraphClaim(candidates: Array<{ range: TextRange; text: string }>, paragraphs: ParagraphModel): { kind: ClaimKind; range: TextRange; sentence: TextRange } | undefined {
  const ranked = candidates.map((candidate) => ({ ...candidate, score: worthinessScore(candidate.text) })).sort((a, b) => b.score - a.score);
  for (const candidate of ranked) {
    const trigger = mechanismTrigger(candidate.text);
    if (trigger) return { kind: 'mechanism', range: { start: candidate.range.start + trigger.range.start, end: candidate.range.start + trigger.range.end }, sentence: candidate.range };
  }
  if (paragraphs !== 'all') return undefined;
  const best = ranked[0]!;
  const words = best.text.replace(/[\s.!?;:]+$/, '');
  const lead = words.length - words.trimStart().length;
  return { kind: 'unsourced', range: { start: best.range.start + lead, end: best.range.start + words.length }, sentence: best.range };
}

/** True for a title: at least three words, and most of its longer words capitalised. */
function isTitleCase(text: string): boolean {
  const words = text
    .replace(/[^\p{L}\p{N}\s'’-]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 3);
  if (words.length < 3) return false;
  return words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length / words.length >= 0.7;
}

/** Spans of a block's prose inside quotation marks (“…”, "…"), which may hold several sentences. */
export function quotedSpans(text: string): TextRange[] {
  const spans: TextRange[] = [];
  let open = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\u201C') open = open === -1 ? i : open;
    else if (char === '\u201D' && open !== -1) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    } else if (char === '"') {
      if (straight === -1) straight = i;
      else {
        spans.push({ start: straight, end: i + 1 });
        straight = -1;
      }
    }
  }
  return spans;
}

export const needsCitationCheck: CheckKind = {
  kind: 'needs-citation',
  fixes: 'yes: "Insert citation…" ranked from the bibliography, a citation placeholder, and for an effect claim the low-certainty wording',
  description:
    'Flags sentences that make a checkable claim (statistics, research findings, efficacy, safety, comparisons, epidemiology) that no citation covers, highlighting the trigger; where none fires, what the citation-worthiness model adds (see the main README).',
  messages: {
    statistic: 'the claim is a number about health',
    research: 'the claim appeals to research without citing it',
    efficacy: 'the claim is an effect on health',
    safety: 'the claim is about safety or harms',
    comparison: 'the claim compares treatments',
    epidemiology: 'the claim says how common or how long something is',
    mechanism: 'the worthiness model found a mechanism or effect stated as fact in a paragraph that cites nothing',
    unsourced: 'with `paragraphModel: all`, a paragraph that cites nothing and states no mechanism, on its most claim-like sentence',
  },
  options: OPTIONS,
  compile() {
    return {
      runDocument(document, { context, citations, promotional = false }, report, options) {
        const paragraphs: ParagraphModel = options['paragraphModel'] === 'all' || options['paragraphModel'] === 'off' ? options['paragraphModel'] : OPTIONS.paragraphModel.default;
        const coverage = coverageOf(document, citations.citations, context.citationScope);
        const headingAt = sectionHeadings(document);
        const summarisesCitedBody = citations.citations.filter((citation) => citation.kind !== 'placeholder').length >= 3;
        for (const { start, chunk } of document.chunks) {
          for (const claim of claimSentences(chunk, paragraphs, promotional)) {
            const sentenceRange = { start: claim.sentence.start + start, end: claim.sentence.end + start };
            // An item's own statistic or named study needs its own source, even under a cited lead-in.
            const ownOnly = claim.kind === 'statistic' || claim.kind === 'research';
            // A summary restates what the cited body says.
            if (summarisesCitedBody && SUMMARY_HEADING.test(headingAt(sentenceRange.start))) continue;
            const block = { start: claim.block.start + start, end: claim.block.end + start };
            // The model judges a whole paragraph, so a citation anywhere in it (or its list) answers it.
            const covered = claim.paragraphLevel && context.citationScope !== 'sentence' ? block : sentenceRange;
            if (coverage.covering(covered, block, ownOnly)) continue;
            const insertAt = claim.insertAt + start;
            // An uncited efficacy claim gets, at most, the low-certainty wording (domain reference §2.4 item 6).
            const low = claim.kind === 'efficacy' ? lowRewriteOf(claim, chunk.text) : undefined;
            const hedge = low
              ? [
                  {
                    title: `Rewrite for low certainty: “${low.text}”`,
                    edits: [{ range: { start: sentenceRange.start + low.range.start, end: sentenceRange.start + low.range.end }, newText: low.text }],
                    kind: 'hedge' as const,
                  },
                ]
              : [];
            report({
              range: { start: claim.trigger.start + start, end: claim.trigger.end + start },
              alternatives: claim.others.map((other) => ({ range: { start: other.range.start + start, end: other.range.end + start }, variant: other.kind })),
              variant: claim.kind,
              citationSlot: { sentence: sentenceRange, insertAt },
              // The model is a weaker signal than a trigger: editors accepted about half of its findings on real
              // articles (bench/data/judged-findings.jsonl), so they show as information, not warnings.
              ...(claim.paragraphLevel ? { severity: 'info' as const } : {}),
              fixes: [citationPlaceholderAt(insertAt), ...hedge],
            });
          }
        }
      },
    };
  },
};
