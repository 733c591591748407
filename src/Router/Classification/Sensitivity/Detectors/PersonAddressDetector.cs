using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A street address that belongs to a private person: next to a full name (including the name line of an
/// envelope block), or in a home or delivery context ("my address", "ship to", "lives at", 家住, 寄到, 收货地址).
/// An office, shop or venue address without a name, and places in travel questions, do not fire.
/// </summary>
internal sealed class PersonAddressDetector : ISensitivityDetector
{
    private const int NameReach = 100;
    private const int ContextReach = 80;

    // A venue word anywhere in the sentence around an address makes it a place, not a home ("Is … safe for tourists?").
    private const int VenueReach = 160;

    [ThreadStatic]
    private static List<TextSpan>? t_addresses;

    private static readonly CueSet HomeOrDelivery = new(
        "my address*", "addresses", "home address", "address is", "address:", "new address", "'s address", "his address", "her address",
        "their address", "billing address", "shipping address", "mailing address", "delivery address", "postal address",
        "address for", "deliver*", "ship", "shipping", "shipped", "send", "sent", "mail", "mailing", "parcel*", "package*", "courier*",
        "lives at", "live at", "living at", "lives on", "resid*", "home", "house", "return to", "return", "returned", "moved to", "move to", "forward to",
        "post to", "billing", "postal", "envelope", "neighbo*",
        "家住", "住在", "住址", "地址", "寄到", "寄往", "寄给", "送到", "送至", "送货", "收货", "收件", "快递", "配送", "邮寄", "我家", "家里",
        "派送", "搬到", "户籍",
        // Where someone stays, and the people a writer names by relation ("my sister … stays at", "where … lives").
        "live", "lives", "lived", "living", "stay", "stays", "staying", "stayed", "moved in*", "move in*", "grew up", "pick me up",
        "pick up", "picked up", "flat", "apartment", "my place", "his place", "her place", "their place", "'s place",
        "sister", "brother", "mother", "mum", "mom", "father", "dad", "parents", "wife", "husband", "son", "daughter",
        "grandma", "grandmother", "grandpa", "grandfather", "aunt", "uncle", "cousin", "friend", "partner", "girlfriend",
        "boyfriend", "fianc*", "landlord", "roommate", "flatmate", "new place", "place is", "moved", "rent", "lease",
        // A record role next to an address is a person's record ("recipient: …", "applicant …, registered address").
        "recipient", "addressee", "consignee", "tenant", "applicant", "resident", "occupant", "customer", "client", "patient",
        "bill to", "attn", "attention", "c/o", "care of", "registered address", "address of", "registered",
        "住", "父母", "妈妈", "爸爸", "姐姐", "妹妹", "哥哥", "弟弟", "老公", "老婆", "朋友", "室友", "房东");

    // Cheap gate before the address patterns: a street or unit word, an address label, or a Chinese road/building word.
    private static readonly CueSet AddressHint = new(
        "street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "boulevard", "blvd", "court", "ct",
        "crescent", "place", "pl", "way", "terrace", "close", "parkway", "highway", "grove", "row", "circle", "trail", "square",
        "mews", "gardens", "walk", "hill", "green", "park", "rue", "via", "viale", "calle", "avenida", "avda", "rua", "piazza", "plaza",
        "ulica", "ul", "chemin", "strada", "carrer", "apt", "apartment", "suite", "ste", "unit", "flat", "box", "psc", "fpo", "apo",
        "usns", "usnv", "uss", "uscgc", "address*", "return to", "ship", "shipped", "send", "deliver*", "mail", "here they are",
        "*strasse", "*str", "*weg", "*gasse", "*straat", "*laan", "*vej", "*gatan", "*gata",  "*utca",
        "*katu", "*tie", "*allee", "*platz", "*ring", "*damm", "*plein", "*gracht", "*kade",
        "路", "街", "道", "巷", "弄", "胡同", "村", "小区", "花园", "公寓", "苑", "园", "广场", "大厦", "号楼", "栋", "幢", "单元", "室");

    private static readonly CueSet Venue = new(
        "office", "headquarter*", "HQ", "store", "shop", "restaurant", "cafe", "café", "hotel", "museum", "branch", "campus", "station",
        "airport", "venue", "gallery", "theatre", "theater", "stadium", "tour*", "visit*", "directions", "get to", "get from", "tube",
        "subway", "metro", "meet", "meet me", "meeting", "held at", "conference", "workshop", "event", "concert", "exhibition",
        "opens", "opening hours", "located", "sightseeing", "tourist*",
        "公司", "总部", "门店", "餐厅", "酒店", "景区", "博物馆", "车站", "机场", "旅游", "游玩", "怎么去", "怎么走", "地铁");

    public string Name => "person_address";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "street address of a person";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (input.DigitCount == 0 || !(AddressHint.Any(text) || HomeOrDelivery.Any(text) || StreetAddress.HasWordlessShape(text)))
        {
            return;
        }
        var addresses = t_addresses ??= [];
        addresses.Clear();
        StreetAddress.Find(text, input.DigitCount, addresses);
        if (addresses.Count == 0 || input.Person.IsFictionOrTemplate)
        {
            return;
        }
        foreach (var address in addresses)
        {
            var named = HasOwnerName(text, input.Person, address, addresses) || NameLineAbove(text, address.Start, addresses);
            if (named || (HomeOrDelivery.Any(Window(text, address, ContextReach)) && !Venue.Any(Window(text, address, VenueReach))))
            {
                found.Add(address);
            }
        }
    }

    // A name shortly before the address and set apart from it by punctuation, a line break or a word such as "of"
    // ("Emily Donovan, 418 …", "Mr. Jennings of 27 …"), not by a venue ("The Fastcase office is at …"); or a name
    // after the sentence holding the address has ended ("…Springfield; the package is for Mr. Dev Patel").
    // Capitalised words inside or right after an address are its street, town and country.
    private static bool HasOwnerName(string text, PersonScan person, TextSpan address, List<TextSpan> addresses)
    {
        // "Via Raffaele Conforti 74": capitalised words that are part of a street are not its owner.
        bool OverlapsAddress(TextSpan name) => addresses.Exists(a => a.Overlaps(name));

        // Only names within reach of the address can own it.
        foreach (var name in person.NamesBetween(address.Start - NameReach, address.End + NameReach))
        {
            if (OverlapsAddress(name))
            {
                continue;
            }
            if (name.End <= address.Start && address.Start - name.End <= NameReach)
            {
                var gap = text.AsSpan(name.End, address.Start - name.End);
                if (SetsApart(gap) && !Venue.Any(gap))
                {
                    return true;
                }
            }
            if (name.Start >= address.End && name.Start - address.End <= NameReach)
            {
                var gap = text.AsSpan(address.End, name.Start - address.End);
                if (EndsSentence(gap) || (OwnerLink.Any(gap) && !Venue.Any(gap)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool SetsApart(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c is ',' or ':' or '\n' or '，' or '：' or '(' or '（' or '-' or '|' or '/' or ';' || char.IsLower(c) || HanText.IsHan(c))
            {
                return true;
            }
        }
        return false;
    }

    // A name later in the same sentence, joined by a word that ties the address to a person ("… is the correct postal
    // address for Nicholas Gottschalk", "…, where Madison Zetticci lives", "home of …"), not the capitalised town and
    // country lines that end an address.
    private static readonly CueSet OwnerLink = new(
        "for", "where", "whose", "belongs", "belonging", "owned", "owner", "home of", "house of", "address of", "residence of",
        "with", "by", "c/o", "care of", "attention", "attn", "recipient", "addressee", "tenant", "occupant", "resident");

    // ";", "?", "!" or a full stop after a word of four letters or more ("Apt. 3" and "St. 5" go on).
    private static bool EndsSentence(ReadOnlySpan<char> gap)
    {
        if (gap.IndexOfAny(";!?。；！？") >= 0)
        {
            return true;
        }
        for (var i = gap.IndexOf('.'); i >= 0 && i < gap.Length; i = gap[(i + 1)..].IndexOf('.') is var next and >= 0 ? i + 1 + next : -1)
        {
            var letters = 0;
            while (i - letters - 1 >= 0 && char.IsLetter(gap[i - letters - 1]))
            {
                letters++;
            }
            if (letters >= 4)
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> Window(string text, TextSpan address, int reach)
    {
        var start = Math.Max(0, address.Start - reach);
        var end = Math.Min(text.Length, address.End + reach / 2);
        return text.AsSpan(start, end - start);
    }

    // An envelope block: one of the three lines above the street line, past other address lines (those with
    // digits), holds only two to four words ("alexandra fowler", "??? natasha higuchi").
    private static bool NameLineAbove(string text, int addressStart, List<TextSpan> addresses)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, addressStart - 1));
        if (lineStart <= 0 || !text.AsSpan(lineStart + 1, addressStart - lineStart - 1).Trim(" ?•*-\t").IsEmpty)
        {
            return false;
        }
        for (var up = 0; up < 3 && lineStart > 0; up++)
        {
            var previousEnd = lineStart;
            while (previousEnd > 0 && text[previousEnd - 1] is '\n' or '\r' or ' ')
            {
                previousEnd--;
            }
            var previousStart = text.LastIndexOf('\n', Math.Max(0, previousEnd - 1)) + 1;
            var line = text.AsSpan(previousStart, previousEnd - previousStart).Trim(" ?•*-\t");
            if (line.IndexOfAnyInRange('0', '9') < 0)
            {
                // A line that is itself part of an address ("USCGC Lussier" above "FPO AE 05609") names no one.
                var lineSpan = new TextSpan(previousStart, previousEnd);
                return IsShortWordLine(line) && !addresses.Exists(a => a.Overlaps(lineSpan));
            }
            lineStart = previousStart - 1;
        }
        return false;
    }

    private static bool IsShortWordLine(ReadOnlySpan<char> line)
    {
        var words = 0;
        foreach (var part in line.Split(' '))
        {
            var word = line[part];
            if (word.IsEmpty)
            {
                continue;
            }
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not '.' and not '\'' and not '-')
                {
                    return false;
                }
            }
            words++;
        }
        return words is >= 2 and <= 4;
    }
}
