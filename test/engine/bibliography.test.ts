/**
 * Bibliography files: BibTeX/BibLaTeX, CSL-JSON and CSL-YAML into one entry model;
 * broken files give problems at the right place and lose no good entries.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryMarkdown, evidenceProfile, formatReference, loadBibliography, type Problem } from '../../server/src/engine/index';
import { REPO_ROOT } from '../helpers/rules';

/** `line:column message` (1-based) for each problem of a one-file bibliography. */
function located(problems: Problem[], text: string): string[] {
  return problems.map((problem) => {
    const before = text.slice(0, problem.range?.start ?? 0).split('\n');
    return `${before.length}:${before.at(-1)!.length + 1} ${problem.message}`;
  });
}

describe('bibliographies', () => {
  it('read BibTeX with LaTeX decoded, names split and reviewer fields kept', () => {
    const path = join(REPO_ROOT, 'test', 'fixtures', 'bibliographies', 'itbs-references.bib');
    const text = readFileSync(path, 'utf8');
    const bibliography = loadBibliography([{ path, text }]);
    assert.deepEqual(bibliography.problems, []);
    assert.equal(bibliography.entries.size, 7);
    const gattie = bibliography.entries.get('gattie2017dryneedling')!;
    assert.equal(gattie.container, 'Journal of Orthopaedic & Sports Physical Therapy');
    assert.equal(gattie.pages, '133–149');
    assert.deepEqual(
      gattie.authors.map((a) => a.family),
      ['Gattie', 'Cleland', 'Snodgrass'],
    );
    assert.equal(gattie.studyDesign, 'systematic review and meta-analysis');
    assert.match(gattie.notes!, /^Low-to-moderate quality evidence/);
    assert.equal(text.slice(gattie.range.start, gattie.range.start + 30), '@article{gattie2017dryneedling');
    assert.equal(bibliography.entries.get('espejoantunez2017myofascial')!.authors[0]!.family, 'Espejo-Antúnez');
    assert.equal(
      formatReference(gattie),
      'Gattie E, Cleland JA, Snodgrass S. The Effectiveness of Trigger Point Dry Needling for Musculoskeletal Conditions by Physical Therapists: A Systematic Review and Meta-analysis. *Journal of Orthopaedic & Sports Physical Therapy*. 2017;47(3):133–149.',
    );
  });

  it('record or infer the study design and evidence level', () => {
    const path = join(REPO_ROOT, 'test', 'fixtures', 'bibliographies', 'itbs-references.bib');
    const bibliography = loadBibliography([{ path, text: readFileSync(path, 'utf8') }]);
    const design = (key: string): string => {
      const profile = evidenceProfile(bibliography.entries.get(key)!);
      return `${profile.design} (${profile.basis}, level ${profile.level ?? '?'})`;
    };
    assert.equal(design('gattie2017dryneedling'), 'meta-analysis (recorded, level 1)');
    assert.equal(design('hu2018lowbackpain'), 'meta-analysis (inferred, level 1)');
    assert.equal(design('perezpalomares2017shoulder'), 'randomized controlled trial (inferred, level 2)');
    assert.equal(design('cushman2021postrace'), 'randomized controlled trial (recorded, level 2)');
    assert.match(entryMarkdown(bibliography.entries.get('cushman2021postrace')!, 2), /\[doi:10\.1097\/JSM\.0000000000000794\]\(https:\/\/doi\.org\/10\.1097\/JSM\.0000000000000794\)/);
  });

  it('report a broken BibTeX entry at its line and keep the others; duplicate keys are warnings', () => {
    const text =
      '@article{good1,\n  title = {One},\n  year = {2020}\n}\n\n@article{broken,\n  title = {Unclosed,\n  year = {2021}\n\n@article{good2,\n  title = {Two}\n}\n\n@article{good1,\n  title = {Again}\n}\n';
    const bibliography = loadBibliography([{ path: 'refs.bib', text }]);
    assert.deepEqual([...bibliography.entries.keys()], ['good1', 'good2']);
    const problems = located(bibliography.problems, text);
    assert.equal(problems.length, 2);
    // At the brace the writer left open (`title = {Unclosed,`), not where the parser ran out of text.
    assert.match(problems[0]!, /^7:11 bibliography entry `broken` could not be read: /);
    assert.equal(problems[1], '14:1 duplicate citation key `good1`; the first definition (earlier in this file) is used');
  });

  it('resolve @string macros an entry uses, also through other macros and in any case, among hundreds', () => {
    const macros = Array.from({ length: 300 }, (_, i) => `@string{jnl${i} = "Journal ${i}"}`).join('\n');
    const text = `${macros}\n@string{Base = "British Journal"}\n@string{full = base # " of Sports Medicine"}\n\n@article{a, title = {A}, journal = JNL150, year = 2020}\n\n@article{b, title = {B}, journal = full, year = 2021}\n`;
    const bibliography = loadBibliography([{ path: 'refs.bib', text }]);
    assert.deepEqual(bibliography.problems, []);
    assert.equal(bibliography.entries.get('a')!.container, 'Journal 150');
    assert.equal(bibliography.entries.get('b')!.container, 'British Journal of Sports Medicine');
  });

  it('say where a JSON bibliography is broken without quoting what is in it', () => {
    for (const text of ['root:x:0:0:root:/root:/bin/bash\n', '{"secret": "hunter2" "more": 1}', '[{"id": "a",}]']) {
      const [problem] = loadBibliography([{ path: 'refs.json', text }]).problems;
      assert.match(problem!.message, /^bibliography is not valid JSON: /);
      assert.doesNotMatch(problem!.message, /root|secret|hunter2|'r'|"a"/);
    }
  });

  it('read CSL-JSON, and report invalid JSON and items without an id', () => {
    const text = JSON.stringify(
      [
        {
          id: 'doe2020',
          type: 'article-journal',
          title: 'Running and knees',
          author: [{ family: 'Doe', given: 'Jane' }],
          issued: { 'date-parts': [[2020]] },
          DOI: '10.1/x',
          'study-design': 'cohort study',
        },
        { type: 'book', title: 'No id' },
      ],
      null,
      2,
    );
    const bibliography = loadBibliography([{ path: 'refs.json', text }]);
    const doe = bibliography.entries.get('doe2020')!;
    assert.equal(doe.year, '2020');
    assert.equal(evidenceProfile(doe).design, 'cohort study');
    assert.equal(text.slice(doe.range.start, doe.range.end), '"doe2020"');
    assert.deepEqual(
      bibliography.problems.map((p) => p.message),
      ['bibliography item 2 has no "id"'],
    );
    const broken = loadBibliography([{ path: 'bad.json', text: '[{"id": "a",}]' }]);
    assert.equal(broken.entries.size, 0);
    assert.match(broken.problems[0]!.message, /^bibliography is not valid JSON/);
  });

  it('recognise guidelines by their issuing body, number or address when the title does not say so', () => {
    const text = JSON.stringify([
      {
        id: 'nice2016',
        type: 'report',
        title: 'Low back pain and sciatica in over 16s: assessment and management',
        author: [{ literal: 'National Institute for Health and Care Excellence' }],
        issued: { 'date-parts': [[2016]] },
      },
      { id: 'ng59', type: 'webpage', title: 'NG59: low back pain', URL: 'https://www.nice.org.uk/guidance/ng59' },
      { id: 'uspstf', type: 'article-journal', title: 'Screening for colorectal cancer: US Preventive Services Task Force recommendation statement', 'container-title': 'JAMA' },
      { id: 'plain', type: 'article-journal', title: 'Low back pain in adults', 'container-title': 'BMJ' },
    ]);
    const entries = loadBibliography([{ path: 'refs.json', text }]).entries;
    assert.deepEqual(
      ['nice2016', 'ng59', 'uspstf', 'plain'].map((key) => evidenceProfile(entries.get(key)!).design),
      ['guideline', 'guideline', 'guideline', 'unknown'],
    );
  });

  it('read CSL-YAML with `references:` and point at each item', () => {
    const text = 'references:\n- id: roe2019\n  title: Stretching\n  author:\n  - family: Roe\n    given: Rick\n  issued: 2019\n- title: Missing id\n';
    const bibliography = loadBibliography([{ path: 'refs.yaml', text }]);
    assert.equal(bibliography.entries.get('roe2019')!.authors[0]!.family, 'Roe');
    assert.deepEqual(located(bibliography.problems, text), ['8:3 bibliography item 2 has no `id`']);
  });
});
