#!/usr/bin/env python3
"""Writes Data/identifier-heldout-2.tsv (issue 15, independent held-out set; never tune on it).

The prompts are written by hand below; this script only fills in numbers with valid (or deliberately broken)
check digits: Luhn for cards, ISO 7064 MOD 11-2 for 身份证, ISO 13616 mod 97 for IBANs, and random strings
shaped like vendor keys. Fixed seed, so the committed TSV is reproducible:
    python3 identifier_heldout2.py > ../identifier-heldout-2.tsv
"""
import random
import string
import base64

R = random.Random(20261206)


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(body):
    for c in string.digits:
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def card_bad_check(prefix, length):
    good = card(prefix, length)
    bad = good[:-1] + str((int(good[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def not_luhn(prefix, length):
    while True:
        s = prefix + digits(length - len(prefix))
        if not luhn_ok(s):
            return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---- 身份证 (GB 11643, ISO 7064 MOD 11-2) ----
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def cn_id(region, birth, seq=None):
    body = region + birth + (seq or digits(3))
    return body + CHECK[sum(int(a) * b for a, b in zip(body, W)) % 11]


def cn_id_bad(region, birth):
    good = cn_id(region, birth)
    wrong = [c for c in "0123456789X" if c != good[-1]]
    return good[:-1] + R.choice(wrong)


# ---- IBAN (ISO 13616, mod 97) ----
def iban_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(country, bban):
    n = int(iban_digits(bban + country + "00"))
    check = 98 - n % 97
    value = f"{country}{check:02d}{bban}"
    assert int(iban_digits(value[4:] + value[:4])) % 97 == 1
    return value


def upper(n):
    return "".join(R.choice(string.ascii_uppercase) for _ in range(n))


def alnum(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def french_bban():
    bank, branch, account = digits(5), digits(5), digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def belgian_bban():
    first = digits(10)
    check = int(first) % 97 or 97
    return f"{first}{check:02d}"


def ssn():
    area = R.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def cn_mobile(prefix):
    return prefix + digits(11 - len(prefix))


def b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def b64url(n):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode().rstrip("=")


HEADER = """# identifier-heldout-2.tsv: an independent held-out set for identifiers (issue 15, policy items 1 and 2 plus the
# README's identifier list: cards, IBAN, SSN, 身份证, phones, passports, driving licences, keys and secrets).
# Written on 2026-12-06 by an author who has not read the detectors, their tuning data, the other held-out files or
# docs/sensitivity.md; prompts are hand-written in tools/identifier_heldout2.py, which only fills in numbers with
# valid (or deliberately broken) check digits and random key-shaped strings (fixed seed). Every value is invented.
# NEVER TUNE ON THIS FILE: do not read its prompts while changing a detector; the Dev test prints per-kind figures only.
# Format: label<TAB>kind<TAB>text; label 1 = sensitive; a literal \\n inside a text is a line break.
# Label decisions for borderline cases:
# - Any 12-19 digit number the text calls a card (card, credit/debit card, 卡号, 银行卡, 信用卡, 借记卡, 储蓄卡) is 1 even
#   with an unknown prefix or a wrong check digit ("card_called"); an 18-digit number after a 身份证 label is 1 even
#   with a wrong check digit, and a 15-digit first-generation ID after the label is 1.
# - Well-known test or documentation numbers (Stripe's 4242..., 4111..., the textbook GB82 WEST IBAN) written out in
#   full are 1 ("doc_example"): they pass Luhn / mod 97 and fall in a real range, the policy has no exception for
#   them and a router cannot tell them from real ones. Read that kind apart; it is the most debatable.
# - Masked values (XXXX XXXX XXXX 1234, 110105********1234, ********) and obvious placeholders (<your-key-here>,
#   YOUR_SECRET_KEY, user:password@localhost) are 0. Order, invoice, tracking, booking and ticket numbers, ISBN/EAN,
#   hashes, UUIDs, timestamps, versions, maths and explanations of how these numbers work are 0; the card-shaped
#   ones among them were generated to fail Luhn or to sit outside every IIN range, so the policy's letter also says 0.
# - Emergency and service short numbers (911, 112, 10086) are 0.
"""


def rows():
    V16 = card("4", 16)
    yield 1, "card", f"Can you check why this payment failed? Card: {g4(V16)}, exp 08/29, the site says 'do not honor'."
    yield 1, "card", f"my visa is {card('4', 13)} and it keeps getting declined online, is that an old card format?"
    yield 1, "card", f"Visa debit {g4(card('4', 19))} exp 03/30 — the ATM swallowed it, write a complaint to the bank."
    yield 1, "card", f"Please update the billing card on our account to {g4(card('53', 16), '-')} and send me a receipt."
    yield 1, "card", f"Mastercard {g4(card('2' + str(R.randint(221, 720)), 16))} expiry 11/28 CVC 304. Is this enough for a hotel pre-authorisation?"
    yield 1, "card", f"New company Amex: {group(card('37', 15), [4, 6, 5])}. Add it to the travel booking profile."
    yield 1, "card", f"amex {card('34', 15)} exp 0927 — charge the deposit to this one"
    yield 1, "card", f"Discover card {g4(card('6011', 16))} was charged twice by the same merchant, draft a dispute."
    yield 1, "card", f"Pay with {g4(card(str(R.randint(644, 649)), 16))} (Discover), exp 05/28."
    yield 1, "card", f"I entered {card('65', 16)} at checkout and it said 'invalid card'. What's wrong?"
    yield 1, "card", f"Diners Club {group(card('30' + str(R.randint(0, 5)), 14), [4, 6, 4])} exp 10/27, please book the lounge."
    yield 1, "card", f"Corporate Diners card {group(card('36', 14), [4, 6, 4])} — reconcile the October statement against the receipts."
    yield 1, "card", f"Old Carte Blanche/Diners number {card('38', 14)} still on file for the client, should we delete it?"
    yield 1, "card", f"JCB {g4(card(str(R.randint(3528, 3589)), 16))} exp 12/28 — will this work in Thailand?"
    yield 1, "card", f"請用這張JCB卡付款:{g4(card('3566', 16), '-')},有效期 07/29。"
    yield 1, "card", f"我的银联卡 {g4(card('6228', 19))} 在国外刷不了,帮我写一封邮件问银行。"
    yield 1, "card", f"银行卡号:{card('622202', 19)},开户行:工商银行北京分行,请帮我核对户名。"
    yield 1, "card", f"UnionPay {g4(card('81' + str(R.randint(0, 71)).zfill(2), 16))} — is this a new 81 series card? It was declined in Singapore."
    yield 1, "card", f"Maestro {group(card('6759', 12), [4, 4, 4])} — can I still use this in the UK?"
    yield 1, "card", f"Maestro card {card('5018', 13)} exp 06/27, rewrite my complaint to the shop."
    yield 1, "card", f"Maestro {g4(card('6304', 15))} expired last month, what do I do?"
    yield 1, "card", f"My Maestro debit card number is {card('5020', 18)}."
    yield 1, "card", f"Maestro {g4(card('676' + str(R.randint(1, 3)), 19))} was blocked after three wrong PINs."
    yield 1, "card", f"Карта Мир {g4(card('220' + str(R.randint(0, 4)), 16))}, срок 09/28 — оплата не проходит, помогите написать в банк."
    yield 1, "card", f"Mir card {card('2202', 16)} is not accepted by the booking site, what alternatives are there?"
    yield 1, "card", f"My RuPay card {g4(card('6076', 16))} was debited but the recharge failed."
    yield 1, "card", f"RuPay {g4(card('508' + str(R.randint(5, 9)), 16), '-')} exp 01/30, please raise a chargeback."
    yield 1, "card", f"Verve card {g4(card('5061' + str(R.randint(0, 1)) + str(R.randint(0, 9)), 19))} was debited twice at the POS in Lagos."
    yield 1, "card", f"Troy kartım {g4(card('9792', 16))} yurtdışında çalışmıyor, bankaya e-posta yaz."
    yield 1, "card", f"{g4(card('4', 16))} 09/28 123 john smith"
    yield 1, "card", f"Here is the pasted form:\\nName on card: K. Osei\\nNumber: {g4(card('51', 16))}\\nExpiry: 04/28\\nWhy did the form reject it?"
    yield 1, "card", f"信用卡 {g4(card('5' + str(R.randint(1, 5)), 16))} 有效期 10/28,帮我查一下这张卡的年费政策。"
    yield 1, "card", f"借记卡 {card('6217', 19)} 昨晚被盗刷了三笔,怎么写挂失申请?"
    yield 1, "card", f"The UATP card {card('1', 15)} is our airline travel account — add it to the booking tool."
    # Numbers the text calls a card, prefix or check digit wrong.
    yield 1, "card_called", f"My card number is {g4(not_luhn('7', 16))}, the shop says it's invalid but it's the one on the card."
    yield 1, "card_called", f"Credit card: {not_luhn('9' + str(R.randint(0, 6)), 16)} (store card from the department store)."
    yield 1, "card_called", f"debit card no. {g4(card_bad_check('4', 16), '-')} — i think i typed it wrong, which digit?"
    yield 1, "card_called", f"Card no {group(not_luhn('8' + str(R.randint(3, 9)), 15), [4, 6, 5])} please refund to this."
    yield 1, "card_called", f"Fuel card {not_luhn('70' + digits(2), 18)} was used at a station we don't have a contract with."
    yield 1, "card_called", f"Gift card number {g4(not_luhn('6' + digits(1), 16))}, PIN not shown — how do I check the balance?"
    yield 1, "card_called", f"卡号:{not_luhn('1', 16)},这是我的会员储值卡,余额怎么退?"
    yield 1, "card_called", f"我的银行卡 {g4(card_bad_check('6222', 19))} 转账一直失败。"
    yield 1, "card_called", f"信用卡号 {not_luhn('3' + str(R.choice([1, 2, 3, 9])), 16)},麻烦帮我写一封申请提额的信。"
    yield 1, "card_called", f"借记卡号 {g4(not_luhn('0' + digits(1), 12), '-')} 绑定失败。"
    yield 1, "card_called", f"储蓄卡 {not_luhn('95' + digits(2), 19)},开户行农商银行,怎么改绑手机号?"
    yield 1, "card_called", f"Pay from my card {card_bad_check('5', 16)} please"
    # IBAN
    yield 1, "iban", f"Please wire the deposit to IBAN {g4(iban('DE', digits(18)))} (Sparkasse), reference: flat 3."
    yield 1, "iban", f"My IBAN is {iban('GB', upper(4) + digits(14))}, can you write the standing order instruction?"
    yield 1, "iban", f"Virement sur {g4(iban('FR', french_bban()))}, merci de confirmer."
    yield 1, "iban", f"Transfer the refund to {g4(iban('ES', digits(20)))}, account holder M. Ruiz."
    yield 1, "iban", f"IBAN: {g4(iban('IT', upper(1) + digits(10) + digits(12)))} BIC UNCRITMM — is the BIC right for this bank?"
    yield 1, "iban", f"rekening {iban('NL', upper(4) + digits(10))} — graag de huur voor december hierop."
    yield 1, "iban", f"Swiss account for the invoice: {g4(iban('CH', digits(17)))}."
    yield 1, "iban", f"Prosze o przelew na {g4(iban('PL', digits(24)))}."
    yield 1, "iban", f"Salary transfer to my Saudi account {iban('SA', digits(20))}, can HR update it?"
    yield 1, "iban", f"收款账户 IBAN:{g4(iban('AE', digits(19)))},收款人迪拜分公司,帮我写付款申请。"
    yield 1, "iban", f"Belgian IBAN {g4(iban('BE', belgian_bban()))} — why does my banking app say the format is wrong?"
    yield 1, "iban", f"Supplier changed their bank details to {g4(iban('IE', upper(4) + digits(14)))} — draft an email to verify this by phone."
    # US SSN
    yield 1, "ssn", f"My SSN is {ssn()}, can you help me fill in the W-4?"
    yield 1, "ssn", f"Employee SSN {ssn().replace('-', '')} was entered wrong on the W-2, how do we issue a W-2c?"
    yield 1, "ssn", f"Social Security number: {ssn()} — is this needed on a rental application?"
    yield 1, "ssn", f"ssn {ssn().replace('-', ' ')} dob 04/12/1961, please fill the form"
    # 身份证
    yield 1, "cn_id", f"我的身份证号是{cn_id('110105', '19880512')},帮我填一下这个报名表。"
    yield 1, "cn_id", f"身份证:{cn_id('440305', '19930217')},姓名周某,帮我核对一下出生日期对不对。"
    yield 1, "cn_id", f"{cn_id('310115', '19760930')} 这是我妈的身份证号,医保怎么异地备案?"
    yield 1, "cn_id", f"公民身份号码 {cn_id('510107', '20010101')} 请帮我写一份实名认证申诉。"
    yield 1, "cn_id", f"Passenger ID (Chinese resident ID): {cn_id('330106', '19850721')} — add it to the train booking."
    S = cn_id('420111', '19990808')
    yield 1, "cn_id", f"身份证号码:{S[:6]} {S[6:14]} {S[14:]}"
    yield 1, "cn_id_bad_check", f"身份证号:{cn_id_bad('370102', '19820315')},系统提示校验失败,是不是输错了?"
    yield 1, "cn_id_bad_check", f"我的身份证 {cn_id_bad('320102', '19951124')} 在App上认证不通过,怎么办?"
    yield 1, "cn_id_bad_check", f"身份证号码 {cn_id_bad('130102', '19700601')} 请帮我写一份情况说明。"
    yield 1, "cn_id_15", f"老身份证号 {'210102' + '650807' + digits(3)},还能办理社保吗?"
    yield 1, "cn_id_15", f"身份证号码:{'350203' + '720214' + digits(3)}(一代证),帮我写换证申请。"
    # Phones
    yield 1, "cn_mobile", f"我的手机号是{cn_mobile('138')},快递到了打我电话。"
    yield 1, "cn_mobile", f"联系方式:{(lambda m: m[:3] + '-' + m[3:7] + '-' + m[7:])(cn_mobile('186'))},张女士"
    yield 1, "cn_mobile", f"Call me on +86 {(lambda m: m[:3] + ' ' + m[3:7] + ' ' + m[7:])(cn_mobile('139'))} when you land in Shanghai."
    yield 1, "cn_mobile", f"电话 {cn_mobile('159')} 微信同号,帮我写个二手房出售的帖子。"
    yield 1, "cn_mobile", f"新手机号{cn_mobile('199')}已绑定,旧号作废,帮我通知一下客户。"
    yield 1, "phone_local", f"Please send the OTP messages to {R.randint(8, 9)}{digits(3)} {digits(4)}, my Singapore number."
    yield 1, "phone_local", f"My registered number is {R.randint(2, 8)}{digits(6)}, but the bank keeps texting the old one."
    yield 1, "phone_local", f"text me at {R.randint(5, 9)}{digits(7)} when the parcel arrives"
    yield 1, "phone_local", f"Our landline is {R.randint(2, 3)}{digits(3)} {digits(4)} (Hong Kong), call after 6pm."
    yield 1, "phone_local", f"我家座机是{R.randint(5, 8)}{digits(7)},白天没人接就打这个。"
    yield 1, "phone_local", f"联系电话:{R.randint(6, 8)}{digits(3)}-{digits(4)}(本地),有问题随时联系。"
    yield 1, "phone_local", f"You can reach me at {R.randint(6, 7)}{digits(2)} {digits(3)} {digits(3)}, that's my mobile in Spain."
    yield 1, "phone_local", f"Messages to {R.randint(2, 9)}{digits(2)}-{digits(4)} please, it's my home phone in the village."
    yield 1, "phone_intl", f"Reach me on +44 7{R.randint(4, 9)}{digits(2)} {digits(6)} after 5pm UK time."
    yield 1, "phone_intl", f"My mobile is 07{R.randint(4, 9)}{digits(2)} {digits(3)} {digits(3)}, text me the booking code."
    yield 1, "phone_intl", f"Handy: +49 151 {digits(8)} — bitte zurückrufen."
    yield 1, "phone_intl", f"Appelle-moi au 06 {digits(2)} {digits(2)} {digits(2)} {digits(2)} demain matin."
    yield 1, "phone_intl", f"携帯: 090-{digits(4)}-{digits(4)} に電話してください。"
    yield 1, "phone_intl", f"WhatsApp me on +91 9{digits(4)} {digits(5)} for the site visit."
    yield 1, "phone_intl", f"Mob: 04{digits(2)} {digits(3)} {digits(3)} (Australia) — call before noon."
    yield 1, "phone_intl", f"Meu celular é (11) 9{digits(4)}-{digits(4)}, me liga."
    yield 1, "phone_intl", f"Call me at (415) {R.randint(2, 9)}{digits(2)}-{digits(4)} about the lease."
    yield 1, "phone_intl", f"手機 09{digits(2)}-{digits(3)}-{digits(3)},有事請打給我。"
    yield 1, "phone_intl", f"제 번호는 010-{digits(4)}-{digits(4)}입니다. 도착하면 연락 주세요."
    yield 1, "phone_intl", f"Mi número es +52 55 {digits(4)} {digits(4)}, llámame."
    # Passports and driving licences
    yield 1, "passport", f"My passport number is {R.randint(5, 6)}{digits(8)}, please add it to the visa form."
    yield 1, "passport", f"护照号码:E{digits(8)},帮我填一下签证申请表。"
    yield 1, "passport", f"Passport no. {upper(1)}{digits(7)} (India), expiry 2031 — can I travel to Thailand?"
    yield 1, "passport", f"Reisepass-Nr. C{alnum(8, string.ascii_uppercase.replace('O', '') + string.digits)} — bitte in die Buchung eintragen."
    yield 1, "passport", f"passport: {upper(2)}{digits(7)}, nationality French, add to the hotel registration."
    yield 1, "licence", f"Driver's license: {upper(1)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)} (Florida), please add it to the rental form."
    yield 1, "licence", f"My driver's licence number is {upper(1)}{digits(3)}-{digits(4)}-{digits(4)}, the DMV says it is suspended, help me appeal."
    yield 1, "licence", f"DL# {upper(1)}-{digits(3)}-{digits(3)}-{digits(3)}-{digits(3)} (Maryland) exp 2029."
    yield 1, "licence", f"driving licence number MORGA{digits(1)}{R.randint(0, 1)}{R.randint(1, 9)}{R.randint(1, 2)}{digits(2)}{upper(2)}9{upper(2)} — DVLA asked me to confirm it"
    yield 1, "licence", f"California driver license {upper(1)}{digits(7)}, please fill the insurance quote."
    yield 1, "licence", f"驾驶证号:{cn_id('440106', '19900318')},扣分怎么处理?"
    # Keys, tokens, connection strings, private keys, passwords
    yield 1, "secret", f"Why does boto3 say access denied? aws_access_key_id = AKIA{alnum(16, string.ascii_uppercase + '234567')}\\naws_secret_access_key = {alnum(40, string.ascii_letters + string.digits + '/+')}"
    yield 1, "secret", f"git push fails with ghp_{alnum(36)} as the password, what scopes does the token need?"
    yield 1, "secret", f"Here's my config: OPENAI_API_KEY=sk-proj-{alnum(64, string.ascii_letters + string.digits + '-_')} — why do I get 429?"
    yield 1, "secret", f"stripe.api_key = \"sk_live_{alnum(24)}\" — is it safe to call this from the browser?"
    yield 1, "secret", f"Slack bot token xoxb-{digits(12)}-{digits(13)}-{alnum(24)} returns not_authed, any idea?"
    yield 1, "secret", f"const mapsKey = 'AIza{alnum(35, string.ascii_letters + string.digits + '_-')}'; // why is the map grey?"
    yield 1, "secret", f"Connection string: DefaultEndpointsProtocol=https;AccountName=contosoprodlogs;AccountKey={b64(64)};EndpointSuffix=core.windows.net — the function can't read the queue."
    yield 1, "secret", f"DATABASE_URL=postgres://app_admin:{alnum(14, string.ascii_letters + string.digits + '!#%')}@db-prod-eu.internal:5432/orders  ← migrations time out, why?"
    yield 1, "secret", f"mongodb+srv://svc_reporting:{alnum(16)}@cluster0.x7k2p.mongodb.net/analytics?retryWrites=true — atlas says auth failed"
    yield 1, "secret", "Can you tell me what this key is for?\\n-----BEGIN RSA PRIVATE KEY-----\\n" + "\\n".join(b64(48) for _ in range(6)) + "\\n-----END RSA PRIVATE KEY-----"
    yield 1, "secret", "-----BEGIN OPENSSH PRIVATE KEY-----\\n" + "\\n".join(b64(51) for _ in range(5)) + "\\n-----END OPENSSH PRIVATE KEY-----\\nssh says bad permissions, what chmod do I need?"
    yield 1, "secret", f"Decode this for me: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{b64url(90)}.{b64url(32)}"
    yield 1, "secret", f"curl -H 'Authorization: Bearer {alnum(48)}' https://api.example-crm.com/v2/contacts returns 401"
    yield 1, "secret", f"my wifi password is {alnum(4)}#{alnum(5)}!{digits(2)}, write it nicely on a card for guests"
    yield 1, "secret", f"WiFi密码是 {alnum(10, string.ascii_letters + string.digits + '@#')},帮我做一张贴在前台的提示卡。"
    yield 1, "secret", f"数据库配置:host=10.0.3.12 user=root 密码={alnum(12, string.ascii_letters + string.digits + '!@')},连接超时怎么办?"
    yield 1, "secret", f"SENDGRID_API_KEY=SG.{alnum(22, string.ascii_letters + string.digits + '-_')}.{alnum(43, string.ascii_letters + string.digits + '-_')}"
    yield 1, "secret", f"from huggingface_hub import login; login(token='hf_{alnum(34)}') fails behind the proxy"
    yield 1, "secret", f"https://storageacct01.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2027-01-31T00:00:00Z&spr=https&sig={b64(32).replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')} gives 403"
    yield 1, "secret", f"ftp://backup:{alnum(10)}@files.acme-logistics.com/nightly/ — how do I mount this in Linux?"
    # Email addresses
    yield 1, "email", "Please forward the contract to h.varga.personal@gmail.com rather than my work inbox."
    yield 1, "email", "我的邮箱是 liuyiting_1991@163.com,报名结果请发到这里。"
    # Adversarial spellings
    V = card("4", 16)
    yield 1, "spelling", f"card:{V[:4]}.{V[4:8]}.{V[8:12]}.{V[12:]} exp 02/29"
    yield 1, "spelling", f"my number is card{card('5' + str(R.randint(1, 5)), 16)}ok"
    yield 1, "spelling", "身份证" + "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in cn_id('110108', '19870404')) + " 帮我填表"
    I = cn_id('500103', '19920616')
    yield 1, "spelling", f"id {I[:6]}-{I[6:14]}-{I[14:]} for the booking"
    M = card("6011", 16)
    yield 1, "spelling", f"Discover {M[:8]}\\n{M[8:]} (it wrapped onto two lines)"
    # Documentation / test numbers written out in full (see header).
    yield 1, "doc_example", "Why does the Stripe test card 4242 4242 4242 4242 get declined in my test mode checkout?"
    yield 1, "doc_example", "Is 4111 1111 1111 1111 a real Visa card or just a test number?"
    yield 1, "doc_example", "Why does GB82 WEST 1234 5698 7654 32 pass IBAN validation if it's only an example?"
    # ---- negatives ----
    yield 0, "order_tracking", f"My Amazon order 11{R.randint(1, 4)}-{digits(7)}-{digits(7)} still says 'preparing for dispatch'. What can I do?"
    yield 0, "order_tracking", f"UPS tracking 1Z{alnum(6, string.ascii_uppercase + string.digits)}{digits(10)} shows an exception, what does that mean?"
    yield 0, "order_tracking", f"USPS tracking number {g4('9400' + digits(18))} hasn't updated in 5 days."
    yield 0, "order_tracking", f"FedEx tracking {g4(not_luhn('77', 12))} — is the delivery signature required?"
    yield 0, "order_tracking", f"淘宝订单号 {not_luhn('20' + str(R.randint(4, 9)), 19)} 还没发货,怎么催卖家?"
    yield 0, "order_tracking", f"顺丰单号 SF{digits(13)} 显示已签收但我没收到。"
    yield 0, "order_tracking", f"Invoice INV-2026-{digits(6)} is overdue by 14 days, write a polite reminder."
    yield 0, "order_tracking", f"发票号码 {digits(8)},发票代码 0{digits(11)},怎么查验真伪?"
    yield 0, "order_tracking", f"Booking reference {g4(not_luhn('88', 16))} — can I change the date online?"
    yield 0, "order_tracking", f"E-ticket number 176-{digits(10)} — how do I add my frequent flyer number?"
    yield 0, "order_tracking", f"京东订单{not_luhn('28', 12)}的发票怎么开成公司抬头?"
    yield 0, "order_tracking", f"Order #{not_luhn('10', 16)} arrived damaged, draft a return request."
    yield 0, "isbn_barcode", "Is ISBN 978-0-13-468599-1 the third edition of Effective Java?"
    yield 0, "isbn_barcode", "The classic ISBN-10 example 0-306-40615-2 — how is its check digit computed?"
    EAN = "400638133393"
    ean = EAN + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(EAN)) % 10) % 10)
    yield 0, "isbn_barcode", f"Barcode EAN-13 {ean} on the cereal box — which country issued it?" if not luhn_ok(ean) else f"Barcode EAN {ean}"
    yield 0, "isbn_barcode", f"图书条码 ISBN 978-7-{digits(3)}-{digits(5)}-{R.randint(0, 9)} 是哪个出版社的?"
    yield 0, "hash_uuid", f"The sha256 of the installer is {alnum(64, '0123456789abcdef')}, does it match the published one?"
    yield 0, "hash_uuid", f"git revert {alnum(40, '0123456789abcdef')} reverted too much, how do I undo the revert?"
    yield 0, "hash_uuid", f"Request id {alnum(8, '0123456789abcdef')}-{alnum(4, '0123456789abcdef')}-4{alnum(3, '0123456789abcdef')}-a{alnum(3, '0123456789abcdef')}-{alnum(12, '0123456789abcdef')} failed with 500, where do I look in App Insights?"
    yield 0, "hash_uuid", f"docker pull nginx@sha256:{alnum(64, '0123456789abcdef')} gives manifest unknown."
    yield 0, "hash_uuid", f"md5 {alnum(32, '0123456789abcdef')} — is MD5 still OK for checking file integrity?"
    yield 0, "timestamp_version", f"Convert the epoch 17{digits(8)} to UTC."
    yield 0, "timestamp_version", f"Log line: 2026-11-{R.randint(10, 28)}T{R.randint(10, 23)}:{digits(2)}:{digits(2)}.{digits(3)}Z ERROR pool exhausted — what does this mean?"
    yield 0, "timestamp_version", f"Epoch milliseconds 17{digits(11)} — which day is that in Beijing time?"
    yield 0, "timestamp_version", "After upgrading to Windows 10.0.19045.4412 my VPN stopped working."
    yield 0, "timestamp_version", "Is Node v20.18.1 or v22.11.0 the better LTS for a new project?"
    yield 0, "timestamp_version", f"日志流水号 {not_luhn('2026120', 17)} 是什么格式?"
    yield 0, "maths", "Is 2147483647 prime? Show the reasoning."
    yield 0, "maths", "What is 123456789 × 987654321?"
    yield 0, "maths", "2^64 = 18446744073709551616; how many digits does 2^128 have?"
    yield 0, "maths", "Sort these: 4532, 1188, 90210, 31415926535, 27182818284."
    yield 0, "maths", "计算 3.1415926535 × 2.7182818284 保留六位小数。"
    yield 0, "maths", "Convert 0x7FFFFFFF to decimal and binary."
    yield 0, "explanation", "How does the Luhn algorithm detect a mistyped credit card number?"
    yield 0, "explanation", "What do the first six digits of a credit card number mean, and why are Amex numbers 15 digits?"
    yield 0, "explanation", "How are the two check digits of an IBAN computed?"
    yield 0, "explanation", "身份证号码的第17位和第18位分别代表什么?"
    yield 0, "explanation", "What's the format of a US Social Security number and which ranges are never issued?"
    yield 0, "explanation", "Write a regex that validates Chinese mainland mobile numbers."
    yield 0, "explanation", "UK IBANs are GB + 2 check digits + a 4-letter bank code + 6-digit sort code + 8-digit account number. What about German ones?"
    yield 0, "explanation", "银行卡号的前六位是什么意思?怎么看是哪家银行的卡?"
    yield 0, "explanation", "How do I store API keys safely in an Azure Function?"
    yield 0, "explanation", "What makes a strong password, and how often should employees change it?"
    yield 0, "placeholder", "export OPENAI_API_KEY=<your-key-here> — where do I put this on Windows?"
    yield 0, "placeholder", "In the docs they write postgres://user:password@localhost:5432/mydb — do I replace both parts?"
    yield 0, "placeholder", "Set AWS_SECRET_ACCESS_KEY=YOUR_SECRET_KEY in the .env file, is that the right variable name?"
    yield 0, "placeholder", "My statement shows card number XXXX XXXX XXXX 4821 — is it normal that only the last four digits appear?"
    yield 0, "placeholder", "快递单上显示身份证号 110105********1234,这样打码安全吗?"
    yield 0, "placeholder", "The form shows password: ******** — how do I reveal it in Chrome?"
    yield 0, "placeholder", "请在表格中填写:手机号 1XX-XXXX-XXXX,身份证号 XXXXXXXXXXXXXXXXXX。这个示例格式清楚吗?"
    yield 0, "general_numbers", "The Great Wall is about 21,196 km long; how long would it take to walk?"
    yield 0, "general_numbers", "China's population was 1,408,280,000 at the end of 2024; what share lives in cities?"
    yield 0, "general_numbers", "Call 911 or 112 — which one works in Europe?"
    yield 0, "general_numbers", "中国移动客服电话10086怎么转人工?"
    yield 0, "general_numbers", "Our Q3 revenue was $12,480,000 against a budget of $11,950,000; what's the variance in percent?"
    yield 0, "general_numbers", "Room 1803 is on which floor if the hotel skips the 13th and 14th floors?"


def main():
    out = [HEADER.rstrip("\n")]
    for label, kind, text in rows():
        assert "\t" not in text and "\n" not in text, text
        out.append(f"{label}\t{kind}\t{text}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
