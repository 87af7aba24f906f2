/**
 * Projects (resolved config + rule packs) for open documents, cached per config
 * file and dropped when a config or rule file changes on disk.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findConfigFile, loadProject, resetBuiltinPacks, type Project } from '../node/project';

/** Creates the project cache. */
export function createProjects(isTrusted: () => boolean = () => true) {
  const byConfig = new Map<string, Project>();
  return {
    /** The project of the document at `uri`; built-in defaults outside the file system. */
    forDocument(uri: string): Project {
      const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
      const configPath = path ? findConfigFile(dirname(path)) : undefined;
      const key = configPath ?? '<defaults>';
      let project = byConfig.get(key);
      if (!project) {
        project = loadProject(configPath, { trusted: isTrusted() });
        byConfig.set(key, project);
      }
      return project;
    },
    all(): Project[] {
      return [...byConfig.values()];
    },
    clear(): void {
      byConfig.clear();
      resetBuiltinPacks();
    },
  };
}
