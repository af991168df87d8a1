/** Labels for the schema's enums, zh-CN and English. */
import { isEn } from './i18n'
import type { Channel, CrossRegion, ItemKind, MaterialForm, StepPlace, Subject, SuppliedBy } from './types'

type Table<K extends string> = Record<K, [zh: string, en: string]>

const KIND: Table<ItemKind> = {
  ADMINISTRATIVE_LICENSING: ['行政许可', 'Licence'],
  ADMINISTRATIVE_CONFIRMATION: ['行政确认', 'Confirmation'],
  ADMINISTRATIVE_REGISTRATION: ['行政登记', 'Registration'],
  PUBLIC_SERVICE: ['公共服务', 'Public service'],
  OTHER: ['其他', 'Other'],
}
const SUBJECT: Table<Subject> = {
  NATURAL_PERSON: ['个人', 'Individuals'],
  LEGAL_PERSON: ['法人', 'Businesses'],
}
const CHANNEL: Table<Channel> = {
  ONLINE: ['网上办理', 'Online'],
  WINDOW: ['窗口办理', 'At the window'],
  SELF_SERVICE: ['自助终端', 'Self-service kiosk'],
  LOCKER: ['24小时智能柜', '24-hour locker'],
  MAIL: ['邮寄送达', 'By post'],
}
const REGION: Table<CrossRegion> = {
  DISTRICT: ['跨区通办', 'Any district of the city'],
  CITY: ['跨市通办', 'Any city of the province'],
  PROVINCE: ['跨省通办', 'Other provinces'],
}
const FORM: Table<MaterialForm> = {
  ORIGINAL: ['原件', 'Original'],
  COPY: ['复印件', 'Photocopy'],
  ORIGINAL_AND_COPY: ['原件及复印件', 'Original and photocopy'],
  ELECTRONIC: ['电子版', 'Electronic'],
}
const SUPPLIED: Table<SuppliedBy> = {
  NONE: ['无需提交', 'Not needed'],
  E_LICENCE: ['电子证照自动调取', 'Taken from your e-licence'],
  SHARED_DATA: ['部门共享数据获取', 'Obtained from shared government data'],
}
const PLACE: Table<StepPlace> = {
  ONLINE: ['网上', 'Online'],
  WINDOW: ['窗口', 'At the window'],
  EITHER: ['网上或窗口', 'Online or at the window'],
  ONSITE: ['现场勘验', 'On-site inspection'],
}

const label =
  <K extends string>(table: Table<K>) =>
  (key: K): string => {
    const pair = table[key]
    return pair ? pair[isEn() ? 1 : 0] : key
  }

export const kindLabel = label(KIND)
export const subjectLabel = label(SUBJECT)
export const channelLabel = label(CHANNEL)
export const regionLabel = label(REGION)
export const formLabel = label(FORM)
export const suppliedLabel = label(SUPPLIED)
export const placeLabel = label(PLACE)
