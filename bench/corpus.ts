/**
 * A deterministic generator of health articles for benchmarks: headings, prose
 * with and without overclaims, lists, tables, quotes, code and citations.
 */

/** A small seeded PRNG (mulberry32), so every run benchmarks the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Dry needling mechanically resets the contracted muscle fibers and is the single most effective treatment.',
  'Most runners with iliotibial band syndrome improve within six to eight weeks of load management [@fairclough2006].',
  'There is no cure for ITBS, but symptoms usually settle with rest and graded return to running.',
  'Never exceed the stated dose of anti-inflammatory medication.',
  'Foam rolling may reduce perceived tightness, although the band itself does not lengthen.',
  'This supplement is clinically proven to eliminate knee pain in just 7 days with no side effects.',
  'A 2021 randomized trial found that shockwave therapy and dry needling both reduced pain at four weeks.',
  'Hip abductor strengthening is often recommended, and the evidence for it is mixed.',
  'Clearly, stretching alone is not enough for most people.',
  'Studies show that cortisone injections relieve pain quickly in refractory cases.',
  'Some clinicians believe the band compresses a fat pad rather than rubbing over the femur.',
  'Runners often report a sharp pain on the outside of the knee about ten minutes into a run.',
  'Ice and rest are simple first steps, and they cost nothing.',
  'If pain persists beyond six weeks, see a sports physician or physiotherapist.',
  'This revolutionary protocol works for everyone and guarantees results.',
  'The knee is a hinge joint; the iliotibial band crosses it laterally 🦵 and inserts on Gerdy’s tubercle.',
  '鍼治療 (acupuncture) is sometimes confused with dry needling, which targets trigger points.',
];

/** An article of about `words` words. */
export function generateArticle(random: () => number, words: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const parts: string[] = ['---', 'title: Knee pain in runners', '---', '', `# ${pick(['IT band syndrome', 'Knee pain', 'Dry needling'])}: what helps`, ''];
  let count = 0;
  while (count < words) {
    const kind = random();
    let block: string;
    if (kind < 0.55) {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(SENTENCES));
      block = sentences.join(random() < 0.3 ? '\n' : ' ');
    } else if (kind < 0.7) block = Array.from({ length: 3 }, () => `- ${pick(SENTENCES)}`).join('\n');
    else if (kind < 0.78) block = `## ${pick(['Treatment', 'Evidence', 'What to avoid', 'Recovery time'])}`;
    else if (kind < 0.85) block = `| Option | Note |\n| --- | --- |\n| Dry needling | ${pick(SENTENCES)} |\n| Rest | ${pick(SENTENCES)} |`;
    else if (kind < 0.92) block = `> ${pick(SENTENCES)}`;
    else block = '```\nconst dose = 400; // cures nothing\n```';
    parts.push(block, '');
    count += block.split(/\s+/).length;
  }
  return parts.join('\n');
}
