/**
 * Large JSON downloads written a record at a time. The pieces, joined, are exactly `JSON.stringify(file, null, 2)`,
 * but neither the whole file as one string nor all its records as one object graph ever exist: at 10,000 agreements
 * agreements.json was the build's memory peak.
 */

/** Two-space indentation, as JSON.stringify(value, null, 2), shifted right by `depth` levels. */
function indented(value: unknown, depth: number): string {
  // JSON text has no raw line breaks inside strings, so every line break is a place to indent.
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/** A JSON file with one list: the fields before it, the list's key, and its records (read once, lazily). */
export type JsonListFile = { head: object; listKey: PropertyKey; records: Iterable<unknown> };

/**
 * `{ ...head, [listKey]: [...records] }` as pretty JSON in pieces: the head's fields first, then one piece per record
 * of the list.
 */
export function* prettyJsonPieces({ head, listKey, records }: JsonListFile): Generator<string> {
  let text = '{';
  for (const [key, value] of Object.entries(head)) {
    if (value === undefined) continue;
    text += `\n  ${JSON.stringify(key)}: ${indented(value, 1)},`;
  }
  text += `\n  ${JSON.stringify(String(listKey))}: [`;
  let first = true;
  for (const record of records) {
    yield `${text}${first ? '' : ','}\n    ${indented(record, 2)}`;
    text = '';
    first = false;
  }
  yield first ? `${text}]\n}` : '\n  ]\n}';
}
