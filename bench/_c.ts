import { readFileSync, writeFileSync } from 'node:fs';
import { prepareDocument, recognizeCitations, lint, EMPTY_BIBLIOGRAPHY } from '../server/src/engine/index';
import { loadProject } from '../server/src/node/project';
const project = loadProject(undefined);
const rows = readFileSync('../shared/data/freegym-dev/paragraphs.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
const out: any[] = [];
for (const r of rows) {
  const f = lint({path:'p.md', text:r.text+'\n'}, project.config, {bibliography:EMPTY_BIBLIOGRAPHY, citationScope:'preceding'}).findings.filter(f=>f.ruleId==='citations/needs-citation');
  if (f.length) continue;
  if (recognizeCitations(prepareDocument(r.text+'\n')).citations.some(c=>c.kind!=='placeholder')) continue;
  out.push({label:r.label, text:r.text});
}
writeFileSync('/tmp/unflagged.json', JSON.stringify(out));
