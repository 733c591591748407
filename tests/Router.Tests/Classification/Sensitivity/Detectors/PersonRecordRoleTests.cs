using Router.Classification.Sensitivity.Detectors;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// A record-role word counts only as the named person's role (issue 15, third pass): a label or title right before the
/// name or a noun phrase right after it; not an adjective, a word qualifying another noun, an organisation's role, an
/// award or another thing's form label. Lower-case names right after a role in lower-case text are found.
/// </summary>
public sealed class PersonRecordRoleTests
{
    [Theory]
    // Label or title before the name.
    [InlineData("Patient Oskar Brandt was moved to ward 4.", "Oskar Brandt")]
    [InlineData("Please close the account of our client Mirela Dobre.", "Mirela Dobre")]
    [InlineData("Recipient: Tamsin Hale", "Tamsin Hale")]
    [InlineData("Client name: Farid Nassar", "Farid Nassar")]
    [InlineData("The applicant, Yusuf Demir, sent two references.", "Yusuf Demir")]
    // A noun phrase after the name that ends with the role.
    [InlineData("Lotte Maes, a customer since 2011, asked for a discount.", "Lotte Maes")]
    [InlineData("Bram Visser (tenant) reported a leak.", "Bram Visser")]
    [InlineData("Ada Kowalski is a patient of the Elm Street practice.", "Ada Kowalski")]
    [InlineData("Rhys Morgan has been our client for nine years.", "Rhys Morgan")]
    // An identifier label or a participle after the role, a possessive before a record noun, a bare "Name:" in a record form.
    [InlineData("Ines Duarte, employee ID 4471, starts on Monday.", "Ines Duarte")]
    [InlineData("Pavel Novak, a patient admitted with pneumonia, needs a bed.", "Pavel Novak")]
    [InlineData("Please send me Ines Duarte's employee file.", "Ines Duarte's")]
    [InlineData("Name: Pavel Novak\nEmployee ID: 30417", "Pavel Novak")]
    // A lower-case name right after a role, where the writer does not capitalise.
    [InlineData("customer nora quinn called about the refund", "nora quinn")]
    [InlineData("please update the file of our client dara okoye.", "dara okoye")]
    public void Detect_NameInRecordRole_FindsName(string text, string expected) =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<PersonRecordDetector>(), text, expected);

    [Theory]
    // Adjectives.
    [InlineData("Please be patient, Oskar Brandt will call you back.")]
    [InlineData("Mirela Dobre was very patient with the trainees.")]
    [InlineData("Yusuf Demir is a patient and careful mentor.")]
    [InlineData("Lotte Maes said the van is fully insured.")]
    // A role word qualifying another noun: the person is staff, not a record.
    [InlineData("Bram Visser, Customer Service Manager at Holt & Co, will reply.")]
    [InlineData("Ada Kowalski, our customer success lead, runs the demo.")]
    [InlineData("Rhys Morgan is the patient advocate at the clinic.")]
    [InlineData("Farid Nassar wrote our patient-facing leaflets.")]
    // Another's role, awards, bylines and other things' form labels.
    [InlineData("Tamsin Hale from our client Brightline Ltd joins the call.")]
    [InlineData("Nora Quinn is a recipient of the national science medal.")]
    [InlineData("This year's award recipient, Dara Okoye, thanked the jury.")]
    [InlineData("Mirela Dobre reports on employee rights for a weekly paper.")]
    [InlineData("Speaker name: Oskar Brandt\nTalk: search at scale")]
    [InlineData("Interview with Yusuf Demir: what every policyholder should know.")]
    // Another person's client; a bare "Name:" in a form that is not a record about the person.
    [InlineData("Ines Duarte's client list includes three banks.")]
    [InlineData("Name: Pavel Novak\nCity: Porto")]
    // Lower-case words after a role in cased text are a noun, not a name.
    [InlineData("Lotte Maes leads tenant rights groups in Ghent.")]
    public void Detect_RoleWordNotTheNamesRecordRole_FindsNothing(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonRecordDetector>(), text);

    [Theory]
    [InlineData("The Ghent Marathon starts at 4 Quay Road.")]
    [InlineData("Shipping notice: the Brightline Group office.")]
    public void PersonNames_CapitalisedRunAfterThe_IsNotAName(string text) =>
        Assert.Empty(PersonNames.Find(text));
}
