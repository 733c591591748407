namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Home and delivery words of the address detector beyond English: the address, home and delivery words of other Latin-script
/// languages, and the times and days a visit or pickup note puts between its label and the address.
/// </summary>
internal static class HomeWords
{
    /// <summary>
    /// The address, home and delivery words of other Latin-script languages (ASCII stems: "dirección", "endereço", "locuiește"
    /// reach them through their unaccented start): German, French, Spanish, Italian, Portuguese, Dutch and Afrikaans, Romanian,
    /// Polish, Nordic, Finnish, Welsh, Indonesian.
    /// </summary>
    internal static readonly string[] OtherLanguages =
    [
        "adresse", "anschrift", "wohnt", "wohne", "wohnhaft", "wohnadresse", "lieferadresse", "lieferanschrift", "paket", "zustell*",
        "domicile", "habite", "livrer", "livraison", "colis", "demeurant", "direcci*", "domicilio", "vive en", "vivo en", "paquete",
        "entregar", "entrega", "indirizzo", "abita", "abito", "residente", "spedire", "spedizione", "consegna*", "pacco", "endere*",
        "morada", "mora na", "mora em", "moro na", "moro em", "encomenda", "adres", "woonadres", "huisadres", "woont", "woon",
        "bezorg*", "stuur", "pakket", "pakkie", "afleweradres", "aflewer*", "posadres", "adresa", "domiciliu", "domiciliat*",
        "locuie*", "trimite*", "colet", "coletul", "livrare", "mieszka", "zamieszka*", "paczk*", "dostaw*", "hemadress",
        "postadress", "leveransadress", "bor pa", "bor i", "osoite", "osoitteeseen", "asuu", "toimitus*", "cyfeiriad", "anfon",
        "cartref", "alamat", "tinggal di", "kirim", "dikirim",
    ];

    /// <summary>
    /// A delivery note's door instructions (fourteenth pass): how to get into a home or where to leave a parcel ("buzzer doesn't
    /// work", "gate code 4471", "leave the box behind the bin", "ring twice, baby sleeping"). Only a home has them, so the address
    /// beside them is one even without a name.
    /// </summary>
    internal static readonly string[] DoorNotes =
    [
        "buzzer", "doorbell", "door bell", "ring twice", "ring the bell", "ring bell", "knock", "gate code", "door code", "entry code",
        "nobody answers", "no one answers", "nobody's home", "nobody is home", "no one is home", "leave the box", "leave the parcel",
        "leave it with", "leave with", "leave at the door", "safe place", "porch", "rider note", "driver note", "driver instructions",
        "rider instructions", "baby sleeping", "dog in the yard", "beware of dog", "intercom",
        // Obituaries and wakes held at the family's home, and a courier's chat from outside it.
        "the wake", "wake for", "wake will", "the late", "in loving memory", "family home", "family residence", "viewing",
        "driver chat", "rider chat", "courier chat", "i'm outside", "im outside", "come down to",
        // A sitter's notes for the home they look after (seventeenth pass): the key's hiding place and the sitting itself ("flat is
        // at …, key under the mat"). Not "the house is at" alone: a maths answer says "the house is at 40 + 15 degrees".
        "key under", "spare key", "under the mat", "house-sitting", "house sitting", "housesitting", "dog-sitting", "dog sitting",
        "cat-sitting", "cat sitting", "pet-sitting", "pet sitting", "babysitting", "baby-sitting", "plant-sitting",
    ];

    /// <summary>A person's or a family's own home named right before its address ("held at the family residence, 45 …").</summary>
    internal static readonly string[] OwnHomes =
    [
        "family residence", "family home", "their residence", "his residence", "her residence", "their home,", "his home,", "her home,",
        "residence of", "residence address", "home of the late", "insured's home", "client's home", "patient's home",
        // "… keeps the files at his house, Dzirnavu iela 5": someone's house or flat named right before its address.
        "his house,", "her house,", "their house,", "his flat,", "her flat,", "their flat,", "his apartment,", "her apartment,",
        "their apartment,",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "at", "from", "to", "on", "by", "around", "approx", "about", "tomorrow", "today", "tonight", "morning", "afternoon", "evening",
        "am", "pm", "next", "this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Only a time or a day between a delivery label and the address ("pickup tomorrow 14:15 from", "drop-off at 9am at").</summary>
    internal static bool IsOnlyTime(ReadOnlySpan<char> between)
    {
        var any = false;
        foreach (var range in between.SplitAny(" ,\t"))
        {
            var token = between[range].TrimEnd('.');
            if (token.IsEmpty)
            {
                continue;
            }
            var time = char.IsAsciiDigit(token[0]) && !token.ContainsAnyExcept("0123456789:.hapmAPM");
            if (!time && !TimeWords.Contains(token))
            {
                return false;
            }
            any |= time;
        }
        return any;
    }
}
