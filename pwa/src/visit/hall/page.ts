/** The hall queue's routes: /hall/<code> (check-in QR, take a number), /hall/<code>/display (叫号屏), /hall/<code>/desk (叫号台). */
import type { View } from '../../views/view'
import { addStyles } from '../../shared/stylesheet'
import css from './hall.css?inline'
import { checkinPage } from './checkin'
import { deskPage } from './desk'
import { displayPage } from './display'

export const HALL_PATH = /^\/hall\/([A-Za-z0-9]{1,8})(?:\/(display|desk))?$/

export function hallView(path: string, query: URLSearchParams): Promise<View> | null {
  const m = HALL_PATH.exec(path)
  if (!m) return null
  addStyles('ov-hall-css', css)
  const hall = m[1].toUpperCase()
  if (m[2] === 'display') return displayPage(hall)
  if (m[2] === 'desk') return deskPage(hall)
  return checkinPage(hall, query)
}
