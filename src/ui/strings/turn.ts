// Interface strings of the turn screens, keyed by id (English).
export const turnStrings = {} as const satisfies Record<string, string>;
