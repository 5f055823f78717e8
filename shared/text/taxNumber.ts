/** Slovenian tax number (davčna številka): 8 digits, the last a mod-11 check digit over weights 8..2. */
export function normaliseTaxNumber(input: string): string {
  return input.replace(/^\s*SI\s*/i, '').replace(/[\s.-]/g, '')
}

export function isValidSlovenianTaxNumber(input: string): boolean {
  const digits = normaliseTaxNumber(input)
  if (!/^[1-9]\d{7}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i)
  const check = 11 - (sum % 11)
  if (check === 11) return false
  return (check === 10 ? 0 : check) === Number(digits[7])
}

/** Appends the check digit to 7 leading digits (demo data and tests). */
export function withTaxCheckDigit(sevenDigits: string): string | null {
  let sum = 0
  for (let i = 0; i < 7; i++) sum += Number(sevenDigits[i]) * (8 - i)
  const check = 11 - (sum % 11)
  if (check === 11) return null
  return sevenDigits + String(check === 10 ? 0 : check)
}
