// Interface strings of the shell screens, keyed by id (English).
export const shellStrings = {} as const satisfies Record<string, string>;
