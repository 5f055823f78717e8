export interface BenchResult {
  name: string
  value: number
  unit: string
  target?: string
}

/** Median wall time of `runs` calls, in milliseconds, after one warm-up call. */
export async function medianMs(fn: () => unknown, runs = 9): Promise<number> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 100) / 100
}
