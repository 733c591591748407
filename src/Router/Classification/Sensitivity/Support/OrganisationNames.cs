namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Companies, banks, insurers, hospitals and firms whose names read like a person's full name ("Goldman Sachs", "Wells Fargo",
/// "Kaiser Permanente", "Ernst Young"): next to revenue, fees, salaries or a treatment they are the policy's "companies and
/// products", not anyone's record. A name found in text is looked up once (a trailing "'s" dropped), like
/// <see cref="PublicFigures"/>; a capitalised run after the name that goes on ("Morgan Stanley Wealth") is already no name.
/// Besides the list, a name followed by a verb and "its" ("Acme Rivers raised its fees") or by a legal form ("AS", "GmbH"), or
/// right after a business role ("our vendor is …"), is an organisation.
/// </summary>
internal static class OrganisationNames
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        // Banks, brokers, asset managers and lenders.
        "Goldman Sachs", "Morgan Stanley", "Wells Fargo", "Charles Schwab", "Merrill Lynch", "Edward Jones", "Raymond James",
        "Lehman Brothers", "Bear Stearns", "Smith Barney", "Dean Witter", "Paine Webber", "Brown Brothers", "Brown Brothers Harriman",
        "Lloyds Bank", "Lloyds Banking", "Coutts", "Hargreaves Lansdown", "Charles Stanley", "Schroders", "Rathbones", "Quilter",
        "Fannie Mae", "Freddie Mac", "Sallie Mae", "Ginnie Mae", "Jackson Hewitt", "Liberty Tax", "Credit Suisse", "Deutsche Bank",
        "Credit Karma", "Rocket Mortgage", "Quicken Loans", "Lending Club", "Capital One", "Discover Financial", "Ally Financial",
        "Morgan Chase", "JP Morgan", "J.P. Morgan", "Jp Morgan", "Nomura Holdings", "Fidelity Investments", "Vanguard Group",
        "Dow Jones", "Standard Chartered", "Wise Payments", "Western Union", "Money Gram", "Santander", "Nationwide",
        "Allied Irish", "Bank Leumi", "Kotak Mahindra", "Bajaj Finance", "Tata Capital", "Muthoot Finance",
        // Insurers and health plans, hospitals and clinics named after people.
        "Kaiser Permanente", "Blue Cross", "Blue Shield", "Blue Cross Blue Shield", "United Healthcare", "Humana", "Aetna", "Cigna",
        "Anthem", "Molina Healthcare", "Legal General", "Scottish Widows", "Standard Life", "Sun Life", "Aviva", "Prudential",
        "Mass Mutual", "New York Life", "Northwestern Mutual", "John Hancock", "Liberty Mutual", "State Farm", "Allstate",
        "Johns Hopkins", "Mount Sinai", "Cedars Sinai", "Cedars-Sinai", "Sloan Kettering", "Memorial Sloan Kettering",
        "Mayo Clinic", "Cleveland Clinic", "Great Ormond", "Guy's and St Thomas'", "Moorfields", "Addenbrooke's", "Addenbrookes",
        "Bupa", "Nuffield Health", "Spire Healthcare", "Max Healthcare", "Apollo Hospitals", "Fortis Healthcare",
        // Pharma, medical devices, labs and pharmacies.
        "Johnson Johnson", "Eli Lilly", "Bristol Myers", "Bristol-Myers Squibb", "Bristol Myers Squibb", "Glaxo Smith Kline",
        "Smith Kline", "Astra Zeneca", "Novo Nordisk", "Boehringer Ingelheim", "Thermo Fisher", "Becton Dickinson",
        "Boston Scientific", "Abbott Laboratories", "Quest Diagnostics", "Walgreens Boots", "Walgreens", "Rite Aid", "Lloyds Pharmacy",
        "Holland Barrett", "Estee Lauder", "Estée Lauder", "Procter Gamble", "Weight Watchers", "Jenny Craig", "Dr Reddy's",
        "Sun Pharma", "Teva Pharmaceutical", "Merck Sharp", "Merck Sharp Dohme", "Mylan", "Perrigo", "Sanofi Pasteur",
        // Accountants, consultants and law firms.
        "Ernst Young", "Price Waterhouse", "Pricewaterhouse Coopers", "Arthur Andersen", "Grant Thornton", "Baker Tilly",
        "Oliver Wyman", "Roland Berger", "Bain Capital", "Booz Allen", "Booz Allen Hamilton", "Marsh Mc Lennan", "Marsh McLennan",
        "Baker McKenzie", "Clifford Chance", "Allen Overy", "Slaughter May", "Kirkland Ellis", "Latham Watkins", "Sullivan Cromwell",
        "Davis Polk", "Simpson Thacher", "Skadden Arps", "Herbert Smith", "Herbert Smith Freehills", "Norton Rose", "Hogan Lovells",
        "Linklaters", "Freshfields", "Robert Half", "Korn Ferry", "Michael Page", "Hays Recruitment",
        // Retail, food, cars, media and other brands named after people.
        "Marks Spencer", "Marks and Spencer", "Ralph Lauren", "Calvin Klein", "Tommy Hilfiger", "Louis Vuitton", "Christian Dior",
        "Dolce Gabbana", "Giorgio Armani", "Hugo Boss", "Kate Spade", "Michael Kors", "Tory Burch", "Vera Wang", "Ted Baker",
        "Harley Davidson", "Harley-Davidson", "Rolls Royce", "Rolls-Royce", "Mercedes Benz", "Mercedes-Benz", "Aston Martin",
        "Alfa Romeo", "Ferrari", "Lamborghini", "Walt Disney", "Warner Bros", "Warner Brothers", "Dow Chemical", "Ben Jerry",
        "Trader Joe's", "Trader Joes", "Whole Foods", "Dollar General", "Dollar Tree", "John Lewis", "Sainsbury's", "Harvey Nichols",
        "Paul Smith", "Ted Lapidus", "Johnnie Walker", "Jack Daniel's", "Jack Daniels", "Jim Beam", "Ronald McDonald", "Wendy's",
        "Papa John's", "Taco Bell", "Dunkin Donuts", "Tim Hortons", "Charles Tyrwhitt", "Henry Schein", "Cardinal Health",
        "Tata Motors", "Tata Consultancy", "Mahindra", "Reliance Jio", "Adani Group", "Berkshire Hathaway", "Lockheed Martin",
        "Morgan Sindall", "Taylor Wimpey", "Barratt Homes", "Persimmon", "Bovis Homes", "Ernst Leitz", "Philip Morris",
        "Black Rock",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the name at <paramref name="name"/> is a listed organisation or reads as one ("… raised its …").</summary>
    public static bool IsOrganisation(string text, TextSpan name)
    {
        var span = text.AsSpan(name.Start, name.End - name.Start);
        if (span.EndsWith("'s", StringComparison.Ordinal) || span.EndsWith("’s", StringComparison.Ordinal))
        {
            span = span[..^2];
        }
        return Lookup.Contains(span) || VerbThenIts(text, name.End) || LegalFormAfter(text, name.End) || LegalFormEnds(text, name)
            || BusinessRoleBefore(text, name.Start) || TradeWordEnds(span) || EmployerList.Holds(text, name) || PublicReportAfter(text, name);
    }

    // What a company publishes about itself (eighteenth pass): "Summarise Fjordline's public annual report: revenue, debt …".
    private static readonly CueSet CompanyReports = new(
        "annual report", "annual results", "quarterly report", "quarterly results", "half-year results", "full-year results",
        "interim results", "earnings call", "earnings report", "earnings release", "10-K", "10-Q", "20-F", "prospectus",
        "financial statements", "investor presentation", "shareholder letter", "stock exchange filing", "SEC filing", "ESG report",
        "sustainability report");

    // Before the name, a person's title, role or kin keeps it a person ("Mr Tom Baker's annual report to the bank").
    private static readonly CueSet PersonBefore = new(
        "mr", "mrs", "ms", "miss", "dr", "my", "our", "client", "employee", "tenant", "customer", "patient", "brother", "sister",
        "father", "mother", "husband", "wife", "son", "daughter", "colleague", "friend");

    // "Fjordline Shipping's public annual report", "… Holdings' 10-K": a possessive name right before a company's own public
    // report, with no title, role or kin word just before the name; no person publishes an annual report or a 10-K.
    private static bool PublicReportAfter(string text, TextSpan name)
    {
        var possessive = text.AsSpan(name.Start, name.End - name.Start).EndsWith("s", StringComparison.Ordinal) && name.End < text.Length
            && text[name.End] is '\'' or '’';
        var end = name.End + (possessive ? 1 : 0);
        if (!possessive && !(end >= 2 && text[end - 2] is '\'' or '’' && text[end - 1] == 's'))
        {
            return false;
        }
        var rest = text.AsSpan(end, Math.Min(48, text.Length - end));
        var stop = rest.IndexOfAny(".;:!?\n");
        rest = stop < 0 ? rest : rest[..stop];
        if (!CompanyReports.Any(rest))
        {
            return false;
        }
        var from = Math.Max(0, name.Start - 16);
        var before = text.AsSpan(from, name.Start - from);
        var space = before.TrimEnd(' ').LastIndexOf(' ');
        var first = text.AsSpan(name.Start, name.End - name.Start);
        first = first.IndexOf(' ') is var gap and > 0 ? first[..gap] : first;
        return !PersonBefore.Any(space < 0 ? before : before[(space + 1)..]) && !PersonBefore.Any(first);
    }

    // "Patel Brothers", "Greenway Farms", "Okafor Logistics", "Brightwell Dental": a name whose last word is a trade or a firm's
    // noun is a business ("our customer is Patel Brothers, they owe us …", an invoice to Greenway Farms), not a person; no
    // person's surname is one of these words.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TradeWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "Brothers", "Bros", "Sons", "Partners", "Associates", "Group", "Holdings", "Logistics", "Traders", "Trading", "Farms", "Foods",
        "Motors", "Systems", "Solutions", "Services", "Consulting", "Consultants", "Analytics", "Labs", "Laboratories", "Studios",
        "Technologies", "Industries", "Enterprises", "Ventures", "Builders", "Construction", "Dental", "Bakery", "Bakeries",
        "Supplies", "Haulage", "Plumbing", "Roofing", "Landscaping", "Catering", "Interiors", "Textiles", "Robotics", "Software",
        "Marketing", "Engineering", "Manufacturing", "Distribution", "Imports", "Exports", "Wholesale", "Outfitters", "Brewery",
        "Brewing", "Winery", "Vineyards", "Dairy", "Orchards", "Nurseries", "Pharmaceuticals", "Haustechnik", "Logistik",
        // A division's noun after a group's brand ("Roche Diagnostics", "Siemens Healthineers", "Novartis Pharma"): sixteenth pass.
        "Diagnostics", "Healthineers", "Healthcare", "Pharma", "Therapeutics", "Biotech", "Biosciences", "Biologics", "Electronics",
        "Automotive", "Energy", "Insurance", "Airlines", "Telecom", "Networks",
        // Shipping, mining and other listed sectors whose annual reports users ask about (eighteenth pass).
        "Shipping", "Maritime", "Shipyards", "Airways", "Mining", "Minerals", "Petroleum", "Utilities", "Railways", "Securities",
        "Investments", "Properties", "Realty", "Hotels", "Resorts", "Chemicals", "Bancorp", "Financial", "Semiconductor",
        "Semiconductors", "Aerospace", "Telecommunications",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Group brands that open a division's or subsidiary's name ("Bosch Rexroth", "Siemens Mobility", "Philips Respironics"): no
    // one's given name, so a capitalised pair opening with one is a company.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupBrands = new HashSet<string>(StringComparer.Ordinal)
    {
        "Roche", "Siemens", "Bosch", "Novartis", "Pfizer", "Bayer", "Philips", "Nestle", "Nestlé", "Unilever", "Samsung", "Toyota",
        "Hitachi", "Panasonic", "Accenture", "Deloitte", "Medtronic", "Sanofi", "Volkswagen", "Heineken", "Nokia",
        // Mobile operators before the country they serve ("Airtel Kenya", "Vodacom Tanzania", "Digicel Jamaica"): a network,
        // not a person, next to balance, airtime or loan words (seventeenth pass).
        "Airtel", "Safaricom", "Vodacom", "Vodafone", "Ooredoo", "Omantel", "Digicel", "Movistar", "Telkom", "Telkomsel", "Etisalat",
        "Econet", "Telcel", "Tigo", "Halotel", "Telenor", "Telstra", "Optus", "Turkcell", "Kyivstar", "Magti", "Geocell", "Bmobile",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool TradeWordEnds(ReadOnlySpan<char> name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && (TradeWords.Contains(name[(space + 1)..]) || GroupBrands.Contains(name[..name.IndexOf(' ')]));
    }

    // "Acme Sp. z o.o.", "Nowak Transport Sp.": a name whose last word, with the full stop after it, is a legal form.
    private static bool LegalFormEnds(string text, TextSpan name)
    {
        var span = text.AsSpan(name.Start, name.End - name.Start);
        var space = span.LastIndexOf(' ');
        if (space <= 0 || name.End >= text.Length || text[name.End] != '.')
        {
            return false;
        }
        return LegalForms.Contains(text.AsSpan(name.Start + space + 1, name.End - name.Start - space));
    }

    // "Halvorsen Bakeries AS, Storgata 14", "Brandt & Söhne GmbH", "Rossi Costruzioni S.p.A.": a company's legal form after the name.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalForms = new HashSet<string>(StringComparer.Ordinal)
    {
        "AS", "ASA", "AB", "Oy", "Oyj", "GmbH", "AG", "SA", "S.A.", "SpA", "S.p.A.", "BV", "B.V.", "NV", "N.V.", "Srl", "S.r.l.", "SL",
        "S.L.", "SAS", "SARL", "KG", "Pty", "Ltd", "Ltd.", "LLC", "Inc", "Inc.", "plc", "PLC", "Corp", "Corp.", "LLP", "KK", "ApS", "A/S",
        "Sp.", "GmbH & Co.", "e.V.", "Co.", "Limited",
        // Central and eastern Europe, Turkey, Brazil, Portugal, Indonesia and Vietnam.
        "s.r.o.", "a.s.", "spol.", "Kft.", "Zrt.", "Nyrt.", "d.o.o.", "OÜ", "UAB", "SIA", "A.Ş.", "Ltd.Şti.", "Ltda", "Ltda.", "Lda",
        "Lda.", "EIRELI", "S/A", "Tbk", "Tbk.", "TNHH", "JSC", "SRL", "S.R.L.", "S.C.", "ehf.",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool LegalFormAfter(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return false;
        }
        var rest = text.AsSpan(end + 1, Math.Min(10, text.Length - end - 1));
        var stop = rest.IndexOfAny(' ', ',', ';');
        var word = stop < 0 ? rest : rest[..stop];
        return !word.IsEmpty && LegalForms.Contains(word);
    }

    // "Our vendor is Siemens Healthineers", "supplier: Halden Timber": a business role right before the name.
    private static readonly CueSet BusinessRoles = new(
        "vendor is", "vendor", "supplier is", "supplier", "contractor is", "manufacturer", "distributor", "wholesaler",
        "vendor:", "supplier:");

    private static bool BusinessRoleBefore(string text, int start)
    {
        var from = Math.Max(0, start - 16);
        var before = text.AsSpan(from, start - from).TrimEnd(" :");
        if (before.IsEmpty)
        {
            return false;
        }
        var hits = new List<TextSpan>();
        BusinessRoles.FindAll(before.ToString(), hits);
        return hits.Count > 0 && hits[^1].End == before.Length;
    }

    // "Acme Rivers raised its fees", "Rowe Price cut its dividend": one word, then "its". A person's verb takes his/her/their.
    private static bool VerbThenIts(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(40, text.Length - end));
        if (rest.IsEmpty || rest[0] != ' ')
        {
            return false;
        }
        rest = rest[1..];
        var space = rest.IndexOf(' ');
        if (space <= 0 || !char.IsLower(rest[0]))
        {
            return false;
        }
        var after = rest[(space + 1)..];
        return after.StartsWith("its ", StringComparison.Ordinal);
    }
}
