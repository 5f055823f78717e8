import { useState } from 'react'
import { useNavigate, useParams, Route, Routes } from 'react-router-dom'
import { PageHeader } from '../../components/PageHeader'
import { useT } from '../../i18n/useT'
import { OrganisationDialog } from './OrganisationDialog'
import { PartnerDetail } from './PartnerDetail'
import { PartnerList } from './PartnerList'

function PartnersScreen() {
  const t = useT()
  const navigate = useNavigate()
  const params = useParams()
  const selectedId = params.id ? Number(params.id) : null
  const [creating, setCreating] = useState(false)
  return (
    <>
      <PageHeader
        title={t('partners.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('partners.new')}
          </button>
        }
      />
      <div className="split">
        <PartnerList selectedId={selectedId} onOpen={(id) => navigate(`/partners/${id}`)} />
        <PartnerDetail id={selectedId} onOpen={(id) => navigate(`/partners/${id}`)} />
      </div>
      {creating && (
        <OrganisationDialog
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false)
            navigate(`/partners/${id}`)
          }}
          onOpenExisting={(id) => {
            setCreating(false)
            navigate(`/partners/${id}`)
          }}
        />
      )}
    </>
  )
}

export function PartnersPage() {
  return (
    <Routes>
      <Route index element={<PartnersScreen />} />
      <Route path=":id" element={<PartnersScreen />} />
    </Routes>
  )
}
