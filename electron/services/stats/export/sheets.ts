import { DRIVERS, GENDERS, SECTORS } from '../../../../shared/domain/enums'
import { DIRECTIONS, directionKey } from '../../../../shared/stats/definitions'
import type { Rating, Statistics } from '../../../../shared/stats/types'
import type { Cell, ColumnSpec, SheetSpec, TableSpec } from './layout'
import type { Translate } from './text'

/** The topic sheets of the summary workbook, built from one Statistics object so they agree with the screen. */
export interface SheetInput {
  stats: Statistics
  t: Translate
  periodText: string
}

const share = (n: number, total: number) => (total > 0 ? n / total : null)

function breakdown(input: SheetInput, name: string, captionKey: string, categoryKey: string, entries: Array<[string, number]>): TableSpec {
  const { t, stats } = input
  return {
    name,
    caption: t(captionKey),
    totals: true,
    columns: [
      { header: t(categoryKey), width: 30, total: 'label' },
      { header: t('stats.column.participants'), width: 13, format: 'int', total: 'sum' },
      { header: t('stats.column.share'), width: 10, format: 'percent', total: 'sum' },
    ],
    rows: entries.map(([label, n]) => [label, n, share(n, stats.participants.total)]),
  }
}

function measures(input: SheetInput, name: string, captionKey: string, rows: Array<[string, Cell]>): TableSpec {
  return {
    name,
    caption: input.t(captionKey),
    columns: [
      { header: input.t('stats.column.measure'), width: 42 },
      { header: input.t('stats.column.value'), width: 14, format: 'int' },
    ],
    rows: rows.map(([key, value]) => [input.t(key), value]),
  }
}

const meta = (input: SheetInput): Array<[string, Cell]> => [[input.t('stats.cover.period'), input.periodText]]

export function summarySheet(input: SheetInput): SheetSpec {
  const { stats, t } = input
  const latest = stats.growth.at(-1)
  return {
    name: t('stats.sheet.summary'),
    title: `${t('stats.workbook.title')}: ${t('stats.sheet.summary').toLowerCase()}`,
    meta: meta(input),
    tables: [
      measures(input, 'KeyFigures', 'stats.cover.keyFigures', [
        ['stats.figure.participants', stats.participants.total],
        ['stats.figure.people', stats.participants.people],
        ['stats.figure.organisations', stats.organisations.total],
        ['stats.figure.newPartners', stats.organisations.newPartners],
        ['stats.measure.planned', stats.personDays.planned],
        ['stats.measure.actual', stats.personDays.actual],
        ['stats.measure.averagePlanned', { value: stats.personDays.averagePlanned, format: 'dec1' }],
        ['stats.figure.challenges', stats.teams.challenges],
        ['stats.figure.mixedTeams', stats.teams.mixedTeams],
        ['stats.figure.workshops', stats.workshops.workshops],
        ['stats.measure.attended', stats.workshops.attended],
        ['stats.column.participantRatings', { value: stats.feedback.participant.mean, format: 'dec2' }],
        ['stats.column.hostRatings', { value: stats.feedback.host.mean, format: 'dec2' }],
        ['stats.column.participantsFactor', { value: latest?.participantsFactor ?? null, format: 'factor' }],
      ]),
    ],
  }
}

export function participantsSheet(input: SheetInput): SheetSpec {
  const { stats, t } = input
  const p = stats.participants
  return {
    name: t('stats.sheet.participants'),
    title: t('stats.sheet.participants'),
    meta: meta(input),
    tables: [
      breakdown(input, 'ParticipantsBySector', 'stats.table.byHomeSector', 'stats.column.sector', SECTORS.map((s) => [t(`partners.sector.${s}`), p.byHomeSector[s]])),
      breakdown(input, 'ParticipantsByDirection', 'stats.table.byDirection', 'stats.column.direction', DIRECTIONS.map((d) => [t(directionKey(d)), p.byDirection[d]])),
      breakdown(input, 'ParticipantsByGender', 'stats.table.byGender', 'stats.column.gender', [
        ...GENDERS.map((g): [string, number] => [t(`stats.gender.${g}`), p.byGender[g]]),
        [t('stats.notRecorded'), p.byGender.unknown],
      ]),
      breakdown(input, 'ParticipantsByDriver', 'stats.table.byDriver', 'stats.column.driver', [
        ...DRIVERS.map((d): [string, number] => [t(`stats.driver.${d}`), p.byDriver[d]]),
        [t('stats.notRecorded'), p.byDriver.unknown],
      ]),
    ],
  }
}

export function organisationsSheet(input: SheetInput): SheetSpec {
  const { stats, t } = input
  const o = stats.organisations
  const count = (key: string, format: ColumnSpec['format'] = 'int'): ColumnSpec => ({ header: t(key), width: 13, format, total: 'sum' })
  return {
    name: t('stats.sheet.organisations'),
    title: t('stats.sheet.organisations'),
    meta: meta(input),
    tables: [
      {
        name: 'OrganisationsBySector',
        caption: t('stats.table.organisations'),
        totals: true,
        columns: [
          { header: t('stats.column.sector'), width: 26, total: 'label' },
          count('stats.column.organisations'), count('stats.column.newPartners'), count('stats.column.sending'),
          count('stats.column.hosting'), count('stats.column.reciprocal'), count('stats.column.sent'),
          count('stats.column.hosted'), count('stats.column.balance'),
        ],
        rows: o.balance.map((b) => [
          t(`partners.sector.${b.sector}`), o.bySector[b.sector], o.newPartnersBySector[b.sector],
          b.sending, b.hosting, b.reciprocal, b.sent, b.hosted, b.balance,
        ]),
      },
      measures(input, 'OrganisationRoles', 'stats.figure.sendingHosting', [
        ['stats.figure.organisations', o.total],
        ['stats.column.sending', o.sending],
        ['stats.column.hosting', o.hosting],
        ['stats.column.reciprocal', o.reciprocal],
        ['stats.measure.offersOnly', o.offersOnly],
        ['stats.figure.newPartners', o.newPartners],
      ]),
    ],
  }
}

export function personDaysSheet(input: SheetInput): SheetSpec {
  const { stats, t } = input
  const d = stats.personDays
  return {
    name: t('stats.sheet.personDays'),
    title: t('stats.sheet.personDays'),
    meta: meta(input),
    tables: [
      measures(input, 'PersonDays', 'stats.table.personDays', [
        ['stats.figure.participants', stats.participants.total],
        ['stats.measure.planned', d.planned],
        ['stats.measure.actual', d.actual],
        ['stats.measure.actualRecorded', d.actualRecorded],
        ['stats.measure.averagePlanned', { value: d.averagePlanned, format: 'dec1' }],
        ['stats.measure.averageActual', { value: d.averageActual, format: 'dec1' }],
      ]),
    ],
  }
}

export function teamsSheet(input: SheetInput): SheetSpec {
  const { stats, t } = input
  const { teams, workshops } = stats
  return {
    name: t('stats.sheet.teams'),
    title: t('stats.sheet.teams'),
    meta: meta(input),
    tables: [
      measures(input, 'Teams', 'stats.table.teams', [
        ['stats.measure.challenges', teams.challenges], ['stats.measure.challengesWithTeams', teams.challengesWithTeams],
        ['stats.measure.teams', teams.teams], ['stats.measure.mixedTeams', teams.mixedTeams], ['stats.measure.members', teams.members],
      ]),
      measures(input, 'Workshops', 'stats.table.workshops', [
        ['stats.measure.workshops', workshops.workshops], ['stats.measure.capacity', workshops.capacity],
        ['stats.measure.registered', workshops.registered], ['stats.measure.attended', workshops.attended],
        ['stats.measure.attendees', workshops.attendees],
      ]),
    ],
  }
}

export function feedbackSheet(input: SheetInput): SheetSpec {
  const { stats, t } = input
  const { participant, host, completed } = stats.feedback
  const ratings: Rating[] = [1, 2, 3, 4, 5]
  const both = (key: string, a: Cell, b: Cell): Cell[] => [t(key), a, b]
  const sides = (header: string): ColumnSpec[] => [
    { header, width: 26, total: 'label' },
    { header: t('stats.column.participantRatings'), width: 16, format: 'int', total: 'sum' },
    { header: t('stats.column.hostRatings'), width: 16, format: 'int', total: 'sum' },
  ]
  return {
    name: t('stats.sheet.feedback'),
    title: t('stats.sheet.feedback'),
    meta: meta(input),
    tables: [
      { name: 'Ratings', caption: t('stats.table.ratings'), totals: true, columns: sides(t('stats.column.rating')),
        rows: ratings.map((r) => [{ value: r, format: 'int' }, participant.distribution[r], host.distribution[r]]) },
      { name: 'RatingSummary', caption: t('stats.table.ratingSummary'), columns: sides(t('stats.column.measure')).map(({ total: _, ...c }) => c),
        rows: [
          both('stats.measure.completed', completed, completed),
          both('stats.measure.responses', participant.responses, host.responses),
          both('stats.measure.mean', { value: participant.mean, format: 'dec2' }, { value: host.mean, format: 'dec2' }),
          both('stats.measure.responseRate', { value: participant.responseRate, format: 'percent' }, { value: host.responseRate, format: 'percent' }),
        ] },
    ],
  }
}

export function growthSheet(input: SheetInput): SheetSpec {
  const { stats, t } = input
  const column = (key: string, format: ColumnSpec['format'] = 'int', width = 13): ColumnSpec => ({ header: t(key), width, format })
  const rows = stats.growth.map((g): Cell[] => [
    g.year, g.ministries, g.publicBodies, g.companies, g.ngos, g.associations, g.organisations, g.participants, g.participantsFactor, g.organisationsFactor,
  ])
  return {
    name: t('stats.sheet.growth'),
    title: t('stats.table.growth'),
    meta: meta(input),
    tables: [{
      name: 'Growth',
      caption: t('stats.table.growth'),
      columns: [
        column('stats.column.year', 'year', 8), column('stats.column.ministries'), column('stats.column.publicBodies'),
        column('stats.column.companies'), column('stats.column.ngos'), column('stats.column.associations', 'int', 15),
        column('stats.column.organisations'), column('stats.column.participants'),
        column('stats.column.participantsFactor', 'factor', 16), column('stats.column.organisationsFactor', 'factor', 16),
      ],
      rows: rows.length > 0 ? rows : [[null, null, null, null, null, null, null, null, null, null]],
    }],
    notes: [t('stats.cover.noChart')],
  }
}
