namespace Knowledge.Needs;

/// <summary>
/// Decides which figures to hide. Primary: any count from 1 to threshold-1. Secondary: a county figure is the sum
/// of its municipalities' figures, so a column with exactly one hidden figure would give it away; another figure
/// in that column (the smallest shown) is hidden too, or the county figure when none is left. Hiding a
/// municipality's respondent count hides its whole row, since shares would reveal it.
/// </summary>
public sealed class NeedsSuppression
{
    public const string RespondentsColumn = "respondents";

    private readonly HashSet<(string Row, string Column)> _hidden = [];
    private readonly HashSet<string> _hiddenTotals = new(StringComparer.Ordinal);

    private NeedsSuppression()
    {
    }

    public bool IsRowHidden(string municipality) => _hidden.Contains((municipality, RespondentsColumn));

    public bool IsHidden(string municipality, string column) => IsRowHidden(municipality) || _hidden.Contains((municipality, column));

    public bool IsTotalHidden(string column) => _hiddenTotals.Contains(RespondentsColumn) || _hiddenTotals.Contains(column);

    public static string TagColumn(string tag) => "tag:" + tag;

    public static string PairColumn(string pair) => "pair:" + pair;

    public static NeedsSuppression Decide(IReadOnlyDictionary<string, NeedsTally> municipalities, NeedsTally total, int threshold)
    {
        var decision = new NeedsSuppression();
        var columns = Columns(total).ToList();
        bool Small(int count) => count > 0 && count < threshold;

        foreach (var (column, value) in columns.Select(c => (c, Value(total, c))))
        {
            if (Small(value))
            {
                decision._hiddenTotals.Add(column);
            }
        }

        foreach (var (code, tally) in municipalities)
        {
            foreach (var column in columns.Where(c => Small(Value(tally, c))))
            {
                decision._hidden.Add((code, column));
            }
        }

        // Repeat until no column has a single hidden figure that its shown total would give away.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var column in columns)
            {
                if (decision.IsTotalHidden(column))
                {
                    continue;
                }

                var hidden = municipalities.Keys.Count(code => decision.IsHidden(code, column));
                if (hidden != 1)
                {
                    continue;
                }

                var next = municipalities
                    .Where(m => !decision.IsHidden(m.Key, column))
                    .OrderBy(m => Value(m.Value, column) == 0 ? 1 : 0)
                    .ThenBy(m => Value(m.Value, column))
                    .ThenBy(m => m.Key, StringComparer.Ordinal)
                    .Select(m => m.Key)
                    .FirstOrDefault();
                if (next is null)
                {
                    decision._hiddenTotals.Add(column);
                }
                else
                {
                    decision._hidden.Add((next, column));
                }

                changed = true;
            }
        }

        return decision;
    }

    private static IEnumerable<string> Columns(NeedsTally total) =>
        new[] { RespondentsColumn }
            .Concat(total.Tags.Keys.Select(TagColumn))
            .Concat(total.Pairs.Keys.Select(PairColumn));

    private static int Value(NeedsTally tally, string column) =>
        column == RespondentsColumn ? tally.Respondents
        : column.StartsWith("tag:", StringComparison.Ordinal) ? tally.Tags.GetValueOrDefault(column[4..])
        : tally.Pairs.GetValueOrDefault(column[5..]);
}
