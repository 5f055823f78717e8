/** Types of scripts/cli-build.mjs for the TypeScript that imports it (bench, tests). */
export declare const CLI_BUNDLE: string
export declare const CLI_METAFILE: string
export declare function isCliStale(): boolean
export declare function buildCli(): Promise<unknown>
