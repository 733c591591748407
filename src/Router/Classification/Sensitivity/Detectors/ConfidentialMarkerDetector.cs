using System.Buffers;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A document that carries a classification marker (CONFIDENTIAL, Internal only, Attorney-client privileged, 机密,
/// 内部资料, 严禁外传 …, plus the tenant's own markers). The marker must label the document — a header or footer line,
/// a banner in capitals, "Classification: …", 【内部资料】, "this memo is confidential" — not be a word in a question
/// ("what does confidential mean", "how do I mark a document confidential", 秘密花园); see <see cref="MarkerEvidence"/>.
/// </summary>
internal sealed partial class ConfidentialMarkerDetector : ISensitivityDetector
{
    /// <summary>Restrictive instructions: they label the text they sit in wherever they stand, unless asked about or quoted.</summary>
    private static readonly string[] Instructions =
    [
        "do not forward", "do not distribute", "do not copy", "do not disclose", "not for distribution",
        "not for external distribution", "internal use only", "for internal use only", "privileged and confidential",
        "privileged & confidential", "confidential and proprietary", "proprietary and confidential",
        "attorney-client privileged", "attorney–client privileged", "attorney client privileged",
        "严禁外传", "请勿外传", "不得外传", "禁止外传", "严禁外泄", "请勿外泄", "不得外泄", "仅限内部", "仅供内部",
        // Envelope, disclaimer and legal spellings of the same instruction.
        "personal and confidential", "personal & confidential", "private and confidential", "private & confidential",
        "internal and confidential", "internal & confidential", "confidential and privileged", "confidential & privileged",
        "commercial in confidence", "in strict confidence", "in strictest confidence", "legally privileged",
        "attorney work product", "prepared at the request of counsel", "for official use only", "official use only",
        "internal distribution only", "not for circulation", "not for public release", "not for public distribution",
        "not for publication", "do not circulate", "do not share this", "do not share outside", "don't share this",
        "don't share outside", "not to be shared", "not to be distributed", "not to be forwarded", "not to be disclosed",
        "keep this confidential", "treat as confidential", "treat this as confidential", "tlp:red", "tlp:amber",
        "请勿转发", "不得转发", "请勿对外", "不得对外", "禁止对外", "不对外公开", "不要对外", "别外传", "不要外传", "勿外传",
        "别往外传", "注意保密", "请注意保密", "请保密", "务必保密", "严禁泄露", "仅供指定收件人",
        "仅供收件人", "仅限收件人", "仅限公司内部", "仅供公司内部", "限内部使用", "仅供内部传阅", "别给别人看", "不要给别人看",
        "阅后即焚", "禁止外泄", "切勿外传", "切勿外泄", "不得泄露", "禁止泄露", "请勿泄露", "不要泄露", "切勿泄露", "对外保密",
        // Traditional-character spellings (Hong Kong, Taiwan).
        "嚴禁外傳", "請勿外傳", "不得外傳", "禁止外傳", "嚴禁外洩", "請勿外洩", "不得外洩", "禁止外洩", "僅限內部", "僅供內部", "請勿轉發",
        "不得轉發", "請勿對外", "不得對外", "禁止對外", "不對外公開", "務必保密", "請注意保密", "嚴禁洩露", "不得洩露", "請勿洩露", "對外保密",
        "仅供内部参考", "僅供內部參考",
        // Ninth pass: traffic-light spellings with a space, privilege and term-sheet legends, zh release bans.
        "tlp: red", "tlp: amber", "tlp red", "tlp amber", "attorney/client privileged", "solicitor-client privileged",
        "confidential and non-binding", "confidential & non-binding", "confidential and nonbinding", "confidential & nonbinding",
        "保密且不具约束力", "保密且不具有约束力", "严禁发布", "严禁对外发布", "禁止对外发布", "不得对外发布", "请勿对外发布",
        "not for onward transmission", "not for onward distribution", "not for further distribution", "not for citation",
        "do not cite or distribute", "subject to legal privilege", "subject to legal professional privilege", "此件不公开",
        "not for external use", "not for external sharing", "for internal purposes only", "internal circulation only",
        "for internal circulation", "restricted circulation", "for internal review only", "for internal discussion only",
        "do not share externally", "not to be shared externally", "board eyes only",
        // Leaks out (外流, Taiwan and Hong Kong), Cantonese 唔好, and the chat-screenshot ban.
        "请勿外流", "严禁外流", "禁止外流", "不得外流", "切勿外流", "唔好外传", "唔好外泄", "严禁截图外传", "禁止截图外传", "请勿截图外传",
        "请勿截图转发", "禁止截图转发", "treat the following as confidential", "treat this email as confidential",
        "treat this information as confidential", "treat it as confidential", "treat as strictly confidential",
        "not for public consumption", "don't forward", "don't distribute", "do not repost",
        // Tenth pass: the internal-use and do-not-circulate legends in the languages a translate request brings.
        "nur für den internen gebrauch", "nur zum internen gebrauch", "nur für internen gebrauch", "nicht zur weitergabe",
        "solo para uso interno", "sólo para uso interno", "para uso interno exclusivamente", "usage interne uniquement",
        "pour usage interne uniquement", "réservé à un usage interne", "ne pas diffuser", "alleen voor intern gebruik", "niet verspreiden",
        "solo per uso interno", "non diffondere",
        // Eleventh pass: the ampersand legend of a footer, keeping a text from the client, Taiwan's 轉傳 (forward).
        "proprietary & confidential", "confidential & proprietary", "not for external circulation", "do not share with the client",
        "do not share with the customer", "don't share with the client", "don't share with the customer", "do not share with clients",
        "do not pass this on", "don't pass this on", "not to be passed on", "請勿轉傳", "请勿转传", "僅供內部參閱", "仅供内部参阅",
        // Thirteenth pass (zh): how this copy is to be handled, returned or kept (阅后收回, 阅毕交回, 限定范围传阅) and the
        // lawyer-client privilege said of this text (受律师保密特权保护, 律师与委托人之间的保密通讯); read in the traditional fold.
        "阅后收回", "阅后即收回", "阅毕收回", "阅毕交回", "阅后交回", "阅毕退回", "阅后退回", "阅后归还", "阅毕归还", "用后收回",
        "限定范围传阅", "限范围传阅", "控制范围传阅", "限定范围阅读",
        "受律师保密特权保护", "受律师执业保密特权保护", "受律师-客户特权保护", "受律师-当事人特权保护", "受律师与当事人保密特权保护",
        "受律师当事人保密特权保护", "受律师委托人保密特权保护", "受律师-委托人特权保护", "受律师特权保护",
        "律师与当事人之间的保密通讯", "律师与委托人之间的保密通讯", "律师与客户之间的保密通讯", "律师与当事人之间的秘密通讯",
        "律师与委托人之间的秘密通讯", "律师与当事人间的保密通讯", "律师与委托人间的保密通讯", "律师与当事人之间的保密通信",
        "律师与委托人之间的保密通信", "律师与客户之间的保密通信", "律师与当事人之间的机密通讯", "律师与委托人之间的机密通讯",
        "律师-当事人特权通信", "律师-当事人特权通讯", "律师-客户特权通信", "律师-客户特权通讯", "律师-委托人特权通信",
        "律师-委托人特权通讯", "律师—当事人特权通信", "律师—当事人特权通讯", "律师当事人特权通信", "律师当事人特权通讯",
        "特权保密通信", "特权保密通讯", "受特权保护的通信", "受特权保护的通讯",
        // A state-secret stamp set vertically, one character a line (绝\n密\n★ on an exam paper's cover): the star makes it one.
        "绝\n密\n★", "机\n密\n★", "秘\n密\n★", "绝\r\n密\r\n★", "机\r\n密\r\n★", "秘\r\n密\r\n★",
        // Thirteenth pass: the SEC exhibit legend (portions omitted under a confidential treatment request) and settlement legends.
        "confidential treatment requested", "confidential treatment has been requested", "subject to a confidential treatment request",
        "for settlement purposes only", "inadmissible under fre 408", "subject to fre 408",
        // Fourteenth pass (zh): Cantonese bans on passing a text on (唔好轉發, 千祈唔好外傳, 唔好俾外人睇; read in the fold), the
        // forwarding bans of an e-mail legend (禁止转发), and the misdelivery clause of a bank's or law firm's footer (如閣下並非指定
        // 收件人, 若您误收本邮件): no one writes these but a legend.
        "唔好转发", "千祈唔好转发", "千祈唔好外传", "唔好外流", "唔好俾外人", "唔好畀外人", "唔好俾人睇", "唔好畀人睇", "千祈唔好send",
        "唔好send出去", "唔好fwd", "禁止转发", "严禁转发", "未经授权不得转发", "未经许可不得转发", "未经授权禁止转发",
        "非指定收件人", "非本邮件之指定收件人", "非本邮件的指定收件人", "非本邮件指定收件人", "非此邮件之指定收件人", "并非指定收件人", "并非指定之收件人", "非指定之收件人", "不是指定收件人", "不是预定收件人", "非预期收件人",
        "误收本邮件", "误收此邮件", "误收本函", "误收本函件", "误收了本邮件", "错误收到本邮件", "误收到本邮件", "误收此函",
        "not for external release", "not for release outside", "not to be released externally", // fourteenth pass: release bans
        "not to be released outside", "do not release externally", "do not release outside",
    ];

    /// <summary>Classification words: common in prose, so they count only where they label the document.</summary>
    private static readonly string[] Classifications =
    [
        "confidential", "strictly confidential", "highly confidential", "company confidential", "internal only",
        "internal use", "privileged", "attorney-client privilege", "attorney–client privilege", "attorney-client",
        "embargoed", "under embargo", "trade secret", "trade secrets", "top secret", "restricted", "eyes only",
        "机密", "绝密", "秘密", "内部资料", "内部文件", "商业秘密", "内部使用", "内部公开", "内部机密",
        "without prejudice", "proprietary", "company proprietary", "official sensitive", "official-sensitive",
        "sensitive but unclassified", "material non-public information", "material nonpublic information", "mnpi",
        "inside information", "restricted distribution", "limited distribution", "commercially sensitive", "market sensitive",
        "price sensitive", "price-sensitive",
        // The same levels in the languages a translate request brings (de, nl, fr, es, pt, it; ja, ko): they too count only
        // where they label the text.
        "vertraulich", "streng vertraulich", "vertrouwelijk", "strikt vertrouwelijk", "confidentiel", "strictement confidentiel",
        "diffusion restreinte", "usage interne", "confidencial", "estrictamente confidencial", "uso interno", "riservato",
        "strettamente riservato", "confidenziale", "社外秘", "部外秘", "極秘", "대외비",
        "公司机密", "商业机密", "核心机密", "高度机密", "技术秘密", "技术机密", "保密资料", "保密文件", "保密信息", "保密内容",
        "保密材料", "涉密", "秘密级", "机密级", "绝密级", "内部传阅", "内部参考", "内部讨论稿", "内部文档",
        "機密", "絕密", "內部資料", "內部文件", "商業秘密", "內部使用", "內部機密", "公司機密", "商業機密", "保密資料", "保密文件",
        "機密級", "絕密級", "內部傳閱", "內部參考",
        // Ninth pass: US and policy-drafting caveats, need-to-know legends, more languages, the short trade-secret level 商密, the
        // release bans (a ban on publishing is also ordinary law text, so these need the evidence of a label), 律师-客户特权.
        "fouo", "controlled unclassified information", "pre-decisional", "predecisional", "need-to-know basis only",
        "need to know basis only", "need-to-know only", "strictly need-to-know", "solicitor-client privilege", "poufne",
        "fortroligt", "konfidentiell", "luottamuksellinen", "sigiloso", "strettamente confidenziale", "streng geheim",
        "极秘", "기밀", "극비", "関係者外秘", "取扱注意", "商密", "禁止发布", "不得发布", "请勿发布", "不对外发布",
        "律师-客户特权", "律师客户特权", "律师-当事人特权", "律师-客户保密特权", "密件", "internal-only",
        // Thirteenth pass: the same privilege with other joiners and parties (律师—当事人保密特权, 律师与委托人保密特权), and a
        // circulation copy (内部传阅件): labels only, like the others here.
        "律师—当事人特权", "律师–当事人特权", "律师－当事人特权", "律师—客户特权", "律师－客户特权", "律师-委托人特权", "律师—委托人特权",
        "律师当事人特权", "律师委托人特权", "律师-当事人保密特权", "律师—当事人保密特权", "律师－当事人保密特权", "律师-委托人保密特权",
        "律师—委托人保密特权", "律师—客户保密特权", "律师与当事人保密特权", "律师与委托人保密特权", "律师与客户保密特权",
        "律师当事人保密特权", "律师委托人保密特权", "律师客户保密特权", "律师保密特权", "内部传阅件", "传阅件",
        // Copying bans are also a records policy's rules (机密文件…不得复印): labels only.
        "不得复印", "严禁复印", "禁止复印", "请勿复印", "不准复印",
        "noforn", "legal professional privilege", "vs-nfd", "verschlusssache", "fortrolig", "マル秘", "工作秘密", "极机密",
        "绝对机密", "限阅", "限閱", "company sensitive", "business sensitive", "highly sensitive",
        // Reading restricted to a body (仅限管理层传阅, 仅供董事会成员参阅, （仅限审计项目组）): see MarkerEvidence.
        "仅限管理层", "仅供管理层", "仅限董事会", "仅供董事会", "仅限高管", "仅供高管", "仅限高层", "仅供高层", "仅限项目组",
        "仅供项目组", "仅限审计项目组", "仅供审计项目组", "仅限审计组", "仅限核心团队", "仅供核心团队", "仅限指定人员", "仅供指定人员",
        "under nda", "under an nda", "covered by nda", "covered by an nda", "covered by the nda", "covered by our nda", "nda-protected",
        "subject to nda", "subject to an nda", "subject to the nda", "内参", "内幕信息", "未公开重大信息", "未公开信息",
        "不得对外披露", "严禁对外披露", "禁止对外披露", "请勿对外披露",
        // Capitals on a line of their own only (SECRET, INTERNAL): see MarkerEvidence.
        "secret",
        // Tenth pass: the UK/NZ "in confidence" caveats and the Korean and Japanese handling levels.
        "staff in confidence", "staff-in-confidence", "management in confidence", "management-in-confidence", "medical in confidence",
        "policy in confidence", "취급주의", "사내한정", "사외비", "社内限り", "社外持出禁止", "関係者限り", "zeer vertrouwelijk",
        "diffusion limitée", "confidentiel défense", "secret défense",
        // Twelfth pass: the without-prejudice legends of settlement correspondence.
        "without prejudice save as to costs", "without prejudice and subject to contract", "without prejudice & subject to contract",
        // Eleventh pass: who may not read it, as a parenthesis or a line says it ("(not for the customer's eyes)").
        "not for the client's eyes", "not for the customer's eyes", "not for the client’s eyes", "not for the customer’s eyes",
        "not for client eyes", "not for customer eyes", "not to be shown to the client", "not to be shown to the customer",
        // Thirteenth pass: a settlement letter's heading ("Settlement Communication – FRE 408").
        "settlement communication",
        "sensitive", // fourteenth pass: everyday, a level only heading a release ban or as a banner (MarkerEvidence.IsCommonLevelWord)
        // Too common in prose to count anywhere else, these label a text only in brackets (【内部】…, [保密]…; MarkerEvidence).
        "内部", "內部", "保密", "internal",
    ];

    private static readonly MarkerSet BuiltIn = new([.. Instructions, .. EmbargoInstructions, .. HyphenatedInstructions], [.. Classifications, .. EmbargoClassifications]);

    public string Name => "confidential_document";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "classification marker";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        // Traditional characters read as simplified (內部資料, 嚴禁外傳, 祕密, 機密檔案): the fold the personal-data detectors
        // share, same positions; the tenant's own markers are matched as the tenant wrote them.
        var text = input.Person.Folded;
        var candidates = new List<MarkerHit>();
        FindCandidates(text, candidates);
        foreach (var marker in input.Scope.ConfidentialMarkers)
        {
            MarkerSet.FindOne(input.Text, TenantText.For(marker), instruction: false, candidates);
        }
        var before = found.Count;
        if (candidates.Count > 0)
        {
            AddLabellingMarkers(text, candidates, found);
        }
        // A level field whose value is no marker of ours ("保密等级：内部", "Security classification: Amber").
        if (found.Count == before)
        {
            ClassificationField.FindAll(text, found);
        }
        if (found.Count == before && HanText.Contains(text))
        {
            AddPositionedRestrictionsZh(text, found);
            if (found.Count == before && OwnSecretClaimZh(text) is { } claim)
            {
                found.Add(claim);
            }
        }
        // Nineteenth pass: a restriction put together from parts, quoted at its place, bracketed on a name or a field's value.
        if (found.Count == before && MarkerEvidence.FindComposedRestriction(text) is { } composed)
        {
            found.Add(composed);
        }
        if (found.Count == before)
        {
            AddSpacedBanner(text, found);
        }
        if (found.Count == before && HanText.Contains(text))
        {
            AddSpacedHan(text, found);
        }
        // "Privileged and Confi-\ndential", "CONFIDEN\nTIAL", "INTER NAL ONLY": a scanner, PDF extraction or a narrow column
        // breaks the marker across a line or inside a word; read a copy with such words closed up (same length: the break
        // moves after the word), same starts.
        if (found.Count == before && Broken.ClosedUp(text) is { } closed)
        {
            candidates.Clear();
            BuiltIn.FindAll(closed, candidates);
            if (candidates.Count > 0)
            {
                AddLabellingMarkers(closed, candidates, found);
            }
        }
        // OCR noise in a banner ("C0NFIDENTIAL", "D0 N0T F0RWARD"): the same search in the folded copy, which has the text's spans.
        if (found.Count == before && input.Person.OcrFolded(text) is { } folded)
        {
            candidates.Clear();
            BuiltIn.FindAll(folded, candidates);
            if (candidates.Count > 0)
            {
                AddLabellingMarkers(folded, candidates, found);
            }
        }
        // OCR damage in a Han marker (注意保窨, 机蜜文件): the same search in a copy with look-alikes read back, same positions.
        if (found.Count == before && HanText.Contains(text) && Confusables.Fold(text) is { } repaired)
        {
            candidates.Clear();
            BuiltIn.FindAll(repaired, candidates);
            if (candidates.Count > 0)
            {
                AddLabellingMarkers(repaired, candidates, found);
            }
        }
    }

    private static readonly BrokenMarkerWords Broken = new(Instructions.Concat(Classifications));

    private static readonly MarkerConfusables Confusables =
        new(Instructions.Concat(Classifications).Where(m => m.Length >= 2 && m.All(HanText.IsHan)));

    // The Han levels and instructions spelt out with spaces (机 密, 秘 密 ★ 一年, 内 部 资 料, 严 禁 外 传), as PDF text and
    // letter-spaced headings give them. Only the first two characters with a space between are searched; a hit counts when
    // its spaced run is the marker (or the marker and a document noun, or two markers) and the marker labels the text,
    // so "秘 密 花 园" typed in a question is not read.
    private static readonly (string Marker, bool Instruction)[] SpacedHanMarkers =
        [.. Instructions.Select(m => (m, true)).Concat(Classifications.Select(m => (m, false)))
            .Where(m => m.Item1.Length >= 2 && m.Item1.All(HanText.IsHan) && m.Item1 is not ("内部" or "內部" or "保密"))];

    private static readonly SearchValues<string> SpacedHanStarts = SearchValues.Create(
        [.. SpacedHanMarkers.SelectMany(m => (string[])[m.Marker[0] + " " + m.Marker[1], m.Marker[0] + "\u3000" + m.Marker[1]]).Distinct()],
        StringComparison.Ordinal);

    // Each start is a Han character, a space and a Han character: the fast search below steps over the (vectorised)
    // spaces and looks the two characters round each up, where the string search walked a dictionary at every Han character.
    private static readonly HashSet<int> SpacedHanPairs =
        [.. SpacedHanMarkers.Select(m => (m.Marker[0] << 16) | m.Marker[1])];

    /// <summary>Where the first spaced marker start (<see cref="SpacedHanStarts"/>) at or after <paramref name="from"/>
    /// begins, or -1; <paramref name="plainSearch"/> takes the plain string search (tests compare the two).</summary>
    internal static int NextSpacedHanStart(string text, int from, bool plainSearch = false)
    {
        if (plainSearch)
        {
            var found = text.AsSpan(from).IndexOfAny(SpacedHanStarts);
            return found < 0 ? -1 : found + from;
        }
        for (var space = from + 1; space < text.Length - 1; space++)
        {
            var next = text.AsSpan(space, text.Length - 1 - space).IndexOfAny(' ', '\u3000');
            if (next < 0)
            {
                return -1;
            }
            space += next;
            if (SpacedHanPairs.Contains((text[space - 1] << 16) | text[space + 1]))
            {
                return space - 1;
            }
        }
        return -1;
    }

    private static void AddSpacedHan(string text, List<TextSpan> found)
    {
        Span<char> run = stackalloc char[12];
        Span<int> ends = stackalloc int[12];
        for (var from = 0; from < text.Length;)
        {
            var at = NextSpacedHanStart(text, from);
            if (at < 0)
            {
                return;
            }
            from = at + 1;
            if (at > 0 && HanText.IsHan(text[at - 1]))
            {
                continue;
            }
            var length = SpacedRun(text, at, run, ends);
            var (marker, instruction) = LongestSpacedMarker(run[..length]);
            if (marker == 0)
            {
                continue;
            }
            var rest = run[marker..length];
            var end = ends[marker - 1];
            if (!rest.IsEmpty)
            {
                var more = MarkerEvidence.DocumentNounLength(rest) is var noun and > 0 ? noun : LongestSpacedMarker(rest).Length;
                if (more != rest.Length)
                {
                    continue;
                }
                end = ends[length - 1];
            }
            if (MarkerEvidence.LabelsDocument(text, at, end, instruction))
            {
                found.Add(new(at, end));
                return;
            }
        }
    }

    /// <summary>The Han characters of the run at <paramref name="at"/> set one or two spaces apart, and where each ends.</summary>
    private static int SpacedRun(string text, int at, Span<char> run, Span<int> ends)
    {
        var length = 0;
        var i = at;
        while (length < run.Length && i < text.Length && HanText.IsHan(text[i]))
        {
            run[length] = text[i];
            ends[length++] = i + 1;
            var next = i + 1;
            var spaces = 0;
            while (next < text.Length && text[next] is ' ' or '\u3000' && spaces < 2)
            {
                next++;
                spaces++;
            }
            if (spaces == 0)
            {
                // Set solid against the next character, it starts the next word (机 密 华东区…): not part of the run.
                return next < text.Length && HanText.IsHan(text[next]) ? length - 1 : length;
            }
            i = next;
        }
        return length;
    }

    private static (int Length, bool Instruction) LongestSpacedMarker(ReadOnlySpan<char> run)
    {
        var best = (0, false);
        foreach (var (marker, instruction) in SpacedHanMarkers)
        {
            if (marker.Length > best.Item1 && run.StartsWith(marker, StringComparison.Ordinal))
            {
                best = (marker.Length, instruction);
            }
        }
        return best;
    }

    /// <summary>The built-in markers' places in <paramref name="text"/>; <paramref name="plainSearch"/> takes the plain
    /// vectorised search of every ASCII marker (tests compare the two).</summary>
    internal static List<MarkerHit> FindBuiltIn(string text, bool plainSearch)
    {
        var hits = new List<MarkerHit>();
        BuiltIn.FindAll(text, hits, plainSearch);
        return hits;
    }

    private static void AddLabellingMarkers(string text, List<MarkerHit> candidates, List<TextSpan> found)
    {
        // Longest first at each start, so "商业秘密" is judged as itself and not as the "秘密" inside it.
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var coveredTo = -1;
        foreach (var hit in candidates)
        {
            if (hit.Start < coveredTo)
            {
                continue;
            }
            coveredTo = hit.End;
            if (MarkerEvidence.LabelsDocument(text, hit.Start, hit.End, hit.Instruction) || MarkerEvidence.InSensitivityLabel(text, hit.Start, hit.End))
            {
                found.Add(new(hit.Start, hit.End));
            }
        }
    }

    internal readonly record struct MarkerHit(int Start, int End, bool Instruction);
}
