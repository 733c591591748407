using System.Text.Json;
using System.Text.RegularExpressions;
using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Figures for personal data in context: the hand-written zh/en prompt files under Data/ and the
/// presidio-research sentences split by template. Template ids are split by parity: even ids are the tuning
/// half, odd ids the held-out half, which is only ever scored, never read while tuning.
/// </summary>
internal static partial class ContextualEvaluation
{
    public sealed record Item(string Kind, string Text, bool Sensitive, int TemplateId = -1);

    public sealed record Score(int Positives, int Found, int Negatives, int FalsePositives)
    {
        public double Recall => Positives == 0 ? double.NaN : (double)Found / Positives;

        public double FalsePositiveRate => Negatives == 0 ? double.NaN : (double)FalsePositives / Negatives;
    }

    private static readonly string[] IdentifierTypes =
        ["CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN", "IBAN_CODE", "IP_ADDRESS", "US_DRIVER_LICENSE"];

    // The policy's home or delivery context, read from the template text (decided before the held-out half was scored).
    [GeneratedRegex(@"\b(my|his|her|their)\s+(\w+\s+)?address|'s address|billing address|shipping address|mailing address|home address|deliver|\bsend\b[\w ]{0,20}\bto\b|\bship\b[\w ]{0,10}\bto\b|return to", RegexOptions.IgnoreCase)]
    private static partial Regex HomeOrDeliveryTemplate();

    /// <summary>
    /// Loads a <c>label&lt;TAB&gt;kind&lt;TAB&gt;text</c> file; <paramref name="unescapeNewlines"/> turns a literal <c>\n</c> into a
    /// line break (files written with multi-line emails, payslips and discharge notes).
    /// </summary>
    public static IReadOnlyList<Item> LoadPrompts(string fileName, bool unescapeNewlines = false)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Classification", "Sensitivity", "Data", fileName);
        return [.. File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 3))
            .Select(p => (Label: p[0], Kind: p[1], Text: unescapeNewlines ? p[2].Replace("\\n", "\n", StringComparison.Ordinal) : p[2]))
            .Select(p => new Item(Lang(p.Text) + "/" + p.Kind, p.Text, p.Label == "1"))];
    }

    /// <summary>
    /// Presidio sentences without identifier spans (those are scored by the identifier figures), labelled by
    /// the policy: an ADDRESS span with a PERSON span (name + address) or in a home/delivery template is
    /// sensitive ("address"); a date_of_birth placeholder with a PERSON span is sensitive ("birth"); every
    /// other sentence — first names, cities and countries, organisations, song lyrics — is not.
    /// </summary>
    public static IReadOnlyList<Item> LoadPresidio(string path, bool heldOut)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var items = new List<Item>();
        foreach (var e in document.RootElement.EnumerateArray())
        {
            var template = e.GetProperty("template_id").GetInt32();
            if ((template % 2 == 1) != heldOut)
            {
                continue;
            }
            var types = e.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("entity_type").GetString()!).ToHashSet();
            if (types.Overlaps(IdentifierTypes))
            {
                continue;
            }
            var text = e.GetProperty("full_text").GetString()!;
            var kind = ContextualKind(e.GetProperty("masked").GetString()!, types, HasFullName(e, text));
            items.Add(kind is null
                ? new Item("presidio/" + NegativeKind(types), text, false, template)
                : new Item("presidio/" + kind, text, true, template));
        }
        return items;
    }

    /// <summary>
    /// Templates written for tuning (Data/presidio-recombined-templates.tsv), filled with PERSON, ADDRESS (whole
    /// <c>{{address}}</c> values), ORGANIZATION and LOCATION values of the presidio tuning half only (even template
    /// ids), about one text in seven lower-cased (every text of a kind starting with "lower"); <c>{last}</c> is the last word
    /// of a full name. Tuning data: the values and the templates are both seen while tuning.
    /// </summary>
    public static IReadOnlyList<Item> LoadRecombined(string presidioPath, string templateFile, int fillsPerTemplate, int seed)
    {
        var values = new Dictionary<string, List<string>> { ["name"] = [], ["first"] = [], ["last"] = [], ["address"] = [], ["org"] = [], ["city"] = [] };
        using (var document = JsonDocument.Parse(File.ReadAllBytes(presidioPath)))
        {
            foreach (var e in document.RootElement.EnumerateArray())
            {
                if (e.GetProperty("template_id").GetInt32() % 2 == 1)
                {
                    continue;
                }
                var text = e.GetProperty("full_text").GetString()!;
                var wholeAddress = e.GetProperty("masked").GetString()!.Contains("{{address}}", StringComparison.Ordinal);
                foreach (var span in e.GetProperty("spans").EnumerateArray())
                {
                    var value = text[span.GetProperty("start_position").GetInt32()..span.GetProperty("end_position").GetInt32()];
                    var key = span.GetProperty("entity_type").GetString() switch
                    {
                        "PERSON" => value.Contains(' ') ? "name" : "first",
                        "ADDRESS" when wholeAddress => "address",
                        "ORGANIZATION" => "org",
                        "LOCATION" => "city",
                        _ => null,
                    };
                    if (key is not null && value == value.Trim() && value.Length > 1)
                    {
                        values[key].Add(value);
                        if (key == "name" && value.Split(' ')[^1] is { Length: > 1 } last && char.IsUpper(last[0]) && last.Any(char.IsLower))
                        {
                            values["last"].Add(last);
                        }
                    }
                }
            }
        }
        var random = new Random(seed);
        var path = Path.Combine(AppContext.BaseDirectory, "Classification", "Sensitivity", "Data", templateFile);
        var items = new List<Item>();
        foreach (var parts in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t', 3)))
        {
            for (var n = 0; n < fillsPerTemplate; n++)
            {
                var text = Placeholder().Replace(parts[2].Replace("\\n", "\n", StringComparison.Ordinal), m => values[m.Groups[1].Value][random.Next(values[m.Groups[1].Value].Count)]);
                var lower = random.Next(7) == 0 || parts[1].StartsWith("lower", StringComparison.Ordinal);
                items.Add(new Item("recombined/" + parts[1], lower ? text.ToLowerInvariant() : text, parts[0] == "1"));
            }
        }
        return items;
    }

    [GeneratedRegex(@"\{(name|first|last|address|org|city)\}")]
    private static partial Regex Placeholder();

    /// <summary>
    /// "address", "birth", "age", "role", or null where the policy finds no personal data in context. Policy item 3 counts a
    /// full name with an age or a record role as well as with a birth date (fifth pass, decided from the policy text after the
    /// lead's count of person-only false positives, before any held-out sentence was read): a PERSON span of two or more words
    /// in a template that states an age ("34 years old", "aged 34", "turned 40", "birthday") is "age"; one in a template
    /// that gives a person a record role (patient, customer, client, employee, applicant, borrower, tenant, recipient,
    /// colleague) is "role". Templates with only a first name stay negative.
    /// </summary>
    public static string? ContextualKind(string masked, IReadOnlySet<string> spanTypes, bool fullName = false) =>
        spanTypes.Contains("ADDRESS") && (spanTypes.Contains("PERSON") || HomeOrDeliveryTemplate().IsMatch(masked)) ? "address"
        : masked.Contains("{{date_of_birth}}", StringComparison.Ordinal) && spanTypes.Contains("PERSON") ? "birth"
        : fullName && AgeTemplate().IsMatch(masked) ? "age"
        : fullName && RoleTemplate().IsMatch(masked) ? "role"
        : null;

    [GeneratedRegex(@"\d{1,3}[- ](?:years?|yrs?)[- ]old|aged?\s+\d{1,3}|turn(?:s|ed|ing)?\s+\d{1,3}|birthday|years? of age", RegexOptions.IgnoreCase)]
    private static partial Regex AgeTemplate();

    [GeneratedRegex(@"(?:patient|customer|client|employee|applicant|borrower|tenant|recipient|colleague|coworker|co-worker)s?", RegexOptions.IgnoreCase)]
    private static partial Regex RoleTemplate();

    /// <summary>Whether one of the sentence's PERSON spans is a full name (two or more words).</summary>
    public static bool HasFullName(JsonElement sentence, string text) =>
        sentence.GetProperty("spans").EnumerateArray().Any(s => s.GetProperty("entity_type").GetString() == "PERSON"
            && text[s.GetProperty("start_position").GetInt32()..s.GetProperty("end_position").GetInt32()].Trim().Contains(' ', StringComparison.Ordinal));

    private static string NegativeKind(HashSet<string> types) =>
        types.Contains("ADDRESS") ? "other-address" : types.Contains("PERSON") ? "person-only" : types.Contains("LOCATION") ? "location"
        : types.Contains("ORGANIZATION") ? "organization" : "plain";

    private static string Lang(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF') ? "zh" : "en";

    /// <summary>Scores every item, prints one line per kind and the errors, and returns the overall score.</summary>
    public static Score Run(ISensitivityClassifier classifier, IReadOnlyList<Item> items, Action<string> print, bool showErrors)
    {
        var results = items.Select(i => (Item: i, Verdict: classifier.Classify([i.Text], []))).ToList();
        foreach (var group in results.GroupBy(r => (r.Item.Kind, r.Item.Sensitive)).OrderBy(g => !g.Key.Sensitive).ThenBy(g => g.Key.Kind))
        {
            var hits = group.Count(r => r.Verdict.IsSensitive);
            var label = group.Key.Sensitive ? "recall" : "FPR   ";
            var rate = group.Key.Sensitive ? (double)hits / group.Count() : (double)hits / group.Count();
            // Which entity types fired on a kind's negatives: counts only, so it can be printed for held-out parts too.
            var fired = group.Key.Sensitive ? "" : string.Join(", ", group.Where(r => r.Verdict.IsSensitive)
                .SelectMany(r => r.Verdict.EntityTypeCounts.Keys).GroupBy(t => t).OrderBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => $"{t.Key} {t.Count()}"));
            print($"  {group.Key.Kind,-26} {label} {rate:F3} ({hits}/{group.Count()}){(fired.Length > 0 ? " [" + fired + "]" : "")}");
        }
        if (showErrors)
        {
            foreach (var (item, verdict) in results.Where(r => r.Item.Sensitive != r.Verdict.IsSensitive))
            {
                var types = string.Join(',', verdict.EntityTypeCounts.Keys);
                print($"  {(item.Sensitive ? "MISSED" : "FALSE+")} [{item.Kind}{(item.TemplateId >= 0 ? "#" + item.TemplateId : "")}] {types} :: {item.Text.Replace("\n", "\\n", StringComparison.Ordinal)}");
            }
        }
        var positives = results.Where(r => r.Item.Sensitive).ToList();
        var negatives = results.Where(r => !r.Item.Sensitive).ToList();
        var score = new Score(positives.Count, positives.Count(r => r.Verdict.IsSensitive), negatives.Count, negatives.Count(r => r.Verdict.IsSensitive));
        print($"  overall recall {score.Recall:F3} ({score.Found}/{score.Positives}), FPR {score.FalsePositiveRate:F3} ({score.FalsePositives}/{score.Negatives})");
        return score;
    }
}
