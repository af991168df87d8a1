/** Entry of index.html: the whole app, every view and both languages (src/app.ts). */
import './styles.css'
import { startApp } from './app'
import { provideEnglish } from './i18n'
import { en } from './i18n-en'
import { views } from './views'

provideEnglish(en)
startApp(views)
