import { useVirtualizer } from '@tanstack/react-virtual'
import type { RefObject } from 'react'

/** The rows of a long table to render now, and the space above and below them that stands for the rest. */
export function useVirtualRows(count: number, scrollRef: RefObject<HTMLDivElement | null>, rowHeight: number) {
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 10 })
  const items = virtualizer.getVirtualItems()
  const padTop = items[0]?.start ?? 0
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  return { virtualizer, items, padTop, padBottom }
}
