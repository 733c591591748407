namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A given name right after the writer's own relative ("my son Fintan", "our niece Orla", "my granddaughter Maisie"): the
/// writer's family member, a private person even without a surname (eleventh pass, issue 15). The name finder takes the one
/// capitalised word after "my/our &lt;kin&gt;" as a name; the birth-date detector takes a child's age after it ("my son Fintan is
/// 9"), which it does not take after any other name ("… is two in …" is too common in prose).
/// </summary>
internal static class KinNames
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Kin = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "son", "daughter", "kid", "child", "boy", "girl", "niece", "nephew", "grandson", "granddaughter", "grandchild", "stepson",
        "stepdaughter", "stepchild", "godson", "goddaughter", "toddler", "baby", "brother", "sister", "cousin", "twin", "twins",
        "youngest", "eldest", "oldest",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Adults close to the writer, whose given name alone also names a private person ("my mate Declan", "our nanny Becca", "my
    // brother-in-law Kwame"): names only, never a child's age. Not "client" or "boss", and "partner" only after "my" (AfterKin):
    // companies are "our partners" too.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Companions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "friend", "mate", "pal", "bestie", "flatmate", "roommate", "housemate", "neighbour", "neighbor", "colleague", "coworker",
        "nanny", "babysitter", "childminder", "carer", "wife", "husband", "boyfriend", "girlfriend", "fiance", "fiancee", "fiancé",
        "fiancée", "mum", "mom", "mother", "dad", "father", "grandma", "grandmother", "grandad", "granddad", "grandpa", "grandfather",
        "granny", "nan", "nana", "aunt", "aunty", "auntie", "uncle", "stepmum", "stepmom", "stepdad", "stepfather", "stepmother",
        "brother-in-law", "sister-in-law", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // One word between the owner and the kin word: "my little girl", "our eldest son", "my baby brother".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KinAdjectives = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "little", "baby", "big", "eldest", "oldest", "youngest", "younger", "older", "twin", "middle", "only", "teenage", "new", "adopted",
        "foster",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Owners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "my", "our",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether word <paramref name="w"/> stands right after "my/our &lt;kin&gt;" (one space each, on one line).</summary>
    public static bool AfterKin(string text, List<(int Start, int End)> words, int w)
    {
        if (w < 2)
        {
            return false;
        }
        var kin = text.AsSpan(words[w - 1].Start, words[w - 1].End - words[w - 1].Start);
        var partner = kin.Equals("partner", StringComparison.OrdinalIgnoreCase);
        if (!(partner || Kin.Contains(kin) || Companions.Contains(kin)))
        {
            return false;
        }
        if (words[w].Start - words[w - 1].End != 1 || text[words[w - 1].End] != ' '
            || words[w - 1].Start - words[w - 2].End != 1 || text[words[w - 2].End] != ' ')
        {
            return false;
        }
        var owner = text.AsSpan(words[w - 2].Start, words[w - 2].End - words[w - 2].Start);
        // "my partner Ravi" is the writer's partner; "our partner Acme" is a business's (so "partner" takes "my" only).
        if (partner)
        {
            return owner.Equals("my", StringComparison.OrdinalIgnoreCase);
        }
        return Owners.Contains(owner)
            || (w >= 3 && KinAdjectives.Contains(owner) && words[w - 2].Start - words[w - 3].End == 1 && text[words[w - 3].End] == ' '
                && Owners.Contains(text.AsSpan(words[w - 3].Start, words[w - 3].End - words[w - 3].Start)));
    }

    /// <summary>
    /// Whether the one word ending at <paramref name="end"/> is a capitalised given name right after "my/our &lt;kin&gt;"
    /// (read backwards from the end of the name: "my son Fintan| is 9").
    /// </summary>
    public static bool NameAfterKinEndsAt(string text, int end)
    {
        var start = WordStartBefore(text, end);
        if (start < 0 || !char.IsUpper(text[start]) || start < 2 || text[start - 1] != ' ')
        {
            return false;
        }
        var kinStart = WordStartBefore(text, start - 1);
        if (kinStart < 0 || !Kin.Contains(text.AsSpan(kinStart, start - 1 - kinStart)) || kinStart < 2 || text[kinStart - 1] != ' ')
        {
            return false;
        }
        var ownerStart = WordStartBefore(text, kinStart - 1);
        if (ownerStart < 0)
        {
            return false;
        }
        var owner = text.AsSpan(ownerStart, kinStart - 1 - ownerStart);
        if (Owners.Contains(owner))
        {
            return true;
        }
        var firstStart = KinAdjectives.Contains(owner) && ownerStart >= 2 && text[ownerStart - 1] == ' ' ? WordStartBefore(text, ownerStart - 1) : -1;
        return firstStart >= 0 && Owners.Contains(text.AsSpan(firstStart, ownerStart - 1 - firstStart));
    }

    // The start of the run of letters that ends at end (exclusive), or -1 when none ends there.
    private static int WordStartBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start == end ? -1 : start;
    }

    private static readonly string[] ChildAges =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly string[] Then = [" and", " years", " yrs", " now", " already", " today", ",", ".", ";", "!", ")", " -", " —", " –"];

    /// <summary>A child's age of 1–12 in digits or words at the start of <paramref name="rest"/>, then an end or "years", "and"….</summary>
    public static bool ChildAgeThen(ReadOnlySpan<char> rest)
    {
        var length = ChildAgeLength(rest);
        if (length == 0)
        {
            return false;
        }
        var after = rest[length..];
        if (after.IsEmpty)
        {
            return true;
        }
        foreach (var then in Then)
        {
            if (after.StartsWith(then, StringComparison.OrdinalIgnoreCase) && (then.Length > 1 || after.Length == 1 || !char.IsAsciiDigit(after[1])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The length of a child's age of 1–12 in digits or words at the start of <paramref name="rest"/>; 0 if none.</summary>
    public static int ChildAgeLength(ReadOnlySpan<char> rest)
    {
        var digits = rest.IndexOfAnyExceptInRange('0', '9');
        digits = digits < 0 ? rest.Length : digits;
        if (digits is 1 or 2 && int.Parse(rest[..digits]) is >= 1 and <= 12)
        {
            return digits;
        }
        foreach (var word in ChildAges)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || !char.IsLetter(rest[word.Length])))
            {
                return word.Length;
            }
        }
        return 0;
    }
}
