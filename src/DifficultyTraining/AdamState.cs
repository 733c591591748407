namespace Router.Classification.Difficulty.Training;

/// <summary>Adam optimiser moments for one parameter vector.</summary>
internal sealed class AdamState(int size, double learningRate)
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;
    private readonly double[] _first = new double[size];
    private readonly double[] _second = new double[size];
    private int _step;

    public void Step(double[] parameters, double[] gradient)
    {
        _step++;
        var correction1 = 1 - Math.Pow(Beta1, _step);
        var correction2 = 1 - Math.Pow(Beta2, _step);
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = gradient[i];
            if (g == 0 && _first[i] == 0)
            {
                continue;
            }

            _first[i] = (Beta1 * _first[i]) + ((1 - Beta1) * g);
            _second[i] = (Beta2 * _second[i]) + ((1 - Beta2) * g * g);
            parameters[i] -= learningRate * (_first[i] / correction1) / (Math.Sqrt(_second[i] / correction2) + Epsilon);
        }
    }
}
