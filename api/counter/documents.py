"""What the counter's printed documents say (受理回执 · 一次性告知书 · 不予受理通知书): plain lines, built
from the application; ``printing`` lays them out on A4 or an 80 mm receipt roll."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from api import clock
from api.applications.enums import ApplicationStatus as S
from api.applications.enums import Channel, MaterialStatus
from api.applications.models import Application, ApplicationEvent, ApplicationMaterial, Task
from api.counter.errors import CounterError
from api.failures import Failure
from api.identity.models import User
from api.identity.validators import mask_id_number

CHANNELS = {Channel.ONLINE: "网上申请", Channel.HELPER: "帮办代办", Channel.COUNTER: "窗口受理"}
RECEIVED = {MaterialStatus.PROVIDED, MaterialStatus.ACCEPTED, MaterialStatus.COMMITTED}
HANDED_IN = {
    MaterialStatus.PROVIDED: "已收",
    MaterialStatus.ACCEPTED: "已收",
    MaterialStatus.COMMITTED: "告知承诺",
    MaterialStatus.WAIVED: "免提交",
    MaterialStatus.PRODUCED: "前序事项产生",
    MaterialStatus.DEFERRED: "容缺后补",
    MaterialStatus.MISSING: "待补",
    MaterialStatus.NEEDS_CORRECTION: "需补正",
}


class Kind(StrEnum):
    RECEIPT = "receipt"  # 受理回执
    CORRECTION = "correction"  # 一次性告知书
    REFUSAL = "refusal"  # 不予受理通知书


@dataclass
class Document:
    title: str
    lines: list[str] = field(default_factory=list[str])
    qr: str | None = None  # a URL drawn as a QR code after the lines
    footer: list[str] = field(default_factory=list[str])


def _when(application: Application) -> str:
    at = application.submitted_at or application.created_at
    return (at.astimezone(clock.CHINA) if at.tzinfo else at).strftime("%Y-%m-%d %H:%M")


async def _head(application: Application) -> list[str]:
    applicant = await User.get(id=application.applicant_id)
    who = applicant.name + (f"（{mask_id_number(applicant.id_number)}）" if applicant.id_number else "")
    return [
        f"办件编号：{application.tracking_number}",
        f"事项：{application.catalog_name}（{application.catalog_code}）",
        f"申请人：{who}",
        f"提交时间：{_when(application)}　渠道：{CHANNELS[application.channel]}",
    ]


def _situation(application: Application) -> list[str]:
    """The answers to the situation questions (情形引导) as the person gave them, which decided the
    materials and items below."""
    kept: object = application.situation
    answers = kept.get("answers") if isinstance(kept, dict) else None
    if not isinstance(answers, list) or not answers:
        return []
    return [
        "申请人的情况：",
        *(f"· {a.get('question', '')}　{a.get('label', '')}" for a in answers if isinstance(a, dict)),
        "",
    ]


async def receipt(application: Application, base_url: str) -> Document:
    materials = await ApplicationMaterial.filter(application_id=application.id).order_by("id")
    tasks = await Task.filter(application_id=application.id).select_related("department").order_by("id")
    lines = [
        *await _head(application),
        f"查询码：{application.verification_code}",
        "",
        *_situation(application),
        "材料清单：",
        *(f"· {m.name}　{HANDED_IN.get(m.status, '')}" for m in materials),
        "",
        "办理部门：",
        *(
            f"· {t.department.name}：{'、'.join(t.item_names)}（承诺 {t.promised_days} 个工作日）"
            for t in tasks
        ),
    ]
    return Document(
        "受理回执",
        lines,
        qr=f"{base_url}/track?n={application.tracking_number}",
        footer=[
            "凭办件编号和查询码，可在大厅自助终端或扫码查询办理进度。",
            "每一步进展将以短信通知您（已登记手机号的）。",
        ],
    )


async def correction(application: Application) -> Document:
    if application.status != S.NEEDS_CORRECTION:
        raise Failure(CounterError.NOTHING_TO_PRINT, what="一次性告知书", what_en="correction notice")
    materials = await ApplicationMaterial.filter(
        application_id=application.id, status__in=[MaterialStatus.NEEDS_CORRECTION, MaterialStatus.MISSING]
    ).order_by("id")
    asked = (
        await ApplicationEvent.filter(
            application_id=application.id, to_status=S.NEEDS_CORRECTION, task_id=None
        )
        .order_by("-id")
        .first()
    )
    lines = [
        *await _head(application),
        "",
        "经审查，您的申请材料需要补正。请一次性补齐以下全部内容：",
        *(f"{n}. {m.name}：{m.note or '请提供'}" for n, m in enumerate(materials, 1)),
    ]
    if asked is not None and asked.reason:
        lines += ["", f"说明：{asked.reason}"]
    return Document(
        "一次性告知书",
        lines,
        footer=[
            "补正后可在网上、自助终端或本窗口提交，无需重新排队。",
            f"告知日期：{clock.today():%Y-%m-%d}",
        ],
    )


async def refusal(application: Application) -> Document:
    if application.status != S.REJECTED:
        raise Failure(CounterError.NOTHING_TO_PRINT, what="不予受理通知书", what_en="refusal notice")
    tasks = await Task.filter(application_id=application.id).select_related("department").order_by("id")
    reasons = [
        f"· {t.department.name}：{t.decision_note or '不符合受理条件'}" for t in tasks if t.decision_note
    ]
    lines = [
        *await _head(application),
        "",
        "经审查，您的申请不予受理，理由如下：",
        *(reasons or ["· 不符合受理条件"]),
    ]
    return Document(
        "不予受理通知书",
        lines,
        footer=[
            "如不服本决定，可自收到本通知之日起六十日内依法申请行政复议，或六个月内提起行政诉讼。",
            f"日期：{clock.today():%Y-%m-%d}",
        ],
    )


async def document(kind: str, application: Application, base_url: str) -> Document:
    if kind == Kind.RECEIPT:
        return await receipt(application, base_url)
    if kind == Kind.CORRECTION:
        return await correction(application)
    if kind == Kind.REFUSAL:
        return await refusal(application)
    raise Failure(CounterError.UNKNOWN_PRINT, kind=kind)
