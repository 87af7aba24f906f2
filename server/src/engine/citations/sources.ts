/**
 * Which link destinations are sources a reader can check: the hosts and domain
 * suffixes listed as data in `source-hosts.json` (journals, publishers, indexes,
 * preprint servers, repositories, registries, government and health agencies).
 */
import data from './source-hosts.json';

const HOSTS = new Set(data.hosts.map((host) => host.toLowerCase()));
const SUFFIXES = data.suffixes.map((suffix) => suffix.toLowerCase());

/** The host of an absolute http(s) URL or a `www.` address, lower-cased; undefined otherwise. */
export function hostOf(url: string): string | undefined {
  const match = /^(?:https?:\/\/|(?=www\.))(?:[^@/?#\s]*@)?([^/:?#\s]+)/i.exec(url.trim());
  return match
    ? match[1]!
        .toLowerCase()
        .replace(/^www\./, '')
        .replace(/\.$/, '')
    : undefined;
}

/** True when `url` points to a scholarly or authoritative source (a host in the list, or a subdomain of one). */
export function isSourceUrl(url: string): boolean {
  if (/^doi:\s*10\./i.test(url.trim())) return true;
  const host = hostOf(url);
  if (!host) return false;
  for (let at = host; at; at = at.includes('.') ? at.slice(at.indexOf('.') + 1) : '') {
    if (HOSTS.has(at)) return true;
    if (!at.includes('.')) break;
  }
  return SUFFIXES.some((suffix) => host.endsWith(suffix));
}
