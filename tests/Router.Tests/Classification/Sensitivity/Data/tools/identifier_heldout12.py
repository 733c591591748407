#!/usr/bin/env python3
"""Generates identifier-heldout-12.tsv, the twelfth independent author's held-out identifier set (issue 15).

Author s22-author12, 2026-12-07. Written from issue 15's policy text only; never run against the classifier.
NEVER tune on the held-out files: this generator and its output are evaluation data.

Every checksum is computed here (Luhn, IBAN mod 97 plus some national BBAN keys, GB 11643 / ISO 7064 MOD 11-2
for 身份证, ICAO 9303 7-3-1 for passport MRZ lines, SSN area/group/serial rules), so a sensitive row holds a
value that is valid where validity is the point, and deliberately invalid where the policy says the label decides
(a number the text calls a card, an 18-digit number after 身份证 with a wrong check digit).
Negatives are number-heavy near misses; `_negative_ok` rejects (and the generator redraws) any negative that
would pass one of the checks above, so each of them fails every check.

Usage:  python3 identifier_heldout12.py           writes ../identifier-heldout-12.tsv
        python3 identifier_heldout12.py --check   exits 1 unless the file regenerates byte-identically
"""
import base64
import os
import random
import re
import sys

SEED = 20261207
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "identifier-heldout-12.tsv")
RS = "\u241e"  # written between the parts of one value split across two messages

R = random.Random(SEED)

# ---------------------------------------------------------------- checksums


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def luhn_number(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def luhn_broken(prefix, length):
    good = luhn_number(prefix, length)
    bad = good[:-1] + str((int(good[-1]) + R.randrange(1, 10)) % 10)
    assert not luhn_ok(bad)
    return bad


def group(num, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(p for p in out if p)


def card_groups(num):
    n = len(num)
    if n == 15 and num[0] in "3":
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    return [4] * (n // 4) + ([n % 4] if n % 4 else [])


ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def cn_id_check(first17):
    return ID_CHECK[sum(int(a) * w for a, w in zip(first17, ID_WEIGHTS)) % 11]


def cn_id_ok(value):
    return len(value) == 18 and value[:17].isdigit() and cn_id_check(value[:17]) == value[17].upper()


AREAS = ["110101", "110105", "310115", "440106", "440305", "510107", "330106", "420111", "320102", "610113",
         "500103", "370202", "210102", "230103", "350203", "430104", "120101", "130102", "410105", "530102"]


def birth(y0, y1):
    y = R.randrange(y0, y1 + 1)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


def cn_id(valid=True):
    y, m, d = birth(1950, 2006)
    first17 = R.choice(AREAS) + f"{y:04d}{m:02d}{d:02d}" + digits(3)
    check = cn_id_check(first17)
    if not valid:
        check = R.choice([c for c in ID_CHECK if c != check])
    return first17 + check


def cn_id15():
    y, m, d = birth(1940, 1984)
    return R.choice(AREAS) + f"{y % 100:02d}{m:02d}{d:02d}" + digits(3)


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{98 - n % 97:02d}"


def iban_ok(value):
    v = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", v):
        return False
    s = v[4:] + v[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def alnum(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def letters(n):
    return alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def bban_es():
    bank, branch, acct = digits(4), digits(4), digits(10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        v = 11 - sum(int(a) * b for a, b in zip(s.rjust(10, "0"), w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return bank + branch + f"{dc('00' + bank + branch)}{dc(acct)}" + acct


def bban_fr():
    bank, branch, acct = digits(5), digits(5), digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return bank + branch + acct + f"{key:02d}"


def bban_be():
    first = digits(10)
    k = int(first) % 97 or 97
    return first + f"{k:02d}"


def bban_no():
    first = digits(10)
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(first, w)) % 11
    k = 0 if r == 0 else 11 - r
    if k == 10:
        return bban_no()
    return first + str(k)


def bban_nl():
    while True:
        acct = digits(10)
        if sum(int(a) * (10 - i) for i, a in enumerate(acct)) % 11 == 0:
            return R.choice(["ABNA", "INGB", "RABO", "TRIO"]) + acct


def bban_it():
    abi_cab_acct = digits(5) + digits(5) + digits(12)
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    total = 0
    for i, ch in enumerate(abi_cab_acct):
        v = int(ch)
        total += odd[v] if i % 2 == 0 else v
    return chr(ord("A") + total % 26) + abi_cab_acct


IBAN_SPECS = [
    ("DE", lambda: digits(18)), ("FR", bban_fr), ("ES", bban_es), ("IT", bban_it), ("NL", bban_nl),
    ("GB", lambda: R.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(14)),
    ("IE", lambda: R.choice(["AIBK", "BOFI"]) + digits(14)), ("BE", bban_be), ("NO", bban_no),
    ("PL", lambda: digits(24)), ("CH", lambda: digits(5) + alnum(12)), ("AT", lambda: digits(16)),
    ("PT", lambda: digits(21)), ("SE", lambda: digits(20)), ("TR", lambda: digits(5) + "0" + alnum(16)),
    ("SA", lambda: digits(2) + alnum(18)), ("AE", lambda: digits(19)), ("QA", lambda: letters(4) + alnum(21)),
    ("EG", lambda: digits(25)), ("PK", lambda: letters(4) + alnum(16)), ("BR", lambda: digits(23) + "P1"),
    ("GR", lambda: digits(7) + alnum(16)), ("UA", lambda: digits(6) + alnum(19)), ("KZ", lambda: digits(3) + alnum(13)),
]


def iban(country):
    bban = dict(IBAN_SPECS)[country]()
    value = country + iban_check(country, bban) + bban
    assert iban_ok(value)
    return value


def iban_spaced(value):
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def ssn():
    while True:
        area = R.randrange(1, 900)
        if area != 666:
            break
    return f"{area:03d}-{R.randrange(1, 100):02d}-{R.randrange(1, 10000):04d}"


MRZ_VALUES = {**{str(i): i for i in range(10)}, **{chr(ord("A") + i): 10 + i for i in range(26)}, "<": 0}


def mrz_check(s):
    return str(sum(MRZ_VALUES[c] * [7, 3, 1][i % 3] for i, c in enumerate(s)) % 10)


def mrz(country, surname, given, sex):
    number = alnum(9, "CFGHJKLMNPRTVWXYZ0123456789") if country == "D<<" else digits(9)
    y, m, d = birth(1960, 2004)
    dob = f"{y % 100:02d}{m:02d}{d:02d}"
    exp = f"{R.randrange(27, 36):02d}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}"
    line1 = ("P<" + country.replace("<", "") .ljust(3, "<") + surname + "<<" + given.replace(" ", "<")).ljust(44, "<")
    personal = "<" * 14
    part = number + mrz_check(number) + country.ljust(3, "<")[:3] + dob + mrz_check(dob) + sex + exp + mrz_check(exp)
    part += personal + mrz_check(personal)
    composite = number + mrz_check(number) + dob + mrz_check(dob) + exp + mrz_check(exp) + personal + mrz_check(personal)
    line2 = part + mrz_check(composite)
    assert len(line1) == 44 and len(line2) == 44, (line1, line2)
    return line1, line2


# ---------------------------------------------------------------- negatives' guard


def _runs(text, seps):
    """Digit sequences, joined across single separators between digit groups."""
    return [re.sub(seps, "", m.group()) for m in re.finditer(r"\d+(?:" + seps + r"\d+)*", text)]


def _ssn_valid(area, grp, serial):
    return area not in ("000", "666") and area[0] != "9" and grp != "00" and serial != "0000"


def _negative_ok(text):
    """False when a negative would pass any policy check (the generator then redraws it)."""
    plain = text.replace("\\n", " ")
    spaced = _runs(plain, r"[ \-]")
    for run in spaced + _runs(plain, r"[ .\-\u00b7]") + re.findall(r"\d+", plain):
        if 12 <= len(run) <= 19 and luhn_ok(run):
            return False
        if len(run) == 18 and cn_id_ok(run):
            return False
        if len(run) == 15 and 1 <= int(run[8:10]) <= 12 and 1 <= int(run[10:12]) <= 31:
            return False
    for run in spaced:
        if len(run) in (10, 11) and run[0] in "01":
            return False
    for m in re.finditer(r"\d{17}[\dXx]", plain):
        if cn_id_ok(m.group().upper()):
            return False
    for m in re.finditer(r"(?<!\d)(\d{3})[- ]?(\d{2})[- ]?(\d{4})(?!\d)", plain):
        if _ssn_valid(*m.groups()) and re.search(r"(?i)ssn|social|tin\b|社安", plain):
            return False
    for m in re.finditer(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", plain):
        if _ssn_valid(*m.group().split("-")):
            return False
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?", plain):
        if iban_ok(m.group()):
            return False
    if re.search(r"\+\d[\d \-]{6,}", plain) or re.search(r"\(\d{3}\) ?\d{3}-\d{4}", plain):
        return False
    if re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", plain):
        return False
    return True


# ---------------------------------------------------------------- rows

rows = []


def add(label, kind, text):
    assert "\t" not in text and "\n" not in text and "\r" not in text, text
    if label == 0:
        assert _negative_ok(text), text
    rows.append((label, kind, text))


def negative(kind, make):
    for _ in range(200):
        text = make()
        if _negative_ok(text):
            add(0, kind, text)
            return
    raise AssertionError(kind)


# Card networks: (name, prefixes, lengths). Every value passes Luhn inside its network's published IIN range.
NETWORKS = [
    ("Visa", ["4"], [13, 16, 19]),
    ("Mastercard", ["51", "52", "53", "54", "55"], [16]),
    ("Mastercard", [str(p) for p in (2221, 2299, 2345, 2500, 2601, 2720)], [16]),
    ("Amex", ["34", "37"], [15]),
    ("Discover", ["6011", "644", "645", "646", "647", "648", "649", "65", "622126", "622925"], [16, 19]),
    ("Diners Club", ["300", "301", "302", "303", "304", "305", "36", "38", "39"], [14, 16]),
    ("JCB", [str(p) for p in (3528, 3540, 3566, 3589)], [16, 19]),
    ("UnionPay", ["62", "81"], [16, 17, 18, 19]),
    ("Maestro", ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"], [12, 13, 15, 16, 18, 19]),
    ("Mir", ["2200", "2201", "2202", "2203", "2204"], [16]),
    ("RuPay", ["60", "65", "81", "82", "508", "353", "356"], [16]),
    ("Verve", ["506099", "506150", "506198", "650002", "650027"], [16, 18, 19]),
    ("Troy", ["9792"], [16]),
    ("Elo", ["636368", "438935", "504175", "451416", "636297", "5067"], [16]),
    ("Hipercard", ["606282"], [16]),
    ("UATP", ["1"], [15]),
    ("Dankort", ["5019"], [16]),
    ("InstaPayment", ["637", "638", "639"], [16]),
    ("LankaPay", ["357111"], [16]),
    ("Humo", ["9860"], [16]),
    ("UzCard", ["8600"], [16]),
    ("BC Card", ["94"], [16]),
]

CARD_EN = [
    "Please put the balance on my {net} {num}, expiry 09/28.",
    "Customer read out {num} over the phone for the deposit, how do I record that it was a card payment?",
    "Chargeback form asks for the number used: {num}. What else do I need to attach?",
    "why does the checkout say invalid for {num}? it's a {net} and works everywhere else",
    "Use {num} for the renewal, same name as before.",
    "refund went to {num} instead of my other account, can you word an email to the shop?",
    "Booking for 2 nights, guarantee with {num} exp 11/27 CVV on request.",
    "Our POS batch shows pan={num} declined 05, what does response code 05 mean?",
]
CARD_ZH = [
    "帮我把这笔钱退到{num}，谢谢，我是用{net}付的。",
    "客人电话报的卡号{num}，订单备注里怎么写？",
    "拒付申请里要填交易用的号码：{num}，还需要什么材料？",
    "付款页面一直提示无效：{num}，这张{net}在别处都能刷",
    "续费就用 {num} 吧，户名不变。",
    "酒店担保：{num}，有效期 11/27，麻烦确认一下。",
]

for i, (net, prefixes, lengths) in enumerate(NETWORKS):
    for j in range(2 if i < 12 else 1):
        prefix = R.choice(prefixes)
        length = R.choice(lengths)
        num = luhn_number(prefix, length)
        shown = R.choice([num, group(num, card_groups(num)), group(num, card_groups(num), "-")])
        tpl = R.choice(CARD_EN if (i + j) % 2 == 0 else CARD_ZH)
        add(1, "card", tpl.format(net=net, num=shown))

# Numbers the text calls a card whose prefix is unknown or whose check digit is wrong: the label decides.
LABELLED_EN = ["my card number is {num}", "Card no. {num} was declined at the pump", "credit card: {num}",
               "the debit card {num} was swallowed by the ATM, what now?", "Card {num} - please cancel it",
               "store card number {num} (it's an old one from the garden centre)"]
LABELLED_ZH = ["我的卡号是{num}", "银行卡 {num} 被吞了怎么办", "信用卡：{num}", "借记卡号 {num} 挂失", "会员储值卡卡号{num}能退吗"]
UNKNOWN_PREFIXES = ["00", "07", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "90", "91", "93", "95", "96", "99"]
for i in range(14):
    length = [16, 16, 15, 19, 12, 18, 17, 13][i % 8]
    if i % 3 == 0:
        num = luhn_broken(R.choice(["4", "51", "62", "37"]), length)
    elif i % 3 == 1:
        num = luhn_number(R.choice(UNKNOWN_PREFIXES), length)
    else:
        num = luhn_broken(R.choice(UNKNOWN_PREFIXES), length)
    shown = group(num, card_groups(num)) if i % 2 else num
    tpl = LABELLED_EN[i % len(LABELLED_EN)] if i % 2 == 0 else LABELLED_ZH[i % len(LABELLED_ZH)]
    add(1, "card", tpl.format(num=shown))

# 身份证: valid, labelled with wrong check digit, 15-digit first generation.
ID_CTX = ["身份证号：{v}，帮我看看户口本上的信息要怎么填", "社保卡补办，公民身份号码 {v}，需要本人去吗？",
          "公积金提取申请表里身份证号码那栏写 {v} 对吗", "收件人身份证 {v}（清关要用）",
          "Customs asked for the consignee's Chinese ID, it's {v} - what else should I send?",
          "帮我核对一下 派出所开的证明上 身份证号码 {v} 和户口簿一致吗",
          "学生资助系统报错：身份证件号 {v} 校验不通过，但这就是他的号啊",
          "网约车司机注册要填身份证，我填的{v}，显示格式错误"]
for i in range(10):
    v = cn_id(valid=(i % 3 != 2))
    if i % 4 == 1 and v.endswith("X"):
        v = v[:-1] + "x"
    add(1, "cn_id", ID_CTX[i % len(ID_CTX)].format(v=v))
for i in range(4):
    v = cn_id15()
    add(1, "cn_id", ["老身份证是15位的：{v}，现在升级成18位怎么算？", "1990年的档案里身份证号 {v}，是我爸的",
                     "户籍证明上还是一代证号码 {v}，银行不认怎么办", "his old 15-digit 身份证 {v} is on the deed"][i].format(v=v))

# SSN
SSN_CTX = ["My SSN is {v}, do I put it on the W-4 or only the I-9?", "employee SSN {v} - payroll says mismatch with SSA",
           "Social Security number: {v}. Is it safe to give this to the landlord for a credit check?",
           "Form 1099-NEC recipient TIN {v}, box 1 $12,400", "ssn {v} dob on file, please update the address",
           "Medicaid application asks for the child's social security no. ({v}), which section?",
           "tax preparer typed {v} as my SSN but it should be different, how do I fix an e-filed return?",
           "W-2 box a: {v} - is that my employee id or my SSN?", "SSN:{v} (for the background check)",
           "美国同事的社安号 {v} 填在哪一栏？"]
for i in range(10):
    v = ssn()
    if i == 4:
        v = v.replace("-", "")
    if i == 7:
        v = v.replace("-", " ")
    add(1, "ssn", SSN_CTX[i].format(v=v))

# IBAN of many countries
IBAN_CTX = ["Please wire the deposit to IBAN {v}, reference your booking number.",
            "收款账户 IBAN：{v}，SWIFT 我稍后发你",
            "Can you check this IBAN before I send the rent: {v}",
            "Our supplier changed bank details to {v} - the email looks odd, should I call them?",
            "refund to my account {v} please, not the card",
            "工资打到这个IBAN：{v}，帮我写封英文邮件给HR确认",
            "Überweisung an {v}, Verwendungszweck Rechnung 4471 - translate this line into English",
            "IBAN {v} / BIC on request"]
for i, (country, _) in enumerate(IBAN_SPECS):
    v = iban(country)
    if i % 3 == 0:
        v = iban_spaced(v)
    elif i % 5 == 1:
        v = v.lower()
    add(1, "iban", IBAN_CTX[i % len(IBAN_CTX)].format(v=v))


# Phones in national formats, in context, many countries.
def ph_us():
    area = R.choice(["212", "312", "415", "617", "713", "206", "305", "404", "503", "720"])
    exch = str(R.randrange(2, 10)) + digits(2)
    while exch == "555":
        exch = str(R.randrange(2, 10)) + digits(2)
    return f"({area}) {exch}-{digits(4)}"


PHONES = [
    ("text me at {p} after 6", ph_us),
    ("call me on {p}, that's my mobile", lambda: "07" + R.choice("1234579") + digits(2) + " " + digits(6)),
    ("我的手机号是{p}，快递到了打我电话", lambda: R.choice(["138", "139", "150", "186", "177", "199", "166"]) + digits(8)),
    ("联系电话：{p}（工作日）", lambda: R.choice(["010-6", "021-5", "020-8", "0755-2"]) + digits(7)),
    ("WhatsApp me on {p} for the pickup", lambda: "+852 " + R.choice("569") + digits(3) + " " + digits(4)),
    ("my registered number is {p}, the OTP never arrives", lambda: R.choice("89") + digits(3) + " " + digits(4)),
    ("手機 {p}，到了樓下再打給我", lambda: "09" + digits(2) + "-" + digits(3) + "-" + digits(3)),
    ("携帯は{p}です、着いたら連絡ください", lambda: "0" + R.choice(["80", "90", "70"]) + "-" + digits(4) + "-" + digits(4)),
    ("제 번호 {p}로 문자 주세요 - please translate this for the courier", lambda: "010-" + digits(4) + "-" + digits(4)),
    ("Aadhaar-linked mobile {p}, KYC pending", lambda: "+91 " + R.choice("6789") + digits(4) + " " + digits(5)),
    ("ruf mich an unter {p} wegen der Übergabe", lambda: "0176 " + str(R.randrange(1, 10)) + digits(7)),
    ("rappelez-moi au {p} svp", lambda: "0" + R.choice("67") + " " + " ".join(digits(2) for _ in range(4))),
    ("chiamami al {p} per la consegna", lambda: "3" + R.choice("2345679") + digits(1) + " " + digits(3) + " " + digits(4)),
    ("mi móvil es el {p}", lambda: "6" + digits(2) + " " + digits(3) + " " + digits(3)),
    ("numer do mnie: {p}", lambda: "+48 " + R.choice(["50", "51", "53", "60", "66", "69", "72", "79", "88"]) + digits(1) + " " + digits(3) + " " + digits(3)),
    ("beni {p} numaradan arayın", lambda: "05" + R.choice(["32", "33", "42", "44", "53", "55"]) + " " + digits(3) + " " + digits(2) + " " + digits(2)),
    ("звоните на {p}, курьер", lambda: "+7 9" + digits(2) + " " + digits(3) + "-" + digits(2) + "-" + digits(2)),
    ("me chama no zap {p}", lambda: "(11) 9" + digits(4) + "-" + digits(4)),
    ("abeg call me for {p} when you reach gate", lambda: "080" + R.choice("3567") + " " + digits(3) + " " + digits(4)),
    ("send the parcel details by SMS to {p}", lambda: "07" + R.choice("0129") + digits(1) + " " + digits(3) + " " + digits(3)),
    ("my new number is {p}, please update the booking", lambda: "04" + digits(2) + " " + digits(3) + " " + digits(3)),
    ("โทรหาฉันที่ {p} ค่ะ (translate to English please)", lambda: "08" + R.choice("1245689") + "-" + digits(3) + "-" + digits(4)),
    ("اتصل بي على {p} - translate this into English for the driver", lambda: "05" + R.choice("03456") + " " + digits(3) + " " + digits(4)),
    ("messages to {p} please, I'm in meetings all day", lambda: R.choice("89") + digits(3) + " " + digits(4)),
    ("Singapore driver: hp {p} can call anytime lah", lambda: R.choice("89") + digits(7)),
    ("registered mobile no. {p} for the bank app (Denmark)", lambda: " ".join([R.choice(["20", "30", "40", "50", "60", "71", "81", "91"])] + [digits(2) for _ in range(3)])),
    ("you can reach my mum on {p} (Iceland, no country code)", lambda: R.choice("678") + digits(2) + " " + digits(4)),
    ("SMS the code to {p}, that's my Swiss mobile", lambda: "07" + R.choice("6789") + " " + digits(3) + " " + digits(2) + " " + digits(2)),
    ("我在澳门，电话 {p}，有事随时找", lambda: "6" + R.choice("2368") + digits(2) + " " + digits(4)),
    ("call the landlord at {p} about the leak", lambda: "0161 " + R.choice("235789") + digits(2) + " " + digits(4)),
]
for tpl, make in PHONES:
    add(1, "phone", tpl.format(p=make()))


# Driving licences, dashes included.
def uk_licence():
    surname = R.choice(["WHITM", "OKAFO", "NGUYE", "KOWAL", "PATEL", "MORGA", "SMITH", "CHEN9"])
    y, m, d = birth(1960, 2004)
    if R.random() < 0.5:
        m += 50
    return f"{surname}{str(y)[2]}{m:02d}{d:02d}{str(y)[3]}{letters(2)}9{letters(2)}"


LICENCES = [
    "DVLA asks for my driving licence number: {v}. Where is it on the photocard?".format(v=uk_licence()),
    "CA driver license {v}, exp 2029 - is that the DL# they want on the rental form?".format(v=letters(1) + digits(7)),
    "Florida DL number {v} (with the dashes, as printed)".format(
        v=letters(1) + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-" + digits(1)),
    "Illinois driver's license # {v}, the insurance form keeps rejecting it".format(
        v=letters(1) + digits(3) + "-" + digits(4) + "-" + digits(4)),
    "my NY licence number is {v}, do I need the DMV's document number too?".format(
        v=digits(3) + " " + digits(3) + " " + digits(3)),
    "Ontario driver's licence {v} - translate the letter from the MTO for my parents".format(
        v=letters(1) + digits(4) + "-" + digits(5) + "-" + digits(5)),
    "Driving licence no. {v} (Maharashtra) for the Uber onboarding".format(
        v="MH" + f"{R.randrange(1, 50):02d}" + " " + str(R.randrange(2005, 2024)) + digits(7)),
    "운전면허번호 {v} - how do I write this for the Japanese rental company?".format(
        v=f"{R.randrange(11, 29)}-{digits(2)}-{digits(6)}-{digits(2)}"),
    "驾驶证档案编号 {v}，扣分查询怎么填？".format(v=digits(12)),
    "licence # {v} (NSW), card number on the back too?".format(v=digits(4) + " " + digits(4)),
    "Washington DL {v}, the car rental site says invalid format".format(v="WDL" + alnum(9)),
]
for text in LICENCES:
    add(1, "licence", text)

# Passports, with MRZ lines whose check digits are computed.
PASSPORTS = [
    "US passport number {v}, expiring in March - can I still fly to Mexico?".format(v=str(R.randrange(5, 7)) + digits(8)),
    "护照号码：{v}，签证申请表上这一栏要不要加空格？".format(v="E" + R.choice("ABCDEFGHJ") + digits(7)),
    "护照号 {v}（因私普通护照），机票改名要用".format(v="E" + digits(8)),
    "UK passport no. {v} - hotel in Rome wants it for the registration".format(v=digits(9)),
    "Indian passport {v}, the visa portal says invalid".format(v=R.choice("JKLMNPRSTUVWZ") + digits(7)),
    "Reisepassnummer {v} - is this the right field on the ESTA form?".format(v=alnum(9, "CFGHJKLMNPRTVWXYZ0123456789")),
    "旅券番号 {v} の英語表記を教えて (my Japanese passport)".format(v=R.choice(["TR", "TK", "MU", "TZ"]) + digits(7)),
    "여권번호 {v} please check it's the new format".format(v="M" + digits(3) + letters(1) + digits(4)),
]
for text in PASSPORTS:
    add(1, "passport", text)
for country, surname, given, sex in [("GBR", "HARGREAVES", "OLIVIA JANE", "F"), ("CHN", "ZHANG", "WEIMIN", "M"),
                                     ("D<<", "SCHNEIDER", "LUKAS", "M")]:
    l1, l2 = mrz(country, surname, given, sex)
    add(1, "passport", f"OCR from the passport scan is messy, clean it up:\\n{l1}\\n{l2}")

# Vendor API keys and credentials.
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
KEYS = [
    "aws_access_key_id = AKIA{a}\\naws_secret_access_key = {b}".format(a=alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), b=alnum(40, B64 + "+/")),
    "why does git push fail with my token ghp_{a}?".format(a=alnum(36, B64)),
    "fine-grained PAT github_pat_{a}_{b} stopped working after the org SSO change".format(a=alnum(22, B64), b=alnum(59, B64)),
    "STRIPE_SECRET_KEY=sk_live_51{a} in .env, is that why the webhook 401s?".format(a=alnum(97, B64)),
    "Slack bot token xoxb-{a}-{b}-{c} - what scopes does it need to post?".format(a=digits(11), b=digits(13), c=alnum(24, B64)),
    "const mapsKey = \"AIza{a}\"; // referer restriction not working".format(a=alnum(35, B64 + "-_")),
    "OPENAI_API_KEY=sk-proj-{a}".format(a=alnum(120, B64 + "-_")),
    "anthropic key sk-ant-api03-{a}AA returns 401, typo?".format(a=alnum(93, B64 + "-_")),
    "Twilio: account {a} auth token {b}, code below sends nothing".format(a="AC" + alnum(32, HEX), b=alnum(32, HEX)),
    "SENDGRID_API_KEY=SG.{a}.{b}".format(a=alnum(22, B64 + "-_"), b=alnum(43, B64 + "-_")),
    "DefaultEndpointsProtocol=https;AccountName=prodinvoices;AccountKey={a}==;EndpointSuffix=core.windows.net".format(a=alnum(86, B64 + "+/")),
    "DATABASE_URL=postgres://billing_app:{a}@db-prod-2.internal:5432/billing - connection refused".format(a=alnum(18, B64 + "!#%")),
    "npm publish fails, .npmrc has //registry.npmjs.org/:_authToken=npm_{a}".format(a=alnum(36, B64)),
    "HF_TOKEN=hf_{a} but the gated model still says 403".format(a=alnum(34, B64)),
    "GitLab CI variable: glpat-{a}".format(a=alnum(20, B64 + "-_")),
    "阿里云 AccessKey ID: LTAI{a}\\nAccessKey Secret: {b}\\nOSS上传报SignatureDoesNotMatch".format(a=alnum(20, B64), b=alnum(30, B64)),
    "腾讯云 SecretId AKID{a} SecretKey {b} 调用短信接口失败".format(a=alnum(32, B64), b=alnum(32, B64)),
    "微信小程序 AppSecret {a}，code2Session 返回 40125".format(a=alnum(32, HEX)),
    "shopify admin token shpat_{a} leaked in a gist?? what do I do first".format(a=alnum(32, HEX)),
    "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAA{a}\\n-----END OPENSSH PRIVATE KEY-----\\nwhy does ssh say invalid format".format(a=alnum(64, B64 + "+/")),
]
for text in KEYS:
    add(1, "key", text)

# ---------------------------------------------------------------- adversarial spellings

CF = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u2063"]


def sprinkle(value, count):
    chars = list(value)
    for _ in range(count):
        pos = R.randrange(1, len(chars))
        chars.insert(pos, R.choice(CF))
    return "".join(chars)


CF_TPL = {"card": ["pay with {t} thanks", "the card is {t}", "card no {t} exp 03/29", "charge {t} for the deposit"],
          "身份证": ["身份证：{t}", "身份证号码 {t} 帮我核对", "id {t} (身份证)"],
          "手机": ["手机号码 {t} 请回电", "联系人电话{t}", "手机：{t}"]}
for i in range(10):
    if i % 3 == 0:
        v, kind_word = luhn_number(R.choice(["4", "53", "2202", "6011"]), 16 if i != 6 else 15), "card"
    elif i % 3 == 1:
        v, kind_word = cn_id(), "身份证"
    else:
        v, kind_word = R.choice(["138", "186", "159"]) + digits(8), "手机"
    text = sprinkle(v, 2 + i % 4)
    tpls = CF_TPL[kind_word]
    add(1, "cf", tpls[(i // 3) % len(tpls)].format(t=text))

for i in range(8):
    if i % 2 == 0:
        v = luhn_number(R.choice(["4", "51", "6011", "3530", "62"]), 16)
        cut = R.randrange(6, 11)
        text = [f"my card is {v[:cut]}{RS}{v[cut:]}", f"first part {v[:cut]}{RS}and the rest {v[cut:]}",
                f"卡号前面是{v[:cut]}{RS}后面是{v[cut:]}", f"{v[:cut]}{RS}{v[cut:]} exp 04/29"][i // 2]
    else:
        v = cn_id() if i != 5 else R.choice(["139", "188"]) + digits(8)
        cut = R.randrange(5, len(v) - 3)
        text = [f"身份证号 {v[:cut]}{RS}{v[cut:]}", f"my id is{RS}{v}", f"手机号{v[:cut]}{RS}{v[cut:]}，记一下",
                f"ID first half {v[:cut]}{RS}second half {v[cut:]}"][i // 2]
    add(1, "split", text)

for i in range(5):
    v = luhn_number(R.choice(["4", "53", "2201", "6250"]), 16)
    parts = [v[k:k + 4] for k in range(0, 16, 4)]
    text = ["card:\\n{0}\\n{1}\\n{2}\\n{3}", "卡号\\n{0} {1}\\n{2} {3}", "{0}\\n{1}{2}\\n{3}\\nexp 01/28",
            "copy this card for the booking:\\n{0}-{1}-\\n{2}-{3}", "{0} {1}\\n{2} {3}\\nplease charge"][i].format(*parts)
    add(1, "lines", text)

for i in range(6):
    if i < 3:
        v = luhn_number(R.choice(["4", "55", "6011"]), 16)
        text = [f"card {'.'.join(v[k:k + 4] for k in range(0, 16, 4))}", f"{'-'.join(v[k:k + 2] for k in range(0, 16, 2))} is the card",
                f"卡号 {'·'.join(v[k:k + 4] for k in range(0, 16, 4))}"][i]
    else:
        v = cn_id()
        text = [f"身份证 {v[:6]}-{v[6:14]}-{v[14:]}", f"ID {v[:6]}.{v[6:10]}.{v[10:14]}.{v[14:]}",
                f"证件号码 {v[:3]} {v[3:6]} {v[6:10]} {v[10:14]} {v[14:]}"][i - 3]
    add(1, "dotted", text)

GLUE = [
    lambda: "hello" + cn_id(), lambda: "card" + luhn_number("4", 16), lambda: "key" + "AKIA" + alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    lambda: "myidis" + cn_id() + "thanks", lambda: "tel" + R.choice(["138", "177"]) + digits(8) + "asap",
    lambda: "ssn" + ssn().replace("-", ""), lambda: "ref" + luhn_number("54", 16) + "x",
    lambda: "手机号" + R.choice(["135", "180"]) + digits(8) + "收到请回复", lambda: "IBAN" + iban("DE") + "ok",
]
for make in GLUE:
    add(1, "glued", make())

for i in range(6):
    inner = [f"my card number is {group(luhn_number('4', 16), [4, 4, 4, 4])} exp 07/28",
             f"身份证号码：{cn_id()}", f"aws_secret_access_key={alnum(40, B64)} AKIA{alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}",
             f"SSN {ssn()}", f"IBAN {iban('FR')}", f"手机 {R.choice(['139', '158'])}{digits(8)} 收件人"][i]
    enc = base64.b64encode(inner.encode("utf-8")).decode("ascii")
    add(1, "base64", ["decode this and tell me what it says: {e}", "{{\"payload\": \"{e}\", \"v\": 2}}",
                      "这段base64是什么：{e}", "Authorization-ish header from the log: X-Data: {e}",
                      "base64 -d <<< {e}   # what is this", "attachment.txt (base64): {e}"][i].format(e=enc))

ND = {"arabic-indic": 0x0660, "persian": 0x06F0, "devanagari": 0x0966, "bengali": 0x09E6, "thai": 0x0E50,
      "myanmar": 0x1040, "tamil": 0x0BE6, "gujarati": 0x0AE6}


def nd(value, base):
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in value)


for i, (name, base) in enumerate(ND.items()):
    if i % 3 == 0:
        v = group(luhn_number(R.choice(["4", "52", "62"]), 16), [4, 4, 4, 4])
        text = f"card {nd(v, base)}"
    elif i % 3 == 1:
        v = cn_id()
        text = f"身份证 {nd(v, base)}"
    else:
        v = R.choice(["+91 98", "+966 5", "+66 8"]) + digits(8)
        text = f"call me at {nd(v, base)}"
    add(1, "digits", text)

FW = str.maketrans("0123456789Xx-", "０１２３４５６７８９Ｘｘ－")
for i in range(5):
    v = [group(luhn_number("62", 16), [4, 4, 4, 4]), cn_id(), R.choice(["136", "189"]) + digits(8),
         luhn_number("37", 15), ssn()][i]
    add(1, "fullwidth", ["卡号：{f}", "身份证号码：{f}", "手机：{f}", "amex {f}", "SSN {f}"][i].format(f=v.translate(FW)))

# ---------------------------------------------------------------- negatives (number-heavy near misses)


def hexs(n):
    return alnum(n, HEX)


def ymd():
    return f"20{R.randrange(19, 27)}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}"


def hms():
    return f"{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}"


def ip10():
    return f"10.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(1, 255)}"


def isbn13():
    while True:
        body = "978" + digits(9)
        check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        value = body + str(check)
        if not luhn_ok(value):
            return f"{value[:3]}-{value[3]}-{value[4:7]}-{value[7:12]}-{value[12]}"


NEGATIVES = [
    ("order", lambda: f"Order #{letters(3)}-{digits(4)}-{alnum(4)} arrived damaged, write a return request"),
    ("order", lambda: f"订单号 {ymd().replace('-', '')}{digits(12)} 一直显示待发货，帮我催一下"),
    ("order", lambda: f"Amazon order {digits(3)}-{digits(7)}-{digits(7)} - how do I return one item only?"),
    ("order", lambda: f"淘宝订单编号{digits(19)}，七天无理由退货怎么操作"),
    ("order", lambda: f"eBay item {digits(12)} listing says 'as described' but it isn't - draft the case"),
    ("order", lambda: f"PO-{digits(6)} / SO-{digits(6)} mismatch in the ERP, how do I reconcile?"),
    ("tracking", lambda: f"UPS tracking 1Z{alnum(6)}{digits(10)} stuck in 'label created' for 5 days"),
    ("tracking", lambda: f"顺丰单号 SF{digits(13)} 显示已签收但我没收到"),
    ("tracking", lambda: f"USPS {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)} says delivered to mailbox"),
    ("tracking", lambda: f"Royal Mail {letters(2)}{digits(9)}GB not updated since the depot scan"),
    ("tracking", lambda: f"中通快递 7{digits(13)} 派件异常是什么意思"),
    ("tracking", lambda: f"container MSCU{digits(7)} and bill of lading MEDU{digits(7)} - what does 'customs hold' mean?"),
    ("masked", lambda: f"statement shows card **** **** **** {digits(4)} charged twice, how do I dispute?"),
    ("masked", lambda: f"卡号尾号{digits(4)}的信用卡账单日是几号？"),
    ("masked", lambda: f"身份证 {R.choice(AREAS)}********{digits(3)}X 这种打码方式合规吗"),
    ("masked", lambda: f"IBAN DE** **** **** **** **{digits(2)} {digits(2)} - only the last 4 are shown, is that enough for the refund form?"),
    ("masked", lambda: f"SSN ***-**-{digits(4)} appears on the letter, is that normal?"),
    ("masked", lambda: f"手机号 1{R.choice('3589')}{digits(1)}****{digits(4)} 的中奖短信是不是诈骗"),
    ("masked", lambda: f"My card ending in {digits(4)} was declined abroad, what should I ask the bank?"),
    ("version", lambda: f"Windows build 10.0.{digits(5)}.{digits(4)} breaks our VPN client, any known issue?"),
    ("version", lambda: f"Chrome {R.randrange(110, 140)}.0.{digits(4)}.{digits(3)} shows a blank page on our app"),
    ("version", lambda: f"bump version from 4.{R.randrange(10, 30)}.{R.randrange(100, 999)} to 5.0.0-rc.{R.randrange(1, 9)}+build.{digits(8)} - semver ok?"),
    ("version", lambda: f"dotnet --version prints 10.0.{R.randrange(100, 300)}, do I need 10.0.{R.randrange(100, 300)} for this SDK feature?"),
    ("version", lambda: f"固件版本 V{R.randrange(1, 9)}.{R.randrange(0, 20)}.{R.randrange(0, 99)}.{digits(6)} 升级失败"),
    ("hash", lambda: f"sha256 of the installer: {hexs(64)} - how do I verify on Windows?"),
    ("hash", lambda: f"git bisect says the first bad commit is {hexs(40)}, how do I revert only that?"),
    ("hash", lambda: f"md5 {hexs(32)} doesn't match the one on the download page"),
    ("hash", lambda: f"docker pull fails for image@sha256:{hexs(64)}"),
    ("hash", lambda: f"这个 commit {hexs(12)} 改了什么？帮我看看 diff"),
    ("coords", lambda: f"How far is {R.randrange(20, 60)}.{digits(6)}, {R.randrange(-120, 140)}.{digits(6)} from the nearest airport?"),
    ("coords", lambda: f"坐标 北纬{R.randrange(18, 50)}.{digits(5)} 东经{R.randrange(75, 130)}.{digits(5)} 是哪个城市"),
    ("coords", lambda: f"geojson point [{R.randrange(-170, 170)}.{digits(7)}, {R.randrange(-60, 70)}.{digits(7)}] renders in the ocean, lat/lng swapped?"),
    ("date", lambda: f"convert {ymd()} {hms()} UTC to Beijing time and to {R.choice(['PST', 'CET', 'IST'])}"),
    ("date", lambda: f"how many days between {ymd()} and {ymd()}?"),
    ("date", lambda: f"{R.randrange(1990, 2026)}年{R.randrange(1, 13)}月{R.randrange(1, 29)}日是星期几"),
    ("date", lambda: f"Excel shows {R.randrange(40000, 47000)} instead of a date in C{R.randrange(2, 900)}, how do I format it?"),
    ("timestamp", lambda: f"epoch {R.choice(['17', '16'])}{digits(11)} ms - which date is that?"),
    ("timestamp", lambda: f"log timestamp {ymd()}T{hms()}.{digits(3)}Z vs {ymd()}T{hms()}.{digits(6)}+08:00, why the offset?"),
    ("timestamp", lambda: f"cron `{R.randrange(60)} {R.randrange(24)} * * {R.randrange(7)}` ran at {hms()} instead, timezone issue?"),
    ("isbn", lambda: f"ISBN {isbn13()} - is this the 2nd edition?"),
    ("isbn", lambda: f"帮我查一下这本书 ISBN {isbn13()} 的作者"),
    ("invoice", lambda: f"Invoice INV-{R.randrange(2019, 2027)}-{digits(6)} shows VAT at 20% but we are zero-rated, draft a query"),
    ("invoice", lambda: f"发票号码{digits(8)}，发票代码 {digits(12)}，金额{R.randrange(100, 99999)}.{digits(2)}元，能报销吗"),
    ("invoice", lambda: f"数电发票号码 {R.randrange(23, 27)}{digits(18)} 怎么验真"),
    ("invoice", lambda: f"credit note CN/{digits(5)}/{R.randrange(2024, 2027)} against invoice {digits(7)} - wording please"),
    ("sample", lambda: "AWS docs use AKIAIOSFODNN7EXAMPLE as the access key example, why that string?"),
    ("sample", lambda: "the docs show secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, is it real?"),
    ("sample", lambda: "put a fake card like 1234 5678 9012 3456 in the UI mockup, or XXXX XXXX XXXX XXXX?"),
    ("sample", lambda: "ad agencies used 987-65-4321 on sample cards, why is it never issued?"),
    ("sample", lambda: f"OPENAI_API_KEY=sk-...{alnum(4, B64)} is how the README shows it truncated, fine?"),
    ("sample", lambda: "GitHub token format is ghp_ followed by 36 characters, e.g. ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ("sample", lambda: "身份证号码示例 110101199003077XXX 这种写法放在说明文档里可以吗"),
    ("serial", lambda: f"S/N {letters(3)}{digits(2)}{alnum(7)} MacBook keeps rebooting, warranty?"),
    ("serial", lambda: f"part number {digits(2)}HC{digits(3)}D-{digits(3)} vs SN{digits(2)}HC{digits(3)}PWR - interchangeable?"),
    ("serial", lambda: f"设备序列号 {letters(2)}{digits(4)}{letters(2)}{digits(5)} 保修期查询"),
    ("serial", lambda: f"HS code {digits(4)}.{digits(2)}.{digits(2)} or {digits(4)}.{digits(2)}.{digits(2)} for knitted scarves?"),
    ("serial", lambda: f"license key for our own app: {alnum(5)}-{alnum(5)}-{alnum(5)}-{alnum(5)} format, how to generate them?"),
    ("log", lambda: f"{ymd()} {hms()},{digits(3)} WARN [pool-{R.randrange(1, 9)}-thread-{R.randrange(1, 40)}] upstream {ip10()}:{R.randrange(1025, 65535)} timed out after {R.randrange(1, 60)}000 ms (req={hexs(8)})"),
    ("log", lambda: f"nginx: upstream prematurely closed connection while reading response header from upstream, client: {ip10()}, server: _, upstream: \"http://{ip10()}:{R.randrange(3000, 9000)}/api/v{R.randrange(1, 4)}/orders\""),
    ("log", lambda: f"k8s pod {R.choice(['api', 'worker', 'billing'])}-{hexs(10)}-{alnum(5).lower()} OOMKilled, limit {R.randrange(256, 4096)}Mi, node {ip10()}"),
    ("log", lambda: f"redis at 192.168.{R.randrange(256)}.{R.randrange(1, 255)}:6379 refused, retry {R.randrange(1, 9)}/{R.randrange(10, 20)} after {R.randrange(100, 999)}ms"),
    ("log", lambda: f"[{hms()}.{digits(3)}] ERROR order_service: payment_id=pay_{alnum(14).lower()} amount={R.randrange(100, 99999)} currency=GBP status=failed"),
    ("misc", lambda: f"compute {R.randrange(1000, 9999)} * {R.randrange(1000, 9999)} * {R.randrange(100, 999)} step by step"),
    ("misc", lambda: f"UUID {hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)} collides? impossible right"),
    ("misc", lambda: f"MAC {':'.join(hexs(2) for _ in range(6))} keeps getting a new DHCP lease"),
    ("misc", lambda: f"IPv6 fd{hexs(2)}:{hexs(4)}:{hexs(4)}::{hexs(3)} not reachable from the VPN"),
    ("misc", lambda: f"flight {R.choice(['BA', 'CA', 'LH', 'EK'])}{R.randrange(10, 999)} seat {R.randrange(1, 60)}{R.choice('ABCDEF')}, booking ref {letters(6)} - can I change seats online?"),
    ("misc", lambda: f"my postcode is {letters(2)}{R.randrange(1, 20)} {R.randrange(1, 9)}{letters(2)} - which council is that?"),
    ("misc", lambda: f"120、110、119 分别是什么电话？在国外打{R.choice(['112', '911', '999'])}吗"),
    ("misc", lambda: f"lottery numbers {' '.join(str(R.randrange(1, 50)) for _ in range(6))} - what are the odds?"),
    ("misc", lambda: f"=VLOOKUP(A{R.randrange(2, 99)},Sheet2!$A$2:$F${R.randrange(100, 9999)},{R.randrange(2, 6)},FALSE) returns #N/A"),
    ("misc", lambda: f"pi to 30 places is 3.141592653589793238462643383279, memorise tricks?"),
    ("misc", lambda: f"stock {R.choice(['AAPL', 'TSLA', '600519', '0700.HK'])} up {R.randrange(1, 9)}.{digits(2)}% to {R.randrange(10, 2000)}.{digits(2)}, volume {R.randrange(1, 99)},{digits(3)},{digits(3)}"),
    ("misc", lambda: f"房间号 {R.randrange(1, 40)}{digits(2)}，门禁卡坏了找前台"),
    ("misc", lambda: f"regex ^\\d{{{R.randrange(12, 20)}}}$ matches too much in our order ids, how to tighten it?"),
    ("misc", lambda: f"hotel confirmation {letters(2)}{digits(8)} - can I add breakfast?"),
    ("misc", lambda: f"SWIFT/BIC {letters(4)}{R.choice(['GB', 'DE', 'CN', 'HK'])}{letters(2)}{R.choice(['', 'XXX'])} - what do the letters mean?"),
    ("misc", lambda: f"RGB #{hexs(6)} to CMYK for print?"),
    ("misc", lambda: f"VAT number GB{digits(3)} {digits(4)} {digits(2)} format check - which algorithm?"),
    ("order", lambda: f"闲鱼订单 {digits(4)}{letters(2)}{digits(6)} 卖家不发货，平台介入要多久"),
    ("order", lambda: f"Etsy receipt #{R.randrange(2, 4)}{digits(9)} - buyer wants to change the colour, reply template?"),
    ("order", lambda: f"Shopify order #{R.randrange(1001, 9999)} and draft order D{R.randrange(100, 999)} both reserved stock, which wins?"),
    ("order", lambda: f"拼多多售后单号 {ymd().replace('-', '')}-{digits(6)} 商家拒绝退款"),
    ("order", lambda: f"Uber Eats order {alnum(5)} from {R.randrange(1, 12)}:{R.randrange(10, 59)}pm missing the fries, refund wording?"),
    ("order", lambda: f"RMA {R.randrange(2024, 2027)}-{alnum(3)}-{digits(5)}: customer returned 3 of 5 units, partial credit how?"),
    ("tracking", lambda: f"DHL waybill {digits(4)} {digits(4)} {digits(2)} says 'clearance event', what's next?"),
    ("tracking", lambda: f"FedEx {R.choice('23456789')}{digits(3)} {digits(4)} {digits(4)} delivery exception, code 0{R.randrange(10, 99)}"),
    ("tracking", lambda: f"京东物流 JDVB{digits(11)} 到哪了"),
    ("tracking", lambda: f"菜鸟驿站取件码 {R.randrange(1, 30)}-{R.randrange(1, 9)}-{digits(4)}，过期了还能取吗"),
    ("tracking", lambda: f"AWB {R.choice(['176', '618', '160'])}-{digits(4)} {digits(4)} cargo not loaded on flight, who do I chase?"),
    ("tracking", lambda: f"PostNL 3S{letters(4)}{digits(7)} stuck in Belgium"),
    ("masked", lambda: f"bank app shows IBAN ending ...{digits(4)} for the payee, is that enough to trust it?"),
    ("masked", lambda: f"护照号 E*****{digits(3)} 这样展示在订单页安全吗"),
    ("masked", lambda: f"Stripe dashboard: •••• {digits(4)} (Visa, exp {R.randrange(1, 13):02d}/{R.randrange(27, 32)}) failed, why no retry?"),
    ("masked", lambda: f"支付宝账单里 银行卡(尾号{digits(4)}) 扣了两次"),
    ("masked", lambda: f"the log redacts it as card=[REDACTED] bin={digits(1)}***** last4={digits(4)} - good enough for PCI?"),
    ("version", lambda: f"Android {R.randrange(11, 16)} security patch {ymd()} - does it fix CVE-{R.randrange(2021, 2027)}-{digits(5)}?"),
    ("version", lambda: f"npm ERR! peer react@\"^{R.randrange(16, 19)}.{R.randrange(0, 3)}.0\" from react-dom@{R.randrange(16, 19)}.{R.randrange(0, 9)}.{R.randrange(0, 9)}"),
    ("version", lambda: f"iOS {R.randrange(16, 19)}.{R.randrange(0, 6)}.{R.randrange(1, 3)} (build {R.randrange(20, 23)}{letters(1)}{digits(3)}) broke Bluetooth pairing"),
    ("version", lambda: f"Kernel {R.randrange(5, 7)}.{R.randrange(1, 19)}.{R.randrange(0, 200)}-{R.randrange(1, 200)}-generic panic on boot"),
    ("version", lambda: f"CUDA {R.randrange(11, 13)}.{R.randrange(0, 9)} with driver {R.randrange(525, 580)}.{digits(2)}.{digits(2)} - compatible?"),
    ("hash", lambda: f"pip says hash mismatch: expected sha256:{hexs(64)}"),
    ("hash", lambda: f"bitcoin tx {hexs(64)} unconfirmed for 3 days, fee too low?"),
    ("hash", lambda: f"SRI integrity=\"sha384-{alnum(64, B64)}\" blocks my script"),
    ("hash", lambda: f"这个文件的 CRC32 是 {hexs(8).upper()}，和官网不一样"),
    ("hash", lambda: f"ETag \"{hexs(32)}-{R.randrange(2, 40)}\" on S3 multipart upload, how to verify?"),
    ("coords", lambda: f"what3words vs plus code {alnum(4, '23456789CFGHJMPQRVWX')}+{alnum(2, '23456789CFGHJMPQRVWX')} for the festival gate?"),
    ("coords", lambda: f"UTM zone {R.randrange(30, 52)}N {digits(6)} {digits(7)} to lat/long"),
    ("coords", lambda: f"{R.randrange(20, 60)}°{R.randrange(0, 60)}′{R.randrange(0, 60)}″N {R.randrange(0, 180)}°{R.randrange(0, 60)}′{R.randrange(0, 60)}″E 这个位置附近有什么景点"),
    ("date", lambda: f"the contract runs from {R.randrange(1, 28)}/{R.randrange(1, 13)}/{R.randrange(2024, 2027)} to {R.randrange(1, 28)}/{R.randrange(1, 13)}/{R.randrange(2027, 2030)}, how many working days?"),
    ("date", lambda: f"农历{R.choice(['正月', '三月', '八月', '腊月'])}十{R.choice('一二三四五')}对应{R.randrange(2025, 2028)}年公历哪天"),
    ("date", lambda: f"ISO week {R.randrange(2024, 2027)}-W{R.randrange(1, 53):02d}-{R.randrange(1, 8)} is which date?"),
    ("timestamp", lambda: f"Snowflake id {R.randrange(7, 9)}{digits(19)} - extract the timestamp"),
    ("timestamp", lambda: f"journalctl shows {R.choice(['Dec', 'Nov'])} {R.randrange(1, 29)} {hms()} host{R.randrange(1, 9)} sshd[{digits(5)}]: Connection closed by {ip10()} port {R.randrange(30000, 65000)}"),
    ("timestamp", lambda: f"filename backup_{ymd().replace('-', '')}_{hms().replace(':', '')}.tar.gz sorts wrong, naming tip?"),
    ("isbn", lambda: f"ISSN {digits(4)}-{digits(3)}{R.choice('0123456789X')} vs ISBN, which does a journal use?"),
    ("isbn", lambda: f"DOI 10.{digits(4)}/{letters(3).lower()}.{R.randrange(2015, 2027)}.{digits(5)} won't resolve"),
    ("invoice", lambda: f"Rechnung Nr. RE-{R.randrange(2024, 2027)}-{digits(5)}, Kundennummer K{digits(6)} - Mahnung auf Englisch?"),
    ("invoice", lambda: f"quote Q-{digits(5)} rev {R.randrange(2, 9)} vs invoice {R.randrange(2024, 2027)}/{digits(4)}: price changed, how to word it?"),
    ("invoice", lambda: f"报销单号 BX{ymd().replace('-', '')}{digits(4)} 被驳回，理由是附件不清晰"),
    ("invoice", lambda: f"GST invoice no. {letters(3)}/{R.randrange(24, 27)}-{R.randrange(25, 28)}/{digits(4)}, HSN {digits(4)} - is the format valid?"),
    ("sample", lambda: "Stripe docs say use the number shown in their testing page, but our QA typed 4242 4242 42 which is too short - why?"),
    ("sample", lambda: "IBAN example in our help text reads DEkk BBBB BBBB CCCC CCCC CC - is that the right notation?"),
    ("sample", lambda: "phone placeholder in the form is +XX XXX XXX XXXX, should it be localised?"),
    ("sample", lambda: "手机号输入框的占位符写成 1XX XXXX XXXX 合适吗"),
    ("sample", lambda: "Slack docs show xoxb-your-token-here in examples, is 'your-token-here' a real format?"),
    ("serial", lambda: f"VINs are 17 chars; ours shows {alnum(3)}{alnum(5)}{R.choice('0123456789X')}{letters(1)}{alnum(7)} - which digit is the check?"),
    ("serial", lambda: f"IMO {R.randrange(9100000, 9999999)} ship arrival at Felixstowe, where to look it up?"),
    ("serial", lambda: f"洗衣机型号 XQG{R.randrange(80, 120)}-{letters(2)}{digits(4)} 报错 E{R.randrange(1, 9)}{R.randrange(0, 9)}"),
    ("serial", lambda: f"NSN {digits(4)}-{digits(2)}-{digits(3)}-{digits(4)} for a spare part, what do the groups mean?"),
    ("serial", lambda: f"SKU {letters(2)}-{digits(4)}-{letters(1)}{R.randrange(10, 99)} barcode won't scan at the till"),
    ("log", lambda: f"Home Assistant: sensor.living_room_temp unavailable since {hms()}, zigbee IEEE 0x{hexs(16)}"),
    ("log", lambda: f"智能门锁App日志：{ymd()} {hms()} 设备ID {hexs(12).upper()} 固件 {R.randrange(1, 4)}.{R.randrange(0, 9)}.{digits(2)} 心跳超时"),
    ("log", lambda: f"postgres: FATAL: too many connections for role \"app\" (pid {digits(5)}, {ip10()}:{R.randrange(40000, 60000)})"),
    ("log", lambda: f"Teams call quality: jitter {R.randrange(10, 90)}ms, loss {R.randrange(1, 9)}.{digits(1)}%, relay {ip10()}:{R.randrange(3478, 3481)}"),
    ("log", lambda: f"AWS request id {hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}, account alias prod-eu, throttled at {R.randrange(100, 999)} rps"),
    ("misc", lambda: f"how many combinations for a {R.randrange(4, 9)}-digit PIN with no repeated digits?"),
    ("misc", lambda: f"calculate mortgage: £{R.randrange(150, 600)},000 over {R.randrange(20, 36)} years at {R.randrange(3, 7)}.{digits(2)}%"),
    ("misc", lambda: f"Excel: =TEXT({R.randrange(10000, 99999)}.{digits(4)},\"#,##0.00\") gives wrong separator in German locale"),
    ("misc", lambda: f"股票代码 {R.choice(['000001', '600036', '300750', '002594'])} 今天成交额 {R.randrange(10, 99)}.{digits(2)} 亿，换手率 {R.randrange(0, 9)}.{digits(2)}% 算高吗"),
    ("misc", lambda: f"port range {R.randrange(30000, 32000)}-{R.randrange(32000, 32768)} for NodePort, can I change it?"),
    ("misc", lambda: f"电费单户号后面那串 {letters(1)}{digits(4)}-{digits(3)} 是表号吗"),
    ("misc", lambda: f"ZIP {digits(5)}-{digits(4)} vs plain 5 digits for a US shipping label, does it matter?"),
]

for kind, make in NEGATIVES:
    negative(kind, make)
index = 0
while sum(1 for r in rows if r[0] == 0) < 140:
    kind, make = NEGATIVES[index % len(NEGATIVES)]
    index += 1
    seen = {r[2] for r in rows}
    for _ in range(5):
        text = make()
        if text not in seen and _negative_ok(text):
            add(0, kind, text)
            break

HEADER = [
    "# identifier-heldout-12.tsv - held-out identifier evaluation set for issue 15, generated by tools/identifier_heldout12.py (seed 20261207)",
    "# author: s22-author12, 2026-12-07",
    "# written from issue 15's policy text only; never run against the classifier; NEVER tune on the held-out files",
    "# format: label<TAB>kind<TAB>text; label 1 = sensitive, 0 = not sensitive; multi-line prompts carry a literal \\n;",
    "#   U+241E separates the parts of one value split across two messages; cf rows hold real Unicode format characters",
    "# regenerate / verify: python3 identifier_heldout12.py [--check]",
]


def render():
    return "\n".join(HEADER) + "\n" + "".join(f"{label}\t{kind}\t{text}\n" for label, kind, text in rows)


def main():
    text = render()
    if "--check" in sys.argv[1:]:
        try:
            with open(OUT, "rb") as f:
                same = f.read() == text.encode("utf-8")
        except FileNotFoundError:
            same = False
        print("identifier-heldout-12.tsv: " + ("regenerates byte-identically" if same else "DIFFERS from the generator"))
        return 0 if same else 1
    with open(OUT, "wb") as f:
        f.write(text.encode("utf-8"))
    pos = sum(1 for r in rows if r[0] == 1)
    print(f"wrote {len(rows)} rows ({pos} sensitive, {len(rows) - pos} not)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
