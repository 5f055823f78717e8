import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/imports')

const FILE_OPTIONS = {
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
  'dry-run': { type: 'boolean' },
  'skip-invalid': { type: 'boolean' },
} as const

/**
 * What the import screen asks about organisations the partner list lacks, as options of the import commands:
 * `--map-organisation "name in the file=partner id or name"` (the spelling is remembered, as on screen) and
 * `--add-organisation "name in the file=sector"`, each repeatable (read by `organisationChoices`).
 */
const ORGANISATION_OPTIONS = {
  'map-organisation': { type: 'string', multiple: true },
  'add-organisation': { type: 'string', multiple: true },
} as const

/** Nominations and offers name organisations that the partner list may lack; a partner list is one. */
const ROUND_OPTIONS = {
  ...FILE_OPTIONS, round: { type: 'string' }, 'create-organisations': { type: 'boolean' }, 'allow-erased': { type: 'boolean' }, ...ORGANISATION_OPTIONS,
} as const

const ROUND_IMPORT_USAGE =
  '<path> --round <name or id> [--sheet <name>] [--header-row <n>] [--dry-run] [--skip-invalid] [--create-organisations] [--allow-erased] [--map-organisation "<name in the file>=<partner id or name>"]… [--add-organisation "<name in the file>=<sector>"]…'

export const importCommands: CliCommand[] = [
  {
    path: ['nominations', 'import'],
    summary: 'import.cli.nominationsImport',
    usage: ROUND_IMPORT_USAGE,
    options: ROUND_OPTIONS,
    database: 'existing',
    run: lazy(load, (m) => m.runNominationsImport),
  },
  {
    path: ['partners', 'import'],
    summary: 'import.cli.partnersImport',
    usage: '<path> [--sheet <name>] [--header-row <n>] [--dry-run] [--skip-invalid]',
    options: FILE_OPTIONS,
    database: 'existing',
    run: lazy(load, (m) => m.runPartnersImport),
  },
  {
    path: ['offers', 'import'],
    summary: 'import.cli.offersImport',
    usage: ROUND_IMPORT_USAGE,
    options: ROUND_OPTIONS,
    database: 'existing',
    run: lazy(load, (m) => m.runOffersImport),
  },
  {
    path: ['nominations', 'list'],
    summary: 'import.cli.nominationsList',
    usage: '--round <name or id>',
    options: { round: { type: 'string' } },
    database: 'existing',
    run: lazy(load, (m) => m.runNominationsList),
  },
  {
    path: ['nominations', 'undo'],
    summary: 'import.cli.nominationsUndo',
    usage: '<batch>',
    options: {},
    database: 'existing',
    run: lazy(load, (m) => m.runNominationsUndo),
  },
  {
    path: ['imports', 'list'],
    summary: 'import.cli.importsList',
    usage: '',
    options: {},
    database: 'existing',
    run: lazy(load, (m) => m.runImportsList),
  },
  {
    path: ['template'],
    summary: 'import.cli.template',
    usage: 'nominations|partners|offers [--lang sl|en] --out <file.xlsx> [--round <name or id>]',
    options: { out: { type: 'string' }, round: { type: 'string' } },
    database: 'existing',
    run: lazy(load, (m) => m.runTemplate),
  },
]
