/**
 * Results as a reader scans them: a section of an agreement's account is listed under its agreement, not beside it,
 * so one agreement's five sections do not crowd other pages out of the list. Groups keep the rank of their best hit.
 */
import type { IndexedDocument } from './index-build.ts';
import type { SearchHit } from './query.ts';

export type ResultGroup = {
  /** The page: its own hit when it matched, else just what it shows (a page whose sections matched). */
  number: number;
  doc: IndexedDocument;
  hit?: SearchHit;
  /** Its sections that matched, best first. */
  sections: SearchHit[];
};

export function groupSectionsUnderPages(hits: SearchHit[]): ResultGroup[] {
  const groups = new Map<number, ResultGroup>();
  for (const hit of hits) {
    const page = hit.doc.k === 'section' ? hit.page : undefined;
    const number = page ? page.number : hit.number;
    let group = groups.get(number);
    if (!group) groups.set(number, (group = { number, doc: page ? page.doc : hit.doc, sections: [] }));
    if (page) group.sections.push(hit);
    else group.hit = hit;
  }
  return [...groups.values()];
}
