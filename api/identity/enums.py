from enum import StrEnum


class Role(StrEnum):
    CITIZEN = "citizen"  # 群众 / 企业经办人
    WINDOW_CLERK = "window_clerk"  # 综合窗口
    REVIEWER = "reviewer"  # 部门审批人员 (bound to one department)
    SUPERVISOR = "supervisor"  # 电子监察 / 督办
    HELPER = "helper"  # 帮办代办
    ADMIN = "admin"
    LEADER = "leader"  # 领导: the statistics of their hall (or of every hall when they have none)
    CATALOG_ADMIN = "catalog_admin"  # 目录管理员: edits and publishes the catalogue (of a department or hall)


STAFF_ROLES = frozenset(
    {
        Role.WINDOW_CLERK,
        Role.REVIEWER,
        Role.SUPERVISOR,
        Role.HELPER,
        Role.ADMIN,
        Role.LEADER,
        Role.CATALOG_ADMIN,
    }
)


class ChallengePurpose(StrEnum):
    REGISTER = "register"  # sign-up or adding a passkey
    AUTHENTICATE = "authenticate"


class ClaimStatus(StrEnum):
    OPEN = "open"  # waiting for the person to show their ID card at a window
    REBOUND = "rebound"  # a clerk checked the card and moved the number to the claimant
    DISMISSED = "dismissed"  # a clerk checked and refused the claim


class OrganizationProof(StrEnum):
    WALLET_LICENCE = "wallet_licence"  # a business licence in the claimant's wallet names them
    IN_PERSON = "in_person"  # a window clerk checked the licence and ID card at the counter


class ConsentStatus(StrEnum):
    PENDING = "pending"  # the helper's tablet shows the code; the citizen has not answered
    ACTIVE = "active"
    REVOKED = "revoked"
    DECLINED = "declined"


class ConsentConfirmation(StrEnum):
    """How the citizen said yes."""

    PHONE = "phone"  # scanned the helper's QR code (or typed it) on their own phone
    SMS = "sms"  # no smartphone: read the code texted to their phone to the helper
    SIGNATURE = "signature"  # no phone at hand: signed on the helper's tablet


class ConsentScope(StrEnum):
    BUNDLE = "bundle"  # one bundle (一件事), by catalogue code
    ITEM = "item"  # one service item, by catalogue code
    APPLICATION = "application"  # one application, by tracking number


class Scope(StrEnum):
    """What an API client (mini-program) may ask for."""

    CATALOG_READ = "catalog:read"  # public: no grant needed
    PROFILE_READ = "profile:read"  # name, masked ID number, phone — with the citizen's grant
    APPLICATIONS_READ = "applications:read"  # the citizen's applications — ID numbers masked
    LICENCES_READ = "licences:read"  # the citizen's e-licences — ID numbers masked
    # full resident ID numbers (the citizen's and third parties' in forms, licences, material files)
    # wherever the other scopes show them masked — only with its own, explicit grant
    IDENTITY_NUMBERS_READ = "identity_numbers:read"
    # save drafts and submit applications on the citizen's behalf (recorded as channel CLIENT)
    APPLICATIONS_WRITE = "applications:write"
    # a department's system (bound to the department): list, claim and decide its tasks
    TASKS_DECIDE = "tasks:decide"


PERSONAL_SCOPES = frozenset(
    {
        Scope.PROFILE_READ,
        Scope.APPLICATIONS_READ,
        Scope.LICENCES_READ,
        Scope.IDENTITY_NUMBERS_READ,
        Scope.APPLICATIONS_WRITE,
    }
)
