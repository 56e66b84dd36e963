/** The base URLs of a comma-separated `<NAME>_URL` value (one per replica), blanks dropped. */
export function baseUrlList(value: string): string[] {
  return value
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}
