/**
 * The language server of the web extension, in a web worker (dist/web/server.js): the same server as the desktop
 * one (`createServer` in ../lsp/server.ts), talking to the client over the worker's messages, reading workspace
 * files through the client (FS_* requests of ../protocol.ts) and the built-in packs from the bundle. npm `extends`
 * has no package resolution here, so it reports that it cannot be resolved.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import nlp from 'compromise';
import { plugins as citationPlugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { useBibtexReader } from '../engine/bibliography/bibtex';
import { useInflector } from '../engine/text/inflect';
import { createServer } from '../lsp/server';
import { builtinPacks } from './builtin-packs';
import { clientFileSystem } from './client-file-system';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
// The worker loads compromise and citation.js with the bundle: there is no lazy require in a web worker.
useInflector(() => nlp);
useBibtexReader(() => citationPlugins);
createServer(connection, { fileSystem: clientFileSystem(connection), builtinPacks });
