/** The built-in rule pack files (`rules/**\/*.yaml`), provided by the embed plugin of esbuild.mjs. */
declare module 'claimlint:builtin-packs' {
  const files: ReadonlyArray<{ relativePath: string; text: string }>;
  export default files;
}
