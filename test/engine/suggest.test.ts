/**
 * "Insert citation…": ranking the bibliography for a claim, and inserting the
 * chosen entry in the document's own citation style (applied and compared).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertCitationFixes, lint, loadBibliography, rankEntriesForClaim, type LintContext } from '../../server/src/engine/index';
import { applyEdits, onlyRule, REPO_ROOT } from '../helpers/rules';

const BIB_PATH = join(REPO_ROOT, 'test', 'fixtures', 'bibliographies', 'itbs-references.bib');
const bibliography = loadBibliography([{ path: BIB_PATH, text: readFileSync(BIB_PATH, 'utf8') }]);
const context: LintContext = { bibliography, citationScope: 'sentence' };

function top(sentence: string): string[] {
  return rankEntriesForClaim(bibliography, sentence, 3).map((r) => r.entry.key);
}

/** Lints `markdown` for uncited claims and applies the first "Insert citation" fix. */
function checkInsert(markdown: string, expected: string): void {
  const finding = lint({ path: 'a.md', text: markdown }, onlyRule('citations/needs-citation'), context).findings[0];
  assert.ok(finding?.citationSlot, 'an uncited claim is found');
  const [fix] = insertCitationFixes(markdown, finding.citationSlot, bibliography);
  assert.ok(fix, 'a citation is suggested');
  assert.equal(applyEdits(markdown, fix.edits), expected);
}

describe('citation suggestions', () => {
  it('rank the right entry first for plain claims', () => {
    assert.equal(top('Dry needling after a marathon does not reduce post-race soreness in runners.')[0], 'cushman2021postrace');
    assert.equal(top('Dry needling reduces low back pain.')[0], 'hu2018lowbackpain');
    assert.equal(top('Trigger point dry needling reduces musculoskeletal pain compared with sham.')[0], 'gattie2017dryneedling');
    assert.equal(top('Dry needling added to physical therapy helps shoulder pain.')[0], 'perezpalomares2017shoulder');
    assert.equal(top('The iliotibial tract can be injured, and MRI shows the injury.')[0], 'flato2017iliotibial');
  });

  it('insert a Pandoc key before the final full stop', () => {
    checkInsert('Percussive massage reduces post-race soreness in marathon runners.\n', 'Percussive massage reduces post-race soreness in marathon runners [@cushman2021postrace].\n');
  });

  it('insert a footnote and its definition in footnote documents', () => {
    checkInsert(
      'Needling helps.[^a]\n\nMassage reduces post-race soreness in runners.\n\n[^a]: A source.\n',
      'Needling helps.[^a]\n\nMassage reduces post-race soreness in runners[^cushman2021postrace].\n\n[^a]: A source.\n\n[^cushman2021postrace]: Cushman DM, et al. Postrace Dry Needling Does Not Reduce Subsequent Soreness and Cramping: A Randomized Controlled Trial. Clinical Journal of Sport Medicine. 2021;31(3):225–231.\n',
    );
  });

  it('insert a number and a new reference-list item in numbered documents', () => {
    checkInsert(
      'Needling helps [1].\n\nMassage reduces post-race soreness in runners.\n\n## References\n\n1. Gattie E. Dry needling. 2017.\n',
      'Needling helps [1].\n\nMassage reduces post-race soreness in runners [2].\n\n## References\n\n1. Gattie E. Dry needling. 2017.\n2. Cushman DM, et al. Postrace Dry Needling Does Not Reduce Subsequent Soreness and Cramping: A Randomized Controlled Trial. Clinical Journal of Sport Medicine. 2021;31(3):225–231.\n',
    );
  });
});
