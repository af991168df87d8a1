/**
 * What the visit screens borrow from the main bundle, handed over when their chunk loads (see
 * ../account/kit.ts for why nothing of the main bundle may be imported here at run time). html,
 * navigate and the language come through ../account/kit (one module for every chunk).
 */
import type { Kit } from '../account/kit'
import type { Guide } from '../types'

export interface VisitKit extends Kit {
  /** The public guide of an item or bundle (the main bundle's persisted query, saved for offline). */
  guide: (code: string) => Promise<Guide>
}

let fetchGuide: VisitKit['guide'] = () => Promise.reject(new Error('the visit kit is not in use'))

export function useVisitKit(kit: VisitKit): void {
  fetchGuide = kit.guide
}

export const guide = (code: string): Promise<Guide> => fetchGuide(code)
