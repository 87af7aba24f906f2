/**
 * `check: required-link`: a link every document must carry, such as the team's editorial policy (the NHS Standard for
 * Creating Health Content and the PIF TICK ask publishers to document how content is produced; domain reference §16).
 * Off until a project sets `link`: a URL, or a part of one, that the link must contain.
 */
import { documentAnchor, frontMatterOf, newlineOf } from './document-record';
import type { CheckKind, OptionSchema } from './kind';
import type { Fix } from '../types';

const OPTIONS = {
  link: { type: 'string', default: '', description: 'The URL (or part of it, case-insensitive) a link in the document must contain. The rule does nothing while empty.' },
  text: { type: 'string', default: 'Read our editorial policy', description: 'The link text the fix inserts.' },
} satisfies Record<string, OptionSchema>;

export const requiredLinkCheck: CheckKind = {
  kind: 'required-link',
  fixes: 'yes: adds the link at the end',
  description:
    'Flags a document with no link whose URL contains the option `link` (does nothing while `link` is empty). The finding sits on the front matter or the first line; the fix adds the link at the end of the document.',
  quotesText: false,
  placeholders: { link: 'the `link` option' },
  options: OPTIONS,
  compile() {
    return {
      runDocument(prepared, _facts, report, options) {
        const wanted = String(options['link'] ?? '')
          .trim()
          .toLowerCase();
        if (!wanted) return;
        for (const { chunk } of prepared.chunks) {
          const urls = [...chunk.structure.links.map((link) => link.url), ...chunk.structure.definitions.map((definition) => definition.url)];
          if (urls.some((url) => url.toLowerCase().includes(wanted))) return;
        }
        const source = prepared.source;
        const frontMatter = frontMatterOf(source);
        const anchor = documentAnchor(source, frontMatter);
        if (!anchor) return;
        const newline = newlineOf(source);
        const end = source.replace(/\s+$/, '').length;
        const url = /^[a-z][a-z0-9+.-]*:|^\//i.test(wanted) ? String(options['link']).trim() : `https://${String(options['link']).trim()}`;
        const fix: Fix = {
          title: 'Add a link to the editorial policy at the end',
          edits: [{ range: { start: end, end: source.length }, newText: `${end > 0 ? newline + newline : ''}[${String(options['text'] ?? OPTIONS.text.default)}](${url})${newline}` }],
          isPreferred: true,
        };
        report({ range: anchor, values: { link: String(options['link']) }, fixes: [fix], wholeDocument: true });
      },
    };
  },
};
