"""Every failure of counter intake: the member's name is the code clients see, its value the message
in zh-CN and English."""

from __future__ import annotations

from api.failures import ErrorCode


class CounterError(ErrorCode):
    CITIZEN_NOT_FOUND = (
        "没有这位办事人的记录，请先核验身份证",
        "No such person on file: check the ID card first",
    )
    STAFF_ID_NUMBER = (
        "该身份证号属于工作人员账户，不能作为办事群众受理",
        "This ID number belongs to a staff account; it cannot be filed as a walk-in",
    )
    PHONE_TAKEN = (
        "该手机号已登记在另一人名下，请核对或不填手机号",
        "This phone number is on file for someone else: check it, or leave it out",
    )
    NO_PHONE = (
        "该办事人没有登记手机号，请在平板上签名确认",
        "No phone number on file for this person: ask them to sign on the tablet",
    )
    CONFIRMATION_REQUIRED = (
        "请办事人确认：输入短信验证码，或在平板上签名",
        "The person must confirm: the code texted to their phone, or a signature on the tablet",
    )
    SIGNATURE_INVALID = (
        "签名图片无效，请让办事人重新签名",
        "The signature image is not valid: ask the person to sign again",
    )
    NOT_FOUND = ("办件不存在", "No such application")
    NOTHING_TO_PRINT = ("该办件当前不能打印{what}", "There is no {what_en} to print for this application")
    UNKNOWN_PRINT = ("没有这种文书：{kind}", "No such document: {kind}")
