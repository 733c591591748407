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
