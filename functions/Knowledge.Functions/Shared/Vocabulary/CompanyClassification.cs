namespace Knowledge.Shared.Vocabulary;

/// <summary>The size classes and SNI 2007 sections the service counts by, as the survey asks them.</summary>
internal static class CompanyClassification
{
    public static readonly IReadOnlyList<string> SizeClasses = ["0-9", "10-49", "50-249"];

    public static readonly IReadOnlyList<string> Sectors = [.. "ABCDEFGHIJKLMNOPQRSTU".Select(c => c.ToString())];
}
