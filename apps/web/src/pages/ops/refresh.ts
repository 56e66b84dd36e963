/** How often the console's live panels ask again, in milliseconds. */
export const refreshMs = 3_000;
