/**
 * What changed in an agreement between two versions, dimension by dimension through the registry, as Markdown a
 * reviewer pastes into a pull request: old → new, each with its sources.
 */
import type { Agreement } from '../schema/index.ts';
import type { CellFact } from './compare.ts';
import { toComparableRecord } from './comparable.ts';
import { agreementDimensions, type NameLookup } from './dimensions.ts';

export type DimensionChange = { dimension: string; label: string; before: CellFact[]; after: CellFact[] };

const signature = (facts: CellFact[]) => JSON.stringify(facts.map((fact) => [fact.state, fact.text, fact.note ?? '', fact.sources]));

/** The registry rows whose value, note or sources differ; `before` undefined means the agreement is new. */
export function agreementChanges(id: string, before: Agreement | undefined, after: Agreement, names: NameLookup): DimensionChange[] {
  const newRecord = toComparableRecord(id, after, names);
  const oldRecord = before ? toComparableRecord(id, before, names) : undefined;
  return agreementDimensions
    .filter((dimension) => !oldRecord || signature(oldRecord.cells[dimension.id]) !== signature(newRecord.cells[dimension.id]))
    .map((dimension) => ({ dimension: dimension.id, label: dimension.label, before: oldRecord?.cells[dimension.id] ?? [], after: newRecord.cells[dimension.id] }));
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

function factsCell(facts: CellFact[], sourceTitle: (id: string) => string): string {
  if (facts.length === 0) return '—';
  return facts
    .map((fact) => {
      const note = fact.note ? ` _(${fact.note})_` : '';
      const sources = fact.sources.length ? ` — sources: ${fact.sources.map((id) => `${sourceTitle(id)} (\`${id}\`)`).join('; ')}` : '';
      return `${fact.text}${note}${sources}`;
    })
    .map(escapeCell)
    .join('<br>');
}

export function formatChanges(
  entries: { id: string; status: 'added' | 'modified' | 'deleted'; changes: DimensionChange[] }[],
  sourceTitle: (id: string) => string,
): string {
  if (entries.length === 0) return 'No agreement changed.\n';
  return entries
    .map(({ id, status, changes }) => {
      const heading = `### \`${id}\` (${status})`;
      if (status === 'deleted') return `${heading}\n\nThe file was removed.\n`;
      if (changes.length === 0) return `${heading}\n\nNo comparison value changed (only prose or formatting).\n`;
      const rows = changes.map((change) => `| ${change.label} | ${factsCell(change.before, sourceTitle)} | ${factsCell(change.after, sourceTitle)} |`);
      return [heading, '', '| Dimension | Before | After |', '| --- | --- | --- |', ...rows, ''].join('\n');
    })
    .join('\n');
}
