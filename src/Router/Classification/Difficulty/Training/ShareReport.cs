namespace Router.Classification.Difficulty.Training;

/// <summary>Cross-validated strong-call share at 95 % of strong-only accuracy, next to the baselines.</summary>
internal sealed record ShareReport(string Dataset, string Validation, int Prompts, double Random, double Length, double Model);
