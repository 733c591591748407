using Router.Classification.Sensitivity.Detectors;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// National identity and tax numbers of other countries (issue 15, identifier coverage): every value below was generated with
/// its scheme's published check digit for this test; the hard negatives are the same values with the check digit changed.
/// </summary>
public sealed class NationalIdDetectorTests
{
    private readonly NationalIdDetector _detector = new();

    [Theory]
    [InlineData("My Aadhaar number is 5584 0532 8657", "5584 0532 8657")]
    [InlineData("aadhar: 558405328657", "558405328657")]
    [InlineData("My PAN is FKAPX1760E, please file it", "FKAPX1760E")]
    [InlineData("NHS number 687 327 4607", "687 327 4607")]
    [InlineData("My National Insurance number is JG 10 37 59 A", "JG 10 37 59 A")]
    [InlineData("NI number: JG103759A", "JG103759A")]
    [InlineData("My SIN is 339 078 867", "339 078 867")]
    [InlineData("Meu CPF é 169.262.877-16", "169.262.877-16")]
    [InlineData("CNPJ 36.083.299/0001-32", "36.083.299/0001-32")]
    [InlineData("Mi DNI es 40328856N", "40328856N")]
    [InlineData("NIE: Y5105814N", "Y5105814N")]
    [InlineData("Il mio codice fiscale è VLCMFP71C01F064G", "VLCMFP71C01F064G")]
    [InlineData("Numéro de sécurité sociale : 1 57 01 89 159 224 58", "1 57 01 89 159 224 58")]
    [InlineData("Meine Steuer-ID ist 70136465688", "70136465688")]
    [InlineData("Mijn BSN is 735077691", "735077691")]
    [InlineData("rijksregisternummer 90.02.23-909.14", "90.02.23-909.14")]
    [InlineData("Mój PESEL: 98052606640", "98052606640")]
    [InlineData("Mitt personnummer är 881110-4804", "881110-4804")]
    [InlineData("주민등록번호 970422-1732541", "970422-1732541")]
    [InlineData("マイナンバー 9912 8218 9468", "9912 8218 9468")]
    [InlineData("HKID H079307(A)", "H079307(A)")]
    [InlineData("身分證字號 C129918995", "C129918995")]
    [InlineData("NRIC: T5266837E", "T5266837E")]
    [InlineData("FIN G0477616Q", "G0477616Q")]
    [InlineData("MyKad 900303-14-9680", "900303-14-9680")]
    [InlineData("TFN 371 349 098", "371 349 098")]
    [InlineData("Medicare card 5533 06927 7", "5533 06927 7")]
    [InlineData("SA ID number 8709066045087", "8709066045087")]
    [InlineData("TC Kimlik No: 52339556222", "52339556222")]
    [InlineData("Israeli ID (teudat zehut) 230794547", "230794547")]
    [InlineData("Mi CURP es HIRA970223MMCLGM07", "HIRA970223MMCLGM07")]
    [InlineData("RFC: LIBW890712U51", "LIBW890712U51")]
    [InlineData("Our EIN is 99-3946283", "99-3946283")]
    [InlineData("ITIN 934-70-8353", "934-70-8353")]
    [InlineData("national ID number: 4471 2209 883", "4471 2209 883")]
    public void Detect_LabelledValue_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    /// <summary>A label that names the value reports its shape even with a wrong check digit (fail closed, as for cards).</summary>
    [Theory]
    [InlineData("My Aadhaar number is 5584 0532 8658", "5584 0532 8658")]
    [InlineData("CPF: 169.262.877-17", "169.262.877-17")]
    [InlineData("PESEL 98052606641", "98052606641")]
    [InlineData("BSN: 735077692", "735077692")]
    public void Detect_NamedValueWithWrongCheck_StillFound(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    /// <summary>Value, then the label: the check must hold.</summary>
    [Theory]
    [InlineData("JG103759A is my NI number", "JG103759A")]
    [InlineData("VLCMFP71C01F064G è il codice fiscale del paziente", "VLCMFP71C01F064G")]
    [InlineData("It's 98052606640, my PESEL", "98052606640")]
    public void Detect_ValueBeforeLabel_FindsCheckedValue(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("It's 98052606641, my PESEL")]
    [InlineData("NHS records show 6873274608 admissions, a new high")]
    [InlineData("the aadhaar scheme enrolled 1,234 people in 2019")]
    public void Detect_ValueBeforeLabelWithWrongCheck_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);

    /// <summary>Written forms rare by themselves need no label, with their check.</summary>
    [Theory]
    [InlineData("cliente 169.262.877-16 pediu reembolso", "169.262.877-16")]
    [InlineData("fornecedor 36.083.299/0001-32 ativo", "36.083.299/0001-32")]
    [InlineData("HIRA970223MMCLGM07 es el registro del alumno", "HIRA970223MMCLGM07")]
    [InlineData("VLCMFP71C01F064G, nato a Roma", "VLCMFP71C01F064G")]
    [InlineData("record 970422-1732541 updated", "970422-1732541")]
    [InlineData("holder 900303-14-9680", "900303-14-9680")]
    [InlineData("file 157018915922458 closed", "157018915922458")]
    [InlineData("applicant 8709066045087", "8709066045087")]
    [InlineData("customer T5266837E", "T5266837E")]
    [InlineData("member C129918995", "C129918995")]
    [InlineData("tenant H079307(A)", "H079307(A)")]
    [InlineData("passenger 40328856N", "40328856N")]
    [InlineData("Income tax return for FKAPX1760E filed", "FKAPX1760E")]
    [InlineData("filer 934-70-8353", "934-70-8353")]
    public void Detect_UnlabelledRareForm_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    /// <summary>Hard negatives: the same forms with a wrong check digit, without a label; and labels of something else.</summary>
    [Theory]
    [InlineData("cliente 169.262.877-17 pediu reembolso")]
    [InlineData("fornecedor 36.083.299/0001-33 ativo")]
    [InlineData("HIRA970223MMCLGM08 es el registro")]
    [InlineData("VLCMFP71C01F065G, nato a Roma")]
    [InlineData("record 970422-1732542 updated")]
    [InlineData("file 157018915922459 closed")]
    [InlineData("applicant 8709066045088")]
    [InlineData("customer T5266838E")]
    [InlineData("member C129918996")]
    [InlineData("tenant H079307(5)")]
    [InlineData("passenger 40328857N")]
    [InlineData("Product code ABCDE1234F is out of stock")] // a company's code shape, not a person's PAN (4th letter E)
    [InlineData("Order 169.262.877-16 shipped")] // a business label names it
    [InlineData("user ID: 123456789 logged in")]
    [InlineData("ID 12345 was created on 2024-05-06")]
    [InlineData("The RFC 7231 section 6.5.1 covers 400 Bad Request")]
    [InlineData("SIN 30 degrees = 0.5")]
    [InlineData("Mean PAN score was 12.5 in 2019")]
    [InlineData("Das ist ein 12345678901 Test")]
    [InlineData("The CPF rate in Singapore is 20% for employees aged 55 and below")]
    [InlineData("In Python, id(x) returns 140234567890123")]
    [InlineData("Look at the NI 2024 report, page 123456")]
    [InlineData("run id 20240506-123456 failed")]
    [InlineData("What is a codice fiscale and how is it computed?")]
    [InlineData("Enter your Aadhaar number in the form XXXX XXXX XXXX")]
    public void Detect_LookAlikeOrOtherLabel_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);

    [Theory]
    [InlineData("558405328657", true)]
    [InlineData("558405328658", false)]
    [InlineData("158405328657", false)] // Aadhaar never starts with 0 or 1
    public void Aadhaar_VerhoeffCheck(string value, bool valid) => Assert.Equal(valid, NationalIdChecks.Aadhaar(value));

    [Theory]
    [InlineData("6873274607", true)]
    [InlineData("6873274608", false)]
    public void Nhs_Mod11(string value, bool valid) => Assert.Equal(valid, NationalIdChecks.Nhs(value));

    [Theory]
    [InlineData("70136465688", true)]
    [InlineData("70136465689", false)]
    [InlineData("12345678901", false)] // no digit repeated: never issued
    public void GermanTaxId_Iso7064(string value, bool valid) => Assert.Equal(valid, NationalIdChecks.GermanTaxId(value));

    [Theory]
    [InlineData("735077691", true)]
    [InlineData("735077692", false)]
    [InlineData("000000000", false)]
    public void Bsn_ElevenProof(string value, bool valid) => Assert.Equal(valid, NationalIdChecks.Bsn(value));

    [Theory]
    [InlineData("157018915922458", true)]
    [InlineData("157018915922459", false)]
    public void FrenchNir_Mod97Key(string value, bool valid) => Assert.Equal(valid, NationalIdChecks.FrenchNir(value));
}
