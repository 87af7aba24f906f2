/**
 * Which sentences make a checkable claim, and which words trigger it (domain
 * reference §9.2): statistics, research attributions, efficacy, causal and harm
 * claims about health, safety claims, comparisons and superlatives, and
 * epidemiology. Not claims (§9.2 exemptions): questions, instructions to the
 * reader (unless they give a reason: "… to prevent injury"), conditional advice
 * ("If pain persists, see a doctor"), definitions, the article's own plan,
 * opinion marked as such, and fragments without a verb (headings).
 *
 * Tuned on bench/data/needs-citation.jsonl; see bench/needs-citation-eval.ts.
 */
import { lexiconForms } from '../lexicon/index';
import { LruMemo } from '../memo';
import type { TextRange } from '../types';

/** What kind of claim a trigger makes, for the message. `unsourced` comes from the worthiness model (citations/worthiness.ts), not a trigger. */
export type ClaimKind = 'statistic' | 'research' | 'efficacy' | 'safety' | 'comparison' | 'epidemiology' | 'mechanism' | 'unsourced';

/** A claim trigger inside a sentence (offsets into the sentence text). */
export interface ClaimTrigger {
  kind: ClaimKind;
  range: TextRange;
  /** A mechanism promotional copy states in plain verbs, found only where no trigger fired (`promotionalMechanism`). */
  plain?: true;
}

// What a sentence can report on: a particular study, review, statement or body of work.
const REPORTING_SOURCE = String.raw`(?:stud(?:y|ies)|trials?|reviews?|overviews?|meta-analys[ie]s|analys[ie]s|cohorts?|consensus|workgroup|working group|statements?|paper|report|survey|experiment|investigation|dataset|literature)`;
// What a study or a body did or found (past or present).
const REPORTING_VERB = String.raw`(?:found|finds|reported|reports|concluded|concludes|showed|shows|demonstrated|demonstrates|tested|tests|studied|measured|observed|compared|rated|rates|describes|described|states|stated|emphasi[sz]es|emphasi[sz]ed|proposed|proposes|recommends|recommended|noted|notes|identified|documented|suggests|suggested|indicates|indicated|reached|disclosed|received|argues|argued|defines|defined|included|includes|enrolled|followed|examined|assessed|evaluated|randomi[sz]ed|had|has|lasted|weakens|weakened|strengthens|supports|supported|provides|provided|failed|confirmed|confirms|replicated|questioned|challenged|contrasts|contrasted|highlights|highlighted|favou?rs|favou?red|cautions|cautioned|warns|warned|acknowledges|acknowledged)`;
const NUM = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)`;
const PEOPLE = String.raw`(?:people|patients|participants|runners|cyclists|athletes|players|adults|children|teenagers|adolescents|women|men|users|cases|smokers|recruits|sufferers|volunteers|subjects|mothers|babies|infants|older adults|elderly people)`;
// Health outcomes and body systems an effect can be claimed on.
const OUTCOME = String.raw`(?:pain|aches?|function|symptoms?|risk|chances?|recovery|injur(?:y|ies)|inflammation|swelling|bruising|soreness|stiffness|tension|tightness|cramp(?:s|ing)?|recurrence|relapse|mortality|death|disease|illness|infections?|colds?|flu|nausea|sickness|diarrh(?:o)?ea|bloating|fatigue|energy|sleep|mood|anxiety|depression|stress|memory|focus|performance|strength|flexibility|mobility|movement|balance|healing|outcomes?|blood pressure|cholesterol|triglycerides?|glucose|blood sugar|weight|fat|metabolism|immun(?:e system|ity)|cartilage|joints?|bones?|muscles?|tendons?|ligaments?|skin|wrinkles|liver|kidneys?|heart|brain|gut|stomach|body clock|hormones?|levels|gains|fractures?|shin splints|kidney stones|tinnitus|migraines?|headaches?|sore throats?|[a-z]+itis|[a-z]+opathy|syndrome|ITBS|arthritis|cancer|diabetes|dementia|asthma|eczema|acne|osteoporosis|incontinence|eyesight|vision|complexion|the (?:baby|lining|problem|condition))`;
const EFFECT_VERB = String.raw`(?:reduce[sd]?|reducing|improve[sd]?|improving|relieve[sd]?|prevent(?:s|ed|ing)?|treat(?:s|ed)?|cure[sd]?|heal(?:s|ed)?|alleviate[sd]?|ease[sd]?|lower(?:s|ed)?|raise[sd]?|boost(?:s|ed)?|speed(?:s|ed)? up|shorten(?:s|ed)?|restore[sd]?|eliminate[sd]?|resolve[sd]?|decrease[sd]?|increase[sd]?|cause[sd]?|lead(?:s)? to|led to|result(?:s|ed)? in|contribute[sd]? to|protect(?:s|ed)? against|stop(?:s|ped)?|fight(?:s)?|weaken(?:s|ed)?|strengthen(?:s|ed)?|disrupt(?:s|ed)?|blunt(?:s|ed)?|slow(?:s|ed)?|harm(?:s|ed)?|damage[sd]?|trigger(?:s|ed)?(?! points?)|irritate[sd]?|rebuild(?:s)?|repair(?:s|ed)?|reset(?:s)?|regulate[sd]?|support(?:s|ed)?|affect(?:s|ed)?|worsen(?:s|ed)?|aggravate[sd]?|remove[sd]?|flush(?:es|ed)?|detox(?:es|ifies)?|penetrate[sd]?|help(?:s|ed)?(?: to)?(?: \w+)?|keep(?:s)? (?:\w+ ){0,2}(?:strong|healthy|young))`;
// Nouns that look like effect verbs ("the underlying cause", "no cure", "pain relief support").
const NOT_A_VERB_AFTER = 'the|a|an|underlying|main|root|no|any|definitive|only|real|known|true|its|their|common|leading|most|this|that|for|of|with|without|by|from|and';
const NOT_A_VERB = String.raw`(?<!\b(?:${NOT_A_VERB_AFTER}) )`;

// Each trigger runs only when its cue (its own, else its kind's) occurs in the sentence.
type TriggerKind = Exclude<ClaimKind, 'unsourced'>;
const TRIGGERS: Array<[TriggerKind, RegExp, RegExp?]> = [
  ['statistic', new RegExp(String.raw`(?<![\w.])\d+(?:[.,]\d+)?\s?(?:%|percent\b|per ?cent\b)`, 'gi')],
  ['statistic', new RegExp(String.raw`\b${NUM} (?:in|out of) (?:every )?${NUM}\b`, 'gi')],
  [
    'statistic',
    new RegExp(String.raw`\b(?:twice|${NUM}(?:-| to ${NUM}-)?(?: times|-fold| fold))(?: (?:as|more|less|higher|lower|greater))?(?: (?:likely|common|risk|many|much|effective|often))?\b`, 'gi'),
  ],
  [
    'statistic',
    /\b(?:relative risk|odds ratio|hazard ratio|risk ratio|number needed to (?:treat|harm)|effect size|standardi[sz]ed mean difference|mean difference|confidence interval)\b(?=[^.]*\d|[^.]*\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)/g,
  ],
  ['statistic', /\bp\s?[<=>≤]\s?0?\.\d+|\bn\s?=\s?\d+|\b95\s?% (?:CI|confidence interval)/gi],
  ['statistic', new RegExp(String.raw`\b(?:per|in every) (?:1,?000|10,?000|100,?000|100|thousand)\b|(?<![\d.,])\d+(?:[.,]\d+)? ${PEOPLE}\b`, 'gi')],
  ['statistic', /\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|IU|units?)\b(?= (?:a|per|every|daily|twice|three|four|each)\b)|\b(?:usual|recommended|maximum|typical) (?:adult |daily )?dose\b/gi],
  [
    'research',
    /\b(?:a|an|one|the|this|that|recent|new|large|small)(?: \d{4})?(?: [\w-]+){0,3} (?:study|trial|review|meta-analysis|analysis|survey|experiment|paper|authors) (?:also )?(?:found|finds|showed|shows|demonstrated|demonstrates|reported|reports|concluded|suggests|suggested|revealed|linked|explains|explained|notes|noted|argues|argued|emphasi[sz]ed|emphasi[sz]es|estimated|estimates|observed|measured|included|compared|tested|followed|assessed|examined|evaluated|enrolled|randomi[sz]ed|pointed out|acknowledged)\b/gi,
  ],
  [
    'research',
    /\b(?:studies|study|research|trials?|evidence|data|science|experts?|scientists|researchers|doctors|physiotherapists|clinicians|reviews?|meta-analys[ie]s|analyses|cohorts|guidance|guidelines|cohort (?:study|work|data)|(?:classic|tracer|experimental|clinical|laboratory|animal|mechanistic|observational|earlier|previous|prior) work|clinical trial)\b(?: [\w'’(),/-]+){0,5}? (?:(?:has|have) )?(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|found|find|finds|demonstrate|demonstrates|demonstrated|support|supports|confirm|confirms|confirmed|agree|agrees|recommend|recommends|advise|advises|say|says|prove|proves|proved|proven|linked|links|discovered|points to|produced|regard|reported|noted|concluded|observed|revealed|(?:report|reports|note|notes|conclude|concludes)(?= (?:that|no|an?|the|similar|higher|lower|better|worse|greater|smaller|consistent|mixed|modest|small|large|significant)\b))\b/gi,
  ],
  [
    'research',
    /\b(?:the (?:research|evidence|data|science) (?:on|for|about) [\w\s-]{1,40}? is (?:still )?(?:inconclusive|mixed|limited|weak|strong|clear|growing))|\b(?:clinically|scientifically|medically) (?:proven|tested|shown)\b|\baccording to\b|\bit is (?:well )?(?:known|established) that\b|\b(?:is|are) (?:widely )?(?:recommended|considered (?:the )?(?:first-line|gold standard))|\bfirst-line (?:treatment|therapy|option)\b|\b(?:no|little|limited|some|good|strong|growing) (?:good[- ]quality |high[- ]quality |strong |scientific |clinical )?(?:evidence|proof|research)\b|\bno (?:study|trial|research) has\b|\b(?:has|have) been (?:widely|extensively|thoroughly|heavily|well|much) (?:studied|researched|tested|documented)\b|\bmuch-researched\b/gi,
  ],
  [
    'comparison',
    /\b(?:more|less) effective than\b|\bsuperior to\b|\binferior to\b|\bas effective as\b|\bbetter than\b(?! (?:ever|before|nothing|expected|usual|yesterday))|\boutperforms?\b|\bnothing beats\b|\b(?:denser|stronger|weaker|healthier|fitter|sicker) (?:\w+ ){0,3}than\b|\bmore than any other\b/gi,
  ],
  ['comparison', /\bthe (?:single )?(?:most|least) (?:effective|dangerous|successful)\b/gi],
  ['epidemiology', /\bone of the most common\b/gi],
  [
    'epidemiology',
    /\bthe (?:single )?(?:most|least) (?:common|frequent)\b|\bthe (?:leading|main|commonest|biggest) (?:cause|risk factor)\b|\b(?:becoming|increasingly|more and more) (?:more )?common\b/gi,
  ],
  [
    'safety',
    /\b(?:is|are) (?:generally |very |completely |perfectly |not )?(?:safe|well[- ]tolerated|harmless|dangerous|harmful|toxic|habit[- ]forming|addictive|suitable for)\b|\b(?:no|few|rare|serious|common|small|known) (?:side effects|adverse (?:events|effects)|harms?|risks?)\b(?!-)|\b(?:won't|will not|doesn't|does not|can't|cannot) cause\b|\bcarr(?:y|ies) (?:a |an )?(?:small |low |high |serious )?risk\b|\b(?:increases?|raises?|lowers?|reduces?) (?:the |your )?(?:risk|chance) of\b|\brisk of [\w\s-]{1,30}? is (?:highest|lowest|higher|lower)\b/gi,
  ],
  // "a safe, non-invasive procedure", "a convenient and safe treatment": safety sold as a treatment's quality.
  [
    'safety',
    /\b(?:an?|the|this) (?:(?:[\w-]+,? )?(?:and )?)?safe(?:,? (?:and )?[\w-]+)?,? (?:procedure|treatment|therapy|option|alternative|method|remedy|solution|way to (?:treat|relieve|reduce|manage|improve|heal|lose|boost))\b/gi,
    /\bsafe\b/i,
  ],
  // "Resistance training still works after menopause": that a treatment works, with no outcome named.
  ['efficacy', /\b(?<!-)(?:(?:still|also|really|actually|clearly) )?(?:works?|worked)\b(?= (?:for|after|in|against|as|better|well|best|when)\b|\s*[.!;,]|$)/gi, /\bwork/i],
  // The lookbehind sits after `\b` so it is tried at word starts only, not at every character.
  // An effect stated as fact. A hedged one ("can plausibly contribute", "may impair") and a gerund ("improving
  // strength") describe a possibility or a topic; on real articles editors rejected those as claims to source.
  ['efficacy', new RegExp(String.raw`\b(?<!-)${NOT_A_VERB}(?:(?:will|does|did|do|rarely|often|usually|not|never) )*${EFFECT_VERB}\b(?<!ing)(?= (?:[\w'’-]+ ){0,5}?${OUTCOME}\b)`, 'gi')],
  [
    'efficacy',
    /\b(?:is|are|was|were|proved|proven) (?:an? )?(?:highly |very |more |most |particularly )?(?:effective|beneficial|helpful|successful)\b(?! (?:way|tool) to (?:store|remember))|\b(?:cured|healed|fixed) my\b|\b(?:vanished|disappeared|went away|cleared up)\b/gi,
  ],
  [
    'epidemiology',
    new RegExp(
      String.raw`\b(?:the majority of|a (?:small )?minority of|(?:nearly |almost |about |around |roughly |over |more than |less than |up to )?(?:half|a third|a quarter|two thirds|three quarters) of)(?: (?:all|the|older|younger|adult|new|young))? (?:\w+ )?${PEOPLE}\b`,
      'gi',
    ),
  ],
  // "Most runners recover with rest", but not "most people just want to know": a vague quantity needs a health predicate.
  [
    'epidemiology',
    new RegExp(
      String.raw`\b(?:most|many|few)(?: (?:older|younger|adult|new|young|female|male))? (?:\w+ )?${PEOPLE}\b(?=(?: [\w'’-]+){0,8}? (?:recover\w*|develop\w*|experienc\w*|get|gets|getting|report\w*|respond\w*|improv\w*|suffer\w*|heal\w*|return\w*|lose|loses|lost|gain\w*|regain\w*|meet|meets|fall short|lack|lacks|need to|see|sees|feel|feels|notice|have (?:mild|severe|no|some|a|an|persistent|chronic|low|high)|are (?:deficient|at risk|affected)|will (?:recover|improve|develop))\b| (?:with|who have|who had|who develop|after|suffering from|diagnosed with) )`,
      'gi',
    ),
    /\b(?:most|many|few)\b/i,
  ],
  // "In most cases of IT band syndrome, …": a share of clinical cases is a claim about the condition.
  ['epidemiology', /\b(?:most|many|the majority of) (?:cases|patients|instances|episodes)\b/gi, /\b(?:most|many|majority)\b/i],
  [
    'statistic',
    new RegExp(
      String.raw`\b${NUM}(?:\s?[-–]\s?| to | and )${NUM} (?:days|weeks|months|years)\b|\b(?:last|lasts|persist|persists|resolve|resolves|takes?|recover|return to sport|heal|heals)\b(?: \w+){0,4} (?:${NUM}|a few|several) (?:days|weeks|months|years)\b`,
      'gi',
    ),
  ],
  ['epidemiology', /\bone of the most common\b|\b(?:affects|occurs in|is (?:more |less )?common (?:in|among))\b|\b(?:tends?|tend) to affect\b/gi],
  // Study designs and named studies: a sentence that reports a trial, review or cohort states what it found.
  [
    'research',
    /\b(?:randomi[sz]ed(?: controlled| clinical| crossover)? trials?|RCTs?\b|(?:network |umbrella )?meta-analys[ie]s|systematic reviews?|pooled analys[ie]s|Cochrane reviews?|(?:prospective |retrospective |population-based |large )?cohort stud(?:y|ies)|case-control stud(?:y|ies)|cross-sectional stud(?:y|ies)|observational (?:stud(?:y|ies)|evidence|data)|clinical trials?|Mendelian randomi[sz]ation|(?:19|20)\d{2} (?:study|trial|review|guideline|meta-analysis|analysis|report|statement|consensus|survey|evidence report|position statement)|(?:[\p{Lu}][\p{L}'’-]+ )(?:and colleagues|et al\.?)|(?:in|from) (?:a|an|one|two|three|several|multiple|the)(?: [\w-]+){0,4} (?:study|trial|review|analysis|cohort|dataset)(?! (?:findings|results|data|summar(?:y|ies)|designs?|protocols?|registr(?:y|ies)|reports?)\b)|[A-Z][A-Z0-9-]{2,} (?:trial|study|cohort|data|results|investigators))/gu,
    /random|RCT|meta-analy|systematic|pooled|Cochrane|cohort|case-control|cross-sectional|observational|clinical trial|Mendelian|colleagues|et al|stud(?:y|ies)|trial|review|analysis|dataset|results|investigators|report|statement|consensus|survey|guideline/i,
  ],
  [
    'research',
    /\b(?:guidelines?|guidance|position statement|consensus statement|task force|USPSTF|NICE|WHO|FDA|EMA|EFSA|ACOG|AHA|ACC|ESC|Endocrine Society|the authors|investigators|researchers)\b[^.;:]{0,60}?\b(?:recommends?|recommended|advises?|advised|suggests?|suggested|concluded|concludes|found|finds|reported|reports|states?|stated|noted|approved|considers?|considered|classif(?:y|ies|ied)|defines?|defined|describes?|described)\b/g,
    /guideline|guidance|statement|task force|USPSTF|NICE|WHO|FDA|EMA|EFSA|ACOG|AHA|ACC|ESC|Society|authors|investigators|researchers/i,
  ],
  // Numbers that measure something: doses and units, effect estimates, thresholds, decimals.
  [
    'statistic',
    /(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|μg|g|kg|ml|mL|dL|L|IU|mmol|nmol|pmol|µmol|μmol|ng|pg|mEq|bpm|kcal|cal|kJ|mmHg|METs?|µIU|mIU|U)(?:\/(?:day|d|dL|L|mL|kg|week|wk|min|h|hour|m2|m²))?(?![\w/])/g,
    /\d/,
  ],
  ['statistic', /\b(?:HR|OR|RR|aHR|aOR|IRR|MD|SMD|WMD|RRR|ARR|NNT|NNH|SRRE|AUC|ICC|CI|r|R²|R2|β|d|g|I²|I2)(?:\s(?:of|was|were|is))?(?:\s?[=:≈~]\s?-?−?~?\d+(?:\.\d+)?|\s-?−?~?\d*\.\d+)/g, /\d/],
  [
    'statistic',
    /(?:(?<![\w.])(?:below|above|under|over|at least|at most|less than|more than|greater than|fewer than|up to|about|around|approximately|roughly|nearly|almost)\s|[<>≥≤~]\s?)\d+(?:[.,]\d+)?\b/gi,
    /\d/,
  ],
  ['statistic', /(?<![\w.,-])\d+\.\d+(?![\w.]*\d*\.\d)(?!\s?(?:%|percent))\b/g, /\d\.\d/],
  // Association and risk: "linked to", "associated with", "a stronger predictor of", "higher risk".
  [
    'research',
    /\b(?:(?:strongly |weakly |inversely |positively |independently |significantly )?(?:associated with|linked (?:to|with)|correlated with|predictive of|a (?:strong(?:er)? |weak(?:er)? |good |better |independent )?predictor of)|predicts|predicted)\b/gi,
    /associated|linked|correlated|predict/i,
  ],
  [
    'epidemiology',
    /\b(?:higher|lower|greater|reduced|increased|elevated|excess|decreased) (?:\w+ ){0,2}(?:risk|rates?|incidence|mortality|odds|likelihood|prevalence)\b|\b(?:typically|usually|commonly|frequently|rarely|often) (?:occurs?|causes?|affects?|presents?|develops?|resolves?|leads?|results?|seen|found|reported)\b/gi,
    /risk|rates?\b|incidence|mortality|odds|likelihood|prevalen|common|rare|typically|usually|commonly|frequently|rarely|often/i,
  ],
  // Named researchers and their work: "Yang and Schank followed 186 residents", "Panjabi’s classic model".
  [
    'research',
    /\b[\p{Lu}][\p{L}'’-]+ (?:and|&) [\p{Lu}][\p{L}'’-]+(?:['’]s (?:\d{4} )?(?:[\p{L}-]+ )?(?:study|experiment|trial|review|paper|model|analysis|work)|(?: later| also| then)? (?:followed|found|reported|showed|observed|tested|measured|studied|concluded|argued|proposed|described|randomi[sz]ed|recruited|enrolled|compared))\b|\b[\p{Lu}][\p{L}-]+['’]s (?:(?:classic|original|landmark|seminal|later|earlier|first|\d{4}) )+(?:[\p{L}-]+ )?(?:study|experiment|trial|review|paper|model|analysis|work|definition|framework)\b|\b(?:19|20)\d{2} [\p{Lu}][\p{L}-]+ (?:study|experiment|trial|review|paper|analysis|report)\b|\b(?:critiques?|critics|reanalys[ie]s|re-analys[ie]s|replications?|follow-up (?:studies|analyses)) (?:\w+ )?(?:argued|found|showed|reported|concluded|suggested|failed)\b|\b(?:studies|trials|analyses) (?:can |could |did |do )?(?:not )?(?:identify|identified|predict|predicted|measure|measured|compare|compared|test|tested)\b/gu,
    / (?:and|&) |['’]s |\d{4} \p{Lu}|critiq|critics|analys[ie]s|replication|follow-up|studies|trials/iu,
  ],
  [
    'statistic',
    /(?<![\w.,])\d+(?:,\d{3})* (?:[\w-]+ ){1,2}(?:people|patients|participants|women|men|adults|children|residents|athletes|runners|volunteers|subjects|students|recruits|infants|cases|individuals|users|soldiers|workers|nurses|twins|pregnancies|births)\b/g,
    /\d/,
  ],
  // The state of the evidence: "the direct evidence is limited", "is not well supported", "does not show".
  [
    'research',
    /\b(?:is|are|was|were|remains?|be)\s+(?:not\s+)?(?:yet\s+)?(?:well\s+|strongly\s+|consistently\s+|clearly\s+|firmly\s+|fully\s+|directly\s+)?(?:supported|established|proven|shown|demonstrated|validated|documented)\b|\b(?:remains?|remained|is still|are still)\s+(?:largely\s+|still\s+)?(?:unclear|unknown|uncertain|unproven|unvalidated|untested|unsettled|to be (?:directly\s+)?(?:shown|measured|established|determined|tested|confirmed))\b|\bdo(?:es)? not (?:support|show|prove|establish|demonstrate)\b|\b(?:direct|current|available|existing|human|clinical|trial|observational|randomi[sz]ed|mechanistic|long-term|stronger|strongest|best|better|limited|weak|mixed|newer|recent|interventional|intervention|high-quality|experimental|consensus|controlled)\s+(?:(?:experimental|treatment|outcome|comparative|exercise|screening|feeding|validation|intervention|large|small|major|[\w-]+-controlled|\d+-(?:year|month|week))\s+)?(?:evidence|data|trials?|studies|literature|guidance)\b/gi,
    /supported|established|proven|shown|demonstrated|validated|documented|do(?:es)? not|evidence|data|trials?|studies|literature|remain|still/i,
  ],
  // Measures that are not what they seem: "are not interchangeable", "is not a reliable marker".
  ['epidemiology', /\b(?:is|are)\s+not\s+(?:the same|equivalent|interchangeable|identical|a (?:reliable|valid|direct|good) (?:measure|marker|test|proxy|indicator|substitute))\b/gi, / not /i],
  // Named study designs and the named researcher's finding: "Mølmen’s meta-regression found", "Strassmann also argued".
  [
    'research',
    /\b(?:meta-regressions?|umbrella reviews?|scoping reviews?|pilot (?:stud(?:y|ies)|trials?)|crossover (?:stud(?:y|ies)|trials?)|case series|case reports?|longitudinal (?:stud(?:y|ies)|data)|animal (?:stud(?:y|ies)|models?)|in (?:mice|rats|vitro|vivo)|cadaver(?:ic)? (?:stud(?:y|ies)|work))\b|(?<![.!?] )\b[\p{Lu}][\p{Ll}ø]+(?:['’]s)? (?:also |later )?(?:argued|found|showed|reported|concluded|proposed|observed|emphasi[sz]ed)\b/gu,
    /meta-regression|umbrella|scoping|pilot|crossover|case (?:series|report)|longitudinal|animal|mice|rats|vitro|vivo|cadaver|argued|found|showed|reported|concluded|proposed|observed|emphasi/i,
  ],
  // A particular study, review or statement and what it did or found, with what it is about between the two: "A
  // 2020 randomized open-label trial in women with PCOS tested …", "A review by Lee and Park describes …", "That
  // trial had no placebo group", "The same review rated the certainty …". A modal before the verb is an agenda
  // ("The next study should randomize …"), not a report.
  [
    'research',
    new RegExp(
      String.raw`\b(?:a|an|one|the|this|that|these|those|its|their|another|several|both|each|all|many|most|some|major)(?: [\w'’"“”/-]+){0,4}? ${REPORTING_SOURCE}\b(?: (?!(?:should|would|could|may|might|will|must|can|need|needs|to|is|are|was|were)\b)[\w'’"“”(),/&-]+){0,8}? (?:also |specifically |later |then |still |again |instead |consistently |repeatedly |explicitly |formally |generally )?${REPORTING_VERB}\b`,
      'gi',
    ),
    /stud(?:y|ies)|trials?|reviews?|analys[ie]s|cohorts?|consensus|workgroup|working group|statements?|paper|report|survey|experiment|investigation|dataset|literature/i,
  ],
  // Research summarised or named without a verb of its own: "Across resistance-training studies, …", "in the
  // research literature", "**Thomson 2019:** …", "Ziomkiewicz studied …".
  [
    'research',
    /\b[Aa]cross (?:[\w-]+ ){0,3}(?:studies|trials|reviews|cohorts|meta-analyses|analyses)\b|\b[Ii]n the (?:[\w-]+ ){0,2}literature\b|^\W*[\p{Lu}][\p{L}'’-]+(?: et al\.?| (?:and|&) [\p{Lu}][\p{L}'’-]+)? (?:19|20)\d{2}[a-z]?\W*:|(?<![.!?] )\b[\p{Lu}][\p{Ll}ø]+ (?:studied|tested|recruited|surveyed|randomi[sz]ed)\b|\b[\p{Lu}][\p{Lu}\d-]{2,}(?: (?:also|later|itself))? (?:found|showed|reported|demonstrated|concluded|enrolled|randomi[sz]ed|tested|compared|observed|followed)\b|\b[\p{Lu}][\p{L}-]+['’]s (?:[\p{L}\d-]+ ){0,3}(?:study|experiment|trial|review|overview|paper|analysis|model|framework|cohort)(?: (?:also|later|itself|explicitly|specifically))? (?:found|showed|reported|demonstrated|concluded|emphasi[sz]es|emphasi[sz]ed|describes|described|argues|argued|proposed|proposes|suggests|suggested|notes|noted|tested|measured)\b/gu,
    /across|literature|\d{4}|studied|tested|recruited|surveyed|randomi|found|showed|reported|demonstrated|concluded|enrolled|compared|observed|followed|['’]s /i,
  ],
  // The people a study enrolled and what they did: "Seven healthy volunteers … consumed saccharin for one week".
  [
    'research',
    /\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]everal|[Dd]ozens of|[Hh]undreds of|[Tt]housands of|\d+) (?:(?:healthy|older|young|obese|overweight|trained|untrained|elderly|adult|female|male|postmenopausal|premenopausal) )*(?:volunteers|participants|subjects)\b(?= (?:who|were|received|consumed|completed|took|underwent|ate|drank|performed|did|had|showed|reported|lost|gained))/g,
    /volunteers|participants|subjects/i,
  ],
  // A study set as the scene of a finding ("In the long-term Cochrane review, fracture reduction remains …", "In a
  // prospective controlled study of healthy men, …"), or labelled as the source of a summary ("STOP-Bang
  // meta-analysis: high sensitivity …"). Not the writer's own article ("In this review, we …").
  [
    'research',
    /\b(?:[Ii]n|[Dd]uring|[Tt]hroughout) (?:the|a|an|one|that) (?:[\w'’-]+ ){0,4}(?:cohort|trial|study|RCT|meta-analysis|review|analysis)(?! of (?:this|that|the same) (?:kind|type|sort|size|design))(?=(?: of [^,.;]{1,60})?,)|^\W*(?:[\w'’()/-]+ ){0,4}(?:meta-analysis|systematic review|review|study|trial|cohort|RCT|analysis)(?=\W*:)/g,
    /cohort|trial|study|RCT|meta-analysis|review|analysis/i,
  ],
  // Named bodies and their documents: "The 2026 ADA Standards of Care continue to define …", "The Global Consensus
  // Position Statement states …", "modern guidelines generally permit …".
  [
    'research',
    /\b(?:[Pp]osition [Ss]tatements?|[Cc]onsensus(?: [Ss]tatements?| [Gg]uidance| [Gg]uidelines)?|[Ss]tandards of [Cc]are|[Pp]ractice [Gg]uidelines?|ADA|ACSM|CDC|NIH|NIDDK|USDA|IOC|ISSN|ASRM|ACOG|AAP|NHS|American (?:[\p{Lu}][\p{L}]+ ){0,3}(?:Society|Association|College|Academy)|guidelines)\b[^.;:!?]{0,60}?\b(?:continues? to|now|generally|still)? ?(?:recommends?|recommended|advises?|advised|states?|stated|defines?|defined|describes?|described|permits?|permitted|allows?|allowed|endorses?|endorsed|calls? for|lists?|listed|sets?|includes?|included|classif(?:y|ies|ied)|concluded|concludes|found|reported|moved|favou?rs?|prefers?|require[sd]?)\b/gu,
    /statement|consensus|standards of care|guideline|ADA|ACSM|CDC|NIH|NIDDK|USDA|IOC|ISSN|ASRM|ACOG|AAP|NHS|American/i,
  ],
  // Calling something evidence-based, or weighing the evidence: "is an evidence-based option", "the most
  // evidence-based", "the certainty of evidence", "the strongest experimental evidence points to". Calling something
  // the least evidence-based says evidence is missing, which appeals to none.
  [
    'research',
    /\b(?:is|are|was|were|became|becomes|remains?) (?:an? |the )?(?:(?:most|only|best|not yet an?|not an?) )?evidence-based\b|\b(?:most|only|best) evidence-based\b|\b(?:certainty|quality|strength|weight) of (?:the )?evidence\b|\b(?:evidence|findings)\b(?: [\w-]+){0,8}? (?:comes?|came|points?|pointed) (?:from|to)\b|\bthere (?:is|are|was|were) (?!(?:no|not|little|hardly|barely|scant)\b)(?:\w+ ){0,3}(?:study|studies|trial|trials|review|reviews|evidence|data)\b|\bevidence (?:\w+ ){0,2}?do(?:es)? not (?:validate|justify|confirm|support|show|prove|establish)\b/gi,
    /evidence|findings|data|results|there/i,
  ],
  // Size and relevance of an effect: "a modest benefit", "clinically meaningful", "biologically plausible".
  [
    'research',
    /\b(?:(?:modest|small|large|moderate|meaningful|substantial|minimal|negligible|trivial|clear|consistent) (?:effects?|benefits?|improvements?|reductions?|increases?|differences?|gains?|losses?|associations?|signals?))\b/gi,
    /effects?|benefits?|improvements?|reductions?|increases?|differences?|gains?|loss|associations?|signals?/i,
  ],
  // Statements about the state of the evidence: "the evidence is mixed", "is not yet proven", "remains thinner".
  [
    'research',
    /\b(?:evidence|data|literature|research|trials?|studies|findings|results)\b (?:(?:is|are|was|were|remains?|looks?|seems?|appears?) )(?:\w+ ){0,2}?(?:limited|mixed|weak|weaker|strong|stronger|strongest|thin|thinner|inconsistent|consistent|conflicting|sparse|lacking|insufficient|robust|clear|clearer|unclear|low|moderate|high|supportive|reassuring|uncertain|inconclusive|preliminary|small|heterogeneous|null|early|observational|indirect|anecdotal)\b|\b(?:is|are|was|were|has(?: \w+ly)? been|have(?: \w+ly)? been)(?: not)?(?: yet)?(?: \w+ly)? (?:proven|established|validated|demonstrated|confirmed|replicated|supported by)\b|\b(?:funded|sponsored) by\b|\b(?:conflicts? of interest|competing interests)\b/gi,
    /evidence|data|literature|research|trials?|studies|findings|results|proven|established|validated|demonstrated|confirmed|replicated|supported|funded|sponsored|conflicts?|competing/i,
  ],
];

// Cheap pre-checks: a trigger pattern runs only when its cue occurs in the sentence.
// Most sentences miss most cues, so the expensive patterns rarely run.
const NUMBER_CUE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|twice|half|third|quarter|dose)\b/i;
// Promotional copy (a document the overclaim rules flag throughout) asserts effects and mechanisms in any shape; each
// is a claim that needs competent evidence (FTC Health Products Compliance Guidance 2022, §2; domain reference §7.1).
// An effect verb needs no named outcome here, and how the product is said to work ("by resolving", "through
// energizing", "the root cause of") is a claim too.
// Not after a determiner and perhaps an adjective ("the right support"), nor opening a list of instructions after a
// colon ("four pillars: remove triggers"); "lower back" is a place, "is treated with" names the usual care.
const PROMOTIONAL_NOT_A_VERB = String.raw`(?!lower (?:back|legs?|limbs?|body|abdomen|half|part|jaw)\b)`;
// As NOT_A_VERB, except that "that" before a third-person verb is a relative pronoun ("a procedure that treats pain").
const PROMOTIONAL_NOT_A_VERB_AFTER = String.raw`(?<!\b(?:${NOT_A_VERB_AFTER.replace('|that|', '|')}) )(?:(?<!\bthat )|(?=[a-z]+s\b))`;
// Checked on the text before a match rather than as lookbehinds, which would run at every word of every sentence.
const PROMOTIONAL_NOUN_BEFORE =
  /(?:\b(?:the|a|an|your|our|their|its|this|that|some|any|no|more|extra|such) (?:(?:right|proper|extra|natural|good|best|nutritional|immune|added|daily|ongoing|medical|emotional|little|much-needed|gentle|healthy) )?|:\s|\b(?:remove|avoid|identify|eliminate|address|manage|spot|find|common|dietary|food|known|restore|maintain|improve|keep|bring|achieve|hormonal|healthy) |\b(?:is|are|was|were|be|been|being) |(?<!\b(?:proven|shown|designed|able|known|said|claimed|use|used|uses|help|helps|helping|helped|intended|meant|aims?|aimed|way|ways)\s)\bto )$/i;
// "use cryotherapy to", "take it to": what a product is used for is what it is sold as doing.
const PURPOSE_OF_USE = /\b(?:use|uses|used|using|take|takes|took|taking|apply|applies|applied|applying|drink|drinks|drinking)\s+(?:[\w'’-]+\s+){1,3}to $/i;
// "a procedure that treats": a relative pronoun after a noun (a third-person verb follows), not the determiner "that".
const RELATIVE_BEFORE = /\b[\w-]+,? (?:that|which) $/i;
// Verbs of wellness marketing ("promotes healing", "detoxifies the liver", "melts fat") besides the effect verbs.
const MARKETING_VERB = String.raw`(?:promote[sd]?|stimulate[sd]?|activate[sd]?|balance[sd]?|detoxif(?:y|ies|ied)|cleanse[sd]?(?= (?:the|your|our|out)\b)|purif(?:y|ies|ied)|nourish(?:es|ed)?|energi[sz]e[sd]?|rejuvenate[sd]?|revitali[sz]e[sd]?|combat(?:s|ted)?|burn(?:s|ed)? (?:fat|calories|belly fat)|melt(?:s|ed)?|soothe[sd]?|regenerate[sd]?|unclog(?:s|ged)?|neutrali[sz]e[sd]?|kill(?:s|ed)? (?:cancer|bacteria|germs|viruses|fungus|parasites|candida)|destroy(?:s|ed)?|flush(?:es|ed)? out|draw(?:s)? out|sweat(?:s)? out|fight(?:s)? off|ward(?:s)? off|speed(?:s)? up (?:your |the )?(?:metabolism|recovery|healing|weight loss|fat loss|fat burning))`;
// "is great for your gut", "are essential for healthy joints": a benefit in an adjective.
const GOOD_FOR = String.raw`(?:is|are)\s+(?:(?:also|especially|particularly|so|very|really|incredibly|extremely|truly),?\s+)*(?:great|good|excellent|perfect|ideal|amazing|wonderful|beneficial|essential|vital)\s+for\s+(?:you\b|(?:many|most|all|various|several|common)\s+[\w-]+|(?:your\s+|the\s+|a\s+|healthy\s+|overall\s+)*(?:health|body|skin|gut|heart|brain|joints?|immune system|immunity|digestion|weight loss|liver|hair|bones|metabolism|circulation|sleep|energy|detox|detoxification|inflammation|pain|anxiety|stress|recovery|mood|focus|blood pressure|cholesterol|blood sugar|acne|wrinkles))`;
// "many therapeutic benefits", "beneficial health effects", "healing properties": benefits asserted in a noun.
// "is also helpful in reducing spasms", "are very effective for joint pain".
// "are also very effective.", "is widely beneficial to human health": the same, ending the clause.
const HELPFUL_IN = String.raw`(?:is|are)\s+(?:(?:also|very|extremely|especially|particularly|highly|incredibly|really|so|truly|widely|remarkably),?\s+)*(?:helpful|effective|useful|beneficial)(?:\s+(?:in|for|at|against)\b|\s+to\s+(?:(?:your|our|the|human|overall|general)\s+)*health\b|(?=\s*[.;!]))`;
// "has also shown great results", "gives amazing results": success asserted without saying what was measured.
const GREAT_RESULTS = String.raw`(?:(?:has|have|had)\s+)?(?:(?:also|consistently|already)\s+)?(?:shown|showed|shows|show|gives?|gave|delivers?|delivered|produces?|produced|yields?|yielded|achieved?|gets?|got)\s+(?:(?:very|really|truly|such|consistently)\s+)?(?:great|good|excellent|amazing|positive|impressive|remarkable|fantastic|incredible|outstanding|promising|wonderful|dramatic|astonishing|superb)\s+results`;
// "Noni's anti-cancer properties", "the curative effect of the fruit", "used for medicinal purposes".
const BENEFIT_NOUN = String.raw`(?:(?:many|numerous|countless|amazing|incredible|profound|powerful|great|huge|real|proven|impressive)\s+)?(?:health|therapeutic|healing|medicinal|curative|cleansing|detoxifying|purifying|alkali[sz]ing|anti-?oxidant|anti-?(?:cancer|tumou?r|inflammatory|aging|ageing|bacterial|viral|microbial|fungal)|(?:cancer|disease)-fighting)\s+(?:benefits|properties|effects?|powers|elements|compounds|nutrients|agents|purposes?|value|attributes|qualities|action|activity|abilities)|beneficial (?:health )?effects`;
// Structure and function claims of supplement copy ("contributes to maintaining healthy blood sugar levels",
// "supports normal immune function") and relief promised as a thing given ("can provide relief").
const STRUCTURE_FUNCTION = String.raw`(?:contribute[sd]?|helps?|support[sd]?|promote[sd]?)\s+(?:to\s+)?(?:maintain(?:ing|s)?|support(?:ing|s)?|promot(?:e|es|ing))?\s*(?:healthy|normal|optimal|balanced)\b|(?:provides?|provided|brings?|offers?|gives?)\s+(?:(?:real|fast|quick|lasting|natural|great|much-needed|instant)\s+)?relief`;
// Benefits sold in a noun phrase rather than an effect verb, one alternative each.
const BENEFIT_PHRASE = [
  // "a natural alternative to", "a non-surgical solution for" (not an option for people)
  String.raw`(?:natural|safe|safer|effective|drug-free|non-surgical|non-invasive|surgery-free|holistic|gentle|proven)\b[\s,]+(?:[\w-]+\s+){0,2}?(?:solution|alternative|remedy|answer)\s+(?:for|to)\b(?!\s+(?:patients|people|those|anyone|everyone|families|clients|you)\b)`,
  // "the answer to bloating" (not the answer to a question)
  String.raw`(?:the|an?|your)\s+(?:(?:natural|real|perfect|ultimate|simple)\s+)?(?:answer|antidote)\s+to\b(?!\s+(?:(?:that|this|the|your|these|those|my|our|a|an|every|any|all)\s+)?(?:\w+\s+)?(?:question|questions|query|queries|quiz|riddle|puzzle|faq|this|that)\b)`,
  // "an alternative to painkillers"
  String.raw`alternative\s+to\s+(?:(?:prescription|conventional|traditional|pharmaceutical|harsh|expensive)\s+)?(?:painkillers|pain\s+medication|medications?|drugs|antibiotics|surgery|pharmaceuticals|antidepressants|steroids|statins|chemotherapy|chemo|insulin|hormone\s+therapy|HRT)\b`,
  // "deliver both immediate pain relief"
  String.raw`(?:delivers?|bring|brings|gives?|provides?|offers?)\s+(?:both\s+)?(?:(?:fast|quick|rapid|lasting|long-term|immediate|instant|real|natural|effective|powerful|significant|noticeable|soothing)\s+)*(?:pain\s+)?relief\b`,
  // "acts as a natural antibiotic"
  String.raw`(?:acts?|works?|functions?|serves?|acting|working)\s+as\s+(?:a|an)\s+(?:(?:natural|powerful|potent|gentle|effective|strong|mild)\s+)*(?:antibiotic|antiviral|antifungal|antibacterial|anti-inflammatory|antioxidant|diuretic|detoxifier|painkiller|pain\s+reliever|antidepressant|sedative|antiseptic|antihistamine|decongestant|laxative|cleanser|blood\s+thinner|immune\s+booster|fat\s+burner)\b`,
  // "is naturally antibacterial"
  String.raw`(?:is|are)\s+(?:(?:naturally|highly|very|also|powerfully|strongly)\s+)*(?:antibacterial|antiviral|antifungal|antimicrobial|antiseptic|anti-inflammatory|antioxidant|anti-aging|anti-ageing|detoxifying|healing)\b`,
  // toxins said to build up in the body
  String.raw`(?:toxins|heavy\s+metals|waste|impurities|chemicals|mucus|plaque)\s+(?:build\s+up|builds\s+up|accumulate|accumulates|collect|lodge|get\s+stored|are\s+stored)\b`,
  // "known for its ability to calm"
  String.raw`(?:known|famous|renowned|prized|celebrated|valued)\s+for\s+(?:its|their)\s+(?:\w+\s+)?(?:ability|power|capacity|properties|effects?)\s+to\b`,
  // "plays a key role in" (not in a town or a story)
  String.raw`(?:plays?|playing)\s+(?:a|an)\s+(?:key|vital|crucial|important|essential|major|central|critical|big|huge)\s+role\s+in\b(?!\s+(?:our|the|your|this|their)\s+(?:community|town|city|village|business|company|team|industry|story|history)\b)`,
  // "antioxidants that fight free radicals"
  String.raw`(?:ingredients|compounds|nutrients|antioxidants|enzymes|minerals|vitamins|herbs|oils|acids|probiotics|polyphenols|flavonoids)\s+(?:that|which)\s+(?:help\s+(?:to\s+)?)?(?:fight|protect|boost|support|reduce|lower|increase|improve|speed|repair|heal|calm|soothe|detoxify|cleanse|neutrali[sz]e|block|kill|destroy|prevent|strengthen|nourish|restore|balance|regulate)`,
  // "a helpful tool for reducing eye strain", "a valuable addition to any recovery plan"
  String.raw`(?:a|an)\s+(?:(?:very|really|truly|extremely|incredibly)\s+)?(?:helpful|useful|effective|valuable|powerful|great|excellent|wonderful|natural)\s+(?:tool|aid|addition|ally|weapon|support)\s+(?:for|to|in|against)\b(?!\s+(?:your|the|our|any|a)\s+(?:kitchen|home|collection|wardrobe|desk|office)\b)`,
  // "respond well to treatment": success told of the patients
  String.raw`(?:respond|responds|responded|responding)\s+(?:(?:very|so|particularly|extremely)\s+)?(?:well|quickly|rapidly|positively|favou?rably|beautifully)\s+to\b`,
  // "can have a profound impact on skin health", "has many benefits for your eyes"
  String.raw`(?:has|have|had|having)\s+(?:(?:a|an|such\s+a|such\s+an)\s+)?(?:(?:profound|powerful|significant|dramatic|positive|tremendous|remarkable|beneficial|many|numerous|several|countless)\s+)+(?:impact|effect|influence|benefits?)\s+(?:on|for)\b`,
  // "One of the most significant advantages is improved sleep quality": a benefit listed as the product's
  String.raw`(?:advantages?|benefits?)\s+(?:of\s+[\w'’-]+\s+)?(?:is|are|include|includes|including)\s+(?:(?:a|an|much|far)\s+)?(?:improved|better|reduced|increased|enhanced|less|lower|more|faster|deeper|greater|relief|reduction|improvement|increase)\b`,
  // "This way injuries and pain can be prevented", "Pectin is known for lowering appetite"
  String.raw`(?:can|will)\s+(?:easily\s+|also\s+)?be\s+(?:prevented|reduced|relieved|avoided|eliminated|cured|healed|reversed|improved|eased|alleviated)\b`,
  String.raw`(?:is|are)\s+(?:well\s+|widely\s+)?known\s+for\s+(?:lowering|reducing|boosting|improving|relieving|easing|fighting|preventing|promoting|supporting|healing|soothing|calming|curing|treating)\b`,
  // "offers a solution to the limited healing response of ligaments", "a way to relieving teething pain"
  String.raw`(?:offers?|offering|provides?|providing)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:solution|answer|fix|remedy)\s+(?:to|for)\b(?!\s+(?:busy\s+|new\s+|many\s+)?(?:patients|people|those|anyone|everyone|families|clients|you|parents|mothers|athletes|runners|women|men|children|kids|teens|seniors|customers)\b)`,
  // "are also great for relieving neck pain"
  String.raw`(?:is|are)\s+(?:(?:also|especially|particularly|really|so|very|truly)\s+)*(?:great|good|excellent|perfect|ideal|wonderful|beneficial|effective)\s+(?:for|at)\s+(?:relieving|reducing|improving|easing|treating|preventing|boosting|healing|soothing|calming|fighting|strengthening|restoring|detoxifying)\b`,
  String.raw`(?:a|an|the)\s+(?:(?:natural|safe|great|simple|easy|effective|gentle|proven)\s+)?way\s+(?:to|of)\s+(?:relieve|relieving|reduce|reducing|ease|easing|soothe|soothing|sooth|treat|treating|prevent|preventing|boost|boosting|heal|healing|fight|fighting|calm|calming|cure|curing)\b`,
  // "From supporting mitochondrial health to protecting the brain": a sweep of benefits
  String.raw`(?<![\w-]\s)\bfrom\s+(?:supporting|boosting|improving|reducing|relieving|protecting|enhancing|promoting|easing|fighting|balancing|strengthening|healing|detoxifying|calming|soothing)\b(?=[^.!?]*\bto\s+\w+ing\b)`,
  // "with its benefits for the immune system, respiratory functions, and many others"
  String.raw`(?:its|their)\s+(?:(?:many|numerous|proven|great|wide-ranging)\s+)?benefits\s+(?:for|to|on)\s+(?:the|your|our)\s+(?:immune system|heart|brain|skin|gut|liver|joints|health|body|sleep|mood|metabolism|hormones|respiratory)`,
  // "gives you firmer skin"
  String.raw`(?:gives?|giving)\s+you\s+(?:(?:a|an|more|much)\s+)?(?:firmer|stronger|healthier|younger|younger-looking|clearer|smoother|glowing|radiant|thicker|shinier|tighter|better|more\s+energy|boundless)\b`,
].join('|');
// The shared lexicon's effect verbs that EFFECT_VERB lacks ("enhances", "stimulates", "inhibits", "kills"), in base and
// third-person form, for promotional copy, where the product is the subject throughout. Verbs whose -s form is usually
// a noun ("benefits", "changes", "controls", "releases") are left out.
const NOUN_LIKE_VERBS = new Set(
  'benefit change control limit end block fix save beat drive double triple lift release speed spark fuel influence clear cut help damage harm cause trigger delay stop slow remove detox reset alter affect extend ensure determine modify shield lower raise ease boost cure heal treat'.split(
    ' ',
  ),
);
const LEXICON_EFFECT_VERB = (() => {
  const forms = new Set<string>();
  for (const [form, lemma] of lexiconForms('effect-verbs')) {
    if (lemma.includes(' ') || NOUN_LIKE_VERBS.has(lemma)) continue;
    if (form === lemma || (form.endsWith('s') && !lemma.endsWith('s'))) forms.add(form);
  }
  return `(?:${[...forms].sort((a, b) => b.length - a.length).join('|')})`;
})();
const BENEFIT_NOUN_ALONE = new RegExp(String.raw`^(?:${BENEFIT_NOUN}|${BENEFIT_PHRASE})$`, 'i');
const PROMOTIONAL_EFFECT = new RegExp(
  // A benefit noun stands outside the verb checks: "its curative effect" is meant as a noun.
  String.raw`\b(?<!-)(?:${BENEFIT_NOUN}|${PROMOTIONAL_NOT_A_VERB_AFTER}${PROMOTIONAL_NOT_A_VERB}(?:(?:can|will|does|did|do|also|really|actually|naturally|quickly|effectively) )*(?:${EFFECT_VERB}|${LEXICON_EFFECT_VERB}|${MARKETING_VERB}|${GOOD_FOR}|${HELPFUL_IN}|${GREAT_RESULTS}|${STRUCTURE_FUNCTION}|(?:has|have) (?:been shown to |shown to )?(?:treated|cured|healed|helped|reduced|improved|reversed|eliminated|restored|relieved)))\b(?<!ing)(?! (?:points?|factors?)\b)`,
  'gi',
);
const PROMOTIONAL_MECHANISM =
  /\b(?:by|through) (?:\w+ ){0,2}?(?:resolv|disrupt|energi[sz]|flush|detox|activat|stimulat|boost|balanc|reset|releas|remov|strengthen|restor|repair|regulat|down-regulat|up-regulat|block|break|cleans|purif|nourish|rebalanc|realign|wak|interact|bind|target|penetrat|inhibit|suppress|trigger|encourag|increas|decreas|reduc|lower|rais|improv|enhanc|promot|neutrali[sz]|counteract|attack|kill|starv|feed|tapp|signal|modulat|protect|support)\w*ing\b|(?<=\w,? )because of (?:the |a |an )?(?:new|increased|improved|better|reduced|lower|higher|more|less|enhanced|greater) \w+|\b(?:is|are|was|were) (?:\w+ ){0,2}?(?:the|a) (?:root |real |underlying |main |true |direct )?(?:cause|result) of\b|\b(?:as a|the) (?:direct )?result of\b|\b(?:leads?|led|leading) to\b|\b(?:is|are) (?:often |mostly |largely |usually |all )?caused by\b|\bstems? from\b|\b(?:absorbed|filtered|discharged|excreted|released) (?:\w+ )?(?:by|through|into|from) (?:the|our|your) (?:skin|body|pores|sweat)\b|\b(?:detoxification|detoxif\w+|detoxing|toxins|toxic (?:build-?up|load|overload|world|environment|chemicals))\b|\ballows? (?:\w+,? ){1,6}to (?:escape|leak|enter|build up|accumulate)\b|\b(?:(?:this|that|which) is (?:exactly |precisely |also )?|that['’]s (?:exactly )?)why\b(?![^.!?]*\bis (?:so |very |really |extremely )?(?:essential|important|vital|crucial)\b)|\bhere['’]s what (?:actually |really )?happens\b|\b(?:at|on) (?:the|a|an) (?:deep )?(?:cellular|molecular|DNA|quantum|subatomic|energetic|vibrational) level\b|\b(?<!side[ -])(?:benefits|effects) (?:of [\w+-]+ )?(?:are|is) (?:\w+ly )?(?:due to|caused by|the result of|thanks to|down to)\b|\b(?:stuck|locked|trapped) in (?:a )?(?:survival|fight-or-flight|fight or flight|sympathetic|freeze|stress) (?:mode|state|response)\b/gi;
// "…, enhancing circulation and accelerating recovery", "…, promoting better sleep": an effect told as the result of
// what the product does, in a participle clause after a comma, with a direct object (not "…, reducing to a paste").
const RESULT_CLAUSE =
  /(?<=[\p{L}\p{N})’'],\s)(?:(?:thereby|thus|while|also|naturally|effectively)\s+)?(?:enhancing|promoting|accelerating|boosting|improving|reducing|relieving|increasing|stimulating|supporting|strengthening|restoring|speeding up|easing|alleviating|addressing|preventing|calming|soothing|detoxifying|balancing|rebalancing|regulating|rejuvenating|revitali[sz]ing|nourishing|healing|repairing)\s+(?!(?:to|of|in|on|at|for|with|by|from|that|which|it|them|this|these|up|down|out)\b|the (?:heat|temperature|speed|amount|dose|volume|time|price|cost)\b)[\p{L}'’-]+(?:\s+(?!and\b|or\b)[\p{Ll}'’-]+){0,2}/giu;

const PROMOTIONAL_TRIGGERS: Array<[TriggerKind, RegExp, RegExp?]> = [
  ...TRIGGERS,
  ['efficacy', PROMOTIONAL_EFFECT, /\w/],
  // "a natural alternative to painkillers", "the answer to bloating", "deliver pain relief", "gives you firmer skin".
  [
    'efficacy',
    new RegExp(BENEFIT_PHRASE, 'gi'),
    // Promotional copy only, where every sentence is a candidate: no cue list to keep in step with the alternatives.
    /\w/,
  ],
  ['efficacy', RESULT_CLAUSE, /ing\b/i],
  // "This is why the cysts return", "Here's what actually happens": a cause told as the explanation ("That is why
  // reading up is so important" only stresses the page).
  [
    'mechanism',
    PROMOTIONAL_MECHANISM,
    /\b(?:by|through|because|cause|caused|result|lead|led|allow|absorbed|filtered|discharged|excreted|released|detox|toxi|stem|why|happens|level|mode|state|response|due|thanks|down)/i,
  ],
];

const CUES: Record<TriggerKind, RegExp> = {
  mechanism:
    /\b(?:regulat|stimulat|inhibit|suppress|activat|modulat|bind|secret|releas|produc|synthesi|convert|absorb|metaboli|mediat|depend|required|essential|necessary|responsible|role|contribut|drive|impair|enhanc|promot|attenuat|signal|account|explain|determin|transport|store|break|derive|marker|measure|predictor|driver|source|cause|factor|indicator|test|benefit|risk|difference|effect|mechanism|component)/i,
  statistic: NUMBER_CUE,

  research:
    /\b(?:stud(?:y|ies|ied)|researched|trials?|research|evidence|reviews?|cohorts?|work|data|science|scientists|researchers|experts?|doctors|guidance|guidelines|according|known|established|recommended|considered|first-line|proven|tested|shown|survey|analys[ie]s|meta-analys[ie]s|physiotherapists|clinicians|experiment|authors|paper)\b/i,
  comparison: /\b(?:than|superior|inferior|effective|beats|outperforms?|most|least|dangerous|successful)\b/i,
  epidemiology: /\b(?:common|commonest|leading|main|biggest|increasingly|becoming|most|majority|many|few|minority|half|third|quarter|thirds|quarters|days|weeks|months|years|affects|occurs|tends?)\b/i,
  safety: /\b(?:safe|tolerated|harmless|dangerous|harmful|toxic|habit|addictive|suitable|side|adverse|harms?|risks?|cause|carr(?:y|ies)|chance)\b/i,
  efficacy:
    /\b(?:reduc|improv|reliev|prevent|treat|cur|heal|allevia|eas|lower|rais|boost|speed|shorten|restor|eliminat|resolv|decreas|increas|caus|lead|led|result|contribut|protect|stop|fight|weaken|strengthen|disrupt|blunt|slow|harm|damag|trigger|irritat|rebuild|repair|reset|regulat|support|affect|worsen|aggravat|remov|flush|detox|penetrat|help|keep|effective|beneficial|helpful|successful|fixed|vanished|disappeared|went away|cleared)/i,
};

// What an efficacy claim is about: a treatment, product or behaviour a reader could choose. An effect verb after
// physiology ("inflammation triggers the acute phase response") states textbook biology, which editors do not source.
const INTERVENTION =
  /\b(?:massage|stretch\w*|foam[- ]roll\w*|needling|needles?|acupuncture|exercis\w*|training|workouts?|supplement\w*|pills?|tablets?|capsules?|drugs?|medication\w*|medicines?|therap\w+|treatments?|diets?|dieting|fasting|vitamin \w+|zinc|magnesium|omega-3|fish oil|probiotic\w*|collagen|caffeine|injections?|surgery|braces?|insoles?|orthotics?|taping|kinesio|icing|ice baths?|cryotherapy|heat packs?|chiropractic|manipulation|yoga|pilates|walking|products?|creams?|gels?|oils?|teas?|juices?|herbal|herbs?|remed(?:y|ies)|turmeric|curcumin|CBD|NSAIDs?|ibuprofen|paracetamol|acetaminophen|aspirin|statins?|antibiotics?|vaccines?|HRT|hormone therapy|semaglutide|tirzepatide|metformin|programs?|programmes?|protocols?|techniques?|interventions?|shockwave|laser|cupping|sauna|app|device|wearable)\b/i;

/** Whether a sentence names a treatment, product or behaviour a reader could choose (not only the body at work). */
export function namesAnIntervention(sentence: string): boolean {
  return INTERVENTION.test(withoutAsides(sentence));
}

// In promotional copy, only a real hedge makes an effect a possibility: "may help", not "can help".
const PROMOTIONAL_HEDGE_BEFORE = /\b(?:may|could|might|probably|possibly|plausibly|potentially|likely|perhaps) (?:\w+ ){0,3}$/i;
// "… causes pain and swelling": what a condition does to the body, unlike "… deficiency causes schizophrenia".
const SYMPTOMS_AFTER = /^\s+(?:\w+\s+){0,2}?(?:pain|aches?|swelling|inflammation|stiffness|discomfort|symptoms|tenderness|soreness|fatigue|itching|redness)\b/i;
const STEPS_AFTER_COLON = /:\s+(?:[a-z]+(?: [^,.;:]{0,40})?,\s+(?:and\s+)?)*$/;
const CONDITION_SUBJECT = /\b(?:\w+itis|syndrome|disease|disorder|injur(?:y|ies)|condition|deficiency|infection|splints|pain|symptoms?)\s+(?:\w+\s+)?$/i;
const NEGATED_BEFORE = /\b(?:not|never|no|doesn['’]t|don['’]t|didn['’]t|won['’]t|cannot|can['’]t)(?: \w+){0,2} $/i;
// A hedge right before an effect verb ("can plausibly contribute", "may impair"): a possibility, not a claim of effect.
const HEDGED_BEFORE = /\b(?:may|can|could|might|probably|possibly|plausibly|potentially|likely|perhaps) (?:\w+ ){0,3}$/i;
// An appositive that defines or converts a number: "(microcytosis, typically below 80 fL)", "(eight glasses, roughly 2 liters)".
const APPOSITIVE = /^\([^()]*,\s*(?:typically|usually|roughly|about|approximately|i\.e\.,?|or about|equivalent to|defined as)\s/i;
// "high RDW (above ~14.5%": a lab term and, in brackets right after it, the cut-off that defines it; COMPARATOR is
// the "above ~" a number's own match may start with.
const CUT_OFF_AFTER_TERM = /\b(?:high|low|elevated|raised|reduced|normal|abnormal|borderline)\s+[\w-]+\s*\((?:above|below|over|under|greater than|less than|at least|[<>≥≤])\s*[~≈]?\s*$/i;
const COMPARATOR = /^(?:above|below|over|under|greater than|less than|at least|[<>≥≤])\s*[~≈]?\s*/i;
// "twice daily", "3 times a week": how often a dose or a session is taken.
const REGIMEN_FREQUENCY = /^ (?:daily|a day|per day|each day|every day|a week|per week|weekly|each week|a month|per month|monthly)\b/i;
// "a 16-hour fast", "a roughly 1-hour window": a number joined to a unit of time names a protocol.
const PROTOCOL_LENGTH = /^-(?:second|minute|min|hour|hr|day|night|week|month|year)s?\b/i;
// "for approximately 30 days": the length of a practice, after "for" and an approximation.
const ACTIVITY_FOR = /\bfor (?:about |around |approximately |roughly |nearly |almost |at least |up to |over |more than |less than )?$/i;
// "There's no real evidence to support this": saying evidence is missing appeals to none; so does a list of what is
// missing ("the absence of fibre, … and long-term safety data").
const ABSENT_FROM_LIST = /\b(?:absence of|lack of|lacking|without)\b[^.;:]*$/i;
const ABSENT_EVIDENCE = /\b(?:no|not|little|lack of|absence of|without|insufficient|faster than the|ahead of the)(?: \w+){0,2} $/i;

// "… doesn't mean …", "… does not imply …": the sentence is about what an association shows, not a finding.
const DOES_NOT_FOLLOW = /\b(?:does|do|did|need)(?:n['’]t| not) (?:necessarily )?(?:mean|imply|prove|show)\b/i;

const QUESTION = /\?["”’')\]]*\s*$/;
// Instructions to the reader start with an imperative (domain reference §9.2, §5.4).
const IMPERATIVE =
  /^(?:please |then |first,? |next,? )?(?:do not|don't|never|always|avoid|stop|start|try|use|take|make|keep|see|ask|talk|call|check|consider|follow|remember|stretch|rest|ice|apply|read|seek|book|schedule|speak|let|get|give|add|place|hold|repeat|lie|stand|sit|bend|roll|push|pull|set|drink|eat|wear|warm up|cool down|find|pick|choose|select|summari[sz]e|prioriti[sz]e|separate|include|note|cite|link|list|describe|explain|write|search|compare|document|record|look|go|open|share|submit|edit|update|prefer|treat|interpret|report|flag|label|state|name|distinguish|specify|quote|be)\b(?! (?:reduces?|improves?|helps?|prevents?|relieves?|eases?|is|are|may|can)\b)/i;
// A reason inside an instruction is a claim: "Stretch after every run to prevent injury".
const PURPOSE =
  /\b(?:to (?:prevent|reduce|avoid|help|keep|stop|improve|lower|protect|speed|ease|relieve|boost|treat|heal|fix|cure|strengthen|support|build|burn|lose|gain|increase|recover)|so (?:that )?(?:you|it)?|because|which)\b/i;
const PLAN =
  /\b(?:this (?:guide|article|post|page|section|summary|leaflet)|in this (?:article|guide|post|leaflet)|here,? we(?:['’]ll| will)|here(?:'s|’s| is) (?:your|our|a|the) (?:\w+ )?plan|we(?:['’]ll| will) (?:show|outline|explain|cover|look|get into|discuss|describe)|below,? (?:we|you)|read on)\b/i;
const OPINION = /\b(?:i think|i believe|in my (?:opinion|view|experience)|in our (?:opinion|view|experience)|we believe|we think|personally)\b/i;
const DEFINITION =
  /^[^,]{2,60}? (?:is|are) (?:a|an|the) (?:\w+ ){0,4}(?:term|word|name|condition|type|kind|form|strip|band|muscle|tendon|bone|structure|tissue|procedure|technique|treatment|therapy|group|class|measure|ratio)\b|\b(?:refers to|is defined as|also (?:called|known as)|stands for|means)\b/i;
// Conditional advice: the main clause after the condition is an instruction.
const CONDITIONAL_ADVICE =
  /^(?:if|when|unless|whenever)\b[^,]*,\s*(?:please |then )?(?:see|call|ask|talk|contact|consult|stop|seek|tell|go|visit|book|speak|try|consider|rest|take|use|check|let|don't|do not)\b/i;

// A keystroke re-checks every sentence of the chunk it touched, though it changed only one: the others' triggers come
// from here. Bounded by bytes (a sentence's text and its few triggers).
const triggerMemo = new LruMemo<readonly ClaimTrigger[]>({ budget: 2 * 1024 * 1024, weigh: (sentence) => sentence.length * 2 + 160 });

/**
 * The claim triggers of a sentence; empty when it makes no checkable claim or is exempt. Shared: do not modify.
 * `promotional`: the sentence is in promotional copy (see `isPromotional`), where every effect or mechanism the copy
 * asserts is a claim that needs evidence, whatever its subject and however it is phrased ("can", "it", "by …ing").
 */
export function claimTriggers(sentence: string, promotional = false): readonly ClaimTrigger[] {
  return promotional ? triggerMemo.get(`\u0000${sentence}`, () => findTriggers(sentence, true)) : triggerMemo.get(sentence, () => findTriggers(sentence, false));
}

const INDIRECT_QUESTION_BEFORE = /\b(?:know|understand|learn|find out|explain|discover|wonder|ask|tell you|show you)\s+(?:exactly\s+)?(?:what|how|why)\s+(?:[\w'’-]+\s+)?$/i;
const CAUSATIVE_BEFORE = /\b(?:have|has|had|having|get|gets|got|getting)\s+(?:the|a|an|your|his|her|their|my)\s+[\w'’-]+\s+$/i;

/** A label or heading that asks or names a topic ("How it works", "Beets for runners: what helps"). */
export const TOPIC_LABEL = /(?:^|[:?–—-]\s)\W*(?:how|why|what|when|where|who|which)\b/i;

function findTriggers(sentence: string, promotional: boolean): ClaimTrigger[] {
  const text = sentence.trim().replace(/^[^\p{L}\p{N}“"]+/u, '');
  if (text.length < 12 || QUESTION.test(text) || CONDITIONAL_ADVICE.test(text) || PLAN.test(text) || OPINION.test(text)) return [];
  // A short line without final punctuation ("Causes and risk factors") is a heading or label, not a claim.
  // Promotional copy states its benefits in such labels ("Boosts Immunity"), so there they are read as claims.
  const label = text.split(/\s+/).length <= 6 && !/[.!]["”’')\]]*$/.test(text);
  if (label && !promotional) return [];
  const triggers: ClaimTrigger[] = [];
  const cued = new Map<ClaimKind, boolean>();
  const whether = questionScope(sentence);
  for (const [kind, pattern, cue] of promotional ? PROMOTIONAL_TRIGGERS : TRIGGERS) {
    if (cue) {
      if (!cue.test(sentence)) continue;
    } else {
      let present = cued.get(kind);
      if (present === undefined) cued.set(kind, (present = CUES[kind].test(sentence)));
      if (!present) continue;
    }
    for (const match of sentence.matchAll(pattern)) {
      if (match[0].trim() === '') continue;
      const range = { start: match.index, end: match.index + match[0].length };
      // Filter before claiming the span, so a later pattern can still claim words a rejected match covered.
      if (!isClaimTrigger(kind, range, sentence, whether, promotional)) continue;
      // "Microcurrent helps to:" introduces the list whose items make the claims; "know what causes snoring" asks.
      if (
        kind !== 'statistic' &&
        kind !== 'research' &&
        ((/^\s*:\W*$/.test(sentence.slice(range.end)) && /^(?:helps?|help to|helps to|can help|can)$/i.test(match[0].trim())) || INDIRECT_QUESTION_BEFORE.test(sentence.slice(0, range.start)))
      )
        continue;
      // "surgery to have the baby removed": a causative "have" with its object, not an effect.
      if (/ed$/i.test(match[0]) && CAUSATIVE_BEFORE.test(sentence.slice(0, range.start))) continue;
      if (triggers.some((t) => t.range.start < range.end && range.start < t.range.end)) continue;
      triggers.push({ kind, range });
    }
  }
  // Promotional copy also tells how its product works in plain verbs ("it stimulates the lymph nodes", "the body
  // regains its ability to heal itself"), which no pattern above lists.
  if (promotional && triggers.length === 0 && !label) {
    const mechanism = promotionalMechanism(sentence);
    if (mechanism) triggers.push(mechanism);
  }
  if (triggers.length === 0) return [];
  // A label that names topics ("Causes and risk factors", "How it works") announces a section rather than a benefit.
  if (label) {
    if (TOPIC_LABEL.test(text)) return [];
    // "Boosts Immunity" claims; "Remove Sugar" instructs and "Improved Circulation" names a benefit to read about.
    const opening = sentence.search(/[\p{L}\p{N}]/u);
    // A benefit named as a noun takes its "of" ("Health Benefits of Amethyst").
    const claims = triggers.filter(
      (t) =>
        BENEFIT_NOUN_ALONE.test(sentence.slice(t.range.start, t.range.end)) ||
        (!/^\s*(?:and|&|or|of|,)/i.test(sentence.slice(t.range.end)) && !(t.range.start === opening && !/^[\p{L}-]+s\b/iu.test(sentence.slice(t.range.start)))),
    );
    if (claims.length === 0) return [];
    triggers.splice(0, triggers.length, ...claims);
  }
  if (IMPERATIVE.test(text)) {
    // Instructions are exempt, except for the reason they give.
    const reason = PURPOSE.exec(sentence);
    return reason ? triggers.filter((t) => t.range.start > reason.index).sort(byStart) : [];
  }
  // In promotional copy a definition sells too: "A simple remedy that has shown great results is a baking soda
  // treatment".
  if (!promotional && DEFINITION.test(text) && triggers.every((t) => t.kind === 'epidemiology' || t.kind === 'efficacy')) return [];
  return triggers.sort(byStart);
}

// A sentence about the page or its readers, not about health: "This series is a deep dive into …", a disclaimer.
const ABOUT_THE_PAGE =
  /^\W*(?:this|the) (?:series|article|guide|post|page|wiki|section|site|chapter|module|course)\b|\b(?:should|must) (?:verify|consult|check|confirm)\b|\b(?:not (?:intended as|a substitute for)|for (?:educational|informational) purposes)\b/i;
// Advice and judgement ("should", "the question is whether"): the writer's recommendation, not a fact to source.
const ADVICE = /\b(?:should|shouldn['’]t|ought to|needs? to be|the (?:\w+ )?question is)\b/i;

/**
 * True when a sentence could carry a factual claim of the writer's own: a statement of at least six words, not a
 * question, an instruction, conditional advice, the article's plan, an opinion, a definition, a note about the page
 * or a recommendation. For the worthiness model, which judges paragraphs and needs a sentence to point at.
 */
export function isOwnStatement(sentence: string): boolean {
  const text = sentence.trim().replace(/^[^\p{L}\p{N}“"]+/u, '');
  if (text.split(/\s+/).length < 6 || !/[.!:;]["”’')\]*_]*$/.test(text)) return false;
  return ![QUESTION, IMPERATIVE, CONDITIONAL_ADVICE, PLAN, OPINION, DEFINITION, ABOUT_THE_PAGE, ADVICE].some((pattern) => pattern.test(text));
}

// How the body or a treatment works, stated as fact: "promotes inflammatory signaling", "competes with copper for
// absorption", "cause transient changes in kidney function", "is a poor reflection of total body status". Too common in
// plain explanation to flag everywhere; used only where the worthiness model judges the paragraph one writers cite.
const MECHANISM_VERB = String.raw`(?:promote[sd]?|inhibit(?:s|ed)?|suppress(?:es|ed)?|stimulate[sd]?|activate[sd]?|modulate[sd]?|impair(?:s|ed)?|enhance[sd]?|drives?|drove|compete[sd]? with|binds? to|depends? on|interfere[sd]? with|block(?:s|ed)?|deplete[sd]?|elevate[sd]?|produce[sd]?|release[sd]?|mediate[sd]?|attenuate[sd]?|amplif(?:y|ies|ied)|accelerate[sd]?|delay(?:s|ed)?|predispose[sd]? to|(?:is|are|was|were) (?:required|responsible|essential|necessary) for|(?:is|are) (?:a |an )?(?:poor|unreliable|reliable|sensitive|specific|early|late|better|worse|good|strong|weak) (?:reflection|marker|measure|indicator|predictor|signal|proxy) of|doubled|halved|tripled|rose|fell|declined|dropped|(?:had|showed|have|has) (?:\w+ )?(?:lower|higher|greater|smaller|larger|faster|slower|better|worse) (?:[\w-]+ ){0,3}than|(?:is|are) tied to|carr(?:y|ies) (?:a |an )?(?:real |serious |small |higher |lower )?(?:health )?risks?|${EFFECT_VERB})`;
// "show lower values", "with higher risk": a comparative adjective, not a verb.
const NOT_AN_ADJECTIVE = String.raw`(?<!\b(?:show|shows|showed|shown|have|has|had|much|even|slightly|significantly|substantially|markedly|somewhat) )`;
const MECHANISM = new RegExp(String.raw`\b(?<!-)${NOT_A_VERB}${NOT_AN_ADJECTIVE}(?:(?:will|does|did|do|not|never|also|further|directly|strongly|actually|still) )*${MECHANISM_VERB}\b(?<!ing)`, 'gi');
// A possibility or a supposition: "may be", "could help", "if this is correct".
const SUPPOSED = /\b(?:may|might|could|would|perhaps|possibly|plausibly|potentially|if|whether|suppose|assuming|arguably)\b/i;

/**
 * The words of a sentence that state a mechanism or an effect as fact, if any (offsets into the sentence). Not in a
 * hedged or conditional sentence, not in a definition or a description of how a test is calculated.
 */
export function mechanismTrigger(sentence: string, skip?: (words: string, before: string, after: string) => boolean): ClaimTrigger | undefined {
  if (SUPPOSED.test(sentence) || DEFINITION.test(sentence) || DESCRIBES_A_MEASURE.test(sentence) || TEXTBOOK.test(sentence)) return undefined;
  for (const match of sentence.matchAll(MECHANISM)) {
    const words = match[0].trim();
    if (!words) continue;
    const start = match.index + match[0].indexOf(words);
    const before = sentence.slice(0, start);
    // "her iron stores are depleted": a participle after a form of "be" describes a state, not what causes it.
    if (/ed$/i.test(words) && STATE_OF.test(before) && !/^ by\b/i.test(sentence.slice(start + words.length))) continue;
    // "fatigue, impaired performance, poor recovery": a participle opening a list entry qualifies a noun.
    if (/ed$/i.test(words) && /[,(–—-]\s*$/.test(before)) continue;
    // "Some conditions elevate one but not the other": an unnamed subject previews the specific claims that follow.
    if (PREVIEW_SUBJECT.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(' - '), before.lastIndexOf(' – '), before.lastIndexOf(' — ')) + 1))) return undefined;
    if (skip?.(words, before, sentence.slice(start + words.length))) continue;
    return { kind: 'mechanism', range: { start, end: start + words.length } };
  }
  return undefined;
}

/**
 * The mechanism or effect a sentence of promotional copy states in plain verbs (`mechanismTrigger`), skipping words
 * that only look like one: verbs that as often tell of prices, journeys or diaries ("depends on your age", "drive",
 * "fell", "delayed"), an infinitive after an adjective of ease ("It is easy to treat a baby") or after a person made
 * to act ("forcing the runner to stop"), a kitchen's slow cooker, and a participle that qualifies a noun at the
 * opening of a sentence or after an adjective ("Restored circulation …", "chronic elevated tension").
 */
function promotionalMechanism(sentence: string): ClaimTrigger | undefined {
  const trigger = mechanismTrigger(sentence, (words, before, after) => {
    if (/\b(?:depends?|drives?|drove|rose|fell|dropped|declined|doubled|halved|tripled|delay(?:s|ed)?)\b/i.test(words)) return true;
    // An indirect question ("know what causes snoring"), a lead-in to a list ("helps to:"), a causative ("have the baby removed").
    if (INDIRECT_QUESTION_BEFORE.test(before) || /^\s*:\W*$/.test(after) || (/ed$/i.test(words) && CAUSATIVE_BEFORE.test(before))) return true;
    if (/\b(?:easy|easier|hard|harder|difficult|simple|possible|impossible|important|safe|best|better) to $/i.test(before)) return true;
    if (/\b(?:forc|mak|caus|lett|get|tell|ask|encourag)\w* (?:[\w'’-]+ ){1,3}to $/i.test(before)) return true;
    if (/^slow$/i.test(words) && /^\s+cook/i.test(after)) return true;
    return /ed$/i.test(words) && /^\s+[\p{L}-]+/u.test(after) && (/^\W*$/.test(before) || /\b(?:chronic|acute|mild|severe|high|low|persistent|constant|overall)\s+$/i.test(before));
  });
  return trigger && { ...trigger, plain: true };
}

// The writer marks the statement as standard teaching: "SLE classically elevates ESR".
const TEXTBOOK = /\b(?:classically|characteristically|by definition|textbook)\b/i;
const STATE_OF = /\b(?:is|are|was|were|be|been|being|become|becomes|became|remains?|remained|gets?|got)\s+(?:\w+ly\s+)?$/i;
const PREVIEW_SUBJECT = /^\W*(?:(?:but|and|yet|so|also|meanwhile)\s+)?(?:some|several|multiple|various|numerous|certain|other)\s+(?:[\p{L}-]+\s+){1,3}$/iu;

/**
 * True for a sentence that says how a test or a term is built, or that marks what it says as standard teaching
 * ("classically"): in its paragraph, a mechanism explains rather than claims.
 */
export function explainsOrTeaches(sentence: string): boolean {
  return DESCRIBES_A_MEASURE.test(sentence) || TEXTBOOK.test(sentence);
}

// How a test or a term is built is a description, not a claim: "It measures how quickly …", "eGFR is calculated from".
const DESCRIBES_A_MEASURE =
  /\b(?:measures? (?:how|the)|(?:is|are) (?:calculated|computed|estimated|expressed|measured|reported|derived) (?:from|as|in|by|relative|automatically)|describes?|(?:is|are) used (?:to|for|as|inconsistently)|I['’]m using|we use the term)\b/i;

// Which trigger a sentence's one finding sits on: the most checkable claim first.
const STRENGTH: Record<ClaimKind, number> = { statistic: 0, research: 1, comparison: 2, safety: 3, efficacy: 4, epidemiology: 5, mechanism: 6, unsourced: 7 };

/** Triggers ordered strongest first (ties by position). */
export function strongestFirst(triggers: ClaimTrigger[]): ClaimTrigger[] {
  return [...triggers].sort((a, b) => STRENGTH[a.kind] - STRENGTH[b.kind] || a.range.start - b.range.start);
}

/** Whether a pattern match is a claim in its sentence, or words that only look like one. */
function isClaimTrigger(kind: ClaimKind, range: TextRange, sentence: string, whether: { start: number; end: number }, promotional: boolean): boolean {
  const before = sentence.slice(Math.max(0, range.start - 40), range.start);
  const from = sentence.slice(range.start);
  switch (kind) {
    case 'efficacy':
      // An effect claim needs a treatment or product before its verb, unhedged; otherwise it describes physiology or
      // a possibility. A testimonial ("cured my …") is a claim whatever its subject.
      if (/^(?:cured|healed|fixed) my\b/i.test(from)) return true;
      // Promotional copy is about its product throughout ("It improves mood"), and its "can" promises (Adams 2017).
      if (promotional) {
        // A benefit named as a noun ("its curative effect") is a noun phrase already: a determiner before it is no sign
        // of a noun read as a verb.
        const benefitNoun = BENEFIT_NOUN_ALONE.test(sentence.slice(range.start, range.end));
        // "Research on the health benefits of tea": the benefits as a topic, not asserted.
        if (benefitNoun && /\b(?:on|about|into|regarding|whether)\s+(?:the|its|their|any)\s+$/i.test(before)) return false;
        // A verb after "to" or "that" still claims when the copy says what the product is used for ("Athletes use
        // cryotherapy to relieve …") or what it does in a relative clause ("a procedure that treats chronic pain").
        const stillAClaim = PURPOSE_OF_USE.test(before) || (RELATIVE_BEFORE.test(before) && /^[a-z]+s\b/i.test(sentence.slice(range.start, range.end)));
        if (PROMOTIONAL_HEDGE_BEFORE.test(before) || NEGATED_BEFORE.test(before) || (!benefitNoun && !stillAClaim && PROMOTIONAL_NOUN_BEFORE.test(before))) return false;
        if (/\b(?:not|never)\b|n['’]t\b/i.test(sentence.slice(range.start, range.end))) return false;
        // "Conditions we treat:", "we also treat sciatica": a clinic naming its services, not a result it promises.
        if (/\bwe\s+(?:also\s+|commonly\s+|often\s+|regularly\s+)?$/i.test(before) && /^treat(?:s)?$/i.test(sentence.slice(range.start, range.end))) return false;
        // "four pillars: remove triggers, repair the gut lining": a list of steps after a colon instructs.
        if (STEPS_AFTER_COLON.test(before)) return false;
        // "Restored circulation allows …": a participle opening the sentence qualifies its subject.
        if (/^\W*$/.test(sentence.slice(0, range.start)) && /ed$/i.test(sentence.slice(range.start, range.end))) return false;
        // "Plantar fasciitis causes pain": what a condition does to the body is the copy's premise, not its claim.
        if (
          CONDITION_SUBJECT.test(
            withoutAsides(sentence.slice(0, range.start))
              .split(/[,;:–—]/)
              .pop() ?? '',
          ) &&
          SYMPTOMS_AFTER.test(sentence.slice(range.end))
        )
          return false;
        break;
      }
      // The subject, not an aside: in "Any stimulus - infection, surgery, exercise - triggers …" nothing is a treatment.
      if (!INTERVENTION.test(withoutAsides(sentence.slice(0, range.start))) || HEDGED_BEFORE.test(before)) return false;
      break;
    case 'comparison':
      // "outperform food in cost, reliability, dose, or feasibility": a comparison of price or convenience, not of health.
      if (NOT_HEALTH_ATTRIBUTE.test(sentence.slice(range.end))) return false;
      break;
    case 'epidemiology':
      // A hedged risk ("may carry higher risk") frames a question rather than stating a rate.
      if (/\b(?:may|might|could|can)(?: \w+){0,2} $/i.test(before)) return false;
      // Reasoning about inference, not a finding: "being associated with health doesn't mean raising it helps".
      if (DOES_NOT_FOLLOW.test(sentence.slice(range.end))) return false;
      break;
    case 'research':
      // A study that is wished for, not reported: "A better trial would measure …", "The next study should …".
      if (/^(?:\s+[\w-]+){0,2}?\s+(?:would|should|could|must|needs? to)\b/i.test(sentence.slice(range.end))) return false;
      // "There's no real evidence to support this": saying evidence is missing appeals to none.
      if (/^(?:evidence|data|research|proof)\b/i.test(from) && ABSENT_EVIDENCE.test(before)) return false;
      // "the complete absence of fiber, phytonutrients, and long-term safety data": a list of what is missing.
      if (/\b(?:evidence|data|trials?|studies|literature)$/i.test(sentence.slice(range.start, range.end)) && ABSENT_FROM_LIST.test(sentence.slice(Math.max(0, range.start - 100), range.start)))
        return false;
      // Reasoning about inference, not a finding: "being associated with health doesn't mean raising it helps".
      if (/^(?:\w+ )?(?:associated|linked|correlated|predict)/i.test(from) && DOES_NOT_FOLLOW.test(sentence.slice(range.end))) return false;
      return true;
    case 'statistic': {
      // A number in an appositive that defines or converts: "(microcytosis, typically below 80 fL)".
      const open = sentence.lastIndexOf('(', range.start);
      if (open !== -1 && !sentence.slice(open, range.start).includes(')') && sentence.indexOf(')', range.end) !== -1 && APPOSITIVE.test(sentence.slice(open, range.end))) return false;
      // The cut-off that names a high or low value: "A high RDW (above ~14.5%) means …".
      if (open !== -1 && CUT_OFF_AFTER_TERM.test(sentence.slice(Math.max(0, open - 40), range.start + (COMPARATOR.exec(sentence.slice(range.start))?.[0].length ?? 0)))) return false;
      // A schedule or a protocol's length describes a regimen, not a finding: "1-3 times daily", "a roughly 1-hour
      // window", "for approximately 30 days". How long something lasts or takes is matched by its own pattern.
      const after = sentence.slice(range.end);
      if (REGIMEN_FREQUENCY.test(after) && /(?:times|twice)$/i.test(sentence.slice(range.start, range.end))) return false;
      if (/^\d/.test(sentence.slice(range.end - 1)) && (PROTOCOL_LENGTH.test(after) || (ACTIVITY_FOR.test(before) && /^ (?:days|weeks|months|hours|minutes)\b/i.test(after)))) return false;
      break;
    }
    default:
      break;
  }
  // An indirect question ("New research questions whether any amount is safe") asks; it does not claim.
  return !(range.start > whether.start && range.start < whether.end);
}

/**
 * Where "whether" or "if" makes what follows a question or a supposition: to the end of the sentence ("It is unclear
 * if it helps"), except for a condition that opens the sentence, which ends at its comma (or where a subject and a
 * modal begin the main clause); the main clause after it states an effect under that condition, which is a claim
 * ("If there is a subluxation, it will cause interference").
 */
function questionScope(sentence: string): { start: number; end: number } {
  const found = /\b(?:whether|if)\b/i.exec(sentence);
  if (!found) return { start: Infinity, end: Infinity };
  const opening =
    /^\W*(?:(?:and|but|so|even|only)\s+|(?:in conclusion|in summary|in short|overall|finally|however|therefore|ultimately|basically|simply put),\s+)?if\b[^,;:–—]*[,;:–—]/i.exec(sentence) ??
    // No comma: a subject and a modal open the main clause ("If we change our diet we can reverse it").
    /^\W*(?:(?:and|but|so|even|only)\s+|(?:in conclusion|in summary|in short|overall|finally|however|therefore|ultimately|basically|simply put),\s+)?if(?:\s+[^\s,;:–—]+){2,}?\s+(?=(?:we|you|they|it|this|these)\s+(?:can|will|could|would|may|might|should|must)\b)/i.exec(
      sentence,
    );
  return { start: found.index, end: opening && found.index < opening[0].length ? opening[0].length : Infinity };
}

const NOT_HEALTH_ATTRIBUTE = /^(?: [\w-]+){0,3}? (?:in|on) (?:terms of )?(?:cost|price|convenience|feasibility|reliability|availability|taste|ease of use|practicality)\b/i;

/** The text without its dash and bracket asides ("stimulus - infection, surgery - triggers"), each kept as a space. */
function withoutAsides(text: string): string {
  return text.replace(/\([^()]*\)|\s[–—-]\s[^–—]*?\s[–—-]\s/g, ' ');
}

function byStart(a: ClaimTrigger, b: ClaimTrigger): number {
  return a.range.start - b.range.start;
}
