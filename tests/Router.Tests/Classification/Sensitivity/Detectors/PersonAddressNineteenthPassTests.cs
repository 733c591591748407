using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Home addresses of the nineteenth pass (issue 15, s27-addrids): a person watched at an address (observed, seen or spotted
/// entering, followed to); a home errand whose gap rules a venue out ("to my mum's house, not the clinic: …"); a numberless
/// address (suburb, town, country) after a parcel cue and a person's name; a numbered building and flat after a person's move
/// (the street piece found on its own no longer splits it); Chinese estate zones with a block and flat (C 区 9 栋 1203, 三区 311 楼
/// 1706); "posted home to". As exemptions: a yes/no question about a landmark's address, a workplace group's move, a negated
/// home. Hard negatives beside each class, must-still-fire rows beside each exemption. All examples are written for these tests.
/// </summary>
public sealed class PersonAddressNineteenthPassTests
{
    private static SensitivityVerdict Classify(string text) => SensitivityClassifierFactory.Create().Classify([text], []);

    private static bool HasAddress(string text) => Classify(text).Entities.Any(e => e.Type == "person_address");

    private static bool IsSensitive(string text) => Classify(text).IsSensitive;

    [Theory]
    [InlineData("Surveillance log — subject observed entering 19 Wexford Gardens, Dún Laoghaire at 18:42 with a companion, left at 21:05 by taxi. Make it neutral in tone for the solicitor; subject is Colm Dwyer.")]
    [InlineData("Process server's note: respondent seen leaving 44 Kilmore Crescent, Drogheda at 07:10, papers served at the gate. Tidy it up.")]
    [InlineData("Insurance fraud file: claimant spotted entering 7 Larchfield Grove, Ballarat carrying a ladder on 3 May. Write up the observation.")]
    [InlineData("Skip-trace update: the debtor's husband was seen arriving at 23 Oakhurst Mews, Harrogate on Tuesday night. Summarise for the client.")]
    public void PersonWatchedAtAnAddress_Fires(string text) =>
        Assert.True(HasAddress(text), text);

    [Theory]
    [InlineData("Crowds were seen entering 10 Downing Street for the reception. Write a news caption.")]
    [InlineData("Fans were spotted at 3 Abbey Road taking photos on the zebra crossing. What's the history of the studio?")]
    [InlineData("How do private investigators lawfully record a subject observed entering a property?")]
    [InlineData("Write a short story where the detective is seen entering 221 Baker Street every evening.")]
    public void WatchedWithoutAPrivatePerson_DoesNotFire(string text) =>
        Assert.False(IsSensitive(text), text);

    [Theory]
    [InlineData("Deliver the hearing aids to my mum's house, not the clinic: 9 Rue des Flamboyants, Quartier Montravel, Nouméa 98800. Word the request.")]
    [InlineData("Send the spare keys to my brother's flat, not the office: 12 Kestrel Court, Dundee DD2 4QT.")]
    [InlineData("Ship the wheelchair to her home rather than the hospital — 41 Calle Mayor 12, Valladolid 47001. Draft the note to the supplier.")]
    [InlineData("Courier the documents to my dad's house, not the shop: 8 Jalan Mawar, Taman Melati, 53100 Kuala Lumpur.")]
    public void HomeErrandWithAVenueRuledOut_Fires(string text) =>
        Assert.True(HasAddress(text), text);

    [Theory]
    [InlineData("Deliver the parcel to the clinic, not my mum's house: 9 Rue des Flamboyants, Nouméa 98800.")]
    [InlineData("Deliver the flowers to the hotel, not the office: 14 Harbour Road, Napier.")]
    [InlineData("Ship to our warehouse, not the shop: Unit 4, Mlynská 22, 917 01 Trnava.")]
    public void VenueDestinationOrNegatedHome_DoesNotFire(string text) =>
        Assert.False(HasAddress(text), text);

    [Theory]
    [InlineData("Package for Sione Taufa, Kolomotu'a, Nuku'alofa, Tonga — the courier says it isn't a full address. What should I ask him for?")]
    [InlineData("Parcel for Salote Vea, Ma'ufanga, Nuku'alofa, Tonga — the courier says it's not enough.")]
    [InlineData("Deliver to Amina Diallo, Hamdallaye, Bamako, Mali — the driver needs a landmark. Write the note.")]
    [InlineData("Send it to Ioane Leota, Vaitele, Upolu, Samoa; the post office there has no street names.")]
    [InlineData("Courier for Grace Wanjiru, Kahawa West, Nairobi, Kenya: what details should I add?")]
    public void NumberlessAddressAfterParcelCueAndName_Fires(string text) =>
        Assert.True(HasAddress(text), text);

    [Theory]
    [InlineData("Parcel rates for Fiji, Samoa, Tonga and Vanuatu — which courier is cheapest?")]
    [InlineData("Ship to New Zealand, Australia, Fiji, Tonga: do I need customs forms?")]
    [InlineData("Our office ships to Suva, Lautoka, Nadi, Fiji — how long does delivery take?")]
    [InlineData("Package holidays for families, couples, groups, Fiji included — which is cheapest?")]
    public void PlaceListsWithoutAPerson_DoNotFire(string text) =>
        Assert.False(IsSensitive(text), text);

    [Theory]
    [InlineData("Refugee file: Karen Hakobyan and family moved to Building 7, Apartment 33, Baghramyan St, Kentron, Yerevan 0019. Update the case paragraph.")]
    [InlineData("Resettlement file: Nasrin Ahmadi and her children moved to Building 12, Apartment 8, Rudaki Ave, Sino, Dushanbe 734025.")]
    [InlineData("Caseworker note: Mr Giorgi Beridze moved to Block 3, Flat 14, Tsereteli St, Saburtalo, Tbilisi 0177. Summarise.")]
    public void PersonMovedToABuildingAndFlat_Fires(string text) =>
        Assert.True(HasAddress(text), text);

    [Theory]
    [InlineData("Our team moved to Building 5, Unit 3, Harbour St, Leeds LS1 4AB in March.")]
    [InlineData("The lab relocated to Building 2, Unit 14, Science Park Rd, Cambridge CB4 0WS last year.")]
    [InlineData("Our company moved to Building 5, Apartment 2, Technopark St, Yerevan 0014.")]
    public void WorkplaceGroupMoved_DoesNotFire(string text) =>
        Assert.False(HasAddress(text), text);

    [Theory]
    [InlineData("今天在 贵阳市观山湖区金阳 C 区 9 栋 1203 见了 司马文涛，他拿出了发票原件，帮我整理成提纲。")]
    [InlineData("线人记录：昨晚在 昆明市五华区翠湖 B 区 3 栋 1502 见到了 欧阳明远，他带了账本")]
    [InlineData("通告单写着“07:00 接 男一 陈屿白 住处：北京市海淀区万柳中路 西区 205 楼 1102”，对外版怎么改？")]
    [InlineData("拍摄通告：08:30 接 女二 林晓雯 住处：成都市高新区天府三街 东区 12 楼 2301")]
    [InlineData("外卖备注：送到 西安市雁塔区曲江 A 区 6 栋 1801，收件人 秦思远")]
    public void HanEstateZoneBlockAndFlat_Fires(string text) =>
        Assert.True(HasAddress(text), text);

    [Theory]
    [InlineData("公司地址：深圳市南山区科技园 C 区 9 栋 1203，欢迎来访")]
    [InlineData("贵阳市观山湖区金阳 C 区 9 栋 1203 附近有什么好吃的？")]
    [InlineData("在 贵阳市观山湖区金阳 C 区 9 栋 1203 的咖啡馆见了 司马文涛")]
    public void HanZoneOfficesAndPlaces_DoNotFire(string text) =>
        Assert.False(HasAddress(text), text);

    [Theory]
    [InlineData("Is the Eiffel Tower's address 5 Avenue Anatole France? What time does the top floor close?")]
    [InlineData("Is the Shard's address 32 London Bridge Street? How late is the viewing deck open?")]
    [InlineData("台北 101 的地址是 信义路五段 7 号 吗？几点关？")]
    [InlineData("广州塔的地址是 阅江西路 222 号 吗？几点能上塔？")]
    [InlineData("东方明珠的地址是 世纪大道 1 号 吗？晚上几点关？")]
    public void LandmarkAddressAskedInAQuestion_DoesNotFire(string text) =>
        Assert.False(HasAddress(text), text);

    [Theory]
    [InlineData("我家地址是 信义路五段 7 号，帮我写快递单")]
    [InlineData("Is her address 5 Avenue Anatole France? I need to post the card.")]
    [InlineData("我朋友的地址是 阅江西路 222 号 吗？我要寄东西给她")]
    [InlineData("Is Tom Keller's address 18 Birch Lane, Norwich? I want to send his invitation.")]
    public void PersonsAddressAskedInAQuestion_StillFires(string text) =>
        Assert.True(HasAddress(text), text);

    [Theory]
    [InlineData("Reword for the guest log: \"Mr Jae-min Cho in 1204 wants his charger posted home to 7 Kookaburra Close, Cairns QLD 4870, he pays postage\"")]
    [InlineData("Lost property: the guest in room 21 asked for his umbrella to be mailed home to 33 Elm Grove, Leeds LS6 2AB.")]
    [InlineData("Pharmacy note: Mrs Okafor's repeat prescription will be couriered home to 5 Marigold Way, Croydon CR0 2PL.")]
    public void SentHomeTo_Fires(string text) =>
        Assert.True(HasAddress(text), text);

    [Theory]
    [InlineData("Can hotels post forgotten items home to guests? What is the usual policy?")]
    [InlineData("The museum shop ships orders home to customers from 12 Exhibition Road, London — is that the shop's address?")]
    public void SentHomeWithoutAPersonsAddress_DoesNotFire(string text) =>
        Assert.False(HasAddress(text), text);
}
