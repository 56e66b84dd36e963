// ANSI colour codes, applied only when the caller says the output is a colour terminal.

/** A colour by its ANSI SGR code, e.g. 31 red, 2 dim. */
export type AnsiCode = number;

/** Wraps text in an ANSI colour when `enabled`; returns it unchanged otherwise. */
export function paint(text: string, code: AnsiCode, enabled: boolean): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** Distinct colours for the process tags, used in turn. */
export const tagPalette: readonly AnsiCode[] = [36, 33, 32, 35, 34, 96, 93, 92, 95, 94];

/** Named colours used by the runner's own messages. */
export const colors = { dim: 2, bold: 1, red: 31, green: 32, yellow: 33, magenta: 35, gray: 90 } as const;
