import type { Language } from '../domain/enums'
import { escapeHtml } from './escape'
import { letterText } from './format'
import type { SafeHtml } from './template/evaluate'
import type { MinistryData } from './types'

/** The signature block: room for a hand signature above the signatory's name and title, on the right. */
export function signatureBlock(ministry: MinistryData, lang: Language): SafeHtml {
  const space = escapeHtml(letterText(lang, 'letters.signatureSpace'))
  const title = ministry.signatoryTitle.trim()
  return {
    html:
      `<div class="signature"><div class="signature-space" role="presentation" title="${space}"></div>` +
      `<div class="signatory-name">${escapeHtml(ministry.signatoryName)}</div>` +
      (title === '' ? '' : `<div class="signatory-title">${escapeHtml(title)}</div>`) +
      `</div>`,
  }
}
