import { useState } from 'react'
import { Route, Routes, useNavigate, useParams } from 'react-router-dom'
import { PageHeader } from '../../components/PageHeader'
import { useT } from '../../i18n/useT'
import { RoundDetail } from './RoundDetail'
import { RoundDialog } from './RoundDialog'
import { RoundList } from './RoundList'

function RoundsScreen() {
  const t = useT()
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  return (
    <>
      <PageHeader
        title={t('rounds.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('rounds.new')}
          </button>
        }
      />
      <RoundList />
      {creating && (
        <RoundDialog
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false)
            navigate(`/rounds/${id}`)
          }}
        />
      )}
    </>
  )
}

function RoundScreen() {
  const { id } = useParams()
  // A changed id must not keep the previous round's open dialogs: key the screen by id.
  return <RoundDetail key={id} id={Number(id)} />
}

export function RoundsPage() {
  return (
    <Routes>
      <Route index element={<RoundsScreen />} />
      <Route path=":id" element={<RoundScreen />} />
    </Routes>
  )
}
