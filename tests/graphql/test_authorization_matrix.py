"""The authorization matrix: every query and mutation of the schema, called by every kind of principal.

The rows come from the schema: a field added without a policy, or without a row here saying who may
call it, fails ``test_every_field_has_one_policy_and_a_row``. Each call must be allowed exactly for
the principals of its row and refused (UNAUTHENTICATED / FORBIDDEN) for everyone else.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from strawberry.utils.str_converters import to_camel_case
from webauthn.helpers import bytes_to_base64url

from api.applications import services
from api.applications.enums import ActorKind
from api.applications.models import Application
from api.applications.workflow import Actor
from api.catalog import forms
from api.catalog.loader import load_catalog
from api.catalog.models import Department
from api.catalog.snapshot import CatalogCache
from api.feedback import services as feedback
from api.graphql.context import Context
from api.graphql.ids import from_global_id, global_id
from api.graphql.permissions import rule_of
from api.identity import clients, consents
from api.identity.enums import ConsentScope, Role, Scope
from api.identity.models import AccessLog, ApiClient, ClientGrant, Consent, User
from api.identity.principal import ANONYMOUS, Principal, PrincipalKind
from api.identity.runtime import IdentityRuntime
from api.schema import Mutation, Query, Subscription, build_schema
from api.wallet import services as wallet
from api.webhooks.services import departments
from tests.applications.conftest import make_upload, valid_data
from tests.conftest import gid, make_settings
from tests.identity import ids

EVERYONE = frozenset(
    {
        "anonymous",
        "citizen_a",
        "citizen_b",
        "helper_with_consent",
        "helper_without_consent",
        "reviewer_x",
        "reviewer_y",
        "supervisor",
        "window_clerk",
        "admin",
        "catalog_admin",
        "client_with_grant",
        "client_without_grant",
    }
)
CLIENTS = frozenset({"client_with_grant", "client_without_grant"})
DEPARTMENT_SYSTEM = frozenset({"client_without_grant"})  # bound to reviewer X's department, tasks:decide
PEOPLE = EVERYONE - CLIENTS - {"anonymous"}
CITIZENS = frozenset({"citizen_a", "citizen_b"})
HELPERS = frozenset({"helper_with_consent", "helper_without_consent"})
ADMIN = frozenset({"admin"})
CLERK = frozenset({"window_clerk"})
CATALOGUE = frozenset({"catalog_admin"})  # 目录管理员
REVIEWERS = frozenset({"reviewer_x", "reviewer_y"})
CLERKS = frozenset({"window_clerk", "supervisor", "admin"})  # publish appointment slots
LICENCE_STAFF = frozenset({"reviewer_x", "supervisor", "admin"})  # suspend/revoke X's licences


@dataclass
class World:
    principals: dict[str, Principal] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)


# field → (operation, who may call it). "{citizen_a}" and the like are filled in from the world.
QUERIES: dict[str, list[tuple[str, frozenset[str]]]] = {
    "guide": [('{ guide(code: "B03") { __typename } }', EVERYONE)],
    "catalogItems": [("{ catalogItems(first: 2) { totalCount } }", EVERYONE)],
    "bundles": [("{ bundles { code } }", EVERYONE)],
    "departments": [("{ departments { code } }", EVERYONE)],
    "halls": [("{ halls { code } }", EVERYONE)],
    "lifeCycle": [("{ lifeCycle { code } }", EVERYONE)],
    "search": [('{ search(text: "开餐馆") { __typename } }', EVERYONE)],
    "situation": [('{ situation(code: "B01") { __typename } }', EVERYONE)],
    "me": [("{ me { id name } }", PEOPLE)],
    "myConsents": [("{ myConsents { id status } }", PEOPLE)],
    "myAccessLog": [("{ myAccessLog { what } }", PEOPLE)],
    "myClientGrants": [("{ myClientGrants { id } }", CITIZENS)],
    "consentRequest": [('{ consentRequest(code: "{pending_code}") { scopeRef } }', CITIZENS)],
    "citizen": [
        (
            '{ citizen(id: "{citizen_a}", purpose: "matrix") { name idNumberMasked } }',
            frozenset(
                {"citizen_a", "helper_with_consent", "window_clerk", "supervisor", "client_with_grant"}
            ),
        ),
        (
            '{ citizen(id: "{citizen_b}", purpose: "matrix") { name } }',
            frozenset({"citizen_b", "window_clerk", "supervisor"}),
        ),
    ],
    "apiClients": [("{ apiClients { clientId } }", ADMIN)],
    "clientRegistry": [("{ clientRegistry { pageInfo { hasNextPage } } }", ADMIN)],
    "authorizationRequest": [
        (
            '{ authorizationRequest(request: {clientId: "{client_spare}", redirectUri: "x"}) { __typename } }',
            CITIZENS,
        )
    ],
    "webhookSubscriptions": [("{ webhookSubscriptions { edges { cursor } } }", CLIENTS)],
    "departmentSystemTasks": [("{ departmentSystemTasks { edges { cursor } } }", DEPARTMENT_SYSTEM)],
    "idNumberClaims": [("{ idNumberClaims { id } }", CLERK)],
    "pendingOrganizations": [("{ pendingOrganizations { createdAt } }", CLERK)],
    "myHelpRequests": [("{ myHelpRequests { id status } }", CITIZENS)],
    "helpRequestsForMe": [("{ helpRequestsForMe { id status } }", HELPERS)],
    "consentsAtWindow": [(f'{{ consentsAtWindow(idNumber: "{ids.resident_id()}") {{ id }} }}', CLERK)],
    "applyForm": [('{ applyForm(code: "B03") { __typename } }', CITIZENS | HELPERS)],
    "application": [
        (
            '{ application(id: "{application_a}") { status lanes { departmentCode } } }',
            frozenset({"citizen_a", "helper_with_consent", "window_clerk", "supervisor", "reviewer_x"}),
        )
    ],
    "preReviewQueue": [("{ preReviewQueue { totalCount } }", frozenset({"window_clerk"}))],
    "counterForm": [('{ counterForm(citizenId: "{citizen_a}", code: "B03") { __typename } }', CLERK)],
    "departmentTasks": [
        ("{ departmentTasks { edges { node { id } } } }", frozenset({"reviewer_x", "reviewer_y"}))
    ],
    "messages": [
        (
            '{ messages(id: "{application_a}") { body } }',
            frozenset({"citizen_a", "helper_with_consent", "window_clerk", "supervisor", "reviewer_x"}),
        )
    ],
    "myApplications": [("{ myApplications { edges { node { id } } } }", PEOPLE)],
    "trackApplication": [
        (
            '{ trackApplication(trackingNumber: "{tracking_a}", verificationCode: "x") { __typename } }',
            EVERYONE,
        )
    ],
    "staffMembers": [("{ staffMembers { id roles } }", ADMIN)],
    "myInbox": [("{ myInbox(first: 5) { unreadCount edges { node { id } } } }", PEOPLE)],
    "vapidPublicKey": [("{ vapidPublicKey }", EVERYONE)],
    "myNotificationPreferences": [("{ myNotificationPreferences { push sms } }", PEOPLE)],
    "myCases": [("{ myCases { edges { node { id status } } } }", PEOPLE)],
    "rectificationCases": [
        ("{ rectificationCases { totalCount } }", frozenset({"reviewer_x", "reviewer_y", "supervisor"}))
    ],
    "supervisionDashboard": [
        (
            '{ supervisionDashboard(from: "2026-01-01", to: "2026-12-31") { __typename } }',
            frozenset({"supervisor", "admin"}),
        )
    ],
    "overdueTasks": [("{ overdueTasks { __typename } }", frozenset({"supervisor", "admin"}))],
    # leaders too (tests/statistics/test_graphql.py: the matrix has no leader)
    "statistics": [
        (
            '{ statistics(from: "2026-01-01", to: "2026-12-31") { __typename } }',
            frozenset({"supervisor", "admin"}),
        )
    ],
    "commitmentChecks": [("{ commitmentChecks { __typename } }", REVIEWERS)],
    "overdueCommitmentChecks": [
        ("{ overdueCommitmentChecks { __typename } }", frozenset({"supervisor", "admin"}))
    ],
    "flaggedExtraCorrections": [
        ("{ flaggedExtraCorrections { __typename } }", frozenset({"supervisor", "admin"}))
    ],
    "extraCorrections": [
        ('{ extraCorrections(id: "{application_a}") { id } }', frozenset({"window_clerk", "supervisor"}))
    ],
    "pausedTasks": [("{ pausedTasks { totalCount } }", frozenset({"supervisor", "admin"}))],
    "slots": [('{ slots(hall: "CA", from: "2025-10-09", to: "2025-10-10") { __typename } }', EVERYONE)],
    "myBookings": [("{ myBookings { edges { node { id } } } }", PEOPLE)],
    "windowGroups": [('{ windowGroups(hall: "CA") { code } }', EVERYONE)],
    "hallBoard": [('{ hallBoard(hall: "CA") { __typename } }', EVERYONE)],
    "queueTicket": [('{ queueTicket(id: "999999") { __typename } }', EVERYONE)],
    "myTickets": [("{ myTickets { id } }", PEOPLE)],
    "myLicences": [("{ myLicences { edges { node { id number } } } }", PEOPLE)],
    "myIdCard": [("{ myIdCard { validUntil } }", PEOPLE)],
    "citizenLicences": [
        (
            '{ citizenLicences(citizenId: "{citizen_a}") { edges { node { id } } } }',
            frozenset({"client_with_grant"}),
        ),
        ('{ citizenLicences(citizenId: "{citizen_b}") { edges { node { id } } } }', frozenset()),
    ],
    "licence": [
        (
            '{ licence(id: "{licence_a}", purpose: "matrix") { id number } }',
            frozenset({"citizen_a", "reviewer_x"}),
        )
    ],
    "verifyLicence": [('{ verifyLicence(token: "a.b.c") { result message } }', EVERYONE)],
    "catalogueAdmin": [("{ catalogueAdmin { revision } }", CATALOGUE)],
    "catalogueEntries": [
        ('{ catalogueEntries(section: "halls", first: 1) { edges { cursor } } }', CATALOGUE)
    ],
    "catalogueRevisions": [("{ catalogueRevisions(first: 1) { edges { cursor } } }", CATALOGUE)],
    "cataloguePublication": [
        ('{ cataloguePublication(id: "Q2F0YWxvZ3VlUHVibGljYXRpb246OTk5") { revision } }', CATALOGUE)
    ],
    "catalogueDocument": [("{ catalogueDocument(revision: 1) }", CATALOGUE)],
}

_ANY = "{ __typename }"
_NO_CLIENT = global_id("ApiClient", 999999)
# a browser's push subscription keys (P-256 point, 16-byte auth secret)
_P256DH = "BBMVLrRl8YNnbp8epHp2oEpqvF2UvSCUfvUl5uH1e2RaxjSqRzUwFMGUk3_6UcxBpHIoryITj71BxLAdnAZnKSo"
_AUTH = "UA0UGqlIQIkWU6p8_89bOg"
MUTATIONS: dict[str, list[tuple[str, frozenset[str]]]] = {
    "signUpWithPhoneCode": [
        (
            f'mutation {{ signUpWithPhoneCode(phone: "{ids.phone()}", code: "000000", name: "测试",'
            f' idNumber: "{ids.resident_id()}") {_ANY} }}',
            EVERYONE,
        )
    ],
    "beginStaffEnrollment": [
        (f'mutation {{ beginStaffEnrollment(invitationCode: "NOPE") {_ANY} }}', EVERYONE)
    ],
    "finishRegistration": [(f'mutation {{ finishRegistration(credential: "{{}}") {_ANY} }}', EVERYONE)],
    "beginAddPasskey": [(f"mutation {{ beginAddPasskey {_ANY} }}", PEOPLE)],
    "finishAddPasskey": [(f'mutation {{ finishAddPasskey(credential: "{{}}") {_ANY} }}', PEOPLE)],
    "removePasskey": [(f'mutation {{ removePasskey(id: "999999") {_ANY} }}', PEOPLE)],
    "beginSignIn": [(f"mutation {{ beginSignIn {_ANY} }}", EVERYONE)],
    "finishSignIn": [(f'mutation {{ finishSignIn(credential: "{{}}") {_ANY} }}', EVERYONE)],
    "requestPhoneCode": [(f'mutation {{ requestPhoneCode(phone: "{ids.phone()}") {_ANY} }}', EVERYONE)],
    "signInWithPhoneCode": [
        (f'mutation {{ signInWithPhoneCode(phone: "{ids.phone()}", code: "000000") {_ANY} }}', EVERYONE)
    ],
    "registerOrganization": [
        (
            f'mutation {{ registerOrganization(creditCode: "{ids.credit_code()}", name: "某餐饮店") {_ANY} }}',
            CITIZENS,
        )
    ],
    "verifyOrganization": [(f'mutation {{ verifyOrganization(id: "999999") {_ANY} }}', CLERK)],
    "rebindIdNumber": [(f'mutation {{ rebindIdNumber(claimId: "999999") {_ANY} }}', CLERK)],
    "dismissIdNumberClaim": [(f'mutation {{ dismissIdNumberClaim(claimId: "999999") {_ANY} }}', CLERK)],
    "verifyIdNumberInPerson": [
        (
            f'mutation {{ verifyIdNumberInPerson(citizenId: "999999", idNumber: "{ids.resident_id()}") {_ANY} }}',
            CLERK,
        )
    ],
    "requestConsent": [
        (f'mutation {{ requestConsent(scope: BUNDLE, scopeRef: "B03", hours: 2) {_ANY} }}', HELPERS)
    ],
    "requestConsentInPerson": [
        (
            f'mutation {{ requestConsentInPerson(idNumber: "{ids.resident_id()}", scope: ITEM, '
            f'scopeRef: "MZ04", confirmBy: SIGNATURE) {_ANY} }}',
            HELPERS,
        )
    ],
    "confirmConsentInPerson": [
        (f'mutation {{ confirmConsentInPerson(id: "999999", code: "123456") {_ANY} }}', HELPERS)
    ],
    "requestHelp": [
        (
            f'mutation {{ requestHelp(phone: "13912345678", address: "西安市长安区韦曲街道") {_ANY} }}',
            CITIZENS,
        )
    ],
    "cancelHelpRequest": [(f'mutation {{ cancelHelpRequest(id: "999999") {_ANY} }}', CITIZENS)],
    "takeHelpRequest": [(f'mutation {{ takeHelpRequest(id: "999999") {_ANY} }}', HELPERS)],
    "finishHelpRequest": [(f'mutation {{ finishHelpRequest(id: "999999") {_ANY} }}', HELPERS)],
    "revokeConsentAtWindow": [(f'mutation {{ revokeConsentAtWindow(id: "999999") {_ANY} }}', CLERK)],
    "answerConsent": [
        (f'mutation {{ answerConsent(code: "{{answer_code}}", approve: true) {_ANY} }}', CITIZENS)
    ],
    "revokeConsent": [(f'mutation {{ revokeConsent(id: "{{revocable_consent}}") {_ANY} }}', CITIZENS)],
    "grantClient": [
        (f'mutation {{ grantClient(clientId: "{{client_spare}}", scopes: [PROFILE_READ]) {_ANY} }}', CITIZENS)
    ],
    "revokeClientGrant": [(f'mutation {{ revokeClientGrant(id: "999999") {_ANY} }}', CITIZENS)],
    "registerApiClient": [
        (f'mutation {{ registerApiClient(name: "街道小程序", scopes: [CATALOG_READ]) {_ANY} }}', ADMIN)
    ],
    "disableApiClient": [(f'mutation {{ disableApiClient(clientId: "{{client_spare}}") {_ANY} }}', ADMIN)],
    "approveAuthorization": [
        (
            f'mutation {{ approveAuthorization(request: {{clientId: "x", redirectUri: "y"}}) {_ANY} }}',
            CITIZENS,
        )
    ],
    "denyAuthorization": [
        (f'mutation {{ denyAuthorization(request: {{clientId: "x", redirectUri: "y"}}) {_ANY} }}', CITIZENS)
    ],
    "registerClient": [
        (
            f'mutation {{ registerClient(input: {{name: "街道小程序", scopes: [CATALOG_READ]}}) {_ANY} }}',
            ADMIN,
        )
    ],
    "suspendClient": [(f'mutation {{ suspendClient(id: "{_NO_CLIENT}") {_ANY} }}', ADMIN)],
    "reactivateClient": [(f'mutation {{ reactivateClient(id: "{_NO_CLIENT}") {_ANY} }}', ADMIN)],
    "rotateClientSecret": [(f'mutation {{ rotateClientSecret(id: "{_NO_CLIENT}") {_ANY} }}', ADMIN)],
    "configureClient": [
        (f'mutation {{ configureClient(id: "{_NO_CLIENT}", webOrigins: []) {_ANY} }}', ADMIN)
    ],
    "createWebhookSubscription": [
        (
            'mutation { createWebhookSubscription(url: "https://93.184.216.34/hooks", '
            f"events: [APPLICATION_SUBMITTED]) {_ANY} }}",
            CLIENTS,
        )
    ],
    "setWebhookSubscriptionActive": [
        (f'mutation {{ setWebhookSubscriptionActive(id: "999999", active: false) {_ANY} }}', CLIENTS)
    ],
    "replayWebhookDelivery": [(f'mutation {{ replayWebhookDelivery(id: "999999") {_ANY} }}', CLIENTS)],
    "replayWebhookDeliveries": [
        (
            'mutation { replayWebhookDeliveries(subscriptionId: "999999", '
            f'since: "2026-01-01T00:00:00+08:00") {_ANY} }}',
            CLIENTS,
        )
    ],
    "registerDocuments": [
        (f'mutation {{ registerDocuments(documents: ["{{ halls {{ code }} }}"]) {_ANY} }}', CLIENTS)
    ],
    "claimDepartmentTask": [(f'mutation {{ claimDepartmentTask(id: "999999") {_ANY} }}', DEPARTMENT_SYSTEM)],
    "decideDepartmentTask": [
        (f'mutation {{ decideDepartmentTask(id: "999999", approve: true) {_ANY} }}', DEPARTMENT_SYSTEM)
    ],
    "bindClientDepartment": [
        (
            f'mutation {{ bindClientDepartment(clientId: "{{client_spare}}", departmentCode: null) {_ANY} }}',
            ADMIN,
        )
    ],
    "saveDraft": [
        (f'mutation {{ saveDraft(input: {{code: "B03", data: {{}}}}) {_ANY} }}', CITIZENS | HELPERS)
    ],
    "deleteDraft": [(f'mutation {{ deleteDraft(id: "999999") {_ANY} }}', CITIZENS | HELPERS)],
    "submitApplication": [
        (f'mutation {{ submitApplication(input: {{code: "B03", data: {{}}}}) {_ANY} }}', CITIZENS | HELPERS)
    ],
    "withdrawApplication": [(f'mutation {{ withdrawApplication(id: "999999") {_ANY} }}', CITIZENS | HELPERS)],
    "answerCorrection": [
        (f'mutation {{ answerCorrection(id: "999999", materials: []) {_ANY} }}', CITIZENS | HELPERS)
    ],
    "claimApplication": [(f'mutation {{ claimApplication(id: "999999") {_ANY} }}', CLERK)],
    "identifyWalkIn": [(f'mutation {{ identifyWalkIn(idNumber: "1", name: "矩阵") {_ANY} }}', CLERK)],
    "sendCounterCode": [(f'mutation {{ sendCounterCode(citizenId: "999999") {_ANY} }}', CLERK)],
    "counterSubmit": [
        (
            'mutation { counterSubmit(input: {citizenId: "999999", code: "B03", data: {}, '
            f'idempotencyKey: "matrix-key"}}) {_ANY} }}',
            CLERK,
        )
    ],
    "releaseApplication": [(f'mutation {{ releaseApplication(id: "999999") {_ANY} }}', CLERK)],
    "judgeMaterials": [(f'mutation {{ judgeMaterials(id: "999999", verdicts: []) {_ANY} }}', CLERK)],
    "requestCorrections": [(f'mutation {{ requestCorrections(id: "999999") {_ANY} }}', CLERK)],
    "acceptApplication": [(f'mutation {{ acceptApplication(id: "999999") {_ANY} }}', CLERK)],
    "verifyOwedMaterial": [
        (f'mutation {{ verifyOwedMaterial(id: "999999", material: "x", ok: true) {_ANY} }}', CLERK)
    ],
    "handInOwedMaterial": [
        (
            f'mutation {{ handInOwedMaterial(id: "999999", material: {{material: "x", upload: "y"}}) {_ANY} }}',
            CITIZENS | HELPERS,
        )
    ],
    "setPickup": [(f'mutation {{ setPickup(id: "999999", pickup: {{method: WINDOW}}) {_ANY} }}', CLERK)],
    "recordCollection": [
        (
            f'mutation {{ recordCollection(id: "999999", collectedBy: "x", identityChecked: true) {_ANY} }}',
            CLERK,
        )
    ],
    "recordMailDelivered": [(f'mutation {{ recordMailDelivered(id: "999999") {_ANY} }}', CLERK)],
    "decideExtraCorrection": [
        (
            f'mutation {{ decideExtraCorrection(id: "999999", approve: true) {_ANY} }}',
            frozenset({"supervisor"}),
        )
    ],
    "chooseDelivery": [
        (
            f'mutation {{ chooseDelivery(id: "999999", delivery: {{method: WINDOW}}) {_ANY} }}',
            CITIZENS | HELPERS,
        )
    ],
    "startTaskReview": [(f'mutation {{ startTaskReview(id: "999999") {_ANY} }}', REVIEWERS)],
    "decideTask": [(f'mutation {{ decideTask(id: "999999", approve: true) {_ANY} }}', REVIEWERS)],
    "recordCommitmentCheck": [
        (f'mutation {{ recordCommitmentCheck(id: "999999", outcome: VERIFIED) {_ANY} }}', REVIEWERS)
    ],
    "collectFromLocker": [
        (f'mutation {{ collectFromLocker(id: "999999", code: "1") {_ANY} }}', CITIZENS | HELPERS)
    ],
    "postMessage": [
        (
            f'mutation {{ postMessage(id: "{{application_a}}", body: "您好") {_ANY} }}',
            frozenset({"citizen_a", "helper_with_consent", "window_clerk", "supervisor", "reviewer_x"}),
        )
    ],
    "inviteStaff": [
        (
            f'mutation {{ inviteStaff(name: "新同事", phone: "{ids.phone()}", roles: [WINDOW_CLERK]) {_ANY} }}',
            ADMIN,
        )
    ],
    "suspendStaff": [(f'mutation {{ suspendStaff(id: "999999") {_ANY} }}', ADMIN)],
    "reinstateStaff": [(f'mutation {{ reinstateStaff(id: "999999") {_ANY} }}', ADMIN)],
    "reenrollStaff": [(f'mutation {{ reenrollStaff(id: "999999") {_ANY} }}', ADMIN)],
    "subscribePush": [
        (
            f'mutation {{ subscribePush(endpoint: "https://push.example.net/s/1", p256dh: "{_P256DH}", auth: "{_AUTH}") {_ANY} }}',
            PEOPLE,
        )
    ],
    "unsubscribePush": [
        ('mutation { unsubscribePush(endpoint: "https://push.example.net/s/1") { removed } }', PEOPLE)
    ],
    "markInboxRead": [('mutation { markInboxRead(ids: ["999999"]) { marked unreadCount } }', PEOPLE)],
    "setNotificationPreferences": [
        (f"mutation {{ setNotificationPreferences(push: true, sms: false) {_ANY} }}", PEOPLE)
    ],
    "rateApplication": [
        (
            f'mutation {{ rateApplication(applicationId: "{{application_a}}", level: 5) {_ANY} }}',
            frozenset({"citizen_a"}),
        )
    ],
    "reportProblem": [
        (
            f'mutation {{ reportProblem(description: "矩阵测试：办不成事", contactPhone: "13912345678") {_ANY} }}',
            EVERYONE,
        )
    ],
    "assignCase": [(f'mutation {{ assignCase(id: "{{case_x}}") {_ANY} }}', frozenset({"supervisor"}))],
    "answerCase": [
        (
            f'mutation {{ answerCase(id: "{{case_x}}", answer: "矩阵测试的答复") {_ANY} }}',
            frozenset({"reviewer_x", "supervisor"}),
        )
    ],
    "confirmCase": [
        (f'mutation {{ confirmCase(id: "{{case_x}}", satisfied: true) {_ANY} }}', frozenset({"citizen_a"}))
    ],
    "bookSlot": [(f'mutation {{ bookSlot(slotId: "999999") {_ANY} }}', CITIZENS | HELPERS)],
    "moveBooking": [
        (f'mutation {{ moveBooking(bookingId: "999999", slotId: "999999") {_ANY} }}', CITIZENS | HELPERS)
    ],
    "cancelBooking": [(f'mutation {{ cancelBooking(bookingId: "999999") {_ANY} }}', CITIZENS | HELPERS)],
    "takeTicket": [(f'mutation {{ takeTicket(hall: "CA", group: "A") {_ANY} }}', EVERYONE)],
    "checkIn": [(f'mutation {{ checkIn(hall: "CA", bookingId: "999999") {_ANY} }}', CITIZENS | HELPERS)],
    "checkInByCode": [(f'mutation {{ checkInByCode(hall: "CA", code: "NOPE") {_ANY} }}', CLERKS)],
    "callNextTicket": [
        (f'mutation {{ callNextTicket(hall: "CA", group: "A", window: "1号窗口") {_ANY} }}', CLERKS)
    ],
    "publishSlots": [
        (
            f'mutation {{ publishSlots(hall: "CA", fromDate: "2025-10-09", toDate: "2025-10-09", '
            f'times: ["09:00-12:00"], capacity: 5) {_ANY} }}',
            CLERKS,
        )
    ],
    "setIdCardValidUntil": [(f"mutation {{ setIdCardValidUntil(validUntil: null) {_ANY} }}", PEOPLE)],
    "presentLicence": [
        (f'mutation {{ presentLicence(id: "{{licence_a}}") {_ANY} }}', frozenset({"citizen_a"}))
    ],
    "suspendLicence": [
        (f'mutation {{ suspendLicence(id: "{{licence_a}}", reason: "矩阵") {_ANY} }}', LICENCE_STAFF)
    ],
    "reinstateLicence": [
        (f'mutation {{ reinstateLicence(id: "{{licence_a}}", reason: "矩阵") {_ANY} }}', LICENCE_STAFF)
    ],
    "revokeLicence": [
        (f'mutation {{ revokeLicence(id: "{{licence_a}}", reason: "矩阵") {_ANY} }}', LICENCE_STAFF)
    ],
    "saveCatalogueEntry": [
        (f'mutation {{ saveCatalogueEntry(section: "nope", entry: {{code: "X"}}) {_ANY} }}', CATALOGUE)
    ],
    "removeCatalogueEntry": [
        (f'mutation {{ removeCatalogueEntry(section: "halls", code: "ZZ") {_ANY} }}', CATALOGUE)
    ],
    "discardCatalogueDraft": [(f"mutation {{ discardCatalogueDraft {_ANY} }}", CATALOGUE)],
    "publishCatalogue": [(f"mutation {{ publishCatalogue {_ANY} }}", CATALOGUE)],
    "importCatalogue": [
        (f"mutation {{ importCatalogue(document: {{}}, baseRevision: 1) {_ANY} }}", CATALOGUE)
    ],
}


def _graphql_names(root: type) -> set[str]:
    return {to_camel_case(f.python_name) for f in root.__strawberry_definition__.fields}


def test_every_field_has_one_policy_and_a_row():
    for f in Subscription.__strawberry_definition__.fields:  # checked over WebSocket in their own tests
        assert rule_of(f.permission_classes) is not None, f"{f.python_name} has no single policy"
    for root, rows in ((Query, QUERIES), (Mutation, MUTATIONS)):
        for f in root.__strawberry_definition__.fields:
            assert rule_of(f.permission_classes) is not None, f"{f.python_name} has no single policy"
        assert _graphql_names(root) == set(rows), "the matrix must list exactly the schema's fields"


async def _user(name: str, roles: list[Role], department=None, **extra) -> User:
    return await User.create(
        user_handle=bytes_to_base64url(secrets.token_bytes(64)),
        name=name,
        phone=ids.phone(),
        roles=[r.value for r in roles],
        staff=Role.CITIZEN not in roles,
        department=department,
        **extra,
    )


def _person(user: User) -> Principal:
    return Principal(
        PrincipalKind.USER,
        user_id=user.id,
        roles=frozenset(Role(r) for r in user.roles),
        department_id=user.department_id,
        address="10.9.0.1",
    )


async def _restaurant_departments() -> list[dict]:
    catalog = await CatalogCache(0).get()
    return [{"department": i.department.code} for i in catalog.entry("B03").items]


async def _application_of(citizen: User) -> Application:
    """A submitted restaurant application (B03) of this citizen."""
    catalog = await CatalogCache(0).get()
    materials = []
    for line in services.material_plan(catalog.entry("B03")):
        if line.status == "missing":
            upload = await make_upload(citizen)
            materials.append(services.MaterialInput(line.material_code, upload.public_id))
    sub = services.Submission(
        code="B03",
        data=valid_data(forms.form_for(catalog, "B03")),
        materials=materials,
        idempotency_key=secrets.token_hex(8),
    )
    actor = Actor(ActorKind.APPLICANT, citizen.id)
    return (await services.submit(catalog, citizen, actor, sub)).application


async def build_world() -> World:
    world = World()
    # reviewer X's department handles part of the restaurant bundle (B03), Y's has no part in it
    restaurant = {item["department"] for item in (await _restaurant_departments())}
    dept_x = await Department.get(code=sorted(restaurant)[0])
    dept_y = await Department.exclude(code__in=restaurant).order_by("code").first()
    a = await _user("市民甲", [Role.CITIZEN], id_number=ids.resident_id())
    b = await _user("市民乙", [Role.CITIZEN], id_number=ids.resident_id())
    helper_with = await _user("帮办甲", [Role.HELPER])
    helper_without = await _user("帮办乙", [Role.HELPER])
    other_helper = await _user("帮办丙", [Role.HELPER])
    people = {
        "citizen_a": a,
        "citizen_b": b,
        "helper_with_consent": helper_with,
        "helper_without_consent": helper_without,
        "reviewer_x": await _user("审批X", [Role.REVIEWER], dept_x),
        "reviewer_y": await _user("审批Y", [Role.REVIEWER], dept_y),
        "supervisor": await _user("督办", [Role.SUPERVISOR]),
        "window_clerk": await _user("窗口", [Role.WINDOW_CLERK]),
        "admin": await _user("管理员", [Role.ADMIN]),
        "catalog_admin": await _user("目录管理员", [Role.CATALOG_ADMIN]),
    }
    world.principals = {name: _person(u) for name, u in people.items()}
    world.principals["anonymous"] = ANONYMOUS

    readable = frozenset({Scope.PROFILE_READ, Scope.LICENCES_READ})
    granted, _ = await clients.register_client("有授权小程序", readable, None)
    ungranted, _ = await clients.register_client("无授权小程序", readable | {Scope.TASKS_DECIDE}, None)
    ungranted = await departments.bind(ungranted.client_id, dept_x.code)  # a department's system
    spare, _ = await clients.register_client("备用小程序", frozenset({Scope.PROFILE_READ}), None)
    await clients.grant(a, granted.client_id, readable)
    for name, client in (("client_with_grant", granted), ("client_without_grant", ungranted)):
        world.principals[name] = Principal(
            PrincipalKind.CLIENT, client_id=client.id, scopes=frozenset(Scope(s) for s in client.scopes)
        )

    consent = await consents.request_consent(helper_with, ConsentScope.BUNDLE, "B03", 4)
    await consents.answer_consent(a, consent.code, approve=True)
    pending = await consents.request_consent(other_helper, ConsentScope.BUNDLE, "B01", 4)
    to_answer = await consents.request_consent(other_helper, ConsentScope.BUNDLE, "B02", 4)
    revocable = await consents.request_consent(other_helper, ConsentScope.ITEM, "CG01", 4)
    await consents.answer_consent(a, revocable.code, approve=True)
    application = await _application_of(a)
    world.ids = {
        "application_a": gid("Application", application.id),
        "tracking_a": application.tracking_number,
        "citizen_a": gid("User", a.id),
        "citizen_b": gid("User", b.id),
        "pending_code": pending.code,
        "answer_code": to_answer.code,
        "revocable_consent": gid("Consent", revocable.id),
        "client_spare": spare.client_id,
    }
    # a 办不成事 case of citizen A about an item of reviewer X's department
    catalog = await CatalogCache(0).get()
    item_x = next(i.code for i in catalog.entry("B03").items if i.department.code == dept_x.code)
    report = await feedback.report_problem(
        catalog, "矩阵测试：窗口没有一次性告知", item_x, None, a, "10.9.0.9"
    )
    world.ids["case_x"] = gid("RectificationCase", report.case.id)
    # an e-licence of citizen A issued by reviewer X's department
    licence_a = await wallet.issue_licence(dept_x, a, "business_licence", {"name": "矩阵测试小吃店"})
    world.ids["licence_a"] = licence_a.public_id
    return world


def _fill(operation: str, world: World) -> str:
    for key, value in world.ids.items():
        operation = operation.replace("{" + key + "}", value)
    return operation


async def test_each_principal_gets_exactly_what_the_policy_says(database, demo_source, tmp_path):
    await load_catalog(demo_source)
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    await identity.keys.load()
    cache = CatalogCache(0)
    world = await build_world()

    wrong: list[str] = []
    for rows in (QUERIES, MUTATIONS):  # queries first: mutations change the world
        for name, cases in rows.items():
            for operation, allowed in cases:
                for who in sorted(EVERYONE):
                    principal = world.principals[who]
                    context = Context(settings, cache, identity, principal)
                    result = await schema.execute(_fill(operation, world), context_value=context)
                    codes = [(e.extensions or {}).get("code") for e in result.errors or []]
                    if who in allowed:
                        # let through by its policy; the phone-code limits (one phone here) may then bite
                        if result.errors and codes != ["RATE_LIMITED"]:
                            causes = [e.original_error or e for e in result.errors]
                            wrong.append(f"{name}: {who} should be allowed, got {causes!r}")
                    else:
                        expected = "UNAUTHENTICATED" if principal is ANONYMOUS else "FORBIDDEN"
                        if codes != [expected]:
                            wrong.append(f"{name}: {who} should get {expected}, got {codes or result.data}")
    assert not wrong, "\n".join(wrong)

    # every read of A's data by someone else is in A's access log, with who and why
    subject = from_global_id(world.ids["citizen_a"], "User")
    log = await AccessLog.filter(subject_id=subject, what="profile").values_list("actor_role", "purpose")
    assert sorted(role for role, _ in log) == ["client", "helper", "supervisor", "window_clerk"]
    assert {purpose for _, purpose in log} == {"matrix"}
    readers = await AccessLog.filter(subject_id=subject, what="application").values_list(
        "actor_role", flat=True
    )
    # the application itself, and the pre-review queue that listed it
    assert sorted(readers) == ["helper", "reviewer", "supervisor", "window_clerk", "window_clerk"]


async def test_consent_and_grants_stop_working_when_they_end(database, demo_source, tmp_path):
    """The object-level rules follow the data: expiry and revocation take effect at once."""
    await load_catalog(demo_source)
    settings = make_settings(tmp_path, database)
    schema = build_schema(settings)
    identity = IdentityRuntime.for_base_url(settings.public_base_url)
    await identity.keys.load()
    world = await build_world()
    query = _fill('{ citizen(id: "{citizen_a}") { name } }', world)

    async def can_read(who: str) -> bool:
        context = Context(settings, CatalogCache(0), identity, world.principals[who])
        return not (await schema.execute(query, context_value=context)).errors

    assert await can_read("helper_with_consent") and await can_read("client_with_grant")
    await Consent.filter(helper_id=world.principals["helper_with_consent"].user_id).update(
        valid_until=datetime.now(UTC) - timedelta(seconds=1)
    )
    assert not await can_read("helper_with_consent")
    await ClientGrant.all().update(revoked_at=datetime.now(UTC))
    assert not await can_read("client_with_grant")
    # a disabled client loses its grants too
    await ClientGrant.all().update(revoked_at=None)
    assert await can_read("client_with_grant")
    await ApiClient.filter(id=world.principals["client_with_grant"].client_id).update(
        disabled_at=datetime.now(UTC)
    )
    assert not await can_read("client_with_grant")
