#!/usr/bin/env python3
"""Writes Data/identifier-heldout-4.tsv (issue 15): a fourth independent HELD-OUT set for identifiers.

Written on 2026-12-06 by the i15-author4 author from the policy text of issue 15 only (items 1 and 2, the identifier
kinds named in the issue and its list of adversarial spellings). The author read neither the detectors nor
docs/sensitivity.md nor any other data file's sentences, and never ran the classifier on the output. NEVER tune on it.

Every checksum is computed here: Luhn for cards, ISO 13616 mod-97 for IBANs (per-country length), ISO 7064 MOD 11-2
for 18-digit resident IDs, SSA area/group/serial rules for SSNs. Hard negatives are built so that no 12-19 digit run in
them passes Luhn (so the card rule cannot apply to them by accident) and nothing in them is called a card, an ID or a
phone. No value is called a "documented example" or "test card" (that class is left out on purpose).

Usage: python3 identifier_heldout4.py > ../identifier-heldout-4.tsv
"""
import base64
import random
import re
import string

rng = random.Random(20261206_4)
rows = []


def add(label, kind, text):
    assert "\t" not in text and "\n" not in text, text
    rows.append((label, kind, text))


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_ok(number):
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def luhn_break(number):
    last = int(number[-1])
    return number[:-1] + str((last + rng.randint(1, 9)) % 10)


def group(number, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(number[i:i + s])
        i += s
    if i < len(number):
        out.append(number[i:])
    return sep.join(p for p in out if p)


# Networks of policy item 1: (name, prefix chooser, lengths).
NETWORKS = [
    ("Visa", lambda: "4" + digits(1), [16, 13, 19]),
    ("Mastercard", lambda: str(rng.randint(51, 55)), [16]),
    ("Mastercard", lambda: str(rng.randint(2221, 2720)), [16]),
    ("American Express", lambda: rng.choice(["34", "37"]), [15]),
    ("Discover", lambda: rng.choice(["6011", str(rng.randint(644, 649)), "65"]), [16, 19]),
    ("Diners Club", lambda: rng.choice([str(rng.randint(300, 305)), "36", "38"]), [14, 16]),
    ("JCB", lambda: str(rng.randint(3528, 3589)), [16, 19]),
    ("UnionPay", lambda: rng.choice(["62" + digits(2), "81" + digits(2)]), [16, 17, 18, 19]),
    ("Maestro", lambda: rng.choice(["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"]), [12, 13, 15, 16, 18, 19]),
    ("Mir", lambda: str(rng.randint(2200, 2204)), [16, 19]),
    ("RuPay", lambda: rng.choice(["6521", "6522", "508" + digits(1), "353" + digits(1), "356" + digits(1)]), [16]),
    ("Verve", lambda: rng.choice([str(rng.randint(506099, 506198)), str(rng.randint(650002, 650027))]), [16, 18, 19]),
    ("Troy", lambda: "9792", [16]),
]


def card(network=None):
    name, prefix, lengths = network or rng.choice(NETWORKS)
    return name, luhn_complete(prefix(), rng.choice(lengths))


def fmt_card(number):
    style = rng.random()
    if style < 0.4:
        return group(number, [4, 4, 4, 4, 3])
    if style < 0.6:
        return group(number, [4, 4, 4, 4, 3], "-")
    if len(number) == 15 and style < 0.8:
        return group(number, [4, 6, 5])
    return number


# ---- IBAN (ISO 13616): per-country length and BBAN shape ('n' digit, 'a' upper letter, 'c' alphanumeric).
IBAN_SHAPES = {
    "DE": "n" * 18, "GB": "aaaa" + "n" * 14, "FR": "n" * 10 + "c" * 11 + "nn", "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12, "NL": "aaaa" + "n" * 10, "BE": "n" * 12, "CH": "n" * 5 + "c" * 12,
    "PL": "n" * 24, "SA": "nn" + "c" * 18, "AE": "n" * 19, "BR": "n" * 23 + "a" + "c", "TR": "n" * 5 + "0" + "c" * 16,
    "AT": "n" * 16, "IE": "aaaa" + "n" * 14, "SE": "n" * 20, "NO": "n" * 11, "PT": "n" * 21,
}
IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "PL": 28, "SA": 24,
                "AE": 23, "BR": 29, "TR": 26, "AT": 20, "IE": 22, "SE": 24, "NO": 15, "PT": 25}


def iban(country):
    bban = ""
    for s in IBAN_SHAPES[country]:
        if s == "n":
            bban += digits(1)
        elif s == "a":
            bban += rng.choice(string.ascii_uppercase)
        elif s == "c":
            bban += rng.choice(string.digits * 3 + string.ascii_uppercase)
        else:
            bban += s
    rearranged = bban + country + "00"
    numeric = int("".join(str(int(ch, 36)) for ch in rearranged))
    check = 98 - numeric % 97
    value = f"{country}{check:02d}{bban}"
    assert len(value) == IBAN_LENGTHS[country], (country, len(value))
    assert int("".join(str(int(ch, 36)) for ch in value[4:] + value[:4])) % 97 == 1
    return value


def fmt_iban(value):
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if rng.random() < 0.6 else value


# ---- US SSN: area 001-899 except 666, group 01-99, serial 0001-9999.
def ssn():
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


# ---- 身份证 (GB 11643): region + birth date + sequence + ISO 7064 MOD 11-2 check character.
REGIONS = ["110105", "110108", "310104", "310115", "440305", "440106", "510107", "330106", "420102", "320106",
           "610113", "370202", "500103", "210202", "350203", "430104"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(sex=None):
    body = rng.choice(REGIONS) + f"{rng.randint(1950, 2006)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + digits(3)
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, WEIGHTS)) % 11]
    return body + check


def cn_id_15():
    return rng.choice(REGIONS) + f"{rng.randint(40, 84):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + digits(3)


def cn_mobile():
    return rng.choice(["13", "15", "17", "18", "19"]) + digits(1) + digits(8)


# ---- Phones in national formats (ranges chosen to be assigned, not fictional/drama ranges).
def phone():
    return rng.choice([
        lambda: ("UK", f"07{rng.choice('12345789')}{digits(2)} {digits(6)}"),
        lambda: ("UK", f"+44 20 {rng.choice('378')}{digits(3)} {digits(4)}"),
        lambda: ("DE", f"+49 15{rng.choice('12579')} {digits(4)} {digits(4)}"),
        lambda: ("DE", f"030 {digits(4)}{digits(3)}"),
        lambda: ("FR", f"06 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"),
        lambda: ("JP", f"090-{rng.randint(1000, 9999)}-{digits(4)}"),
        lambda: ("IN", f"+91 9{rng.choice('4789')}{digits(3)} {digits(5)}"),
        lambda: ("BR", f"(11) 9{rng.randint(6000, 9999)}-{digits(4)}"),
        lambda: ("AU", f"04{digits(2)} {digits(3)} {digits(3)}"),
        lambda: ("US", f"({rng.choice(['312', '415', '646', '206', '617', '713', '404'])}) {rng.randint(201, 989)}-{digits(4)}"),
        lambda: ("KR", f"010-{rng.randint(2000, 9999)}-{digits(4)}"),
        lambda: ("MX", f"+52 55 {digits(4)} {digits(4)}"),
    ])()


def local_number():
    # 7-9 digit local numbers (no area code), as people type them after "text me at" and similar words.
    return rng.choice([
        lambda: f"{rng.randint(2, 9)}{digits(2)}-{digits(4)}",          # 7, US local
        lambda: f"{rng.randint(6, 9)}{digits(3)} {digits(4)}",          # 8, SG/HK mobile
        lambda: f"{rng.randint(2, 9)}{digits(7)}",                      # 8, DK/NO style
        lambda: f"{rng.randint(2, 9)}{digits(2)} {digits(2)} {digits(2)}",  # 7 in pairs
        lambda: f"{rng.randint(3, 9)}{digits(2)} {digits(3)} {digits(3)}",  # 9, e.g. ES/PT
    ])()


def alnum(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def vendor_key():
    return rng.choice([
        lambda: ("AWS access key", "AKIA" + alnum(16, string.ascii_uppercase + "234567")),
        lambda: ("GitHub token", "ghp_" + alnum(36)),
        lambda: ("GitHub token", "github_pat_" + alnum(22) + "_" + alnum(59)),
        lambda: ("Slack bot token", f"xoxb-{digits(11)}-{digits(13)}-{alnum(24)}"),
        lambda: ("Stripe secret key", "sk_live_" + alnum(24)),
        lambda: ("Google API key", "AIza" + alnum(35, string.ascii_letters + string.digits + "-_")),
        lambda: ("OpenAI key", "sk-proj-" + alnum(48, string.ascii_letters + string.digits + "-_")),
        lambda: ("Hugging Face token", "hf_" + alnum(34, string.ascii_letters)),
        lambda: ("SendGrid key", "SG." + alnum(22) + "." + alnum(43)),
    ])()


ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"]
DIGIT_ZERO = {"arabic-indic": 0x0660, "ext-arabic": 0x06F0, "devanagari": 0x0966, "fullwidth": 0xFF10, "bengali": 0x09E6, "thai": 0x0E50}


def unicode_digits(text, script):
    zero = DIGIT_ZERO[script]
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in text)


def sprinkle(value, chars):
    out = []
    for i, ch in enumerate(value):
        out.append(ch)
        if i < len(value) - 1 and rng.random() < 0.3:
            out.append(rng.choice(chars))
    return "".join(out)


# =========================================================================== sensitive rows

# card: Luhn-valid numbers in a published range, en and zh, mostly without the word "card" so the IIN rule must fire.
for network in NETWORKS + [rng.choice(NETWORKS) for _ in range(5)]:
    for _ in range(1):
        name, number = card(network)
        add(1, "card", rng.choice([
            f"Charge it to {fmt_card(number)} exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}, thanks",
            f"{name} {fmt_card(number)} — can you check why the payment keeps bouncing?",
            f"refund pls to the same one as last time ({fmt_card(number)})",
            f"客户付款用的是 {fmt_card(number)}，有效期 {rng.randint(1, 12):02d}/{rng.randint(27, 31)}，帮我写一封催款邮件",
            f"请把 {fmt_card(number)} 这笔订阅退掉",
            f"paid w/ {number} cvv {digits(3)}",
        ]))

# card-labelled: numbers the text calls a card, outside every known range and/or failing Luhn (fail closed).
for _ in range(10):
    length = rng.choice([12, 14, 15, 16, 16, 17, 18, 19])
    number = rng.choice(["1", "7", "8", "9"]) + digits(length - 1)
    if rng.random() < 0.5:
        number = luhn_break(number) if luhn_ok(number) else number
    add(1, "card-labelled", rng.choice([
        f"My debit card number is {fmt_card(number)}, please block it, I lost my wallet",
        f"card no. {number} (store card from the co-op)",
        f"Gift card {group(number, [4, 4, 4, 4])} shows zero balance, what happened?",
        f"我的银行卡号是{number}，开户行是农商行",
        f"信用卡 {fmt_card(number)} 上个月被盗刷了两笔",
        f"借记卡卡号：{number}",
        f"Fuel card {fmt_card(number)} was declined at the pump",
        f"会员储值卡号 {group(number, [4, 4, 4, 4])}，余额不对",
    ]))

# iban
for country in ["DE", "GB", "FR", "ES", "IT", "NL", "CH", "PL", "SA", "AE", "BR", "NO"]:
    value = iban(country)
    add(1, "iban", rng.choice([
        f"Please pay the deposit into {fmt_iban(value)} before Friday",
        f"IBAN: {fmt_iban(value)}",
        f"new bank details for my rent: {fmt_iban(value)} (BIC to follow)",
        f"收款账户 IBAN {fmt_iban(value)}，请核对",
        f"Überweisung bitte auf {fmt_iban(value)}",
        f"wire it to {value.lower()} asap",
    ]))

# ssn
for _ in range(7):
    value = ssn()
    add(1, "ssn", rng.choice([
        f"SSN {value} — fill in the W-4 for me",
        f"my social is {value}, does the IRS letter look legit?",
        f"Social Security No.: {value.replace('-', ' ')}",
        f"ss# {value.replace('-', '')}",
        f"applicant social security number {value}",
    ]))

# cn-id (18-digit, valid check char; plus first-generation 15-digit and wrong-check 18-digit after a label)
for _ in range(8):
    value = cn_id()
    add(1, "cn-id", rng.choice([
        f"身份证号：{value}",
        f"帮我核对一下这个身份证 {value} 的出生日期对不对",
        f"公民身份号码 {value[:6]} {value[6:14]} {value[14:]}",
        f"ID card (China): {value}",
        f"报名表：姓名 略，证件号码 {value}，手机 略",
        f"请用 {value} 这个号码帮我预约挂号",
    ]))
for _ in range(2):
    add(1, "cn-id", rng.choice([f"老身份证号 {cn_id_15()}，还能用吗", f"一代身份证：{cn_id_15()}"]))
for _ in range(2):
    value = cn_id()
    wrong = value[:-1] + rng.choice([c for c in "0123456789X" if c != value[-1]])
    add(1, "cn-id", f"身份证号码 {wrong}（可能抄错了一位）")

# cn-mobile
for _ in range(6):
    value = cn_mobile()
    add(1, "cn-mobile", rng.choice([
        f"手机：{value}",
        f"有事打我电话 {value[:3]} {value[3:7]} {value[7:]}",
        f"联系方式 +86 {value[:3]}-{value[3:7]}-{value[7:]}",
        f"快递放门卫，收件人电话{value}",
        f"加我微信，就是手机号{value}",
    ]))

# phone (national formats, in context)
for _ in range(12):
    country, value = phone()
    add(1, "phone", rng.choice([
        f"Call me on {value} after 6pm",
        f"my mobile is {value}",
        f"pls text {value} when you're outside",
        f"Tel. {value}",
        f"contact number: {value} (landlord)",
        f"电话：{value}",
        f"WhatsApp me at {value}",
    ]))

# phone-local: 7-9 digits after context words, no area code
for _ in range(8):
    value = local_number()
    add(1, "phone-local", rng.choice([
        f"send messages to {value} not my old number",
        f"my registered number is {value}",
        f"text me at {value}",
        f"you can reach me on {value} in the evenings",
        f"reply to {value} if the parcel can't be left",
        f"我的联系电话是 {value}",
    ]))

# passport
for _ in range(6):
    value = rng.choice([
        "E" + digits(8), "G" + digits(8), digits(9), rng.choice("CFGHJK") + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789"),
        rng.choice("JKLMNPRZ") + digits(7), rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase) + digits(7),
    ])
    add(1, "passport", rng.choice([
        f"passport no. {value}, expiring next year — can I still travel?",
        f"护照号码：{value}",
        f"Passport number {value} issued in Lyon",
        f"visa form asks for passport # — it's {value}",
    ]))

# licence with dashes (US state shapes) and a Chinese licence (the ID number)
for _ in range(5):
    letter = rng.choice(string.ascii_uppercase)
    value = rng.choice([
        f"{letter}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}",
        f"{letter}{digits(3)}-{digits(4)}-{digits(4)}",
        f"{letter}{digits(3)}-{digits(4)}-{digits(4)}-{digits(2)}",
        f"{letter}{digits(2)}-{digits(2)}-{digits(4)}",
        f"{digits(3)}-{digits(3)}-{digits(3)}",
    ])
    add(1, "licence", rng.choice([
        f"driver's license {value}",
        f"DL# {value} — renewal form",
        f"Driving licence number: {value}",
        f"my drivers lic is {value}, was it suspended?",
    ]))
add(1, "licence", f"驾驶证号 {cn_id()}，扣了几分？")

# vendor keys and tokens
for _ in range(8):
    name, value = vendor_key()
    add(1, "key", rng.choice([
        f"why does this fail? export TOKEN={value}",
        f"config.yaml:\\n  api_key: {value}",
        f"{name}: {value}",
        f"curl -H 'Authorization: Bearer {value}' https://api.example.org/v1/items",
        f"把这个密钥 {value} 配进环境变量里",
    ]))

# adversarial: glued to letters
for _ in range(5):
    kind_value = rng.choice([
        lambda: f"hello{cn_id()}",
        lambda: f"card{card()[1]}",
        lambda: f"key{vendor_key()[1]}",
        lambda: f"myid{cn_id()}ok",
        lambda: f"iban{iban(rng.choice(['DE', 'GB', 'FR']))}",
        lambda: f"tel{cn_mobile()}x",
    ])()
    add(1, "glued", rng.choice([f"{kind_value}", f"pls check {kind_value} thx", f"看看这个{kind_value}"]))

def labelled_value():
    """A value with the word a user would put before it (the SSN and the mobile need one; cards and IDs carry a check)."""
    return rng.choice([
        lambda: (card()[1], "", ""),
        lambda: (cn_id(), "", ""),
        lambda: (cn_mobile(), "mobile", "手机号"),
        lambda: (ssn(), "SSN", "社保号 SSN"),
        lambda: (iban("DE"), "", ""),
    ])()


# adversarial: zero-width / format characters inside
for _ in range(5):
    value, en, zh = labelled_value()
    add(1, "zero-width", rng.choice([f"{en or 'number'} is {sprinkle(value, ZERO_WIDTH)}", f"{zh or '号码'} {sprinkle(value, ZERO_WIDTH)}"]))

# adversarial: dots or dashes inside
for _ in range(5):
    value = rng.choice([
        lambda: group(card()[1], [4, 4, 4, 4, 3], "."),
        lambda: (lambda v: f"{v[:6]}-{v[6:14]}-{v[14:]}")(cn_id()),
        lambda: (lambda v: "手机 " + ".".join(v[i:i + 3] for i in range(0, len(v), 3)))(cn_mobile()),
        lambda: "SSN " + ssn().replace("-", "."),
        lambda: "-".join(iban("NL")[i:i + 4] for i in range(0, 18, 4)),
    ])()
    add(1, "dotted", rng.choice([f"use {value} for it", f"资料：{value}", f"ok here: {value}"]))

# adversarial: split by newline (literal \n in the file)
for _ in range(4):
    value = rng.choice([lambda: card()[1], cn_id, lambda: iban("GB")])()
    cut = rng.randint(4, len(value) - 4)
    add(1, "newline", rng.choice([f"{value[:cut]}\\n{value[cut:]}", f"first part {value[:cut]}\\nrest {value[cut:]}",
                                  f"{group(value, [4, 4, 4, 4, 4], chr(92) + 'n')}"]))

# adversarial: Unicode decimal digits
for script in DIGIT_ZERO:
    value, en, zh = labelled_value()
    add(1, "unicode-digits", rng.choice([f"{en} رقم {unicode_digits(value, script)}".strip(), f"{en or 'number'} {unicode_digits(value, script)} pls",
                                         f"{zh or '号码'}是{unicode_digits(value, script)}"]))

# adversarial: base64 of text holding an identifier
for _ in range(5):
    inner = rng.choice([
        lambda: f"card {fmt_card(card()[1])}",
        lambda: f"身份证 {cn_id()}",
        lambda: f"ssn {ssn()}",
        lambda: f"aws key {vendor_key()[1]}",
        lambda: f"phone {cn_mobile()}",
    ])()
    blob = base64.b64encode(inner.encode("utf-8")).decode("ascii")
    add(1, "base64", rng.choice([f"decode this and summarise: {blob}", f"payload={blob}", f"解码一下：{blob}"]))

# =========================================================================== hard negatives


def no_card_runs(text):
    """True when no 12-19 digit number (a digit token, or tokens joined by spaces or dashes) passes Luhn."""
    for m in re.finditer(r"\d[\d -]*\d", text):
        joined = re.sub(r"[ -]", "", m.group())
        for run in [joined] + re.findall(r"\d+", m.group()):
            if 12 <= len(run) <= 19 and luhn_ok(run):
                return False
    return True


def negative(kind, make):
    for _ in range(200):
        text = make()
        if no_card_runs(text):
            add(0, kind, text)
            return
    raise AssertionError(kind)


for _ in range(7):
    negative("order", lambda: rng.choice([
        f"Order #{digits(rng.choice([12, 14, 16]))} arrived damaged, how do I word the complaint?",
        f"订单号 {digits(18)} 一直显示待发货，帮我写个催单消息",
        f"Invoice INV-{rng.randint(2024, 2026)}-{digits(6)} total ${rng.randint(100, 9999)}.{digits(2)}: is VAT included?",
        f"PO {digits(10)} / line {rng.randint(1, 40)}: quantity mismatch",
        f"淘宝订单 {digits(19)} 退款进度怎么查",
    ]))
for _ in range(6):
    negative("tracking", lambda: rng.choice([
        f"Tracking 1Z{alnum(6, string.ascii_uppercase + string.digits)}{digits(10)} says delivered but nothing came",
        f"顺丰单号 SF{digits(13)}，物流三天没更新",
        f"USPS {digits(22)} stuck in transit",
        f"DHL waybill {digits(10)}: how long from Leipzig?",
        f"Royal Mail {rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}{digits(9)}GB",
    ]))
for _ in range(7):
    negative("luhn-fail", lambda: rng.choice([
        f"Reference {luhn_break(card()[1])} from the bank statement export, what format is that?",
        f"batch id {luhn_break(luhn_complete(digits(2), 16))}",
        f"row 12 column C shows {luhn_break(luhn_complete(digits(1), 15))} after Excel mangled it",
        f"流水号 {luhn_break(luhn_complete(digits(2), 16))}",
    ]))
for _ in range(6):
    def isbn():
        body = "978" + str(rng.randint(0, 1)) + digits(8)
        check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
        return body + str(check)
    negative("isbn", lambda: rng.choice([
        f"Is ISBN {isbn()} the second edition?",
        f"书号 ISBN {(lambda v: f'{v[:3]}-{v[3]}-{v[4:8]}-{v[8:12]}-{v[12]}')(isbn())} 哪里能借到",
        f"cite this: ISBN-13 {isbn()}",
    ]))
for _ in range(6):
    negative("timestamp", lambda: rng.choice([
        f"convert epoch {rng.randint(1600000000, 1800000000)} to UTC",
        f"log line: ts={rng.randint(1600000000000, 1800000000000)} level=warn msg=retry",
        f"{rng.randint(2020, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d} 这个时间戳是什么格式",
        f"snowflake id {digits(18)} — how do I get the creation time out of it?",
    ]))
for _ in range(5):
    negative("version", lambda: rng.choice([
        f"upgrade from {rng.randint(1, 20)}.{rng.randint(0, 40)}.{rng.randint(0, 300)} to {rng.randint(1, 20)}.{rng.randint(0, 40)}.{rng.randint(0, 300)} broke my build",
        f"Windows build 10.0.{rng.randint(19041, 26100)}.{rng.randint(1000, 5000)}",
        f"package-lock pins {rng.choice(['lodash', 'react', 'axios'])}@{rng.randint(1, 18)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
    ]))
for _ in range(6):
    def hexrun(n):
        while True:
            v = alnum(n, "0123456789abcdef")
            if not re.search(r"\d{10,}", v):
                return v
    negative("hash", lambda: rng.choice([
        f"git show {hexrun(40)} shows an empty diff, why?",
        f"sha256sum gives {hexrun(64)}, does that match the release page?",
        f"md5 {hexrun(32)}",
        f"commit {hexrun(7)} reverted the fix",
    ]))
for _ in range(5):
    def uuid():
        while True:
            v = "-".join(alnum(n, "0123456789abcdef") for n in (8, 4, 4, 4, 12))
            if not re.search(r"\d{10,}", v.replace("-", "")):
                return v
    negative("uuid", lambda: rng.choice([
        f"GET /tenants/{uuid()}/usage returns 404",
        f"correlation id {uuid()} in the logs, what does it mean?",
        f"请求 ID：{uuid()}",
    ]))
for _ in range(5):
    negative("price", lambda: rng.choice([
        f"Is ${rng.randint(1000, 99999):,}.{digits(2)} a fair price for a used Corolla?",
        f"总价 ¥{rng.randint(1000, 999999):,}.00，分 {rng.choice([3, 6, 12, 24])} 期每期多少",
        f"€{rng.randint(100, 9999)},{digits(2)} incl. VAT vs €{rng.randint(100, 9999)},{digits(2)} excl.",
    ]))
for _ in range(6):
    negative("product-code", lambda: rng.choice([
        f"Replacement filter part {digits(4)}-{digits(3)}-{digits(3)} fits the 2019 model?",
        f"SKU {digits(3)}-{digits(3)}-{digits(4)} is out of stock again",
        f"型号 {rng.choice(['KFR', 'BCD', 'XQG'])}-{digits(2)}{rng.choice(['GW', 'WP'])}/{digits(3)} 的空调噪音大吗",
        f"GTIN {luhn_break(luhn_complete(digits(1), 14))} on the pallet label",
        f"model no. {rng.choice(string.ascii_uppercase)}{digits(3)}-{digits(4)}-{digits(2)} manual pdf?",
    ]))
for _ in range(5):
    negative("math", lambda: rng.choice([
        f"what is {digits(7)} * {digits(6)}?",
        f"Is {rng.randint(10 ** 8, 10 ** 9)} prime?",
        f"把 {digits(9)} 换成科学计数法",
        f"sum of 1..{rng.randint(10 ** 6, 10 ** 7)}",
    ]))
for _ in range(6):
    negative("coordinates", lambda: rng.choice([
        f"distance between {rng.uniform(-60, 60):.6f},{rng.uniform(-170, 170):.6f} and {rng.uniform(-60, 60):.6f},{rng.uniform(-170, 170):.6f}",
        f"GPS 北纬{rng.uniform(20, 45):.5f} 东经{rng.uniform(100, 125):.5f} 是哪个城市？",
    ]))


def main():
    print("# identifier-heldout-4.tsv: a fourth independent HELD-OUT set for identifiers (issue 15). Generated by")
    print("# tools/identifier_heldout4.py (seeded, checksums computed there) on 2026-12-06 by the i15-author4 author from the policy")
    print("# text of issue 15 only (items 1 and 2, its identifier kinds and adversarial spellings). The author read neither the")
    print("# detectors, docs/sensitivity.md, nor any other data file's sentences, and never ran the classifier on these lines. NEVER tune on it.")
    print("# Labelling: 1 = a card (Luhn + published IIN range, or any 12-19 digit number the text calls a card), IBAN (mod-97), SSN,")
    print("# 身份证 (18 digits; also 15-digit and wrong-check numbers after a 身份证 label), mobile/phone in a national format or after")
    print("# context words, passport, driver's licence, vendor key/token, and each adversarial spelling of these. 0 = order, invoice,")
    print("# tracking, ISBN, timestamp, version, hash, UUID, price, product-code, math and coordinate numbers, none called a card/ID/phone")
    print("# and no 12-19 digit run in them passing Luhn. No value is called a documented example or test card (that class is left out).")
    print("# Columns: label <TAB> kind <TAB> text; a literal \\n is a line break.")
    for label, kind, text in rows:
        print(f"{label}\t{kind}\t{text}")


if __name__ == "__main__":
    main()
