/**
 * UI strings of the account screens, zh-CN first and English: the same shape as src/i18n.ts, kept
 * in this lazily loaded chunk so a guide page does not carry them (the header's two words,
 * 登录 / 我的, are in i18n.ts).
 */
import { bilingual, labeller, type Table } from '../shared/strings'
import * as signin from './strings/signin'
import * as me from './strings/me'
import * as helping from './strings/helping'
import * as inperson from './strings/inperson'
import * as help from './strings/help'
import * as authorize from './strings/authorize'

const zh = { ...signin.zh, ...me.zh, ...helping.zh, ...inperson.zh, ...help.zh, ...authorize.zh }


const en: typeof zh = { ...signin.en, ...me.en, ...helping.en, ...inperson.en, ...help.en, ...authorize.en }

export const s = bilingual(zh, en)


const ROLE: Table = {
  CITIZEN: ['群众', 'Citizen'],
  WINDOW_CLERK: ['综合窗口人员', 'Window clerk'],
  REVIEWER: ['审批人员', 'Reviewer'],
  SUPERVISOR: ['监察人员', 'Supervisor'],
  HELPER: ['帮办代办人员', 'Helper'],
  ADMIN: ['管理员', 'Administrator'],
  CLIENT: ['小程序', 'Mini-program'],
  ANONYMOUS: ['未登录用户', 'Anonymous'],
}
const CONSENT_SCOPE: Table = {
  BUNDLE: ['一件事', 'Life event'],
  ITEM: ['事项', 'Service item'],
  APPLICATION: ['办件', 'Application'],
}
const CONSENT_STATUS: Table = {
  PENDING: ['待确认', 'Waiting'],
  ACTIVE: ['有效', 'Active'],
  REVOKED: ['已撤销', 'Revoked'],
  DECLINED: ['已拒绝', 'Declined'],
  EXPIRED: ['已过期', 'Expired'],
}
const CLIENT_SCOPE: Table = {
  CATALOG_READ: ['查询办事指南', 'Read the service guides'],
  PROFILE_READ: ['读取基本信息（姓名、手机号、部分隐藏的身份证号）', 'Read my basic details (name, mobile, partly hidden ID number)'],
  APPLICATIONS_READ: ['读取我的办件', 'Read my applications'],
  LICENCES_READ: ['读取我的电子证照', 'Read my e-licences'],
  IDENTITY_NUMBERS_READ: [
    '读取完整的身份证号（我的和表单中家人等他人的；不授权时只显示部分隐藏的号码）',
    'Read full ID numbers (mine and those of family and others in my forms; otherwise partly hidden)',
  ],
  APPLICATIONS_WRITE: ['以我的名义填写草稿并提交办件', 'Fill in drafts and submit applications in my name'],
}
const WHAT: Table = {
  profile: ['基本信息', 'Basic details'],
  applications: ['办件', 'Applications'],
  licences: ['电子证照', 'E-licences'],
}



export const roleLabel = labeller(ROLE)
export const consentScopeLabel = labeller(CONSENT_SCOPE)
export const consentStatusLabel = labeller(CONSENT_STATUS)
export const clientScopeLabel = labeller(CLIENT_SCOPE)
export const whatLabel = labeller(WHAT)


