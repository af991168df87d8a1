/** UI strings of the application screens, zh-CN first and English (same shape). */
import { bilingual } from '../shared/strings'
import * as form from './strings/form'
import * as progress from './strings/progress'
import * as commitment from './strings/commitment'
import * as delivery from './strings/delivery'
import * as owed from './strings/owed'
import * as situation from './strings/situation'

const zh = { ...form.zh, ...progress.zh, ...commitment.zh, ...delivery.zh, ...owed.zh, ...situation.zh }

export type Strings = typeof zh

const en: typeof zh = { ...form.en, ...progress.en, ...commitment.en, ...delivery.en, ...owed.en, ...situation.en }

export const s = bilingual(zh, en)


/** Both languages, for messages kept while the language may change (problems found on this phone). */
export const both = { zh, en }
