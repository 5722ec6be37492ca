namespace Knowledge.Shared;

/// <summary>Table names. Municipality data shares one table so an answer, its counters and its audit row commit in one batch.</summary>
internal static class Tables
{
    public const string MunicipalityRecords = "MunicipalityRecords";
    public const string Surveys = "Surveys";
    public const string Access = "Access";
    public const string Jobs = "Jobs";
    public const string Catalogue = "Catalogue";
    public const string Establishments = "Establishments";
    public const string Reports = "Reports";
    public const string Codebook = "Codebook";
    public const string TagModels = "TagModels";
    public const string RecordIndex = "RecordIndex";
    public const string NeedsVersions = "NeedsVersions";

    /// <summary>The tables whose writes carry audit rows; the record index and the counter versions have none, and the audit listing need not read them.</summary>
    public static readonly IReadOnlyList<string> Audited = [MunicipalityRecords, Surveys, Access, Jobs, Catalogue, Establishments, Reports, Codebook, TagModels];

    public static readonly IReadOnlyList<string> All = [.. Audited, RecordIndex, NeedsVersions];
}
