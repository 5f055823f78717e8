import type { ReactNode } from 'react'
import { Dialog, Heading, Modal as AriaModal, ModalOverlay } from 'react-aria-components'

interface ModalProps {
  title: string
  isOpen: boolean
  onClose: () => void
  children: ReactNode
  /** alertdialog for confirmations that replace or remove data. */
  role?: 'dialog' | 'alertdialog'
  wide?: boolean
}

/** A modal dialog that traps focus, closes on Escape and returns focus to where it was opened from. */
export function Modal({ title, isOpen, onClose, children, role = 'dialog', wide }: ModalProps) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <AriaModal className={`modal${wide ? ' modal--wide' : ''}`}>
        <Dialog role={role} className="modal__dialog">
          <Heading slot="title" className="modal__title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </AriaModal>
    </ModalOverlay>
  )
}
