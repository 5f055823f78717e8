import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

/**
 * Moves focus to `target` after a dialog has closed, when the row that opened it is gone. It must happen after
 * the dialog has unmounted: while it is open it keeps focus inside, and on unmount it gives focus back to its
 * opener (or, if that is gone, to the page) unless something else has taken it by then.
 */
export function useFocusAfterDialog<T extends HTMLElement>(): { target: RefObject<T | null>; focusAfterClose: () => void } {
  const target = useRef<T>(null)
  const [requests, setRequests] = useState(0)
  useEffect(() => {
    if (requests > 0) target.current?.focus()
  }, [requests])
  const focusAfterClose = useCallback(() => setRequests((n) => n + 1), [])
  return { target, focusAfterClose }
}
