import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { UserError } from '../../../shared/errors'

/** Headless, no sandbox (CI runs as root), and nothing that reaches the network on its own. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome']

/** CHROMIUM_PATH when set (it is then the only choice), else the first system Chromium found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): { path: string; found: boolean } {
  const configured = env.CHROMIUM_PATH?.trim()
  if (configured) return { path: configured, found: existsSync(configured) }
  const path = CANDIDATES.find((candidate) => existsSync(candidate))
  return path ? { path, found: true } : { path: CANDIDATES[0]!, found: false }
}

/** Starts the system Chromium; a missing or broken browser is a UserError the CLI prints, not a stack trace. */
export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const { path, found } = findChromium(env)
  if (!found) throw new UserError('letters.chromiumMissing', { path })
  try {
    return await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, headless: true })
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim() !== '') ?? ''
    throw new UserError('letters.chromiumFailed', { path, reason: reason.replace(/^browserType\.launch:\s*/, '').trim() })
  }
}
