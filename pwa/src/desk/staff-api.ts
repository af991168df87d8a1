/**
 * The desk's GraphQL for staff onboarding (administrators): the staff list, invitations, suspension and
 * re-enrolment. Refusals are thrown as DeskError (./api.ts).
 */
import type * as G from '../generated/graphql'
import { gql } from '../shared/session'
import { unwrap } from './api'

const MEMBER = /* GraphQL */ `fragment DeskStaffMember on StaffMember { id name phone roles departmentCode hallCode suspended enrolled }`
const INVITATION = /* GraphQL */ `
  fragment DeskStaffInvitation on StaffInvitationResult {
    __typename ... on StaffInvitation { invitationCode enrollUrl staff { ...DeskStaffMember } } ... on IdentityError { code message messageEn }
  }
  ${MEMBER}
`

export type StaffMember = G.DeskStaffMemberFragment
export type Role = G.Role
export type Invitation = { code: string; url: string; name: string }

export async function fetchStaff() {
  const q = /* GraphQL */ `
    query DeskStaff { me { id } staffMembers { ...DeskStaffMember } departments { code name nameEn } halls { code name nameEn } }
    ${MEMBER}
  `
  return gql<G.DeskStaffQuery>(q)
}

export interface InviteInput {
  name: string
  phone: string
  roles: Role[]
  departmentCode: string | null
  hallCode: string | null
}

export async function inviteStaff(input: InviteInput): Promise<Invitation> {
  const m = /* GraphQL */ `
    mutation DeskInviteStaff($name: String!, $phone: String!, $roles: [Role!]!, $departmentCode: String, $hallCode: String) {
      inviteStaff(name: $name, phone: $phone, roles: $roles, departmentCode: $departmentCode, hallCode: $hallCode) { ...DeskStaffInvitation }
    }
    ${INVITATION}
  `
  const r = unwrap((await gql<G.DeskInviteStaffMutation, G.DeskInviteStaffMutationVariables>(m, input)).inviteStaff, 'StaffInvitation')
  return { code: r.invitationCode, url: r.enrollUrl, name: r.staff.name }
}

export async function reenrollStaff(id: string): Promise<Invitation> {
  const m = /* GraphQL */ `
    mutation DeskReenrollStaff($id: ID!) { reenrollStaff(id: $id) { ...DeskStaffInvitation } }
    ${INVITATION}
  `
  const r = unwrap((await gql<G.DeskReenrollStaffMutation, G.DeskReenrollStaffMutationVariables>(m, { id })).reenrollStaff, 'StaffInvitation')
  return { code: r.invitationCode, url: r.enrollUrl, name: r.staff.name }
}

export async function setSuspended(id: string, suspend: boolean): Promise<void> {
  const m = /* GraphQL */ `
    mutation DeskSuspendStaff($id: ID!, $suspend: Boolean!) {
      suspendStaff(id: $id) @include(if: $suspend) { __typename ... on IdentityError { code message messageEn } }
      reinstateStaff(id: $id) @skip(if: $suspend) { __typename ... on IdentityError { code message messageEn } }
    }
  `
  const r = await gql<G.DeskSuspendStaffMutation, G.DeskSuspendStaffMutationVariables>(m, { id, suspend })
  const answer = r.suspendStaff ?? r.reinstateStaff
  if (answer) unwrap(answer, 'StaffMemberUpdated')
}
