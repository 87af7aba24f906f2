/**
 * Fixes for rules with no rewrite of their own (`rewrite: ladder`): the gentlest edit that fits the flagged words, and
 * "Remove this claim" only where the text around stays coherent. Every edit is in source offsets and minimal.
 */
import { hedgeFlaggedVerb, hedgeRewrites } from './claims/hedge';
import { hedgeInCase, inTitle, matchCase, removalEdit, reportedAsProven, sameClause, squash } from './fixes';
import { lexiconMatches, lexiconPattern } from './lexicon/index';
import { sourceRange, type ProseBlock } from './markdown/prose';
import type { Fix, TextEdit, TextRange } from './types';

/**
 * Fixes for a rule with no rewrite of its own (`rewrite: ladder`), in source offsets of `source`: the GRADE
 * low-certainty wording for the sentence's effect verb, when it has one and no markup runs through it, and removing
 * the sentence so that the paragraph or list stays well formed (the whole item or paragraph when it is the only
 * sentence; never in a heading or a table cell).
 * With `removal: false` (an appeal to unnamed evidence, which naming the source answers) nothing is removed.
 */
export function rewriteLadderFixes(source: string, block: ProseBlock, sentence: TextRange, sentenceCount: number, flagged: TextRange, options = { removal: true }): Fix[] {
  const fixes: Fix[] = [];
  let emphaticOnly = false;
  // An absolute in the flagged words ("clears acne permanently", "reliably prevents") goes first: without it the
  // claim is an ordinary one, which the other rules and the writer can weigh.
  // So does an emphatic that sells the claim as the hidden truth ("What Actually Does" → "What Does").
  // So does a grade the writer gives the evidence ("high-quality evidence supports" → "evidence supports").
  const words = source.slice(flagged.start, flagged.end);
  for (const match of [...words.matchAll(lexiconPattern('absolutes')), ...words.matchAll(lexiconPattern('emphatics')), ...words.matchAll(lexiconPattern('evidence-boosters'))]) {
    const range = { start: flagged.start + match.index, end: flagged.start + match.index + match[0].length };
    // "it can help clear toxins": a word of the list used as the verb is the claim's verb, not an emphatic.
    if (VERB_SLOT_BEFORE.test(source.slice(Math.max(0, range.start - 12), range.start))) continue;
    // "completely risk-free", "completely eradicated": the word after is absolute in itself, and would still claim it.
    if (ABSOLUTE_IN_ITSELF.test(source.slice(range.end, range.end + 24))) continue;
    // "benefits that are guaranteed to win you over": the word carries the verb's complement, which would be left hanging.
    if (/\b(?:is|are|was|were|be|been)\s+$/i.test(source.slice(Math.max(0, range.start - 10), range.start)) && /^\s+to\s/i.test(source.slice(range.end, range.end + 5))) continue;
    // "Its action is instant": the word is the sentence's complement, and the sentence would be left without one.
    if (/\b(?:is|are|was|were|be|been|feels?|seems?)\s+$/i.test(source.slice(Math.max(0, range.start - 10), range.start)) && /^\W*(?:\n|$)/.test(source.slice(range.end))) continue;
    fixes.push({ title: `Remove \`${match[0]}\``, edits: [removalEdit(source, range)], kind: 'rewrite' });
    // "where the tension is really coming from": dropping the emphatic is the whole fix; the sentence stays.
    if (EMPHATIC.test(match[0])) emphaticOnly = true;
  }
  // A promotional or loaded adjective before its noun ("this wonderful therapy", "Toxic drugs, like …") goes alone: the
  // rest of the sentence is the writer's content, and removing all of it was judged unfaithful on real pages.
  const adjectives = hypeAdjectiveRemovals(source, flagged);
  fixes.push(...adjectives);
  // "Typically requires 3 sessions for optimal results": a phrase that closes the sentence and sells the schedule as the
  // best one goes alone; the schedule is the writer's content (removing the whole item was judged unfaithful).
  const adjunct = closingPhraseRemoval(source, block, sentence, flagged) ?? traditionRemoval(source, flagged);
  if (adjunct) fixes.push(adjunct);
  // "- Normatec - The industry leader, used by pro athletes": in a list entry that names a product and then praises it,
  // only the praise goes, and the name stays (removing the whole entry was judged unfaithful).
  const praise = block.context.list && !block.context.heading ? namedEntryPraise(source, block, flagged) : undefined;
  if (praise) fixes.push(praise);
  const prose = block.text.slice(sentence.start, sentence.end);
  const low = hedgeRewrites(prose).find((rewrite) => rewrite.level === 'low');
  if (low) {
    const range = sourceRange(block, sentence.start + low.range.start, sentence.start + low.range.end);
    const original = source.slice(range.start, range.end);
    // In a title ("Why Needling Changes the Equation", "Relaxes Muscles & Eases Your Mind") the hedge is titled too.
    const text = hedgeInCase(original, low.text, inTitle(block.text, { start: sentence.start + low.range.start, end: sentence.start + low.range.end }));
    // The hedge must soften the flagged claim: not a later verb of its series ("keeps you healthy and helps you
    // recover" → "keeps you healthy and may help"), nor a claim the sentence reports as proven.
    const laterVerb = range.start >= flagged.end && FINITE_THIRD_PERSON.test(source.slice(flagged.start, flagged.end));
    // Nor one that keeps the flagged absolute or booster ("is instantly relieved" → "may be instantly relieved").
    const flaggedWords = source.slice(flagged.start, flagged.end);
    const keepsFlagged =
      range.start <= flagged.start &&
      flagged.end <= range.end &&
      text.includes(flaggedWords) &&
      (/ly$/i.test(flaggedWords) || lexiconMatches(['absolutes', 'emphatics', 'boosters'], flaggedWords).length > 0);
    if (
      squash(original) === squash(prose.slice(low.range.start, low.range.end)) &&
      sameClause(source, range, flagged) &&
      !laterVerb &&
      !keepsFlagged &&
      !reportedAsProven(prose.slice(0, low.range.start))
    )
      fixes.push({ title: `Rewrite for low certainty: “${text}”`, edits: [{ range, newText: text }], kind: 'hedge' });
  }
  // A cure promised as a goal ("How to Heal Leaky Gut", "Reverse Cavities And …") has no finite verb to hedge; the
  // promise comes down to what treatment can honestly offer ("How to Manage Leaky Gut").
  if (!fixes.some((fix) => fix.kind === 'hedge')) fixes.push(...downgradedGoal(source, flagged), ...downgradedNoun(source, flagged), ...possibleCause(source, flagged));
  // No effect verb to hedge ("dry needling represents an effective intervention", "is what produces"): the flagged
  // words' own verb takes the low-certainty wording.
  if (!fixes.some((fix) => fix.kind === 'hedge' || fix.kind === 'rewrite')) fixes.push(...flaggedVerbHedge(source, block, sentence, flagged));
  // A sentence the next one refers back to ("It provides …", "These studies …") cannot go alone without leaving the
  // reference dangling: then removal is not offered.
  // The next sentence is in the same paragraph, or else opens the next one.
  const rest = block.text.slice(sentence.end).trimStart();
  const next = firstSentence(rest !== '' ? rest : source.slice(block.range.end, block.range.end + 400).replace(/^\s*(?:[-*+]|\d+[.)])?\s*/, ''));
  // Across a paragraph break, only what the removed sentence introduced (and the rest of its paragraph never names).
  const elsewhere = rest !== '' ? '' : block.text.slice(0, sentence.start);
  const referredTo = (): boolean =>
    next !== '' && (REFERS_BACK_AT_START.test(next) || REFERS_BACK.test(next) || namesAgain(next, prose, elsewhere) || sharesAUnit(next, prose) || echoesATerm(next, prose));
  // Only a whole sentence goes: not one the splitter may have cut at an initial ("William G. Crook") or inside
  // brackets ("(kids even like it!) it packs …"), and not a lead-in whose list would be left to make the claim.
  const claimText = prose.trimEnd();
  const wholeSentence = (): boolean =>
    /[.!?…]["”’')\]*_]*$/.test(claimText) &&
    !/(?:^|\s)\p{Lu}\.$/u.test(claimText) &&
    !/^\p{Ll}/u.test(rest) &&
    !/^[;:,]/.test(rest) &&
    !/^\p{Ll}/u.test(claimText.trimStart()) &&
    !/\([^()]*$/.test(claimText) &&
    !/(?:^|\s)\p{Lu}\.$/u.test(block.text.slice(0, sentence.start).trimEnd());
  // "… these foods:" or "Here are 8 more reasons why …": the sentence announces what follows, which would be left
  // without its introduction.
  const leadIn = (): boolean =>
    /:["”’')\]*_]*$/.test(claimText) || /^\W*(?:here (?:are|is)|here['’]s|below (?:are|is)|the following)\b|\b(?:listed|shown|described|given|set out) below\b|\bas follows\b/i.test(claimText);
  // "The second reason Keto makes you healthy: …": an item of a count the text announced ("two main reasons") leaves
  // the count wrong when it goes.
  const enumerated = (): boolean => ENUMERATED_ITEM.test(claimText.trimStart());
  // The sentence in source offsets, and its words before the flagged ones (what most guards below read).
  const sentenceRange = sourceRange(block, sentence.start, sentence.end);
  const beforeFlagged = source.slice(sentenceRange.start, flagged.start);
  // "Glycoside compounds have been found in noni juice which prevents cancer growth": the claim is a relative clause
  // of a sentence that says more, and removing the sentence removes that too (judged unfaithful on a real page).
  const inRelativeClause = (): boolean => RELATIVE_WORD.test(beforeFlagged) && RELATIVE_BEFORE.test(beforeFlagged);
  // "… many different tasks, including: disintegrating kidney stones, …, and provoking healing": the claim is one item
  // of a list the sentence gives, and the rest of the list would go with it.
  const inList = (): boolean => LIST_OPENED_BEFORE.test(beforeFlagged);
  // "… with little or no side effects, although redness may occur, but you can go back to your routine": a sentence
  // that also concedes or warns says more than its claim, and the warning would go with it.
  // "Early studies suggest that sea moss may boost …": a hedged report of research is the writer weighing it, and what
  // it reports would go with it.
  const reportsResearch = (): boolean =>
    /\b(?:studies|research|trials?|evidence)\s+(?:\w+\s+)?(?:suggest|suggests|indicate|indicates|hint|hints)\b/i.test(claimText) && lexiconMatches(['hedges'], claimText).length > 0;
  const alsoConcedes = (): boolean =>
    reportsResearch() || /\bnot only\b/i.test(claimText) || CONCESSION.test(claimText) || (/,\s*but\b/i.test(claimText) && lexiconMatches(['hedges'], claimText).length > 0);
  // "… came out of laser medicine when researchers realized that “cold” light heals": the claim is the complement of
  // a longer statement, which would go with it.
  const inComplement = (): boolean => COMPLEMENT_WORD.test(beforeFlagged) && COMPLEMENT_BEFORE.test(beforeFlagged);
  // "For men, it can help with sperm count, it can help clear toxins, boost the immune system, reduce inflammation, and
  // improve sleep": the claim is one of a series the sentence lists; "…, which became the foundation of Usui Reiki": the
  // sentence goes on to say more. Either way the rest would go with it.
  const sentenceEnd = sentenceRange.end;
  const inSeries = (): boolean => (claimText.match(/,\s/g) ?? []).length >= 3 && flagged.end - flagged.start < claimText.length / 2;
  // "Castor oil is a wonder oil that comes from the seeds of …": a relative clause right after the claim tells more of
  // what it names.
  const saysMore = (): boolean =>
    /,\s*(?:which|who|where)\b/i.test(source.slice(flagged.end, sentenceEnd)) || /^\s+(?:that|which|who)\s+(?!(?:is|are)\b)/i.test(source.slice(flagged.end, sentenceEnd));
  // "However, because Halotherapy has a detoxifying effect by releasing toxins …, people who are taking certain
  // medications might want to wait": the claim is the reason for advice the main clause gives, which would go with it.
  const inReason = (): boolean => /\b(?:because|since|as)\b[^.;:!?,]*$/i.test(beforeFlagged) && /,\s+\S/.test(source.slice(flagged.end, sentenceEnd));
  // "What results can patients expect? Many patients … have seen some amazing results": the claim answers the question
  // before it, which would be left unanswered.
  const answersQuestion = (): boolean => /\?["”’')\]*_]*\s*$/.test(block.text.slice(0, sentence.start));
  // "… applied by a cup in order to create a vacuum to draw the toxins to the skin, then …": the claim is the purpose of
  // a step the sentence describes, and the description would go with it.
  const inPurpose = (): boolean => /\b(?:in order to|so as to|so that)\b[^.;:!?]*$/i.test(beforeFlagged);
  // "Mouthpieces are also called Mandibular Advancing Devices and can be as effective as surgery": the claim is the
  // second predicate of a subject the sentence says more about.
  const secondPredicate = (): boolean =>
    SECOND_PREDICATE_WORD.test(source.slice(sentenceRange.start, flagged.end)) &&
    /(?:[\p{L}\p{N}'’-]+\s+){5,}and\s+(?:can|could|will|may|is|are|has|have)\b[^.;:!?]*$/iu.test(source.slice(sentenceRange.start, flagged.end));
  // "Well, here is the real deal: if your gut is leaky, …": the claim is the lead-in before a colon, and only it goes.
  const removable = options.removal && adjectives.length === 0 && !adjunct && !praise && !emphaticOnly && !block.context.heading && !block.table;
  const toSource = (i: number): number => block.offsets[sentence.start + i]!;
  const lead = removable ? leadInClause(source, prose, toSource, flagged) : undefined;
  // "It is relatively painless, and the health benefits are incredible.": the claim is the last clause, and only it goes.
  const clause = removable && !lead ? finalClause(source, prose, toSource, flagged) : undefined;
  if (lead) fixes.push({ title: 'Remove this claim', edits: lead, kind: 'remove' });
  else if (clause) fixes.push({ title: 'Remove this claim', edits: [{ range: clause, newText: '' }], kind: 'remove' });
  else if (
    // Cheap tests first: this runs for every overclaim finding on every keystroke.
    removable &&
    (wholeSentence() || sentenceCount <= 1) &&
    !leadIn() &&
    !enumerated() &&
    !answersQuestion() &&
    !inSeries() &&
    !saysMore() &&
    !inReason() &&
    !inPurpose() &&
    !inList() &&
    !alsoConcedes() &&
    !inRelativeClause() &&
    !inComplement() &&
    !secondPredicate() &&
    !referredTo()
  ) {
    // The claim's own citation marker after its full stop ("… syndrome. 1") goes with it.
    const claim = withTrailingMarkers(source, sentenceRange);
    const othersInBlock = source.slice(block.range.start, claim.start) + source.slice(claim.end, block.range.end);
    const wholeBlock = !(sentenceCount > 1 && othersInBlock.trim() !== '');
    // The only paragraph under a heading cannot go: the heading would be left over nothing, still making its claim.
    if (!wholeBlock || !onlyBlockOfSection(source, block.range)) {
      const removal = wholeBlock ? blockRemoval(source, block.range) : sentenceRemoval(source, claim);
      fixes.push({ title: 'Remove this claim', edits: [removal, ...renumberedAfter(source, removal)], kind: 'remove' });
    }
  }
  // The gentlest rewrite that changes the flagged words is preferred (what "fix all" applies); removing a claim is
  // always the writer's choice.
  const preferred = fixes.findIndex((fix) => fix.kind !== 'remove' && fix.edits.some((e) => e.range.start < flagged.end && flagged.start < e.range.end));
  if (preferred !== -1) fixes[preferred] = { ...fixes[preferred]!, isPreferred: true };
  return fixes;
}

// An appeal to tradition inside the flagged words: "have been used for centuries as instruments for healing".
const TRADITION = /\s+for (?:many )?(?:centuries|millennia|generations|thousands of years|hundreds of years)\b/i;

/** Removing the appeal to tradition ("for centuries") from the flagged words; what the thing was used for stays. */
function traditionRemoval(source: string, flagged: TextRange): Fix | undefined {
  const match = TRADITION.exec(source.slice(flagged.start, flagged.end));
  if (!match) return undefined;
  const start = flagged.start + match.index;
  return { title: `Remove \`${match[0].trim()}\``, edits: [{ range: { start, end: start + match[0].length }, newText: '' }], kind: 'rewrite' };
}

// A list entry's name, then a dash or colon, then what is said of it: "Normatec - The industry leader".
const NAMED_ENTRY = /^([^\s].{0,40}?)[ \t]+[-–—:][ \t]+/u;

/** Removing what a list entry says of the thing it names, when the flagged words are in that part; the name stays. */
function namedEntryPraise(source: string, block: ProseBlock, flagged: TextRange): Fix | undefined {
  const entry = source.slice(block.range.start, block.range.end);
  const named = NAMED_ENTRY.exec(entry);
  if (!named || named[1]!.split(/\s+/).length > 5 || /[.!?]/.test(named[1]!) || block.range.start + named[0].length > flagged.start) return undefined;
  // Everything after the name, up to the end of the entry (trailing spaces stay where they are).
  const end = block.range.start + entry.trimEnd().length;
  return { title: 'Remove this claim', edits: [{ range: { start: block.range.start + named[1]!.length, end }, newText: '' }], kind: 'remove' };
}

// After a closing phrase: nothing but a citation marker, then the end of the sentence, item or paragraph.
const CLOSES_SENTENCE = /^(?:[ \t]*\[?\d+(?:[ \t]*[,–-][ \t]*\d+)*\]?)?[ \t]*(?:[.!?;](?:\s|$)|\s*$)/;

/**
 * Removing a phrase that the rule flagged and that closes its sentence, when at least three words stay before it: a
 * prepositional phrase ("for optimal results", "for maximum benefit") or a purpose clause with its "to" ("in order to
 * achieve the best possible results").
 */
function closingPhraseRemoval(source: string, block: ProseBlock, sentence: TextRange, flagged: TextRange): Fix | undefined {
  // "… as often as possible in order to achieve the best possible results": the purpose clause goes with its "to".
  const purpose = /^(?:achieve|achieving|get|see|ensure|maximi[sz]e|obtain)\b/i.test(source.slice(flagged.start, flagged.end))
    ? /\s(?:in order |so as )?to\s+$/i.exec(source.slice(Math.max(0, flagged.start - 16), flagged.start))
    : null;
  const from = purpose ? flagged.start - purpose[0].length + 1 : flagged.start;
  const words = source.slice(from, flagged.end);
  if (!(purpose || /^(?:for|with)\s/i.test(words)) || !CLOSES_SENTENCE.test(source.slice(flagged.end, block.range.end))) return undefined;
  const start = sourceRange(block, sentence.start, sentence.end).start;
  if ((source.slice(start, from).match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return undefined;
  return { title: `Remove \`${words}\``, edits: [removalEdit(source, { start: from, end: flagged.end })], kind: 'rewrite' };
}

// Cheap tests for the words the slow patterns below need, so those run only where they can match.
const COMPLEMENT_WORD = /\b(?:when|after|because|since)\b[^.;:!?]*\bthat\b/i;
const RELATIVE_WORD = /\b(?:which|who|that)\b/i;
const SECOND_PREDICATE_WORD = /\band\s+(?:can|could|will|may|is|are|has|have)\b/i;
const COMPLEMENT_BEFORE = /[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}'’()-]+){5,}\s+(?:when|after|because|since)\s+[^.;:!?]*\bthat\s+(?:[\p{L}'’“”"-]+\s+){0,4}$/iu;
const CONCESSION = /,\s*(?:although|though|even though|however|except)\b/i;
// A colon, "including" or "such as" opening a list before the flagged words, with at least one item before them.
const LIST_OPENED_BEFORE = /(?::|\b(?:including|such as))\s+[^.;!?]*,\s+(?:[^.;!?,]*\s)?$/i;

/**
 * The draft without a "Remove this claim" that would delete the only paragraph under a section heading, judged on the
 * whole document: a chunk (markdown/chunks.ts) may begin right after the heading, out of the ladder's sight.
 */
export function withoutOrphaningRemoval<T extends { fixes: readonly Fix[] }>(draft: T, document: string): T {
  if (!draft.fixes.some((fix) => fix.kind === 'remove')) return draft;
  const fixes = draft.fixes.filter((fix) => {
    const removal = fix.kind === 'remove' ? fix.edits[0] : undefined;
    if (!removal || removal.newText !== '' || (removal.range.start > 0 && document[removal.range.start - 1] !== '\n')) return true;
    return !onlyBlockOfSection(document, { start: removal.range.start, end: removal.range.end });
  });
  return fixes.length === draft.fixes.length ? draft : { ...draft, fixes };
}

/** Whether a block sits alone under a section heading: one before it, and another heading or the end after it. */
function onlyBlockOfSection(source: string, range: TextRange): boolean {
  // Only the lines next to the block are read: this runs on whole documents, once per removal offered.
  let end = range.start;
  while (end > 0 && /\s/.test(source[end - 1]!)) end--;
  const previousLine = source.slice(source.lastIndexOf('\n', end - 1) + 1, end);
  let start = range.end;
  while (start < source.length && /\s/.test(source[start]!)) start++;
  // Under a document's title (level 1) the paragraph is an introduction, and the title stands without it.
  return /^[ \t]{0,3}#{2,6}[ \t]/.test(previousLine) && (start === source.length || /^#{1,6}[ \t]/.test(source.slice(start, start + 8)));
}

// A main clause of three words or more, then "which", "who" or "that" up to twelve words before the flagged words.
const RELATIVE_BEFORE = /[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}'’-]+){2,}[\s,]+(?:which|who|that)\s+(?:[\p{L}'’-]+\s+){0,12}$/iu;

const DOWNGRADES: Record<string, string> = { cure: 'manage', heal: 'manage', fix: 'ease', reverse: 'manage' };

/** "to heal" / a heading's opening "Reverse": the cure verb as a goal, with the verb a treatment can honestly promise. */
function downgradedGoal(source: string, flagged: TextRange): Fix[] {
  const verb = /^[\p{L}]+/u.exec(source.slice(flagged.start, flagged.end))?.[0];
  const replacement = verb ? DOWNGRADES[verb.toLowerCase()] : undefined;
  if (!verb || !replacement) return [];
  const before = source.slice(Math.max(0, flagged.start - 40), flagged.start);
  // An infinitive ("ways to heal"), or the imperative that opens a heading, list item or line ("# Reverse Cavities").
  // Or a second such imperative joined to the first ("# Reverse Cavities And Heal Tooth Decay").
  const secondGoal = /(?:^|\n)[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?(\p{L}+)[ \t]+(?:[\p{L}'’-]+[ \t]+){1,3}(?:and|&)[ \t]+$/iu.exec(before);
  const joined = secondGoal !== null && DOWNGRADES[secondGoal[1]!.toLowerCase()] !== undefined;
  if (!/\bto\s+$/i.test(before) && !/(?:^|\n)[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d+[.)][ \t]+)?$/.test(before) && !joined) return [];
  // "what your body needs to heal and regenerate" is the body's own repair, not a treatment's promise.
  if (
    /^[ \t]+(?:and|or|itself|themselves|on its own|faster|quickly|become|becomes|became|is|are|was|were|can|will|may|might|has|have|had)\b/i.test(
      source.slice(flagged.start + verb.length, flagged.start + verb.length + 30),
    )
  )
    return [];
  // "to heal ligaments", "to heal the disc(s)": tissue heals; only a condition can be managed.
  if (TISSUE_OBJECT.test(source.slice(flagged.start + verb.length, flagged.start + verb.length + 40))) return [];
  const text = matchCase(verb, replacement);
  return [{ title: `Replace \`${verb}\` with \`${text}\``, edits: [{ range: { start: flagged.start, end: flagged.start + verb.length }, newText: text }], kind: 'rewrite' }];
}

const TISSUE_OBJECT =
  /^[ \t]+(?:(?:the|your|their|its|damaged|injured|torn|weak|weakened)[ \t]+)*(?:ligaments?|tendons?|discs?|disc\(s\)|tissues?|bones?|wounds?|cartilage|muscles?|joints?|skin|cells?|nerves?|fractures?|injur(?:y|ies)|gut lining|body|itself|yourself|themselves)\b/i;

const NOUN_DOWNGRADES: Record<string, string> = { cure: 'treatment', cures: 'treatments', curable: 'treatable' };

/** "natural cures for", "these PCOS cures", "curable and preventable": the promise of a cure as what treatment offers. */
function downgradedNoun(source: string, flagged: TextRange): Fix[] {
  const word = source.slice(flagged.start, flagged.end);
  const replacement = NOUN_DOWNGRADES[word.toLowerCase()];
  if (!replacement) return [];
  // "cures" is a noun after a plural determiner or an adjective ("this cures headaches" is a verb), "cure" after any
  // determiner, both before "for"; "curable" is always an adjective.
  const lower = word.toLowerCase();
  const before = source.slice(Math.max(0, flagged.start - 30), flagged.start);
  const determiner = lower === 'cure' ? 'a|an|the|this|that|its|such' : 'these|those|such';
  const noun =
    lower === 'curable' ||
    new RegExp(String.raw`\b(?:${determiner}|natural|home|herbal|simple|effective|quick|easy|possible|your|our|their)\s+$`, 'i').test(before) ||
    // "these PCOS cures": an acronym names the condition.
    /\b\p{Lu}{2,}\s+$/u.test(before) ||
    /^\s+for\b/i.test(source.slice(flagged.end, flagged.end + 5));
  if (!noun) return [];
  const text = matchCase(word, replacement);
  return [{ title: `Replace \`${word}\` with \`${text}\``, edits: [{ range: flagged, newText: text }], kind: 'rewrite' }];
}

/**
 * "gaining attention as a root cause of many chronic issues", "## The Actual Cause Of Ear Infections": a cause singled
 * out as the real one comes down to a possible one.
 */
function possibleCause(source: string, flagged: TextRange): Fix[] {
  const match = /\b(?:the|a|an)\s+(?:root|real|actual|true|hidden|underlying)\s+cause\b/i.exec(source.slice(flagged.start, flagged.end));
  if (!match) return [];
  const range = { start: flagged.start + match.index, end: flagged.start + match.index + match[0].length };
  // Only where the cause is named as such, in a title or after "as"; in a sentence that builds on it ("My treatment works
  // because I address the root cause", "The actual cause of all dysfunction is …") a possible cause undercuts the rest
  // (judged unfaithful on real pages).
  if (!inTitle(source, range) && !/\bas\s+$/i.test(source.slice(Math.max(0, range.start - 10), range.start))) return [];
  const text = hedgeInCase(match[0], 'a possible cause', inTitle(source, range));
  return [{ title: `Replace \`${match[0]}\` with \`${text}\``, edits: [{ range, newText: text }], kind: 'rewrite' }];
}

// "keeps you healthy": flagged words that open with a verb in the third person ("-s", not "-ss").
const FINITE_THIRD_PERSON = /^\p{L}+[^s\W]s\b/u;

/** The low-certainty wording of the flagged words' own verb (see `hedgeFlaggedVerb`), in source offsets. */
function flaggedVerbHedge(source: string, block: ProseBlock, sentence: TextRange, flagged: TextRange): Fix[] {
  // The flagged words in sentence offsets: the prose characters that map into the flagged source range.
  let start = -1;
  let end = -1;
  for (let i = sentence.start; i < sentence.end; i++) {
    const at = block.offsets[i]!;
    if (at >= flagged.start && at < flagged.end) {
      if (start === -1) start = i - sentence.start;
      end = i - sentence.start + 1;
    }
  }
  if (start === -1) return [];
  const prose = block.text.slice(sentence.start, sentence.end);
  const title = inTitle(block.text, { start: sentence.start + start, end: sentence.start + end });
  const hedge = hedgeFlaggedVerb(prose, { start, end }, title);
  // Flagged words that open with their own verb ("keeps you healthy and helps …") are not softened by a hedge of a
  // later one.
  if (!hedge || (hedge.range.start >= end && FINITE_THIRD_PERSON.test(prose.slice(start, end)))) return [];
  const range = sourceRange(block, sentence.start + hedge.range.start, sentence.start + hedge.range.end);
  const original = source.slice(range.start, range.end);
  // Markup through the verb would be cut.
  if (squash(original) !== squash(prose.slice(hedge.range.start, hedge.range.end))) return [];
  const text = hedgeInCase(original, hedge.text, title);
  return [{ title: `Rewrite for low certainty: “${text}”`, edits: [{ range, newText: text }], kind: 'hedge' }];
}

/**
 * The source range of ", and …" / ", but …" when the flagged words sit in that last coordinated clause of the sentence
 * (nothing but the clause between them and the full stop), so that removing it leaves the first clause whole.
 */
const INTRODUCTORY =
  /^\W*(?:in a sense|in fact|in short|in general|in addition|in other words|of course|as a result|for example|for instance|however|moreover|besides|overall|above all|on top of that|at the same time|finally|plus|indeed|basically|essentially|ultimately|traditionally|historically),\s/i;

function finalClause(source: string, prose: string, toSource: (proseIndex: number) => number, flagged: TextRange): TextRange | undefined {
  const stop = /[.!?…]["”’')\]*_]*\s*$/.exec(prose);
  if (!stop) return undefined;
  let joint: RegExpExecArray | undefined;
  for (const match of prose.matchAll(/,\s+(?:and|but)\s+/gi)) if (toSource(match.index) < flagged.start) joint = match as RegExpExecArray;
  // A comma before the joint makes it the end of a list ("remove toxins, fight off diseases, and heal"), not a clause.
  // An introductory phrase's comma ("In a sense, drinking clay helps …, and this is done in an all-natural way") opens
  // the sentence, not a list.
  const opening = INTRODUCTORY.exec(prose)?.[0].length ?? 0;
  if (!joint || joint.index < 12 || /[,;:]/.test(prose.slice(opening, joint.index))) return undefined;
  // "… can not only treat depression, but it can help …": the first half waits for the second.
  if (/\bnot only\b/i.test(prose.slice(0, joint.index))) return undefined;
  // The clause must run from the joint to the full stop: no later comma, and the flagged words inside it.
  const tail = prose.slice(joint.index + joint[0].length, stop.index);
  if (/[,;:(]/.test(tail) || toSource(stop.index) < flagged.end) return undefined;
  const range = { start: toSource(joint.index), end: toSource(stop.index) };
  // Markup through the clause ("**and … incredible**") would be cut in half.
  return squash(source.slice(range.start, range.end)) === squash(prose.slice(joint.index, stop.index)) ? range : undefined;
}

// "scientifically proven benefits": the adverb goes with its adjective ("12+ benefits", not "12+ scientifically benefits").
const MANNER_BEFORE = /\b(?:scientifically|clinically|medically|naturally|truly|dramatically|remarkably|highly)\s+$/i;
const ABSOLUTE_IN_ITSELF = /^[ \t]+(?:risk-free|risk free|eradicat\w*|eliminat\w*|cur(?:e|es|ed)\b|wiped out|gone\b|harmless|free (?:of|from)\b)/i;
// Emphatics that sell a claim as the hidden truth; dropping one leaves the claim the writer's to weigh.
const EMPHATIC = /^(?:really|actually|truly|in fact|indeed)$/i;
// A word right after these is a verb: "help clear", "to clear", "can clear".
const VERB_SLOT_BEFORE = /\b(?:help|helps|helped|helping|to|can|will|may|might|could|does|do|did)\s+$/i;
// An intensifier goes with its adjective ("a particularly powerful seed" → "a seed"); "toxic build-up" is the toxin
// claim itself, not a smear.
const INTENSIFIER_BEFORE = /(?:\b(?:very|particularly|incredibly|extremely|truly|really|so|most|super|quite|absolutely|near|nearly|almost|seemingly)\s+)+$/i;
const NOT_A_SMEAR = /^\s+(?:build-?up|load|overload|waste|substances?|chemicals?|metals?|residues?)\b/i;

const QUALIFIED_BY_ING =
  /^[ \t]+(?:propert(?:y|ies)|benefits?|effects?|powers?|techniques?|modalit(?:y|ies)|therap(?:y|ies)|treatments?|tools?|events?|energy|foods?|herbs?|remed(?:y|ies)|journey|qualities|nutrients|compounds|touch|oils?|crystals?|stones?|sessions?|practices?|arts?|methods?|systems?|agents?|elements?)\b/i;

function hypeAdjectiveRemovals(source: string, flagged: TextRange): Fix[] {
  const fixes: Fix[] = [];
  for (const match of source.slice(flagged.start, flagged.end).matchAll(lexiconPattern('hype-adjectives'))) {
    let start = flagged.start + match.index;
    const end = start + match[0].length;
    const after = source.slice(end, end + 40);
    // "makes it truly a healing food": in a predicate the adjective is the whole claim, and "a food" would say nothing.
    // So in "Black seed is a powerful seed": what is left names only what the thing already is.
    if (
      /\b(?:is|are|was|were|makes?|making|made)\s+(?:it\s+|them\s+)?(?:truly\s+|really\s+|simply\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+)?$/iu.test(source.slice(Math.max(0, start - 40), start)) &&
      (/(?:heal|cleans|detoxify|purify|nourish|sooth|energi[sz]|rejuvenat|restor)ing$/i.test(match[0]) ||
        /^[ \t]+(?:food|foods|seed|seeds|plant|plants|herb|herbs|drink|drinks|thing|things|product|products|ingredient|substance)\b/i.test(after))
    )
      continue;
    // Only before a noun it modifies: "The results were amazing: …" would lose its predicate.
    if (!/^[ \t]+[\p{L}]/u.test(after) || /^[ \t]+(?:and|or|but|for|to|in|of|that|as)\b/i.test(after) || NOT_A_SMEAR.test(after)) continue;
    // An -ing word is as often a noun ("facilitate healing throughout the body", "the direction of healing which …"):
    // it goes only before a noun it plainly qualifies.
    // After another adjective ("powerful healing properties") it names what kind, and goes only with that adjective.
    if (
      /ing$/i.test(match[0]) &&
      (!QUALIFIED_BY_ING.test(after) || !/(?:^|\b(?:the|a|an|its|their|his|her|your|our|this|these|those|of|with|for|its)\s+|^\W*)$/i.test(source.slice(Math.max(0, start - 30), start)))
    )
      continue;
    const intensifier = INTENSIFIER_BEFORE.exec(source.slice(Math.max(0, start - 60), start)) ?? MANNER_BEFORE.exec(source.slice(Math.max(0, start - 30), start));
    if (intensifier) start -= intensifier[0].length;
    const article = /\b(an?)[ \t]+$/i.exec(source.slice(Math.max(0, start - 4), start));
    const nextWord = /^[ \t]+([\p{L}]+)/u.exec(after)![1]!;
    if (article) {
      // "an amazing remedy" → "a remedy": the article agrees with the word that now follows it.
      const wanted = /^[aeiou]/i.test(nextWord) ? 'an' : 'a';
      const articleStart = start - article[0].length;
      const text = article[1]![0] === 'A' ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted;
      const spaceEnd = end + /^[ \t]+/.exec(after)![0].length;
      fixes.push({ title: `Remove \`${source.slice(start, end)}\``, edits: [{ range: { start: articleStart, end: spaceEnd }, newText: `${text} ` }], kind: 'rewrite' });
    } else fixes.push({ title: `Remove \`${source.slice(start, end)}\``, edits: [removalEdit(source, { start, end })], kind: 'rewrite' });
  }
  return fixes;
}

// "It provides …", "And it's not because …", "The evidence suggests it …", "I discovered this when …", and a fragment that
// lists what the sentence before announced ("From boosting fertility, treating fibroids, … and more.").
const REFERS_BACK_AT_START =
  /^[*_“"(]*(?:(?:and|but|yet|so|or)\s+)?(?:(?:it|its|it['’]s|they|their|them|this|these|that|those|such|then|thus|therefore|hence|which|others|another|from\s+[\w-]+ing|consequently|moreover|furthermore|additionally|besides|also|indeed|in fact|in addition|apart from|as a result|for this reason|neither|both|here|that['’]s)\b|(?:[\w'’,-]+\s+){1,3}(?:it|they|them|this)\b(?!\s+(?:is|was|are|were)\b))/i;
// "The second reason …", "Secondly, …": one item of a count the text announced.
const ENUMERATED_ITEM =
  /^[*_“"(]*(?:(?:the|a|my|our|one)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|next|final|last|other|another|\d+(?:st|nd|rd|th))\s+(?:(?:main|big|key|major|important)\s+)?(?:reason|reasons|way|ways|benefit|benefits|step|steps|thing|things|factor|factors|cause|causes|sign|signs|tip|tips)\b|^[*_“"(]*(?:firstly|secondly|thirdly|second|third|finally|lastly)\s*,/i;

// "… we can reverse the disease as well.", "… helps sleep, too.": the next sentence adds to what the removed one said.
const REFERS_BACK =
  /\b(?:as well|too)\s*[.!?]|\b(?:further|more|less|earlier|older|better|worse) than (?:that|this)\b|^(?:and\s+)?one of the (?:most|best|main)\b|\b(?:these|those) [\w-]+|\bthe (?:second|third|fourth|fifth|next|latter|former|above|aforementioned)\b|\b(?:this|such|the same) (?:[\w-]+ ){0,2}?(?:condition|conditions|study|studies|trial|trials|claim|claims|process|product|products|supplements?|propert(?:y|ies)|results?|effects?|benefits?|deficiency|method|approach|treatment|therapy|idea|practice|tension|problem|change|changes|cures?|tricks?|protocols?|technique|regimen)\b|\bfollow (?:our|these|this|the|my) (?:advice|advices|tips|steps|plan|instructions|guide)\b/i;

// "The distinct colored salts …" after a sentence about "pink salts": a definite noun phrase that names again what the
// removed sentence introduced: in the same paragraph, or in the next when nothing else in the removed sentence's
// paragraph names it (a new paragraph's "The symptoms of iron depletion" after a paragraph that went on about iron
// starts afresh).
const DEFINITE_OPENING = /^[*_“"(]*(?:(?:when|once|if|as|with|for|in|of|because|since|after|until)\s+)?the\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)/i;
// "Negative ions have soothing properties": a plural noun phrase opening the sentence before its verb.
const BARE_NOUN_OPENING = /^[*_“"(]*((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+s)\s+(?:have|are|were|can|could|will|help|also|may|do|contain|include)\b/u;
const NOT_A_HEAD = new Set(['most', 'more', 'best', 'same', 'first', 'other', 'only', 'main', 'body', 'human', 'good', 'great', 'many']);

function namesAgain(next: string, removed: string, elsewhere: string): boolean {
  const opening = DEFINITE_OPENING.exec(next) ?? BARE_NOUN_OPENING.exec(next);
  if (!opening) return false;
  const stems = (text: string): Set<string> =>
    new Set(
      text
        .toLowerCase()
        .match(/[a-z]{4,}/g)
        ?.map((word) => word.slice(0, 5)),
    );
  const introduced = stems(removed);
  const named = stems(elsewhere);
  return (opening[1]!.toLowerCase().match(/[a-z]{4,}/g) ?? []).some((word) => !NOT_A_HEAD.has(word) && introduced.has(word.slice(0, 5)) && !named.has(word.slice(0, 5)));
}

/**
 * "Healthy individuals have a cell voltage of 70-100 millivolts." before "People with chronic diseases exhibit 30-50
 * millivolts": the next sentence measures in the removed sentence's unit, and compares with it.
 */
function sharesAUnit(next: string, removed: string): boolean {
  const units = new Set([...removed.matchAll(/\d(?:[\d.,]*\d)?(?:\s*[–-]\s*\d(?:[\d.,]*\d)?)?\s*([\p{L}%/]+)/gu)].map((match) => match[1]!.toLowerCase()));
  return [...next.matchAll(/\d(?:[\d.,]*\d)?\s*([\p{L}%/]+)/gu)].some((match) => units.has(match[1]!.toLowerCase()));
}

/**
 * "… due to these little chemicals called catecholamines." before "Yay catecholamines!": a short sentence that
 * echoes a term of the removed one (six letters or more) would be left cheering for nothing.
 */
function echoesATerm(next: string, removed: string): boolean {
  const words = next.match(/\p{L}+/gu) ?? [];
  if (words.length > 6) return false;
  const terms = new Set((removed.match(/\p{L}{6,}/gu) ?? []).map((word) => word.toLowerCase()));
  return words.some((word) => word.length >= 6 && terms.has(word.toLowerCase()));
}

// A lead-in that frames what follows as a revelation: "here is the real deal", "the truth is", "what nobody tells you".
const REVELATION =
  /\b(?:here(?:['’]s| is| are)|(?:the|here['’]s the) (?:truth|facts?|reality|bottom line|secret|real deal|catch|kicker|good news)\b|what (?:nobody|no one|most people|doctors|your doctor)\b)/i;

/**
 * The edits that remove a claim made in a sentence's lead-in before a colon ("Well, here is the real deal: if your gut
 * is leaky, …", "And here's what nobody wants to tell you: it's not your fault.") and capitalise what follows, when the
 * flagged words are all in the short lead-in and a clause of its own follows.
 */
function leadInClause(source: string, prose: string, toSource: (proseIndex: number) => number, flagged: TextRange): TextEdit[] | undefined {
  const colon = /:\s+/.exec(prose);
  if (!colon) return undefined;
  const lead = prose.slice(0, colon.index);
  const rest = prose.slice(colon.index + colon[0].length);
  // Only a lead-in that frames what follows as a revelation ("here is the real deal", "the truth is"): other colons
  // introduce a list, a definition or a title's subtitle, which lose their point without it.
  if (!REVELATION.test(lead)) return undefined;
  if (lead.trim().split(/\s+/).length > 12 || rest.trim().split(/\s+/).length < 3 || !/^[\p{L}“"]/u.test(rest) || !/[.!?]["”’')\]*_]*\s*$/.test(rest)) return undefined;
  const start = toSource(prose.length - prose.trimStart().length);
  const end = toSource(colon.index + colon[0].length);
  if (flagged.start < start || flagged.end > toSource(colon.index)) return undefined;
  // Markup through the lead-in would be cut.
  if (squash(source.slice(start, end)) !== squash(prose.slice(prose.length - prose.trimStart().length, colon.index + colon[0].length))) return undefined;
  const first = source.charAt(end);
  return [{ range: { start, end: end + 1 }, newText: first.toUpperCase() }];
}

function firstSentence(text: string): string {
  const stop = text.search(/[.!?](?:\s|$)/);
  return stop === -1 ? text : text.slice(0, stop + 1);
}

// Citation markers that can follow a sentence's full stop: "[1]", "[^2]", "[@key]", "(ref)", or bare numbers ending the
// line ("… syndrome. 1", "… 2,4").
const TRAILING_MARKERS = /^(?:[ \t]*(?:\[\^?[^\]\s]{1,40}\]|\[@[^\]\n]{1,200}\]|\(ref\)|\d{1,3}(?:[,–-]\d{1,3})*(?=[ \t]*(?:\r?\n|$))))+/;

function withTrailingMarkers(source: string, range: TextRange): TextRange {
  const markers = TRAILING_MARKERS.exec(source.slice(range.end, range.end + 400));
  return markers ? { start: range.start, end: range.end + markers[0].length } : range;
}

// An ordered list keeps counting after one of its items goes: "1. a / 2. b / 3. c" without "2. b" reads
// "1. a / 2. c". The items after the removed one are renumbered while they follow on from it.
function renumberedAfter(source: string, removal: TextEdit): TextEdit[] {
  const removed = /^([ \t]*)(\d{1,9})([.)])[ \t]/.exec(source.slice(removal.range.start, removal.range.end));
  if (!removed) return [];
  const [, indent, number, delimiter] = removed;
  const item = new RegExp(`^${indent}(\\d{1,9})\\${delimiter}[ \\t]`);
  const edits: TextEdit[] = [];
  let expected = Number(number) + 1;
  let at = removal.range.end;
  while (at < source.length) {
    const lineEnd = source.indexOf('\n', at);
    const line = source.slice(at, lineEnd === -1 ? source.length : lineEnd);
    const next = item.exec(line);
    if (next) {
      if (Number(next[1]) !== expected) break;
      edits.push({ range: { start: at + indent!.length, end: at + indent!.length + next[1]!.length }, newText: String(expected - 1) });
      expected++;
    } else if (line.trim() !== '' && !line.startsWith(`${indent}  `) && !line.startsWith(`${indent}\t`)) break;
    if (lineEnd === -1) break;
    at = lineEnd + 1;
  }
  return edits;
}

// One of several sentences: it goes with the space after it, or, last in its paragraph, with the space before it.
function sentenceRemoval(source: string, range: TextRange): TextEdit {
  let end = range.end;
  while (end < source.length && (source[end] === ' ' || source[end] === '\t')) end++;
  if (end < source.length && source[end] !== '\n' && source[end] !== '\r') return { range: { start: range.start, end }, newText: '' };
  let start = range.start;
  while (start > 0 && (source[start - 1] === ' ' || source[start - 1] === '\t')) start--;
  return { range: { start, end: range.end }, newText: '' };
}

// The only sentence of a paragraph or list item: its whole lines go (marker and line end included), and one blank line
// with them when the text is set off by blank lines, so no gap doubles.
function blockRemoval(source: string, range: TextRange): TextEdit {
  const start = source.lastIndexOf('\n', range.start - 1) + 1;
  let end = source.indexOf('\n', range.end);
  end = end === -1 ? source.length : end + 1;
  const blankAfter = /^[ \t]*\r?\n/.exec(source.slice(end));
  const blankBefore = start === 0 || /\n[ \t]*\r?\n$/.test(source.slice(0, start));
  if (blankAfter && blankBefore) end += blankAfter[0].length;
  return { range: { start, end }, newText: '' };
}
