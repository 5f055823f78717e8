import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useDeferredValue, useRef, useState } from 'react'
import { PARTNER_SORT_KEYS } from '../../../../shared/api/partners'
import { ORGANISATION_STATUSES, SECTORS, type OrganisationStatus, type Sector } from '../../../../shared/domain/enums'
import type { OrganisationRow } from '../../../../shared/domain/partners'
import { ErrorBanner } from '../../components/Alerts'
import { TextField } from '../../components/Field'
import { appErrorOf } from '../../app/api'
import { useT } from '../../i18n/useT'
import { usePartnerList } from './queries'

type SortKey = (typeof PARTNER_SORT_KEYS)[number]
const column = createColumnHelper<OrganisationRow>()
const ROW_HEIGHT = 37

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

interface Props {
  selectedId: number | null
  onOpen: (id: number) => void
}

/** The partner list: search, filters, server-side Slovenian sorting, and a virtualised table for thousands of rows. */
export function PartnerList({ selectedId, onOpen }: Props) {
  const t = useT()
  const [search, setSearch] = useState('')
  const [sectors, setSectors] = useState<Sector[]>([])
  const [statuses, setStatuses] = useState<OrganisationStatus[]>([])
  const [sort, setSort] = useState<{ by: SortKey; dir: 'asc' | 'desc' }>({ by: 'name', dir: 'asc' })
  const deferredSearch = useDeferredValue(search)
  const list = usePartnerList({ search: deferredSearch, sectors, statuses, sortBy: sort.by, sortDir: sort.dir })
  const rows = list.data?.rows ?? []

  const columns = [
    column.accessor('name', {
      header: t('partners.column.name'),
      cell: (c) => (
        <button type="button" className="link-button" onClick={() => onOpen(c.row.original.id)}>
          {c.getValue()}
        </button>
      ),
    }),
    column.accessor('sector', { header: t('partners.column.sector'), cell: (c) => t(`partners.sector.${c.getValue()}`) }),
    column.accessor('city', { header: t('partners.column.city'), cell: (c) => c.getValue() ?? '' }),
    column.accessor('partnerSince', { header: t('partners.column.partnerSince'), cell: (c) => c.getValue() ?? '' }),
    column.accessor('status', {
      header: t('partners.column.status'),
      cell: (c) => <span className={`badge badge--${c.getValue()}`}>{t(`partners.status.${c.getValue()}`)}</span>,
    }),
  ]
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true })

  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })
  const items = virtualizer.getVirtualItems()
  const padTop = items[0]?.start ?? 0
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  const tableRows = table.getRowModel().rows

  return (
    <section aria-label={t('partners.title')}>
      <div className="toolbar">
        <TextField label={t('partners.search')} hint={t('partners.searchHint')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <fieldset className="filters">
          <legend>{t('partners.filterSector')}</legend>
          <div>
            {SECTORS.map((s) => (
              <label key={s} className="chip">
                <input type="checkbox" checked={sectors.includes(s)} onChange={() => setSectors(toggle(sectors, s))} />
                {t(`partners.sector.${s}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="filters">
          <legend>{t('partners.filterStatus')}</legend>
          <div>
            {ORGANISATION_STATUSES.map((s) => (
              <label key={s} className="chip">
                <input type="checkbox" checked={statuses.includes(s)} onChange={() => setStatuses(toggle(statuses, s))} />
                {t(`partners.status.${s}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <ErrorBanner error={list.error ? appErrorOf(list.error) : null} />
      <div className="grid">
        <div className="grid__scroll" ref={scrollRef} tabIndex={-1}>
          <table aria-rowcount={rows.length + 1}>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const key = header.column.id as SortKey
                    const active = sort.by === key
                    return (
                      <th key={header.id} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} style={key === 'name' ? { width: '40%' } : undefined}>
                        <button
                          type="button"
                          onClick={() => setSort(active ? { by: key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { by: key, dir: 'asc' })}
                        >
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                        </button>
                      </th>
                    )
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
              {items.map((item) => {
                const row = tableRows[item.index]
                if (!row) return null
                return (
                  <tr key={row.id} aria-rowindex={item.index + 2} aria-selected={row.original.id === selectedId} onClick={() => onOpen(row.original.id)} style={{ height: ROW_HEIGHT }}>
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                    ))}
                  </tr>
                )
              })}
              {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
            </tbody>
          </table>
          {list.isSuccess && rows.length === 0 && <p className="muted" style={{ padding: '0.75rem' }}>{t(search || sectors.length || statuses.length ? 'partners.empty' : 'partners.none')}</p>}
        </div>
        <p className="grid__count" role="status">
          {t('partners.count', { count: list.data?.total ?? 0 })}
        </p>
      </div>
    </section>
  )
}
