namespace Router.Classification.Difficulty.Training;

/// <summary>
/// Fits <see cref="Calibration"/> (sigmoid(a·logit + b)) to binary outcomes by damped Newton steps, starting from
/// the base rate (a = 0) so that uninformative logits cannot make the iteration diverge.
/// </summary>
internal static class PlattFitter
{
    public static Calibration Fit(IReadOnlyList<double> logits, IReadOnlyList<bool> outcomes)
    {
        var rate = Math.Clamp(outcomes.Count(o => o) / (double)Math.Max(1, outcomes.Count), 1e-4, 1 - 1e-4);
        double a = 0, b = Math.Log(rate / (1 - rate));
        var loss = Loss(logits, outcomes, a, b);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (var i = 0; i < logits.Count; i++)
            {
                var p = Sigmoid((a * logits[i]) + b);
                var error = p - (outcomes[i] ? 1 : 0);
                var weight = p * (1 - p);
                ga += error * logits[i];
                gb += error;
                haa += weight * logits[i] * logits[i];
                hab += weight * logits[i];
                hbb += weight;
            }

            var determinant = (haa * hbb) - (hab * hab);
            var da = ((hbb * ga) - (hab * gb)) / determinant;
            var db = ((haa * gb) - (hab * ga)) / determinant;
            var step = 1.0;
            while (step > 1e-6 && !(Loss(logits, outcomes, a - (step * da), b - (step * db)) <= loss))
            {
                step /= 2;
            }

            if (step <= 1e-6)
            {
                break;
            }

            a -= step * da;
            b -= step * db;
            loss = Loss(logits, outcomes, a, b);
        }

        // A non-positive slope would flatten or invert the ranking the model learned; keep the ranking instead.
        return new Calibration(Math.Max(a, 1e-3), b);
    }

    private static double Loss(IReadOnlyList<double> logits, IReadOnlyList<bool> outcomes, double a, double b)
    {
        var total = 0.0;
        for (var i = 0; i < logits.Count; i++)
        {
            var z = (a * logits[i]) + b;
            // log(1 + e^z) − y·z, written to stay finite for large |z|.
            total += Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))) - (outcomes[i] ? z : 0);
        }

        return total;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
