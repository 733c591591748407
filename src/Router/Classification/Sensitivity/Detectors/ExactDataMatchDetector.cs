using Router.Classification.Sensitivity.ExactDataMatch;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A value the tenant registered (customer name, account number, employee id, project code name), found by hashing the
/// prompt's 1–8 unit n-grams under the tenant's key and looking them up in its set. Only hashes are held; the span is
/// reported, never the value. A tenant whose configured set is not loaded makes the classifier fail closed.
/// </summary>
internal sealed class ExactDataMatchDetector(IEdmSetProvider sets) : ISensitivityDetector
{
    public string Name => "exact_data_match";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "tenant registered value";

    public void Detect(ScanInput input, List<TextSpan> found) => sets.For(input.Scope.TenantId)?.FindAll(input.Text, found);
}
