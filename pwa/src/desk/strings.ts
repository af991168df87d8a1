/**
 * UI strings of the staff desk, zh-CN first and English, in this lazily loaded chunk (the main bundle
 * carries none of them). Same shape in both languages; the English object is checked against it.
 */
import { bilingual } from '../shared/strings'
import * as common from './strings/common'
import * as queue from './strings/queue'
import * as application from './strings/application'
import * as oversight from './strings/oversight'
import * as commitments from './strings/commitments'
import * as followup from './strings/followup'
import * as owed from './strings/owed'
import * as staff from './strings/staff'
import * as consents from './strings/consents'
import * as intake from './strings/intake'
import * as clients from './strings/clients'
import * as statistics from './strings/statistics'
import * as catalogue from './strings/catalogue'

const zh = {
  ...common.zh,
  ...queue.zh,
  ...application.zh,
  ...oversight.zh,
  ...commitments.zh,
  ...followup.zh,
  ...owed.zh,
  ...staff.zh,
  ...consents.zh,
  ...intake.zh,
  ...clients.zh,
  ...statistics.zh,
  ...catalogue.zh,
}

export type DeskStrings = typeof zh

const en: typeof zh = {
  ...common.en,
  ...queue.en,
  ...application.en,
  ...oversight.en,
  ...commitments.en,
  ...followup.en,
  ...owed.en,
  ...staff.en,
  ...consents.en,
  ...intake.en,
  ...clients.en,
  ...statistics.en,
  ...catalogue.en,
}

export const s = bilingual(zh, en)


