#!/usr/bin/env python3
"""Fourteenth-author identifier held-out set (evaluation only; NEVER tune on it).

Written by s24-author14 from issue 15's policy text only; never run against the classifier.
Every checksum is computed here: Luhn, IBAN mod 97 (ISO 13616), 身份证 ISO 7064 MOD 11-2, SSN area/group/serial
rules, Belgian BBAN mod 97. Negatives are asserted to fail every check this script knows.

    python3 identifier_heldout14.py          # writes ../identifier-heldout-14.tsv
    python3 identifier_heldout14.py --check  # regenerates in memory and compares byte for byte
"""
import base64
import os
import random
import re
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "identifier-heldout-14.tsv")
SEP = "\u241e"  # message boundary

R = random.Random(20261207)


# ---------------------------------------------------------------- checksums
def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def luhn_break(number):
    last = int(number[-1])
    bad = str((last + 1 + R.randrange(8)) % 10)
    out = number[:-1] + bad
    assert not luhn_ok(out)
    return out


def group(num, sizes, sep=" "):
    parts, i = [], 0
    for s in sizes:
        parts.append(num[i:i + s])
        i += s
    if i < len(num):
        parts.append(num[i:])
    return sep.join(p for p in parts if p)


def group4(num, sep=" "):
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def iban_check(country, bban):
    s = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(n) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def rand_chars(spec):
    # spec like "4a6n3c": a = upper letter, n = digit, c = upper letter or digit
    out = []
    for count, kind in re.findall(r"(\d+)([anc])", spec):
        for _ in range(int(count)):
            if kind == "n":
                out.append(str(R.randrange(10)))
            elif kind == "a":
                out.append(chr(65 + R.randrange(26)))
            else:
                out.append(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
    return "".join(out)


def make_iban(country, spec, fixed=None):
    bban = fixed if fixed else rand_chars(spec)
    if country == "CR":
        bban = "0" + bban[1:]  # Costa Rican BBANs start with a reserved 0
    if country == "BE":
        first = bban[:10]
        chk = int(first) % 97 or 97
        bban = first + "%02d" % chk
    iban = country + iban_check(country, bban) + bban
    assert iban_ok(iban)
    return iban


def print_iban(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def cn_check(body17):
    return CHK[sum(int(d) * w for d, w in zip(body17, W)) % 11]


def cn_id(area, birth, force_x=False):
    while True:
        body = area + birth + "%03d" % R.randrange(1, 999)
        c = cn_check(body)
        if not force_x or c == "X":
            return body + c


def cn_id_bad(area, birth):
    good = cn_id(area, birth)
    for c in "0123456789X":
        if c != good[-1]:
            alt = good[:-1] + c
            if R.random() < 0.4:
                return alt
    return good[:-1] + ("0" if good[-1] != "0" else "1")


def ssn():
    while True:
        a = R.randrange(1, 900)
        if a == 666:
            continue
        g = R.randrange(1, 100)
        s = R.randrange(1, 10000)
        return "%03d-%02d-%04d" % (a, g, s)


def nd(text, zero):
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in text)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def b32(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


ROWS = []


def add(label, kind, text):
    assert "\t" not in text and "\r" not in text and "\n" not in text, text
    ROWS.append((label, kind, text))


# ---------------------------------------------------------------- sensitive: cards by network
CARD_NETS = [
    ("Visa", "4", 16), ("Visa", "4", 13), ("Visa", "4", 19),
    ("Mastercard", "53", 16), ("Mastercard", "2221", 16), ("Mastercard", "2720", 16), ("Mastercard", "2495", 16),
    ("Amex", "34", 15), ("Amex", "37", 15),
    ("Discover", "6011", 16), ("Discover", "644", 16), ("Discover", "649", 16), ("Discover", "65", 16),
    ("Discover", "6011", 19),
    ("Diners", "300", 14), ("Diners", "305", 14), ("Diners", "36", 14), ("Diners", "38", 14), ("Diners", "36", 16),
    ("JCB", "3528", 16), ("JCB", "3589", 16), ("JCB", "3561", 19),
    ("UnionPay", "62", 16), ("UnionPay", "62", 19), ("UnionPay", "81", 16), ("UnionPay", "62", 17),
    ("Maestro", "6759", 12), ("Maestro", "5018", 13), ("Maestro", "6304", 15), ("Maestro", "5893", 18),
    ("Maestro", "6763", 19), ("Maestro", "5020", 16),
    ("Mir", "2200", 16), ("Mir", "2202", 16), ("Mir", "2204", 16), ("Mir", "2201", 19),
    ("RuPay", "6521", 16), ("RuPay", "508", 16), ("RuPay", "8200", 16),
    ("Verve", "506099", 16), ("Verve", "506150", 19), ("Verve", "650002", 18),
    ("Troy", "9792", 16), ("Elo", "636368", 16), ("Hipercard", "606282", 16), ("Bancontact", "6703", 17),
    ("Dankort", "5019", 16), ("UATP", "1", 15), ("InterPayment", "636", 16),
]

CARD_TEMPLATES = [
    "Customer on the Zendesk chat says the charge failed twice. Card she typed: {num}. Can you draft a reply asking her to retry?",
    "Telco care note: subscriber wants autopay moved to {num}, exp 09/28. Summarise for the billing queue.",
    "car rental desk, Luxembourg airport: deposit hold on {num} not released after return, please write the refund request",
    "Parking fine appeal for my mum: she paid the Tbilisi city penalty with {num} but it still shows unpaid. Help me word it.",
    "Translate into French for the hotel in Dakar: please charge the balance to {num} and send the receipt by email.",
    "Crypto exchange support ticket #88213 — user topped up with {num} and the fiat deposit is stuck. Draft the escalation.",
    "Gym membership in Zurich keeps billing {num} after I cancelled. Write a firm cancellation letter in German.",
    "Tax preparer here: client wants the IRS balance due paid with {num} — what should the payment memo say?",
    "ServiceNow incident INC0041877: 'user pasted {num} into the free-text field of the visa form'. Write the closure note.",
    "WhatsApp Business order: 2 boxes of dates, ship to Muscat, pay with {num}. Turn this into an invoice line.",
    "Please check the format: {num} — my bank in Kampala says the merchant declined it.",
    "Airtable column 'payment' for the study-abroad deposit: {num}. Make a summary row for the agent.",
    "Smart-meter prepayment top-up failed on {num} twice, Bratislava. Write a complaint to the utility.",
    "Notary fee for the apostille — client paid by {num}; draft the receipt wording in Spanish.",
    "Utility call transcript: 'the number on my card is {num}, valid till twenty-nine'. Summarise the call.",
    "Whistleblower hotline log: caller read out her company card {num} to prove the fraud. Redact and summarise?",
    "Library fine portal in Port Louis charged {num} twice, write to the librarian",
    "Workday expense line: hotel Tirana 212 EUR, paid with {num}. Is this policy-compliant?",
    "Telegram bot order: 3 bags of rice to Bujumbura, card {num}, deliver Friday — confirm the order",
    "Epic MyChart payment: balance 84.20 charged to {num}, patient wants a receipt. Write it.",
    "Tour agency in Cusco: hold the Machu Picchu tickets on {num} until Monday, draft the email",
    "Social worker petty cash: foster parent reimbursed via prepaid {num}. Write the ledger note.",
    "pls fix the formatting of my card {num} for the car-park subscription form",
    "Please translate into Arabic: 'Charge my card {num} for the Amman clinic deposit.'",
    "Driving school in Tallinn asks for a card on file: {num}. Write the consent sentence.",
]

for i, (net, pre, ln) in enumerate(CARD_NETS):
    num = luhn_complete(pre, ln)
    if ln == 15 and net == "Amex":
        shown = group(num, [4, 6, 5])
    elif ln == 14:
        shown = group(num, [4, 6, 4])
    elif i % 3 == 1:
        shown = num
    elif i % 3 == 2:
        shown = group4(num, "-")
    else:
        shown = group4(num)
    add(1, "card", CARD_TEMPLATES[i % len(CARD_TEMPLATES)].format(num=shown))

# cards the user calls a card: unknown prefix and/or wrong check digit (fail closed)
LABELLED = [
    "My debit card number is {num}, the app won't accept it — what am I doing wrong?",
    "信用卡卡号 {num} 被扣了两次年费，帮我写一段给银行客服的投诉。",
    "Client's credit card: {num} (Banco Pichincha, Quito). Draft the chargeback request.",
    "卡号：{num}，持卡人说在澳门酒店被多刷了一笔，请整理成工单。",
    "Card no. {num} — the Telegram bot for the library fines keeps rejecting it. Why?",
    "借记卡 {num} 绑定 网贷 平台后一直被自动扣款，帮我写投诉信",
    "prepaid card {num} from the remittance kiosk in Maputo, balance not showing, write to support",
    "银行卡号是{num}，物业费自动代扣失败，帮我问问物业怎么处理",
    "Her card number {num} was used for the 医美 clinic deposit; summarise the refund dispute in English.",
    "Corporate card {num} is in the expense report; please reformat the report as a table.",
    "fuel card no {num} (fleet, Asunción) stopped working, draft email to the issuer",
    "会员卡绑定的信用卡 {num} 已经挂失，帮我写一条通知给健身房前台",
]
UNKNOWN_PREFIXES = ["7", "9", "0", "14", "18", "99", "71", "83", "95", "10", "77", "90"]
for i, pre in enumerate(UNKNOWN_PREFIXES):
    ln = [15, 16, 16, 19, 16, 15, 12, 18, 16, 16, 17, 16][i]
    num = luhn_complete(pre, ln)
    if i % 2 == 1:
        num = luhn_break(num)
    shown = group4(num) if i % 3 == 0 else (num if i % 3 == 1 else group4(num, "-"))
    add(1, "card", LABELLED[i].format(num=shown))
# known prefix, wrong check digit, labelled
for i, (pre, ln) in enumerate([("4", 16), ("51", 16), ("37", 15), ("6011", 16), ("62", 19), ("2200", 16)]):
    num = luhn_break(luhn_complete(pre, ln))
    t = ["the card number on file is {num} but Salesforce says invalid — double check the digits for me",
         "信用卡号 {num} 提示卡号有误，是不是我抄错了？",
         "amex card {num} for the Bridgetown villa booking, write the authorisation form text",
         "card: {num} — customer in San José, Costa Rica disputes the charge, summarise",
         "银联卡 {num} 在老挝万象取不了钱，帮我写给银行的说明",
         "карта Мир? no, just my card {num} from Bishkek, why does the shop decline it"][i]
    add(1, "card", t.format(num=group4(num) if len(num) == 16 else num))

# ---------------------------------------------------------------- 身份证
AREAS = ["110105", "310115", "440305", "510107", "330106", "320102", "420111", "610113", "370202", "210203",
         "500103", "350203", "130102", "450103", "520102"]
CN_T = [
    "公证处 材料清单：申请人身份证号 {id}，请帮我核对格式并整理成表格。",
    "月嫂 阿姨的身份证是 {id}，家政公司要我们签合同，帮我拟一份",
    "工地实名制 登记：张建军 身份证 {id} 工种 钢筋工，帮我转成 Excel 格式",
    "出入境 预约：证件号码 {id}，港澳通行证续签需要准备什么？",
    "驾校报名表里身份证号填的 {id}，学员说提示错误，帮我看看",
    "村委会 低保复核，户主身份证号码{id}，帮我写审核意见",
    "婚介 会员资料：女方 身份证 {id} 年龄 34，帮我润色介绍",
    "金数据 表单导出：姓名 李秀梅｜身份证号 {id}｜手机 未填",
    "心理咨询 预约登记 身份证号：{id} 请整理成来访者档案",
    "企查查 截图 OCR：法定代表人 王海波 证件号 {id}",
]
for i in range(10):
    birth = "%04d%02d%02d" % (R.randrange(1955, 2004), R.randrange(1, 13), R.randrange(1, 29))
    idv = cn_id(AREAS[i], birth, force_x=(i in (2, 7)))
    add(1, "cn_id", CN_T[i].format(id=idv))
# wrong check digit after a 身份证 label (fail closed)
for i, t in enumerate([
    "身份证号 {id} 系统说校验位不对，但我照着证件抄的，怎么办？",
    "腾讯文档 租客登记：身份证号码 {id}",
    "请核对这个身份证：{id}，物业登记时报错",
    "身份证 {id}（石墨 表格第3行），帮我把这行改成竖排",
]):
    birth = "%04d%02d%02d" % (R.randrange(1960, 2000), R.randrange(1, 13), R.randrange(1, 29))
    add(1, "cn_id", t.format(id=cn_id_bad(AREAS[10 + i], birth)))
# 15-digit first generation
for i, t in enumerate([
    "老人的旧身份证号是15位的：{id}，社区要求换成18位，怎么换算？",
    "档案里是一代身份证 {id}，帮我写个更正说明",
    "父亲身份证号码 {id}（老证，15位），银行不认，帮我写情况说明",
]):
    yy = "%02d" % R.randrange(30, 80)
    idv = AREAS[i] + yy + "%02d%02d" % (R.randrange(1, 13), R.randrange(1, 29)) + "%03d" % R.randrange(1, 999)
    add(1, "cn_id", t.format(id=idv))

# ---------------------------------------------------------------- SSN
SSN_T = [
    "Tax prep intake (TaxDome upload): spouse SSN {s}, filing jointly. List what else I need from them.",
    "Workday onboarding task stuck: SSN {s} flagged as duplicate. Write a ticket for HR ops.",
    "my social is {s} and the credit union says it doesn't match, how do I fix my file",
    "Probation intake form — client SSN: {s}. Please reformat the form fields as a checklist.",
    "home health aide timesheet: aide SSN {s} for the payroll agency, draft cover email",
    "W-4 question: I wrote {s} in step 1 — is the rest of this filled in right?",
    "KYC analyst note: US person, SSN {s}, ID verified, source of funds pending. Summarise.",
    "Social Security no. {s} — the notary needs it on the affidavit? rewrite the paragraph",
]
for i, t in enumerate(SSN_T):
    s = ssn()
    if i % 3 == 1:
        s = s.replace("-", " ")
    elif i % 3 == 2:
        s = s.replace("-", "")
    add(1, "ssn", t.format(s=s))

# ---------------------------------------------------------------- IBAN
IBANS = [
    ("AT", "16n"), ("CH", "5n12c"), ("BE", "12n"), ("LU", "3n13c"), ("LT", "16n"), ("LV", "4a13c"), ("EE", "16n"),
    ("HR", "17n"), ("RS", "18n"), ("BA", "16n"), ("ME", "18n"), ("MK", "3n10c2n"), ("AL", "8n16c"), ("GE", "2a16n"),
    ("AZ", "4a20c"), ("SA", "2n18c"), ("QA", "4a21c"), ("KW", "4a22c"), ("JO", "4a4n18c"), ("LB", "4n20c"),
    ("IQ", "4a3n12n"), ("TN", "20n"), ("MU", "4a2n2n12n3n3a"), ("CR", "18n"), ("DO", "4a20n"), ("GT", "4c20c"),
    ("SV", "4a20n"), ("BR", "23n1a1c"), ("XK", "16n"), ("MD", "2c18c"), ("UA", "6n19c"), ("BH", "4a14c"),
]
IBAN_T = [
    "Notary escrow: buyer pays to {i}. Please write the payment instruction paragraph for the deed.",
    "Rent for the flat in Vilnius goes to IBAN {i} — write a standing-order reminder to my flatmate",
    "Translate the bank letter: 'Your salary will be credited to {i} from next month.'",
    "Remboursement demandé sur le compte {i}, peux-tu rédiger le mail à la mutuelle ?",
    "AML alert #5521: incoming wire from {i}, 3 transfers under threshold. Draft the analyst narrative.",
    "pls send the deposit back to my account {i} thanks — write this politely for the landlord",
    "Supplier master data change request: new IBAN {i}, approved by? Write the verification call script.",
    "我的账户 IBAN：{i}，请帮我写一封英文邮件让学校退学费",
]
for i, (cc, spec) in enumerate(IBANS):
    ib = make_iban(cc, spec)
    shown = print_iban(ib) if i % 2 == 0 else ib
    add(1, "iban", IBAN_T[i % len(IBAN_T)].format(i=shown))

# ---------------------------------------------------------------- phones in context
PHONES = [
    ("call me on 0664 318 27 45 after 6, I'm in Graz", "phone"),
    ("Meine Handynummer: 079 412 63 88 – bitte nur per SMS melden. Translate to English.", "phone"),
    ("contact the tenant at 0478 21 93 56 (Ghent) about the meter reading", "phone"),
    ("my registered number is 621 447 903, the Luxembourg operator won't send the OTP", "phone"),
    ("messages to 6123 4587 please, I changed my Lithuanian SIM — write this for the bank", "phone"),
    ("text me at 2948 1736, Riga, about the smart meter appointment", "phone"),
    ("Estonian number 5381 2274 is the driver's — add it to the rental agreement", "phone"),
    ("Zovite me na 091 538 2217 (Zagreb). Translate and reply that the notary is closed Friday.", "phone"),
    ("Her mobile in Belgrade: 064 317 5528, she's the home health aide, schedule Tuesdays.", "phone"),
    ("My Georgian number 595 12 34 87 is the one on the visa application, update the form", "phone"),
    ("client WhatsApp +998 90 417 26 53 (Tashkent), write a follow-up about the study visa", "phone"),
    ("Call the landlord in Riyadh on 055 318 7742 to confirm the Iqama copy", "phone"),
    ("my number 5518 3392 (Qatar) is registered with Ooredoo, they blocked it, help me write complaint", "phone"),
    ("Kuwait: reach the maid agency client at 9876 1243, draft message about the contract", "phone"),
    ("Omantel number 9231 4470 belongs to my driver — put it in the emergency contacts list", "phone"),
    ("رقم هاتفي 079 512 3368 in Amman — please translate my message to the landlord", "phone"),
    ("Beirut: call me on 03 418 227 about the translation of the birth certificate", "phone"),
    ("Iraqi mobile 0770 318 4429, my uncle, he needs the visa invitation letter", "phone"),
    ("Mon numéro : 06 61 28 47 93 (Alger), pouvez-vous le mettre sur la fiche client ?", "phone"),
    ("whatsapp 22 418 736 (Tunis) pour le rendez-vous chez le notaire — rédige la confirmation", "phone"),
    ("Appelez-moi au 77 419 28 36 à Dakar, je suis la cliente du dossier 23/114", "phone"),
    ("Abidjan: mon nouveau numéro est le 07 48 21 39 66, merci de mettre à jour", "phone"),
    ("Douala — contact du locataire : 6 77 31 48 25, rédige l'avis de passage", "phone"),
    ("Luanda: o meu telemóvel é 923 418 772, por favor atualize o contrato", "phone"),
    ("Maputo mobile 84 317 2296 — she's the domestic worker, add to the agency roster", "phone"),
    ("MTN Uganda 0772 418 336 is the mobile money number for the school fees, confirm?", "phone"),
    ("Kigali: my phone 078 531 2204, I applied for the library card last week", "phone"),
    ("Gaborone — call the client on 71 238 449 about the conveyancing documents", "phone"),
    ("Windhoek number 081 327 5519, the parking-fine office keeps calling it", "phone"),
    ("Mauritius mobile 5728 3146, guest of villa 4, arrange airport pickup", "phone"),
    ("Guayaquil: mi celular es 099 318 4472, por favor agregue al expediente", "phone"),
    ("Santa Cruz, Bolivia: llámame al 7 318 4426 cuando llegue el traductor", "phone"),
    ("Asunción: mi número 0981 442 317, la gestoría no me contesta", "phone"),
    ("Montevideo 099 417 283, es el celular de mi madre para el médico a domicilio", "phone"),
    ("Caracas 0414-318.27.46 es mi celular, la agencia de visas lo pide — redacta el correo", "phone"),
    ("Guatemala: WhatsApp 5418 2736, cliente del crédito, enviar recordatorio", "phone"),
    ("Costa Rica: cel 8831 4427, mi hermana, llámenla para la cita del notario", "phone"),
    ("Panamá celular 6418-2739, propietario del apartamento, enviar contrato", "phone"),
    ("Santo Domingo: 809-418-2736 is my cell, the car rental company needs it", "phone"),
    ("Kingston JA: text me at 876-418-2739 about the church hall booking", "phone"),
    ("ရန်ကုန် Yangon number 09 418 273 649 is our housekeeper — add to the agency file", "phone"),
    ("Vientiane: 020 5541 8273, my tour guide's WhatsApp, write a thank-you message", "phone"),
    ("Brunei mobile 871 4426, please call my father about his prescription refill", "phone"),
    ("澳门 手机 6641 8273，月嫂 阿姨的，帮我写一条 WhatsApp 通知", "phone"),
    ("Port Moresby: my Digicel number is 7318 4426, the landlord needs it", "phone"),
    ("联系方式：+373 69 418 273（摩尔多瓦客户），帮我写一封回访邮件", "phone"),
    ("手机号码 +381 63 418 2736，塞尔维亚 工厂 联络人，整理到通讯录", "phone"),
    ("请拨 +994 50 418 27 36 联系巴库的房东，帮我翻成英文", "phone"),
    ("我的号码 0991 41 82 73（比什凯克），租车公司说要登记", "phone"),
    ("Dushanbe: my mobile 93 418 2736, the visa agent asked for it, write the form answer", "phone"),
]
for t, k in PHONES:
    add(1, k, t)

# ---------------------------------------------------------------- licences and passports
LIC = [
    "Car rental form: driver licence no. F255-9213-4517 (Florida), DOB on file — fill the remaining fields",
    "driver's license W426-545-30-761-0 for the fleet insurance, put in the template",
    "Führerscheinnummer: B072RRE2I55 — bitte in das Mietformular übertragen (Wien)",
    "Permis de conduire n° 13AB45678 (Bruxelles), ajoute-le à la fiche de location",
    "驾驶证号 440305199205183417 就是身份证号，驾校系统里要填哪一栏？",
    "licence number S530-4417-2291-08 for the parking fine appeal, Illinois",
    "Ontario driver's licence M2381-48927-50614, please add to the rental agreement",
    "driving licence ABCDE751023AB9IJ — is the DVLA format right? it's my brother's",
    "DL no. MH12-20190034178 (India) for the car rental in Muscat, draft email",
    "CDL# D400-7836-0001 (Wisconsin) — trucking client, update the compliance spreadsheet",
]
lic5 = cn_id("440305", "19920518")
LIC[4] = "驾驶证号 {} 就是身份证号，驾校系统里要填哪一栏？".format(lic5)
for t in LIC:
    add(1, "licence", t)
PASS = [
    "passport no. P4417283 (Austria) for the study-abroad application, fill section 3",
    "Reisepass-Nr. X2R4K7N19 — Schweizer Kunde, bitte für das Visum eintragen",
    "Passport number: EM3318427 — my Belgian passport, the airline won't accept it online",
    "护照号 E41827365，出入境 预约时报错，帮我看看格式",
    "KYC pack: passport LT 21834462, expires 2031-04-02, address proof pending — summarise",
    "visa agent: client passport N04182736 (Nepal? no, Georgia), write the cover letter",
    "Pasaporte N° 141827369 (Ecuador) para la reserva, redacta la confirmación",
    "passport no. FA4182736 (Uzbekistan), please check the invitation letter fields",
    "护照号码：MA4182736（澳门特区护照），帮我填签证表",
    "passport CFJ4R7K21 (German), hotel check-in form — complete it for me",
]
for t in PASS:
    add(1, "passport", t)

# ---------------------------------------------------------------- vendor keys and credentials
KEYS = [
    "deploy failing — here's my .env: AWS_ACCESS_KEY_ID=AKIA{} AWS_SECRET_ACCESS_KEY={}".format(b32(16), alnum(40)),
    "why does `git push` reject this? token ghp_{}".format(alnum(36)),
    "Stripe webhook 401s, using sk_live_{} — what's wrong with my handler?".format(alnum(24)),
    "slack bot posts nothing: SLACK_BOT_TOKEN=xoxb-{}-{}-{}".format(digits(12), digits(13), alnum(24)),
    "Maps API says quota exceeded for key AIza{}, how to raise it".format(alnum(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")),
    "openai client raises 429: api_key='sk-proj-{}'".format(alnum(48)),
    "Telegram bot for library reminders: TOKEN = '{}:AA{}'".format(digits(10), alnum(33)),
    "HF download 401 with hf_{} — private repo, what scope do I need?".format(alnum(34)),
    "GitLab CI: glpat-{} doesn't have write_repository?".format(alnum(20)),
    "npm publish fails with //registry.npmjs.org/:_authToken=npm_{}".format(alnum(36)),
    "Shopify app: X-Shopify-Access-Token: shpat_{} gives 403".format(hexs(32)),
    "DigitalOcean token dop_v1_{} — terraform says unauthorized".format(hexs(64)),
    "connection string: DefaultEndpointsProtocol=https;AccountName=kycdocs01;AccountKey={}==;EndpointSuffix=core.windows.net".format(alnum(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
    "阿里云 AccessKey ID: LTAI{} Secret: {} 上传 OSS 报错".format(alnum(20), alnum(30)),
    "腾讯云 SecretId=AKID{} SecretKey={} 短信发不出去".format(alnum(32), alnum(32)),
    "Anthropic key sk-ant-api03-{}-{}AA in my Zapier step returns 401".format(alnum(80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), alnum(6)),
    "SendGrid: SG.{}.{} — emails to the smart-meter customers bounce".format(alnum(22), alnum(43)),
    "Twilio SID AC{} auth token {} — the WhatsApp Business sender fails".format(hexs(32), hexs(32)),
    "postgres://kyc_app:Vt7#qLp92!xR@10.20.4.17:5432/kyc — why does psql time out?",
    "Mailgun api key key-{} returns forbidden from Airtable automation".format(hexs(32)),
    "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\nQyNTUxOQAAACD{}\\n-----END OPENSSH PRIVATE KEY----- which permissions should this file have?".format(alnum(40)),
    "the crypto exchange API: key={} secret={} — signature invalid, help".format(alnum(64), alnum(64)),
]
for t in KEYS:
    add(1, "key", t)

# ---------------------------------------------------------------- adversarial spellings
CF = ["\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u200c"]


def sprinkle(s, ch):
    return ch.join(s)


v1 = luhn_complete("4", 16)
add(1, "cf", "card for the hotel deposit: " + sprinkle(v1, CF[0]))
v2 = cn_id("310115", "19880314")
add(1, "cf", "身份证号" + v2[:6] + CF[1] + v2[6:14] + CF[1] + v2[14:] + " 帮我登记")
v3 = luhn_complete("2200", 16)
add(1, "cf", "Mir card " + group4(v3).replace(" ", CF[2]) + " declined in Almaty")
v4 = ssn()
add(1, "cf", "my SSN " + sprinkle(v4.replace("-", ""), CF[3]) + " for the tax preparer")
v5 = make_iban("CH", "5n12c")
add(1, "cf", "IBAN " + CF[4] + v5[:8] + CF[4] + v5[8:] + " for the Zurich notary")
add(1, "cf", "key AKIA" + CF[5].join(b32(16)) + " in the bucket policy, why denied?")
v6 = luhn_complete("37", 15)
add(1, "cf", "amex " + v6[:4] + CF[0] + CF[1] + v6[4:10] + CF[2] + v6[10:] + " please refund")
v7 = luhn_complete("6011", 16)
add(1, "cf", "please bill " + CF[3].join(v7[i:i + 2] for i in range(0, 16, 2)) + " for the parking permit")

# split across messages
v = luhn_complete("5", 16)
add(1, "split", "my card is " + v[:8] + SEP + v[8:] + " can you check the charge")
v = cn_id("440305", "19790623")
add(1, "split", "身份证号是" + v[:10] + SEP + v[10:] + SEP + "上面那个发错了吗")
v = ssn().replace("-", "")
add(1, "split", "SSN first part " + v[:5] + SEP + "rest " + v[5:] + SEP + "is that enough for the W-9?")
v = make_iban("BE", "12n")
add(1, "split", "IBAN " + v[:10] + SEP + v[10:] + SEP + "pour le remboursement")
v = "sk_live_" + alnum(28)
add(1, "split", "stripe key " + v[:14] + SEP + v[14:] + SEP + "why 401")
v = luhn_complete("3528", 16)
add(1, "split", "JCB " + group4(v[:8]) + SEP + group4(v[8:]))
v = luhn_complete("62", 19)
add(1, "split", "银行卡 " + v[:6] + SEP + v[6:13] + SEP + v[13:] + " 分三条发给你了")
add(1, "split", "my phone is 079 412" + SEP + "63 88 (Swiss) pls call")

# split by newlines / dots / dashes
v = luhn_complete("4", 16)
add(1, "lines", "card:\\n" + v[:4] + "\\n" + v[4:8] + "\\n" + v[8:12] + "\\n" + v[12:] + "\\nexp 11/27")
v = luhn_complete("34", 15)
add(1, "lines", "Amex number below\\n" + v[:4] + "\\n" + v[4:10] + "\\n" + v[10:])
v = cn_id("510107", "19850702")
add(1, "lines", "身份证\\n" + v[:6] + "\\n" + v[6:14] + "\\n" + v[14:])
v = luhn_complete("4", 16)
add(1, "dots", "charge " + ".".join(v[i:i + 4] for i in range(0, 16, 4)) + " please")
v = cn_id("330106", "19911109", force_x=True)
add(1, "dots", "证件号 " + v[:6] + "-" + v[6:14] + "-" + v[14:] + " 帮我核对")
v = luhn_complete("55", 16)
add(1, "dots", "card " + "/".join(v[i:i + 4] for i in range(0, 16, 4)) + " for the fine")
v = ssn()
add(1, "dots", "social " + v.replace("-", ".") + " on the W-2?")
v = make_iban("LT", "16n")
add(1, "dots", "IBAN " + "-".join(v[i:i + 4] for i in range(0, len(v), 4)) + " rent")

# glued to letters
v = luhn_complete("4", 16)
add(1, "glued", "card" + v + "pls refund")
v = cn_id("110105", "19490101")
add(1, "glued", "hello" + v + "thanks")
add(1, "glued", "keyAKIA" + b32(16) + "secretkey")
v = luhn_complete("2221", 16)
add(1, "glued", "cc" + v + "exp0928cvv" + digits(3))
v = ssn().replace("-", "")
add(1, "glued", "ssn" + v + "dob")
v = make_iban("AT", "16n")
add(1, "glued", "ibanis" + v + "ok")
v = luhn_complete("6759", 18)
add(1, "glued", "Maestro" + v)
v = cn_id("420111", "20010304")
add(1, "glued", "我的号码是ID" + v + "谢谢")

# base64
for label_text in [
    "my card number is " + group4(luhn_complete("4", 16)),
    "身份证号 " + cn_id("350203", "19930817"),
    "SSN " + ssn(),
    "aws_access_key_id=AKIA" + b32(16),
    "IBAN " + make_iban("HR", "17n"),
    "card " + luhn_complete("6521", 16) + " exp 04/29",
]:
    enc = base64.b64encode(label_text.encode("utf-8")).decode()
    add(1, "base64", "decode this and tell me if it's right: " + enc)

# Unicode Nd digits
ND = [("arabic_indic", 0x0660), ("devanagari", 0x0966), ("bengali", 0x09E6), ("thai", 0x0E50),
      ("myanmar", 0x1040), ("khmer", 0x17E0), ("mongolian", 0x1810), ("ext_arabic", 0x06F0), ("lao", 0x0ED0)]
ND_T = [
    "card " + group4(luhn_complete("4", 16)),
    "my social security number " + ssn(),
    "身份证 " + cn_id("370202", "19800228"),
    "credit card " + group4(luhn_complete("53", 16)),
    "card no " + luhn_complete("62", 16),
    "card " + group4(luhn_complete("6011", 16)),
    "身份证号码 " + cn_id("210203", "19721012"),
    "card " + group4(luhn_complete("2202", 16)),
    "card " + group4(luhn_complete("3589", 16)),
]
for (nm, zero), t in zip(ND, ND_T):
    add(1, "digits", "please check " + nd(t, zero))
# full-width
fw = luhn_complete("4", 16)
add(1, "fullwidth", "卡号：" + "".join(chr(0xFF10 + int(c)) for c in fw))
fw = cn_id("440305", "19860521")
add(1, "fullwidth", "身份证号 " + "".join(chr(0xFF10 + int(c)) if c.isdigit() else "Ｘ" for c in fw))
fw = luhn_complete("62", 19)
add(1, "fullwidth", "信用卡　" + "　".join("".join(chr(0xFF10 + int(c)) for c in fw[i:i + 4]) for i in range(0, 19, 4)))

N_SENS = len(ROWS)

# ---------------------------------------------------------------- negatives (number-heavy, fail every check)
NEG = []


def neg(kind, text):
    NEG.append((kind, text))


def bad_luhn_digits(n, first=None):
    while True:
        s = (first or str(R.randrange(1, 10))) + digits(n - 1)
        if not luhn_ok(s):
            return s


# order ids / invoices / tracking
for t in [
    "Order #{} from the Etsy-like shop never shipped, write a polite follow-up",
    "Invoice INV-2026-{} is overdue 30 days, draft a reminder in French",
    "ServiceNow RITM{} — request for a new laptop, summarise the approval chain",
    "Zendesk ticket {}: the smart meter reading looks doubled, explain possible causes",
    "Salesforce Opportunity ID 006{} closed won, write a congrats post for the team channel",
    "PO number {} is missing from the EDI 850 segment, what field does it belong in?",
    "Case no. {} at the Kigali commercial court: what does 'mise en état' mean?",
    "SAP document 51{} posted twice, how do I reverse it in FB08?",
    "booking ref {} at the Muscat hotel — is that a PNR or a folio?",
    "Our ERP batch {} failed overnight; draft the incident summary",
]:
    neg("order", t.format(bad_luhn_digits(R.choice([8, 9, 10, 11]))))
for t in [
    "UPS tracking 1Z{} says delivered but nothing here, what next?",
    "DHL waybill {} stuck in customs Doha, what documents do they usually want?",
    "USPS tracking 9400 {} {} {} {} {} — how long does priority take to Jamaica?",
    "EMS 单号 EE{}CN 三天没更新了，正常吗？",
    "顺丰单号 SF{} 显示已签收但我没收到，怎么投诉？",
    "Aramex AWB {} — why does it say 'shipment on hold'?",
]:
    if "{} {} {} {} {}" in t:
        # 22-digit tracking, longer than any card
        neg("tracking", t.format(digits(4), digits(4), digits(4), digits(4), digits(2)))
    elif "1Z" in t:
        neg("tracking", t.format(alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")))
    elif "EE{}" in t:
        neg("tracking", t.format(digits(9)))
    elif "SF{}" in t:
        neg("tracking", t.format(bad_luhn_digits(12, "1")))
    else:
        neg("tracking", t.format(bad_luhn_digits(10)))

# masked values
for t in [
    "The receipt shows card **** **** **** {} — which of my cards was it?",
    "Statement line: VISA XXXX-XXXX-XXXX-{} GROCERY, is that a recurring charge?",
    "卡号 6222 **** **** {} 的账单，怎么查明细？",
    "IBAN CH** **** **** **** {} 0 — the bank masks it, is that normal?",
    "SSN on the letter is ***-**-{}, is it safe to throw away?",
    "身份证号 3101**********{} 这样打码够吗？",
    "app shows phone +41 79 *** ** {} — how do I change it?",
    "Mastercard ending {} was charged twice by the car rental company, how do I dispute?",
    "masked PAN 411111******{} in the log — is that PCI compliant?",
    "手机号 138****{} 的快递，到了驿站",
    "account ending in {} — what does 'pending' mean on a wire?",
    "the hotel folio says Amex xxxxxxxxxxx{} — is the deposit released?",
]:
    neg("masked", t.format(digits(4)))

# version strings, hashes, coordinates, dates
for t in [
    "upgrade from 10.4.2.19027 to 10.4.3.20311 broke the Epic interface, any known issue?",
    "npm says lodash@4.17.21 has a vuln, is 4.17.23 out?",
    "Windows build 10.0.22631.4169 — which feature update is that?",
    "git commit {} introduced the regression, how do I bisect?".format(hexs(40)),
    "sha256 {} — how do I verify the installer?".format(hexs(64)),
    "docker image digest sha256:{} vs tag latest — why differ?".format(hexs(64)),
    "md5 {} doesn't match the download page".format(hexs(32)),
    "coordinates -0.180653, -78.467834 — is that central Quito?",
    "GPS 41.716667, 44.783333 — what landmark is that in Tbilisi?",
    "lat/long 25.2854, 51.5310 for Doha corniche — how far from the airport?",
    "convert 40°26'46\"N 79°58'56\"W to decimal",
    "event runs 2026-03-14T09:30:00+04:00 to 2026-03-14T17:00:00+04:00, what's that in UTC?",
    "unix timestamp 1767225600123 in ms — which date?",
    "the log says 20260412 113045 — is that yyyymmdd hhmmss?",
    "Is 29.02.2027 a valid date? the form accepts it",
    "UUID 3f2b8c1e-7a4d-4e21-9b6f-0c5d8e7a1b23 vs ULID, which for order ids?",
    "semver 2.0.0-rc.1+build.20260301 — is the build metadata compared?",
    "Python 3.11.7 vs 3.12.4: which is faster for pandas?",
]:
    neg("version", t)

# ISBN / ISSN / DOI
def isbn13():
    while True:
        body = "978" + digits(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            return full


for t in [
    "Is ISBN {} the paperback or the hardback?",
    "library catalogue lists ISBN {} twice, merge?",
    "cite the book with ISBN {} in APA style",
    "图书 ISBN {} 是哪个出版社的？",
    "ISBN-13 {}: how is the last digit computed?",
]:
    x = isbn13()
    neg("isbn", t.format(x[:3] + "-" + x[3] + "-" + x[4:8] + "-" + x[8:12] + "-" + x[12] if "APA" in t else x))
neg("isbn", "DOI 10.1016/j.jbankfin.2025.107318 — summarise the abstract")
neg("isbn", "ISSN 0028-0836 is Nature's, right?")

# documentation / sample values that fail checks and are plainly examples
for t in [
    "In the Workday docs the sample employee ID is EMP-000123, is that a real format?",
    "Explain why IBAN GBkk BBBB SSSS SSAA AAAA AA is used as a placeholder in templates",
    "A card number has 16 digits like NNNN NNNN NNNN NNNN — how does the Luhn check work?",
    "身份证号的格式是 6位地区码+8位生日+3位顺序码+1位校验码，校验码怎么算？",
    "What does the 'AKIA' prefix in AWS keys mean? and why is AKIAIOSFODNN7EXAMPLE in the docs?",
    "Our API docs use sk_test_XXXXXXXXXXXXXXXXXXXXXXXX as the placeholder — is that OK for PCI?",
    "How are US SSNs structured (AAA-GG-SSSS) and why is 666 never used?",
    "Passport MRZ line 2 format: what do positions 1-9, 10 and 11-13 mean?",
    "Template: Dear {{customer_name}}, your card ending {{last4}} was charged {{amount}}.",
    "What is the difference between an IBAN and a SWIFT/BIC like BCEELULL?",
    "How many digits does a Georgian IBAN have and where is the bank code?",
    "正则 ^\\d{15}$|^\\d{17}[\\dX]$ 能不能完整校验身份证？",
    "Write a Luhn validator in C# and test it with an obviously invalid value like 1234 5678 9012 3450",
    "Why do Mir cards start with 2200-2204 and will Visa terminals accept them?",
    "E.164 explained: why is +1 shared by Jamaica and Canada?",
]:
    neg("explain", t)

# serial / part numbers, licences plates of vehicles of a company, model numbers
for t in [
    "Serial number SN-{}-B on the smart meter — how do I register it with the utility?",
    "part no. 7H{}-02 is discontinued, find an equivalent bearing",
    "model WD{}EFAX — is that SMR or CMR?",
    "asset tag IT-{} assigned to the meeting room TV, update the inventory",
    "router MAC 3C:84:6A:{}:{}:{} keeps dropping, what vendor is that?",
    "VIN-like code on the forklift plate is FKL{} — is it a serial or a model?",
    "product SKU {}-{}-BLK out of stock in the Asunción store",
    "GTIN {} on the carton — is it a valid EAN?",
    "meter 'Zählernummer' 1ESY{} — how do I read the OBIS codes?",
    "lot {} of the vaccine shipment, how long is the shelf life of this type",
]:
    if "MAC" in t:
        neg("serial", t.format(hexs(2).upper(), hexs(2).upper(), hexs(2).upper()))
    elif "SKU" in t:
        neg("serial", t.format(digits(4), digits(3)))
    elif "GTIN" in t:
        neg("serial", t.format(bad_luhn_digits(13)))
    else:
        neg("serial", t.format(bad_luhn_digits(R.choice([6, 7, 8]))))

# log lines with internal IPs and ports, timestamps
for t in [
    "2026-12-07 14:02:11,387 ERROR [pool-3] connection refused 10.14.2.27:6379 after 3 retries — what to check?",
    "nginx: upstream timed out (110) while connecting to upstream, client: 192.168.40.12, server: kyc.internal:8443",
    "[2026-12-01T08:17:45.112Z] WARN pid=48213 tid=7 gc pause 1873ms heap 7.9GB — tune?",
    "kernel: eth0: link down 172.16.88.4 (mtu 9000) then up after 4120 ms, normal?",
    "HAProxy log: 10.0.3.21:51144 [07/Dec/2026:10:12:44.221] fe_https be_api/srv2 0/0/1/212/213 200 1843",
    "PLC alarm 0x8004 at 2026-11-30 23:59:58.001 on line 3 — what does code 0x8004 usually mean?",
    "SIP REGISTER from 10.8.1.55:5060 rejected 403 — Asterisk config problem?",
    "Kafka offset 184467440 lag 91233 on partition 7, consumer group billing-v2",
    "Redis INFO: used_memory 2147483648, keyspace_hits 918273645, hit ratio?",
    "traceroute shows 100.64.12.1 then 10.255.0.9 with 180ms — carrier NAT?",
    "k8s pod restarted 17 times, OOMKilled, limit 2048Mi, node ip-10-20-4-17",
    "zabbix: disk /dev/sdb1 91% (1843220 MB) on host db-02 10.1.1.12",
]:
    neg("log", t)

# amounts, quantities, statistics, measurements
for t in [
    "Convert 1 250 000 UZS to EUR at today's rate",
    "our Q3 revenue was 18,433,210.55 MAD — how do I write that in words in French?",
    "population of Tashkent 3,095,498 vs Almaty 2,228,675 — which grew faster?",
    "the factory produced 1 048 576 units in 2025; what's the monthly average?",
    "distance Windhoek to Swakopmund 361 km, fuel at 8.4 L/100km, cost?",
    "Loan calculator: 250000 at 7.25% over 240 months, monthly payment?",
    "pi to 20 digits is 3.14159265358979323846, right?",
    "2^64 = 18446744073709551616 — why is that the max of ulong+1?",
    "Fibonacci number F(60) = 1548008755920, verify",
    "the smart meter shows 004187.3 kWh and last month 003912.8, what's my usage?",
    "electricity tariff 0.2314 CHF/kWh × 4 180 kWh — annual bill?",
    "12345678901234567890 — how many digits can a JavaScript Number hold exactly?",
]:
    neg("number", t)

# phone-looking business/service numbers and codes with no person, and codes
for t in [
    "What's the country calling code for Mozambique and Angola?",
    "Does +599 cover Curaçao and Bonaire both?",
    "Is 112 or 911 the emergency number in Bolivia?",
    "ext. 4417 is the IT helpdesk extension format, how do I transfer a call in Teams?",
    "flight QR 1375 Doha–Maputo, is the layover enough?",
    "train ICE 1517 Vienna—Munich delayed 43 min, am I owed compensation?",
    "room 2205 at the Marriott in Kuwait city — how far from the embassy district?",
    "bus route 408 in Montevideo — does it go to the airport?",
    "postcode 1010 Wien vs 8001 Zürich — which area is the old town?",
    "USSD *123*4# to check balance — does that work on Airtel Uganda?",
    "MCC 5812 vs 5814 — which one is fast food for cashback?",
    "HS code 0804.10 for dates — what duty in Oman?",
    "SWIFT MT103 field 32A: 261207EUR18433,21 — what does each part mean?",
    "SMS verification codes are 6 digits and expire in 5 minutes — why so short?",
    "Error code 0x80070643 during Windows update, fix?",
    "Port 5432 vs 6432 for pgbouncer?",
    "ICD-10 code J45.909 means what exactly?",
    "IATA code for Vientiane is VTE, and Brunei is BWN?",
]:
    neg("code", t)

# Chinese number-heavy negatives
for t in [
    "订单号 {} 的发票怎么开成专票？",
    "工单编号 GD{} 已处理完成，帮我写回访话术",
    "批次号 {} 的面膜有问题，怎么退货？",
    "合同编号 HT-2026-{}，帮我把条款翻译成英文",
    "统一社会信用代码是18位的吗？格式是怎么编的？",
    "快递柜取件码 {}，是不是过期了？",
    "报销单号 BX{}，审批卡在财务，正常吗？",
    "版本号 v3.2.{}.{}，钉钉 更新后打不开",
    "经纬度 31.2304, 121.4737 是上海哪里？",
    "2026年12月7日 14:30:00 对应的时间戳是多少？",
    "发票代码 {} 和发票号码有什么区别？",
    "设备序列号 SN{} 保修到什么时候？",
]:
    cnt = t.count("{}")
    if cnt == 2:
        neg("order", t.format(digits(2), digits(4)))
    elif cnt == 1:
        neg("order", t.format(bad_luhn_digits(R.choice([8, 10, 12]))))
    else:
        neg("order", t)

# card-length digit strings with no card label that fail Luhn and IIN checks (file numbers etc.)
for t in [
    "Land registry parcel {} in Graz — how do I get the extract?",
    "Court file {} — what does the suffix mean in Luxembourg?",
    "customs declaration MRN 26AT{} — status 'released' means I can pick up?",
    "Tax assessment reference {} — the Belgian SPF letter, is it an income year?",
    "Meter point EAN {} — which supplier is that in Brussels?",
    "Lottery ticket {} — how do I check results?",
]:
    if "MRN" in t:
        neg("reference", t.format(alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")))
    else:
        neg("reference", t.format(bad_luhn_digits(R.choice([12, 13, 14, 18]), first=str(R.choice([7, 8, 9]) if "EAN" not in t else 5))))

# near misses for IBAN: wrong check digits, for SSN: invalid areas, and for 身份证: plainly fake with no label
def iban_bad(country, spec):
    ib = make_iban(country, spec)
    cd = int(ib[2:4])
    bad = "%02d" % ((cd + 1 + R.randrange(90)) % 97 + 2)
    out = ib[:2] + bad + ib[4:]
    if iban_ok(out):
        return iban_bad(country, spec)
    return out


for t, (cc, spec) in zip([
    "Our test fixture uses IBAN {} — why does the validator reject it? (it's a made-up value)",
    "The sample in the spec, {}, fails mod 97: is the spec wrong?",
    "Is {} a valid Estonian IBAN format? I made it up for a unit test",
], [("AT", "16n"), ("JO", "4a4n18c"), ("EE", "16n")]):
    neg("explain", t.format(iban_bad(cc, spec)))
for t in [
    "Is 000-12-3456 a valid SSN? the form example uses it",
    "Why does the IRS say 666-45-1234 can't be issued?",
    "Are SSNs starting 9xx like 912-70-1234 ITINs instead?",
]:
    neg("explain", t)

# more realistic near-miss mixtures
for t in [
    "Meeting at 10:30 in room B2-114 with 14 attendees, budget 2 500 CHF, agenda?",
    "our store codes are 0041, 0042, 0117 — can you make a lookup table for the regions",
    "the bank's routing number format in Panama vs Costa Rica — how many digits?",
    "KYC rule: transactions over 10 000 USD within 24h flagged, threshold 3 per 7 days — write pseudo-code",
    "Excel: =TEXT(A2,\"#### #### ####\") turns 123456789012 into what?",
    "CSV header: order_id,sku,qty,price,ts — sample 88123,AB-12,3,19.90,1765101234",
    "Airtable formula DATETIME_DIFF({End},{Start},'days') returns 37, why not 38?",
    "Why is 4 294 967 295 the max IPv4 value?",
    "The smart meter ID format is 14 characters like ABC12345678901 — placeholder, what's the checksum rule?",
    "Telegram bot API: what is a chat_id like -1001234567890 and why negative?",
    "how do I format 1234567.891 as 1.234.567,89 for Uruguay?",
    "IPv6 fe80::1ff:fe23:4567:890a is link-local, right?",
    "what's the EAN-13 check digit of 590123412345?",
    "the policy number format at the insurer is POL-YYYY-NNNNNN, generate 3 fake examples with letters only",
    "our staff badge numbers go from 10000 to 19999, how many badges is that?",
    "Docker port mapping 0.0.0.0:8080->80/tcp, explain",
    "Explain CVV vs CVC2 vs CID and why Amex has 4 digits",
    "rate limits: 600 requests / 60 s, burst 1200 — token bucket settings?",
    "birth rate in Mauritius 2023 was 10.2 per 1000 — trend since 2000?",
    "In Bhutan the phone numbers have 8 digits — what are the mobile prefixes?",
]:
    neg("general", t)

# documentation of keys with elided values
for t in [
    "set OPENAI_API_KEY=sk-... in the .env — where does the SDK read it from?",
    "the Slack token looks like xoxb-XXXXXXXX — what does the xoxb prefix mean vs xoxp?",
    "Azure connection string has AccountKey=<your-key> — how do I rotate it?",
    "GitHub fine-grained tokens start with github_pat_ — how long are they?",
    "Stripe says use sk_test_... in dev and sk_live_... in prod, how to switch in CI?",
    "what does a JWT's 'alg: none' attack mean?",
]:
    neg("explain", t)

N_NEG_EXPECT = len(NEG)
for k, t in NEG:
    add(0, k, t)


# ---------------------------------------------------------------- self-checks on negatives
def digit_runs(text):
    # digits with spaces, dashes or dots between them, as a reader would join them
    for m in re.finditer(r"\d(?:[ \-.]?\d)+", text):
        yield re.sub(r"[ \-.]", "", m.group(0))


def check_negative(text):
    for run in digit_runs(text):
        if 12 <= len(run) <= 19:
            assert not luhn_ok(run), ("luhn-valid negative", text)
        if len(run) == 17 and False:
            pass
    for m in re.finditer(r"\d{17}[\dX]", text):
        assert cn_check(m.group(0)[:17]) != m.group(0)[17], ("cn id negative", text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", text.replace(" ", "")):
        assert not iban_ok(m.group(0)), ("iban negative", text)


_failures = []
for label, kind, text in ROWS:
    if label == 0:
        try:
            check_negative(text)
        except AssertionError as e:
            _failures.append(e.args)
assert not _failures, _failures


def render():
    header = [
        "# identifier-heldout-14.tsv — fourteenth independent author (s24-author14), 2026-12-07",
        "# written from issue 15's policy text only; never run against the classifier; NEVER tune on the held-out files",
        "# generated by Data/tools/identifier_heldout14.py (seed 20261207); --check regenerates byte-identically",
        "# columns: label (1 sensitive / 0 not)<TAB>kind<TAB>text; U+241E separates messages; literal \\n = new line",
    ]
    lines = header + ["%d\t%s\t%s" % r for r in ROWS]
    return "\n".join(lines) + "\n"


def main():
    text = render()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8", newline="") as f:
            on_disk = f.read()
        if on_disk != text:
            print("identifier-heldout-14.tsv differs from the generator output", file=sys.stderr)
            return 1
        print("ok: %d rows (%d sensitive, %d negative)" % (len(ROWS), N_SENS, len(ROWS) - N_SENS))
        return 0
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print("wrote %d rows (%d sensitive, %d negative)" % (len(ROWS), N_SENS, len(ROWS) - N_SENS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
