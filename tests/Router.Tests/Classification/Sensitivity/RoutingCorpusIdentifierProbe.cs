using Microsoft.VisualBasic.FileIO;
using Router.Classification;
using Xunit.Abstractions;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifier false positives on general text full of numbers: every prompt and model answer of the MMLU and GSM8K files
/// in ../shared/data/routing (maths working, history dates, law cases). Prints the identifier entities found, with a
/// little context, and their counts; none of this text holds a personal identifier.
/// </summary>
[Trait("Category", "Dev")]
public sealed class RoutingCorpusIdentifierProbe(ITestOutputHelper output)
{
    private static readonly HashSet<string> Identifiers =
        ["payment_card", "iban", "us_ssn", "cn_resident_id", "passport_number", "driver_license", "phone", "cn_mobile", "aws_access_key", "national_id", "bank_account", "crypto_key", "crypto_address", "api_token"];

    [Fact]
    public void Classify_RoutingPromptsAndAnswers_PrintsIdentifierEntities() =>
        Probe(type => Identifiers.Contains(type));

    /// <summary>The personal-data-in-context and confidential-document false positives on the same general text.</summary>
    [Fact]
    public void Classify_RoutingPromptsAndAnswers_PrintsPersonAndConfidentialEntities() =>
        Probe(type => type.StartsWith("person_", StringComparison.Ordinal) || type == "confidential_document");

    private void Probe(Func<string, bool> counted)
    {
        var probe = PresidioDevEvaluationTests.FindDataFile(Path.Combine("shared", "data", "routing", "gsm8k", "gsm8k_responses.csv"));
        var dir = Path.GetDirectoryName(Path.GetDirectoryName(probe))!;
        var classifier = SensitivityClassifierFactory.Create();
        var counts = new Dictionary<string, int>();
        var texts = 0;
        var shown = 0;
        foreach (var file in Directory.EnumerateFiles(dir, "*.csv", System.IO.SearchOption.AllDirectories).Order())
        {
            using var parser = new TextFieldParser(file) { HasFieldsEnclosedInQuotes = true };
            parser.SetDelimiters(",");
            parser.ReadFields();
            while (!parser.EndOfData)
            {
                var fields = parser.ReadFields() ?? [];
                foreach (var field in fields.Where(f => f.Length > 20))
                {
                    texts++;
                    var verdict = classifier.Classify([field], SensitivityScope.None);
                    foreach (var e in verdict.Entities.Where(e => counted(e.Type)))
                    {
                        counts[e.Type] = counts.GetValueOrDefault(e.Type) + 1;
                        if (shown++ < 80)
                        {
                            var from = Math.Max(0, e.Start - 50);
                            var to = Math.Min(field.Length, e.End + 30);
                            output.WriteLine($"{e.Type}: {field[from..to].Replace('\n', ' ')}");
                        }
                    }
                }
            }
        }
        output.WriteLine($"texts {texts}");
        foreach (var (type, count) in counts.OrderBy(c => c.Key))
        {
            output.WriteLine($"{type} {count}");
        }
        Assert.True(texts > 0);
    }
}
