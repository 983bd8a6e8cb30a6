import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_TYPES, csvResponse, downloadResponse } from '../../src/site/download-response.ts';

describe('download responses in a build', () => {
  // What `astro build` sets; `astro dev` (and these tests by default) run without it.
  beforeAll(() => vi.stubEnv('PROD', true));
  afterAll(() => vi.unstubAllEnvs());

  it('send the produced text, in pieces or whole, with its content type', async () => {
    const pieces = Array.from({ length: 5000 }, (_, index) => `row ${index}, Côte d’Ivoire\n`);
    expect(await downloadResponse(CONTENT_TYPES.csv, () => pieces).text()).toBe(pieces.join(''));
    const json = downloadResponse(CONTENT_TYPES.json, () => '{"a":[1]}\n');
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await json.text()).toBe('{"a":[1]}\n');
    const csv = csvResponse(() => '\uFEFFid\r\nx\r\n');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(new Uint8Array(await csv.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('make one download at a time: the next is produced only once the one before has been read to the end', async () => {
    const events: string[] = [];
    const download = (name: string) =>
      downloadResponse(CONTENT_TYPES.json, function* () {
        events.push(`${name} starts`);
        for (let piece = 0; piece < 3; piece++) yield `${name}${piece}`.padEnd(40_000, '.');
        events.push(`${name} ends`);
      });
    const [first, second, third] = [download('a'), download('b'), download('c')];
    // Read in the opposite order, as a build that runs pages side by side may.
    const texts = await Promise.all([third.text(), second.text(), first.text()]);
    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
    expect(texts[2].startsWith('a0')).toBe(true);
  });

  it('let the next download go when one fails or is never read to the end', async () => {
    const broken = downloadResponse(CONTENT_TYPES.csv, () => {
      throw new Error('no such column');
    });
    const abandoned = downloadResponse(CONTENT_TYPES.csv, () => ['x'.repeat(200_000)]);
    const after = downloadResponse(CONTENT_TYPES.csv, () => 'after');
    await expect(broken.text()).rejects.toThrow('no such column');
    const reader = abandoned.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(await after.text()).toBe('after');
  });
});

describe('download responses in astro dev', () => {
  it('are each produced when read, without waiting for one another', async () => {
    const events: string[] = [];
    const download = (name: string) =>
      downloadResponse(CONTENT_TYPES.json, function* () {
        events.push(`${name} starts`);
        yield name;
      });
    const [first, second] = [download('a'), download('b')];
    expect(await second.text()).toBe('b');
    expect(await first.text()).toBe('a');
    expect(events).toEqual(['a starts', 'b starts']);
  });
});
