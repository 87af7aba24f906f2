import { claimTriggers } from '../server/src/engine/citations/claims';
for (const s of process.argv.slice(2)) console.log(JSON.stringify(claimTriggers(s).map(t=>[t.kind, s.slice(t.range.start,t.range.end)])), '<=', s.slice(0,80));
