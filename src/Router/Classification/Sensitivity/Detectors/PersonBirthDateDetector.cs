using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A named private person with a birth date or age ("born on", "DOB", "aged 16", "Eleanor Price, 71,", "45岁").</summary>
internal sealed class PersonBirthDateDetector : PersonAttributeDetector
{
    internal static readonly CueSet BirthCues = new(
        "born", "birth*", "DOB", "D.O.B", "birthday", "aged", "years old", "year-old", "yrs old", "age", "yo",
        "出生", "生于", "生日", "岁", "年龄", "周岁", "日生", "号生", "月生", "年生", "出生年月", "生辰", "刚满", "年满", "大寿", "虚岁");

    public override string Name => "person_birth_date";

    public override SensitivityLevel Level => SensitivityLevel.High;

    public override string Evidence => "name with birth date or age";

    protected override CueSet Cues => BirthCues;

    // "born" and "age" are everyday words ("the idea was born", "in the age of"): a number must follow closely.
    protected override bool Confirms(string text, TextSpan name, TextSpan cue)
    {
        var word = text.AsSpan(cue.Start, cue.End - cue.Start);
        if (!word.Equals("born", StringComparison.OrdinalIgnoreCase) && !word.Equals("age", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var reach = Math.Min(text.Length, cue.End + (word.Length == 3 ? 8 : 30));
        return text.AsSpan(cue.End, reach - cue.End).ContainsAnyInRange('0', '9');
    }

}
