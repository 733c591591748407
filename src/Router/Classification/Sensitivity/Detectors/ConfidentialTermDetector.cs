using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// The tenant's confidential terms, case-insensitive. Latin terms match whole words only ("Falcon" not in
/// "Falconry"); terms with CJK characters match as substrings, since Chinese has no word spaces.
/// </summary>
internal sealed class ConfidentialTermDetector : ISensitivityDetector
{
    public string Name => "confidential_term";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "tenant term";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        foreach (var raw in input.ConfidentialTerms)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            var prepared = TenantText.For(raw);
            var term = prepared.Value;
            var wholeWord = !ContainsCjk(term);
            var from = 0;
            while (from <= text.Length - term.Length)
            {
                var at = prepared.IndexIn(text.AsSpan(from));
                if (at < 0)
                {
                    break;
                }
                at += from;
                var end = at + term.Length;
                if (!wholeWord || (!IsWordChar(text, at - 1) && !IsWordChar(text, end)))
                {
                    found.Add(new(at, end));
                }
                from = at + 1;
            }
        }
    }

    private static bool ContainsCjk(string term)
    {
        foreach (var c in term)
        {
            if (c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF')
            {
                return true;
            }
        }
        return false;
    }

    // Only Latin-script letters and digits extend a word: "Falcon项目" still matches "Falcon".
    private static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && (text[index] == '_' || (text[index] < '\u0250' && char.IsLetterOrDigit(text[index])));
}
