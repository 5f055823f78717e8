import { useVirtualizer } from '@tanstack/react-virtual'
import type { KeyboardEvent, RefObject } from 'react'

/**
 * The rows of a long table to render now, and the space above and below them that stands for the rest.
 * `onKeyDown`, on the scrolling element, makes Home and End go to the first and the last row: the browser's
 * own End scrolls to the height known at that moment, which grows as rows drawn on the way are measured, so
 * it could stop short of the end; the virtualizer keeps scrolling until the row is really in view.
 */
export function useVirtualRows(count: number, scrollRef: RefObject<HTMLDivElement | null>, rowHeight: number) {
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 10 })
  const items = virtualizer.getVirtualItems()
  const padTop = items[0]?.start ?? 0
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Only on the list itself: a field or button inside a row keeps its own Home and End.
    if (event.target !== event.currentTarget || count === 0 || (event.key !== 'Home' && event.key !== 'End')) return
    event.preventDefault()
    if (event.key === 'Home') virtualizer.scrollToIndex(0, { align: 'start' })
    else virtualizer.scrollToIndex(count - 1, { align: 'end' })
  }
  return { virtualizer, items, padTop, padBottom, onKeyDown }
}
