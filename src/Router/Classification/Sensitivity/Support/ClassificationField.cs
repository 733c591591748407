namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A security-level field at the start of a line whose value is not a marker we list: "保密等级：内部",
/// "Security classification: Amber", "Sensitivity: Internal". The field itself says the document carries a level;
/// only a value that says "public" (公开, 非密, Public, Unclassified, None…) leaves it unmarked. Plain
/// "Classification:" and "Sensitivity:" are ordinary words (taxonomy, ML), so after them the value must be a level
/// word; after a security label a short code counts too.
/// </summary>
internal static class ClassificationField
{
    private const int MaxValueLength = 30;

    private static readonly string[] StrongLabels =
    [
        "security classification", "data classification", "classification level", "sensitivity label", "protective marking",
        // Fourteenth pass: the level field under the other names document-control blocks give it.
        "security level", "information classification", "info classification", "document classification", "information security level",
        "info security level", "confidentiality level", "confidentiality class", "confidentiality", "sensitivity level", "data sensitivity",
        "information security classification", "security label", "handling level",
        "密级", "保密等级", "保密级别", "密级程度", "文件密级", "标密", "知悉范围",
        // How far this copy may circulate (传阅范围：仅限部门负责人): a restriction, not a public value (see CirculationValue).
        "传阅范围", "阅读范围", "阅知范围", "分发范围", "发放范围", "商密等级", "商密级别",
        // 別 is left as it is by the fold (保密級別 reads 保密级別).
        "保密级別", "商密级別",
    ];

    private static readonly string[] WeakLabels =
        ["classification", "sensitivity", "marking", "handling", "label", "信息分类", "文件级别", "文件级別", "安全级别", "安全级別"];

    // The secrecy fields proper: under them 一般 is a grade (核心/重要/一般), not the public value it is elsewhere.
    private static readonly string[] SecrecyLabels = ["密级", "保密等级", "保密级别", "保密级別", "文件密级", "密级程度"];

    private static readonly string[] PublicValues =
    [
        "public", "unclassified", "none", "n/a", "na", "open", "general", "not classified", "公开", "非密", "无", "不涉密", "普通", "一般",
    ];

    private static readonly string[] LevelWords =
    [
        "internal", "confidential", "restricted", "secret", "sensitive", "private", "official", "limited", "amber", "red",
        "company confidential", "highly confidential", "strictly confidential", "top secret", "commercial in confidence",
        "内部", "秘密", "机密", "绝密", "受限", "敏感",
        "company secret", "company restricted", "company internal", "highly sensitive", "business confidential", "strictly internal",
        // Trade-secret grades (普通商密, 核心商业秘密): 普通 alone is a public value, 普通商密 a level; 核心 and 重要 grade the
        // secrecy of the document they head (保密级别：重要).
        "核心", "重要", "商密", "商业秘密", "普通商密", "普通商业秘密", "核心商密", "核心商业秘密", "一般商密", "重要商密",
    ];

    // After a circulation label only a restriction counts (仅限…, 限…, 只限…, 内部…); 全体员工 or 公开 is no marker.
    private static readonly string[] CirculationLabels = ["传阅范围", "阅读范围", "阅知范围", "分发范围", "发放范围"];

    private static readonly string[] RestrictedCirculation = ["仅限", "仅供", "只限", "只供", "限", "内部", "指定"];

    // One OrdinalIgnoreCase search of ASCII and Chinese words together walks a slow Unicode automaton over the text.
    private static readonly CaseInsensitiveWords Gate = new(
        ["classification", "sensitivity", "marking", "handling", "label", "security level", "confidentiality", "密级", "保密等级", "保密级别", "标密", "信息分类", "文件级别", "知悉范围",
         // 级别/级別 find the line of 安全级别, 保密级別, 文件级別 (a new first character such as 安 would stop the search far more often).
         "级别", "级別",
         "传阅范围", "阅读范围", "阅知范围", "分发范围", "发放范围", "商密等级", "商密级别"]);

    public static void FindAll(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        for (var from = 0; from < span.Length;)
        {
            var at = Gate.IndexIn(span[from..]);
            if (at < 0)
            {
                return;
            }
            at += from;
            var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            if (at == 0)
            {
                lineStart = 0;
            }
            var lineEnd = text.IndexOf('\n', at) is var n and >= 0 ? n : text.Length;
            if ((PurviewLabel(text, at, lineEnd) ?? FieldValue(text, lineStart, lineEnd) ?? SegmentValue(text, lineStart, at, lineEnd)
                ?? QuotedFieldValue(text, at, lineEnd) ?? AttributeValue(text, at, lineEnd)) is { } value)
            {
                found.Add(value);
                return;
            }
            from = lineEnd + 1;
        }
    }

    /// <summary>
    /// A field in a document-control line or footer whose fields are set off by bars: "Doc ID FIN-14 | Version 0.3 |
    /// Classification: Internal | Owner: Finance". The field is read as a line of its own, up to the next bar.
    /// </summary>
    private static TextSpan? SegmentValue(string text, int lineStart, int at, int lineEnd)
    {
        var bar = text.AsSpan(lineStart, at - lineStart).LastIndexOfAny('|', '｜');
        if (bar < 0 || text.AsSpan(lineStart + bar + 1, at - lineStart - bar - 1).IndexOfAnyExcept(" \t") >= 0)
        {
            return null;
        }
        var segmentEnd = text.AsSpan(at, lineEnd - at).IndexOfAny('|', '｜') is var next and >= 0 ? at + next : lineEnd;
        return FieldValue(text, lineStart + bar + 1, segmentEnd);
    }

    /// <summary>
    /// 'Turn this into slides: "Classification: INTERNAL. The 2027 tariff model …"': the field opens a quote that a request's
    /// colon hands over, so it is the first line of the quoted document; read from the quote as a line of its own.
    /// </summary>
    private static TextSpan? QuotedFieldValue(string text, int at, int lineEnd)
    {
        var before = text.AsSpan(0, at).TrimEnd(" \t");
        if (before.Length < 2 || before[^1] is not ('"' or '“' or '「' or '\'' or '‘'))
        {
            return null;
        }
        before = before[..^1].TrimEnd(" \t");
        return before.Length > 0 && before[^1] is ':' or '：' ? FieldValue(text, at, lineEnd) : null;
    }

    /// <summary>
    /// The label a Microsoft Purview / AIP client writes into a message's headers or a file's properties:
    /// "MSIP_Label_&lt;guid&gt;_Name=Confidential" (found where the field gate meets "Label" after "MSIP_"). Only where the
    /// label's name is a level, not Public or General.
    /// </summary>
    private static TextSpan? PurviewLabel(string text, int label, int lineEnd)
    {
        if (label < 5 || !text.AsSpan(label - 5, 5).Equals("MSIP_", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        for (var from = label; from < lineEnd;)
        {
            var name = text.AsSpan(from, lineEnd - from).IndexOf("_Name=", StringComparison.OrdinalIgnoreCase);
            if (name < 0)
            {
                return null;
            }
            var valueStart = from + name + 6;
            var valueEnd = valueStart;
            while (valueEnd < lineEnd && valueEnd - valueStart < MaxValueLength && text[valueEnd] is not (';' or '\r' or '"' or '\''))
            {
                valueEnd++;
            }
            var value = text.AsSpan(valueStart, valueEnd - valueStart).Trim();
            if (StartsWithAny(value, LevelWords) && !StartsWithAny(value, PublicValues))
            {
                return new TextSpan(valueStart, valueEnd);
            }
            from = valueEnd;
        }
        return null;
    }

    /// <summary>The value of "label: value" when the line is that field (decoration allowed before the label).</summary>
    private static TextSpan? FieldValue(string text, int lineStart, int lineEnd)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        var labelStart = line.IndexOfAnyExcept(" \t*#-•[【>＞");
        if (labelStart < 0)
        {
            return null;
        }
        var colon = line.IndexOfAny(':', '：');
        if (colon <= labelStart)
        {
            return null;
        }
        var label = line[labelStart..colon].Trim();
        var strong = Matches(label, StrongLabels);
        if (!strong && !Matches(label, WeakLabels))
        {
            return null;
        }
        var raw = line[(colon + 1)..];
        // "Label: Company Confidential. Summarise the findings", "保密级别：重要。以下是…": the value ends with its sentence; a
        // question after it is about the field ("密级：核心。这是什么意思？").
        var sentenceEnd = raw.IndexOf(". ", StringComparison.Ordinal) is var stop and > 0 ? stop : raw.IndexOf('。');
        if (sentenceEnd > 0)
        {
            if (raw[sentenceEnd..].ContainsAny('?', '？') && AskedAbout(raw[sentenceEnd..]))
            {
                return null;
            }
            raw = raw[..sentenceEnd];
        }
        var value = raw.Trim(" \t】]*");
        if (value.IsEmpty || value.Length > MaxValueLength || value.ContainsAny('?', '？')
            || (StartsWithAny(value, PublicValues) && !StartsWithAny(value, LevelWords) && !(value.SequenceEqual("一般") && Matches(label, SecrecyLabels)))
            || (Matches(label, CirculationLabels) && !StartsWithAny(value, RestrictedCirculation) && !StartsWithAny(value, LevelWords)))
        {
            return null;
        }
        // "文件级别：重要的话需要怎么审批": 核心/重要 run on into a phrase; a grade stands alone (or heads 商密, 商业秘密).
        if ((value.StartsWith("核心", StringComparison.Ordinal) || value.StartsWith("重要", StringComparison.Ordinal)) && value.Length > 2 && HanText.IsHan(value[2]) && value[2] != '商')
        {
            return null;
        }
        // A strong label takes a short code ("Amber", "C2", "内部") too; a long value is a title ("…: a beginner's guide").
        if (!StartsWithAny(value, LevelWords) && !LevelCode(value) && !(strong && value.Length <= 12 && value.Count(' ') <= 1))
        {
            return null;
        }
        var valueStart = lineStart + colon + 1 + (raw.Length - raw.TrimStart(" \t】]*").Length);
        return new TextSpan(valueStart, valueStart + value.Length);
    }

    /// <summary>
    /// A markup attribute or JSON/YAML key holding a level in quotes, anywhere on its line: <c>classification="confidential"</c>,
    /// <c>"sensitivity": "restricted"</c>, <c>dataClassification: 'internal'</c>. The quotes say it is a field's value, not prose.
    /// </summary>
    private static TextSpan? AttributeValue(string text, int at, int lineEnd)
    {
        // A question about the field ("How do I set \"sensitivity\": \"confidential\" in …?") is no label of this text.
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        if (text.AsSpan(lineStart, lineEnd - lineStart).ContainsAny('?', '？'))
        {
            return null;
        }
        var i = at;
        while (i < lineEnd && char.IsAsciiLetter(text[i]))
        {
            i++;
        }
        var label = text.AsSpan(at, i - at);
        if (!label.Equals("classification", StringComparison.OrdinalIgnoreCase) && !label.Equals("sensitivity", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (i < lineEnd && text[i] is '"' or '\'')
        {
            i++;
        }
        while (i < lineEnd && text[i] == ' ')
        {
            i++;
        }
        if (i >= lineEnd || text[i] is not ('=' or ':'))
        {
            return null;
        }
        i++;
        while (i < lineEnd && text[i] == ' ')
        {
            i++;
        }
        if (i >= lineEnd || text[i] is not ('"' or '\''))
        {
            return null;
        }
        var close = text.AsSpan(i + 1, lineEnd - i - 1).IndexOf(text[i]);
        if (close <= 0 || close > MaxValueLength)
        {
            return null;
        }
        var value = text.AsSpan(i + 1, close);
        return StartsWithAny(value, LevelWords) && !StartsWithAny(value, PublicValues) ? new TextSpan(i + 1, i + 1 + close) : null;
    }

    /// <summary>
    /// A graded level code, C2–C5 or L2–L5 ("Classification: C3", "C4 - Secret"): the schemes that number their levels give
    /// C1/L1 to public material, so those do not count; a taxonomy or a model's classes are not written this way.
    /// </summary>
    private static bool LevelCode(ReadOnlySpan<char> value) =>
        value.Length >= 2 && value[0] is 'C' or 'L' && value[1] is >= '2' and <= '5' && (value.Length == 2 || !char.IsAsciiLetterOrDigit(value[2]));

    private static bool AskedAbout(ReadOnlySpan<char> rest)
    {
        foreach (var cue in (ReadOnlySpan<string>)["什么", "什麼", "意思", "含义", "含義", "区别", "區別", "怎么", "怎麼", "如何", "mean", "what"])
        {
            if (rest.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Matches(ReadOnlySpan<char> label, string[] labels)
    {
        foreach (var candidate in labels)
        {
            if (label.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> value, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (value.Length == prefix.Length || !char.IsAsciiLetter(value[prefix.Length]) || !char.IsAsciiLetter(prefix[^1])))
            {
                return true;
            }
        }
        return false;
    }
}
