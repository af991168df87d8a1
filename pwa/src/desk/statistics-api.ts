/**
 * The desk's statistics (统计分析): one GraphQL query for the figures and the filters' choices, and the
 * export as a file (GET /statistics/export.csv|xlsx with the Bearer token, api/statistics/routes.py).
 */
import type * as G from '../generated/graphql'
import { bearer, gql } from '../shared/session'
import { unwrap } from './api'

const COUNT = /* GraphQL */ `fragment StatCountFields on StatCount { key label labelEn count }`
const CASES = /* GraphQL */ `fragment CaseFigureFields on CaseFigures { opened closed overdue closedLate rate }`

export type Report = Extract<G.DeskStatisticsQuery['statistics'], { __typename: 'StatisticsReport' }>
export type StatCount = G.StatCountFieldsFragment
export type Filters = { from: string; to: string; hall: string; department: string }

export async function fetchStatistics(f: Filters) {
  const q = /* GraphQL */ `
    query DeskStatistics($from: Date!, $to: Date!, $hall: String, $department: String) {
      statistics(from: $from, to: $to, hallCode: $hall, departmentCode: $department) {
        __typename
        ... on StatisticsReport {
          from to today hallCode departmentCode applications averageWorkingDays visitsSaved
          byChannel { ...StatCountFields } byStatus { ...StatCountFields } ratings { ...StatCountFields }
          onTime { departmentCode name nameEn decided onTime rate }
          onTimeTotal { decided onTime rate }
          badRatings { ...CaseFigureFields } complaints { ...CaseFigureFields }
          helpers { applications consentsRequested consentsGiven consentsDeclined bookings }
          appointments { booked cancelled checkedIn noShow waiting noShowRate }
          byEntry(first: 100) {
            edges { node { code name nameEn kind applications finished averageWorkingDays promisedWorkingDays averageVisits promisedVisits visitsSaved } }
          }
        }
        ... on StatisticsError { code message messageEn }
      }
      halls { code name nameEn }
      departments { code name nameEn }
    }
    ${COUNT} ${CASES}
  `
  const vars = { from: f.from, to: f.to, hall: f.hall || null, department: f.department || null }
  const data = await gql<G.DeskStatisticsQuery, G.DeskStatisticsQueryVariables>(q, vars)
  return { report: unwrap(data.statistics, 'StatisticsReport'), halls: data.halls, departments: data.departments }
}

/** The report as a file (csv or xlsx), with the same filters. */
export async function exportStatistics(f: Filters, format: 'csv' | 'xlsx'): Promise<Blob> {
  const query = new URLSearchParams({ from: f.from, to: f.to })
  if (f.hall) query.set('hall', f.hall)
  if (f.department) query.set('department', f.department)
  const get = async (renew: boolean) =>
    fetch(`/statistics/export.${format}?${query}`, { headers: { authorization: `Bearer ${await bearer(renew)}` }, cache: 'no-store' })
  let res = await get(false)
  if (res.status === 401) res = await get(true)
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null
    throw new Error(body?.error?.message ?? `HTTP ${res.status}`)
  }
  return res.blob()
}
