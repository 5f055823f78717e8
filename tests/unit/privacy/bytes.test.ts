import { existsSync, readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../../electron/services/context'
import { anonymiseRound } from '../../../electron/services/privacy/anonymise'
import { erasePerson } from '../../../electron/services/privacy/erase'
import { planAnonymisation } from '../../../electron/services/privacy/plan'
import { demoContext } from './helpers'

let ctx: ServiceContext
let cleanup: () => void
beforeEach(async () => ({ ctx, cleanup } = await demoContext()))
afterEach(() => cleanup())

/** Every e-mail address of the list still present in the database file or its write-ahead log, read as bytes. */
function readableInFile(emails: string[]): string[] {
  const bytes = [ctx.conn.file, `${ctx.conn.file}-wal`].filter(existsSync).map((file) => readFileSync(file).toString('latin1')).join('\n')
  return emails.filter((email) => bytes.includes(email))
}

const emailsOf = (personIds: number[]) =>
  ctx.conn.sqlite.prepare('SELECT email FROM people WHERE id IN (SELECT value FROM json_each(?)) AND email IS NOT NULL').pluck().all(JSON.stringify(personIds)) as string[]

describe("erased and anonymised data leave the file's bytes (issue 17)", () => {
  it('anonymising a round leaves none of its e-mail addresses in the database file or its log', async () => {
    const round = ctx.conn.sqlite.prepare("SELECT id FROM rounds WHERE name LIKE '%2018%'").pluck().get() as number
    const emails = emailsOf(planAnonymisation(ctx, round, false).personIds)
    expect(emails.length).toBeGreaterThan(50)
    expect(readableInFile(emails).length).toBe(emails.length)
    await anonymiseRound(ctx, round, false)
    expect(readableInFile(emails)).toEqual([])
  })

  it('erasing a person leaves their e-mail address nowhere in the file or its log', async () => {
    const email = ctx.conn.sqlite.prepare('SELECT email FROM people WHERE email IS NOT NULL ORDER BY id LIMIT 1').pluck().get() as string
    expect(readableInFile([email])).toEqual([email])
    await erasePerson(ctx, { email })
    expect(readableInFile([email])).toEqual([])
  })
})
