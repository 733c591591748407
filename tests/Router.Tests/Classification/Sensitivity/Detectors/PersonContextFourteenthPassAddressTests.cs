using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Addresses written by a country's own convention (fourteenth pass, issue 15, s22-ctxen): Colombian grid addresses (Calle/Carrera
/// N # N-N), Russian ul./d./kv., Gulf villas and buildings with a district, Korean Hangul road addresses, an East African apartment
/// in an estate on a named road, Chilean passages; a delivery note's door instructions (buzzer, gate code, knock) and obituaries'
/// wakes at the family residence make an address a home without a name; a technician's visit to a named person. Hard negatives:
/// travel questions, offices and hotels, bus stops. Also health told beside a question after a spaced dash, a wearable's alert,
/// and a spreadsheet age formula over a named row. All examples are written for these tests.
/// </summary>
public sealed class PersonContextFourteenthPassAddressTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("Domicilio para el envío: Valeria Ortiz, Carrera 15 # 93-47, apto 801, Chicó Norte, Bogotá.")]
    [InlineData("Please mail the documents to my cousin Sergei Volkov, ul. Pushkina, d. 8, kv. 17, Kazan 420111.")]
    [InlineData("Courier: deliver to Villa 14, Street 22A, Jumeirah 3, Dubai — ask for Noor Haddad at the gate.")]
    [InlineData("Home address for the insurance form: Building 3308, Al Olaya District, Riyadh 12244 — Faisal Al-Qahtani.")]
    [InlineData("새 배송지: 부산광역시 해운대구 센텀중앙로 79, 202동 1504호 — for Lee Soo-jin, please update the order.")]
    [InlineData("Send the wedding card to Wanjiku Njoroge, Apartment 12B, Kilimani Heights, Argwings Kodhek Road, Nairobi.")]
    [InlineData("Gate code 4471, buzzer for flat 2 — 7 Belmont Terrace, Glasgow G12 8EY. Please don't leave it on the step.")]
    [InlineData("Driver instructions: 88 Toa Payoh Lorong 4 #12-301, knock loudly, doorbell broken.")]
    [InlineData("Mi mamá vive en Pasaje El Roble 1120, Maipú, Santiago; ¿cómo le envío el paquete?")]
    [InlineData("The wake for the late Consolacion Reyes will be held at their residence, 112 Rizal St., Brgy. Poblacion, Tanauan City, from Friday.")]
    [InlineData("In loving memory: viewing at the family home, 9 Kamuning Rd., Brgy. Obrero, Quezon City, nightly until the burial on Tuesday.")]
    [InlineData("Work order 5521: engineer to visit Mr. Otieno Kamau at House 7, Lavington Green, James Gichuru Road, Nairobi, 9–11 am.")]
    public void Addresses_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Is Carrera 7 in Bogotá safe to walk on Sundays during the ciclovía?")]
    [InlineData("Which metro station is nearest to ul. Nikolskaya in Moscow for the GUM store?")]
    [InlineData("Our Dubai office is at Building 4, Dubai Internet City; walk-ins welcome 9-5.")]
    [InlineData("How do I get from Gangnam-gu to Teheran-ro by bus?")]
    [InlineData("The wake-up call is at 6am at the hotel, 45 Marina Bay, Singapore.")]
    [InlineData("Ring the bell twice if you want the bus to stop at Main Street.")]
    public void Addresses_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Amelia Hargreaves is 31 weeks pregnant with pre-eclampsia — can she still take the ferry to Bilbao?")]
    [InlineData("device log: user=\"Ravi Menon\" alert=\"possible AFib\" hr=152 — why was no alert sent to the carer?")]
    [InlineData("My formula =DATEDIF(B4,TODAY(),\"y\") shows 0 for Olamide Bello where B4 is 22/09/1979 — what is wrong?")]
    [InlineData("Beneficiary of the spring bursary: Anneke de Wit — please prepare the payment confirmation.")]
    public void HealthBirthAndAwards_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Pre-eclampsia in the third trimester — can a woman still fly long haul?")]
    [InlineData("What does =DATEDIF(A2,TODAY(),\"y\") return when A2 is empty?")]
    [InlineData("Marie Curie - what did she discover?")]
    public void HealthBirthAndAwards_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));
}
