using System.Text.Json;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.Support;
using Xunit.Abstractions;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Component figures on the presidio-research tuning half only (even template ids; the odd half is never read
/// here): how many gold ADDRESS spans the street-address patterns cover, how many gold PERSON full names the name
/// finder covers, and how many address or name spans it reports where the gold has none. Misses and spurious
/// spans are printed for development; the asserts are loose sanity bounds.
/// </summary>
[Trait("Category", "Dev")]
public sealed class PresidioComponentTests(ITestOutputHelper output)
{
    private sealed record Gold(string Type, int Start, int End);

    [Fact]
    public void StreetAddressAndNames_TuningHalf_PrintCoverage()
    {
        var path = PresidioDevEvaluationTests.FindDataFile(Path.Combine("shared", "data", "pii", "presidio_generated_large.json"));
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        int addresses = 0, addressesFound = 0, spuriousAddresses = 0, names = 0, namesFound = 0, spuriousNames = 0;
        foreach (var e in document.RootElement.EnumerateArray())
        {
            if (e.GetProperty("template_id").GetInt32() % 2 == 1)
            {
                continue;
            }
            var text = new ScanInput(e.GetProperty("full_text").GetString()!, (IReadOnlyList<string>?)null).Text;
            List<Gold> gold = [.. e.GetProperty("spans").EnumerateArray().Select(s => new Gold(
                s.GetProperty("entity_type").GetString()!, s.GetProperty("start_position").GetInt32(), s.GetProperty("end_position").GetInt32()))];

            var found = new List<TextSpan>();
            StreetAddress.Find(text, ScanInput.CountDigits(text), found);
            // Per sentence: an address counts as found when any reported span overlaps any of its gold ADDRESS spans
            // (presidio spans building numbers, streets and postcodes separately in some templates).
            var goldAddresses = gold.Where(g => g.Type == "ADDRESS").ToList();
            if (goldAddresses.Count > 0)
            {
                addresses++;
                if (found.Exists(f => goldAddresses.Exists(a => f.Start < a.End && a.Start < f.End)))
                {
                    addressesFound++;
                }
                else
                {
                    output.WriteLine($"ADDRESS MISSED #{e.GetProperty("template_id").GetInt32()} :: {text.Replace('\n', '|')}");
                }
            }
            foreach (var f in found.Where(f => !gold.Exists(g => g.Type is "ADDRESS" && g.Start < f.End && f.Start < g.End)))
            {
                spuriousAddresses++;
                output.WriteLine($"ADDRESS SPURIOUS :: {text[f.Start..f.End].Replace('\n', '|')} :: {text.Replace('\n', '|')}");
            }

            var foundNames = PersonNames.Find(text);
            foreach (var person in gold.Where(g => g.Type == "PERSON" && text[g.Start..g.End].Contains(' ')))
            {
                names++;
                if (foundNames.Any(f => f.Start < person.End && person.Start < f.End))
                {
                    namesFound++;
                }
                else
                {
                    output.WriteLine($"NAME MISSED :: {text[person.Start..person.End]} :: {text.Replace('\n', '|')}");
                }
            }
            foreach (var f in foundNames.Where(f => !gold.Exists(g => g.Type is "PERSON" && g.Start < f.End && f.Start < g.End)))
            {
                spuriousNames++;
                output.WriteLine($"NAME SPURIOUS :: {text[f.Start..f.End]} :: {text.Replace('\n', '|')}");
            }
        }
        output.WriteLine($"sentences with an address found {addressesFound}/{addresses}, spurious address spans {spuriousAddresses}");
        output.WriteLine($"full names covered {namesFound}/{names}, spurious name spans {spuriousNames}");

        Assert.True(addressesFound > addresses / 2, $"addresses {addressesFound}/{addresses}");
        Assert.True(namesFound > names / 2, $"names {namesFound}/{names}");
    }
}
