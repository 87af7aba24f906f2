/**
 * Frames that change what a sentence is: someone else's claim reported or rebutted,
 * a list of other people's claims, a research agenda, a worked example, a caption,
 * a section about the page itself, a summary that restates the cited body.
 */

// A lead-in that introduces a list of other people's claims: "**Competing claims:**", "Common myths:".
export const REPORTED_LEAD_IN =
  /\b(?:claims?|myths?|misconceptions?|positions|views|hypothes[ie]s|beliefs|arguments|theories|assertions|slogans|what (?:people|they|sites|influencers|ads|marketers) (?:say|claim|promise))\b[^.!?\n]*:[*_\s]*$/i;
// Sections about the page, not about health: contributor notes, contents, changelogs.
export const META_HEADING =
  /^\W*(?:how to (?:contribute|help|edit|use this (?:page|wiki|guide))|contribut(?:ing|ors?)|editor(?:'s|s'|’s)? notes?|notes for (?:editors|contributors)|about (?:this|the) (?:page|article|wiki|guide|series|author)|change ?log|revision history|(?:table of )?contents|curriculum|roadmap|related (?:articles|pages|topics)|see also|glossary)\b/i;
// Summaries restate what the body cites: "Bottom line", "Key takeaways", "TL;DR", "Verdict".
export const SUMMARY_HEADING =
  /^\W*(?:the |our |my )?(?:bottom[- ]line|summary|in summary|key (?:takeaways?|points|messages)|takeaways?|tl;?dr|verdict|(?:the )?short answer|at a glance|in short|conclusions?|practical (?:takeaways?|summary|bottom line|interpretation|implications?|application|answer)|what (?:this|it|that) means(?: for you)?|implications|the answer|final (?:thoughts|word)|wrap[- ]up|overall|putting it (?:all )?together|interpretation)\b/i;

// Frames that report or rebut someone else's claim instead of making one (domain reference §12: myth frames).
export const REPORTED_CLAIM =
  /^\W*(?:myths?|claims?|misconceptions?|rumou?rs?|marketing(?: claims?)?|the (?:claim|myth|idea))\s*[:\u2014\u2013-]|\b(?:some|many|other|most) (?:sites|websites|articles|blogs|bloggers|influencers|brands|companies|manufacturers|people|sources|coaches|marketers|ads|adverts|practitioners|proponents)(?: \w+)? (?:say|says|claim|claims|suggest|argue|promise|insist|tell|believe)\b|\b(?:be|stay) (?:wary|sceptical|skeptical|cautious|suspicious) (?:of|about)\b|\bbeware of\b|\b(?:if|when) (?:a|an|the|any) (?:\w+ )?(?:product|supplement|brand|company|website|site|advert|ad|label|seller|influencer|clinic|practitioner|app|device|article|post)s? (?:claims?|promises?|says?|advertises?|states?)\b|\byou (?:may|might|will) (?:have )?(?:heard|read|been told|see claims)\b|\b(?:it is|it's) (?:often|commonly|widely|sometimes|frequently) (?:said|claimed|believed|assumed|suggested)\b|\b(?:is|are|was|were) (?:often |commonly |widely |frequently |heavily )?(?:claimed|marketed|promoted|advertised|touted|sold|billed|pitched) (?:as|to|for)\b|\bso-called\b|\bsupposedly\b|\b(?:proponents|advocates|sellers|marketers) (?:say|claim|argue|suggest)\b|\b(?:claims?|promises?) (?:that|to)\b|\bthe (?:popular |common )?(?:claim|belief|idea|notion|myth) (?:that|is)\b|\bsome (?:\w+ )?(?:claim|argue|say|believe|insist|assert|advocate|recommend|promote)\b|\bothers (?:say|claim|argue|believe|insist|suggest)\b|\bthe (?:\w+ )?(?:community|crowd|industry|world|internet|gurus?) (?:says?|claims?|believes?|insists?|swears)\b|\b(?:is|are) (?:often |commonly |widely |frequently |sometimes )(?:described|called|framed|labell?ed|referred to|presented|portrayed) as\b|\bwidely (?:repeated|shared|cited|circulated)\b|\bpopular (?:claim|advice|belief|framing|narrative)\b|\bdepending on who you ask\b|\b(?:the )?(?:classic|conventional|traditional|old|original|common) (?:claim|advice|rule|wisdom|thinking|hypothesis|view|theory|idea|belief)\b|\bconventional wisdom\b|^\W*(?:whether|the question (?:is|of) whether)\b|\b(?:it is|it's|is|are|was|were) (?:often |sometimes |also )?proposed (?:as|that|to)\b|\bthe proposed\b|\b(?:was|were) (?:once |long |originally |traditionally |widely )?(?:thought|believed|assumed|proposed|hypothesi[sz]ed) (?:that|to)\b/i;
// Lists of research a writer still needs ("Evidence needed: …") and open questions make no claim.
export const AGENDA =
  /^\W*(?:(?:evidence|research|data|studies|sources?) (?:needed|wanted|gaps?|to (?:check|find|add))|open questions?|key questions?|questions? to ask|to do|todo)\s*[:\u2014\u2013-]/i;
// Worked examples and hypotheticals: their numbers illustrate, they do not report ("a 90 kg man", "say your ferritin is 11.8").
export const EXAMPLE =
  /(?:^|:\s*)\W*(?:take |consider |picture )?(?:a|an) (?:[\w-]+ ){0,3}(?:man|woman|person|runner|athlete|patient|client|lifter|cyclist|adult|teenager|child|swimmer|player)\b(?! (?:study|trial|survey|review))|^\W*(?:a|an) [\w-]+ (?:level |value |reading |result |score )?of \d[^.]*\b(?:in|for) (?:someone|a person|a patient|an athlete)\b|\b(?:for example|for instance|e\.g\.|imagine|suppose|say (?:you|your|a|an)|let['’]s say|hypothetical(?:ly)?|as an example|as an illustration|in (?:this|that) example|example:|could mean (?:that|either))\b/i;
// Captions and credits: "Figure 2: …", "Table 1. …", "Source: …".
export const CAPTION = /^\W*(?:figure|fig\.|table|image|photo|chart|graph|diagram|illustration|video|caption|credit|source|adapted from)\s*\d*[a-z]?\s*[:.\u2014\u2013|-]/i;
