"""The walk-in confirms the application: with the code texted to their phone (the phone-code
machinery of ``api.identity.phone_codes``), or with a signature on the clerk's tablet (an image
upload, kept with the application)."""

from __future__ import annotations

from dataclasses import dataclass

from api.counter.errors import CounterError
from api.failures import Failure
from api.identity import phone_codes
from api.identity.models import OneTimeCode, User
from api.identity.sms import SmsSender
from api.uploads.models import Upload

CONFIRM_TEXT = (
    "【一次办】您正在政务服务大厅窗口办理事项，确认码为 {code}，5分钟内有效。"
    "如同意由窗口工作人员为您提交申请，请将确认码告知工作人员。"
)
SIGNATURE_TYPES = frozenset({"image/png", "image/jpeg", "image/webp"})


async def send_confirmation_code(sms: SmsSender, citizen: User, address: str) -> None:
    if not citizen.phone:
        raise Failure(CounterError.NO_PHONE)
    await phone_codes.send_code(sms, citizen.phone, address, text=CONFIRM_TEXT)


@dataclass(frozen=True)
class Confirmation:
    """How the person confirmed: a signature (its upload) or a texted code, spent once filed."""

    signature_id: int | None = None
    code: OneTimeCode | None = None

    async def spend(self) -> None:
        if self.code is not None:
            await phone_codes.spend(self.code)


async def confirmed(
    citizen: User, clerk_id: int, phone_code: str | None, signature: str | None, address: str
) -> Confirmation:
    """Check the person's confirmation (the code is spent only after the application is filed)."""
    if phone_code and phone_code.strip():
        if not citizen.phone:
            raise Failure(CounterError.NO_PHONE)
        return Confirmation(code=await phone_codes.held_code(citizen.phone, phone_code, address))
    if signature and signature.strip():
        upload = await Upload.get_or_none(public_id=signature.strip(), owner_id=clerk_id)
        if upload is None or upload.content_type not in SIGNATURE_TYPES:
            raise Failure(CounterError.SIGNATURE_INVALID)
        return Confirmation(signature_id=upload.id)
    raise Failure(CounterError.CONFIRMATION_REQUIRED)
