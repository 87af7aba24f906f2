/**
 * Frames that change what a sentence is: a list of other people's claims, a
 * section about the page itself, a summary that restates the cited body.
 */

// A lead-in that introduces a list of other people's claims: "**Competing claims:**", "Common myths:".
export const REPORTED_LEAD_IN = /\b(?:claims?|myths?|misconceptions?|positions|views|hypothes[ie]s|beliefs|arguments|theories|assertions|slogans|what (?:people|they|sites|influencers|ads|marketers) (?:say|claim|promise))\b[^.!?\n]*:[*_\s]*$/i;
// Sections about the page, not about health: contributor notes, contents, changelogs.
export const META_HEADING = /^\W*(?:how to (?:contribute|help|edit|use this (?:page|wiki|guide))|contribut(?:ing|ors?)|editor(?:'s|s'|’s)? notes?|notes for (?:editors|contributors)|about (?:this|the) (?:page|article|wiki|guide|series|author)|change ?log|revision history|(?:table of )?contents|curriculum|roadmap|related (?:articles|pages|topics)|see also|glossary)\b/i;
// Summaries restate what the body cites: "Bottom line", "Key takeaways", "TL;DR", "Verdict".
export const SUMMARY_HEADING = /^\W*(?:(?:the )?bottom[- ]line|summary|in summary|key (?:takeaways?|points|messages)|takeaways?|tl;?dr|verdict|(?:the )?short answer|at a glance|in short|conclusions?|practical (?:takeaways?|summary|bottom line|interpretation|implications?|application|answer)|what (?:this|it|that) means(?: for you)?|implications|the answer|final (?:thoughts|word)|wrap[- ]up|overall|putting it (?:all )?together|interpretation)\b/i;
