using System.Globalization;
using System.Runtime.Serialization;
using Knowledge.Shared;

namespace Knowledge.Surveys;

/// <summary>
/// A row of a survey's partition that holds a version's SurveyJS JSON, published or draft: the JSON in
/// <c>DefinitionChunks</c> and <c>Definition0</c> to <c>Definition16</c> (an authoring body may be 1 MiB, so only the
/// row limit bounds it: <see cref="LargeText.MaxChunks"/>), the version in the row key after the kind's prefix.
/// </summary>
internal abstract class SurveyDefinitionRow : TableRow
{
    public int DefinitionChunks { get; set; }

    public string? Definition0 { get; set; }

    public string? Definition1 { get; set; }

    public string? Definition2 { get; set; }

    public string? Definition3 { get; set; }

    public string? Definition4 { get; set; }

    public string? Definition5 { get; set; }

    public string? Definition6 { get; set; }

    public string? Definition7 { get; set; }

    public string? Definition8 { get; set; }

    public string? Definition9 { get; set; }

    public string? Definition10 { get; set; }

    public string? Definition11 { get; set; }

    public string? Definition12 { get; set; }

    public string? Definition13 { get; set; }

    public string? Definition14 { get; set; }

    public string? Definition15 { get; set; }

    public string? Definition16 { get; set; }

    [IgnoreDataMember]
    public string Definition
    {
        get => LargeText.Join(this, nameof(Definition));
        set => LargeText.Split(this, nameof(Definition), value);
    }

    protected static string KeyOf(string prefix, int version) => prefix + version.ToString("D6", CultureInfo.InvariantCulture);

    protected int VersionAfter(string prefix) => int.Parse(RowKey.AsSpan(prefix.Length), CultureInfo.InvariantCulture);
}
