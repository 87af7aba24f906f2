/**
 * What a host gives the document pipeline: its file system, the built-in rule packs, and (desktop only) npm package
 * resolution for `extends`. The CLI and the desktop server use `nodeHost()`; the web worker builds its own.
 */
import type { PackFile } from '../engine/index';
import type { PackageResolver } from './extends';
import type { FileSystem } from './file-system';

export interface Host {
  fileSystem: FileSystem;
  /**
   * The built-in rule pack files (`rules/` as shipped), with paths relative to that folder. A host that reads them from
   * disk reads through `fs` when given (the session passes a recording one, to know what results rest on); a host that
   * embeds them ignores it.
   */
  builtinPacks(fs?: FileSystem): Promise<PackFile[]>;
  /** Finds installed npm packages named in `extends`; absent where there is no node_modules (the browser). */
  resolvePackage?: PackageResolver;
}
