"""What each notification says: versioned templates per kind, in zh-CN and en, rendered from the
outbox payload.

Payload keys are the camelCase fields of the kind's dataclass in ``notifications.payloads`` (the only
writer of outbox rows): ``trackingNumber``, ``name``, ``status``, ``reason``; for pickup, under
``pickup`` (or flat, in rows written before the payloads were typed): ``pickupMethod`` (``window`` |
``locker`` | ``mail``, inferred when absent), ``hall``, ``window``, ``lockerLocation``,
``lockerCode``, ``carrier``, ``mailTrackingNumber``.

A template is never edited once messages were sent with it: change the text by adding a version
(the inbox row keeps the version it was rendered with).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from api.graphql.ids import global_id
from notifications.placeholders import Blank, handed_over, licences_part, pickup_text, trimmed

LOCALES = ("zh-CN", "en")
DEFAULT_LOCALE = "zh-CN"
SMS_SIGNATURE = {"zh-CN": "【一次办】", "en": "[OneVisit] "}
MAX_REASON = 300
STAFF_KINDS = frozenset(
    {
        "task_overdue",
        "commitment_check_overdue",
        "rectification_opened",
        "rectification_reopened",
        "rectification_assigned",
    }
)
MAX_BODY = 1000


@dataclass(frozen=True)
class Template:
    kind: str
    version: int
    title: Mapping[str, str]
    body: Mapping[str, str]
    sms: bool = False  # worth a text message (the person may still turn SMS off)
    urgency: str = "normal"  # Web Push Urgency: very-low | low | normal | high


@dataclass(frozen=True)
class Rendered:
    kind: str
    version: int
    locale: str
    title: str
    body: str
    url: str
    urgency: str
    sms: bool

    @property
    def sms_text(self) -> str:
        return SMS_SIGNATURE[self.locale] + self.body


def _t(
    kind: str,
    version: int,
    zh_title: str,
    zh_body: str,
    en_title: str,
    en_body: str,
    *,
    sms: bool = False,
    urgency: str = "normal",
) -> Template:
    return Template(
        kind, version, {"zh-CN": zh_title, "en": en_title}, {"zh-CN": zh_body, "en": en_body}, sms, urgency
    )


_TEMPLATES: tuple[Template, ...] = (
    _t(
        "receipt",
        1,
        "已收到您的申请",
        "{name}已提交，办件编号 {trackingNumber}。我们会尽快审核，有进展会通知您。",
        "Application received",
        "{name} was submitted, tracking number {trackingNumber}. We will review it soon and keep you posted.",
        sms=True,
    ),
    _t(
        "correction_needed",
        1,
        "申请材料需要补正",
        "{name}{ref}需要补正{reason_part}。请按清单一次补齐后重新提交。",
        "Corrections needed",
        "{name}{ref} needs corrections{reason_part}. Please fix everything listed and resubmit.",
        sms=True,
        urgency="high",
    ),
    _t(
        "extra_correction_needed",
        1,
        "补充补正通知（非一次性告知）",
        "很抱歉，{name}{ref}在此前一次性告知之后，还需要再补正一次（第{round}次补正）{reason_part}。"
        "原因：{why}。本次补充要求已经主管审核批准，并纳入电子监察。请补齐后重新提交。",
        "One more correction (an extra request)",
        "Sorry: after the earlier one-time list, {name}{ref} needs one more correction (list {round})"
        "{reason_part}. Why: {why}. A supervisor approved this extra request and it is recorded for "
        "oversight. Please fix it and resubmit.",
        sms=True,
        urgency="high",
    ),
    _t(
        "accepted",
        1,
        "申请已受理",
        "{name}{ref}已正式受理，可随时查看办理进度。",
        "Application accepted",
        "{name}{ref} has been accepted. You can follow its progress in the app.",
    ),
    _t(
        "rejected",
        1,
        "申请未获批准",
        "很抱歉，{name}{ref}未获批准{reason_part}。如有疑问请咨询办事窗口。",
        "Application not approved",
        "Sorry, {name}{ref} was not approved{reason_part}. Ask at the hall if you have questions.",
        sms=True,
    ),
    _t(
        "ready_for_pickup",
        1,
        "已办结，请领取",
        "{name}{ref}已办结。{pickup}",
        "Ready for pickup",
        "{name}{ref} is done. {pickup}",
        sms=True,
        urgency="high",
    ),
    _t(
        "please_rate",
        1,
        "请您评价本次服务",
        "{name}{ref}已领取，欢迎对本次服务作出评价。",
        "Please rate our service",
        "You have collected {name}{ref}. Please rate the service you received.",
        sms=True,
        urgency="low",
    ),
    _t(  # version 2: a result sent by mail was received, not collected
        "please_rate",
        2,
        "请您评价本次服务",
        "{name}{ref}{handed_over}，欢迎对本次服务作出评价。",
        "Please rate our service",
        "{handed_over} {name}{ref}. Please rate the service you received.",
        sms=True,
        urgency="low",
    ),
    # requests for a helper (api.helping): payload item, area; helper (help_taken)
    _t(
        "help_requested",
        1,
        "新的帮办请求",
        "{area}有居民需要帮办：{item}。请到帮办页面接单，接单后电话联系。",
        "New request for help",
        "Someone in {area} needs help with: {item}. Take it on the helper page, then call them.",
    ),
    _t(
        "help_taken",
        1,
        "帮办员已接单",
        "帮办员{helper}已接下您的帮办请求（{item}），将电话联系您，请留意来电。",
        "A helper has taken your request",
        "{helper} has taken your request for help ({item}) and will call you.",
        sms=True,
    ),
    _t(
        "withdrawn",
        1,
        "申请已撤回",
        "{name}{ref}已按您的要求撤回。",
        "Application withdrawn",
        "{name}{ref} was withdrawn as you asked.",
    ),
    # the staff desk (api.review): payload material, dueOn; reason = the message excerpt
    _t(
        "deferred_material_due",
        2,
        "容缺材料即将到期",
        "{name}{ref}容缺受理的“{material}”请于 {dueOn} 前补齐（可在办件页面上传），逾期相关部门将暂停办理。",
        "Deferred material due soon",
        "For {name}{ref}, hand in \u201c{material}\u201d by {dueOn} (upload it on the application's page); "
        "after that the departments waiting for it pause.",
        sms=True,
        urgency="high",
    ),
    # 告知承诺 (api.commitments): payload item, department, licences (what was revoked: name and number)
    _t(
        "commitment_false",
        1,
        "告知承诺核查未通过",
        "{department}核查发现，您办理{name}{ref}时对“{item}”所作的承诺与实际不符，认定为虚假承诺"
        "{reason_part}。{licences_part}如有异议，可在收到本通知之日起向该部门陈述、申辩。",
        "Commitment found untrue",
        "{department} found that your commitment for \u201c{item}\u201d in {name}{ref} does not match the "
        "facts (a false commitment){reason_part}. {licences_part}You may contest this with the department.",
        sms=True,
        urgency="high",
    ),
    _t(
        "new_message",
        1,
        "工作人员给您留言",
        "{name}{ref}：{reason}",
        "A message from the hall",
        "{name}{ref}: {reason}",
    ),
    # e-supervision and complaints (api.supervision, api.feedback): payload department, dueOn, deadline
    _t(
        "task_overdue",
        1,
        "办件超期督办",
        "{reason}。办件 {trackingNumber}（{name}）。",
        "Overdue task",
        "{department}: {name} ({trackingNumber}) is past its due date {dueOn}.",
        urgency="high",
    ),
    _t(
        "commitment_check_overdue",
        1,
        "告知承诺核查超期",
        "{department}对{name}{ref}中“{item}”的告知承诺应于 {dueOn} 前核查，现已超期。",
        "Commitment check overdue",
        "{department} should have verified the commitment for \u201c{item}\u201d in {name}{ref} by {dueOn}.",
        urgency="high",
    ),
    _t(
        "rectification_opened",
        1,
        "新的整改工单",
        "{name}{ref}收到差评或“办不成事”反映，请于 {deadline} 前整改答复。",
        "New rectification case",
        "A bad rating or a \u201ccouldn't get it done\u201d report on {name}{ref}: answer by {deadline}.",
    ),
    _t(
        "rectification_reopened",
        1,
        "整改工单被退回",
        "群众对{name}{ref}的整改答复不满意，请于 {deadline} 前重新处理。",
        "Rectification case reopened",
        "The citizen was not satisfied with the answer on {name}{ref}: answer again by {deadline}.",
    ),
    _t(
        "rectification_assigned",
        1,
        "整改工单已转办",
        "{name}{ref}的整改工单已转交您所在部门，请于 {deadline} 前答复。",
        "Rectification case assigned",
        "The case on {name}{ref} was assigned to your department: answer by {deadline}.",
    ),
    _t(
        "rectification_answered",
        1,
        "您的反映已有答复",
        "您对{name}{ref}的反映已有答复，请查看并确认是否满意。",
        "Your report was answered",
        "Your report on {name}{ref} has an answer. Please read it and tell us if you are satisfied.",
        sms=True,
    ),
    # appointments (api.appointments): payload hall, item, time, code
    _t(
        "appointment_booked",
        1,
        "预约成功",
        "您已预约 {time} 在{hall}办理{item}，预约码 {code}。请按时携带身份证到场。",
        "Appointment booked",
        "You are booked at {hall}, {time}, for {item}. Booking code {code}. Bring your ID card.",
    ),
    _t(
        "appointment_reminder",
        1,
        "明天的预约提醒",
        "提醒：您预约了明天 {time} 在{hall}办理{item}，预约码 {code}。如不能到场请提前取消。",
        "Appointment tomorrow",
        "Reminder: {hall}, {time}, for {item}. Booking code {code}. Cancel in the app if you cannot come.",
        sms=True,
    ),
    # proactive reminders (api.reminders): payload licence, expiresOn, daysLeft, services, link
    _t(
        "licence_expiring",
        1,
        "证照即将到期",
        "您的{licence}将于 {expiresOn} 到期（还有 {daysLeft} 天），请及时办理延续或换证。",
        "Licence expiring soon",
        "Your {licenceEn} expires on {expiresOn} ({daysLeft} days left): renew it in time.",
        sms=True,
    ),
    _t(
        "id_card_expiring",
        1,
        "身份证即将到期",
        "您的居民身份证将于 {expiresOn} 到期（还有 {daysLeft} 天），可在到期前三个月内申请换领。",
        "ID card expiring soon",
        "Your resident ID card expires on {expiresOn} ({daysLeft} days left). You may renew it in the "
        "last three months.",
        sms=True,
    ),
    _t(
        "next_services",
        1,
        "办完这件事，您可能还需要…",
        "{name}{ref}已办结。办完这件事，您可能还需要：{services}。",
        "You may also need…",
        "{nameEn}{ref} is done. People who did this usually also need: {servicesEn}.",
        urgency="low",
    ),
)
_FALLBACK = _t(
    "update",
    1,
    "办件状态有更新",
    "{name}{ref}的状态有更新，请查看。",
    "Application update",
    "There is news about {name}{ref}.",
)

TEMPLATES: dict[str, dict[int, Template]] = {}
for _template in _TEMPLATES:
    TEMPLATES.setdefault(_template.kind, {})[_template.version] = _template


def template_for(kind: str, version: int | None = None) -> Template:
    versions = TEMPLATES.get(kind)
    if not versions:
        return _FALLBACK
    if version is not None and version in versions:
        return versions[version]
    return versions[max(versions)]


def render(
    kind: str,
    payload: Mapping[str, Any],
    *,
    locale: str = DEFAULT_LOCALE,
    application_id: int | None = None,
    version: int | None = None,
) -> Rendered:
    locale = locale if locale in LOCALES else DEFAULT_LOCALE
    template = template_for(kind, version)
    zh = locale != "en"
    reason = trimmed(payload.get("reason"), MAX_REASON)
    tracking = trimmed(payload.get("trackingNumber"), 40)
    values = Blank(
        name=trimmed(payload.get("name")) or ("您的申请" if zh else "Your application"),
        trackingNumber=tracking,
        ref=(f"（{tracking}）" if zh else f" ({tracking})") if tracking else "",
        status=trimmed(payload.get("status"), 40),
        reason=reason,
        reason_part=(f"：{reason}" if zh else f": {reason}") if reason else "",
        pickup=pickup_text(payload, locale) if kind == "ready_for_pickup" else "",
        hall=trimmed(payload.get("hall"), 60),
        item=trimmed(payload.get("item"), 60),
        time=trimmed(payload.get("time"), 40),
        code=trimmed(payload.get("code"), 16),
        material=trimmed(payload.get("material"), 60),
        dueOn=trimmed(payload.get("dueOn"), 20),
        deadline=trimmed(payload.get("deadline"), 20),
        department=trimmed(payload.get("department"), 60),
        licence=trimmed(payload.get("licence"), 60),
        licenceEn=trimmed(payload.get("licenceEn") or payload.get("licence"), 80),
        expiresOn=trimmed(payload.get("expiresOn"), 20),
        daysLeft=trimmed(payload.get("daysLeft"), 6),
        nameEn=trimmed(payload.get("nameEn") or payload.get("name")) or "Your application",
        services=trimmed(payload.get("services"), 200),
        servicesEn=trimmed(payload.get("servicesEn") or payload.get("services"), 300),
        licences_part=licences_part(trimmed(payload.get("licences"), 200), zh),
        why=trimmed(payload.get("why"), 200),
        round=trimmed(payload.get("round"), 4),
        handed_over=handed_over(payload.get("byMail") is True, zh),
        area=trimmed(payload.get("area"), 60),
        helper=trimmed(payload.get("helper"), 40),
    )
    title = template.title[locale].format_map(values)
    body = template.body[locale].format_map(values).strip()
    link = payload.get("link")
    if isinstance(link, str) and link.startswith("/") and not link.startswith("//"):
        url = link[:300]  # a reminder opens where it is about: the wallet, a guide
    elif kind in STAFF_KINDS:  # staff open the desk's view of the application, not the citizen's
        url = f"/desk/applications/{global_id('Application', application_id)}" if application_id else "/desk"
    else:
        url = f"/applications/{global_id('Application', application_id)}" if application_id else "/inbox"
    return Rendered(
        kind=kind,
        version=template.version,
        locale=locale,
        title=title,
        body=body[:MAX_BODY],
        url=url,
        urgency=template.urgency,
        sms=template.sms,
    )
