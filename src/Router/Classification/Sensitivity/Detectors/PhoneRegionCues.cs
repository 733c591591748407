namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Words that place a phone number in a country (seventeenth pass): the country's name and adjective, its capital and large
/// cities, and its mobile operators, each with the regions (ISO 3166 codes, libphonenumber's) it may mean. An operator that
/// runs networks in several countries (Airtel, Digicel, Movistar, Ooredoo, MTN) lists them all: the digits decide, being a
/// valid mobile in one of them. Words that are also common English words ("orange", "three", "globe", "smart", "male") are
/// left out; a name that is also a place ("Georgia", "Sofia") costs nothing, as a phone still needs a number word and a
/// number valid as that country's mobile.
/// </summary>
internal static class PhoneRegionCues
{
    // "word,word:RG RG;" entries; parsed once.
    private const string Table =
        "estonia,estonian,tallinn,tartu,isikukood:EE;latvia,latvian,riga,lmt:LV;lithuania,lithuanian,vilnius,kaunas:LT;"
        + "telia:SE FI EE LT DK NO;elisa:FI EE;tele2:EE LV LT SE KZ;"
        + "georgia,georgian,tbilisi,batumi,kutaisi,magti,magticom,geocell,silknet:GE;beeline:GE KZ UZ KG RU;"
        + "oman,omani,muscat,salalah,sohar,omantel:OM;ooredoo:OM QA KW MV TN DZ IQ MM PS ID;qatar,qatari,doha:QA;"
        + "kuwait,kuwaiti:KW;zain:KW SA BH JO IQ SD SS;stc:SA KW BH;bahrain,bahraini,manama,batelco:BH;"
        + "saudi,riyadh,jeddah,dammam,mecca,medina,mobily:SA;emirati,uae,dubai,sharjah,ajman,etisalat:AE;abu dhabi:AE;"
        + "jordan,jordanian,amman,umniah:JO;iraq,iraqi,baghdad,erbil,basra,asiacell,korek:IQ;lebanon,lebanese,beirut:LB;"
        + "venezuela,venezuelan,venezolano,venezolana,caracas,maracaibo,barquisimeto,maracay,movilnet,digitel:VE;"
        + "movistar:ES VE PE CO CL AR MX EC UY SV GT NI PA CR;claro:PE CO CL AR BR EC GT HN SV NI PR DO UY PY;entel:CL PE BO;"
        + "tigo:CO GT HN SV PY BO TZ;"
        + "papua,png,lae,bmobile:PG;port moresby:PG;digicel:PG JM HT TT BB LC GD VC DM AG KN GY SR PA FJ VU TO WS NR SB TL;"
        + "fiji,fijian,suva,vodafone:FJ GB DE IT ES NL IE PT GR RO CZ AL TR EG QA GH AU NZ;solomon,honiara:SB;vanuatu:VU;samoa:WS;tonga:TO;"
        + "kenya,kenyan,nairobi,mombasa,kisumu,nakuru,eldoret,safaricom:KE;airtel:KE UG TZ IN NG ZM MW RW CD GA NE TD MG SC CG;"
        + "telkom:KE ZA;uganda,ugandan,kampala,entebbe:UG;mtn:UG NG GH ZA RW CM CI ZM BJ CG SS LR GN SZ AF YE SD;"
        + "tanzania,tanzanian,dodoma,arusha,zanzibar,halotel:TZ;dar es:TZ;vodacom:TZ ZA CD MZ LS;nigeria,nigerian,lagos,abuja,kano,ibadan,9mobile:NG;"
        + "glo:NG GH BJ;ghana,ghanaian,accra,kumasi:GH;johannesburg,durban,pretoria,soweto:ZA;south africa,south african,cape town:ZA;"
        + "rwanda,rwandan,kigali:RW;ethiopia,ethiopian,addis:ET;zambia,zambian,lusaka:ZM;zimbabwe,zimbabwean,harare,bulawayo,econet:ZW;"
        + "malawi,malawian,lilongwe,blantyre:MW;mozambique,maputo:MZ;botswana,gaborone,mascom:BW;namibia,windhoek:NA;"
        + "senegal,senegalese,dakar:SN;cameroon,cameroonian,douala,yaounde,yaoundé:CM;abidjan:CI;ivory coast:CI;"
        + "egypt,egyptian,cairo,alexandria,giza:EG;morocco,moroccan,casablanca,rabat,marrakech,tangier,inwi:MA;tunisia,tunisian,tunis:TN;"
        + "algeria,algerian,algiers,oran,mobilis,djezzy:DZ;sudan,sudanese,khartoum:SD;"
        + "peru,peruvian,peruano,peruana,lima,arequipa,cusco,trujillo:PE;colombia,colombian,colombiano,colombiana,bogota,bogotá,medellin,medellín,barranquilla,cartagena:CO;"
        + "chile,chilean,chileno,chilena,santiago,valparaiso,valparaíso:CL;argentina,argentinian,argentine,argentino,rosario,cordoba,córdoba,mendoza:AR;"
        + "buenos aires:AR;mexico,méxico,mexican,mexicano,mexicana,cdmx,guadalajara,monterrey,puebla,tijuana,telcel:MX;"
        + "ecuador,ecuadorian,ecuatoriano,quito,guayaquil,cuenca:EC;bolivia,bolivian,boliviano,cochabamba:BO;la paz:BO;santa cruz:BO;"
        + "uruguay,uruguayan,uruguayo,montevideo,antel:UY;paraguay,paraguayan,paraguayo,asuncion,asunción:PY;"
        + "guatemala,guatemalan:GT;honduras,honduran,tegucigalpa:HN;salvadoran,salvadoreño:SV;el salvador,san salvador:SV;"
        + "nicaragua,nicaraguan,managua:NI;panama,panamanian,panameño:PA;costa rica,costa rican,san jose,san josé:CR;"
        + "brazil,brazilian,brasil,brasileiro,brasileira:BR;sao paulo,são paulo:BR;rio,salvador,recife,fortaleza,curitiba,brasilia,brasília:BR;"
        + "philippines,philippine,filipino,filipina,manila,cebu,davao,quezon,makati:PH;"
        + "indonesia,indonesian,jakarta,surabaya,bandung,bali,telkomsel,indosat:ID;malaysia,malaysian,penang,johor,maxis,celcom,digi:MY;"
        + "kuala lumpur:MY;singapore,singaporean,singtel,starhub:SG;thailand,thai,bangkok,phuket,chiang:TH;"
        + "vietnam,vietnamese,hanoi,saigon,viettel,mobifone,vinaphone:VN;ho chi:VN;cambodia,cambodian,phnom:KH;myanmar,yangon:MM;laos,vientiane:LA;"
        + "india,indian,delhi,mumbai,bangalore,bengaluru,chennai,kolkata,hyderabad,pune,jio:IN;"
        + "pakistan,pakistani,karachi,lahore,islamabad,rawalpindi,zong,ufone:PK;telenor:PK NO MM BD;"
        + "bangladesh,bangladeshi,dhaka,chittagong,grameenphone,robi:BD;sri lanka,sri lankan:LK;colombo,kandy:LK;"
        + "nepal,nepali,nepalese,kathmandu,pokhara,ncell:NP;afghanistan,afghan,kabul,roshan:AF;mongolia,mongolian,ulaanbaatar:MN;"
        + "turkey,turkish,türkiye,istanbul,ankara,izmir,antalya,turkcell:TR;israel,israeli,jerusalem:IL;tel aviv:IL;"
        + "greece,greek,athens,thessaloniki,cosmote:GR;cyprus,cypriot,nicosia,limassol,larnaca:CY;malta,maltese,valletta:MT;"
        + "portugal,portuguese,lisbon,lisboa,porto:PT;spain,spanish,español,madrid,barcelona,seville,sevilla,malaga,málaga:ES;"
        + "italy,italian,italiano,rome,roma,milan,milano,naples,napoli,turin,torino:IT;france,french,paris,lyon,marseille:FR;"
        + "germany,german,deutsch,berlin,munich,münchen,hamburg,cologne,köln,frankfurt:DE;"
        + "netherlands,dutch,holland,amsterdam,rotterdam,utrecht:NL;belgium,belgian,brussels,antwerp,ghent,proximus:BE;"
        + "switzerland,swiss,zurich,zürich,geneva,basel,bern,swisscom:CH;austria,austrian,vienna,wien,graz,salzburg:AT;"
        + "poland,polish,warsaw,krakow,kraków,wroclaw,gdansk:PL;czech,czechia,prague,praha,brno:CZ;slovakia,slovak,bratislava:SK;"
        + "hungary,hungarian,budapest:HU;romania,romanian,bucharest,cluj:RO;bulgaria,bulgarian,sofia,plovdiv,varna:BG;"
        + "serbia,serbian,belgrade,novi:RS;croatia,croatian,zagreb:HR;slovenia,slovenian,ljubljana:SI;"
        + "bosnia,bosnian,sarajevo:BA;albania,albanian,tirana:AL;macedonia,macedonian,skopje:MK;montenegro,podgorica:ME;kosovo,pristina:XK;"
        + "ukraine,ukrainian,kyiv,kiev,kharkiv,lviv,odesa,odessa,kyivstar:UA;belarus,belarusian,minsk:BY;moldova,moldovan,chisinau:MD;"
        + "russia,russian,moscow,petersburg,megafon:RU;kazakhstan,kazakh,almaty,astana:KZ;uzbekistan,uzbek,tashkent:UZ;"
        + "kyrgyzstan,kyrgyz,bishkek:KG;tajikistan,dushanbe:TJ;azerbaijan,azerbaijani,baku,azercell:AZ;armenia,armenian,yerevan:AM;"
        + "finland,finnish,helsinki,espoo,tampere:FI;sweden,swedish,stockholm,gothenburg,malmo,malmö:SE;norway,norwegian,oslo,bergen:NO;"
        + "denmark,danish,copenhagen,aarhus:DK;iceland,icelandic,reykjavik:IS;ireland,irish,dublin,cork,galway:IE;"
        + "britain,british,uk,england,scotland,wales,london,manchester,birmingham,glasgow,edinburgh:GB;"
        + "australia,australian,aussie,sydney,melbourne,brisbane,perth,adelaide,telstra,optus:AU;new zealand,new zealander:NZ;"
        + "auckland,wellington,christchurch:NZ;japan,japanese,tokyo,osaka,kyoto,docomo:JP;korea,korean,seoul,busan:KR;"
        + "taiwan,taiwanese,taipei:TW;hong kong:HK;macau,macao:MO;haiti,haitian:HT;cuba,cuban,havana:CU;maldives,maldivian:MV;"
        + "iran,iranian,tehran:IR;yemen,yemeni,sanaa:YE;syria,syrian,damascus:SY;libya,libyan,tripoli:LY;somalia,somali,mogadishu:SO;"
        + "mauritius,mauritian:MU;madagascar,antananarivo:MG;seychelles:SC;congo,kinshasa:CD;angola,angolan,luanda:AO;"
        + "liberia,liberian,monrovia:LR;sierra leone,freetown:SL;gambia,gambian,banjul:GM;guinea,conakry:GN;mali,bamako:ML;"
        + "burkina,ouagadougou:BF;niger,niamey:NE;chad,ndjamena:TD;benin,cotonou:BJ;togo,lome,lomé:TG;"
        + "guyana,guyanese,georgetown:GY;suriname,paramaribo:SR;belize:BZ";

    private static readonly Dictionary<string, string[]> Regions = Parse();

    public static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Regions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, string[]> Parse()
    {
        var regions = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Table.Split(';'))
        {
            var colon = entry.IndexOf(':');
            var codes = entry[(colon + 1)..].Split(' ');
            foreach (var word in entry[..colon].Split(','))
            {
                regions[word] = regions.TryGetValue(word, out var other) ? [.. other, .. codes] : codes;
            }
        }
        return regions;
    }
}
