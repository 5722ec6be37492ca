namespace Knowledge.Tagging.Training;

/// <summary>True and false positives and false negatives of one tag; precision is 1 when nothing was found.</summary>
internal sealed class TagCounts
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(bool expected, bool found)
    {
        if (expected && found)
        {
            TruePositives++;
        }
        else if (found)
        {
            FalsePositives++;
        }
        else if (expected)
        {
            FalseNegatives++;
        }
    }
}
