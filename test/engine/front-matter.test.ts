import assert from 'node:assert/strict';
import { parseDate, readFrontMatter } from '../../server/src/engine/markdown/front-matter';

const slice = (text: string, range: { start: number; end: number }): string => text.slice(range.start, range.end);

describe('front matter: the review record', () => {
  it('reads review status, reviewer and date, author, credentials, updated and next review, with their ranges', () => {
    const text = [
      '---',
      'title: Knee pain',
      'review:',
      '  status: approved',
      '  reviewer: "Dr A. Name, MD"',
      '  date: 2026-03-01',
      'author: Sam Writer',
      'credentials: MSc Physiotherapy',
      'last_reviewed: 5 May 2024',
      'next_review: May 2027',
      '---',
      '',
      '# Knee pain',
    ].join('\n');
    const fm = readFrontMatter(text);
    assert.deepEqual(fm.issues, []);
    assert.equal(fm.review?.status?.status, 'approved');
    assert.equal(slice(text, fm.review!.status!.entry!), 'status: approved');
    assert.equal(fm.review?.reviewer?.value, 'Dr A. Name, MD');
    assert.equal(fm.review?.date?.date, '2026-03-01');
    assert.equal(slice(text, fm.review!.date!.range), '2026-03-01');
    assert.equal(slice(text, fm.review!.entry), 'review');
    assert.equal(fm.author?.value, 'Sam Writer');
    assert.equal(fm.credentials?.value, 'MSc Physiotherapy');
    assert.equal(fm.updated?.date, '2024-05-05');
    assert.equal(slice(text, fm.updated!.entry!), 'last_reviewed: 5 May 2024');
    assert.equal(fm.nextReview?.date, '2027-05-31');
    assert.equal(fm.block?.insertAt, text.indexOf('\n---', 4));
    assert.equal(fm.block?.newline, '\n');
  });

  it('reads a flow-style review block and an author map, in a CRLF document', () => {
    const text = '---\r\nreview: { status: In review, reviewer: Dr B, date: 2025-01-02 }\r\nauthor: { name: Sam, credentials: RN }\r\n---\r\nText.\r\n';
    const fm = readFrontMatter(text);
    assert.equal(fm.review?.status?.status, 'in-review');
    assert.equal(fm.author?.value, 'Sam');
    assert.equal(fm.credentials?.value, 'RN');
    assert.equal(fm.block?.newline, '\r\n');
    assert.equal(slice(text, fm.block!.opening), '---');
    assert.equal(text.slice(fm.block!.insertAt, fm.block!.insertAt + 5), '\r\n---');
  });

  it('reports an unknown status and an unreadable date at the value, and does not throw', () => {
    const text = '---\nreview:\n  status: done\n  date: last Tuesday\nupdated: 31/02/2020\n---\n';
    const fm = readFrontMatter(text);
    assert.deepEqual(
      fm.issues.map((issue) => slice(text, issue.range)),
      ['done', 'last Tuesday', '31/02/2020'],
    );
    assert.match(fm.issues[0]!.message, /must be one of draft, submitted, in-review, approved/);
    assert.equal(fm.review?.status?.status, undefined);
    assert.equal(fm.updated?.date, undefined);
  });

  it('survives odd YAML: a scalar review, empty values, broken YAML, no front matter', () => {
    assert.match(readFrontMatter('---\nreview: approved\n---\n').issues[0]!.message, /must be a block/);
    const empty = readFrontMatter('---\nreview:\n  status:\nauthor:\n---\n');
    assert.equal(empty.author?.value, '');
    assert.deepEqual(empty.issues, []);
    assert.deepEqual(readFrontMatter('---\nreview: [\n---\n').issues, []);
    assert.equal(readFrontMatter('# Title\n').block, undefined);
  });
});

describe('parseDate', () => {
  it('reads ISO and written dates, and refuses impossible or ambiguous ones', () => {
    assert.equal(parseDate('2026-03-01'), '2026-03-01');
    assert.equal(parseDate('2026-03-01T10:00:00Z'), '2026-03-01');
    assert.equal(parseDate('2020'), '2020-12-31');
    assert.equal(parseDate('2024-02'), '2024-02-29');
    assert.equal(parseDate('12 March 2023'), '2023-03-12');
    assert.equal(parseDate('March 12, 2023'), '2023-03-12');
    assert.equal(parseDate('Sept 2021'), '2021-09-30');
    assert.equal(parseDate('2023-02-30'), undefined);
    assert.equal(parseDate('03/01/2026'), undefined);
    assert.equal(parseDate('Smarch 2020'), undefined);
  });
});
