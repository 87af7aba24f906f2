/**
 * Editor settings per resource (`claimlint.enable`), read through
 * workspace/configuration, cached per URI and cleared on change. Settings are
 * presentation only: what to check lives in files the CLI reads too.
 */
import type { Connection } from 'vscode-languageserver';
import { SETTINGS_SECTION } from '../protocol';

export interface EditorSettings {
  enable: boolean;
}

const DEFAULTS: EditorSettings = { enable: true };

/** Creates the per-URI settings reader. */
export function createSettings(connection: Connection, clientSupportsConfiguration: () => boolean) {
  const cache = new Map<string, Promise<EditorSettings>>();
  return {
    forResource(uri: string): Promise<EditorSettings> {
      if (!clientSupportsConfiguration()) return Promise.resolve(DEFAULTS);
      let settings = cache.get(uri);
      if (!settings) {
        settings = connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
          (value: Partial<EditorSettings> | null) => ({ ...DEFAULTS, ...(value ?? {}) }),
          () => DEFAULTS,
        );
        cache.set(uri, settings);
      }
      return settings;
    },
    forget(uri: string): void {
      cache.delete(uri);
    },
    clear(): void {
      cache.clear();
    },
  };
}
