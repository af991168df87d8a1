/**
 * The main bundle's side of the staff desk (index.html only; guide.html has none of it): its routes,
 * and loading its chunk on first use. Nothing here may be imported by the chunk
 * (plugins/lazy-chunk.ts): the chunk is only reached through the virtual module's URL.
 */
import { url as deskChunk } from 'virtual:lazy/desk'
import { chunkKit } from '../chunk-kit'
import type * as DeskChunk from './index'
import { addAccountRoutes, type Route } from '../router'
import type { View } from '../views/view'

const PATHS =
  /^\/desk(?:\/(?:intake|queue|checks|consents|tasks|commitments|supervision|statistics|corrections|cases|staff|clients|catalogue|applications\/[^/]+))?\/?$/
addAccountRoutes(PATHS)

export const isDeskPath = (path: string): boolean => PATHS.test(path)

export const deskView = (route: Route): Promise<View> =>
  import(/* @vite-ignore */ deskChunk).then((m: typeof DeskChunk) =>
    m.deskView(route, chunkKit),
  )
