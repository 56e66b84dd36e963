/** True when an event type matches an AMQP topic pattern: `*` is one word, `#` is zero or more. */
export function matchesTopic(pattern: string, type: string): boolean {
  return matchWords(pattern.split('.'), type.split('.'));
}

function matchWords(pattern: string[], words: string[]): boolean {
  const [head, ...rest] = pattern;
  if (head === undefined) return words.length === 0;
  if (head === '#') {
    for (let skip = 0; skip <= words.length; skip += 1) if (matchWords(rest, words.slice(skip))) return true;
    return false;
  }
  if (words.length === 0) return false;
  return (head === '*' || head === words[0]) && matchWords(rest, words.slice(1));
}
