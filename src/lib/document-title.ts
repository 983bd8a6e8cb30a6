/**
 * The <title> of a page: "Page · Site" when that fits the length search engines and tabs show (70 characters),
 * else the page title alone, cut at a word boundary with an ellipsis if even that is too long.
 */
export const MAX_TITLE_LENGTH = 70;

export function documentTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  if (title === siteName) return siteName;
  const combined = `${title} · ${siteName}`;
  if (combined.length <= max) return combined;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
