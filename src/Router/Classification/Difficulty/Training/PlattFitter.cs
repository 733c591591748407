namespace Router.Classification.Difficulty.Training;

/// <summary>Fits <see cref="Calibration"/> (sigmoid(a·logit + b)) to binary outcomes by Newton's method.</summary>
internal static class PlattFitter
{
    public static Calibration Fit(IReadOnlyList<double> logits, IReadOnlyList<bool> outcomes)
    {
        double a = 1, b = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (var i = 0; i < logits.Count; i++)
            {
                var p = 1 / (1 + Math.Exp(-((a * logits[i]) + b)));
                var error = p - (outcomes[i] ? 1 : 0);
                var weight = p * (1 - p);
                ga += error * logits[i];
                gb += error;
                haa += weight * logits[i] * logits[i];
                hab += weight * logits[i];
                hbb += weight;
            }

            var determinant = (haa * hbb) - (hab * hab);
            if (Math.Abs(determinant) < 1e-12)
            {
                break;
            }

            var da = ((hbb * ga) - (hab * gb)) / determinant;
            var db = ((haa * gb) - (hab * ga)) / determinant;
            a -= da;
            b -= db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-10)
            {
                break;
            }
        }

        // A non-positive slope would invert the ranking the model learned; keep the ranking instead.
        return a > 0 ? new Calibration(a, b) : new Calibration(1e-3, b);
    }
}
