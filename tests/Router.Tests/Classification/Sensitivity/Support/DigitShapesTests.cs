using System.Text;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Detectors;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The digit-shape gates skip a detector's regex search only where it would find nothing: on random texts of digit groups
/// and separators, every text the pattern matches holds the gate's shape. The texts are built so that each pattern matches
/// often and each gate is also closed often (otherwise the test would prove nothing).
/// </summary>
public sealed class DigitShapesTests
{
    public static TheoryData<string> Patterns => ["ssn", "north-american", "trunk", "dialled-abroad"];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void RandomDigitGroups_EveryMatchedTextHoldsTheShape(string pattern)
    {
        var (regex, gate) = pattern switch
        {
            "ssn" => (UsSsnDetector.Pattern(), (Func<DigitShapes, bool>)(s => s.MayHoldSsn)),
            "north-american" => (PhoneDetector.NorthAmerican(), s => s.MayHoldNorthAmerican),
            "trunk" => (PhoneDetector.Trunk(), s => s.MayHoldTrunk),
            _ => (PhoneDetector.DialledAbroad(), (Func<DigitShapes, bool>)(s => s.MayHoldDialledAbroad)),
        };
        var random = new Random(pattern.Length * 31);
        var (matched, closed) = (0, 0);
        for (var n = 0; n < 40_000; n++)
        {
            var text = RandomText(random);
            var open = gate(new DigitShapes(text));
            if (regex.IsMatch(text))
            {
                matched++;
                Assert.True(open, $"{pattern} matches \"{text}\" but its gate is closed");
            }
            closed += open ? 0 : 1;
        }
        Assert.True(matched > 1_000, $"only {matched} texts matched {pattern}");
        Assert.True(closed > 4_000, $"the {pattern} gate closed only {closed} times");
    }

    [Fact]
    public void Shapes_AsDocumented()
    {
        Assert.True(new DigitShapes("call (415) 555-0100 today").MayHoldNorthAmerican);
        Assert.False(new DigitShapes("call +44 20 7946 0958 on 2024-03-01").MayHoldNorthAmerican);
        Assert.True(new DigitShapes("ssn 123 45 6789").MayHoldSsn);
        Assert.True(new DigitShapes("id 123456789.").MayHoldSsn);
        Assert.False(new DigitShapes("order 1234567890 and 123-456-7890").MayHoldSsn);
        Assert.True(new DigitShapes("ring 020 7946 0958").MayHoldTrunk);
        Assert.False(new DigitShapes("on 2024-03-01, version 0.3").MayHoldTrunk);
        Assert.True(new DigitShapes("dial 0044 20 7946 0958").MayHoldDialledAbroad);
        Assert.False(new DigitShapes("build 10045, code 0x8007, INV-000871").MayHoldDialledAbroad);
    }

    // Digit groups (often 2, 3, 4 or 9 long, often opening with 0, 00 or 1) between separators, brackets, letters and
    // extensions: the pieces of phone numbers and SSNs, and of near misses.
    private static string RandomText(Random random)
    {
        string[] separators = [" ", " ", "-", "-", ".", ".", "(", ")", ") ", "+", " - ", "/", "a", "x", " ext ", "#", "\n", "  ", "Z"];
        int[] lengths = [1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 6, 7, 9, 9, 10, 12];
        var text = new StringBuilder();
        for (var k = random.Next(1, 9); k > 0; k--)
        {
            if (random.Next(3) == 0)
            {
                text.Append(separators[random.Next(separators.Length)]);
            }
            if (random.Next(4) == 0)
            {
                AppendGroups(random, text);
                continue;
            }
            var length = lengths[random.Next(lengths.Length)];
            var first = random.Next(6) switch
            {
                0 => "0",
                1 => "00",
                2 => "1",
                _ => "",
            };
            text.Append(first);
            for (var i = first.Length; i < length; i++)
            {
                text.Append((char)('0' + random.Next(10)));
            }
            text.Append(separators[random.Next(separators.Length)]);
        }
        return text.ToString();
    }

    // Three-two-four, three-three-four and bracketed area codes, their separators alike or not, a group sometimes a digit
    // short or long.
    private static void AppendGroups(Random random, StringBuilder text)
    {
        int[][] shapes = [[3, 2, 4], [3, 3, 4], [3, 4], [2, 3, 4], [3, 3, 5], [1, 3, 3, 4]];
        var groups = shapes[random.Next(shapes.Length)].ToArray();
        if (random.Next(4) == 0)
        {
            groups[random.Next(groups.Length)] += random.Next(2) == 0 ? -1 : 1;
        }
        var separator = " .-"[random.Next(3)];
        var bracket = random.Next(5) == 0;
        for (var g = 0; g < groups.Length; g++)
        {
            if (g > 0)
            {
                text.Append(bracket && g == 1 ? ") " : (random.Next(6) == 0 ? " .-"[random.Next(3)] : separator).ToString());
            }
            else if (bracket)
            {
                text.Append('(');
            }
            for (var i = 0; i < groups[g]; i++)
            {
                text.Append((char)('0' + random.Next(10)));
            }
        }
    }
}
