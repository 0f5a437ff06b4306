import { isRecord } from '../payload.js';

/**
 * Atlassian Document Format (Jira Cloud v3 rich text) to plain text for clustering. Iterative, so
 * a hostile 5,000-deep document cannot overflow the stack; unknown node types contribute their
 * children. Block nodes end with a newline; mentions, emoji and cards keep their visible text.
 */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'codeBlock', 'listItem', 'tableRow', 'panel', 'rule']);

export function adfToText(doc: unknown): string {
  if (typeof doc === 'string') return doc; // Jira Server / v2 API send plain wiki text
  const out: string[] = [];
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === '\n') {
      out.push('\n');
      continue;
    }
    if (!isRecord(node)) continue;
    const attrs = isRecord(node.attrs) ? node.attrs : {};
    switch (node.type) {
      case 'text':
        if (typeof node.text === 'string') out.push(node.text);
        continue;
      case 'hardBreak':
        out.push('\n');
        continue;
      case 'mention':
      case 'emoji':
      case 'status':
      case 'date':
        out.push(String(attrs.text ?? attrs.shortName ?? attrs.timestamp ?? ''));
        continue;
      case 'inlineCard':
      case 'blockCard':
        if (typeof attrs.url === 'string') out.push(attrs.url);
        continue;
    }
    if (BLOCKS.has(String(node.type))) stack.push('\n');
    if (Array.isArray(node.content)) for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]);
  }
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
