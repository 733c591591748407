#!/usr/bin/env python3
"""Generates samples/requests.jsonl: a synthetic request log for `router classify` and `router replay`.

Deterministic (fixed seed). Every identifier and secret below is synthetic: IDs and cards are generated to
pass their checksums so detectors fire, but belong to no one; keys are random strings in the right shape.
Run: python3 samples/generate_requests.py > samples/requests.jsonl
"""
import json
import random
import string
import base64

rng = random.Random(20261123)

EASY_EN = [
    "Translate 'good morning' into French.",
    "What is the capital of Australia?",
    "Give me three synonyms for 'happy'.",
    "Write a one-line birthday message for a colleague.",
    "Convert 72 degrees Fahrenheit to Celsius.",
    "Summarise in one sentence: the meeting moved from Tuesday to Thursday.",
    "Fix the spelling: 'recieve the pacakge tommorow'.",
    "What does HTTP status 404 mean?",
    "Suggest a name for a coffee shop near a library.",
    "How many days are there in a leap year?",
    "Rewrite politely: 'send me the report now'.",
    "What is 15% of 80?",
    "List the days of the week in Spanish.",
    "Is a tomato a fruit or a vegetable?",
    "Explain what a password manager is in two sentences.",
    "What is the difference between a password and a passphrase?",
]
EASY_ZH = [
    "把“谢谢你的帮助”翻译成英文。",
    "北京是哪个国家的首都?",
    "给我三个形容天气好的成语。",
    "帮我写一句简短的生日祝福。",
    "一年有多少个月?",
    "把这句话改得更礼貌一些:“快把文件发给我”。",
    "“人工智能”用英语怎么说?",
    "推荐一个适合周末的室内活动。",
    "解释一下什么是二维码。",
    "用一句话总结:会议从周二改到了周四。",
    "如何设置一个安全的密码?请给出三条建议。",
    "订单号 20231118000123 的发货状态一般多久更新?",
]
HARD_EN = [
    "Prove that there are infinitely many primes of the form 4k+3, and explain why the same argument fails for 4k+1.",
    "Design a multi-tenant rate limiter for a serverless API that must stay correct across regions with eventual consistency. Compare token bucket and sliding window log approaches, and give the failure modes.",
    "A train leaves at 14:10 at 80 km/h; a second leaves the same station at 14:40 at 110 km/h on a parallel track. When and where does the second overtake the first? Then generalise to n trains with increasing speeds.",
    "Write a C# implementation of a lock-free single-producer single-consumer ring buffer and argue its memory-ordering correctness on ARM64.",
    "Explain the difference between Bayesian and frequentist confidence intervals, with a worked example where they disagree materially.",
    "Given a directed graph with negative edge weights but no negative cycles, derive Johnson's algorithm and analyse its complexity versus running Bellman-Ford from every vertex.",
    "Refactor this legacy pattern: a 3,000-line service class with 40 dependencies. Propose a step-by-step migration to vertical slices with tests at each step, including how to keep deployments safe.",
    "Solve: find all real x such that sqrt(x+3) + sqrt(2x-1) = 5, and justify that no extraneous roots remain.",
    "Critically compare the CAP theorem framing with PACELC for a globally distributed ledger; which trade-offs would you make for a payments system and why?",
    "Derive the gradient of softmax cross-entropy with respect to the logits and explain numerically stable implementation choices.",
    "Analyse the time complexity of the following recursive function T(n) = 2T(n/2) + n log n and prove the bound.",
    "Write a SQL query that returns, per customer, the longest streak of consecutive days with at least one order, handling time zones correctly.",
    "Request id 3f2a9c1e-7b4d-4e8a-9f61-2c5d8e0b7a13 failed with sha256 9b74c9897bac770ffc029102a200c5de0e2f5a8c1f1a3e2b4c6d8e0f1a2b3c4d; design a retry policy with idempotency keys for this payment workflow.",
]
HARD_ZH = [
    "证明:对任意正整数 n,1³+2³+…+n³ = (1+2+…+n)²,并给出一个几何解释。",
    "设计一个支持千万级用户的分布式限流系统,要求跨地域一致,比较令牌桶和滑动窗口算法的优缺点及失效场景。",
    "一个水池有两个进水管和一个出水管,甲管单独注满需6小时,乙管需8小时,丙管放空需12小时。三管同时打开,多久注满?如果两小时后关闭乙管呢?请详细推导。",
    "请分析 Transformer 中自注意力的时间和空间复杂度,并比较线性注意力、稀疏注意力和 FlashAttention 的权衡。",
    "用 C# 实现一个线程安全的 LRU 缓存,要求 O(1) 的读写,并解释在高并发下如何减少锁竞争。",
    "比较微服务架构中 Saga 模式的编排式和协同式实现,给出一个电商下单流程的完整设计和补偿逻辑。",
    "求解微分方程 y'' + 4y' + 4y = e^{-2x},并说明特解形式选择的理由。",
    "版本 v2.3.15 发布于 2024-03-01T10:15:00Z 之后出现内存泄漏,请给出系统性的排查步骤和可能原因分析。",
]
NAMES_EN = ["Alice Martin", "Brian Chen", "Carla Gomez", "David Okafor", "Emma Novak"]
NAMES_ZH = ["张伟", "王芳", "李娜", "刘洋", "陈静"]


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randrange(10))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def cn_resident_id():
    region = rng.choice(["110101", "310104", "440305", "510107", "330106"])
    birth = f"{rng.randint(1960, 2002)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body = region + birth + f"{rng.randrange(1000):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]
    return body + check


def mobile():
    return "1" + rng.choice("3456789") + "".join(rng.choice(string.digits) for _ in range(9))


def rand(chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def email(name):
    return name.lower().replace(" ", ".") + "@example.com"


def sensitive_prompt():
    name = rng.choice(NAMES_EN)
    zh = rng.choice(NAMES_ZH)
    kind = rng.randrange(14)
    if kind == 0:
        return f"Draft a reply to {name} ({email(name)}) confirming the refund for card {luhn_complete('4', 16)}.", False
    if kind == 1:
        return f"请帮我核对客户{zh}的身份证号 {cn_resident_id()} 和手机号 {mobile()} 是否填写在正确的表格栏位。", False
    if kind == 2:
        return f"Our deploy fails. Config: aws_access_key_id=AKIA{rand(string.ascii_uppercase + string.digits, 16)} region=eu-west-1. What is wrong with the IAM policy?", False
    if kind == 3:
        key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
        return f"Why does this connection string not work? DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey={key};EndpointSuffix=core.windows.net", False
    if kind == 4:
        return f"Debug this script: GITHUB_TOKEN=ghp_{rand(string.ascii_letters + string.digits, 36)} git push fails with 403. Explain the likely causes and a fix.", True
    if kind == 5:
        return f"Summarise the complaint from {name}, phone +44 20 7946 {rng.randint(1000, 9999)}, about the delayed shipment.", False
    if kind == 6:
        return f"Transfer instructions for {name}: IBAN GB82WEST12345698765432, amount EUR 1,200. Write a confirmation email.", False
    if kind == 7:
        return f"Employee {name}, SSN {rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}, needs a payroll correction letter.", False
    if kind == 8:
        return f"用户{zh}的银行卡号 {luhn_complete('62', 16)} 绑定失败,请写一段客服回复。", False
    if kind == 9:
        return f"The server at 10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)} rejects our requests; our key is sk-{rand(string.ascii_letters + string.digits, 48)}. Analyse the TLS handshake logs and propose a fix.", True
    if kind == 10:
        return f"-----BEGIN RSA PRIVATE KEY-----\nMIIE{rand(string.ascii_letters + string.digits + '+/', 60)}\n-----END RSA PRIVATE KEY-----\nIs this key format compatible with OpenSSH?", False
    if kind == 11:
        return f"db_password = \"{rand(string.ascii_letters + string.digits + '!@#%', 20)}\" — why does the connection pool exhaust under load, and how should we size it for 2,000 rps?", True
    if kind == 12:
        return f"请把{zh}(邮箱 {rand(string.ascii_lowercase, 7)}@example.cn,电话 {mobile()})的投诉整理成一份正式报告,并分析根本原因。", True
    return f"Project Falcon launch plan: summarise the risks for the board in five bullet points.", False


def token_counts(prompt, hard):
    prompt_tokens = max(8, int(len(prompt) / 3.2)) + rng.randint(0, 20)
    completion = rng.randint(300, 900) if hard else rng.randint(20, 150)
    return prompt_tokens, completion


def main():
    lines = []
    for i in range(1, 361):
        roll = rng.random()
        if roll < 0.22:
            prompt, hard = sensitive_prompt()
        elif roll < 0.50:
            prompt, hard = rng.choice(HARD_EN + HARD_ZH), True
        else:
            prompt, hard = rng.choice(EASY_EN + EASY_ZH), False
        entry = {"id": f"req-{i:04d}"}
        if rng.random() < 0.25:
            entry["messages"] = [
                {"role": "system", "content": "You are a helpful assistant for an enterprise support team."},
                {"role": "user", "content": prompt},
            ]
        else:
            entry["prompt"] = prompt
        if rng.random() < 0.3:
            entry["tenant"] = rng.choice(["acme-bank", "contoso-research", "internal-hr"])
        if rng.random() < 0.06:
            entry["model"] = "gpt-4o"
        if rng.random() < 0.05:
            entry["force_private"] = True
        if rng.random() < 0.5:
            entry["prompt_tokens"], entry["completion_tokens"] = token_counts(prompt, hard)
        lines.append(json.dumps(entry, ensure_ascii=False))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
