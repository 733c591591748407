using Router.Classification.Difficulty.Training.Sensitivity;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>The personal-data model experiment's pieces: features and fit are deterministic, and word shapes generalise over names.</summary>
public sealed class PersonalContextModelTests
{
    private static readonly PersonalContextRow[] Rows =
    [
        new("My neighbour Oskar Lindqvist has been on dialysis since March.", true, "a"),
        new("Please remind Petra Navarro that her chemotherapy starts on Monday.", true, "a"),
        new("Our tenant Joaquim Brandt still owes three months of rent.", true, "b"),
        new("What is the boiling point of water at sea level?", false, "a"),
        new("Summarise the causes of the French Revolution in three bullet points.", false, "b"),
        new("Which river flows through Vienna, Budapest and Belgrade?", false, "b"),
    ];

    [Fact]
    public void Extract_SameShapeNeighbours_ShareTheWordShapeBuckets()
    {
        var first = PersonalContextFeatures.Extract(["my neighbour Oskar was"], 16, ruleSignals: false).Buckets;
        var second = PersonalContextFeatures.Extract(["my neighbour Harriet was"], 16, ruleSignals: false).Buckets;
        var lower = PersonalContextFeatures.Extract(["my neighbour oskar was"], 16, ruleSignals: false).Buckets;

        // "neighbour ⟨Cap⟩" and "⟨Cap⟩ was" are the same features whatever the name; a lower-case word has another shape.
        Assert.Equal(first.Length, second.Length);
        Assert.True(first.Intersect(second).Count() >= 4, "shape buckets shared");
        Assert.True(first.Intersect(second).Except(lower).Count() >= 3, "capitalised-shape buckets absent from the lower-case text");
    }

    [Fact]
    public void Extract_HanText_CountsCharacterUniBiAndTrigrams()
    {
        // Four Han characters: 4 unigrams, 3 bigrams, 2 trigrams.
        Assert.Equal(9, PersonalContextFeatures.Extract(["王芳住院"], 16, ruleSignals: false).Buckets.Length);
    }

    [Fact]
    public void Fit_SameRowsTwice_GivesIdenticalScores()
    {
        var trainer = new PersonalContextTrainer(PersonalContextTrainer.Defaults with { Iterations = 50 });
        var first = trainer.Fit(Rows, 0.5);
        var second = trainer.Fit(Rows, 0.5);
        const string probe = "My colleague Dorota Wiśniewska is on sick leave after her surgery.";

        Assert.Equal(first.Score([probe]), second.Score([probe]));
        Assert.True(first.Score([probe]) > first.Score(["What is the capital of Portugal?"]));
    }
}
