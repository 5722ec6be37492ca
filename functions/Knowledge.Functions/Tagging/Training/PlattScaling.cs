namespace Knowledge.Tagging.Training;

/// <summary>
/// Platt scaling: fits p = 1 / (1 + e^-(slope·score + offset)) to held-out scores by Newton's method with Platt's
/// smoothed targets (Lin, Lin and Weng 2007), so a tag seen a few times is not calibrated to certainty.
/// </summary>
internal static class PlattScaling
{
    private const int MaxIterations = 100;
    private const double MinStep = 1e-10;
    private const double Sigma = 1e-12;

    public static (double Slope, double Offset) Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        var targets = labels.Select(l => l ? high : low).ToArray();
        // In the paper's form p = 1 / (1 + e^(A·f + B)); the slope is -A, the offset -B.
        var a = 0.0;
        var b = Math.Log((negatives + 1.0) / (positives + 1.0));
        var loss = Loss(scores, targets, a, b);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double h11 = Sigma, h22 = Sigma, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var f = scores[i];
                var fApB = (f * a) + b;
                var (p, q) = fApB >= 0
                    ? (Math.Exp(-fApB) / (1 + Math.Exp(-fApB)), 1 / (1 + Math.Exp(-fApB)))
                    : (1 / (1 + Math.Exp(fApB)), Math.Exp(fApB) / (1 + Math.Exp(fApB)));
                var d2 = p * q;
                h11 += f * f * d2;
                h22 += d2;
                h21 += f * d2;
                var d1 = targets[i] - p;
                g1 += f * d1;
                g2 += d1;
            }
            if (Math.Abs(g1) < 1e-5 && Math.Abs(g2) < 1e-5)
            {
                break;
            }
            var det = (h11 * h22) - (h21 * h21);
            var dA = -((h22 * g1) - (h21 * g2)) / det;
            var dB = -((-h21 * g1) + (h11 * g2)) / det;
            var gd = (g1 * dA) + (g2 * dB);
            var step = 1.0;
            while (step >= MinStep)
            {
                var newA = a + (step * dA);
                var newB = b + (step * dB);
                var newLoss = Loss(scores, targets, newA, newB);
                if (newLoss < loss + (0.0001 * step * gd))
                {
                    (a, b, loss) = (newA, newB, newLoss);
                    break;
                }
                step /= 2;
            }
            if (step < MinStep)
            {
                break;
            }
        }
        return (-a, -b);
    }

    private static double Loss(IReadOnlyList<double> scores, double[] targets, double a, double b)
    {
        var loss = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            var fApB = (scores[i] * a) + b;
            loss += fApB >= 0
                ? (targets[i] * fApB) + Math.Log(1 + Math.Exp(-fApB))
                : ((targets[i] - 1) * fApB) + Math.Log(1 + Math.Exp(fApB));
        }
        return loss;
    }
}
