import { fold, organisationNameKey, slSortKey } from '../../../shared/text'

/** The derived columns every write of an organisation must refresh. */
export function organisationKeys(org: { name: string; shortName: string | null; taxNumber: string | null; city: string | null }) {
  return {
    sortKey: slSortKey(org.name),
    searchKey: organisationNameKey(org.name),
    searchText: fold([org.name, org.shortName, org.taxNumber, org.city].filter(Boolean).join(' ')),
  }
}
