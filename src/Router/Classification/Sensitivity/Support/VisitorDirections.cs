namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Directions for a visitor to an office (fifteenth pass, issue 15): "Your interview: room 1204, 12th floor, block 3, … – gate code
/// 4471, the buzzer is broken", "visitors: level 5, building B, room 512, door code …". A door note (gate code, buzzer, intercom)
/// makes an unnamed address a home (HomeWords.DoorNotes), but a room on a floor of a building, given to a visitor, an interviewee or
/// a meeting, is a workplace's. Rooms, floors and buildings are also how many homes are written ("Room 501, Building 3, … Garden"),
/// so this holds only with a visitor's or a workplace's word in the text and no word of a dwelling.
/// </summary>
internal static class VisitorDirections
{
    // An office block's parts, in the address itself: a room or floor, and a building, block, tower or wing.
    private static readonly CueSet Rooms = new("room", "rm", "floor", "level", "fl");

    private static readonly CueSet Buildings = new("building", "bldg", "block", "tower", "wing");

    private static readonly CueSet VisitWords = new(
        "interview*", "visitor*", "reception", "receptionist", "front desk", "security desk", "sign in", "sign-in", "check in", "check-in",
        "guest pass", "visitor pass", "badge", "appointment", "meeting", "office", "colleague*", "onboarding", "first day", "training",
        "workshop", "our team", "the team", "lift", "elevator", "lobby");

    // Any word of a home beats the visit: "interview the nanny at our flat", "my apartment is room 12, block C".
    private static readonly CueSet Dwelling = new(
        "flat", "apartment", "apt", "home", "house", "my place", "our place", "live", "lives", "living", "residence", "dorm", "halls",
        "bedroom", "estate", "parcel", "package", "delivery", "deliver");

    /// <summary>Whether the unnamed address is an office room given in directions to a visitor.</summary>
    public static bool Holds(string text, TextSpan address)
    {
        // The address found may start at the floor or the block: the room before it on its line is part of the same directions.
        var lineStart = address.Start == 0 ? 0 : text.LastIndexOf('\n', address.Start - 1) + 1;
        var from = Math.Max(lineStart, address.Start - 40);
        var unit = text.AsSpan(from, address.End - from);
        return Rooms.Any(unit) && Buildings.Any(unit) && VisitWords.Any(text) && !Dwelling.Any(text);
    }
}
