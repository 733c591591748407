namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A log line's fields that name a person and a place (fifteenth pass, issue 15): an app, a smart-home device or a front desk
/// writes "owner=Declan … location=88 Harrow Lane, …", "resident: …; site: …", "guest='…' addr='…'". The person field's value is
/// a name the scan found and the place field's value is the address, on one line: the address is that person's, as the name
/// line of an envelope makes it. A venue's or a device's own field ("owner=facilities", "location=Level 3 lobby") names no one.
/// </summary>
internal static class LogFieldOwner
{
    // Keys whose value is a person (a device's owner, a hotel's guest, an app's user or customer).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "owner", "owner_name", "resident", "resident_name", "user", "user_name", "username", "name", "full_name", "guest", "guest_name",
        "customer", "customer_name", "client", "client_name", "tenant", "homeowner", "subscriber", "account_holder", "holder", "member",
        "occupant", "contact", "contact_name", "caller", "recipient", "patient", "requester", "requested_by", "reported_by",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Keys whose value is a place (where the device or the person is).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "location", "loc", "address", "addr", "home", "home_address", "home_addr", "site", "site_address", "residence", "property",
        "premises", "install_address", "service_address", "street", "place", "dwelling",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the address is a place field's value on a line whose person field holds a found name.</summary>
    public static bool Owns(string text, PersonScan person, TextSpan address)
    {
        if (!IsFieldValue(text, address.Start, PlaceKeys))
        {
            return false;
        }
        var lineStart = address.Start == 0 ? 0 : text.LastIndexOf('\n', address.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', address.End);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        foreach (var name in person.NamesBetween(lineStart, lineEnd))
        {
            if (!name.Overlaps(address) && name.Start >= lineStart && name.End <= lineEnd && IsFieldValue(text, name.Start, PersonKeys))
            {
                return true;
            }
        }
        return false;
    }

    // "key=value", "key: value", "key='value'", "key=\"value\"", key=\\"value\\" (escaped): the key right before the value (one space allowed after the sign).
    private static bool IsFieldValue(string text, int valueStart, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> keys)
    {
        var at = valueStart;
        if (at > 0 && text[at - 1] is '"' or '\'')
        {
            at--;
            // A log line pasted from a JSON string escapes its quotes (owner=\"…\" location=\"…\"): the backslash is the quote's.
            if (at > 0 && text[at - 1] == '\\')
            {
                at--;
            }
        }
        if (at > 0 && text[at - 1] == ' ')
        {
            at--;
        }
        if (at == 0 || text[at - 1] is not ('=' or ':'))
        {
            return false;
        }
        var keyEnd = at - 1;
        var keyStart = keyEnd;
        while (keyStart > 0 && (char.IsAsciiLetter(text[keyStart - 1]) || text[keyStart - 1] == '_'))
        {
            keyStart--;
        }
        // A key is a token of its own: a field separator or the line start before it (not a word inside a sentence).
        return keyStart < keyEnd && (keyStart == 0 || text[keyStart - 1] is ' ' or '\t' or ',' or ';' or '|' or '[' or '{' or '(' or '\n' or '&' or '"')
            && keys.Contains(text.AsSpan(keyStart, keyEnd - keyStart));
    }
}
