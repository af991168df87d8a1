/**
 * The kit the main bundle hands to each lazily loaded chunk (src/shared/kit.ts): its html template,
 * navigation, live preferences and the guide query. Built once here for every hook.
 */
import { query } from './api'
import { Html, html } from './dom'
import { prefs } from './prefs'
import { navigate } from './router'
import type { Kit } from './shared/kit'
import { choiceOf, choiceQuery, choiceVars, parseChoice, pickHtml, questionsHtml } from './views/choice'

export const chunkKit: Kit = {
  html,
  raw: (markup) => new Html(markup),
  navigate,
  prefs,
  guide: (code) => query('Guide', { code }).then((r) => r.data.guide),
  situation: { questionsHtml, pickHtml, choiceQuery, choiceVars, parseChoice, choiceOf },
}
