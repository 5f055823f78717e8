import { lazy, type CliCommand } from '../command'

const load = () => import('../actions/consent')

/** `nominations consent`: the same service as the Nominations screen; every address is checked before anything changes. */
export const consentCommand: CliCommand = {
  path: ['nominations', 'consent'],
  summary: 'consent.cli.command',
  usage: '--round <name or id> (--email <address>… | --all) [--on YYYY-MM-DD] [--method form|email] [--withdraw]',
  options: { round: { type: 'string' }, email: { type: 'string', multiple: true }, all: { type: 'boolean' }, on: { type: 'string' }, method: { type: 'string' }, withdraw: { type: 'boolean' } },
  database: 'existing',
  run: lazy(load, (m) => m.runConsent),
}
