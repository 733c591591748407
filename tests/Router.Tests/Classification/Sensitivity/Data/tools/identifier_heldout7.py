#!/usr/bin/env python3
"""Generates ../identifier-heldout-7.tsv, the seventh independent HELD-OUT identifier set (issue 15).

Written by the s17-author7 author from the policy text of issue 15 only (items 1 and 2, its identifier kinds and its adversarial
spellings); the author read neither src/, docs/, the notes nor any other data file's rows or generator, and never ran the classifier
on the output. Every checksum is computed here: Luhn and IIN ranges of every network, IBAN mod-97 with per-country lengths, GB 11643
for 身份证, SSN area rules, ICAO 9303 MRZ check digits, ISBN-10/13 and UPU S10 check digits for the negatives. Seeded: re-running it
rewrites the same file byte for byte.

Usage: python3 identifier_heldout7.py [--check]   (--check regenerates in memory and fails if the file on disk differs)
"""
import base64
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261217
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'identifier-heldout-7.tsv')
R = random.Random(SEED)
MSG = '\u241E'  # message boundary: each part is sent as its own message

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


def luhn_complete(body):
    for d in '0123456789':
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


# Published IIN ranges; length lists per network.
NETWORKS = {
    'visa': ([('4',)], [16]),
    'visa13': ([('4',)], [13]),
    'visa19': ([('4',)], [19]),
    'mastercard': ([(str(p),) for p in range(51, 56)], [16]),
    'mastercard2': ([(str(p),) for p in range(2221, 2721)], [16]),
    'amex': ([('34',), ('37',)], [15]),
    'discover': ([('6011',), ('65',)] + [(str(p),) for p in range(644, 650)], [16, 19]),
    'diners': ([(str(p),) for p in range(300, 306)] + [('36',), ('38',)], [14]),
    'jcb': ([(str(p),) for p in range(3528, 3590)], [16]),
    'unionpay62': ([('62',)], [16, 17, 18, 19]),
    'unionpay81': ([('81',)], [16]),
    'mir': ([(str(p),) for p in range(2200, 2205)], [16]),
    'rupay': ([('60',), ('652',), ('81',), ('82',), ('508',)], [16]),
    'verve': ([('506099',), ('5061',), ('650002',)], [16, 19]),
    'troy': ([('9792',)], [16]),
    'maestro': ([('5018',), ('5020',), ('5038',), ('5893',), ('6304',), ('6759',), ('6761',), ('6762',), ('6763',)], list(range(12, 20))),
}


def card(network, length=None):
    prefixes, lengths = NETWORKS[network]
    prefix = R.choice(prefixes)[0]
    n = length or R.choice(lengths)
    num = luhn_complete(prefix + digits(n - len(prefix) - 1))
    assert luhn_ok(num) and len(num) == n
    return num


UNKNOWN_PREFIXES = ['0', '1', '70', '71', '73', '77', '84', '88', '90', '94', '98']  # outside every network's published IIN ranges


def card_unknown_prefix(n):
    prefix = R.choice(UNKNOWN_PREFIXES)
    return prefix + digits(n - len(prefix))


def card_wrong_check(network, length=None):
    good = card(network, length)
    bad = good[:-1] + str((int(good[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def group4(num, sep=' '):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


ID_AREAS = ['110105', '310115', '440106', '510104', '330102', '420106', '320106', '610113', '370212', '500107',
            '350102', '430104', '210202', '120103', '530102', '650102', '460105', '130104', '410105', '450103']
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    return '10X98765432'[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def birth_date(lo=1948, hi=2008):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return y, m, d


def cn_id():
    y, m, d = birth_date()
    body = R.choice(ID_AREAS) + f'{y:04d}{m:02d}{d:02d}' + digits(3)
    return body + id_check(body)


def cn_id_wrong_check():
    good = cn_id()
    bad = good[:-1] + R.choice([c for c in '0123456789X' if c != good[-1]])
    assert id_check(bad[:17]) != bad[-1]
    return bad


def cn_id15():
    y, m, d = birth_date(1940, 1983)
    return R.choice(ID_AREAS) + f'{y % 100:02d}{m:02d}{d:02d}' + digits(3)


def ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return f'{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}'


IBAN_FORMATS = {  # country: (total length, BBAN pattern: n digit, a letter, c letter or digit)
    'DE': (22, '18n'), 'GB': (22, '4a14n'), 'FR': (27, '10n11c2n'), 'ES': (24, '20n'), 'IT': (27, '1a10n12c'),
    'NL': (18, '4a10n'), 'BE': (16, '12n'), 'CH': (21, '5n12c'), 'AT': (20, '16n'), 'PL': (28, '24n'),
    'SE': (24, '20n'), 'NO': (15, '11n'), 'DK': (18, '14n'), 'FI': (18, '14n'), 'IE': (22, '4a14n'),
    'PT': (25, '21n'), 'SA': (24, '2n18c'), 'AE': (23, '3n16n'), 'TR': (26, '5n1n16c'), 'BR': (29, '23n1a1c'),
    'MT': (31, '4a5n18c'), 'LU': (20, '3n13c'), 'CZ': (24, '20n'), 'RO': (24, '4a16c'), 'HU': (28, '24n'),
}


def iban(country):
    length, pattern = IBAN_FORMATS[country]
    bban = ''
    for count, kind in re.findall(r'(\d+)([nac])', pattern):
        pool = {'n': '0123456789', 'a': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'c': '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}[kind]
        bban += ''.join(R.choice(pool) for _ in range(int(count)))
    numeric = int(''.join(str(int(c, 36)) for c in bban + country + '00'))
    value = f'{country}{98 - numeric % 97:02d}{bban}'
    assert len(value) == length and int(''.join(str(int(c, 36)) for c in value[4:] + value[:4])) % 97 == 1
    return value


def iban_spaced(value):
    return ' '.join(value[i:i + 4] for i in range(0, len(value), 4))


def mrz_check(field):
    values = {**{str(i): i for i in range(10)}, '<': 0, **{chr(65 + i): 10 + i for i in range(26)}}
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


# ---------------------------------------------------------------- phones

def cn_mobile():
    return '1' + R.choice(['38', '39', '86', '52', '77', '99', '58', '36', '87', '35', '50', '91']) + digits(8)


def us_phone():
    while True:
        area = f'{R.randint(2, 9)}{R.randint(0, 8)}{R.randint(0, 9)}'
        exch = f'{R.randint(2, 9)}{digits(2)}'
        if area[1:] != '11' and exch[1:] != '11' and exch != '555':
            return area, exch, digits(4)


def phone_national():
    kind = R.choice(['cn', 'us', 'uk', 'de', 'in', 'fr', 'jp', 'br', 'au', 'ng', 'hk', 'tw', 'kr'])
    if kind == 'cn':
        m = cn_mobile()
        return R.choice([m, f'{m[:3]} {m[3:7]} {m[7:]}', f'+86 {m[:3]}-{m[3:7]}-{m[7:]}'])
    if kind == 'us':
        a, e, l = us_phone()
        return R.choice([f'({a}) {e}-{l}', f'+1 {a}-{e}-{l}', f'{a}.{e}.{l}'])
    if kind == 'uk':
        return f'07{R.choice("123")}{digits(2)} {digits(6)}'
    if kind == 'de':
        return f'+49 {R.choice(["151", "160", "170", "171", "176"])} {digits(7)}'
    if kind == 'in':
        return f'+91 {R.choice("6789")}{digits(4)} {digits(5)}'
    if kind == 'fr':
        return f'0{R.choice("67")} ' + ' '.join(digits(2) for _ in range(4))
    if kind == 'jp':
        return f'0{R.choice(["90", "80", "70"])}-{digits(4)}-{digits(4)}'
    if kind == 'br':
        return f'+55 11 9{digits(4)}-{digits(4)}'
    if kind == 'au':
        return f'04{digits(2)} {digits(3)} {digits(3)}'
    if kind == 'ng':
        return f'0{R.choice(["803", "806", "813", "703", "905"])} {digits(3)} {digits(4)}'
    if kind == 'hk':
        return f'+852 {R.choice("569")}{digits(3)} {digits(4)}'
    if kind == 'tw':
        return f'09{digits(2)}-{digits(3)}-{digits(3)}'
    return f'010-{digits(4)}-{digits(4)}'


def local_phone():
    n = R.choice([7, 8, 9])
    first = R.choice('2346789')
    d = first + digits(n - 1)
    shapes = [d, f'{d[:3]} {d[3:]}' if n == 7 else f'{d[:4]} {d[4:]}', f'{d[:3]}-{d[3:]}' if n == 7 else f'{d[:4]}-{d[4:]}']
    if n == 8:
        shapes.append(' '.join(d[i:i + 2] for i in range(0, n, 2)))
    return R.choice(shapes)


# ---------------------------------------------------------------- keys

def rand_chars(pool, n):
    return ''.join(R.choice(pool) for _ in range(n))


ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
B64URL = ALNUM + '-_'


def b64(data):
    return base64.b64encode(data).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip('=')


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def aws_key():
    return 'AKIA' + rand_chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)


def aws_secret():
    return rand_chars(ALNUM + '/+', 40)


def github_token():
    return R.choice(['ghp_', 'gho_', 'ghs_']) + rand_chars(ALNUM, 36)


def github_pat():
    return 'github_pat_' + rand_chars(ALNUM, 22) + '_' + rand_chars(ALNUM, 59)


def stripe_key():
    return R.choice(['sk_live_', 'rk_live_']) + rand_chars(ALNUM, R.choice([24, 34, 99]))


def slack_token():
    return f'xox{R.choice("bp")}-{digits(11)}-{digits(13)}-' + rand_chars(ALNUM, 24)


def slack_webhook():
    return 'https://hooks.slack.com/services/T' + rand_chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10) + '/B' + \
        rand_chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10) + '/' + rand_chars(ALNUM, 24)


def google_key():
    return 'AIza' + rand_chars(B64URL, 35)


def openai_key():
    return R.choice(['sk-proj-' + rand_chars(B64URL, 156), 'sk-svcacct-' + rand_chars(B64URL, 120), 'sk-' + rand_chars(ALNUM, 48)])


def azure_storage():
    account = R.choice(['contosodata', 'fabrikamlogs', 'northwindbackup', 'tailspinmedia']) + digits(2)
    return f'DefaultEndpointsProtocol=https;AccountName={account};AccountKey={b64(rbytes(64))};EndpointSuffix=core.windows.net'


def azure_servicebus():
    ns = R.choice(['orders-prod', 'billing-weu', 'telemetry-neu']) + digits(2)
    return f'Endpoint=sb://{ns}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={b64(rbytes(32))}'


def jwt():
    header = b64url(json.dumps({'alg': R.choice(['HS256', 'RS256']), 'typ': 'JWT'}, separators=(',', ':')).encode())
    payload = b64url(json.dumps({'sub': digits(8), 'role': R.choice(['admin', 'ops', 'billing']), 'iat': 1765000000 + R.randint(0, 9999999)},
                                separators=(',', ':')).encode())
    return f'{header}.{payload}.{b64url(rbytes(32))}'


def pem():
    kind = R.choice(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY'])
    head = {'RSA PRIVATE KEY': b'\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00', 'PRIVATE KEY': b'\x30\x82\x04\xbe\x02\x01\x00\x30\x0d',
            'EC PRIVATE KEY': b'\x30\x77\x02\x01\x01\x04\x20', 'OPENSSH PRIVATE KEY': b'openssh-key-v1\x00'}[kind]
    body = b64(head + rbytes(R.choice([90, 120, 150])))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f'-----BEGIN {kind}-----\\n' + '\\n'.join(lines) + f'\\n-----END {kind}-----'


# ---------------------------------------------------------------- adversarial spellings

CF_NEW = ['\u061C', '\u180E', '\uFFF9', '\uFFFA', '\uFFFB', '\U0001D173', '\U0001D17A', '\U0001BCA0', '\U0001BCA3', '\U00013430',
          '\U00013438', '\u0600', '\u0605', '\u08E2', '\U000110BD', '\u206A', '\u206F', '\u2064', '\u00AD', '\u2060', '\uFEFF']
ND_ZERO = {'Adlam': 0x1E950, 'Wancho': 0x1E2F0, 'Ol Chiki': 0x1C50, 'Javanese': 0xA9D0, 'Tai Tham Tham': 0x1A90,
           'Sora Sompeng': 0x110F0, 'Myanmar Shan': 0x1090, 'Kayah Li': 0xA900, 'Saurashtra': 0xA8D0, 'Cham': 0xAA50,
           'Meetei Mayek': 0xABF0, 'NKo': 0x07C0, 'Mro': 0x16A60, 'Bhaiksuki': 0x11C50, 'Masaram Gondi': 0x11D50,
           'Gunjala Gondi': 0x11DA0, 'Dives Akuru': 0x11950, 'Tangsa': 0x16AC0, 'Nyiakeng Puachue Hmong': 0x1E140,
           'Math double-struck': 0x1D7D8, 'Math monospace': 0x1D7F6, 'Math sans-serif bold': 0x1D7EC, 'Segmented': 0x1FBF0}
for _script, _zero in ND_ZERO.items():
    assert all(unicodedata.category(chr(_zero + i)) == 'Nd' and unicodedata.decimal(chr(_zero + i)) == i for i in range(10)), _script
for _c in CF_NEW:
    assert unicodedata.category(_c) == 'Cf', hex(ord(_c))


def nd(text, script):
    zero = ND_ZERO[script]
    return ''.join(chr(zero + int(c)) if c.isdigit() and c.isascii() else c for c in text)


def nd_mixed(text, scripts):
    out, i = [], 0
    for c in text:
        if c.isdigit() and c.isascii():
            out.append(chr(ND_ZERO[scripts[i % len(scripts)]] + int(c)))
            i += 1
        else:
            out.append(c)
    return ''.join(out)


def fullwidth(text):
    return ''.join(chr(0xFF10 + int(c)) if c.isdigit() and c.isascii() else ('\uFF0D' if c == '-' else c) for c in text)


def subscript(text):
    return ''.join('₀₁₂₃₄₅₆₇₈₉'[int(c)] if c.isdigit() and c.isascii() else c for c in text)


def sprinkle(text, chars, every=1):
    out, n = [], 0
    for i, c in enumerate(text):
        out.append(c)
        if c.isalnum() and i < len(text) - 1:
            n += 1
            if n % every == 0:
                out.append(R.choice(chars))
    return ''.join(out)


# ---------------------------------------------------------------- rows

rows = []


def add(label, kind, text):
    assert '\t' not in text and '\n' not in text and '\r' not in text, text
    rows.append((label, kind, text))


def normalised(text):
    text = unicodedata.normalize('NFKC', text)
    text = ''.join(c for c in text if unicodedata.category(c) != 'Cf')
    return ''.join(str(unicodedata.decimal(c)) if unicodedata.category(c) == 'Nd' else c for c in text)


def check_negative(text):
    view = normalised(text)
    for m in re.finditer(r'\d+(?:[ .\-]\d+)*', view):
        groups = re.split(r'[ .\-]', m.group())
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                run = ''.join(groups[i:j])
                if 12 <= len(run) <= 19:
                    assert not luhn_ok(run), f'negative passes Luhn: {run} in {text!r}'
                if len(run) == 18 and run[:17].isdigit():
                    assert id_check(run[:17]) != run[17], f'negative looks like a 身份证: {text!r}'
    assert not re.search(r'card|卡号|身份证|phone|电话|手机|mobile|call me|text me', text, re.I) or 'card ending' in text \
        or '****' in text or '尾号' in text or 'XXXX' in text, text


def neg_made(kind, make):
    for _ in range(50):
        text = make()
        try:
            check_negative(text)
        except AssertionError:
            continue
        neg(kind, text)
        return
    raise AssertionError(kind)


def pos(kind, text):
    add('1', kind, text)


def neg(kind, text):
    add('0', kind, text)


# Cards: every network, labelled or not, plain / spaced / dashed.
card_templates = [
    'Summarise this refund email for the agent: "Please credit the return back to {c}, I used it on 3 March."',
    'Extract the payment fields as JSON: paid 48.20 EUR with {c} (exp 11/28).',
    'Rewrite politely: "you charged {c} twice for the same parcel, fix it"',
    '把这条扣款记录整理成表格：{c}，金额 ¥268.00，时间 2026-11-03。',
    'Translate to English: "Le paiement a été fait avec {c}, merci de vérifier."',
    'My card {c} keeps getting declined at the ticket machine, draft a message to the bank.',
    '帮我写一段给客服的话：我的卡 {c} 被冻结了，请尽快处理。',
    'Fix the formatting of this pasted row: name=J. Ortiz; pm={c}; amt=19.99',
    'Classify this support ticket (billing/tech/other): "payment with {c} failed at checkout, error 51"',
    'Translate to English: "Die Zahlung mit {c} wurde abgelehnt."',
]
for network, length, style in [
        ('visa', None, 'space'), ('visa13', None, 'plain'), ('visa19', None, 'space'), ('mastercard', None, 'dash'),
        ('mastercard2', None, 'space'), ('amex', None, 'space'), ('discover', 16, 'plain'), ('discover', 19, 'space'),
        ('diners', None, 'space'), ('jcb', None, 'dash'), ('unionpay62', 16, 'space'), ('unionpay62', 17, 'plain'),
        ('unionpay62', 19, 'plain'), ('unionpay81', None, 'space'), ('mir', None, 'space'), ('mir', None, 'plain'),
        ('rupay', None, 'space'), ('verve', 16, 'plain'), ('verve', 19, 'plain'), ('troy', None, 'space'),
        ('maestro', 12, 'plain'), ('maestro', 13, 'plain'), ('maestro', 14, 'plain'), ('maestro', 15, 'plain'),
        ('maestro', 16, 'space'), ('maestro', 17, 'plain'), ('maestro', 18, 'plain'), ('maestro', 19, 'plain')]:
    num = card(network, length)
    shown = {'plain': num, 'space': group4(num), 'dash': group4(num, '-')}[style]
    pos('card', R.choice(card_templates).format(c=shown))

# Numbers the text calls a card, unknown prefix or wrong check digit (policy: still sensitive).
called = [
    ('Write a complaint: my credit card {c} was billed for a subscription I cancelled.', 'unknown', 16),
    ('Customer says "card no. {c} is not working abroad" — draft a reply.', 'unknown', 15),
    ('信用卡 {c} 昨天在网上被盗刷了两笔，帮我写挂失说明。', 'unknown', 16),
    ('银行卡号：{c}，请帮我写一份转账失败的情况说明。', 'unknown', 19),
    ('The debit card {c} was swallowed by the ATM, write to the bank.', 'unknown', 18),
    ('Meine Kartennummer ist {c}, bitte die Abbuchung prüfen — translate to English.', 'unknown', 16),
    ('Please update my card on file to {c} and confirm by email (rewrite this more formally).', 'wrong:visa', None),
    ('借记卡 {c} 扣款失败，请写一段给物业的说明。', 'wrong:unionpay62', 19),
    ('Numéro de carte : {c} — traduis et explique pourquoi le paiement est refusé.', 'wrong:mastercard', None),
    ('my amex card {c} got declined at the hotel, what do i say to them', 'wrong:amex', None),
    ('Tarjeta de débito {c}: el cargo aparece duplicado. Draft a reply in English.', 'wrong:maestro', 16),
    ('卡号 {c}（信用卡）本月账单有误，请帮我写申诉。', 'wrong:jcb', None),
    ('The gift card {c} shows zero balance, write a complaint.', 'unknown', 13),
]
for template, source, length in called:
    if source == 'unknown':
        num = card_unknown_prefix(length)
    else:
        num = card_wrong_check(source.split(':')[1], length)
    shown = group4(num) if R.random() < 0.4 else num
    pos('card-called', template.format(c=shown))

# 身份证 (valid GB 11643), and wrong check / 15-digit numbers after a 身份证 label.
for template in ['请把这段报名信息整理成 JSON：姓名 甄子墨，身份证号 {i}，手机号另附。',
                 '身份证：{i}，请帮我核对出生日期是否和表格一致。',
                 'Translate the form field: 公民身份号码 {i} (the applicant typed it twice).',
                 '帮我写租房合同的甲方信息：身份证号码 {i}。',
                 'Extract as CSV: guest=LIN Yuxi; ID card (身份证) {i}; room 1207',
                 '酒店入住登记 OCR：证件号 {i} 证件类型 居民身份证，请纠正格式。',
                 '这是我的身份证号 {i}，帮我查一下户籍所在省份。',
                 '驾驶证号（与身份证号相同）{i}，请帮我写一段补证申请。']:
    value = cn_id()
    if '整理成 JSON' in template or 'CSV' in template:
        value = value[:6] + ' ' + value[6:14] + ' ' + value[14:]
    pos('id-cn', template.format(i=value))
for template in ['身份证号 {i}，系统提示校验位不对，但这就是我的号码，请帮我写申诉。',
                 '请帮我核对：身份证 {i}（最后一位可能抄错了）。',
                 'The 身份证 number {i} was rejected by the hotel system; write an explanation.',
                 '老身份证 15 位：{j}，请帮我换算成 18 位的格式说明。',
                 '户口本上老一代身份证号码 {j}，请整理到表格里。',
                 '身份证号码：{j}（第一代证），需要更换新证吗？帮我写咨询。']:
    pos('id-called', template.format(i=cn_id_wrong_check(), j=cn_id15()))

# SSN (area 001-899 except 666, group 01-99, serial 0001-9999).
for template in ['Fill in the W-4 summary: SSN {s}, single, no dependents.',
                 'Rewrite the HR note: "employee social security number {s} is wrong in payroll"',
                 'Extract as JSON: name: R. Delgado, SSN: {s}, start date 2026-02-01',
                 'Translate into Spanish: "My Social Security number is {s}."',
                 'Summarise the tax letter: taxpayer ssn {s}, balance due $1,204.',
                 '美国同事的社会安全号码 SSN {s}，请帮我填到表格里。']:
    pos('ssn', template.format(s=ssn()))

# IBANs (mod-97, per-country lengths).
for country, template in [('DE', 'Bitte überweisen Sie an IBAN {v} — translate to English.'),
                          ('GB', 'Update my payout account to {v} and reply to confirm.'),
                          ('FR', 'Extrait RIB : IBAN {v}. Extract the IBAN as JSON.'),
                          ('ES', 'Draft the payment instruction: beneficiary IBAN {v}, amount 1.250 EUR.'),
                          ('IT', 'Traduci in inglese: "Il mio IBAN è {v}."'),
                          ('NL', 'rewrite: pls pay the deposit to {v} asap'),
                          ('PL', 'Numer konta {v} — translate and format the IBAN in groups of four.'),
                          ('SA', 'Write a salary transfer request to IBAN {v}.'),
                          ('AE', '请把这个迪拜账户写进付款单：IBAN {v}。'),
                          ('TR', 'Kira ödemesi için IBAN: {v} — translate to English.'),
                          ('BR', 'Extract the IBAN from this: "conta para reembolso {v}"'),
                          ('MT', 'Summarise: refunds go to IBAN {v} by Friday.'),
                          ('NO', 'Kontonummer / IBAN {v} — please confirm the format is right.'),
                          ('RO', 'Format this IBAN for the invoice footer: {v}')]:
    value = iban(country)
    pos('iban', template.format(v=iban_spaced(value) if R.random() < 0.5 else value))

# Phones in national formats, labelled or in context.
for template in ['Call me back on {p} after 6pm — rewrite this voicemail transcript as a note.',
                 '联系电话：{p}，请帮我把这条快递改址信息整理一下。',
                 'Extract the contact fields as JSON: "reach me at {p}, ask for Dana"',
                 '手机：{p}，请帮我写一条短信模板，提醒我周五取件。',
                 'Rewrite politely: "text me on {p} when the van is outside"',
                 'Translate into English: "Mon numéro de portable est le {p}."',
                 'My registered mobile is {p} but OTPs never arrive, write to support.',
                 '联系方式 {p}（微信同号），请帮我写一段二手交易的说明。',
                 'WhatsApp me at {p} — translate to Portuguese.',
                 'Fix the grammar: "my phone number are {p}, please call after lunch"',
                 '請幫我寫一條簡訊：有問題請致電 {p} 找陳小姐。',
                 'Classify this lead (hot/warm/cold): "interested, call {p} tomorrow morning"',
                 'Summarise the CRM note: callback requested to {p}.']:
    pos('phone', template.format(p=phone_national()))
for template in ['Forward all messages to {p} from now on — rewrite as an instruction for the assistant.',
                 'My registered number is {p}, please update the account (make it formal).',
                 'call me at {p} when you arrive, gate code is broken — fix the grammar',
                 'Text me at {p} with the pickup time.',
                 '短信请发到 {p}，请帮我写一段给房东的留言。',
                 '我的联系电话是 {p}，请帮我写一段寻物启事。',
                 'Call the night nurse on {p}. Rewrite for the handover sheet.',
                 'Send the verification code to {p}, not to my old number.',
                 'Téléphone fixe : {p}. Translate the line to English.',
                 'My landline is {p}; please note it in the file and confirm.']:
    pos('phone-local', template.format(p=local_phone()))

# Driver's licences: dashed and other countries' formats, 驾驶证.
letter = lambda: R.choice('ABCDEFGHJKLMNPRSTW')
for template, value in [
        ("Driver's license number {v} (Florida) — fill the rental form summary.", f'{letter()}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}'),
        ("Rewrite: my Illinois driver's licence is {v}, it expires next year.", f'{letter()}{digits(3)}-{digits(4)}-{digits(4)}'),
        ('Extract as JSON: DL# {v} (WI), class D', f'{letter()}{digits(3)}-{digits(4)}-{digits(4)}-{digits(2)}'),
        ("Ontario driver's licence {v} — translate the line to French.", f'{letter()}{digits(4)}-{digits(5)}-{digits(5)}'),
        ('Permis de conduire du Québec : {v}. Translate to English.', f'{letter()}{digits(4)}-{digits(6)}-{digits(2)}'),
        ("New York driver license no. {v}, please check the format.", f'{digits(3)}-{digits(3)}-{digits(3)}'),
        ("Indian driving licence {v} — write a request to renew it.", f'{R.choice(["MH", "KA", "DL", "TN"])}-{digits(2)}-{R.randint(2005, 2022)}-{digits(7)}'),
        ('UK driving licence {v}, summarise the DVLA letter.', f'{R.choice(["MORGA", "PATEL", "WILLI", "NGUYE"])}{digits(1)}{R.choice(["01", "55", "62", "10"])}{R.randint(1, 28):02d}{digits(1)}{R.choice(["SM", "AJ", "KT"])}9{R.choice(["IJ", "AB", "CD"])}'),
        ('驾驶证档案编号 {v}，请帮我写一段换证申请。', f'{digits(4)}-{digits(4)}-{digits(4)}'),
        ('Führerscheinnummer {v} — translate the sentence to English.', f'{letter()}{digits(3)}{R.choice("ABCDEFGHJK")}{R.choice("ABCDEFGHJK")}{letter()}{digits(1)}{letter()}{digits(2)}'),
        ("NSW driver licence {v}, add it to the hire agreement summary.", f'{digits(4)}-{digits(4)}'),
        ('Licencia de conducir {v} — translate and format.', f'{digits(2)}-{digits(3)}-{digits(3)}-{digits(2)}')]:
    pos('licence', template.format(v=value))

# Passports, incl. one MRZ line with ICAO 9303 check digits.
for template, value in [('Passport no. {v} (US) — add it to the visa application summary.', digits(9)),
                        ('护照号码 {v}，请帮我填到签证表格里。', 'E' + digits(8)),
                        ('护照号 {v}，姓名拼音 ZHANG WEI，请写一段机票改签说明。', 'E' + R.choice('ABCDEFGHJK') + digits(7)),
                        ('Indian passport {v} — draft the hotel pre-registration.', R.choice('JKLMNPRSTUVWZ') + digits(7)),
                        ('Reisepassnummer {v} — translate to English.', 'C' + rand_chars('CFGHJKLMNPRTVWXYZ0123456789', 8)),
                        ('UK passport number {v}, expiry 2031-04-12 — rewrite for the HR file.', digits(9)),
                        ('旅券番号 {v} — translate this line to English.', R.choice(['TK', 'TZ', 'MU']) + digits(7)),
                        ('香港特區護照號碼 {v}，請幫我填寫表格。', 'K' + digits(8))]:
    pos('passport', template.format(v=value))
number = R.choice('CFGHJKLMNP') + digits(8)
y, m, d = birth_date(1960, 2000)
dob = f'{y % 100:02d}{m:02d}{d:02d}'
expiry = f'{R.randint(28, 35)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}'
opt = '<' * 14
line2 = number + mrz_check(number) + 'D<<' + dob + mrz_check(dob) + R.choice('MF') + expiry + mrz_check(expiry) + opt + mrz_check(opt)
line2 += mrz_check(line2[0:10] + line2[13:20] + line2[21:43])
assert len(line2) == 44
line1 = ('P<D<<MUELLER<<ANNA<LENA' + '<' * 44)[:44]
pos('passport', f'OCR of a passport page, clean it up:\\n{line1}\\n{line2}')

# Vendor keys.
for text in [f'Why does boto3 fail with these?\\naws_access_key_id = {aws_key()}\\naws_secret_access_key = {aws_secret()}',
             f'Review this .env file:\\nAWS_ACCESS_KEY_ID={aws_key()}\\nREGION=eu-west-1',
             f'git push fails, my remote is https://{github_token()}@github.com/acme/infra.git — what is wrong?',
             f'Explain this CI error; the token is GH_TOKEN={github_pat()}',
             f'Is this Stripe key in the right env var? STRIPE_SECRET_KEY="{stripe_key()}"',
             f'Convert to YAML: stripe: {{ key: {stripe_key()}, currency: eur }}',
             f'My Slack bot token {slack_token()} gets invalid_auth, why?',
             f'Rewrite this curl to Python: curl -X POST -d \'{{"text":"deploy done"}}\' {slack_webhook()}',
             f'Maps JS API says RefererNotAllowed for key={google_key()} — help.',
             f'Translate the comment to English and fix the code: # clé API: {openai_key()}\\nclient = OpenAI()',
             f'export OPENAI_API_KEY={openai_key()} — why does my script still say no key?',
             f'appsettings.json review: "Storage": "{azure_storage()}"',
             f'这个连接串为什么连不上 Service Bus？{azure_servicebus()}',
             f'Decode this token and tell me the role: {jwt()}',
             f'Authorization: Bearer {jwt()} — why does the API return 401?',
             f'My deploy key stopped working, here it is:\\n{pem()}',
             f'帮我检查这个私钥格式对不对：\\n{pem()}']:
    pos('key', text)

# ---- adversarial spellings (new variants of every class in the issue)
c1 = card('visa')
c2 = card('unionpay62', 19)
for text in [f'recheck the refund to card{c1}thanks',
             f'userCard{card("mastercard")}Token — explain what this variable holds',
             f'номеркарты{card("mir")} — translate the Russian and fix it',
             f'sốthẻ{card("jcb")} bị trừ tiền hai lần, translate to English',
             f'id{cn_id()}x 请帮我核对这个证件号',
             f'身份证{cn_id()}号码无误吧？帮我核对出生年份',
             f'keyAKIA{aws_key()[4:]}secret{aws_secret()} — is this AWS config valid?',
             f'tel{cn_mobile()}wechat同号，请写一段转让说明',
             f'ibanis{iban("DE")}ok? please format it',
             f'ssn{ssn().replace("-", "")}dob1990 — turn into a form']:
    pos('glued', text)
for value, template in [(group4(card('visa')), 'Refund to card {v} please — rewrite formally.'),
                        (cn_id(), '身份证号 {v}，请帮我检查格式。'),
                        (cn_mobile(), '手机 {v}，请写一段联系说明。'),
                        (iban_spaced(iban('FR')), 'IBAN {v} — extract it as JSON.'),
                        (ssn(), 'SSN {v} on the W-2, summarise the letter.'),
                        (aws_key(), 'Is {v} an access key id? Explain the error.'),
                        (card('amex'), 'my amex {v} was declined, help'),
                        (card('unionpay62', 16), '卡号 {v} 请帮我写挂失说明'),
                        (phone_national(), 'Call me on {v} tomorrow.'),
                        (github_token(), 'why is {v} rejected by the API?'),
                        (card('discover', 16), 'Pay with {v} — rewrite.')]:
    every = R.choice([1, 2, 3, 4])
    pos('cf', template.format(v=sprinkle(value, R.sample(CF_NEW, 3), every)))
cid = cn_id()
c1 = card('visa')
ak = aws_key()
ib = iban('GB')
ph = cn_mobile()
gp = github_pat()
sn = ssn()
c3 = card('mastercard2')
for parts in [[f'Book the room for me, the card is {group4(c1)[:9]}', f'{group4(c1)[10:]} exp 03/29'],
              [f'身份证号前面是 {cid[:6]}', f'中间是 {cid[6:14]}', f'最后 {cid[14:]}，帮我填表'],
              [f'access key part one: {ak[:10]}', f'part two: {ak[10:]} — put them together in the config'],
              [f'IBAN starts {ib[:12]}', f'and ends {ib[12:]}; draft the transfer request'],
              [f'我的手机 {ph[:3]}', f'{ph[3:7]}', f'{ph[7:]} 记得联系我'],
              [f'token: {gp[:30]}', f'{gp[30:]} — why does git clone fail?'],
              [f'social security: {sn[:6]}', f'{sn[6:]} please add it to the form'],
              [f'卡号 {c3[:4]} {c3[4:8]}', f'{c3[8:12]}', f'{c3[12:]}，请帮我写扣款申诉']]:
    pos('split-msg', MSG.join(parts))
c4 = card('visa')
cid2 = cn_id()
ib2 = iban('NL')
c5 = card('unionpay62', 19)
sk = stripe_key()
for text in [f'OCR of a receipt, clean it:\\nCARD\\n{c4[:4]}\\n{c4[4:8]}\\n{c4[8:12]}\\n{c4[12:]}\\nAPPROVED',
             f'身份证号：{cid2[:9]}\u2028{cid2[9:]}，请帮我核对',
             f'Pay to\\n{ib2[:9]}\\n{ib2[9:]}\\nthanks — extract the account as JSON',
             f'卡号\\n{c5[:10]}\\n{c5[10:]}\\n请整理成一行',
             f'config wrapped by the editor:\\nSTRIPE_KEY={sk[:20]}\u2029{sk[20:]}\\nfix the line break']:
    pos('split-line', text)
c6 = card('visa')
c7 = card('jcb')
cid = cn_id()
sn = ssn()
ph = cn_mobile()
c9 = card('visa')
c8 = card('unionpay62', 16)
for text in [f'card {c6[:4]}_{c6[4:8]}_{c6[8:12]}_{c6[12:]} — rewrite formally',
             f'Pay with {c7[:4]}\u2013{c7[4:8]}\u2013{c7[8:12]}\u2013{c7[12:]} (en dashes), draft the email',
             f'卡号 {c8[:4]}\u3000{c8[4:8]}\u3000{c8[8:12]}\u3000{c8[12:]}，请写挂失说明',
             f"Swiss-style: my card {group4(card('mastercard'), chr(39))} got charged, translate to German",
             f'{group4(card("visa"), chr(0x2011))} is my card (non-breaking hyphens) — fix the text',
             f'身份证号 {cid[:6]}\u2212{cid[6:14]}\u2212{cid[14:]}（减号分隔），请核对',
             f'Card: {group4(card("discover", 16), chr(0x202F))} — extract as JSON',
             f'SSN {sn.replace("-", ".")} — put it in the W-9 summary',
             f'phone: {ph[:3]}|{ph[3:7]}|{ph[7:]} 请写成正常格式',
             f'card {group4(card("amex"), ":")} — why was it declined?',
             f'my card is {c9[:4]}.{c9[4:8]}-{c9[8:12]} {c9[12:]} (mixed dots and dashes), book the table']:
    pos('punct', text)


def b64_row(plain, template, variant):
    raw = plain.encode('utf-8')
    enc = {'std': b64(raw), 'nopad': b64(raw).rstrip('='), 'url': b64url(raw), 'double': b64(b64(raw).encode())}[variant]
    return template.format(b=enc)


for plain, template, variant in [
        (f'card number {card("visa")}', 'Decode this and reply to the customer: {b}', 'std'),
        (f'身份证号：{cn_id()}', '这段 base64 是什么意思？{b}', 'std'),
        (f'my card is {card("mir")} exp 08/28', 'What does this say? data:text/plain;base64,{b}', 'std'),
        (json.dumps({'cardNumber': card('mastercard'), 'cvv': digits(3)}), 'Log line: {{"payload":"{b}"}} — what went wrong?', 'nopad'),
        (f'aws_secret_access_key={aws_secret()}', 'Decode: {b}', 'url'),
        (f'SSN {ssn()}', 'The form stored this, decode it twice: {b}', 'double'),
        (f'手机号 {cn_mobile()} 银行卡 {card("unionpay62", 19)}', '请解码并整理：{b}', 'nopad'),
        (f'IBAN {iban("ES")}', 'decode pls {b}', 'std')]:
    pos('base64', b64_row(plain, template, variant))

scripts = list(ND_ZERO)
R.shuffle(scripts)
nd_values = [('card {v} was charged twice — rewrite the complaint', group4(card('visa'))),
             ('身份证号 {v}，请帮我核对', cn_id()),
             ('call me on {v}', phone_national()),
             ('卡号 {v}，请写挂失说明', card('unionpay62', 16)),
             ('SSN {v} — fill the form', ssn()),
             ('my card {v} exp 09/27', card('mastercard2')),
             ('手机 {v} 请联系我', cn_mobile()),
             ('Card no. {v} — translate to French', group4(card('jcb'))),
             ('debit card {v} declined', card('maestro', 16)),
             ('信用卡 {v} 被盗刷', card('amex'))]
for i, (template, value) in enumerate(nd_values):
    if i < 7:
        shown = nd(value, scripts[i])
    else:
        shown = nd_mixed(value, scripts[7 + 2 * (i - 7): 9 + 2 * (i - 7)] + [scripts[0]])
    pos('nd-digits', template.format(v=shown))
for template, value in [('信用卡号 {v}，请帮我写申诉', fullwidth(group4(card('visa'), '-'))),
                        ('ＩＤ{v} 请核对（身份证）', fullwidth(cn_id())),
                        ('my card is {v} (typed on a phone keyboard) — fix it', fullwidth(card('mastercard'))),
                        ('手机号码 {v}，请写一段联系说明', fullwidth(cn_mobile())),
                        ('card {v} (subscript digits from a PDF) — rewrite', subscript(group4(card('discover', 16)))),
                        ('卡号 {v} 请整理成一行', fullwidth(group4(card('unionpay62', 16), '\u3000'))),
                        ('SSN {v} — what form is this?', fullwidth(ssn()))]:
    pos('fullwidth', template.format(v=value))

# ---------------------------------------------------------------- negatives (none called a card, ID or phone)

def no_luhn_digits(n, first='123456789'):
    while True:
        v = R.choice(first) + digits(n - 1)
        if not luhn_ok(v):
            return v


def isbn13():
    while True:
        body = R.choice(['978', '979']) + digits(9)
        check = str((10 - sum(int(c) * (1, 3)[i % 2] for i, c in enumerate(body)) % 10) % 10)
        v = body + check
        if not luhn_ok(v):
            return v


def isbn10():
    body = digits(9)
    check = (11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11) % 11
    return body + ('X' if check == 10 else str(check))


def s10():
    body = digits(8)
    check = 11 - sum(int(c) * w for c, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return R.choice(['RR', 'LX', 'CP', 'EE']) + body + str(check) + R.choice(['GB', 'CN', 'DE', 'FR'])


for make in [lambda: f'Summarise the order confirmation: order #{no_luhn_digits(16)}, 2 items, total €54.90, arriving Tuesday.',
             lambda: f'订单号 {no_luhn_digits(19)}，请帮我写一段催发货的留言。',
             lambda: f'Amazon order {digits(3)}-{no_luhn_digits(7)}-{no_luhn_digits(7)} arrived damaged, draft a return request.',
             lambda: f'淘宝订单编号 {no_luhn_digits(18)} 的退款进度怎么查？',
             lambda: f'Order ref ORD-{digits(4)}-{digits(6)} — write a shipping delay apology.',
             lambda: f'Reservation code {rand_chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 6)} / booking no. {no_luhn_digits(13)} — translate the email to German.',
             lambda: f'外卖订单 {no_luhn_digits(15)} 少送了一份米饭，帮我写投诉。',
             lambda: f'PO number {no_luhn_digits(12)} is missing on the packing slip — write to the supplier.',
             lambda: f'订单号 {fullwidth(no_luhn_digits(16))}（全角数字），请帮我整理成半角。',
             lambda: f'Order {no_luhn_digits(14)} status says "label created" for 5 days, what does that mean?']:
    neg_made('order', make)
for make in [lambda: f'Invoice INV-{R.randint(2024, 2026)}-{digits(6)}: rewrite the payment reminder more politely.',
             lambda: f'发票代码 {no_luhn_digits(12)}，发票号码 {digits(8)}，请帮我整理成报销表。',
             lambda: f'Rechnung Nr. {R.randint(2024, 2026)}/{digits(2)}/{digits(4)} — translate the dunning letter to English.',
             lambda: f'Credit note CN{no_luhn_digits(13)} for invoice {no_luhn_digits(12)} — summarise.',
             lambda: f'Factura n.º {digits(4)}-{no_luhn_digits(12)} — extract the total as JSON (1.204,50 EUR).',
             lambda: f'全电发票号码 {no_luhn_digits(20, "2")}，这种发票怎么查验真伪？',
             lambda: f'Bill ID {no_luhn_digits(16)} from the utility, explain the standing charge.',
             lambda: f'Receipt {digits(4)}-{digits(4)}-{digits(3)} — is VAT included in the 23.40?']:
    neg_made('invoice', make)
for make in [lambda: f'UPS tracking 1Z{rand_chars("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 6)}{no_luhn_digits(10)} says exception, what now?',
             lambda: f'FedEx tracking {no_luhn_digits(12)} — write a message asking for redelivery.',
             lambda: f'USPS {no_luhn_digits(22, "9")} has not moved in a week — draft a claim.',
             lambda: f'Royal Mail {s10()} — translate the customs notice.',
             lambda: f'顺丰单号 SF{no_luhn_digits(13)}，帮我写一段催件留言。',
             lambda: f'中通快递 {no_luhn_digits(14, "7")} 显示已签收但我没收到，怎么投诉？',
             lambda: f'DHL waybill {digits(10)} — explain what "clearance event" means.',
             lambda: f'Canada Post {no_luhn_digits(16)} — summarise the tracking history.',
             lambda: f'China Post {s10()} 到哪了？帮我写查询邮件。',
             lambda: f'Tracking {fullwidth(no_luhn_digits(15))} (copied from a Japanese site) — normalise the digits.']:
    neg_made('tracking', make)
for make in [lambda: f'Cite this book in APA: ISBN {isbn13()}, published 2019.',
             lambda: f'请帮我查一下 ISBN {isbn13()} 是哪本书的格式是否正确。',
             lambda: f'Is ISBN-10 {isbn10()} valid? Show the check-digit calculation.',
             lambda: (lambda v: f'Convert ISBN {v[:3]}-{v[3:]} to the hyphen style the library uses.')(isbn13()),
             lambda: f'Library reorder list: {isbn13()}, {isbn13()}, {isbn13()} — make it a table.',
             lambda: f'图书馆采购单 ISBN {isbn13()}，请生成一条采购说明。',
             lambda: f'The barcode says {isbn13()} — is that an ISBN or an EAN?',
             lambda: f'ISBN {isbn10()} and ISBN {isbn13()} — same book?']:
    neg_made('isbn', make)
for make in [lambda: f'Convert the Unix time {R.randint(1700000000, 1800000000)} to UTC.',
             lambda: f'Convert epoch milliseconds {no_luhn_digits(13, "1")} to ISO 8601.',
             lambda: f'Log line "2026{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(0, 23):02d}{R.randint(0, 59):02d}{R.randint(0, 59):02d}{digits(3)} WARN retry" — what is this timestamp format?',
             lambda: f'.NET ticks {no_luhn_digits(18, "6")} — what date is that?',
             lambda: f'把时间戳 {no_luhn_digits(13, "1")} 转成北京时间。',
             lambda: f'Parse 2026-12-06T21:{R.randint(10, 59)}:{R.randint(10, 59)}.{digits(3)}Z and 2026-12-07T01:02:03+08:00 — which is earlier?',
             lambda: 'Sort these log times: ' + ', '.join(f'2026120{R.randint(5, 6)}{R.randint(0, 23):02d}{R.randint(0, 59):02d}{R.randint(0, 59):02d}' for _ in range(3)) + '.',
             lambda: f'Windows FILETIME {no_luhn_digits(18, "1")} — convert to a date.',
             lambda: f'数据库里 created_at = {no_luhn_digits(13, "1")}，为什么和页面显示差 8 小时？',
             lambda: f'Snowflake ID {no_luhn_digits(19, "1")} — extract the timestamp part.']:
    neg_made('timestamp', make)
for make in [lambda: f'Upgrade from .NET SDK 10.0.{R.randint(100, 199)} to 10.0.{R.randint(200, 299)}-rc.{R.randint(1, 2)}.{digits(5)}.{digits(3)}: breaking changes?',
             lambda: f'Chrome {R.randint(120, 140)}.0.{digits(4)}.{digits(3)} crashes on startup, what to try?',
             lambda: f'kernel 6.8.0-{R.randint(1000, 1099)}-azure vs 6.11.0-{R.randint(1000, 1099)}-azure — what changed?',
             lambda: f'Our build number is 2026{R.randint(1, 12):02d}{R.randint(1, 28):02d}.{R.randint(1, 9)} — write the release note header.',
             lambda: f'版本号 v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}-beta.{R.randint(1, 9)} 和 v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)} 哪个更新？',
             lambda: f'npm says requires node >= {R.randint(18, 22)}.{R.randint(0, 19)}.{R.randint(0, 9)}, I have {R.randint(16, 17)}.{R.randint(0, 19)}.{R.randint(0, 9)} — fix?',
             lambda: f'Android versionCode {no_luhn_digits(10)} vs versionName 4.{R.randint(0, 20)}.{R.randint(0, 20)} — explain.',
             lambda: f'Firmware {digits(2)}.{digits(2)}.{digits(3)}.{digits(4)} — is this the latest for my router?']:
    neg_made('version', make)
hexd = '0123456789abcdef'
for make in [lambda: f'Is this a valid SHA-256? {rand_chars(hexd, 64)}',
             lambda: f'git show {rand_chars(hexd, 40)} — explain the diff',
             lambda: f'Which commit introduced the bug, {rand_chars(hexd, 7)} or {rand_chars(hexd, 7)}?',
             lambda: f'md5 {rand_chars(hexd, 32)} — what file type could this be from?',
             lambda: f'package-lock integrity sha512-{b64(rbytes(64))} — why does npm ci fail?',
             lambda: f'这个文件的 SHA1 是 {rand_chars(hexd, 40)}，和官网的不一样怎么办？',
             lambda: f'docker image digest sha256:{rand_chars(hexd, 64)} — how do I pin it?',
             lambda: f'Explain this bcrypt hash: $2b$12${rand_chars(ALNUM + "./", 53)}',
             lambda: f'CRC32 {rand_chars(hexd.upper(), 8)} and xxHash64 {rand_chars(hexd, 16)} — which is stronger?',
             lambda: f'IPFS CID bafy{rand_chars("abcdefghijklmnopqrstuvwxyz234567", 55)} — explain the format.']:
    neg_made('hash', make)


def uuid4():
    h = rand_chars(hexd, 32)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice("89ab")}{h[17:20]}-{h[20:]}'


for make in [lambda: f'Find the row with id {uuid4()} in this SQL and explain the join.',
             lambda: f'请求 ID {uuid4()} 报 500，帮我分析日志。',
             lambda: f'Convert {{{uuid4().upper()}}} from a registry key to a .NET Guid literal.',
             lambda: f'Is {uuid4()} a v4 or v7 UUID?',
             lambda: f'ULID 01J{rand_chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)} — how do I get the time from it?',
             lambda: f'correlation-id: {uuid4()} — which service logged it first?',
             lambda: f'把 {uuid4()} 转成不带横线的 32 位格式。',
             lambda: f'Deduplicate these: {uuid4()}, {uuid4()}.']:
    neg_made('uuid', make)
for make in [lambda: f'Is $1,{digits(3)},{digits(3)}.00 a fair price for a 3-bed house in Ohio?',
             lambda: f'¥{R.randint(1, 9)},{digits(3)},000 的房子首付 30% 是多少？',
             lambda: f'Convert € {R.randint(10, 99)}.{digits(3)}.{digits(3)},{digits(2)} to USD at 1.08.',
             lambda: f'₹{R.randint(1, 9)},{digits(2)},{digits(2)},{digits(3)} in words, Indian numbering.',
             lambda: f'Total: 1{digits(3)} 999,99 kr — add 25% moms.',
             lambda: f'这台车落地价 {R.randint(10, 40)}.{digits(2)} 万，贷款三年月供多少？',
             lambda: f'Split a bill of £{R.randint(100, 999)}.{digits(2)} among 7 people.',
             lambda: f'Market cap {R.randint(100, 999)},{digits(3)},{digits(3)},{digits(3)} USD — in billions?']:
    neg_made('price', make)
for make in [lambda: f'Distance between {R.uniform(-80, 80):.6f}, {R.uniform(-170, 170):.6f} and {R.uniform(-80, 80):.6f}, {R.uniform(-170, 170):.6f}?',
             lambda: f'Convert 51°{R.randint(10, 59)}′{R.randint(10, 59)}″N 0°{R.randint(1, 59)}′{R.randint(10, 59)}″W to decimal.',
             lambda: f'GPS 39.{no_luhn_digits(12)}, 116.{no_luhn_digits(12)} — too many decimals? What precision is useful?',
             lambda: f'坐标 31.{digits(6)}, 121.{digits(6)} 在上海哪个区？',
             lambda: f'geohash wx4g0{rand_chars("0123456789bcdefghjkmnpqrstuvwxyz", 4)} — what area is that?',
             lambda: f'MGRS 33UXP{digits(5)}{digits(5)} to lat/long, please.',
             lambda: f'N 47° {R.randint(10, 59)}.{digits(3)} W 122° {R.randint(10, 59)}.{digits(3)} — convert to decimal degrees.',
             lambda: f'WGS84 转 GCJ-02：{R.uniform(20, 45):.8f}, {R.uniform(100, 125):.8f}']:
    neg_made('coordinate', make)
math_rows = ['2^64 = 18446744073709551616 — why is that the maximum of ulong plus one?',
             '18! = 6402373705728000; how many trailing zeros does 25! have?',
             'Is 1000000007 prime? Why do contest problems use it?',
             'Fibonacci(70) = 190392490709135 — verify with the closed form.',
             '计算 123456789 × 987654321 的结果，并说明怎么验算。',
             'Sum of 1..1000000 = 500000500000; show the formula.',
             'π ≈ 3.14159265358979 — how many digits does a double hold?',
             'Mersenne prime 2^61 − 1 = 2305843009213693951: prove it is prime or cite.',
             '把 6.02214076e23 写成完整的数字。',
             'What is 99999999999 mod 97?',
             f'Multiply {no_luhn_digits(7)} by {no_luhn_digits(6)} and explain the long multiplication.']
for text in math_rows:
    neg('math', text)
for make in [lambda: f'My statement shows a card ending in {digits(4)} — is that mine? (general question)',
             lambda: f'**** **** **** {digits(4)} was charged 9.99 — what is this subscription likely to be?',
             lambda: f'卡号尾号 {digits(4)} 的扣款是什么？怎么查？',
             lambda: f'Receipt shows XXXX-XXXX-XXXX-{digits(4)} — why do receipts mask the number?']:
    neg_made('masked', make)


# ---------------------------------------------------------------- checks and output

seen = set()
for label, kind, text in rows:
    assert text not in seen, text
    seen.add(text)
    if label == '0':
        check_negative(text)

HEADER = """# identifier-heldout-7.tsv: a seventh independent HELD-OUT set for identifiers (issue 15). Generated by
# tools/identifier_heldout7.py (seed 20261217; every checksum computed there) on 2026-12-06 by the s17-author7 author from the
# policy text of issue 15 only (items 1 and 2, its identifier kinds and adversarial spellings). The author read neither src/,
# docs/, the notes nor any other data file's rows or generator, and never ran the classifier on these lines. NEVER tune on it.
# Labelling: 1 = a card (Luhn + IIN range of any network incl. Mir, RuPay, Verve, Troy, UnionPay 62/81, Maestro 12-19; or any
# 12-19 digit number the text calls a card, unknown prefix or wrong check digit), 身份证 (18 digits GB 11643; wrong-check and
# 15-digit numbers after a 身份证 label), SSN, IBAN (mod-97, per-country length), phones in national formats or 7-9 digits after
# context words, dashed and other countries' driver's licences (also 驾驶证), passports (one MRZ line), vendor keys (AWS, GitHub,
# Stripe, Slack, Google, OpenAI, Azure storage/Service Bus, JWT, PEM), and NEW variants of every adversarial spelling: glued to
# Latin/Cyrillic/Vietnamese letters and camelCase, Cf characters not used before (Arabic letter mark, Mongolian vowel separator,
# interlinear annotation, musical beams, shorthand and hieroglyph format controls, Arabic number signs, Kaithi number sign,
# deprecated format chars), values split across messages (U+241E in the file: each part is sent as its own message) and lines
# (also U+2028/U+2029), underscores/en dashes/ideographic spaces/minus/non-breaking hyphens/narrow spaces/apostrophes/colons/pipes,
# base64 (padded, unpadded, url-safe, data: URI, inside JSON, double-encoded), Nd digits of scripts new to these sets (drawn by the seed from
# Adlam, Wancho, Ol Chiki, Javanese, Tangsa, Mro, mathematical, segmented ...) and mixed, full-width and subscript digits. 0 = order, invoice, tracking, ISBN,
# timestamp, version, hash, UUID, price, coordinate, math and masked-card numbers, none called a card/ID/phone, every 12-19 digit
# run (also joined by spaces, dashes or dots, after NFKC/Cf/Nd normalisation) failing Luhn. Columns: label <TAB> kind <TAB> text;
# a literal \\n is a line break."""

order = list(range(len(rows)))
R.shuffle(order)
content = HEADER + '\n' + '\n'.join('\t'.join(rows[i]) for i in order) + '\n'

if __name__ == '__main__':
    if '--check' in sys.argv:
        with open(OUT, encoding='utf-8') as f:
            same = f.read() == content
        print('identical' if same else 'DIFFERENT')
        sys.exit(0 if same else 1)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(content)
    pos_n = sum(1 for r in rows if r[0] == '1')
    print(f'{len(rows)} rows, {pos_n} sensitive, {len(rows) - pos_n} negative')
