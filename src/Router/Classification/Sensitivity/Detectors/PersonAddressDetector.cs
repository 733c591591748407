using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A street address that belongs to a private person: next to a full name (including the name line of an
/// envelope block), or in a home or delivery context ("my address", "ship to", "lives at", 家住, 寄到, 收货地址).
/// An office, shop or venue address without a name, and places in travel questions, do not fire.
/// </summary>
internal sealed partial class PersonAddressDetector : ISensitivityDetector
{
    private const int NameReach = 100;
    private const int ContextReach = 80;

    // A venue word anywhere in the sentence around an address makes it a place, not a home ("Is … safe for tourists?").
    private const int VenueReach = 160;

    [ThreadStatic]
    private static List<TextSpan>? t_addresses;

    // A home or a delivery to someone: these count alone (unless a venue word is near).
    internal static readonly CueSet HomeOrDelivery = new([
        "my address*", "addresses", "home address", "address is", "address:", "new address", "his address",
        "her address", "their address", "billing address", "shipping address", "mailing address", "delivery address", "postal address",
        "address for", "deliver*", "ship", "shipping", "shipped", "send", "sent", "mail", "mailing", "parcel*", "package*", "courier*",
        "lives at", "live at", "living at", "lives on", "resides", "reside", "residing", "residence", "home", "return", "return to", "returned",
        "forward to", "wrong address", "correct address", "right address", "old address", "previous address", "current address",
        "permanent address", "address on file",
        // Misspellings of hurried delivery notes ("my adress", "delivr to", "dilevery").
        "adress*", "addres", "adresss", "delivr*", "dilever*", "delievr*",
        "post to", "billing", "postal", "envelope", "neighbo*",
        "家住", "住在", "住址", "地址", "寄到", "寄往", "寄给", "送到", "送至", "送货", "收货", "收件", "快递", "配送", "邮寄", "我家", "家里",
        "派送", "搬到", "户籍", "外卖", "寄件",
        // Where someone lives or lived (校友…现居, 生前居于, Cantonese 搬咗去).
        "现居", "居于", "居住在", "现住", "暂住", "搬去", "搬咗",
        // The people a writer names by relation ("my sister … stays at", "where … lives") and their dwellings.
        "pick me up", "my place", "his place", "her place", "their place", "*'s place", "*’s place", "*'s address", "*’s address",
        "*'s:", "*’s:",
        "sister", "brother", "mother", "mum", "mom", "father", "dad", "parents", "wife", "husband", "son", "daughter",
        "grandma", "grandmother", "grandpa", "grandfather", "aunt", "uncle", "cousin", "friend", "partner", "girlfriend",
        "boyfriend", "fianc*", "landlord", "roommate", "flatmate",
        // A record role that only a person has next to an address ("recipient: …", "bill to …").
        "recipient", "addressee", "consignee", "tenant", "occupant", "bill to", "attn", "attention", "c/o", "care of",
        "住", "父母", "妈妈", "爸爸", "姐姐", "妹妹", "哥哥", "弟弟", "老公", "老婆", "朋友", "室友", "房东",
        // Cantonese home (我屋企喺…) and a will's or deed's property in someone's name (本人名下…房产由女儿…继承).
        "屋企", "名下", "遗嘱", "继承",
        // A named person's home said with 家在 (车主…，家在…12栋), and a note to a delivery rider (骑手…放…门口, 别敲门).
        "家在", "骑手", "外卖员", "快递员", "别敲门", "放门口", "门口就行",
        // A pickup or drop-off point, and other Latin-script languages' address, home and delivery words (HomeWords).
        "pickup", "pick-up", "drop-off", "dropoff",
        .. HomeWords.OtherLanguages, .. HomeWords.DoorNotes]);

    // Words that a business or an organisation uses as much as a person ("Acme moved to …", "registered at …", "customer
    // parking"): they make an address someone's home only when a person is spoken of nearby (I, my, she, their…).
    private static readonly CueSet HomeIfPersonal = new(
        "house", "live", "lives", "lived", "living", "stay", "stays", "staying", "stayed", "moved", "moved to", "move to", "moved in*",
        "move in*", "grew up", "pick up", "picked up", "flat", "apartment", "new place", "place is", "rent", "lease", "registered", "resident", "customer", "client", "patient", "applicant",
        // A note between neighbours ("the fence panel blew into your garden … drop by 41 …"): their homes' gardens, fences and doors.
        "garden", "fence", "hedge", "driveway", "doorstep", "front door", "next door", "drop by", "pop round", "pop over", "come round");

    private static readonly CueSet Personal = new(
        "i", "i'm", "i’m", "me", "my", "mine", "we", "we're", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they",
        "them", "their", "who", "whom", "whose");

    // Cheap gate before the address patterns: a street or unit word, an address label, or a Chinese road/building word.
    private static readonly CueSet AddressHint = new(
        "street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "boulevard", "blvd", "court", "ct",
        "crescent", "place", "pl", "way", "terrace", "close", "parkway", "highway", "grove", "row", "circle", "trail", "square",
        "mews", "gardens", "walk", "hill", "green", "park", "tce", "crt", "drv", "gdns", "pde", "rue", "via", "viale", "calle", "avenida", "avda", "rua", "piazza", "plaza",
        "ulica", "ul", "chemin", "strada", "carrer", "apt", "apartment", "suite", "ste", "unit", "flat", "box", "psc", "fpo", "apo",
        "usns", "usnv", "uss", "uscgc", "address*", "adr", "return to", "ship", "shipped", "send", "deliver*", "mail", "here they are",
        "*strasse", "*str", "*weg", "*gasse", "*straat", "*laan", "*vej", "*gatan", "*gata",  "*utca",
        "*katu", "*tie", "*allee", "*platz", "*ring", "*damm", "*plein", "*gracht", "*kade",
        "路", "街", "道", "巷", "弄", "胡同", "村", "小区", "花园", "公寓", "苑", "园", "广场", "大厦", "号楼", "栋", "幢", "单元", "室");

    // Places and organisations: an address near one of these is theirs, not a person's home.
    private static readonly CueSet Venue = new(
        "office", "offices", "head office", "headquarter*", "HQ", "store", "stores", "shop", "shops", "restaurant", "cafe", "café",
        "hotel", "museum", "branch", "campus", "station", "airport", "venue", "gallery", "theatre", "theater", "stadium", "tour*",
        "visit*", "directions", "get to", "get from", "tube", "subway", "metro", "meet", "meet me", "meeting", "held at", "conference",
        "workshop", "event", "concert", "exhibition", "opens", "opening hours", "located", "sightseeing", "tourist*",
        // Businesses and public buildings, and what they are written about (2026-12-06, from organisation-address tuning templates).
        "company", "companies", "firm", "business", "Ltd", "Inc", "LLC", "GmbH", "plc", "Corp", "corporation", "building",
        // Other countries' legal forms (A.Ş. and Sp. z o.o. read through LatinFold).
        "A.S", "Sp. z o.o", "sp. z o.o", "s.r.o", "Ltda", "Lda", "SRL", "S.R.L", "S.A", "SpA", "S.p.A", "Srl", "B.V", "Tbk", "TNHH", "Kft",
        "d.o.o", "Pte", "Sdn Bhd", "Bhd",
        "premises", "warehouse", "factory", "plant", "depot", "showroom", "clinic", "pharmacy", "bakery", "market", "festival", "gala", "guesthouse", "hostel", "motel", "resort", "apartments",
        "flats", "to let", "for rent", "for sale", "listing", "mail room", "mailroom", "pop-up", "charity", "donations",
        "lost property", "polling", "vacancy", "applications", "invoices", "cheques", "payable", "for more information",
        "registered office", "managed by", "run by", "staff", "employees", "customers", "visitors", "members",
        // Travel questions about a place ("Is there a bus from Costa Rica to …", "Is it safe to walk around …").
        "bus from", "bus to", "train from", "train to", "taxi from", "taxi to", "ferry to", "walk around", "how far is", "how far from",
        "is it safe to", "safe to walk",
        "公司", "总部", "门店", "餐厅", "酒店", "景区", "博物馆", "车站", "机场", "旅游", "游玩", "怎么去", "怎么走", "地铁",
        "本店", "分店", "店铺", "开业", "营业", "欢迎光临", "闭馆", "开馆", "博物院", "门票", "开放时间", "景点", "商场", "超市");

    public string Name => "person_address";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "street address of a person";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Person.Text;
        // The home and delivery cues are read from the shared pass where the other personal-data detectors have run it (they
        // run it only where a name is), else searched up to their first hit.
        var shared = input.Person.HasSharedCues;
        if (input.DigitCount == 0 && !StreetAddress.MayHaveVillageGroup(text) && !StreetAddress.MayHaveIrishCounty(text) && !StreetAddress.MayHaveSpokenHouseNumber(text)
            && !StreetAddress.MayHaveHanNumeralHouse(text) && !MayHavePlaceLine(text))
        {
            return;
        }
        // A text opened only by a home or errand cue (no street word, label or delivery word: "at his house on Rruga e …") is read
        // for the cue rule alone; the other rules keep their own gate ("his house is 40 degrees" is a word problem).
        var cueOnly = !((shared && input.Person.Cues(HomeOrDelivery).Count > 0) || AddressHint.Any(text)
            || (!shared && HomeOrDelivery.Any(text)) || StreetAddress.HasWordlessShape(text) || StreetAddress.HasOtherFormWords(text));
        if (cueOnly && !AnyHomeCue.Any(text))
        {
            return;
        }
        // Addresses and the words around them are read in the sources' own text, not in the copies appended after it (a
        // rejoined "…Services37" would put the line above an address after its end again).
        var ownEnd = input.View.SourceTextEnd;
        if (ownEnd < text.Length)
        {
            text = text[..ownEnd];
        }
        var addresses = t_addresses ??= [];
        addresses.Clear();
        StreetAddress.Find(text, input.DigitCount, addresses);
        text = AddFoldedAndHomeShapes(text, input, addresses);
        AddPlaceLines(text, input.Person, addresses);
        // A quiz's options ("A. 5\nB. 7\nC. …") read like number-words-number address lines, and its people are made up.
        if (addresses.Count == 0 || input.Person.IsFictionOrTemplate || PersonContext.IsMultipleChoice(text))
        {
            return;
        }
        foreach (var address in addresses)
        {
            if (cueOnly && !HomeCueBefore(text, input.Person, address, out _))
            {
                continue;
            }
            // A parcel or letter label after a Chinese address (…502 王某 收) names its recipient, even one the scan cannot read.
            var named = HasOwnerName(text, input.Person, address, addresses) || NameLineAbove(text, address, addresses)
                || LogFieldOwner.Owns(text, input.Person, address) || HanNameMetAt(text, input.Person, address)
                || NameLeadsLine(text, address) || (HanText.IsHan(text[address.Start]) && (HanRecipientLabel.Follows(text, input.Person, address)
                    || HanRecipientLabel.WriterAtCompound(text, address)));
            var errand = false;
            if ((named || FamilyHomeBefore(text, address) || HanFamilyHome.Before(text, input.Person, address) || HomeCueBefore(text, input.Person, address, out errand)
                    || (IsHomeContext(Window(text, address, ContextReach))
                    && (LabelledAsHome(text, address) || HanLivesRightBefore(text, address) || FirstPersonDwelling(text, address) || WritersHomeBefore(text, address)
                        || (!VenueAround(text, address) && !OrganisationIsSubject(text, address) && !VisitorDirections.Holds(text, address)
                            && !GroupMovedThere(text, address)))))
                && !input.Person.MentionsFictionNear(address) && (named || !PublicResidence(text, input.Person, address, errand))
                && !OrganisationListsItsAddress(text, address) && !PlaceAddressAsked(text, input.Person, address))
            {
                found.Add(address);
            }
        }
    }

    // "the Hendersons' house, 18 Ashgrove Lane", "the Okafor family home at 73 …": a family named by its surname and its home right
    // before the address, as a cleaner's, builder's or estate agent's quote names it (its venue and business words notwithstanding).
    [System.Text.RegularExpressions.GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:s['’]|\s+family(?:'s|’s)?)\s+(?:(?:new|old|family|current|former)\s+)?(?:home|house|property|place|flat|cottage|bungalow|residence|farmhouse|apartment|semi|terrace|townhouse|extension|kitchen|loft|garden|bathroom|roof)\b[^.?!\n]{0,12}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FamilyHome();

    private static bool FamilyHomeBefore(string text, TextSpan address)
    {
        var start = Math.Max(0, address.Start - 60);
        var before = text.AsSpan(start, address.Start - start);
        return (before.IndexOfAny('\'', '’') >= 0 || before.Contains("family", StringComparison.Ordinal)) && FamilyHome().IsMatch(before);
    }

    // A public office or a public figure shortly before an address with no private owner ("The Prime Minister lives at 10
    // Downing Street", "Warren Buffett still lives at …"): an official residence or a famous person's, which is public knowledge.
    private static readonly CueSet PublicOffice = new(
        "prime minister", "president", "vice president", "king", "queen", "pope", "governor", "mayor", "chancellor", "monarch",
        "royal family", "first lady", "archbishop", "ambassador");

    // An errand to someone's dwelling (HomeCueBefore) is not trivia about a house a role made look famous ("picks up the lead
    // actor from his flat"): there only the listed figures count, whose homes are history ("Charles Dickens's home at …").
    private static bool PublicResidence(string text, PersonScan person, TextSpan address, bool errand)
    {
        var start = Math.Max(0, address.Start - ContextReach);
        if (PublicOffice.Any(text.AsSpan(start, address.Start - start)))
        {
            return true;
        }
        foreach (var figure in person.PublicFigureNames)
        {
            if (figure.End <= address.Start && figure.Start >= start && PersonContext.SameSentence(text, figure, address)
                && (!errand || PublicFigures.IsKnown(text, figure)))
            {
                return true;
            }
        }
        return HanText.IsHan(text[address.Start]) && (KnownPersonBefore(text, address) || FormerHomeVisited(text, address));
    }

    // "李嘉诚是不是住在深水湾道79号": a person jieba knows (a famous or historical one, whom the name finder vetoes rather than
    // lists) shortly before a Han address in its sentence; looked for only here, where an address has no private owner.
    private static bool KnownPersonBefore(string text, TextSpan address)
    {
        // The pattern may take the clause before the street into the address (鲁迅在北京住过的西三条胡同21号): read from its last
        // 住/在/的 back, as from the address's start.
        var end = LeadClauseEnd(text, address);
        var start = Math.Max(0, end - 30);
        var carried = false;
        for (var at = end - 1; at >= start; at--)
        {
            if (text[at] is '。' or '？' or '！' or '?' or '!' or '\n')
            {
                if (carried || !PronounOpens(text, at + 1))
                {
                    return false;
                }
                carried = true;
                start = Math.Max(0, at - 30);
                continue;
            }
            for (var length = 2; length <= 4 && at + length <= end; length++)
            {
                if (ChineseWords.Kind(text.AsSpan(at, length)) == ChineseWordKind.KnownPerson)
                {
                    return true;
                }
            }
        }
        return false;
    }

    // An organisation's document that gives the organisation's own address ("The invoice from Harper & Finch lists their address
    // as …", "the supplier's letterhead gives its address as …"): "their"/"its" is the sender's, not a person's home.
    private static readonly CueSet SenderDocument = new(
        "invoice from", "invoices from", "receipt from", "quote from", "quotation from", "bill from", "statement from", "order from",
        "supplier", "suppliers", "vendor", "vendors", "seller", "manufacturer", "merchant", "retailer", "contractor", "letterhead");

    private static readonly CueSet SenderOwnAddress = new("their address", "its address", "their registered address", "their business address");

    private static bool OrganisationListsItsAddress(string text, TextSpan address)
    {
        var start = Math.Max(0, address.Start - ContextReach);
        var hits = new List<TextSpan>();
        SenderOwnAddress.FindAll(text[start..address.Start], hits);
        if (hits.Count == 0)
        {
            return false;
        }
        var label = new TextSpan(start + hits[^1].Start, start + hits[^1].End);
        return PersonContext.SameSentence(text, label, address) && SenderDocument.Any(text.AsSpan(start, label.Start - start));
    }

    // Organisations, public buildings and landmarks: one shortly before an address, with no first person between, is what
    // the address belongs to ("北京大学的地址是…", "the university's address is …"), not anyone's home.
    private static readonly CueSet Organisation = new(
        "university", "college", "school", "hospital", "church", "cathedral", "mosque", "embassy", "consulate", "library",
        "city hall", "town hall", "courthouse", "parliament", "white house", "landmark", "monument", "memorial", "palace", "castle",
        "bank", "studios", "ministry", "council", "agency", "institute", "foundation", "association", "society", "club",
        "大学", "学院", "学校", "中学", "小学", "幼儿园", "医院", "银行", "集团", "有限公司", "股份", "政府", "大使馆", "领事馆", "图书馆",
        "体育馆", "会展中心", "研究院", "研究所", "派出所", "法院", "检察院", "税务局", "委员会", "协会", "基金会", "写字楼", "办公楼",
        "产业园", "科技园", "软件园", "工业园", "总行", "支行", "分行", "营业厅", "饭店", "宾馆", "剧院", "电影院", "纪念馆", "展览馆",
        "故宫", "官网", "办公地址", "注册地址", "总部地址", "单位地址", "公司地址",
        // A named office tower or headquarters asked about (…滨海大厦的地址是…): the building's, not a home.
        "大厦的地址", "大楼的地址", "大厦地址", "大楼地址", "总部", "门店地址", "公司的地址",
        // Associations and an estate's services by their own address (湖南同乡会…地址, 物业服务中心已搬到…): a body's, not a home.
        "同乡会", "校友会", "车友会", "商会", "联谊会", "俱乐部", "会所", "物业", "服务中心", "管理处", "居委会", "村委会", "事务所", "诊所");

    // A label right before the address that says whose home or which delivery it is ("Hotel guest card: … home address 221 …",
    // "Pharmacy delivery to 12 Orchard Way"): the venue or organisation words around it are the writer's context, not the
    // address's owner. A person's address label may stand a few words before it; a delivery verb only right before it ("Ship
    // to our warehouse at …" is a business's).
    private static readonly CueSet HomeLabel = new([
        "home address", "my address", "his address", "her address", "their address", "residential address", "permanent address",
        "current address", "address on file", "lives at", "living at", "resides at", "residing at",
        "家住", "我家在", "住址", "家庭住址", "家庭地址", "收货地址",
        // A carer's or clinician's visit to someone's home ("Home visit 08:30 at 5 …").
        "home visit", "home visits", "house call", "house calls",
        "mijn adres", "mon adresse", "meine adresse", "woonadres", "huisadres", "wohnadresse", "domicilio", "domicile", "domiciliu",
        "domiciliat*", "cyfeiriad", .. HomeWords.OwnHomes]);

    private static readonly CueSet DeliveryLabel = new(
        "shipping address", "billing address", "mailing address", "delivery address", "postal address", "deliver to", "delivery to",
        "deliver it to", "ship to", "ship it to", "send to", "send it to", "post to", "pick-up at", "pickup at", "pick up at",
        "pickup from", "pick-up from", "pick up from", "collect from", "collection from", "drop-off at", "drop off at", "dropoff at",
        "pickup", "pick-up", "drop-off", "dropoff", "delivery", "collection",
        "寄到", "送到", "送至", "寄往",
        // A household move (搬家…从…号搬到…号): the removal firm's words around it are the writer's errand; 搬到 counts only where 搬家 is said.
        "搬到", "搬至", "搬去", "搬回");

    private static bool LabelledAsHome(string text, TextSpan address)
    {
        var start = Math.Max(0, address.Start - 24);
        if (HomeLabel.Any(text.AsSpan(start, address.Start - start)))
        {
            return true;
        }
        var near = Math.Max(0, address.Start - 40);
        var window = text.AsSpan(near, address.Start - near);
        var hits = new List<TextSpan>();
        DeliveryLabel.FindAll(text[near..address.Start], hits);
        return hits.Count > 0 && window[hits[^1].End..].Trim(" :：\t") is var between && (between.IsEmpty || HomeWords.IsOnlyTime(between))
            && (window[hits[^1].Start] != '搬' || window.Contains("搬家", StringComparison.Ordinal));
    }

    // The writer's own dwelling: "we're at Flat 2B, 19 …", "I live in Apt 4, …" — a first-person place statement right before a
    // flat or apartment number (offices have suites and units, not flats) outweighs the venue words of the errand around it.
    private static readonly CueSet FirstPersonAt = new(
        "we're at", "we’re at", "we are at", "i'm at", "i’m at", "i am at", "we live at", "i live at", "we're in", "we’re in",
        "we are in", "i'm in", "i’m in", "i am in", "we live in", "i live in", "we moved to", "i moved to", "we've moved to", "i've moved to");

    private static readonly string[] DwellingUnits = ["flat ", "apt ", "apt. ", "apartment "];

    private static bool FirstPersonDwelling(string text, TextSpan address)
    {
        var unit = text.AsSpan(address.Start, address.End - address.Start);
        var dwelling = false;
        foreach (var word in DwellingUnits)
        {
            dwelling |= unit.StartsWith(word, StringComparison.OrdinalIgnoreCase);
        }
        if (!dwelling)
        {
            return false;
        }
        var start = Math.Max(0, address.Start - 20);
        var hits = new List<TextSpan>();
        FirstPersonAt.FindAll(text[start..address.Start], hits);
        return hits.Count > 0 && text.AsSpan(start + hits[^1].End, address.Start - start - hits[^1].End).Trim(" :").IsEmpty;
    }

    // "Room free in my flat from 1 March, 3rd floor, 227 Rue …": the writer's own home named shortly before the address outweighs
    // the listing, letting or visiting words around it.
    private static readonly CueSet WritersHome = new(
        "my flat", "my house", "my apartment", "my home", "my place", "our flat", "our house", "our apartment", "our home", "our place",
        "my room", "my bedsit", "my studio flat");

    private static bool WritersHomeBefore(string text, TextSpan address)
    {
        var start = Math.Max(0, address.Start - 60);
        return WritersHome.Any(text.AsSpan(start, address.Start - start));
    }

    private static readonly CueSet FirstPersonHome = new("i", "i'm", "my", "we", "our", "me", "我", "我们", "我家", "家里");

    private static bool OrganisationIsSubject(string text, TextSpan address)
    {
        var start = Math.Max(0, address.Start - 40);
        var before = text.AsSpan(start, address.Start - start);
        if (!Organisation.Any(before))
        {
            return false;
        }
        if (!FirstPersonHome.Any(before))
        {
            return true;
        }
        // "我们供应商是海尔集团，地址…": a Chinese organisation after the writer's 我们 and nearer to the address owns it; a home
        // word (我家, 家里, 家住) anywhere before it still makes the address a home.
        var hits = new List<TextSpan>();
        Organisation.FindAll(text[start..address.Start], hits);
        var last = hits[^1];
        return HanText.IsHan(before[last.Start]) && !ChineseHome.Any(before) && !FirstPersonHome.Any(before[last.End..]);
    }

    private static readonly CueSet ChineseHome = new("我家", "家里", "家住", "住在", "我住");

    private static bool IsHomeContext(ReadOnlySpan<char> window) =>
        HomeOrDelivery.Any(window) || (HomeIfPersonal.Any(window) && Personal.Any(window));

    // A name shortly before the address and set apart from it by punctuation, a line break or a word such as "of"
    // ("Emily Donovan, 418 …", "Mr. Jennings of 27 …"), not by a venue ("The Fastcase office is at …"); or a name
    // after the sentence holding the address has ended ("…Springfield; the package is for Mr. Dev Patel").
    // Capitalised words inside or right after an address are its street, town and country.
    private static bool HasOwnerName(string text, PersonScan person, TextSpan address, List<TextSpan> addresses)
    {
        // "Via Raffaele Conforti 74": capitalised words that are part of a street are not its owner.
        bool OverlapsAddress(TextSpan name) => addresses.Exists(a => a.Overlaps(name));

        // A venue or business word around the address makes a capitalised run there an organisation ("Send applications
        // to Amazon Web Services, …", "Contact Foot Quarters at …"), including an envelope block ("Opening hours" under it).
        var venueNear = (int?)null;
        bool VenueNear() => (venueNear ??= VenueAround(text, address) ? 1 : 0) == 1;

        // Only names within reach of the address can own it.
        foreach (var name in person.NamesBetween(address.Start - NameReach, address.End + NameReach))
        {
            if (OverlapsAddress(name) || name.End > text.Length)
            {
                continue;
            }
            if (name.End <= address.Start && address.Start - name.End <= NameReach)
            {
                var gap = text.AsSpan(name.End, address.Start - name.End);
                // A block of lines (name, job, company, address) is a person's even with the company's name in it. A
                // capitalised run joined to the address by a word of motion is a place ("a bus from Costa Rica to …").
                if ((SetsApart(gap) || CapitalsLine(text, name, address, gap)) && !MotionWord.Contains(gap.Trim())
                    && (HasLineOfItsOwn(text, name) ? !VenueAfter(text, address) : !Venue.Any(gap) && (!VenueNear() || DeliveredTo(text, name) || AtHomeOf(text, name, gap) || PossessiveAddress(text, name, gap))))
                {
                    return true;
                }
            }
            if (name.Start >= address.End && name.Start - address.End <= NameReach)
            {
                var gap = text.AsSpan(address.End, name.Start - address.End);
                // Not after a question about the address ("Where is …? Google Maps can't find it."): it asks about a place.
                if (((EndsSentence(gap) && gap.IndexOfAny('?', '？') < 0) || OwnerLink.Any(gap) || LabelledLineBelow(gap)) && !VenueNear())
                {
                    return true;
                }
            }
        }
        return false;
    }

    // A record whose next line is a labelled name ("PICKUP: 9 Kestrel Court, Dayton OH 45402\nPT: NAKAMURA, Sora"): the rest of
    // the address line, one line break, then at most a short label before the name.
    private static bool LabelledLineBelow(ReadOnlySpan<char> gap)
    {
        var lineBreak = gap.IndexOf('\n');
        if (lineBreak < 0 || gap[(lineBreak + 1)..].IndexOf('\n') >= 0 || gap[..lineBreak].IndexOfAny(".;!?") >= 0)
        {
            return false;
        }
        var label = gap[(lineBreak + 1)..].Trim(" \t\r");
        if (label.IsEmpty)
        {
            return false;
        }
        return label.Length <= 16 && label[^1] == ':' && !label[..^1].ContainsAnyExcept(LabelChars);
    }

    private static readonly System.Buffers.SearchValues<char> LabelChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .-/");

    // "Officers visited the family home of Mrs. …, 18 Ashdown Road", "the engineer visited … at home, 41 Birchwood Avenue": a visit
    // to someone's home names the address as that person's, whatever visiting or venue words the report has around it.
    private static readonly CueSet HomeOfName = new(
        "home of", "family home", "at home", "at her home", "at his home", "at their home", "house of", "residence of", "flat of",
        "apartment of", "home address of", "to visit", "visit to", "visiting", "home visit", "house call");

    private static bool AtHomeOf(string text, TextSpan name, ReadOnlySpan<char> gap)
    {
        var start = Math.Max(0, name.Start - 24);
        return HomeOfName.Any(text.AsSpan(start, name.Start - start)) || HomeOfName.Any(gap) || VisitsNameAt(text, name, gap) || HanLivesAt(gap);
    }

    // "Jun-ho Lim's new address is 22 …", "Dana Wu's home address: …": the name's possessive on the address word says whose it is,
    // whatever meeting or office words the notes have around it.
    private static bool PossessiveAddress(string text, TextSpan name, ReadOnlySpan<char> gap)
    {
        var possessive = text.AsSpan(name.Start, name.End - name.Start) is [.., '\'' or '’', 's']
            || gap.StartsWith("'s ", StringComparison.Ordinal) || gap.StartsWith("’s ", StringComparison.Ordinal);
        return possessive && gap.Length <= 40 && gap.Contains("address", StringComparison.OrdinalIgnoreCase);
    }

    // "The pharmacy should deliver to Hannah Schultz, 18 Marine Parade": a delivery verb right before the name makes the address
    // the named person's, whichever business writes or sends it.
    private static readonly CueSet DeliveryToName = new(
        "deliver to", "delivery to", "deliver it to", "deliver them to", "ship to", "ship it to", "send to", "send it to", "send them to",
        "post to", "mail to", "mail it to", "forward to", "forward it to", "addressed to", "deliveries to", "refund to");

    private static bool DeliveredTo(string text, TextSpan name)
    {
        var start = Math.Max(0, name.Start - 20);
        var hits = new List<TextSpan>();
        DeliveryToName.FindAll(text[start..name.Start], hits);
        return hits.Count > 0 && text.AsSpan(start + hits[^1].End, name.Start - start - hits[^1].End).Trim(" :：\t").IsEmpty;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MotionWord = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "to", "from", "near", "around", "towards", "toward", "via", "past", "between", "and", "or", "in",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Natasha Barros\n…": nothing but bullets or spaces shares the name's line.
    private static bool HasLineOfItsOwn(string text, TextSpan name)
    {
        var lineStart = name.Start == 0 ? 0 : text.LastIndexOf('\n', name.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', name.End);
        if (lineEnd < 0)
        {
            return false;
        }
        return text.AsSpan(lineStart, name.Start - lineStart).Trim(" ?•*-\t").IsEmpty && text.AsSpan(name.End, lineEnd - name.End).Trim(" ,\t\r").IsEmpty;
    }

    // An envelope or label line in capitals, as OCR reads it ("MS ANNA KOWALSKA 7 HARBOUR ROAD …"): the name runs straight into
    // the house number.
    private static bool CapitalsLine(string text, TextSpan name, TextSpan address, ReadOnlySpan<char> gap) =>
        gap is " " && !text.AsSpan(name.Start, name.End - name.Start).ContainsAnyInRange('a', 'z')
        && !text.AsSpan(address.Start, address.End - address.Start).ContainsAnyInRange('a', 'z');

    private static bool SetsApart(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            // A backslash is a LaTeX line break ("\textbf{Name} \\ 9 Kestrel Mews"): a letterhead's lines, as a line break is.
            if (c is ',' or ':' or '\n' or '，' or '：' or '(' or '（' or '-' or '|' or '/' or ';' or '\\' || char.IsLower(c) || HanText.IsHan(c))
            {
                return true;
            }
        }
        return false;
    }

    // A name later in the same sentence, joined by a word that ties the address to a person ("… is the correct postal
    // address for Nicholas Gottschalk", "…, where Madison Zetticci lives", "home of …"), not the capitalised town and
    // country lines that end an address, nor "managed by …" or "shared with …" (organisations more often than people).
    private static readonly CueSet OwnerLink = new(
        "for", "where", "whose", "belongs", "belonging", "owned", "owner", "home of", "house of", "address of", "residence of",
        "c/o", "care of", "attention", "attn", "recipient", "addressee", "tenant", "occupant", "resident");

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

    // A venue word within reach before or after the address, not inside it ("12 Station Road" is a street).
    private static bool VenueAround(string text, TextSpan address)
    {
        var start = Math.Max(0, address.Start - VenueReach);
        var end = Math.Min(text.Length, address.End + VenueReach / 2);
        return Venue.Any(text.AsSpan(start, address.Start - start)) || Venue.Any(text.AsSpan(address.End, end - address.End));
    }

    // A venue word in the lines right after the address ("… Opening hours: Mon–Fri"), or an event's day and time ("Every
    // Tuesday 6 pm", "Saturday 10-12", "free entry"): a shop's, an office's or an event's block.
    private static bool VenueAfter(string text, TextSpan address)
    {
        var after = text.AsSpan(address.End, Math.Min(text.Length, address.End + VenueReach / 2) - address.End);
        return Venue.Any(after) || EventTimes.Any(after);
    }

    private static readonly CueSet EventTimes = new(
        "monday*", "tuesday*", "wednesday*", "thursday*", "friday*", "saturday*", "sunday*", "weekend*", "weekday*", "pm", "p.m",
        "every", "daily", "entry", "admission", "tickets", "rsvp", "doors");

    private static ReadOnlySpan<char> Window(string text, TextSpan address, int reach)
    {
        var start = Math.Max(0, address.Start - reach);
        var end = Math.Min(text.Length, address.End + reach / 2);
        return text.AsSpan(start, end - start);
    }

    // An envelope block: one of the three lines above the street line, past other address lines (those with
    // digits), holds only two to four words ("alexandra fowler", "??? natasha higuchi").
    private static bool NameLineAbove(string text, TextSpan address, List<TextSpan> addresses)
    {
        var addressStart = address.Start;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, addressStart - 1));
        // Building numbers before the street a pattern found ("03 2657 Koontz Lane") belong to the address line, and so does a
        // street the pattern did not take in front of a unit it did ("22 avda. alameda sundheim 46 suite 385").
        if (lineStart <= 0)
        {
            return false;
        }
        var linePrefix = text.AsSpan(lineStart + 1, addressStart - lineStart - 1).Trim(" ?•*-\t");
        if (!linePrefix.Trim("0123456789").IsEmpty && !(char.IsAsciiDigit(linePrefix[0]) && linePrefix.IndexOfAny(",;:!?") < 0))
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
                // A company line ("Davis Ltd.") sits between a name and the address in a signature block: look above it.
                if (Venue.Any(line))
                {
                    lineStart = previousStart - 1;
                    continue;
                }
                // A line that is itself part of an address ("USCGC Lussier" above "FPO AE 05609") names no one.
                var lineSpan = new TextSpan(previousStart, previousEnd);
                var kind = ShortWordLine(line);
                // One word or an organisation's words ("nautilytics", "department of better technology"): a company line
                // between a name and the address, as above.
                if (kind == LineKind.OneWordOrOrganisation)
                {
                    lineStart = previousStart - 1;
                    continue;
                }
                return kind == LineKind.Name && !addresses.Exists(a => a.Overlaps(lineSpan)) && !VenueAfter(text, address);
            }
            lineStart = previousStart - 1;
        }
        return false;
    }

    // A lower-case line that opens with two to four words and then the address after a comma, bracket, bar or dash: "sarah
    // posavec, 34 avenida …", "shari sagese (unit 5599 …)", also after a label ("customer: april janeba, …", "to: …") and with
    // a few words of the street the pattern left out after the separator ("william johnson, långlöt 44 horký street"). The
    // words must not be function, place or organisation words, so this finds names the capitalised-word finder cannot
    // (presidio lower-cases whole sentences) without reading "Our shop, 12 …".
    private static bool NameLeadsLine(string text, TextSpan address)
    {
        var lineStart = address.Start == 0 ? 0 : text.LastIndexOf('\n', address.Start - 1) + 1;
        var prefix = text.AsSpan(lineStart, address.Start - lineStart);
        var separator = prefix.IndexOfAny(",(|");
        var dash = prefix.IndexOf(" - ");
        if (dash >= 0 && (separator < 0 || dash < separator))
        {
            separator = dash + 1;
        }
        if (separator < 0)
        {
            return false;
        }
        // What lies between the separator and the address is the start of the street, not a sentence.
        var rest = prefix[(separator + 1)..].Trim();
        if (rest.Length > 30 || rest.IndexOfAny(",;:!?()") >= 0 || CountWords(rest) > 3)
        {
            return false;
        }
        var head = prefix[..separator].TrimEnd();
        var colon = head.LastIndexOf(':');
        if (colon >= 0)
        {
            if (CountWords(head[..colon]) > 3)
            {
                return false;
            }
            head = head[(colon + 1)..].Trim();
        }
        // Only lower-case heads: capitalised names are the name finder's, and a capitalised run here is as often a company.
        if (head.Length > 60 || head.ContainsAnyInRange('A', 'Z') || Venue.Any(head))
        {
            return false;
        }
        var words = 0;
        foreach (var part in head.Split(' '))
        {
            var word = head[part];
            if (word.IsEmpty)
            {
                continue;
            }
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not '.' and not '\'' and not '-' and not '’')
                {
                    return false;
                }
            }
            var bare = word.TrimEnd('.');
            if (LatinNames.IsNotName(bare) && !(words == 0 && LatinNames.IsMonthGivenName(bare)))
            {
                return false;
            }
            words++;
        }
        return words is >= 2 and <= 4 && !VenueAround(text, address);
    }

    private static int CountWords(ReadOnlySpan<char> span)
    {
        var count = 0;
        foreach (var part in span.Split(' '))
        {
            if (!span[part].IsEmpty)
            {
                count++;
            }
        }
        return count;
    }

    private enum LineKind
    {
        Other,
        Name,
        OneWordOrOrganisation,
    }

    // Two to four words, none of them a function, place or organisation word, is a name line; one word, or words with such a
    // word among them ("Book Club", "Head Office", "amazon web services"), is a company's, event's or heading's line.
    private static LineKind ShortWordLine(ReadOnlySpan<char> line)
    {
        var words = 0;
        var notName = false;
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
                    return LineKind.Other;
                }
            }
            var bare = word.TrimEnd('.');
            notName |= LatinNames.IsNotName(bare) && !(words == 0 && LatinNames.IsMonthGivenName(bare));
            words++;
        }
        return words is 0 or > 6 ? LineKind.Other : words == 1 || notName ? LineKind.OneWordOrOrganisation
            : words <= 4 ? LineKind.Name : LineKind.Other;
    }
}
