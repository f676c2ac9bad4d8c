// Interface strings of the map screens, keyed by id (English).
export const mapStrings = {} as const satisfies Record<string, string>;
