using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity;

/// <summary>
/// What the detectors read: the normalised <see cref="ScanView"/> of a whole request (every message content and
/// stop sequence, joined by '\n', then decoded base64 text) and its ASCII digit count, which lets digit detectors
/// skip most prose. Detectors report spans of <see cref="Text"/>; the classifier maps them back to the sources.
/// </summary>
internal readonly struct ScanInput
{
    public ScanInput(IReadOnlyList<string> sources, SensitivityScope scope)
    {
        View = ScanViewBuilder.Build(sources);
        Text = View.Text;
        Scope = scope;
        DigitCount = CountDigits(Text);
        Person = new PersonScan(Text);
        Digits = new DigitShapes(Text);
    }

    /// <summary>One text alone (detector tests, tools).</summary>
    public ScanInput(string text, IReadOnlyList<string>? confidentialTerms)
        : this([text], SensitivityScope.WithTerms(confidentialTerms ?? []))
    {
    }

    /// <summary>One text alone, for a tenant (detector tests).</summary>
    public ScanInput(string text, SensitivityScope scope)
        : this([text], scope)
    {
    }

    /// <summary>The normalised text of every source; spans detectors report index this.</summary>
    public string Text { get; }

    public int DigitCount { get; }

    /// <summary>The digit-group shapes in <see cref="Text"/>, found on first use: gates before digit pattern searches.</summary>
    public DigitShapes Digits { get; }

    /// <summary>The tenant the request is classified for, with its terms and markers.</summary>
    public SensitivityScope Scope { get; }

    public IReadOnlyList<string> ConfidentialTerms => Scope.ConfidentialTerms;

    /// <summary>Names and vetoes the personal-data detectors share, found once per request on first use.</summary>
    public PersonScan Person { get; }

    /// <summary>Maps spans of <see cref="Text"/> back to the sources.</summary>
    public ScanView View { get; }

    /// <summary>ASCII digits in <paramref name="text"/> (every other decimal digit is already folded).</summary>
    public static int CountDigits(ReadOnlySpan<char> text)
    {
        var count = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Sixteen characters at a time: '0'-'9' are the units whose distance above '0' is under ten.
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + 16 <= text.Length; i += 16)
            {
                var digits = Vector256.LessThan(Vector256.LoadUnsafe(ref first, (nuint)i) - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
                count += BitOperations.PopCount(digits.ExtractMostSignificantBits());
            }
        }
        for (; i < text.Length; i++)
        {
            count += char.IsAsciiDigit(text[i]) ? 1 : 0;
        }
        return count;
    }
}
