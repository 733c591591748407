namespace Router.Classification.Difficulty.Training;

/// <summary>
/// Cross-validated strong-call share at 95 % of strong-only accuracy, next to the baselines. <see cref="GroupOracle"/>
/// is null where the data has a single group.
/// </summary>
internal sealed record ShareReport(
    string Dataset, string Validation, int Prompts, double Random, double Length, double? GroupOracle, double Model);
