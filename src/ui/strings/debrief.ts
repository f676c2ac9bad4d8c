// Interface strings of the debrief screens, keyed by id (English).
export const debriefStrings = {} as const satisfies Record<string, string>;
