using System.Buffers;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A secret-looking value assigned to a credential name: <c>DB_PASSWORD=…</c>, <c>"token": "…"</c>,
/// <c>my password is …</c>, <c>the password for my gmail is …</c>, <c>set the password to …</c>, <c>密码：…</c>,
/// <c>密码改成了…</c>. The span is the value. Questions about passwords have no
/// assigned value, and placeholders or ordinary words fail the value test.
/// </summary>
internal sealed class SecretAssignmentDetector : ISensitivityDetector
{
    private const int MaxValueLength = 200;

    public string Name => "secret_assignment";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "random value assigned";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var first = found.Count;
        Find(input.Text, found);
        if (found.Count > first)
        {
            SecretValue.DropElidedCopies(input, found, first, AfterPasswordName);
        }
    }

    // A password keeps its dots ("password: Tr0ub4dor...3x"): only keys and tokens are read as elided.
    private static bool AfterPasswordName(string text, int start)
    {
        var from = Math.Max(0, start - 24);
        var before = text.AsSpan(from, start - from);
        return before.Contains("pass", StringComparison.OrdinalIgnoreCase) || before.Contains("pwd", StringComparison.OrdinalIgnoreCase)
            || before.Contains("密码", StringComparison.Ordinal) || before.Contains("口令", StringComparison.Ordinal);
    }

    private static void Find(string text, List<TextSpan> found)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOfAny(AsciiNames);
            if (at < 0)
            {
                break;
            }
            from = Check(text, from + at, found);
        }
        for (var from = 0; from < text.Length - 1;)
        {
            // Two-char Chinese names: find a first char cheaply, then confirm the pair.
            var at = text.AsSpan(from, text.Length - 1 - from).IndexOfAny(ChineseFirstChars);
            if (at < 0)
            {
                break;
            }
            var start = from + at;
            from = IsChineseName(text.AsSpan(start, 2)) ? Check(text, start, found) : start + 1;
        }
    }

    /// <summary>Checks for an assignment at a name found at <paramref name="start"/>; returns where to search on.</summary>
    private static int Check(string text, int start, List<TextSpan> found)
    {
        var end = SecretAssignment.NameEnd(text, start);
        var appSecret = AppSecretName(text, start, end);
        if (!appSecret && !IsNameBoundary(text, start, end))
        {
            return end;
        }
        var name = text.AsSpan(start, end - start);
        if (IsPasswordName(name) && (InMeetingInvite(text, start, end) || VenueWifi(text, start, end)))
        {
            return end;
        }
        var bare = false;
        var valueStart = SecretAssignment.SkipOperator(text, end, SecretAssignment.OperatorOptional(name));
        if (valueStart < 0 && appSecret)
        {
            // "AppSecret 9f3c…", "飞书 app_secret 5a9e…": a platform's app secret is pasted after its console label with no
            // operator; only a long random value (the 32-hex secrets of WeChat, DingTalk, Feishu, Alipay) counts then.
            valueStart = SecretAssignment.SkipOperator(text, end, optional: true);
            bare = valueStart >= 0;
        }
        var apiKey = false;
        if (valueStart < 0 && !appSecret && SecretAssignment.IsApiKeyName(name))
        {
            // "Freshdesk API key Zx8PqLmN3vRt5KwYb2Jd": a vendor key with no prefix of its own, pasted bare after its label;
            // only a plainly random value counts then (SecretAssignment.IsBareVendorKey).
            valueStart = SecretAssignment.SkipOperator(text, end, optional: true);
            bare = apiKey = valueStart >= 0;
        }
        if (valueStart < 0 && SecretAssignment.IsSpelledOutPassword(name))
        {
            valueStart = SecretAssignment.SkipProse(text, end, out bare);
        }
        if (valueStart < 0)
        {
            return end;
        }
        var valueEnd = SecretAssignment.ValueEnd(text, valueStart, MaxValueLength);
        var value = text.AsSpan(valueStart, valueEnd - valueStart);
        if (!SecretAssignment.IsSecretValue(value, IsPasswordName(name)) || bare && !SecretAssignment.IsStrongBareValue(value)
            || bare && appSecret && value.Length < 16 || apiKey && !SecretAssignment.IsBareVendorKey(value))
        {
            return end;
        }
        found.Add(new(valueStart, valueEnd));
        return Math.Max(valueEnd, end);
    }

    /// <summary>
    /// The secret of a platform app or merchant account: "AppSecret", "appsecret", "app_secret", "App Secret", "client secret",
    /// "mch key" (WeChat Pay's merchant key), "consumer key" (OAuth 1, NetSuite token-based auth), where the name may be glued to its qualifier in lower case. A bare "secret" after
    /// other words keeps the boundary rule.
    /// </summary>
    private static bool AppSecretName(string text, int start, int end)
    {
        var name = text.AsSpan(start, end - start);
        if (name.StartsWith("mch", StringComparison.OrdinalIgnoreCase) || name.StartsWith("consumer", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!name.StartsWith("secret", StringComparison.OrdinalIgnoreCase) || (end < text.Length && char.IsAsciiLetterLower(text[end])))
        {
            return false;
        }
        var before = text.AsSpan(0, start);
        if (before.Length > 0 && before[^1] is ' ' or '_' or '-')
        {
            before = before[..^1];
        }
        foreach (var qualifier in AppQualifiers)
        {
            if (before.EndsWith(qualifier, StringComparison.OrdinalIgnoreCase)
                && (before.Length == qualifier.Length || !char.IsAsciiLetterLower(before[^(qualifier.Length + 1)])))
            {
                return true;
            }
        }
        return false;
    }

    // Sixteenth author: the label-led secrets of OAuth 1 / token-based auth and of webhooks ("token secret 9b3e…", "signing
    // secret …", "webhook secret …"), pasted bare after their console label like an app secret.
    private static readonly string[] AppQualifiers = ["app", "client", "consumer", "corp", "token", "signing", "webhook", "shared"];

    /// <summary>
    /// A passcode in a meeting invitation ("Meeting ID: 812 3456 7890 Passcode: 482913", "会议号…会议密码…"): it is sent to
    /// every invitee and opens one call, so it is not a credential of the person writing. The invitation's own cues must be
    /// near: a meeting, conference or webinar id or number, or the conferencing service's name.
    /// </summary>
    private static bool InMeetingInvite(string text, int start, int end)
    {
        var from = Math.Max(0, start - MeetingReach);
        var to = Math.Min(text.Length, end + MeetingReach / 2);
        var window = text.AsSpan(from, to - from);
        return window.IndexOfAny(MeetingCues) >= 0 || window.Contains("会议", StringComparison.Ordinal);
    }

    private const int MeetingReach = 120;

    /// <summary>
    /// A venue's guest Wi-Fi password ("房间号 1401，WiFi 密码 06472215，酒店前台给的", "café wifi password: latte2024"): the
    /// hotel, café or airport hands it to every guest, so it is no credential of the writer. A Wi-Fi word right before the
    /// password name and a venue word near it.
    /// </summary>
    private static bool VenueWifi(string text, int start, int end)
    {
        var from = Math.Max(0, start - 12);
        if (text.AsSpan(from, start - from).IndexOfAny(WifiWords) < 0)
        {
            return false;
        }
        var windowStart = Math.Max(0, start - MeetingReach);
        var to = Math.Min(text.Length, end + MeetingReach);
        var window = text.AsSpan(windowStart, to - windowStart);
        // The writer's own network, or one the writer posts for guests ("my wifi password … on a card for guests",
        // "WiFi密码…帮我做一张贴在前台的提示卡"), stays a credential: only a password handed to the writer is the venue's.
        var ownerFrom = Math.Max(0, start - 24);
        if (text.AsSpan(ownerFrom, start - ownerFrom).IndexOfAny(OwnerWords) >= 0 || window.IndexOfAny(PostingWords) >= 0)
        {
            return false;
        }
        return window.IndexOfAny(VenueWords) >= 0;
    }

    private static readonly SearchValues<string> OwnerWords = SearchValues.Create(
        ["my ", "our ", "我的", "我家", "我们", "我們", "本店", "我店"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PostingWords = SearchValues.Create(
        ["for guests", "for our guests", "for my guests", "for the guests", "card for", "sign for", "提示卡", "贴在", "贴到", "貼在", "帮我做", "幫我做"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> WifiWords = SearchValues.Create(["wifi", "wi-fi", "wlan", "无线", "無線"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> VenueWords = SearchValues.Create(
        ["hotel", "front desk", "reception", "lobby", "guest", "café", "cafe", "coffee shop", "restaurant", "airport", "lounge", "library",
            "hostel", "airbnb", "酒店", "宾馆", "賓館", "前台", "民宿", "咖啡", "餐厅", "餐廳", "机场", "機場", "图书馆", "候机", "客房", "房间号"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> MeetingCues = SearchValues.Create(
        ["meeting id", "meeting number", "meeting no", "meeting pass", "meeting pwd", "conference id", "conference call", "webinar", "zoom", "webex", "teams meeting", "google meet",
            "meet.google", "gotomeeting", "join the meeting", "join meeting", "dial-in", "dial in"],
        StringComparison.OrdinalIgnoreCase);

    private static bool IsChineseName(ReadOnlySpan<char> pair) => pair is "密码" or "口令" or "密钥" or "秘钥" or "令牌";

    /// <summary>
    /// "bypass" and "tokens" are not credential names: an ASCII name must not continue a lower-case word
    /// on the left (camelCase "dbPassword" is fine) nor go on with a lower-case letter on the right.
    /// </summary>
    private static bool IsNameBoundary(string text, int start, int end)
    {
        if (!char.IsAsciiLetter(text[start]))
        {
            return true;
        }
        if (start > 0 && char.IsAsciiLetterLower(text[start - 1]) && char.IsAsciiLetterLower(text[start]))
        {
            return false;
        }
        if (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            return false;
        }
        return end >= text.Length || !char.IsAsciiLetterLower(text[end]);
    }

    private static bool IsPasswordName(ReadOnlySpan<char> name) =>
        name.StartsWith("pass", StringComparison.OrdinalIgnoreCase) || name.StartsWith("pwd", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("pin", StringComparison.OrdinalIgnoreCase) || name is "密码" or "口令";

    // Vectorised multi-string searches; NameEnd extends a hit to the full name (password, secret_key, …).
    // Chinese names are searched apart (and only in text with CJK) so the ASCII set keeps the fast
    // ASCII case-insensitive path.
    private static readonly SearchValues<string> AsciiNames = SearchValues.Create(
        ["pass", "pwd", "pin", "secret", "token", "apikey", "api_key", "api-key", "access_key", "access-key", "accesskey",
         "private_key", "private-key", "privatekey", "credential", "api key", "access key", "secret key", "bearer", "mch_key", "mch key", "mchkey",
         "consumer key", "consumer_key", "consumer-key", "consumerkey"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> ChineseFirstChars = SearchValues.Create("密口秘令");
}
