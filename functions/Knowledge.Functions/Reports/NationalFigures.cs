namespace Knowledge.Reports;

/// <summary>
/// Published figures from other surveys (Tillväxtverket's "Företagens villkor och verklighet"), mapped
/// to codebook tags, to show beside a county's own shares; shipped as data (Reports/national-figures.csv).
/// </summary>
public sealed class NationalFigures
{
    public NationalFigures()
    {
        All = [.. EmbeddedCsv.Read("Reports.national-figures.csv").Select(f => new NationalFigure(
            f[7], f[0], int.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3], f[4], f[5],
            double.Parse(f[6], CultureInfo.InvariantCulture) / 100, new Uri(f[8])))];
    }

    public IReadOnlyList<NationalFigure> All { get; }

    public IReadOnlyList<NationalFigure> For(string tag) => [.. All.Where(f => f.Tag == tag)];
}

/// <summary>A share (0–1) of SMEs in an area (named in Swedish, and in English in AreaEn) that said something, from another survey, with its source.</summary>
public sealed record NationalFigure(string Tag, string Source, int Year, string IndicatorSv, string IndicatorEn, string Area, string AreaEn, double Share, Uri Url);
