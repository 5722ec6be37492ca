namespace Knowledge.Needs;

/// <summary>Turns tallies into the published figures: shares, ranks and suppression applied.</summary>
internal static class NeedsReportBuilder
{
    /// <summary>
    /// Figures for a whole and the parts it is the sum of (a county and its municipalities, a period and its
    /// quarters), suppressed together so no part can be worked out from the whole and the others.
    /// </summary>
    public static (AreaFigures Total, IReadOnlyList<(string Key, AreaFigures Figures)> Parts) Build(
        IReadOnlyList<(string Key, NeedsTally Tally)> parts,
        IReadOnlyList<string> codebookTags,
        int threshold)
    {
        var total = new NeedsTally();
        foreach (var (_, tally) in parts)
        {
            total.Add(tally);
        }

        var suppression = NeedsSuppression.Decide(parts.ToDictionary(p => p.Key, p => p.Tally), total, threshold);
        var pairs = total.Pairs.Keys.Order(StringComparer.Ordinal).ToList();
        return (
            Area(total, codebookTags, pairs, suppression.IsTotalHidden),
            [.. parts.Select(p => (p.Key, Area(p.Tally, codebookTags, pairs, column => suppression.IsHidden(p.Key, column))))]);
    }

    private static AreaFigures Area(NeedsTally tally, IReadOnlyList<string> tags, IReadOnlyList<string> pairs, Func<string, bool> hidden)
    {
        var rowHidden = hidden(NeedsSuppression.RespondentsColumn);
        var respondents = tally.Respondents;

        var visible = tags
            .Where(t => !hidden(NeedsSuppression.TagColumn(t)))
            .Select(t => tally.Tags.GetValueOrDefault(t))
            .ToList();

        var tagFigures = tags.Select(tag =>
        {
            if (rowHidden || hidden(NeedsSuppression.TagColumn(tag)))
            {
                return new TagFigure(tag, null, null, null, true);
            }

            var count = tally.Tags.GetValueOrDefault(tag);
            double? share = respondents == 0 ? null : Math.Round((double)count / respondents, 4);

            // Ranked among the shown figures only, so a rank never hints at a hidden count.
            int? rank = count == 0 ? null : 1 + visible.Count(v => v > count);
            return new TagFigure(tag, count, share, rank, false);
        }).ToList();

        var pairFigures = pairs.Select(pair =>
        {
            var names = pair.Split(NeedsCounter.PairSeparator);
            return rowHidden || hidden(NeedsSuppression.PairColumn(pair))
                ? new PairFigure(names, null, true)
                : new PairFigure(names, tally.Pairs.GetValueOrDefault(pair), false);
        }).ToList();

        return new AreaFigures(rowHidden ? null : respondents, rowHidden, tagFigures, pairFigures);
    }
}
