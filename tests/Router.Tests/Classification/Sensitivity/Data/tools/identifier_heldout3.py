#!/usr/bin/env python3
"""Writes Data/identifier-heldout-3.tsv (issue 15): a third independent HELD-OUT set for identifiers. Never tune on it.

Written from issue 15's policy text only (items 1 and 2 and the identifier kinds of the blind set), by an author who did not read the
detectors, the other data files' sentences or their generators, and who never ran the classifier on the output. Fixed seed, so the
committed TSV is reproducible: python3 identifier_heldout3.py > ../identifier-heldout-3.tsv

Numbers are synthetic: cards pass Luhn inside published IIN ranges (or, for the "card-labelled" kind, are called a card with an unknown
prefix or a wrong check digit), IBANs pass ISO 13616 mod-97 (and the national check digits where a country has one), 身份证 pass
GB 11643 (or are labelled 18-digit ones with a wrong check digit, or 15-digit first-generation ones). Negatives are checked not to
look like what the policy calls an identifier: no 12-19 digit run in them passes Luhn unless the text calls it a documented example.
"""
import random
import re
import string

R = random.Random(20261206)
ROWS = []


def digits(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice(string.digits) for _ in range(n - 1))


def luhn_ok(number):
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for last in string.digits:
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


def card(prefix, length):
    return luhn_complete(prefix + digits(length - 1 - len(prefix)))


def bad_luhn(number):
    last = int(number[-1])
    return number[:-1] + str((last + R.randint(1, 9)) % 10)


def group(number, sizes=None):
    if sizes is None:
        sizes = {15: (4, 6, 5), 14: (4, 6, 4)}.get(len(number), (4,) * ((len(number) + 3) // 4))
    parts, i = [], 0
    for s in sizes:
        if i >= len(number):
            break
        parts.append(number[i:i + s])
        i += s
    if i < len(number):
        parts.append(number[i:])
    return parts


def spaced(number, sep=" ", sizes=None):
    return sep.join(group(number, sizes))


# ---- IBAN -------------------------------------------------------------------------------------------------------------------

def iban_check(country, bban):
    moved = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in moved)
    return "%02d" % (98 - int(numeric) % 97)


def iban(country, bban):
    return country + iban_check(country, bban) + bban


def fr_bban():
    bank, branch, account = digits(5, "123456789"), digits(5), digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return bank + branch + account + "%02d" % key


def es_bban():
    bank, branch, account = digits(4, "123456789"), digits(4), digits(10)

    def dc(s):
        weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        v = 11 - sum(int(c) * w for c, w in zip(s.rjust(10, "0"), weights)) % 11
        return {10: 1, 11: 0}.get(v, v)

    return bank + branch + str(dc("00" + bank + branch)) + str(dc(account)) + account


def nl_bban():
    while True:
        account = digits(10, "123456789")
        if sum(int(c) * w for c, w in zip(account, range(10, 0, -1))) % 11 == 0:
            return R.choice(["ABNA", "INGB", "RABO", "TRIO"]) + account


def be_bban():
    first = digits(10, "123456789")
    check = int(first) % 97 or 97
    return first + "%02d" % check


def de_bban():
    return digits(8, "123456789") + digits(10)


def gb_bban():
    return R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6, "123456789") + digits(8)


def ch_bban():
    return digits(5) + digits(12)


def sa_bban():
    return "80" + digits(18)


def ae_bban():
    return "0" + digits(2) + digits(16)


def tr_bban():
    return digits(5) + "0" + digits(16)


def pretty_iban(value):
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


# ---- Chinese ID, SSN, phones -------------------------------------------------------------------------------------------------

AREAS = ["110105", "310104", "440305", "510107", "330106", "420111", "320102", "610113", "370202", "500103", "430104", "350203"]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def birth(y0=1950, y1=2005):
    return "%04d%02d%02d" % (R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def cn_id(valid=True):
    body = R.choice(AREAS) + birth() + digits(3)
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS)) % 11]
    if not valid:
        check = R.choice([c for c in "0123456789X" if c != check])
    return body + check


def cn_id15():
    return R.choice(AREAS) + birth(1940, 1980)[2:] + digits(3)


def ssn():
    area = R.choice([a for a in range(1, 900) if a != 666])
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def cn_mobile():
    return R.choice(["133", "135", "138", "139", "150", "152", "158", "166", "177", "181", "186", "189", "199"]) + digits(8)


# ---- Credentials ---------------------------------------------------------------------------------------------------------------

def rand_chars(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def add(label, kind, text):
    assert "\t" not in text and "\n" not in text, text
    ROWS.append((label, kind, text))


# ================================ positives ================================

# Payment cards inside published IIN ranges, Luhn-valid, every network the policy names; with and without a card word.
networks = [
    ("Visa", "4", 16), ("Visa", "4", 13), ("Mastercard", "51", 16), ("Mastercard", "2720", 16), ("Mastercard", "2221", 16),
    ("Amex", "34", 15), ("Amex", "37", 15), ("Discover", "6011", 16), ("Discover", "644", 16), ("Discover", "649", 16),
    ("Discover", "65", 16), ("Diners Club", "300", 14), ("Diners Club", "305", 14), ("Diners Club", "38", 14),
    ("Diners Club", "36", 14), ("JCB", "3528", 16), ("JCB", "3589", 16), ("UnionPay", "62", 16), ("UnionPay", "62", 19),
    ("UnionPay", "81", 16), ("Maestro", "6759", 12), ("Maestro", "5018", 13), ("Maestro", "6304", 15),
    ("Maestro", "5020", 16), ("Maestro", "6761", 18), ("Maestro", "5038", 19), ("Mir", "2200", 16), ("Mir", "2204", 16),
    ("Mir", "2201", 16), ("RuPay", "6521", 16), ("RuPay", "6080", 16), ("RuPay", "508", 16), ("RuPay", "8207", 16),
    ("Verve", "506099", 16), ("Verve", "650002", 18), ("Troy", "9792", 16),
]
card_en = [
    "My {net} card {n} expires 09/28, can you help me dispute a charge?",
    "charge it to {n} please, exp 04/27 cvv on the back",
    "The customer read out {n} over the phone — write the callback note.",
    "Why was my payment with {n} declined at checkout?",
    "Refund should go back to the card ending... actually here is the full number: {n}",
    "Bill the deposit to {n} ({net}), name on card as booked.",
]
card_zh = [
    "我的{net}卡 {n} 被盗刷了，怎么冻结？",
    "用这张卡付吧：{n}，有效期 11/29",
    "客户报的卡号是 {n}，帮我写一条回访记录",
    "{n} 这张{net}在境外网站付款失败，原因是什么？",
    "退款原路退回 {n}，大概几天到账？",
    "帮我核对一下这笔消费：卡 {n}，金额 2,380 元",
]
for i, (net, prefix, length) in enumerate(networks):
    number = card(prefix, length)
    sep = [" ", "-", " ", ""][i % 4]
    n = spaced(number, sep) if sep else number
    template = (card_zh if i % 2 else card_en)[i % 6]
    add("1", "card", template.format(net=net, n=n))

# Numbers the text calls a card, whatever their prefix or check digit (policy item 1: fail closed).
labelled = [
    ("en", "My credit card number is {n}, it's a local bank card, is it accepted?", card("9", 16)),
    ("en", "debit card no. {n} — please cancel it, I lost my wallet", bad_luhn(card("4", 16))),
    ("en", "Card: {n} Exp: 12/27 (it's a fuel card from the co-op)", card("7", 16)),
    ("en", "pls update my card on file to {n}", bad_luhn(card("5", 16))),
    ("en", "The prepaid card {n} from the kiosk won't activate.", card("1", 15)),
    ("en", "card # {n}", card("8", 19)),
    ("zh", "卡号：{n}，是我们本地农商行的卡，能绑定吗？", card("9", 19)),
    ("zh", "信用卡 {n} 这个月账单还没出", bad_luhn(card("6", 16))),
    ("zh", "银行卡号{n}，户名张丽，麻烦转账", bad_luhn(card("62", 19))),
    ("zh", "借记卡 {n} 被锁了怎么办", card("7", 16)),
    ("zh", "我的储蓄卡号是 {n}，帮我查下余额", card("3", 17)),
    ("zh", "请问这张信用卡 {n} 的账单日是哪天？", bad_luhn(card("37", 15))),
]
for lang, template, number in labelled:
    add("1", "card-labelled", template.format(n=spaced(number)))

# Chinese bank cards (银行卡) named as such.
for template in ["工资卡换成了 {n}，麻烦财务更新一下", "收款银行卡：{n} 开户行：建设银行北京海淀支行", "帮我把押金退到 {n} 这张卡",
                 "Please send the refund to my Chinese bank card {n} (Bank of China)", "银行卡{n}，请核对户名"]:
    add("1", "cn-bankcard", template.format(n=spaced(card(R.choice(["621700", "622848", "621226", "622202", "623668"]), R.choice([16, 19])))))

# IBANs with valid check digits.
ibans = [("DE", de_bban), ("GB", gb_bban), ("FR", fr_bban), ("ES", es_bban), ("NL", nl_bban), ("BE", be_bban), ("CH", ch_bban),
         ("SA", sa_bban), ("AE", ae_bban), ("TR", tr_bban)]
iban_t = [
    "Please wire the deposit to IBAN {i}, beneficiary as on the invoice.",
    "my iban is {i} — can you put it in the reimbursement form?",
    "Zahlung bitte auf {i} überweisen, danke!",
    "请把货款汇到这个 IBAN：{i}",
    "Update supplier bank details: {i}",
    "收款人账户 IBAN {i}，SWIFT 见附件",
]
for i, (country, make) in enumerate(ibans):
    value = iban(country, make())
    add("1", "iban", iban_t[i % len(iban_t)].format(i=pretty_iban(value) if i % 3 else value))

# US SSNs.
for template in ["SSN {s} — please fill in the W-9 for me", "my social is {s}, is that enough to verify?",
                 "Employee SSN: {s}, DOB on file", "帮我填一下表：Social Security Number {s}", "社保号（美国 SSN）{s} 要填在哪一栏？",
                 "ssn:{s}"]:
    add("1", "ssn", template.format(s=ssn()))

# 身份证: valid 18-digit, labelled with a wrong check digit, 15-digit first generation.
for template in ["身份证号：{x}", "我的身份证号码是 {x}，帮我查一下社保", "公民身份号码 {x} 姓名 王芳", "ID card (China): {x}",
                 "请核对乘车人身份证 {x}", "居民身份证 {x} 有效期至2036年"]:
    add("1", "cn-id", template.format(x=cn_id()))
for template in ["身份证号 {x}（末位好像输错了）", "身份证：{x}", "Chinese ID number {x}, please check"]:
    add("1", "cn-id", template.format(x=cn_id(valid=False)))
for template in ["老身份证号 {x}，还能用吗？", "一代身份证 {x} 怎么升级到18位", "身份证号码（15位）：{x}"]:
    add("1", "cn-id", template.format(x=cn_id15()))

# 手机号.
for template in ["手机：{m}", "我的手机号是 {m}，到了打给我", "联系方式 {m}（微信同号）", "电话 {m} 王先生",
                 "call me on my china mobile {m}", "有问题联系 {m}", "收件人手机 {m}", "pls text {m} when you arrive"]:
    m = cn_mobile()
    m = [m, m[:3] + " " + m[3:7] + " " + m[7:], m[:3] + "-" + m[3:7] + "-" + m[7:], "+86 " + m][R.randint(0, 3)]
    add("1", "cn-mobile", template.format(m=m))

# Phones in national formats.
phones = [
    ("call me at ({a}) {b}-{c}", lambda: dict(a=R.choice(["212", "415", "617", "312", "713", "305"]), b=digits(3, "23456789"), c=digits(4))),
    ("my mobile is 07{a} {b}", lambda: dict(a=digits(3, "45789"), b=digits(6))),
    ("Handy: +49 15{a} {b}", lambda: dict(a=digits(1, "1279"), b=digits(8))),
    ("rappelez-moi au 06 {a} {b} {c} {d}", lambda: dict(a=digits(2), b=digits(2), c=digits(2), d=digits(2))),
    ("WhatsApp +91 9{a} {b}", lambda: dict(a=digits(4), b=digits(5))),
    ("携帯 090-{a}-{b} までご連絡ください", lambda: dict(a=digits(4), b=digits(4))),
    ("meu celular é (11) 9{a}-{b}", lambda: dict(a=digits(4), b=digits(4))),
    ("reach me on 0803 {a} {b}", lambda: dict(a=digits(3), b=digits(4))),
    ("mob 04{a} {b} {c}", lambda: dict(a=digits(2), b=digits(3), c=digits(3))),
    ("звоните +7 9{a} {b}-{c}-{d}", lambda: dict(a=digits(2, "1256"), b=digits(3), c=digits(2), d=digits(2))),
    ("我在越南的电话 09{a} {b} {c}", lambda: dict(a=digits(1, "0134"), b=digits(3), c=digits(4))),
    ("对方电话 +1 (646) {a}-{b}，是我表姐", lambda: dict(a=digits(3, "23456789"), b=digits(4))),
]
for template, values in phones:
    add("1", "phone", template.format(**values()))

# Local numbers of 7-9 digits in a phone context.
locals_ = [
    "text me at {a}-{b}", "my registered number is {c} {d}", "send messages to {e}", "you can reach me on {c}{d} after 6",
    "call/text me at {f} {g} {h}", "我的注册手机号是 {c} {d}（香港）", "短信发到 {c}{d} 就行", "联系我：{e}",
    "please update my registered number to {f}{g}{h}", "回电请打 {a} {b}",
]
for template in locals_:
    add("1", "phone-local", template.format(a=digits(3, "23456789"), b=digits(4), c=digits(4, "5689"), d=digits(4),
                                            e=digits(8, "689"), f=digits(3, "6"), g=digits(3), h=digits(3)))

# Driver's licences, with dashes.
licences = [
    ("Florida driver license {x}", lambda: R.choice(string.ascii_uppercase) + "%s-%s-%s-%s-%s" % (digits(3), digits(3), digits(2), digits(3), digits(1))),
    ("Illinois DL# {x}", lambda: R.choice(string.ascii_uppercase) + "%s-%s-%s" % (digits(3), digits(4), digits(4))),
    ("my driver's licence number is {x} (Ontario)", lambda: R.choice(string.ascii_uppercase) + "%s-%s-%s" % (digits(4), digits(5), digits(5))),
    ("NY driver license: {x}", lambda: "%s-%s-%s" % (digits(3), digits(3), digits(3))),
    ("驾照号码 {x}（美国伊利诺伊州）", lambda: R.choice(string.ascii_uppercase) + "%s-%s-%s" % (digits(3), digits(4), digits(4))),
    ("帮我填租车表，驾驶执照号 {x}", lambda: R.choice(string.ascii_uppercase) + "%s-%s-%s-%s-%s" % (digits(3), digits(3), digits(2), digits(3), digits(1))),
    ("Driver's License No. {x}, exp 2029", lambda: R.choice(string.ascii_uppercase) + "%s-%s-%s-%s" % (digits(2), digits(3), digits(3), digits(3))),
    ("DL {x} — is this the format the rental desk wants?", lambda: "%s-%s-%s" % (digits(3), digits(3), digits(3))),
]
for template, make in licences:
    add("1", "licence", template.format(x=make()))

# Passports.
passports = [
    ("passport no. {x}", lambda: R.choice("ACEG") + digits(8)),
    ("护照号 E{x}", lambda: digits(8)),
    ("护照号码：EJ{x}", lambda: digits(7)),
    ("UK passport number {x}, expires 2031", lambda: digits(9, "1256")),
    ("Indian passport {x}", lambda: R.choice("JKLMNPRSTUVWZ") + digits(7)),
    ("Reisepassnummer {x}", lambda: "C" + rand_chars(8, "CFGHJKLMNPRTVWXYZ0123456789")),
]
for template, make in passports:
    add("1", "passport", template.format(x=make()))

# Credentials and API keys.
creds = [
    "aws_access_key_id = AKIA" + rand_chars(16, string.ascii_uppercase + "234567") + "\\naws_secret_access_key = " + rand_chars(40, string.ascii_letters + string.digits + "/+"),
    "why does git push fail with my token ghp_" + rand_chars(36) + " ?",
    "SLACK_BOT_TOKEN=xoxb-" + digits(12, "123456789") + "-" + digits(13, "123456789") + "-" + rand_chars(24),
    "stripe.api_key = \"sk_live_" + rand_chars(24) + "\"  # prod",
    "我的 OpenAI key 是 sk-proj-" + rand_chars(48, string.ascii_letters + string.digits + "-_") + "，为什么报 401？",
    "Google Maps 一直报错：key=AIza" + rand_chars(35, string.ascii_letters + string.digits + "-_"),
    "connection string: Server=tcp:sql-prod-eu.database.windows.net;Database=crm;User Id=svc_app;Password=" + rand_chars(14, string.ascii_letters + string.digits + "!#%") + ";",
    "DefaultEndpointsProtocol=https;AccountName=stprodlogs;AccountKey=" + rand_chars(86, string.ascii_letters + string.digits + "+/") + "==;EndpointSuffix=core.windows.net",
    "帮我看看这个私钥格式对不对：-----BEGIN RSA PRIVATE KEY-----\\nMIIEpAIBAAKCAQEA" + rand_chars(60, string.ascii_letters + string.digits + "+/") + "\\n-----END RSA PRIVATE KEY-----",
    "数据库密码是 " + rand_chars(6) + "@" + rand_chars(5) + "，账号 root，帮我写连接代码",
]
for text in creds:
    add("1", "credential", text)

# Spellings that change how the number looks, not what it is.
fw = str.maketrans("0123456789", "０１２３４５６７８９")
add("1", "card", "信用卡号：" + spaced(card("4", 16)).translate(fw))
add("1", "card", "card" + card("53", 16) + " was charged twice")
add("1", "card", "pay with " + ".".join(group(card("3528", 16))))
add("1", "cn-id", "身份证号" + cn_id().translate(fw))
add("1", "cn-id", "id:" + "-".join([(x := cn_id())[:6], x[6:14], x[14:]]))
add("1", "cn-mobile", "手机号码：" + cn_mobile().translate(fw))

# ================================ negatives ================================

def no_card_like(text):
    """True when no 12-19 digit run in the text (spaces/dashes allowed) passes Luhn."""
    for m in re.finditer(r"\d[\d -]{10,}\d", text):
        run = re.sub(r"\D", "", m.group())
        if 12 <= len(run) <= 19 and luhn_ok(run):
            return False
    return True


def no_id_like(text):
    """True when no 18-character run in the text passes the 身份证 check with a plausible birth date."""
    for m in re.finditer(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9])", text):
        v = m.group()
        year, month, day = int(v[6:10]), int(v[10:12]), int(v[12:14])
        check = "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], ID_WEIGHTS)) % 11]
        if 1900 <= year <= 2026 and 1 <= month <= 12 and 1 <= day <= 31 and v[17] == check:
            return False
    return True


def non_luhn(n, first="123456789"):
    while True:
        v = digits(n, first)
        if not luhn_ok(v):
            return v


def neg(kind, make, example=False):
    """Adds a negative; a callable is drawn again until no run in its text passes Luhn or looks like a valid 身份证."""
    for _ in range(1000):
        text = make() if callable(make) else make
        if example or (no_card_like(text) and no_id_like(text)):
            add("0", kind, text)
            return
    raise AssertionError(text)


neg("order", lambda: "Where is my order #112-%s-%s? It said 3-5 days." % (digits(7), digits(7)))
neg("order", lambda: "订单号 %s 的商品什么时候发货？" % non_luhn(18, "2"))
neg("order", lambda: "Order number %s shows as cancelled but I was charged nothing, is that right?" % non_luhn(13, "3"))
neg("order", lambda: "我在拼多多的订单 %s-%s 申请了退款，多久到账？" % (digits(6, "2"), non_luhn(15)))
neg("order", lambda: "PO-%s-%s needs approval by Friday" % (digits(4, "2"), digits(5)))
neg("order", lambda: "订单编号：%s，帮我写一条催发货的留言" % non_luhn(16, "2"))
neg("order", lambda: "can you parse this: order_id=%s&status=shipped" % non_luhn(14, "1"))
neg("order", lambda: "工单号 %s 已经关闭了吗" % non_luhn(12, "2"))
neg("tracking", lambda: "UPS tracking 1Z%s%s%s — it's stuck in Louisville" % (rand_chars(3, string.ascii_uppercase + string.digits), rand_chars(3, string.ascii_uppercase), digits(10)))
neg("tracking", lambda: "顺丰单号 SF%s 显示派送中" % digits(13))
neg("tracking", lambda: "USPS tracking number %s hasn't updated in a week" % ("9400" + digits(18)))
neg("tracking", lambda: "FedEx tracking %s — what does 'clearance delay' mean?" % non_luhn(12, "7"))
neg("tracking", lambda: "中通快递单号 %s 到哪了" % non_luhn(14, "7"))
neg("tracking", lambda: "京东物流 JDV%s 显示已揽收" % digits(12))
neg("tracking", lambda: "DHL waybill %s, customs wants an invoice" % digits(10, "123456789"))
neg("tracking", lambda: "邮政EMS单号 E%s%sCN 还没更新" % (rand_chars(1, string.ascii_uppercase), digits(9)))
neg("invoice", lambda: "Invoice INV-2026-%s is 30 days overdue on the vendor side, draft a reminder" % digits(6))
neg("invoice", lambda: "发票代码 %s 发票号码 %s，这张发票能报销吗？" % ("0" + non_luhn(11, "3"), digits(8)))
neg("invoice", lambda: "电子发票号码 %s 查验不通过怎么办" % ("26" + digits(18)))
neg("invoice", lambda: "Credit note CN/%s/%s for the damaged pallets" % (digits(4, "2"), digits(5)))
neg("invoice", lambda: "报销单 BX%s 审批到哪一步了" % digits(10, "2"))
neg("invoice", lambda: "Ref: %s — quote for 40 office chairs" % ("Q" + digits(9)))
neg("product", lambda: "Is part number 415-%s-%s compatible with the older pump?" % (digits(3, "2345"), digits(4)))
neg("product", lambda: "型号 KX-TG%s 的无绳电话说明书在哪下载" % digits(4))
neg("product", lambda: "SKU 800-%s-%s shows out of stock on the website" % (digits(3, "2345"), digits(4)))
neg("product", lambda: "商品条码 690%s 是哪个牌子的？" % digits(10))
neg("product", lambda: "ISBN 978-7-%s-%s-%s 这本书有电子版吗" % (digits(3), digits(5), digits(1)))
neg("product", lambda: "firmware version 10.4.%s build %s, is there an update?" % (digits(2), digits(6)))
neg("product", lambda: "零件号 130-%s-%s 能用在2018款的车上吗" % (digits(4), digits(4)))
neg("product", lambda: "Replacement filter model 2204-%s fits which vacuum?" % digits(3))
neg("numbers", "What is 2^64? I get 18446744073709551616, is that right?")
neg("numbers", "Compute 987654321 × 123456789 without a calculator, step by step.")
neg("numbers", "中国人口大约 1,409,670,000，印度呢？")
neg("numbers", lambda: "Convert the Unix timestamp %s (ms) to a UTC date." % ("17" + non_luhn(11)))
neg("numbers", "圆周率前20位是 3.1415926535 8979323846 吗")
neg("numbers", lambda: "会议号 %s %s %s，密码 %s，帮我写会议邀请" % (digits(3, "6789"), digits(4), digits(4), digits(6)))
neg("numbers", lambda: "Zoom meeting ID %s %s %s, passcode in the calendar" % (digits(3, "89"), digits(4), digits(4)))
neg("numbers", lambda: "邮编 100%s 是北京哪个区？" % digits(3))
neg("numbers", "The GDP figure 27,360,000,000,000 USD — how many trillion is that?")
neg("numbers", lambda: "航班 CA%s 明天 07:35 起飞，几点要到机场？" % digits(4, "123456789"))
neg("numbers", lambda: "高铁 G%s 次从北京南到上海虹桥要多久" % digits(2, "123456789"))
neg("numbers", lambda: "Sort these ids: %s, %s, %s" % (digits(6), digits(6), digits(6)))
neg("company-id", lambda: "统一社会信用代码 91110108%s%s 是哪家公司？" % (rand_chars(6, "0123456789ABCDEFGHJKLMNPQRTUWXY"), rand_chars(4, "0123456789ABCDEFGHJKLMNPQRTUWXY")))
neg("company-id", lambda: "Our VAT number is DE%s, put it on the invoice footer." % digits(9, "123456789"))
neg("company-id", lambda: "EIN %s-%s for the company, where does it go on the 1099?" % (digits(2, "123456789"), digits(7)))
neg("company-id", lambda: "公司的对公账户开户许可证核准号 J%s%s 需要年检吗" % (digits(10), digits(2)))
neg("company-id", lambda: "DUNS number %s-%s-%s for our supplier registration" % (digits(2), digits(3), digits(4)))
neg("company-id", "招商银行的SWIFT代码是 CMBCCNBS 吗？")
neg("example-key", "The AWS docs use AKIAIOSFODNN7EXAMPLE as the example access key. Why that value?")
neg("example-key", "In the docs the example secret is wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — is that real?")
neg("example-key", "Stripe's documentation shows sk_test_4eC39HqLyjWDarjtT1zdp7dc in every example; is it safe to paste into tutorials?")
neg("example-key", "Replace YOUR_API_KEY in this snippet: headers = {'Authorization': 'Bearer YOUR_API_KEY'}")
neg("example-key", "文档里的示例 token 是 ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx，我该换成什么？")
neg("example-key", "配置文件里 api_key: <your-key-here> 这一行怎么填？")
neg("example-key", "OpenAI 的 key 一般是 sk- 开头吗？有多长？")
neg("example-key", "What does a Slack bot token look like? Something like xoxb-...?")
neg("example-number", "4111 1111 1111 1111 is the standard Visa test number in payment sandboxes, right?", example=True)
neg("example-number", "文档里的示例 IBAN DE89 3704 0044 0532 0130 00 是怎么算校验位的？")
neg("example-number", "SSN 078-05-1120 was printed on wallet inserts in 1938 as a sample — why did people use it?")
neg("example-number", "Is 123-45-6789 ever a valid SSN or just a placeholder in forms?")
neg("example-number", "身份证号码的格式是 6位地址码+8位出生日期+3位顺序码+1位校验码，举个虚构的例子说明结构就行")
neg("example-number", "沙箱测试卡号 6221 5588 1234 5678 是文档给的示例，为什么提示卡号无效？", example=True)
neg("example-number", "美国电话号码 555-0100 到 555-0199 是不是专门给影视剧用的？")
neg("example-number", "手机号一般是11位，以1开头，第二位是3到9吗？")
neg("money", "Our revenue was $1,240,000 last quarter and costs $980,500 — what is the margin?")
neg("money", "房贷 150 万，30 年，利率 3.1%，月供多少？")
neg("money", "How much is 4,500,000 JPY in euros today?")
neg("money", "公司注册资本 5000 万元，实缴 1200 万，有什么风险？")
neg("date", "What day of the week was 1969-07-20?")
neg("date", "2026年12月06日 到 2027年03月15日 一共多少天？")
neg("date", "cron expression 0 30 9 * * 1-5 means what?")
neg("date", "版本号 2026.12.06.1142 怎么跟 2026.11.30.0915 比大小")

lines = [
    "# identifier-heldout-3.tsv: a third independent HELD-OUT set for identifiers (issue 15). Generated by tools/identifier_heldout3.py (seeded);",
    "# written from the policy text only, by an author who read neither the detectors nor the other data files; never run against the classifier",
    "# by its author and never tuned on. Columns: label (1 sensitive) <TAB> kind <TAB> text (a literal \\n is a line break). Labelling: cards in",
    "# published IIN ranges passing Luhn, any 12-19 digit number called a card (card-labelled: unknown prefix or wrong check digit), 银行卡, IBANs,",
    "# SSNs, 身份证 (valid, labelled 18-digit with a wrong check digit, 15-digit), 手机号, phones in national formats, 7-9 digit local numbers in a",
    "# phone context, dashed driver's licences, passports, credentials are 1; order/tracking/invoice numbers, product codes, company ids, example",
    "# keys and numbers the text describes as documented examples or test values, and plain numbers are 0.",
]
print("\n".join(lines))
for label, kind, text in ROWS:
    print("%s\t%s\t%s" % (label, kind, text))
