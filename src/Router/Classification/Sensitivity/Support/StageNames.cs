namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A player's or performer's handle with the real name in brackets right after it ("Uzi (Jian Zi-Hao) was born in 1997 —
/// which teams did he play for?", "s1mple (Oleksandr Kostyliev)") in a question about that person's career (sixteenth pass, issue
/// 15): the assistant is asked what it knows of a star, so the real name is a public figure's. A private player named this way
/// ("my teammate Blaze (Tom Harris)", "our sub Nova (Lena Park)") is the writer's own: any first-person word keeps the name private,
/// and so does a kin or relation word as the handle ("Dad (Horace Smith)").
/// </summary>
internal static class StageNames
{
    // The career a question asks the assistant about: teams, titles and tournaments.
    private static readonly CueSet CareerQuestion = new(
        "which teams", "what teams", "which team", "what team", "teams has", "teams did", "play for", "played for", "playing for",
        "titles", "trophies", "majors", "championships", "world championship*", "worlds", "MVP*", "how many", "career", "retire*",
        "transfer*", "signed with", "signed for", "famous for", "known for", "best known");

    // The writer's own world: a private player, a family member or a friend named by a nickname.
    private static readonly CueSet Own = new(
        "i", "i'm", "i’m", "me", "my", "mine", "we", "we're", "us", "our", "ours", "teammate*", "friend*", "classmate*", "cousin*",
        "brother", "sister", "son", "daughter", "dad", "mum", "mom", "father", "mother", "uncle", "aunt", "nephew", "niece", "husband",
        "wife", "boyfriend", "girlfriend", "partner", "neighbour", "neighbor", "colleague*", "coworker*", "student*", "client*");

    /// <summary>Whether the name fills brackets right after a one-word handle in a career question with no first-person word.</summary>
    public static bool IsRealNameOfHandle(string text, TextSpan name)
    {
        if (name.Start < 3 || name.End >= text.Length || text[name.End] != ')' || text[name.Start - 1] != '(' || text[name.Start - 2] != ' ')
        {
            return false;
        }
        var handleEnd = name.Start - 2;
        var handleStart = handleEnd;
        while (handleStart > 0 && (char.IsLetterOrDigit(text[handleStart - 1]) || text[handleStart - 1] is '_' or '-'))
        {
            handleStart--;
        }
        // One word opening its sentence or line: the handle is the sentence's subject, not a role or a list entry after other words.
        var before = text.AsSpan(0, handleStart).TrimEnd(" \t");
        return handleEnd - handleStart >= 2 && (before.IsEmpty || before[^1] is '\n' or '.' or '?' or '!' or ':' or '—' or '-' or '"')
            && CareerQuestion.Any(text) && !Own.Any(text);
    }
}
