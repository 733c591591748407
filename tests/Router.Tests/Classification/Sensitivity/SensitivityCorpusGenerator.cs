namespace Router.Tests.Classification.Sensitivity;

/// <summary>A generated prompt: its text and the entity type a detector should find (null for a negative).</summary>
internal sealed record LabelledPrompt(string Text, string? ExpectedType, string Language);

/// <summary>
/// Generates realistic Chinese and English prompts with and without sensitive content, including hard
/// negatives (order and invoice numbers, hashes, UUIDs, versions, timestamps, password questions, product
/// codes). Templates vary formats on purpose; they are written from how people write, not from the regexes.
/// </summary>
internal sealed class SensitivityCorpusGenerator(Random random)
{
    public static readonly string[] TenantTerms = ["Project Falcon", "星辰计划", "Bluebird-7"];

    private readonly SensitiveValueFactory _values = new(random);

    public IEnumerable<LabelledPrompt> Positives(int count)
    {
        var makers = PositiveMakers();
        for (var i = 0; i < count; i++)
        {
            var (type, make) = makers[i % makers.Length];
            var (text, language) = make();
            yield return new LabelledPrompt(text, type, language);
        }
    }

    public IEnumerable<LabelledPrompt> Negatives(int count)
    {
        var makers = NegativeMakers();
        for (var i = 0; i < count; i++)
        {
            var (text, language) = makers[i % makers.Length]();
            yield return new LabelledPrompt(text, null, language);
        }
    }

    private (string Type, Func<(string, string)> Make)[] PositiveMakers()
    {
        var v = _values;
        (string, string) En(string text) => (text, "en");
        (string, string) Zh(string text) => (text, "zh");
        string Card() => v.Random.Next(3) switch
        {
            0 => v.CardNumber(),
            1 => SensitiveValueFactory.Grouped(v.CardNumber(), 4, ' '),
            _ => SensitiveValueFactory.Grouped(v.CardNumber(), 4, '-'),
        };
        string Iban() => v.Random.Next(3) switch
        {
            0 => v.Iban(),
            1 => SensitiveValueFactory.Grouped(v.Iban(), 4, ' '),
            _ => v.Iban().ToLowerInvariant(),
        };
        string CnId()
        {
            var id = v.CnResidentId();
            return v.Random.Next(4) == 0 ? id.ToLowerInvariant() : id;
        }
        string Mobile()
        {
            var m = v.CnMobile();
            return v.Random.Next(3) switch { 0 => m, 1 => $"+86 {m[..3]} {m[3..7]} {m[7..]}", _ => $"{m[..3]}-{m[3..7]}-{m[7..]}" };
        }
        string Phone() => v.Pick<Func<string>>(
        [
            () => $"({v.Random.Next(201, 990)}) {v.Random.Next(200, 999)}-{v.Digits(4)}",
            () => $"{v.Random.Next(201, 990)}-{v.Random.Next(200, 999)}-{v.Digits(4)}",
            () => $"+1 {v.Random.Next(201, 990)} {v.Random.Next(200, 999)} {v.Digits(4)}",
            () => $"+44 20 {v.Digits(4)} {v.Digits(4)}",
            () => $"+49 30 {v.Digits(8)}",
            () => $"+33 1 {v.Digits(2)} {v.Digits(2)} {v.Digits(2)} {v.Digits(2)}",
            () => $"{v.Random.Next(201, 990)}.{v.Random.Next(200, 999)}.{v.Digits(4)}",
            () => $"010-{v.Random.Next(2, 9)}{v.Digits(7)}",
            () => $"0755-{v.Random.Next(2, 9)}{v.Digits(7)}",
        ])();
        string Password() => v.StrongPassword();
        return
        [
            ("payment_card", () => En($"Please charge my card {Card()} for the annual plan, expiry 0{v.Random.Next(1, 9)}/2{v.Random.Next(6, 9)}.")),
            ("payment_card", () => Zh($"我的银行卡号是{Card()}，帮我写一封挂失申请")),
            ("payment_card", () => En($"Why was {Card()} declined at checkout yesterday?")),
            ("iban", () => En($"Wire the deposit to IBAN {Iban()} before Friday, reference rent March.")),
            ("iban", () => Zh($"请把款项汇到这个账户：{Iban()}，收款人王强")),
            ("us_ssn", () => En($"My SSN is {v.UsSsn()}, can you fill in the W-4 form for me?")),
            ("us_ssn", () => En($"Employee record: name Jane Doe, social security number {v.UsSsn().Replace("-", v.Random.Next(2) == 0 ? " " : "")}, start date March 3.")),
            ("cn_resident_id", () => Zh($"身份证号：{CnId()}，请帮我核对一下出生日期")),
            ("cn_resident_id", () => Zh($"帮我填一下表格，姓名李娜，证件号码 {CnId()}，电话见附件")),
            ("cn_resident_id", () => En($"The applicant's Chinese ID number is {CnId()}; draft a visa cover letter.")),
            ("cn_mobile", () => Zh($"我的手机号是{Mobile()}，有快递请打这个电话")),
            ("cn_mobile", () => Zh($"联系人：张伟 {Mobile()}，地址北京市朝阳区")),
            ("cn_mobile", () => En($"Text the driver at {Mobile()} when you land in Shanghai.")),
            ("phone", () => En($"You can reach me at {Phone()} after 5pm.")),
            ("phone", () => Zh($"客户电话 {Phone()}，请明天回访")),
            ("phone", () => En($"Summarise this voicemail: 'Hi, it's Tom, call me back on {Phone()}, thanks.'")),
            ("email", () => En($"Draft a reply to {v.Email()} confirming the meeting.")),
            ("email", () => Zh($"请把报告发到我的邮箱{v.Email()}，谢谢")),
            ("ip_address", () => En($"Our database server {v.Ipv4()} keeps timing out, how do I debug it?")),
            ("ip_address", () => Zh($"服务器地址是 {v.Ipv6()}，防火墙怎么配置？")),
            ("ip_address", () => En($"Block traffic from {v.Ipv4()} in nginx.")),
            ("ip_address", () => Zh($"访问 http://{v.Ipv4()}:{v.Random.Next(1024, 65535)}/admin 时超时了")),
            ("email", () => Zh($"有问题请联系我（{v.Email()}）。")),
            ("email", () => Zh($"简历请投 {v.Pick(["zhangsan", "li.na", "wang_wei88"])}#{v.Pick(["163", "126", "qq"])}.com，注明岗位")),
            ("email", () => En($"Write to {v.Pick(["john.smith", "a.kumar", "maria_g"])} [at] {v.Pick(["gmail", "outlook", "yahoo"])} [dot] com for the invite.")),
            ("passport_number", () => En($"My passport number is {v.Pick(["E", "G", "K"])}{v.Digits(8)}; please fill in the visa form.")),
            ("passport_number", () => Zh($"护照号码：{v.Pick(["E", "G"])}{v.Digits(8)}，下个月到期")),
            ("cn_mobile", () => Zh($"怕被屏蔽，我的电话写成{string.Concat(v.CnMobile().Select(d => "〇一二三四五六七八九"[d - '0']))}，晚上打")),
            ("im_account", () => Zh($"有事加我QQ：{v.Random.Next(1, 10)}{v.Digits(v.Random.Next(5, 10))}，白天在线")),
            ("im_account", () => Zh($"我的微信号是 {v.Pick(["zhang", "lina", "wang", "chen"])}{v.Pick(["_", "-", ""])}{v.Digits(4)}，加的时候备注一下")),
            ("driver_license", () => En($"My driver's license number is {v.Pick(["D", "S", "wb", ""])}{v.Digits(8)}; update the rental form.")),
            ("driver_license", () => Zh($"驾驶证档案编号 {v.Digits(12)}，帮我查一下扣了几分")),
            ("phone", () => Zh($"请拨打客服热线 {v.Random.Next(400, 401)}-{v.Digits(3)}-{v.Digits(4)} 咨询")),
            ("aws_access_key", () => En($"aws configure asks for a key; I used {v.AwsKey()} but it fails, why?")),
            ("azure_storage_key", () => En($"This fails: AccountKey={v.StorageKey()} in my config file")),
            ("connection_string", () => En($"Fix my appsettings: \"DefaultEndpointsProtocol=https;AccountName=prodlogs{v.Random.Next(100)};AccountKey={v.StorageKey()};EndpointSuffix=core.windows.net\"")),
            ("connection_string", () => Zh($"连接字符串 Server=tcp:sql{v.Random.Next(9)}.database.windows.net,1433;Database=crm;User Id=admin;Password={Password()}; 报错了")),
            ("github_token", () => En($"git push fails with token {v.GithubToken()} — what scope is missing?")),
            ("openai_key", () => En($"Here is my key {v.OpenAiKey()}, why does the API return 401?")),
            ("openai_key", () => Zh($"OPENAI_API_KEY={v.OpenAiKey()} 这样设置对吗")),
            ("api_token", () => En($"My integration returns 401 with the key {v.VendorToken()}, is it revoked?")),
            ("api_token", () => Zh($"这个密钥 {v.VendorToken()} 还能用吗？")),
            ("azure_sas_token", () => En($"Download fails: https://prod{v.Random.Next(100)}.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&spr=https&sig={v.SasSignature()}")),
            ("azure_sas_token", () => Zh($"上传地址 https://files{v.Random.Next(100)}.blob.core.windows.net/in?sp=racw&st=2026-01-01&se=2026-02-01&sv=2022-11-02&sr=c&sig={v.SasSignature()} 返回 403")),
            ("url_credentials", () => En($"DATABASE_URL=postgres://app:{Uri.EscapeDataString(Password())}@db{v.Random.Next(9)}.internal:5432/prod doesn't connect")),
            ("url_credentials", () => Zh($"git clone https://deploy:{Uri.EscapeDataString(Password())}@git.example.cn/team/app.git 报错 403")),
            ("http_credentials", () => En($"Postman sends Authorization: Basic {Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{v.Pick(["ops", "svc-build", "li.na"])}:{Password()}"))} and gets 403, why?")),
            ("http_credentials", () => Zh($"curl -u {v.Pick(["admin", "deploy", "wangwei"])}:{Password()} https://ci.internal/api 返回 401")),
            ("jwt", () => En($"Decode this token for me: {v.Jwt()}")),
            ("jwt", () => Zh($"请求头 Authorization: Bearer {v.Jwt()} 返回403")),
            ("private_key", () => En($"Is this key in the right format?\n{v.PrivateKey()}")),
            ("secret_assignment", () => En($"My .env has DB_PASSWORD={Password()} and the app still can't connect.")),
            ("secret_assignment", () => Zh($"我的邮箱密码是{Password()}，帮我看看为什么登录不了")),
            ("secret_assignment", () => En($"The password for my {v.Pick(["gmail", "bank", "work VPN", "router"])} account is {Password()} — is it strong enough?")),
            ("secret_assignment", () => Zh($"家里wifi密码改成了{Password()}，帮我写个通知")),
            ("secret_assignment", () => En($"config.yaml:\n  redis:\n    password: \"{Password()}\"\n  port: 6379")),
            ("secret_assignment", () => En($"{{\"client_id\": \"app-{v.Random.Next(1000)}\", \"client_secret\": \"{v.Chars("abcdef0123456789", 32)}\"}}")),
            ("confidential_term", () => En($"Write a press release about {v.Pick(["Project Falcon", "project falcon", "PROJECT FALCON"])} launching next quarter.")),
            ("confidential_term", () => Zh($"总结一下星辰计划第三阶段的风险")),
            ("confidential_term", () => En("Compare Bluebird-7 with our competitor's roadmap.")),
        ];
    }

    private Func<(string, string)>[] NegativeMakers()
    {
        var v = _values;
        (string, string) En(string text) => (text, "en");
        (string, string) Zh(string text) => (text, "zh");
        string LuhnFailing(int length)
        {
            while (true)
            {
                var n = v.Random.Next(1, 10) + v.Digits(length - 1);
                if (!SensitiveValueFactory.LuhnValid(n))
                {
                    return n;
                }
            }
        }
        return
        [
            () => En($"Order #{LuhnFailing(v.Random.Next(10, 17))} still hasn't arrived, write a complaint email."),
            () => Zh($"订单号：{LuhnFailing(v.Random.Next(12, 20))}，什么时候发货？"),
            () => En($"Invoice INV-{2020 + v.Random.Next(6)}-{v.Digits(5)} totals $1,{v.Digits(3)}.{v.Digits(2)}; summarise the line items."),
            () => Zh($"发票号码 {LuhnFailing(v.Random.Next(16, 20))}，金额 {v.Random.Next(100, 9999)} 元，帮我做报销单"),
            // Not called a card: since issue 15 a number the text calls a card is one whatever its check digit.
            () => En($"The checksum of {SensitiveValueFactory.Grouped(v.CardNumber(valid: false), 4, ' ')} does not add up — explain how Luhn works."),
            () => En($"Tracking number 1Z{v.Chars("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 16)} shows no movement."),
            () => Zh($"顺丰运单号 SF{v.Digits(12)} 显示已签收"),
            () => En($"git show {v.HexHash(40)} — why does this commit break the build?"),
            () => En($"The file's SHA-256 is {v.HexHash(64)}, and MD5 {v.HexHash(32)}. Are they consistent?"),
            () => Zh($"这个请求的 trace id 是 {v.Uuid()}，帮我分析日志"),
            () => En($"Why do I get a duplicate key error for id {v.Uuid()}?"),
            () => En($"Upgrade from version {v.Random.Next(1, 9)}.{v.Random.Next(0, 20)}.{v.Random.Next(0, 9)}.{v.Random.Next(0, 200)} to the latest release."),
            () => Zh($"升级到 {v.Random.Next(1, 9)}.{v.Random.Next(0, 20)}.{v.Random.Next(0, 9)}.{v.Random.Next(0, 200)} 版本后报错"),
            () => En($"Is v{v.Random.Next(1, 9)}.{v.Random.Next(0, 20)}.{v.Random.Next(0, 30)} compatible with .NET 10?"),
            () => En($"Convert the timestamp {1600000000 + v.Random.Next(200000000)} to ISO 8601."),
            () => En($"The log line says 2024-{v.Random.Next(1, 13):00}-{v.Random.Next(1, 29):00}T{v.Random.Next(24):00}:{v.Random.Next(60):00}:{v.Random.Next(60):00}.{v.Digits(3)}Z, which time zone is that?"),
            () => Zh($"会议时间是 2025年{v.Random.Next(1, 13)}月{v.Random.Next(1, 29)}日 {v.Random.Next(8, 18)}:30，请帮我写提醒"),
            () => En($"Epoch millis {1700000000000L + v.Random.Next()} — what date is it?"),
            () => En("How do I reset my password?"),
            () => En($"Look at {v.Pick(["qq", "163"])}.com for the latest news, then summarise it."),
            () => En("How long does a passport renewal take, and what photo size is required?"),
            () => Zh("一二三四五六七八九十，数字用中文写：一三五七九是奇数，二四六八是偶数。"),
            () => Zh($"QQ 群最多能有 {v.Random.Next(200, 3000)} 人吗？微信 MiniProgram 呢？"),
            () => En("Should the Authorization: Bearer <token> header be added by a DelegatingHandler or per request?"),
            () => Zh($"docker run -u {v.Random.Next(1000, 2000)}:{v.Random.Next(1000, 2000)} 之后再用 curl 访问健康检查，权限不对"),
            () => En($"Is {v.Random.Next(38, 50)} out of 50 a pass on the driver's license test? My score was {v.Digits(7)} in the app."),
            () => En($"Our software license covers {v.Random.Next(5, 500)} seats under contract {v.Digits(9)}; do we need more?"),
            () => En("Change the password to something stronger and explain why the old one was weak."),
            () => En($"The password for the {v.Pick(["admin", "guest", "service"])} account is required; how do I make the form say so?"),
            () => En("What is the difference between Stripe's sk_live_ and sk_test_ keys, and where do I find them?"),
            () => En($"Is https://prod{v.Random.Next(100)}.blob.core.windows.net/exports/report.csv?sv=2022-11-02&sp=r public, or does it need a sig= parameter?"),
            () => En($"Our template uses DATABASE_URL=postgres://app:${{DB_PASSWORD}}@db{v.Random.Next(9)}:5432/prod, how do I set the variable?"),
            () => Zh("连接串格式是 mysql://user:<password>@host:3306/db，密码应该放在哪里？"),
            () => En("What makes a strong password, and how often should users change it?"),
            () => En("The password must be at least 12 characters; how do I enforce that in ASP.NET Identity?"),
            () => Zh("忘记密码了怎么办？怎么找回账号"),
            () => Zh("密码是什么意思？为什么网站要求包含大小写字母"),
            () => En("Set password=<your-password> and api_key=*** in the template, users fill them in."),
            () => En("In the sample config, token: xxx and secret: changeme are placeholders."),
            () => En($"Product SKU {v.Chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2)}-{v.Digits(4)}-{v.Digits(2)} is out of stock."),
            () => Zh($"型号 {v.Chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3)}-{v.Digits(3)}-{v.Digits(4)} 的说明书在哪里下载？"),
            () => En($"Part number {v.Digits(3)}-{v.Digits(3)}-{v.Digits(4)} fits the 2019 model, right?"),
            () => En($"Compute {v.Random.Next(100000, 9999999)} * {v.Random.Next(1000, 99999)} and explain the steps."),
            () => Zh($"今年营收 {v.Random.Next(1000, 99999)} 万元，同比增长 {v.Random.Next(1, 60)}%，帮我写总结"),
            () => En("Explain the difference between TCP and UDP in simple terms."),
            () => Zh("用Python写一个快速排序，并解释时间复杂度"),
            () => En($"The IBAN {SensitiveValueFactory.Grouped(v.Iban(valid: false), 4, ' ')} failed validation; what does mod 97 check?"),
            // Not called an ID: after a 身份证 label any 18-character number counts (issue 15).
            () => Zh($"这串数字 {v.CnResidentId(valid: false)} 的校验位不通过，是哪里错了？"),
            () => En($"Test data: SSN {v.UsSsn(valid: false)} should be rejected by our validator."),
            () => En($"Our falcon project for birds: how do falconry permits work?"),
            () => En($"Latitude {v.Random.Next(-90, 90)}.{v.Digits(6)}, longitude {v.Random.Next(-180, 180)}.{v.Digits(6)} — what city is that?"),
            () => Zh($"股票代码 600{v.Digits(3)} 今天涨了 {v.Random.Next(1, 10)}.{v.Digits(2)}%"),
            () => En($"Set max_tokens: {v.Random.Next(1000, 200000)} and temperature 0.{v.Random.Next(1, 9)} in the request."),
            () => Zh($"请参见第 {v.Random.Next(1, 9)}.{v.Random.Next(1, 9)}.{v.Random.Next(1, 9)}.{v.Random.Next(1, 9)} 节的说明"),
            () => En($"ISBN 978-{v.Random.Next(0, 2)}-{v.Digits(3)}-{v.Digits(5)}-{v.Random.Next(10)} is the second edition."),
            () => En($"Segfault at 0x7ffd{v.HexHash(8)} in frame #{v.Random.Next(2, 30)}, how do I read this backtrace?"),
            () => Zh($"支付宝交易号 {2024}{v.Digits(24)}，退款进度怎么查"),
            () => En($"Use the regex ^\\d{{3}}-\\d{{2}}-\\d{{4}}$ to validate SSNs in the form; what about 'password' fields?"),
        ];
    }
}
