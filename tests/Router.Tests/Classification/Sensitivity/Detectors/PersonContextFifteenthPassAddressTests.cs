using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Address and organisation classes of the fifteenth pass (issue 15, s23-ctx): log lines whose key=value fields name a person and
/// a place, letterheads written in LaTeX, directions to an office room for a visitor (not a home, although they carry a gate
/// code), and businesses named by a trade word ("… Brothers", "… Farms") as customers or on invoices. Hard negatives beside each
/// class, and must-still-fire rows for both exemptions with the writer's own data and the same cue words (GUIDE 3b). All
/// examples are written for these tests.
/// </summary>
public sealed class PersonContextFifteenthPassAddressTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("2026-11-02T18:20:44Z cam=side_gate event=person owner=Leontine Haversham location=27 Marlow Street, Reading RG1 4HY")]
    [InlineData("[hub] 06:15:02 lock=back_door state=unlocked user=Marguerite Okonkwo location=41 Cedar Street, Halifax NS B3H 2K1")]
    [InlineData("evt=package_detected homeowner=\"Teodoro Maldonado\" site=\"7 Quarry Road, Ballarat VIC 3350\" cam=porch-1")]
    [InlineData("thermostat sync ok; owner: Ruairi Costello; location: 5 Spencer Avenue, Galway; setpoint 21C")]
    public void LogFields_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("log: ts=1733300000 device=lobby-cam location=\"Level 3 lobby, Harbour Tower\" event=motion owner=facilities")]
    [InlineData("config: owner=root location=/var/log/app path=/etc/nginx user=admin")]
    [InlineData("sensor=gate-2 site=Warehouse 5, 40 Dock Road, Tilbury owner=Thames Logistics Ltd status=ok")]
    public void LogFields_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("\\documentclass{letter}\n\\signature{Ottilie Marchetti}\n\\address{Ottilie Marchetti \\\\ 62 Rosewood Drive \\\\ Leicester LE2 3FG}\n\\begin{document}")]
    [InlineData("\\textbf{Bartholomew Nkemelu} \\\\ Flat 6, 14 Saxon Road \\\\ Oxford OX4 1HS \\\\ \\today")]
    [InlineData("Fix my LaTeX letter header: \\begin{flushright} Sunniva Halvorsen \\\\ 3 Tidewater Close \\\\ Truro TR1 2AB \\end{flushright}")]
    public void LatexLetterheads_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("\\address{Department of Physics \\\\ University of Bristol \\\\ Tyndall Avenue, Bristol BS8 1TL}\n\\signature{Admissions Office}")]
    [InlineData("In LaTeX, how do I put my name and address on the right with \\address{Name \\\\ Street \\\\ Town}?")]
    [InlineData("\\newcommand{\\sender}{{first_name} {last_name}} -- is this the right way to make a mail-merge letter template?")]
    public void LatexLetterheads_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Your interview: Room 1204, 12th floor, Block 3, 18 Harcourt Road – gate code 4471, call me from the lobby.")]
    [InlineData("Visitors to our office: Room 512, 5th floor, Building B, Riverside Campus, gate code 2290 – sign in at the lobby.")]
    [InlineData("For Tuesday's meeting: Room 88, Level 3, Tower 2, Harbour Point; door code 5151 after 6 pm.")]
    public void VisitorDirections_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    // The same rooms, floors, blocks and door notes at someone's home still fire, even beside an interview or an appointment.
    [Theory]
    [InlineData("Interview the new nanny at my flat: Room 1204, 12th floor, Block 3, 18 Harcourt Road – gate code 4471.")]
    [InlineData("Courier: Flat 1204, 12th floor, Block 3, Lotus Garden Estate, 8 Canton Road – gate code 4471, leave the box at the door.")]
    [InlineData("Babysitter, our home is Room 602, 6th floor, Building 9, 31 Jade Court Road – gate code 1188; take the lift, the kids will be in the lobby.")]
    public void VisitorDirections_HomesStillFire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Our customer is Patel Brothers, they owe us $3,400 since March.")]
    [InlineData("Our customer is Okafor Logistics and their account balance is €2,150.")]
    [InlineData("Invoice 5521 to Greenway Farms\nCustomer number: 10442\nSubtotal: $900\nVAT: $180\nTotal: $1,080")]
    public void TradeNamedBusinesses_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Our customer is Ravi Patel, he owes us $3,400 since March.")]
    [InlineData("Invoice 5521 to Mrs. Hattie Greenway\nCustomer number: 10442\nTotal overdue: $1,080")]
    [InlineData("Customer No. 88213 – Marta Kowalczyk – invoice total 240 zł still unpaid.")]
    public void PrivateCustomers_StillFire(string text) =>
        Assert.True(IsSensitive(text));
}
