namespace Router.Classification.Difficulty;

/// <summary>
/// The trained difficulty model: one linear model for lettered multiple-choice prompts and one for everything
/// else (free-form and word problems), chosen by the prompt's own shape.
/// </summary>
internal sealed class DifficultyModel(int hashBits, LinearModel multipleChoice, LinearModel freeForm)
{
    public int HashBits { get; } = hashBits;
    public LinearModel MultipleChoice { get; } = multipleChoice;
    public LinearModel FreeForm { get; } = freeForm;

    public LinearModel For(FeatureVector features) => features.IsMultipleChoice ? MultipleChoice : FreeForm;
}
