#!/usr/bin/env python3
"""Generates identifier-heldout-5.tsv (issue 15), a fifth independent HELD-OUT identifier set.

Written on 2026-12-06 by the i15-author5 author from issue 15's policy text only (items 1-2, the identifier kinds and the
adversarial spelling classes). Every checksum is computed here: Luhn with IIN ranges per network, IBAN mod-97 with
per-country lengths, 身份证 GB 11643 check character, SSN area/group/serial rules. Negatives are checked so that no
12-19 digit run in them passes Luhn. Seeded: re-running with the same seed reproduces the file byte for byte.

Usage: python3 identifier_heldout5.py [--seed 20261206] [--out ../identifier-heldout-5.tsv]
"""
import argparse
import base64
import os
import random
import re
import string

SEED = 20261206
R = random.Random(SEED)


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for d in string.digits:
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def luhn_broken(prefix, length):
    good = luhn_complete(prefix, length)
    return good[:-1] + str((int(good[-1]) + R.randint(1, 9)) % 10)


# Published IIN ranges per network: (network, prefix chooser, lengths).
NETWORKS = [
    ("Visa", lambda: "4", [13, 16, 19]),
    ("Mastercard", lambda: str(R.randint(51, 55)), [16]),
    ("Mastercard 2-series", lambda: str(R.randint(2221, 2720)), [16]),
    ("Amex", lambda: R.choice(["34", "37"]), [15]),
    ("Discover", lambda: R.choice(["6011", str(R.randint(644, 649)), "65"]), [16, 19]),
    ("Diners", lambda: R.choice([str(R.randint(300, 305)), "36", "38"]), [14]),
    ("JCB", lambda: str(R.randint(3528, 3589)), [16, 19]),
    ("UnionPay", lambda: R.choice(["62", "81"]), [16, 17, 18, 19]),
    ("Maestro", lambda: R.choice(["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"]), [12, 13, 14, 15, 16, 17, 18, 19]),
    ("Mir", lambda: str(R.randint(2200, 2204)), [16, 17, 18, 19]),
    ("RuPay", lambda: R.choice(["60", "652", "653", "508", "817", "82"]), [16]),
    ("Verve", lambda: R.choice([str(R.randint(506099, 506198)), str(R.randint(650002, 650027)), str(R.randint(507865, 507964))]), [16, 18, 19]),
    ("Troy", lambda: "9792", [16]),
]


def group(d, sep=" "):
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    if len(d) == 14:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def card(network=None):
    name, pre, lengths = network or R.choice(NETWORKS)
    return name, luhn_complete(pre(), R.choice(lengths))


# 身份证 (GB 11643-1999).
REGIONS = ["110105", "310104", "440305", "510107", "330106", "420111", "320102", "610113", "370202", "500103", "350203", "210102"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, WEIGHTS)) % 11]


def resident_id(wrong=False):
    body = R.choice(REGIONS) + f"{R.randint(1950, 2006)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + f"{R.randint(0, 999):03d}"
    check = id_check(body)
    if wrong:
        check = R.choice([c for c in "0123456789X" if c != check])
    return body + check


def resident_id15():
    return R.choice(REGIONS) + f"{R.randint(50, 84):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + f"{R.randint(0, 999):03d}"


# IBAN: per-country length and BBAN shape (a = letter, n = digit, c = alphanumeric).
IBAN_SHAPES = {
    "DE": "n18", "FR": "n23", "GB": "a4n14", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "BE": "n12", "CH": "n17",
    "AT": "n16", "PL": "n24", "SE": "n20", "NO": "n11", "DK": "n14", "FI": "n14", "IE": "a4n14", "PT": "n21",
    "SA": "n22", "AE": "n19", "TR": "n22", "LU": "n13", "CZ": "n20", "GR": "n23", "RO": "a4c16", "HU": "n24",
}
IBAN_LENGTHS = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28, "SE": 24,
                "NO": 15, "DK": 18, "FI": 18, "IE": 22, "PT": 25, "SA": 24, "AE": 23, "TR": 26, "LU": 20, "CZ": 24, "GR": 27,
                "RO": 24, "HU": 28}


def bban(shape):
    out = []
    for kind, count in re.findall(r"([anc])(\d+)", shape):
        pool = {"a": string.ascii_uppercase, "n": string.digits, "c": string.ascii_uppercase + string.digits}[kind]
        out.append("".join(R.choice(pool) for _ in range(int(count))))
    return "".join(out)


def iban_mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(country):
    b = bban(IBAN_SHAPES[country])
    check = 98 - iban_mod97(b + country + "00")
    value = f"{country}{check:02d}{b}"
    assert len(value) == IBAN_LENGTHS[country] and iban_mod97(value[4:] + value[:4]) == 1
    return value


def spaced(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def digits(n, first=None):
    return (first or str(R.randint(1, 9))) + "".join(R.choice(string.digits) for _ in range(n - 1))


def cn_mobile():
    return "1" + R.choice(["35", "39", "50", "58", "77", "86", "89", "99", "66", "73"]) + digits(8, str(R.randint(0, 9)))


def alnum(n, pool=string.ascii_letters + string.digits):
    return "".join(R.choice(pool) for _ in range(n))


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def b64url(s):
    return base64.urlsafe_b64encode(s.encode("utf-8")).decode("ascii").rstrip("=")


# Unicode decimal digit sets (category Nd) other than ASCII.
ND_SETS = {
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९", "bengali": "০১২৩৪৫৬৭৮৯",
    "thai": "๐๑๒๓๔๕๖๗๘๙", "tamil": "௦௧௨௩௪௫௬௭௮௯", "myanmar": "၀၁၂၃၄၅၆၇၈၉", "math-bold": "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",
    "gujarati": "૦૧૨૩૪૫૬૭૮૯", "khmer": "០១២៣៤៥៦៧៨៩",
}
FULLWIDTH = "０１２３４５６７８９"


def to_digits(s, table):
    return "".join(table[int(c)] if c.isdigit() and c in string.digits else c for c in s)


CF = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u2062", "\u2063", "\u180e", "\u061c", "\u206a"]


def sprinkle(s, every=None):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c != " " and i < len(s) - 1 and (every is None and R.random() < 0.35 or every and i % every == every - 1):
            out.append(R.choice(CF))
    return "".join(out)


def rows():
    out = []

    def add(label, kind, text):
        out.append((label, kind, text))

    # 1. Cards that pass Luhn and sit in a published IIN range, two per network, worded as user traffic.
    card_templates = [
        "Please cancel the subscription billed to {c}, I no longer use the service.",
        "Summarise this support chat: customer paid with {c} exp 09/29 and wants a refund.",
        "帮我查一下这笔扣款：{c}，11月30日被扣了两次。",
        "Write a polite note to the hotel: the deposit was taken from {c}.",
        "把这段客服记录翻译成英文：用户绑定的是 {c}，支付失败。",
        "Extract the fields as JSON: holder Aisha Bello, number {c}, cvv 412.",
        "My {n} {c} was charged in a currency I don't recognise — draft a dispute.",
        "以下是退款单，请整理：原路退回至 {c}，金额 320 元。",
        "log line to parse: 2026-12-04 11:02:19 charge ok pan={c} amount=49.00",
        "Translate to German: the payment of 1,200 euros will be taken from {c} on Monday.",
    ]
    for network in NETWORKS:
        for _ in range(2):
            name, number = card(network)
            shown = R.choice([number, group(number), group(number, "-")])
            add(1, "card", R.choice(card_templates).format(c=shown, n=name))

    # 2. Numbers the text calls a card: wrong check digit, or a prefix outside every published range (policy: fail closed).
    called = [
        "My credit card number is {c}, why was it declined?",
        "card no. {c} — please update it on my account",
        "我的银行卡号是 {c}，帮我写一封挂失申请。",
        "信用卡 {c} 被盗刷了，帮我写报警材料。",
        "Debit card: {c}. Write a reminder to pay the gym fee with it.",
        "借记卡号：{c}，请帮我核对一下是不是输错了。",
        "The customer read out her card as {c} — fill in the refund form.",
        "卡号 {c} 的年费怎么退？帮我写一条短信。",
        "Use my Visa card {c} for the booking, thanks.",
        "请把工资打到我的储蓄卡 {c} 上，帮我写给财务的消息。",
    ]
    for i in range(10):
        if i % 2:
            number = luhn_broken(R.choice(["4", "51", "62", "6011", "35"]), R.choice([16, 16, 19, 13]))
        else:
            number = luhn_complete(R.choice(["7", "1", "0", "99", "84", "76"]), R.choice([12, 15, 16, 18]))
        add(1, "card-called", called[i].format(c=R.choice([number, group(number)])))

    # 3. 身份证: valid 18-digit, wrong check after a label, 15-digit first generation.
    for t in ["身份证号：{v}，帮我填一下入住登记表。", "帮我核对这个人的身份证 {v} 是否和姓名匹配：冯晓燕。",
              "Fill in the visa form: Chinese ID card number {v}.", "租房合同乙方身份证号码 {v}，帮我写成英文版。",
              "员工入职资料：公民身份号码 {v}，请录入系统。", "请把 {v} 这个身份证号对应的社保信息查一下。",
              "客户说证件号是 {v}，帮我写一条确认短信。", "ID (PRC resident): {v} — translate the application to English."]:
        add(1, "id", t.format(v=resident_id()))
    for t in ["身份证号码：{v}（客户说最后一位可能写错了），帮我写开户申请。", "身份证：{v}，帮我填快递实名信息。",
              "他的身份证号是 {v}，请写进借款合同。", "Passenger's 身份证 number is {v}, book the train ticket.",
              "居民身份证 {v}，帮我生成一段核验说明。", "身份证号 {v} 的持有人申请补办社保卡，帮我写材料。"]:
        add(1, "id-called", t.format(v=resident_id(wrong=True)))
    for t in ["老身份证号（15位）：{v}，帮我查一下怎么升级成18位。", "身份证 {v}（一代证），帮我录入老人档案。",
              "我爷爷的身份证号码是 {v}，帮我写一封给银行的说明。"]:
        add(1, "id-15", t.format(v=resident_id15()))

    # 4. IBAN, every one mod-97 valid with its country's length.
    iban_templates = ["Please send the deposit refund to my IBAN {v}.", "Bitte überweisen Sie den Betrag auf {v}, danke.",
                      "请把货款汇到这个账户：IBAN {v}，户名 Lukas Maier。", "Veuillez virer le salaire sur {v}.",
                      "Extract as JSON: beneficiary Sara Conti, iban {v}, amount 940 EUR", "My new account is {v} — update the payroll record.",
                      "Translate into Spanish: 'the rent goes to {v} every first of the month'", "IBAN: {v} — is this the right format for a SEPA transfer?",
                      "付款信息整理：收款人 IBAN {v}，用途：学费。", "Write the reminder: the instalment is debited from {v}."]
    for i, country in enumerate(R.sample(sorted(IBAN_SHAPES), 10)):
        value = iban(country)
        add(1, "iban", iban_templates[i].format(v=R.choice([value, spaced(value)])))

    # 5. SSN (area 001-899 except 666, group 01-99, serial 0001-9999).
    for t in ["My SSN is {v}, can you fill in the W-4 for me?", "Employee record: Dana Whitfield, social security number {v}.",
              "Translate into Spanish: 'your SSN {v} has been verified'", "tax form draft — SSN: {v}, filing status single",
              "帮我把这份美国报税表翻成中文：SSN {v}，姓名 Kevin Lu。", "Background check request, subject's social {v}, DOB on file."]:
        add(1, "ssn", t.format(v=ssn()))

    # 6. Phones in national formats.
    phones = [
        ("手机：{v}，帮我写一条快递改约短信。", lambda: cn_mobile()),
        ("联系方式 {v}，帮我整理成名片文字。", lambda: (lambda m: f"{m[:3]} {m[3:7]} {m[7:]}")(cn_mobile())),
        ("Call me at 07{a} {b} about the flat viewing.", None),
        ("Text me on (312) {a}-{b} when the courier arrives.", None),
        ("Meine Handynummer ist 0151 {a}; bitte rufen Sie nach 18 Uhr an.", None),
        ("WhatsApp me on +91 98{a} {b}, I will share the documents.", None),
        ("Rappelez-moi au 06 {a}, merci — translate this voicemail.", None),
        ("携帯 090-{a}-{b} に連絡してください、と英語に訳して。", None),
        ("Meu celular é (11) 9{a}-{b}, pode mandar o boleto — translate to English.", None),
        ("电话 +86 {v}，请帮我发一条面试通知。", lambda: cn_mobile()),
    ]
    for t, f in phones:
        if f:
            add(1, "phone", t.format(v=f()))
        elif "07{a}" in t:
            add(1, "phone", t.format(a=digits(3), b=digits(6, "4")))
        elif "(312)" in t:
            add(1, "phone", t.format(a=digits(3, "5"), b=digits(4)))
        elif "0151" in t:
            add(1, "phone", t.format(a=digits(8)))
        elif "+91" in t:
            add(1, "phone", t.format(a=digits(3), b=digits(5)))
        elif "06 {a}" in t:
            add(1, "phone", t.format(a=" ".join(digits(2) for _ in range(4))))
        elif "090" in t:
            add(1, "phone", t.format(a=digits(4), b=digits(4)))
        else:
            add(1, "phone", t.format(a=digits(4), b=digits(4)))

    # 7. Local 7-9 digit phones after context words.
    for t, n in [("send the messages to {v} after 6pm", 7), ("my registered number is {v}, please update it", 8),
                 ("call me at {v} if the parcel is late", 8), ("Send the OTP to my mobile {v} instead", 8),
                 ("短信发到 {v} 就行，帮我写个备注", 8), ("reach me on {v} — translate this into French", 7),
                 ("联系电话：{v}（座机），帮我写通知", 8), ("you can text {v} anytime, write this more politely", 9)]:
        v = digits(n, R.choice("235689"))
        v = R.choice([v, v[:len(v) // 2] + " " + v[len(v) // 2:], v[:3] + "-" + v[3:]])
        add(1, "phone-local", t.format(v=v))

    # 8. Driver's licences with dashes, passports.
    L = string.ascii_uppercase
    for t, v in [("My driver's licence number is {v}, fill in the rental form.", f"{R.choice(L)}{digits(3)}-{digits(4)}-{digits(4)}-{digits(2)}"),
                 ("Driver license: {v} (Florida) — write the insurance claim intro.", f"{R.choice(L)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-0"),
                 ("驾照号：{v}，帮我翻译成英文放进租车单。", f"{R.choice(L)}{digits(2)}-{digits(3)}-{digits(4)}"),
                 ("DL no. {v}, exp 2029 — extract as JSON", f"{digits(3)}-{digits(3)}-{digits(3)}"),
                 ("Licence {v} was suspended, draft a letter to the DVLA about it.", f"{alnum(5, L)}-{digits(6)}-{alnum(2, L)}{digits(1)}{alnum(2, L)}")]:
        add(1, "licence", t.format(v=v))
    for t, v in [("Passport number {v}, book the flight for me.", digits(9)),
                 ("护照号 {v}，帮我填签证申请表。", "E" + R.choice(L) + digits(7)),
                 ("Reisepass Nr. {v} — translate the form to English.", "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")),
                 ("passport: {v}, nationality FR, write the hotel check-in email", digits(2) + alnum(2, L) + digits(5)),
                 ("My passport no. is {v}, can you fill the ESTA?", digits(9))]:
        add(1, "passport", t.format(v=v))

    # 9. Vendor keys and secrets.
    B32 = string.ascii_uppercase + "234567"
    b64chars = string.ascii_letters + string.digits + "+/"
    jwt = b64url('{"alg":"HS256","typ":"JWT"}') + "." + b64url('{"sub":"' + digits(8) + '","name":"Mei Lin","iat":' + digits(10, "1") + "}") + "." + alnum(43, string.ascii_letters + string.digits + "-_")
    pem = "-----BEGIN RSA PRIVATE KEY-----\\nMIIEow" + alnum(58, b64chars) + "\\n" + alnum(64, b64chars) + "\\n" + alnum(40, b64chars) + "==\\n-----END RSA PRIVATE KEY-----"
    keys = [
        f"Why does boto3 fail with aws_access_key_id=AKIA{alnum(16, B32)}?",
        f"Fix this config: AWS_SECRET_ACCESS_KEY={alnum(40, b64chars)}",
        f"git push fails with token ghp_{alnum(36)} — what's wrong?",
        f"Is this fine-grained token still valid: github_pat_{alnum(22)}_{alnum(59)}",
        f"Stripe says 'invalid request' with sk_live_{alnum(24)}, debug my curl",
        f"Slack bot not posting, token xoxb-{digits(12)}-{digits(13)}-{alnum(24)}",
        f"Maps API returns 403 for key AIza{alnum(35, string.ascii_letters + string.digits + '-_')}",
        f"帮我看看为什么这个 OpenAI key 报错：sk-proj-{alnum(48, string.ascii_letters + string.digits + '-_')}",
        f"Connection string for the app settings: DefaultEndpointsProtocol=https;AccountName=stg{alnum(8, string.ascii_lowercase + string.digits)};AccountKey={alnum(86, b64chars)}==;EndpointSuffix=core.windows.net",
        f"Service Bus fails: Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={alnum(43, b64chars)}=",
        f"Decode this JWT for me and tell me the user: {jwt}",
        f"Convert this key to PKCS8 for the server:\\n{pem}",
        f"这个配置里的 Slack webhook 还能用吗：https://hooks.slack.com/services/T{alnum(8, L + string.digits)}/B{alnum(10, L + string.digits)}/{alnum(24)}",
        f"OPENAI_API_KEY=sk-{alnum(48)} — why does the SDK say unauthorized?",
    ]
    for k in keys:
        add(1, "key", k)

    # 10. Adversarial spellings, new variants of each class.
    _, c1 = card()
    _, c2 = card()
    add(1, "glued", f"refund to visa{luhn_complete('4', 16)}please")
    add(1, "glued", f"customer id number is id{resident_id()}thanks, fill the form")
    add(1, "glued", f"ibanno{iban('NL')}ok — write the payment note")
    add(1, "glued", f"ssn{ssn().replace('-', '')}dob1988 — parse this record")
    add(1, "glued", f"tel{cn_mobile()}wechat same, 帮我存成联系人")
    add(1, "glued", f"paywith{c1}exp0928 — summarise the order")
    add(1, "glued", f"tokenAKIA{alnum(16, B32)}region=eu-west-1 — rewrite as env vars")
    add(1, "glued", f"passportno{digits(9)}validuntil2031 — extract as JSON")
    for label, v in [("card", group(c2)), ("身份证", resident_id()), ("IBAN", spaced(iban("DE"))), ("phone", cn_mobile()),
                     ("SSN", ssn()), ("card", luhn_complete("2203", 16)), ("key", "ghp_" + alnum(36)), ("卡号", group(luhn_complete("62", 19)))]:
        add(1, "cf", f"{label}: {sprinkle(v)} — please check it")
    # Split across lines or messages.
    _, c3 = card()
    add(1, "split", f"msg 1: my card is {c3[:8]}\\nmsg 2: {c3[8:]} exp 04/30")
    rid = resident_id()
    add(1, "split", f"第一条：身份证前半段 {rid[:9]}\\n第二条：后半段 {rid[9:]}，帮我拼起来填表")
    _, c4 = card()
    add(1, "split", f"card\\n{c4[:4]}\\n{c4[4:8]}\\n{c4[8:12]}\\n{c4[12:]}")
    ib = iban("FR")
    add(1, "split", f"IBAN part one {ib[:14]}\\n(continued) {ib[14:]} — please wire the refund")
    mob = cn_mobile()
    add(1, "split", f"我手机号前面是 {mob[:6]}\\n后面是 {mob[6:]}，记一下")
    _, c5 = card()
    add(1, "split", f"[10:01] Anna: the number is {c5[:6]}\\n[10:01] Anna: {c5[6:12]}\\n[10:02] Anna: {c5[12:]}")
    # Dots, slashes, underscores, mixed separators inside.
    for sep in [".", "/", "_", "·", " . ", "—"]:
        _, c = card()
        add(1, "dotted", f"charge it to {sep.join(c[i:i + 4] for i in range(0, len(c), 4))} please")
    rid2 = resident_id()
    add(1, "dotted", f"身份证 {rid2[:6]}.{rid2[6:14]}.{rid2[14:]}，帮我核对")
    # base64 (standard, url-safe, wrapped in JSON / data URI).
    _, c6 = card()
    add(1, "base64", "decode this and file it: " + b64(f"card number {group(c6)} exp 11/28"))
    add(1, "base64", "这段是什么：" + b64(f"身份证号 {resident_id()} 姓名 黄立新"))
    add(1, "base64", '{"payload":"' + b64url(f"aws_access_key_id=AKIA{alnum(16, B32)}") + '"} — what does the payload say?')
    add(1, "base64", "data:text/plain;base64," + b64(f"IBAN {iban('ES')} Beneficiary M. Ortega") + " — open this")
    add(1, "base64", "Header value X-User: " + b64(f"ssn={ssn()};name=Ray Holt") + " — is this header safe to log?")
    add(1, "base64", "base64 of my phone for the form: " + b64(f"mobile {cn_mobile()}"))
    # Unicode Nd digits and full-width digits.
    for name in ["arabic-indic", "persian", "devanagari", "bengali", "thai", "tamil", "myanmar", "math-bold", "gujarati", "khmer"]:
        _, c = card()
        add(1, "nd-digits", f"card {to_digits(group(c), ND_SETS[name])} — pay the invoice with this")
    add(1, "nd-digits", f"身份证号 {to_digits(resident_id(), ND_SETS['devanagari'])}，帮我登记")
    add(1, "nd-digits", f"call me at {to_digits(cn_mobile(), ND_SETS['arabic-indic'])}")
    for t in ["我的卡号 {v}，请退款", "身份证：{v}", "手机 {v} 帮我存一下", "card number {v}"]:
        v = group(luhn_complete("62", 16)) if "卡" in t or "card" in t else resident_id() if "身份证" in t else cn_mobile()
        add(1, "fullwidth", t.format(v=to_digits(v, FULLWIDTH)))

    # 11. Negatives: numbers that are no card, ID or phone; every 12-19 digit run must fail Luhn.
    def no_luhn(make):
        while True:
            v = make()
            runs = re.findall(r"\d+", v) + [re.sub(r"[ -]", "", m) for m in re.findall(r"\d+(?:[ -]\d+)+", v)]
            if not any(12 <= len(r) <= 19 and luhn_ok(r) for r in runs):
                return v

    neg = []
    for t in ["Where is order {v}? It was due Friday.", "订单号 {v} 的发票怎么开？", "Summarise the complaint about order #{v}.",
              "帮我查一下订单 {v} 的物流状态", "Cancel order no. {v} and refund to the original payment method.",
              "退货单号 {v}，帮我写一条说明", "Amazon order {v} arrived damaged — draft a return request.", "工单 {v} 已处理，帮我写回复"]:
        neg.append(("order", t.format(v=no_luhn(lambda: R.choice([digits(16), f"{digits(3)}-{digits(7)}-{digits(7)}", digits(14), "SO" + digits(12)])))))
    for t in ["Invoice INV-{y}-{v} is overdue, write a reminder.", "发票号码 {v}，帮我核对金额", "Invoice no. {v} shows the wrong VAT rate.",
              "请把发票 {v} 的抬头改成公司名称", "Credit note CN{v} should offset invoice {w}.", "Factura nº {v} — translate the payment terms.",
              "增值税发票代码 {v}，号码 {w}，帮我做台账"]:
        neg.append(("invoice", t.format(y=2026, v=no_luhn(lambda: digits(R.choice([6, 8, 12, 13]))), w=no_luhn(lambda: digits(8)))))
    for t in ["UPS tracking 1Z{v} shows 'exception' — what does it mean?", "顺丰单号 SF{v}，帮我写催件消息",
              "USPS tracking {v} hasn't moved in 5 days.", "京东快递 JD{v}，帮我查物流", "DHL waybill {v} — translate the customs note",
              "中通快递 {v}，到哪了", "Royal Mail {v}GB — draft a claim for a lost parcel", "FedEx tracking {v}, delivery exception"]:
        neg.append(("tracking", t.format(v=no_luhn(lambda: R.choice([alnum(16, string.ascii_uppercase + string.digits), digits(13), digits(15), digits(12), "RR" + digits(9)])))))

    def isbn13():
        body = R.choice(["978", "979"]) + digits(9, str(R.randint(0, 9)))
        check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        return body + str(check)

    for t in ["Summarise the book with ISBN {v}.", "帮我查 ISBN {v} 的作者", "Cite the book ISBN {v} in APA style.",
              "图书馆系统里 ISBN {v} 查不到，怎么办", "Is ISBN {v} the paperback or the hardcover?", "ISBN {v} 这本书适合几岁孩子", "Compare editions {v} and {w}."]:
        neg.append(("isbn", t.format(v=no_luhn(isbn13), w=no_luhn(isbn13))))
    for t in ["Convert the epoch millis {v} to UTC.", "日志时间戳 {v}，换算成北京时间", "Why is created_at={v} in the future?",
              "Sort these events: {v}, {w}", "时间戳 {v} 是哪一天？", "Kafka offset timestamp {v} — explain the lag",
              "What date is Unix time {v} nanoseconds?"]:
        neg.append(("timestamp", t.format(v=no_luhn(lambda: "17" + digits(11, str(R.randint(0, 6))) + R.choice(["", "000000"])), w=no_luhn(lambda: "17" + digits(11, "6")))))
    for t in ["Upgrade from Windows build 10.0.{a}.{b} to 24H2?", "Node v{a}.{b}.{c} breaks our build", "驱动版本 {a}.{b}.{c}.{d}，要不要升级",
              "Package 2026.{a}.{b}-beta.{c} fails tests", "iOS {a}.{b}.{c} release notes summary", "Chrome {a}.0.{b}.{c} crashes on login",
              "固件版本 V{a}.{b}.{c}.{d}，帮我写升级公告"]:
        neg.append(("version", t.format(a=R.randint(1, 30000), b=R.randint(1, 9999), c=R.randint(0, 300), d=R.randint(0, 9999))))
    for t in ["Commit {h} broke the build, summarise the diff.", "SHA-256 of the file is {H}, does it match?", "帮我看看这个 git 提交 {h} 改了什么",
              "The docker image digest sha256:{H} — is it the latest?", "MD5 {m} — is MD5 still OK for checksums?", "文件校验值 {H}，和官网一致吗", "Revert {h} and {h2}."]:
        neg.append(("hash", t.format(h=alnum(40, "0123456789abcdef"), h2=alnum(7, "0123456789abcdef"), H=alnum(64, "0123456789abcdef"), m=alnum(32, "0123456789abcdef"))))
    for t in ["Request id {u} failed with 500, what does that mean?", "trace_id={u} 帮我找日志", "Delete the row with uuid {u} in SQL",
              "correlationId {u} appears twice", "这个 UUID {u} 是 v4 吗？", "Why is {u} not a valid GUID in .NET?"]:
        u = "%s-%s-4%s-%s%s-%s" % (alnum(8, "0123456789abcdef"), alnum(4, "0123456789abcdef"), alnum(3, "0123456789abcdef"), R.choice("89ab"), alnum(3, "0123456789abcdef"), alnum(12, "0123456789abcdef"))
        neg.append(("uuid", t.format(u=u)))
    for t in ["Is ¥{a},{b}.00 a fair price for this laptop?", "这套房总价 {a}{b}000 元，首付三成是多少？", "Budget: $1,{b},{c}.50 for Q1 — summarise",
              "报价单合计 ￥{a},{b},{c}.00，帮我写成大写", "Convert €{a}{b}.99 to dollars", "Price list: 1,{b},{c} KRW vs ${a}", "总价 {a}.{b} 万元，月供多少"]:
        neg.append(("price", t.format(a=R.randint(1, 999), b=f"{R.randint(0, 999):03d}", c=f"{R.randint(0, 999):03d}")))
    for t in ["Distance between {p} and {q}?", "坐标 {p}，这是哪里？", "Plot the route {p} -> {q} in Leaflet", "GPS 点 {p} 附近有什么餐厅",
              "Convert {p} to degrees-minutes-seconds", "帮我算一下 {p} 到 {q} 的直线距离", "Is {p} inside the polygon?"]:
        def pt():
            return f"{R.uniform(-60, 60):.6f}, {R.uniform(-170, 170):.6f}"
        neg.append(("coordinate", t.format(p=pt(), q=pt())))
    for t in ["Compute {a} × {b} exactly.", "计算 {a} + {b} 等于多少", "Is {a} a prime number?", "帮我因式分解 {a}",
              "What is {a} mod 97?", "把 {a} 转成十六进制"]:
        neg.append(("math", t.format(a=no_luhn(lambda: digits(R.choice([9, 11, 12, 14, 16]))), b=no_luhn(lambda: digits(R.choice([8, 10, 13]))))))
    for kind, text in neg:
        add(0, kind, text)
    return out


def check(rows_):
    for label, kind, text in rows_:
        assert "\t" not in text and "\n" not in text, text
        if label == 0:
            plain = text.replace("\\n", " ")
            runs = re.findall(r"\d+", plain) + [re.sub(r"[ -]", "", m) for m in re.findall(r"\d+(?:[ -]\d+)+", plain)]
            bad = [r for r in runs if 12 <= len(r) <= 19 and luhn_ok(r)]
            assert not bad, (kind, text, bad)
            assert not re.search(r"card|卡号|身份证|phone|手机|电话|passport|护照|licen", text, re.I), text


HEADER = """# identifier-heldout-5.tsv: a fifth independent HELD-OUT set for identifiers (issue 15). Generated by
# tools/identifier_heldout5.py (seed {seed}; checksums computed there) on 2026-12-06 by the i15-author5 author from the policy
# text of issue 15 only (items 1 and 2, its identifier kinds and adversarial spellings). The author read neither src/, docs/,
# the notes nor any other data file's sentences, and never ran the classifier on these lines. NEVER tune on it.
# Labelling: 1 = a card (Luhn + IIN range of any network incl. Mir, RuPay, Verve, Troy, UnionPay 62/81, Maestro 12-19; or any
# 12-19 digit number the text calls a card, valid or not), IBAN (mod-97, per-country length), SSN, 身份证 (18 digits GB 11643;
# also wrong-check and 15-digit numbers after a 身份证 label), phones in national formats or 7-9 digits after context words,
# dashed driver's licences, passports, vendor keys (AWS, GitHub, Stripe, Slack, Google, OpenAI, Azure, JWT, PEM), and new
# variants of every adversarial spelling (glued letters, Cf characters, split lines/messages, dots/slashes/underscores, base64,
# Unicode Nd digits, full-width digits). 0 = order, invoice, tracking, ISBN, timestamp, version, hash, UUID, price, coordinate
# and math numbers, none called a card/ID/phone, every 12-19 digit run in them failing Luhn.
# Columns: label <TAB> kind <TAB> text; a literal \\n is a line break.
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "identifier-heldout-5.tsv"))
    args = parser.parse_args()
    R.seed(args.seed)
    data = rows()
    check(data)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER.format(seed=args.seed))
        for label, kind, text in data:
            f.write(f"{label}\t{kind}\t{text}\n")
    print(f"{len(data)} rows, {sum(1 for r in data if r[0] == 1)} sensitive -> {args.out}")


if __name__ == "__main__":
    main()
