namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A name inside a LaTeX command's argument (fifteenth pass, issue 15): a letterhead or signature written in LaTeX puts the
/// sender's name in braces ("\address{Ottilie Marchetti \\ 62 …}", "\textbf{…} \\ …", "\signature{…}"). Braces after a
/// backslash command are markup, not a template's blank ("{first_name}"), so the name in them is read as any other.
/// </summary>
internal static class LatexArgument
{
    /// <summary>Whether <paramref name="span"/> lies in braces opened right after a \command on its line, none closed between.</summary>
    public static bool Holds(string text, TextSpan span)
    {
        var open = span.Start - 1;
        while (open >= 0 && text[open] is not ('{' or '}' or '\n'))
        {
            open--;
        }
        if (open <= 0 || text[open] != '{')
        {
            return false;
        }
        var command = open;
        while (command > 0 && char.IsAsciiLetter(text[command - 1]))
        {
            command--;
        }
        return command < open && command > 0 && text[command - 1] == '\\' && TextCommands.Contains(text.AsSpan(command, open - command));
    }

    // Commands whose argument is a letter's or a page's text (a name, an address, bold or emphasised words), not maths
    // ("\frac{Total Profit}{…}" holds no one's name).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TextCommands = new HashSet<string>(StringComparer.Ordinal)
    {
        "address", "signature", "name", "author", "opening", "closing", "textbf", "textit", "textsc", "emph", "underline", "large",
        "Large", "LARGE", "huge", "Huge", "fromname", "fromaddress", "sender", "recipient", "makelabel", "cvname", "firstname",
        "familyname", "begin",
    }.GetAlternateLookup<ReadOnlySpan<char>>();
}
