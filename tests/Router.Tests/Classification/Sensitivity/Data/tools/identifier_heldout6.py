#!/usr/bin/env python3
"""Generates identifier-heldout-6.tsv: the sixth independent HELD-OUT identifier set for issue 15.

Written by the i16-author6 author from the policy text of issue 15 only (items 1 and 2 and the adversarial spellings); it never
reads the detectors or any other data file. Every checksum is computed here: Luhn and IIN ranges for every card network, IBAN
mod-97 with per-country lengths, the GB 11643 (ISO 7064 MOD 11-2) check character of 18-digit resident IDs, SSN area/group/serial
rules. Numbers the text calls a card or a 身份证 get a WRONG check digit on purpose in some rows (the policy still calls them
sensitive). Negatives are number-heavy (orders, invoices, tracking, ISBN, timestamps, versions, hashes, UUIDs, prices,
coordinates, math), none called a card/ID/phone, and every 12-19 digit run in them is re-drawn until it FAILS Luhn.

A message boundary inside a row is written as U+241E (SYMBOL FOR RECORD SEPARATOR); the test passes each part as its own message.
A literal backslash-n is a line break. Usage: python3 identifier_heldout6.py [--seed N] [--out PATH] [--check]
Re-running with the same seed writes a byte-identical file.
"""
import argparse
import base64
import hashlib
import os
import random
import re
import string
import sys
import uuid

SEED = 20261216
MSG = "\u241e"

# ---------------------------------------------------------------- checksums

def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def gb11643_check(first17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * w for a, w in zip(first17, weights)) % 11]


def iban_check_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(country, bban):
    s = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_check_ok(iban)
    return iban


def ssn_ok(ssn):
    a, g, s = ssn.split("-")
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"

# ---------------------------------------------------------------- value makers

class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # Every network's published IIN ranges and lengths (issue 15 item 1).
    NETWORKS = {
        "Visa": (["4"], [13, 16, 19]),
        "Mastercard": ([str(p) for p in range(51, 56)] + ["2221", "2345", "2500", "2699", "2720"], [16]),
        "American Express": (["34", "37"], [15]),
        "Discover": (["6011", "644", "645", "646", "647", "648", "649", "65"], [16, 19]),
        "Diners Club": (["300", "301", "302", "303", "304", "305", "36", "38"], [14, 16]),
        "JCB": (["3528", "3540", "3566", "3589"], [16, 19]),
        "UnionPay": (["62", "8100", "8135", "8171"], [16, 17, 18, 19]),
        "Maestro": (["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763", "56", "57", "58", "69"], list(range(12, 20))),
        "Mir": (["2200", "2201", "2202", "2203", "2204"], [16, 17, 18, 19]),
        "RuPay": (["60", "6521", "6522", "508", "353", "356", "81", "82"], [16]),
        "Verve": (["506099", "506150", "506198", "650002", "650027", "507865", "507964"], [16, 18, 19]),
        "Troy": (["9792"], [16]),
    }

    def card(self, network):
        prefixes, lengths = self.NETWORKS[network]
        p = self.r.choice(prefixes)
        n = self.r.choice(lengths)
        return luhn_complete(p + self.digits(n - len(p) - 1))

    def card_unknown_prefix(self):
        """A 12-19 digit number outside every IIN range (starting 1, 7 or 90-97), valid or invalid Luhn."""
        n = self.r.randint(12, 19)
        p = self.r.choice(["1", "7", "90", "93", "95", "97"])
        body = p + self.digits(n - len(p) - 1)
        return luhn_complete(body) if self.r.random() < 0.5 else self.bad_luhn(body)

    def bad_luhn(self, body):
        good = luhn_complete(body)
        return good[:-1] + str((int(good[-1]) + self.r.randint(1, 9)) % 10)

    def card_wrong_check(self, network):
        good = self.card(network)
        return good[:-1] + str((int(good[-1]) + self.r.randint(1, 9)) % 10)

    def group(self, d, sep=" "):
        if len(d) == 15:
            return sep.join([d[:4], d[4:10], d[10:]])
        if len(d) == 14:
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join(d[i:i + 4] for i in range(0, len(d), 4))

    def fmt_card(self, d):
        style = self.r.choice(["plain", "space", "dash", "space"])
        if style == "plain":
            return d
        return self.group(d, " " if style == "space" else "-")

    REGIONS = ["110105", "110108", "310104", "310115", "440305", "440106", "510107", "330106", "420111", "320102", "610113",
               "500103", "370102", "350203", "650102", "540102", "230103", "130102"]

    def cn_id(self, valid=True):
        region = self.r.choice(self.REGIONS)
        year = self.r.randint(1940, 2008)
        month = self.r.randint(1, 12)
        day = self.r.randint(1, 28)
        first17 = f"{region}{year}{month:02d}{day:02d}{self.digits(3)}"
        check = gb11643_check(first17)
        if not valid:
            check = self.r.choice([c for c in "0123456789X" if c != check])
        return first17 + check

    def cn_id15(self):
        region = self.r.choice(self.REGIONS)
        return f"{region}{self.r.randint(40, 89)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}{self.digits(3)}"

    def ssn(self):
        while True:
            area = self.r.randint(1, 899)
            if area == 666:
                continue
            s = f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
            assert ssn_ok(s)
            return s

    # Per-country IBAN lengths and BBAN shapes (n = digits, a = upper letters, c = alphanumerics).
    IBAN_SHAPES = {"DE": "18n", "GB": "4a14n", "FR": "23n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "BE": "12n",
                   "PL": "24n", "TR": "5n1n16c", "PT": "21n", "CH": "5n12c", "AT": "16n", "SE": "20n", "NO": "11n",
                   "IE": "4a14n", "SA": "2n18c", "AE": "3n16n", "BR": "23n1a1c", "DK": "14n", "FI": "14n"}
    IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "PL": 28, "TR": 26, "PT": 25,
                    "CH": 21, "AT": 20, "SE": 24, "NO": 15, "IE": 22, "SA": 24, "AE": 23, "BR": 29, "DK": 18, "FI": 18}

    def iban(self, country):
        bban = ""
        for count, kind in re.findall(r"(\d+)([nac])", self.IBAN_SHAPES[country]):
            alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
            bban += "".join(self.r.choice(alphabet) for _ in range(int(count)))
        value = iban_make(country, bban)
        assert len(value) == self.IBAN_LENGTHS[country], (country, value)
        return value

    def fmt_iban(self, v):
        return v if self.r.random() < 0.4 else " ".join(v[i:i + 4] for i in range(0, len(v), 4))

    def phone(self, country):
        d = self.digits
        r = self.r
        if country == "US":
            return f"({r.choice(['212', '415', '617', '312', '713', '206', '404'])}) {r.randint(200, 999)}-{d(4)}"
        if country == "UK":
            return f"07{r.choice(['700', '711', '802', '931', '456'])} {d(6)}"
        if country == "CN":
            # Allocated mainland mobile prefixes only.
            p = r.choice(["13" + d(1), "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "170", "173", "175",
                          "176", "177", "178", "18" + d(1), "191", "193", "195", "196", "197", "198", "199"])
            return f"{p} {d(4)} {d(4)}" if r.random() < 0.5 else f"{p}{d(8)}"
        if country == "DE":
            return f"+49 {r.choice(['151', '160', '176', '172'])} {d(8)}"
        if country == "FR":
            return f"0{r.choice('67')} " + " ".join(d(2) for _ in range(4))
        if country == "IN":
            return f"+91 {r.choice('9876')}{d(4)} {d(5)}"
        if country == "JP":
            return f"0{r.choice(['90', '80', '70'])}-{d(4)}-{d(4)}"
        if country == "BR":
            return f"(11) 9{d(4)}-{d(4)}"
        if country == "AU":
            return f"04{d(2)} {d(3)} {d(3)}"
        if country == "HK":
            return f"{r.choice('569')}{d(3)} {d(4)}"
        raise KeyError(country)

    def local_phone(self):
        n = self.r.choice([7, 8, 9])
        raw = self.r.choice("2345689") + self.digits(n - 1)
        style = self.r.random()
        if style < 0.4:
            return raw
        if n == 7:
            return raw[:3] + "-" + raw[3:]
        if n == 8:
            return raw[:4] + " " + raw[4:]
        return raw[:3] + " " + raw[3:6] + " " + raw[6:]

    def licence(self):
        r, d = self.r, self.digits
        return r.choice([
            lambda: f"{r.choice(string.ascii_uppercase)}{d(3)}-{d(4)}-{d(4)}",              # IL / similar
            lambda: f"{r.choice(string.ascii_uppercase)}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}",  # FL
            lambda: f"{r.choice(string.ascii_uppercase)}{d(2)}-{d(2)}-{d(4)}",                 # NJ-like short
            lambda: f"{d(3)}-{d(3)}-{d(3)}",                                                   # NY
            lambda: f"{r.choice(string.ascii_uppercase)}{d(4)}-{d(5)}-{d(5)}",                 # NJ
            lambda: f"{r.choice(string.ascii_uppercase)}-{d(3)}-{d(3)}-{d(3)}-{d(3)}",         # MD
        ])()

    def passport(self):
        r, d = self.r, self.digits
        return r.choice([
            lambda: d(9),                                           # US / UK
            lambda: "E" + d(8),                                     # CN
            lambda: "EA" + d(7),                                    # CN
            lambda: r.choice("CFGHJK") + self.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789"),  # DE
            lambda: r.choice("JKLMNPRSTUVWZ") + d(7),              # IN
            lambda: "T" + d(8),                                     # JP-like
        ])()

    def b64(self, n):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()

    def b64url(self, n):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode().rstrip("=")

    def key(self, vendor):
        a = self.alnum
        up = string.ascii_uppercase + string.digits
        if vendor == "aws":
            return "AKIA" + a(16, up)
        if vendor == "aws-secret":
            return a(40, string.ascii_letters + string.digits + "/+")
        if vendor == "github":
            return "ghp_" + a(36)
        if vendor == "github-pat":
            return "github_pat_" + a(22) + "_" + a(59)
        if vendor == "stripe":
            return self.r.choice(["sk_live_", "rk_live_"]) + a(self.r.choice([24, 34, 99]))
        if vendor == "slack":
            return f"{self.r.choice(['xoxb', 'xoxp'])}-{self.digits(12)}-{self.digits(13)}-{a(24)}"
        if vendor == "slack-webhook":
            return f"https://hooks.slack.com/services/T{a(8, up)}/B{a(10, up)}/{a(24)}"
        if vendor == "google":
            return "AIza" + a(35, string.ascii_letters + string.digits + "-_")
        if vendor == "openai":
            return self.r.choice(["sk-proj-" + a(48, string.ascii_letters + string.digits + "-_") + "T3BlbkFJ" + a(40),
                                  "sk-" + a(20) + "T3BlbkFJ" + a(20)])
        if vendor == "azure":
            return (f"DefaultEndpointsProtocol=https;AccountName={a(10, string.ascii_lowercase + string.digits)};"
                    f"AccountKey={self.b64(64)};EndpointSuffix=core.windows.net")
        if vendor == "jwt":
            head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = base64.urlsafe_b64encode(
                ('{"sub":"%s","name":"user%s","iat":%d}' % (self.digits(8), self.digits(3), 1760000000 + self.r.randint(0, 9999999))).encode()
            ).decode().rstrip("=")
            return f"{head}.{body}.{self.b64url(32)}"
        if vendor == "pem":
            kind = self.r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
            lines = "\\n".join(self.b64(48) for _ in range(4))
            return f"-----BEGIN {kind}-----\\n{lines}\\n-----END {kind}-----"
        raise KeyError(vendor)

    # -------------------------------------------------------- negatives (every 12-19 digit run fails Luhn)

    def no_luhn(self, make):
        for _ in range(1000):
            v = make()
            if all_runs_fail_luhn(v):
                return v
        raise AssertionError("could not draw a Luhn-failing value")


def digit_runs(text):
    """Contiguous digit runs and runs joined by single spaces, dashes or dots (what a card reader would join)."""
    runs = re.findall(r"\d+", text)
    runs += [re.sub(r"\D", "", m) for m in re.findall(r"\d+(?:[ .\-]\d+)+", text)]
    return runs


def all_runs_fail_luhn(text):
    return all(not (12 <= len(r) <= 19 and luhn_ok(r)) for r in digit_runs(text))

# ---------------------------------------------------------------- adversarial spellings

CF_CHARS = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u200e", "\u200f", "\u2063", "\u2062", "\u180e",
            "\u202a", "\u202c", "\u206b", "\ufff9", "\U000e0020", "\U000e0031", "\u061c"]
ND_ZEROS = {"Arabic-Indic": 0x0660, "Extended Arabic-Indic": 0x06F0, "Devanagari": 0x0966, "Bengali": 0x09E6,
            "Gujarati": 0x0AE6, "Tamil": 0x0BE6, "Thai": 0x0E50, "Myanmar": 0x1040, "Khmer": 0x17E0,
            "Mathematical bold": 0x1D7CE, "Mathematical monospace": 0x1D7F6, "Osmanya": 0x104A0, "Adlam": 0x1E950}


def nd(text, zero):
    return "".join(chr(zero + int(c)) if c.isdigit() and c.isascii() else c for c in text)


def fullwidth(text):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() and c.isascii() else ("\uff0d" if c == "-" else c) for c in text)


def sprinkle(g, value, chars, every=None):
    out = []
    for i, c in enumerate(value):
        out.append(c)
        if i < len(value) - 1 and (every is None and g.r.random() < 0.35 or every and (i + 1) % every == 0):
            out.append(g.r.choice(chars))
    return "".join(out)

# ---------------------------------------------------------------- rows

def build(seed):
    g = Gen(seed)
    r = g.r
    rows = []

    def add(label, kind, text):
        assert "\t" not in text and "\n" not in text and "\r" not in text, text
        rows.append((label, kind, text))

    # ---- cards of every network (Luhn + IIN); some called a card, some only in payment context
    card_en = [
        "Please charge the deposit to {v} and email me the receipt.",
        "My {n} is {v}, expiry 08/29 — can you book the room?",
        "The refund should go back to the card ending {last}, full number {v}.",
        "Payment details for the invoice: {n} {v}, name as on account.",
        "Summarise this ticket: customer pasted {v} in the chat and asked why it was declined.",
        "Use {v} for the team lunch order, it's the office {n}.",
    ]
    card_zh = [
        "帮我查一下这张卡 {v} 的年费怎么收。",
        "订酒店用的是 {n} 卡，卡号 {v}，有效期 09/28。",
        "客服让我提供卡号：{v}，帮我写条回复。",
        "这笔退款请退回到 {v}，谢谢。",
        "我妈的{n}卡号是{v}，帮她挂失要准备什么？",
        "付款方式：{n} {v}，请在今天内扣款。",
    ]
    networks = list(Gen.NETWORKS)
    for i in range(26):
        net = networks[i % len(networks)]
        v = g.card(net)
        text = (card_en if i % 2 == 0 else card_zh)[(i // 2) % 6]
        add(1, "card", text.format(v=g.fmt_card(v), n=net, last=v[-4:]))

    # ---- numbers the text calls a card: unknown prefix or wrong check digit (policy: still a card)
    called_en = ["My card number is {v}, please update the subscription.", "card no. {v} — can you check the pending charge?",
                 "The debit card {v} was swallowed by the ATM this morning.", "Credit card: {v} (it's a store card from my local shop)."]
    called_zh = ["我的银行卡号是 {v}，帮我看看为什么转账失败。", "信用卡 {v} 这个月账单不对。",
                 "借记卡：{v}，麻烦帮我查询余额。", "卡号{v}，开户行是农商行。"]
    for i in range(12):
        v = g.card_unknown_prefix() if i % 2 == 0 else g.card_wrong_check(r.choice(networks))
        add(1, "card-called", (called_en if i % 2 == 0 else called_zh)[(i // 2) % 4].format(v=g.fmt_card(v)))

    # ---- 身份证: valid 18-digit, wrong check digit after a label, 15-digit first-generation
    id_valid = ["身份证号：{v}，请核对姓名。", "帮我把这个身份证号码 {v} 填到表格里。", "My Chinese ID number is {v}, do I need it for the visa form?",
                "公民身份号码 {v}", "The tenant's resident ID: {v}.", "报名信息：身份证 {v}，手机号稍后补。"]
    for i in range(8):
        add(1, "cn-id", id_valid[i % len(id_valid)].format(v=g.cn_id(True)))
    id_wrong = ["身份证号码：{v}（客户说是这个）", "请核验身份证 {v} 是否已实名。", "ID card (身份证) number {v}, please fill it in.",
                "我的身份证是{v}，帮我看看哪里填错了。", "身份证号 {v}，户籍地 北京。", "居民身份证：{v}"]
    for i in range(8):
        add(1, "cn-id-labelled", id_wrong[i % len(id_wrong)].format(v=g.cn_id(False)))
    for i, t in enumerate(["老身份证号 {v}，还是一代证。", "身份证（15位）：{v}", "His old 15-digit 身份证 number is {v}."]):
        add(1, "cn-id-labelled", t.format(v=g.cn_id15()))

    # ---- SSN
    ssn_t = ["My SSN is {v}, can you fill in the W-9?", "social security number {v} — employee onboarding",
             "SSN: {v}; DOB on file.", "帮我把这位美国员工的社保号 SSN {v} 填进表格。", "Her social security no. is {v}.",
             "Tax form line 3 (SSN): {v}", "The applicant's Social Security Number, {v}, is missing from the PDF."]
    for i, t in enumerate(ssn_t):
        v = g.ssn()
        add(1, "ssn", t.format(v=v if i % 3 else v.replace("-", " ")))

    # ---- IBAN
    countries = ["DE", "GB", "FR", "ES", "IT", "NL", "PL", "TR", "PT", "CH", "BE", "SA", "AE", "BR", "NO", "IE"]
    iban_t = ["Please wire the refund to IBAN {v}.", "收款账户 IBAN：{v}，请尽快付款。", "Bank details: {v} (BIC on request).",
              "Überweisung bitte an {v}, danke.", "帮我把这个 IBAN {v} 写进发票。", "IBAN {v} — account holder is my landlord."]
    for i in range(10):
        add(1, "iban", iban_t[i % len(iban_t)].format(v=g.fmt_iban(g.iban(countries[i % len(countries)]))))

    # ---- phones in national formats
    phone_countries = ["US", "UK", "CN", "DE", "FR", "IN", "JP", "BR", "AU", "HK"]
    phone_t = ["Call me at {v} after six.", "我的手机号是 {v}，快递到了打我电话。", "Contact number: {v}",
               "联系方式：{v}（微信同号）", "You can text me on {v} if the meeting moves.", "电话 {v}，请找王先生。"]
    for i, c in enumerate(phone_countries):
        add(1, "phone", phone_t[i % len(phone_t)].format(v=g.phone(c)))

    # ---- local 7-9 digit phones after context words
    local_t = ["Send messages to {v} please, my other phone is broken.", "My registered number is {v}.",
               "Text me at {v} when you're outside.", "请发短信到 {v}，我在开会。", "注册手机是 {v}。",
               "Reach me on {v} any time before 9.", "call/whatsapp {v}", "联系电话：{v}（本地座机）", "WhatsApp me on {v}."]
    for i, t in enumerate(local_t):
        add(1, "phone-local", t.format(v=g.local_phone()))

    # ---- dashed driver's licences and passports
    lic_t = ["My driver's licence number is {v}.", "DL# {v} — expires next year.", "驾照号码（美国）：{v}",
             "Driver license: {v}, state of issue IL.", "Please copy my driving licence no. {v} into the rental form.",
             "租车需要驾照号：{v}"]
    for t in lic_t:
        add(1, "licence", t.format(v=g.licence()))
    pass_t = ["Passport number: {v}", "护照号 {v}，有效期到 2031 年。", "My passport no. is {v}, nationality Indian.",
              "请用护照 {v} 帮我订机票。", "Passport {v} was issued in Munich.", "旅客护照号码：{v}"]
    for t in pass_t:
        add(1, "passport", t.format(v=g.passport()))

    # ---- vendor keys
    key_t = [("aws", "Why does boto3 fail with key {v}?"), ("aws-secret", "aws_secret_access_key = {v}"),
             ("github", "git clone https://{v}@github.com/acme/internal.git fails, why?"),
             ("github-pat", "帮我看看这个 token 权限：{v}"), ("stripe", "STRIPE_KEY={v} in .env — is that the right one?"),
             ("slack", "Our bot token is {v}, why does chat.postMessage 401?"),
             ("slack-webhook", "curl -X POST {v} -d '{{\"text\":\"hi\"}}' returns 404"),
             ("google", "Maps key: {v} — restrict it to our domain?"), ("openai", "OPENAI_API_KEY={v}"),
             ("openai", "这个 key 还能用吗：{v}"), ("azure", "连接字符串：{v}"),
             ("azure", "Fix my appsettings.json: \"Storage\": \"{v}\""), ("jwt", "Decode this token for me: {v}"),
             ("jwt", "Authorization: Bearer {v}"), ("pem", "Why won't ssh accept this key?\\n{v}"),
             ("pem", "帮我把这个私钥转成 PKCS8：\\n{v}")]
    for vendor, t in key_t:
        add(1, "key", t.format(v=g.key(vendor)))

    # ---- adversarial spellings (new variants of every class)
    # glued to Latin letters or other words (content parts joined without a separator)
    glued = [lambda: f"hello{g.cn_id()}", lambda: f"mycard{g.card('Visa')}thanks", lambda: f"key{g.key('aws')}",
             lambda: f"ref:x{g.card('Mir')}y", lambda: f"idnumber{g.cn_id()}ok", lambda: f"my id is{g.cn_id()}",
             lambda: f"ssn{g.ssn()}end", lambda: f"pay with{g.card('UnionPay')}", lambda: f"IBAN{g.iban('DE')}EUR",
             lambda: f"tel{g.phone('CN').replace(' ', '')}call"]
    for i, f in enumerate(glued):
        add(1, "adv-glued", ("Please process: " if i % 2 == 0 else "帮我处理：") + f())

    # Unicode format characters (Cf) inside the value
    cf_values = [lambda: g.card("Visa"), lambda: g.cn_id(), lambda: g.card("Mastercard"), lambda: g.key("aws"),
                 lambda: g.ssn(), lambda: g.phone("CN").replace(" ", ""), lambda: g.card("Troy"), lambda: g.iban("GB"),
                 lambda: g.key("github"), lambda: g.card("JCB")]
    cf_t = ["card {v}", "身份证 {v}", "my card: {v}", "key {v}", "SSN {v}", "手机 {v}", "kart {v}", "IBAN {v}", "token {v}", "卡号 {v}"]
    for i, (f, t) in enumerate(zip(cf_values, cf_t)):
        chars = CF_CHARS[(i * 2) % len(CF_CHARS):(i * 2) % len(CF_CHARS) + 3]
        add(1, "adv-cf", t.format(v=sprinkle(g, f(), chars, every=None if i % 2 else 4)))

    # one identifier split across two (or three) messages
    split_vals = [("card", g.card("Visa")), ("身份证", g.cn_id()), ("card", g.card("Maestro")), ("key", g.key("openai")),
                  ("手机", g.phone("CN").replace(" ", "")), ("IBAN", g.iban("FR")), ("card", g.card("RuPay")), ("身份证", g.cn_id())]
    for i, (label, v) in enumerate(split_vals):
        cut = len(v) // 2 + r.randint(-2, 2)
        if i % 3 == 2:
            a, b = len(v) // 3, 2 * len(v) // 3
            parts = [f"{label}: {v[:a]}", v[a:b], v[b:]]
        else:
            parts = [f"my {label} is {v[:cut]}" if label.isascii() else f"我的{label}是 {v[:cut]}", v[cut:]]
        add(1, "adv-split-msg", MSG.join(parts))

    # split by newlines
    for i, (label, v) in enumerate([("card", g.card("Discover")), ("身份证", g.cn_id()), ("card", g.card("UnionPay")),
                                    ("SSN", g.ssn()), ("card", g.card("Verve"))]):
        pieces = [v[j:j + 4] for j in range(0, len(v), 4)] if i % 2 == 0 else [v[:6], v[6:14], v[14:]]
        pieces = [p for p in pieces if p]
        add(1, "adv-split-line", f"{label}:\\n" + "\\n".join(pieces))

    # dots, dashes, slashes, underscores, middle dots, spaced single digits
    seps = [".", "-", "/", "_", "·", " . ", "~", "–", "|", " "]
    dot_vals = [lambda: g.card("Visa"), lambda: g.cn_id(), lambda: g.card("Mir"), lambda: g.card("American Express"),
                lambda: g.cn_id(), lambda: g.card("UnionPay"), lambda: g.phone("CN").replace(" ", ""), lambda: g.card("Diners Club"),
                lambda: g.card("Mastercard"), lambda: g.card("Visa")]
    dot_t = ["card {v}", "身份证号 {v}", "my card {v}", "amex {v}", "证件号：{v}", "银行卡 {v}", "手机 {v}", "card# {v}",
             "pay with {v}", "card {v}"]
    for i, (f, t, sep) in enumerate(zip(dot_vals, dot_t, seps)):
        v = f()
        if i == 9:
            spelled = " ".join(v)
        elif "身份证" in t or "证件" in t:
            spelled = sep.join([v[:6], v[6:14], v[14:]])
        else:
            spelled = sep.join(v[j:j + 4] for j in range(0, len(v), 4))
        add(1, "adv-dots", t.format(v=spelled))

    # base64 blocks holding an identifier
    b64_payloads = [f"card {g.card('Visa')} exp 11/29", f"身份证号 {g.cn_id()}", f'{{"ssn":"{g.ssn()}"}}',
                    f"AWS_ACCESS_KEY_ID={g.key('aws')}", f"iban={g.iban('NL')}", f"卡号{g.card('UnionPay')}",
                    f"phone {g.phone('UK')}"]
    b64_t = ["Decode and summarise: {v}", "这段是什么意思：{v}", "payload={v}", "data:text/plain;base64,{v}",
             "Please translate the attachment: {v}", "{v}", "ticket note (base64): {v}"]
    for i, (p, t) in enumerate(zip(b64_payloads, b64_t)):
        enc = base64.b64encode(p.encode()).decode()
        if i == 2:
            enc = base64.urlsafe_b64encode(p.encode()).decode().rstrip("=")
        add(1, "adv-base64", t.format(v=enc))

    # Unicode decimal digits (Nd) of other scripts, and mixed scripts in one number
    nd_vals = [("card", lambda: g.fmt_card(g.card("Visa"))), ("身份证", g.cn_id), ("SSN", g.ssn),
               ("card", lambda: g.fmt_card(g.card("Mastercard"))), ("手机", lambda: g.phone("CN")),
               ("card", lambda: g.card("UnionPay")), ("IBAN", lambda: g.iban("DE")), ("card", lambda: g.card("Mir")),
               ("身份证", g.cn_id), ("card", lambda: g.card("JCB"))]
    scripts = list(ND_ZEROS)
    for i, (label, f) in enumerate(nd_vals):
        v = f()
        if i == 9:
            zeros = [ND_ZEROS["Devanagari"], ND_ZEROS["Arabic-Indic"], ND_ZEROS["Thai"]]
            spelled = "".join(chr(zeros[j % 3] + int(c)) if c.isdigit() else c for j, c in enumerate(v))
        else:
            spelled = nd(v, ND_ZEROS[scripts[i % len(scripts)]])
        add(1, "adv-nd", f"{label} {spelled}" if label.isascii() else f"{label}：{spelled}")

    # full-width digits (and ideographic spaces), plus NFKC-compatible digit forms
    fw_vals = [("信用卡号", lambda: g.group(g.card("UnionPay"), "\u3000")), ("身份证", g.cn_id), ("手机", lambda: g.phone("CN")),
               ("card", lambda: g.fmt_card(g.card("Visa"))), ("SSN", g.ssn), ("卡号", lambda: g.card("Mir"))]
    for label, f in fw_vals:
        add(1, "adv-fullwidth", f"{label}：{fullwidth(f())}")
    circled = "".join("⓪①②③④⑤⑥⑦⑧⑨"[int(c)] for c in g.card("Visa"))
    add(1, "adv-fullwidth", f"card {circled}")
    superscript = "".join("⁰¹²³⁴⁵⁶⁷⁸⁹"[int(c)] if c.isdigit() else c for c in g.cn_id())
    add(1, "adv-fullwidth", f"身份证 {superscript}")

    # ---------------------------------------------------------------- negatives
    neg = lambda kind, make: add(0, kind, g.no_luhn(make))
    for i in range(9):
        neg("order", lambda: r.choice([
            lambda: f"Where is my order #{g.digits(3)}-{g.digits(7)}-{g.digits(7)}? It says dispatched.",
            lambda: f"订单号 {g.digits(19)}，一直显示待发货，怎么催？",
            lambda: f"Order {g.digits(16)} arrived damaged, how do I return it?",
            lambda: f"帮我写个催单消息，订单编号：{g.digits(4)}{g.digits(4)}{g.digits(4)}{g.digits(4)}",
            lambda: f"Cancel order no. {g.digits(13)} and reorder the blue one.",
        ])())
    for i in range(9):
        neg("invoice", lambda: r.choice([
            lambda: f"Invoice INV-{r.randint(2024, 2026)}-{g.digits(6)} is overdue by 12 days, draft a reminder.",
            lambda: f"发票代码 {g.digits(12)}，发票号码 {g.digits(8)}，帮我核对金额。",
            lambda: f"Reconcile invoice {g.digits(14)} against PO {g.digits(10)}.",
            lambda: f"电子发票号码 {g.digits(20)}，开票日期 2026-11-03，请报销。",
        ])())
    for i in range(9):
        neg("tracking", lambda: r.choice([
            lambda: f"Track my parcel: 1Z{g.alnum(6, string.ascii_uppercase + string.digits)}{g.digits(10)}",
            lambda: f"USPS tracking {g.digits(22)} hasn't moved in a week.",
            lambda: f"顺丰单号 SF{g.digits(13)}，帮我查一下到哪了。",
            lambda: f"快递单号 YT{g.digits(13)}，显示已签收但我没收到。",
            lambda: f"DHL waybill {g.digits(10)} — customs hold, what now?",
            lambda: f"中通快递 {g.digits(14)} 派送异常怎么办？",
        ])())
    for i in range(8):
        def isbn():
            body = "978" + g.digits(9)
            check = (10 - sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(body)) % 10) % 10
            v = body + str(check)
            return r.choice([f"Is ISBN {v} the paperback or the hardcover?",
                             f"ISBN {v[:3]}-{v[3]}-{v[4:8]}-{v[8:12]}-{v[12]} 这本书有电子版吗？",
                             f"Cite the book with ISBN-13 {v} in APA style.",
                             f"图书馆查到 ISBN {v}，帮我写一段推荐语。"])
        neg("isbn", isbn)
    for i in range(9):
        neg("timestamp", lambda: r.choice([
            lambda: f"Convert the epoch millis {1700000000000 + r.randint(0, 99999999999)} to UTC.",
            lambda: f"日志时间戳 {1700000000 + r.randint(0, 99999999)}{g.digits(3)} 对应北京时间几点？",
            lambda: f"Why does the log show {r.randint(2024, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d} as the build id?",
            lambda: f"Parse this: ts={1700000000 + r.randint(0, 99999999)}.{g.digits(6)} level=INFO",
        ])())
    for i in range(9):
        neg("version", lambda: r.choice([
            lambda: f"Upgrade from 10.0.{r.randint(19041, 26100)}.{r.randint(1000, 9999)} to the latest build?",
            lambda: f"版本号 {r.randint(1, 20)}.{r.randint(0, 99)}.{r.randint(0, 999)}.{r.randint(10000, 99999)} 有什么已知问题？",
            lambda: f"Chrome {r.randint(120, 140)}.0.{r.randint(6000, 7999)}.{r.randint(10, 299)} crashes on start.",
            lambda: f"Pin the package to {r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}-rc.{r.randint(1, 9)}+build.{g.digits(8)}",
        ])())
    for i in range(9):
        neg("hash", lambda: r.choice([
            lambda: f"git revert {hashlib.sha1(g.digits(8).encode()).hexdigest()} broke the build, why?",
            lambda: f"SHA-256 是 {hashlib.sha256(g.digits(8).encode()).hexdigest()}，和官网对不上。",
            lambda: f"md5 {hashlib.md5(g.digits(8).encode()).hexdigest()} — is this file corrupted?",
            lambda: f"Docker image digest sha256:{hashlib.sha256(g.digits(9).encode()).hexdigest()}",
        ])())
    for i in range(9):
        neg("uuid", lambda: r.choice([
            lambda: f"Request id {uuid.UUID(int=r.getrandbits(128), version=4)} failed with 500.",
            lambda: f"这个 trace id {uuid.UUID(int=r.getrandbits(128), version=4)} 怎么在日志里查？",
            lambda: f"SELECT * FROM jobs WHERE id = '{uuid.UUID(int=r.getrandbits(128), version=4)}';",
        ])())
    for i in range(9):
        neg("price", lambda: r.choice([
            lambda: f"Total was ${r.randint(1000, 99999):,}.{g.digits(2)} incl. tax — split it between 3 people.",
            lambda: f"这台电脑 ¥{r.randint(3000, 29999):,}.00，分 12 期每期多少？",
            lambda: f"Budget line: €{r.randint(100000, 9999999):,} for 2027, €{r.randint(100000, 9999999):,} for 2028 — growth rate?",
            lambda: f"房价 {r.randint(200, 999)} 万，首付三成，贷款 30 年，月供多少？",
        ])())
    for i in range(9):
        neg("coordinate", lambda: r.choice([
            lambda: f"What's at {r.uniform(-60, 60):.6f}, {r.uniform(-170, 170):.6f}?",
            lambda: f"坐标 {r.uniform(20, 45):.7f},{r.uniform(100, 125):.7f} 是哪里？",
            lambda: f"Distance between ({r.uniform(40, 55):.5f}, {r.uniform(-5, 15):.5f}) and ({r.uniform(40, 55):.5f}, {r.uniform(-5, 15):.5f})?",
        ])())
    for i in range(9):
        neg("math", lambda: r.choice([
            lambda: f"What is {g.digits(7)} × {g.digits(6)}?",
            lambda: f"计算 {g.digits(13)} 除以 {r.randint(3, 97)} 的余数。",
            lambda: f"Is {g.digits(15)} divisible by 7? Show the steps.",
            lambda: f"2 的 {r.randint(40, 60)} 次方是多少？结果 {2 ** r.randint(40, 60)} 对吗？",
            lambda: f"Sum the series: {g.digits(4)} + {g.digits(4)} + {g.digits(4)} + {g.digits(4)}",
        ])())
    return rows


HEADER = """# identifier-heldout-6.tsv: a sixth independent HELD-OUT set for identifiers (issue 15). Generated by
# tools/identifier_heldout6.py (seed {seed}; every checksum computed there) on 2026-12-06 by the i16-author6 author from the
# policy text of issue 15 only (items 1 and 2, its identifier kinds and adversarial spellings). The author read neither src/,
# docs/, the notes nor any other data file's rows, and never ran the classifier on these lines. NEVER tune on it.
# Labelling: 1 = a card (Luhn + IIN range of any network incl. Mir, RuPay, Verve, Troy, UnionPay 62/81, Maestro 12-19; or any
# 12-19 digit number the text calls a card, unknown prefix or wrong check digit), 身份证 (18 digits GB 11643; wrong-check and
# 15-digit numbers after a 身份证 label), SSN, IBAN (mod-97, per-country length), phones in national formats or 7-9 digits after
# context words, dashed driver's licences, passports, vendor keys (AWS, GitHub, Stripe, Slack, Google, OpenAI, Azure, JWT, PEM),
# and new variants of every adversarial spelling (glued letters, Cf characters incl. tags/bidi/invisible operators, split across
# messages and lines, dots/slashes/middle dots/spaced digits, base64/base64url, Nd digits of 13 scripts and mixed, full-width,
# circled and superscript digits). 0 = order, invoice, tracking, ISBN, timestamp, version, hash, UUID, price, coordinate and
# math numbers, none called a card/ID/phone, every 12-19 digit run (also joined by spaces, dashes or dots) failing Luhn.
# Columns: label <TAB> kind <TAB> text; a literal \\n is a line break; U+241E separates messages (each part is its own message).
"""


def check(rows):
    problems = 0
    for label, kind, text in rows:
        if label == 0 and not all_runs_fail_luhn(text):
            problems += 1
            print("negative passes Luhn:", kind, file=sys.stderr)
    pos = sum(1 for r in rows if r[0] == 1)
    print(f"{len(rows)} rows, {pos} sensitive ({pos / len(rows):.2f}), {len(rows) - pos} negative; problems {problems}")
    return problems == 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "identifier-heldout-6.tsv"))
    ap.add_argument("--check", action="store_true", help="only verify, do not write")
    args = ap.parse_args()
    rows = build(args.seed)
    ok = check(rows)
    if not ok:
        sys.exit(1)
    if not args.check:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(HEADER.format(seed=args.seed))
            for label, kind, text in rows:
                f.write(f"{label}\t{kind}\t{text}\n")


if __name__ == "__main__":
    main()
