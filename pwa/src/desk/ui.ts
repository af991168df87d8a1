/** What only the desk screens need: their failures (staff sign in with a passkey), rates, roles. */
import { fail as report } from '../shared/feedback'
import type { Me } from './api'
import { s } from './strings'

/** Report a failure in the alert `id`; a lost session goes to the staff sign-in. */
export const fail = (root: ParentNode, id: string, err: unknown): void => report(root, id, err, { staff: true, notFound: s().notFound })

export const percent = (rate: number | null): string => (rate === null ? s().noRate : `${(rate * 100).toFixed(1)}%`)

export const isClerk = (me: Me): boolean => me.roles.includes('WINDOW_CLERK')
export const isReviewer = (me: Me): boolean => me.roles.includes('REVIEWER')
export const isSupervisor = (me: Me): boolean => me.roles.includes('SUPERVISOR') || me.roles.includes('ADMIN')
