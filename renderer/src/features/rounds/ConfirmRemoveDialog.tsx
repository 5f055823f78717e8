import { useMutation } from '@tanstack/react-query'
import { useRef } from 'react'
import { ErrorBanner } from '../../components/Alerts'
import { Modal } from '../../components/Modal'
import { appErrorOf } from '../../app/api'
import { useT } from '../../i18n/useT'

interface Props {
  title: string
  text: string
  onConfirm: () => Promise<unknown>
  onDone: () => void
  onClose: () => void
}

/**
 * Asks before a challenge or workshop is removed. When the service refuses (the item is in use), the refusal
 * stays in this dialog, next to the button that caused it, and nothing is removed.
 */
export function ConfirmRemoveDialog({ title, text, onConfirm, onDone, onClose }: Props) {
  const t = useT()
  const closeButton = useRef<HTMLButtonElement>(null)
  // After a refusal the Remove button goes away; focus moves to Close so the keyboard user is not left nowhere.
  const remove = useMutation({ mutationFn: onConfirm, onSuccess: onDone, onError: () => closeButton.current?.focus() })
  return (
    <Modal title={title} role="alertdialog" isOpen onClose={onClose}>
      <p>{text}</p>
      <ErrorBanner error={remove.error ? appErrorOf(remove.error) : null} />
      <footer>
        <button type="button" className="button" onClick={onClose} ref={closeButton}>
          {remove.isError ? t('shell.close') : t('shell.cancel')}
        </button>
        {!remove.isError && (
          <button type="button" className="button button--danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
            {t('shell.remove')}
          </button>
        )}
      </footer>
    </Modal>
  )
}
