/**
 * Source quality (citations/generic-source, uncited-source, off-topic-source, old-source): which URLs are generic,
 * which links are citations, one finding per uncited list and no double report with unused-reference, topic scoring,
 * and age judged against the date the adapter passes (`LintContext.today`), never the clock.
 */
import assert from 'node:assert/strict';
import { EMPTY_BIBLIOGRAPHY, lint, loadBibliography, resolveConfig, type LintContext, type ResolvedConfig } from '../../server/src/engine/index';
import { genericUrl, hasIdentifier, titleIn, yearIn } from '../../server/src/engine/citations/source-quality';
import { builtinRules, onlyRule } from '../helpers/rules';

const context: LintContext = { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding' };

/** `ruleId` alone, even when it is off by default, with `options`. */
function ruleOn(ruleId: string, options: Record<string, unknown> = {}): ResolvedConfig {
  const { loaded, config } = builtinRules();
  const rule = loaded.rules.find((r) => r.definition.id === ruleId)!;
  return { ...config, rules: [{ rule, severity: rule.definition.severity, options: { ...(rule.definition.options ?? {}), ...options } }] };
}

function found(text: string, config: ResolvedConfig, ctx: LintContext = context): string[] {
  return lint({ path: 'a.md', text }, config, ctx).findings.map((f) => `${f.ruleId}: ${f.text}`);
}

describe('source quality', () => {
  describe('generic URLs', () => {
    it('knows home pages, section indexes, searches, Wikipedia and agency overview pages', () => {
      assert.equal(genericUrl('https://www.nhs.uk/'), 'home');
      assert.equal(genericUrl('https://www.cdc.gov'), 'home');
      assert.equal(genericUrl('https://www.nhs.uk/conditions/'), 'section');
      assert.equal(genericUrl('https://www.example.org/health'), 'section');
      assert.equal(genericUrl('https://pubmed.ncbi.nlm.nih.gov/?term=statins'), 'search');
      assert.equal(genericUrl('https://www.google.com/search?q=statins'), 'search');
      assert.equal(genericUrl('https://en.wikipedia.org/wiki/Statin'), 'wikipedia');
      assert.equal(genericUrl('https://www.nhs.uk/conditions/sciatica/'), 'general');
      assert.equal(genericUrl('https://www.who.int/news-room/fact-sheets/detail/measles'), 'general');
    });

    it('leaves specific pages alone: DOIs, PubMed records, articles, guidance with a path, app routes', () => {
      for (const url of [
        'https://doi.org/10.1136/bmj.h4580',
        'https://pubmed.ncbi.nlm.nih.gov/28158962/',
        'https://www.nice.org.uk/guidance/ng123',
        'https://fdc.nal.usda.gov/fdc-app.html#/food-details/169414/nutrients',
        'https://pmc.ncbi.nlm.nih.gov/articles/PMC11809197/?term=%22J+Sport+Health+Sci%22',
        'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0052036',
        'https://research.birmingham.ac.uk/en/publications/validity-of-measures',
        'https://ijmr.org.in/prevalence-of-hypovitaminosis-d-in-india-way-forward/',
        'https://www.fittr.com/faq/',
        'not a url',
      ])
        assert.equal(genericUrl(url), undefined, url);
      assert.ok(hasIdentifier('https://doi.org/10.1136/bmj.h4580'));
    });
  });

  describe('citations/generic-source', () => {
    const config = onlyRule('citations/generic-source');

    it('flags a home page cited for a safety claim, and a reference-list item whose only URL is a section index', () => {
      assert.deepEqual(found('Paracetamol is safe in pregnancy ([NHS](https://www.nhs.uk/)).\n', config), ['citations/generic-source: [NHS](https://www.nhs.uk/)']);
      assert.deepEqual(found('Dry needling reduces pain [1].\r\n\r\n## References\r\n\r\n1. NHS. Health A to Z. https://www.nhs.uk/conditions/\r\n', config), ['citations/generic-source: [1]']);
    });

    it('flags a bibliography entry whose URL is a home page and that has no DOI or PMID', () => {
      const bibliography = loadBibliography([
        {
          path: 'refs.json',
          text: JSON.stringify([
            { id: 'who', type: 'webpage', title: 'World Health Organization', URL: 'https://www.who.int/' },
            { id: 'trial', type: 'article-journal', title: 'A trial', URL: 'https://www.who.int/', DOI: '10.1000/xyz' },
          ]),
        },
      ]);
      const ctx = { ...context, bibliography };
      assert.deepEqual(found('Measles vaccination prevents 97% of cases [@who].\n', config, ctx), ['citations/generic-source: [@who]']);
      assert.deepEqual(found('Measles vaccination prevents 97% of cases [@trial].\n', config, ctx), []);
    });

    it('flags Wikipedia only for a clinical claim, and never a link in running text', () => {
      assert.deepEqual(found('Statins cut heart attacks by 30% ([Wikipedia](https://en.wikipedia.org/wiki/Statin)).\n', config).length, 1);
      assert.deepEqual(found('The word statin was coined in the 1970s ([Wikipedia](https://en.wikipedia.org/wiki/Statin)).\n', config), []);
      assert.deepEqual(found('The study was supported by [NIH](https://www.nih.gov/) and declared no competing interests.\n', config), []);
      assert.deepEqual(found('😀 漢字 Read our [editorial policy](https://www.example.org/) before citing.\n', config), []);
    });

    it('ignores URLs in code and front matter', () => {
      assert.deepEqual(found('---\nsource: https://www.nhs.uk/\n---\n\nThe default is `([NHS](https://www.nhs.uk/))`.\n\n```\nSafe in pregnancy ([NHS](https://www.nhs.uk/)).\n```\n', config), []);
    });
  });

  describe('citations/uncited-source', () => {
    const config = onlyRule('citations/uncited-source');
    const text = [
      'Dry needling may ease pain ([Gattie et al., 2017](https://doi.org/10.2519/jospt.2017.7096)).',
      'Hall and colleagues found the same in the shoulder (Hall et al., 2018).',
      '',
      '## Sources and further reading',
      '',
      '- Gattie E, et al. [Dry needling for musculoskeletal conditions](https://doi.org/10.2519/jospt.2017.7096). 2017.',
      '- Hall M, et al. Dry needling in the shoulder region. Physiotherapy. 2018.',
      '- NHS. [Knee pain](https://www.nhs.uk/conditions/knee-pain/). 2023.',
      '- Arthritis UK. [Exercise and arthritis](https://www.versusarthritis.org/exercise/). 2022.',
      '',
    ].join('\n');

    it('reports once, on the heading, with the count and the uncited items named', () => {
      const findings = lint({ path: 'a.md', text }, config, context).findings;
      assert.equal(findings.length, 1);
      assert.equal(findings[0]!.text, '## Sources and further reading');
      assert.match(findings[0]!.message, /^2 of the 4 sources/);
      assert.match(findings[0]!.message, /\(NHS\. Knee pain\. 2023\.; Arthritis UK\. Exercise and arthritis\. 2022\.\)/);
    });

    it('counts a PMID or a reference link as the same source', () => {
      const cited =
        'Pain fell ([PubMed](https://pubmed.ncbi.nlm.nih.gov/28158962/)) and rose ([PMC][2]).\n\n## References\n\n- Gattie E. Dry needling. 2017. PMID: 28158962.\n- Hall M. Shoulder. 2018. ([PMC][2])\n\n[2]: https://pmc.ncbi.nlm.nih.gov/articles/PMC123456/\n';
      assert.deepEqual(found(cited, config), []);
    });

    it('counts an item cited under another address when its title matches what the citation supports', () => {
      const copy =
        'Higher olive oil consumption was associated with lower total and cause-specific mortality ([PMC](https://pmc.ncbi.nlm.nih.gov/articles/PMC8851878/)).\n\n## References\n\n- Guasch-Ferré M, et al. Consumption of Olive Oil and Risk of Total and Cause-specific Mortality Among U.S. Adults. J Am Coll Cardiol. 2022. DOI: 10.1016/j.jacc.2021.10.041.\n- Mann GV, et al. Atherosclerosis in the Masai. Am J Epidemiol. 1972.\n';
      const findings = lint({ path: 'a.md', text: copy }, config, context).findings;
      assert.equal(findings.length, 1);
      assert.match(findings[0]!.message, /^1 of the 2 sources .*Masai/);
    });

    it("counts a publisher's page for the item's DOI or its volume, issue and page, and a link titled with the item's title", () => {
      const other =
        'Fibre lowered LDL ([Cochrane](https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD011472.pub2/full)). Fascia is connective tissue ([PDF](https://example.org/adstrum.pdf "Defining the fascial system.")). The Masai had atherosclerosis ([OUP](https://academic.oup.com/aje/article-abstract/95/1/26/167903)).\n\n## References\n\n- Hartley L, et al. [Dietary fibre for the primary prevention of cardiovascular disease](https://pmc.ncbi.nlm.nih.gov/articles/PMC7032538/). 2016. DOI: 10.1002/14651858.CD011472.pub2.\n- Adstrum S, et al. **Defining the fascial system.** _J Bodyw Mov Ther._ 2017. ([PubMed](https://pubmed.ncbi.nlm.nih.gov/28167173/))\n- Mann GV, et al. Atherosclerosis in the Masai. _Am J Epidemiol_. 1972;95(1):26-37.\n- Mann GV, et al. Atherosclerosis in the Masai, again. _Am J Epidemiol_. 1973;97(2):40-49.\n';
      const findings = lint({ path: 'a.md', text: other }, config, context).findings;
      assert.equal(findings.length, 1);
      assert.match(findings[0]!.message, /^1 of the 4 sources .*\(Mann GV, et al\. Atherosclerosis in the Masai, aga…\)/);
    });

    it('leaves numbered lists cited by number to unused-reference, so nothing is reported twice', () => {
      const numbered = 'Dry needling may reduce pain [1].\n\n## References\n\n1. Gattie E. Dry needling. 2017.\n2. Hall M. Shoulder. 2018.\n';
      assert.deepEqual(found(numbered, config), []);
      assert.deepEqual(found(numbered, onlyRule('citations/unused-reference')), ['citations/unused-reference: 2. Hall M. Shoulder. 2018.']);
    });

    it('leaves further-reading lists alone with furtherReading: false', () => {
      const reading = 'Dry needling may ease pain.\n\n## Further reading\n\n- NHS. [Knee pain](https://www.nhs.uk/conditions/knee-pain/). 2023.\n';
      assert.equal(found(reading, config).length, 1);
      assert.deepEqual(found(reading, ruleOn('citations/uncited-source', { furtherReading: false })), []);
    });
  });

  describe('citations/off-topic-source', () => {
    const config = onlyRule('citations/off-topic-source');
    const bibliography = loadBibliography([
      {
        path: 'refs.json',
        text: JSON.stringify([
          { id: 'iron', type: 'article-journal', title: 'Maternal iron supplementation and neonatal birthweight outcomes' },
          { id: 'needling', type: 'article-journal', title: 'Trigger point dry needling for musculoskeletal conditions' },
          { id: 'short', type: 'article-journal', title: 'Placentas' },
        ]),
      },
    ]);
    const ctx = { ...context, bibliography };

    it('flags a source that shares no term with the claim, its section or the article', () => {
      assert.deepEqual(found('# Knee pain in runners\n\nDry needling may ease knee pain in runners [@iron].\n', config, ctx), ['citations/off-topic-source: [@iron]']);
    });

    it('passes a source on the topic, one the article mentions elsewhere, and one too short to judge', () => {
      assert.deepEqual(found('# Knee pain in runners\n\nDry needling may ease knee pain in runners [@needling].\n', config, ctx), []);
      assert.deepEqual(found('# Knee pain\n\nIron matters for pregnancy.\n\nDry needling may ease knee pain [@iron].\n', config, ctx), []);
      assert.deepEqual(found('# Knee pain\n\nDry needling may ease knee pain [@short].\n', config, ctx), []);
    });

    it('reads titles from reference-list items, not author-year link texts or journal names', () => {
      assert.equal(
        titleIn('Gilgen-Ammann R, Wyss T. [Accuracy of Distance Recordings in Eight Sport Watches](https://x.org/a). _JMIR_. 2020.'),
        'Accuracy of Distance Recordings in Eight Sport Watches',
      );
      assert.equal(titleIn('[Yang & Schank, 2006](https://x.org/a)'), undefined);
      assert.equal(titleIn('[Wiley Online Library](https://x.org/a)'), undefined);
      assert.equal(yearIn('Smith J. Title. https://x.org/2019/a. BMJ. 2017;5:1.'), 2017);
    });
  });

  describe('citations/old-source', () => {
    const bibliography = loadBibliography([
      {
        path: 'refs.json',
        text: JSON.stringify([
          { id: 'old', type: 'report', title: 'Lipid modification', issued: { 'date-parts': [[2008]] } },
          { id: 'new', type: 'report', title: 'Cardiovascular risk', issued: { 'date-parts': [[2023]] } },
        ]),
      },
    ]);
    const claim = 'Current guidelines recommend statins for adults over 40 [@old].\n';

    it('is off by default', () => {
      assert.ok(!builtinRules().config.rules.some((r) => r.rule.definition.id === 'citations/old-source'));
      const { loaded } = builtinRules();
      const on = resolveConfig(loaded, { path: '.claimlint.yaml', text: 'rules:\n  citations/old-source: info\n' }).config;
      assert.ok(on.rules.some((r) => r.rule.definition.id === 'citations/old-source'));
    });

    it('judges age against the date the adapter passes, and says nothing without one', () => {
      const config = ruleOn('citations/old-source');
      assert.deepEqual(found(claim, config, { ...context, bibliography, today: '2026-06-01' }), ['citations/old-source: [@old]']);
      assert.deepEqual(found(claim, config, { ...context, bibliography, today: '2015-06-01' }), []);
      assert.deepEqual(found(claim, config, { ...context, bibliography }), []);
      assert.deepEqual(found(claim, ruleOn('citations/old-source', { years: 20 }), { ...context, bibliography, today: '2026-06-01' }), []);
    });

    it('passes when a recent source backs the same claim, when the sentence dates the source, and for claims not about current practice', () => {
      const config = ruleOn('citations/old-source');
      const ctx = { ...context, bibliography, today: '2026-06-01' };
      assert.deepEqual(found('Current guidelines recommend statins for adults over 40 [@old; @new].\n', config, ctx), []);
      assert.deepEqual(found('In 2008, current guidelines recommended statins for adults over 40 [@old].\n', config, ctx), []);
      assert.deepEqual(found('Statins lowered cholesterol in adults over 40 [@old].\n', config, ctx), []);
    });
  });
});
