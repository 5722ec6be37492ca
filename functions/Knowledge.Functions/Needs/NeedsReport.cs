using Knowledge.Disclosure;

namespace Knowledge.Needs;

/// <summary>A tag's published figures in one area; null with <c>Suppressed</c> when the area's breakdown is withheld.</summary>
public sealed record TagFigure(string Tag, int? Count, double? Share, int? Rank, bool Suppressed);

/// <summary>How many respondents named both tags.</summary>
public sealed record PairFigure(IReadOnlyList<string> Tags, int? Count, bool Suppressed);

public sealed record AreaFigures(int? Respondents, bool Suppressed, IReadOnlyList<TagFigure> Tags, IReadOnlyList<PairFigure> Pairs);

public sealed record MunicipalityFigures(string Code, string Name, int? Respondents, bool Suppressed, IReadOnlyList<TagFigure> Tags, IReadOnlyList<PairFigure> Pairs);

/// <summary>The needs of a county and its municipalities for a period, as regions see them: aggregates only.</summary>
public sealed record NeedsReport(
    string County,
    string From,
    string To,
    DisclosureNotice Disclosure,
    AreaFigures Total,
    IReadOnlyList<MunicipalityFigures> Municipalities);

/// <summary>One quarter of a municipality's series.</summary>
public sealed record QuarterFigures(string Quarter, int? Respondents, bool Suppressed, IReadOnlyList<TagFigure> Tags);

/// <summary>A municipality's needs for a period, with the per-quarter series.</summary>
public sealed record MunicipalityNeedsReport(
    string Municipality,
    string Name,
    string County,
    string From,
    string To,
    DisclosureNotice Disclosure,
    AreaFigures Total,
    IReadOnlyList<QuarterFigures> Quarters);
