using Knowledge.Reference;

namespace Knowledge.Needs;

/// <summary>Turns tallies into the published figures: shares, ranks and suppression applied.</summary>
internal static class NeedsReportBuilder
{
    public static NeedsReport Build(
        County county,
        NeedsFilter filter,
        IReadOnlyList<(Municipality Municipality, NeedsTally Tally)> municipalities,
        IReadOnlyList<string> codebookTags,
        int threshold)
    {
        var total = new NeedsTally();
        foreach (var (_, tally) in municipalities)
        {
            total.Add(tally);
        }

        var suppression = NeedsSuppression.Decide(municipalities.ToDictionary(m => m.Municipality.Code, m => m.Tally), total, threshold);
        var pairs = total.Pairs.Keys.Order(StringComparer.Ordinal).ToList();

        var totalFigures = Area(total, codebookTags, pairs, column => suppression.IsTotalHidden(column));
        var rows = municipalities
            .Select(m =>
            {
                var area = Area(m.Tally, codebookTags, pairs, column => suppression.IsHidden(m.Municipality.Code, column));
                return new MunicipalityFigures(m.Municipality.Code, m.Municipality.Name, area.Respondents, area.Suppressed, area.Tags, area.Pairs);
            })
            .ToList();

        return new NeedsReport(county.Code, filter.From, filter.To, threshold, totalFigures, rows);
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
