/**
 * Entry of guide.html, the page a hall QR code opens (/g/<CODE>): the app with the guide views only,
 * and the English strings fetched the first time English is on. Its HTML carries this script, the
 * styles and the guide's data, and is meant to arrive in TCP's first round trip (~14 KB gzipped) on
 * a phone's network. Links to other pages (home, tree, search, account) load index.html, which has
 * every view.
 */
import './styles.css'
import { url as englishChunk } from 'virtual:lazy/i18n-en'
import { startApp } from './app'
import { provideEnglish } from './i18n'
import { guideView } from './views/guide'
import { missingView } from './views/misc'
import type * as English from './i18n-en'

provideEnglish(() => import(/* @vite-ignore */ englishChunk).then((m: typeof English) => m.en))
startApp({ guide: guideView, missing: missingView })
