/**
 * Hover content for findings: message, rationale, source and a link to the rule's doc.
 */
import type { Finding, LintResult } from './types';

/** Findings whose range contains `offset` (an empty range counts at its start). */
export function findingsAt(result: LintResult, offset: number): Finding[] {
  return result.findings.filter((finding) => finding.range.start <= offset && (offset < finding.range.end || finding.range.start === finding.range.end));
}

/**
 * Markdown for a hover over `findings`; `docUrl` gives each rule's documentation link.
 * Editors already show the diagnostic's message in the hover, so this explains it:
 * which rule, why it exists, and where the facts come from.
 */
export function hoverMarkdown(findings: readonly Finding[], docUrl: (ruleId: string) => string | undefined): string {
  return findings
    .map((finding) => {
      const url = docUrl(finding.ruleId);
      const section = finding.source.section ? ` (${finding.source.section})` : '';
      const heading = `**${finding.title ?? finding.ruleId}** · \`${finding.ruleId}\` · ${severityLabel(finding.severity)}`;
      return [
        heading,
        ...(finding.accepted ? [acceptedLine(finding.accepted)] : []),
        ...(finding.explanation ? [finding.explanation] : []),
        `*Why:* ${finding.rationale}`,
        `*Source:* ${finding.source.url ? `[${escapeBrackets(finding.source.citation)}](${finding.source.url})` : finding.source.citation}${section}`,
        ...(url ? [`[Rule documentation](${url})`] : []),
      ].join('\n\n');
    })
    .join('\n\n---\n\n');
}

/** The reviewer's decision, for findings the ledger accepted (shown as hints). */
function acceptedLine(accepted: NonNullable<Finding['accepted']>): string {
  const support = accepted.reference ? ` Supported by \`@${accepted.reference}\`${accepted.locator ? `, ${accepted.locator}` : ''}.` : '';
  return `*Accepted as reviewed* by ${accepted.reviewer} on ${accepted.date}: ${accepted.reason}.${support} (\`.claimlint/decisions.yaml\`; it lapses when this sentence's words change.)`;
}

function severityLabel(severity: Finding['severity']): string {
  return severity.charAt(0).toUpperCase() + severity.slice(1);
}

function escapeBrackets(text: string): string {
  return text.replace(/[[\]]/g, '\\$&');
}
