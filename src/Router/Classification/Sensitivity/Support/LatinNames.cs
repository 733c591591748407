namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Latin-script full names: two or three capitalised words on one line ("Hannah Okafor", "Fatima Al-Sayed",
/// "Donald van der Voet"), or one after a title ("Mr. Patel"), or any words after "name is" / "Name:".
/// Capitalised words that head records, begin sentences or name places and organisations are not names.
/// </summary>
internal static partial class LatinNames
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "der", "den", "de", "da", "del", "della", "di", "la", "le", "von", "bin", "al", "el", "dos", "du", "ter", "ten",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Mister", "Madam",
        // Other languages' forms of address ("Monsieur Pierre Lambert", "an Herrn Lukas Weber", "Señora Ruiz").
        "Monsieur", "Madame", "Mademoiselle", "Mme", "Mlle", "Herr", "Herrn", "Frau", "Sr", "Sra", "Srta", "Signor", "Signora",
        // Malaysian and Singaporean forms of address ("Mdm Tan Mei Ling", "Puan Siti …", "Encik Ahmad …").
        "Mdm", "Puan", "Encik", "Cik",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "his", "her", "their", "its", "we", "i", "you", "he", "she",
        "they", "it", "in", "on", "at", "for", "from", "to", "of", "with", "by", "and", "or", "but", "if", "when", "where", "what", "who",
        "why", "how", "which", "please", "dear", "hello", "hi", "hey", "thanks", "thank", "yes", "no", "not", "all", "any", "some", "each",
        "every", "new", "old", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "do", "does", "did", "is", "are",
        "was", "were", "be", "been", "have", "has", "had", "let", "make", "write", "draft", "create", "help", "summarize", "summarise",
        "summary", "explain", "tell", "give", "list", "update", "ship", "send", "deliver", "translate", "rewrite", "check", "note", "notes",
        "also", "just", "only", "about", "after", "before", "during", "today", "tomorrow", "yesterday", "re", "fw", "fwd", "subject",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "discharge", "admission", "admitted", "lab", "result", "results", "report", "record", "records", "form",
        "file", "memo", "letter", "email", "date", "time", "name", "address", "phone", "account", "payroll", "correction", "collections",
        "loan", "registration", "complaint", "insurance", "appeal", "claim", "invoice", "order", "case", "ticket", "status", "review",
        "performance", "chart", "history", "diagnosis", "medication", "patient", "customer", "client", "employee", "applicant", "borrower",
        "tenant", "recipient", "member", "staff", "manager", "team", "department", "dept", "hospital", "clinic", "center", "centre", "bank",
        "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "boulevard", "court", "apt", "suite", "unit", "flat", "box", "floor",
        "building", "city", "county", "state", "province", "country", "republic", "kingdom", "united", "states", "america", "north", "south",
        "east", "west", "central", "inc", "ltd", "llc", "corp", "company", "group", "university", "college", "school", "project", "san",
        "los", "las", "santa", "saint", "mount", "lake", "river", "port", "fort", "cape", "bay", "beach", "park", "hill", "valley", "island",
        "square", "airport", "station", "hotel", "museum", "office", "service", "services", "support", "policy", "plan", "health", "care",
        "medical", "department", "ward", "room", "bed", "attn", "attention", "regards", "best", "kind", "sincerely", "hr", "it", "ceo",
        "chief", "officer", "director", "president", "king", "queen", "prince", "princess", "lord", "lady", "sir", "saint", "god",
        "passenger", "guest", "buyer", "witness", "deceased", "importer", "bride", "groom", "gehalt", "lohn", "salaire", "sueldo",
        "pay", "basic", "gross", "deductions", "earnings", "allowance", "allowances", "taxable", "subscriber", "cad", "sok", "mah",
        "caddesi", "sokak", "mahallesi",
        "christmas", "easter", "internet", "english", "french", "german", "spanish", "chinese", "american", "british",
        "russian", "italian", "japanese", "korean", "indian", "polish", "turkish", "swedish", "norwegian", "danish", "finnish",
        "czech", "greek", "portuguese", "brazilian", "mexican", "canadian", "australian", "irish", "scottish", "welsh", "african",
        "european", "asian", "arabic", "persian", "vietnamese", "thai", "indonesian", "filipino", "ukrainian", "hungarian",
        "romanian", "austrian", "swiss", "belgian", "israeli", "egyptian", "nigerian",
        "place", "way", "close", "grove", "row", "walk", "green", "mews", "gardens", "terrace", "crescent", "plaza", "tower",
        "tce", "crt", "drv", "gdns", "pde",
        "corporation", "agency", "foundation", "institute", "partners", "associates", "holdings", "technologies", "technology",
        "solutions", "systems", "labs", "media", "capital", "ventures", "airlines", "motors", "pharma", "pharmaceuticals", "bank",
        "insurance", "financial", "global", "international", "national", "industries", "enterprises", "consulting", "software",
        "cloud", "store", "market", "restaurant", "cafe", "bar", "club", "church", "temple", "palace", "castle", "bridge", "tower",
        "airport", "mall", "center", "theatre", "theater", "stadium", "festival", "award", "awards", "prize", "cup", "league",
        "series", "season", "chapter", "volume", "edition", "model", "version", "pro", "max", "plus", "mini", "ultra",
        // Street words of other languages, and verbs and words that open an organisation's name or an instruction
        // ("Calle Proc. …", "Contact Foot Quarters at …", "Wolfram Research", "Golden Helix Analytics").
        "calle", "rue", "via", "viale", "rua", "avenida", "avda", "strada", "piazza", "ulica", "chemin", "carrer", "contact", "visit",
        "call", "email", "research", "analytics", "robotics", "sciences", "biosciences", "networks", "digital", "energy", "design",
        "designs", "studio", "studios", "works", "logistics", "foods", "brands", "retail", "apps", "app", "data", "web", "online",
        "traffic", "unlimited", "traders", "opening", "grantee", "enrollee", "enrolee", "awardee", "beneficiary",
        // Nouns that a record-role word qualifies ("customer success lead", "patient safety", "tenant union").
        "success", "safety", "union", "relations", "experience", "engagement", "satisfaction", "rights", "advocate", "advocacy",
        "partner", "lead", "benefits", "onboarding", "tracking", "portal", "trust", "fund", "shop", "shops", "stores", "depot", "warehouse", "factory",
        // Disease, eponym and science words that follow a capitalised word ("Multiple Sclerosis", "Parkinson's Disease",
        // "Yellow Fever", "Angiotensin Converting Enzyme"), compass adjectives, and religious and royal titles ("Pope Urban").
        "disease", "diseases", "syndrome", "sclerosis", "fever", "disorder", "chorea", "palsy", "enzyme", "virus", "antivirals",
        "inhibitors", "encephalitis", "equine", "converting", "scale", "effect", "theory", "principle", "equation", "western",
        "eastern", "northern", "southern", "pope", "emperor", "sultan", "tsar", "czar", "pharaoh", "bishop", "cardinal",
        // Forms of address of other languages (a name follows them), and family words and wishes that open a line
        // ("Grandma Edith Morley is …", "Wish Carla Nunes a happy 40th").
        "monsieur", "madame", "mademoiselle", "mme", "mlle", "herr", "herrn", "frau", "sr", "sra", "srta", "signor", "signora",
        "grandma", "grandpa", "granny", "nana", "auntie", "wish", "congratulate", "congrats", "congratulations",
        "sehr", "geehrte", "geehrter", "ihr", "ihre", "liebe", "lieber",
        // Other languages' record roles, which label the name after them ("Pacjentka Danuta Sowa", "Müşteri Ceren Yavuz").
        "cliente", "clienta", "klient", "klientka", "pacjent", "pacjentka", "pracownik", "pracownica", "najemca", "wnioskodawca",
        "müşteri", "çalışan", "kiracı", "pacient", "pacientka", "zaměstnanec", "nájemník", "žadatel", "clientul", "pacientul",
        "pacienta", "angajatul", "angajata", "chiriaș", "kund", "anställd", "hyresgäst", "sökande", "ansatt", "leietaker", "asiakas",
        "potilas", "pasien", "nasabah", "pelanggan", "karyawan", "pegawai", "penyewa", "pemohon", "paciente", "paziente", "inquilino",
        "inquilina", "locataire", "mieter", "mieterin", "patientin", "klant", "kundin", "kunden", "kunder", "mitarbeiter", "mitarbeiterin", "empleado",
        "empleada", "dipendente", "werknemer", "huurder", "aanvrager", "solicitante", "requerente", "richiedente",
        // Custody, care and benefit registers' roles before a name ("Parolee Jason …", "Resident Albert …", "Claimant Sandra …").
        "inmate", "prisoner", "detainee", "parolee", "resident", "claimant", "starter", "candidate",
        // Roles that label a name in a note or log ("Contractor Gary …", "Volunteer Agnes …"), and job titles of an advert ("Senior
        // Engineer, A$120k").
        "contractor", "subcontractor", "student", "pupil", "learner", "user", "intern", "volunteer", "participant", "trainee", "apprentice",
        "senior", "engineer", "developer", "analyst", "consultant", "specialist", "coordinator", "administrator", "technician",
        // Passport and form field labels ("GIVEN NAMES", "SURNAME / NOM"), which a labelled name must not run into.
        "given", "names", "surname", "surnames", "forename", "forenames", "nom", "prenoms", "nachname", "vorname", "vornamen",
        // Currency codes written before an amount ("Dewi Lestari Rp 500.000", "KSh 2,000"), an award's period ("Employee of the
        // Month Fatima …") and South-East Asian address words ("Jalan Ara", "Brgy. San Isidro", "Blk 45"), none a name's word.
        "rp", "ksh", "kes", "ngn", "ghs", "rm", "month", "week", "quarter", "year", "jalan", "jln", "lorong", "taman", "brgy", "barangay", "purok",
        "sitio", "blk", "kampung", "persiaran",
        // A self-introduction before a three-word name ("I'm Dewi Kartika Sari"): the verb is no name's first word.
        "i'm",
        // Countries of two capitalised words ("compared to Saudi Arabia", "New Zealand", "Sri Lanka").
        "saudi", "arabia", "zealand", "lanka", "emirates", "philippines", "netherlands",
    };

    // Words that open or run through an organisation's or a place's name: a capitalised run after one is part of that name.
    private static readonly HashSet<string> OrganisationLead = new(StringComparer.OrdinalIgnoreCase)
    {
        "united", "nations", "national", "international", "royal", "global", "federal", "state", "states", "city", "county", "world",
        "republic", "kingdom", "university", "college", "school", "company", "group", "bank", "hospital", "museum", "hotel", "festival",
        "club", "church", "airport", "station", "center", "centre", "institute", "foundation", "association", "society",
        "council", "ministry", "agency", "corporation", "academy", "gallery", "theatre", "theater", "stadium", "arena",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationLeadLookup = OrganisationLead.GetAlternateLookup<ReadOnlySpan<char>>();

    // Month words that are also given names ("April Martin", "June Wirth", "Jan Dvořák"): a name only before a capitalised word, and not
    // after a word that puts a date there ("in May Street", "since June").
    private static readonly HashSet<string> MonthGivenNames = new(StringComparer.OrdinalIgnoreCase) { "april", "may", "june", "july", "august", "jan" };

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "of", "since", "until", "till", "by", "from", "early", "late", "mid", "last", "next", "this", "every",
        "through", "during", "before", "after", "between", "and", "or", "each", "end", "start", "beginning",
    };

    // Vietnamese middle names, after which a full name has a fourth word ("Nguyen Thi Minh Khai", "LE THI HONG NHUNG").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VietnameseMiddleLookup = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Thi", "Thị", "Van", "Văn", "Duc", "Đức", "Huu", "Hữu", "Ngoc", "Ngọc", "Dinh", "Đình", "Xuan", "Xuân", "Quang", "Thanh", "Minh",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthGivenNameLookup = MonthGivenNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWordLookup = DateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A month word that is also a given name (April, May, June, July, August).</summary>
    public static bool IsMonthGivenName(ReadOnlySpan<char> word) => MonthGivenNameLookup.Contains(word);

    /// <summary>A word that is never part of a name: function words, record headings, places, organisations, months.</summary>
    public static bool IsNotName(ReadOnlySpan<char> word) => NotNameLookup.Contains(word);

    [ThreadStatic]
    private static List<(int Start, int End)>? t_words;

    public static void Find(string text, List<TextSpan> names)
    {
        var words = t_words ??= [];
        AddWords(text, words);
        for (var w = 0; w < words.Count; w++)
        {
            // A word that is neither capitalised nor labelled by the word before it (a role, a title, "name:", "name is")
            // starts nothing below: skip it without the lookups.
            var capitalised = IsCapitalised(Word(text, words[w]));
            if (!capitalised)
            {
                // Record forms: initials ("A. K. Lindström"), names in capitals, "SURNAME, Given" (LatinNames.RecordForms).
                var form = -1;
                if (words[w].End - words[w].Start == 1 || char.IsUpper(text[words[w].Start]))
                {
                    form = FindRecordForm(text, words, w, names);
                    if (form < 0 && words[w].End < text.Length && text[words[w].End] == ',')
                    {
                        form = Inverted(text, words, w, names);
                    }
                }
                if (form < 0 && char.IsLower(text[words[w].Start]) && HeadsLine(text, words[w].Start))
                {
                    form = LowerCaseRecordLead(text, words, w);
                    if (form >= 0)
                    {
                        names.Add(new TextSpan(words[w].Start, words[form].End));
                    }
                }
                if (form >= 0)
                {
                    w = form;
                    continue;
                }
                if (w == 0 || !MayLabel(Word(text, words[w - 1])))
                {
                    continue;
                }
            }
            else if (words[w].End < text.Length && text[words[w].End] == ',' && Inverted(text, words, w, names) is var inverted && inverted >= 0)
            {
                w = inverted;
                continue;
            }
            // "the Rwanda Marathon", "The Fastcase office": a capitalised run after "the" names a thing, not a person.
            if (w > 0 && capitalised && Word(text, words[w - 1]).Equals("the", StringComparison.OrdinalIgnoreCase)
                && SameLine(text, words[w - 1].End, words[w].Start, allowDot: false))
            {
                // "Employee of the Month Fatima Al-Sayed": an award's period ends the thing's name; a name may follow it.
                while (!PeriodLookup.Contains(Word(text, words[w])) && w + 1 < words.Count && (IsCapitalised(Word(text, words[w + 1])) || ParticleLookup.Contains(Word(text, words[w + 1])))
                    && SameLine(text, words[w].End, words[w + 1].Start, allowDot: false))
                {
                    w++;
                }
                continue;
            }
            // "United Nations Day", "Royal Albert Hall", "City Council Offices": a capitalised run that goes on from an
            // organisation's or place's word is that organisation's or place's name, not a person's.
            if (w > 0 && capitalised && OrganisationLeadLookup.Contains(Word(text, words[w - 1])) && IsCapitalised(Word(text, words[w - 1]))
                && SameLine(text, words[w - 1].End, words[w].Start, allowDot: false))
            {
                while (w + 1 < words.Count && IsCapitalised(Word(text, words[w + 1])) && SameLine(text, words[w].End, words[w + 1].Start, allowDot: false))
                {
                    w++;
                }
                continue;
            }
            var roleLabelled = IsLowerCaseAfterRole(text, words, w);
            var titled = w > 0 && TitleLookup.Contains(Word(text, words[w - 1])) && SameLine(text, words[w - 1].End, words[w].Start, allowDot: true);
            // After a title the name may be in lower case ("mr. tony hussain"), like after a "name:" label.
            // Not after a title in capitals: that ends a name in capitals ("NGUYEN/THI LAN MRS born …").
            var labelled = roleLabelled || IsNameLabel(text, words, w)
                || (titled && char.IsLower(text[words[w].Start]) && Word(text, words[w - 1]).ContainsAnyInRange('a', 'z'));
            var count = 0;
            var last = w;
            // Vietnamese names run to four words with a middle name ("Nguyen Thi Minh Khai").
            var most = w + 1 < words.Count && VietnameseMiddleLookup.Contains(Word(text, words[w + 1])) ? 4 : 3;
            for (var k = w; k < words.Count && count < most; k++)
            {
                if (k > w && !SameLine(text, words[k - 1].End, words[k].Start, allowDot: false) && !InQuotedNickname(text, words, k, w))
                {
                    break;
                }
                var word = Word(text, words[k]);
                if (count > 0 && ParticleLookup.Contains(word) && k + 1 < words.Count)
                {
                    continue;
                }
                // "customer nora quinn called …": the record's verb ends a lower-case name.
                if (roleLabelled && AfterLowerCaseNameLookup.Contains(word))
                {
                    break;
                }
                if (!(labelled ? word.Length >= 2 && !NotNameLookup.Contains(word) : IsCapitalised(word) && !NotNameLookup.Contains(word))
                    && !(count == 0 && IsMonthGivenName(text, words, k)) && !IsParkBesideKoreanGivenName(text, words, k))
                {
                    break;
                }
                count++;
                last = k;
            }
            // A longer run of capitalised words is a title, an organisation or a heading, not a name; so is a run
            // broken by an organisation or place word ("Rand Corporation", "Kroll Bond Ratings Agency").
            var next = last + 1;
            // A possessive ends the name ("Ines Moreau's December payout"): what follows is what the person has.
            var runGoesOn = next < words.Count && SameLine(text, words[last].End, words[next].Start, allowDot: false)
                && IsCapitalised(Word(text, words[next])) && !CurrencyCodeLookup.Contains(Word(text, words[next])) && !(count >= 2 && IsPossessive(Word(text, words[last])));
            // "Mr Lim Boon Huat", "Mdm Tan Mei Ling": a title before a three-word name is no fourth word of a heading; the name
            // is read again from the word after the title.
            if (runGoesOn && count == most && TitleLookup.Contains(Word(text, words[w])))
            {
                continue;
            }
            if (runGoesOn || ParticleLookup.Contains(Word(text, words[w])))
            {
                w = last;
                continue;
            }
            if (roleLabelled && (count < 2 || !EndsLowerCaseName(text, words, last)))
            {
                continue;
            }
            // "my son Fintan", "our niece Orla": one given name after the writer's relative is that relative's (KinNames).
            if (count >= 2 || (count == 1 && (titled || labelled || (capitalised && KinNames.AfterKin(text, words, w)))))
            {
                var span = new TextSpan(words[w].Start, words[last].End);
                if (!InsidePlaceholder(text, span))
                {
                    names.Add(span);
                }
                w = last;
            }
        }
    }

    // Record roles that label the lower-case name after them: "patient mark pinto", "our client susan mikulić", "recipient: …".
    private static readonly HashSet<string> RoleLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "patient", "customer", "client", "employee", "applicant", "borrower", "tenant", "recipient", "claimant", "guarantor",
        "beneficiary", "cardholder", "policyholder", "debtor", "colleague", "coworker", "co-worker", "lodger", "addressee", "consignee",
        "renter", "lessee", "leaseholder",
        // Accounts, cases and registers that label a person the same way ("user kiran patel, dob …", "complainant: …").
        "user", "member", "resident", "complainant", "passenger", "pupil", "candidate", "guest", "subscriber", "insured", "defendant",
        "plaintiff", "respondent", "witness", "victim", "suspect", "inmate", "prisoner", "detainee", "parolee",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLabelLookup = RoleLabels.GetAlternateLookup<ReadOnlySpan<char>>();

    // What may follow a lower-case name after a role: function words and the verbs a record goes on with.
    private static readonly HashSet<string> AfterLowerCaseName = new(StringComparer.OrdinalIgnoreCase)
    {
        "called", "asked", "wants", "wanted", "said", "says", "missed", "complained", "requested", "disputes", "disputed", "needs",
        "refused", "paid", "owes", "signed", "moved", "lives", "died", "reported", "phoned", "emailed", "wrote",
        // A care, ambulance or booking note's verbs ("patient ilse vanderhoeven transported to …").
        "transported", "transferred", "admitted", "discharged", "referred", "collapsed", "arrived", "presented", "attended", "booked",
        "cancelled", "canceled", "rescheduled", "triaged", "registered", "enrolled", "applied", "submitted", "declined", "returned",
        "fell", "found", "seen", "treated", "taken",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterLowerCaseNameLookup = AfterLowerCaseName.GetAlternateLookup<ReadOnlySpan<char>>();

    // Endings of common nouns and verbs, not of names ("customer complaints rising", "tenant engagement").
    private static readonly string[] NounEndings = ["ing", "tion", "sion", "ment", "ness", "ity", "ies", "ance", "ence", "ship", "ure"];

    // A lower-case word right after a role word, on its line (a colon or comma between allowed): the start of a name the
    // capitalised-word finder cannot see. The run must be two or three name-like words (EndsLowerCaseName checks its end).
    private static bool IsLowerCaseAfterRole(string text, List<(int Start, int End)> words, int w)
    {
        if (w == 0 || !RoleLabelLookup.Contains(Word(text, words[w - 1])))
        {
            return false;
        }
        var word = Word(text, words[w]);
        var gap = text.AsSpan(words[w - 1].End, words[w].Start - words[w - 1].End);
        return char.IsLower(word[0]) && gap is " " or ": " or ", " or ":" && !HasNounEnding(word) && !IsPlural(word) && IsLowerCaseLine(text, words[w].Start);
    }

    // "rights", "records", "reviews" after a role word are its plural noun, not a given name ("James", "Chris", "Marcus" pass).
    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' && word[^2] is '\'' or '’';

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && !(word[^2] is 'a' or 'e' or 'i' or 'o' or 'u' or 's');

    // Only where the writer does not capitalise (the whole line in lower case after its first letter, or the part of it after an
    // instruction's colon or an opening quote: "EMS note, make it readable: patient ilse …"): in cased text a lower-case word
    // after a role is a noun ("Tenant rights groups", "the patient safety guidelines").
    // The line is read once per text and line (LowerCaseLines), not at every call.
    internal static bool IsLowerCaseLine(string text, int position) => LowerCaseLines.Is(text, position);

    // The run ends the name: punctuation or the end of the text next, or a function word or a record verb; and no word of it
    // looks like a common noun.
    private static bool EndsLowerCaseName(string text, List<(int Start, int End)> words, int last)
    {
        if (HasNounEnding(Word(text, words[last])) || RoleLabelLookup.Contains(Word(text, words[last])))
        {
            return false;
        }
        var end = words[last].End;
        if (end == text.Length || !(text[end] == ' ' && end + 1 < text.Length && char.IsLetter(text[end + 1])))
        {
            return true;
        }
        if (last + 1 >= words.Count)
        {
            return true;
        }
        var next = Word(text, words[last + 1]);
        return NotNameLookup.Contains(next) || AfterLowerCaseNameLookup.Contains(next);
    }

    private static bool HasNounEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in NounEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // "April Martin" but not "in May Smith said" or "June 2024": a capitalised month word before a capitalised surname.
    private static bool IsMonthGivenName(string text, List<(int Start, int End)> words, int k)
    {
        var word = Word(text, words[k]);
        if (!IsCapitalised(word) || !MonthGivenNameLookup.Contains(word) || k + 1 >= words.Count
            || !SameLine(text, words[k].End, words[k + 1].Start, allowDot: false))
        {
            return false;
        }
        var next = Word(text, words[k + 1]);
        return IsCapitalised(next) && !NotNameLookup.Contains(next) && !(k > 0 && DateWordLookup.Contains(Word(text, words[k - 1])));
    }

    // Park is the third most common Korean family name and a place word ("Hyde Park"): a surname right before or after a Korean
    // given name written with its hyphen ("Park Ji-won", "Ji-won Park").
    private static bool IsParkBesideKoreanGivenName(string text, List<(int Start, int End)> words, int k)
    {
        if (!Word(text, words[k]).SequenceEqual("Park"))
        {
            return false;
        }
        return (k + 1 < words.Count && SameLine(text, words[k].End, words[k + 1].Start, allowDot: false) && IsKoreanGivenName(Word(text, words[k + 1])))
            || (k > 0 && SameLine(text, words[k - 1].End, words[k].Start, allowDot: false) && IsKoreanGivenName(Word(text, words[k - 1])));
    }

    // "Ji-won", "Min-jun", "Seo-yeon": two romanised syllables joined by a hyphen, only the first capitalised.
    private static bool IsKoreanGivenName(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen is >= 2 and <= 5 && word.Length - hyphen - 1 is >= 2 and <= 4 && char.IsAsciiLetterUpper(word[0])
            && !word[1..hyphen].ContainsAnyExceptInRange('a', 'z') && !word[(hyphen + 1)..].ContainsAnyExceptInRange('a', 'z');
    }

    private static ReadOnlySpan<char> Word(string text, (int Start, int End) word) => text.AsSpan(word.Start, word.End - word.Start);

    /// <summary>
    /// The words of <paramref name="text"/> as the name finder reads them (replacing the list's contents): runs of Latin
    /// letters (no Han), joined across one apostrophe or hyphen that a letter follows.
    /// </summary>
    internal static void AddWords(string text, List<(int Start, int End)> words)
    {
        words.Clear();
        var length = text.Length;
        var i = 0;
        while (i < length)
        {
            var c = text[i];
            if (c < 128 ? !char.IsAsciiLetter(c) : !IsNameLetter(c))
            {
                // No character from U+3400 to U+9FFF is a name letter (Han, and the hexagram symbols): a run of them in one step.
                i = c is >= HanFirst and <= HanLast && text.AsSpan(i).IndexOfAnyExceptInRange(HanFirst, HanLast) is var skip
                    ? (skip < 0 ? length : i + skip)
                    : i + 1;
                continue;
            }
            var start = i++;
            while (i < length)
            {
                c = text[i];
                if (c < 128)
                {
                    if (char.IsAsciiLetter(c) || (c is '\'' or '-' && i + 1 < length && IsNameLetter(text[i + 1])))
                    {
                        i++;
                        continue;
                    }
                    break;
                }
                if (IsNameLetter(c) || (c == '’' && i + 1 < length && IsNameLetter(text[i + 1])))
                {
                    i++;
                    continue;
                }
                break;
            }
            words.Add((start, i));
        }
    }

    internal const char HanFirst = '\u3400';
    internal const char HanLast = '\u9FFF';

    internal static bool IsNameLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : CharTable.IsLetter(c) && !HanText.IsHan(c);

    // The words that label the word after them (record roles, titles, "name", "is"), by length and the upper case of
    // their first and last letters: a word whose ASCII first and last letters match none of them is none of them.
    internal static readonly string[] LabelWords = [.. RoleLabels, .. Titles, "name", "is", "names", "surname", "surnames", "forename",
        "forenames", "nom", "prenoms", "nachname", "vorname", "vornamen", "apellidos", "nombres", "cognome"];
    private static readonly int MaxLabelLength = LabelWords.Max(l => l.Length);

    // One flag per length and upper-case ASCII first and last letter: whether a label word has that shape.
    private static readonly bool[] LabelShapes = BuildLabelShapes();

    private static bool[] BuildLabelShapes()
    {
        var shapes = new bool[(MaxLabelLength + 1) << 14];
        foreach (var label in LabelWords)
        {
            shapes[Shape(label.Length, label[0], label[^1])] = true;
        }
        return shapes;
    }

    // Only for ASCII first and last characters (an index below the table's size).
    private static int Shape(int length, char first, char last) =>
        (length << 14) | ((first is >= 'a' and <= 'z' ? first - 32 : first) << 7) | (last is >= 'a' and <= 'z' ? last - 32 : last);

    /// <summary>
    /// False only where <paramref name="word"/> is none of the label words (as OrdinalIgnoreCase compares): longer than all,
    /// or with ASCII first and last letters no label word of that length has. Other characters are left to the lookups.
    /// </summary>
    internal static bool MayLabel(ReadOnlySpan<char> word) =>
        word.Length <= MaxLabelLength && (word[0] >= 128 || word[^1] >= 128 || LabelShapes[Shape(word.Length, word[0], word[^1])]);

    private static bool IsCapitalised(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && HasLower(word);

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }

    // Words of one name are joined by one space (or ". " after an initial or title), never by a line break.
    // 'Jun-seo "Kairo" Park', 'Luis “El Toro” Mendez': a quoted nickname of one or two capitalised words between the given name
    // and the family name is part of the name (nineteenth pass). Whether word k joins word k - 1 across the nickname's quotes.
    private static bool InQuotedNickname(string text, List<(int Start, int End)> words, int k, int w)
    {
        if (k <= w || k + 1 >= words.Count && !ClosingQuote(Gap(text, words, k - 1)))
        {
            return false;
        }
        var gap = Gap(text, words, k - 1);
        if (OpeningQuote(gap))
        {
            // The nickname closes after this word or the next, and a capitalised family name follows it.
            for (var end = k; end <= k + 1 && end + 1 < words.Count; end++)
            {
                if (ClosingQuote(Gap(text, words, end)))
                {
                    return IsCapitalised(Word(text, words[end + 1]));
                }
                if (Gap(text, words, end) is not " ")
                {
                    return false;
                }
            }
            return false;
        }
        // The family name after the closing quote: the nickname opened one or two words back, after the given name.
        return ClosingQuote(gap) && ((k - 1 > w && OpeningQuote(Gap(text, words, k - 2)))
            || (k - 2 > w && Gap(text, words, k - 2) is " " && OpeningQuote(Gap(text, words, k - 3))));
    }

    // The text between word k and word k + 1.
    private static ReadOnlySpan<char> Gap(string text, List<(int Start, int End)> words, int k) =>
        text.AsSpan(words[k].End, words[k + 1].Start - words[k].End);

    private static bool OpeningQuote(ReadOnlySpan<char> gap) => gap is " \"" or " “" or " '" or " ‘";

    private static bool ClosingQuote(ReadOnlySpan<char> gap) => gap is "\" " or "” " or "' " or "’ ";

    private static bool SameLine(string text, int from, int to, bool allowDot)
    {
        var gap = text.AsSpan(from, to - from);
        // Two or three spaces too: OCR and aligned scans break a name's spacing ("HELGA  BJORNSDOTTIR").
        return gap is " " or "  " or "   " || (allowDot && gap is ". " or " ");
    }

    // Name fields of passports, visas and forms, as OCR gives them in capitals ("SURNAME / NOM\nHALLORAN", "GIVEN NAMES:
    // CHIDI EMEKA", "FORENAMES\nEOIN PATRICK"): the value after the label's colon, or on the next line.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameFieldLabels = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "names", "surname", "surnames", "forename", "forenames", "nom", "prenoms", "prénoms", "nachname", "vorname", "vornamen",
        "apellidos", "nombres", "cognome",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "name is Laura Lima", "Name: Jason Hartmann", "maiden name is Hale", "SURNAME\nHALLORAN".
    private static bool IsNameLabel(string text, List<(int Start, int End)> words, int w)
    {
        if (w == 0)
        {
            return false;
        }
        var previous = Word(text, words[w - 1]);
        var gap = text.AsSpan(words[w - 1].End, words[w].Start - words[w - 1].End).Trim();
        if (previous.Equals("name", StringComparison.OrdinalIgnoreCase) && gap.SequenceEqual(":"))
        {
            return true;
        }
        if (NameFieldLabels.Contains(previous) && (gap.SequenceEqual(":")
            || (gap.IsEmpty && IsAllCaps(previous) && text.AsSpan(words[w - 1].End, words[w].Start - words[w - 1].End).Contains('\n'))))
        {
            return true;
        }
        return previous.Equals("is", StringComparison.OrdinalIgnoreCase) && gap.IsEmpty && w >= 2
            && Word(text, words[w - 2]).Equals("name", StringComparison.OrdinalIgnoreCase);
    }

    private static bool InsidePlaceholder(string text, TextSpan span)
    {
        var before = span.Start > 0 ? text[span.Start - 1] : ' ';
        var after = span.End < text.Length ? text[span.End] : ' ';
        return (before is '[' or '{' or '<' or '_' || after is ']' or '}' or '>' or '_') && !LatexArgument.Holds(text, span);
    }
}
