namespace Knowledge.Reference;

/// <summary>Sweden's 290 municipalities and 21 counties (SCB codes), shipped with the app as CSV.</summary>
public sealed class ReferenceData
{
    private readonly Dictionary<string, Municipality> _municipalities;
    private readonly Dictionary<string, County> _counties;

    public ReferenceData()
    {
        _counties = EmbeddedCsv.Read("Reference.counties.csv").Select(f => new County(f[0], f[1], f[2])).ToDictionary(c => c.Code);
        _municipalities = EmbeddedCsv.Read("Reference.municipalities.csv").Select(f => new Municipality(f[0], f[1], f[2])).ToDictionary(m => m.Code);
    }

    public IReadOnlyCollection<County> Counties => _counties.Values;

    public IReadOnlyCollection<Municipality> Municipalities => _municipalities.Values;

    public Municipality? FindMunicipality(string? code) =>
        code is not null && _municipalities.TryGetValue(code, out var m) ? m : null;

    public County? FindCounty(string? code) =>
        code is not null && _counties.TryGetValue(code, out var c) ? c : null;

    public IEnumerable<Municipality> MunicipalitiesIn(string countyCode) =>
        _municipalities.Values.Where(m => m.CountyCode == countyCode);
}
