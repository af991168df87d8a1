/** What only the desk screens need: their failures (staff sign in with a passkey), rates, roles. */
import { fail as report } from '../shared/feedback'
import type { Me } from './api'
import { s } from './strings'

/** Report a failure in the alert `id`; a lost session goes to the staff sign-in. */
export const fail = (root: ParentNode, id: string, err: unknown): void => report(root, id, err, { staff: true, notFound: s().notFound })

/** A desk page's wrapper and its list box, with the status region focusable (to announce what an action did). */
export function deskParts(main: HTMLElement): { root: HTMLElement; box: HTMLElement } | null {
  const root = main.querySelector<HTMLElement>('#desk')
  const box = root?.querySelector<HTMLElement>('#list')
  if (!root || !box) return null
  root.querySelector<HTMLElement>('#status')?.setAttribute('tabindex', '-1')
  return { root, box }
}

export const percent = (rate: number | null): string => (rate === null ? s().noRate : `${(rate * 100).toFixed(1)}%`)

export const isClerk = (me: Me): boolean => me.roles.includes('WINDOW_CLERK')
export const isReviewer = (me: Me): boolean => me.roles.includes('REVIEWER')
export const isSupervisor = (me: Me): boolean => me.roles.includes('SUPERVISOR') || me.roles.includes('ADMIN')
export const isAdmin = (me: Me): boolean => me.roles.includes('ADMIN')
/** 统计分析: leaders, supervisors and administrators (api/statistics/policies.py). */
export const isLeader = (me: Me): boolean => me.roles.includes('LEADER') || isSupervisor(me)
export const isCatalogueAdmin = (me: Me): boolean => me.roles.includes('CATALOG_ADMIN')
