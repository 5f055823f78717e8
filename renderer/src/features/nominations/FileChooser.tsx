import { useState, type DragEvent } from 'react'
import { api, unwrap } from '../../app/api'
import { useT } from '../../i18n/useT'

export type ChosenFile = { file: string } | { fileName: string; bytes: Uint8Array<ArrayBuffer> }

const EXTENSIONS = ['xlsx', 'xlsm', 'csv', 'txt', 'xls', 'ods']

/** A button for the file dialog and a zone to drop a file on; a dropped file is read here and sent as bytes. */
export function FileChooser({ disabled, onChosen }: { disabled: boolean; onChosen: (file: ChosenFile) => void }) {
  const t = useT()
  const [over, setOver] = useState(false)
  const choose = async () => {
    const { file } = await unwrap(api().dialog.openFile({ purpose: 'import', extensions: EXTENSIONS }))
    if (file) onChosen({ file })
  }
  const drop = async (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (!file || disabled) return
    onChosen({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
  }
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void drop(e)}
    >
      <button type="button" className="button button--primary" disabled={disabled} onClick={() => void choose()}>
        {t('import.screen.chooseFile')}
      </button>
      <span className="muted">{t('import.screen.dropHint')}</span>
    </div>
  )
}
