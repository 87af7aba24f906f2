/**
 * The desktop language server's composition root: a Node connection (IPC or stdio) and the disk.
 */
// First: V8 flags that must be set before any pattern runs.
import { fitHeapGrowth } from '../node/node-v8-flags';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost, rulesDocsRoot } from '../node/node-host';
import { createServer } from './server';

const docs = rulesDocsRoot();
createServer(createConnection(ProposedFeatures.all), { ...nodeHost(), documentLinted: fitHeapGrowth, ...(docs ? { docsUri: pathToFileURL(docs).toString() } : {}) });
