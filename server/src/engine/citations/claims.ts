/**
 * Which sentences make a checkable claim, and which words trigger it (domain
 * reference §9.2): statistics, research attributions, efficacy and causal claims
 * about health outcomes, safety claims, comparisons, and epidemiology. Not claims
 * (§9.2 exemptions): questions, instructions to the reader, definitions, the
 * article's own plan, opinion marked as such, headings.
 */
import type { TextRange } from '../types';

/** What kind of claim a trigger makes, for the message. */
export type ClaimKind = 'statistic' | 'research' | 'efficacy' | 'safety' | 'comparison' | 'epidemiology';

/** A claim trigger inside a sentence (offsets into the sentence text). */
export interface ClaimTrigger {
  kind: ClaimKind;
  range: TextRange;
}

const TRIGGERS: Array<[ClaimKind, RegExp]> = [
  ['statistic', /(?<![\w.])\d+(?:[.,]\d+)?\s?(?:%|percent\b|per ?cent\b)/gi],
  ['statistic', /\b\d+ (?:in|out of) (?:every )?\d+(?:[,.]\d+)?\b/gi],
  ['statistic', /\b(?:twice|three times|four times|half|\d+(?:\.\d+)? times|\d+-fold) (?:as (?:likely|many|much|common|effective)|more|less|higher|lower|the risk)\b/gi],
  ['statistic', /\b(?:relative risk|odds ratio|hazard ratio|risk ratio|RR|OR|HR|NNT|NNH)\s*(?:=|of|was|was about)?\s*\d/g],
  ['statistic', /\bp\s?[<=>≤]\s?0?\.\d+|\bn\s?=\s?\d+|\b95\s?% (?:CI|confidence interval)/gi],
  ['statistic', /\bper (?:1,?000|10,?000|100,?000)\b/gi],
  ['research', /\b(?:studies|research|trials|evidence|data|science|experts|scientists|researchers|doctors|reviews?|meta-analys[ie]s) (?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|found|find|finds|demonstrate|demonstrates|demonstrated|support|supports|confirm|confirms|confirmed|agree|agrees|recommend|recommends|say|says|prove|proves|proved)\b/gi],
  ['research', /\b(?:a|one|the|an|this|recent|new|large|small)(?: \d{4})?(?: [\w-]+){0,3} (?:study|trial|review|meta-analysis|analysis|survey|experiment) (?:found|finds|showed|shows|demonstrated|demonstrates|reported|reports|concluded|suggests|suggested|revealed)\b/gi],
  ['research', /\b(?:according to (?:research|studies|experts|scientists|the evidence)|it is (?:well )?(?:known|established) that|(?:is|are) (?:widely )?(?:recommended|considered (?:the )?(?:first-line|gold standard))|first-line (?:treatment|therapy|option)|guidelines (?:recommend|say|suggest))\b/gi],
  ['comparison', /\b(?:more|less) effective than\b|\bsuperior to\b|\binferior to\b|\bas effective as\b|\bbetter than\b(?! (?:ever|before|nothing|expected|usual|yesterday))|\boutperforms?\b/gi],
  ['safety', /\b(?:is|are) (?:generally |very |completely |perfectly )?(?:safe|well[- ]tolerated|harmless|dangerous|harmful)\b|\b(?:no|few|rare|serious|common) (?:side effects|adverse (?:events|effects)|harms?)\b|\bincreases? (?:the )?risk of\b/gi],
  // A verb, not the noun ("the underlying cause", "no cure"), followed within a few words by a health outcome.
  ['efficacy', /(?<!\b(?:the|a|an|underlying|main|root|no|any|definitive|only|real|known|true|its|their|common) )\b(?:may |can |could |might |will |does |did |probably |likely )?(?:reduce[sd]?|improve[sd]?|relieve[sd]?|prevent(?:s|ed)?|treat(?:s|ed)?|cure[sd]?|heal(?:s|ed)?|alleviate[sd]?|ease[sd]?|lower(?:s|ed)?|raise[sd]?|boost(?:s|ed)?|speed(?:s|ed)? up|shorten(?:s|ed)?|restore[sd]?|eliminate[sd]?|resolve[sd]?|decrease[sd]?|increase[sd]?|cause[sd]?|lead(?:s)? to|led to|result(?:s|ed)? in|contribute[sd]? to|protect(?:s|ed)? against)\b(?= (?:[\w'’-]+ ){0,4}(?:pain|function|symptoms?|risk|recovery|injur(?:y|ies)|inflammation|soreness|recurrence|mortality|death|disease|swelling|stiffness|tension|strength|flexibility|mobility|outcomes?|healing|blood pressure|cholesterol|weight|sleep|anxiety|depression|fatigue|cramp(?:s|ing)?|tightness|compression|irritation|[a-z]+itis|syndrome|ITBS|arthritis|cancer|diabetes|dementia))/gi],
  ['efficacy', /\b(?:is|are|was|were|proved|proven) (?:an? )?(?:highly |very |more |most |particularly )?(?:effective|beneficial|helpful|successful)\b(?! (?:way|tool) to (?:store|remember))/gi],
  ['epidemiology', /\b(?:most|the majority of|many|few|half of|a third of|one in \w+) (?:people|patients|runners|cyclists|athletes|adults|children|women|men|cases|ITBS patients|sufferers)\b/gi],
  ['epidemiology', /\b\d+\s?[-–]\s?\d+ (?:days|weeks|months|years)\b/gi],
  ['epidemiology', /\bone of the most common\b|\b(?:affects|occurs in|is (?:more )?common (?:in|among))\b/gi],
];

const QUESTION = /\?["”’')\]]*\s*$/;
// Instructions to the reader start with an imperative (domain reference §9.2, §5.4).
const IMPERATIVE = /^(?:please |then |first,? |next,? )?(?:do not|don't|never|always|avoid|stop|start|try|use|take|make|keep|see|ask|talk|call|check|consider|follow|remember|stretch|rest|ice|apply|read|seek|book|schedule|speak|let|get|give|add|place|hold|repeat|lie|stand|sit|bend|roll|push|pull|warm up|cool down)\b/i;
const PLAN = /\b(?:this (?:guide|article|post|page|section)|in this (?:article|guide|post)|here,? we(?:'ll| will)|here(?:'s|’s| is) (?:your|our|a|the) (?:\w+ )?plan|we(?:'ll| will) (?:show|outline|explain|cover|look|get into|discuss)|below,? (?:we|you)|read on)\b/i;
// Advice framed as a condition ("If pain persists, see a doctor").
const CONDITIONAL = /^(?:if|when|unless|whenever)\b/i;
const OPINION = /\b(?:i think|i believe|in my (?:opinion|view|experience)|in our (?:opinion|view|experience)|we believe|we think|personally)\b/i;
const DEFINITION = /^[^,]{2,60}? (?:is|are) (?:a|an|the) (?:\w+ ){0,4}(?:term|word|name|condition|type|kind|form|strip|band|muscle|tendon|bone|structure|tissue|procedure|technique|treatment|therapy|group|class)\b|\b(?:refers to|is defined as|also (?:called|known as)|stands for|means)\b/i;

/** The claim triggers of a sentence; empty when it makes no checkable claim or is exempt. */
export function claimTriggers(sentence: string): ClaimTrigger[] {
  const text = sentence.trim();
  if (text.length < 12 || QUESTION.test(text) || CONDITIONAL.test(text) || IMPERATIVE.test(text.replace(/^[^\p{L}]+/u, '')) || PLAN.test(text) || OPINION.test(text)) return [];
  const triggers: ClaimTrigger[] = [];
  for (const [kind, pattern] of TRIGGERS) {
    for (const match of sentence.matchAll(pattern)) {
      const range = { start: match.index, end: match.index + match[0].length };
      if (triggers.some((t) => t.range.start < range.end && range.start < t.range.end)) continue;
      triggers.push({ kind, range });
    }
  }
  if (triggers.length > 0 && DEFINITION.test(text) && triggers.every((t) => t.kind === 'epidemiology' || t.kind === 'efficacy')) return [];
  return triggers.sort((a, b) => a.range.start - b.range.start);
}
