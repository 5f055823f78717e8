import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { GrowthRow } from '../../../../shared/stats/types'

/** Colours that stay apart for the common colour-vision deficiencies (Okabe–Ito) and print in grey. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00']

export interface Series {
  key: string
  label: string
}

/** Bars per category, one bar per series; axis numbers in the user's format. Animations off: figures, not a show. */
export function CategoryBars({ data, series, format, horizontal = false }: { data: Array<Record<string, string | number>>; series: Series[]; format: (n: number) => string; horizontal?: boolean }) {
  const height = horizontal ? Math.max(180, data.length * 26 * series.length + 60) : 260
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 20, right: 28, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" tickFormatter={(v: number) => format(v)} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={210} tick={{ fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" interval={0} />
            <YAxis tickFormatter={(v: number) => format(v)} allowDecimals={false} />
          </>
        )}
        {series.length > 1 && <Legend />}
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} label={{ position: horizontal ? 'right' : 'top', formatter: (v: unknown) => format(Number(v)), fontSize: 12 }} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}

/** Participants per year as bars, organisations by sector as lines, from the pilot on. */
export function GrowthChart({ rows, labels, format }: { rows: GrowthRow[]; labels: Record<'participants' | 'ministries' | 'companies' | 'ngos', string>; format: (n: number) => string }) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <ComposedChart accessibilityLayer={false} data={rows} margin={{ top: 20, right: 28, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis tickFormatter={(v: number) => format(v)} allowDecimals={false} />
        <Legend />
        <Bar dataKey="participants" name={labels.participants} fill={PALETTE[0]} isAnimationActive={false} />
        <Line dataKey="ministries" name={labels.ministries} stroke={PALETTE[1]} strokeWidth={2} isAnimationActive={false} />
        <Line dataKey="companies" name={labels.companies} stroke={PALETTE[2]} strokeWidth={2} isAnimationActive={false} />
        <Line dataKey="ngos" name={labels.ngos} stroke={PALETTE[3]} strokeWidth={2} strokeDasharray="6 3" isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  )
}
